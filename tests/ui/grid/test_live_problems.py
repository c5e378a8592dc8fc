"""The problems list, marks, status bar and summaries follow edits through the real event loop.

These tests never call the list's refresh themselves: keys go into the grid, the event loop
runs, and the test reads what the list view shows.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QUndoView
from pytestqt.qtbot import QtBot

from planner.domain.roster import Roster
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.ui.dialogs.autofill_dialog import AutofillDialog
from planner.ui.grid.grid_model import FIXED_COLUMNS, RowKind
from planner.ui.main_window import MainWindow

APRIL_16 = 1
EVENT_LOOP_MS = 50
HUKUM = list(range(8, 16))


def shown_issues(window: MainWindow) -> list[str]:
    """The entries the problems list view shows, read from the view's own model."""
    view = window.issues.view
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def wait_for_the_list(qtbot: QtBot) -> None:
    """Let the event loop run, as it does between two keys of a user."""
    qtbot.wait(EVENT_LOOP_MS)


def test_typing_into_the_grid_fills_the_problems_list_and_fixing_empties_it(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    assert shown_issues(window) == []
    window.grid.select_cells(HUKUM[:6], [APRIL_16])
    QTest.keyClick(window.grid.days, Qt.Key.Key_H)
    wait_for_the_list(qtbot)
    [entry] = shown_issues(window)
    # SE 1/2024 counts over the agency: the demo's 3 administration staff at home that day, and these 6.
    assert "9 dari 16 pegawai WFH" in entry
    QTest.keyClick(window.grid.days, Qt.Key.Key_O)
    wait_for_the_list(qtbot)
    assert shown_issues(window) == []


def expected_entries(window: MainWindow) -> list[str]:
    """The entries a fresh, full check of the plan as it is now would list."""
    document = window.document
    fresh = Validator(document.plan, document.circular, document.calendar)
    model = window.issues.model
    return [f"{model.heading(v)}\n{model.sentence(v)}\n{v.source}" for v in fresh.violations()]


def assert_everything_agrees(window: MainWindow) -> None:
    """List, status bar, issues header, day marks and summary rows agree with a full check."""
    document = window.document
    fresh = Validator(document.plan, document.circular, document.calendar)
    assert shown_issues(window) == expected_entries(window)
    counts = f"{fresh.errors} kesalahan, {fresh.warnings} peringatan"
    assert window.status_text().startswith(counts)
    assert window.issues.summary.text().startswith(counts) or (fresh.errors + fresh.warnings == 0)
    model = window.model
    for column in range(len(document.plan.days)):
        errors, warnings = fresh.day_counts(column)
        colour = model.headerData(FIXED_COLUMNS + column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
        assert (colour is not None) == bool(errors or warnings)
        for row in range(model.rowCount()):
            staff_row = model.staff_row(row)
            if staff_row is not None:
                worst = model.marks(row, FIXED_COLUMNS + column).severity
                expected = fresh.cell_violations(staff_row, column)
                assert (worst is not None) == bool(expected)
            elif model.row_kind(row) in (RowKind.GROUP, RowKind.AGENCY):
                # The summary rows show what a full count gives.
                ref = model.summary_group(row)
                text = str(model.index(row, FIXED_COLUMNS + column).data())
                tally = fresh.agency_tally(column) if ref is None else fresh.group_tally(ref, column)
                assert text == (
                    f"{tally.remote}/{tally.headcount}\n{tally.remote_percent:.0f}%" if tally.headcount else ""
                )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_sequence_of_edits_undos_and_redos_keeps_the_list_equal_to_the_check(
    window: MainWindow, qtbot: QtBot, seed: int
) -> None:
    chance = random.Random(seed)
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    plan = window.document.plan
    letters = [Qt.Key.Key_H, Qt.Key.Key_O, Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_Delete]
    for _step in range(12):
        move = chance.random()
        if move < 0.6:
            top = chance.randrange(len(plan.roster.staff) - 6)
            rows = list(range(top, top + chance.randint(1, 6)))
            first = chance.randrange(len(plan.days))
            window.grid.select_cells(rows, list(range(first, min(first + chance.randint(1, 2), len(plan.days)))))
            QTest.keyClick(window.grid.days, chance.choice(letters))
        elif move < 0.8:
            QTest.keyClick(window.grid.days, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        elif move < 0.9:
            QTest.keyClick(window.grid.days, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(
                window.grid.days, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
        wait_for_the_list(qtbot)
        assert_everything_agrees(window)


def test_ctrl_y_and_ctrl_shift_z_both_redo(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    window.grid.select_cells(HUKUM[:6], [APRIL_16])
    QTest.keyClick(window.grid.days, Qt.Key.Key_H)
    stack = window.document.undo_stack
    for redo in (
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ):
        QTest.keyClick(window.grid.days, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stack.index() == 0
        QTest.keyClick(
            window.grid.days, Qt.Key.Key_Y if redo == Qt.KeyboardModifier.ControlModifier else Qt.Key.Key_Z, redo
        )
        assert stack.index() == 1


def test_paste_autofill_and_a_new_roster_keep_everything_in_agreement(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    window.grid.select_cells([HUKUM[0]], [APRIL_16])
    QGuiApplication.clipboard().setText("WFH\nWFH\nWFH\nWFH\nWFH\nWFH\n")
    QTest.keyClick(window.grid.days, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_for_the_list(qtbot)
    assert len(shown_issues(window)) >= 1
    assert_everything_agrees(window)

    dialog = AutofillDialog(window.document, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.show()
    dialog.apply_button.click()
    wait_for_the_list(qtbot)
    assert_everything_agrees(window)
    QTest.keyClick(window.grid.days, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_the_list(qtbot)
    assert_everything_agrees(window)

    roster = window.document.plan.roster
    window.document.replace_plan(
        window.document.plan.rebuilt(roster=Roster(roster.units.values(), roster.staff[:20])), "impor"
    )
    wait_for_the_list(qtbot)
    assert_everything_agrees(window)
    QTest.keyClick(window.grid.days, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_the_list(qtbot)
    assert_everything_agrees(window)


def test_every_item_model_of_the_window_passes_the_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    window.grid.select_cells(HUKUM[:6], [APRIL_16])
    window.window_actions.statuses[Status.WFH].trigger()
    window.issues.model.flush()
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.issues.model)
    history = window.history_dock.widget()
    assert isinstance(history, QUndoView)
    qtmodeltester.check(history.model())
