"""The plan: one agency's schedule under one circular, and the edits that change it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from planner.domain.calendar import days_between
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster
from planner.domain.status import BLANK, BY_BYTE, Status


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
class Changes:
    """What an operation changed, so each view refreshes only that."""

    cells: tuple[tuple[int, int], ...] = ()
    """(row, column) of every cell whose status changed."""


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
    ) -> None:
        """Build a plan; ``cells`` outside the date range or for unknown staff are refused.

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
        for nip, statuses in (cells or {}).items():
            row = self._rows[roster.index_of(nip)]
            for day, status in statuses.items():
                if day not in self._column:
                    raise ValueError(f"{nip}: tanggal {day} di luar rentang rencana")
                row[self._column[day]] = status.byte

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
        staged: list[tuple[int, int, int]] = []
        pending: dict[tuple[int, int], int] = {}
        for edit in edits:
            row, column = self.roster.index_of(edit.nip), self._column[edit.day]
            current = pending.get((row, column), self._rows[row][column])
            expected = BLANK if edit.old is None else edit.old.byte
            if current != expected:
                raise ValueError(f"{edit.nip} {edit.day}: sel sudah berubah")
            new = BLANK if edit.new is None else edit.new.byte
            pending[(row, column)] = new
            staged.append((row, column, new))
        for row, column, new in staged:
            self._rows[row][column] = new
        return Changes(cells=tuple(dict.fromkeys((row, column) for row, column, _ in staged)))

    def revert(self, edits: Sequence[CellEdit]) -> Changes:
        """Undo ``edits`` (applied earlier, in that order)."""
        return self.apply(edit.inverted() for edit in reversed(edits))
