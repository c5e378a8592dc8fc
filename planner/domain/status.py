"""What a staff member does on a working day: the statuses a grid cell can hold."""

from __future__ import annotations

import enum


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
    def label(self) -> str:
        """The Indonesian name of the status."""
        return _LABELS[self]

    @property
    def colour(self) -> str:
        """Cell fill as ``#rrggbb``: light tints of the Okabe-Ito palette, safe for colour-blind readers."""
        return _COLOURS[self]

    @property
    def presence(self) -> Presence:
        """Whether the status counts as office, remote or absent."""
        return _PRESENCE[self]

    @property
    def is_remote(self) -> bool:
        """True for WFH and WFA."""
        return _PRESENCE[self] is Presence.REMOTE

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


_LABELS = {
    Status.WFO: "Bekerja di kantor",
    Status.WFH: "Bekerja dari rumah",
    Status.WFA: "Bekerja dari lokasi lain",
    Status.CT: "Cuti",
    Status.S: "Sakit",
    Status.DL: "Dinas luar",
    Status.TB: "Tugas belajar / diklat",
}

_COLOURS = {
    Status.WFO: "#CCE3F0",  # blue 0072B2, tinted
    Status.WFH: "#F9DDA6",  # orange E69F00, tinted
    Status.WFA: "#F6F0B0",  # yellow F0E442, tinted
    Status.CT: "#EDCFE1",  # reddish purple CC79A7, tinted
    Status.S: "#F2C3A7",  # vermillion D55E00, tinted
    Status.DL: "#BFE3D6",  # bluish green 009E73, tinted
    Status.TB: "#D4ECF9",  # sky blue 56B4E9, tinted
}

_PRESENCE = {
    Status.WFO: Presence.OFFICE,
    Status.WFH: Presence.REMOTE,
    Status.WFA: Presence.REMOTE,
    Status.CT: Presence.ABSENT,
    Status.S: Presence.ABSENT,
    Status.DL: Presence.ABSENT,
    Status.TB: Presence.ABSENT,
}

BLANK = 0
"""The byte of a cell where nothing is planned: on a working day it counts as WFO."""

_BYTES = {status: number for number, status in enumerate(Status, start=1)}
BY_BYTE: tuple[Status | None, ...] = (None, *Status)
"""Status for each stored byte; index 0 (a blank cell) is ``None``."""

REMOTE_BYTES = frozenset(status.byte for status in Status if status.is_remote)
OFFICE_BYTES = frozenset({BLANK, Status.WFO.byte})
"""Bytes that count as in the office on a working day: WFO and a blank cell."""
