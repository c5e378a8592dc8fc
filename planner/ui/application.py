"""Starting the window: the Qt application, its language, the settings, and the plan to open first."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import windows_os
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.io.circular_file import Catalog, load_catalog
from planner.io.demo import demo_plan
from planner.paths import AppPaths
from planner.resources import builtin_circulars, demo_folder, icon_file, translations_folder
from planner.storage.plan_file import PlanFile
from planner.ui.autosave import Recovery, pending_recoveries
from planner.ui.circulars.opening_notes import show_opening_notes
from planner.ui.file_lock import lock_plan
from planner.ui.grid.document import Document
from planner.ui.main_window import LANGUAGE_KEY, RECOVERY_FOLDER, MainWindow, WindowContext, recent_files

EXIT_AFTER_START = "JADWAL_KERJA_EXIT_AFTER_START"
"""When set, the window closes as soon as it is shown, printing its summary: the start-up smoke test."""

SELF_CHECK_TIMEOUT_MS = 60_000
"""How long the start-up self-check waits for the first paint before it reports failure."""

APP_NAME = "Jadwal Kerja ASN"
"""The name the taskbar, the title bar and the desktop show."""


def settings_for(paths: AppPaths) -> QSettings:
    """The window's settings, kept as an INI file in the planner's own config folder."""
    paths.config.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config / "jendela.ini"), QSettings.Format.IniFormat)


TRANSLATIONS = {"id": "qt_id.qm", "en": "jadwal_en.qm"}
"""The catalogue each language loads. The planner's own texts are Indonesian already; in
Indonesian only Qt's own buttons and menus need one (Qt ships none for Indonesian)."""


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the interface language, ``id`` or ``en``; unknown codes mean Indonesian.

    Returns the translator, which must stay alive as long as the application, or None when
    the catalogue is missing (the interface then stays in the source texts, Indonesian).
    """
    language = language if language in TRANSLATIONS else "id"
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian))
    translator = QTranslator(app)
    if not translator.load(str(translations_folder() / TRANSLATIONS[language])):
        return None
    app.installTranslator(translator)
    return translator


def window_context(paths: AppPaths, settings: QSettings) -> WindowContext:
    """The folders, settings and catalogue loader every window shares."""

    def demo() -> Plan:
        return demo_plan(demo_folder())

    def catalog() -> Catalog:
        return load_catalog(builtin_circulars(), paths.user_circulars)

    return WindowContext(paths=paths, settings=settings, demo=demo, load_catalog=catalog)


def build_window(
    context: WindowContext, plan_path: Path | None = None, *, recovery: Recovery | None = None
) -> MainWindow:
    """The main window with a recovered plan, else ``plan_path``, else the last plan opened, else the demo."""
    catalog = context.load_catalog()
    problems: list[str] = []
    document: Document | None = None
    if recovery is not None:
        try:
            document = recovered_document(recovery, catalog)
        except PlannerError as error:
            problems.append(str(error))
    if document is None:
        candidates = [plan_path] if plan_path else [Path(p) for p in recent_files(context.settings)[:1]]
        for candidate in candidates:
            try:
                document = Document.open(candidate, catalog)
                break
            except PlannerError as error:
                problems.append(str(error))
    window = MainWindow(document or Document(context.demo(), catalog), context)
    if recovery is not None and document is not None:
        window.autosaver.save_now()  # the recovered work is safe again before the old copy goes
        window.autosaver.wait()
        recovery.discard()
    for problem in catalog.problems:
        window.statusBar().showMessage(
            QCoreApplication.translate("Application", "Surat edaran dilewati: {problem}").format(problem=problem),
            15_000,
        )
    if document is not None and recovery is None:
        show_opening_notes(window, document, context.settings)
    if problems:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Application", "Rencana tidak dapat dibuka"),
            "\n".join(problems)
            + "\n\n"
            + QCoreApplication.translate("Application", "Rencana contoh dibuka sebagai gantinya."),
        )
    return window


def recovered_document(recovery: Recovery, catalog: Catalog) -> Document:
    """The autosaved plan, marked unsaved and tied to its original file when that file is free.

    Raises:
        PlannerError: the autosaved copy cannot be read.
    """
    copy, plan = PlanFile.open(recovery.plan_path)
    catalog = catalog.including(copy.circular_copy)
    original, lock = recovery.original, None
    if original is not None:
        try:
            lock = lock_plan(original)
        except PlannerError:
            original = None  # open elsewhere now: keep the work, but as a plan to save under a new name
    document = Document(plan, catalog, original, PlanFile(original) if original else None, lock)
    document.mark_unsaved()
    return document


def ask_about_recovery(recoveries: list[Recovery], parent: QWidget | None = None) -> Recovery | None:
    """Offer the newest unsaved work left by a crash; returns it when the user wants it back."""
    newest = recoveries[0]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Application", "Pulihkan pekerjaan?"))
    box.setText(
        QCoreApplication.translate(
            "Application",
            "Jadwal Kerja ASN tidak ditutup dengan benar. Perubahan pada “{title}” yang belum disimpan "
            "masih ada (terakhir disimpan otomatis {time}).",
        ).format(title=newest.title, time=newest.saved.strftime("%d/%m/%Y %H:%M"))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Application", "Pulihkan untuk melanjutkannya. Buang jika perubahan itu memang tidak diperlukan lagi."
        )
    )
    recover = box.addButton(QCoreApplication.translate("Application", "Pulihkan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Application", "Buang"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Application", "Nanti saja"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    if box.clickedButton() is recover:
        return newest
    if box.clickedButton() is discard:
        newest.discard()
    return None


def application() -> QApplication:
    """The Qt application, named and with its icon; on Windows the taskbar groups its windows under that icon."""
    windows_os.set_app_user_model_id()  # before the first window, or the taskbar shows python's or no icon
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("jadwal-kerja-asn")
    icon = icon_file()
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def show_fatal(message: str) -> None:
    """Tell the user, in a message box, why the planner cannot start (a damaged installation)."""
    application()
    QMessageBox.critical(None, APP_NAME, message)


class _FirstPaint(QObject):
    """Writes the self-check report and closes the window once the window has painted itself."""

    def __init__(self, window: MainWindow, report: Path) -> None:
        super().__init__(window)
        self._window = window
        self._report = report
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._done = True
            QTimer.singleShot(0, self._finish)
        return False

    def give_up(self) -> None:
        """No paint in time (a dialog waiting for an answer, a hang): report that, and end with exit code 1."""
        if self._done:
            return
        self._done = True
        self._write(painted=False)
        QCoreApplication.exit(1)

    def _finish(self) -> None:
        self._write(painted=True)
        self._window.close()

    def _write(self, *, painted: bool) -> None:
        window = self._window
        plan = window.document.plan
        report = {
            "shown": window.isVisible(),
            "painted": painted,
            "application": QCoreApplication.applicationName(),
            "window_title": window.windowTitle(),
            "icon": not window.windowIcon().isNull(),
            "plan": plan.name,
            "staff": len(plan.roster.staff),
            "days": len(plan.days),
            "errors": window.document.validator.errors,
            "warnings": window.document.validator.warnings,
            "frozen": bool(getattr(sys, "frozen", False)),
        }
        self._report.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def run(paths: AppPaths, plan_path: Path | None = None, *, self_check: Path | None = None) -> int:
    """Show the window and run until it closes.

    With ``self_check``, the start-up check for the built application: no crash recovery is
    offered, and once the window has painted itself with the plan, what it shows is written to
    that file as JSON and the window closes (exit code 0).
    """
    app = application()
    settings = settings_for(paths)
    install_translation(app, str(settings.value(LANGUAGE_KEY, "id")))
    smoke_test = bool(os.environ.get(EXIT_AFTER_START)) or self_check is not None
    recoveries = [] if smoke_test else pending_recoveries(paths.data / RECOVERY_FOLDER)
    recovery = ask_about_recovery(recoveries) if recoveries else None
    window = build_window(window_context(paths, settings), plan_path, recovery=recovery)
    if self_check is not None:
        first_paint = _FirstPaint(window, self_check)
        app.installEventFilter(first_paint)
        QTimer.singleShot(SELF_CHECK_TIMEOUT_MS, first_paint.give_up)
    window.show()
    if smoke_test and self_check is None:
        QTimer.singleShot(0, lambda: (print(window.summary(), flush=True), window.close()))
    return app.exec()
