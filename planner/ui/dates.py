"""Dates between Python and Qt's date widgets, and a date field that takes dates as clerks type them.

PySide6 converts a ``datetime.date`` to ``QDate`` on its own, but its type stubs accept only
``QDate`` and ``QDate.toPython`` is typed ``object``; these two keep the conversions typed.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "dd/MM/yyyy"
_TYPED = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_PARTIAL = re.compile(r"^[\d\s/.\-]*$")


def to_qdate(day: dt.date) -> QDate:
    """``day`` for a ``QDateEdit``."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A ``QDateEdit``'s date as a ``datetime.date``."""
    return dt.date(day.year(), day.month(), day.day())


def parse_typed_date(text: str) -> dt.date | None:
    """A date typed day/month/year: ``01/09/2023``, ``1/9/2023``, ``1-9-2023``, ``1.9.23``; None otherwise."""
    match = _TYPED.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DayEdit(QDateEdit):
    """A date field that accepts the whole date typed at once, day first, with any of / . - between.

    Qt's own field edits a section at a time and refuses ``1/9/2023`` typed over a selected date.
    """

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        """Show ``day`` (today when None) as dd/MM/yyyy, with a calendar to pick from."""
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setDate(to_qdate(day or dt.date.today()))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """A whole date in range is acceptable; digits and separators on the way to one are intermediate."""
        day = parse_typed_date(text)
        if day is not None and self.minimumDate() <= to_qdate(day) <= self.maximumDate():
            return QValidator.State.Acceptable, text, pos
        if _PARTIAL.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The date typed, whatever its separators."""
        day = parse_typed_date(text)
        if day is None:
            return self.dateTime()
        return QDateTime(to_qdate(day), QTime(0, 0))

    def textFromDateTime(self, value: QDateTime | dt.datetime) -> str:
        """Always dd/MM/yyyy."""
        if isinstance(value, dt.datetime):
            return f"{value:%d/%m/%Y}"
        return value.date().toString(DISPLAY_FORMAT)

    def fixup(self, text: str) -> str:
        """An unfinished date goes back to the date shown before."""
        return text if parse_typed_date(text) is not None else self.textFromDateTime(self.dateTime())
