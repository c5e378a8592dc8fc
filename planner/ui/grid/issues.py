"""The issues panel: every violation in Indonesian, with the arithmetic and the clause it comes from.

A large plan can carry tens of thousands of violations, so every row has the same height
(a table view then asks only the visible rows for their text) and a delegate wraps the
text inside that height.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import DAY_ABBREVIATIONS
from planner.domain.policy import Severity
from planner.domain.validation import Violation
from planner.domain.wording import describe
from planner.ui.grid.document import Document, DocumentChange, bulk_edit
from planner.ui.texts import category_label, domain_text, wording

_Index = QModelIndex | QPersistentModelIndex
_COLOURS = {Severity.ERROR: QColor("#A93226"), Severity.WARNING: QColor("#8A5A00")}
_LINES = 5
"""Lines of text each issue gets: where and when, the sentence (up to three lines), the source."""


class IssuesModel(QAbstractListModel):
    """The document's violations, sorted by day, following every change at once.

    A year-long plan may hold 300,000 problems, so the model keeps only how many each day
    has; a day's violations are read (and sorted) when a row of that day is first shown, and
    sentences are worded only for the rows painted. An edit re-counts only the days it
    touched and forgets only their lists, which costs next to nothing however many problems
    there are: the list is brought up to date in the same turn of the event loop as the edit,
    so what it shows never lags behind the plan.
    """

    about_to_refresh = Signal()
    refreshed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        """Follow ``document``'s validation."""
        super().__init__(parent)
        self._document = document
        self._counts: list[int] = []
        """How many violations each day has, as of the last refresh."""
        self._starts: list[int] = []
        """The list row of each day's first violation (running totals of ``_counts``)."""
        self._read: dict[int, list[Violation]] = {}
        """The days whose violations were read, sorted, since they last changed."""
        self._count_days(range(len(document.plan.days)))
        self._pending: set[int] | None = set()
        """Days changed since the last refresh; None for every day (a new plan)."""
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """How many violations there are."""
        return 0 if parent.isValid() or not self._starts else self._starts[-1] + self._counts[-1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The violation's heading and sentence; its source as the tooltip."""
        if not index.isValid():
            return None
        violation = self.violation(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.heading(violation)}\n{self.sentence(violation)}\n{violation.source}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.sentence(violation)}\n" + QCoreApplication.translate("Issues", "Sumber: {source}").format(
                source=violation.source
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return _COLOURS[violation.severity]
        return None

    def heading(self, violation: Violation) -> str:
        """``KESALAHAN · Sel 16/04 · Biro Hukum · Administrasi pemerintahan``."""
        day = violation.day
        label = (
            QCoreApplication.translate("Issues", "KESALAHAN")
            if violation.severity is Severity.ERROR
            else QCoreApplication.translate("Issues", "PERINGATAN")
        )
        where = self._document.plan.roster.unit_name(violation.unit)
        if violation.category is not None:
            where += f" · {category_label(violation.category)}"
        return f"{label} · {domain_text(DAY_ABBREVIATIONS[day.weekday()])} {day:%d/%m} · {where}"

    def sentence(self, violation: Violation) -> str:
        """What is wrong, with the arithmetic."""
        return describe(violation, self._document.plan.roster, wording)

    def violation(self, row: int) -> Violation:
        """The violation shown in ``row``.

        Raises:
            IndexError: no such row.
        """
        if not 0 <= row < self.rowCount():
            raise IndexError(row)
        # The last day starting at or before the row: days without problems share their start
        # with the day after them, so this is the day that holds the row.
        column = bisect.bisect_right(self._starts, row) - 1
        return self._day(column)[row - self._starts[column]]

    def _day(self, column: int) -> list[Violation]:
        violations = self._read.get(column)
        if violations is None:
            with bulk_edit():  # reading a day may build thousands of violations
                violations = self._document.validator.violations_on(column)
            self._read[column] = violations
        return violations

    def _count_days(self, columns: Iterable[int]) -> None:
        validator, n_days = self._document.validator, len(self._document.plan.days)
        if len(self._counts) != n_days:
            self._counts, self._read = [0] * n_days, {}
        for column in columns:
            self._counts[column] = sum(validator.day_counts(column))
            self._read.pop(column, None)
        self._starts = [0, *itertools.accumulate(self._counts[:-1])] if n_days else []

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.structure:
            # A new roster or range may lack the people and units the old list names.
            self._pending = None
        elif change.days and self._pending is not None:
            self._pending |= change.days
        else:
            return
        self.flush()

    def flush(self) -> None:
        """Show the current violations now, if a change is waiting (the list follows each change by itself)."""
        pending = self._pending
        if pending is not None and not pending:
            return
        self._pending = set()
        self.about_to_refresh.emit()
        self.beginResetModel()
        if pending is None:
            self._counts = []
            self._count_days(range(len(self._document.plan.days)))
        else:
            self._count_days(pending)
        self.endResetModel()
        self.refreshed.emit()


class IssueDelegate(QStyledItemDelegate):
    """Draws an issue as a bold heading, the sentence wrapped below it, and the source in grey."""

    def __init__(self, model: IssuesModel, parent: QObject | None = None) -> None:
        """Read violations straight from ``model``."""
        super().__init__(parent)
        self._model = model

    def row_height(self, font: QFont) -> int:
        """The height of every issue's row, so long lists stay fast."""
        return _LINES * QFontMetrics(font).lineSpacing() + 8

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Every issue is as tall as ``row_height``."""
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Heading, sentence and source, each clipped to the row."""
        violation = self._model.violation(index.row())
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        line = QFontMetrics(option.font).lineSpacing()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour if selected else _COLOURS[violation.severity])
        heading = QFontMetrics(bold).elidedText(
            self._model.heading(violation), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, heading)
        bold.setBold(False)
        painter.setFont(bold)
        painter.setPen(text_colour)
        sentence = self._model.sentence(violation)
        body = QRect(rect.left(), rect.top() + line, rect.width(), (_LINES - 2) * line)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        used = painter.drawText(body, flags, sentence)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        source = QFontMetrics(bold).elidedText(violation.source, Qt.TextElideMode.ElideRight, rect.width())
        # The source follows the sentence directly: a short sentence leaves no blank line above it.
        top = min(used.bottom() + 1, body.bottom() + 1)
        painter.drawText(QRect(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignLeft, source)
        painter.restore()


class IssuesPanel(QWidget):
    """A count, then a list of the plan's problems; choosing one asks the window to select its cells."""

    violation_chosen = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        """Show ``document``'s violations."""
        super().__init__(parent)
        self._document = document
        self.model = IssuesModel(document, self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 4)
        # A one-column table rather than a list: after a reset a QListView asks the model about
        # every row to lay them out, a table with fixed row heights only about the visible ones.
        self.view = QTableView(self)
        self.view.setModel(self.model)
        delegate = IssueDelegate(self.model, self.view)
        self.view.setItemDelegate(delegate)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(delegate.row_height(self.view.font()))
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.model.about_to_refresh.connect(self._on_model_about_to_refresh)
        self.model.refreshed.connect(self._on_model_refreshed)
        self._scroll = 0
        document.changed.connect(self._on_document_changed)
        self._show_counts()

    def _on_model_about_to_refresh(self) -> None:
        self._scroll = self.view.verticalScrollBar().value()

    def _on_model_refreshed(self) -> None:
        # Working down the list, the user keeps their place when a fix removes a problem above.
        self.view.verticalScrollBar().setValue(self._scroll)

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.days or change.structure:
            self._show_counts()

    def _show_counts(self) -> None:
        validator = self._document.validator
        if validator.errors or validator.warnings:
            text = self.tr("{errors} kesalahan, {warnings} peringatan. Klik salah satu untuk memilih selnya.").format(
                errors=validator.errors, warnings=validator.warnings
            )
        else:
            text = self.tr("Tidak ada masalah: rencana sesuai surat edaran dan kebijakan instansi.")
        self.summary.setText(text)

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.violation_chosen.emit(self.model.violation(index.row()))
