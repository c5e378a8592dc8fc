"""Units and staff: who is on a plan, where they sit, and what service they give."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NewType

from planner.domain.category import Category
from planner.domain.nip import Nip, is_internal_number

UnitId = NewType("UnitId", str)

AGENCY_UNIT = UnitId("")
"""The "unit" of a quota group or notice that spans the whole agency (scope ``agency``)."""
AGENCY_NAME = "Seluruh instansi"


class WorkWeek(enum.Enum):
    """A unit's working week (Perpres 21/2023): five days, or six for operational and public services."""

    FIVE_DAYS = 5
    SIX_DAYS = 6

    def is_weekend(self, weekday: int) -> bool:
        """True when ``weekday`` (Monday 0 … Sunday 6) is a day off for this week."""
        return weekday >= self.value


@dataclass(frozen=True, slots=True)
class Unit:
    """An organisational unit (unit kerja, bagian, sub bagian, seksi …)."""

    id: UnitId
    name: str
    category: Category
    parent: UnitId | None = None
    week: WorkWeek = WorkWeek.FIVE_DAYS


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone on the plan: a civil servant identified by NIP, or non-ASN staff by an internal number.

    Non-ASN staff (PPNPN, tenaga honorer) carry ``non_asn=True`` and a number from
    ``planner.domain.nip.new_internal_number``; every per-person rule applies to them as to
    anyone, and they count in the quotas only where ``AgencyPolicy.count_non_asn`` says so.
    """

    nip: Nip
    name: str
    unit: UnitId
    position: str = ""
    rank: str = ""
    category: Category | None = None
    """Overrides the unit's category for this person."""
    no_remote_reason: str | None = None
    """Set when the person may not work remotely (disciplinary sanction, new employee …)."""
    non_asn: bool = False
    """True for non-ASN staff (PPNPN, honorer); their ``nip`` is then an internal number."""
    cap_exemption: str | None = None
    """Set (with the reason) when the person is exempt from per-person caps such as Permen PANRB
    4/2025's two remote days a week (Pasal 13: work that must be done outside the office, or a
    keadaan khusus)."""

    def __post_init__(self) -> None:
        """Refuse a non-ASN person without an internal number, or an ASN with one.

        Raises:
            ValueError: the number does not match the kind of staff.
        """
        if self.non_asn != is_internal_number(self.nip):
            kind = (
                "non-ASN harus memakai nomor internal (NA-…)"
                if self.non_asn
                else "ASN tidak boleh memakai nomor internal"
            )
            raise ValueError(f"{self.name}: pegawai {kind}")


class Roster:
    """The units and staff of a plan, in display order, with the lookups validation needs."""

    __slots__ = ("_by_nip", "_children", "_depth", "staff", "units")

    def __init__(self, units: Iterable[Unit], staff: Iterable[StaffMember]) -> None:
        """Check that identifiers are unique and every reference resolves.

        Raises:
            ValueError: a duplicate id or NIP, a dangling reference or a cycle of parents.
        """
        self.units: dict[UnitId, Unit] = {}
        for unit in units:
            if unit.id in self.units:
                raise ValueError(f"unit ganda: {unit.id}")
            self.units[unit.id] = unit
        for unit in self.units.values():
            if unit.parent is not None and unit.parent not in self.units:
                raise ValueError(f"unit {unit.name}: unit induk {unit.parent} tidak ada")
        self._depth = {unit_id: self._compute_depth(unit_id) for unit_id in self.units}
        self.staff: tuple[StaffMember, ...] = tuple(staff)
        self._by_nip: dict[Nip, int] = {}
        for index, member in enumerate(self.staff):
            if member.nip in self._by_nip:
                raise ValueError(f"NIP ganda: {member.nip}")
            if member.unit not in self.units:
                raise ValueError(f"{member.name}: unit {member.unit} tidak ada")
            self._by_nip[member.nip] = index

    def index_of(self, nip: Nip) -> int:
        """The row of a staff member.

        Raises:
            KeyError: nobody on the plan has this NIP.
        """
        return self._by_nip[nip]

    def category_of(self, member: StaffMember) -> Category:
        """The person's own category, or else their unit's."""
        return member.category or self.units[member.unit].category

    def unit_name(self, unit_id: UnitId) -> str:
        """The unit's name, or "Seluruh instansi" for ``AGENCY_UNIT``."""
        return AGENCY_NAME if unit_id == AGENCY_UNIT else self.units[unit_id].name

    def depth(self, unit_id: UnitId) -> int:
        """0 for a top-level unit, 1 for its children, and so on."""
        return self._depth[unit_id]

    def ancestor_at(self, unit_id: UnitId, depth: int | None) -> UnitId:
        """The unit's ancestor at ``depth``, or the unit itself when it is not that deep or depth is None."""
        if depth is None:
            return unit_id
        while self._depth[unit_id] > depth:
            parent = self.units[unit_id].parent
            assert parent is not None
            unit_id = parent
        return unit_id

    def path(self, unit_id: UnitId) -> Sequence[str]:
        """Unit names from the top-level unit down to this one."""
        names: list[str] = []
        current: UnitId | None = unit_id
        while current is not None:
            unit = self.units[current]
            names.append(unit.name)
            current = unit.parent
        return names[::-1]

    def _compute_depth(self, unit_id: UnitId) -> int:
        seen: set[UnitId] = set()
        depth = 0
        current = self.units[unit_id].parent
        while current is not None:
            if current in seen or current == unit_id:
                raise ValueError(f"unit {self.units[unit_id].name}: induk membentuk lingkaran")
            seen.add(current)
            depth += 1
            current = self.units[current].parent
        return depth
