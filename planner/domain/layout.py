"""A plan under its circular reduced to small integers: the tables validation and autofill both loop over.

Days are columns, people are rows, quota groups and units are indexes, so the hot loops of
``Validator`` and of automatic filling hash no dates or enums, and both read a plan the same
way: the same groups (unit at the plan's quota level × category), the same working days.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import Circular, Period, Rule
from planner.domain.plan import Plan
from planner.domain.roster import UnitId, WorkWeek

CATEGORIES = tuple(Category)
"""The categories in index order: ``PlanLayout.rule_at[column][index]`` is ``CATEGORIES[index]``'s rule."""


@dataclass(frozen=True, slots=True)
class QuotaGroup:
    """Staff of one unit (at the plan's quota level) and one category."""

    unit: UnitId
    category: Category


class PlanLayout:
    """The plan's days, groups and people as integer-indexed tables; built once per plan and circular."""

    def __init__(self, plan: Plan, circular: Circular, calendar: WorkCalendar) -> None:
        """Lay ``plan`` out; ``calendar`` must already carry the plan's own days off and working days."""
        days, roster = plan.days, plan.roster
        self.periods: list[Period | None] = [circular.period_on(day) for day in days]
        self.rule_at: list[tuple[Rule | None, ...]] = [
            tuple(period.rules.get(category) for category in CATEGORIES) if period else (None,) * len(CATEGORIES)
            for period in self.periods
        ]
        """Per column, the rule of each category (by index), None where the circular names none."""
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

        self.groups: list[QuotaGroup] = []
        self.units: list[UnitId] = []
        """The units at the plan's quota level, in roster order."""
        self.group_index: dict[tuple[UnitId, Category], int] = {}
        self.unit_index: dict[UnitId, int] = {}
        self.row_group: list[int] = []
        self.row_unit: list[int] = []
        self.row_week: list[WorkWeek] = []
        self.row_category: list[Category] = []
        self.row_category_index: list[int] = []
        self.group_category_index: list[int] = []
        category_index = {category: index for index, category in enumerate(CATEGORIES)}
        for member in roster.staff:
            unit_id = roster.ancestor_at(member.unit, plan.quota_level)
            category = roster.category_of(member)
            key = (unit_id, category)
            if key not in self.group_index:
                self.group_index[key] = len(self.groups)
                self.groups.append(QuotaGroup(unit_id, category))
                self.group_category_index.append(category_index[category])
            if unit_id not in self.unit_index:
                self.unit_index[unit_id] = len(self.units)
                self.units.append(unit_id)
            self.row_group.append(self.group_index[key])
            self.row_unit.append(self.unit_index[unit_id])
            self.row_week.append(roster.units[member.unit].week)
            self.row_category.append(category)
            self.row_category_index.append(category_index[category])

        self.pairs: list[tuple[int, int]] = []
        """The policy's exclusive pairs as rows; a pair whose member left the plan no longer binds."""
        for first_nip, second_nip in plan.policy.exclusive_pairs:
            try:
                self.pairs.append((roster.index_of(first_nip), roster.index_of(second_nip)))
            except KeyError:
                continue
