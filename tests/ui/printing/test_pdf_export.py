"""Export, preview and print from the window: options, the worker thread, messages, the Qt painter."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.calendar import indonesian_calendar
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip
from planner.domain.plan import Plan, Signatory
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.io.schedule import PRINT_FILLS, Attachment, Paper, PdfOptions, Schedule, layout_schedule
from planner.resources import demo_folder
from planner.storage.plan_file import PlanFileError, PlanFileProblem
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid.document import Document
from planner.ui.main_window import MainWindow
from planner.ui.printing.pdf_export import (
    PdfOptionsDialog,
    ScheduleJob,
    SchedulePreview,
    export_pdf,
    load_options,
    page_layout,
    paint_schedule,
    preview_schedule,
    print_schedule,
    render_page,
    save_options,
    share_pictures,
)
from tests.factories import builtin_catalog
from tests.ui.conftest import Messages

TIMEOUT = 30_000


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The options dialog, accepted with whatever the test sets in ``chosen["draft"]``."""
    choice: dict[str, object] = {"draft": False}

    def accept(dialog: PdfOptionsDialog) -> int:
        dialog.draft.setChecked(bool(choice["draft"]))
        dialog.signing_date.setDate(dialog.signing_date.date().fromString("2024-04-15", "yyyy-MM-dd"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PdfOptionsDialog, "exec", accept)
    return choice


def document(*, error: bool = False) -> Document:
    plan = demo_plan(demo_folder())
    if error:
        plan.apply(plan.edits_to([(Nip("199206202019062037"), dt.date(2024, 4, 16))], Status.WFH))
    return Document(plan, builtin_catalog())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def schedule_of(plan: Plan, **options: object) -> Schedule:
    circular = builtin_catalog().get(plan.circular_id)
    settings = PdfOptions(signing_date=dt.date(2024, 4, 15), **options)  # type: ignore[arg-type]
    return layout_schedule(plan, circular, indonesian_calendar(plan.first, plan.last), settings)


# ---- options -------------------------------------------------------------------------------------


def test_the_options_dialog_gives_back_what_was_chosen(qtbot: QtBot) -> None:
    options = PdfOptions(
        paper=Paper.A4,
        landscape=False,
        per_unit=True,
        attachment=Attachment("SURAT EDARAN SEKRETARIS DAERAH", "800/1/2024", dt.date(2024, 4, 12), "Jadwal"),
        signing_date=dt.date(2024, 4, 15),
        signature_image="/tmp/ttd.png",
    )
    dialog = PdfOptionsDialog(options, errors=0)
    qtbot.addWidget(dialog)

    assert dialog.options() == options
    assert dialog.errors_note.isHidden()
    dialog.portrait.setChecked(False)
    dialog.landscape.setChecked(True)
    dialog.attachment.setChecked(False)
    QTest.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    assert dialog.options() == replace(options, landscape=True, attachment=None, draft=True)


def test_the_options_dialog_says_why_an_official_schedule_is_refused(qtbot: QtBot) -> None:
    dialog = PdfOptionsDialog(PdfOptions(), errors=3)
    qtbot.addWidget(dialog)

    assert not dialog.errors_note.isHidden()
    assert "3 kesalahan" in dialog.errors_note.text()
    assert "draf" in dialog.errors_note.text()


def test_options_are_remembered_but_draft_and_dates_are_not(settings: QSettings) -> None:
    chosen = PdfOptions(
        paper=Paper.F4_210,
        landscape=False,
        per_unit=True,
        attachment=Attachment("KEPUTUSAN", "1/2024", dt.date(2020, 1, 1), "Jadwal"),
        signing_date=dt.date(2020, 1, 2),
        draft=True,
        signature_image="ttd.png",
    )

    save_options(settings, chosen)
    settings.sync()
    again = load_options(QSettings(settings.fileName(), QSettings.Format.IniFormat))

    today = dt.date.today()
    assert again == replace(
        chosen, draft=False, signing_date=None, attachment=replace(chosen.attachment or Attachment(), date=today)
    )
    assert load_options(
        QSettings(str(Path(settings.fileName()).with_name("kosong.ini")), QSettings.Format.IniFormat)
    ) == (PdfOptions())


# ---- export ----------------------------------------------------------------------------------------


def test_export_writes_the_pdf_in_a_worker_and_names_it_in_the_status_bar(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    settings: QSettings,
    chosen: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    out = tmp_path / "jadwal"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_: (str(out), ""))

    job = export_pdf(document(), settings, bare_window)

    assert isinstance(job, ScheduleJob)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as finished:
        pass
    assert isinstance(finished.args[0], Schedule)
    written = tmp_path / "jadwal.pdf"
    assert "Drs. H. Lalu Ahmad Zaini, M.Si." in pdf_text(written)
    assert "jadwal.pdf: 2 halaman" in bare_window.statusBar().currentMessage()
    assert not messages.shown
    assert LastFolders(settings).folder(FileKind.PDF) == str(tmp_path)


def test_export_of_a_plan_with_errors_shows_why_before_asking_for_a_file(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    settings: QSettings,
    chosen: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    out = tmp_path / "jadwal.pdf"
    asked: list[str] = []

    def save_name(*_args: object) -> tuple[str, str]:
        asked.append("file")
        return (str(out), "")

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_name)

    assert export_pdf(document(error=True), settings, bare_window) is None

    assert len(messages.shown) == 1
    assert "belum sesuai ketentuan: 1 kesalahan" in messages.shown[0][1]
    assert asked == []
    chosen["draft"] = True
    draft = export_pdf(document(error=True), settings, bare_window)
    assert draft is not None
    with qtbot.waitSignal(draft.finished, timeout=TIMEOUT):
        pass
    assert "DRAF — belum sesuai ketentuan" in pdf_text(out)


def test_a_problem_found_by_the_worker_is_shown_in_a_message(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    messages: Messages,
) -> None:
    """The worker checks its own copy of the plan: what it refuses reaches the user too."""

    def work(_progress: object) -> None:
        raise PlannerError("Jadwal tidak dapat dicetak: berkas logo tidak ditemukan: /hilang.png.")

    job = ScheduleJob(work, "Menyusun…", bare_window)
    job.start()

    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        pass
    assert messages.shown == [
        ("Jadwal tidak dapat dibuat", "Jadwal tidak dapat dicetak: berkas logo tidak ditemukan: /hilang.png.")
    ]


def test_a_file_error_in_the_worker_is_worded_as_the_window_words_it(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    messages: Messages,
) -> None:
    """Errors with a code reach the user as ``error_text`` words them (in the interface language), not as raw text."""

    def work(_progress: object) -> None:
        raise PlanFileError("teks mentah untuk baris perintah", PlanFileProblem.READ_ONLY, name="jadwal.pdf")

    job = ScheduleJob(work, "Menyusun…", bare_window)
    job.start()

    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        pass
    assert messages.shown == [
        (
            "Jadwal tidak dapat dibuat",
            "jadwal.pdf: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan sebagai).",
        )
    ]


def test_the_pdf_is_offered_in_the_last_pdf_folder_and_buka_folder_opens_it(
    *,
    qtbot: QtBot,
    window: MainWindow,
    chosen: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "cetakan"
    printed.mkdir()
    window.folders.remember(FileKind.PDF, printed / "lama.pdf")
    offered: list[str] = []

    def ask(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(printed / "hasil"), ""

    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", ask)

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)

    window.window_actions.export_pdf.trigger()

    assert Path(offered[0]).parent == printed
    qtbot.waitUntil((printed / "hasil.pdf").exists, timeout=TIMEOUT)

    def folder_button() -> QPushButton | None:
        found = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Buka folder"]
        return found[0] if found else None

    qtbot.waitUntil(lambda: folder_button() is not None, timeout=TIMEOUT)
    button = folder_button()
    assert button is not None
    button.click()
    assert opened == [str(printed)]


def test_export_cancelled_at_a_dialog_does_nothing(
    bare_window: QMainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PdfOptionsDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value)

    assert export_pdf(document(), settings, bare_window) is None


def test_a_bad_logo_and_a_missing_signer_are_explained_before_anything_runs(
    *,
    bare_window: QMainWindow,
    settings: QSettings,
    chosen: dict[str, object],
    tmp_path: Path,
    messages: Messages,
) -> None:
    plan = demo_plan(demo_folder())
    plan = plan.rebuilt(profile=replace(plan.profile, logo=str(tmp_path / "hilang.png"), signatory=Signatory()))

    for start in (export_pdf, preview_schedule, print_schedule):
        assert start(Document(plan, builtin_catalog()), settings, bare_window) is None

    assert len(messages.shown) == 3
    message = messages.shown[0][1]
    assert "logo tidak ditemukan" in message
    assert "penanda tangan belum diisi" in message


def test_a_job_can_be_cancelled_from_its_progress_dialog(qtbot: QtBot, bare_window: QMainWindow) -> None:
    started, proceed = threading.Event(), threading.Event()
    seen: list[int] = []

    def work(progress: object) -> str:
        started.set()
        proceed.wait(10)
        assert callable(progress)
        progress(1, 2)
        seen.append(1)
        return "selesai"

    job = ScheduleJob(work, "Menyusun…", bare_window)
    job.start()
    assert started.wait(10)
    job.cancel()
    proceed.set()

    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT):
        pass
    assert seen == []
    assert not job.running


def test_the_window_stays_responsive_while_the_worker_runs(qtbot: QtBot, bare_window: QMainWindow) -> None:
    proceed, done = threading.Event(), threading.Event()

    def work(_progress: object) -> str:
        proceed.wait(10)
        done.set()
        return "selesai"

    job = ScheduleJob(work, "Menyusun…", bare_window)
    job.start()
    ticks: list[bool] = []
    QTimer.singleShot(10, lambda: ticks.append(done.is_set()))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5_000)
    assert ticks == [False], "the window's events waited for the work"
    proceed.set()
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as finished:
        pass
    assert finished.args == ["selesai"]


# ---- preview and print -------------------------------------------------------------------------


def test_the_preview_shows_page_after_page(
    qtbot: QtBot, bare_window: QMainWindow, settings: QSettings, chosen: dict[str, object]
) -> None:
    job = preview_schedule(document(), settings, bare_window)

    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    preview = job.preview
    assert isinstance(preview, SchedulePreview)
    qtbot.waitExposed(preview)
    assert preview.schedule.page_count == 2
    first = preview.view.pixmap().toImage()
    QTest.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.current_page == 1
    assert preview.view.pixmap().toImage() != first
    preview.page.setValue(4)
    assert not preview._next.isEnabled()
    preview.close()


def test_the_preview_prints_what_it_shows(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    settings: QSettings,
    chosen: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "cetak.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    job = preview_schedule(document(), settings, bare_window)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    preview = job.preview
    assert preview is not None
    printing = next(button for button in preview.findChildren(QPushButton) if button.text() == "&Cetak…")

    QTest.mouseClick(printing, Qt.MouseButton.LeftButton)

    assert preview.print_job is not None
    with qtbot.waitSignal(preview.print_job.finished, timeout=TIMEOUT):
        pass
    assert "Halaman 2 dari 2" in pdf_text(out)
    preview.close()


def test_print_paints_the_same_pages_on_the_printer(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    settings: QSettings,
    chosen: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted.value)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(out))

    job = print_schedule(document(), settings, bare_window, printer)

    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in info
    text = pdf_text(out)
    assert "Drs. H. Lalu Ahmad Zaini, M.Si." in text
    assert "19710313 199901 1 001" in text
    assert "Halaman 2 dari 2" in text


def test_the_qt_painter_matches_the_pdf_layout(qtbot: QtBot, tmp_path: Path) -> None:
    """Text painted by Qt ends where reportlab measured it, so nothing spills out of its cell."""
    schedule = schedule_of(demo_plan(demo_folder()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "qt.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(page_layout(schedule.width, schedule.height))

    paint_schedule(schedule, printer)

    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    right = max(float(match) for match in re.findall(r'xMax="([\d.]+)"[^>]*>\(WFH\)<', words))
    laid_out = next(t for t in schedule.page(0).texts if t.text.endswith("DI RUMAH (WFH)"))
    assert right == pytest.approx(laid_out.x + laid_out.width, abs=1.0)


def test_a_remote_cell_is_tinted_in_the_preview() -> None:
    schedule = schedule_of(demo_plan(demo_folder()))
    box = next(b for b in schedule.page(0).boxes if b.fill == PRINT_FILLS[Status.WFH])

    image = render_page(schedule, 0, dpi=72)

    assert image.pixelColor(round(box.x + 2), round(box.y + 2)) == QColor(PRINT_FILLS[Status.WFH])


def test_share_as_picture_writes_the_chosen_unit_and_week(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    answers = iter(["Biro Hukum", "Minggu 2: 22 April 2024 – 26 April 2024"])
    asked: list[list[str]] = []

    def get_item(_parent: object, _title: str, _label: str, items: list[str], *_args: object) -> tuple[str, bool]:
        asked.append(list(items))
        return next(answers), True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", get_item)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_: (str(tmp_path / "wa"), ""))

    job = share_pictures(document(), settings, bare_window)

    assert isinstance(job, ScheduleJob)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    assert asked[0][1] == "Biro Pemerintahan"
    assert len(asked[1]) == 3, "every week, then weeks 1 and 2"
    with Image.open(tmp_path / "wa.png") as picture:
        assert picture.width >= 1080
    assert "1 gambar jadwal disimpan" in bare_window.statusBar().currentMessage()
    assert not messages.shown


def test_the_options_dialog_offers_the_bsre_field(qtbot: QtBot) -> None:
    dialog = PdfOptionsDialog(PdfOptions(), 0)
    qtbot.addWidget(dialog)

    dialog.for_tte.setChecked(True)

    assert dialog.options().for_tte
