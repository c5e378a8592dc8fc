"""Indonesia's national days kept between runs: the same answer as the package, computed again when it changes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from planner.domain import calendar
from planner.domain.calendar import DayOffKind, holiday_lists, indonesian_calendar, national_days_off
from planner.io import national_days
from planner.io.national_days import CACHE_FILE, cached_calendar, cached_national_days_off, installed_key
from planner.paths import AppPaths

YEARS = range(2023, 2026)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The years each computation asks the package for."""
    asked: list[list[int]] = []

    def counted(years: list[int]) -> dict[int, dict[str, list[tuple[dt.date, str]]]]:
        asked.append(list(years))
        return holiday_lists(years)

    monkeypatch.setattr(national_days, "holiday_lists", counted)
    return asked


def test_the_same_days_names_and_order_as_the_package(tmp_path: Path) -> None:
    expected = list(national_days_off(YEARS).items())
    assert list(cached_national_days_off(YEARS, tmp_path).items()) == expected  # computed, then kept
    assert list(cached_national_days_off(YEARS, tmp_path).items()) == expected  # read back
    assert (tmp_path / CACHE_FILE).is_file()


def test_a_kept_year_is_not_computed_again_and_only_missing_years_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _counting(monkeypatch)
    cached_national_days_off(range(2024, 2025), tmp_path)
    cached_national_days_off(range(2024, 2025), tmp_path)
    both = cached_national_days_off(range(2023, 2025), tmp_path)
    assert asked == [[2024], [2023]]
    assert list(both.items()) == list(national_days_off(range(2023, 2025)).items())


def test_the_calendar_matches_the_uncached_one(tmp_path: Path) -> None:
    first, last = dt.date(2024, 3, 1), dt.date(2024, 4, 30)
    assert cached_calendar(first, last, tmp_path) == indonesian_calendar(first, last)
    idul_fitri = cached_calendar(first, last, tmp_path).day_off(dt.date(2024, 4, 10))
    assert idul_fitri is not None
    assert idul_fitri.kind is DayOffKind.HOLIDAY


def test_another_installed_package_computes_the_table_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch)
    cached_national_days_off(range(2024, 2025), tmp_path)
    monkeypatch.setattr(national_days, "installed_key", lambda: "holidays upgraded")
    cached_national_days_off(range(2024, 2025), tmp_path)
    cached_national_days_off(range(2024, 2025), tmp_path)
    assert asked == [[2024], [2024]]
    assert json.loads((tmp_path / CACHE_FILE).read_text(encoding="utf-8"))["key"] == "holidays upgraded"


def test_a_new_planner_rule_computes_the_table_again(monkeypatch: pytest.MonkeyPatch) -> None:
    before = installed_key()
    monkeypatch.setattr(national_days, "NATIONAL_DAYS_VERSION", calendar.NATIONAL_DAYS_VERSION + 1)
    assert installed_key() != before


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[]",
        '{"format": 1}',
        "\udcff",
        None,  # a wrong name for a day, under the right key
        "wrong year",  # a day filed under another year
        "entry removed",  # still a well-formed table, one holiday short
    ],
)
def test_a_damaged_table_is_computed_again_and_written_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None
) -> None:
    key = installed_key()
    assert key is not None
    path = tmp_path / CACHE_FILE
    if content in (None, "wrong year", "entry removed"):
        cached_national_days_off(range(2024, 2025), tmp_path)
        table = json.loads(path.read_text(encoding="utf-8"))
        entry = table["years"]["2024"]["public"][0]
        if content is None:
            entry[1] = 17
        elif content == "wrong year":
            entry[0] = "2031-01-01"
        else:
            del table["years"]["2024"]["public"][0]
        path.write_text(json.dumps(table), encoding="utf-8")
    else:
        path.write_bytes(content.encode("utf-8", "surrogateescape"))
    asked = _counting(monkeypatch)
    assert list(cached_national_days_off(range(2024, 2025), tmp_path).items()) == list(
        national_days_off(range(2024, 2025)).items()
    )
    assert asked == [[2024]]
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == key


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="a folder root can still write to")
def test_a_folder_that_cannot_be_written_gives_the_same_answer(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        assert cached_national_days_off(YEARS, tmp_path / "cache") == national_days_off(YEARS)
    finally:
        tmp_path.chmod(0o700)


def test_a_file_where_the_folder_should_be_gives_the_same_answer(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    assert cached_national_days_off(YEARS, tmp_path / "cache") == national_days_off(YEARS)


def _fake_package(folder: Path) -> Path:
    package = folder / "holidays"
    (package / "calendars").mkdir(parents=True)
    (package / "countries").mkdir()
    (package / "locale" / "id" / "LC_MESSAGES").mkdir(parents=True)
    (package / "version.py").write_text('#  a licence\n__version__ = "0.99"\n', encoding="utf-8")
    (package / "calendars" / "islamic.py").write_text("DATES = {}\n", encoding="utf-8")
    (package / "countries" / "indonesia.py").write_text("class Indonesia: ...\n", encoding="utf-8")
    (package / "locale" / "id" / "LC_MESSAGES" / "ID.mo").write_bytes(b"mo")
    return package


def test_the_key_names_the_version_and_the_files_that_make_indonesias_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _fake_package(tmp_path)
    spec = SimpleNamespace(submodule_search_locations=[str(package)])
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec if name == "holidays" else None)
    record = tmp_path / "holidays-0.99.dist-info" / "RECORD"
    record.parent.mkdir()
    record.write_text("holidays/holiday_base.py,sha256=aaaa,10\n", encoding="utf-8")
    first = installed_key()
    assert first is not None
    assert "holidays-0.99.dist-info" in first
    assert "licence" not in first
    # An upgrade that changes only a file the key does not time (the base class): the record differs.
    record.write_text("holidays/holiday_base.py,sha256=bbbb,12\n", encoding="utf-8")
    second = installed_key()
    assert second != first
    islamic = package / "calendars" / "islamic.py"
    islamic.write_text("DATES = {2030: 1}\n", encoding="utf-8")
    os.utime(islamic, ns=(1, 1))
    assert installed_key() != second
    (package / "countries" / "indonesia.py").unlink()
    assert installed_key() is None  # a package without its files: no cache, computed each time


def test_without_package_files_the_days_are_computed_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(national_days, "installed_key", lambda: None)
    assert cached_national_days_off(YEARS, tmp_path) == national_days_off(YEARS)
    assert not (tmp_path / CACHE_FILE).exists()


def test_the_cache_lives_below_the_planners_data_folder(planner_home: Path) -> None:
    assert AppPaths.default().cache.is_relative_to(planner_home)


def test_the_frozen_program_is_named_by_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "JadwalKerjaASN.exe"
    program.write_bytes(b"build 1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    first = installed_key()
    assert first is not None
    assert str(program) in first
    program.write_bytes(b"build 2, larger")
    assert installed_key() != first
    program.unlink()
    assert installed_key() is None
