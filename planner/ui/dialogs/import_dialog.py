"""Staff lists from Excel or CSV into the open plan, and the plan out to an Excel workbook.

The main window wires two entry points to its menu (for instance Rencana › Impor daftar
pegawai… and Berkas › Ekspor ke Excel…)::

    from planner.ui.dialogs.import_dialog import StaffImportDialog, export_xlsx

    StaffImportDialog(self.document, self.folders, self).exec()
    export_xlsx(self.document, self, path)

``StaffImportDialog`` asks for the file (and the sheet of a workbook), shows the header row it
found and what each column means (the user can change both), the default category for rows
without one, and whether the list replaces the plan's staff and units or updates the staff of
the plan's own units. Before anything changes it lists every problem row and who joins,
leaves or changes. "Terapkan" then makes the change as one undo step
(``Document.replace_plan``); a file that cannot be read is explained in the dialog and
changes nothing. ``load(path, sheet)`` opens a file without the file dialog (for a file
dropped on the window, and for tests).

``export_xlsx`` copies the plan in the window's thread and writes the workbook
(``planner.io.xlsx_export``) to the path the window asked for, in a worker thread behind a
progress dialog that can cancel; the worker never touches a widget. It returns the running
``XlsxExportJob`` (its ``finished`` signal carries the path written; the main window's status
bar names it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.category import Category
from planner.domain.errors import PlannerError
from planner.domain.nip import Employment, format_nip
from planner.domain.roster import Roster, StaffMember
from planner.io.grid_csv import UNIT_SEPARATOR
from planner.io.sheet_table import StaffImportError, Table, letter_of, read_table
from planner.io.staff_import import (
    HEADER_SEARCH_ROWS,
    Field,
    Layout,
    StaffChange,
    StaffList,
    cell_text,
    detect_layout,
    layout_at,
    parse_staff,
    replace_staff,
    update_staff,
)
from planner.io.xlsx_export import write_xlsx
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid.document import Document
from planner.ui.jobs import Job, Progress
from planner.ui.texts import category_label

_ERROR_STYLE = "color: #A93226;"
_LEFT_OUT_COLOUR = "#A93226"
SAMPLES = 3
"""Example values shown for each column."""
SAMPLE_ROWS = 200
"""Rows looked at for examples: a column empty that far down is shown without any."""
FIELD_ORDER = (
    Field.IGNORE,
    Field.NIP,
    Field.NAME,
    Field.TITLE_BEFORE,
    Field.TITLE_AFTER,
    Field.POSITION,
    Field.RANK,
    Field.UNIT,
    Field.CATEGORY,
    Field.EMPLOYMENT_TYPE,
)


class StaffImportDialog(QDialog):
    """Preview a staff list, let the user correct how it is read, then apply it as one undo step."""

    def __init__(self, document: Document, folders: LastFolders, parent: QWidget | None = None) -> None:
        """Prepare an empty preview of ``document``'s plan; "Pilih berkas…" or ``load`` reads a list.

        "Pilih berkas…" opens in the last folder ``folders`` holds for staff lists.
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor daftar pegawai"))
        self.resize(980, 700)
        self._document = document
        self._folders = folders
        self._path: Path | None = None
        self._table: Table | None = None
        self._layout: Layout | None = None
        self._staff: StaffList | None = None
        self._change: StaffChange | None = None

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            self.tr("berkas .xlsx, .xls, .ods atau .csv (SIASN, BKN, SIMPEG, atau buatan sendiri)")
        )
        self.browse_button = QPushButton(self.tr("Pilih berkas…"), self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.sheet_box = QComboBox(self)
        self.sheet_box.activated.connect(self._on_sheet_box_activated)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, HEADER_SEARCH_ROWS)
        self.header_spin.setToolTip(
            self.tr("Baris yang berisi judul kolom (NIP, Nama, …), seperti nomor baris di Excel")
        )
        self.header_spin.editingFinished.connect(self._on_header_spin_editing_finished)
        self.category_box = QComboBox(self)
        for category in Category:
            self.category_box.addItem(category_label(category), category.key)
        self.category_box.setCurrentIndex(list(Category).index(self._usual_category()))
        self.category_box.setToolTip(
            self.tr("Untuk baris tanpa kolom Kategori dan untuk unit baru; unit yang sudah ada tetap pada kategorinya")
        )
        self.category_box.activated.connect(self._on_category_box_activated)
        self.replace_button = QRadioButton(self.tr("Ganti seluruh daftar pegawai dan unit dengan isi berkas"), self)
        self.update_button = QRadioButton(
            self.tr("Perbarui pegawai dari daftar yang lebih baru (unit dan pengaturan rencana tetap)"), self
        )
        modes = QButtonGroup(self)
        modes.addButton(self.replace_button)
        modes.addButton(self.update_button)
        # A plan with units of its own keeps them by default; an empty plan takes the list's.
        (self.update_button if document.plan.roster.units else self.replace_button).setChecked(True)
        self.update_button.toggled.connect(self._on_update_button_toggled)

        self.mapping_table = QTableWidget(0, 4, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Contoh isi"), self.tr("Arti")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        self.problems_table = QTableWidget(0, 5, self)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Isi"), self.tr("Masalah"), self.tr("Akibat")]
        )
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.joined_list = QListWidget(self)
        self.left_list = QListWidget(self)
        self.changed_list = QListWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problems_table, "")
        self.tabs.addTab(self.joined_list, "")
        self.tabs.addTab(self.left_list, "")
        self.tabs.addTab(self.changed_list, "")

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.button_box.addButton(self.tr("Terapkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Berkas:"), file_row)
        form.addRow(self.tr("Lembar:"), self.sheet_box)
        form.addRow(self.tr("Baris judul:"), self.header_spin)
        form.addRow(self.tr("Kategori bawaan:"), self.category_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.update_button)
        layout.addWidget(QLabel(self.tr("Arti tiap kolom (ubah bila salah):"), self))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.button_box)
        self._show_preview()

    # ---- the public steps ----------------------------------------------------------------------

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Read ``path`` (the active sheet, or ``sheet``) and preview it; False when it cannot be read."""
        self._path = path
        self.file_edit.setText(str(path))
        self._table = self._layout = self._staff = self._change = None
        self.sheet_box.clear()
        try:
            with _busy():
                self._table = read_table(path, sheet)
        except PlannerError as error:
            self._show_error(error_text(error))
            return False
        self.sheet_box.addItems(list(self._table.sheets))
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findText(self._table.sheet or ""), 0))
        self.sheet_box.setEnabled(bool(self._table.sheets))
        try:
            self._layout = detect_layout(self._table)
        except StaffImportError as error:
            self._show_error(error_text(error))
            return False
        self._fill_mapping()
        self._parse()
        return self._staff is not None

    def set_field(self, column: int, field: Field) -> None:
        """Say that ``column`` (0 is A) holds ``field``, and read the list again."""
        if self._layout is None:
            return
        self._layout = self._layout.with_field(column, field)
        self._fill_mapping()
        self._parse()

    def set_header_row(self, row: int) -> None:
        """Read the header from ``row`` (1 is the first), proposing the columns' meanings afresh."""
        if self._table is None:
            return
        self.header_spin.setValue(row)
        self._layout = layout_at(self._table, row)
        self._fill_mapping()
        self._parse()

    @property
    def staff_list(self) -> StaffList | None:
        """The list as read with the current layout; None before a readable file is chosen."""
        return self._staff

    @property
    def change(self) -> StaffChange | None:
        """What applying would do to the plan; None when nothing can be applied."""
        return self._change

    def apply(self) -> bool:
        """Make the change as one undo step and close; False (nothing changed) when there is nothing to apply."""
        self._preview_change()
        change = self._change
        if change is None or self._path is None:
            return False
        if self.replace_button.isChecked():
            text = self.tr("Ganti daftar pegawai dari {file}").format(file=self._path.name)
        else:
            text = self.tr("Perbarui pegawai dari {file}").format(file=self._path.name)
        try:
            self._document.replace_plan(change.plan, text)
        except PlannerError as error:
            self._show_error(error_text(error))
            return False
        self.accept()
        return True

    # ---- slots ---------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar pegawai"),
            self._folders.folder(FileKind.STAFF_LIST),
            self.tr("Daftar pegawai (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Semua berkas (*)"),
        )
        if name:
            self._folders.remember(FileKind.STAFF_LIST, Path(name))
            self.load(Path(name))

    def _on_sheet_box_activated(self, index: int) -> None:
        if self._path is not None and index >= 0:
            self.load(self._path, self.sheet_box.itemText(index))

    def _on_header_spin_editing_finished(self) -> None:
        if self._layout is not None and self.header_spin.value() != self._layout.header_row:
            self.set_header_row(self.header_spin.value())

    def _on_field_box_activated(self, column: int, index: int) -> None:
        self.set_field(column, FIELD_ORDER[index])

    def _on_category_box_activated(self, _index: int) -> None:
        self._preview_change()

    def _on_update_button_toggled(self, _checked: bool) -> None:
        self._preview_change()

    def _on_button_box_accepted(self) -> None:
        self.apply()

    # ---- showing the preview -------------------------------------------------------------------

    def _field_labels(self) -> dict[Field, str]:
        return {
            Field.IGNORE: self.tr("(abaikan)"),
            Field.NIP: self.tr("NIP / NI PPPK"),
            Field.NAME: self.tr("Nama"),
            Field.TITLE_BEFORE: self.tr("Gelar depan"),
            Field.TITLE_AFTER: self.tr("Gelar belakang"),
            Field.POSITION: self.tr("Jabatan"),
            Field.RANK: self.tr("Pangkat / golongan"),
            Field.UNIT: self.tr("Unit kerja (tingkat dikenali dari nama dan isi)"),
            Field.CATEGORY: self.tr("Kategori layanan"),
            Field.EMPLOYMENT_TYPE: self.tr("Jenis pegawai (PNS/PPPK/PPNPN)"),
        }

    def _usual_category(self) -> Category:
        units = self._document.plan.roster.units.values()
        counts = {category: sum(1 for unit in units if unit.category is category) for category in Category}
        return max(Category, key=lambda category: counts[category]) if units else Category.ADMINISTRASI

    def _default_category(self) -> Category:
        return Category(self.category_box.currentData())

    def _fill_mapping(self) -> None:
        table, layout = self._table, self._layout
        self.mapping_table.setRowCount(0)
        if table is None or layout is None:
            return
        self.header_spin.setValue(layout.header_row)
        labels = self._field_labels()
        width = max(table.width, len(layout.fields))
        self.mapping_table.setRowCount(width)
        for column in range(width):
            title = layout.titles[column] if column < len(layout.titles) else ""
            samples = []
            for row in range(layout.first_row, min(len(table.rows), layout.first_row + SAMPLE_ROWS) + 1):
                text = cell_text(table.value(row, column))
                if text:
                    samples.append(text)
                if len(samples) == SAMPLES:
                    break
            self.mapping_table.setItem(column, 0, QTableWidgetItem(letter_of(column)))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(title))
            self.mapping_table.setItem(column, 2, QTableWidgetItem(" · ".join(samples)))
            box = QComboBox(self.mapping_table)
            for field in FIELD_ORDER:
                box.addItem(labels[field])
            field = layout.fields[column] if column < len(layout.fields) else Field.IGNORE
            box.setCurrentIndex(FIELD_ORDER.index(field))
            box.activated.connect(partial(self._on_field_box_activated, column))
            self.mapping_table.setCellWidget(column, 3, box)
        self.mapping_table.resizeColumnsToContents()

    def field_box(self, column: int) -> QComboBox:
        """The combo box that says what ``column`` (0 is A) holds."""
        box = self.mapping_table.cellWidget(column, 3)
        assert isinstance(box, QComboBox)
        return box

    def _parse(self) -> None:
        self._staff = self._change = None
        if self._table is None or self._layout is None:
            self._show_preview()
            return
        missing = self._layout.missing()
        if missing:
            labels = self._field_labels()
            names = self.tr(" dan ").join(labels[field] for field in missing)
            self._show_error(self.tr("Tentukan kolom mana yang berisi {fields}.").format(fields=names))
            return
        try:
            with _busy():
                self._staff = parse_staff(self._table, self._layout)
        except StaffImportError as error:
            self._show_error(error_text(error))
            return
        self._preview_change()

    def _preview_change(self) -> None:
        self._change = None
        staff = self._staff
        if staff is not None and staff.importable:
            plan = self._document.plan
            with _busy():
                if self.replace_button.isChecked():
                    self._change = replace_staff(plan, staff, default_category=self._default_category())
                else:
                    self._change = update_staff(plan, staff, default_category=self._default_category())
        self._show_preview()

    def _show_error(self, message: str) -> None:
        self._staff = self._change = None
        self.error_label.setText(message)
        self.error_label.show()
        self._show_preview(keep_error=True)

    def _show_preview(self, *, keep_error: bool = False) -> None:
        if not keep_error:
            self.error_label.hide()
            self.error_label.clear()
        staff, change = self._staff, self._change
        self._fill_problems(staff)
        old = self._document.plan.roster
        new = change.plan.roster if change else None
        self._fill_people(self.joined_list, change.joined if change else (), new)
        self._fill_people(self.left_list, change.left if change else (), old)
        self.changed_list.clear()
        if change is not None:
            for before, after in change.changed:
                self.changed_list.addItem(self._describe_change(before, after, old, change.plan.roster))
        self.tabs.setTabText(0, self.tr("Masalah ({count})").format(count=len(staff.problems) if staff else 0))
        self.tabs.setTabText(1, self.tr("Masuk ({count})").format(count=len(change.joined) if change else 0))
        self.tabs.setTabText(2, self.tr("Keluar ({count})").format(count=len(change.left) if change else 0))
        self.tabs.setTabText(3, self.tr("Berubah ({count})").format(count=len(change.changed) if change else 0))
        self.summary_label.setText(self._summary(staff, change))
        self.apply_button.setEnabled(change is not None)

    def _summary(self, staff: StaffList | None, change: StaffChange | None) -> str:
        if staff is None:
            return "" if self._path is not None else self.tr("Pilih berkas daftar pegawai.")
        lines = [
            self.tr(
                "{count} pegawai siap diimpor ({pns} PNS, {pppk} PPPK, {non_asn} non-ASN) dari {where}; "
                "{skipped} baris dilewati."
            ).format(
                count=staff.importable,
                pns=staff.count(Employment.PNS),
                pppk=staff.count(Employment.PPPK),
                non_asn=staff.count(Employment.NON_ASN),
                where=staff.where,
                skipped=staff.left_out,
            )
        ]
        lines += staff.notes
        if change is None:
            lines.append(self.tr("Tidak ada pegawai yang dapat diimpor; rencana tidak diubah."))
        else:
            text = self.tr("Setelah diterapkan: {joined} masuk, {left} keluar, {changed} berubah.").format(
                joined=len(change.joined), left=len(change.left), changed=len(change.changed)
            )
            if change.cells_dropped:
                text += " " + self.tr("{cells} sel terisi milik pegawai yang keluar ikut terhapus.").format(
                    cells=change.cells_dropped
                )
            lines.append(text)
        return "\n".join(lines)

    def _fill_problems(self, staff: StaffList | None) -> None:
        problems = staff.problems if staff else ()
        self.problems_table.setRowCount(len(problems))
        left_out, kept = self.tr("dilewati"), self.tr("tetap diimpor")
        for index, problem in enumerate(problems):
            cells = (
                str(problem.row),
                problem.column,
                problem.value,
                problem.message,
                left_out if problem.left_out else kept,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problem.left_out and column == 4:
                    item.setForeground(QBrush(QColor(_LEFT_OUT_COLOUR)))
                self.problems_table.setItem(index, column, item)
        self.problems_table.resizeColumnToContents(0)

    def _fill_people(self, widget: QListWidget, members: tuple[StaffMember, ...], roster: Roster | None) -> None:
        widget.clear()
        if roster is None:
            return
        line = self.tr("{name} — {number} — {unit}")
        widget.addItems(
            [
                line.format(
                    name=member.name,
                    number=self._number_text(member),
                    unit=UNIT_SEPARATOR.join(roster.path(member.unit)),
                )
                for member in members
            ]
        )

    def _number_text(self, member: StaffMember) -> str:
        """As the preview shows it: ``NIP 19860926 201505 1 001``, or ``non-ASN NA-…`` (never called a NIP)."""
        if member.non_asn:
            return self.tr("non-ASN {number}").format(number=member.nip)
        return self.tr("NIP {nip}").format(nip=format_nip(member.nip))

    def _describe_change(self, before: StaffMember, after: StaffMember, old: Roster, new: Roster) -> str:
        parts = []
        if before.name != after.name:
            parts.append(self.tr("nama {old} → {new}").format(old=before.name, new=after.name))
        if before.position != after.position:
            parts.append(self.tr("jabatan {old} → {new}").format(old=before.position or "–", new=after.position or "–"))
        if before.rank != after.rank:
            parts.append(self.tr("pangkat {old} → {new}").format(old=before.rank or "–", new=after.rank or "–"))
        old_unit, new_unit = UNIT_SEPARATOR.join(old.path(before.unit)), UNIT_SEPARATOR.join(new.path(after.unit))
        if old_unit != new_unit:
            parts.append(self.tr("unit {old} → {new}").format(old=old_unit, new=new_unit))
        return self.tr("{name} ({number}): {changes}").format(
            name=after.name, number=self._number_text(after), changes="; ".join(parts)
        )


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a list is read (a second or less, even for thousands of rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# ---- export ------------------------------------------------------------------------------------


class XlsxExportJob(Job):
    """An export running in a worker thread, with a progress dialog that can cancel it.

    ``finished`` carries the ``Path`` written; after ``cancelled`` nothing was written and a
    file already at the path is unchanged.
    """

    def __init__(self, document: Document, path: Path, parent: QWidget) -> None:
        """Copy the plan now (the user may go on editing); ``start`` writes the copy to ``path``."""
        plan, circular, calendar = document.plan.rebuilt(), document.circular, document.calendar

        def work(progress: Progress) -> Path:
            write_xlsx(plan, path, circular=circular, calendar=calendar, progress=progress)
            return path

        super().__init__(
            work,
            parent,
            label=QCoreApplication.translate("XlsxExportJob", "Mengekspor {count} pegawai ke {name}…").format(
                count=len(plan.roster.staff), name=path.name
            ),
            title=QCoreApplication.translate("XlsxExportJob", "Ekspor ke Excel"),
            failure_title=QCoreApplication.translate("XlsxExportJob", "Ekspor ke Excel gagal"),
            bug=QCoreApplication.translate("XlsxExport", "Kesalahan program saat mengekspor: {error}"),
        )
        self.path = path

    def _on_worker_succeeded(self, result: object) -> None:
        window = self.parent_widget()
        if isinstance(window, QMainWindow):
            message = self.tr("Buku kerja Excel disimpan ke {path}.").format(path=self.path)
            window.statusBar().showMessage(message, 10_000)
        super()._on_worker_succeeded(result)


def export_xlsx(document: Document, parent: QWidget, path: Path) -> XlsxExportJob:
    """Write the workbook to ``path`` in a worker thread; the window asks for the name (``LastFolders.suggest``).

    Returns:
        The running job (``finished`` carries the path).
    """
    job = XlsxExportJob(document, path, parent)
    job.start()
    return job
