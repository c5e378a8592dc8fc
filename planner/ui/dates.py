"""Dates between Python and Qt's date widgets.

PySide6 converts a ``datetime.date`` to ``QDate`` on its own, but its type stubs accept only
``QDate`` and ``QDate.toPython`` is typed ``object``; these two keep the conversions typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_qdate(day: dt.date) -> QDate:
    """``day`` for a ``QDateEdit``."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A ``QDateEdit``'s date as a ``datetime.date``."""
    return dt.date(day.year(), day.month(), day.day())
