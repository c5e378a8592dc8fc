"""``Validator.records_on``, the compact form ``validate --json`` reads: the same violations, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.status import Status
from planner.domain.validation import Validator, Violation
from tests.domain.random_plans import RANGES, batches, circulars, edits_of, random_plan
from tests.factories import calendar


def expanded(validator: Validator, column: int) -> list[Violation]:
    """``records_on`` with each cell record built, checked against what the record says."""
    found = []
    for item in validator.records_on(column):
        if isinstance(item, Violation):
            found.append(item)
            continue
        row, rule, source, status, headcount = item
        violation = validator.cell_violation(row, column)
        assert violation is not None
        assert (violation.rule, violation.source, violation.status, violation.headcount) == (
            rule,
            source,
            status,
            headcount,
        )
        assert violation.nip == validator.plan.roster.staff[row].nip
        found.append(violation)
    return found


@settings(max_examples=120, deadline=None)
@given(circular_id=st.sampled_from(sorted(RANGES)), quota_level=st.sampled_from([None, 0]), batches=batches)
def test_records_are_the_violations_in_their_order_before_and_after_edits(
    circular_id: str, quota_level: int | None, batches: list[list[tuple[int, int, Status | None]]]
) -> None:
    circular = circulars()[circular_id]
    plan = random_plan(circular_id, quota_level)
    work_calendar = calendar(plan.first.year, plan.last.year)
    live = Validator(plan, circular, work_calendar)
    for batch in batches:
        live.update(plan.apply(edits_of(plan, batch)))
        fresh = Validator(plan, circular, work_calendar)  # nothing built yet: every cell a record
        compact = Validator(plan, circular, work_calendar)
        for column in range(len(plan.days)):
            assert expanded(compact, column) == fresh.violations_on(column)
            # A live validator holds some built, some not; its records still read the same.
            assert expanded(live, column) == fresh.violations_on(column)


def test_a_day_of_many_cell_problems_comes_as_records_sorted_like_the_violations() -> None:
    plan = random_plan("sekda-dki-34-2023", None)
    circular = circulars()["sekda-dki-34-2023"]
    for row in range(len(plan.roster.staff)):
        plan.apply(edits_of(plan, [(row, column, Status.WFA) for column in range(len(plan.days))]))
    validator = Validator(plan, circular, calendar(2023, 2023))
    records = [validator.records_on(column) for column in range(len(plan.days))]
    assert sum(not isinstance(item, Violation) for day in records for item in day) > 20
    reference = Validator(plan, circular, calendar(2023, 2023))
    assert [expanded(validator, column) for column in range(len(plan.days))] == [
        reference.violations_on(column) for column in range(len(plan.days))
    ]
