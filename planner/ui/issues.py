"""The issues panel: every violation in Indonesian, with the arithmetic and the clause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from planner.domain.calendar import DAY_ABBREVIATIONS
from planner.domain.policy import Severity
from planner.domain.validation import Violation
from planner.domain.wording import describe
from planner.ui.document import Document

_Index = QModelIndex | QPersistentModelIndex
_COLOURS = {Severity.ERROR: QColor("#A93226"), Severity.WARNING: QColor("#9A6A07")}
_LABELS = {Severity.ERROR: "KESALAHAN", Severity.WARNING: "PERINGATAN"}


class IssuesModel(QAbstractListModel):
    """The document's violations, sorted by day, refreshed after each change."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        """Follow ``document``'s validation."""
        super().__init__(parent)
        self._document = document
        self._violations: list[Violation] = document.validator.violations()
        document.validation_changed.connect(self._on_document_validation_changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """How many violations there are."""
        return 0 if parent.isValid() else len(self._violations)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A line per violation: label, day, unit and category, then the sentence."""
        if not index.isValid():
            return None
        violation = self._violations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            roster = self._document.plan.roster
            day = violation.day
            where = roster.units[violation.unit].name
            if violation.category is not None:
                where += f" · {violation.category.label}"
            return (
                f"{_LABELS[violation.severity]} · {DAY_ABBREVIATIONS[day.weekday()]} {day:%d/%m} · {where}\n"
                f"{describe(violation, roster)}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Sumber: {violation.source}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return _COLOURS[violation.severity]
        return None

    def violation(self, row: int) -> Violation:
        """The violation shown in ``row``."""
        return self._violations[row]

    def _on_document_validation_changed(self, _columns: frozenset[int]) -> None:
        self.beginResetModel()
        self._violations = self._document.validator.violations()
        self.endResetModel()


class IssuesPanel(QWidget):
    """A list of the plan's problems; choosing one asks the window to select its cells."""

    violation_chosen = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        """Show ``document``'s violations."""
        super().__init__(parent)
        self.model = IssuesModel(document, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(False)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.violation_chosen.emit(self.model.violation(index.row()))
