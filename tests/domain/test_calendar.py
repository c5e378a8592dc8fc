"""The calendar's sanity checks from DOMAIN §4, and the plan's own days off."""

from __future__ import annotations

import datetime as dt

from planner.domain.calendar import DayOffKind, days_between, format_date_long
from planner.domain.roster import WorkWeek
from tests.factories import calendar


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    work_calendar = calendar(first.year, last.year)
    return [day for day in days_between(first, last) if work_calendar.is_working(day)]


def test_28_august_to_7_september_2023_has_nine_working_days_and_no_holiday() -> None:
    assert len(working_days(dt.date(2023, 8, 28), dt.date(2023, 9, 7))) == 9


def test_circular_dates_of_2024_2025_and_2026_are_working_days() -> None:
    for day in [
        dt.date(2024, 4, 16),
        dt.date(2024, 4, 17),
        *days_between(dt.date(2025, 3, 24), dt.date(2025, 3, 27)),
        dt.date(2026, 3, 16),
        dt.date(2026, 3, 17),
        *days_between(dt.date(2026, 3, 25), dt.date(2026, 3, 27)),
    ]:
        assert calendar(day.year, day.year).is_working(day), day


def test_holidays_and_cuti_bersama_are_named_in_indonesian() -> None:
    work_calendar = calendar(2023, 2024)
    maulid = work_calendar.day_off(dt.date(2023, 9, 28))
    assert maulid is not None
    assert (maulid.kind, maulid.name) == (DayOffKind.HOLIDAY, "Maulid Nabi Muhammad")
    cuti = work_calendar.day_off(dt.date(2024, 4, 15))
    assert cuti is not None
    assert cuti.kind is DayOffKind.COLLECTIVE_LEAVE
    assert "Cuti Bersama" in cuti.name


def test_saturday_is_a_working_day_only_in_a_six_day_week() -> None:
    saturday = dt.date(2024, 4, 20)
    work_calendar = calendar(2024, 2024)
    assert not work_calendar.is_working(saturday, WorkWeek.FIVE_DAYS)
    assert work_calendar.is_working(saturday, WorkWeek.SIX_DAYS)
    assert not work_calendar.is_working(saturday + dt.timedelta(1), WorkWeek.SIX_DAYS)


def test_a_plan_can_add_a_day_off_and_work_a_national_one() -> None:
    work_calendar = calendar(2024, 2024).with_changes(
        {dt.date(2024, 4, 18): "HUT Provinsi"}, frozenset({dt.date(2024, 4, 15)})
    )
    added = work_calendar.day_off(dt.date(2024, 4, 18))
    assert added is not None
    assert (added.kind, added.name) == (DayOffKind.LOCAL, "HUT Provinsi")
    assert work_calendar.is_working(dt.date(2024, 4, 15))


def test_dates_are_written_with_the_month_in_full() -> None:
    assert format_date_long(dt.date(2024, 4, 16)) == "16 April 2024"
