"""The window starts without the spreadsheet readers: pandas and calamine load when a list is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli import ROOT

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from planner.app import main

def report() -> int:
    QApplication.processEvents()
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    heavy = sorted(name for name in ("pandas", "python_calamine", "openpyxl") if name in sys.modules)
    print("WINDOWS:" + ",".join(type(w).__name__ for w in windows))
    print("LOADED:" + ",".join(heavy))
    return 0

QApplication.exec = staticmethod(report)
sys.exit(main([]))
"""


def test_the_window_starts_without_pandas(planner_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False
    )

    assert result.returncode == 0, result.stderr
    assert "MainWindow" in result.stdout.split("WINDOWS:")[1].split("\n")[0], result.stdout
    assert "LOADED:" in result.stdout, result.stdout
    loaded = result.stdout.split("LOADED:")[1].strip()
    assert "pandas" not in loaded
    assert "python_calamine" not in loaded
