"""Windows for the tests: the demo plan, folders in a temporary place, message boxes answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.paths import AppPaths
from planner.ui.application import build_window, settings_for, window_context
from planner.ui.main_window import MainWindow, WindowContext


@dataclass
class Messages:
    """Message boxes the window showed, and the answer the test gives to questions."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self) -> str:
        """Everything shown, one message per line."""
        return "\n".join(f"{title}: {text}" for title, text in self.shown)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Record QMessageBox calls instead of opening modal boxes that would block the test."""
    record = Messages()

    def show(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        record.shown.append((title, text))
        return record.answer

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, show)
    return record


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in a file of the test's own, empty at the start."""
    return QSettings(str(tmp_path / "jendela.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def bare_window(qtbot: QtBot) -> QMainWindow:
    """An empty main window, shown: a parent for dialogs and jobs without building the planner's window."""
    main_window = QMainWindow()
    main_window.setCentralWidget(QWidget(main_window))
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


@pytest.fixture
def context() -> WindowContext:
    """Folders below the test's own JADWAL_KERJA_HOME (see tests/conftest.py)."""
    paths = AppPaths.default()
    return window_context(paths, settings_for(paths))


@pytest.fixture
def window(qtbot: QtBot, context: WindowContext, messages: Messages) -> Iterator[MainWindow]:
    """The main window with the demo plan, shown offscreen, closed without questions afterwards."""
    main_window = build_window(context)
    # The offscreen screen is 800 x 600; the window is tried at the size of an office laptop's.
    main_window.setWindowState(Qt.WindowState.WindowNoState)
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    if shiboken6.isValid(main_window):
        if shiboken6.isValid(main_window.document):
            main_window.document.undo_stack.setClean()
        main_window.close()
        main_window.deleteLater()
