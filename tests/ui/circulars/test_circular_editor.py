"""The circular editor: typing a circular in, copying a built-in one, changing one's own, and the live checks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId, DateRange, RuleKind
from planner.domain.status import Status
from planner.io.circular_file import Catalog, load_catalog, read_circular, write_circular
from planner.resources import builtin_circulars
from planner.ui.circulars.circular_editor import CircularEditor, PeriodEditor

BUILTIN_IDS = sorted(load_catalog(builtin_circulars(), None).circulars)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "surat-edaran"


def catalog_of(folder: Path) -> Catalog:
    return load_catalog(builtin_circulars(), folder)


def open_editor(qtbot: QtBot, folder: Path, base_id: str | None = None) -> CircularEditor:
    catalog = catalog_of(folder)
    dialog = CircularEditor(catalog, folder, catalog.get(base_id) if base_id else None)
    # Close without the "discard changes?" question, which would wait forever after a failed test.
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.done(QDialog.DialogCode.Rejected))
    return dialog


def problems(dialog: CircularEditor) -> list[str]:
    return [dialog.problem_list.item(row).text() for row in range(dialog.problem_list.count())]


def set_date(edit: Any, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def choose_kind(editor: PeriodEditor, category: Category, kind: RuleKind | None) -> None:
    combo = editor.kind_combos[category]
    combo.setCurrentIndex(combo.findData(kind.value if kind else ""))


def answer_next_question(button_text: str) -> None:
    """Click the button of the message box that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_a_circular_typed_in_is_saved_and_reads_back(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder)
    assert not dialog.save_button.isEnabled()

    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Keputusan Bupati"))
    dialog.number_edit.setText("800/12/BKD")
    dialog.year_spin.setValue(2025)
    dialog.issuer_edit.setText("Bupati Sleman")
    QTest.keyClicks(dialog.issuer_short_edit, "Bupati Sleman")
    dialog.title_edit.setText("Penyesuaian Sistem Kerja Pegawai ASN")
    dialog.signed_check.setChecked(True)
    set_date(dialog.signed_edit, dt.date(2025, 3, 20))
    dialog.scope_edit.setText("Pegawai ASN Pemerintah Kabupaten Sleman")
    assert dialog.id_edit.text() == "bupati-sleman-800-12-bkd-2025", "proposed from issuer, number and year"

    first = dialog.period_editors[0]
    first.label_edit.setText("Arus balik")
    set_date(first.range_rows[0].first_edit, dt.date(2025, 3, 24))
    set_date(first.range_rows[0].last_edit, dt.date(2025, 3, 27))
    QTest.mouseClick(first.add_range_button, Qt.MouseButton.LeftButton)
    set_date(first.range_rows[1].first_edit, dt.date(2025, 4, 8))
    first.range_rows[1].open_check.setChecked(True)
    assert not first.range_rows[1].last_edit.isEnabled(), "an open range has no end date to type"
    first.wfh_check.setChecked(False)
    first.wfa_check.setChecked(True)
    choose_kind(first, Category.ADMINISTRASI, RuleKind.REMOTE_MAX)
    first.value_spins[Category.ADMINISTRASI].setValue(40)
    first.clause_edits[Category.ADMINISTRASI].setText(" angka 4 huruf a ")
    choose_kind(first, Category.DUKUNGAN_PIMPINAN, RuleKind.WEEKLY_REMOTE_MAX)
    assert first.value_spins[Category.DUKUNGAN_PIMPINAN].maximum() == 7
    first.value_spins[Category.DUKUNGAN_PIMPINAN].setValue(3)
    choose_kind(first, Category.PELAYANAN_PUBLIK, RuleKind.OFFICE_ALL)
    assert not first.value_spins[Category.PELAYANAN_PUBLIK].isEnabled()
    assert not first.value_spins[Category.DUKUNGAN_OPERASIONAL].isEnabled(), "not named: no value"
    assert not first.clause_edits[Category.DUKUNGAN_OPERASIONAL].isEnabled(), "not named: nothing to cite"

    QTest.mouseClick(dialog.add_period_button, Qt.MouseButton.LeftButton)
    assert dialog.period_list.count() == 2
    assert dialog.period_list.currentRow() == 1
    second = dialog.period_editors[1]
    second.label_edit.setText("Hari kedua")
    set_date(second.range_rows[0].first_edit, dt.date(2025, 3, 25))
    set_date(second.range_rows[0].last_edit, dt.date(2025, 3, 25))
    choose_kind(second, Category.ADMINISTRASI, RuleKind.NO_QUOTA)
    assert "2. Hari kedua" in dialog.period_list.item(1).text()

    dialog.obligations_edit.setPlainText("Presensi melalui aplikasi.\n\n  Memakai pakaian dinas.  \n")
    dialog.source_edit.setPlainText("Diketik dari salinan cetak.")

    assert problems(dialog) == []
    assert "Keputusan Bupati Bupati Sleman Nomor 800/12/BKD Tahun 2025" in dialog.citation_label.text()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = read_circular(folder / "bupati-sleman-800-12-bkd-2025.json")
    assert saved == dialog.saved_circular()
    assert (saved.document_type, saved.number, saved.year) == ("Keputusan Bupati", "800/12/BKD", 2025)
    assert saved.issuer_short == "Bupati Sleman"
    assert saved.signed == dt.date(2025, 3, 20)
    assert saved.scope == "Pegawai ASN Pemerintah Kabupaten Sleman"
    assert saved.obligations == ("Presensi melalui aplikasi.", "Memakai pakaian dinas.")
    assert saved.source == "Diketik dari salinan cetak."
    one, two = saved.periods
    assert one.label == "Arus balik"
    assert one.ranges == (DateRange(dt.date(2025, 3, 24), dt.date(2025, 3, 27)), DateRange(dt.date(2025, 4, 8), None))
    assert one.remote_statuses == frozenset({Status.WFA})
    assert one.rules[Category.ADMINISTRASI].kind is RuleKind.REMOTE_MAX
    assert one.rules[Category.ADMINISTRASI].value == 40
    assert one.rules[Category.ADMINISTRASI].clause == "angka 4 huruf a"
    assert (one.rules[Category.DUKUNGAN_PIMPINAN].kind, one.rules[Category.DUKUNGAN_PIMPINAN].value) == (
        RuleKind.WEEKLY_REMOTE_MAX,
        3,
    )
    assert one.rules[Category.PELAYANAN_PUBLIK].kind is RuleKind.OFFICE_ALL
    assert Category.DUKUNGAN_OPERASIONAL not in one.rules
    assert two.label == "Hari kedua"
    assert two.ranges == (DateRange(dt.date(2025, 3, 25), dt.date(2025, 3, 25)),)
    assert set(two.rules) == {Category.ADMINISTRASI}
    assert two.rules[Category.ADMINISTRASI].kind is RuleKind.NO_QUOTA


def test_a_reversed_date_range_is_named_and_blocks_save(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "sekda-dki-34-2023")
    assert dialog.save_button.isEnabled()
    row = dialog.period_editors[1].range_rows[0]

    set_date(row.last_edit, dt.date(2023, 9, 1))

    [problem] = problems(dialog)
    assert problem.startswith("Masa berlaku 2 › rentang 1 › sampai: 2023-09-01 lebih awal")
    assert not dialog.save_button.isEnabled()
    assert dialog.current_circular() is None
    assert dialog.citation_label.text() == ""

    dialog.show()
    dialog.period_list.setCurrentRow(0)
    dialog.problem_list.itemActivated.emit(dialog.problem_list.item(0))
    assert dialog.period_list.currentRow() == 1, "choosing the problem shows its period"
    assert dialog.tabs.currentIndex() == 1
    assert QApplication.focusWidget() in (row.last_edit, row.last_edit.focusProxy())

    row.open_check.setChecked(True)
    assert problems(dialog) == []
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_is_named_and_blocks_save(qtbot: QtBot, folder: Path, title: str) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.title_edit.setText(title)

    assert problems(dialog) == ["Judul (tentang): wajib diisi"]
    assert not dialog.save_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_circular() is None
    assert not folder.exists()


@pytest.mark.parametrize("builtin_id", BUILTIN_IDS)
def test_a_copy_holds_everything_of_the_original(qtbot: QtBot, folder: Path, builtin_id: str) -> None:
    dialog = open_editor(qtbot, folder, builtin_id)
    base = catalog_of(folder).get(builtin_id)

    copy = dialog.current_circular()
    assert copy is not None, problems(dialog)
    assert copy.id == f"{builtin_id}-salinan"
    # An amendment's periods stay in the amending circular's file, not in a copy of the amended one.
    own = dataclasses.replace(base, periods=tuple(p for p in base.periods if p.amended_by is None), amended_by=())
    assert dataclasses.replace(copy, id=base.id) == own
    assert not dialog.is_modified()


def test_a_copy_of_a_builtin_gets_a_free_id_and_never_its_id(qtbot: QtBot, folder: Path) -> None:
    base = catalog_of(folder).get("sekda-dki-34-2023")
    write_circular(dataclasses.replace(base, id=CircularId("sekda-dki-34-2023-salinan")), folder)
    dialog = open_editor(qtbot, folder, "sekda-dki-34-2023")

    assert dialog.id_edit.text() == "sekda-dki-34-2023-salinan-2"
    assert not dialog.id_edit.isReadOnly()
    assert dialog.save_button.isEnabled()

    dialog.id_edit.setText("sekda-dki-34-2023")
    [problem] = problems(dialog)
    assert problem.startswith("Kode berkas: “sekda-dki-34-2023” sudah dipakai surat edaran bawaan")
    assert not dialog.save_button.isEnabled()

    dialog.id_edit.setText("sekda-dki-34-2023-salinan")
    [problem] = problems(dialog)
    assert "sudah dipakai surat edaran lain yang Anda buat" in problem
    assert not dialog.save_button.isEnabled()

    dialog.id_edit.setText("se-dki-ktt")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sorted(path.name for path in folder.iterdir()) == ["se-dki-ktt.json", "sekda-dki-34-2023-salinan.json"]


def test_a_broken_file_in_the_folder_is_never_overwritten(qtbot: QtBot, folder: Path) -> None:
    folder.mkdir()
    (folder / "se-rusak.json").write_text("{ not json", encoding="utf-8")
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")

    dialog.id_edit.setText("se-rusak")

    assert problems(dialog) == ["Kode berkas: berkas se-rusak.json sudah ada di folder surat edaran; pakai kode lain"]
    assert not dialog.save_button.isEnabled()


def test_editing_a_user_circular_keeps_its_id(qtbot: QtBot, folder: Path) -> None:
    base = catalog_of(folder).get("menpanrb-1-2024")
    write_circular(dataclasses.replace(base, id=CircularId("se-saya")), folder)
    dialog = open_editor(qtbot, folder, "se-saya")

    assert dialog.id_edit.text() == "se-saya"
    assert dialog.id_edit.isReadOnly()
    assert problems(dialog) == [], "its own id is not reported as taken"
    dialog.title_edit.setText("Judul yang diperbaiki")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert [path.name for path in folder.iterdir()] == ["se-saya.json"]
    saved = read_circular(folder / "se-saya.json")
    assert saved.title == "Judul yang diperbaiki"
    assert dataclasses.replace(saved, title=base.title, id=base.id) == base


def test_a_failed_save_says_why_and_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("", encoding="utf-8")
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = open_editor(qtbot, blocker, "menpanrb-1-2024")
    dialog.show()

    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [message] = shown
    assert "folder tidak dapat dibuat" in message
    assert dialog.isVisible()
    assert dialog.saved_circular() is None
    assert dialog.id_edit.text() == "menpanrb-1-2024-salinan"


def test_enter_in_a_field_neither_saves_nor_presses_a_button(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.show()
    period = dialog.period_editors[0]
    for page, field in [
        (0, dialog.title_edit),
        (0, dialog.year_spin),
        (1, period.label_edit),
        (1, period.range_rows[0].first_edit),
        (1, period.clause_edits[Category.ADMINISTRASI]),
    ]:
        dialog.tabs.setCurrentIndex(page)
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTest.keyClick(field, Qt.Key.Key_Enter)
    assert dialog.isVisible()
    assert dialog.saved_circular() is None
    assert not dialog.is_modified(), "no add or remove button was pressed either"


def test_cancel_asks_before_losing_edits(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.show()

    dialog.title_edit.setText("Judul baru")
    assert dialog.is_modified()
    answer_next_question("Lanjutkan mengisi")
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Judul baru"

    answer_next_question("Buang perubahan")
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not folder.exists()


def test_an_untouched_copy_closes_without_a_question(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.show()
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_periods_and_ranges_are_added_and_removed(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "sekda-dki-34-2023")
    assert dialog.remove_period_button.isEnabled()
    dialog.period_list.setCurrentRow(0)
    QTest.mouseClick(dialog.remove_period_button, Qt.MouseButton.LeftButton)
    circular = dialog.current_circular()
    assert circular is not None
    assert [period.label for period in circular.periods] == ["Masa KTT ke-43 ASEAN: WFH paling banyak 75 %"]
    assert not dialog.remove_period_button.isEnabled(), "a circular keeps at least one period"

    editor = dialog.period_editors[0]
    assert not editor.range_rows[0].remove_button.isEnabled()
    QTest.mouseClick(editor.add_range_button, Qt.MouseButton.LeftButton)
    added = editor.range_rows[1]
    assert added.to_json() == {"from": "2023-09-08", "to": "2023-09-08"}, "starts after the last range"
    assert editor.range_rows[0].remove_button.nextInFocusChain() is added.first_edit, "Tab reaches it in place"
    QTest.mouseClick(editor.range_rows[0].remove_button, Qt.MouseButton.LeftButton)
    circular = dialog.current_circular()
    assert circular is not None
    assert circular.periods[0].ranges == (DateRange(dt.date(2023, 9, 8), dt.date(2023, 9, 8)),)


def test_a_new_circular_starts_with_one_period_and_lists_what_is_missing(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder)

    assert problems(dialog) == [
        "Nomor: wajib diisi",
        "Penerbit: wajib diisi",
        "Penerbit singkat: wajib diisi",
        "Judul (tentang): wajib diisi",
        "Kode berkas: wajib diisi",
    ]
    assert len(dialog.period_editors) == 1
    assert not dialog.is_modified()


def test_the_saved_signal_carries_the_circular(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-17-2023")
    with qtbot.waitSignal(dialog.circular_saved) as blocker:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = blocker.args
    assert isinstance(saved, Circular)
    assert saved.id == "menpanrb-17-2023-salinan"


def test_the_v2_fields_are_edited_with_their_own_fields(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.quota_scope_combo.setCurrentIndex(dialog.quota_scope_combo.findData("unit"))
    dialog.amends_combo.setCurrentIndex(dialog.amends_combo.findData("menpanrb-17-2023"))
    [editor] = dialog.period_editors
    editor.weekday_checks[4].setChecked(True)  # Jumat
    adm = Category.ADMINISTRASI
    further = editor.add_rule(adm)
    assert further.kind() is RuleKind.OFFICE_MIN, "beside a remote cap, the usual second rule"
    further.value_spin.setValue(40)
    editor.scope_combos[adm].setCurrentIndex(editor.scope_combos[adm].findData("agency"))

    circular = dialog.current_circular()
    assert circular is not None, problems(dialog)
    assert (circular.quota_scope.key, circular.amends) == ("unit", "menpanrb-17-2023")
    [period] = circular.periods
    assert period.weekdays == {4}
    assert [(r.kind, r.value, r.scope.key if r.scope else None) for r in period.rules_for(adm)] == [
        (RuleKind.REMOTE_MAX, 50, "agency"),
        (RuleKind.OFFICE_MIN, 40, "agency"),
    ]


def test_a_category_takes_as_many_rules_as_the_circular_gives_and_they_read_back(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-17-2023")
    [editor] = [e for e in dialog.period_editors if len(e.rule_rows[Category.ADMINISTRASI]) == 1]
    adm = Category.ADMINISTRASI
    base_rules = [(r.kind, r.value) for r in dialog.current_circular().periods[0].rules_for(adm)]  # type: ignore[union-attr]
    assert len(base_rules) == 2, "SE 17/2023: WFH at most 50 % and WFO at least 50 %"
    third = editor.add_rule(adm)
    third.kind_combo.setCurrentIndex(third.kind_combo.findData(RuleKind.WEEKLY_REMOTE_MAX.value))
    assert third.value_spin.maximum() == 7
    third.value_spin.setValue(2)
    fourth = editor.add_rule(adm)
    fourth.kind_combo.setCurrentIndex(fourth.kind_combo.findData(RuleKind.OFFICE_MAX.value))
    fourth.value_spin.setValue(90)

    circular = dialog.current_circular()
    assert circular is not None, problems(dialog)
    expected = [*base_rules, (RuleKind.WEEKLY_REMOTE_MAX, 2), (RuleKind.OFFICE_MAX, 90)]
    assert [(r.kind, r.value) for r in circular.periods[0].rules_for(adm)] == expected
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = read_circular(folder / f"{circular.id}.json")
    assert [(r.kind, r.value) for r in saved.periods[0].rules_for(adm)] == expected

    again = open_editor(qtbot, folder, str(saved.id))
    assert [len(e.rule_rows[adm]) for e in again.period_editors][:1] == [3], "every further rule gets its row"
    assert again.current_circular() == saved


def test_further_rules_are_added_and_removed_with_the_keyboard(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-1-2024")
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    [editor] = dialog.period_editors
    adm = Category.ADMINISTRASI
    add = editor.add_rule_buttons[adm]
    assert add in editor.focus_widgets()
    add.setFocus()
    QTest.keyClick(add, Qt.Key.Key_Space)
    QTest.keyClick(add, Qt.Key.Key_Space)
    first, second = editor.rule_rows[adm]
    assert dialog.focusWidget() is second.kind_combo, "the new rule's kind, ready to choose"
    order = editor.focus_widgets()
    assert order.index(editor.value_spins[adm]) < order.index(first.kind_combo) < order.index(second.remove_button)
    assert order.index(second.remove_button) < order.index(add) < order.index(editor.scope_combos[adm])
    chain: list[QWidget] = []
    widget: QWidget | None = editor.kind_combos[adm]
    while widget is not None and len(chain) < len(order):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert chain.index(first.kind_combo) < chain.index(second.kind_combo) < chain.index(add), "Tab reaches them"
    QTest.keyClick(second.kind_combo, Qt.Key.Key_Down)
    assert dialog.is_modified()

    first.remove_button.setFocus()
    QTest.keyClick(first.remove_button, Qt.Key.Key_Space)
    assert editor.rule_rows[adm] == [second]
    assert dialog.focusWidget() is second.kind_combo, "focus stays in the category"
    QTest.keyClick(second.remove_button, Qt.Key.Key_Space)
    assert editor.rule_rows[adm] == []
    assert dialog.focusWidget() is add
    circular = dialog.current_circular()
    assert circular is not None
    assert len(circular.periods[0].rules_for(adm)) == 1


def test_further_rules_wait_while_the_main_rule_takes_no_number(qtbot: QtBot, folder: Path) -> None:
    dialog = open_editor(qtbot, folder, "menpanrb-17-2023")
    editor = dialog.period_editors[0]
    adm = Category.ADMINISTRASI
    [further] = editor.rule_rows[adm]
    choose_kind(editor, adm, RuleKind.OFFICE_ALL)
    assert not further.isEnabled()
    assert not editor.add_rule_buttons[adm].isEnabled()
    circular = dialog.current_circular()
    assert circular is not None
    assert [r.kind for r in circular.periods[0].rules_for(adm)] == [RuleKind.OFFICE_ALL]
    choose_kind(editor, adm, RuleKind.REMOTE_MAX)
    assert further.isEnabled(), "kept while another kind was tried"
    circular = dialog.current_circular()
    assert circular is not None
    assert len(circular.periods[0].rules_for(adm)) == 2
