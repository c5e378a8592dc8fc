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
from dataclasses import dataclass

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import Circular, Period, Rule, RuleKind, percent_ceil, percent_floor
from planner.domain.layout import PlanLayout, QuotaGroup
from planner.domain.nip import Nip
from planner.domain.plan import Changes, Plan
from planner.domain.policy import Severity
from planner.domain.roster import UnitId, WorkWeek
from planner.domain.status import BY_BYTE, OFFICE_BYTES, REMOTE_BYTES, Status

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
_RULE_ORDER = {code: index for index, code in enumerate(sorted(RuleCode, key=lambda code: code.value))}


class Validator:
    """Holds a plan's day-by-day counters and violations and keeps them current after edits."""

    def __init__(self, plan: Plan, circular: Circular, calendar: WorkCalendar) -> None:
        """Check the whole plan once."""
        self.plan = plan
        self.circular = circular
        self.calendar = calendar.with_changes(plan.days_added, plan.days_removed)
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
        return sorted((self._violations[key] for key in self._day_keys[column]), key=self._sort_key_of)

    def _sort_key_of(self, violation: Violation) -> int:
        """Where a violation sits in its day's sorted list: errors first, then unit, category, person, rule."""
        key = violation.day.toordinal() * 2 + (violation.severity is not Severity.ERROR)
        key = key * (len(self._unit_order) + 1) + self._unit_order[violation.unit]
        key = key * (len(self._category_order) + 1) + (
            self._category_order[violation.category] + 1 if violation.category else 0
        )
        key = key * (len(self._staff_order) + 1) + (self._staff_order[violation.nip] + 1 if violation.nip else 0)
        return key * len(_RULE_ORDER) + _RULE_ORDER[violation.rule]

    @property
    def groups(self) -> tuple[QuotaGroup, ...]:
        """The quota groups, in roster order."""
        return tuple(self._groups)

    def group_tally(self, group: int, column: int) -> Tally:
        """Figures of quota group ``group`` (an index into ``groups``) on day ``column``."""
        return Tally(
            self._remote[group][column],
            self._office[group][column],
            self._absent[group][column],
            self._headcount[group][column],
        )

    def agency_tally(self, column: int) -> Tally:
        """Figures for the whole agency on day ``column``."""
        groups = range(len(self._groups))
        return Tally(
            sum(self._remote[g][column] for g in groups),
            sum(self._office[g][column] for g in groups),
            sum(self._absent[g][column] for g in groups),
            sum(self._headcount[g][column] for g in groups),
        )

    def day_counts(self, column: int) -> tuple[int, int]:
        """(errors, warnings) dated on day ``column``."""
        errors, warnings = self._day_counts[column]
        return errors, warnings

    def cell_violations(self, row: int, column: int) -> list[Violation]:
        """Violations that concern one cell.

        That is the person's own violations that day, their week or their pair, and the quota
        group's or unit's when this cell adds to the problem (a remote cell where too many
        are remote, an office cell where too many are in the office).
        """
        found = []
        for key in (("cell", row, column), ("week", row, self._week_of[column])):
            violation = self._violations.get(key)
            if violation is not None and (key[0] == "cell" or violation.day <= self.plan.days[column]):
                found.append(violation)
        status = self._seen[row][column]
        group = self._violations.get(("group", self._staff_group[row], column))
        if group is not None:
            too_many = OFFICE_BYTES if group.rule is RuleCode.OFFICE_MAX else REMOTE_BYTES
            if status in too_many:
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
        """The quota violation of group ``group`` on day ``column``, if any."""
        return self._violations.get(("group", group, column))

    def group_of(self, row: int) -> int:
        """The quota group (an index into ``groups``) of the person in ``row``."""
        return self._staff_group[row]

    def rows_concerned(self, violation: Violation) -> list[int]:
        """The staff rows a violation is about, for selecting them in a view."""
        roster = self.plan.roster
        if violation.nip is not None:
            rows = [roster.index_of(violation.nip)]
            if violation.other_nip is not None:
                rows.append(roster.index_of(violation.other_nip))
            return rows
        if violation.category is None:
            return [row for row, unit in enumerate(self._staff_unit) if self._units[unit] == violation.unit]
        return [
            row
            for row, group in enumerate(self._staff_group)
            if self._groups[group] == QuotaGroup(violation.unit, violation.category)
        ]

    def is_working(self, row: int, column: int) -> bool:
        """True when day ``column`` is a working day for the person in ``row``."""
        return bool(self._working[self._staff_week[row]][column])

    # ---- updating ------------------------------------------------------------------------

    def update(self, changes: Changes) -> frozenset[int]:
        """Bring counters and violations up to date after ``changes``; cost grows with the cells changed.

        Returns:
            The columns (days) whose counters or violations may have changed: the days of the
            cells changed, and the days any violation appeared on or left (a weekly cap's
            violation is dated on the first day over the cap, which may be another day).
        """
        self._touched.clear()
        rows = self.plan.rows()
        dirty: set[tuple[str, int, int]] = set()
        columns: set[int] = set()
        for row, column in changes.cells:
            old, new = self._seen[row][column], rows[row][column]
            if old == new:
                continue
            self._seen[row][column] = new
            columns.add(column)
            if not self._working[self._staff_week[row]][column]:
                continue
            group, unit = self._staff_group[row], self._staff_unit[row]
            self._count(group, unit, column, old, -1)
            self._count(group, unit, column, new, +1)
            dirty.add(("cell", row, column))
            dirty.add(("group", group, column))
            dirty.add(("unit", unit, column))
            dirty.add(("week", row, self._week_of[column]))
            for pair in self._pairs_of.get(row, ()):
                dirty.add(("pair", pair, column))
        for key in dirty:
            self._recheck(key)
        return frozenset(columns | self._touched)

    # ---- building ------------------------------------------------------------------------

    def _build_context(self) -> None:
        plan, roster = self.plan, self.plan.roster
        self._unit_order = {unit_id: index for index, unit_id in enumerate(roster.units)}
        self._staff_order = {member.nip: index for index, member in enumerate(roster.staff)}
        self._category_order = {category: index for index, category in enumerate(Category)}
        layout = PlanLayout(plan, self.circular, self.calendar)
        self._period = layout.periods
        self._rule_at = layout.rule_at
        self._allowed_remote = layout.allowed_remote
        self._remote_codes: list[str] = [_remote_codes(period) for period in self._period]
        self._weekly_categories = {
            index
            for rules in self._rule_at
            for index, rule in enumerate(rules)
            if rule is not None and rule.kind is RuleKind.WEEKLY_REMOTE_MAX
        }
        self._working = layout.working
        self._week_of = layout.week_of
        self._week_columns = layout.week_columns
        self._groups = layout.groups
        self._units = layout.units
        self._staff_group = layout.row_group
        self._staff_unit = layout.row_unit
        self._staff_week = layout.row_week
        self._staff_category = layout.row_category
        self._staff_category_index = layout.row_category_index
        self._group_category_index = layout.group_category_index

        self._headcount = self._headcounts(self._staff_group, len(self._groups))
        self._unit_headcount = self._headcounts(self._staff_unit, len(self._units))

        self._pairs = layout.pairs
        self._pairs_of: dict[int, list[int]] = {}
        for index, pair in enumerate(self._pairs):
            for row in pair:
                self._pairs_of.setdefault(row, []).append(index)

    def _headcounts(self, membership: list[int], size: int) -> list[list[int]]:
        per_week = [dict.fromkeys(WorkWeek, 0) for _ in range(size)]
        for row, index in enumerate(membership):
            per_week[index][self._staff_week[row]] += 1
        columns = range(len(self.plan.days))
        return [
            [sum(count for week, count in weeks.items() if self._working[week][c]) for c in columns]
            for weeks in per_week
        ]

    def _scan(self) -> None:
        n_days = len(self.plan.days)
        self._remote = [[0] * n_days for _ in self._groups]
        self._office = [[0] * n_days for _ in self._groups]
        self._absent = [[0] * n_days for _ in self._groups]
        self._unit_office = [[0] * n_days for _ in self._units]
        self._seen = [bytearray(row) for row in self.plan.rows()]
        self._violations: dict[_CellKey, Violation] = {}
        self._day_keys: list[set[_CellKey]] = [set() for _ in range(n_days)]
        """The keys of the violations dated on each day."""
        self._touched: set[int] = set()
        """Days whose violations changed during the current ``update``."""
        self._errors = self._warnings = 0
        self._day_counts = [[0, 0] for _ in range(n_days)]
        working_columns = {week: [c for c in range(n_days) if mask[c]] for week, mask in self._working.items()}
        remote_cells: list[tuple[int, int]] = []
        for row, cells in enumerate(self._seen):
            group, unit = self._staff_group[row], self._staff_unit[row]
            remote, office, absent = self._remote[group], self._office[group], self._absent[group]
            unit_office = self._unit_office[unit]
            for column in working_columns[self._staff_week[row]]:
                status = cells[column]
                if status in OFFICE_BYTES:
                    office[column] += 1
                    unit_office[column] += 1
                elif status in REMOTE_BYTES:
                    remote[column] += 1
                    remote_cells.append((row, column))
                else:
                    absent[column] += 1
        for row, column in remote_cells:
            self._recheck(("cell", row, column))
        for group in range(len(self._groups)):
            for column in range(n_days):
                self._recheck(("group", group, column))
        if self.plan.policy.min_office_per_unit is not None:
            for unit in range(len(self._units)):
                for column in range(n_days):
                    self._recheck(("unit", unit, column))
        weekly_rows = {row for row, _ in remote_cells if self._staff_category_index[row] in self._weekly_categories}
        for row in weekly_rows:
            for week in range(len(self._week_columns)):
                self._recheck(("week", row, week))
        for pair in range(len(self._pairs)):
            for column in range(n_days):
                self._recheck(("pair", pair, column))

    def _count(self, group: int, unit: int, column: int, status: int, step: int) -> None:
        if status in OFFICE_BYTES:
            self._office[group][column] += step
            self._unit_office[unit][column] += step
        elif status in REMOTE_BYTES:
            self._remote[group][column] += step
        else:
            self._absent[group][column] += step

    # ---- checking ------------------------------------------------------------------------

    def _recheck(self, key: _CellKey) -> None:
        kind, first, second = key
        if kind == "cell":
            found = self._check_cell(first, second)
        elif kind == "group":
            found = self._check_group(first, second)
        elif kind == "unit":
            found = self._check_unit(first, second)
        elif kind == "week":
            found = self._check_week(first, second)
        else:
            found = self._check_pair(first, second)
        previous = self._violations.pop(key, None)
        if previous is not None:
            self._add_to_count(previous, -1)
            column = self.plan.column_of(previous.day)
            self._day_keys[column].discard(key)
            self._touched.add(column)
        if found is not None:
            self._violations[key] = found
            self._add_to_count(found, +1)
            column = self.plan.column_of(found.day)
            self._day_keys[column].add(key)
            self._touched.add(column)

    def _add_to_count(self, violation: Violation, step: int) -> None:
        day = self._day_counts[self.plan.column_of(violation.day)]
        if violation.severity is Severity.ERROR:
            self._errors += step
            day[0] += step
        else:
            self._warnings += step
            day[1] += step

    def _rule(self, row: int, column: int) -> Rule | None:
        return self._rule_at[column][self._staff_category_index[row]]

    def _source(self, rule: Rule | None) -> str:
        if rule is not None and rule.clause:
            return f"{self.circular.name}, {rule.clause}"
        return self.circular.name

    def _check_cell(self, row: int, column: int) -> Violation | None:
        status_byte = self._seen[row][column]
        if status_byte not in REMOTE_BYTES or not self._working[self._staff_week[row]][column]:
            return None
        status = BY_BYTE[status_byte]
        assert status is not None
        member = self.plan.roster.staff[row]
        rule = self._rule(row, column)
        if member.no_remote_reason is not None:
            code, source = RuleCode.PERSON_EXCLUDED, POLICY_SOURCE
        elif self._period[column] is None:
            code, source = RuleCode.OUTSIDE_PERIOD, self.circular.name
        elif rule is None:
            code, source = RuleCode.CATEGORY_NOT_ALLOWED, self.circular.name
        elif not rule.allows_remote:
            code, source = RuleCode.OFFICE_ALL, self._source(rule)
        elif status_byte not in self._allowed_remote[column]:
            code, source = RuleCode.STATUS_NOT_ALLOWED, self.circular.name
        else:
            return None
        group = self._staff_group[row]
        return Violation(
            severity=Severity.ERROR,
            rule=code,
            day=self.plan.days[column],
            unit=member.unit,
            category=self._staff_category[row],
            nip=member.nip,
            count=1,
            headcount=self._headcount[group][column],
            limit=0,
            source=source,
            status=status,
            remote_codes=self._remote_codes[column],
        )

    def _check_group(self, group: int, column: int) -> Violation | None:
        headcount = self._headcount[group][column]
        period = self._period[column]
        if headcount == 0 or period is None:
            return None
        rule = self._rule_at[column][self._group_category_index[group]]
        if rule is None or not rule.allows_remote:
            return None  # each remote person is reported on their own
        remote, office = self._remote[group][column], self._office[group][column]
        broken = _broken_quota(rule, remote, office, headcount)
        if broken is not None:
            code, count, limit = broken
            severity, percent, source = Severity.ERROR, rule.value, self._source(rule)
        else:
            policy = self.plan.policy
            if policy.remote_cap_percent is None:
                return None
            limit = percent_floor(policy.remote_cap_percent, headcount)
            if remote <= limit:
                return None
            code, count = RuleCode.POLICY_REMOTE_CAP, remote
            severity, percent, source = policy.remote_cap_severity, policy.remote_cap_percent, POLICY_SOURCE
        return Violation(
            severity=severity,
            rule=code,
            day=self.plan.days[column],
            unit=self._groups[group].unit,
            category=self._groups[group].category,
            nip=None,
            count=count,
            headcount=headcount,
            limit=limit,
            source=source,
            percent=percent,
            remote_codes=self._remote_codes[column],
        )

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

    def _check_week(self, row: int, week: int) -> Violation | None:
        if self._staff_category_index[row] not in self._weekly_categories:
            return None
        cells = self._seen[row]
        working = self._working[self._staff_week[row]]
        cap: int | None = None
        remote_days: list[int] = []
        for column in self._week_columns[week]:
            rule = self._rule(row, column)
            if rule is None or rule.kind is not RuleKind.WEEKLY_REMOTE_MAX or rule.value is None:
                continue
            cap = rule.value if cap is None else min(cap, rule.value)
            if working[column] and cells[column] in REMOTE_BYTES:
                remote_days.append(column)
        if cap is None or len(remote_days) <= cap:
            return None
        member = self.plan.roster.staff[row]
        first_over = remote_days[cap]
        rule = self._rule(row, first_over)
        return Violation(
            severity=Severity.ERROR,
            rule=RuleCode.WEEKLY_REMOTE_MAX,
            day=self.plan.days[first_over],
            unit=member.unit,
            category=self._staff_category[row],
            nip=member.nip,
            count=len(remote_days),
            headcount=self._headcount[self._staff_group[row]][first_over],
            limit=cap,
            source=self._source(rule),
            percent=cap,
            remote_codes=self._remote_codes[first_over],
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


def _broken_quota(rule: Rule, remote: int, office: int, headcount: int) -> tuple[RuleCode, int, int] | None:
    """The (code, count, limit) of a circular's quota that the day's figures break, or None."""
    if rule.value is None:
        return None
    if rule.kind is RuleKind.REMOTE_MAX:
        cap = percent_floor(rule.value, headcount)
        return (RuleCode.REMOTE_MAX, remote, cap) if remote > cap else None
    if rule.kind is RuleKind.OFFICE_MIN:
        need = percent_ceil(rule.value, headcount)
        return (RuleCode.OFFICE_MIN, office, need) if office < need else None
    if rule.kind is RuleKind.OFFICE_MAX:
        cap = percent_floor(rule.value, headcount)
        return (RuleCode.OFFICE_MAX, office, cap) if office > cap else None
    return None


def _remote_codes(period: Period | None) -> str:
    return period.remote_codes if period is not None else Status.WFH.code
