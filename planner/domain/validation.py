"""Checking a plan against its circular and the agency's policy, in full and incrementally (DOMAIN §3).

A quota group is one unit (at the plan's quota level) and one category. Its headcount on a
day is every member for whom that day is a working day, on leave or not. "At most p %"
allows floor(p × headcount / 100) people; "at least p %" needs the ceiling.

``Validator`` scans the whole plan once, then ``update`` adjusts only the counters and the
checks that an edit touched, so re-validating after changing k cells costs O(k).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import (
    AGENCY_SCOPE,
    UNIT_SCOPE,
    Circular,
    Period,
    QuotaScope,
    Rule,
    RuleKind,
    ScopeKind,
    percent_floor,
)
from planner.domain.layout import CATEGORIES, PlanLayout, QuotaCheck, QuotaGroup
from planner.domain.nip import Nip
from planner.domain.plan import Changes, Plan
from planner.domain.policy import Severity
from planner.domain.roster import AGENCY_UNIT, UnitId
from planner.domain.rules import broken, broken_where, weekly_cap
from planner.domain.status import BLANK, BY_BYTE, REMOTE_BYTES, Status

POLICY_SOURCE = "Kebijakan instansi"


class RuleCode(enum.Enum):
    """What a violation breaks. The value is the stable code in JSON output."""

    REMOTE_MAX = "remote_max"
    OFFICE_MIN = "office_min"
    OFFICE_MAX = "office_max"
    OFFICE_ALL = "office_all"
    """Someone works remotely in a category the circular keeps 100 % in the office."""
    CATEGORY_NOT_ALLOWED = "category_not_allowed"
    """Someone works remotely in a category the circular does not name."""
    OUTSIDE_PERIOD = "outside_period"
    """Someone works remotely on a day outside every period of the circular."""
    STATUS_NOT_ALLOWED = "status_not_allowed"
    """A remote status the period does not allow (WFA before 2025)."""
    PERSON_EXCLUDED = "person_excluded"
    """Someone marked "no remote work" works remotely."""
    WEEKLY_REMOTE_MAX = "weekly_remote_max"
    POLICY_REMOTE_CAP = "policy_remote_cap"
    POLICY_MIN_OFFICE = "policy_min_office"
    POLICY_PAIR = "policy_pair"
    UNPLANNED = "unplanned"
    """Blank cells on a day whose rule requires remote work: not yet planned (a warning)."""
    DAY_OFF_CELLS = "day_off_cells"
    """Cells kept on a day that is not (or no longer) a working day: not counted (a warning)."""
    WEEKLY_UNKNOWN = "weekly_unknown"
    """Part of a capped week lies outside the plan and no neighbouring plan was given (a warning)."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule, with the numbers that show it and where the rule comes from."""

    severity: Severity
    rule: RuleCode
    day: dt.date
    unit: UnitId
    """The quota group's unit, or the person's own unit for a violation about one person."""
    category: Category | None
    nip: Nip | None
    """Set when the violation concerns one person."""
    count: int
    """How many are remote (or in the office, for office rules); for one person, 1."""
    headcount: int
    limit: int
    """The most (or, for office_min and policy_min_office, the fewest) the rule allows."""
    source: str
    """The circular's name and clause, or "Kebijakan instansi"."""
    percent: int | None = None
    """The rule's percentage, or its days per week for weekly_remote_max."""
    status: Status | None = None
    """The status that breaks a rule about one person."""
    remote_codes: str = "WFH"
    """The remote statuses the day allows, for the wording ("WFH" or "WFH/WFA")."""
    other_nip: Nip | None = None
    """The second person of a policy pair."""
    scope: QuotaScope | None = None
    """The scope a quota was counted over (None for a rule about one person or one day)."""
    unknown: int = 0
    """For weekly_unknown: working days of the week outside the plan whose cells are not known."""


@dataclass(frozen=True, slots=True)
class WeekContext:
    """Cells of a neighbouring plan, read only, for the days of a capped week outside this plan."""

    days: frozenset[dt.date] = frozenset()
    """The days the neighbouring plan covers."""
    cells: Mapping[Nip, Mapping[dt.date, Status]] = field(default_factory=dict)
    """Each person's statuses on those days (blank cells left out)."""

    @classmethod
    def from_plan(cls, other: Plan) -> WeekContext:
        """The context another plan gives: its days and every person's non-blank cells."""
        cells: dict[Nip, dict[dt.date, Status]] = {}
        for row, member in enumerate(other.roster.staff):
            statuses = {
                other.days[column]: status
                for column, byte in enumerate(other.rows()[row])
                if byte and (status := BY_BYTE[byte]) is not None
            }
            if statuses:
                cells[member.nip] = statuses
        return cls(frozenset(other.days), cells)


@dataclass(frozen=True, slots=True)
class Tally:
    """A day's figures for a group or the whole agency."""

    remote: int
    office: int
    absent: int
    headcount: int

    @property
    def remote_percent(self) -> float:
        """Remote share of the headcount, 0 when nobody works that day."""
        return 100 * self.remote / self.headcount if self.headcount else 0.0


def violations_of(plan: Plan, circular: Circular, calendar: WorkCalendar) -> list[Violation]:
    """Every violation in the plan, sorted by date, severity, unit and person."""
    return Validator(plan, circular, calendar).violations()


_CellKey = tuple[str, int, int]
_RULE_ORDER = tuple(sorted(RuleCode, key=lambda code: code.value))
"""Rule codes in the order a day's violations list them (``index`` compares members by identity, in C)."""
_RULE_INDEX = {id(code): index for index, code in enumerate(_RULE_ORDER)}
"""Each rule code's place in ``_RULE_ORDER``, by identity (an enum member's own hash runs in Python)."""

CellRecord = tuple[int, RuleCode, str, Status, int]
"""A person's own cell that breaks a rule, not built into a ``Violation``: (row, rule, source, status,
headcount of the person's shown group that day); the rest follows from the row and the day."""


def _first(pair: tuple[int, object]) -> int:
    return pair[0]


def _category_place(category: Category | None) -> int:
    """A category's place in a sort key: 0 for none, then in ``CATEGORIES`` order."""
    return CATEGORIES.index(category) + 1 if category else 0


_WFO = Status.WFO.byte
_CODE_OF_KIND = {code.value: code for code in RuleCode}
_OFFICE_CLASS, _BLANK_CLASS, _REMOTE_CLASS, _ABSENT_CLASS, _OFF_CLASS = range(5)
"""How a whole scan classifies a cell: WFO, blank, remote, absent (leave, sick, duty), not a working day."""
_CLASSES = 5


_RESCAN_RATIO = 40
"""``update`` scans the whole plan again when more than one cell in this many changed: a scan
costs about a fortieth of checking each changed cell in turn (5,000 x 31 cells: 20 ms)."""


class Validator:
    """Holds a plan's day-by-day counters and violations and keeps them current after edits."""

    def __init__(
        self, plan: Plan, circular: Circular, calendar: WorkCalendar, *, context: WeekContext | None = None
    ) -> None:
        """Check the whole plan once; ``context`` gives the cells of a neighbouring plan for weekly caps."""
        self.plan = plan
        self.circular = circular.for_zone(plan.policy.risk_zone)
        self._circular_name = self.circular.name
        self.calendar = calendar.with_changes(plan.days_added, plan.days_removed)
        self.context = context or WeekContext()
        self._row_keys: list[int] | None = None
        """Per row, the sort key's part from the person's unit, category and place (built when first asked)."""
        self._build_context()
        self._scan()

    # ---- reading -------------------------------------------------------------------------

    @property
    def errors(self) -> int:
        """How many violations are errors."""
        return self._errors

    @property
    def warnings(self) -> int:
        """How many violations are warnings."""
        return self._warnings

    def violations(self) -> list[Violation]:
        """Every current violation, sorted by date, severity, unit and person."""
        return [violation for column in range(len(self.plan.days)) for violation in self.violations_on(column)]

    def violations_on(self, column: int) -> list[Violation]:
        """The violations dated on day ``column``, sorted like ``violations``.

        A view that lists them keeps one list per day and re-reads only the days ``update``
        names: a year-long plan may hold hundreds of thousands.
        """
        self._build_pending(column)
        return sorted(map(self._built, self._day_keys[column]), key=self._sort_key_of)

    def records_on(self, column: int) -> list[Violation | CellRecord]:
        """``violations_on`` for a reader of every violation (``validate --json``), in the same order.

        A person's cell violation the whole scan left for later stays a ``CellRecord`` (its
        row, rule, source, status and headcount) rather than being built: a year-long plan may
        hold hundreds of thousands, and a reader that turns each into text needs only those
        figures. ``cell_violation`` builds the full ``Violation`` of one when wanted.
        """
        violations, seen, problem_of = self._violations, self._seen, self._cell_problem
        headcount, groups, row_keys = self._shown_headcount, self._staff_group, self._row_sort_keys()
        day_key = self._day_sort_key(column)
        keyed: list[tuple[int, Violation | CellRecord]] = []
        for key in self._day_keys[column]:
            violation = violations[key]
            if violation is not None:
                keyed.append((self._sort_key_of(violation), violation))
                continue
            row = key[1]
            status_byte = seen[row][column]
            problem, status = problem_of(row, column, status_byte), BY_BYTE[status_byte]
            assert problem is not None
            assert status is not None
            record = (row, problem[0], problem[1], status, headcount[groups[row]][column])
            keyed.append((day_key + row_keys[row] + _RULE_INDEX[id(problem[0])], record))
        keyed.sort(key=_first)
        return [item for _, item in keyed]

    def remote_codes(self, column: int) -> str:
        """The remote statuses day ``column`` allows, as violations word them ("WFH" or "WFH/WFA")."""
        return self._remote_codes[column]

    def cell_violation(self, row: int, column: int) -> Violation | None:
        """The violation of the person in ``row``'s own cell on day ``column``, if any (a ``CellRecord`` in full)."""
        key = ("cell", row, column)
        return self._built(key) if key in self._violations else None

    def _day_sort_key(self, column: int) -> int:
        """The part of ``_sort_key_of`` an error on day ``column`` gets from its day and severity."""
        return self._packed_key(self.plan.days[column].toordinal(), warning=False, unit=0, category=0, person=0, rule=0)

    def _row_sort_keys(self) -> list[int]:
        """Per row, what ``_sort_key_of`` takes from the unit, category and place of a person's cell violation."""
        if self._row_keys is None:
            staff, categories, units = self.plan.roster.staff, self._staff_category, self._unit_order
            self._row_keys = [
                self._packed_key(
                    0,
                    warning=False,
                    unit=units[member.unit],
                    category=_category_place(category),
                    person=row + 1,
                    rule=0,
                )
                for row, (member, category) in enumerate(zip(staff, categories, strict=True))
            ]
        return self._row_keys

    def _sort_key_of(self, violation: Violation) -> int:
        """Where a violation sits in its day's sorted list: errors first, then unit, category, person, rule."""
        return self._packed_key(
            violation.day.toordinal(),
            warning=violation.severity is not Severity.ERROR,
            unit=self._unit_order[violation.unit],
            category=_category_place(violation.category),
            person=self._staff_order[violation.nip] + 1 if violation.nip else 0,
            rule=_RULE_ORDER.index(violation.rule),
        )

    def _packed_key(self, day: int, *, warning: bool, unit: int, category: int, person: int, rule: int) -> int:
        """The sort key's places as one number (each place below its base), so keys add up part by part."""
        key = day * 2 + warning
        key = key * (len(self._unit_order) + 1) + unit
        key = key * (len(CATEGORIES) + 1) + category
        key = key * (len(self._staff_order) + 1) + person
        return key * len(_RULE_ORDER) + rule

    @property
    def groups(self) -> tuple[QuotaGroup, ...]:
        """The shown quota groups (unit at the plan's quota level × category), in roster order."""
        return tuple(self._groups)

    def group_tally(self, group: int, column: int) -> Tally:
        """Figures of shown group ``group`` (an index into ``groups``) on day ``column``."""
        return Tally(
            self._remote[0][group][column],
            self._office_of(0, group, column),
            self._absent[0][group][column],
            self._headcount[0][group][column],
        )

    def agency_tally(self, column: int) -> Tally:
        """Figures for the whole agency on day ``column``."""
        groups = range(len(self._groups))
        return Tally(
            sum(self._remote[0][g][column] for g in groups),
            sum(self._office_of(0, g, column) for g in groups),
            sum(self._absent[0][g][column] for g in groups),
            sum(self._headcount[0][g][column] for g in groups),
        )

    def day_counts(self, column: int) -> tuple[int, int]:
        """(errors, warnings) dated on day ``column``."""
        errors, warnings = self._day_counts[column]
        return errors, warnings

    def cell_violations(self, row: int, column: int) -> list[Violation]:
        """Violations that concern one cell.

        That is the person's own violations that day, their week or their pair, and a quota
        group's or unit's when this cell adds to the problem (a remote cell where too many
        are remote, an office cell where too many are in the office).
        """
        found = []
        for key in (("cell", row, column), ("week", row, self._week_of[column])):
            violation = self._built(key) if key in self._violations else None
            if violation is not None and (key[0] == "cell" or violation.day <= self.plan.days[column]):
                found.append(violation)
        status = self._seen[row][column]
        office = status == _WFO or (status == BLANK and not self._unplanned[column][self._staff_category_index[row]])
        for grouping, kind in enumerate(self._group_kinds):
            group_index = self._grouping_rows[grouping][row]
            group = self._violations.get((kind, group_index, column)) if group_index >= 0 else None
            if group is not None:
                if group.rule in (RuleCode.OFFICE_MAX, RuleCode.OFFICE_MIN):
                    if (group.rule is RuleCode.OFFICE_MAX) == office:
                        found.append(group)
                elif status in REMOTE_BYTES:
                    found.append(group)
        unit = self._violations.get(("unit", self._staff_unit[row], column))
        if unit is not None and status in REMOTE_BYTES:
            found.append(unit)
        for pair in self._pairs_of.get(row, ()):
            violation = self._violations.get(("pair", pair, column))
            if violation is not None:
                found.append(violation)
        return found

    def group_violation(self, group: int, column: int) -> Violation | None:
        """The quota violation of shown group ``group`` on day ``column``, if any."""
        return self._violations.get(("g0", group, column)) or self._violations.get(("plan", group, column))

    def group_of(self, row: int) -> int:
        """The shown quota group (an index into ``groups``) of the person in ``row``."""
        return self._staff_group[row]

    def counted(self, row: int) -> bool:
        """True when the person in ``row`` counts in the quotas (non-ASN staff only where the policy says so)."""
        return self._counted[row]

    def rows_concerned(self, violation: Violation) -> list[int]:
        """The staff rows a violation is about, for selecting them in a view."""
        roster = self.plan.roster
        if violation.nip is not None:
            rows = [roster.index_of(violation.nip)]
            if violation.other_nip is not None:
                rows.append(roster.index_of(violation.other_nip))
            return rows
        if violation.rule is RuleCode.DAY_OFF_CELLS:
            column = self.plan.column_of(violation.day)
            return [row for row, cells in enumerate(self._seen) if cells[column] and not self.is_working(row, column)]
        if violation.category is None:
            return [row for row, unit in enumerate(self._staff_unit) if self._units[unit] == violation.unit]
        for grouping, groups in enumerate(self._grouping_groups):
            wanted = QuotaGroup(violation.unit, violation.category)
            if wanted in groups:
                index = groups.index(wanted)
                return [row for row, group in enumerate(self._grouping_rows[grouping]) if group == index]
        return []

    def is_working(self, row: int, column: int) -> bool:
        """True when day ``column`` is a working day for the person in ``row``."""
        return bool(self._row_working[row][column])

    def working_days(self, row: int) -> bytes:
        """For each column, 1 when it is a working day for the person in ``row`` (``is_working`` for a whole row)."""
        return self._row_working[row]

    # ---- updating ------------------------------------------------------------------------

    def update(self, changes: Changes) -> frozenset[int]:
        """Bring counters and violations up to date after ``changes``; cost grows with the cells changed.

        Returns:
            The columns (days) whose counters or violations may have changed: the days of the
            cells changed, and the days any violation appeared on or left (a weekly cap's
            violation is dated on the first day over the cap, which may be another day).
        """
        if len(changes.cells) * _RESCAN_RATIO > len(self._seen) * len(self.plan.days):
            return self._rescan(changes)
        self._touched.clear()
        rows = self.plan.rows()
        dirty: set[tuple[str, int, int]] = set()
        columns: set[int] = set()
        kinds = self._group_kinds
        for row, column in changes.cells:
            old, new = self._seen[row][column], rows[row][column]
            if old == new:
                continue
            self._seen[row][column] = new
            columns.add(column)
            if not self._row_working[row][column]:
                self._day_off_cells[column] += (new != BLANK) - (old != BLANK)
                dirty.add(("dayoff", 0, column))
                continue
            self._count(row, column, old, -1)
            self._count(row, column, new, +1)
            dirty.add(("cell", row, column))
            for grouping, kind in enumerate(kinds):
                group = self._grouping_rows[grouping][row]
                if group >= 0:
                    dirty.add((kind, group, column))
            dirty.add(("plan", self._staff_group[row], column))
            dirty.add(("unit", self._staff_unit[row], column))
            dirty.add(("week", row, self._week_of[column]))
            for pair in self._pairs_of.get(row, ()):
                dirty.add(("pair", pair, column))
        for key in dirty:
            self._recheck(key)
        return frozenset(columns | self._touched)

    def _rescan(self, changes: Changes) -> frozenset[int]:
        """``update`` for a change of many cells: the vectorised whole scan again, then what it moved.

        Returns the same days ``update`` would: the days of the cells changed, and the days a
        violation appeared on, left, or changed its figures on.
        """
        seen, violations, day_keys, rows = self._seen, self._violations, self._day_keys, self.plan.rows()
        cells = {("cell", row, column) for row, column in changes.cells if seen[row][column] != rows[row][column]}
        columns = {key[2] for key in cells}
        self._scan()
        for column, keys in enumerate(self._day_keys):
            if column not in columns and keys != day_keys[column]:
                columns.add(column)
        built = self._violations
        for key, found in built.items():
            if found is None:
                # A person's cell: its violation changes only with the cell (whose day is named
                # already), so one built before for a cell left alone is still right.
                previous = violations.get(key)
                if previous is not None and key not in cells:
                    built[key] = previous
                continue
            previous = violations.get(key)
            if previous == found:
                built[key] = previous  # the same violation: keep the object views may hold
            else:
                columns.add(self.plan.column_of(found.day))
        return frozenset(columns)

    # ---- building ------------------------------------------------------------------------

    def _build_context(self) -> None:
        plan, roster = self.plan, self.plan.roster
        # The whole agency's problems come before any one unit's.
        self._unit_order = {unit_id: index for index, unit_id in enumerate(roster.units, start=1)}
        self._unit_order[AGENCY_UNIT] = 0
        self._staff_order = {member.nip: index for index, member in enumerate(roster.staff)}
        layout = PlanLayout(plan, self.circular, self.calendar)
        self._period = layout.periods
        self._rule_at = layout.rule_at
        self._rules_at = layout.rules_at
        self._unplanned = layout.unplanned_blank
        self._office_all = [
            tuple(not all(rule.allows_remote for rule in rules) for rules in per_category)
            for per_category in self._rules_at
        ]
        """Per column and category: True where a rule keeps everyone in the office (office 100 %)."""
        self._checks = layout.checks
        self._allowed_remote = layout.allowed_remote
        self._remote_codes: list[str] = [_remote_codes(period) for period in self._period]
        self._weekly_categories = {
            index
            for per_category in self._rules_at
            for index, rules in enumerate(per_category)
            if weekly_cap(rules) is not None
        }
        self._working = layout.working
        self._week_of = layout.week_of
        self._week_columns = layout.week_columns
        self._groups = layout.groups
        self._units = layout.units
        self._staff_group = layout.row_group
        self._staff_unit = layout.row_unit
        self._staff_week = layout.row_week
        self._row_working = [self._working[week] for week in self._staff_week]
        """Per row, the working days of the person's kind of week (``_working`` looked up once)."""
        self._staff_category = layout.row_category
        self._staff_category_index = layout.row_category_index
        self._counted = layout.row_counted
        self._grouping_rows = layout.grouping_rows
        self._grouping_groups = layout.grouping_groups
        self._grouping_category = layout.grouping_group_category
        self._group_kinds = [f"g{index}" for index in range(len(self._grouping_rows))]
        self._scopes = self._scope_of_groupings(layout.grouping_keys)
        self._week_outside = self._outside_days()

        self._shown_row = [-1] * len(self._groups)
        """A counted row of each shown group (-1 when none), to find the groups of other scopes holding it."""
        for row, group in enumerate(self._grouping_rows[0]):
            if group >= 0 and self._shown_row[group] < 0:
                self._shown_row[group] = row

        self._pairs = layout.pairs
        self._pairs_of: dict[int, list[int]] = {}
        for index, pair in enumerate(self._pairs):
            for row in pair:
                self._pairs_of.setdefault(row, []).append(index)

    def _scope_of_groupings(self, keys: list[object]) -> list[QuotaScope | None]:
        """The scope each grouping counts over, for the violations' ``scope``."""
        scopes: list[QuotaScope | None] = []
        for key in keys:
            if key == "agency":
                scopes.append(AGENCY_SCOPE)
            elif key is None:
                scopes.append(UNIT_SCOPE)
            elif key == 0:
                scopes.append(QuotaScope(ScopeKind.DEPARTMENT))
            else:
                assert isinstance(key, int)
                scopes.append(QuotaScope(ScopeKind.LEVEL, key + 1))
        return scopes

    def _outside_days(self) -> dict[int, list[dt.date]]:
        """For the first and last calendar week of the plan: the days of that week outside the plan."""
        days = self.plan.days
        outside: dict[int, list[dt.date]] = {}
        first, last = days[0], days[-1]
        before = [first - dt.timedelta(days=offset) for offset in range(first.weekday(), 0, -1)]
        after = [last + dt.timedelta(days=offset) for offset in range(1, 7 - last.weekday())]
        if before:
            outside.setdefault(0, []).extend(before)
        if after:
            outside.setdefault(self._week_of[-1], []).extend(after)
        return outside

    def _scan(self) -> None:
        """Count every cell and find every violation in one pass over the whole plan.

        The counting is vectorised over the plan's status bytes (one array, a row per person):
        classify each cell (office, blank, remote, absent, not a working day), count the classes
        per base group and day, and sum those into every grouping. Only the groups, days and
        cells whose figures break a rule are then checked one by one, by the same methods
        ``update`` uses, so the result is the same as checking every key. A person's remote
        cell that breaks a rule is recorded at once (dated, counted as an error) but its
        ``Violation`` is built when first read: a plan may hold hundreds of thousands.
        """
        import numpy as np  # noqa: PLC0415 - only a whole scan needs numpy; the command line starts without it

        n_days = len(self.plan.days)
        n_rows = len(self.plan.roster.staff)
        n_categories = len(CATEGORIES)
        self._seen = [bytearray(row) for row in self.plan.rows()]
        self._violations: dict[_CellKey, Violation | None] = {}
        """The current violations; None for a person's cell whose ``Violation`` is not built yet."""
        self._day_keys: list[set[_CellKey]] = [set() for _ in range(n_days)]
        """The keys of the violations dated on each day."""
        self._touched: set[int] = set()
        """Days whose violations changed during the current ``update``."""
        self._errors = self._warnings = 0
        self._day_counts = [[0, 0] for _ in range(n_days)]

        # ---- classify every cell -------------------------------------------------------------
        cells = np.frombuffer(b"".join(self._seen), dtype=np.uint8).reshape(n_rows, n_days)
        weeks = list(self._working)
        working_table = np.array([list(self._working[week]) for week in weeks], dtype=bool).reshape(len(weeks), n_days)
        row_week = np.array([weeks.index(week) for week in self._staff_week], dtype=np.intp)
        working = working_table[row_week]
        classes = np.full(256, _ABSENT_CLASS, dtype=np.uint8)
        classes[_WFO] = _OFFICE_CLASS
        classes[BLANK] = _BLANK_CLASS
        classes[list(REMOTE_BYTES)] = _REMOTE_CLASS
        kind = classes[cells]
        kind[~working] = _OFF_CLASS
        self._day_off_cells: list[int] = ((cells != BLANK) & ~working).sum(axis=0).tolist()
        row_category = np.array(self._staff_category_index, dtype=np.intp)
        unplanned = np.array(self._unplanned, dtype=bool).reshape(n_days, n_categories).T
        """Per category and column: True where a blank cell is not yet planned."""

        # ---- counters: per base group, then summed into every grouping -----------------------
        # When a grouping is finer than the shown one, the base groups are the smallest units.
        base_rows, n_base = self._base_groups([(group, 0) for group in self._staff_group])
        base_of_grouping = self._base_maps(base_rows, n_base)
        if base_of_grouping is None:
            unit_index = {unit_id: index for index, unit_id in enumerate(self.plan.roster.units)}
            base_rows, n_base = self._base_groups(
                [
                    (unit_index[member.unit], self._staff_category_index[row])
                    for row, member in enumerate(self.plan.roster.staff)
                ]
            )
            base_of_grouping = self._base_maps(base_rows, n_base)
            assert base_of_grouping is not None
        columns = np.arange(n_days, dtype=np.intp)
        # Bin of each cell: (base group, class, column), in 32 bits (a plan has far fewer bins).
        base = np.array(base_rows, dtype=np.int32).reshape(n_rows) * np.int32(_CLASSES * n_days)
        kind_column = kind.astype(np.int32) * np.int32(n_days) + columns.astype(np.int32)
        flat = (base[:, None] + kind_column).ravel()
        del kind_column
        per_base = np.bincount(flat, minlength=n_base * _CLASSES * n_days).reshape(n_base, _CLASSES, n_days)
        del flat
        self._remote: list[list[list[int]]] = []
        """Per grouping, group and column: people working remotely (likewise the four below)."""
        self._office: list[list[list[int]]] = []
        self._blank: list[list[list[int]]] = []
        self._absent: list[list[list[int]]] = []
        self._headcount: list[list[list[int]]] = []
        figures: list[tuple[Any, Any, Any]] = []
        """Per grouping, as arrays: remote, people counted in the office, headcount (group x column)."""
        for grouping, mapping in enumerate(base_of_grouping):
            n_groups = len(self._grouping_groups[grouping])
            target = np.array(mapping, dtype=np.intp).reshape(n_base)
            used = target >= 0
            totals = np.zeros((n_groups, _CLASSES, n_days), dtype=np.int64)
            np.add.at(totals, target[used], per_base[used])
            headcount = totals[:, :_OFF_CLASS].sum(axis=1)
            self._remote.append(totals[:, _REMOTE_CLASS].tolist())
            self._office.append(totals[:, _OFFICE_CLASS].tolist())
            self._blank.append(totals[:, _BLANK_CLASS].tolist())
            self._absent.append(totals[:, _ABSENT_CLASS].tolist())
            self._headcount.append(headcount.tolist())
            group_category = np.array(self._grouping_category[grouping], dtype=np.intp).reshape(n_groups)
            office = totals[:, _OFFICE_CLASS] + totals[:, _BLANK_CLASS] * ~unplanned[group_category]
            figures.append((totals, office, headcount))
        self._shown_headcount = self._headcount[0]

        counted = np.array(self._counted, dtype=bool).reshape(n_rows)
        unit = np.array(self._staff_unit, dtype=np.intp).reshape(n_rows)
        unit_cells = (unit[:, None] * n_days + columns)[counted]
        n_units = len(self._units)
        in_office = (kind == _OFFICE_CLASS) | ((kind == _BLANK_CLASS) & ~unplanned[row_category])
        unit_office = np.bincount(unit_cells[in_office[counted]], minlength=n_units * n_days).reshape(n_units, n_days)
        unit_headcount = np.bincount(unit_cells[working[counted]], minlength=n_units * n_days).reshape(n_units, n_days)
        self._unit_office: list[list[int]] = unit_office.tolist()
        self._unit_headcount: list[list[int]] = unit_headcount.tolist()

        # ---- a person's remote cells that break a rule ---------------------------------------
        remote_rows, remote_columns = np.nonzero(kind == _REMOTE_CLASS)
        bad_day = np.array(
            [
                [
                    self._period[column] is None
                    or self._rule_at[column][category] is None
                    or self._office_all[column][category]
                    for column in range(n_days)
                ]
                for category in range(n_categories)
            ],
            dtype=bool,
        ).reshape(n_categories, n_days)
        allowed = np.zeros((n_days, 256), dtype=bool)
        for column, statuses in enumerate(self._allowed_remote):
            allowed[column, list(statuses)] = True
        excluded = np.array([member.no_remote_reason is not None for member in self.plan.roster.staff], dtype=bool)
        breaking = (
            excluded.reshape(n_rows)[remote_rows]
            | bad_day[row_category[remote_rows], remote_columns]
            | ~allowed[remote_columns, cells[remote_rows, remote_columns]]
        )
        broken_columns = remote_columns[breaking]
        order = np.argsort(broken_columns, kind="stable")
        per_day = np.bincount(broken_columns, minlength=n_days).tolist()
        broken_rows = remote_rows[breaking][order].tolist()
        start = 0
        for column, count in enumerate(per_day):
            if count:
                keys = set(zip(itertools.repeat("cell"), broken_rows[start : start + count], itertools.repeat(column)))
                self._day_keys[column] = keys
                self._violations.update(dict.fromkeys(keys))
                self._day_counts[column][0] += count
                start += count
        self._errors += start

        # ---- quota groups: check only the groups and days whose figures break a rule ---------
        for grouping, (totals, office, headcount) in enumerate(figures):
            broken_at = np.zeros(headcount.shape, dtype=np.bool_)
            remote = totals[:, _REMOTE_CLASS]
            categories = np.array(self._grouping_category[grouping], dtype=np.intp).reshape(len(headcount))
            alike: dict[tuple[int, tuple[tuple[RuleKind, int | None], ...]], list[int]] = {}
            for column, per_category in enumerate(self._checks[grouping]):
                for category, checks in enumerate(per_category):
                    if checks:
                        rules = tuple((check.rule.kind, check.rule.value) for check in checks)
                        alike.setdefault((category, rules), []).append(column)
            for (category, rules), check_columns in alike.items():
                rows = np.nonzero(categories == category)[0]
                if not len(rows):
                    continue
                window = np.ix_(rows, np.array(check_columns, dtype=np.intp))
                broken_at[window] |= broken_where(rules, remote[window], office[window], headcount[window])
            kind_name = self._group_kinds[grouping]
            for group, column in zip(
                *(found.tolist() for found in np.nonzero(broken_at & (headcount > 0))), strict=True
            ):
                self._recheck((kind_name, group, column))
        totals, _, headcount = figures[0]
        shown_categories = np.array(self._grouping_category[0], dtype=np.intp).reshape(len(headcount))
        suspect = unplanned[shown_categories] & (totals[:, _BLANK_CLASS] > 0)
        cap = self.plan.policy.remote_cap_percent
        if cap is not None:
            suspect |= totals[:, _REMOTE_CLASS] > (cap * headcount) // 100
        for group, column in zip(*(found.tolist() for found in np.nonzero(suspect & (headcount > 0))), strict=True):
            self._recheck(("plan", group, column))
        least = self.plan.policy.min_office_per_unit
        if least is not None:
            short = unit_office < np.minimum(least, unit_headcount)
            for unit_number, column in zip(*(found.tolist() for found in np.nonzero(short)), strict=True):
                self._recheck(("unit", unit_number, column))

        # ---- weekly caps: only the weeks with a remote day past the cap (or partly outside) --
        if self._weekly_categories:
            starts = np.array([week_columns[0] for week_columns in self._week_columns], dtype=np.intp)
            outside = np.zeros(len(starts), dtype=bool)
            outside[list(self._week_outside)] = True
            no_cap = n_days + 1
            for category in sorted(self._weekly_categories):
                caps = [weekly_cap(self._rules_at[column][category]) for column in range(n_days)]
                capped = np.array([value is not None for value in caps], dtype=bool)
                week_cap = np.minimum.reduceat(
                    np.array([no_cap if value is None else value for value in caps], dtype=np.int64), starts
                )
                rows = np.nonzero(row_category == category)[0]
                remote_days = np.add.reduceat((kind[rows] == _REMOTE_CLASS) & capped, starts, axis=1)
                suspect_weeks = (remote_days > 0) & ((remote_days > week_cap) | outside)
                for row_at, week in zip(*(found.tolist() for found in np.nonzero(suspect_weeks)), strict=True):
                    self._recheck(("week", int(rows[row_at]), week))
        for pair in range(len(self._pairs)):
            for column in range(n_days):
                self._recheck(("pair", pair, column))
        for column in range(n_days):
            if self._day_off_cells[column]:
                self._recheck(("dayoff", 0, column))

    def _base_groups(self, keys: list[tuple[int, int]]) -> tuple[list[int], int]:
        """Each row's base group for ``keys`` (one per row), counted and uncounted staff apart."""
        index: dict[tuple[int, int, bool], int] = {}
        rows = [index.setdefault((*key, self._counted[row]), len(index)) for row, key in enumerate(keys)]
        return rows, len(index)

    def _base_maps(self, base_rows: list[int], n_base: int) -> list[list[int]] | None:
        """Per grouping, the group of each base group; None when a grouping splits a base group."""
        maps: list[list[int]] = []
        for rows in self._grouping_rows:
            mapping = [-2] * n_base
            for row, group in enumerate(rows):
                base = base_rows[row]
                if mapping[base] == -2:
                    mapping[base] = group
                elif mapping[base] != group:
                    return None
            maps.append(mapping)
        return maps

    def _office_of(self, grouping: int, group: int, column: int) -> int:
        """People counted in the office: WFO, and blank cells unless the day's rule wants them planned."""
        office = self._office[grouping][group][column]
        if not self._unplanned[column][self._grouping_category[grouping][group]]:
            office += self._blank[grouping][group][column]
        return office

    def _count(self, row: int, column: int, status: int, step: int) -> None:
        if not self._counted[row]:
            return
        if status == _WFO:
            target = self._office
            self._unit_office[self._staff_unit[row]][column] += step
        elif status == BLANK:
            target = self._blank
            if not self._unplanned[column][self._staff_category_index[row]]:
                self._unit_office[self._staff_unit[row]][column] += step
        elif status in REMOTE_BYTES:
            target = self._remote
        else:
            target = self._absent
        for grouping, rows in enumerate(self._grouping_rows):
            target[grouping][rows[row]][column] += step

    # ---- checking ------------------------------------------------------------------------

    def _recheck(self, key: _CellKey) -> None:
        kind, first, second = key
        if kind == "cell":
            found = self._check_cell(first, second)
        elif kind[0] == "g":
            found = self._check_group(int(kind[1:]), first, second)
        elif kind == "plan":
            found = self._check_plan_group(first, second)
        elif kind == "unit":
            found = self._check_unit(first, second)
        elif kind == "week":
            found = self._check_week(first, second)
        elif kind == "dayoff":
            found = self._check_day_off(second)
        else:
            found = self._check_pair(first, second)
        if key in self._violations:
            previous = self._violations.pop(key)
            # Not built yet: a person's cell, an error dated on its own day.
            column = key[2] if previous is None else self.plan.column_of(previous.day)
            self._add_to_count(Severity.ERROR if previous is None else previous.severity, column, -1)
            self._day_keys[column].discard(key)
            self._touched.add(column)
        if found is not None:
            self._violations[key] = found
            column = self.plan.column_of(found.day)
            self._add_to_count(found.severity, column, +1)
            self._day_keys[column].add(key)
            self._touched.add(column)

    def _built(self, key: _CellKey) -> Violation:
        """The violation recorded under ``key``, built now when the whole scan left it for later."""
        violation = self._violations[key]
        if violation is None:
            violation = self._check_cell(key[1], key[2])
            assert violation is not None
            self._violations[key] = violation
        return violation

    def _add_to_count(self, severity: Severity, column: int, step: int) -> None:
        day = self._day_counts[column]
        if severity is Severity.ERROR:
            self._errors += step
            day[0] += step
        else:
            self._warnings += step
            day[1] += step

    def _rule(self, row: int, column: int) -> Rule | None:
        return self._rule_at[column][self._staff_category_index[row]]

    def _source(self, rule: Rule | None) -> str:
        if rule is not None and rule.clause:
            return f"{self._circular_name}, {rule.clause}"
        return self._circular_name

    def _check_cell(self, row: int, column: int) -> Violation | None:
        status_byte = self._seen[row][column]
        if status_byte not in REMOTE_BYTES or not self._row_working[row][column]:
            return None
        problem = self._cell_problem(row, column, status_byte)
        if problem is None:
            return None
        member = self.plan.roster.staff[row]
        return Violation(
            Severity.ERROR,
            problem[0],
            self.plan.days[column],
            member.unit,
            self._staff_category[row],
            member.nip,
            1,
            self._shown_headcount[self._staff_group[row]][column],
            0,
            problem[1],
            None,
            BY_BYTE[status_byte],
            self._remote_codes[column],
        )

    def _cell_problem(self, row: int, column: int, status_byte: int) -> tuple[RuleCode, str] | None:
        """What a remote status on a working day breaks, and where the rule comes from; None when allowed."""
        category = self._staff_category_index[row]
        rule = self._rule_at[column][category]
        if self.plan.roster.staff[row].no_remote_reason is not None:
            return RuleCode.PERSON_EXCLUDED, POLICY_SOURCE
        if self._period[column] is None:
            return RuleCode.OUTSIDE_PERIOD, self._circular_name
        if rule is None:
            return RuleCode.CATEGORY_NOT_ALLOWED, self._circular_name
        if self._office_all[column][category]:
            return RuleCode.OFFICE_ALL, self._source(rule)
        if status_byte not in self._allowed_remote[column]:
            return RuleCode.STATUS_NOT_ALLOWED, self._circular_name
        return None

    def _build_pending(self, column: int) -> None:
        """Build every person's cell violation on day ``column`` the whole scan left for later, at once."""
        violations = self._violations
        pending = [key for key in self._day_keys[column] if violations[key] is None]
        if not pending:
            return
        day, codes, staff, seen = self.plan.days[column], self._remote_codes[column], self.plan.roster.staff, self._seen
        headcount, groups, categories = self._shown_headcount, self._staff_group, self._staff_category
        problem_of, error = self._cell_problem, Severity.ERROR
        for key in pending:
            row = key[1]
            status_byte = seen[row][column]
            problem = problem_of(row, column, status_byte)
            assert problem is not None
            member = staff[row]
            violations[key] = Violation(
                error,
                problem[0],
                day,
                member.unit,
                categories[row],
                member.nip,
                1,
                headcount[groups[row]][column],
                0,
                problem[1],
                None,
                BY_BYTE[status_byte],
                codes,
            )

    def _check_group(self, grouping: int, group: int, column: int) -> Violation | None:
        headcount = self._headcount[grouping][group][column]
        if headcount == 0:
            return None
        category = self._grouping_category[grouping][group]
        checks: tuple[QuotaCheck, ...] = self._checks[grouping][column][category]
        remote, office = self._remote[grouping][group][column], self._office_of(grouping, group, column)
        for check in checks:
            breach = broken(check.rule, remote, office, headcount)
            if breach is None:
                continue
            policy = check.policy
            return Violation(
                severity=self.plan.policy.quota_scope_severity if policy else Severity.ERROR,
                rule=_CODE_OF_KIND[breach.kind.value],
                day=self.plan.days[column],
                unit=self._grouping_groups[grouping][group].unit,
                category=self._grouping_groups[grouping][group].category,
                nip=None,
                count=breach.count,
                headcount=headcount,
                limit=breach.limit,
                source=f"{POLICY_SOURCE} ({self._source(check.rule)})" if policy else self._source(check.rule),
                percent=check.rule.value,
                remote_codes=self._remote_codes[column],
                scope=self._scopes[grouping],
            )
        return None

    def _check_plan_group(self, group: int, column: int) -> Violation | None:
        """The agency's own cap on a shown group, else the blank cells not yet planned on an office-at-most day."""
        headcount = self._headcount[0][group][column]
        period = self._period[column]
        if headcount == 0 or period is None:
            return None
        category = self._grouping_category[0][group]
        rules = self._rules_at[column][category]
        policy = self.plan.policy
        remote = self._remote[0][group][column]
        circular_broken = self._circular_broken_on_same_staff(group, column, category, headcount)
        if (
            policy.remote_cap_percent is not None
            and rules
            and all(rule.allows_remote for rule in rules)
            and not circular_broken  # reported once, as the circular's
        ):
            limit = percent_floor(policy.remote_cap_percent, headcount)
            if remote > limit:
                return Violation(
                    severity=policy.remote_cap_severity,
                    rule=RuleCode.POLICY_REMOTE_CAP,
                    day=self.plan.days[column],
                    unit=self._groups[group].unit,
                    category=self._groups[group].category,
                    nip=None,
                    count=remote,
                    headcount=headcount,
                    limit=limit,
                    source=POLICY_SOURCE,
                    percent=policy.remote_cap_percent,
                    remote_codes=self._remote_codes[column],
                )
        blank = self._blank[0][group][column]
        if self._unplanned[column][category] and blank:
            return Violation(
                severity=Severity.WARNING,
                rule=RuleCode.UNPLANNED,
                day=self.plan.days[column],
                unit=self._groups[group].unit,
                category=self._groups[group].category,
                nip=None,
                count=blank,
                headcount=headcount,
                limit=0,
                source=self._source(rules[0] if rules else None),
                remote_codes=self._remote_codes[column],
            )
        return None

    def _circular_broken_on_same_staff(self, group: int, column: int, category: int, headcount: int) -> bool:
        """True when a circular's quota counted over exactly this shown group's staff is broken that day.

        The agency's own cap is then not reported again: one problem, one message. A group of
        another scope holds the same staff when it has the same headcount (it contains the group).
        """
        row = self._shown_row[group]
        if row < 0:
            return False
        for grouping, rows in enumerate(self._grouping_rows):
            other = rows[row]
            if other < 0 or self._headcount[grouping][other][column] != headcount:
                continue
            remote = self._remote[grouping][other][column]
            office = self._office_of(grouping, other, column)
            for check in self._checks[grouping][column][category]:
                if not check.policy and broken(check.rule, remote, office, headcount):
                    return True
        return False

    def _check_unit(self, unit: int, column: int) -> Violation | None:
        policy = self.plan.policy
        if policy.min_office_per_unit is None:
            return None
        headcount = self._unit_headcount[unit][column]
        need = min(policy.min_office_per_unit, headcount)
        office = self._unit_office[unit][column]
        if office >= need:
            return None
        return Violation(
            severity=policy.min_office_severity,
            rule=RuleCode.POLICY_MIN_OFFICE,
            day=self.plan.days[column],
            unit=self._units[unit],
            category=None,
            nip=None,
            count=office,
            headcount=headcount,
            limit=need,
            source=POLICY_SOURCE,
            remote_codes=self._remote_codes[column],
        )

    def _check_day_off(self, column: int) -> Violation | None:
        cells = self._day_off_cells[column]
        if not cells:
            return None
        return Violation(
            severity=Severity.WARNING,
            rule=RuleCode.DAY_OFF_CELLS,
            day=self.plan.days[column],
            unit=AGENCY_UNIT,
            category=None,
            nip=None,
            count=cells,
            headcount=len(self.plan.roster.staff),
            limit=0,
            source=self.circular.name,
        )

    def _check_week(self, row: int, week: int) -> Violation | None:
        category = self._staff_category_index[row]
        if category not in self._weekly_categories:
            return None
        member = self.plan.roster.staff[row]
        if member.cap_exemption is not None:
            return None
        cells = self._seen[row]
        work_week = self._staff_week[row]
        working = self._working[work_week]
        cap: int | None = None
        remote_days: list[int] = []
        for column in self._week_columns[week]:
            column_cap = weekly_cap(self._rules_at[column][category])
            if column_cap is None:
                continue
            cap = column_cap if cap is None else min(cap, column_cap)
            if working[column] and cells[column] in REMOTE_BYTES:
                remote_days.append(column)
        if not remote_days:
            return None
        outside_remote = unknown = 0
        known = self.context.cells.get(member.nip, {})
        for day in self._week_outside.get(week, ()):
            period = self.circular.period_on(day)
            day_cap = weekly_cap(period.rules_for(CATEGORIES[category])) if period else None
            if day_cap is None or not self.calendar.is_working(day, work_week):
                continue
            cap = day_cap if cap is None else min(cap, day_cap)
            if day in self.context.days:
                status = known.get(day)
                outside_remote += status is not None and status.is_remote
            else:
                unknown += 1
        assert cap is not None
        count = len(remote_days) + outside_remote
        if count <= cap and count + unknown <= cap:
            return None
        if count > cap:
            first_over = remote_days[cap] if len(remote_days) > cap else remote_days[-1]
            code, severity = RuleCode.WEEKLY_REMOTE_MAX, Severity.ERROR
        else:
            first_over = remote_days[0]
            code, severity = RuleCode.WEEKLY_UNKNOWN, Severity.WARNING
        rule = self._rule(row, first_over)
        return Violation(
            severity=severity,
            rule=code,
            day=self.plan.days[first_over],
            unit=member.unit,
            category=self._staff_category[row],
            nip=member.nip,
            count=count,
            headcount=self._shown_headcount[self._staff_group[row]][first_over],
            limit=cap,
            source=self._source(rule),
            percent=cap,
            remote_codes=self._remote_codes[first_over],
            unknown=unknown,
        )

    def _check_pair(self, pair: int, column: int) -> Violation | None:
        first, second = self._pairs[pair]
        for row in (first, second):
            if not self._working[self._staff_week[row]][column] or self._seen[row][column] not in REMOTE_BYTES:
                return None
        staff = self.plan.roster.staff
        return Violation(
            severity=self.plan.policy.pairs_severity,
            rule=RuleCode.POLICY_PAIR,
            day=self.plan.days[column],
            unit=staff[first].unit,
            category=None,
            nip=staff[first].nip,
            count=2,
            headcount=2,
            limit=1,
            source=POLICY_SOURCE,
            remote_codes=self._remote_codes[column],
            other_nip=staff[second].nip,
        )


def _remote_codes(period: Period | None) -> str:
    return period.remote_codes if period is not None else Status.WFH.code
