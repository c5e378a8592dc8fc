"""The lock beside an open plan is hidden on Windows too (Windows faked: tests/test_windows_os.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import windows_os
from planner.storage.plan_lock import lock_path
from planner.ui.file_lock import lock_plan


def test_the_lock_file_gets_the_hidden_attribute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hidden: list[tuple[Path, bool]] = []

    def set_hidden(path: Path, hidden_: bool = True) -> bool:
        hidden.append((path, hidden_))
        return True

    monkeypatch.setattr(windows_os, "set_hidden", set_hidden)
    plan = tmp_path / "rencana.jadwal"
    plan.write_bytes(b"")

    lock = lock_plan(plan)

    assert lock is not None
    assert hidden == [(lock_path(plan), True)]
    lock.unlock()
