"""What keeps the window quick on a large plan, held to what a user sees.

The problems list reads a day's problems only when a row of that day is shown; a selection
is read as rows and columns; an edit of many cells is one compact undo step; Salin pola
works over whole columns at once. Each must give exactly what the simple way gives.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.status import Presence, Status
from planner.domain.validation import Validator
from planner.ui.grid import operations
from planner.ui.grid.document import Document
from planner.ui.grid.grid_model import FIXED_COLUMNS, REMOTE_COLUMN
from planner.ui.grid.issues import IssuesModel
from planner.ui.main_window import MainWindow

STATUSES = [None, Status.WFO, Status.WFH, Status.WFA, Status.CT, Status.S]


def scatter(document: Document, seed: int) -> None:
    """Random statuses in every working cell, as one undo step."""
    chance = random.Random(seed)
    plan = document.plan
    document.set_cells_at(
        [
            (row, column, chance.choice(STATUSES))
            for row in range(len(plan.roster.staff))
            for column in range(len(plan.days))
        ],
        "acak",
    )


def test_the_list_reads_only_the_days_it_shows_and_lists_exactly_the_checks_problems(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = window.document
    scatter(document, 7)
    read: list[int] = []
    violations_on = document.validator.violations_on

    def spy(column: int) -> list:  # type: ignore[type-arg]
        read.append(column)
        return violations_on(column)

    monkeypatch.setattr(document.validator, "violations_on", spy)
    model = IssuesModel(document)
    assert read == []  # counting the problems builds none of them
    fresh = Validator(document.plan, document.circular, document.calendar).violations()
    assert model.rowCount() == len(fresh) > 0
    assert model.violation(0) == fresh[0]
    assert read == [fresh[0].day.toordinal() - document.plan.first.toordinal()]
    # Rows on either side of days without problems land on the right day.
    assert [model.violation(row) for row in range(model.rowCount())] == fresh
    for row in (-1, model.rowCount()):
        with pytest.raises(IndexError):
            model.violation(row)


def test_an_edit_shows_in_the_list_at_once_and_undo_takes_it_back(window: MainWindow) -> None:
    document = window.document
    model = window.issues.model
    before = [model.index(row, 0).data() for row in range(model.rowCount())]
    scatter(document, 3)
    fresh = Validator(document.plan, document.circular, document.calendar).violations()
    # No waiting and no refresh called: the list already shows the new problems.
    assert [model.violation(row) for row in range(model.rowCount())] == fresh
    document.undo_stack.undo()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == before


def test_the_selection_read_as_rows_and_columns_names_the_same_cells_as_by_nip_and_date(window: MainWindow) -> None:
    plan = window.document.plan
    window.window_actions.find.trigger()
    window.grid.filter_edit.setText("Biro")  # a filter: the selection's ranges skip hidden people
    window.grid.select_cells([0, 2, 3, 9, 10, 30], [0, 1, 3, 4])
    positions = window.grid.selected_positions()
    assert len(positions) == len(set(positions))
    by_nip = {(plan.roster.index_of(nip), plan.column_of(day)) for nip, day in window.grid.selected_cells()}
    assert set(positions) == by_nip
    assert by_nip


def test_setting_a_whole_selection_is_one_step_that_undo_and_redo_replay_exactly(window: MainWindow) -> None:
    document = window.document
    plan = document.plan
    scatter(document, 11)
    before = [bytes(row) for row in plan.rows()]
    steps = document.undo_stack.count()
    window.window_actions.select_all.trigger()
    window.window_actions.statuses[Status.WFH].trigger()
    after = [bytes(row) for row in plan.rows()]
    assert document.undo_stack.count() == steps + 1
    for row in range(len(plan.roster.staff)):
        for column in range(len(plan.days)):
            working = document.validator.is_working(row, column)
            expected = Status.WFH.byte if working else before[row][column]
            assert after[row][column] == expected  # days off are left as they were
    document.undo_stack.undo()
    assert [bytes(row) for row in plan.rows()] == before
    document.undo_stack.redo()
    assert [bytes(row) for row in plan.rows()] == after
    assert document.validator.errors == Validator(plan, document.circular, document.calendar).errors


def reference_copy_week(document: Document, week_start: dt.date, weeks: int) -> dict[tuple[int, int], int]:
    """Salin pola cell by cell, the plain way: target cell → the status byte it takes."""
    plan, validator = document.plan, document.validator
    absent = {status.byte for status in Status if status.presence is Presence.ABSENT}
    wanted = {}
    for offset in range(7):
        day = week_start + dt.timedelta(days=offset)
        if not plan.first <= day <= plan.last:
            continue
        source_column = plan.column_of(day)
        for week in range(1, weeks + 1):
            target = day + dt.timedelta(weeks=week)
            if target > plan.last:
                continue
            column = plan.column_of(target)
            for row, cells in enumerate(plan.rows()):
                source, current = cells[source_column], cells[column]
                if source in absent or current in absent or current == source:
                    continue
                if not (validator.is_working(row, source_column) and validator.is_working(row, column)):
                    continue
                if plan.is_locked(row, column):
                    continue
                wanted[(row, column)] = source
    return wanted


@pytest.mark.parametrize("seed", [1, 2])
def test_salin_pola_over_whole_columns_changes_exactly_what_the_cell_by_cell_rule_does(
    window: MainWindow, seed: int
) -> None:
    document = window.document
    plan = document.plan
    scatter(document, seed)
    chance = random.Random(seed)
    document.lock_cells(
        [
            (plan.roster.staff[chance.randrange(len(plan.roster.staff))].nip, chance.choice(plan.days))
            for _ in range(15)
        ],
        True,
    )
    week_start = plan.first - dt.timedelta(days=plan.first.weekday())
    wanted = reference_copy_week(document, week_start, 2)
    before = [bytes(row) for row in plan.rows()]
    assert operations.copy_week(document, week_start, 2) == len(wanted) > 0
    for row, cells in enumerate(plan.rows()):
        for column, byte in enumerate(cells):
            assert byte == wanted.get((row, column), before[row][column]), (row, column)
    document.undo_stack.undo()
    assert [bytes(row) for row in plan.rows()] == before


def test_grid_marks_follow_a_large_edit(window: MainWindow) -> None:
    document = window.document
    scatter(document, 5)
    model = window.model
    fresh = Validator(document.plan, document.circular, document.calendar)
    for row in range(model.rowCount()):
        staff_row = model.staff_row(row)
        if staff_row is None:
            continue
        for column in range(len(document.plan.days)):
            marked = model.marks(row, FIXED_COLUMNS + column).severity is not None
            assert marked == bool(fresh.cell_violations(staff_row, column))


def test_a_day_header_is_signalled_only_when_its_problem_mark_flips(window: MainWindow) -> None:
    document, model = window.document, window.model
    plan = document.plan
    signalled: list[tuple[int, int]] = []
    model.headerDataChanged.connect(lambda _orientation, first, last: signalled.append((first, last)))
    hukum = [row for row, member in enumerate(plan.roster.staff) if member.unit == plan.roster.staff[8].unit]
    day = FIXED_COLUMNS + 1  # Tuesday 16 April: no problem in the demo
    assert model.headerData(day, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) is None
    document.set_cells_at([(row, 1, Status.WFH) for row in hukum], "semua WFH")
    assert signalled == [(day, day)]  # the day now has a problem: its header turns red
    assert model.headerData(day, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) is not None
    document.set_cells_at([(hukum[0], 1, Status.WFA)], "satu WFA")
    assert signalled == [(day, day)]  # still a problem that day: the header stays as it is
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert signalled == [(day, day), (day, day)]
    assert model.headerData(day, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) is None


def test_the_names_column_keeps_its_paint_when_only_cells_change(window: MainWindow, qtbot: QtBot) -> None:
    painted: list[QRect] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                painted.append(event.rect())
            return False

    watch = Watch()
    viewport = window.grid.fixed.viewport()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    viewport.installEventFilter(watch)
    window.document.set_cells_at([(0, 2, Status.CT), (1, 2, Status.CT)], "cuti")
    QApplication.processEvents()
    viewport.removeEventFilter(watch)
    jj = window.grid.fixed.columnViewportPosition(REMOTE_COLUMN)
    assert painted, "the JJ count of the people edited is repainted"
    assert all(rect.left() >= jj for rect in painted), painted  # names and positions are not painted again
