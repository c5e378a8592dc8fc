"""Starting the window: the Qt application, the settings, and the plan to open first."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.io.circular_file import Catalog
from planner.io.demo import demo_plan
from planner.paths import AppPaths
from planner.resources import demo_folder
from planner.storage.plan_file import PlanFile
from planner.ui.document import Document
from planner.ui.main_window import MainWindow, recent_files


def settings_for(paths: AppPaths) -> QSettings:
    """The window's settings, kept as an INI file in the planner's own config folder."""
    paths.config.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config / "jendela.ini"), QSettings.Format.IniFormat)


def build_window(paths: AppPaths, catalog: Catalog, plan_path: Path | None = None) -> MainWindow:
    """The main window with ``plan_path``, else the last plan opened, else the demo plan."""
    settings = settings_for(paths)

    def demo() -> Plan:
        return demo_plan(demo_folder())

    problems: list[str] = []
    candidates = [plan_path] if plan_path else [Path(p) for p in recent_files(settings)[:1]]
    document: Document | None = None
    for candidate in candidates:
        try:
            file, plan = PlanFile.open(candidate)
            document = Document(plan, catalog, candidate, file)
        except PlannerError as error:
            problems.append(str(error))
    window = MainWindow(document or Document(demo(), catalog), settings, demo)
    for problem in [*catalog.problems, *problems]:
        window.statusBar().showMessage(problem, 10_000)
    if problems:
        QMessageBox.warning(window, "Rencana tidak dapat dibuka", "\n".join(problems) + "\n\nRencana contoh dibuka.")
    return window


EXIT_AFTER_START = "JADWAL_KERJA_EXIT_AFTER_START"
"""When set, the window closes as soon as it is shown, printing its title: the start-up smoke test."""


def run(paths: AppPaths, catalog: Catalog, plan_path: Path | None = None) -> int:
    """Show the window and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Jadwal Kerja ASN")
    window = build_window(paths, catalog, plan_path)
    window.show()
    if os.environ.get(EXIT_AFTER_START):
        QTimer.singleShot(0, lambda: (print(window.summary(), flush=True), window.close()))
    return app.exec()
