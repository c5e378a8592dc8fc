"""Filling a fair, compliant schedule automatically ("Isi otomatis", "Isi ulang").

``autofill`` returns the ``CellEdit``s that give every free cell of a range WFH (or WFA where
WFH is not allowed) or WFO, and never changes the plan itself: the window pushes the edits as
one undo step, the command line applies and saves them. The rules are DOMAIN §3, counted
exactly as ``Validator`` counts them: per day, per quota group (unit at the plan's quota level
× category), over every staff member working that day, on leave or not.

How it fills, in steps that can each be explained to a secretariat:

1. **Fixed cells stay.** Absences (CT, S, DL, TB), locked cells, non-working days and days
   outside the range are never changed. Every other cell of the range is free. ``KEEP`` keeps
   free WFH/WFA cells remote where remote work is allowed that day; ``REPLACE`` starts every
   free cell in the office. A blank free cell becomes WFO.
2. **Repair** (what ``KEEP`` inherits may break rules): remote cells go back to the office
   where the person may not work remotely, over the weekly cap, where both of an exclusive
   pair are remote, over the group's daily cap, or below the unit's minimum in the office;
   the people with the largest share of remote days go back first.
3. **Fill**, day by day: free office cells become remote while the group's daily cap, the
   unit's minimum in the office, the weekly cap and exclusive pairs allow, in the order
   (share of remote days, remote days on this weekday, weekly rotation, roster order).
4. **Balance**, per group: a remote day moves from the person with the largest share to the
   one with the smallest while that narrows the gap; for people with the same available days
   that means until their counts differ by at most one.
5. Steps 3 and 4 repeat until nothing changes, so a second run on the result changes nothing.
6. **Check**: the result is validated with ``Validator``; what stays broken in the range is
   returned as a ``Problem`` that says why (absences, locked cells, people who may not work
   remotely), to be worded by ``describe_problem``.

A person's share is remote days / available days: the days of the range on which they may
work remotely and their cell is free or locked remote. Someone on leave half the range gets
about half the remote days of a colleague, and equal availability gets equal counts ± 1.

The daily cap of a group (the arithmetic shown to users, see ``GroupSummary``):

- remote at most p %: floor(p × headcount / 100); office at least p %: headcount − absent −
  ceil(p × headcount / 100); office 100 %, a category the circular does not name, or a day
  outside every period: 0; no quota, office at most p %, weekly cap: no daily cap (so with
  no quota, no agency cap and no target, everyone who may works remotely every day);
- then at most the agency's cap and the user's target, floor(q × headcount / 100) each, but
  never below what "office at most p %" needs remote (the circular's rule wins);
- a weekly cap of N days first spreads the group's remote days evenly over the week's days,
  so the office is not empty early in the week and full at its end; a second pass then fills
  what uneven availability left over.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from planner.domain.calendar import DAY_NAMES, WorkCalendar, format_date_long
from planner.domain.circular import Circular, Period, percent_floor
from planner.domain.errors import PlannerError
from planner.domain.layout import CATEGORIES, PlanLayout, QuotaGroup
from planner.domain.plan import CellEdit, Plan
from planner.domain.policy import Severity
from planner.domain.roster import Roster, UnitId, WorkWeek
from planner.domain.rules import day_bound, is_daily_quota, weekly_cap
from planner.domain.status import BY_BYTE, REMOTE_BYTES, Presence, Status
from planner.domain.validation import RuleCode, Validator, Violation
from planner.domain.wording import Translate, describe, phrase

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` (days filled) from whatever thread runs ``autofill``.

It may raise to abandon the filling: the exception leaves ``autofill`` unchanged.
"""


class FillMode(enum.Enum):
    """What happens to the WFH/WFO already in free cells."""

    KEEP = "keep"
    """Keep them where the rules allow, changing as few cells as possible ("isi ulang")."""
    REPLACE = "replace"
    """Plan every free cell afresh."""


@dataclass(frozen=True, slots=True)
class AutofillOptions:
    """What to fill and how."""

    first: dt.date | None = None
    """The range's first day; None for the plan's first."""
    last: dt.date | None = None
    """The range's last day; None for the plan's last."""
    target_percent: int | None = None
    """A lower remote share than the rules allow ("WFH 30 %"), per group and day; None for the most allowed."""
    mode: FillMode = FillMode.KEEP


@dataclass(frozen=True, slots=True)
class Problem:
    """A rule still broken after filling, with the figures that say why it could not be kept.

    The figures count the staff the violation is about (its quota group, unit, person or pair)
    on its day, or in its week for a weekly cap.
    """

    violation: Violation
    absent: int = 0
    """Staff on leave, sick, on official travel or in training."""
    locked_remote: int = 0
    """Locked cells that hold WFH or WFA."""
    locked_office: int = 0
    """Locked cells that hold WFO or nothing."""
    unable: int = 0
    """Staff free that day who may not work remotely (marked "no remote work", or the rule forbids it)."""
    outside: int = 0
    """Remote days of the same week outside the filled range (weekly caps only)."""

    @property
    def severity(self) -> Severity:
        """Error or warning, as the validator shows it."""
        return self.violation.severity


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One quota group's figures over the range: the arithmetic behind the filling."""

    group: QuotaGroup
    members: int
    """Staff in the group."""
    eligible: int
    """Staff with at least one day on which they may work remotely."""
    days: int
    """Days of the range on which the group may work remotely."""
    cap_low: int
    """The smallest daily cap on those days (0 when there are none)."""
    cap_high: int
    """The largest daily cap on those days."""
    allowance: int
    """The sum of the daily caps: the most remote days the group can have over the range."""
    remote_days: int
    """Remote days the group has after filling."""
    fewest: int
    """Fewest remote days of one eligible person (0 when nobody is eligible)."""
    most: int
    """Most remote days of one eligible person."""
    counted: bool = True
    """False for non-ASN staff the agency does not count in the quotas: one such group per category,
    across the agency (``group.unit`` is then ``AGENCY_UNIT``, though no agency quota counts them)."""


@dataclass(frozen=True, slots=True)
class AutofillResult:
    """What ``autofill`` proposes: the edits, what it could not solve, and the figures per group."""

    first: dt.date
    last: dt.date
    edits: tuple[CellEdit, ...]
    """In roster order, then by date; apply them all or none."""
    problems: tuple[Problem, ...]
    """Violations left in the range, sorted like the validator's."""
    groups: tuple[GroupSummary, ...]
    errors: int
    """Errors in the whole plan once the edits are applied."""
    warnings: int
    """Warnings in the whole plan once the edits are applied."""

    @property
    def changed(self) -> int:
        """How many cells the edits change."""
        return len(self.edits)

    def changed_per_unit(self, roster: Roster) -> dict[UnitId, int]:
        """How many cells change for the staff of each unit (their own unit), in roster order."""
        counts: dict[UnitId, int] = {}
        for edit in self.edits:
            unit = roster.staff[roster.index_of(edit.nip)].unit
            counts[unit] = counts.get(unit, 0) + 1
        return {unit: counts[unit] for unit in roster.units if unit in counts}


def autofill(
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: AutofillOptions | None = None,
    progress: ProgressCallback | None = None,
) -> AutofillResult:
    """Propose edits that fill ``options``' range fairly within every rule; the plan is not changed.

    ``calendar`` is the national calendar; the plan's own added and removed days are applied
    here, as ``Validator`` does. Same input, same output.

    Raises:
        PlannerError: the range is reversed or outside the plan, or the target is not 0–100 %.
    """
    options = options or AutofillOptions()
    filler = _Filler(plan, circular, calendar, options)
    filler.run(progress)
    edits = filler.edits()
    result_plan = plan.rebuilt()
    result_plan.apply(edits)
    validator = Validator(result_plan, circular, calendar)
    return AutofillResult(
        first=plan.days[filler.columns.start],
        last=plan.days[filler.columns.stop - 1],
        edits=tuple(edits),
        problems=tuple(filler.problems(validator.violations(), validator)),
        groups=filler.summaries(),
        errors=validator.errors,
        warnings=validator.warnings,
    )


def _indonesian(text: str) -> str:
    return text


_WEEK_OF = phrase("wording", "minggu mulai {day} {date}")
_PROBLEM = phrase("wording", "{place}, {when}: {what}; tidak dapat dipenuhi {why}.")
_BECAUSE = phrase("wording", "karena {reasons}")
_NOTHING_ELSE = phrase("wording", "tanpa melanggar aturan lain")
_LOCKED_CELL = phrase("wording", "sel {status} itu terkunci")
_LOCKED_REMOTE = phrase("wording", "{count} sel {codes} terkunci")
_ABSENT = phrase("wording", "{count} pegawai tidak hadir (cuti, sakit, dinas luar, tugas belajar)")
_LOCKED_OFFICE = phrase("wording", "{count} sel WFO terkunci")
_UNABLE = phrase("wording", "{count} pegawai tidak boleh bekerja jarak jauh")
_OUTSIDE = phrase("wording", "{count} hari {codes} di luar rentang yang diisi")
_NOT_COUNTED = phrase("wording", "Non-ASN yang tidak dihitung dalam kuota · {category}")
_NOBODY = phrase("wording", "{place}: {members} pegawai, tidak ada yang dapat bekerja jarak jauh pada rentang ini.")
_CAPS_SAME = phrase("wording", "{low} orang per hari × {days} hari")
_CAPS_RANGE = phrase("wording", "{low}–{high} orang per hari, {days} hari")
_GROUP = phrase(
    "wording",
    "{place}: {filled} dari {allowance} jatah kerja jarak jauh terisi ({caps}); "
    "{eligible} dari {members} pegawai dapat bekerja jarak jauh, masing-masing {each} hari.",
)


def describe_problem(problem: Problem, roster: Roster, translate: Translate = _indonesian) -> str:
    """One sentence: where and when, what stays broken with its arithmetic, and why.

    Example: "Seksi A, Senin 16 April 2024: 1 dari 2 pegawai WFO < minimal 2 orang di kantor
    per unit; tidak dapat dipenuhi karena 1 sel WFH terkunci." ``translate`` as for
    ``planner.domain.wording.describe``.
    """
    violation = problem.violation
    place = roster.unit_name(violation.unit)
    if violation.category is not None and violation.nip is None:
        place += f" · {translate(violation.category.label)}"
    if violation.rule is RuleCode.WEEKLY_REMOTE_MAX:
        monday = violation.day - dt.timedelta(days=violation.day.weekday())
        when = translate(_WEEK_OF).format(day=translate(DAY_NAMES[0]), date=format_date_long(monday))
    else:
        when = f"{translate(DAY_NAMES[violation.day.weekday()])} {format_date_long(violation.day)}"
    reasons = _reasons(problem, translate)
    why = translate(_BECAUSE).format(reasons=", ".join(reasons)) if reasons else translate(_NOTHING_ELSE)
    what = describe(violation, roster, translate)
    return translate(_PROBLEM).format(place=place, when=when, what=what, why=why)


def describe_group(summary: GroupSummary, roster: Roster, translate: Translate = _indonesian) -> str:
    """The group's arithmetic in one sentence.

    Example: "Biro Hukum · Administrasi pemerintahan: 4 dari 4 jatah kerja jarak jauh terisi (2 orang
    per hari × 2 hari); 5 dari 5 pegawai dapat bekerja jarak jauh, masing-masing 0–1 hari." Non-ASN
    staff the agency does not count are named as such, not as a unit ("Non-ASN yang tidak
    dihitung dalam kuota · Dukungan operasional: …").
    """
    category = translate(summary.group.category.label)
    if summary.counted:
        place = f"{roster.unit_name(summary.group.unit)} · {category}"
    else:
        place = translate(_NOT_COUNTED).format(category=category)
    if summary.days == 0 or summary.eligible == 0:
        return translate(_NOBODY).format(place=place, members=summary.members)
    if summary.cap_low == summary.cap_high:
        caps = translate(_CAPS_SAME).format(low=summary.cap_low, days=summary.days)
    else:
        caps = translate(_CAPS_RANGE).format(low=summary.cap_low, high=summary.cap_high, days=summary.days)
    each = str(summary.most) if summary.fewest == summary.most else f"{summary.fewest}–{summary.most}"
    return translate(_GROUP).format(
        place=place,
        filled=summary.remote_days,
        allowance=summary.allowance,
        caps=caps,
        eligible=summary.eligible,
        members=summary.members,
        each=each,
    )


def _reasons(problem: Problem, translate: Translate) -> list[str]:
    violation = problem.violation
    codes = violation.remote_codes
    office_rules = (RuleCode.OFFICE_MIN, RuleCode.POLICY_MIN_OFFICE)
    reasons = []
    one_cell = violation.nip is not None and violation.other_nip is None and violation.status is not None
    if one_cell and problem.locked_remote and violation.status is not None:
        reasons.append(translate(_LOCKED_CELL).format(status=violation.status.code))
    elif problem.locked_remote:
        reasons.append(translate(_LOCKED_REMOTE).format(count=problem.locked_remote, codes=codes))
    if problem.absent and violation.rule in office_rules:
        reasons.append(translate(_ABSENT).format(count=problem.absent))
    if violation.rule is RuleCode.OFFICE_MAX:
        if problem.locked_office:
            reasons.append(translate(_LOCKED_OFFICE).format(count=problem.locked_office))
        if problem.unable:
            reasons.append(translate(_UNABLE).format(count=problem.unable))
    if problem.outside:
        reasons.append(translate(_OUTSIDE).format(count=problem.outside, codes=codes))
    return reasons


# ---- the filling ---------------------------------------------------------------------------

_WFO = Status.WFO.byte
_ABSENT_BYTES = frozenset(status.byte for status in Status if status.presence is Presence.ABSENT)
_NO_LIMIT = 1 << 30
"""A cap that never binds."""


def _preferred_byte(period: Period | None) -> int:
    """The remote status new remote cells get: WFH, or WFA where only WFA is allowed; 0 for none."""
    if period is None:
        return 0
    for status in (Status.WFH, Status.WFA):
        if status in period.remote_statuses:
            return status.byte
    return 0


class _Filler:
    """The state of one filling: a working copy of the cells and the counters the rules need.

    Rows, columns, groups and units are small integers, so the loops hash no enums or dates.
    """

    def __init__(self, plan: Plan, circular: Circular, calendar: WorkCalendar, options: AutofillOptions) -> None:
        self.plan = plan
        self.options = options
        roster, days = plan.roster, plan.days
        self.columns = self._range(plan, options)
        n_days = len(days)
        calendar = calendar.with_changes(plan.days_added, plan.days_removed)

        layout = PlanLayout(plan, circular, calendar)  # the same tables the Validator reads
        self.all_rules = layout.rules_at
        self.exempt = [member.cap_exemption is not None for member in roster.staff]
        """Per row: True for staff exempt from per-person caps (as Validator)."""
        self.preferred = [_preferred_byte(period) for period in layout.periods]
        self.allowed = layout.allowed_remote
        self.working = layout.working
        self.week_of = layout.week_of
        self.weekday = [day.weekday() for day in days]
        self.week_columns = layout.week_columns
        # The weekly cap of each category and week, over the week's columns that carry it (as Validator).
        self.weekly_at: list[tuple[int | None, ...]] = [
            tuple(weekly_cap(rules) for rules in per_category) for per_category in self.all_rules
        ]
        """Per column and category: the weekly cap the day's rules set, None where none does."""
        self.weekly_cap: list[dict[int, int]] = [{} for _ in CATEGORIES]
        for column, per_category in enumerate(self.weekly_at):
            for index, value in enumerate(per_category):
                if value is not None:
                    caps = self.weekly_cap[index]
                    week = self.week_of[column]
                    caps[week] = min(caps.get(week, value), value)

        may_masks = {
            (index, week): bytes(
                1
                if self.working[week][column]
                and self.preferred[column]
                and self.all_rules[column][index]
                and all(rule.allows_remote for rule in self.all_rules[column][index])
                else 0
                for column in range(n_days)
            )
            for index in range(len(CATEGORIES))
            for week in WorkWeek
        }
        never = bytes(n_days)

        locked: dict[int, set[int]] = {}
        for nip, day in plan.locked_cells():
            locked.setdefault(roster.index_of(nip), set()).add(plan.column_of(day))

        shown = plan.policy.remote_cap_percent is not None or options.target_percent is not None
        self.primary, self.groups, self.row_group = layout.fill_grouping(shown=shown)
        self.counted_groups = len(layout.grouping_groups[self.primary])
        """The groups before this index are counted in the quotas; those after it hold the staff who are not."""
        self.checks = layout.checks
        # The other groupings with daily quotas (a circular's coarser scope, the agency's finer
        # one) bound remote work too: each keeps its own remote counts and caps.
        self.extra = [
            g for g, per_column in enumerate(layout.checks) if g != self.primary and any(map(any, per_column))
        ]
        self.extra_rows = [layout.grouping_rows[g] for g in self.extra]
        self.extra_groups = [layout.grouping_groups[g] for g in self.extra]
        self.extra_category = [layout.grouping_group_category[g] for g in self.extra]
        self.units = layout.units
        self.group_rows: list[list[int]] = [[] for _ in self.groups]
        self.unit_rows: list[list[int]] = [[] for _ in self.units]
        self.row_unit = layout.row_unit
        self.row_category = layout.row_category_index
        self.row_week = layout.row_week
        self.position: list[int] = []
        """Each person's place in their group, for the weekly rotation."""
        self.may: list[bytes] = []
        """Per row, per column: 1 where the person may work remotely (working, allowed, not excluded)."""
        self.free: list[bytearray] = []
        """Per row, per column: 1 where the cell is in the range, a working day, not absent and not locked."""
        self.locked = locked
        self.state: list[bytearray] = []
        replace = options.mode is FillMode.REPLACE
        columns = self.columns
        for row, member in enumerate(roster.staff):
            group, unit, work_week = self.row_group[row], self.row_unit[row], self.row_week[row]
            self.position.append(len(self.group_rows[group]))
            self.group_rows[group].append(row)
            self.unit_rows[unit].append(row)
            may = never if member.no_remote_reason is not None else may_masks[(self.row_category[row], work_week)]
            self.may.append(may)

            state = bytearray(plan.rows()[row])
            free = bytearray(n_days)
            working = self.working[work_week]
            row_locked = locked.get(row, ())
            for column in columns:
                status = state[column]
                if not working[column] or column in row_locked or status in _ABSENT_BYTES:
                    continue
                free[column] = 1
                if replace or status not in REMOTE_BYTES or not may[column]:
                    state[column] = _WFO
                elif status not in self.allowed[column]:
                    state[column] = self.preferred[column]
            self.state.append(state)
            self.free.append(free)
        self.unit_of_id = layout.unit_index

        self.pairs = layout.pairs
        self.pairs_of: dict[int, list[int]] = {}
        for first, second in self.pairs:
            self.pairs_of.setdefault(first, []).append(second)
            self.pairs_of.setdefault(second, []).append(first)

        self._count()
        self._count_extra()
        self._caps(options.target_percent)

    @staticmethod
    def _range(plan: Plan, options: AutofillOptions) -> range:
        first = options.first or plan.first
        last = options.last or plan.last
        if not (plan.first <= first <= plan.last and plan.first <= last <= plan.last):
            raise PlannerError(
                f"rentang {first} – {last} di luar rencana ({format_date_long(plan.first)} – "
                f"{format_date_long(plan.last)})"
            )
        if last < first:
            raise PlannerError(f"rentang tanggal terbalik: {first} sampai {last}")
        target = options.target_percent
        if target is not None and not 0 <= target <= 100:
            raise PlannerError(f"target {target} % harus antara 0 dan 100 %")
        return range(plan.column_of(first), plan.column_of(last) + 1)

    # ---- counters ----------------------------------------------------------------------

    def _count(self) -> None:
        """Headcounts, absences and remote cells per group and unit and day; each person's counts."""
        n_days = len(self.plan.days)
        self.head = [[0] * n_days for _ in self.groups]
        self.absent = [[0] * n_days for _ in self.groups]
        self.remote = [[0] * n_days for _ in self.groups]
        self.unit_head = [[0] * n_days for _ in self.units]
        self.unit_absent = [[0] * n_days for _ in self.units]
        self.unit_remote = [[0] * n_days for _ in self.units]
        self.available: list[int] = []
        """Per row: the days of the range the person may work remotely and whose cell is free or locked remote."""
        self.count: list[int] = []
        """Per row: remote days among the available ones."""
        self.on_weekday: list[list[int]] = []
        self.week_count: list[dict[int, int]] = []
        """Per row: remote days per week on the columns a weekly cap counts (every column of the plan)."""
        for row, state in enumerate(self.state):
            group, unit = self.row_group[row], self.row_unit[row]
            head, absent, remote = self.head[group], self.absent[group], self.remote[group]
            unit_head, unit_absent, unit_remote = self.unit_head[unit], self.unit_absent[unit], self.unit_remote[unit]
            working, may, free = self.working[self.row_week[row]], self.may[row], self.free[row]
            available = count = 0
            weekdays = [0] * 7
            for column in self.columns:
                if not working[column]:
                    continue
                status = state[column]
                head[column] += 1
                unit_head[column] += 1
                if status in _ABSENT_BYTES:
                    absent[column] += 1
                    unit_absent[column] += 1
                elif status in REMOTE_BYTES:
                    remote[column] += 1
                    unit_remote[column] += 1
                if may[column] and (free[column] or status in self.allowed[column]):
                    available += 1
                    if status in REMOTE_BYTES:
                        count += 1
                        weekdays[self.weekday[column]] += 1
            self.available.append(available)
            self.count.append(count)
            self.on_weekday.append(weekdays)
            weeks: dict[int, int] = {}
            category = self.row_category[row]
            if self.weekly_cap[category]:
                for column, status in enumerate(state):
                    if working[column] and status in REMOTE_BYTES and self.weekly_at[column][category] is not None:
                        week = self.week_of[column]
                        weeks[week] = weeks.get(week, 0) + 1
            self.week_count.append(weeks)

    def _count_extra(self) -> None:
        """Headcount, absences and remote cells of every other grouping with daily quotas, and its caps."""
        n_days = len(self.plan.days)
        self.extra_remote: list[list[list[int]]] = []
        self.extra_cap: list[list[list[int]]] = []
        for index, grouping in enumerate(self.extra):
            rows, groups = self.extra_rows[index], self.extra_groups[index]
            head = [[0] * n_days for _ in groups]
            absent = [[0] * n_days for _ in groups]
            remote = [[0] * n_days for _ in groups]
            for row, group in enumerate(rows):
                if group < 0:
                    continue
                working, state = self.working[self.row_week[row]], self.state[row]
                for column in range(n_days):
                    if working[column]:
                        head[group][column] += 1
                        if state[column] in _ABSENT_BYTES:
                            absent[group][column] += 1
                        elif state[column] in REMOTE_BYTES:
                            remote[group][column] += 1
            caps = [[_NO_LIMIT] * n_days for _ in groups]
            for group, category in enumerate(self.extra_category[index]):
                for column in range(n_days):
                    rules = [check.rule for check in self.checks[grouping][column][category]]
                    if rules:
                        caps[group][column] = day_bound(rules, head[group][column], absent[group][column]).high
            self.extra_remote.append(remote)
            self.extra_cap.append(caps)

    def _extra_room(self, row: int, column: int, giver: int = -1) -> bool:
        """True when every other grouping with quotas lets ``row`` work remotely (``giver`` leaving the same day)."""
        for index, rows in enumerate(self.extra_rows):
            group = rows[row]
            if group < 0 or (giver >= 0 and rows[giver] == group):
                continue
            if self.extra_remote[index][group][column] >= self.extra_cap[index][group][column]:
                return False
        return True

    def _caps(self, target: int | None) -> None:
        """Each group's daily caps (``cap``: never exceeded; ``fill_cap``: what filling aims at) and needs."""
        n_days = len(self.plan.days)
        policy = self.plan.policy
        self.cap = [[0] * n_days for _ in self.groups]
        self.fill_cap = [[0] * n_days for _ in self.groups]
        self.need = [[0] * n_days for _ in self.groups]
        """Remote staff "office at most p %" requires."""
        self.weekly_groups: list[int] = []
        """Groups with a weekly cap, whose ``fill_cap`` spreads the week."""
        for group, quota_group in enumerate(self.groups):
            category = CATEGORIES.index(quota_group.category)
            weekly = bool(self.weekly_cap[category])
            for column in self.columns:
                head = self.head[group][column]
                rules = self.all_rules[column][category]
                if head == 0 or not rules or not self.preferred[column]:
                    continue
                absent = self.absent[group][column]
                # The quotas counted at this grouping bound it; those of other groupings are kept
                # by ``_extra_room``. What "office at most" needs stays here (counted finer, so safe).
                own = [rule for rule in rules if not is_daily_quota(rule)]
                own += [check.rule for check in self.checks[self.primary][column][category]]
                cap = day_bound(own, head, absent).high
                need = day_bound(rules, head, absent).low
                if cap == 0 and need == 0:
                    continue
                for percent in (policy.remote_cap_percent, target):
                    if percent is not None:
                        cap = min(cap, percent_floor(percent, head))
                cap = max(cap, need)
                self.cap[group][column] = cap
                self.need[group][column] = need
                self.fill_cap[group][column] = cap
            if weekly:
                self.weekly_groups.append(group)
                self._spread_weekly(group, category)

    def _spread_weekly(self, group: int, category: int) -> None:
        """Spread a weekly-capped group's remote days evenly over each week's days of the range.

        The week's remote days (each member's weekly cap less their remote days outside the
        range, or their available days if fewer, and at least their locked remote days) are
        shared out as evenly as whole people allow; the extra one of an uneven share goes to
        days that move along with the week number, so no weekday always gets it. These caps
        only shape the first pass of filling: a second pass tops up what uneven availability
        left unused (someone on leave early in the week gets their days at its end).
        """
        rows = self.group_rows[group]
        for week, cap in self.weekly_cap[category].items():
            columns = [
                column
                for column in self.week_columns[week]
                if column in self.columns
                and self.cap[group][column] > 0
                and self.weekly_at[column][category] is not None
            ]
            if not columns:
                continue
            total = 0
            for row in rows:
                outside = sum(
                    1
                    for column in self.week_columns[week]
                    if column not in self.columns
                    and self.working[self.row_week[row]][column]
                    and self.state[row][column] in REMOTE_BYTES
                    and self.weekly_at[column][category] is not None
                )
                may, free, state = self.may[row], self.free[row], self.state[row]
                days = sum(1 for column in columns if may[column] and free[column])
                locked = sum(
                    1
                    for column in columns
                    if may[column] and not free[column] and state[column] in self.allowed[column]
                )
                total += max(locked, min(cap - outside, days + locked))
            share, extra = divmod(total, len(columns))
            for place, column in enumerate(columns):
                bonus = 1 if (place - week) % len(columns) < extra else 0
                self.fill_cap[group][column] = min(self.cap[group][column], share + bonus)

    # ---- one cell's moves ----------------------------------------------------------------

    def _counts_weekly(self, row: int, column: int) -> bool:
        """True when a remote day of this person in this column counts towards a weekly cap (as Validator counts)."""
        return not self.exempt[row] and self.weekly_at[column][self.row_category[row]] is not None

    def _weekly_room(self, row: int, column: int) -> int:
        """How many more remote days the person's weekly cap allows in this column's week."""
        if not self._counts_weekly(row, column):
            return _NO_LIMIT
        week = self.week_of[column]
        return self.weekly_cap[self.row_category[row]][week] - self.week_count[row].get(week, 0)

    def _partner_remote(self, row: int, column: int, ignore: int = -1) -> bool:
        for partner in self.pairs_of.get(row, ()):
            if (
                partner != ignore
                and self.working[self.row_week[partner]][column]
                and self.state[partner][column] in REMOTE_BYTES
            ):
                return True
        return False

    def _set(self, row: int, column: int, remote: bool) -> None:
        """Make a free cell remote or office and keep every counter in step."""
        step = 1 if remote else -1
        self.state[row][column] = self.preferred[column] if remote else _WFO
        self.remote[self.row_group[row]][column] += step
        self.unit_remote[self.row_unit[row]][column] += step
        for index, rows in enumerate(self.extra_rows):
            if rows[row] >= 0:
                self.extra_remote[index][rows[row]][column] += step
        self.count[row] += step
        self.on_weekday[row][self.weekday[column]] += step
        if self._counts_weekly(row, column):
            week = self.week_of[column]
            weeks = self.week_count[row]
            weeks[week] = weeks.get(week, 0) + step

    def _unit_spare(self, unit: int, column: int) -> int:
        """How many more of the unit may leave the office before the agency's minimum is broken."""
        minimum = self.plan.policy.min_office_per_unit
        if minimum is None:
            return _NO_LIMIT
        head = self.unit_head[unit][column]
        office = head - self.unit_absent[unit][column] - self.unit_remote[unit][column]
        return office - min(minimum, head)

    def _rotation(self, row: int, column: int) -> int:
        """The person's place in their group, moved on by one every week."""
        size = len(self.group_rows[self.row_group[row]])
        return (self.position[row] - self.week_of[column]) % size

    def _receive_key(self, row: int, column: int) -> tuple[float, int, int, int]:
        """Who gets a remote day first: the smallest share (counting the day), then the weekday, rotation, row."""
        share = (2 * self.count[row] + 1) / self.available[row]
        return share, self.on_weekday[row][self.weekday[column]], self._rotation(row, column), row

    def _give_key(self, row: int, column: int) -> tuple[float, int, int, int]:
        """Who goes back to the office first: the largest share, then the opposite order of ``_receive_key``."""
        share = (2 * self.count[row] - 1) / max(self.available[row], 1)
        return -share, -self.on_weekday[row][self.weekday[column]], -self._rotation(row, column), -row

    def _is_free_remote(self, row: int, column: int) -> bool:
        return bool(self.free[row][column]) and self.state[row][column] in REMOTE_BYTES

    # ---- the steps -----------------------------------------------------------------------

    def run(self, progress: ProgressCallback | None) -> None:
        """Repair, then fill and balance until nothing changes."""
        self._repair()
        columns: Sequence[int] = self.columns
        total = len(self.columns)
        every_group = range(len(self.groups))
        while True:
            self._fill(columns, every_group, self.fill_cap, progress, total)
            self._fill(columns, self.weekly_groups, self.cap, None, total)
            progress = None  # later rounds touch a few days only
            moved = self._meet_needs() + self._balance()
            if not moved:
                break
            dirty: set[int] = set()
            for column in moved:
                dirty.update(c for c in self.week_columns[self.week_of[column]] if c in self.columns)
            columns = sorted(dirty)

    def _repair(self) -> None:
        """Send back to the office the free remote cells that break a rule (only ``KEEP`` has any)."""
        for row, weeks in enumerate(self.week_count):
            for week, count in list(weeks.items()):
                cap = self.weekly_cap[self.row_category[row]].get(week)
                if cap is None or count <= cap:
                    continue
                later_first = [
                    c
                    for c in reversed(self.week_columns[week])
                    if c in self.columns and self._is_free_remote(row, c) and self._counts_weekly(row, c)
                ]
                for column in later_first[: count - cap]:
                    self._set(row, column, remote=False)
        for column in self.columns:
            for pair in self.pairs:
                if all(self.working[self.row_week[r]][column] and self.state[r][column] in REMOTE_BYTES for r in pair):
                    givers = [r for r in pair if self._can_give(r, column)]
                    if givers:
                        self._set(min(givers, key=lambda r: self._give_key(r, column)), column, remote=False)
            for group, rows in enumerate(self.group_rows):
                excess = self.remote[group][column] - self.cap[group][column]
                if excess > 0:
                    for row in self._givers(rows, column)[:excess]:
                        self._set(row, column, remote=False)
            for index, membership in enumerate(self.extra_rows):
                for group in range(len(self.extra_groups[index])):
                    excess = self.extra_remote[index][group][column] - self.extra_cap[index][group][column]
                    if excess > 0:
                        members = [row for row, g in enumerate(membership) if g == group]
                        for row in self._givers(members, column)[:excess]:
                            self._set(row, column, remote=False)
            if self.plan.policy.min_office_per_unit is not None:
                for unit, rows in enumerate(self.unit_rows):
                    for row in self._givers(rows, column):
                        if self._unit_spare(unit, column) >= 0:
                            break
                        if self._can_give(row, column):
                            self._set(row, column, remote=False)

    def _can_give(self, row: int, column: int) -> bool:
        """True when the cell is free and remote, and the group keeps what "office at most" needs without it."""
        group = self.row_group[row]
        return self._is_free_remote(row, column) and self.remote[group][column] > self.need[group][column]

    def _givers(self, rows: Sequence[int], column: int) -> list[int]:
        remote = [row for row in rows if self._is_free_remote(row, column)]
        return sorted(remote, key=lambda row: self._give_key(row, column))

    def _fill(
        self,
        columns: Iterable[int],
        groups: Iterable[int],
        caps: list[list[int]],
        progress: ProgressCallback | None,
        total: int,
    ) -> None:
        """Day by day, make free office cells remote in order of fairness while every rule and ``caps`` allow."""
        for done, column in enumerate(columns, start=1):
            candidates: list[tuple[tuple[float, int, int, int], int]] = []
            for group in groups:
                if self.remote[group][column] >= caps[group][column]:
                    continue
                for row in self.group_rows[group]:
                    if self.free[row][column] and self.may[row][column] and self.state[row][column] == _WFO:
                        candidates.append((self._receive_key(row, column), row))
            candidates.sort()
            for _, row in candidates:
                group = self.row_group[row]
                if (
                    self.remote[group][column] < caps[group][column]
                    and self._unit_spare(self.row_unit[row], column) > 0
                    and self._extra_room(row, column)
                    and self._weekly_room(row, column) > 0
                    and not self._partner_remote(row, column)
                ):
                    self._set(row, column, remote=True)
            if progress is not None:
                progress(done, total)

    def _meet_needs(self) -> list[int]:
        """Days that "office at most" leaves short, met by moving a remote day of the same week; returns the days.

        Filling goes day by day, so a weekly cap can be spent early in the week by people who
        are also free later, while a later day that requires remote work finds only people
        whose week is used up (or who are on leave). Such a person's remote day moves here, and
        the day they leave goes to someone of the group with weekly room left on it, when that
        day would otherwise fall short itself.
        """
        moved: list[int] = []
        for group, rows in enumerate(self.group_rows):
            for column in self.columns:
                while self.remote[group][column] < self.need[group][column]:
                    other = self._swap_into(rows, column)
                    if other is None:
                        break
                    moved += [column, other]
        return moved

    def _swap_into(self, rows: Sequence[int], column: int) -> int | None:
        """Move one member's remote day of this week to ``column`` (refilling the day left if it falls short).

        Returns:
            The day the remote day came from, or None when no move helps.
        """
        week = [c for c in self.week_columns[self.week_of[column]] if c != column and c in self.columns]
        for row in rows:
            if not (self.free[row][column] and self.may[row][column] and self.state[row][column] == _WFO):
                continue
            for other in week:
                if not (self._is_free_remote(row, other) and self._counts_weekly(row, other)):
                    continue
                self._set(row, other, remote=False)
                short = self.remote[self.row_group[row]][other] < self.need[self.row_group[row]][other]
                takers = [
                    taker
                    for taker in rows
                    if taker != row
                    and self.free[taker][other]
                    and self.may[taker][other]
                    and self.state[taker][other] == _WFO
                    and self._weekly_room(taker, other) > 0
                    and self._unit_spare(self.row_unit[taker], other) > 0
                    and self._extra_room(taker, other)
                    and not self._partner_remote(taker, other)
                ]
                if (
                    (takers or not short)
                    and self._weekly_room(row, column) > 0
                    and self._unit_spare(self.row_unit[row], column) > 0
                    and self._extra_room(row, column)
                    and not self._partner_remote(row, column)
                ):
                    if short:
                        self._set(min(takers, key=lambda taker: self._receive_key(taker, other)), other, remote=True)
                    self._set(row, column, remote=True)
                    return other
                self._set(row, other, remote=True)
        return None

    def _balance(self) -> list[int]:
        """Move remote days inside each group from the largest share to the smallest; returns the days moved."""
        moved: list[int] = []
        for rows in self.group_rows:
            members = [row for row in rows if self.available[row]]
            while len(members) > 1:
                move = self._find_move(members)
                if move is None:
                    break
                giver, taker, column = move
                self._set(giver, column, remote=False)
                self._set(taker, column, remote=True)
                moved.append(column)
        return moved

    def _find_move(self, members: list[int]) -> tuple[int, int, int] | None:
        """A (giver, taker, day) that narrows the gap, or None when the group is as fair as moves can make it.

        A move is worth it when the taker's share after it stays below the giver's before it:
        (2 t + 1) / n_t < (2 g − 1) / n_g. Each move lowers the sum of count² / available, so
        balancing ends.
        """
        count, available = self.count, self.available
        givers = sorted(members, key=lambda r: (-(2 * count[r] - 1) / available[r], r))
        takers = sorted(members, key=lambda r: ((2 * count[r] + 1) / available[r], r))
        for giver in givers:
            worth_it = False
            for taker in takers:
                if (2 * count[taker] + 1) * available[giver] >= (2 * count[giver] - 1) * available[taker]:
                    break
                worth_it = True
                column = self._move_day(giver, taker)
                if column is not None:
                    return giver, taker, column
            if not worth_it:
                return None  # the takers are sorted, the givers too: no later giver can do better
        return None

    def _move_day(self, giver: int, taker: int) -> int | None:
        """The first day on which the giver's remote day can go to the taker without breaking a rule."""
        giver_state, taker_state = self.state[giver], self.state[taker]
        taker_free, taker_may, giver_free = self.free[taker], self.may[taker], self.free[giver]
        same_unit = self.row_unit[taker] == self.row_unit[giver]  # a group may span units (scope agency)
        for column in self.columns:
            if (
                giver_free[column]
                and giver_state[column] in REMOTE_BYTES
                and taker_free[column]
                and taker_may[column]
                and taker_state[column] == _WFO
                and self._weekly_room(taker, column) > 0
                and not self._partner_remote(taker, column, ignore=giver)
                and (same_unit or self._unit_spare(self.row_unit[taker], column) > 0)
                and self._extra_room(taker, column, giver)
            ):
                return column
        return None

    # ---- results -------------------------------------------------------------------------

    def edits(self) -> list[CellEdit]:
        """The cells whose status differs from the plan, in roster order, then by date."""
        plan = self.plan
        staff, days, rows = plan.roster.staff, plan.days, plan.rows()
        edits = []
        for row, state in enumerate(self.state):
            source = rows[row]
            for column in self.columns:
                if state[column] != source[column]:
                    edits.append(
                        CellEdit(staff[row].nip, days[column], BY_BYTE[source[column]], BY_BYTE[state[column]])
                    )
        return edits

    def problems(self, violations: Sequence[Violation], validator: Validator) -> list[Problem]:
        """The violations that concern the range, each with the figures that explain it."""
        self._validator = validator
        plan = self.plan
        first, last = plan.days[self.columns.start], plan.days[self.columns.stop - 1]
        found = []
        for violation in violations:
            column = plan.column_of(violation.day)
            if violation.rule is RuleCode.WEEKLY_REMOTE_MAX:
                week = self.week_columns[self.week_of[column]]
                if not any(c in self.columns for c in week):
                    continue
                row = plan.roster.index_of(violation.nip) if violation.nip else 0
                found.append(self._weekly_problem(violation, row, week))
            elif first <= violation.day <= last:
                found.append(self._day_problem(violation, column))
        return found

    def _rows_of(self, violation: Violation) -> list[int]:
        return self._validator.rows_concerned(violation)

    def _day_problem(self, violation: Violation, column: int) -> Problem:
        absent = locked_remote = locked_office = unable = 0
        for row in self._rows_of(violation):
            if not self.working[self.row_week[row]][column]:
                continue
            status = self.state[row][column]
            if status in _ABSENT_BYTES:
                absent += 1
            elif column in self.locked.get(row, ()):
                if status in REMOTE_BYTES:
                    locked_remote += 1
                else:
                    locked_office += 1
            elif not self.may[row][column]:
                unable += 1
        return Problem(violation, absent, locked_remote, locked_office, unable)

    def _weekly_problem(self, violation: Violation, row: int, week: Sequence[int]) -> Problem:
        locked_remote = outside = 0
        working, state, locked = self.working[self.row_week[row]], self.state[row], self.locked.get(row, ())
        for column in week:
            if working[column] and state[column] in REMOTE_BYTES:
                if column not in self.columns:
                    outside += 1
                elif column in locked:
                    locked_remote += 1
        return Problem(violation, locked_remote=locked_remote, outside=outside)

    def summaries(self) -> tuple[GroupSummary, ...]:
        """The arithmetic of each group over the range."""
        summaries = []
        for group, rows in enumerate(self.group_rows):
            if not rows:
                continue  # a group of the quota's grouping whose staff are all not counted: they have their own
            caps = [self.fill_cap[group][c] for c in self.columns if self.cap[group][c] > 0 or self.need[group][c]]
            counts = [self.count[row] for row in rows if self.available[row]]
            summaries.append(
                GroupSummary(
                    group=self.groups[group],
                    members=len(rows),
                    eligible=len(counts),
                    days=len(caps),
                    cap_low=min(caps, default=0),
                    cap_high=max(caps, default=0),
                    allowance=sum(caps),
                    remote_days=sum(self.remote[group][c] for c in self.columns),
                    fewest=min(counts, default=0),
                    most=max(counts, default=0),
                    counted=group < self.counted_groups,
                )
            )
        return tuple(summaries)
