"""Small plans and circulars built in code, for tests that compute their expectations by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId, DateRange, Period, Rule
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.io.circular_file import Catalog, load_catalog
from planner.resources import builtin_circulars


def make_nip(serial: int, *, gender: int = 1) -> Nip:
    """A valid PNS NIP, unique per serial (1 … 27,972)."""
    day = 1 + (serial - 1) // 999 % 28
    return Nip(f"198001{day:02d}200501{gender}{(serial - 1) % 999 + 1:03d}")


def make_roster(
    units: Sequence[tuple[str, Category, int]],
    *,
    parents: Mapping[str, str] | None = None,
    weeks: Mapping[str, WorkWeek] | None = None,
) -> Roster:
    """Units given as (name, category, number of staff); unit ids are the names."""
    parents = parents or {}
    weeks = weeks or {}
    all_units: list[Unit] = []
    staff: list[StaffMember] = []
    for name, category, size in units:
        parent = parents.get(name)
        all_units.append(
            Unit(
                UnitId(name),
                name,
                category,
                UnitId(parent) if parent else None,
                weeks.get(name, WorkWeek.FIVE_DAYS),
            )
        )
        for _ in range(size):
            serial = len(staff) + 1
            staff.append(StaffMember(make_nip(serial), f"Pegawai {serial}", UnitId(name)))
    return Roster(all_units, staff)


def make_plan(
    roster: Roster,
    circular_id: str,
    first: dt.date,
    last: dt.date,
    *,
    policy: AgencyPolicy | None = None,
    quota_level: int | None = None,
) -> Plan:
    """An empty plan (every working day counts as WFO)."""
    return Plan(
        name="uji",
        circular_id=CircularId(circular_id),
        first=first,
        last=last,
        roster=roster,
        policy=policy,
        quota_level=quota_level,
    )


def set_statuses(plan: Plan, day: dt.date, statuses: Sequence[Status | None], *, start: int = 0) -> None:
    """Give staff ``start``, ``start + 1`` … the statuses on ``day``."""
    targets = [(plan.roster.staff[start + i].nip, day, status) for i, status in enumerate(statuses)]
    for nip, target_day, status in targets:
        plan.apply(plan.edits_to([(nip, target_day)], status))


def one_period_circular(
    rules: Mapping[Category, Rule],
    first: dt.date,
    last: dt.date | None,
    *,
    remote: frozenset[Status] = frozenset({Status.WFH, Status.WFA}),
) -> Circular:
    """A circular with one period, for rule kinds no shipped circular uses."""
    return Circular(
        id=CircularId("uji"),
        document_type="Surat Edaran",
        issuer="Penguji",
        issuer_short="Penguji",
        number="1",
        year=first.year,
        title="Uji",
        periods=(Period((DateRange(first, last),), dict(rules), remote),),
    )


@cache
def builtin_catalog() -> Catalog:
    """The circulars that ship with the planner."""
    return load_catalog(builtin_circulars(), None)


@cache
def calendar(first_year: int, last_year: int) -> WorkCalendar:
    """The Indonesian calendar for whole years."""
    return indonesian_calendar(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))
