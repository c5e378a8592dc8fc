"""The plan: one agency's schedule under one circular, and the edits that change it."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner.domain.calendar import days_between
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster
from planner.domain.status import BLANK, BY_BYTE, Status
from planner.domain.time_zone import TimeZone, zone_named, zone_of_place


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs the schedule, as printed in the signature block."""

    title: str = ""
    """Position title, printed followed by a comma ("Sekretaris Daerah,")."""
    name: str = ""
    rank: str = ""
    """"Pembina Utama Madya (IV/d)"."""
    nip: str = ""
    authority: str = ""
    """The optional a.n. / Plt. / Plh. line ("a.n. Gubernur Nusa Tenggara Barat")."""


@dataclass(frozen=True, slots=True)
class AgencyProfile:
    """The letterhead, the place of signing and the signers."""

    letterhead: tuple[str, ...] = ()
    """Lines in capitals: "PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "SEKRETARIAT DAERAH"."""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    city: str = ""
    logo: str = ""
    """Path of the logo image; empty for none."""
    signatory: Signatory = field(default_factory=Signatory)
    acknowledger: Signatory | None = None
    """The optional "Mengetahui" signer on the left."""
    time_zone: str = ""
    """"WIB", "WITA" or "WIT" (``planner.domain.time_zone``); empty: taken from the province named above."""

    @property
    def zone(self) -> TimeZone:
        """The agency's time zone: the one chosen, else the province's, else WIB."""
        chosen = zone_named(self.time_zone)
        if chosen is not None:
            return chosen
        return zone_of_place(*self.letterhead, self.address, self.city) or TimeZone.WIB


@dataclass(frozen=True, slots=True)
class CellEdit:
    """One cell's change: who, which day, from what, to what. ``None`` is a blank cell."""

    nip: Nip
    day: dt.date
    old: Status | None
    new: Status | None

    def inverted(self) -> CellEdit:
        """The edit that undoes this one."""
        return CellEdit(self.nip, self.day, self.new, self.old)


@dataclass(frozen=True, slots=True)
class CellBatch:
    """Many cells' edits kept compactly: what an undo step of thousands of cells holds.

    Edit ``i`` takes the cell (``rows[i]``, ``columns[i]``) from status byte ``old[i]`` to
    ``new[i]`` (see ``Status.byte``); the edits apply in order. Four arrays instead of an
    object per cell.
    """

    rows: array[int]
    columns: array[int]
    old: bytes
    new: bytes

    def __len__(self) -> int:
        """How many edits the batch holds."""
        return len(self.old)

    def joined(self, other: CellBatch) -> CellBatch:
        """This batch's edits, then ``other``'s."""
        return CellBatch(
            self.rows + other.rows, self.columns + other.columns, self.old + other.old, self.new + other.new
        )


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so each view refreshes only that."""

    cells: tuple[tuple[int, int], ...] = ()
    """(row, column) of every cell whose status changed."""
    locks: tuple[tuple[int, int], ...] = ()
    """(row, column) of every cell that was locked or unlocked."""


_BYTE_OF = {status: status.byte for status in Status}
"""``Status.byte`` as a dictionary: a lookup instead of a property call per cell when a plan is built."""

_UNSET: Any = object()
"""Marks an argument of ``Plan.rebuilt`` that keeps the plan's own value."""


class Plan:
    """A schedule: the roster, its date range, the chosen circular, the policy and every cell.

    Cells are kept as one ``bytearray`` per staff member (a byte per day), so a plan of
    5,000 staff over a whole year fits in a few megabytes. Change cells only through
    ``apply``, which returns what changed.
    """

    def __init__(
        self,
        *,
        name: str,
        circular_id: CircularId,
        first: dt.date,
        last: dt.date,
        roster: Roster,
        profile: AgencyProfile | None = None,
        policy: AgencyPolicy | None = None,
        quota_level: int | None = None,
        days_added: Mapping[dt.date, str] | None = None,
        days_removed: Iterable[dt.date] = (),
        cells: Mapping[Nip, Mapping[dt.date, Status]] | None = None,
        locked: Iterable[tuple[Nip, dt.date]] = (),
    ) -> None:
        """Build a plan; ``cells`` or ``locked`` cells outside the date range or for unknown staff are refused.

        Raises:
            ValueError: the range is reversed, or a cell names a date or person not on the plan.
        """
        if last < first:
            raise ValueError(f"rentang tanggal terbalik: {first} sampai {last}")
        self.name = name
        self.circular_id = circular_id
        self.roster = roster
        self.profile = profile or AgencyProfile()
        self.policy = policy or AgencyPolicy()
        self.quota_level = quota_level
        """Depth of the unit that forms a quota group: None for each person's own (smallest) unit."""
        self.days_added: dict[dt.date, str] = dict(days_added or {})
        self.days_removed: frozenset[dt.date] = frozenset(days_removed)
        self.days: tuple[dt.date, ...] = tuple(days_between(first, last))
        self._column = {day: index for index, day in enumerate(self.days)}
        self._rows = [bytearray(len(self.days)) for _ in roster.staff]
        column_of = self._column
        for nip, statuses in (cells or {}).items():
            row = self._rows[roster.index_of(nip)]
            if not statuses.keys() <= column_of.keys():  # one set test per person, not one per cell
                day = next(day for day in statuses if day not in column_of)
                raise ValueError(f"{nip}: tanggal {day} di luar rentang rencana")
            for day, status in statuses.items():
                row[column_of[day]] = _BYTE_OF[status]
        self._locked: set[tuple[int, int]] = set()
        for nip, day in locked:
            if day not in self._column:
                raise ValueError(f"{nip}: tanggal {day} di luar rentang rencana")
            self._locked.add((roster.index_of(nip), self._column[day]))

    @property
    def first(self) -> dt.date:
        """The plan's first date."""
        return self.days[0]

    @property
    def last(self) -> dt.date:
        """The plan's last date."""
        return self.days[-1]

    def column_of(self, day: dt.date) -> int:
        """The column of a date.

        Raises:
            KeyError: the date is outside the plan.
        """
        return self._column[day]

    def status(self, row: int, column: int) -> Status | None:
        """The status in a cell; None for a blank cell."""
        return BY_BYTE[self._rows[row][column]]

    def status_of(self, nip: Nip, day: dt.date) -> Status | None:
        """The status of a person on a day; None for a blank cell."""
        return self.status(self.roster.index_of(nip), self._column[day])

    def row_bytes(self, row: int) -> bytes:
        """A read-only copy of one person's cells, a byte per day (see ``Status.byte``)."""
        return bytes(self._rows[row])

    def rows(self) -> Sequence[bytearray]:
        """The cell rows themselves, for fast read-only scans by validation and storage."""
        return self._rows

    def edits_to(self, targets: Iterable[tuple[Nip, dt.date]], new: Status | None) -> list[CellEdit]:
        """The edits that set every target cell to ``new``, leaving out cells already so."""
        edits = []
        for nip, day in targets:
            old = self.status_of(nip, day)
            if old is not new:
                edits.append(CellEdit(nip, day, old, new))
        return edits

    def apply(self, edits: Iterable[CellEdit]) -> Changes:
        """Apply edits in order and say which cells changed.

        Raises:
            ValueError: an edit's ``old`` does not match the cell, so it was made against
                another state of the plan; nothing is changed then.
        """
        return self._set_cells(edits, invert=False)

    def revert(self, edits: Sequence[CellEdit]) -> Changes:
        """Undo ``edits`` (applied earlier, in that order)."""
        return self._set_cells(reversed(edits), invert=True)

    def _set_cells(self, edits: Iterable[CellEdit], *, invert: bool) -> Changes:
        """``apply`` the edits, or with ``invert`` each edit's inverse (without building it: undo of many cells)."""
        index_of, column_of, rows = self.roster.index_of, self._column, self._rows
        staged: list[tuple[int, int, int]] = []
        pending: dict[tuple[int, int], int] = {}
        for edit in edits:
            old, new_status = (edit.new, edit.old) if invert else (edit.old, edit.new)
            cell = (index_of(edit.nip), column_of[edit.day])
            current = pending.get(cell)
            if current is None:
                current = rows[cell[0]][cell[1]]
            if current != (BLANK if old is None else old.byte):
                raise ValueError(f"{edit.nip} {edit.day}: sel sudah berubah")
            new = BLANK if new_status is None else new_status.byte
            pending[cell] = new
            staged.append((*cell, new))
        for row, column, new in staged:
            rows[row][column] = new
        return Changes(cells=tuple(pending))

    def apply_batch(self, batch: CellBatch) -> Changes:
        """Apply a batch of edits in order and say which cells changed (``apply`` without an object per cell).

        Raises:
            ValueError: an edit's ``old`` byte does not match the cell; nothing is changed then.
        """
        return self._write(batch.rows, batch.columns, batch.old, batch.new)

    def revert_batch(self, batch: CellBatch) -> Changes:
        """Undo a batch applied earlier (its edits taken back in reverse order)."""
        return self._write(batch.rows[::-1], batch.columns[::-1], batch.new[::-1], batch.old[::-1])

    def _write(self, rows: array[int], columns: array[int], expected: bytes, written: bytes) -> Changes:
        cells = self._rows
        for done, (row, column, before, after) in enumerate(zip(rows, columns, expected, written, strict=True)):
            line = cells[row]
            if line[column] != before:
                for undone in range(done - 1, -1, -1):  # leave the plan as it was
                    cells[rows[undone]][columns[undone]] = expected[undone]
                raise ValueError(f"baris {row}, kolom {column}: sel sudah berubah")
            line[column] = after
        return Changes(cells=tuple(dict.fromkeys(zip(rows, columns, strict=True))))

    # ---- locked cells: automatic filling leaves them as they are -------------------------

    def is_locked(self, row: int, column: int) -> bool:
        """True when the cell is locked against automatic filling."""
        return (row, column) in self._locked

    def locked_cells(self) -> list[tuple[Nip, dt.date]]:
        """Every locked cell as (NIP, date), in roster and date order."""
        staff = self.roster.staff
        return [(staff[row].nip, self.days[column]) for row, column in sorted(self._locked)]

    def set_locked(self, cells: Iterable[tuple[Nip, dt.date]], locked: bool) -> Changes:
        """Lock or unlock cells; the result names only the cells whose lock changed."""
        changed: dict[tuple[int, int], None] = {}
        for nip, day in cells:
            key = (self.roster.index_of(nip), self._column[day])
            if (key in self._locked) != locked:
                changed[key] = None
        if locked:
            self._locked.update(changed)
        else:
            self._locked.difference_update(changed)
        return Changes(locks=tuple(changed))

    # ---- changes to everything but the cells ---------------------------------------------

    def rebuilt(
        self,
        *,
        name: str = _UNSET,
        circular_id: CircularId = _UNSET,
        first: dt.date = _UNSET,
        last: dt.date = _UNSET,
        roster: Roster = _UNSET,
        profile: AgencyProfile = _UNSET,
        policy: AgencyPolicy = _UNSET,
        quota_level: int | None = _UNSET,
        days_added: Mapping[dt.date, str] = _UNSET,
        days_removed: Iterable[dt.date] = _UNSET,
        renamed: Mapping[Nip, Nip] | None = None,
    ) -> Plan:
        """A new plan with the given parts replaced and everything else as in this one.

        Cells and locks carry over for the people (by NIP, or by their new NIP in ``renamed``)
        and dates the new plan still has; this plan is left unchanged, so an undo can simply
        go back to it.

        Raises:
            ValueError: the new date range is reversed.
        """
        new_roster = self.roster if roster is _UNSET else roster
        new_first = self.first if first is _UNSET else first
        new_last = self.last if last is _UNSET else last
        plan = Plan(
            name=self.name if name is _UNSET else name,
            circular_id=self.circular_id if circular_id is _UNSET else circular_id,
            first=new_first,
            last=new_last,
            roster=new_roster,
            profile=self.profile if profile is _UNSET else profile,
            policy=self.policy if policy is _UNSET else policy,
            quota_level=self.quota_level if quota_level is _UNSET else quota_level,
            days_added=self.days_added if days_added is _UNSET else days_added,
            days_removed=self.days_removed if days_removed is _UNSET else days_removed,
        )
        renamed = renamed or {}
        new_row_of: dict[int, int] = {}
        for old_row, member in enumerate(self.roster.staff):
            try:
                new_row_of[old_row] = new_roster.index_of(renamed.get(member.nip, member.nip))
            except KeyError:
                continue  # no longer on the plan
        kept_days = [(old, plan._column[day]) for old, day in enumerate(self.days) if day in plan._column]
        if kept_days:
            first_old, first_new = kept_days[0]
            width = len(kept_days)  # both ranges are consecutive days, so the overlap is one slice
            for old_row, new_row in new_row_of.items():
                plan._rows[new_row][first_new : first_new + width] = self._rows[old_row][first_old : first_old + width]
        shift = dict(kept_days)
        plan._locked = {
            (new_row_of[row], shift[column]) for row, column in self._locked if row in new_row_of and column in shift
        }
        return plan

    def planned_days(self, nip: Nip) -> int:
        """How many cells of this person hold a status (blank cells are not counted)."""
        return sum(1 for byte in self._rows[self.roster.index_of(nip)] if byte != BLANK)
