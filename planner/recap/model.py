"""What a recap holds: the plans read, each one's own check, the problems between plans, and the combined check."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.domain.roster import AGENCY_UNIT, UnitId
from planner.domain.validation import Violation

COMBINED_UNIT_SEPARATOR = "/"
"""Between a plan's index and its own unit id in the combined plan's unit ids: ``3/bidang-1``."""


class ProblemCode(enum.Enum):
    """Why a file was left out of the recap, or where plans disagree. The value is the stable code in JSON."""

    UNREADABLE = "unreadable"
    """Missing, damaged, not a plan, or from a newer planner (``detail`` holds the storage's sentence)."""
    OTHER_FILES = "other_files"
    """A folder held files that are not plans; ``others`` names them."""
    EMPTY_FOLDER = "empty_folder"
    """A folder with no plan file in it (and none in its subfolders)."""
    SAME_FILE = "same_file"
    """The same file given twice (directly and through a folder)."""
    COPY = "copy"
    """A file whose schedule is exactly that of another file; recapped once."""
    UNKNOWN_CIRCULAR = "unknown_circular"
    """The plan's circular is neither on this computer nor kept in the file."""
    OUTSIDE_RANGE = "outside_range"
    """The plan has no day inside ``--from``/``--to``."""
    DIFFERENT_CIRCULARS = "different_circulars"
    """Plans of one agency under different circulars."""
    OVERLAPPING_PERIODS = "overlapping_periods"
    """Two plans of one unit whose periods overlap: the unit is scheduled twice on those days."""
    PARTIAL_OVERLAP = "partial_overlap"
    """Plans of one agency under one circular whose periods overlap without being the same."""
    SAME_NIP = "same_nip"
    """One person on two plans on the same days."""
    NO_COMMON_DAYS = "no_common_days"
    """Plans of one agency under one circular share no day, so they cannot be checked together."""


@dataclass(frozen=True, slots=True)
class RecapProblem:
    """One problem found while reading or comparing plans."""

    code: ProblemCode
    file: str
    """The file (or folder) concerned, as given."""
    detail: str = ""
    """The storage's sentence, a circular id, a NIP and name, dates: what the sentence needs."""
    others: tuple[str, ...] = ()
    """The other files (or circulars) concerned."""
    error: PlannerError | None = field(default=None, compare=False)
    """Why an unreadable file could not be read, with its code and values, for a window to word in its language."""


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How many violations of one rule a plan has, by severity."""

    severity: str
    rule: str
    count: int


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One plan in the recap: where it came from, whose it is, and its own validator's result."""

    path: Path
    name: str
    agency: str
    """The instansi: the letterhead's first line ("PEMERINTAH PROVINSI NUSA TENGGARA BARAT"); empty when unset."""
    department: str
    """The unit that made the plan: the letterhead's further lines, else the plan's name."""
    units: tuple[str, ...]
    """The names of the plan's quota-group units, in roster order (the ``unit`` of its day rows)."""
    unit_names: frozenset[str]
    """Every unit name on the plan, for matching the ``--expect`` list."""
    circular_id: CircularId
    circular_name: str
    first: dt.date
    last: dt.date
    staff: int
    errors: int
    warnings: int
    by_rule: tuple[RuleCount, ...]
    signed: bool
    matches_signed: bool | None
    """None when the plan was never signed."""
    fingerprint: str


@dataclass(frozen=True, slots=True)
class CombinedCheck:
    """The circular's rules checked across all plans of one agency under one circular, as one plan."""

    agency: str
    circular_id: CircularId
    circular_name: str
    files: tuple[str, ...]
    first: dt.date
    last: dt.date
    staff: int
    errors: int
    warnings: int
    by_rule: tuple[RuleCount, ...]
    violations: tuple[Violation, ...]
    plan: Plan
    """The combined plan, for wording its violations (unit names, staff)."""
    departments: tuple[str, ...]
    """The department of each plan combined, in ``files`` order."""

    def unit_label(self, unit: UnitId) -> str:
        """A unit of the combined plan as people read it: "DINAS KESEHATAN › Bidang 1"."""
        if unit == AGENCY_UNIT:
            return self.plan.roster.unit_name(unit)
        return " › ".join(self.plan.roster.path(unit))
