"""A command asked to stop (SIGTERM) while writing leaves no temporary file beside the plan."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.crashing import REPOSITORY, make_plan_file


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_stopping_autofill_while_it_writes_leaves_nothing_behind(tmp_path: Path) -> None:
    plan, output = tmp_path / "rencana.jadwal", tmp_path / "terisi.jadwal"
    make_plan_file(plan, staff=5_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "planner", "autofill", str(plan), "-o", str(output)],
        cwd=REPOSITORY,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    caught_writing = False
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if any(tmp_path.glob(".terisi.jadwal.*.tmp")):
            process.send_signal(signal.SIGTERM)
            caught_writing = True
            break
        time.sleep(0.002)
    process.wait(timeout=60)
    if not caught_writing:
        pytest.skip("autofill finished before its temporary file could be seen")
    assert process.returncode == 128 + signal.SIGTERM
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rencana.jadwal"]
