"""The planning window with the demo plan: editing, undo, live checks, paste, brush, files and recovery."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.category import Category
from planner.domain.errors import PlannerError
from planner.domain.roster import Roster, StaffMember
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from planner.ui import main_window as main_window_module
from planner.ui.application import build_window, recovered_document
from planner.ui.autosave import pending_recoveries
from planner.ui.dialogs.staff_dialogs import StaffDialog
from planner.ui.file_lock import PlanInUseError
from planner.ui.grid.document import Document
from planner.ui.grid.grid_model import FIXED_COLUMNS, GridModel
from planner.ui.main_window import RECOVERY_FOLDER, MainWindow, WindowContext
from tests.factories import make_nip
from tests.ui.conftest import Messages

APRIL_16 = 1
"""Column of Tuesday 16 April 2024 in the demo plan (it starts on Monday 15 April, cuti bersama)."""
HUKUM = list(range(8, 16))
"""Roster rows of Biro Hukum: 8 administrative staff, 3 of them WFH on 16 April in the demo."""


def statuses(window: MainWindow, rows: list[int], column: int) -> list[Status | None]:
    return [window.document.plan.status(row, column) for row in rows]


def issue_texts(window: MainWindow) -> list[str]:
    model = window.issues.model
    model.flush()  # the list follows edits a moment later
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def summary_text(window: MainWindow, staff_row: int, column: int) -> str:
    """The group summary cell under the group of ``staff_row``."""
    model = window.model
    row = model.grid_row_of_staff(staff_row)
    while model.staff_row(row) is not None:
        row += 1
    return str(model.index(row, FIXED_COLUMNS + column).data())


def test_the_grid_model_passes_qt_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(window.model)


def test_setting_cells_marks_the_day_lists_the_problem_and_undo_restores(window: MainWindow) -> None:
    before = statuses(window, HUKUM, APRIL_16)
    assert issue_texts(window) == []
    window.grid.select_cells(HUKUM[:6], [APRIL_16])
    window.window_actions.statuses[Status.WFH].trigger()

    assert statuses(window, HUKUM[:6], APRIL_16) == [Status.WFH] * 6
    [issue] = issue_texts(window)
    # SE 1/2024 counts over the agency's staff (DOMAIN §3a): 3 were at home already, 16 in all.
    assert "9 dari 16 pegawai WFH = 56,2 % > batas 50 % (maks. 8)" in issue
    assert "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024" in issue  # the clause it comes from
    assert summary_text(window, HUKUM[0], APRIL_16).startswith("6/8")
    assert "1 kesalahan" in window.summary()
    assert window.model.marks(window.model.grid_row_of_staff(HUKUM[0]), FIXED_COLUMNS + APRIL_16).severity
    assert window.document.undo_stack.undoText() == "Isi 6 sel dengan WFH"
    assert window.isWindowModified()

    window.window_actions.undo.trigger()
    assert statuses(window, HUKUM, APRIL_16) == before
    assert issue_texts(window) == []
    assert "0 kesalahan" in window.summary()
    assert not window.isWindowModified()
    window.window_actions.redo.trigger()
    assert len(issue_texts(window)) == 1


def test_choosing_an_issue_selects_its_cells(window: MainWindow) -> None:
    window.document.set_cells(
        [
            (window.document.plan.roster.staff[row].nip, window.document.plan.days[APRIL_16], Status.WFH)
            for row in HUKUM
        ],
        "semua WFH",
    )
    window.issues.model.flush()
    window.issues.view.clicked.emit(window.issues.model.index(0, 0))
    selected = {nip for nip, _day in window.grid.selected_cells()}
    roster = window.document.plan.roster  # the quota is the agency's: every administrative staff member
    assert selected == {m.nip for m in roster.staff if roster.category_of(m) is Category.ADMINISTRASI}


def test_typing_a_letter_on_the_grid_sets_the_status(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.grid.days.setFocus()
    qtbot.waitUntil(window.grid.days.hasFocus)
    window.grid.select_cells([0, 1], [APRIL_16, APRIL_16 + 1])
    QTest.keyClick(window.grid.days, Qt.Key.Key_C)
    assert statuses(window, [0, 1], APRIL_16) == [Status.CT, Status.CT]
    QTest.keyClick(window.grid.days, Qt.Key.Key_Delete)
    assert statuses(window, [0, 1], APRIL_16 + 1) == [None, None]
    assert window.document.undo_stack.count() == 2


def test_days_off_are_not_changed_by_a_selection_over_them(window: MainWindow) -> None:
    # 15 April is cuti bersama, 20–21 April a weekend.
    window.grid.select_cells([0], list(range(len(window.document.plan.days))))
    window.window_actions.statuses[Status.DL].trigger()
    plan = window.document.plan
    assert plan.status(0, 0) is None
    assert plan.status(0, 5) is None
    assert plan.status(0, APRIL_16) is Status.DL


def test_paste_from_a_spreadsheet_fills_from_the_current_cell(window: MainWindow) -> None:
    window.grid.select_cells([0], [APRIL_16])
    QGuiApplication.clipboard().setText("wfh\tWFO\r\nCT\t\r\n")
    window.window_actions.paste.trigger()
    assert statuses(window, [0, 1], APRIL_16) == [Status.WFH, Status.CT]
    assert statuses(window, [0, 1], APRIL_16 + 1) == [Status.WFO, None]
    assert window.document.undo_stack.count() == 1


def test_a_paste_with_an_unknown_code_is_refused_and_changes_nothing(window: MainWindow, messages: Messages) -> None:
    before = [window.document.plan.row_bytes(row) for row in range(3)]
    window.grid.select_cells([0], [APRIL_16])
    QGuiApplication.clipboard().setText("WFH\tWFO\nCT\tLIBUR\n")
    window.window_actions.paste.trigger()
    assert "'LIBUR' pada baris 2, kolom 2" in messages.texts()
    assert [window.document.plan.row_bytes(row) for row in range(3)] == before
    assert window.document.undo_stack.count() == 0


def test_copy_gives_tab_separated_codes(window: MainWindow) -> None:
    window.grid.select_cells([0, 1], [APRIL_16, APRIL_16 + 1])
    window.window_actions.copy.trigger()
    plan = window.document.plan
    expected = "\n".join(
        "\t".join((plan.status(row, column) or Status.WFO).code for column in (APRIL_16, APRIL_16 + 1))
        for row in (0, 1)
    )
    assert QGuiApplication.clipboard().text() == expected + "\n"


def _mouse(window: MainWindow, kind: QEvent.Type, staff_row: int, column: int) -> None:
    view = window.grid.days
    index = window.model.index(window.model.grid_row_of_staff(staff_row), FIXED_COLUMNS + column)
    point = QPointF(view.visualRect(index).center())
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        point,
        view.viewport().mapToGlobal(point),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_brush_stroke_paints_every_cell_it_passes_and_is_one_undo_step(window: MainWindow) -> None:
    before = statuses(window, [0, 1, 2, 3], APRIL_16 + 1)
    window.window_actions.statuses[Status.S].trigger()  # chooses the brush's status (and sets nothing)
    window.window_actions.brush.setChecked(True)
    _mouse(window, QEvent.Type.MouseButtonPress, 0, APRIL_16 + 1)
    for row in (1, 2, 3):
        _mouse(window, QEvent.Type.MouseMove, row, APRIL_16 + 1)
    _mouse(window, QEvent.Type.MouseButtonRelease, 3, APRIL_16 + 1)
    assert statuses(window, [0, 1, 2, 3], APRIL_16 + 1) == [Status.S] * 4
    assert window.document.undo_stack.count() == 1
    window.window_actions.undo.trigger()
    assert statuses(window, [0, 1, 2, 3], APRIL_16 + 1) == before


def test_locked_cells_are_marked_and_unlocking_is_undoable(window: MainWindow) -> None:
    window.grid.select_cells([0, 1], [APRIL_16])
    window.window_actions.lock.trigger()
    grid_row = window.model.grid_row_of_staff(0)
    assert window.model.marks(grid_row, FIXED_COLUMNS + APRIL_16).locked
    assert window.document.plan.locked_cells() == [
        (window.document.plan.roster.staff[row].nip, window.document.plan.days[APRIL_16]) for row in (0, 1)
    ]
    window.window_actions.undo.trigger()
    assert window.document.plan.locked_cells() == []


def test_selecting_everything_and_setting_it_is_one_step(window: MainWindow) -> None:
    window.window_actions.select_all.trigger()
    window.window_actions.statuses[Status.WFO].trigger()
    plan = window.document.plan
    assert all(plan.status(row, APRIL_16) is Status.WFO for row in range(len(plan.roster.staff)))
    assert window.document.undo_stack.count() == 1


def test_adding_and_removing_staff_rebuilds_the_grid_and_undo_brings_them_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    plan = window.document.plan
    newcomer = StaffMember(make_nip(900), "Pegawai Baru, S.H.", plan.roster.staff[8].unit, "Analis Hukum")

    class FakeStaffDialog:
        DialogCode = StaffDialog.DialogCode

        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> int:
            return self.DialogCode.Accepted

        def member(self) -> StaffMember:
            return newcomer

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(main_window_module, "StaffDialog", FakeStaffDialog)
    rows_before = window.model.rowCount()
    window.grid.select_cells([8], [APRIL_16])
    window.window_actions.add_staff.trigger()
    roster = window.document.plan.roster
    assert roster.index_of(newcomer.nip) == 16  # at the end of Biro Hukum
    assert window.model.rowCount() == rows_before + 1
    assert summary_text(window, 8, APRIL_16).startswith("3/9")

    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.remove_staff.trigger()
    assert "sudah punya" in messages.texts()  # asked first: the person has planned days
    assert window.document.plan.roster.staff[0].nip != plan.roster.staff[0].nip
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert window.document.plan.roster.staff == plan.roster.staff
    assert window.model.rowCount() == rows_before


def test_changing_the_circular_rechecks_and_undo_goes_back(window: MainWindow) -> None:
    from planner.domain.circular import CircularId

    window.document.set_circular(CircularId("menpanrb-17-2023"))
    # Under SE 17/2023 (Aug–Sep 2023) April 2024 is outside every period: every WFH is an error.
    assert window.document.validator.errors > 0
    assert "Nomor 17 Tahun 2023" in window.summary() or window.document.circular.number == "17"
    window.window_actions.undo.trigger()
    assert window.document.validator.errors == 0
    assert window.document.plan.circular_id == "menpanrb-1-2024"


def test_save_close_and_reopen(window: MainWindow, context: WindowContext, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "jadwal.jadwal"
    window.grid.select_cells([2], [APRIL_16])
    window.window_actions.statuses[Status.TB].trigger()
    assert window.save_to(path)
    assert not window.isWindowModified()
    window.grid.select_cells([3], [APRIL_16])
    window.window_actions.statuses[Status.DL].trigger()
    window.window_actions.save.trigger()  # to the same file now
    assert not window.document.modified
    expected = [window.document.plan.row_bytes(row) for row in range(len(window.document.plan.roster.staff))]
    window.close()

    reopened = build_window(context)  # the last plan opened comes back
    qtbot.addWidget(reopened)
    assert reopened.document.path == path
    plan = reopened.document.plan
    assert [plan.row_bytes(row) for row in range(len(plan.roster.staff))] == expected
    reopened.close()


def test_a_plan_open_in_one_window_is_refused_by_another(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bersama.jadwal"
    assert window.save_to(path)
    with pytest.raises(PlanInUseError, match="sedang dibuka"):
        Document.open(path, window.document.catalog)
    window.document.close()  # what closing the window does
    other = Document.open(path, window.document.catalog)
    other.close()


def test_a_refused_open_keeps_the_current_plan(window: MainWindow, tmp_path: Path, messages: Messages) -> None:
    broken = tmp_path / "rusak.jadwal"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    document = window.document
    assert not window.open_path(broken)
    assert "rusak.jadwal" in messages.texts()
    assert window.document is document


def test_unsaved_work_is_autosaved_and_recovered_after_a_crash(window: MainWindow, context: WindowContext) -> None:
    window.grid.select_cells([4], [APRIL_16])
    window.window_actions.statuses[Status.S].trigger()
    window.autosaver.save_now()
    window.autosaver.wait()
    folder = context.paths.data / RECOVERY_FOLDER
    assert pending_recoveries(folder) == []  # this window is alive and owns its copy

    assert window.autosaver._lock is not None
    window.autosaver._lock.unlock()  # what a crash leaves: the copy, and nobody holding it
    [recovery] = pending_recoveries(folder)
    assert recovery.original is None
    document = recovered_document(recovery, window.document.catalog)
    assert document.modified
    assert document.plan.status(4, APRIL_16) is Status.S
    recovery.discard()
    assert pending_recoveries(folder) == []


def test_saving_drops_the_autosaved_copy(window: MainWindow, tmp_path: Path) -> None:
    window.grid.select_cells([4], [APRIL_16])
    window.window_actions.statuses[Status.S].trigger()
    window.autosaver.save_now()
    window.autosaver.wait()
    assert window.autosaver.plan_path.exists()
    assert window.save_to(tmp_path / "a.jadwal")
    assert not window.autosaver.plan_path.exists()


def test_a_new_empty_plan_starts_with_the_last_profile(window: MainWindow) -> None:
    from planner.domain.plan import AgencyProfile
    from planner.ui.dialogs.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(window.document.catalog, AgencyProfile(city="Mataram"), window)
    plan = dialog.plan()
    assert plan.roster.staff == ()
    assert plan.profile.city == "Mataram"
    document = Document(plan, window.document.catalog)
    model = GridModel(document)
    assert model.rowCount() == 1  # the agency row alone
    dialog.deleteLater()


def test_renaming_a_nip_keeps_the_persons_cells(window: MainWindow) -> None:
    plan = window.document.plan
    old = plan.roster.staff[1]
    cells = plan.row_bytes(1)
    corrected = dataclasses.replace(old, nip=make_nip(777))
    staff = list(plan.roster.staff)
    staff[1] = corrected
    window._replace_roster(Roster(plan.roster.units.values(), staff), "ubah", {old.nip: corrected.nip})
    assert window.document.plan.row_bytes(1) == cells


def test_opening_a_missing_file_from_recent_files_names_it(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    assert not window.open_path(tmp_path / "hilang.jadwal")
    assert "hilang.jadwal" in messages.texts()


def test_a_plan_with_an_unknown_circular_is_refused_clearly_and_not_left_locked(
    window: MainWindow, tmp_path: Path
) -> None:
    from planner.domain.circular import CircularId

    path = tmp_path / "asing.jadwal"
    PlanFile.create(path, window.document.plan.rebuilt(circular_id=CircularId("se-yang-tidak-ada")))
    for _attempt in range(2):  # the second attempt is not told "in use": the first released its lock
        with pytest.raises(PlannerError, match="tidak dikenal"):
            Document.open(path, window.document.catalog)


def test_clicking_a_name_selects_the_persons_row_and_a_day_header_the_whole_day(window: MainWindow) -> None:
    model, plan = window.model, window.document.plan
    name = model.index(model.grid_row_of_staff(2), 1)
    QTest.mouseClick(
        window.grid.fixed.viewport(), Qt.MouseButton.LeftButton, pos=window.grid.fixed.visualRect(name).center()
    )
    assert window.grid.selected_cells() == [(plan.roster.staff[2].nip, day) for day in plan.days]

    header = window.grid.days.horizontalHeader()
    x = header.sectionViewportPosition(FIXED_COLUMNS + APRIL_16) + 5
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert sorted(window.grid.selected_cells()) == sorted((m.nip, plan.days[APRIL_16]) for m in plan.roster.staff)


class _Accepting:
    """Stands in for a dialog: accepted at once, answering with ``result``."""

    DialogCode = StaffDialog.DialogCode

    def __init__(self, result: object) -> None:
        self.result = result

    def __call__(self, *_args: object, **_keywords: object) -> _Accepting:
        return self

    def exec(self) -> int:
        return self.DialogCode.Accepted

    def deleteLater(self) -> None:
        pass


def test_plan_settings_that_drop_planned_days_ask_first_and_undo_restores(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    from planner.ui.dialogs.plan_settings_dialog import PlanSettings

    plan = window.document.plan
    shorter = PlanSettings("Jadwal pendek", plan.days[1], plan.days[2], 0, plan.policy)
    fake = _Accepting(shorter)
    fake.settings = lambda: shorter  # type: ignore[attr-defined]
    monkeypatch.setattr(main_window_module, "PlanSettingsDialog", fake)

    messages.answer = messages.answer.No
    window.window_actions.plan_settings.trigger()
    assert "dibuang" in messages.texts()
    assert window.document.plan is plan  # the user said no

    messages.answer = messages.answer.Yes
    window.window_actions.plan_settings.trigger()
    assert window.document.plan.days == plan.days[1:3]
    assert window.document.plan.quota_level == 0
    assert window.model.columnCount() == FIXED_COLUMNS + 2
    window.window_actions.undo.trigger()
    assert window.document.plan is plan
    assert window.model.columnCount() == FIXED_COLUMNS + len(plan.days)


def test_the_profile_entered_is_kept_for_new_plans(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.domain.plan import Signatory

    profile = dataclasses.replace(
        window.document.plan.profile, city="Mataram", signatory=Signatory("Sekretaris Daerah", "H. Fulan, M.Si.")
    )
    fake = _Accepting(profile)
    fake.profile = lambda: profile  # type: ignore[attr-defined]
    monkeypatch.setattr(main_window_module, "ProfileDialog", fake)
    window.window_actions.profile.trigger()
    assert window.document.plan.profile == profile
    assert window.document.undo_stack.undoText() == "Ubah profil instansi dan penanda tangan"
    assert window.last_profile() == profile


def test_an_agency_day_off_stops_counting_that_day_and_undo_brings_it_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    plan = window.document.plan
    hukum_day = plan.days[APRIL_16]
    window.document.set_cells([(plan.roster.staff[row].nip, hukum_day, Status.WFH) for row in HUKUM], "semua WFH")
    assert window.document.validator.errors == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("HUT Provinsi", True))
    window._add_local_day_off(hukum_day)
    assert window.document.plan.days_added == {hukum_day: "HUT Provinsi"}
    assert window.document.validator.errors == 0  # a day off is not checked
    assert not window.document.validator.is_working(0, APRIL_16)
    window.window_actions.undo.trigger()
    assert window.document.validator.errors == 1


def test_the_signoff_panel_follows_edits_and_save_as_keeps_the_signoff(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    from planner.storage.plan_file import last_signoff, record_signoff
    from tests.storage.test_signoff import signoff_of

    first = tmp_path / "ditetapkan.jadwal"
    assert window.save_to(first)
    record_signoff(first, signoff_of(window.document.plan))
    window.document.file_changed.emit()  # what signing does after recording
    qtbot.waitUntil(lambda: "Sama dengan versi yang ditetapkan" in window.signoff_panel.summary.text())

    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.statuses[Status.DL].trigger()
    qtbot.waitUntil(lambda: "BERBEDA" in window.signoff_panel.summary.text())
    assert window.signoff_panel.changes.count() == 1

    second = tmp_path / "salinan.jadwal"
    assert window.save_to(second)
    assert last_signoff(second) is not None


def test_a_plan_whose_circular_is_missing_here_opens_with_the_copy_it_keeps(
    window: MainWindow, context: WindowContext, tmp_path: Path
) -> None:
    from planner.domain.circular import CircularId
    from planner.io.circular_file import Catalog

    base = window.document.catalog.get("menpanrb-1-2024")
    own = dataclasses.replace(base, id=CircularId("se-kabupaten-7-2024"), number="7")
    path = tmp_path / "kabupaten.jadwal"
    PlanFile.create(path, window.document.plan.rebuilt(circular_id=own.id), own)

    bare = Catalog(dict(window.document.catalog.circulars))  # this computer never had se-kabupaten-7-2024
    document = Document.open(path, bare)
    assert document.circular == own
    assert own.id in document.catalog.from_plans
    document.close()


def test_opening_another_plan_replaces_every_view_and_lets_the_old_one_go(window: MainWindow, qtbot: QtBot) -> None:
    old_document, old_model = window.document, window.model
    window.window_actions.new_from_demo.trigger()
    window.window_actions.new_from_demo.trigger()
    assert window.document is not old_document
    assert window.model is not old_model
    assert window.issues.model.rowCount() == 0
    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.statuses[Status.S].trigger()  # the new views follow the new document
    assert window.document.plan.status(0, APRIL_16) is Status.S
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_model))


def test_copying_pieces_that_are_not_one_block_is_refused(window: MainWindow, messages: Messages) -> None:
    QGuiApplication.clipboard().setText("tetap")
    window.grid.select_cells([0], [APRIL_16])
    window.grid.selection.select(
        window.model.index(window.model.grid_row_of_staff(0), FIXED_COLUMNS + APRIL_16 + 3),
        window.grid.selection.SelectionFlag.Select,
    )
    window.window_actions.copy.trigger()
    assert "satu blok" in messages.texts()
    assert QGuiApplication.clipboard().text() == "tetap"


def test_with_the_brush_on_a_status_chooses_the_colour_and_leaves_the_selection_alone(window: MainWindow) -> None:
    before = statuses(window, [0, 1], APRIL_16)
    window.grid.select_cells([0, 1], [APRIL_16])
    window.window_actions.brush.setChecked(True)
    window.window_actions.statuses[Status.CT].trigger()
    assert statuses(window, [0, 1], APRIL_16) == before
    assert window.window_actions.brush.text().endswith("CT")


def test_delete_in_the_circular_box_does_not_empty_the_selected_cells(window: MainWindow, qtbot: QtBot) -> None:
    window.grid.select_cells([0, 1], [APRIL_16])
    before = statuses(window, [0, 1], APRIL_16)
    box = window._circular_box
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_B)
    assert statuses(window, [0, 1], APRIL_16) == before
    assert not window.window_actions.brush.isChecked()


def test_reopening_the_current_file_and_discarding_goes_back_to_what_is_saved(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    path = tmp_path / "a.jadwal"
    assert window.save_to(path)
    saved = statuses(window, [0], APRIL_16)
    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.statuses[Status.TB].trigger()
    messages.answer = messages.answer.Discard
    assert window.open_path(path)
    assert statuses(window, [0], APRIL_16) == saved
    assert not window.document.modified


def test_save_as_adds_the_extension_to_a_name_with_a_dot(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "Jadwal 16.05"), ""))
    window.window_actions.save_as.trigger()
    assert window.document.path == tmp_path / "Jadwal 16.05.jadwal"
    assert (tmp_path / "Jadwal 16.05.jadwal").exists()


def test_a_failed_save_as_leaves_the_document_on_its_own_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    from planner.storage.plan_file import PlanFileError
    from planner.ui.grid import document as document_module

    first = tmp_path / "asli.jadwal"
    assert window.save_to(first)

    def broken(*_args: object) -> int:
        raise PlanFileError("penetapan rusak")

    monkeypatch.setattr(document_module, "copy_signoffs", broken)
    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.statuses[Status.TB].trigger()
    assert not window.save_to(tmp_path / "salinan.jadwal")
    assert "penetapan rusak" in messages.texts()
    assert window.document.path == first
    window.window_actions.save.trigger()
    assert PlanFile.open(first)[1].status(0, APRIL_16) is Status.TB


def test_undoing_a_circular_switch_after_a_new_circular_was_saved_keeps_the_plans_own_copy(
    window: MainWindow, tmp_path: Path
) -> None:
    from planner.domain.circular import CircularId

    base = window.document.catalog.get("menpanrb-1-2024")
    own = dataclasses.replace(base, id=CircularId("se-kiriman-rekan"))
    path = tmp_path / "kiriman.jadwal"
    PlanFile.create(path, window.document.plan.rebuilt(circular_id=own.id), own)
    assert own.id not in window.document.catalog.circulars
    assert window.open_path(path)  # opens with the copy the file keeps
    window.document.set_circular(CircularId("menpanrb-1-2024"))
    window.document.set_catalog(window._context.load_catalog())  # what saving in the circular editor does
    window.window_actions.undo.trigger()
    assert window.document.circular == own
    window.window_actions.save.trigger()
    assert PlanFile.open(path)[0].circular_copy == own


def test_the_issues_list_never_shows_a_person_who_left_the_plan(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    plan = window.document.plan
    # The person's own problem: WFH on a day outside every period of the circular.
    window.document.set_cells([(plan.roster.staff[0].nip, plan.days[3], Status.WFH)], "WFH di luar masa berlaku")
    assert window.document.validator.errors == 1
    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.remove_staff.trigger()  # asked first (messages answers yes), then removed
    window.issues.grab()  # paints the list: no problem may name the person any more
    assert issue_texts(window) == []
