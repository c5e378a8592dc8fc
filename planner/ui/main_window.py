"""The main window: the grid in the middle, problems, the circular and the undo history beside it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMetaObject, QObject, QPoint, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
)

from planner.domain.calendar import format_date_long
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.roster import Roster
from planner.domain.status import Status
from planner.domain.validation import Violation
from planner.io.circular_file import Catalog
from planner.io.plan_json import profile_from_json, profile_to_json
from planner.paths import AppPaths
from planner.storage.plan_file import EXTENSION
from planner.ui.actions import build_actions
from planner.ui.autosave import Autosaver
from planner.ui.circulars.circular_editor import CircularEditor
from planner.ui.circulars.circular_panel import CircularPanel
from planner.ui.circulars.opening_notes import show_opening_notes
from planner.ui.dialogs.autofill_dialog import AutofillDialog
from planner.ui.dialogs.copy_pattern_dialog import CopyPatternDialog
from planner.ui.dialogs.import_dialog import StaffImportDialog, export_xlsx
from planner.ui.dialogs.new_plan_dialog import NewPlanDialog
from planner.ui.dialogs.plan_settings_dialog import PlanSettings, PlanSettingsDialog
from planner.ui.dialogs.profile_dialog import ProfileDialog
from planner.ui.dialogs.recap_dialog import show_recap_dialog
from planner.ui.dialogs.staff_dialogs import StaffDialog, UnitsDialog
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid import operations
from planner.ui.grid.document import Document, DocumentChange, bulk_edit
from planner.ui.grid.grid_model import FIXED_COLUMNS, GridModel
from planner.ui.grid.grid_view import FIXED_WIDTHS, GridView
from planner.ui.grid.history import HistoryView
from planner.ui.grid.issues import IssuesPanel
from planner.ui.guide import GuideDialog
from planner.ui.printing.pdf_export import export_pdf, preview_schedule, print_schedule, share_pictures
from planner.ui.signing import CreateCertificateDialog, SignoffPanel, VerifyDialog, sign_schedule

RECENT_KEY = "files/recent"
PROFILE_KEY = "plan/last_profile"
LANGUAGE_KEY = "ui/language"
COLUMNS_KEY = "grid/fixed_columns"
MAX_RECENT = 8
LAYOUT_VERSION = 2
"""Saved with the window state: a state saved by another version of the window is not restored."""
GRID_SHARE = 2 / 3
"""The least share of the window's width the grid keeps; a layout that gives it less is reset."""
SIDE_MINIMUM, SIDE_MAXIMUM = 200, 340
RECOVERY_FOLDER = "pemulihan"


@dataclasses.dataclass(frozen=True, slots=True)
class WindowContext:
    """What every window shares: the folders, the settings and how to (re)build the circular catalogue."""

    paths: AppPaths
    settings: QSettings
    demo: Callable[[], Plan]
    """Builds the demo plan for "Baru dari contoh"."""
    load_catalog: Callable[[], Catalog]
    """Reads the built-in and user circulars again (after the user saved one)."""


class MainWindow(QMainWindow):
    """One window, one open plan."""

    def __init__(self, document: Document, context: WindowContext) -> None:
        """Show ``document``."""
        super().__init__()
        self._context = context
        self._settings = context.settings
        self.folders = LastFolders(context.settings)
        # "Buka folder" after an export: one button, shown for a while after each export.
        self._folder_button = QPushButton(self.tr("Buka folder"), self)
        self._folder_button.clicked.connect(self._on_folder_button_clicked)
        self._folder_button.hide()
        self._folder = Path()
        self._folder_shown = QTimer(self)
        self._folder_shown.setSingleShot(True)
        self._folder_shown.setInterval(15_000)
        self._folder_shown.timeout.connect(self._folder_button.hide)
        self._guide: GuideDialog | None = None
        self._shown_once = False
        self._search_index: tuple[Roster, list[str]] | None = None
        """What Ctrl+F searches, per person, built once per roster."""
        self._closed = False
        self._connections: list[QMetaObject.Connection] = []
        """The shown document's signals wired to this window, cut when another is shown."""
        self.window_actions = build_actions(self)
        self.document = document
        self._build_menus()
        self._connect_actions()
        self._status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_label)
        self.issues_dock = self._dock(self.tr("Masalah"), "issues")
        self.circular_dock = self._dock(self.tr("Surat edaran"), "circular")
        self.history_dock = self._dock(self.tr("Riwayat perubahan"), "history")
        self.signoff_dock = self._dock(self.tr("Penetapan"), "signoff")
        self.tabifyDockWidget(self.circular_dock, self.history_dock)
        self.tabifyDockWidget(self.history_dock, self.signoff_dock)
        self.circular_dock.raise_()
        self.circular_panel = CircularPanel(self)
        self.circular_dock.setWidget(self.circular_panel)
        self.signoff_panel = SignoffPanel(document, self)
        self.signoff_dock.setWidget(self.signoff_panel)
        self._view_menu.addActions(
            [
                self.issues_dock.toggleViewAction(),
                self.circular_dock.toggleViewAction(),
                self.history_dock.toggleViewAction(),
                self.signoff_dock.toggleViewAction(),
            ]
        )
        self.autosaver = Autosaver(context.paths.data / RECOVERY_FOLDER, self)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self._view_menu.addSeparator()
        self._view_menu.addAction(self.window_actions.reset_layout)
        self._show(document)
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width()), min(860, screen.height()))
        self._reset_docks()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._restore_layout()

    # ---- layout --------------------------------------------------------------------------

    def _docks(self) -> list[QDockWidget]:
        return [self.issues_dock, self.circular_dock, self.history_dock, self.signoff_dock]

    def _reset_docks(self) -> None:
        """Side panels narrow: a quarter of the window, between 200 and 340 pixels."""
        width = max(SIDE_MINIMUM, min(SIDE_MAXIMUM, self.width() // 4))
        self.resizeDocks([self.issues_dock, self.circular_dock], [width, width], Qt.Orientation.Horizontal)

    def _restore_layout(self) -> None:
        """The size and panels of the last session; maximised the first time."""
        geometry = self._settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            # The whole screen even where no window manager maximises (a kiosk, a bare X server).
            self.setGeometry(self.screen().availableGeometry())
            self.setWindowState(Qt.WindowState.WindowMaximized)
        state = self._settings.value("window/state")
        # A state from another version of the window, or not a state at all, is left unused.
        if isinstance(state, QByteArray) and not self.restoreState(state, LAYOUT_VERSION):
            self.restoreState(self._default_state, LAYOUT_VERSION)

    def grid_share(self) -> float:
        """How much of the window's width the grid has."""
        return self.grid.width() / max(1, self.width())

    def check_layout(self) -> bool:
        """Give the grid back its room when the panels take more than a third of the window.

        Returns:
            True when the layout had to be reset.
        """
        if not self.isVisible() or self.grid_share() >= GRID_SHARE:
            return False
        self.restoreState(self._default_state, LAYOUT_VERSION)
        self._reset_docks()
        if self.grid_share() < GRID_SHARE:
            self.resizeDocks(
                [self.issues_dock, self.circular_dock], [SIDE_MINIMUM, SIDE_MINIMUM], Qt.Orientation.Horizontal
            )
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """Check the restored layout once, when the window first has its real size."""
        super().showEvent(event)
        if not self._shown_once:
            # Only the first time: a panel the user widens later is their choice.
            self._shown_once = True
            QTimer.singleShot(0, self.check_layout)

    def _on_reset_layout_triggered(self) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self._docks():
            dock.setFloating(False)
        self.issues_dock.show()
        self.circular_dock.show()
        self.window_actions.side_panels.setChecked(True)
        self.window_actions.compact_names.setChecked(False)
        self.grid.set_column_widths(list(FIXED_WIDTHS))
        self.grid.set_zoom(1.0)
        self.showMaximized()
        QTimer.singleShot(0, self._reset_docks)

    def _on_side_panels_toggled(self, shown: bool) -> None:
        for dock in (self.issues_dock, self.circular_dock):
            dock.setVisible(shown)
        if shown:
            QTimer.singleShot(0, self._reset_docks)

    def _on_zoom_in_triggered(self) -> None:
        self.grid.zoom_in()

    def _on_zoom_out_triggered(self) -> None:
        self.grid.zoom_out()

    def _on_zoom_reset_triggered(self) -> None:
        self.grid.set_zoom(1.0)

    def _on_fit_period_triggered(self) -> None:
        self.grid.fit_period()

    def _on_compact_names_toggled(self, compact: bool) -> None:
        self.grid.set_compact_names(compact)

    # ---- building ------------------------------------------------------------------------

    def _dock(self, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.window_actions
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        file_menu.addActions([a.new, a.new_from_demo, a.open])
        self._recent_menu = QMenu(self.tr("Berkas &terakhir"), self)
        file_menu.addMenu(self._recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addActions([a.export_pdf, a.share_image, a.preview, a.print])
        signature_menu = file_menu.addMenu(self.tr("Tanda tangan &elektronik"))
        signature_menu.addActions([a.sign, a.verify, a.create_certificate])
        file_menu.addSeparator()
        file_menu.addActions([a.import_staff, a.export_xlsx, a.recap])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Ubah"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.copy, a.paste, a.clear, a.select_all])
        edit_menu.addSeparator()
        edit_menu.addActions([a.lock, a.unlock])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        status_menu = self.menuBar().addMenu(self.tr("&Status"))
        status_menu.addActions(list(a.statuses.values()))
        status_menu.addSeparator()
        status_menu.addAction(a.brush)
        plan_menu = self.menuBar().addMenu(self.tr("&Rencana"))
        plan_menu.addActions([a.autofill, a.copy_pattern])
        plan_menu.addSeparator()
        plan_menu.addActions([a.add_staff, a.edit_staff, a.remove_staff, a.import_staff])
        plan_menu.addSeparator()
        plan_menu.addActions([a.units, a.plan_settings, a.profile])
        plan_menu.addSeparator()
        plan_menu.addActions([a.week_context, a.clear_week_context])
        circular_menu = self.menuBar().addMenu(self.tr("Surat &edaran"))
        circular_menu.addActions([a.new_circular, a.copy_circular, a.edit_circular])
        self._view_menu = self.menuBar().addMenu(self.tr("&Tampilan"))
        self._view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset, a.fit_period, a.compact_names])
        self._view_menu.addSeparator()
        self._view_menu.addAction(a.side_panels)
        settings_menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        language_menu = settings_menu.addMenu(self.tr("&Bahasa / Language"))
        language_menu.addActions(list(a.languages.values()))
        current = str(self._settings.value(LANGUAGE_KEY, "id"))
        a.languages.get(current, a.languages["id"]).setChecked(True)
        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        help_menu.addActions([a.guide, a.about])

        toolbar = self.addToolBar(self.tr("Utama"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions([a.open, a.save, a.undo, a.redo])
        toolbar.addSeparator()
        for status, action in a.statuses.items():
            button = toolbar.addAction(status.code)
            button.setToolTip(action.toolTip())
            button.setStatusTip(action.statusTip())
            button.triggered.connect(action.trigger)
        toolbar.addAction(a.clear)
        toolbar.addAction(a.brush)
        toolbar.addAction(a.lock)
        toolbar.addSeparator()
        toolbar.addActions([a.autofill, a.export_pdf])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Surat edaran: "), self))
        self._circular_box = QComboBox(self)
        self._circular_box.setMinimumContentsLength(36)
        self._circular_box.setToolTip(self.tr("Surat edaran yang dipakai untuk memeriksa rencana ini"))
        toolbar.addWidget(self._circular_box)
        self._refresh_recent_menu()

    def _connect_actions(self) -> None:
        a = self.window_actions
        a.new.triggered.connect(self._on_new_triggered)
        a.new_from_demo.triggered.connect(self._on_new_from_demo_triggered)
        a.open.triggered.connect(self._on_open_triggered)
        a.save.triggered.connect(self._on_save_triggered)
        a.save_as.triggered.connect(self._on_save_as_triggered)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._on_undo_triggered)
        a.redo.triggered.connect(self._on_redo_triggered)
        a.copy.triggered.connect(self._on_copy_triggered)
        a.paste.triggered.connect(self._on_paste_triggered)
        a.clear.triggered.connect(self._on_clear_triggered)
        a.select_all.triggered.connect(self._on_select_all_triggered)
        a.lock.triggered.connect(self._on_lock_triggered)
        a.unlock.triggered.connect(self._on_unlock_triggered)
        a.brush.toggled.connect(self._on_brush_toggled)
        for status, action in a.statuses.items():
            action.triggered.connect(lambda _checked=False, s=status: self._on_status_triggered(s))
        a.plan_settings.triggered.connect(self._on_plan_settings_triggered)
        a.week_context.triggered.connect(self._on_week_context_triggered)
        a.clear_week_context.triggered.connect(lambda: self.use_week_context(None))
        a.profile.triggered.connect(self._on_profile_triggered)
        a.units.triggered.connect(self._on_units_triggered)
        a.add_staff.triggered.connect(self._on_add_staff_triggered)
        a.edit_staff.triggered.connect(self._on_edit_staff_triggered)
        a.remove_staff.triggered.connect(self._on_remove_staff_triggered)
        a.new_circular.triggered.connect(lambda: self._edit_circular(None))
        a.copy_circular.triggered.connect(lambda: self._edit_circular(self.document.circular))
        a.edit_circular.triggered.connect(lambda: self._edit_circular(self.document.circular))
        a.export_pdf.triggered.connect(self._on_export_pdf_triggered)
        a.share_image.triggered.connect(self._on_share_image_triggered)
        a.preview.triggered.connect(self._on_preview_triggered)
        a.print.triggered.connect(self._on_print_triggered)
        a.export_xlsx.triggered.connect(self._on_export_xlsx_triggered)
        a.recap.triggered.connect(lambda: show_recap_dialog(self.document.catalog, self.open_path, self.folders, self))
        a.import_staff.triggered.connect(self._on_import_staff_triggered)
        a.autofill.triggered.connect(self._on_autofill_triggered)
        a.sign.triggered.connect(self._on_sign_triggered)
        a.verify.triggered.connect(self._on_verify_triggered)
        a.create_certificate.triggered.connect(self._on_create_certificate_triggered)
        for code, action in a.languages.items():
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_triggered(c))
        a.about.triggered.connect(self._on_about_triggered)
        a.guide.triggered.connect(self._on_guide_triggered)
        a.zoom_in.triggered.connect(self._on_zoom_in_triggered)
        a.zoom_out.triggered.connect(self._on_zoom_out_triggered)
        a.zoom_reset.triggered.connect(self._on_zoom_reset_triggered)
        a.fit_period.triggered.connect(self._on_fit_period_triggered)
        a.compact_names.toggled.connect(self._on_compact_names_toggled)
        a.side_panels.toggled.connect(self._on_side_panels_toggled)
        a.reset_layout.triggered.connect(self._on_reset_layout_triggered)
        a.find.triggered.connect(self._on_find_triggered)
        a.copy_pattern.triggered.connect(self._on_copy_pattern_triggered)
        self._circular_box.activated.connect(self._on_circular_box_activated)

    def _show(self, document: Document) -> None:
        """Put ``document`` in the window, replacing whatever was there."""
        self._let_go_of_document(document)
        self.document = document
        self._brush_status = Status.WFH
        self._stroke: int | None = None
        # The previous document's views go with it; each one holds on to the document it shows.
        old_grid = self.centralWidget()
        old_views: list[QObject | None] = [self.issues_dock.widget(), self.history_dock.widget()]
        if isinstance(old_grid, GridView):
            old_views.append(old_grid.model)
        for old_view in old_views:
            if old_view is not None:
                old_view.deleteLater()
        old_zoom = old_grid.zoom if isinstance(old_grid, GridView) else 1.0
        self.model = GridModel(document, self)
        self.grid = GridView(self.model, self)
        self.grid.set_column_widths([int(w) for w in self._list_setting(COLUMNS_KEY) if w.isdigit()])
        self.grid.set_zoom(old_zoom)
        self.grid.set_compact_names(self.window_actions.compact_names.isChecked())
        a = self.window_actions
        # Single-letter shortcuts, Delete and the clipboard keys fire only while one of the grid's
        # two views has the focus: never while typing in a dialog or in the toolbar's circular box.
        cell_actions = [*a.statuses.values(), a.clear, a.copy, a.paste, a.select_all, a.lock, a.unlock, a.brush]
        for action in cell_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.grid.days.addAction(action)
            self.grid.fixed.addAction(action)
        self.grid.days.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.days.customContextMenuRequested.connect(self._on_days_context_menu_requested)
        self.grid.fixed.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.fixed.customContextMenuRequested.connect(self._on_fixed_context_menu_requested)
        self.grid.fixed.doubleClicked.connect(self._on_edit_staff_triggered)
        header = self.grid.days.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_day_header_context_menu_requested)
        self.grid.filter_changed.connect(self._on_grid_filter_changed)
        self.grid.paint_started.connect(self._on_grid_paint_started)
        self.grid.cell_painted.connect(self._on_grid_cell_painted)
        self.grid.paint_finished.connect(self._on_grid_paint_finished)
        self.grid.brush_active = a.brush.isChecked()
        self.setCentralWidget(self.grid)
        if old_grid is not None:
            old_grid.deleteLater()
        self.issues = IssuesPanel(document, self)
        self.issues.violation_chosen.connect(self._on_issues_violation_chosen)
        self.issues_dock.setWidget(self.issues)
        history = HistoryView(document.undo_stack, self.tr("(rencana seperti saat dibuka)"), self)
        self.history_dock.setWidget(history)
        stack = document.undo_stack
        self._connections = [
            stack.canUndoChanged.connect(a.undo.setEnabled),
            stack.canRedoChanged.connect(a.redo.setEnabled),
            stack.undoTextChanged.connect(self._on_undo_stack_text_changed),
            stack.redoTextChanged.connect(self._on_undo_stack_text_changed),
            document.changed.connect(self._on_document_changed),
            document.file_changed.connect(self._refresh_title),
        ]
        a.undo.setEnabled(stack.canUndo())
        a.redo.setEnabled(stack.canRedo())
        self.autosaver.watch(document)
        self.signoff_panel.set_document(document)
        _settle_memory(collect=old_grid is not None)
        self._on_document_plan_replaced()
        self._refresh_title()
        self._refresh_status()
        self.grid.setFocus()
        if self.isVisible():
            QTimer.singleShot(0, self.check_layout)  # a new grid and panels must not squeeze the days

    def _let_go_of_document(self, replacement: Document | None) -> None:
        """Disconnect from the shown document (unless it stays) and release its file."""
        previous = self.document
        if previous is replacement:
            return
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        previous.close()
        previous.deleteLater()

    def _list_setting(self, key: str) -> list[str]:
        """A list from the settings (QSettings gives a lone string for a list of one)."""
        value = self._settings.value(key, [])
        if isinstance(value, str):
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    # ---- refreshing ----------------------------------------------------------------------

    def summary(self) -> str:
        """The plan's name and its count of errors and warnings, as the status bar shows them."""
        validator = self.document.validator
        return self.tr("{title}: {errors} kesalahan, {warnings} peringatan").format(
            title=self.document.title, errors=validator.errors, warnings=validator.warnings
        )

    def status_text(self) -> str:
        """The permanent count in the status bar: errors, warnings and the circular."""
        return self._status_label.text()

    def _refresh_title(self) -> None:
        self.setWindowTitle(self.tr("{title}[*] — Jadwal Kerja ASN").format(title=self.document.title))
        self.setWindowModified(self.document.modified)

    def _refresh_status(self) -> None:
        validator = self.document.validator
        text = self.tr("{errors} kesalahan, {warnings} peringatan · {circular}").format(
            errors=validator.errors, warnings=validator.warnings, circular=self.document.circular.name
        )
        context = self.document.context_path
        if context is not None:
            text += self.tr(" · minggu terpotong dari {name}").format(name=context.name)
        self._status_label.setText(text)
        self.window_actions.clear_week_context.setEnabled(context is not None)

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.structure:
            self._on_document_plan_replaced()
            if self.grid.filter_edit.text().strip():
                self._on_grid_filter_changed(self.grid.filter_edit.text())  # the same filter over the new roster
        elif change.days:
            self._refresh_status()

    def _on_document_plan_replaced(self) -> None:
        document = self.document
        box = self._circular_box
        box.clear()
        for circular in sorted(document.catalog.circulars.values(), key=lambda c: (c.year, c.id)):
            box.addItem(circular.name, circular.id)
        box.setCurrentIndex(box.findData(document.plan.circular_id))
        user_made = document.circular.id in document.catalog.user_ids
        from_plan = document.circular.id in document.catalog.from_plans
        self.circular_panel.show_circular(document.circular, user_made=user_made, from_plan=from_plan)
        self.window_actions.edit_circular.setEnabled(user_made)
        self._refresh_status()
        self._refresh_title()

    def _on_undo_stack_text_changed(self, _text: str) -> None:
        stack = self.document.undo_stack
        a = self.window_actions
        undo = self.tr("Batalkan: {step}").format(step=stack.undoText()) if stack.canUndo() else a.undo.statusTip()
        redo = self.tr("Ulangi: {step}").format(step=stack.redoText()) if stack.canRedo() else a.redo.statusTip()
        a.undo.setToolTip(f"{undo} ({a.undo.shortcut().toString()})")
        a.redo.setToolTip(f"{redo} ({a.redo.shortcut().toString()})")

    def _refresh_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = recent_files(self._settings)
        for path in recent:
            action = self._recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_path(Path(p)))
        self._recent_menu.setEnabled(bool(recent))

    def _remember_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text, *(p for p in recent_files(self._settings) if p != text)][:MAX_RECENT]
        self._settings.setValue(RECENT_KEY, recent)
        self._refresh_recent_menu()

    def _on_autosaver_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Simpan otomatis gagal: {message}").format(message=message), 10_000)

    # ---- editing cells -------------------------------------------------------------------

    def _selected_or_hint(self) -> list[tuple[Nip, dt.date]]:
        cells = self.grid.selected_cells()
        if not cells:
            self._hint_selection()
        return cells

    def _hint_selection(self) -> None:
        self.statusBar().showMessage(self.tr("Pilih dulu sel pegawai pada tanggal tertentu."), 4000)

    def _on_status_triggered(self, status: Status) -> None:
        self._brush_status = status
        self.window_actions.brush.setText(self.tr("&Kuas: {code}").format(code=status.code))
        if self.window_actions.brush.isChecked():
            # With the brush on, a status chooses its colour; the stale selection is left alone.
            self.statusBar().showMessage(self.tr("Kuas: {code}").format(code=status.code), 3000)
            return
        self._set_selected(status)

    def _on_clear_triggered(self) -> None:
        self._set_selected(None)

    def _set_selected(self, status: Status | None) -> None:
        with bulk_edit():  # a whole selection is tens of thousands of cells, read and then set
            cells = self.grid.selected_positions()
            if cells:
                operations.set_statuses_at(self.document, cells, status)
        if not cells:
            self._hint_selection()

    def _on_select_all_triggered(self) -> None:
        plan = self.document.plan
        self.grid.select_cells(list(range(len(plan.roster.staff))), list(range(len(plan.days))), scroll=False)

    def _on_lock_triggered(self) -> None:
        cells = self._selected_or_hint()
        if cells:
            operations.lock(self.document, cells, True)

    def _on_unlock_triggered(self) -> None:
        cells = self._selected_or_hint()
        if cells:
            operations.lock(self.document, cells, False)

    def _on_brush_toggled(self, checked: bool) -> None:
        self.grid.brush_active = checked
        self.window_actions.brush.setText(self.tr("&Kuas: {code}").format(code=self._brush_status.code))
        if checked:
            self.statusBar().showMessage(
                self.tr("Kuas {code}: seret di grid untuk mengisi. Tekan B untuk berhenti.").format(
                    code=self._brush_status.code
                ),
                6000,
            )

    def _on_copy_pattern_triggered(self) -> None:
        dialog = CopyPatternDialog(self.document, self.folders, self)
        if _run(dialog):
            self.statusBar().showMessage(self.tr("Salin pola: {count} sel diubah.").format(count=dialog.changed), 5000)

    def _on_find_triggered(self) -> None:
        self.grid.open_filter()

    def _on_grid_filter_changed(self, text: str) -> None:
        plan = self.document.plan
        if self._search_index is None or self._search_index[0] is not plan.roster:
            self._search_index = (plan.roster, operations.search_index(plan.roster))
        rows = operations.matching_staff(self._search_index[1], text)
        self.model.set_filter(frozenset(rows) if text.strip() else None)
        self.grid.filter_count.setText(
            self.tr("{shown} dari {total} pegawai").format(shown=len(rows), total=len(plan.roster.staff))
            if text.strip()
            else ""
        )

    def _on_grid_paint_started(self) -> None:
        self._stroke = self.document.next_stroke()

    def _on_grid_cell_painted(self, staff_row: int, column: int) -> None:
        plan = self.document.plan
        target = (plan.roster.staff[staff_row].nip, plan.days[column], self._brush_status)
        text = self.tr("Kuas {code}").format(code=self._brush_status.code)
        self.document.set_cells([target], text, stroke=self._stroke)

    def _on_grid_paint_finished(self) -> None:
        self._stroke = None

    def _on_undo_triggered(self) -> None:
        # A slot rather than a lambda: the document, and so its stack, changes on Open.
        self.document.undo_stack.undo()

    def _on_redo_triggered(self) -> None:
        self.document.undo_stack.redo()

    def _on_copy_triggered(self) -> None:
        cells = self._selected_or_hint()
        if not cells:
            return
        text = operations.copy_text(self.document.plan, cells)
        if text is None:
            QMessageBox.information(
                self,
                self.tr("Salin"),
                self.tr("Salin hanya dapat untuk satu blok tanggal yang bersebelahan, sama untuk setiap pegawai."),
            )
            return
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("{count} sel disalin.").format(count=len(cells)), 3000)

    def _on_paste_triggered(self) -> None:
        text = QGuiApplication.clipboard().text()
        current = self.grid.selection.currentIndex()
        if not text.strip() or not current.isValid() or current.column() < FIXED_COLUMNS:
            self.statusBar().showMessage(self.tr("Pilih sel tujuan, lalu tempel."), 4000)
            return
        staff_rows = [
            staff_row
            for row in range(current.row(), self.model.rowCount())
            if (staff_row := self.model.staff_row(row)) is not None
        ]
        result = operations.paste(self.document, text, staff_rows, current.column() - FIXED_COLUMNS)
        if isinstance(result, operations.PasteRefused):
            reason = (
                self.tr("Teks yang ditempel terlalu panjang untuk grid ini; yang dapat ditempel hanya kode status.")
                if result.too_long
                else self.tr(
                    "Kode {code!r} pada baris {row}, kolom {column} tidak dikenal (yang dikenal: {codes})."
                ).format(code=result.code, row=result.row, column=result.column, codes=" ".join(s.code for s in Status))
            )
            QMessageBox.warning(
                self, self.tr("Tempel dibatalkan"), reason + "\n" + self.tr("Tidak ada sel yang diubah.")
            )
            return
        self.statusBar().showMessage(self.tr("{count} sel diubah oleh tempel.").format(count=result), 4000)

    def _on_issues_violation_chosen(self, violation: Violation) -> None:
        plan = self.document.plan
        rows = self.document.validator.rows_concerned(violation)
        self.grid.select_cells(rows, [plan.column_of(violation.day)])

    # ---- the plan: circular, settings, profile, units and staff ----------------------------

    def _on_circular_box_activated(self, index: int) -> None:
        self.document.set_circular(CircularId(self._circular_box.itemData(index)))
        self.grid.setFocus()  # back to the cells, as after any other toolbar choice

    def _on_plan_settings_triggered(self) -> None:
        plan = self.document.plan
        current = PlanSettings(plan.name, plan.first, plan.last, plan.quota_level, plan.policy)
        depth = max((plan.roster.depth(unit) for unit in plan.roster.units), default=0)
        dialog = PlanSettingsDialog(current, depth, self, zones=self.document.circular.zones)
        if not _run(dialog):
            return
        chosen = dialog.settings()
        if chosen == current:
            return
        dropped = operations.cells_outside(plan, chosen.first, chosen.last)
        if dropped and not self._confirm(
            self.tr("Rentang tanggal dipersempit"),
            self.tr("{count} sel yang sudah diisi berada di luar rentang baru dan akan dibuang. Lanjutkan?").format(
                count=dropped
            ),
        ):
            return
        operations.change_settings(self.document, chosen)

    def _on_week_context_triggered(self) -> None:
        title = self.tr("Rencana tetangga untuk minggu terpotong")
        if not self.document.days_outside():
            QMessageBox.information(
                self,
                title,
                self.tr("Rencana ini mulai hari Senin dan berakhir hari Minggu: tidak ada minggu terpotong."),
            )
            return
        start = str(self.document.context_path or self.folders.folder(FileKind.PLAN))
        name, _ = QFileDialog.getOpenFileName(self, title, start, self._file_filter())
        if name:
            self.folders.remember(FileKind.PLAN, Path(name))
            self.use_week_context(Path(name))

    def use_week_context(self, path: Path | None) -> bool:
        """Check the cut weeks with the cells of the plan file ``path`` (read only), or without when None.

        Nothing in the open plan changes and nothing is saved with it; False when ``path`` was not used.
        """
        document = self.document
        title = self.tr("Rencana tetangga untuk minggu terpotong")
        if path is not None and document.path is not None and path.resolve() == document.path:
            QMessageBox.warning(self, title, self.tr("Pilih berkas rencana lain, bukan rencana yang sedang dibuka."))
            return False
        try:
            covered = document.set_week_context(path)
        except PlannerError as error:
            QMessageBox.warning(self, title, error_text(error))
            return False
        if path is None:
            self.statusBar().showMessage(
                self.tr("Minggu terpotong diperiksa tanpa rencana tetangga: hari di luar rencana belum diketahui."),
                6000,
            )
            return True
        if not covered:
            days = ", ".join(format_date_long(day) for day in document.days_outside())
            QMessageBox.warning(
                self,
                title,
                self.tr("{name} tidak mencakup hari di luar rencana ini pada minggu terpotong ({days}).").format(
                    name=path.name, days=days
                ),
            )
            return False
        self.statusBar().showMessage(
            self.tr("Minggu terpotong diperiksa dengan {name} ({count} hari di luar rencana ini).").format(
                name=path.name, count=covered
            ),
            6000,
        )
        return True

    def _on_profile_triggered(self) -> None:
        dialog = ProfileDialog(self.document.plan.profile, self.folders, self)
        if not _run(dialog):
            return
        profile = dialog.profile()
        self._settings.setValue(PROFILE_KEY, json.dumps(profile_to_json(profile), ensure_ascii=False))
        if profile != self.document.plan.profile:
            self.document.replace_plan(
                self.document.plan.rebuilt(profile=profile), self.tr("Ubah profil instansi dan penanda tangan")
            )

    def last_profile(self) -> AgencyProfile:
        """The agency profile entered last, offered for new plans."""
        text = self._settings.value(PROFILE_KEY, "")
        try:
            return profile_from_json(json.loads(str(text))) if text else AgencyProfile()
        except (ValueError, TypeError, AttributeError):
            return AgencyProfile()

    def _on_units_triggered(self) -> None:
        roster = self.document.plan.roster
        dialog = UnitsDialog(roster, self)
        if not _run(dialog):
            return
        units = dialog.units()
        if units == list(roster.units.values()):
            return
        self._replace_roster(Roster(units, roster.staff), self.tr("Ubah unit kerja"))

    def _replace_roster(self, roster: Roster, text: str, renamed: dict[Nip, Nip] | None = None) -> None:
        operations.replace_roster(self.document, roster, text, renamed)

    def _current_staff_row(self) -> int | None:
        index = self.grid.selection.currentIndex()
        return self.model.staff_row(index.row()) if index.isValid() else None

    def _on_add_staff_triggered(self) -> None:
        roster = self.document.plan.roster
        if not roster.units:
            QMessageBox.information(
                self, self.tr("Belum ada unit kerja"), self.tr("Buat unit kerja dulu (menu Rencana › Unit kerja).")
            )
            self._on_units_triggered()
            if not self.document.plan.roster.units:
                return
            roster = self.document.plan.roster
        row = self._current_staff_row()
        unit = roster.staff[row].unit if row is not None else None
        dialog = StaffDialog(roster, None, unit, self)
        if not _run(dialog):
            return
        member = dialog.member()
        staff = list(roster.staff)
        # A newcomer joins the end of their unit, so units stay together on the grid.
        after = max((i for i, m in enumerate(staff) if m.unit == member.unit), default=len(staff) - 1)
        staff.insert(after + 1, member)
        self._replace_roster(Roster(roster.units.values(), staff), self.tr("Tambah {name}").format(name=member.name))

    def _on_edit_staff_triggered(self) -> None:
        row = self._current_staff_row()
        if row is None:
            self.statusBar().showMessage(self.tr("Pilih dulu baris pegawai."), 4000)
            return
        roster = self.document.plan.roster
        old = roster.staff[row]
        dialog = StaffDialog(roster, old, old.unit, self)
        if not _run(dialog):
            return
        member = dialog.member()
        if member == old:
            return
        staff = list(roster.staff)
        staff[row] = member
        renamed = {old.nip: member.nip} if member.nip != old.nip else None
        self._replace_roster(
            Roster(roster.units.values(), staff), self.tr("Ubah {name}").format(name=member.name), renamed
        )

    def _on_remove_staff_triggered(self) -> None:
        plan = self.document.plan
        rows = sorted({r for nip, _day in self.grid.selected_cells() for r in [plan.roster.index_of(nip)]})
        if not rows and (current := self._current_staff_row()) is not None:
            rows = [current]
        if not rows:
            self.statusBar().showMessage(self.tr("Pilih dulu baris pegawai."), 4000)
            return
        members = [plan.roster.staff[row] for row in rows]
        planned = sum(plan.planned_days(member.nip) for member in members)
        names = ", ".join(member.name for member in members[:3]) + ("…" if len(members) > 3 else "")
        if planned and not self._confirm(
            self.tr("Hapus pegawai"),
            self.tr("{names} sudah punya {days} hari terisi pada rencana ini. Hapus juga? (Bisa dibatalkan.)").format(
                names=names, days=planned
            ),
        ):
            return
        removed = {member.nip for member in members}
        staff = [member for member in plan.roster.staff if member.nip not in removed]
        text = self.tr("Hapus {names}").format(names=names)
        self._replace_roster(Roster(plan.roster.units.values(), staff), text)

    def _on_days_context_menu_requested(self, position: QPoint) -> None:
        a = self.window_actions
        menu = QMenu(self)
        menu.addActions([*a.statuses.values(), a.clear])
        menu.addSeparator()
        menu.addActions([a.copy, a.paste, a.lock, a.unlock])
        menu.exec(self.grid.days.viewport().mapToGlobal(position))

    def _on_fixed_context_menu_requested(self, position: QPoint) -> None:
        a = self.window_actions
        menu = QMenu(self)
        menu.addActions([a.edit_staff, a.remove_staff, a.add_staff])
        menu.exec(self.grid.fixed.viewport().mapToGlobal(position))

    def _on_day_header_context_menu_requested(self, position: QPoint) -> None:
        header = self.grid.days.horizontalHeader()
        column = header.logicalIndexAt(position) - FIXED_COLUMNS
        if column < 0:
            return
        plan = self.document.plan
        day = plan.days[column]
        national = self.document.calendar.national.get(day)
        menu = QMenu(self)
        when = format_date_long(day)
        if day in plan.days_added:
            action = menu.addAction(
                self.tr("Batalkan libur instansi {when} ({name})").format(when=when, name=plan.days_added[day])
            )
            added = {d: n for d, n in plan.days_added.items() if d != day}
            action.triggered.connect(lambda: self._change_calendar(added, plan.days_removed, action.text()))
        elif day in plan.days_removed and national is not None:
            action = menu.addAction(self.tr("Kembalikan {name} sebagai hari libur").format(name=national.name))
            removed = plan.days_removed - {day}
            action.triggered.connect(lambda: self._change_calendar(plan.days_added, removed, action.text()))
        elif national is not None:
            action = menu.addAction(self.tr("Tetap bekerja pada {name} ({when})").format(name=national.name, when=when))
            removed = plan.days_removed | {day}
            action.triggered.connect(lambda: self._change_calendar(plan.days_added, removed, action.text()))
        elif day.weekday() != 6:  # Saturday may be a working day of a six-day unit
            action = menu.addAction(self.tr("Jadikan hari libur instansi…"))
            action.triggered.connect(lambda: self._add_local_day_off(day))
        if menu.isEmpty():
            return
        menu.exec(header.mapToGlobal(position))

    def _add_local_day_off(self, day: dt.date) -> None:
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Hari libur instansi"),
            self.tr("Nama hari libur pada {when} (misalnya HUT Provinsi):").format(when=format_date_long(day)),
        )
        if accepted and name.strip():
            plan = self.document.plan
            added = {**plan.days_added, day: name.strip()}
            text = self.tr("Libur instansi {when}: {name}").format(when=format_date_long(day), name=name.strip())
            self._change_calendar(added, plan.days_removed, text)

    def _change_calendar(self, added: dict[dt.date, str], removed: frozenset[dt.date], text: str) -> None:
        """Days off the plan adds or national days it works: planned cells on new days off are kept, not counted."""
        plan = self.document.plan
        self.document.replace_plan(plan.rebuilt(days_added=added, days_removed=removed), text.replace("&", ""))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _edit_circular(self, base: Circular | None) -> None:
        folder = self._context.paths.user_circulars
        editor = CircularEditor(self.document.catalog, folder, base, self)
        if not _run(editor):
            return
        saved = editor.saved_circular()
        try:
            self.document.set_catalog(self._context.load_catalog())
        except PlannerError as error:
            QMessageBox.warning(self, self.tr("Surat edaran"), str(error))
            return
        if (
            saved is not None
            and saved.id != self.document.plan.circular_id
            and self._confirm(
                self.tr("Surat edaran tersimpan"),
                self.tr("{name} tersimpan. Pakai untuk memeriksa rencana ini?").format(name=saved.name),
            )
        ):
            self.document.set_circular(saved.id)

    # ---- printing, Excel and automatic filling: each in its own module ------------------

    def _on_share_image_triggered(self) -> None:
        share_pictures(self.document, self._settings, self)  # names the folder in the status bar itself

    def _on_export_pdf_triggered(self) -> None:
        export_pdf(self.document, self._settings, self)  # names the file in the status bar itself

    def _on_preview_triggered(self) -> None:
        preview_schedule(self.document, self._settings, self)

    def _on_print_triggered(self) -> None:
        print_schedule(self.document, self._settings, self)

    def _on_export_xlsx_triggered(self) -> None:
        start = self.folders.suggest(FileKind.EXCEL, self.document.plan.name, ".xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor ke Excel"), start, self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
        self.folders.remember(FileKind.EXCEL, path)
        job = export_xlsx(self.document, self, path)
        if job is not None:
            job.finished.connect(self._on_export_finished)

    def _on_export_finished(self, path: object) -> None:
        self.statusBar().showMessage(self.tr("Tersimpan: {path}").format(path=path), 15_000)
        self.offer_folder(Path(str(path)))

    def offer_folder(self, path: Path) -> None:
        """A "Buka folder" button in the status bar for a while, opening the folder that holds ``path``."""
        if self._folder_button.parent() is not self.statusBar():  # placed on the first offer
            self.statusBar().addWidget(self._folder_button)
        self._folder = path.parent
        self._folder_button.setToolTip(str(self._folder))
        self._folder_button.show()
        self._folder_shown.start()

    def _on_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _on_import_staff_triggered(self) -> None:
        _run(StaffImportDialog(self.document, self.folders, self))

    def _on_autofill_triggered(self) -> None:
        _run(AutofillDialog(self.document, self))

    def _on_sign_triggered(self) -> None:
        if self.document.path is None or self.document.modified:
            # The sign-off is recorded in the plan file, so it must say what was signed.
            QMessageBox.information(
                self,
                self.tr("Simpan dulu"),
                self.tr("Simpan rencana sebelum menandatangani: penetapan dicatat di berkas rencana."),
            )
            if not self._on_save_triggered():
                return
        sign_schedule(self.document, self._settings, self)

    def _on_verify_triggered(self) -> None:
        _run(VerifyDialog(self.document, self, folders=self.folders))

    def _on_create_certificate_triggered(self) -> None:
        _run(CreateCertificateDialog(self.document.plan.profile, self, folders=self.folders))

    # ---- files ---------------------------------------------------------------------------

    def _may_discard(self) -> bool:
        """Ask before losing unsaved changes; True when the window may go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Simpan perubahan pada {title}?").format(title=self.document.title),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._on_save_triggered()
        return answer == QMessageBox.StandardButton.Discard

    def _on_new_triggered(self) -> None:
        if not self._may_discard():
            return
        dialog = NewPlanDialog(self.document.catalog, self.last_profile(), self)
        if _run(dialog):
            self._show(Document(dialog.plan(), self.document.catalog))

    def _on_new_from_demo_triggered(self) -> None:
        if self._may_discard():
            self._show(Document(self._context.demo(), self.document.catalog))

    def _on_open_triggered(self) -> None:
        if not self._may_discard():
            return
        start = self.folders.folder(FileKind.PLAN)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Buka rencana"), start, self._file_filter())
        if name:
            self.folders.remember(FileKind.PLAN, Path(name))
            self._open_path(Path(name), asked=True)

    def _file_filter(self) -> str:
        return self.tr("Rencana Jadwal Kerja ASN (*{extension})").format(extension=EXTENSION)

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window (asking first about unsaved changes); False when it did not open."""
        return self._open_path(path)

    def _open_path(self, path: Path, *, asked: bool = False) -> bool:
        if not asked and not self._may_discard():
            return False
        current = self.document
        same = current.path is not None and path.resolve() == current.path
        if same and not current.modified:
            return True
        if same:
            current.close()  # the user chose to discard: read the file again, so let go of our claim on it
        try:
            document = Document.open(path, current.catalog)
        except PlannerError as error:
            if same:
                current.reclaim()
            QMessageBox.warning(self, self.tr("Rencana tidak dapat dibuka"), error_text(error))
            return False
        self._show(document)
        self._remember_recent(path)
        show_opening_notes(self, document, self._settings)
        return True

    def _on_save_triggered(self) -> bool:
        if self.document.path is None:
            return self._on_save_as_triggered()
        return self._save_to(None)

    def _on_save_as_triggered(self) -> bool:
        start = (
            str(self.document.path)
            if self.document.path
            else self.folders.suggest(FileKind.PLAN, self.document.plan.name, EXTENSION)
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan rencana"), start, self._file_filter())
        if not name:
            return False
        chosen = Path(name)
        self.folders.remember(FileKind.PLAN, chosen)
        # "Jadwal 16.05" is a name, not a name with the extension ".05": add ours, never swap one.
        path = chosen if chosen.suffix.lower() == EXTENSION else chosen.with_name(chosen.name + EXTENSION)
        if (
            path != chosen
            and path.exists()
            and not self._confirm(
                self.tr("Timpa berkas?"), self.tr("{name} sudah ada. Timpa berkas itu?").format(name=path.name)
            )
        ):
            return False
        return self._save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save the plan as ``path``; False (after telling the user why) when it could not be written."""
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            self.document.save(path)
        except PlannerError as error:
            QMessageBox.warning(
                self,
                self.tr("Rencana tidak tersimpan"),
                error_text(error) + "\n" + self.tr("Perubahan Anda masih ada di jendela ini."),
            )
            return False
        assert self.document.path is not None
        self._remember_recent(self.document.path)
        self.statusBar().showMessage(self.tr("Tersimpan: {path}").format(path=self.document.path), 4000)
        return True

    def _on_language_triggered(self, code: str) -> None:
        if code == self._settings.value(LANGUAGE_KEY, "id"):
            return
        self._settings.setValue(LANGUAGE_KEY, code)
        QMessageBox.information(
            self,
            self.tr("Bahasa / Language"),
            "Bahasa baru dipakai setelah Jadwal Kerja ASN dibuka ulang.\n"
            "The new language is used once Jadwal Kerja ASN is started again.",
        )

    def _on_guide_triggered(self) -> None:
        if self._guide is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.activateWindow()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang Jadwal Kerja ASN"),
            self.tr(
                "<b>Jadwal Kerja ASN</b><br>Perencana jadwal WFO/WFH pegawai ASN sesuai surat edaran.<br><br>"
                "Hari libur nasional dan cuti bersama: paket <i>holidays</i> (SKB 3 Menteri). "
                "Bekerja tanpa internet."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing changes; remember the window's size, docks and columns."""
        if self._closed:
            event.accept()
            return
        if not self._may_discard():
            event.ignore()
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self._settings.setValue(COLUMNS_KEY, self.grid.column_widths())
        self.autosaver.close()
        self._let_go_of_document(None)
        self._closed = True
        event.accept()


def _run(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted. It is deleted once control returns to Qt's loop.

    Parented to the window, a closed dialog would otherwise live (and keep following the
    document, and keep its data) as long as the window.
    """
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def _settle_memory(*, collect: bool) -> None:
    """Collect what the previous plan left (with ``collect``), then exempt the new plan from the collector's scans.

    A large plan holds hundreds of thousands of long-lived objects; without this every full
    collection walks them all, and an edit that happens to trigger one pauses noticeably.
    Unfreezing first lets cycles of the previous plan be collected. The first plan of a window
    has no predecessor to collect: a full collection then costs 80 ms on a year-long plan for little.
    """
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def recent_files(settings: QSettings) -> list[str]:
    """Plans opened lately, newest first (QSettings returns a lone string for a list of one)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []
