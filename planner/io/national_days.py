"""Indonesia's national days off, kept between runs so that a command does not import ``holidays`` each time.

Importing the ``holidays`` package and computing a year costs about 85 ms of CPU, a sixth of
what ``new --grid`` may take for 5,000 staff. What it says for each year (``holiday_lists``)
is kept in ``libur-nasional.json`` in the user's cache folder, under a key naming the
installed package: its folder, its installation record (the release, and a digest of every
file pip installed), the size and time of the files that make Indonesia's days (the country,
the calendars it uses, the Indonesian names: a file patched in place) and the planner's own
``NATIONAL_DAYS_VERSION`` (in the frozen build: the program file). When the
package is upgraded, moved or patched, the key changes and the table is computed again; the key
is read without importing the package.

The cache is only a cache: a missing, unreadable or damaged file, or one for another key, is
ignored and written anew; a folder that cannot be written leaves the answer the same.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from planner.domain.calendar import (
    HOLIDAY_CATEGORIES,
    NATIONAL_DAYS_VERSION,
    DayOff,
    WorkCalendar,
    days_off_from,
    holiday_lists,
)

CACHE_FILE = "libur-nasional.json"
_FORMAT = 1
"""The layout of the file; another one is ignored."""
_SOURCES = ("countries/indonesia.py", "locale/id/LC_MESSAGES/ID.mo")
"""Files of the package, beside ``calendars/*.py``, whose change changes Indonesia's days."""


def cached_calendar(first: dt.date, last: dt.date, folder: Path) -> WorkCalendar:
    """``indonesian_calendar(first, last)``, its national days read from the cache in ``folder`` when they are there."""
    return WorkCalendar(cached_national_days_off(range(first.year, last.year + 1), folder))


def cached_national_days_off(years: range, folder: Path) -> dict[dt.date, DayOff]:
    """``national_days_off(years)``: the same days, names and order, computed only for years not yet kept."""
    key = installed_key()
    if key is None:  # nothing to name the package by (its files not found): computed each time
        return days_off_from(holiday_lists(years), years)
    path = folder / CACHE_FILE
    kept = _read(path, key)
    missing = [year for year in years if year not in kept]
    if missing:
        kept.update(holiday_lists(missing))
        _write(path, key, kept)
    return days_off_from(kept, years)


def installed_key() -> str | None:
    """What names the installed ``holidays`` package and the planner's use of it; None when it has no files.

    In the frozen (PyInstaller) build the package lives inside the program, which only a new build
    changes: the program file itself names it.
    """
    if getattr(sys, "frozen", False):
        try:
            status = Path(sys.executable).stat()
        except OSError:
            return None
        return f"planner {NATIONAL_DAYS_VERSION}\nfrozen {sys.executable} {status.st_size} {status.st_mtime_ns}"
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    parts = [f"planner {NATIONAL_DAYS_VERSION}", str(package)]
    try:
        # The installation's record names the release and holds a digest of every file it installed.
        for record in sorted(package.parent.glob("holidays-*.dist-info/RECORD")):
            digest = hashlib.sha256(record.read_bytes()).hexdigest()
            parts.append(f"{record.parent.name} {digest}")
        sources = [*sorted((package / "calendars").glob("*.py")), *(package / name for name in _SOURCES)]
        for source in sources:
            status = source.stat()
            parts.append(f"{source.relative_to(package).as_posix()} {status.st_size} {status.st_mtime_ns}")
    except (OSError, UnicodeDecodeError):
        return None
    return "\n".join(parts)


def _read(path: Path, key: str) -> dict[int, dict[str, list[tuple[dt.date, str]]]]:
    """The years kept in ``path`` under ``key``; nothing when the file is missing, damaged or for another key."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    try:
        return _parsed(content, key)
    except (KeyError, TypeError, ValueError, AttributeError):
        return {}


def _parsed(content: Any, key: str) -> dict[int, dict[str, list[tuple[dt.date, str]]]]:
    """The kept years of ``content``.

    Raises:
        KeyError, TypeError, ValueError, AttributeError: the content is not a table this module wrote for ``key``.
    """
    if content["format"] != _FORMAT or content["key"] != key or content["digest"] != _digest(content["years"]):
        return {}
    years: dict[int, dict[str, list[tuple[dt.date, str]]]] = {}
    for year_text, categories in content["years"].items():
        year = int(year_text)
        lists: dict[str, list[tuple[dt.date, str]]] = {}
        for category, _ in HOLIDAY_CATEGORIES:
            entries = []
            for day_text, name in categories[category]:
                day = dt.date.fromisoformat(day_text)
                if day.year != year or not isinstance(name, str):
                    raise ValueError(day_text)
                entries.append((day, name))
            lists[category] = entries
        years[year] = lists
    return years


def _write(path: Path, key: str, years: dict[int, dict[str, list[tuple[dt.date, str]]]]) -> None:
    """Keep the table, in one try; a folder that cannot be written is left as it is (the next run computes again).

    Not through ``atomic.write_text_atomically``: a cache need not wait for a file another
    program holds, nor be flushed to disk; a half-written file is a damaged one, ignored.
    """
    table = {
        str(year): {category: [[day.isoformat(), name] for day, name in entries] for category, entries in lists.items()}
        for year, lists in sorted(years.items())
    }
    content = {"format": _FORMAT, "key": key, "digest": _digest(table), "years": table}
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _digest(table: Any) -> str:
    """A digest of the kept years as written: a file edited by hand (an entry taken out) is not trusted."""
    return hashlib.sha256(json.dumps(table, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
