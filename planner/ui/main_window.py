"""The main window: the grid in the middle, problems and undo history beside it, files and statuses on top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
)

from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.status import Status
from planner.domain.validation import Violation
from planner.storage.plan_file import EXTENSION, PlanFile
from planner.ui.actions import build_actions
from planner.ui.document import Document
from planner.ui.grid_model import FIXED_COLUMNS, GridModel
from planner.ui.grid_view import GridView
from planner.ui.issues import IssuesPanel

RECENT_KEY = "files/recent"
MAX_RECENT = 8
FILE_FILTER = f"Rencana Jadwal Kerja ASN (*{EXTENSION})"


class MainWindow(QMainWindow):
    """One window, one open plan."""

    def __init__(self, document: Document, settings: QSettings, demo: Callable[[], Plan]) -> None:
        """Show ``document``; ``demo`` builds the demo plan for "Baru dari contoh"."""
        super().__init__()
        self._settings = settings
        self._demo = demo
        self.window_actions = build_actions(self)
        self.document = document
        self._build_menus()
        self._connect_actions()
        self._status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_label)
        self.issues_dock = QDockWidget("Masalah", self)
        self.issues_dock.setObjectName("issues")
        self.history_dock = QDockWidget("Riwayat perubahan", self)
        self.history_dock.setObjectName("history")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.issues_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self._show(document)
        self.resize(1400, 860)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # ---- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.window_actions
        file_menu = self.menuBar().addMenu("&Berkas")
        file_menu.addActions([a.new_from_demo, a.open])
        self._recent_menu = QMenu("Berkas &terakhir", self)
        file_menu.addMenu(self._recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu("&Ubah")
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.copy, a.paste, a.clear])
        status_menu = self.menuBar().addMenu("&Status")
        status_menu.addActions(list(a.statuses.values()))

        toolbar = self.addToolBar("Utama")
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions([a.open, a.save, a.undo, a.redo])
        toolbar.addSeparator()
        for status, action in a.statuses.items():
            button_action = toolbar.addAction(status.code)
            button_action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            button_action.triggered.connect(action.trigger)
        toolbar.addAction(a.clear)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Surat edaran: "))
        self._circular_box = QComboBox(self)
        self._circular_box.setMinimumContentsLength(40)
        toolbar.addWidget(self._circular_box)
        self._refresh_recent_menu()

    def _connect_actions(self) -> None:
        a = self.window_actions
        a.new_from_demo.triggered.connect(self._on_new_from_demo_triggered)
        a.open.triggered.connect(self._on_open_triggered)
        a.save.triggered.connect(self._on_save_triggered)
        a.save_as.triggered.connect(self._on_save_as_triggered)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._on_undo_triggered)
        a.redo.triggered.connect(self._on_redo_triggered)
        a.copy.triggered.connect(self._on_copy_triggered)
        a.paste.triggered.connect(self._on_paste_triggered)
        a.clear.triggered.connect(lambda: self._set_selected(None))
        for status, action in a.statuses.items():
            action.triggered.connect(lambda _checked=False, s=status: self._set_selected(s))
        self._circular_box.activated.connect(self._on_circular_box_activated)

    def _show(self, document: Document) -> None:
        """Put ``document`` in the window, replacing whatever was there."""
        self.document = document
        self.model = GridModel(document, self)
        self.grid = GridView(self.model, self)
        # Single-letter shortcuts must only fire on the grid, never while typing elsewhere.
        a = self.window_actions
        grid_actions = [*a.statuses.values(), a.clear, a.copy, a.paste]
        for action in grid_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.grid.addAction(action)
        self.grid.days.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.grid.days.addActions(grid_actions)
        self.setCentralWidget(self.grid)
        self.issues = IssuesPanel(document, self)
        self.issues.violation_chosen.connect(self._on_issues_violation_chosen)
        self.issues_dock.setWidget(self.issues)
        self.history_dock.setWidget(QUndoView(document.undo_stack, self))
        stack = document.undo_stack
        stack.canUndoChanged.connect(self.window_actions.undo.setEnabled)
        stack.canRedoChanged.connect(self.window_actions.redo.setEnabled)
        self.window_actions.undo.setEnabled(stack.canUndo())
        self.window_actions.redo.setEnabled(stack.canRedo())
        document.validation_changed.connect(lambda _columns: self._refresh_status())
        document.file_changed.connect(self._refresh_title)
        document.circular_changed.connect(self._refresh_circular_box)
        self._refresh_circular_box()
        self._refresh_title()
        self._refresh_status()
        self.grid.setFocus()

    # ---- refreshing ----------------------------------------------------------------------

    def _refresh_title(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — Jadwal Kerja ASN")
        self.setWindowModified(self.document.modified)

    def summary(self) -> str:
        """The plan's name and its count of errors and warnings, as the status bar shows them."""
        validator = self.document.validator
        return f"{self.document.title}: {validator.errors} kesalahan, {validator.warnings} peringatan"

    def _refresh_status(self) -> None:
        validator = self.document.validator
        self._status_label.setText(
            f"{validator.errors} kesalahan, {validator.warnings} peringatan · {self.document.circular.name}"
        )

    def _refresh_circular_box(self) -> None:
        box, catalog = self._circular_box, self.document.catalog
        box.clear()
        for circular in sorted(catalog.circulars.values(), key=lambda c: (c.year, c.id)):
            box.addItem(circular.name, circular.id)
        box.setCurrentIndex(box.findData(self.document.plan.circular_id))

    def _refresh_recent_menu(self) -> None:
        self._recent_menu.clear()
        for path in self._recent_files():
            action = self._recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_path(Path(p)))
        self._recent_menu.setEnabled(bool(self._recent_files()))

    def _recent_files(self) -> list[str]:
        return recent_files(self._settings)

    def _remember_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text, *(p for p in self._recent_files() if p != text)][:MAX_RECENT]
        self._settings.setValue(RECENT_KEY, recent)
        self._refresh_recent_menu()

    # ---- editing -------------------------------------------------------------------------

    def _set_selected(self, status: Status | None) -> None:
        cells = self.grid.selected_cells()
        if not cells:
            self.statusBar().showMessage("Pilih dulu sel pegawai pada tanggal tertentu.", 4000)
            return
        label = status.code if status else "kosong"
        self.document.set_cells([(nip, day, status) for nip, day in cells], f"Isi {len(cells)} sel dengan {label}")

    def _on_undo_triggered(self) -> None:
        # A slot rather than a lambda: the document, and so its stack, changes on Open.
        self.document.undo_stack.undo()

    def _on_redo_triggered(self) -> None:
        self.document.undo_stack.redo()

    def _on_copy_triggered(self) -> None:
        cells = self.grid.selected_cells()
        if not cells:
            return
        plan = self.document.plan
        by_row: dict[Nip, dict[int, str]] = {}
        for nip, day in cells:
            status = plan.status_of(nip, day)
            by_row.setdefault(nip, {})[plan.column_of(day)] = status.code if status else ""
        columns = sorted({column for row in by_row.values() for column in row})
        lines = ["\t".join(row.get(column, "") for column in columns) for row in by_row.values()]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.statusBar().showMessage(f"{len(cells)} sel disalin.", 3000)

    def _on_paste_triggered(self) -> None:
        text = QGuiApplication.clipboard().text()
        current = self.grid.selection.currentIndex()
        if not text.strip() or not current.isValid() or current.column() < FIXED_COLUMNS:
            self.statusBar().showMessage("Pilih sel tujuan, lalu tempel.", 4000)
            return
        try:
            block = parse_pasted_codes(text)
        except ValueError as error:
            QMessageBox.warning(self, "Tempel dibatalkan", f"{error}\nTidak ada sel yang diubah.")
            return
        plan = self.document.plan
        staff_rows = [
            self.model.staff_row(row)
            for row in range(current.row(), self.model.rowCount())
            if self.model.staff_row(row) is not None
        ][: len(block)]
        first_column = current.column() - FIXED_COLUMNS
        assignments: list[tuple[Nip, dt.date, Status | None]] = []
        for staff_row, values in zip(staff_rows, block, strict=False):
            assert staff_row is not None
            nip = plan.roster.staff[staff_row].nip
            days = plan.days[first_column : first_column + len(values)]
            assignments += [(nip, day, status) for day, status in zip(days, values, strict=False)]
        changed = self.document.set_cells(assignments, f"Tempel {len(assignments)} sel")
        self.statusBar().showMessage(f"{changed} sel diubah oleh tempel.", 4000)

    def _on_issues_violation_chosen(self, violation: Violation) -> None:
        plan = self.document.plan
        rows = self.document.validator.rows_concerned(violation)
        self.grid.select_cells(rows, [plan.column_of(violation.day)])

    def _on_circular_box_activated(self, index: int) -> None:
        self.document.set_circular(CircularId(self._circular_box.itemData(index)))

    # ---- files ---------------------------------------------------------------------------

    def _may_discard(self) -> bool:
        """Ask before losing unsaved changes; True when the window may go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            "Perubahan belum disimpan",
            f"Simpan perubahan pada {self.document.title}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._on_save_triggered()
        return answer == QMessageBox.StandardButton.Discard

    def _on_new_from_demo_triggered(self) -> None:
        if self._may_discard():
            self._show(Document(self._demo(), self.document.catalog))

    def _on_open_triggered(self) -> None:
        if not self._may_discard():
            return
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Buka rencana", start, FILE_FILTER)
        if name:
            self._open_path(Path(name), asked=True)

    def _open_path(self, path: Path, *, asked: bool = False) -> bool:
        if not asked and not self._may_discard():
            return False
        try:
            file, plan = PlanFile.open(path)
            document = Document(plan, self.document.catalog, path, file)
        except PlannerError as error:
            QMessageBox.warning(self, "Rencana tidak dapat dibuka", str(error))
            return False
        self._show(document)
        self._remember_recent(path)
        return True

    def _on_save_triggered(self) -> bool:
        if self.document.path is None:
            return self._on_save_as_triggered()
        return self._save_to(None)

    def _on_save_as_triggered(self) -> bool:
        start = self.document.path or Path.home() / f"{self.document.plan.name}{EXTENSION}"
        name, _ = QFileDialog.getSaveFileName(self, "Simpan rencana", str(start), FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != EXTENSION:
            path = path.with_suffix(EXTENSION)
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            self.document.save(path)
        except PlannerError as error:
            QMessageBox.warning(self, "Rencana tidak tersimpan", f"{error}\nPerubahan Anda masih ada di jendela ini.")
            return False
        assert self.document.path is not None
        self._remember_recent(self.document.path)
        self.statusBar().showMessage(f"Tersimpan: {self.document.path}", 4000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing changes; remember the window's size and docks."""
        if not self._may_discard():
            event.ignore()
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        event.accept()


def recent_files(settings: QSettings) -> list[str]:
    """Plans opened lately, newest first (QSettings returns a lone string for a list of one)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def parse_pasted_codes(text: str) -> list[list[Status | None]]:
    """Tab-separated status codes as copied from a spreadsheet; blank cells clear.

    Raises:
        ValueError: a code is unknown, naming its row and column in the pasted block.
    """
    block: list[list[Status | None]] = []
    for row_number, line in enumerate(text.rstrip("\r\n").split("\n"), start=1):
        values: list[Status | None] = []
        for column_number, code in enumerate(line.rstrip("\r").split("\t"), start=1):
            if not code.strip():
                values.append(None)
                continue
            try:
                values.append(Status.from_code(code))
            except ValueError:
                codes = " ".join(s.code for s in Status)
                raise ValueError(
                    f"Kode {code.strip()!r} pada baris {row_number}, kolom {column_number} tidak dikenal ({codes})."
                ) from None
        block.append(values)
    return block
