"""An open plan: the plan, its circular, live validation, its file and its undo history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.circular import Circular, CircularId
from planner.domain.nip import Nip
from planner.domain.plan import CellEdit, Changes, Plan
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.io.circular_file import Catalog
from planner.storage.plan_file import PlanFile


class Document(QObject):
    """One plan being edited. Every change goes through ``undo_stack``; views listen to the signals."""

    cells_changed = Signal(object)
    """A ``Changes``: which cells changed."""
    validation_changed = Signal(object)
    """A ``frozenset[int]`` of day columns whose figures or violations may have changed; empty means all."""
    circular_changed = Signal()
    file_changed = Signal()
    """The path or the saved state changed."""

    def __init__(self, plan: Plan, catalog: Catalog, path: Path | None = None, file: PlanFile | None = None) -> None:
        """Wrap ``plan``; ``path`` None means a plan not saved yet (the demo, a new plan)."""
        super().__init__()
        self.plan = plan
        self.catalog = catalog
        self.path = path
        self._file = file
        self.calendar: WorkCalendar = indonesian_calendar(plan.first, plan.last)
        self.circular: Circular = catalog.get(plan.circular_id)
        self.validator = Validator(plan, self.circular, self.calendar)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self.file_changed.emit())

    @property
    def modified(self) -> bool:
        """True when there are changes not saved yet."""
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        """The name shown in the window title."""
        return self.path.name if self.path else f"{self.plan.name} (belum disimpan)"

    # ---- editing -------------------------------------------------------------------------

    def set_cells(self, assignments: Iterable[tuple[Nip, dt.date, Status | None]], text: str) -> int:
        """Give cells new statuses as one undo step named ``text``; returns how many changed.

        Days that are not working days for the person are left out, and so are cells that
        already hold the status. A cell named twice takes the last status.
        """
        wanted: dict[tuple[Nip, dt.date], Status | None] = {}
        for nip, day, status in assignments:
            if self.validator.is_working(self.plan.roster.index_of(nip), self.plan.column_of(day)):
                wanted[(nip, day)] = status
        edits = [
            CellEdit(nip, day, old, status)
            for (nip, day), status in wanted.items()
            if (old := self.plan.status_of(nip, day)) is not status
        ]
        if edits:
            self.undo_stack.push(EditCells(self, edits, text))
        return len(edits)

    def apply_edits(self, edits: Sequence[CellEdit]) -> None:
        """Apply edits and bring validation and views up to date (called by undo commands)."""
        self._changed(self.plan.apply(edits))

    def revert_edits(self, edits: Sequence[CellEdit]) -> None:
        """Undo edits (called by undo commands)."""
        self._changed(self.plan.revert(edits))

    def _changed(self, changes: Changes) -> None:
        columns = self.validator.update(changes)
        self.cells_changed.emit(changes)
        self.validation_changed.emit(columns)

    def set_circular(self, circular_id: CircularId) -> None:
        """Check the plan against another circular, as one undo step."""
        if circular_id != self.plan.circular_id:
            self.undo_stack.push(ChangeCircular(self, self.plan.circular_id, circular_id))

    def use_circular(self, circular_id: CircularId) -> None:
        """Switch circular and re-check everything (called by undo commands)."""
        self.plan.circular_id = circular_id
        self.circular = self.catalog.get(circular_id)
        self.validator = Validator(self.plan, self.circular, self.calendar)
        self.circular_changed.emit()
        self.validation_changed.emit(frozenset())

    # ---- files ---------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (Save As) or to the current file.

        Raises:
            PlanFileError: the file could not be written; nothing is marked saved then.
        """
        if path is not None and path != self.path:
            self._file = PlanFile.create(path, self.plan)
            self.path = path
        elif self._file is not None:
            self._file.save(self.plan)
        else:
            raise ValueError("a plan never saved needs a path")
        self.undo_stack.setClean()
        self.file_changed.emit()


class EditCells(QUndoCommand):
    """Setting a group of cells: one undo step, however many cells."""

    def __init__(self, document: Document, edits: Sequence[CellEdit], text: str) -> None:
        """Remember the edits; ``redo`` applies them when pushed."""
        super().__init__(text)
        self._document = document
        self._edits = tuple(edits)

    def redo(self) -> None:
        """Apply the edits."""
        self._document.apply_edits(self._edits)

    def undo(self) -> None:
        """Revert the edits."""
        self._document.revert_edits(self._edits)


class ChangeCircular(QUndoCommand):
    """Choosing another circular for the plan."""

    def __init__(self, document: Document, old: CircularId, new: CircularId) -> None:
        """Remember both circulars."""
        super().__init__(f"Ganti surat edaran ke {document.catalog.get(new).name}")
        self._document, self._old, self._new = document, old, new

    def redo(self) -> None:
        """Use the new circular."""
        self._document.use_circular(self._new)

    def undo(self) -> None:
        """Go back to the old circular."""
        self._document.use_circular(self._old)
