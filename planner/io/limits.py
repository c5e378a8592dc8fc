"""Limits no real input comes near, so that one absurd file is refused with a message instead of a crash or a hang.

Every reader of a user's file goes through these: a bounded JSON loader (size and nesting,
checked before Python's parser could run out of stack or memory), the longest range of dates
a plan may cover, and the removal of control characters from text that is shown or printed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from planner.domain.errors import PlannerError

MAX_JSON_CHARS = 2_000_000
"""A circular file or a circular copy in a plan: the largest shipped one is about 5 KB."""
MAX_JSON_NESTING = 64
"""Arrays and objects inside each other: a circular goes five levels deep."""
MIN_YEAR = 1990
MAX_YEAR = 2100
"""Plans and circulars fall in these years; SE MenPANRB 67/2020 is the oldest circular the planner models."""
MAX_NEW_PLAN_DAYS = 366
"""The longest plan the planner makes (a whole year), as the new-plan dialog allows."""
MAX_PLAN_DAYS = 3_660
"""The longest plan a file may hold: ten years, far past any plan made, still small in memory."""

_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""Control characters other than tab and line ends, halves of UTF-16 pairs standing alone (JSON can
hold ``"\\ud800"``; no file format the planner writes can), and U+FFFE/U+FFFF, which XML may not hold
(a workbook with one is "damaged"). The one definition every reader and writer uses."""
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")


class JsonLimitError(PlannerError):
    """A JSON document that is too large, too deeply nested or not JSON; the message names file and place."""


class RangeLimitError(PlannerError):
    """A range of dates a plan cannot cover; the message names the field."""


def load_json(text: str, where: str, *, max_chars: int = MAX_JSON_CHARS) -> Any:
    """Decode ``text`` as JSON, refusing what is too large or too deeply nested before decoding it.

    Args:
        text: the document.
        where: the file (and place in it) for the message: ``"se-kota.json"``.
        max_chars: the longest document accepted.

    Raises:
        JsonLimitError: too long, nested deeper than ``MAX_JSON_NESTING``, or not valid JSON.
    """
    if len(text) > max_chars:
        raise JsonLimitError(
            f"{where}: berkas terlalu besar ({len(text):,} karakter; paling banyak {max_chars:,})".replace(",", ".")
        )
    _check_nesting(text, where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise JsonLimitError(
            f"{where}: baris {error.lineno}, kolom {error.colno}: JSON tidak sah ({error.msg})"
        ) from error
    except (RecursionError, ValueError) as error:  # ValueError: an integer of more than 4,300 digits
        raise JsonLimitError(f"{where}: JSON tidak sah ({error})") from error


def _check_nesting(text: str, where: str) -> None:
    if text.count("[") + text.count("{") <= MAX_JSON_NESTING:
        return  # cannot be nested deeper than the limit: skip the scan
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        found = match.group()
        if found in "[{":
            depth += 1
            if depth > MAX_JSON_NESTING:
                line = text.count("\n", 0, match.start()) + 1
                raise JsonLimitError(
                    f"{where}: baris {line}: JSON bersarang lebih dari {MAX_JSON_NESTING} tingkat (isi tidak wajar)"
                )
        elif found in "]}":
            depth -= 1


def check_date_range(first: dt.date, last: dt.date, where: str, *, max_days: int = MAX_PLAN_DAYS) -> None:
    """Refuse a plan range that is reversed, outside ``MIN_YEAR``–``MAX_YEAR`` or longer than ``max_days``.

    Raises:
        RangeLimitError: naming ``where`` (the file and field, or the option) and the limit.
    """
    for name, day in (("tanggal awal", first), ("tanggal akhir", last)):
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise RangeLimitError(f"{where}: {name} {day.isoformat()} di luar tahun {MIN_YEAR}–{MAX_YEAR}")
    if last < first:
        raise RangeLimitError(f"{where}: rentang terbalik: {first.isoformat()} sampai {last.isoformat()}")
    days = (last - first).days + 1
    if days > max_days:
        raise RangeLimitError(
            f"{where}: rentang {first.isoformat()} sampai {last.isoformat()} ({days:,} hari) lebih panjang dari "
            f"{max_days:,} hari".replace(",", ".")
        )


def has_control_characters(text: str) -> bool:
    """True when ``text`` holds a control character (other than tab and line breaks) or a lone surrogate."""
    return _CONTROL.search(text) is not None


def clean_line(text: str) -> str:
    """``text`` as one line: tabs and line breaks become a space; control characters and lone surrogates go."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text))


def without_controls(text: str, replacement: str = "") -> str:
    """``text`` with each control character (tab and line ends kept) and lone surrogate replaced by ``replacement``.

    Names and cells read from a file drop them (``""``: they print as boxes, or not at all); a workbook,
    which cannot hold most of them, writes a space in their place so the text keeps its length.
    """
    return text if text.isprintable() else _CONTROL.sub(replacement, text)
