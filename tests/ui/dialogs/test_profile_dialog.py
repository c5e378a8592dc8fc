"""The agency profile dialog: letterhead, logo, signers, the NIP check and the signature preview."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.plan import AgencyProfile, Signatory
from planner.ui.dialogs.profile_dialog import ProfileDialog, signature_lines, strip_authority_prefix
from planner.ui.folders import FileKind, LastFolders

SIGNER_NIP = "196910061995031002"
ACKNOWLEDGER_NIP = "198609262015052001"


def png(path: Path) -> Path:
    image = QImage(40, 50, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(path))
    return path


def full_profile(logo: Path) -> AgencyProfile:
    return AgencyProfile(
        letterhead=("PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "SEKRETARIAT DAERAH"),
        address="Jalan Pejanggik Nomor 12, Mataram 83121",
        phone="(0370) 621356",
        email="setda@ntbprov.go.id",
        website="ntbprov.go.id",
        city="Mataram",
        logo=str(logo),
        signatory=Signatory(
            title="Sekretaris Daerah",
            name="Drs. H. Lalu Gita Ariadi, M.Si.",
            rank="Pembina Utama Madya (IV/d)",
            nip=SIGNER_NIP,
            authority="a.n. Gubernur Nusa Tenggara Barat",
        ),
        acknowledger=Signatory(
            title="Kepala Biro Umum",
            name="Baiq Nelly Yuniarti, S.H., M.H.",
            rank="Pembina Tingkat I (IV/b)",
            nip=ACKNOWLEDGER_NIP,
        ),
    )


def folders() -> LastFolders:
    """Folders remembered in the test's own settings file (below its JADWAL_KERJA_HOME)."""
    return LastFolders(
        QSettings(str(Path(os.environ["JADWAL_KERJA_HOME"]) / "jendela.ini"), QSettings.Format.IniFormat)
    )


def open_dialog(qtbot: QtBot, profile: AgencyProfile) -> ProfileDialog:
    dialog = ProfileDialog(profile, folders())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: ProfileDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_a_full_profile_comes_back_unchanged(qtbot: QtBot, tmp_path: Path) -> None:
    profile = full_profile(png(tmp_path / "logo.png"))
    dialog = open_dialog(qtbot, profile)
    assert ok_button(dialog).isEnabled()
    QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile() == profile


def test_typed_fields_reach_the_profile(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    dialog.letterhead_edit.setPlainText("  PEMERINTAH KOTA MATARAM \n\nBAGIAN UMUM\n")
    QTest.keyClicks(dialog.address_edit, "Jalan Pejanggik 16")
    QTest.keyClicks(dialog.city_edit, "Mataram")
    editor = dialog.signer_editor
    QTest.keyClicks(editor.title_edit, "Kepala Bagian Umum")
    QTest.keyClicks(editor.name_edit, "Ahmad Fauzi, S.E.")
    QTest.keyClicks(editor.rank_edit, "Penata Tingkat I (III/d)")
    QTest.keyClicks(editor.nip_edit, "19860926 201505 1 001")

    profile = dialog.profile()
    assert profile.letterhead == ("PEMERINTAH KOTA MATARAM", "BAGIAN UMUM")
    assert profile.address == "Jalan Pejanggik 16"
    assert profile.city == "Mataram"
    assert profile.signatory == Signatory(
        title="Kepala Bagian Umum", name="Ahmad Fauzi, S.E.", rank="Penata Tingkat I (III/d)", nip="198609262015051001"
    )
    assert profile.acknowledger is None


def test_a_nip_is_shown_with_spaces_once_typed(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    edit = dialog.signer_editor.nip_edit
    QTest.keyClicks(edit, "198609262015051001")
    edit.editingFinished.emit()
    assert edit.text() == "19860926 201505 1 001"
    assert dialog.profile().signatory.nip == "198609262015051001"


def test_choosing_a_prefix_keeps_the_office_typed_after_it(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    combo = dialog.signer_editor.authority_combo
    line_edit = combo.lineEdit()
    assert line_edit is not None
    QTest.keyClicks(line_edit, "Gubernur Nusa Tenggara Barat")

    for index, expected in ((1, "a.n. Gubernur Nusa Tenggara Barat"), (2, "Plt. Gubernur Nusa Tenggara Barat")):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        assert dialog.profile().signatory.authority == expected

    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert dialog.profile().signatory.authority == ""


def test_an_invalid_nip_disables_ok_and_says_why(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.signer_editor
    QTest.keyClicks(editor.nip_edit, "19860926 201513 1 001")
    assert not ok_button(dialog).isEnabled()
    assert editor.nip_hint.isVisible()
    assert "bulan pengangkatan" in editor.nip_hint.text()

    editor.nip_edit.clear()
    assert ok_button(dialog).isEnabled(), "an empty NIP is allowed while drafting"
    QTest.keyClicks(editor.nip_edit, "1986092620150")
    assert not ok_button(dialog).isEnabled()
    assert "18 digit" in editor.nip_hint.text()
    QTest.keyClicks(editor.nip_edit, "51001")
    assert ok_button(dialog).isEnabled()
    assert "bulan pengangkatan" not in editor.nip_hint.text()


def test_the_acknowledger_group_turned_off_gives_none(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, full_profile(png(tmp_path / "logo.png")))
    assert dialog.profile().acknowledger is not None
    dialog.acknowledger_group.setChecked(False)
    assert dialog.profile().acknowledger is None
    assert dialog.acknowledger_preview.text() == ""


def test_an_invalid_nip_of_an_acknowledger_that_is_off_does_not_block(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile(acknowledger=Signatory()))
    QTest.keyClicks(dialog.acknowledger_editor.nip_edit, "123")
    assert not ok_button(dialog).isEnabled()
    dialog.acknowledger_group.setChecked(False)
    assert ok_button(dialog).isEnabled()


def test_the_preview_shows_the_signature_block_as_printed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, full_profile(png(tmp_path / "logo.png")))
    lines = dialog.signer_preview.text().splitlines()
    assert lines[0].startswith("Mataram, ")
    assert lines[1:3] == ["a.n. Gubernur Nusa Tenggara Barat", "Sekretaris Daerah,"]
    assert lines[-3:] == ["Drs. H. Lalu Gita Ariadi, M.Si.", "Pembina Utama Madya (IV/d)", "NIP. 19691006 199503 1 002"]
    left = dialog.acknowledger_preview.text().splitlines()
    assert left[0] == "Mengetahui,"
    assert left[-1] == "NIP. 19860926 201505 2 001"
    assert left.index("Kepala Biro Umum,") == lines.index("Sekretaris Daerah,"), "titles line up"
    assert len(left) == len(lines), "names line up"

    QTest.keyClicks(dialog.signer_editor.name_edit, " (baru)")
    assert "Drs. H. Lalu Gita Ariadi, M.Si. (baru)" in dialog.signer_preview.text()


def test_signature_lines_show_dots_for_what_is_missing() -> None:
    head, foot = signature_lines("Mengetahui,", Signatory())
    assert head == ["Mengetahui,", "……,"]
    assert foot == ["……", "NIP. ……"]


@pytest.mark.parametrize(
    ("text", "rest"),
    [("a.n. Gubernur", "Gubernur"), ("Plt. Kepala Biro", "Kepala Biro"), ("PLH. Sekda", "Sekda"), ("Sekda", "Sekda")],
)
def test_strip_authority_prefix(text: str, rest: str) -> None:
    assert strip_authority_prefix(text) == rest


def test_a_logo_that_is_not_an_image_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("bukan gambar")
    dialog.logo_edit.setText(str(not_an_image))
    assert "tidak dapat dibaca sebagai gambar" in dialog.logo_message.text()
    assert dialog.logo_preview.pixmap().isNull()

    dialog.logo_edit.setText(str(tmp_path / "hilang.png"))
    assert "tidak ditemukan" in dialog.logo_message.text()


def test_choosing_a_logo_shows_it(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logo = png(tmp_path / "logo.png")
    asked: list[str] = []

    opened_in: list[str] = []

    def choose(_parent: object, _caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        opened_in.append(folder)
        return str(logo), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    pictures = tmp_path / "gambar"
    pictures.mkdir()
    folders().remember(FileKind.IMAGE, pictures / "lama.png")
    dialog = open_dialog(qtbot, AgencyProfile())
    QTest.mouseClick(dialog.logo_button, Qt.MouseButton.LeftButton)
    assert opened_in == [str(pictures)], "the last folder a logo was chosen from"
    assert folders().folder(FileKind.IMAGE) == str(tmp_path), "the new logo's folder is remembered"
    assert "*.png" in asked[0]
    assert "*.jpg" in asked[0]
    assert dialog.profile().logo == str(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    assert "40 × 50" in dialog.logo_message.text()

    QTest.mouseClick(dialog.logo_clear_button, Qt.MouseButton.LeftButton)
    assert dialog.profile().logo == ""
    assert dialog.logo_preview.pixmap().isNull()


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, AgencyProfile())
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_the_time_zone_follows_the_province_until_one_is_chosen(qtbot: QtBot) -> None:
    dialog = ProfileDialog(AgencyProfile(letterhead=("PEMERINTAH PROVINSI NUSA TENGGARA BARAT",)), folders())
    qtbot.addWidget(dialog)

    assert dialog.zone_combo.currentIndex() == 0
    assert dialog.zone_combo.itemText(0) == "Sesuai provinsi: WITA"
    assert dialog.profile().time_zone == ""
    assert dialog.profile().zone.value == "WITA"
    dialog.letterhead_edit.setPlainText("PEMERINTAH PROVINSI PAPUA\nSEKRETARIAT DAERAH")
    assert dialog.zone_combo.itemText(0) == "Sesuai provinsi: WIT"
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("WIB"))
    assert dialog.profile().time_zone == "WIB"
    again = ProfileDialog(dialog.profile(), folders())
    qtbot.addWidget(again)
    assert again.zone_combo.currentData() == "WIB", "kept when opened again"
