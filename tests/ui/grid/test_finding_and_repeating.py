"""Finding people (Ctrl+F), repeating a week or the previous plan's pattern, and the remote-days column."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.roster import StaffMember
from planner.domain.status import Status
from planner.ui.grid import operations
from planner.ui.grid.grid_model import FIXED_COLUMNS, REMOTE_COLUMN, RowKind
from planner.ui.main_window import MainWindow

APRIL_16 = 1


def shown_staff(window: MainWindow) -> list[int]:
    model = window.model
    return [row for r in range(model.rowCount()) if (row := model.staff_row(r)) is not None]


def test_ctrl_f_filters_by_name_nip_position_or_unit_and_summaries_keep_the_whole_group(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    staff = window.document.plan.roster.staff
    group_text_before = [
        str(window.model.index(r, FIXED_COLUMNS + APRIL_16).data())
        for r in range(window.model.rowCount())
        if window.model.row_kind(r) is RowKind.AGENCY
    ]
    QTest.keyClick(window.grid.days, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.grid.filter_edit.hasFocus()
    QTest.keyClicks(window.grid.filter_edit, "hukum")
    rows = shown_staff(window)
    units = window.document.plan.roster.units
    assert rows
    assert all("hukum" in f"{staff[r].position} {units[staff[r].unit].name}".casefold() for r in rows)
    assert set(rows) == set(operations.matching_staff(operations.search_index(window.document.plan.roster), "hukum"))
    assert len(rows) < len(staff)
    # Units stay grouped: every staff row sits under a unit header of its own unit.
    kinds = [window.model.row_kind(r) for r in range(window.model.rowCount())]
    assert kinds[0] is RowKind.UNIT
    assert kinds[-1] is RowKind.AGENCY
    agency_after = [
        str(window.model.index(r, FIXED_COLUMNS + APRIL_16).data())
        for r in range(window.model.rowCount())
        if window.model.row_kind(r) is RowKind.AGENCY
    ]
    assert agency_after == group_text_before  # the whole agency is still counted

    window.grid.filter_edit.setText(staff[5].nip[:8])
    assert 5 in shown_staff(window)
    window.grid.filter_edit.setText("([*?\\")  # odd characters are plain text
    assert shown_staff(window) == []
    QTest.keyClick(window.grid.filter_edit, Qt.Key.Key_Escape)
    assert shown_staff(window) == list(range(len(staff)))
    assert not window.grid.filter_bar.isVisible()


def test_editing_while_filtered_changes_only_the_people_shown(window: MainWindow) -> None:
    window.window_actions.find.trigger()
    window.grid.filter_edit.setText("Analis Hukum")
    rows = shown_staff(window)
    plan = window.document.plan
    before = [plan.status(row, APRIL_16) for row in range(len(plan.roster.staff))]
    window.window_actions.select_all.trigger()
    window.window_actions.statuses[Status.CT].trigger()
    changed = {row for row in range(len(plan.roster.staff)) if plan.status(row, APRIL_16) != before[row]}
    assert changed == {row for row in rows if before[row] is not Status.CT}


def test_copy_a_week_onto_the_next_weeks_skips_days_off_absences_and_locks_as_one_step(window: MainWindow) -> None:
    document = window.document
    plan = document.plan
    monday = plan.first
    nip = plan.roster.staff[0].nip
    tuesday, next_tuesday = monday + dt.timedelta(days=1), monday + dt.timedelta(days=8)
    document.set_cells([(nip, tuesday, Status.WFH)], "t")
    locked = plan.roster.staff[1].nip
    document.set_cells([(locked, tuesday, Status.WFH)], "t")
    document.lock_cells([(locked, next_tuesday)], True)
    steps = document.undo_stack.count()
    changed = operations.copy_week(document, monday, 1)
    assert changed > 0
    assert document.undo_stack.count() == steps + 1
    assert plan.status_of(nip, next_tuesday) is Status.WFH
    assert plan.status_of(locked, next_tuesday) is not Status.WFH
    window.window_actions.undo.trigger()
    assert plan.status_of(nip, next_tuesday) is not Status.WFH


def test_the_previous_plans_pattern_is_copied_by_weekday(window: MainWindow) -> None:
    document = window.document
    previous = document.plan.rebuilt(name="Sebelumnya")
    person = previous.roster.staff[0]
    tuesday = document.plan.first + dt.timedelta(days=1)
    # The previous plan: person 0 works from home on Tuesdays.
    for day in previous.days:
        if day.weekday() == 1:
            previous.apply([_edit(previous, person, day, Status.WFH)])
    document.set_cells([(person.nip, tuesday, Status.WFO)], "t")
    changed = operations.copy_previous_plan(document, previous)
    assert changed >= 1
    assert document.plan.status_of(person.nip, tuesday) is Status.WFH


def _edit(plan, person: StaffMember, day: dt.date, status: Status):  # type: ignore[no-untyped-def]
    from planner.domain.plan import CellEdit

    return CellEdit(person.nip, day, plan.status_of(person.nip, day), status)


def test_the_remote_days_column_counts_and_follows_edits(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    row = model.grid_row_of_staff(0)
    before = int(model.index(row, REMOTE_COLUMN).data())
    window.grid.select_cells([0], [APRIL_16, APRIL_16 + 1])
    with qtbot.waitSignal(model.dataChanged):
        window.window_actions.statuses[Status.WFH].trigger()
    assert int(model.index(row, REMOTE_COLUMN).data()) == 2
    assert before < 2  # the demo person worked from home on at most one of those days
    assert "hari jarak jauh" in str(model.index(row, REMOTE_COLUMN).data(Qt.ItemDataRole.ToolTipRole))


def test_a_person_who_may_not_work_remotely_is_marked_with_the_reason(window: MainWindow) -> None:
    model = window.model
    staff = window.document.plan.roster.staff
    [row] = [r for r, member in enumerate(staff) if member.no_remote_reason]
    name = str(model.index(model.grid_row_of_staff(row), 1).data())
    assert name.startswith("⊘")
    tooltip = str(model.index(model.grid_row_of_staff(row), 1).data(Qt.ItemDataRole.ToolTipRole))
    assert str(staff[row].no_remote_reason) in tooltip


def test_the_filter_stays_on_after_the_roster_changes(window: MainWindow) -> None:
    window.window_actions.find.trigger()
    window.grid.filter_edit.setText("Analis Hukum")
    rows = shown_staff(window)
    plan = window.document.plan
    window.document.replace_plan(plan.rebuilt(name="Lain"), "ganti nama")
    assert shown_staff(window) == rows
    assert window.grid.filter_count.text().startswith(f"{len(rows)} dari")
