"""The grid on screen: No, Nama and Jabatan stay put while the days scroll beside them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.domain.nip import Nip
from planner.domain.policy import Severity
from planner.ui.grid_model import FIXED_COLUMNS, GridModel, Roles, RowKind

ROW_HEIGHT = 38
DAY_WIDTH = 46
_MARKS = {Severity.ERROR: QColor("#C0392B"), Severity.WARNING: QColor("#D68910")}
_HATCH = QBrush(QColor("#BDBDBD"), Qt.BrushStyle.BDiagPattern)


class CellDelegate(QStyledItemDelegate):
    """Paints a day cell: the status colour, the code in bold, a hatch on days off, a mark on problems.

    The mark is a thick border plus a corner triangle, so it reads without colour too.
    """

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the cell, then the hatch and the problem mark over it."""
        option.font.setBold(True)
        super().paint(painter, option, index)
        rect: QRect = option.rect
        painter.save()
        if index.data(Roles.ROW_KIND) is RowKind.STAFF and index.data(Roles.WORKING) is False:
            painter.fillRect(rect, _HATCH)
        severity = index.data(Roles.SEVERITY)
        if severity is not None:
            colour = _MARKS[severity]
            painter.setPen(QPen(colour, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            corner = QPolygon([rect.topRight(), rect.topRight() + QPoint(-8, 0), rect.topRight() + QPoint(0, 8)])
            painter.setBrush(colour)
            painter.drawPolygon(corner)
        painter.restore()


class GridView(QWidget):
    """Two table views over one model and one selection: the fixed columns and the days."""

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        """Lay out both views and keep their scrolling and selection together."""
        super().__init__(parent)
        self.model = model
        self.fixed = QTableView(self)
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

        for column in range(model.columnCount()):
            self.days.setColumnHidden(column, column < FIXED_COLUMNS)
            self.fixed.setColumnHidden(column, column >= FIXED_COLUMNS)
        self.fixed.setColumnWidth(0, 40)
        self.fixed.setColumnWidth(1, 300)
        self.fixed.setColumnWidth(2, 220)
        self.fixed.setFixedWidth(40 + 300 + 220 + 4)
        self.fixed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fixed.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fixed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days.horizontalHeader().setDefaultSectionSize(DAY_WIDTH)
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.days.setItemDelegate(CellDelegate(self.days))
        self.days.horizontalScrollBar().rangeChanged.connect(self._on_days_scroll_range_changed)
        self.days.verticalScrollBar().valueChanged.connect(self.fixed.verticalScrollBar().setValue)
        self.fixed.verticalScrollBar().valueChanged.connect(self.days.verticalScrollBar().setValue)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.fixed)
        layout.addWidget(self.days, 1)
        self.setFocusProxy(self.days)

    def _on_days_scroll_range_changed(self, _minimum: int, _maximum: int) -> None:
        # Both views must show the same rows: give the fixed view room for the days' scroll bar.
        bar = self.days.horizontalScrollBar()
        margin = bar.sizeHint().height() if bar.isVisible() else 0
        self.fixed.setViewportMargins(0, 0, 0, margin)

    def selected_cells(self) -> list[tuple[Nip, dt.date]]:
        """Every selected staff cell on a day, as (NIP, date), in grid order."""
        plan = self.model.document.plan
        cells = []
        for index in sorted(self.selection.selectedIndexes(), key=lambda i: (i.row(), i.column())):
            staff_row = self.model.staff_row(index.row())
            if staff_row is not None and index.column() >= FIXED_COLUMNS:
                cells.append((plan.roster.staff[staff_row].nip, plan.days[index.column() - FIXED_COLUMNS]))
        return cells

    def select_cells(self, staff_rows: list[int], columns: list[int]) -> None:
        """Select these people on these days and scroll to the first."""
        selection = QItemSelection()
        for staff_row in staff_rows:
            row = self.model.grid_row_of_staff(staff_row)
            for column in columns:
                index = self.model.index(row, FIXED_COLUMNS + column)
                selection.select(index, index)
        self.selection.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if staff_rows and columns:
            first = self.model.index(self.model.grid_row_of_staff(staff_rows[0]), FIXED_COLUMNS + columns[0])
            self.selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.days.scrollTo(first)
