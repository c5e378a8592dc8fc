"""Printing the official schedule from the window: export to PDF, print preview, print.

The main window wires three functions to its menu (for instance Berkas › Ekspor PDF…,
Pratinjau cetak…, Cetak…)::

    from planner.ui.printing.pdf_export import export_pdf, preview_schedule, print_schedule

    export_pdf(self.document, self._settings, self)
    preview_schedule(self.document, self._settings, self)
    print_schedule(self.document, self._settings, self)

Each first asks for the options (``PdfOptionsDialog``: paper, orientation, one table or a
section per unit, the LAMPIRAN block, the signing date, draft, a scanned signature), which are
remembered in ``settings`` under ``pdf/``. The plan is copied in the window's thread; the copy
is then checked, laid out and written (or printed) in a worker thread behind a progress dialog
that can cancel, so the window stays responsive; the worker never touches a widget. Each
function returns the running ``ScheduleJob`` (its ``finished`` signal carries the result), or
None when the user cancelled a dialog. A problem the user can fix (errors in the plan without
draft, a missing logo, no signatory …) is shown in a message box with the sentence from
``planner.io.schedule``; after an export the main window's status bar names the file.

Preview and printing do not read the PDF back: QtPdf lives in PySide6-Addons, which the
planner does not ship, and Windows has no PDF rasteriser we could count on. They paint the
same layout instead — the page items of ``layout_schedule`` — with QPainter and the same
embedded Liberation Sans: one layout, two small painters (reportlab's for the file, Qt's for
the screen and the printer). The preview draws each page when it is shown, so a 300-page
schedule opens at once; printing paints on the QPrinter in the worker thread, which Qt allows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import WorkCalendar, format_date_long
from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.io.pades import write_schedule_for_tte
from planner.io.schedule import (
    DRAFT_MARK,
    FONT_FAMILY,
    WATERMARK_OPACITY,
    Attachment,
    Face,
    PageDrawing,
    Paper,
    PdfOptions,
    Progress,
    Schedule,
    check_input,
    layout_schedule,
    write_schedule_pdf,
)
from planner.io.schedule_image import SharedPicture, top_units, weeks_of, write_pictures
from planner.resources import fonts_folder
from planner.ui.dates import from_qdate, to_qdate
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders, safe_file_name
from planner.ui.grid.document import Document
from planner.ui.jobs import Job

SETTINGS_GROUP = "pdf"
"""``settings`` keys of the remembered options start with ``pdf/``."""

PREVIEW_DPI = 96.0
"""Resolution of the preview at 100 %."""


# ---- the options, remembered between sessions -----------------------------------------------


def load_options(settings: QSettings) -> PdfOptions:
    """The options last used (never draft, signed today), or the defaults."""
    try:
        paper = Paper(str(settings.value(f"{SETTINGS_GROUP}/paper", Paper.F4.value)))
    except ValueError:
        paper = Paper.F4
    attachment = None
    if _flag(settings, "attachment", default=False):
        attachment = Attachment(
            heading=str(settings.value(f"{SETTINGS_GROUP}/attachment_heading", "")),
            number=str(settings.value(f"{SETTINGS_GROUP}/attachment_number", "")),
            about=str(settings.value(f"{SETTINGS_GROUP}/attachment_about", "")),
            date=dt.date.today(),
        )
    return PdfOptions(
        paper=paper,
        landscape=_flag(settings, "landscape", default=True),
        per_unit=_flag(settings, "per_unit", default=False),
        attachment=attachment,
        signature_image=str(settings.value(f"{SETTINGS_GROUP}/signature_image", "")),
    )


def save_options(settings: QSettings, options: PdfOptions) -> None:
    """Remember the options for next time, except draft and the dates, which are chosen each time."""
    settings.setValue(f"{SETTINGS_GROUP}/paper", options.paper.value)
    settings.setValue(f"{SETTINGS_GROUP}/landscape", options.landscape)
    settings.setValue(f"{SETTINGS_GROUP}/per_unit", options.per_unit)
    settings.setValue(f"{SETTINGS_GROUP}/signature_image", options.signature_image)
    settings.setValue(f"{SETTINGS_GROUP}/attachment", options.attachment is not None)
    if options.attachment is not None:
        settings.setValue(f"{SETTINGS_GROUP}/attachment_heading", options.attachment.heading)
        settings.setValue(f"{SETTINGS_GROUP}/attachment_number", options.attachment.number)
        settings.setValue(f"{SETTINGS_GROUP}/attachment_about", options.attachment.about)


def _flag(settings: QSettings, key: str, *, default: bool) -> bool:
    # An INI file gives booleans back as the strings "true" and "false".
    value = settings.value(f"{SETTINGS_GROUP}/{key}", default)
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)


class PdfOptionsDialog(QDialog):
    """Paper, orientation, sections, LAMPIRAN, signing date, draft and a scanned signature."""

    def __init__(self, options: PdfOptions, errors: int, parent: QWidget | None = None) -> None:
        """Show ``options``; ``errors`` is the number of validation errors in the plan (0 for none)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak jadwal resmi"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.paper = QComboBox(self)
        for paper in Paper:
            self.paper.addItem(paper.label, paper)
        self.paper.setCurrentIndex(list(Paper).index(options.paper))
        form.addRow(self.tr("&Kertas:"), self.paper)

        orientation = QHBoxLayout()
        self.landscape = QRadioButton(self.tr("&Mendatar"), self)
        self.portrait = QRadioButton(self.tr("&Tegak"), self)
        (self.landscape if options.landscape else self.portrait).setChecked(True)
        orientation.addWidget(self.landscape)
        orientation.addWidget(self.portrait)
        orientation.addStretch()
        form.addRow(self.tr("Arah:"), orientation)

        self.per_unit = QCheckBox(self.tr("Satu bagian per &unit, masing-masing di halaman baru"), self)
        self.per_unit.setChecked(options.per_unit)
        form.addRow("", self.per_unit)

        self.signing_date = QDateEdit(self)
        self.signing_date.setCalendarPopup(True)
        self.signing_date.setDisplayFormat("d MMMM yyyy")
        self.signing_date.setDate(to_qdate(options.signing_date or dt.date.today()))
        form.addRow(self.tr("&Tanggal tanda tangan:"), self.signing_date)

        signature = QHBoxLayout()
        self.signature_image = QLineEdit(options.signature_image, self)
        self.signature_image.setPlaceholderText(self.tr("kosong: ruang untuk tanda tangan basah dan cap"))
        choose = QPushButton(self.tr("&Pilih…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        signature.addWidget(self.signature_image, 1)
        signature.addWidget(choose)
        form.addRow(self.tr("Gambar tanda tangan:"), signature)

        self.attachment = QGroupBox(self.tr("Sebagai &lampiran (blok LAMPIRAN di kanan atas)"), self)
        self.attachment.setCheckable(True)
        self.attachment.setChecked(options.attachment is not None)
        attachment = options.attachment or Attachment()
        attachment_form = QFormLayout(self.attachment)
        self.attachment_heading = QLineEdit(attachment.heading, self.attachment)
        self.attachment_heading.setPlaceholderText(self.tr("mis. SURAT EDARAN SEKRETARIS DAERAH"))
        self.attachment_number = QLineEdit(attachment.number, self.attachment)
        self.attachment_date = QDateEdit(self.attachment)
        self.attachment_date.setCalendarPopup(True)
        self.attachment_date.setDisplayFormat("d MMMM yyyy")
        self.attachment_date.setDate(to_qdate(attachment.date or dt.date.today()))
        self.attachment_about = QLineEdit(attachment.about, self.attachment)
        attachment_form.addRow(self.tr("LAMPIRAN:"), self.attachment_heading)
        attachment_form.addRow(self.tr("NOMOR:"), self.attachment_number)
        attachment_form.addRow(self.tr("TANGGAL:"), self.attachment_date)
        attachment_form.addRow(self.tr("TENTANG:"), self.attachment_about)
        layout.addWidget(self.attachment)

        self.for_tte = QCheckBox(
            self.tr("Siapkan untuk &TTE di aplikasi BSrE (Besign, Panter, SRIKANDI): kolom tanda tangan kosong"), self
        )
        self.for_tte.setChecked(options.for_tte)
        layout.addWidget(self.for_tte)

        self.draft = QCheckBox(self.tr("&Draf (bertanda “{mark}”)").format(mark=DRAFT_MARK), self)
        self.draft.setChecked(options.draft)
        layout.addWidget(self.draft)
        self.errors_note = QLabel(self)
        self.errors_note.setWordWrap(True)
        if errors:
            self.errors_note.setText(
                self.tr(
                    "Rencana ini masih memuat {count} kesalahan, jadi jadwal resmi tidak dapat dicetak. "
                    "Perbaiki kesalahannya (panel Masalah), atau cetak sebagai draf."
                ).format(count=errors)
            )
        else:
            self.errors_note.hide()
        layout.addWidget(self.errors_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> PdfOptions:
        """The options as chosen."""
        attachment = None
        if self.attachment.isChecked():
            attachment = Attachment(
                heading=self.attachment_heading.text().strip(),
                number=self.attachment_number.text().strip(),
                date=from_qdate(self.attachment_date.date()),
                about=self.attachment_about.text().strip(),
            )
        paper = self.paper.currentData()
        assert isinstance(paper, Paper)
        return PdfOptions(
            paper=paper,
            landscape=self.landscape.isChecked(),
            per_unit=self.per_unit.isChecked(),
            attachment=attachment,
            signing_date=from_qdate(self.signing_date.date()),
            draft=self.draft.isChecked(),
            signature_image=self.signature_image.text().strip(),
            for_tte=self.for_tte.isChecked(),
        )

    def _on_choose_clicked(self) -> None:
        start = self.signature_image.text() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih gambar tanda tangan"), start, self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if name:
            self.signature_image.setText(name)


# ---- work in a worker thread, behind a progress dialog ----------------------------------------


class ScheduleJob(Job):
    """A piece of schedule work running in a worker thread, with a progress dialog that can cancel it."""

    def __init__(self, work: Callable[[Progress], object], label: str, parent: QWidget) -> None:
        """Prepare ``work``, which takes a progress callback; ``start`` runs it."""
        super().__init__(
            work,
            parent,
            label=label,
            title=QCoreApplication.translate("ScheduleJob", "Jadwal resmi"),
            failure_title=QCoreApplication.translate("ScheduleJob", "Jadwal tidak dapat dibuat"),
            bug=QCoreApplication.translate("PdfExport", "Kesalahan program saat menyiapkan jadwal: {error}"),
        )
        self.preview: SchedulePreview | None = None
        """The preview a ``preview_schedule`` job opened."""


# ---- painting the page items with QPainter ----------------------------------------------------


@cache
def qt_font_family() -> str:
    """Load the embedded fonts into Qt once and give their family name."""
    family = FONT_FAMILY
    for face in Face:
        loaded = QFontDatabase.addApplicationFont(str(fonts_folder() / face.file_name))
        families = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
        if families:
            family = families[0]
    return family


TEXT_SCALE = 10
"""Text is drawn in tenths of a point: Qt rounds a font's pixel size to a whole number, and 7.5 pt
must not become 8 (every line would come out 5 % wider than the layout measured it)."""


class _QtPainter:
    """Paints ``PageDrawing`` items, whose unit is the point, on a painter already scaled to points."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self._fonts: dict[tuple[Face, float], QFont] = {}
        self._images: dict[str, QImage] = {}
        self._family = qt_font_family()

    def _font(self, face: Face, size: float) -> QFont:
        font = self._fonts.get((face, size))
        if font is None:
            font = QFont(self._family)
            font.setPixelSize(max(1, round(size * TEXT_SCALE)))
            font.setBold(face is Face.BOLD)
            font.setItalic(face is Face.ITALIC)
            # The layout measured every line with reportlab, which neither kerns nor hints.
            font.setKerning(False)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[(face, size)] = font
        return font

    def paint(self, drawing: PageDrawing) -> None:
        """Paint one page: boxes, lines, text, pictures, then the translucent watermark."""
        painter = self._painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for box in drawing.boxes:
            rect = QRectF(box.x, box.y, box.width, box.height)
            if box.fill is not None:
                painter.fillRect(rect, QColor(box.fill))
            if box.line > 0:
                painter.setPen(QPen(QColor("#000000"), box.line))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
        for lines in drawing.lines:
            painter.setPen(QPen(QColor(lines.colour), lines.width))
            painter.drawLines([QLineF(x1, y1, x2, y2) for x1, y1, x2, y2 in lines.segments])
        for text in drawing.texts:
            if text.underline:
                painter.setPen(QPen(QColor(text.colour), 0.06 * text.size))
                line_y = text.y + 0.15 * text.size
                painter.drawLine(QLineF(text.x, line_y, text.x + text.width, line_y))
        for picture in drawing.pictures:
            image = self._images.get(picture.path)
            if image is None:
                image = self._images[picture.path] = QImage(picture.path)
            painter.drawImage(QRectF(picture.x, picture.y, picture.width, picture.height), image)
        painter.save()
        painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        pen_colour = ""
        for text in drawing.texts:
            if text.colour != pen_colour:
                pen_colour = text.colour
                painter.setPen(QColor(pen_colour))
            painter.setFont(self._font(text.face, text.size))
            painter.drawText(QPointF(text.x * TEXT_SCALE, text.y * TEXT_SCALE), text.text)
        for mark in drawing.watermark:
            painter.save()
            painter.setOpacity(WATERMARK_OPACITY)
            painter.setPen(QColor(mark.colour))
            painter.setFont(self._font(mark.face, mark.size))
            painter.translate(mark.x * TEXT_SCALE, mark.y * TEXT_SCALE)
            painter.rotate(-mark.angle)
            painter.drawText(QPointF(0, 0), mark.text)
            painter.restore()
        painter.restore()


def render_page(schedule: Schedule, index: int, dpi: float = PREVIEW_DPI) -> QImage:
    """Page ``index`` (0-based) drawn on a white image at ``dpi``."""
    scale = dpi / 72.0
    image = QImage(
        max(1, round(schedule.width * scale)), max(1, round(schedule.height * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        _QtPainter(painter).paint(schedule.page(index))
    finally:
        painter.end()
    return image


def page_layout(width: float, height: float) -> QPageLayout:
    """The paper for pages of ``width`` × ``height`` points; a size printers know (A4, 8.5 × 13 in) when close."""
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def paint_schedule(schedule: Schedule, printer: QPrinter, progress: Progress | None = None) -> None:
    """Print every page of ``schedule`` on ``printer``'s paper, scaled down to fit if it is smaller.

    Set the paper first (``page_layout``), before the print dialog, so the user sees it and may
    change it. Runs in a worker thread as well as in the window's: Qt allows QPainter on a
    QPrinter there.

    Raises:
        PlannerError: the printer cannot start.
    """
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PlannerError(
            QCoreApplication.translate(
                "PdfExport", "Pencetak tidak dapat dipakai: periksa pencetak yang dipilih, lalu coba lagi."
            )
        )
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(paper.width() / schedule.width, paper.height() / schedule.height, printer.resolution() / 72)
        qt_painter = _QtPainter(painter)
        for index in range(schedule.page_count):
            if index:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            qt_painter.paint(schedule.page(index))
            painter.restore()
            if progress is not None:
                progress(index + 1, schedule.page_count)
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()


# ---- the preview -----------------------------------------------------------------------------


class SchedulePreview(QDialog):
    """The schedule's pages as they will print, one at a time, drawn when shown; Cetak prints them."""

    ZOOMS = (0.0, -1.0, 0.5, 0.75, 1.0, 1.5, 2.0)
    """0 fits the width, -1 the whole page, the others are factors of ``PREVIEW_DPI``."""

    def __init__(
        self, schedule: Schedule, print_pages: Callable[[Schedule], ScheduleJob | None], parent: QWidget
    ) -> None:
        """Show page 1 of ``schedule``; ``print_pages`` prints it (asks for the printer, then prints)."""
        super().__init__(parent)
        self.schedule = schedule
        self._print_pages = print_pages
        self.print_job: ScheduleJob | None = None
        """The printing started last from this preview."""
        self._cache: dict[tuple[int, int], QPixmap] = {}
        self.setWindowTitle(self.tr("Pratinjau cetak — {title}").format(title=schedule.title))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self._previous = QPushButton(self.tr("◀ Sebelumnya"), self)
        self._next = QPushButton(self.tr("Berikutnya ▶"), self)
        self.page = QSpinBox(self)
        self.page.setRange(1, schedule.page_count)
        self._count = QLabel(self.tr("dari {count}").format(count=schedule.page_count), self)
        self.zoom = QComboBox(self)
        for zoom in self.ZOOMS:
            if zoom == 0:
                self.zoom.addItem(self.tr("Selebar jendela"), zoom)
            elif zoom < 0:
                self.zoom.addItem(self.tr("Satu halaman penuh"), zoom)
            else:
                self.zoom.addItem(f"{round(zoom * 100)} %", zoom)
        print_button = QPushButton(self.tr("&Cetak…"), self)
        close_button = QPushButton(self.tr("&Tutup"), self)
        for widget in (self._previous, self.page, self._count, self._next):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(QLabel(self.tr("Perbesaran:"), self))
        bar.addWidget(self.zoom)
        bar.addStretch()
        bar.addWidget(print_button)
        bar.addWidget(close_button)
        layout.addLayout(bar)
        self._scroll = QScrollArea(self)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setBackgroundRole(self._scroll.backgroundRole().Dark)
        self.view = QLabel(self._scroll)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setWidget(self.view)
        layout.addWidget(self._scroll, 1)
        self._previous.clicked.connect(self._on_previous_clicked)
        self._next.clicked.connect(self._on_next_clicked)
        self.page.valueChanged.connect(self._on_page_value_changed)
        self.zoom.currentIndexChanged.connect(self._on_zoom_current_index_changed)
        print_button.clicked.connect(self._on_print_clicked)
        close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, self._on_previous_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, self._on_next_clicked)
        self.resize(1100, 800)
        self._show_page()

    @property
    def current_page(self) -> int:
        """The page shown, from 0."""
        return self.page.value() - 1

    def _dpi(self) -> float:
        zoom = self.zoom.currentData()
        assert isinstance(zoom, float)
        viewport = self._scroll.viewport().size()
        margin = 24
        if zoom == 0:
            return max(20.0, (viewport.width() - margin) * 72 / self.schedule.width)
        if zoom < 0:
            return max(
                20.0,
                min(
                    (viewport.width() - margin) / self.schedule.width,
                    (viewport.height() - margin) / self.schedule.height,
                )
                * 72,
            )
        return PREVIEW_DPI * zoom

    def _show_page(self) -> None:
        ratio = self.devicePixelRatioF()
        dpi = self._dpi()
        key = (self.current_page, round(dpi * ratio))
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) > 6:
                self._cache.clear()
            pixmap = QPixmap.fromImage(render_page(self.schedule, self.current_page, dpi * ratio))
            pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
        self.view.setPixmap(pixmap)
        self.view.resize(pixmap.deviceIndependentSize().toSize())
        self._previous.setEnabled(self.current_page > 0)
        self._next.setEnabled(self.current_page < self.schedule.page_count - 1)

    def _on_previous_clicked(self) -> None:
        self.page.setValue(max(1, self.page.value() - 1))

    def _on_next_clicked(self) -> None:
        self.page.setValue(min(self.schedule.page_count, self.page.value() + 1))

    def _on_page_value_changed(self, _value: int) -> None:
        self._show_page()

    def _on_zoom_current_index_changed(self, _index: int) -> None:
        self._show_page()

    def _on_print_clicked(self) -> None:
        self.print_job = self._print_pages(self.schedule)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the page again when the window changes size."""
        super().resizeEvent(event)
        zoom = self.zoom.currentData()
        if isinstance(zoom, float) and zoom <= 0:
            self._show_page()


# ---- what the menu calls ---------------------------------------------------------------------


def ask_options(document: Document, settings: QSettings, parent: QWidget) -> PdfOptions | None:
    """The options chosen, or None when the user cancelled or the plan cannot be printed with them.

    The checks run here, before any file or printer is asked for, with the same sentences the
    worker would give (it checks its copy of the plan again).
    """
    dialog = PdfOptionsDialog(load_options(settings), document.validator.errors, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()
    save_options(settings, options)
    try:
        check_input(document.plan, document.validator, options)
    except PlannerError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfExport", "Jadwal tidak dapat dibuat"), error_text(error)
        )
        return None
    return options


def snapshot(document: Document) -> tuple[Plan, Circular, WorkCalendar]:
    """A copy of the plan for the worker: the user may go on editing while it works."""
    return document.plan.rebuilt(), document.circular, document.calendar


def default_pdf_path(document: Document, settings: QSettings) -> Path:
    """Where to offer to save the PDF: the folder of the last PDF (``LastFolders``), named after the plan."""
    stem = document.path.stem if document.path else safe_file_name(document.plan.name)
    return Path(LastFolders(settings).folder(FileKind.PDF)) / f"{stem}.pdf"


def remember_pdf_folder(settings: QSettings, path: Path) -> None:
    """The next PDF, picture or signed copy is offered in ``path``'s folder."""
    LastFolders(settings).remember(FileKind.PDF, path)


@runtime_checkable
class OffersFolder(Protocol):
    """A window that can offer to open the folder of a file just written (the main window's *Buka folder*)."""

    def offer_folder(self, path: Path) -> None:
        """Offer to open the folder that holds ``path``."""


def offer_folder(parent: QWidget, path: Path) -> None:
    """*Buka folder* for ``path`` in the window's status bar, when the window offers it."""
    if isinstance(parent, OffersFolder):
        parent.offer_folder(path)


def export_pdf(document: Document, settings: QSettings, parent: QWidget) -> ScheduleJob | None:
    """Ask for the options and a file name, then write the schedule there in a worker thread.

    Returns:
        The running job (``finished`` carries the ``Schedule``), or None when the user cancelled
        or the plan cannot be printed (a message box said why).
    """
    options = ask_options(document, settings, parent)
    if options is None:
        return None
    default = default_pdf_path(document, settings)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfExport", "Ekspor jadwal resmi ke PDF"),
        str(default),
        QCoreApplication.translate("PdfExport", "PDF (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    remember_pdf_folder(settings, path)
    plan, circular, calendar = snapshot(document)

    def work(progress: Progress) -> Schedule:
        if options.for_tte:
            return write_schedule_for_tte(path, plan, circular, calendar, options, progress=progress)
        return write_schedule_pdf(path, plan, circular, calendar, options, progress=progress)

    job = ScheduleJob(
        work, QCoreApplication.translate("PdfExport", "Menyusun jadwal resmi ke {name}…").format(name=path.name), parent
    )

    def done(result: object) -> None:
        if isinstance(parent, QMainWindow) and isinstance(result, Schedule):
            message = QCoreApplication.translate(
                "PdfExport", "Jadwal resmi disimpan ke {path}: {pages} halaman, ID dokumen {id}."
            )
            parent.statusBar().showMessage(
                message.format(path=path, pages=result.page_count, id=result.document_id), 10_000
            )
        offer_folder(parent, path)

    job.finished.connect(done)
    job.start()
    return job


def share_pictures(document: Document, settings: QSettings, parent: QWidget) -> ScheduleJob | None:
    """*Bagikan sebagai gambar*: ask the unit and week, then write PNGs (a phone's width) in a worker.

    Returns:
        The running job (``finished`` carries the list of ``SharedPicture``), or None when cancelled.
    """
    plan, circular, calendar = snapshot(document)
    units = top_units(plan)
    if not units:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PdfExport", "Bagikan sebagai gambar"),
            QCoreApplication.translate("PdfExport", "Rencana ini belum berisi pegawai."),
        )
        return None
    every_unit = QCoreApplication.translate("PdfExport", "Semua unit (satu gambar per unit)")
    names = [every_unit, *(plan.roster.units[unit_id].name for unit_id in units)]
    unit_name, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("PdfExport", "Bagikan sebagai gambar"),
        QCoreApplication.translate("PdfExport", "Unit:"),
        names,
        0,
        False,
    )
    if not accepted:
        return None
    weeks = weeks_of(plan)
    week = None
    if len(weeks) > 1:
        every_week = QCoreApplication.translate("PdfExport", "Semua minggu (satu gambar per minggu)")
        labels = [every_week] + [
            QCoreApplication.translate("PdfExport", "Minggu {number}: {first} – {last}").format(
                number=number, first=format_date_long(first), last=format_date_long(last)
            )
            for number, (first, last) in enumerate(weeks, start=1)
        ]
        chosen, accepted = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("PdfExport", "Bagikan sebagai gambar"),
            QCoreApplication.translate("PdfExport", "Minggu:"),
            labels,
            0,
            False,
        )
        if not accepted:
            return None
        week = labels.index(chosen) or None
    unit = None if unit_name == every_unit else units[names.index(unit_name) - 1]
    default = default_pdf_path(document, settings).with_suffix(".png")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfExport", "Simpan gambar jadwal"),
        str(default),
        QCoreApplication.translate("PdfExport", "Gambar PNG (*.png)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".png") else Path(f"{name}.png")
    remember_pdf_folder(settings, path)

    def work(_progress: Progress) -> list[SharedPicture]:
        return write_pictures(plan, circular, calendar, path, unit=unit, week=week)

    job = ScheduleJob(
        work,
        QCoreApplication.translate("PdfExport", "Menyusun gambar jadwal ke {name}…").format(name=path.name),
        parent,
    )

    def done(result: object) -> None:
        if isinstance(parent, QMainWindow) and isinstance(result, list) and result:
            message = QCoreApplication.translate("PdfExport", "{count} gambar jadwal disimpan di {folder}.")
            parent.statusBar().showMessage(message.format(count=len(result), folder=path.parent), 10_000)
        if isinstance(result, list) and result:
            offer_folder(parent, path)

    job.finished.connect(done)
    job.start()
    return job


def preview_schedule(document: Document, settings: QSettings, parent: QWidget) -> ScheduleJob | None:
    """Ask for the options, lay the schedule out in a worker thread, then show the preview.

    Returns:
        The running job (when it has finished, ``preview`` is the open ``SchedulePreview``), or
        None when the user cancelled or the plan cannot be printed (a message box said why).
    """
    options = ask_options(document, settings, parent)
    if options is None:
        return None
    plan, circular, calendar = snapshot(document)

    def work(progress: Progress) -> Schedule:
        return layout_schedule(plan, circular, calendar, options, progress=progress)

    job = ScheduleJob(work, QCoreApplication.translate("PdfExport", "Menyusun pratinjau jadwal…"), parent)

    def show(result: object) -> None:
        assert isinstance(result, Schedule)
        preview = SchedulePreview(result, lambda schedule: _print_laid_out(schedule, preview, None), parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        job.preview = preview

    job.finished.connect(show)
    job.start()
    return job


def print_schedule(
    document: Document, settings: QSettings, parent: QWidget, printer: QPrinter | None = None
) -> ScheduleJob | None:
    """Ask for the options and the printer, then lay out and print in a worker thread.

    Args:
        document: The open plan.
        settings: Where the options are remembered.
        parent: The window the dialogs belong to.
        printer: The printer to use; None makes one (the print dialog still lets the user choose).

    Returns:
        The running job, or None when the user cancelled a dialog or the plan cannot be printed.
    """
    options = ask_options(document, settings, parent)
    if options is None:
        return None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = options.page_size
    printer.setPageLayout(page_layout(width, height))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    plan, circular, calendar = snapshot(document)
    qt_font_family()  # load the fonts here, in the window's thread, before the worker paints with them

    def work(progress: Progress) -> Schedule:
        schedule = layout_schedule(plan, circular, calendar, options)
        paint_schedule(schedule, printer, progress)
        return schedule

    job = ScheduleJob(work, QCoreApplication.translate("PdfExport", "Mencetak jadwal resmi…"), parent)
    job.start()
    return job


def _print_laid_out(schedule: Schedule, parent: QWidget, printer: QPrinter | None) -> ScheduleJob | None:
    """Ask for the printer and print an already laid-out schedule (the preview's Cetak button)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(schedule.width, schedule.height))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    qt_font_family()  # load the fonts here, in the window's thread, before the worker paints with them

    def work(progress: Progress) -> Schedule:
        paint_schedule(schedule, printer, progress)
        return schedule

    job = ScheduleJob(work, QCoreApplication.translate("PdfExport", "Mencetak jadwal resmi…"), parent)
    job.start()
    return job
