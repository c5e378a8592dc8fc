"""Circulars (Surat Edaran) and regulations: their periods and the rule each gives a category."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NewType

from planner.domain.category import Category
from planner.domain.status import Status

CircularId = NewType("CircularId", str)


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
    """A stretch of dates (one or more ranges) with its own rules."""

    ranges: tuple[DateRange, ...]
    rules: Mapping[Category, Rule]
    """A category missing here may not work remotely in this period."""
    remote_statuses: frozenset[Status] = frozenset({Status.WFH, Status.WFA})
    """Which remote statuses the period allows (WFA exists only from 2025)."""
    label: str = ""

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` falls in one of the period's ranges."""
        return any(day in date_range for date_range in self.ranges)

    @property
    def days(self) -> float:
        """Calendar days the period spans; the shorter of two overlapping periods wins."""
        return sum(date_range.days for date_range in self.ranges)

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

    @property
    def name(self) -> str:
        """The citation used in messages and on the schedule: "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024"."""
        return f"{self.document_type} {self.issuer_short} Nomor {self.number} Tahun {self.year}"

    def period_on(self, day: dt.date) -> Period | None:
        """The period whose rules hold on ``day``: the shortest covering it; on a tie, the later listed.

        None means ``day`` is a normal office day under this circular.
        """
        best: Period | None = None
        for period in self.periods:
            if period.covers(day) and (best is None or period.days <= best.days):
                best = period
        return best
