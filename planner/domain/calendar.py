"""Which days are working days: the unit's week, national holidays, cuti bersama, and the plan's own changes."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from planner.domain.roster import WorkWeek


class DayOffKind(enum.Enum):
    """Why a day is not a working day."""

    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    """A national holiday (hari libur nasional)."""
    COLLECTIVE_LEAVE = "collective_leave"
    """Cuti bersama, set by the SKB 3 Menteri."""
    LOCAL = "local"
    """A day off the plan adds (a regional holiday, an office closure)."""


@dataclass(frozen=True, slots=True)
class DayOff:
    """A non-working day and its name ("Hari Raya Idul Fitri", "Sabtu")."""

    kind: DayOffKind
    name: str


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """National days off plus the plan's local changes; weekends follow each unit's week."""

    national: Mapping[dt.date, DayOff] = field(default_factory=dict)
    added: Mapping[dt.date, str] = field(default_factory=dict)
    """Days off the plan adds, with their names."""
    removed: frozenset[dt.date] = frozenset()
    """National days off the plan works anyway."""

    def day_off(self, day: dt.date, week: WorkWeek = WorkWeek.FIVE_DAYS) -> DayOff | None:
        """Why ``day`` is not a working day for a unit with ``week``, or None when it is one."""
        if day in self.added:
            return DayOff(DayOffKind.LOCAL, self.added[day])
        national = self.national.get(day)
        if national is not None and day not in self.removed:
            return national
        if week.is_weekend(day.weekday()):
            return DayOff(DayOffKind.WEEKEND, DAY_NAMES[day.weekday()])
        return None

    def is_working(self, day: dt.date, week: WorkWeek = WorkWeek.FIVE_DAYS) -> bool:
        """True when ``day`` is a working day for a unit with ``week``."""
        return self.day_off(day, week) is None

    def with_changes(self, added: Mapping[dt.date, str], removed: frozenset[dt.date]) -> WorkCalendar:
        """The same national days with a plan's own additions and removals."""
        return WorkCalendar(self.national, dict(added), frozenset(removed))


DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAY_ABBREVIATIONS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date_long(day: dt.date) -> str:
    """``16 April 2024``: the month written in full, as official documents want."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def days_between(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every date from ``first`` to ``last`` inclusive."""
    for offset in range((last - first).days + 1):
        yield first + dt.timedelta(days=offset)


NATIONAL_DAYS_VERSION = 1
"""Bump when ``holiday_lists`` or ``days_off_from`` give other days or names for the same ``holidays``
release: tables of them kept between runs (``planner.io.national_days``) are then computed again."""
HOLIDAY_CATEGORIES = (("government", DayOffKind.COLLECTIVE_LEAVE), ("public", DayOffKind.HOLIDAY))
"""The ``holidays`` package's categories for Indonesia, in the order they are laid down (a day in both is a holiday)."""

HolidayLists = Mapping[int, Mapping[str, list[tuple[dt.date, str]]]]
"""Per year, per category of ``HOLIDAY_CATEGORIES``: the days and their Indonesian names, in the package's order."""


def national_days_off(years: range) -> dict[dt.date, DayOff]:
    """Indonesia's national holidays and cuti bersama for ``years``, named in Indonesian.

    Comes from the ``holidays`` package (categories ``public`` and ``government``), which
    follows the SKB 3 Menteri and its amendments; a plan adds or removes days on top.
    """
    return days_off_from(holiday_lists(years), years)


def holiday_lists(years: Iterable[int]) -> dict[int, dict[str, list[tuple[dt.date, str]]]]:
    """What the ``holidays`` package says for each of ``years``, one year at a time (see ``HolidayLists``)."""
    import holidays  # noqa: PLC0415 - 60 ms of import, paid only when a calendar is built

    found: dict[int, dict[str, list[tuple[dt.date, str]]]] = {}
    for year in years:
        found[year] = {
            category: list(holidays.country_holidays("ID", years=year, categories=(category,), language="id").items())
            for category, _ in HOLIDAY_CATEGORIES
        }
    return found


def days_off_from(lists: HolidayLists, years: range) -> dict[dt.date, DayOff]:
    """The days off of ``years`` as ``holiday_lists`` gives them: cuti bersama first, then holidays over them.

    The same days, names and order as one ``holidays`` call for the whole range gives.
    """
    days: dict[dt.date, DayOff] = {}
    for category, kind in HOLIDAY_CATEGORIES:
        for year in years:
            for day, name in lists[year][category]:
                days[day] = DayOff(kind, name)
    return days


def indonesian_calendar(first: dt.date, last: dt.date) -> WorkCalendar:
    """The national calendar for the years from ``first`` to ``last``."""
    return WorkCalendar(national_days_off(range(first.year, last.year + 1)))
