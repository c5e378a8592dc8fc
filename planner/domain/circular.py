"""Circulars (Surat Edaran) and regulations: their periods and the rule each gives a category."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import NewType

from planner.domain.category import Category
from planner.domain.status import Status

CircularId = NewType("CircularId", str)


class ScopeKind(enum.Enum):
    """Over whom a quota's percentage is counted (DOMAIN §3a). The value is the file key."""

    AGENCY = "agency"
    """All staff on the plan (the instansi)."""
    DEPARTMENT = "department"
    """Each top-level unit (OPD, Perangkat Daerah)."""
    UNIT = "unit"
    """Each smallest unit (unit, sub bagian, seksi …), as SE Sekda DKI 34/2023."""
    LEVEL = "level"
    """Each unit at a chosen depth of the unit tree (1 = top level)."""


@dataclass(frozen=True, slots=True)
class QuotaScope:
    """The group a percentage is counted over; ``level`` (1 = top level) only for ``ScopeKind.LEVEL``."""

    kind: ScopeKind
    level: int | None = None

    @property
    def depth(self) -> int | None:
        """The unit depth the roster groups by (0 = top level), None for each smallest unit.

        Raises:
            ValueError: asked of the agency scope, which has no unit.
        """
        if self.kind is ScopeKind.AGENCY:
            raise ValueError("agency scope has no unit depth")
        if self.kind is ScopeKind.DEPARTMENT:
            return 0
        if self.kind is ScopeKind.LEVEL:
            assert self.level is not None
            return self.level - 1
        return None

    @property
    def key(self) -> str:
        """How the scope is written in files and JSON: ``agency``, ``unit``, ``level:2``."""
        return f"level:{self.level}" if self.kind is ScopeKind.LEVEL else self.kind.value

    @classmethod
    def from_key(cls, text: str) -> QuotaScope:
        """The scope for ``agency``, ``department``, ``unit`` or ``level:N``.

        Raises:
            ValueError: anything else.
        """
        if text.startswith("level:") and text[6:].isdigit() and int(text[6:]) >= 1:
            return cls(ScopeKind.LEVEL, int(text[6:]))
        kind = ScopeKind(text)
        if kind is ScopeKind.LEVEL:
            raise ValueError(text)
        return cls(kind)


AGENCY_SCOPE = QuotaScope(ScopeKind.AGENCY)
UNIT_SCOPE = QuotaScope(ScopeKind.UNIT)


class RuleKind(enum.Enum):
    """The kinds of rule a circular gives a category (DOMAIN §3). The value is the file key."""

    REMOTE_MAX = "remote_max"
    """Remote (WFH/WFA) at most ``value`` % of the group each day."""
    OFFICE_MIN = "office_min"
    """In the office at least ``value`` % of the group each day."""
    OFFICE_MAX = "office_max"
    """In the office at most ``value`` % of the group each day (COVID-era zones)."""
    OFFICE_ALL = "office_all"
    """Office 100 %: nobody in the category may work remotely."""
    NO_QUOTA = "no_quota"
    """Remote work allowed without a number; the head of the agency decides."""
    WEEKLY_REMOTE_MAX = "weekly_remote_max"
    """Each person at most ``value`` remote days per calendar week (Monday to Sunday)."""

    @property
    def unit(self) -> str | None:
        """What ``Rule.value`` measures: ``"percent"``, ``"days"`` or None when the kind takes no value."""
        if self in (RuleKind.REMOTE_MAX, RuleKind.OFFICE_MIN, RuleKind.OFFICE_MAX):
            return "percent"
        if self is RuleKind.WEEKLY_REMOTE_MAX:
            return "days"
        return None


@dataclass(frozen=True, slots=True)
class Rule:
    """One category's rule in one period."""

    kind: RuleKind
    value: int | None = None
    clause: str = ""
    """Where the circular says so ("Lampiran", "angka 4 huruf a"); empty when unknown."""
    scope: QuotaScope | None = None
    """Over whom a percentage is counted; None for the circular's own ``quota_scope``."""

    @property
    def allows_remote(self) -> bool:
        """False only for office 100 %."""
        return self.kind is not RuleKind.OFFICE_ALL


def percent_floor(percent: int, headcount: int) -> int:
    """The most people "at most ``percent`` %" of ``headcount`` allows: 50 % of 5 is 2, not 3."""
    return (percent * headcount) // 100


def percent_ceil(percent: int, headcount: int) -> int:
    """The fewest people "at least ``percent`` %" of ``headcount`` needs: 50 % of 5 is 3."""
    return -((-percent * headcount) // 100)


@dataclass(frozen=True, slots=True)
class DateRange:
    """Consecutive days from ``first`` to ``last`` inclusive; ``last`` None means no end date."""

    first: dt.date
    last: dt.date | None

    def __contains__(self, day: object) -> bool:
        """True when ``day`` falls inside the range."""
        if not isinstance(day, dt.date):
            return False
        return self.first <= day and (self.last is None or day <= self.last)

    @property
    def days(self) -> float:
        """Number of days, infinite when open-ended."""
        if self.last is None:
            return math.inf
        return (self.last - self.first).days + 1


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of dates (one or more ranges, optionally only some weekdays) with its own rules."""

    ranges: tuple[DateRange, ...]
    rules: Mapping[Category, Rule]
    """Each category's main rule. A category missing here may not work remotely in this period."""
    remote_statuses: frozenset[Status] = frozenset({Status.WFH})
    """Which remote statuses the period allows (WFA exists only from 2025)."""
    label: str = ""
    weekdays: frozenset[int] = frozenset()
    """Only these weekdays (Monday 0 … Sunday 6) of the ranges; empty for every day."""
    further_rules: Mapping[Category, tuple[Rule, ...]] = field(default_factory=dict)
    """More rules for a category that has a main rule (SE 17/2023: WFH ≤ 50 % and WFO ≥ 50 %)."""
    amended_by: CircularId | None = None
    """The amending circular this period comes from, when it was added by an amendment."""
    zone: str = ""
    """The region's risk zone the period is for (SE MenPANRB 67/2020); empty for every plan."""

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` falls in one of the period's ranges (on one of its weekdays)."""
        if self.weekdays and day.weekday() not in self.weekdays:
            return False
        return any(day in date_range for date_range in self.ranges)

    def rules_for(self, category: Category) -> tuple[Rule, ...]:
        """Every rule the period gives ``category``, the main one first; empty when it names none."""
        main = self.rules.get(category)
        if main is None:
            return ()
        return (main, *self.further_rules.get(category, ()))

    @property
    def days(self) -> float:
        """Days the period covers (only its weekdays); the shorter of two overlapping periods wins."""
        total = 0.0
        for date_range in self.ranges:
            if date_range.last is None:
                return math.inf
            if self.weekdays:
                total += sum(
                    1
                    for offset in range(int(date_range.days))
                    if (date_range.first + dt.timedelta(days=offset)).weekday() in self.weekdays
                )
            else:
                total += date_range.days
        return total

    @property
    def first(self) -> dt.date:
        """The period's first day."""
        return min(date_range.first for date_range in self.ranges)

    @property
    def remote_codes(self) -> str:
        """The allowed remote statuses as written in messages: "WFH" or "WFH/WFA"."""
        return "/".join(status.code for status in Status if status in self.remote_statuses)


@dataclass(frozen=True, slots=True)
class Circular:
    """A circular or regulation that lets ASN work remotely, with its periods and rules."""

    id: CircularId
    document_type: str
    """"Surat Edaran", "Peraturan Menteri" …"""
    issuer: str
    issuer_short: str
    number: str
    year: int
    title: str
    periods: tuple[Period, ...]
    signed: dt.date | None = None
    scope: str = ""
    """Whom it applies to ("Instansi pemerintah di DKI Jakarta")."""
    obligations: tuple[str, ...] = ()
    """Duties that are not quotas, printed under the schedule."""
    source: str = ""
    """Where the facts come from, and what the planner's reading adds."""
    quota_scope: QuotaScope = AGENCY_SCOPE
    """Over whom its percentages are counted, unless a rule says otherwise (DOMAIN §3a)."""
    amends: CircularId | None = None
    """The circular this one amends (SE 3/2025 amends SE 2/2025)."""
    amended_by: tuple[CircularId, ...] = ()
    """The amendments whose periods this circular now includes (see ``with_amendment``)."""
    legacy_remote: bool = False
    """True for an older (v1) file without remote statuses: its periods keep allowing WFH and WFA."""
    zone_dependent: bool = False
    """True when its rules follow the region's risk zone, which the plan states (SE MenPANRB 67/2020)."""

    @property
    def name(self) -> str:
        """The citation used in messages and on the schedule: "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024"."""
        return f"{self.document_type} {self.issuer_short} Nomor {self.number} Tahun {self.year}"

    def with_amendment(self, amendment: Circular) -> Circular:
        """This circular as ``amendment`` changes it: the amendment's periods added, marked as its own."""
        added = tuple(replace(period, amended_by=amendment.id) for period in amendment.periods)
        return replace(
            self,
            periods=self.periods + added,
            amended_by=(*self.amended_by, amendment.id),
            obligations=self.obligations + tuple(o for o in amendment.obligations if o not in self.obligations),
        )

    @property
    def zones(self) -> tuple[str, ...]:
        """The risk zones its periods distinguish, in file order; empty when none does."""
        return tuple(dict.fromkeys(period.zone for period in self.periods if period.zone))

    def for_zone(self, zone: str | None) -> Circular:
        """The circular as it reads for a plan in ``zone``: the other zones' periods left out."""
        if not self.zones:
            return self
        return replace(self, periods=tuple(p for p in self.periods if not p.zone or p.zone == zone))

    def rule_scope(self, rule: Rule) -> QuotaScope:
        """The scope ``rule``'s percentage is counted over."""
        return rule.scope or self.quota_scope

    def period_on(self, day: dt.date) -> Period | None:
        """The period whose rules hold on ``day``: the shortest covering it; on a tie, the later listed.

        None means ``day`` is a normal office day under this circular.
        """
        best: Period | None = None
        for period in self.periods:
            if period.covers(day) and (best is None or period.days <= best.days):
                best = period
        return best
