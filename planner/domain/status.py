"""What a staff member does on a working day: the statuses a grid cell can hold."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Presence(enum.Enum):
    """How a status counts for the quotas."""

    OFFICE = "office"
    REMOTE = "remote"
    ABSENT = "absent"


class Status(enum.Enum):
    """A cell's status. A blank working-day cell is not a status: it counts as WFO.

    The value is the code printed in the grid, in files and on the schedule.
    """

    WFO = "WFO"
    WFH = "WFH"
    WFA = "WFA"
    CT = "CT"
    S = "S"
    DL = "DL"
    TB = "TB"

    # Members are singletons compared by identity, so identity hashing is consistent, and it
    # runs in C: Enum's own __hash__ is Python code, a third of the time of a 10,000-cell edit.
    __hash__ = object.__hash__

    @property
    def code(self) -> str:
        """The code printed in every cell, so the grid reads without colour."""
        return self.value

    @property
    def record(self) -> StatusRecord:
        """Everything known about the status, in one place."""
        return _RECORDS[self]

    @property
    def label(self) -> str:
        """The Indonesian name of the status."""
        return _RECORDS[self].label

    @property
    def colour(self) -> str:
        """Cell fill as ``#rrggbb``: light tints of the Okabe-Ito palette, safe for colour-blind readers."""
        return _RECORDS[self].colour

    @property
    def print_fill(self) -> str | None:
        """Cell fill on the printed schedule (None: white), chosen to read on black-and-white printers too."""
        return _RECORDS[self].print_fill

    @property
    def key_letter(self) -> str:
        """The letter typed on the grid for this status; also its letter in a sign-off fingerprint."""
        return _RECORDS[self].key_letter

    @property
    def presence(self) -> Presence:
        """Whether the status counts as office, remote or absent."""
        return _RECORDS[self].presence

    @property
    def is_remote(self) -> bool:
        """True for WFH and WFA."""
        return _RECORDS[self].presence is Presence.REMOTE

    @property
    def byte(self) -> int:
        """The compact number a plan stores for this status (0 is a blank cell)."""
        return _BYTES[self]

    @classmethod
    def from_code(cls, text: str) -> Status:
        """The status for a code such as ``"wfh"`` or ``" CT "``.

        Raises:
            ValueError: the text is not one of the codes.
        """
        try:
            return cls(text.strip().upper())
        except ValueError:
            raise ValueError(text) from None


@dataclass(frozen=True, slots=True)
class StatusRecord:
    """One status's label, colours, key letter and presence: every table elsewhere derives from these."""

    label: str
    colour: str
    """Fill on screen and in Excel: light tints of the Okabe-Ito palette, safe for colour-blind readers."""
    print_fill: str | None
    """Fill on the printed schedule: office white, remote mid grey (about 80 %), absences light grey (about 90 %)."""
    key_letter: str
    """Typed on the grid; part of the sign-off fingerprint's hashed text, so never change one."""
    presence: Presence


_RECORDS = {
    Status.WFO: StatusRecord("Bekerja di kantor", "#CCE3F0", None, "O", Presence.OFFICE),  # blue 0072B2
    Status.WFH: StatusRecord("Bekerja dari rumah", "#F9DDA6", "#F2C27A", "H", Presence.REMOTE),  # orange E69F00
    Status.WFA: StatusRecord("Bekerja dari lokasi lain", "#F6F0B0", "#E8D36A", "A", Presence.REMOTE),  # yellow
    Status.CT: StatusRecord("Cuti", "#EDCFE1", "#EBDAE6", "C", Presence.ABSENT),  # reddish purple CC79A7
    Status.S: StatusRecord("Sakit", "#F2C3A7", "#F4D9C6", "S", Presence.ABSENT),  # vermillion D55E00
    Status.DL: StatusRecord("Dinas luar", "#BFE3D6", "#D3ECE1", "D", Presence.ABSENT),  # bluish green 009E73
    Status.TB: StatusRecord("Tugas belajar / diklat", "#D4ECF9", "#DAEAF5", "T", Presence.ABSENT),  # sky blue
}

BLANK = 0
"""The byte of a cell where nothing is planned: on a working day it counts as WFO."""

_BYTES = {status: number for number, status in enumerate(Status, start=1)}
BY_BYTE: tuple[Status | None, ...] = (None, *Status)
"""Status for each stored byte; index 0 (a blank cell) is ``None``."""

REMOTE_BYTES = frozenset(status.byte for status in Status if status.is_remote)
OFFICE_BYTES = frozenset({BLANK, Status.WFO.byte})
"""Bytes that count as in the office on a working day: WFO and a blank cell."""
