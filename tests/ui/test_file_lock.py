"""The window's claim on a plan, as other windows and the command line see it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from planner.io.demo import demo_plan
from planner.resources import demo_folder
from planner.storage.plan_file import PlanFile
from planner.storage.plan_lock import holder, lock_path
from planner.ui.file_lock import PlanInUseError, lock_plan

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_reads_the_lock_a_window_holds(tmp_path: Path) -> None:
    plan = tmp_path / "a.jadwal"
    PlanFile.create(plan, demo_plan(demo_folder()))
    assert holder(plan) is None
    lock = lock_plan(plan)
    assert lock is not None
    assert holder(plan) == ""  # a window on this computer
    with pytest.raises(PlanInUseError, match="sedang dibuka"):
        lock_plan(plan)
    lock.unlock()
    assert holder(plan) is None


def test_a_lock_left_by_a_crash_or_another_computer(tmp_path: Path) -> None:
    plan = tmp_path / "a.jadwal"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    lock_path(plan).write_text(f"{dead.stdout.strip()}\npython\n{socket.gethostname()}\n", encoding="utf-8")
    assert holder(plan) is None  # the process that held it is gone
    lock_path(plan).write_text("4242\npython\nPC-KEPEGAWAIAN\n", encoding="utf-8")
    assert holder(plan) == "PC-KEPEGAWAIAN"


def test_autofill_in_place_refuses_a_plan_open_in_a_window(tmp_path: Path) -> None:
    plan = tmp_path / "a.jadwal"
    PlanFile.create(plan, demo_plan(demo_folder()))
    before = plan.read_bytes()
    lock = lock_plan(plan)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "planner", "autofill", str(plan)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
    finally:
        assert lock is not None
        lock.unlock()
    assert result.returncode == 2
    assert "sedang dibuka di jendela Jadwal Kerja ASN" in result.stderr
    assert plan.read_bytes() == before
