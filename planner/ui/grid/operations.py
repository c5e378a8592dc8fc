"""The user's operations on an open plan: each takes the document and what the user chose, and acts.

The window builds menus and wires actions; the operations here set statuses, paste, lock,
replace the roster, change settings and repeat patterns, each as one undo step, and return
what happened as data (counts, refusals with their values) for the window to word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.domain.calendar import indonesian_calendar
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.roster import Roster
from planner.domain.status import Presence, Status
from planner.ui.actions import STATUS_KEYS
from planner.ui.dialogs.plan_settings_dialog import PlanSettings
from planner.ui.grid.document import Document

Cell = tuple[Nip, dt.date]
"""A staff member's cell on a day."""

MAX_PASTE_CHARACTERS = 1_000_000
"""A pasted text longer than this is not a grid of codes (a year for 5,000 people is about 700,000)."""

_LETTERS = {letter: status for status, letter in STATUS_KEYS.items()}


# ---- statuses and locks ------------------------------------------------------------------


def _set_text(count: int, status: Status | None) -> str:
    """The undo step's name: "Isi 6 sel dengan WFH"."""
    label = status.code if status else QCoreApplication.translate("Operations", "kosong")
    return QCoreApplication.translate("Operations", "Isi {count} sel dengan {status}").format(count=count, status=label)


def set_statuses_at(document: Document, cells: Sequence[tuple[int, int]], status: Status | None) -> int:
    """Give every cell ``status`` (None empties) as one undo step; returns how many changed.

    The cells are (roster row, day column), as the grid's selection gives them.
    """
    return document.set_status_at(cells, status, _set_text(len(cells), status))


def lock(document: Document, cells: Sequence[Cell], locked: bool) -> int:
    """Lock or unlock cells as one undo step; returns how many changed."""
    return document.lock_cells(cells, locked)


# ---- the clipboard -----------------------------------------------------------------------


def copy_text(plan: Plan, cells: Sequence[Cell]) -> str | None:
    """The cells as tab-separated codes, one line per person; None unless they form one block of days."""
    by_row: dict[Nip, dict[int, str]] = {}
    for nip, day in cells:
        status = plan.status_of(nip, day)
        by_row.setdefault(nip, {})[plan.column_of(day)] = status.code if status else ""
    shapes = {tuple(sorted(row)) for row in by_row.values()}
    if len(shapes) != 1:
        return None
    [columns] = shapes
    if not columns or columns != tuple(range(columns[0], columns[-1] + 1)):
        # What would go between the pieces is unknown: a paste would empty those cells (Excel refuses too).
        return None
    return "\n".join("\t".join(row[column] for column in columns) for row in by_row.values()) + "\n"


@dataclass(frozen=True, slots=True)
class PasteRefused:
    """Why a paste changed nothing: ``code`` unknown at ``row``/``column`` of the pasted block, or too long."""

    code: str = ""
    row: int = 0
    column: int = 0
    too_long: bool = False


class PastedCodeError(ValueError):
    """A pasted cell holds no status code; row and column count from 1 within the pasted block."""

    def __init__(self, code: str, row: int, column: int) -> None:
        """Remember where the unknown code was."""
        super().__init__(f"{code!r} ({row}, {column})")
        self.code, self.row, self.column = code, row, column


def parse_pasted_codes(text: str) -> list[list[Status | None]]:
    """Tab-separated status codes (or their key letters) as copied from a spreadsheet; blank cells clear.

    Raises:
        PastedCodeError: a code is unknown, with its row and column in the pasted block.
    """
    block: list[list[Status | None]] = []
    for row_number, line in enumerate(text.rstrip("\r\n").split("\n"), start=1):
        values: list[Status | None] = []
        for column_number, raw in enumerate(line.rstrip("\r").split("\t"), start=1):
            code = raw.strip()
            if not code:
                values.append(None)
                continue
            letter = _LETTERS.get(code.upper()) if len(code) == 1 else None
            if letter is not None:
                values.append(letter)
                continue
            try:
                values.append(Status.from_code(code))
            except ValueError:
                raise PastedCodeError(code[:40], row_number, column_number) from None
        block.append(values)
    return block


def paste(document: Document, text: str, staff_rows: Sequence[int], first_column: int) -> int | PasteRefused:
    """Paste a block of codes from ``first_column`` down the people in ``staff_rows`` (grid order).

    Returns:
        How many cells changed, or why nothing was pasted (nothing changes then).
    """
    if len(text) > MAX_PASTE_CHARACTERS:
        return PasteRefused(too_long=True)
    try:
        block = parse_pasted_codes(text)
    except PastedCodeError as error:
        return PasteRefused(error.code, error.row, error.column)
    plan = document.plan
    assignments: list[tuple[Nip, dt.date, Status | None]] = []
    for staff_row, values in zip(staff_rows, block, strict=False):
        nip = plan.roster.staff[staff_row].nip
        days = plan.days[first_column : first_column + len(values)]
        assignments += [(nip, day, status) for day, status in zip(days, values, strict=False)]
    return document.set_cells(
        assignments, QCoreApplication.translate("Operations", "Tempel {count} sel").format(count=len(assignments))
    )


# ---- the roster and the plan's settings ----------------------------------------------------


def replace_roster(document: Document, roster: Roster, text: str, renamed: dict[Nip, Nip] | None = None) -> None:
    """Put a new staff list in place (a NIP renamed keeps the person's cells and policy pairs)."""
    plan = document.plan
    policy = plan.policy
    if renamed:
        pairs = tuple((renamed.get(a, a), renamed.get(b, b)) for a, b in policy.exclusive_pairs)
        policy = dataclasses.replace(policy, exclusive_pairs=pairs)
    document.replace_plan(plan.rebuilt(roster=roster, policy=policy, renamed=renamed), text)


def cells_outside(plan: Plan, first: dt.date, last: dt.date) -> int:
    """How many planned cells fall outside ``first``…``last`` (they are dropped by a narrower range)."""
    return sum(
        1
        for row in range(len(plan.roster.staff))
        for column, byte in enumerate(plan.row_bytes(row))
        if byte and not first <= plan.days[column] <= last
    )


def change_settings(document: Document, chosen: PlanSettings) -> None:
    """Name, range, quota level and policy, as one undo step."""
    new = document.plan.rebuilt(
        name=chosen.name,
        first=chosen.first,
        last=chosen.last,
        quota_level=chosen.quota_level,
        policy=chosen.policy,
    )
    document.replace_plan(new, QCoreApplication.translate("Operations", "Ubah pengaturan rencana"))


# ---- finding people ------------------------------------------------------------------------


def search_index(roster: Roster) -> list[str]:
    """What Ctrl+F searches for each person, in roster order: name, NIP, position and unit path, folded."""
    units = {unit_id: " ".join(roster.path(unit_id)).casefold() for unit_id in roster.units}
    return [
        f"{member.name.casefold()} {member.nip} {member.position.casefold()} {units[member.unit]}"
        for member in roster.staff
    ]


def matching_staff(index: Sequence[str], query: str) -> list[int]:
    """Roster rows whose entry in ``index`` (see ``search_index``) contains every word of ``query``.

    The query is plain text, never a pattern: any character may be typed.
    """
    needles = [_needle(word) for word in query.casefold().split()]
    return [row for row, haystack in enumerate(index) if all(needle in haystack for needle in needles)]


def _needle(word: str) -> str:
    """A NIP typed with dots ("19860926.2015") is looked up as its digits."""
    digits = word.replace(".", "")
    return digits if digits.isdigit() else word


# ---- repeating a pattern ---------------------------------------------------------------------


def _is_absence(status: Status | None) -> bool:
    return status is not None and status.presence is Presence.ABSENT


_ABSENCE_BYTES = frozenset(status.byte for status in Status if status.presence is Presence.ABSENT)
"""The cell bytes of leave, sickness and duty (``_is_absence`` of a status byte)."""


def _pattern_targets(
    document: Document, source: dict[tuple[int, int], Status | None], targets: Iterable[tuple[int, int, int]]
) -> list[tuple[int, int, Status | None]]:
    """(row, source column, target column) → assignments, leaving days off, absences and locked cells alone."""
    plan, validator = document.plan, document.validator
    assignments = []
    for row, from_column, to_column in targets:
        if (row, from_column) not in source:
            continue
        status = source[(row, from_column)]
        if not validator.is_working(row, to_column) or plan.is_locked(row, to_column):
            continue
        if _is_absence(plan.status(row, to_column)):
            continue
        assignments.append((row, to_column, status))
    return assignments


def copy_week(document: Document, week_start: dt.date, weeks: int) -> int:
    """Repeat the week starting on ``week_start`` onto the ``weeks`` weeks after it, as one undo step.

    Days off in the source week give no pattern; absences there are not copied (leave is not a
    pattern); target days off, absences and locked cells are left alone. Returns cells changed.
    """
    plan = document.plan
    targets_of: dict[int, list[int]] = {}
    for offset in range(7):
        day = week_start + dt.timedelta(days=offset)
        if not plan.first <= day <= plan.last:
            continue
        later = [day + dt.timedelta(weeks=week) for week in range(1, weeks + 1)]
        targets_of[plan.column_of(day)] = [plan.column_of(d) for d in later if d <= plan.last]
    text = QCoreApplication.translate("Operations", "Salin pola minggu {day} ke {weeks} minggu berikutnya").format(
        day=f"{week_start:%d/%m/%Y}", weeks=weeks
    )
    rows, columns, statuses = _week_pattern(document, targets_of)
    return document.set_bytes_at(rows, columns, statuses, text)


def _week_pattern(document: Document, targets_of: dict[int, list[int]]) -> tuple[list[int], list[int], bytes]:
    """The cells ``copy_week`` changes, as (rows, columns, status bytes): each source column onto its targets.

    Counted over the whole plan at once (a column of 5,000 people is one array operation):
    a source day off or absence gives no pattern; a target day off, absence, locked cell or
    cell already holding the source's status is left alone.
    """
    import numpy as np  # noqa: PLC0415 - loaded by the first validation already; the window starts without it

    plan, validator = document.plan, document.validator
    n_rows, n_days = len(plan.roster.staff), len(plan.days)
    cells = np.frombuffer(b"".join(plan.rows()), dtype=np.uint8).reshape(n_rows, n_days)
    working_days = b"".join(validator.working_days(row) for row in range(n_rows))
    working = np.frombuffer(working_days, dtype=np.uint8).reshape(n_rows, n_days).astype(bool)
    is_absence = np.zeros(256, dtype=bool)
    is_absence[list(_ABSENCE_BYTES)] = True
    gives = working & ~is_absence[cells]
    """A working day without an absence: a source cell that gives a pattern."""
    takes = gives.copy()
    """The same, and not locked: a target cell that may take one (a locked source still gives its pattern)."""
    index_of, column_of = plan.roster.index_of, plan.column_of
    for nip, day in plan.locked_cells():
        takes[index_of(nip), column_of(day)] = False
    rows: list[int] = []
    columns: list[int] = []
    statuses = bytearray()
    for column, to_columns in targets_of.items():
        source = cells[:, column]
        for to in to_columns:
            found = np.nonzero(gives[:, column] & takes[:, to] & (cells[:, to] != source))[0]
            rows += found.tolist()
            columns += [to] * len(found)
            statuses += source[found].tobytes()
    return rows, columns, bytes(statuses)


def copy_previous_plan(document: Document, previous: Plan) -> int:
    """Each person's pattern from ``previous`` (their latest status on each weekday) onto this plan, as one step.

    People are matched by NIP; a weekday the previous plan gives no working status for is left
    alone, as are days off, absences and locked cells here. Returns cells changed.
    """
    plan = document.plan
    national = indonesian_calendar(previous.first, previous.last)

    def day_off(day: dt.date) -> bool:
        if day in previous.days_added:
            return True
        return national.day_off(day) is not None and day not in previous.days_removed

    pattern: dict[tuple[Nip, int], Status | None] = {}
    index_of_previous = {member.nip: row for row, member in enumerate(previous.roster.staff)}
    for member in plan.roster.staff:
        previous_row = index_of_previous.get(member.nip)
        if previous_row is None:
            continue
        for column, day in enumerate(previous.days):  # later days overwrite earlier: the latest week wins
            status = previous.status(previous_row, column)
            if not day_off(day) and not _is_absence(status):
                pattern[(member.nip, day.weekday())] = status
    source: dict[tuple[int, int], Status | None] = {}
    targets = []
    for row, member in enumerate(plan.roster.staff):
        for column, day in enumerate(plan.days):
            key = (member.nip, day.weekday())
            if key in pattern:
                source[(row, -1 - column)] = pattern[key]
                targets.append((row, -1 - column, column))
    text = QCoreApplication.translate("Operations", "Salin pola dari {name}").format(name=previous.name)
    return document.set_cells_at(_pattern_targets(document, source, targets), text)
