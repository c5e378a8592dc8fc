"""Speed of automatic filling ("Isi otomatis", issue 6) on a large and a mid-sized agency.

Run from the repository root:

    .venv/bin/python benchmarks/bench_autofill.py          # full run
    .venv/bin/python benchmarks/bench_autofill.py --quick  # CI smoke run: same sizes, fewer repeats

The plans are ``bench_core``'s synthetic agency under SE Sekda DKI 34/2023, 21 August – 20
September 2023: 5,000 staff in 500 units, every working-day cell filled at random (about 30 %
WFH, 3 % absent, the rest WFO, ignoring the quotas, so keeping what is there means repairing
thousands of violations), and a 500-staff cut of it (the first 50 units, ten staff each). For
each size, each line is a median of ``autofill`` (fill, balance, and the final validation)
against the target from the issue (5,000 x 31: at most 2 s; 500 x 31: at most 0.3 s):

1. ``REPLACE``: plan every free cell afresh;
2. ``KEEP`` on the random cells: repair what breaks the rules, fill, balance;
3. "isi ulang": ``KEEP`` on an already filled plan after one person goes on leave for the
   second half of the month (the window's re-plan after a change).

Times come from ``time.perf_counter`` with the garbage collector on, as in the application.
The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Sequence
from functools import partial

from bench_core import MONTH, Fixture, Result, build_fixture, print_table

from planner.domain.autofill import AutofillOptions, AutofillResult, FillMode, autofill
from planner.domain.plan import Plan
from planner.domain.roster import Roster
from planner.domain.status import Status

SMALL_UNITS = 50
"""The 500-staff plan keeps the first 50 units (parents included) and their staff."""
TARGETS_MS = {5_000: 2_000.0, 500: 300.0}
FULL_REPEATS = 7
QUICK_REPEATS = 3


def small_fixture(fixture: Fixture) -> Fixture:
    """The first ``SMALL_UNITS`` units of the fixture with their staff and cells."""
    roster = fixture.plan.roster
    units = list(roster.units.values())[:SMALL_UNITS]
    kept = {unit.id for unit in units}
    staff = [member for member in roster.staff if member.unit in kept]
    plan = fixture.plan.rebuilt(roster=Roster(units, staff))
    return Fixture(plan, fixture.circular, fixture.calendar, fixture.working_days)


def fill(fixture: Fixture, plan: Plan, mode: FillMode) -> AutofillResult:
    """One run of ``autofill`` over the whole plan."""
    return autofill(plan, fixture.circular, fixture.calendar, AutofillOptions(mode=mode))


def after_leave(fixture: Fixture) -> Plan:
    """The plan filled once, then one person of the largest unit on leave from the 6th of September."""
    plan = fixture.plan.rebuilt()
    plan.apply(fill(fixture, plan, FillMode.REPLACE).edits)
    member = plan.roster.staff[0]
    leave = [day for day in plan.days if day >= dt.date(2023, 9, 6)]
    plan.apply(plan.edits_to([(member.nip, day) for day in leave if plan.status_of(member.nip, day)], Status.CT))
    return plan


def measure(name: str, fixture: Fixture, plan: Plan, mode: FillMode, repeats: int) -> Result:
    """Median milliseconds of ``autofill`` on ``plan``; the size names the cells changed and the problems left."""
    samples = []
    result: AutofillResult | None = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fill(fixture, plan, mode)
        samples.append((time.perf_counter() - start) * 1000)
    assert result is not None
    staff = len(plan.roster.staff)
    size = (
        f"{staff:,} staff x {len(plan.days)} days: {result.changed:,} cells changed, "
        f"{len(result.problems)} problems, {result.errors} errors"
    )
    return Result(name, size, statistics.median(samples), TARGETS_MS[staff], "ms")


def run(repeats: int) -> list[Result]:
    """Every measurement, the 5,000-staff plan first."""
    large = build_fixture(MONTH)
    results = []
    for fixture in (large, small_fixture(large)):
        measure_it = partial(measure, fixture=fixture, repeats=repeats)
        results.append(measure_it("autofill REPLACE", plan=fixture.plan, mode=FillMode.REPLACE))
        results.append(measure_it("autofill KEEP, random cells", plan=fixture.plan, mode=FillMode.KEEP))
        results.append(measure_it("autofill KEEP after a leave", plan=after_leave(fixture), mode=FillMode.KEEP))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and exit 0."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, same sizes (for CI)")
    options = parser.parse_args(argv)
    print_table(run(QUICK_REPEATS if options.quick else FULL_REPEATS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
