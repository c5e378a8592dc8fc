"""The grid on screen: No, Nama and Jabatan stay put while the days scroll beside them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.nip import Nip
from planner.domain.policy import Severity
from planner.ui.grid.grid_model import FIXED_COLUMNS, REMOTE_COLUMN, GridModel

ROW_HEIGHT = 38
"""A staff row at zoom 1: the name over the NIP."""
COMPACT_ROW_HEIGHT = 24
"""A staff row at zoom 1 with compact names (one line)."""
DAY_WIDTH = 46
NARROW_DAY_WIDTH = 34
"""Below this a day header is compact and a cell shows its key letter (H for WFH) instead of the code."""
FIT_MINIMUM_DAY_WIDTH = 18
"""The narrowest day column "Muat satu periode" makes: a letter still reads."""
ZOOM_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
FIXED_WIDTHS = (36, 240, 170, 34)
"""No, Nama / NIP, Jabatan and JJ when nothing was remembered: the days keep most of a laptop screen."""
COMPACT_NAME_WIDTH = 180
_MARKS = {Severity.ERROR: QColor("#C0392B"), Severity.WARNING: QColor("#D68910")}
_HATCH = QBrush(QColor("#BDBDBD"), Qt.BrushStyle.BDiagPattern)
_LOCK_COLOUR = QColor("#4A4A4A")
_SELECTED = QStyle.StateFlag.State_Selected
_BASE, _TEXT, _HIGHLIGHT = QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight
_CENTRE = Qt.AlignmentFlag.AlignCenter
_NO_BRUSH = Qt.BrushStyle.NoBrush


class CellDelegate(QStyledItemDelegate):
    """Paints a day cell: the status colour, the code in bold, a hatch on days off, a mark on problems.

    The mark is a thick border plus a corner triangle, so it reads without colour too.
    """

    def __init__(self, model: GridModel, parent: QObject | None = None) -> None:
        """Paint cells of ``model``, asking it directly for the marks (no QVariant round trip per role)."""
        super().__init__(parent)
        self._model = model
        self._bold: tuple[float, QFont] | None = None

    def _bold_font(self, font: QFont) -> QFont:
        """The view's font in bold, made once per size (the zoom changes it)."""
        size = font.pointSizeF()
        if self._bold is None or self._bold[0] != size:
            bold = QFont(font)
            bold.setBold(True)
            self._bold = (size, bold)
        return self._bold[1]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the cell, then the hatch and the problem mark over it."""
        # Called for every cell on screen: Qt's enums are read from module constants, not looked up per cell.
        selected = bool(option.state & _SELECTED)
        rect: QRect = option.rect
        cell = self._model.cell_face(index.row(), index.column())
        painter.save()
        if cell is None:
            # Unit and summary rows: the style's own painting, from the model's roles.
            option.font.setBold(True)
            if selected:
                # The style would paint the selection over the colour and hide the text:
                # paint the cell as it is, then a see-through highlight and a border on top.
                option.state &= ~_SELECTED
            super().paint(painter, option, index)
            marks = self._model.marks(index.row(), index.column())
        else:
            # Staff cells, most of what is on screen: painted straight from the plan, without
            # the style asking the model for seven roles per cell.
            text, background, marks = cell
            if background is None and selected:
                # The row's selection the style painted underneath would hide the light overlay below.
                background = option.palette.color(_BASE)
            if background is not None:
                painter.fillRect(rect, background)
            if text:
                painter.setFont(self._bold_font(option.font))
                painter.setPen(option.palette.color(_TEXT))
                painter.drawText(rect, _CENTRE, text)
        if selected:
            highlight = option.palette.color(_HIGHLIGHT)
            painter.fillRect(rect, QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if marks.day_off:
            painter.fillRect(rect, _HATCH)
        if marks.locked:
            _draw_lock(painter, rect)
            painter.setBrush(_NO_BRUSH)
        severity = marks.severity
        if severity is not None:
            colour = _MARKS[severity]
            painter.setPen(QPen(colour, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            corner = QPolygon([rect.topRight(), rect.topRight() + QPoint(-8, 0), rect.topRight() + QPoint(0, 8)])
            painter.setBrush(colour)
            painter.drawPolygon(corner)
        painter.restore()


def _draw_lock(painter: QPainter, rect: QRect) -> None:
    """A small padlock in the bottom-left corner: the cell is kept as it is by automatic filling."""
    left, bottom = rect.left() + 3, rect.bottom() - 3
    painter.setPen(QPen(_LOCK_COLOUR, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRect(left + 1, bottom - 11, 6, 8), 0, 180 * 16)
    painter.setBrush(_LOCK_COLOUR)
    painter.drawRect(QRect(left, bottom - 6, 8, 6))


class _FixedColumnsView(QTableView):
    """No, Nama / NIP, Jabatan and JJ: an edit of cells repaints the JJ count only, not every name."""

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """A change from the JJ column rightwards (the days, hidden here) repaints the JJ strip only.

        Qt repaints the whole view for any change of more than one cell, and the names and
        positions are most of what painting this view costs.
        """
        if top_left.column() >= REMOTE_COLUMN:
            left = self.columnViewportPosition(REMOTE_COLUMN)
            self.viewport().update(QRect(left, 0, self.columnWidth(REMOTE_COLUMN), self.viewport().height()))
            return
        super().dataChanged(top_left, bottom_right, roles)


class GridView(QWidget):
    """Two table views over one model and one selection: the fixed columns and the days.

    With the brush on (``brush_active``), pressing and dragging over day cells reports each
    cell once through ``cell_painted``, between ``paint_started`` and ``paint_finished``.
    """

    paint_started = Signal()
    cell_painted = Signal(int, int)
    """Roster row and day column of a cell the brush passed over."""
    paint_finished = Signal()
    filter_changed = Signal(str)
    """The text typed in the filter field."""

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        """Lay out both views and keep their scrolling and selection together."""
        super().__init__(parent)
        self.model = model
        self.zoom = 1.0
        self._day_width = DAY_WIDTH
        self._base_font = self.font()
        self._remembered_widths = list(FIXED_WIDTHS)
        self.brush_active = False
        self._painting = False
        self._painted: set[tuple[int, int]] = set()
        self.fixed = _FixedColumnsView(self)
        self.days = QTableView(self)
        for view in (self.fixed, self.days):
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.horizontalHeader().setFixedHeight(44)
            view.setWordWrap(False)
            view.setCornerButtonEnabled(False)
        self.days.setSelectionModel(self.fixed.selectionModel())
        self.selection = self.fixed.selectionModel()

        self._split_columns()
        for column, width in enumerate(FIXED_WIDTHS):
            self.fixed.setColumnWidth(column, width)
        self.fixed.horizontalHeader().sectionResized.connect(self._on_fixed_header_section_resized)
        self._on_fixed_header_section_resized()
        model.modelReset.connect(self._split_columns)
        self.days.viewport().installEventFilter(self)
        self.fixed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fixed.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fixed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days.horizontalHeader().setDefaultSectionSize(DAY_WIDTH)
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.days.setItemDelegate(CellDelegate(model, self.days))
        self.days.horizontalScrollBar().rangeChanged.connect(self._on_days_scroll_range_changed)
        self.days.verticalScrollBar().valueChanged.connect(self.fixed.verticalScrollBar().setValue)
        self.fixed.verticalScrollBar().valueChanged.connect(self.days.verticalScrollBar().setValue)

        self.filter_bar = QWidget(self)
        self.filter_edit = QLineEdit(self.filter_bar)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Cari nama, NIP, jabatan atau unit…"))
        self.filter_edit.setMaxLength(200)
        self.filter_count = QLabel(self.filter_bar)
        self.filter_edit.textChanged.connect(self.filter_changed)
        self.filter_edit.installEventFilter(self)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(QLabel(self.tr("Saring:"), self.filter_bar))
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.filter_count)
        self.filter_bar.hide()

        views = QHBoxLayout()
        views.setContentsMargins(0, 0, 0, 0)
        views.setSpacing(0)
        views.addWidget(self.fixed)
        views.addWidget(self.days, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addLayout(views, 1)
        self.setFocusProxy(self.days)

    def open_filter(self) -> None:
        """Show the filter field and put the cursor in it (Ctrl+F)."""
        self.filter_bar.show()
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def close_filter(self) -> None:
        """Empty and hide the filter field: everyone is shown again (Esc)."""
        self.filter_edit.clear()
        self.filter_bar.hide()
        self.days.setFocus()

    def _split_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.days.setColumnHidden(column, column < FIXED_COLUMNS)
            self.fixed.setColumnHidden(column, column >= FIXED_COLUMNS)

    def _on_fixed_header_section_resized(self, *_args: int) -> None:
        width = sum(self.fixed.columnWidth(column) for column in range(FIXED_COLUMNS))
        self.fixed.setFixedWidth(width + 2 * self.fixed.frameWidth())

    def column_widths(self) -> list[int]:
        """Widths of the fixed columns, to remember between sessions."""
        if self.model.compact_names:
            return list(self._remembered_widths)
        return [self.fixed.columnWidth(column) for column in range(FIXED_COLUMNS)]

    def set_column_widths(self, widths: list[int]) -> None:
        """Restore remembered widths of the fixed columns (ignored unless there is one per column)."""
        if len(widths) == FIXED_COLUMNS:
            for column, width in enumerate(widths):
                self.fixed.setColumnWidth(column, max(24, min(width, 600)))
            self._remembered_widths = self.column_widths()

    # ---- zoom and compact columns ---------------------------------------------------------

    def set_compact_names(self, compact: bool) -> None:
        """Names on one line without the NIP, no Jabatan column: more room for the days."""
        if compact == self.model.compact_names:
            return
        if compact:
            self._remembered_widths = self.column_widths()
        self.model.set_compact_names(compact)
        self.fixed.setColumnHidden(2, compact)
        self.fixed.setColumnWidth(1, COMPACT_NAME_WIDTH if compact else self._remembered_widths[1])
        self._apply_zoom()

    def set_zoom(self, zoom: float) -> None:
        """Scale rows, day columns and text; 1 is the normal size."""
        self.zoom = max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))
        self._day_width = round(DAY_WIDTH * self.zoom)
        self._apply_zoom()

    def zoom_in(self) -> None:
        """The next larger zoom step."""
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        """The next smaller zoom step."""
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 0.01), ZOOM_STEPS[0]))

    def fit_period(self) -> None:
        """Day columns as narrow as needed for the whole period to fit beside the fixed columns."""
        days = self.model.columnCount() - FIXED_COLUMNS
        if days <= 0:
            return
        room = self.width() - self.fixed.width() - self.days.verticalScrollBar().sizeHint().width() - 4
        width = max(FIT_MINIMUM_DAY_WIDTH, min(DAY_WIDTH, room // days))
        self.zoom = min(1.0, width / DAY_WIDTH)
        self._day_width = width
        self._apply_zoom()

    def day_width(self) -> int:
        """The width of each day column now."""
        return self._day_width

    def _apply_zoom(self) -> None:
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * max(self.zoom, 0.7)))
        base = COMPACT_ROW_HEIGHT if self.model.compact_names else ROW_HEIGHT
        height = max(16, round(base * max(self.zoom, 0.6)))
        for view in (self.fixed, self.days):
            view.setFont(font)
            view.verticalHeader().setDefaultSectionSize(height)
        self.days.horizontalHeader().setFont(font)
        self.days.horizontalHeader().setDefaultSectionSize(self._day_width)
        # A narrow day header shows the day's initial over the date.
        self.model.set_compact_headers(self._day_width < NARROW_DAY_WIDTH)
        self._on_fixed_header_section_resized()

    # ---- the brush -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the filter closes it; presses and drags on the day cells are brush strokes while the brush is on."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_filter()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.days.setFocus()
                return True
        if watched is not self.days.viewport() or not self.brush_active:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            self._painting = True
            self._painted.clear()
            self.paint_started.emit()
            self._paint_at(event.position().toPoint())
            return True
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._painting:
            self._paint_at(event.position().toPoint())
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._painting:
            self._painting = False
            self.paint_finished.emit()
            return True
        return super().eventFilter(watched, event)

    def _paint_at(self, position: QPoint) -> None:
        index = self.days.indexAt(position)
        if not index.isValid() or index.column() < FIXED_COLUMNS:
            return
        staff_row = self.model.staff_row(index.row())
        if staff_row is None:
            return
        cell = (staff_row, index.column() - FIXED_COLUMNS)
        if cell not in self._painted:
            self._painted.add(cell)
            self.cell_painted.emit(*cell)

    def _on_days_scroll_range_changed(self, _minimum: int, _maximum: int) -> None:
        # Both views must show the same rows: give the fixed view room for the days' scroll bar.
        bar = self.days.horizontalScrollBar()
        margin = bar.sizeHint().height() if bar.isVisible() else 0
        self.fixed.setViewportMargins(0, 0, 0, margin)

    def selected_cells(self) -> list[tuple[Nip, dt.date]]:
        """Every selected staff cell on a day, as (NIP, date), in grid order.

        Reads the selection's ranges rather than its indexes: a whole-plan selection has
        hundreds of thousands of cells but only a handful of ranges.
        """
        plan = self.model.document.plan
        cells: set[tuple[int, int, int]] = set()
        for row, staff_row, columns in self._selected_runs():
            cells.update((row, staff_row, column) for column in columns)
        staff = plan.roster.staff
        return [(staff[staff_row].nip, plan.days[column]) for _row, staff_row, column in sorted(cells)]

    def selected_positions(self) -> list[tuple[int, int]]:
        """Every selected staff cell on a day as (roster row, day column), each once, range by range.

        What setting statuses needs, without turning each cell into a NIP and a date and back.
        """
        found: list[tuple[int, int]] = []
        for _row, staff_row, columns in self._selected_runs():
            found.extend(zip(itertools.repeat(staff_row), columns))
        return list(dict.fromkeys(found)) if self.selection.selection().size() > 1 else found

    def _selected_runs(self) -> Iterator[tuple[int, int, range]]:
        """(grid row, roster row, day columns) of each staff row in each selected range, range by range."""
        model = self.model
        selection = self.selection.selection()
        for selection_range in (selection.at(i) for i in range(selection.size())):
            left = max(selection_range.left(), FIXED_COLUMNS) - FIXED_COLUMNS
            right = selection_range.right() - FIXED_COLUMNS
            if right < left:
                continue
            columns = range(left, right + 1)
            for row in range(selection_range.top(), selection_range.bottom() + 1):
                staff_row = model.staff_row(row)
                if staff_row is not None:
                    yield row, staff_row, columns

    def select_cells(self, staff_rows: list[int], columns: list[int], *, scroll: bool = True) -> None:
        """Select these people on these days and, unless ``scroll`` is False, scroll to the first.

        People the filter hides are left out.
        """
        staff_rows = [row for row in staff_rows if self.model.grid_row_of_staff(row) >= 0]
        grid_rows = sorted(self.model.grid_row_of_staff(row) for row in staff_rows)
        selection = QItemSelection()
        for top, bottom in _runs(grid_rows):
            for left, right in _runs(sorted(columns)):
                selection.select(
                    self.model.index(top, FIXED_COLUMNS + left), self.model.index(bottom, FIXED_COLUMNS + right)
                )
        self.selection.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if staff_rows and columns:
            first = self.model.index(self.model.grid_row_of_staff(staff_rows[0]), FIXED_COLUMNS + columns[0])
            self.selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.days.scrollTo(first)


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted numbers as (first, last) runs of consecutive values: [1, 2, 3, 7] gives [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        elif not runs or number != runs[-1][1]:
            runs.append((number, number))
    return runs
