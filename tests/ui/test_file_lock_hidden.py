"""The lock beside an open plan is hidden on Windows too (Windows faked: tests/test_windows_os.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import windows_os
from planner.storage.plan_lock import lock_path
from planner.ui.file_lock import lock_plan


def test_the_lock_file_gets_the_hidden_attribute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hidden: list[tuple[Path, bool]] = []
    monkeypatch.setattr(windows_os, "set_hidden", lambda path, hidden_=True: hidden.append((path, hidden_)) or True)
    plan = tmp_path / "rencana.jadwal"
    plan.write_bytes(b"")

    lock = lock_plan(plan)

    assert lock is not None
    assert hidden == [(lock_path(plan), True)]
    lock.unlock()
