"""The grid keeps the screen: narrow side panels, a sane restored layout, zoom and a fit for the period."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.ui.application import build_window
from planner.ui.grid.grid_model import FIXED_COLUMNS
from planner.ui.grid.grid_view import DAY_WIDTH, FIT_MINIMUM_DAY_WIDTH
from planner.ui.main_window import GRID_SHARE, MainWindow, WindowContext


def settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.wait(50)


def test_at_1366_by_768_the_grid_keeps_two_thirds_of_the_width(window: MainWindow, qtbot: QtBot) -> None:
    window.showNormal()
    window.resize(1366, 768)
    window.check_layout()
    settle(window, qtbot)
    assert window.grid_share() >= GRID_SHARE
    assert window.issues_dock.width() <= 340


def test_a_saved_layout_that_squeezes_the_grid_is_not_restored(
    window: MainWindow, context: WindowContext, qtbot: QtBot
) -> None:
    window.showNormal()
    window.resize(1366, 768)
    settle(window, qtbot)
    window.resizeDocks([window.issues_dock, window.circular_dock], [1000, 1000], Qt.Orientation.Horizontal)
    settle(window, qtbot)
    assert window.grid_share() < GRID_SHARE
    window.close()
    again = build_window(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.grid_share() >= GRID_SHARE, timeout=2000)


def test_a_window_state_from_elsewhere_is_ignored_without_a_traceback(context: WindowContext, qtbot: QtBot) -> None:
    context.settings.setValue("window/state", QByteArray(b"not a state at all"))
    context.settings.setValue("window/geometry", "a string")
    window = build_window(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.issues_dock.isVisible()
    assert window.isMaximized() or window.width() > 0


def test_reset_layout_brings_the_panels_back_narrow(window: MainWindow, qtbot: QtBot) -> None:
    window.window_actions.side_panels.trigger()
    assert not window.issues_dock.isVisible()
    window.window_actions.reset_layout.trigger()
    settle(window, qtbot)
    assert window.issues_dock.isVisible()
    assert window.isMaximized()
    # The offscreen screen is 800 wide, where the panels' tab bar alone needs a third.
    assert window.issues_dock.width() <= 300


def test_zoom_keys_and_fit_the_period(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    days = window.grid.days
    QTest.keyClick(days, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert days.columnWidth(FIXED_COLUMNS) > DAY_WIDTH
    QTest.keyClick(days, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(days, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert days.columnWidth(FIXED_COLUMNS) < DAY_WIDTH
    QTest.keyClick(days, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert days.columnWidth(FIXED_COLUMNS) == DAY_WIDTH

    window.showNormal()
    window.resize(1366, 768)
    settle(window, qtbot)
    window.check_layout()
    window.window_actions.compact_names.trigger()
    settle(window, qtbot)
    window.window_actions.fit_period.trigger()
    n_days = len(window.document.plan.days)
    width = days.columnWidth(FIXED_COLUMNS)
    assert width >= FIT_MINIMUM_DAY_WIDTH
    assert n_days * width <= days.viewport().width()
    assert window.model.index(window.model.grid_row_of_staff(0), 1).data() == window.document.plan.roster.staff[0].name


def test_a_new_plan_does_not_squeeze_the_grid(window: MainWindow, qtbot: QtBot) -> None:
    window.showNormal()
    window.resize(1366, 768)
    window.check_layout()
    window.window_actions.new_from_demo.trigger()
    qtbot.waitUntil(lambda: window.grid_share() >= GRID_SHARE, timeout=2000)
    assert window.issues_dock.width() <= 340
