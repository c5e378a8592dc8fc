"""Long work in a worker thread: a file error from the work reaches the user worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from planner.resources import translations_folder
from planner.storage.plan_file import BUSY_TEXT, PlanFileError, PlanFileProblem
from planner.ui.jobs import Job, Progress
from tests.ui.conftest import Messages


def busy(_progress: Progress) -> object:
    raise PlanFileError(f"rekap.jadwal: {BUSY_TEXT}", PlanFileProblem.BUSY, name="rekap.jadwal")


def run_failing_job(qtbot: QtBot, parent: QMainWindow) -> list[str]:
    job = Job(busy, parent, label="…", title="…", failure_title="Gagal", bug="{error}")
    failures: list[str] = []
    job.failed.connect(failures.append)
    with qtbot.waitSignal(job.failed, timeout=10_000):
        job.start()
    return failures


def test_a_file_error_is_shown_in_the_interface_language(
    qtbot: QtBot, bare_window: QMainWindow, messages: Messages
) -> None:
    assert run_failing_job(qtbot, bare_window) == [
        "rekap.jadwal: rencana sedang disimpan oleh program lain, coba lagi."
    ]
    english = QTranslator()
    assert english.load(str(translations_folder() / "jadwal_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        [sentence] = run_failing_job(qtbot, bare_window)
    finally:
        QCoreApplication.removeTranslator(english)
    assert sentence.startswith("rekap.jadwal: ")
    assert "sedang" not in sentence, sentence
    assert ("Gagal", sentence) in messages.shown
