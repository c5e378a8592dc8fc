"""The problems list, marks, status bar and summaries follow edits through the real event loop.

These tests never call the list's refresh themselves: keys go into the grid, the event loop
runs the debounce timers, and the test reads what the list view shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.ui.issues import REFRESH_DELAY_MS
from planner.ui.main_window import MainWindow

APRIL_16 = 1
HUKUM = list(range(8, 16))


def shown_issues(window: MainWindow) -> list[str]:
    """The entries the problems list view shows, read from the view's own model."""
    view = window.issues.view
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def wait_for_the_list(qtbot: QtBot) -> None:
    qtbot.wait(REFRESH_DELAY_MS * 3)


def test_typing_into_the_grid_fills_the_problems_list_and_fixing_empties_it(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    assert shown_issues(window) == []
    window.grid.select_cells(HUKUM[:6], [APRIL_16])
    QTest.keyClick(window.grid.days, Qt.Key.Key_H)
    wait_for_the_list(qtbot)
    [entry] = shown_issues(window)
    assert "6 dari 8 pegawai WFH" in entry
    QTest.keyClick(window.grid.days, Qt.Key.Key_O)
    wait_for_the_list(qtbot)
    assert shown_issues(window) == []
