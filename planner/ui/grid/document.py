"""An open plan: the plan, its circular, live validation, its file and its undo history."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip
from planner.domain.plan import CellBatch, Changes, Plan
from planner.domain.status import BLANK, Status
from planner.domain.validation import Validator, WeekContext
from planner.domain.wording import plan_notes
from planner.io.circular_file import Catalog
from planner.storage.plan_file import PlanFile, copy_signoffs
from planner.storage.recovery import Recovery
from planner.ui.file_lock import lock_plan
from planner.ui.texts import wording

UNDO_LIMIT = 200
"""Undo steps kept; each structural step holds a copy of the plan, so the history is bounded."""


@contextlib.contextmanager
def bulk_edit() -> Iterator[None]:
    """Hold Python's cycle collector off while an edit makes tens of thousands of small objects.

    An edit of many cells builds an object per cell (the edits, their keys, the validator's
    records); with the collector on, that many allocations start several full collections, each
    walking every object of the open plan (on 5,000 x 31 about 15 ms apiece). None of these
    objects form cycles, so the collection waits until the edit is done, and what the edit
    kept is then frozen with the plan (``gc.freeze``): no later collection walks it either.
    The window unfreezes and collects everything when it opens another plan.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # Left young, what the edit kept is walked by the first collection after it: 7 ms
            # after a 10,000-cell edit of 5,000 x 31, whose re-check rebuilds tens of thousands of keys.
            gc.freeze()
            gc.enable()


@dataclass(frozen=True, slots=True)
class DocumentChange:
    """What one edit, undo or redo changed; each view decides from it what to repaint (Anki's ``OpChanges``)."""

    cells: tuple[tuple[int, int], ...] = ()
    """(roster row, day column) of every cell whose status changed."""
    locks: tuple[tuple[int, int], ...] = ()
    """(roster row, day column) of every cell locked or unlocked."""
    days: frozenset[int] = frozenset()
    """Day columns whose figures or problems may have changed."""
    structure: bool = False
    """The roster, range, circular, policy or profile changed: every view rebuilds, every day is re-checked."""


class Document(QObject):
    """One plan being edited. Every change goes through ``undo_stack``; views listen to ``changed``."""

    changed = Signal(object)
    """A ``DocumentChange``: the one signal an edit, undo or redo sends."""
    file_changed = Signal()
    """The path or the saved state changed."""

    def __init__(
        self,
        plan: Plan,
        catalog: Catalog,
        path: Path | None = None,
        file: PlanFile | None = None,
        lock: QLockFile | None = None,
    ) -> None:
        """Wrap ``plan``; ``path`` None means a plan not saved yet (the demo, a new plan).

        Raises:
            PlannerError: the plan names a circular the catalogue does not have.
        """
        super().__init__()
        self.plan = plan
        self.catalog = catalog
        self.path = path
        self._file = file
        self._lock = lock
        self._calendar_years = range(0)
        self.calendar = self._calendar_for(plan)
        self.circular: Circular = catalog.get(plan.circular_id)
        self.week_context: WeekContext | None = None
        """Cells of a neighbouring plan for the days of the first and last week outside this plan."""
        self.context_path: Path | None = None
        """The file ``week_context`` was read from; None when weekly caps see only this plan."""
        self.validator = Validator(plan, self.circular, self.calendar)
        self._strokes = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    @classmethod
    def open(cls, path: Path, catalog: Catalog) -> Document:
        """Open a plan file and claim it for this window.

        Raises:
            PlannerError: the file cannot be read, is open elsewhere, or names an unknown circular.
        """
        path = path.resolve()
        lock = lock_plan(path)
        try:
            file, plan = PlanFile.open(path)
            return cls(plan, catalog.including(file.circular_copy), path, file, lock)
        except PlannerError:
            if lock is not None:
                lock.unlock()
            raise

    @property
    def modified(self) -> bool:
        """True when there are changes not saved yet."""
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        """The name shown in the window title."""
        return (
            self.path.name
            if self.path
            else QCoreApplication.translate("Document", "{name} (belum disimpan)").format(name=self.plan.name)
        )

    def close(self) -> None:
        """Let other windows open the file again."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def reclaim(self) -> None:
        """Claim the file again after ``close`` (a reload that failed); quietly none if it is taken now."""
        if self._lock is None and self.path is not None:
            try:
                self._lock = lock_plan(self.path)
            except PlannerError:
                self._lock = None

    # ---- cells ---------------------------------------------------------------------------

    def next_stroke(self) -> int:
        """A number for a new brush stroke: edits pushed with the same stroke merge into one undo step."""
        self._strokes += 1
        return self._strokes

    def set_cells(
        self, assignments: Iterable[tuple[Nip, dt.date, Status | None]], text: str, *, stroke: int | None = None
    ) -> int:
        """Give cells new statuses as one undo step named ``text``; returns how many changed.

        Days that are not working days for the person are left out, and so are cells that
        already hold the status. A cell named twice takes the last status. Edits with the
        same ``stroke`` as the step on top of the undo stack join that step.
        """
        index_of, column_of = self.plan.roster.index_of, self.plan.column_of
        return self.set_cells_at(
            ((index_of(nip), column_of(day), status) for nip, day, status in assignments), text, stroke=stroke
        )

    def set_cells_at(
        self, assignments: Iterable[tuple[int, int, Status | None]], text: str, *, stroke: int | None = None
    ) -> int:
        """``set_cells`` with each cell named by its roster row and day column, as the grid and operations hold them."""
        with bulk_edit():
            wanted = {(row, column): BLANK if status is None else status.byte for row, column, status in assignments}
            return self._push_cells(((row, column, byte) for (row, column), byte in wanted.items()), text, stroke)

    def set_status_at(
        self, cells: Iterable[tuple[int, int]], status: Status | None, text: str, *, stroke: int | None = None
    ) -> int:
        """``set_cells_at`` with one status for every cell (the commonest edit: a selection set to WFH)."""
        byte = BLANK if status is None else status.byte
        with bulk_edit():
            return self._push_cells(((row, column, byte) for row, column in dict.fromkeys(cells)), text, stroke)

    def set_bytes_at(self, rows: Sequence[int], columns: Sequence[int], new: bytes, text: str) -> int:
        """Cell (``rows[i]``, ``columns[i]``) to status byte ``new[i]``, each cell named once, as one undo step.

        What an operation over the whole plan (Salin pola) hands over: no object per cell. As in
        ``set_cells``, days off and cells that already hold the status are left out.
        """
        with bulk_edit():
            return self._push_cells(zip(rows, columns, new, strict=True), text, None)

    def _push_cells(self, wanted: Iterable[tuple[int, int, int]], text: str, stroke: int | None) -> int:
        """Push one undo step for the cells of ``wanted`` (row, column, status byte; each cell once) that change.

        The one place where cells become edits: a cell on a day off for its person, or already
        holding the status, is left out.
        """
        rows, working_days = self.plan.rows(), self.validator.working_days
        edit_rows: array[int] = array("i")
        edit_columns: array[int] = array("i")
        old, new = bytearray(), bytearray()
        last_row, working = -1, b""
        for row, column, byte in wanted:
            if row != last_row:
                last_row, working = row, working_days(row)
            current = rows[row][column]
            if current != byte and working[column]:
                edit_rows.append(row)
                edit_columns.append(column)
                old.append(current)
                new.append(byte)
        if old:
            batch = CellBatch(edit_rows, edit_columns, bytes(old), bytes(new))
            self.undo_stack.push(EditCells(self, batch, text, stroke))
        return len(old)

    def lock_cells(self, cells: Sequence[tuple[Nip, dt.date]], locked: bool) -> int:
        """Lock or unlock cells as one undo step; returns how many changed."""
        plan = self.plan
        targets = [
            (nip, day) for nip, day in cells if plan.is_locked(plan.roster.index_of(nip), plan.column_of(day)) != locked
        ]
        if targets:
            self.undo_stack.push(LockCells(self, targets, locked))
        return len(targets)

    def apply_batch(self, batch: CellBatch) -> None:
        """Apply edits and bring validation and views up to date (called by undo commands)."""
        self._changed(self.plan.apply_batch(batch))

    def revert_batch(self, batch: CellBatch) -> None:
        """Undo edits (called by undo commands)."""
        self._changed(self.plan.revert_batch(batch))

    def apply_locks(self, cells: Sequence[tuple[Nip, dt.date]], locked: bool) -> None:
        """Lock or unlock cells (called by undo commands)."""
        changes = self.plan.set_locked(cells, locked)
        self.changed.emit(DocumentChange(locks=changes.locks))

    def _changed(self, changes: Changes) -> None:
        columns = self.validator.update(changes)
        self.changed.emit(DocumentChange(cells=changes.cells, locks=changes.locks, days=columns))

    # ---- everything else: one undo step that swaps whole plans -----------------------------

    def replace_plan(self, plan: Plan, text: str) -> None:
        """Put ``plan`` (usually ``self.plan.rebuilt(...)``) in place of the current plan, as one undo step.

        Raises:
            PlannerError: the new plan names a circular the catalogue does not have; nothing changes.
        """
        self.catalog.get(plan.circular_id)
        self.undo_stack.push(ReplacePlan(self, self.plan, plan, text))

    def set_circular(self, circular_id: CircularId) -> None:
        """Check the plan against another circular, as one undo step."""
        if circular_id != self.plan.circular_id:
            name = self.catalog.get(circular_id).name
            self.replace_plan(
                self.plan.rebuilt(circular_id=circular_id),
                QCoreApplication.translate("Document", "Ganti surat edaran ke {name}").format(name=name),
            )

    def use_plan(self, plan: Plan) -> None:
        """Make ``plan`` current and re-check everything (called by undo commands).

        Everything is looked up before anything changes, so a failure leaves the document whole.
        """
        circular = self.catalog.get(plan.circular_id)
        calendar = self._calendar_for(plan)
        validator = Validator(plan, circular, calendar, context=self.week_context)
        self.plan, self.calendar, self.circular, self.validator = plan, calendar, circular, validator
        self.changed.emit(DocumentChange(structure=True))

    def set_catalog(self, catalog: Catalog) -> None:
        """Use a catalogue re-read after the user saved a circular; the plan is re-checked.

        Raises:
            PlannerError: the new catalogue lacks the plan's circular; the old one stays.
        """
        # Copies kept in plan files stay known: the undo history may still go back to them.
        for circular_id in self.catalog.from_plans:
            catalog = catalog.including(self.catalog.circulars[circular_id])
        catalog.get(self.plan.circular_id)
        self.catalog = catalog
        self.use_plan(self.plan)

    def _calendar_for(self, plan: Plan) -> WorkCalendar:
        # The calendar reaches the whole first and last week: a weekly cap counts days outside the plan.
        first, last = _whole_weeks(plan)
        years = range(first.year, last.year + 1)
        if years != self._calendar_years:
            self._calendar_years = years
            self._national = indonesian_calendar(first, last)
        return self._national

    # ---- the weeks the plan cuts -----------------------------------------------------------

    def days_outside(self) -> tuple[dt.date, ...]:
        """The days of the plan's first and last week that lie outside the plan; empty when it runs Monday to Sunday."""
        plan = self.plan
        first, last = _whole_weeks(plan)
        before = (first + dt.timedelta(days=n) for n in range((plan.first - first).days))
        after = (plan.last + dt.timedelta(days=n) for n in range(1, (last - plan.last).days + 1))
        return (*before, *after)

    def set_week_context(self, path: Path | None) -> int:
        """Check weekly caps with the cells another plan file holds for the days of the cut weeks; None clears it.

        The other file is only read. The context is not saved in this plan and changes nothing
        in it, so it is no undo step: it only tells the checks what happens on the days of the
        first and last week outside this plan, which are otherwise reported as unknown.

        Returns:
            How many of ``days_outside`` the other plan covers. When it covers none, nothing
            changes (an earlier context stays); when ``path`` is None, 0.

        Raises:
            PlannerError: the other file cannot be read as a plan; nothing changes.
        """
        context: WeekContext | None = None
        covered = 0
        if path is not None:
            path = path.resolve()
            _file, other = PlanFile.open(path)
            context = WeekContext.from_plan(other)
            covered = len(context.days.intersection(self.days_outside()))
            if not covered:
                return 0
        self.week_context, self.context_path = context, path
        self.use_plan(self.plan)
        return covered

    # ---- files ---------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (Save As) or to the current file.

        Raises:
            PlannerError: the file could not be written, or the new path is open elsewhere;
                nothing is marked saved then.
        """
        if path is not None:
            path = path.resolve()
        if path is not None and path != self.path:
            lock = lock_plan(path)
            try:
                file = PlanFile.create(path, self.plan, self.circular)
                if self.path is not None and self.path.exists():
                    copy_signoffs(self.path, path)  # the copy was signed off as much as the original
            except PlannerError:
                if lock is not None:
                    lock.unlock()
                raise
            # Only now that every step worked does the document follow the new file.
            self.close()
            self._file, self._lock, self.path = file, lock, path
        elif self._file is not None:
            self._file.save(self.plan, self.circular)
        else:
            raise ValueError("a plan never saved needs a path")
        self.undo_stack.setClean()
        self.file_changed.emit()

    def opening_notes(self) -> list[str]:
        """What opening the file had to repair or flag, in the interface language; empty when nothing.

        Besides repairs: how the plan reads its circular (an old quota level now agency policy,
        an amendment it follows, …; the notes ``validate`` prints) and a user's circular file in
        the old format whose WFH and WFA stay allowed.
        """
        file = self._file
        if file is None:
            return []
        notes = []
        if file.recovery is Recovery.IN_PLACE:
            notes.append(
                QCoreApplication.translate(
                    "Document",
                    "Penyimpanan terakhir rencana ini terputus (program mati atau listrik padam). "
                    "Rencana dipulihkan seperti sebelum penyimpanan itu; periksa perubahan terakhir Anda.",
                )
            )
        elif file.recovery is Recovery.ON_COPY:
            notes.append(
                QCoreApplication.translate(
                    "Document",
                    "Penyimpanan terakhir rencana ini terputus. Berkasnya hanya-baca, jadi rencana dibaca dari "
                    "salinan yang dipulihkan: simpan ke tempat lain (Simpan Sebagai) agar pemulihan tersimpan.",
                )
            )
        if file.leftovers_removed:
            notes.append(
                QCoreApplication.translate(
                    "Document", "{count} berkas sementara sisa penyimpanan yang terputus dihapus."
                ).format(count=file.leftovers_removed)
            )
        if file.invalid_nips:
            rows = ", ".join(
                QCoreApplication.translate("Document", "baris {row} ({name}): {nip}").format(
                    row=flagged.row, name=flagged.name, nip=flagged.nip
                )
                for flagged in file.invalid_nips[:10]
            )
            notes.append(
                QCoreApplication.translate(
                    "Document", "{count} NIP tidak sah, perbaiki di daftar pegawai: {rows}"
                ).format(count=len(file.invalid_nips), rows=rows)
            )
        if self.circular.legacy_remote:
            notes.append(
                QCoreApplication.translate(
                    "Document",
                    "Surat edaran {circular} berformat lama (versi 1) tanpa daftar status jarak jauh: WFH dan WFA "
                    "tetap diizinkan seperti saat ditulis. Simpan ulang di editor surat edaran untuk menuliskannya.",
                ).format(circular=self.circular.id)
            )
        notes.extend(plan_notes(self.plan, self.circular, wording))
        return notes

    def mark_unsaved(self) -> None:
        """Treat the plan as changed though nothing is on the undo stack (a recovered autosave)."""
        self.undo_stack.resetClean()
        self.file_changed.emit()

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()


def _whole_weeks(plan: Plan) -> tuple[dt.date, dt.date]:
    """The Monday of the plan's first week and the Sunday of its last."""
    return (
        plan.first - dt.timedelta(days=plan.first.weekday()),
        plan.last + dt.timedelta(days=6 - plan.last.weekday()),
    )


_BRUSH_COMMAND_ID = 1
"""``QUndoCommand.id`` of brush edits: Qt offers them to ``mergeWith`` of the step below."""


class TimedCommand(QUndoCommand):
    """An undo step that knows when it was made, for the change history."""

    def __init__(self, text: str) -> None:
        """Note the time now."""
        super().__init__(text)
        self.time = dt.datetime.now()


class EditCells(TimedCommand):
    """Setting a group of cells: one undo step, however many cells (and however long a brush stroke)."""

    def __init__(self, document: Document, batch: CellBatch, text: str, stroke: int | None = None) -> None:
        """Remember the edits; ``redo`` applies them when pushed."""
        super().__init__(text)
        self._document = document
        self._batch = batch
        self._stroke = stroke

    def id(self) -> int:
        """Brush edits share an id so that one stroke merges into one step; others never merge."""
        return _BRUSH_COMMAND_ID if self._stroke is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the next cells of the same brush stroke."""
        if not isinstance(other, EditCells) or other._stroke != self._stroke:
            return False
        self._batch = self._batch.joined(other._batch)
        return True

    def redo(self) -> None:
        """Apply the edits."""
        with bulk_edit():
            self._document.apply_batch(self._batch)

    def undo(self) -> None:
        """Revert the edits."""
        with bulk_edit():
            self._document.revert_batch(self._batch)


class LockCells(TimedCommand):
    """Locking or unlocking a group of cells."""

    def __init__(self, document: Document, cells: Sequence[tuple[Nip, dt.date]], locked: bool) -> None:
        """Remember the cells whose lock changes."""
        text = (
            QCoreApplication.translate("Document", "Kunci {count} sel")
            if locked
            else QCoreApplication.translate("Document", "Buka kunci {count} sel")
        )
        super().__init__(text.format(count=len(cells)))
        self._document, self._cells, self._locked = document, tuple(cells), locked

    def redo(self) -> None:
        """Apply the lock."""
        self._document.apply_locks(self._cells, self._locked)

    def undo(self) -> None:
        """Take it back."""
        self._document.apply_locks(self._cells, not self._locked)


class ReplacePlan(TimedCommand):
    """A change to the roster, range, circular, policy or profile: the whole plan before and after."""

    def __init__(self, document: Document, old: Plan, new: Plan, text: str) -> None:
        """Remember both plans; neither is changed by swapping them."""
        super().__init__(text)
        self._document, self._old, self._new = document, old, new

    def redo(self) -> None:
        """Use the new plan."""
        self._document.use_plan(self._new)

    def undo(self) -> None:
        """Go back to the old plan."""
        self._document.use_plan(self._old)
