"""*Berkas › Rekap beberapa rencana…*: many units' plans in one view, for the head and the BKD.

The user picks plan files or a folder; the recap is read in a worker thread (``Job``), then
shown as tables (the head's summary, the plans, the remote share per day) and a chart drawn
with Qt (the agency's share per day, then one small chart per plan with its limit dashed).
A double-click on a plan's row opens that plan in the window. The recap exports to PDF or
Excel in a worker thread too. pandas is loaded by the worker on first use, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import DAY_ABBREVIATIONS, format_date_long
from planner.domain.errors import PlannerError
from planner.io.circular_file import Catalog
from planner.recap.build import Recap, build_recap, read_expected
from planner.recap.model import ProblemCode, RecapProblem
from planner.recap.views import RowKind, ShareRow, ShareTable
from planner.recap.wording import describe_counts, describe_problem
from planner.storage.plan_file import EXTENSION
from planner.ui.dates import from_qdate, to_qdate
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders
from planner.ui.jobs import Job, Progress

OpenPlan = Callable[[Path], bool]
"""Opens a plan in the window (asking about unsaved work first); False when it did not open."""
_Index = QModelIndex | QPersistentModelIndex
OVER_BRUSH = QColor("#F4B6B6")
CHART_HEIGHT = 150
AGENCY_CHART_HEIGHT = 190
CHARTS_PER_ROW = 4


def _compute(
    inputs: Sequence[Path],
    catalog: Catalog,
    expected: Sequence[str],
    days: tuple[dt.date, dt.date] | None,
    progress: Progress,
) -> object:
    """The worker's part: read and check the plans, then lay out the share table (pandas is loaded here)."""
    from planner.recap.views import share_table  # noqa: PLC0415 - pandas, on first use, in the worker

    first, last = days if days is not None else (None, None)
    recap = build_recap(inputs, catalog, first=first, last=last, expected=expected, progress=progress)
    return recap, share_table(recap) if recap.plans else None


class ShareModel(QAbstractTableModel):
    """The per-day share table: label, limit, then the remote share (%) per date; over-limit cells bold and marked."""

    def __init__(self, table: ShareTable, parent: QWidget | None = None) -> None:
        """Adapt ``table``."""
        super().__init__(parent)
        self._table = table
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per agency, plan and unit."""
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Label, limit, then the dates."""
        return 0 if parent.isValid() else 2 + len(self._table.dates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The share as a whole percent, "!" where over the limit."""
        if not index.isValid():
            return None
        row: ShareRow = self._table.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label if row.kind is not RowKind.UNIT else f"    {row.label}"
            if column == 1:
                return row.limit_text
            share = row.shares[column - 2]
            return "" if share is None else f"{share:.0f}{'!' if row.over(column - 2) else ''}"
        if role == Qt.ItemDataRole.FontRole and (
            row.kind is not RowKind.UNIT or (column >= 2 and row.over(column - 2))
        ):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and column >= 2 and row.over(column - 2):
            return QBrush(OVER_BRUSH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            share, limit = row.shares[column - 2], row.limits[column - 2]
            if share is None:
                return None
            day = self._table.dates[column - 2]
            limit_text = "" if limit is None else f" (batas {limit:.0f} %)"
            return f"{row.label}, {format_date_long(day)}: {share:.1f} % jarak jauh{limit_text}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Unit, Batas %, then "Sen 21/08"."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Unit")
        if section == 1:
            return self.tr("Batas %")
        day = self._table.dates[section - 2]
        return f"{DAY_ABBREVIATIONS[day.weekday()]}\n{day:%d/%m}"


class ShareChart(QWidget):
    """The agency's remote share per day, then one small chart per plan with its limit as a dashed line."""

    def __init__(self, table: ShareTable, parent: QWidget | None = None) -> None:
        """Draw ``table``."""
        super().__init__(parent)
        self._table = table
        self._plans = table.plan_rows()
        rows = (len(self._plans) + CHARTS_PER_ROW - 1) // CHARTS_PER_ROW
        self.setMinimumHeight(AGENCY_CHART_HEIGHT + rows * CHART_HEIGHT + 10)

    def sizeHint(self) -> QSize:
        """Wide enough for four small charts a row."""
        return QSize(900, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the charts that intersect the exposed area."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), self.palette().base())
        width = self.width()
        self._chart(painter, QRectF(0, 0, width, AGENCY_CHART_HEIGHT), self._table.agency, self.tr("Seluruh instansi"))
        cell = width / CHARTS_PER_ROW
        for index, row in enumerate(self._plans):
            top = AGENCY_CHART_HEIGHT + (index // CHARTS_PER_ROW) * CHART_HEIGHT
            area = QRectF((index % CHARTS_PER_ROW) * cell, top, cell, CHART_HEIGHT)
            if area.intersects(QRectF(event.rect())):
                self._chart(painter, area, row, row.label)
        painter.end()

    def _chart(self, painter: QPainter, area: QRectF, row: ShareRow, title: str) -> None:
        text = self.palette().text().color()
        painter.setPen(text)
        painter.drawText(QRectF(area.left() + 4, area.top() + 2, area.width() - 8, 16), title)
        plot = area.adjusted(30, 22, -8, -20)
        painter.setPen(QPen(QColor("#C8C8C8"), 0.5))
        for percent in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * percent / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y - 7, 26, 14), Qt.AlignmentFlag.AlignRight, str(percent))
            painter.setPen(QPen(QColor("#C8C8C8"), 0.5))
        columns = [c for c, share in enumerate(row.shares) if share is not None]
        if not columns:
            return
        if len(columns) == 1:  # one working day: a short level stroke in the middle
            plot = QRectF(plot.center().x() - 12, plot.top(), 24, plot.height())
            columns = columns * 2
        step = plot.width() / max(len(columns) - 1, 1)

        def point(position: int, value: float) -> QPointF:
            return QPointF(plot.left() + position * step, plot.bottom() - plot.height() * min(value, 100) / 100)

        limits = [row.limits[c] for c in columns]
        if all(limit is not None for limit in limits):
            pen = QPen(text, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for position in range(len(columns) - 1):
                painter.drawLine(point(position, limits[position] or 0), point(position + 1, limits[position + 1] or 0))
        painter.setPen(QPen(text, 1.8))
        shares = [row.shares[c] or 0.0 for c in columns]
        for position in range(len(columns) - 1):
            painter.drawLine(point(position, shares[position]), point(position + 1, shares[position + 1]))
        painter.setPen(text)
        labels = (
            (0, Qt.AlignmentFlag.AlignLeft),
            (len(columns) // 2, Qt.AlignmentFlag.AlignHCenter),
            (len(columns) - 1, Qt.AlignmentFlag.AlignRight),
        )
        for position, alignment in labels:
            day = self._table.dates[columns[position]]
            x = plot.left() + position * step
            shift = {
                Qt.AlignmentFlag.AlignLeft: 0,
                Qt.AlignmentFlag.AlignHCenter: -20,
                Qt.AlignmentFlag.AlignRight: -40,
            }
            painter.drawText(QRectF(x + shift[alignment], plot.bottom() + 2, 40, 14), alignment, f"{day:%d/%m}")


class RecapDialog(QDialog):
    """Pick plans, recap them, look at the tables and the chart, export, open a plan."""

    def __init__(
        self, catalog: Catalog, open_plan: OpenPlan, folders: LastFolders, parent: QWidget | None = None
    ) -> None:
        """An empty recap; the buttons at the top choose what to read; file dialogs open where ``folders`` says."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rekap beberapa rencana"))
        self._catalog = catalog
        self._open_plan = open_plan
        self._folders = folders
        self._expected: tuple[str, ...] = ()
        self._inputs: list[Path] = []
        self.recap: Recap | None = None
        self.job: Job | None = None
        self.files_button = QPushButton(self.tr("Pilih &berkas…"))
        self.folder_button = QPushButton(self.tr("Pilih &folder…"))
        self.expect_button = QPushButton(self.tr("Daftar unit yang &wajib mengirim…"))
        self.range_box = QCheckBox(self.tr("Hanya &tanggal"))
        self.range_box.setToolTip(
            self.tr(
                "Tampilkan hanya hari dalam rentang ini; kesalahan tiap rencana tetap dihitung untuk seluruh rencana"
            )
        )
        today = dt.date.today()
        self.first_edit = QDateEdit(to_qdate(today.replace(day=1)))
        self.last_edit = QDateEdit(to_qdate(today))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("Ekspor &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Ekspor E&xcel…"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
        self.summary = QLabel(self.tr("Pilih berkas rencana (.jadwal) atau folder yang berisi rencana unit-unit."))
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.plans = QTableWidget(0, 8)
        self.plans.setHorizontalHeaderLabels(
            [
                self.tr("Unit / perangkat daerah"),
                self.tr("Berkas"),
                self.tr("Surat edaran"),
                self.tr("Periode"),
                self.tr("Pegawai"),
                self.tr("Kesalahan"),
                self.tr("Peringatan"),
                self.tr("Tanda tangan"),
            ]
        )
        self.plans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plans.setToolTip(self.tr("Klik dua kali sebuah baris untuk membuka rencananya"))
        self.shares = QTableView()
        self.shares.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.tabs = QTabWidget()
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.addWidget(self.summary)
        head_layout.addWidget(QLabel(self.tr("Masalah antarrencana dan pemeriksaan gabungan:")))
        head_layout.addWidget(self.problems)
        self.tabs.addTab(head, self.tr("Ringkasan"))
        self.tabs.addTab(self.plans, self.tr("Rencana"))
        self.tabs.addTab(self.shares, self.tr("Pangsa per hari"))
        self.tabs.addTab(self.chart_area, self.tr("Grafik"))
        top = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.expect_button):
            top.addWidget(button)
        top.addWidget(self.range_box)
        top.addWidget(self.first_edit)
        top.addWidget(QLabel("–"))
        top.addWidget(self.last_edit)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.files_button.clicked.connect(self._on_files_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.expect_button.clicked.connect(self._on_expect_button_clicked)
        self.range_box.toggled.connect(self._on_range_box_toggled)
        self.pdf_button.clicked.connect(lambda: self._export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self._export(".xlsx"))
        self.plans.cellDoubleClicked.connect(self._on_plans_cell_double_clicked)
        self.resize(1200, 760)

    # ---- choosing and reading ------------------------------------------------------------

    def _on_files_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih rencana"),
            self._folders.folder(FileKind.PLAN),
            self.tr("Rencana Jadwal Kerja ASN (*{extension})").format(extension=EXTENSION),
        )
        if names:
            self._folders.remember(FileKind.PLAN, Path(names[0]))
            self.start([Path(name) for name in names])

    def _on_folder_button_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder rencana"), self._folders.folder(FileKind.PLAN)
        )
        if name:
            self._folders.remember(FileKind.PLAN, Path(name))
            self.start([Path(name)])

    def _on_range_box_toggled(self, checked: bool) -> None:
        self.first_edit.setEnabled(checked)
        self.last_edit.setEnabled(checked)

    def days(self) -> tuple[dt.date, dt.date] | None:
        """The range chosen, or None for every day of the plans."""
        if not self.range_box.isChecked():
            return None
        first, last = from_qdate(self.first_edit.date()), from_qdate(self.last_edit.date())
        return (first, last) if first <= last else (last, first)

    def _on_expect_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Daftar unit (satu nama per baris)"),
            self._folders.folder(FileKind.PLAN),
            self.tr("Teks (*.txt)"),
        )
        if not name:
            return
        self._folders.remember(FileKind.PLAN, Path(name))
        try:
            self._expected = read_expected(Path(name))
        except PlannerError as error:
            QMessageBox.warning(self, self.tr("Daftar unit tidak dapat dibaca"), error_text(error))
            return
        self.expect_button.setText(self.tr("Daftar unit: {count} unit").format(count=len(self._expected)))
        if self._inputs:
            self.start(self._inputs)

    def start(self, inputs: Sequence[Path]) -> Job:
        """Read ``inputs`` (plan files and folders) in a worker thread; the views fill in when it ends."""
        self._inputs = list(inputs)
        catalog, expected, days = self._catalog, self._expected, self.days()
        job = Job(
            lambda progress: _compute(inputs, catalog, expected, days, progress),
            self,
            label=self.tr("Membaca dan memeriksa rencana…"),
            title=self.tr("Rekap"),
            failure_title=self.tr("Rekap gagal"),
            bug=self.tr("Kesalahan tak terduga saat merekap: {error}"),
        )
        job.finished.connect(self._on_job_finished)
        for ended in (job.finished, job.failed, job.cancelled):
            ended.connect(lambda *_: self._set_choosing(enabled=True))
        self._set_choosing(enabled=False)
        self.job = job
        job.start()
        return job

    def _set_choosing(self, *, enabled: bool) -> None:
        """While a recap is read, another cannot be started."""
        for widget in (self.files_button, self.folder_button, self.expect_button, self.range_box):
            widget.setEnabled(enabled)

    def _on_job_finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        recap, table = result
        self.show_recap(recap, table)

    # ---- showing -------------------------------------------------------------------------

    def show_recap(self, recap: Recap, table: ShareTable | None) -> None:
        """Fill every tab from ``recap``."""
        self.recap = recap
        plans = recap.plans
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(bool(plans))
        clean = sum(1 for plan in plans if plan.errors == 0)
        lines = [
            self.tr("{count} rencana direkap, {staff} pegawai.").format(
                count=len(plans), staff=sum(plan.staff for plan in plans)
            ),
            self.tr("Tanpa kesalahan: {clean} · dengan kesalahan: {errors}").format(
                clean=clean, errors=len(plans) - clean
            ),
            self.tr(
                "Ditandatangani dan masih sesuai: {ok} · sudah berubah sejak ditandatangani: {changed} · "
                "belum ditandatangani: {unsigned}"
            ).format(
                ok=sum(1 for plan in plans if plan.matches_signed),
                changed=sum(1 for plan in plans if plan.signed and not plan.matches_signed),
                unsigned=sum(1 for plan in plans if not plan.signed),
            ),
        ]
        if recap.expected:
            lines.append(
                self.tr("Unit yang belum mengirim ({count} dari {total}): {names}").format(
                    count=len(recap.missing),
                    total=len(recap.expected),
                    names=", ".join(recap.missing) or self.tr("tidak ada"),
                )
            )
        if not plans:
            lines = [self.tr("Tidak ada rencana yang dapat direkap.")]
        self.summary.setText("\n".join(lines))
        notes = [self._problem_text(problem) for problem in recap.problems]
        for check in recap.combined:
            rules = describe_counts(check.by_rule)  # the domain's words, in Indonesian like the violations
            notes.append(
                self.tr(
                    "Pemeriksaan gabungan {agency} ({circular}, {plans} rencana, {staff} pegawai): "
                    "{errors} kesalahan, {warnings} peringatan ({rules})."
                ).format(
                    agency=check.agency,
                    circular=check.circular_name,
                    plans=len(check.files),
                    staff=check.staff,
                    errors=check.errors,
                    warnings=check.warnings,
                    rules=rules,
                )
            )
        self.problems.setPlainText("\n".join(notes))
        self.plans.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            signature = (
                self.tr("Belum")
                if not plan.signed
                else (self.tr("Sesuai") if plan.matches_signed else self.tr("BERUBAH"))
            )
            values = [
                plan.department,
                plan.path.name,
                plan.circular_id,
                f"{plan.first:%d/%m/%Y} – {plan.last:%d/%m/%Y}",
                str(plan.staff),
                str(plan.errors),
                str(plan.warnings),
                signature,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(plan.path))
                if column == 5 and plan.errors:
                    item.setBackground(QBrush(OVER_BRUSH))
                self.plans.setItem(row, column, item)
        if table is not None:
            self.shares.setModel(ShareModel(table, self.shares))
            self.chart_area.setWidget(ShareChart(table))
        else:
            self.shares.setModel(None)
            self.chart_area.setWidget(QWidget())

    def _problem_text(self, problem: RecapProblem) -> str:
        """A file that could not be read in the interface language; the other problems in the recap's words."""
        if problem.code is ProblemCode.UNREADABLE and problem.error is not None:
            return self.tr("{error} — tidak direkap.").format(error=error_text(problem.error))
        return describe_problem(problem)

    def _on_plans_cell_double_clicked(self, row: int, _column: int) -> None:
        if self.recap is not None and 0 <= row < len(self.recap.plans):
            self._open_plan(self.recap.plans[row].path)

    # ---- exporting -----------------------------------------------------------------------

    def _export(self, suffix: str) -> None:
        recap = self.recap
        if recap is None:
            return
        kinds = {".pdf": self.tr("Laporan PDF (*.pdf)"), ".xlsx": self.tr("Buku kerja Excel (*.xlsx)")}
        kind = FileKind.PDF if suffix == ".pdf" else FileKind.EXCEL
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor rekap"), self._folders.suggest(kind, "rekap", suffix), kinds[suffix]
        )
        if name:
            path = Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
            self._folders.remember(kind, path)
            self.export_to(path)

    def export_to(self, path: Path) -> Job | None:
        """Write the recap to ``path`` (.pdf or .xlsx) in a worker thread."""
        recap = self.recap
        if recap is None:
            return None

        def work(progress: Progress) -> object:
            from planner.recap.export import write_recap  # noqa: PLC0415 - reportlab/openpyxl on export only

            progress(0, 1)
            write_recap(recap, path)
            return path

        job = Job(
            work,
            self,
            label=self.tr("Menulis rekap…"),
            title=self.tr("Ekspor rekap"),
            failure_title=self.tr("Rekap tidak dapat ditulis"),
            bug=self.tr("Kesalahan tak terduga saat menulis rekap: {error}"),
        )
        job.finished.connect(
            lambda written: self.summary.setText(
                self.summary.text() + "\n" + self.tr("Tersimpan: {path}").format(path=written)
            )
        )
        self.job = job
        job.start()
        return job


def show_recap_dialog(catalog: Catalog, open_plan: OpenPlan, folders: LastFolders, parent: QWidget) -> RecapDialog:
    """Open the recap window (not modal: the user may open plans from it and come back)."""
    dialog = RecapDialog(catalog, open_plan, folders, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
