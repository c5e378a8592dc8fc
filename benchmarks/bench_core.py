"""Speed and memory of the planner's core on a large agency: editing, validation, plan files.

Run from the repository root:

    .venv/bin/python benchmarks/bench_core.py          # full run
    .venv/bin/python benchmarks/bench_core.py --quick  # CI smoke run: same sizes, fewer repeats

It builds a synthetic agency (500 units, about half of them sub-units of ten top-level ones;
5,000 staff with valid NIPs) whose every working-day cell holds a status: about 30 % WFH,
3 % CT/S/DL, the rest WFO, drawn with a fixed seed, so every run measures the same plan.
The statuses ignore the circular's rules, so the plan carries many violations: a heavy case
for validation. Each line of the table is a median against the target from the issue:

1. a one-cell edit with incremental re-validation (``Plan.edits_to``, ``Plan.apply``,
   ``Validator.update``) on 5,000 staff x 31 days: at most 1 ms;
2. a full validation (building a ``Validator``: layout, counters, violations), 5,000 x 31: at
   most 30 ms, and no slower than the naive pandas group-by recount of the same quotas (per
   unit, category and day: remote count, headcount, cap) timed alternately in the same run,
   whose ratio is printed (target at most 1x); 50,000 x 31: at most 300 ms (issue 18); the
   same, and a one-cell edit, under a circular that uses recurring weekdays (every Tuesday and
   Thursday, no end date) and two rules per category counted at two scopes (issue 12);
3. opening the plan file (``PlanFile.open``), 5,000 x 31: at most 500 ms;
4. saving after a one-cell edit (``PlanFile.save``), 5,000 x 31: at most 20 ms;
5. the peak RSS of a 5,000 x 366 plan (all of 2024) with its ``Validator``: at most 300 MB
   (10^6 bytes), measured once in a child process (``--memory-child``), spawned before
   anything else, so the other measurements do not pollute it. Needs the Unix ``resource``
   module; "MB at start" is the peak before the plan is built (interpreter and imports).

Times come from ``time.perf_counter`` with the garbage collector on, as in the application.
The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from planner.domain.calendar import WorkCalendar, indonesian_calendar
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
from planner.domain.layout import CATEGORIES, PlanLayout
from planner.domain.nip import Nip, check_nip
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.io.circular_file import load_catalog
from planner.resources import builtin_circulars
from planner.storage.plan_file import PlanFile

SEED = 20230821
STAFF = 5_000
LARGE_STAFF = 50_000
UNITS = 500
TOP_LEVEL_PARENTS = 10
MONTH = ("sekda-dki-34-2023", dt.date(2023, 8, 21), dt.date(2023, 9, 20))
YEAR = ("menpanrb-1-2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))

FILL = (Status.WFO, Status.WFH, Status.CT, Status.S, Status.DL)
FILL_WEIGHTS = (67, 30, 1, 1, 1)
"""Percent of working-day cells holding each status."""
EDIT_STATUSES = (Status.WFH, Status.WFO)
"""Edits alternate between these."""

RepeatsT = TypeVar("RepeatsT")
"""A benchmark script's own ``Repeats``: how many times each of its measurements runs."""


@dataclass(frozen=True, slots=True)
class Repeats:
    """How many times each timed measurement runs."""

    edits: int
    validations: int
    opens: int
    saves: int


FULL = Repeats(edits=2_000, validations=7, opens=7, saves=50)
QUICK = Repeats(edits=200, validations=3, opens=3, saves=10)


@dataclass(frozen=True, slots=True)
class Result:
    """One line of the table: a median (or a single measurement) against its target."""

    name: str
    size: str
    value: float | None
    """None when the measurement failed."""
    target: float
    unit: str
    over_word: str = "SLOW"

    @property
    def ok(self) -> bool:
        """True when the measurement met its target."""
        return self.value is not None and self.value <= self.target

    @property
    def verdict(self) -> str:
        """OK, the word for missing the target, or FAILED."""
        if self.value is None:
            return "FAILED"
        return "OK" if self.ok else self.over_word


@dataclass(frozen=True, slots=True)
class Fixture:
    """A synthetic plan with the circular and calendar that validate it."""

    plan: Plan
    circular: Circular
    calendar: WorkCalendar
    working_days: Mapping[WorkWeek, Sequence[dt.date]]
    """The plan's working days for each kind of week."""

    @property
    def size(self) -> str:
        """Staff x days, as printed in the table."""
        return f"{len(self.plan.roster.staff):,} staff x {len(self.plan.days)} days"

    def random_cell(self, rng: random.Random, unlike: Status) -> tuple[Nip, dt.date]:
        """A random working-day cell whose status is not ``unlike``, so setting ``unlike`` changes it."""
        roster = self.plan.roster
        while True:
            member = rng.choice(roster.staff)
            day = rng.choice(self.working_days[roster.units[member.unit].week])
            if self.plan.status_of(member.nip, day) is not unlike:
                return member.nip, day


# ---- the synthetic agency -------------------------------------------------------------------


def make_units() -> list[Unit]:
    """Units cycling through the categories; every other one after the parents is a sub-unit."""
    categories = list(Category)
    units = []
    for index in range(UNITS):
        category = categories[index % len(categories)]
        is_child = index >= TOP_LEVEL_PARENTS and index % 2 == 1
        parent = UnitId(f"u{index % TOP_LEVEL_PARENTS}") if is_child else None
        week = WorkWeek.SIX_DAYS if category is Category.PELAYANAN_PUBLIK else WorkWeek.FIVE_DAYS
        units.append(Unit(UnitId(f"u{index}"), f"Unit {index}", category, parent, week))
    return units


def make_nip(index: int) -> Nip:
    """A valid, unique PNS NIP: four people per birth date (serials 1-4), appointed at 22-25 years of age."""
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=index // 4)
    appointed_year = birth.year + 22 + index % 4
    appointed_month = 1 + index % 12
    gender = 1 + index % 2
    serial = 1 + index % 4
    check = check_nip(f"{birth:%Y%m%d}{appointed_year:04d}{appointed_month:02d}{gender}{serial:03d}")
    assert check.ok, check.explain()
    return check.nip


def make_staff(units: Sequence[Unit], staff: int = STAFF) -> list[StaffMember]:
    """Staff spread evenly over the units."""
    return [
        StaffMember(make_nip(index), f"Pegawai {index}", units[index % len(units)].id, position="Analis")
        for index in range(staff)
    ]


class GeneratedCells(Mapping[Nip, dict[dt.date, Status]]):
    """Each person's statuses on their working days, drawn only when asked for.

    ``Plan`` reads the cells one person at a time, so the 1.2 million cells of a year never sit
    in memory as dates and enums at once; the memory measurement sees the plan, not its input.
    """

    def __init__(self, roster: Roster, working_days: Mapping[WorkWeek, Sequence[dt.date]]) -> None:
        """Draw cells for ``roster`` on ``working_days``."""
        self._roster = roster
        self._working_days = working_days

    def __getitem__(self, nip: Nip) -> dict[dt.date, Status]:
        """One person's cells; the same every time for the same person."""
        row = self._roster.index_of(nip)
        days = self._working_days[self._roster.units[self._roster.staff[row].unit].week]
        statuses = random.Random(SEED + row).choices(FILL, weights=FILL_WEIGHTS, k=len(days))
        return dict(zip(days, statuses, strict=True))

    def __iter__(self) -> Iterator[Nip]:
        """The staff's NIPs in roster order."""
        return (member.nip for member in self._roster.staff)

    def __len__(self) -> int:
        """How many people have cells."""
        return len(self._roster.staff)


def build_fixture(period: tuple[str, dt.date, dt.date], staff: int = STAFF) -> Fixture:
    """The synthetic agency's plan (``staff`` people) from ``first`` to ``last`` under the circular ``circular_id``."""
    circular_id, first, last = period
    circular = load_catalog(builtin_circulars(), None).get(circular_id)
    calendar = indonesian_calendar(first, last)
    days = [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]
    working_days = {week: [day for day in days if calendar.is_working(day, week)] for week in WorkWeek}
    units = make_units()
    roster = Roster(units, make_staff(units, staff))
    plan = Plan(
        name="Benchmark",
        circular_id=CircularId(circular_id),
        first=first,
        last=last,
        roster=roster,
        cells=GeneratedCells(roster, working_days),
    )
    return Fixture(plan, circular, calendar, working_days)


def recurring_two_rules(first: dt.date) -> Circular:
    """A circular with every Tuesday and Thursday from ``first`` on (no end) and two rules per category.

    On those days remote work is at most 50 % over the agency and the office at least 40 % of
    each smallest unit; on the other days of a month-long period, at most 50 % per department.
    """
    adm, pim, ops, pub = Category.ADMINISTRASI, Category.DUKUNGAN_PIMPINAN, Category.DUKUNGAN_OPERASIONAL, Category
    recurring = {category: Rule(RuleKind.REMOTE_MAX, 50, scope=AGENCY_SCOPE) for category in (adm, pim, ops)}
    return Circular(
        id=CircularId("berulang-dua-aturan"),
        document_type="Surat Edaran",
        issuer="Benchmark",
        issuer_short="Benchmark",
        number="1",
        year=first.year,
        title="Hari berulang dan dua aturan per kategori",
        periods=(
            Period(
                (DateRange(first, first + dt.timedelta(days=30)),),
                {category: Rule(RuleKind.REMOTE_MAX, 50) for category in (adm, pim, ops)}
                | {pub.PELAYANAN_PUBLIK: Rule(RuleKind.OFFICE_ALL)},
            ),
            Period(
                (DateRange(first, None),),
                recurring | {pub.PELAYANAN_PUBLIK: Rule(RuleKind.OFFICE_ALL)},
                weekdays=frozenset({1, 3}),
                further_rules={category: (Rule(RuleKind.OFFICE_MIN, 40, scope=UNIT_SCOPE),) for category in recurring},
            ),
        ),
        quota_scope=QuotaScope(ScopeKind.DEPARTMENT),
    )


# ---- measuring ------------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> float:
    """Milliseconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """Median milliseconds of ``repeats`` calls of ``action``."""
    return statistics.median(timed(action) for _ in range(repeats))


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    """Median seconds of ``repeats`` calls of ``action``."""
    return median_ms(action, repeats) / 1000


def edit_and_revalidate(plan: Plan, validator: Validator, cell: tuple[Nip, dt.date], status: Status) -> None:
    """What the grid does when the user sets one cell: edit, apply, re-check what the edit touched."""
    edits = plan.edits_to([cell], status)
    changes = plan.apply(edits)
    validator.update(changes)


def bench_edit(fixture: Fixture, repeats: int) -> Result:
    """Median of single-cell edits at random working cells, alternating WFH and WFO."""
    validator = Validator(fixture.plan, fixture.circular, fixture.calendar)
    rng = random.Random(SEED)
    samples = []
    for index in range(repeats):
        status = EDIT_STATUSES[index % len(EDIT_STATUSES)]
        cell = fixture.random_cell(rng, unlike=status)
        samples.append(timed(partial(edit_and_revalidate, fixture.plan, validator, cell, status)))
    size = f"{fixture.size}, {repeats:,} edits"
    return Result("edit one cell + Validator.update", size, statistics.median(samples), 1, "ms")


def recount_input(fixture: Fixture) -> tuple[Any, Any]:
    """The grid as a data analyst would hold it: one row per cell (unit, category, day, status, working day).

    With a second table of each category's remote cap per day (percent, "remote at most" rules
    only; office 100 % is a cap of 0). Built once, outside the timing: only the recount is timed.
    """
    import numpy as np  # noqa: PLC0415 - the benchmark's own comparison, not the product
    import pandas as pd

    plan = fixture.plan
    layout = PlanLayout(plan, fixture.circular, fixture.calendar)
    n_rows, n_days = len(plan.roster.staff), len(plan.days)
    units = np.array([str(layout.units[unit]) for unit in layout.row_unit])
    categories = np.array([category.value for category in layout.row_category])
    working = np.array([list(layout.working[week]) for week in layout.row_week], dtype=bool)
    statuses = np.frombuffer(b"".join(plan.rows()), dtype=np.uint8)
    cells = pd.DataFrame(
        {
            "unit": np.repeat(units, n_days),
            "category": np.repeat(categories, n_days),
            "day": np.tile(np.arange(n_days), n_rows),
            "status": statuses,
            "working": working.ravel(),
        }
    )
    caps = [
        (category.value, column, 0 if rule.kind is RuleKind.OFFICE_ALL else rule.value)
        for column, per_category in enumerate(layout.rule_at)
        for category, rule in zip(CATEGORIES, per_category, strict=True)
        if rule is not None and (rule.kind is RuleKind.OFFICE_ALL or rule.kind is RuleKind.REMOTE_MAX)
    ]
    return cells, pd.DataFrame(caps, columns=["category", "day", "percent"])


def pandas_recount(cells: Any, caps: Any) -> int:
    """The naive recount: per unit, category and day the remote count, headcount and cap; how many are over."""
    remote_bytes = sorted(status.byte for status in Status if status.is_remote)
    worked = cells[cells["working"]]
    counts = (
        worked.assign(remote=worked["status"].isin(remote_bytes))
        .groupby(["unit", "category", "day"])
        .agg(remote=("remote", "sum"), headcount=("remote", "size"))
        .reset_index()
        .merge(caps, on=["category", "day"])
    )
    over = counts["remote"] > counts["percent"] * counts["headcount"] // 100
    return int(over.sum())


def bench_validate_against_pandas(fixture: Fixture, repeats: int) -> list[Result]:
    """Full validation and the pandas recount, alternated in the same run, and their ratio."""
    cells, caps = recount_input(fixture)
    build = partial(Validator, fixture.plan, fixture.circular, fixture.calendar)
    over = pandas_recount(cells, caps)
    violations = len(build().violations())
    ours, theirs = [], []
    for _ in range(repeats):
        ours.append(timed(build))
        theirs.append(timed(partial(pandas_recount, cells, caps)))
    ours_ms, theirs_ms = statistics.median(ours), statistics.median(theirs)
    return [
        Result("full validation (Validator(...))", f"{fixture.size}, {violations:,} violations", ours_ms, 30, "ms"),
        Result("pandas group-by recount (same run)", f"{fixture.size}, {over:,} groups over", theirs_ms, 10_000, "ms"),
        Result("validation / pandas recount", "ratio of the two medians above", ours_ms / theirs_ms, 1, "x"),
    ]


def bench_validate_large(repeats: int) -> Result:
    """Median time to validate 50,000 staff x 31 days (the plan is built once, outside the timing)."""
    fixture = build_fixture(MONTH, LARGE_STAFF)
    build = partial(Validator, fixture.plan, fixture.circular, fixture.calendar)
    violations = len(build().violations())
    size = f"{fixture.size}, {violations:,} violations"
    return Result("full validation, large agency", size, median_ms(build, repeats), 300, "ms")


def bench_validate_recurring(fixture: Fixture, repeats: int) -> Result:
    """Median time to validate the whole plan under recurring days and two rules per category."""
    circular = recurring_two_rules(fixture.plan.first)
    build = partial(Validator, fixture.plan, circular, fixture.calendar)
    violations = len(build().violations())
    size = f"{fixture.size}, recurring days, 2 rules, {violations:,} violations"
    return Result("full validation, recurring + two rules", size, median_ms(build, repeats), 200, "ms")


def bench_edit_recurring(fixture: Fixture, repeats: int) -> Result:
    """Median of single-cell edits under recurring days and two rules per category."""
    validator = Validator(fixture.plan, recurring_two_rules(fixture.plan.first), fixture.calendar)
    rng = random.Random(SEED + 1)
    samples = []
    for index in range(repeats):
        status = EDIT_STATUSES[index % len(EDIT_STATUSES)]
        cell = fixture.random_cell(rng, unlike=status)
        samples.append(timed(partial(edit_and_revalidate, fixture.plan, validator, cell, status)))
    size = f"{fixture.size}, recurring days, 2 rules, {repeats:,} edits"
    return Result("edit one cell, recurring + two rules", size, statistics.median(samples), 1, "ms")


def bench_open(fixture: Fixture, folder: Path, repeats: int) -> Result:
    """Median time to open a saved plan file."""
    path = folder / "open.jadwal"
    PlanFile.create(path, fixture.plan)
    cells = sum(len(row) - row.count(0) for row in fixture.plan.rows())
    size = f"{fixture.size}, {cells:,} cells, {path.stat().st_size / 1e6:.1f} MB"
    return Result("open plan file (PlanFile.open)", size, median_ms(partial(PlanFile.open, path), repeats), 500, "ms")


def bench_save(fixture: Fixture, folder: Path, repeats: int) -> Result:
    """Median time to save a plan file after each one-cell edit (the edit itself is not timed)."""
    plan = fixture.plan
    document = PlanFile.create(folder / "save.jadwal", plan)
    rng = random.Random(SEED)
    samples = []
    for index in range(repeats):
        status = EDIT_STATUSES[index % len(EDIT_STATUSES)]
        plan.apply(plan.edits_to([fixture.random_cell(rng, unlike=status)], status))
        samples.append(timed(partial(document.save, plan)))
    size = f"{fixture.size}, {repeats} saves"
    return Result("save after one edit (PlanFile.save)", size, statistics.median(samples), 20, "ms")


# ---- memory, in a child process -------------------------------------------------------------


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far."""
    import resource  # noqa: PLC0415 - Unix only; imported here so the rest runs on Windows too

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # macOS says bytes, Linux KiB


def memory_child() -> None:
    """Build the year's plan and its Validator, then print the peak RSS as JSON for the parent."""
    baseline = peak_rss_bytes()
    fixture = build_fixture(YEAR)
    validator = Validator(fixture.plan, fixture.circular, fixture.calendar)
    report = {
        "baseline": baseline,
        "peak": peak_rss_bytes(),
        "size": fixture.size,
        "violations": validator.errors + validator.warnings,
    }
    print(json.dumps(report))


def bench_memory() -> Result:
    """Peak RSS of the year's plan with its Validator, measured in a fresh interpreter."""
    name = "peak RSS, plan + Validator"
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child"]
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return Result(name, "child process failed", None, 300, "MB", "OVER")
    report = json.loads(child.stdout.splitlines()[-1])
    size = f"{report['size']}, {report['violations']:,} violations, {report['baseline'] / 1e6:.0f} MB at start"
    return Result(name, size, report["peak"] / 1e6, 300, "MB", "OVER")


# ---- the table ------------------------------------------------------------------------------


def print_table(results: Sequence[Result]) -> None:
    """One line per result, then a summary line."""
    name_width = max(len(result.name) for result in results)
    size_width = max(len(result.size) for result in results)
    print(f"{'measurement':<{name_width}}  {'input':<{size_width}}  {'median':>10}  {'target':>10}  verdict")
    for result in results:
        value = "n/a" if result.value is None else f"{result.value:.3f} {result.unit}"
        target = f"{result.target:g} {result.unit}"
        print(f"{result.name:<{name_width}}  {result.size:<{size_width}}  {value:>10}  {target:>10}  {result.verdict}")
    missed = [result.name for result in results if not result.ok]
    met = len(results) - len(missed)
    print(f"summary: {met} of {len(results)} targets met" + (f"; missed: {', '.join(missed)}" if missed else ""))


def command_line(description: str | None) -> argparse.ArgumentParser:
    """The options every benchmark script takes: ``--quick`` for fewer repeats of the same sizes."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, same sizes (for CI)")
    return parser


def run_benchmarks(
    run: Callable[[RepeatsT], Sequence[Result]],
    full: RepeatsT,
    quick: RepeatsT,
    description: str | None,
    argv: Sequence[str] | None,
) -> int:
    """A benchmark script's ``main``: run with ``full`` or, given ``--quick``, ``quick`` repeats; print the table.

    Returns 0 whatever the results: a benchmark measures, it does not test.
    """
    options = command_line(description).parse_args(argv)
    print_table(run(quick if options.quick else full))
    return 0


def run(repeats: Repeats) -> list[Result]:
    """Every measurement: the year's plan in a child, then the month's plan in this process.

    The child goes first: on Linux a child's ``ru_maxrss`` starts from the parent's RSS at the
    moment it is spawned (the kernel carries the old address space's peak across ``exec``), so
    spawning it after building the month's plan would add that plan to the year's figure.

    Validation and opening run before the edits change the plan, so they measure the same
    plan whatever the number of repeats; the table keeps the order of the issue.
    """
    memory = bench_memory()
    fixture = build_fixture(MONTH)
    with tempfile.TemporaryDirectory(prefix="bench-core-") as folder:
        validate = bench_validate_against_pandas(fixture, repeats.validations)
        recurring = bench_validate_recurring(fixture, repeats.validations)
        open_file = bench_open(fixture, Path(folder), repeats.opens)
        edit = bench_edit(fixture, repeats.edits)
        edit_recurring = bench_edit_recurring(fixture, repeats.edits)
        save = bench_save(fixture, Path(folder), repeats.saves)
    large = bench_validate_large(repeats.validations)
    return [edit, *validate, large, edit_recurring, recurring, open_file, save, memory]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks (or, with ``--memory-child``, only the memory measurement) and exit 0."""
    parser = command_line(__doc__)
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.memory_child:
        memory_child()
        return 0
    print_table(run(QUICK if options.quick else FULL))
    return 0


if __name__ == "__main__":
    sys.exit(main())
