"""The staff and unit dialogs: what the user types, what OK allows, and what comes back."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.category import Category
from planner.domain.nip import NipProblem, is_internal_number, new_internal_number
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.ui.dialogs.staff_dialogs import PNS_RANKS, StaffDialog, UnitDialog, UnitsDialog, fresh_unit_id
from tests.factories import make_nip, make_roster

VALID_PNS = "19860926 201505 1 001"


def biro_umum() -> Roster:
    """Biro Umum (no staff) with Rumah Tangga (2 staff) and Protokol (1 staff) under it, and Keuangan on top."""
    return make_roster(
        [
            ("Biro Umum", Category.ADMINISTRASI, 0),
            ("Bagian Rumah Tangga", Category.DUKUNGAN_OPERASIONAL, 2),
            ("Bagian Protokol", Category.DUKUNGAN_PIMPINAN, 1),
            ("Keuangan", Category.ADMINISTRASI, 0),
        ],
        parents={"Bagian Rumah Tangga": "Biro Umum", "Bagian Protokol": "Biro Umum"},
    )


def staff_dialog(
    qtbot: QtBot, roster: Roster, member: StaffMember | None = None, default_unit: UnitId | None = None
) -> StaffDialog:
    dialog = StaffDialog(roster, member, default_unit)
    qtbot.addWidget(dialog)
    return dialog


# StaffDialog


def test_a_nip_typed_with_spaces_is_stored_as_18_digits(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)
    QTest.keyClicks(dialog.name_edit, "Dr. Hj. Siti Aminah, S.H., M.Si.")

    assert "NIP PNS" in dialog.nip_status_label.text()
    assert dialog.ok_button.isEnabled()
    member = dialog.member()
    assert member.nip == "198609262015051001"
    assert member.name == "Dr. Hj. Siti Aminah, S.H., M.Si."


def test_a_pppk_number_is_recognised(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.nip_edit, "19900101.2021.2.1.1.001")

    assert "NI PPPK" in dialog.nip_status_label.text()


def test_a_pppk_number_with_an_unusual_digit_14_is_accepted_with_a_warning(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.nip_edit, "19900101 2021 2 3 1 001")
    QTest.keyClicks(dialog.name_edit, "Rahmat")

    assert "NI PPPK" in dialog.nip_status_label.text()
    assert "digit ke-14 NI PPPK biasanya 1" in dialog.nip_status_label.text()
    assert dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.nip_edit, "\b\b\b\b\b\b\b1 1 001")
    assert "digit ke-14" not in dialog.nip_status_label.text()


def test_non_asn_staff_get_an_internal_number_instead_of_a_nip(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum(), default_unit=UnitId("Bagian Rumah Tangga"))
    QTest.keyClicks(dialog.nip_edit, "1986")
    dialog.rank_combo.setEditText("Juru (I/c)")
    QTest.keyClicks(dialog.name_edit, "Budi")

    dialog.non_asn_check.setChecked(True)

    number = dialog.nip_edit.text()
    assert is_internal_number(number)
    assert dialog.nip_edit.isReadOnly()
    assert not dialog.rank_combo.isEnabled()
    assert "Non-ASN" in dialog.nip_status_label.text()
    assert dialog.ok_button.isEnabled()
    member = dialog.member()
    assert (member.nip, member.non_asn, member.rank, member.name) == (number, True, "", "Budi")

    dialog.non_asn_check.setChecked(False)
    assert (dialog.nip_edit.text(), dialog.nip_edit.isReadOnly()) == ("1986", False)
    assert not dialog.ok_button.isEnabled()
    dialog.non_asn_check.setChecked(True)
    assert dialog.nip_edit.text() == number, "the same number while the dialog is open"


def test_a_non_asn_member_keeps_their_internal_number_when_edited(qtbot: QtBot) -> None:
    roster = biro_umum()
    first = roster.staff[0]
    driver = dataclasses.replace(first, nip=new_internal_number(), non_asn=True, rank="")
    roster = Roster(roster.units.values(), [driver, *roster.staff[1:]])
    dialog = staff_dialog(qtbot, roster, driver)

    assert dialog.non_asn_check.isChecked()
    assert dialog.nip_edit.text() == driver.nip
    assert dialog.nip_edit.isReadOnly()
    dialog.position_edit.setText("Pengemudi")
    assert dialog.member() == dataclasses.replace(driver, position="Pengemudi")

    dialog.non_asn_check.setChecked(False)
    QTest.keyClicks(dialog.nip_edit, make_nip(900))
    member = dialog.member()
    assert (member.nip, member.non_asn) == (make_nip(900), False)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("19860926 201505 1 00", NipProblem.LENGTH.value),
        ("19860231 201505 1 001", NipProblem.BIRTH_DATE.value),
        (make_nip(2), "sudah dipakai oleh Pegawai 2"),
    ],
    ids=["17-digits", "31-february", "duplicate"],
)
def test_a_bad_nip_disables_ok_and_says_why(qtbot: QtBot, typed: str, reason: str) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    dialog.show()
    QTest.keyClicks(dialog.name_edit, "Budi")
    QTest.keyClicks(dialog.nip_edit, typed)

    assert not dialog.ok_button.isEnabled()
    assert reason in dialog.nip_status_label.text()
    assert dialog.nip_status_label.isVisible()
    with pytest.raises(ValueError, match=re.escape(reason)):
        dialog.member()


def test_ok_pressed_while_invalid_does_not_close(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert "Nama wajib diisi" in dialog.problem_label.text()


def test_editing_keeps_own_nip_refuses_another_and_accepts_a_new_one(qtbot: QtBot) -> None:
    roster = biro_umum()
    member = roster.staff[0]
    dialog = staff_dialog(qtbot, roster, member)
    assert dialog.ok_button.isEnabled()
    assert dialog.member() == member

    dialog.nip_edit.setText(roster.staff[1].nip)
    assert not dialog.ok_button.isEnabled()
    assert roster.staff[1].name in dialog.nip_status_label.text()

    dialog.nip_edit.setText(VALID_PNS)
    assert dialog.ok_button.isEnabled()
    assert dialog.member().nip == "198609262015051001"


def test_the_no_remote_reason_is_required_when_checked(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    dialog.show()
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)
    QTest.keyClicks(dialog.name_edit, "Budi")
    assert not dialog.no_remote_reason_edit.isEnabled()
    assert dialog.member().no_remote_reason is None

    dialog.no_remote_check.setChecked(True)
    assert dialog.no_remote_reason_edit.isEnabled()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.isVisible()
    assert "alasan" in dialog.problem_label.text()

    QTest.keyClicks(dialog.no_remote_reason_edit, "baru menjabat")
    assert dialog.ok_button.isEnabled()
    assert dialog.member().no_remote_reason == "baru menjabat"

    dialog.no_remote_check.setChecked(False)
    assert not dialog.no_remote_reason_edit.isEnabled()
    assert dialog.member().no_remote_reason is None


def test_category_follows_the_unit_or_overrides_it(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = staff_dialog(qtbot, roster, default_unit=UnitId("Bagian Rumah Tangga"))
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)
    QTest.keyClicks(dialog.name_edit, "Budi")

    assert dialog.unit_combo.currentText() == "Biro Umum > Bagian Rumah Tangga"
    assert dialog.category_combo.itemText(0) == "Ikut unit (Dukungan operasional)"
    member = dialog.member()
    assert member.unit == "Bagian Rumah Tangga"
    assert member.category is None

    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("Bagian Protokol"))
    assert dialog.category_combo.itemText(0) == "Ikut unit (Dukungan pimpinan)"

    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(Category.PELAYANAN_PUBLIK))
    member = dialog.member()
    assert member.unit == "Bagian Protokol"
    assert member.category is Category.PELAYANAN_PUBLIK


def test_rank_offers_the_pns_ranks_and_takes_free_text(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)
    QTest.keyClicks(dialog.name_edit, "Budi")

    items = [dialog.rank_combo.itemText(i) for i in range(dialog.rank_combo.count())]
    assert items == list(PNS_RANKS)
    assert len(items) == 17
    assert items[0] == "Juru Muda (I/a)"
    assert items[-1] == "Pembina Utama (IV/e)"
    assert dialog.member().rank == ""

    dialog.rank_combo.setCurrentIndex(13)
    assert dialog.member().rank == "Pembina Tingkat I (IV/b)"
    dialog.rank_combo.setEditText("IX")
    assert dialog.member().rank == "IX"


def test_a_new_member_starts_on_the_nip_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.focusWidget() is dialog.nip_edit
    QTest.keyClick(dialog.nip_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected.value
    assert not dialog.isVisible()


# UnitDialog


def unit_dialog(qtbot: QtBot, roster: Roster, unit: Unit | None = None) -> UnitDialog:
    dialog = UnitDialog(roster, unit)
    qtbot.addWidget(dialog)
    return dialog


def test_a_unit_cannot_be_put_under_itself_or_its_descendants(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = unit_dialog(qtbot, roster, roster.units[UnitId("Biro Umum")])

    offered = [dialog.parent_combo.itemData(i) for i in range(dialog.parent_combo.count())]
    assert offered == [None, "Keuangan"]
    assert dialog.parent_combo.itemText(0) == "— (unit teratas)"


def test_a_child_can_move_to_any_other_unit(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = unit_dialog(qtbot, roster, roster.units[UnitId("Bagian Protokol")])

    offered = [dialog.parent_combo.itemText(i) for i in range(dialog.parent_combo.count())]
    assert offered == ["— (unit teratas)", "Biro Umum", "Biro Umum > Bagian Rumah Tangga", "Keuangan"]
    dialog.parent_combo.setCurrentIndex(3)
    assert dialog.unit() == Unit(
        UnitId("Bagian Protokol"), "Bagian Protokol", Category.DUKUNGAN_PIMPINAN, UnitId("Keuangan")
    )


def test_a_sibling_name_must_be_unique(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = unit_dialog(qtbot, roster)
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData("Biro Umum"))
    QTest.keyClicks(dialog.name_edit, "bagian protokol")

    assert not dialog.ok_button.isEnabled()
    assert "Bagian Protokol" in dialog.problem_label.text()

    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData("Keuangan"))
    assert dialog.ok_button.isEnabled()


def test_an_empty_name_is_refused(qtbot: QtBot) -> None:
    dialog = unit_dialog(qtbot, biro_umum())
    QTest.keyClicks(dialog.name_edit, "   ")

    assert not dialog.ok_button.isEnabled()
    assert "wajib" in dialog.problem_label.text()


def test_a_new_unit_gets_a_fresh_id_and_an_edited_one_keeps_its_id(qtbot: QtBot) -> None:
    roster = Roster(
        [
            Unit(UnitId("keuangan"), "Keuangan", Category.ADMINISTRASI),
            Unit(UnitId("keuangan-2"), "Keuangan lama", Category.ADMINISTRASI),
        ],
        [],
    )
    dialog = unit_dialog(qtbot, roster)
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData("keuangan"))
    QTest.keyClicks(dialog.name_edit, "Keuangan")
    dialog.week_combo.setCurrentIndex(dialog.week_combo.findData(WorkWeek.SIX_DAYS))
    unit = dialog.unit()
    assert unit.id == "keuangan-3"
    assert unit.parent == "keuangan"
    assert unit.week is WorkWeek.SIX_DAYS
    assert "Perpres 21/2023" in dialog.week_hint_label.text()

    edit = unit_dialog(qtbot, roster, roster.units[UnitId("keuangan-2")])
    edit.name_edit.setText("Bagian Keuangan")
    assert edit.unit().id == "keuangan-2"


def test_fresh_ids_are_slugs() -> None:
    assert fresh_unit_id("Bagian Rumah Tangga", []) == "bagian-rumah-tangga"
    assert fresh_unit_id("Sub Bagian TU & Kepegawaian", ["sub-bagian-tu-kepegawaian"]) == "sub-bagian-tu-kepegawaian-2"
    assert fresh_unit_id("Seksi Pelayanan Kesehatan Ibu", []) == "seksi-pelayanan-kesehatan-ibu"
    assert fresh_unit_id("???", []) == "unit"


# UnitsDialog


def units_dialog(qtbot: QtBot, roster: Roster) -> UnitsDialog:
    dialog = UnitsDialog(roster)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select(dialog: UnitsDialog, unit_id: str) -> None:
    matches = [
        item
        for item in dialog.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        if item.data(0, Qt.ItemDataRole.UserRole) == unit_id
    ]
    assert len(matches) == 1
    dialog.tree.setCurrentItem(matches[0])


def open_editor(dialog: UnitsDialog, button: QPushButton) -> UnitDialog:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(UnitDialog)
    assert isinstance(editor, UnitDialog)
    assert editor.isVisible()
    return editor


def test_units_show_as_a_tree_with_category_week_and_staff(qtbot: QtBot) -> None:
    dialog = units_dialog(qtbot, biro_umum())

    assert dialog.tree.topLevelItemCount() == 2
    biro = dialog.tree.topLevelItem(0)
    assert biro is not None
    assert [child.text(0) for i in range(biro.childCount()) if (child := biro.child(i))] == [
        "Bagian Rumah Tangga",
        "Bagian Protokol",
    ]
    rumah_tangga = biro.child(0)
    assert rumah_tangga is not None
    assert [rumah_tangga.text(c) for c in range(4)] == [
        "Bagian Rumah Tangga",
        "Dukungan operasional",
        "5 hari (Senin–Jumat)",
        "2",
    ]


def test_units_dialog_adds_a_unit_under_the_selected_one(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = units_dialog(qtbot, roster)
    select(dialog, "Biro Umum")

    editor = open_editor(dialog, dialog.add_button)
    assert editor.parent_combo.currentData() == "Biro Umum"
    QTest.keyClicks(editor.name_edit, "Bagian Tata Usaha")
    QTest.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)

    units = dialog.units()
    assert [unit.id for unit in units] == [
        "Biro Umum",
        "Bagian Rumah Tangga",
        "Bagian Protokol",
        "bagian-tata-usaha",
        "Keuangan",
    ]
    assert units[3] == Unit(
        UnitId("bagian-tata-usaha"), "Bagian Tata Usaha", Category.ADMINISTRASI, UnitId("Biro Umum")
    )
    assert dialog.selected_unit() == "bagian-tata-usaha"
    assert dialog.ok_button.isEnabled()
    assert list(roster.units) == ["Biro Umum", "Bagian Rumah Tangga", "Bagian Protokol", "Keuangan"]


def test_units_dialog_edits_a_unit_and_keeps_parents_first(qtbot: QtBot) -> None:
    dialog = units_dialog(qtbot, biro_umum())
    select(dialog, "Biro Umum")

    editor = open_editor(dialog, dialog.edit_button)
    editor.name_edit.setText("Biro Umum dan Perlengkapan")
    editor.parent_combo.setCurrentIndex(editor.parent_combo.findData("Keuangan"))
    QTest.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)

    units = dialog.units()
    assert [unit.id for unit in units] == ["Keuangan", "Biro Umum", "Bagian Rumah Tangga", "Bagian Protokol"]
    assert units[1].name == "Biro Umum dan Perlengkapan"
    assert units[1].parent == "Keuangan"
    Roster(units, biro_umum().staff)


def test_a_cancelled_edit_changes_nothing(qtbot: QtBot) -> None:
    roster = biro_umum()
    dialog = units_dialog(qtbot, roster)
    select(dialog, "Keuangan")

    editor = open_editor(dialog, dialog.edit_button)
    editor.name_edit.setText("Lain")
    QTest.keyClick(editor.name_edit, Qt.Key.Key_Escape)

    assert dialog.units() == list(roster.units.values())


@pytest.mark.parametrize(
    ("unit_id", "reason"),
    [("Bagian Rumah Tangga", "masih ada 2 pegawai"), ("Biro Umum", "masih ada 2 sub unit")],
)
def test_units_dialog_refuses_to_remove_a_unit_in_use(qtbot: QtBot, unit_id: str, reason: str) -> None:
    roster = biro_umum()
    dialog = units_dialog(qtbot, roster)
    select(dialog, unit_id)

    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    assert dialog.units() == list(roster.units.values())
    assert dialog.message_label.isVisible()
    assert reason in dialog.message_label.text()
    assert "tidak dapat dihapus" in dialog.message_label.text()


def test_units_dialog_removes_an_empty_unit(qtbot: QtBot) -> None:
    dialog = units_dialog(qtbot, biro_umum())
    select(dialog, "Keuangan")

    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    assert [unit.id for unit in dialog.units()] == ["Biro Umum", "Bagian Rumah Tangga", "Bagian Protokol"]
    assert not dialog.message_label.isVisible()


def test_an_exemption_from_the_weekly_cap_needs_a_reason_and_is_kept_when_edited(qtbot: QtBot) -> None:
    dialog = staff_dialog(qtbot, biro_umum())
    dialog.show()
    QTest.keyClicks(dialog.nip_edit, VALID_PNS)
    QTest.keyClicks(dialog.name_edit, "Budi")
    assert dialog.member().cap_exemption is None
    dialog.exemption_check.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.exemption_edit, "tugas di luar kantor")
    member = dialog.member()
    assert member.cap_exemption == "tugas di luar kantor"

    again = staff_dialog(qtbot, biro_umum(), member)
    assert again.exemption_check.isChecked()
    assert again.member().cap_exemption == "tugas di luar kantor"
