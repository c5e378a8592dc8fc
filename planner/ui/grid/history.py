"""The change history: every undo step with the time it was made."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QUndoView, QWidget

from planner.ui.grid.document import TimedCommand


class _TimeDelegate(QStyledItemDelegate):
    """Puts the step's time before its name ("10.42  Isi 6 sel dengan WFH")."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """Row 0 is the plan as opened; row n is the stack's command n - 1."""
        super().initStyleOption(option, index)
        if index.row() == 0:
            return
        command = self._stack.command(index.row() - 1)
        if isinstance(command, TimedCommand):
            option.text = f"{command.time:%H.%M}  {option.text}"


class HistoryView(QUndoView):
    """The document's undo stack as a list; clicking a step goes back (or forward) to it."""

    def __init__(self, stack: QUndoStack, empty_label: str, parent: QWidget | None = None) -> None:
        """Show ``stack``; ``empty_label`` names the state before the first step."""
        super().__init__(stack, parent)
        self.setEmptyLabel(empty_label)
        self.setItemDelegate(_TimeDelegate(stack, self))

    def entry_text(self, row: int) -> str:
        """What row ``row`` shows, time included."""
        index = self.model().index(row, 0)
        option = QStyleOptionViewItem()
        delegate = self.itemDelegate()
        assert isinstance(delegate, _TimeDelegate)
        delegate.initStyleOption(option, index)
        return option.text
