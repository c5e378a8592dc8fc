"""Contracts as properties: incremental validation equals full validation; undo restores the plan."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import validation
from planner.domain.circular import (
    QuotaScope,
)
from planner.domain.status import Status
from planner.domain.validation import Validator
from tests.domain.random_plans import (
    ADM,
    POLICY_SCOPES,
    RANGES,
    batches,
    circulars,
    edits_of,
    random_plan,
)
from tests.factories import builtin_catalog, calendar, make_plan, make_roster


@settings(max_examples=200, deadline=None)
@given(
    circular_id=st.sampled_from(sorted(RANGES)),
    quota_level=st.sampled_from([None, 0]),
    scope=st.sampled_from(POLICY_SCOPES),
    count_non_asn=st.booleans(),
    batches=batches,
    rescan_ratio=st.sampled_from([0, validation._RESCAN_RATIO, 10**9]),
)
def test_incremental_validation_equals_full_validation(
    *,
    circular_id: str,
    quota_level: int | None,
    scope: QuotaScope | None,
    count_non_asn: bool,
    batches: list[list[tuple[int, int, Status | None]]],
    rescan_ratio: int,
) -> None:
    # 0: every batch cell by cell; 10**9: every batch by a whole scan again; the ratio used.
    kept = validation._RESCAN_RATIO
    validation._RESCAN_RATIO = rescan_ratio
    try:
        _check_incremental(circular_id, quota_level, scope, count_non_asn, batches)
    finally:
        validation._RESCAN_RATIO = kept


def _check_incremental(
    circular_id: str,
    quota_level: int | None,
    scope: QuotaScope | None,
    count_non_asn: bool,
    batches: list[list[tuple[int, int, Status | None]]],
) -> None:
    circular = circulars()[circular_id]
    plan = random_plan(circular_id, quota_level, scope, count_non_asn)
    work_calendar = calendar(plan.first.year, plan.last.year)
    live = Validator(plan, circular, work_calendar)
    for batch in batches:
        before = [live.violations_on(column) for column in range(len(plan.days))]
        named = live.update(plan.apply(edits_of(plan, batch)))
        fresh = Validator(plan, circular, work_calendar)
        assert live.violations() == fresh.violations()
        for column in range(len(plan.days)):
            assert live.violations_on(column) == fresh.violations_on(column)
            # A view that re-reads only the days update() names misses nothing.
            assert column in named or live.violations_on(column) == before[column]
        assert (live.errors, live.warnings) == (fresh.errors, fresh.warnings)
        for column in range(len(plan.days)):
            assert live.agency_tally(column) == fresh.agency_tally(column)
            assert live.day_counts(column) == fresh.day_counts(column)
            for row in range(len(plan.roster.staff)):
                assert live.cell_violations(row, column) == fresh.cell_violations(row, column)
            for group in range(len(live.groups)):
                assert live.group_tally(group, column) == fresh.group_tally(group, column)


@settings(max_examples=80, deadline=None)
@given(batches=batches)
def test_reverting_edits_restores_the_plan(batches: list[list[tuple[int, int, Status | None]]]) -> None:
    plan = random_plan("sekda-dki-34-2023", None)
    before = [bytes(row) for row in plan.rows()]
    history = []
    for batch in batches:
        edits = edits_of(plan, batch)
        plan.apply(edits)
        history.append(edits)
    for edits in reversed(history):
        plan.revert(edits)
    assert [bytes(row) for row in plan.rows()] == before


def test_update_names_the_days_a_weekly_violation_moves_between() -> None:
    # At most 2 remote days a week (from 21 April 2025): remote Tuesday to Thursday is dated on
    # Thursday, the third.
    monday = dt.date(2025, 4, 21)
    week = [monday + dt.timedelta(days=offset) for offset in range(5)]
    plan = make_plan(make_roster([("Biro", ADM, 1)]), "permenpanrb-4-2025", week[0], week[-1])
    nip = plan.roster.staff[0].nip
    for day in week[1:4]:
        plan.apply(plan.edits_to([(nip, day)], Status.WFH))
    live = Validator(plan, builtin_catalog().get("permenpanrb-4-2025"), calendar(2025, 2025))
    assert [v.day for v in live.violations()] == [week[3]]
    # Remote on Monday too: the third remote day is now Wednesday.
    named = live.update(plan.apply(plan.edits_to([(nip, week[0])], Status.WFH)))
    assert [v.day for v in live.violations()] == [week[2]]
    assert {plan.column_of(week[2]), plan.column_of(week[3])} <= named
