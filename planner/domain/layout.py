"""A plan under its circular reduced to small integers: the tables validation and autofill both loop over.

Days are columns, people are rows, quota groups and units are indexes, so the hot loops of
``Validator`` and of automatic filling hash no dates or enums, and both read a plan the same
way: the same groups, the same working days, the same rules per day and category.

Groups come in *groupings*, one per quota scope in use (DOMAIN §3a). Grouping 0 is the one
the window and the print show (each unit at the plan's quota level × category); the others
are the scopes of the circular's rules (the whole agency, each department, each smallest
unit, a unit level) and of the agency's own finer policy. Every grouping is built from the
same base groups (smallest unit × category), so a count is kept once per base group and
summed into the groupings.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import Circular, Period, QuotaScope, Rule, ScopeKind
from planner.domain.plan import Plan
from planner.domain.roster import AGENCY_UNIT, UnitId, WorkWeek
from planner.domain.rules import is_daily_quota, requires_remote

CATEGORIES = tuple(Category)
"""The categories in index order: ``PlanLayout.rule_at[column][index]`` is ``CATEGORIES[index]``'s rule."""


@dataclass(frozen=True, slots=True)
class QuotaGroup:
    """Staff of one unit (at the grouping's level; ``AGENCY_UNIT`` for the whole agency) and one category."""

    unit: UnitId
    category: Category


@dataclass(frozen=True, slots=True)
class QuotaCheck:
    """One daily quota to check on a grouping: a circular's rule, or the same rule at the agency's finer scope."""

    rule: Rule
    policy: bool
    """True when the check is the agency policy's finer scope (its severity), not the circular's own."""


def _depth_key(scope: QuotaScope | None, quota_level: int | None) -> object:
    """What identifies a grouping: ``"agency"``, or the unit depth (None for each smallest unit)."""
    if scope is None:
        return quota_level
    if scope.kind is ScopeKind.AGENCY:
        return "agency"
    return scope.depth


class PlanLayout:
    """The plan's days, groups and people as integer-indexed tables; built once per plan and circular."""

    def __init__(self, plan: Plan, circular: Circular, calendar: WorkCalendar) -> None:
        """Lay ``plan`` out; ``calendar`` must already carry the plan's own days off and working days."""
        days, roster, policy = plan.days, plan.roster, plan.policy
        circular = circular.for_zone(policy.risk_zone)
        self.periods: list[Period | None] = [circular.period_on(day) for day in days]
        self.rules_at: list[tuple[tuple[Rule, ...], ...]] = [
            tuple(period.rules_for(category) for category in CATEGORIES) if period else ((),) * len(CATEGORIES)
            for period in self.periods
        ]
        """Per column, every rule of each category (by index), empty where the circular names none."""
        self.rule_at: list[tuple[Rule | None, ...]] = [
            tuple(rules[0] if rules else None for rules in per_category) for per_category in self.rules_at
        ]
        """Per column, the main rule of each category (by index), None where the circular names none."""
        self.unplanned_blank: list[tuple[bool, ...]] = [
            tuple(any(requires_remote(rule) for rule in rules) for rules in per_category)
            for per_category in self.rules_at
        ]
        """Per column and category: True where a blank cell is "not yet planned" rather than WFO."""
        self.allowed_remote: list[frozenset[int]] = [
            frozenset(status.byte for status in period.remote_statuses) if period else frozenset()
            for period in self.periods
        ]
        """Per column, the bytes of the remote statuses the period allows."""
        self.working = {week: bytes(calendar.is_working(day, week) for day in days) for week in WorkWeek}
        """Per kind of week, 1 for each column that is a working day."""
        first_monday = days[0].toordinal() - days[0].weekday()
        self.week_of = [(day.toordinal() - day.weekday() - first_monday) // 7 for day in days]
        """The calendar week (Monday to Sunday) of each column, 0 for the plan's first."""
        self.week_columns: list[list[int]] = [[] for _ in range(self.week_of[-1] + 1)]
        for column, week in enumerate(self.week_of):
            self.week_columns[week].append(column)

        self.row_counted: list[bool] = [policy.count_non_asn or not member.non_asn for member in roster.staff]
        """Per row: False for non-ASN staff the agency does not count in the quotas."""
        unit_week = {unit_id: unit.week for unit_id, unit in roster.units.items()}
        unit_category = {unit_id: unit.category for unit_id, unit in roster.units.items()}
        self.row_week: list[WorkWeek] = [unit_week[member.unit] for member in roster.staff]
        self.row_category: list[Category] = [member.category or unit_category[member.unit] for member in roster.staff]
        self.row_category_index: list[int] = [CATEGORIES.index(category) for category in self.row_category]

        # ---- groupings: 0 is the shown one, then every scope a check needs ----
        self.grouping_keys: list[object] = [plan.quota_level]
        self.checks: list[list[tuple[tuple[QuotaCheck, ...], ...]]] = []
        """Per grouping, per column, per category index: the daily quotas checked on that grouping."""
        wanted: list[dict[int, dict[int, list[QuotaCheck]]]] = [{}]
        policy_key = _depth_key(policy.quota_scope, plan.quota_level) if policy.quota_scope else None

        def grouping(key: object) -> int:
            if key not in self.grouping_keys:
                self.grouping_keys.append(key)
                wanted.append({})
            return self.grouping_keys.index(key)

        for column, per_category in enumerate(self.rules_at):
            for index, rules in enumerate(per_category):
                for rule in rules:
                    if not is_daily_quota(rule):
                        continue
                    own = _depth_key(circular.rule_scope(rule), plan.quota_level)
                    target = grouping(own)
                    wanted[target].setdefault(column, {}).setdefault(index, []).append(QuotaCheck(rule, False))
                    if policy.quota_scope is not None and policy_key != own:
                        finer = grouping(policy_key)
                        wanted[finer].setdefault(column, {}).setdefault(index, []).append(QuotaCheck(rule, True))
        empty: tuple[tuple[QuotaCheck, ...], ...] = ((),) * len(CATEGORIES)
        for per_column in wanted:
            self.checks.append(
                [
                    tuple(tuple(per_column[column].get(index, ())) for index in range(len(CATEGORIES)))
                    if column in per_column
                    else empty
                    for column in range(len(days))
                ]
            )

        self.grouping_rows: list[list[int]] = []
        """Per grouping, per row: the group index, or -1 for staff not counted in the quotas."""
        self.grouping_groups: list[list[QuotaGroup]] = []
        self.grouping_group_category: list[list[int]] = []
        self.row_group: list[int] = []
        """Per row, the shown group (grouping 0), also for staff not counted in the quotas."""
        row_units = [member.unit for member in roster.staff]
        for key in self.grouping_keys:
            # Keyed by (unit, category index): hashing plain strings and ints, not dataclasses of enums.
            if key == "agency":
                unit_of = dict.fromkeys(roster.units, AGENCY_UNIT)
            else:
                depth = key if isinstance(key, int) else None
                unit_of = {unit_id: roster.ancestor_at(unit_id, depth) for unit_id in roster.units}
            index_of: dict[tuple[UnitId, int], int] = {}
            members = [
                index_of.setdefault((unit_of[unit_id], category), len(index_of))
                for unit_id, category in zip(row_units, self.row_category_index, strict=True)
            ]
            if not self.grouping_rows:
                self.row_group = members
            self.grouping_rows.append([group if self.row_counted[row] else -1 for row, group in enumerate(members)])
            self.grouping_groups.append([QuotaGroup(unit_id, CATEGORIES[category]) for unit_id, category in index_of])
            self.grouping_group_category.append([category for _, category in index_of])

        self.groups: list[QuotaGroup] = self.grouping_groups[0]
        """The shown groups (unit at the plan's quota level × category), in roster order."""
        self.group_index: dict[tuple[UnitId, Category], int] = {
            (group.unit, group.category): index for index, group in enumerate(self.groups)
        }
        self.group_category_index: list[int] = self.grouping_group_category[0]
        self.units: list[UnitId] = []
        """The units at the plan's quota level, in roster order."""
        self.unit_index: dict[UnitId, int] = {}
        self.row_unit: list[int] = []
        shown_unit_of = {unit_id: roster.ancestor_at(unit_id, plan.quota_level) for unit_id in roster.units}
        for member in roster.staff:
            unit_id = shown_unit_of[member.unit]
            if unit_id not in self.unit_index:
                self.unit_index[unit_id] = len(self.units)
                self.units.append(unit_id)
            self.row_unit.append(self.unit_index[unit_id])

        self.pairs: list[tuple[int, int]] = []
        """The policy's exclusive pairs as rows; a pair whose member left the plan no longer binds."""
        for first_nip, second_nip in policy.exclusive_pairs:
            try:
                self.pairs.append((roster.index_of(first_nip), roster.index_of(second_nip)))
            except KeyError:
                continue

    def fill_grouping(self, *, shown: bool) -> tuple[int, list[QuotaGroup], list[int]]:
        """The grouping automatic filling shares remote days in, its groups, and each row's group there.

        That is the finest grouping any check uses, so its caps are never looser than a check's
        (and the shown grouping too when ``shown``: the agency's cap and a fill target are kept
        there). Staff not counted in the quotas form groups of their own, per category.
        """

        def fineness(key: object) -> int:
            if key is None:
                return 1_000_000
            if key == "agency":
                return -1
            assert isinstance(key, int)
            return key

        used = [index for index, per_column in enumerate(self.checks) if any(any(c) for c in per_column)]
        if shown:
            used.append(0)
        chosen = max(used, key=lambda index: fineness(self.grouping_keys[index])) if used else 0
        groups = list(self.grouping_groups[chosen])
        rows = list(self.grouping_rows[chosen])
        extra: dict[Category, int] = {}
        for row, group in enumerate(rows):
            if group < 0:
                category = self.row_category[row]
                if category not in extra:
                    extra[category] = len(groups)
                    groups.append(QuotaGroup(AGENCY_UNIT, category))
                rows[row] = extra[category]
        return chosen, groups, rows
