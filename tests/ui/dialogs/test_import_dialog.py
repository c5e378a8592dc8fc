"""The staff import dialog and the Excel export, as the user drives them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import is_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.status import Status
from planner.io.staff_import import Field
from planner.ui.dialogs.import_dialog import FIELD_ORDER, StaffImportDialog, XlsxExportJob, export_xlsx
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid.document import Document
from tests.factories import builtin_catalog, make_nip
from tests.ui.conftest import Messages

A, B, C, D = make_nip(1), make_nip(2), make_nip(3), make_nip(4)
TUESDAY = dt.date(2024, 4, 16)


def plan_with_cells() -> Plan:
    """Biro Umum with A (WFH on Tuesday) and B (leave on Tuesday)."""
    units = [Unit(UnitId("umum"), "Biro Umum", Category.ADMINISTRASI)]
    staff = [StaffMember(A, "Siti", UnitId("umum")), StaffMember(B, "Ahmad", UnitId("umum"))]
    return Plan(
        name="April",
        circular_id=CircularId("menpanrb-1-2024"),
        first=TUESDAY,
        last=dt.date(2024, 4, 17),
        roster=Roster(units, staff),
        cells={A: {TUESDAY: Status.WFH}, B: {TUESDAY: Status.CT}},
    )


def folders() -> LastFolders:
    """Folders remembered in the test's own settings file (below its JADWAL_KERJA_HOME)."""
    return LastFolders(
        QSettings(str(Path(os.environ["JADWAL_KERJA_HOME"]) / "jendela.ini"), QSettings.Format.IniFormat)
    )


@pytest.fixture
def document(qtbot: QtBot) -> Document:
    return Document(plan_with_cells(), builtin_catalog())


def open_dialog(qtbot: QtBot, document: Document) -> StaffImportDialog:
    dialog = StaffImportDialog(document, folders())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def staff_workbook(path: Path) -> Path:
    """A stays, C and D join, B left; one row with a NIP Excel turned into a number."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Pegawai"
    sheet.append(["DAFTAR PEGAWAI BIRO UMUM"])
    sheet.merge_cells("A1:E1")
    sheet.append(["No", "NIP", "Nama Lengkap", "Jabatan", "Unit Kerja"])
    sheet.append([1, 2, 3, 4, 5])
    sheet.append([1, A, "Dr. Hj. Siti Aminah, S.H., M.Si.", "Kepala Biro", "Biro Umum"])
    sheet.append([2, C, "Rina", "Analis", "Biro Umum > Bagian Tata Usaha"])
    sheet.append([3, float(B), "Ahmad", "Pengemudi", "Biro Umum"])
    sheet.append([4, D, "Dewa", "Pengadministrasi", "Biro Umum"])
    workbook.save(path)
    return path


def test_a_list_is_previewed_before_anything_changes(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    before = document.plan
    dialog = open_dialog(qtbot, document)

    assert dialog.load(staff_workbook(tmp_path / "pegawai.xlsx"))

    assert document.plan is before
    assert document.undo_stack.count() == 0
    assert dialog.header_spin.value() == 2
    assert dialog.field_box(1).currentIndex() == FIELD_ORDER.index(Field.NIP)
    assert dialog.field_box(4).currentIndex() == FIELD_ORDER.index(Field.UNIT)
    assert [cell(dialog.mapping_table, 2, column) for column in (0, 1)] == ["C", "Nama Lengkap"]
    assert cell(dialog.mapping_table, 1, 2).endswith("· 1.98001012005011E+17")
    assert cell(dialog.mapping_table, 2, 2).startswith("Dr. Hj. Siti Aminah, S.H., M.Si.")
    assert dialog.problems_table.rowCount() == 1
    assert cell(dialog.problems_table, 0, 0) == "6"
    assert "digit NIP hilang" in cell(dialog.problems_table, 0, 3)
    assert dialog.update_button.isChecked()
    assert [dialog.joined_list.item(i).text().split(" — ")[0] for i in range(dialog.joined_list.count())] == [
        "Dewa",
        "Rina",
    ]
    assert dialog.left_list.item(0).text().startswith("Ahmad — NIP ")
    assert dialog.tabs.tabText(2) == "Keluar (1)"
    assert "3 pegawai siap diimpor (3 PNS, 0 PPPK, 0 non-ASN)" in dialog.summary_label.text()
    assert "1 sel terisi milik pegawai yang keluar ikut terhapus" in dialog.summary_label.text()
    assert dialog.apply_button.isEnabled()


def test_applying_is_one_undo_step_that_keeps_the_cells_of_who_stays(
    qtbot: QtBot, document: Document, tmp_path: Path
) -> None:
    before = document.plan
    dialog = open_dialog(qtbot, document)
    dialog.load(staff_workbook(tmp_path / "pegawai.xlsx"))

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == StaffImportDialog.DialogCode.Accepted
    plan = document.plan
    assert [member.name for member in plan.roster.staff] == ["Dr. Hj. Siti Aminah, S.H., M.Si.", "Dewa", "Rina"]
    assert plan.status_of(A, TUESDAY) is Status.WFH
    assert plan.roster.units[UnitId("umum")].name == "Biro Umum"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Perbarui pegawai dari pegawai.xlsx"
    document.undo_stack.undo()
    assert document.plan is before


def test_replacing_builds_the_units_from_the_list(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, document)
    dialog.load(staff_workbook(tmp_path / "pegawai.xlsx"))
    button = dialog.replace_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()
    dialog.category_box.setCurrentIndex(list(Category).index(Category.DUKUNGAN_PIMPINAN))
    dialog.category_box.activated.emit(dialog.category_box.currentIndex())

    assert dialog.apply()

    roster = document.plan.roster
    assert list(roster.units) == [UnitId("unit-1"), UnitId("unit-2")]
    assert {unit.category for unit in roster.units.values()} == {Category.DUKUNGAN_PIMPINAN}
    assert document.undo_stack.undoText() == "Ganti daftar pegawai dari pegawai.xlsx"


def test_the_user_can_change_what_a_column_means(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, document)
    dialog.load(staff_workbook(tmp_path / "pegawai.xlsx"))
    position = dialog.field_box(3)
    position.setFocus()

    QTest.keyClick(position, Qt.Key.Key_Home)  # "(abaikan)": the Jabatan column is left out

    assert dialog.staff_list is not None
    assert {row.position for row in dialog.staff_list.rows} == {""}
    nip = dialog.field_box(1)
    nip.setFocus()
    QTest.keyClick(nip, Qt.Key.Key_Home)
    assert dialog.error_label.isVisible()
    assert "Tentukan kolom mana yang berisi NIP / NI PPPK" in dialog.error_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.set_field(1, Field.NIP)
    assert dialog.apply_button.isEnabled()


def test_the_header_row_can_be_chosen(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, document)
    dialog.load(staff_workbook(tmp_path / "pegawai.xlsx"))

    dialog.header_spin.selectAll()
    QTest.keyClicks(dialog.header_spin, "4")  # Siti's row
    QTest.keyClick(dialog.header_spin, Qt.Key.Key_Return)

    assert not dialog.apply_button.isEnabled()
    assert "NIP / NI PPPK dan Nama" in dialog.error_label.text()
    dialog.set_header_row(2)
    assert dialog.apply_button.isEnabled()


@pytest.mark.parametrize(
    "case",
    [
        ("rusak.xlsx", b"PK\x03\x04 potongan", "rusak.xlsx: buku kerja rusak"),
        (
            "rahasia.xlsx",
            bytes.fromhex("D0CF11E0A1B11AE1") + "EncryptedPackage".encode("utf-16-le"),
            "rahasia.xlsx: buku kerja dilindungi kata sandi",
        ),
        ("kosong.csv", b"", "kosong.csv: berkas kosong"),
        ("barang.csv", b"Kode;Barang\nB-01;Kertas\n", "barang.csv: tidak ada kolom NIP dan Nama"),
        ("asing.csv", b"NIP;Nama\n1;\x81\xff\n", "asing.csv: baris 2, karakter ke-3: byte 0x81"),
    ],
)
def test_a_file_that_cannot_be_read_changes_nothing(
    qtbot: QtBot, document: Document, tmp_path: Path, case: tuple[str, bytes, str]
) -> None:
    name, content, expected = case
    before = document.plan
    path = tmp_path / name
    path.write_bytes(content)
    dialog = open_dialog(qtbot, document)

    assert not dialog.load(path)

    assert dialog.error_label.isVisible()
    assert expected in dialog.error_label.text()
    assert not dialog.apply_button.isEnabled()
    assert not dialog.apply()
    assert document.plan is before
    assert document.undo_stack.count() == 0


def test_a_list_with_no_valid_row_cannot_be_applied(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    path = tmp_path / "rusak.csv"
    path.write_text(f"NIP;Nama\n{A[:-1]};Satu\n;Dua\n", encoding="utf-8")
    dialog = open_dialog(qtbot, document)

    dialog.load(path)

    assert dialog.problems_table.rowCount() == 2
    assert "Tidak ada pegawai yang dapat diimpor; rencana tidak diubah." in dialog.summary_label.text()
    assert not dialog.apply_button.isEnabled()


def test_choosing_a_file_opens_in_the_last_staff_list_folder_and_remembers_it(
    qtbot: QtBot, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lists, elsewhere = tmp_path / "daftar", tmp_path / "unduhan"
    lists.mkdir()
    elsewhere.mkdir()
    folders().remember(FileKind.STAFF_LIST, lists / "lama.xlsx")
    chosen = elsewhere / "pegawai.csv"
    chosen.write_text("NIP;Nama\n", encoding="utf-8")
    opened_in: list[str] = []

    def choose(_parent: object, _caption: str, folder: str, _filters: str) -> tuple[str, str]:
        opened_in.append(folder)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog = open_dialog(qtbot, document)
    QTest.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)

    assert opened_in == [str(lists)]
    assert folders().folder(FileKind.STAFF_LIST) == str(elsewhere)
    assert folders().folder(FileKind.PLAN) != str(elsewhere), "other kinds keep their own folder"


# ---- export -------------------------------------------------------------------------------------


def test_export_writes_the_workbook_in_a_worker_thread(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "april.xlsx"

    job = export_xlsx(document, parent, path)

    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == [path]
    sheet = openpyxl.load_workbook(path)["Jadwal"]
    assert (sheet["A3"].value, sheet["G3"].value) == (A, "WFH")
    assert not job.running


def test_a_cancelled_export_writes_nothing(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "april.xlsx"
    job = XlsxExportJob(document, path, parent)
    job.cancel()

    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.start()

    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_is_explained(qtbot: QtBot, document: Document, tmp_path: Path, messages: Messages) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = export_xlsx(document, parent, tmp_path / "tidak-ada" / "april.xlsx")
    assert job is not None

    with qtbot.waitSignal(job.failed, timeout=20_000):
        pass

    assert "Ekspor ke Excel gagal" in messages.texts()
    assert "april.xlsx: tidak dapat ditulis" in messages.texts()


def test_a_siasn_export_is_mapped_by_its_readable_columns_and_non_asn_rows_come_in(
    qtbot: QtBot, document: Document, tmp_path: Path
) -> None:
    from tests.io.staff_exports import SIASN_COLUMNS, siasn_row, write_xlsx

    path = write_xlsx(
        tmp_path / "siasn.xlsx",
        SIASN_COLUMNS,
        [siasn_row(A, "Siti", after="S.H."), siasn_row(C, "Ahmad"), siasn_row("", "Budi", kind="PPNPN")],
    )
    dialog = open_dialog(qtbot, document)

    assert dialog.load(path)

    for title, field in (
        ("JABATAN ID", Field.IGNORE),
        ("JABATAN NAMA", Field.POSITION),
        ("GOL AKHIR NAMA", Field.RANK),
    ):
        column = SIASN_COLUMNS.index(title)
        assert cell(dialog.mapping_table, column, 1) == title
        assert FIELD_ORDER[dialog.field_box(column).currentIndex()] is field, title
    summary = dialog.summary_label.text()
    assert "3 pegawai siap diimpor (2 PNS, 0 PPPK, 1 non-ASN)" in summary
    assert "belum dapat" not in summary
    change = dialog.change
    assert change is not None
    (budi,) = [member for member in change.joined if member.name == "Budi"]
    assert budi.non_asn
    assert is_internal_number(budi.nip)
    joined = [dialog.joined_list.item(row).text() for row in range(dialog.joined_list.count())]
    assert any(text.startswith(f"Budi — non-ASN {budi.nip} — ") for text in joined), joined
