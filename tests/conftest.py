"""Test set-up: Qt offscreen before anything imports it, and the planner's folders in a temporary place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def planner_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test, and every planner it starts, keeps its files away from the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JADWAL_KERJA_HOME", str(home))
    return home
