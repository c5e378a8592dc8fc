"""The "Isi otomatis" dialog: preview in a worker, apply as one undo step, undo restores."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.autofill import AutofillResult, FillMode
from planner.domain.category import Category
from planner.domain.nip import new_internal_number
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.roster import Roster
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.resources import demo_folder
from planner.ui.dialogs.autofill_dialog import AutofillDialog
from planner.ui.grid.document import Document
from tests.factories import builtin_catalog, make_plan, make_roster, set_statuses

APR_16, APR_17 = dt.date(2024, 4, 16), dt.date(2024, 4, 17)


def cells(plan: Plan) -> list[bytes]:
    return [plan.row_bytes(row) for row in range(len(plan.roster.staff))]


@pytest.fixture
def document() -> Iterator[Document]:
    document = Document(demo_plan(demo_folder()), builtin_catalog())
    yield document
    document.deleteLater()


def open_dialog(qtbot: QtBot, document: Document) -> AutofillDialog:
    dialog = AutofillDialog(document)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.show()
    return dialog


def preview_of(dialog: AutofillDialog) -> AutofillResult | None:
    """The dialog's preview, read afresh (mypy would keep an earlier ``is None`` narrowing)."""
    return dialog.preview


def wait_for_preview(qtbot: QtBot, dialog: AutofillDialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        pass


def test_preview_then_apply_is_one_undo_step_and_undo_restores_the_plan(qtbot: QtBot, document: Document) -> None:
    before = cells(document.plan)
    steps = document.undo_stack.count()
    dialog = open_dialog(qtbot, document)
    preview = preview_of(dialog)
    assert preview is not None
    assert preview.changed > 0
    meaningful = [edit for edit in preview.edits if not (edit.old is None and edit.new is Status.WFO)]
    # The demo's circular has no day that requires remote work: a blank filled with WFO is no change.
    assert f"{len(meaningful)} sel akan diubah" in dialog.summary_label.text()
    assert dialog.units_table.rowCount() == len(preview.changed_per_unit(document.plan.roster))
    groups = [dialog.groups_list.item(row).text() for row in range(dialog.groups_list.count())]
    assert any("Seluruh instansi · Administrasi pemerintahan: 16 dari 16 jatah" in text for text in groups)
    assert not dialog.progress_bar.isVisible()
    assert cells(document.plan) == before, "the preview changes nothing"

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.applied == preview.changed
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == f"Isi otomatis ({preview.changed} sel)"
    assert document.validator.errors == 0
    for edit in preview.edits:
        assert document.plan.status_of(edit.nip, edit.day) is edit.new

    document.undo_stack.undo()

    assert cells(document.plan) == before
    assert document.undo_stack.count() == steps + 1  # the step stays for redo
    document.undo_stack.redo()
    for edit in preview.edits:
        assert document.plan.status_of(edit.nip, edit.day) is edit.new


def test_a_target_and_replace_mode_recompute_the_preview(qtbot: QtBot, document: Document) -> None:
    dialog = open_dialog(qtbot, document)
    full = preview_of(dialog)
    assert full is not None

    dialog.target_check.setChecked(True)
    dialog.target_spin.setValue(20)
    assert preview_of(dialog) is None
    assert not dialog.apply_button.isEnabled(), "no applying a preview made for other options"
    wait_for_preview(qtbot, dialog)

    lower = preview_of(dialog)
    assert lower is not None
    assert sum(g.allowance for g in lower.groups) < sum(g.allowance for g in full.groups)

    dialog.replace_radio.setChecked(True)
    wait_for_preview(qtbot, dialog)
    assert dialog.options().mode is FillMode.REPLACE
    assert preview_of(dialog) is not None


def test_a_range_inside_the_plan_changes_only_its_days(qtbot: QtBot, document: Document) -> None:
    dialog = open_dialog(qtbot, document)
    dialog.first_edit.setDate(QDate(2024, 4, 16))
    dialog.last_edit.setDate(QDate(2024, 4, 17))
    wait_for_preview(qtbot, dialog)
    preview = preview_of(dialog)
    assert preview is not None
    assert {edit.day for edit in preview.edits} <= {APR_16, APR_17}


def test_a_reversed_range_says_so_and_cannot_be_applied(qtbot: QtBot, document: Document) -> None:
    dialog = open_dialog(qtbot, document)
    dialog.first_edit.setDate(QDate(2024, 4, 18))
    dialog.last_edit.setDate(QDate(2024, 4, 16))
    wait_for_preview(qtbot, dialog)
    assert preview_of(dialog) is None
    assert "terbalik" in dialog.message_label.text()
    assert not dialog.apply_button.isEnabled()


def test_what_cannot_be_solved_is_listed_in_indonesian(qtbot: QtBot) -> None:
    policy = AgencyPolicy(min_office_per_unit=2, min_office_severity=Severity.ERROR)
    plan = make_plan(make_roster([("Seksi Kecil", Category.ADMINISTRASI, 2)]), "menpanrb-1-2024", APR_16, APR_17)
    plan = plan.rebuilt(policy=policy)
    set_statuses(plan, APR_16, [Status.WFH])
    plan.set_locked([(plan.roster.staff[0].nip, APR_16)], locked=True)
    document = Document(plan, builtin_catalog())
    dialog = open_dialog(qtbot, document)
    assert dialog.problems_list.count() == 1
    assert dialog.problems_list.item(0).text() == (
        "Seksi Kecil, Selasa 16 April 2024: 1 dari 2 pegawai WFO < minimal 2 orang di kantor per unit; "
        "tidak dapat dipenuhi karena 1 sel WFH terkunci."
    )
    assert dialog.tabs.tabText(2) == "Masalah (1)"
    assert "1 aturan tidak dapat dipenuhi (1 kesalahan)" in dialog.summary_label.text()
    assert dialog.apply_button.isEnabled(), "the rest can still be filled"
    dialog.reject()
    document.deleteLater()


def test_cancel_changes_nothing(qtbot: QtBot, document: Document) -> None:
    before = cells(document.plan)
    dialog = open_dialog(qtbot, document)
    dialog.reject()
    assert cells(document.plan) == before
    assert document.undo_stack.count() == 0


def test_an_edit_in_the_window_while_the_dialog_is_open_refreshes_the_preview(qtbot: QtBot, document: Document) -> None:
    dialog = open_dialog(qtbot, document)
    first = preview_of(dialog)
    assert first is not None
    member = document.plan.roster.staff[0]
    document.set_cells([(member.nip, APR_16, Status.CT)], "Cuti")
    assert preview_of(dialog) is None
    assert not dialog.apply_button.isEnabled()
    wait_for_preview(qtbot, dialog)
    second = preview_of(dialog)
    assert second is not None
    assert all(edit.nip != member.nip or edit.day != APR_16 for edit in second.edits), "leave is never changed"


def test_non_asn_staff_not_counted_are_named_as_such(qtbot: QtBot) -> None:
    roster = make_roster([("Biro Hukum", Category.ADMINISTRASI, 3), ("Biro Umum", Category.DUKUNGAN_OPERASIONAL, 2)])
    staff = [
        *roster.staff[:3],
        *(
            dataclasses.replace(member, nip=new_internal_number(), name=f"Honorer {number}", non_asn=True)
            for number, member in enumerate(roster.staff[3:], start=1)
        ),
    ]
    plan = make_plan(Roster(roster.units.values(), staff), "menpanrb-1-2024", APR_16, APR_17)
    document = Document(plan, builtin_catalog())
    dialog = open_dialog(qtbot, document)
    groups = [dialog.groups_list.item(row).text() for row in range(dialog.groups_list.count())]
    assert groups[0].startswith("Seluruh instansi · Administrasi pemerintahan:")
    assert groups[1:] == [
        "Non-ASN yang tidak dihitung dalam kuota · Dukungan operasional: 2 pegawai, tidak ada yang dapat "
        "bekerja jarak jauh pada rentang ini."
    ]
    dialog.reject()
    document.deleteLater()
