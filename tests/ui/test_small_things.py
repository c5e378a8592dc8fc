"""The small things a clerk notices: typed dates, safe names, remembered folders, times, the guide, bad pastes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.status import Status
from planner.ui.dates import DayEdit, parse_typed_date
from planner.ui.folders import FileKind, LastFolders, safe_file_name
from planner.ui.grid.history import HistoryView
from planner.ui.guide import GuideDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import Messages

APRIL_16 = 1


@pytest.mark.parametrize("text", ["01/09/2023", "1/9/2023", "1-9-2023", "1.9.23"])
def test_a_date_typed_day_month_year_is_taken(qtbot: QtBot, text: str) -> None:
    edit = DayEdit(dt.date(2024, 4, 15))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert parse_typed_date(text) == dt.date(2023, 9, 1)
    assert edit.date().toString("yyyy-MM-dd") == "2023-09-01"


def test_a_date_that_does_not_exist_keeps_the_date_shown(qtbot: QtBot) -> None:
    edit = DayEdit(dt.date(2024, 4, 15))
    qtbot.addWidget(edit)
    edit.show()
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, "31/02/2024")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toString("yyyy-MM-dd") == "2024-04-15"


def test_file_names_from_plan_names_are_safe() -> None:
    assert safe_file_name("WFO/WFH Sekretariat: April") == "WFO-WFH Sekretariat- April"
    assert safe_file_name("  ...  ") == "jadwal"
    assert safe_file_name("CON") == "CON_"
    assert "/" not in safe_file_name("a/b\\c*?<>|d")


def test_dialogs_remember_their_folder_per_kind_of_file(tmp_path: Path) -> None:
    folders = LastFolders(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    plans, sheets = tmp_path / "rencana", tmp_path / "excel"
    plans.mkdir()
    sheets.mkdir()
    folders.remember(FileKind.PLAN, plans / "a.jadwal")
    folders.remember(FileKind.EXCEL, sheets / "b.xlsx")
    assert folders.folder(FileKind.PLAN) == str(plans)
    assert folders.folder(FileKind.EXCEL) == str(sheets)
    assert folders.folder(FileKind.PDF) == str(plans)  # nothing yet for PDFs: the plans' folder
    assert folders.suggest(FileKind.PLAN, "WFO/WFH", ".jadwal") == str(plans / "WFO-WFH.jadwal")


def test_history_entries_carry_their_time(window: MainWindow) -> None:
    window.grid.select_cells([0], [APRIL_16])
    window.window_actions.statuses[Status.WFH].trigger()
    history = window.history_dock.widget()
    assert isinstance(history, HistoryView)
    text = history.entry_text(1)
    hour, minute = text.split()[0].split(".")
    assert hour.isdigit()
    assert minute.isdigit()
    assert text.endswith("Isi 1 sel dengan WFH")


def test_f1_opens_the_guide_offline_with_its_pictures(window: MainWindow, qtbot: QtBot) -> None:
    window.window_actions.guide.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None
    assert guide.isVisible()
    assert "Ctrl+F" in guide.browser.toPlainText()
    document = guide.browser.document()
    html = guide.browser.toHtml()
    assert "jendela.png" in html
    image = document.resource(2, guide.browser.source().resolved("jendela.png"))  # 2: QTextDocument.ImageResource
    assert image is not None
    guide.close()


def test_after_an_export_a_button_opens_its_folder(window: MainWindow, tmp_path: Path) -> None:
    window.offer_folder(tmp_path / "jadwal.xlsx")
    [button] = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Buka folder"]
    assert button.toolTip() == str(tmp_path)
    assert not button.isHidden()

    window._folder_shown.timeout.emit()  # the offer's time is up: the button goes
    assert button.isHidden()
    later = tmp_path / "lain"
    window.offer_folder(later / "jadwal.pdf")  # a second export, long after the first
    [again] = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Buka folder"]
    assert again is button
    assert not again.isHidden()
    assert again.toolTip() == str(later)


@pytest.mark.parametrize(
    "text",
    [
        "Rapat koordinasi akan diadakan besok pagi.\nMohon hadir tepat waktu.",
        "WFH\tLIBUR\tWFO\n",
        "H" * 2_000_000,
    ],
)
def test_pasting_text_that_is_not_a_grid_changes_nothing_and_says_why(
    window: MainWindow, messages: Messages, text: str
) -> None:
    window.grid.select_cells([0], [APRIL_16])
    before = window.document.plan.row_bytes(0)
    QGuiApplication.clipboard().setText(text)
    window.window_actions.paste.trigger()
    assert window.document.plan.row_bytes(0) == before
    assert window.document.undo_stack.count() == 0
    assert "Tidak ada sel yang diubah" in messages.texts()


def test_pasting_key_letters_works_like_codes(window: MainWindow) -> None:
    window.grid.select_cells([0], [APRIL_16])
    QGuiApplication.clipboard().setText("H\tO\n")
    window.window_actions.paste.trigger()
    assert window.document.plan.status(0, APRIL_16) is Status.WFH
    assert window.document.plan.status(0, APRIL_16 + 1) is Status.WFO


def test_qts_own_texts_are_indonesian(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.resources import translations_folder

    translator = QTranslator()
    assert translator.load(str(translations_folder() / "qt_id.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Cari di:"
        assert QCoreApplication.translate("QFileSystemModel", "Date Modified") == "Tanggal diubah"
        assert QCoreApplication.translate("QAbstractSpinBox", "&Step up") == "&Naik satu"
        assert QCoreApplication.translate("QPrintDialog", "&Print") == "&Cetak"
        assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") == "Pratinjau cetak"
        assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Tampilkan Rincian..."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_file_errors_are_worded_in_the_interface_language(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.domain.errors import PlannerError
    from planner.resources import translations_folder
    from planner.storage.plan_file import PlanFile, PlanFileError, PlanFileProblem
    from planner.ui.errors import error_text

    not_a_plan = tmp_path / "catatan.jadwal"
    not_a_plan.write_text("bukan sqlite")
    errors = []
    for path in (tmp_path / "hilang.jadwal", tmp_path, not_a_plan):
        with pytest.raises(PlannerError) as caught:
            PlanFile.open(path)
        errors.append(caught.value)
    codes = [PlanFileProblem.NOT_FOUND, PlanFileProblem.IS_FOLDER, PlanFileProblem.NOT_A_PLAN]
    assert [getattr(error, "code", None) for error in errors] == codes
    # a plan from a newer planner
    from planner.io.demo import demo_plan
    from planner.resources import demo_folder

    later = tmp_path / "baru.jadwal"
    PlanFile.create(later, demo_plan(demo_folder()))
    with sqlite3.connect(later) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(PlanFileError) as caught_newer:
        PlanFile.open(later)
    newer = caught_newer.value
    assert newer.code is PlanFileProblem.NEWER_VERSION
    assert "lebih baru" in error_text(newer)
    assert "bukan berkas rencana" in error_text(errors[2])
    english = QTranslator()
    assert english.load(str(translations_folder() / "jadwal_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        assert "catatan.jadwal" in error_text(errors[2])
        assert "bukan" not in error_text(errors[2])
        assert "newer version" in error_text(newer)
        assert "(format 99; this version knows up to format" in error_text(newer)
    finally:
        QCoreApplication.removeTranslator(english)


def test_the_excel_export_opens_in_its_last_folder_with_a_safe_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QFileDialog

    sheets = tmp_path / "excel"
    sheets.mkdir()
    window.folders.remember(FileKind.EXCEL, sheets / "lama.xlsx")
    window.document.replace_plan(window.document.plan.rebuilt(name="WFO/WFH April"), "nama")
    offered: list[str] = []

    def ask(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(sheets / "hasil"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.window_actions.export_xlsx.trigger()
    assert offered == [str(sheets / "WFO-WFH April.xlsx")]
    qtbot.waitUntil((sheets / "hasil.xlsx").exists, timeout=20_000)
    qtbot.waitUntil(
        lambda: any(b.text() == "Buka folder" for b in window.statusBar().findChildren(QPushButton)), timeout=20_000
    )
