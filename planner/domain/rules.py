"""What each rule kind means, in one place: what it counts and the bound it sets on a group's day.

``Validator`` asks ``broken`` whether a day's figures break a rule; automatic filling asks
``day_bound`` how many people of a group may (or must) work remotely that day. Both read the
same arithmetic (DOMAIN §3): "at most p %" allows floor(p × headcount / 100), "at least p %"
needs the ceiling. A new rule kind is one change here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from planner.domain.circular import Rule, RuleKind, percent_ceil, percent_floor


@dataclass(frozen=True, slots=True)
class Breach:
    """A day's figures that break a rule: what was counted and the most (or fewest) allowed."""

    kind: RuleKind
    count: int
    limit: int


@dataclass(frozen=True, slots=True)
class DayBound:
    """How many of a group may be remote on one day: at least ``low``, at most ``high``."""

    low: int
    high: int


def counts_office(kind: RuleKind) -> bool:
    """True when the kind bounds the people in the office (office at least / at most), False when the remote."""
    return kind in (RuleKind.OFFICE_MIN, RuleKind.OFFICE_MAX)


def requires_remote(rule: Rule) -> bool:
    """True for "office at most p %": on such a day a blank cell is not yet planned rather than WFO."""
    return rule.kind is RuleKind.OFFICE_MAX


def is_daily_quota(rule: Rule) -> bool:
    """True for the kinds checked per group and day (a percentage of the group)."""
    return rule.kind in (RuleKind.REMOTE_MAX, RuleKind.OFFICE_MIN, RuleKind.OFFICE_MAX) and rule.value is not None


def broken(rule: Rule, remote: int, office: int, headcount: int) -> Breach | None:
    """The breach of a daily quota by a group's figures (office: people counted in the office), or None."""
    if rule.value is None:
        return None
    if rule.kind is RuleKind.REMOTE_MAX:
        cap = percent_floor(rule.value, headcount)
        return Breach(rule.kind, remote, cap) if remote > cap else None
    if rule.kind is RuleKind.OFFICE_MIN:
        need = percent_ceil(rule.value, headcount)
        return Breach(rule.kind, office, need) if office < need else None
    if rule.kind is RuleKind.OFFICE_MAX:
        cap = percent_floor(rule.value, headcount)
        return Breach(rule.kind, office, cap) if office > cap else None
    return None


def broken_where(rules: tuple[tuple[RuleKind, int | None], ...], remote: Any, office: Any, headcount: Any) -> Any:
    """Where the figures break any of ``rules`` (kind, value): ``broken`` over whole numpy arrays at once.

    ``remote``, ``office`` and ``headcount`` are integer arrays of one shape; the answer is a
    boolean array of that shape, True where ``broken`` would return a breach for some rule.
    """
    found = remote < 0
    for kind, value in rules:
        if value is None:
            continue
        if kind is RuleKind.REMOTE_MAX:
            found |= remote > (value * headcount) // 100
        elif kind is RuleKind.OFFICE_MIN:
            found |= office < -((-value * headcount) // 100)
        elif kind is RuleKind.OFFICE_MAX:
            found |= office > (value * headcount) // 100
    return found


def day_bound(rules: Iterable[Rule], headcount: int, absent: int) -> DayBound:
    """The remote people every rule together allows a group on a day (its headcount and absences known).

    Office 100 % allows none; remote at most p % at most floor(p × headcount); office at least
    p % leaves headcount − absent − ceil(p × headcount) for remote work; office at most p %
    needs at least headcount − absent − floor(p × headcount) remote; no quota and the weekly
    cap set no daily bound.
    """
    low, high = 0, headcount
    for rule in rules:
        if rule.kind is RuleKind.OFFICE_ALL:
            high = 0
        elif rule.value is None:
            continue
        elif rule.kind is RuleKind.REMOTE_MAX:
            high = min(high, percent_floor(rule.value, headcount))
        elif rule.kind is RuleKind.OFFICE_MIN:
            high = min(high, max(0, headcount - absent - percent_ceil(rule.value, headcount)))
        elif rule.kind is RuleKind.OFFICE_MAX:
            low = max(low, headcount - absent - percent_floor(rule.value, headcount))
    return DayBound(max(0, low), high)


def weekly_cap(rules: Iterable[Rule]) -> int | None:
    """The fewest remote days per person and week the rules allow, None when no rule caps the week."""
    caps = [rule.value for rule in rules if rule.kind is RuleKind.WEEKLY_REMOTE_MAX and rule.value is not None]
    return min(caps) if caps else None
