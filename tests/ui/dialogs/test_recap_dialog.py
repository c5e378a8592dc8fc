"""Berkas › Rekap beberapa rencana…: pick a folder, read it in a worker, show the tables and chart, open a plan."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from planner.resources import translations_folder
from planner.ui.dialogs.recap_dialog import RecapDialog, ShareChart, ShareModel
from planner.ui.folders import FileKind
from planner.ui.main_window import MainWindow
from tests.recap.conftest import department_plan, save
from tests.ui.conftest import Messages

ROOT = Path(__file__).resolve().parents[3]


def plans_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    save(department_plan(1, remote=2), folder / "dinas-1.jadwal")
    save(department_plan(2, remote=3), folder / "dinas-2.jadwal")
    (folder / "catatan.txt").write_text("bukan rencana", encoding="utf-8")
    return folder


def open_dialog(window: MainWindow) -> RecapDialog:
    window.window_actions.recap.trigger()
    dialogs = [child for child in window.findChildren(RecapDialog) if child.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_file_menu_recaps_a_folder_and_a_double_click_opens_a_plan(
    qtbot: QtBot, window: MainWindow, messages: Messages, tmp_path: Path
) -> None:
    folder = plans_folder(tmp_path)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    menu_texts = [action.text() for action in file_menu.actions()]
    assert window.window_actions.recap.text() in menu_texts
    dialog = open_dialog(window)
    with qtbot.waitSignal(dialog.start([folder]).finished, timeout=30_000):
        pass
    assert "2 rencana direkap" in dialog.summary.text()
    assert "dengan kesalahan: 1" in dialog.summary.text()
    assert "catatan.txt" in dialog.problems.toPlainText()
    assert "Pemeriksaan gabungan" in dialog.problems.toPlainText()
    assert dialog.plans.rowCount() == 2
    errors = dialog.plans.item(1, 5)
    assert errors is not None
    assert errors.text() == "2"  # DINAS 2: two days over 50 %
    model = dialog.shares.model()
    assert isinstance(model, ShareModel)
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["Seluruh instansi", "DINAS 1", "    Bidang Umum", "    Loket Pelayanan", "DINAS 2",
                      "    Bidang Umum", "    Loket Pelayanan"]  # fmt: skip
    over = [model.index(5, column).data() for column in range(2, model.columnCount())]
    assert over.count("75!") == 2
    chart = dialog.chart_area.widget()
    assert isinstance(chart, ShareChart)
    dialog.tabs.setCurrentIndex(3)
    assert not chart.grab().isNull()
    window.document.undo_stack.setClean()
    dialog.plans.cellDoubleClicked.emit(1, 0)
    assert window.document.path == (folder / "dinas-2.jadwal").resolve()


def test_the_recap_exports_to_excel_in_a_worker(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    with qtbot.waitSignal(dialog.start([plans_folder(tmp_path)]).finished, timeout=30_000):
        pass
    out = tmp_path / "rekap.xlsx"
    job = dialog.export_to(out)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert openpyxl.load_workbook(out).sheetnames[0] == "Ringkasan"
    assert "Tersimpan" in dialog.summary.text()


def test_nothing_readable_leaves_export_off_and_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    with qtbot.waitSignal(dialog.start([tmp_path]).finished, timeout=30_000):
        pass
    assert "Tidak ada rencana yang dapat direkap" in dialog.summary.text()
    assert "tidak ada berkas rencana" in dialog.problems.toPlainText()
    assert not dialog.pdf_button.isEnabled()


def test_the_window_starts_without_pandas() -> None:
    code = (
        "import sys\n"
        "import planner.ui.main_window, planner.ui.dialogs.recap_dialog, planner.cli\n"
        "print('pandas' in sys.modules, 'reportlab' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.split() == ["False", "False"]


def test_the_chart_draws_one_working_day_and_none(qtbot: QtBot, tmp_path: Path) -> None:
    from planner.recap.build import build_recap
    from planner.recap.views import share_table
    from tests.factories import builtin_catalog

    folder = plans_folder(tmp_path)
    for first, last in (("2024-04-16", "2024-04-16"), ("2024-04-13", "2024-04-15")):
        recap = build_recap(
            [folder], builtin_catalog(), first=dt.date.fromisoformat(first), last=dt.date.fromisoformat(last)
        )
        chart = ShareChart(share_table(recap))
        qtbot.addWidget(chart)
        chart.resize(900, 600)
        assert not chart.grab().isNull()


def test_a_date_range_limits_the_days_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from planner.ui.dates import to_qdate

    dialog = open_dialog(window)
    dialog.range_box.setChecked(True)
    assert dialog.first_edit.isEnabled()
    dialog.first_edit.setDate(to_qdate(dt.date(2024, 4, 17)))
    dialog.last_edit.setDate(to_qdate(dt.date(2024, 4, 30)))
    job = dialog.start([plans_folder(tmp_path)])
    assert not dialog.folder_button.isEnabled()  # one recap at a time
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert dialog.folder_button.isEnabled()
    assert dialog.recap is not None
    assert set(dialog.recap.rows.date) == {dt.date(2024, 4, 17), dt.date(2024, 4, 18), dt.date(2024, 4, 19)}
    model = dialog.shares.model()
    assert model.columnCount() == 2 + 3


def test_a_file_that_cannot_be_read_is_worded_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = plans_folder(tmp_path)
    (folder / "rusak.jadwal").write_text("bukan sqlite", encoding="utf-8")
    english = QTranslator()
    assert english.load(str(translations_folder() / "jadwal_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        dialog = open_dialog(window)
        with qtbot.waitSignal(dialog.start([folder]).finished, timeout=30_000):
            pass
        problems = dialog.problems.toPlainText()
    finally:
        QCoreApplication.removeTranslator(english)
    assert "rusak.jadwal: not a Jadwal Kerja ASN plan file (.jadwal). — not recapped." in problems
    assert "bukan berkas rencana" not in problems


def test_file_dialogs_open_in_the_plans_folder_and_remember_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = plans_folder(tmp_path)
    earlier = tmp_path / "rencana-lama"
    earlier.mkdir()
    window.folders.remember(FileKind.PLAN, earlier / "lama.jadwal")
    opened_in: list[str] = []

    def choose_folder(_parent: object, _caption: str, start: str) -> str:
        opened_in.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose_folder)
    dialog = open_dialog(window)
    dialog.folder_button.click()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.finished, timeout=30_000):
        pass
    assert opened_in == [str(earlier)]
    assert window.folders.folder(FileKind.PLAN) == str(folder)
    assert window.folders.folder(FileKind.EXCEL) == str(folder), "no Excel folder yet: the plans' folder"
