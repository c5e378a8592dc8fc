"""One home for rule semantics: validation and automatic filling read every rule kind the same way.

For each rule kind (alone or two per category, at each quota scope) a brute-force search over
every WFO/WFH choice of a small random plan decides whether a plan without errors exists;
wherever one does, automatic filling must produce one.
"""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.autofill import AutofillOptions, FillMode, autofill
from planner.domain.category import Category
from planner.domain.circular import (
    AGENCY_SCOPE,
    UNIT_SCOPE,
    Circular,
    CircularId,
    DateRange,
    Period,
    QuotaScope,
    Rule,
    RuleKind,
    ScopeKind,
)
from planner.domain.plan import Plan
from planner.domain.rules import broken, broken_where, day_bound, weekly_cap
from planner.domain.status import Status
from planner.domain.validation import Validator
from tests.factories import calendar, make_plan, make_roster, set_statuses

ADM, PIM = Category.ADMINISTRASI, Category.DUKUNGAN_PIMPINAN
MON = dt.date(2024, 5, 6)
DAYS = (MON, MON + dt.timedelta(days=1))
KINDS = list(RuleKind)


def test_day_bound_and_broken_agree_on_every_kind_and_figure() -> None:
    """Where some remote count is accepted, the bound filling keeps is exactly the set validation accepts."""
    for kind, value, headcount, absent in itertools.product(KINDS, (0, 25, 50, 75, 100), range(1, 6), range(3)):
        if absent > headcount:
            continue
        rule = Rule(kind, value if kind.unit == "percent" else (2 if kind.unit == "days" else None))
        bound = day_bound([rule], headcount, absent)
        counts = range(headcount - absent + 1)
        accepted = [
            broken(rule, remote, headcount - absent - remote, headcount) is None
            and (kind is not RuleKind.OFFICE_ALL or remote == 0)
            for remote in counts
        ]
        if any(accepted):  # else absences alone break the rule, whatever is planned
            assert accepted == [bound.low <= remote <= bound.high for remote in counts], (
                kind,
                value,
                headcount,
                absent,
            )


def test_broken_where_is_broken_over_whole_arrays() -> None:
    """The whole-plan scan's vectorised test flags exactly the figures ``broken`` finds a breach in."""
    figures = [
        (remote, office, headcount)
        for headcount in range(0, 13)
        for remote in range(headcount + 1)
        for office in range(headcount - remote + 1)
    ]
    remote, office, headcount = (np.array(column, dtype=np.int64) for column in zip(*figures, strict=True))
    values = (0, 1, 25, 33, 40, 50, 60, 75, 99, 100)
    singles = [((kind, value),) for kind in KINDS for value in (*values, None)]
    pairs = [
        ((RuleKind.REMOTE_MAX, 50), (RuleKind.OFFICE_MIN, 40)),
        ((RuleKind.OFFICE_MAX, 30), (RuleKind.REMOTE_MAX, 75)),
    ]
    for rules in [*singles, *pairs]:
        found = broken_where(rules, remote, office, headcount).tolist()
        expected = [any(broken(Rule(kind, value), r, o, h) is not None for kind, value in rules) for r, o, h in figures]
        assert found == expected, rules


def test_weekly_cap_is_the_smallest_of_the_rules() -> None:
    assert weekly_cap([Rule(RuleKind.REMOTE_MAX, 50)]) is None
    assert weekly_cap([Rule(RuleKind.WEEKLY_REMOTE_MAX, 3), Rule(RuleKind.WEEKLY_REMOTE_MAX, 2)]) == 2


@st.composite
def rule(draw: st.DrawFn) -> Rule:
    kind = draw(st.sampled_from(KINDS))
    value = None
    if kind.unit == "percent":
        value = draw(st.sampled_from([0, 25, 34, 50, 67, 100]))
    elif kind.unit == "days":
        value = draw(st.integers(0, 2))
    return Rule(kind, value)


@st.composite
def small_plans(draw: st.DrawFn) -> tuple[Plan, Circular]:
    sizes = draw(st.lists(st.integers(1, 2), min_size=1, max_size=2))
    units = [(f"Unit {index}", draw(st.sampled_from([ADM, PIM])), size) for index, size in enumerate(sizes)]
    parents = {"Unit 1": "Unit 0"} if len(units) == 2 and draw(st.booleans()) else {}
    plan = make_plan(make_roster(units, parents=parents), "kecil", DAYS[0], DAYS[-1])
    for day in DAYS:
        set_statuses(plan, day, [draw(st.sampled_from([None, None, None, Status.CT])) for _ in plan.roster.staff])
    rules: dict[Category, Rule] = {}
    further: dict[Category, tuple[Rule, ...]] = {}
    for category in (ADM, PIM):
        if draw(st.booleans()):
            rules[category] = draw(rule())
            if draw(st.booleans()):
                further[category] = (draw(rule()),)
    scope = draw(st.sampled_from([AGENCY_SCOPE, UNIT_SCOPE, QuotaScope(ScopeKind.DEPARTMENT)]))
    circular = Circular(
        id=CircularId("kecil"),
        document_type="Surat Edaran",
        issuer="Penguji",
        issuer_short="Penguji",
        number="1",
        year=2024,
        title="Kecil",
        periods=(Period((DateRange(DAYS[0], DAYS[-1]),), rules, frozenset({Status.WFH}), further_rules=further),),
        quota_scope=scope,
    )
    return plan, circular


def _errors(plan: Plan, circular: Circular) -> int:
    return Validator(plan, circular, calendar(2024, 2024)).errors


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_plans())
def test_wherever_a_clean_plan_exists_autofill_finds_one(scenario: tuple[Plan, Circular]) -> None:
    plan, circular = scenario
    free = [
        (member.nip, day)
        for member in plan.roster.staff
        for day in DAYS
        if plan.status_of(member.nip, day) is not Status.CT
    ]
    exists = False
    for choice in itertools.product((Status.WFO, Status.WFH), repeat=len(free)):
        trial = plan.rebuilt()
        for cell, status in zip(free, choice, strict=True):
            trial.apply(trial.edits_to([cell], status))
        if _errors(trial, circular) == 0:
            exists = True
            break
    result = autofill(plan, circular, calendar(2024, 2024), AutofillOptions(mode=FillMode.REPLACE))
    filled = plan.rebuilt()
    filled.apply(result.edits)
    if exists:
        assert _errors(filled, circular) == 0, list(Validator(filled, circular, calendar(2024, 2024)).violations())


def test_a_quota_over_the_agency_is_kept_across_units_when_a_target_is_shared_per_unit() -> None:
    """Remote at most 9 % of 12 over the agency allows 1, though 9 % of each unit of 6 allows none."""
    pub = Category.PELAYANAN_PUBLIK
    plan = make_plan(make_roster([("Unit 1", pub, 6), ("Unit 2", pub, 6)]), "agensi", MON, MON)
    circular = Circular(
        id=CircularId("agensi"),
        document_type="Surat Edaran",
        issuer="Penguji",
        issuer_short="Penguji",
        number="1",
        year=2024,
        title="Agensi",
        periods=(Period((DateRange(MON, MON),), {pub: Rule(RuleKind.REMOTE_MAX, 9)}),),
    )
    result = autofill(plan, circular, calendar(2024, 2024), AutofillOptions(target_percent=17))
    filled = plan.rebuilt()
    filled.apply(result.edits)
    remote = [filled.status(row, 0) for row in range(12)].count(Status.WFH)
    assert (remote, _errors(filled, circular)) == (1, 0)
