"""Speed of the printed schedule (``write_schedule_pdf``) on large agencies.

Run from the repository root:

    .venv/bin/python benchmarks/bench_pdf.py          # full run
    .venv/bin/python benchmarks/bench_pdf.py --quick  # fewer repeats (for CI)

The plans are synthetic agencies under SE Sekda DKI 34/2023, 21 August – 19 September 2023
(22 working days, one column each), ten staff per unit, units cycling through the four
categories, five-day weeks. The fill keeps every quota, so the schedule is printed as an
official (not draft) document: a quarter of the staff of units allowed remote work are WFH on
a day, one in a hundred cells is leave, the rest WFO. Each line is the median of whole runs
(validation, layout, drawing every page, writing the file) against the target from the PDF
issue:

1. 1,000 staff x 22 working days, F4 landscape, one table: at most 1 s;
2. 5,000 staff x 22 working days, F4 landscape, one table: at most 3 s;
3. the cost per staff member stays flat: milliseconds per person at 50,000 staff (20,000 with
   ``--quick``) at most 1.25 times that at 5,000 (the quota groups' sizes are counted in one pass,
   not by rescanning every row per group);
4. the picture to share of one unit (``image --unit … --week 1``, rendered by pdfium): at most 0.5 s.

reportlab's C accelerator (``rl_accel``) is a dependency; without it the PDF takes about a third longer.

Times come from ``time.perf_counter`` with the garbage collector on, as in the application.
The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_core import Result, median_seconds, run_benchmarks

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId
from planner.domain.nip import Nip, check_nip
from planner.domain.plan import AgencyProfile, Plan, Signatory
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.status import Status
from planner.io.circular_file import load_catalog
from planner.io.schedule import PdfOptions, Schedule, write_schedule_pdf
from planner.io.schedule_image import top_units, write_pictures
from planner.resources import builtin_circulars

CIRCULAR = "sekda-dki-34-2023"
FIRST, LAST = dt.date(2023, 8, 21), dt.date(2023, 9, 19)
UNIT_SIZE = 10
REMOTE_CATEGORIES = frozenset({Category.ADMINISTRASI, Category.DUKUNGAN_PIMPINAN})


@dataclass(frozen=True, slots=True)
class Repeats:
    """How many whole runs each size gets."""

    small: int
    large: int


FULL = Repeats(small=5, large=3)
QUICK = Repeats(small=2, large=1)


@dataclass(frozen=True, slots=True)
class Fixture:
    """A plan that keeps its circular's quotas, with what prints it."""

    plan: Plan
    circular: Circular
    calendar: WorkCalendar


def _nip(index: int) -> Nip:
    """A valid, unique NIP for up to millions of staff (``make_nip``'s birth dates run into the future past ~9,000)."""
    birth = dt.date(1965, 1, 1) + dt.timedelta(days=index % 9_000)
    serial = 1 + index // 9_000
    check = check_nip(f"{birth:%Y%m%d}{birth.year + 23:04d}{1 + index % 12:02d}{1 + index % 2}{serial:03d}")
    assert check.ok, check.explain()
    return check.nip


def build_fixture(staff: int) -> Fixture:
    """``staff`` people in units of ten, filled within the quotas."""
    circular = load_catalog(builtin_circulars(), None).get(CIRCULAR)
    calendar = indonesian_calendar(FIRST, LAST)
    categories = list(Category)
    units = [
        Unit(UnitId(f"u{index}"), f"Bagian {index + 1}", categories[index % len(categories)])
        for index in range(staff // UNIT_SIZE)
    ]
    members = [
        StaffMember(
            _nip(index),
            f"Pegawai Nomor {index + 1}, S.E., M.M.",
            units[index // UNIT_SIZE].id,
            position="Analis Kebijakan Ahli Muda",
            rank="Penata Tingkat I (III/d)",
        )
        for index in range(staff)
    ]
    roster = Roster(units, members)
    days = [FIRST + dt.timedelta(days=offset) for offset in range((LAST - FIRST).days + 1)]
    working = [day for day in days if calendar.is_working(day)]
    cells: dict[Nip, dict[dt.date, Status]] = {}
    for index, member in enumerate(members):
        remote = roster.units[member.unit].category in REMOTE_CATEGORIES
        row: dict[dt.date, Status] = {}
        for number, day in enumerate(working):
            if (index * 7 + number) % 100 == 0:
                row[day] = Status.CT
            elif remote and (index + number) % 4 == 0:
                row[day] = Status.WFH
            else:
                row[day] = Status.WFO
        cells[member.nip] = row
    profile = AgencyProfile(
        letterhead=("PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA", "SEKRETARIAT DAERAH"),
        address="Jalan Medan Merdeka Selatan Nomor 8-9, Jakarta Pusat 10110",
        city="Jakarta",
        signatory=Signatory(title="Sekretaris Daerah", name="Pejabat Penanda Tangan", nip="197001011995031001"),
    )
    plan = Plan(
        name="Benchmark PDF",
        circular_id=CircularId(CIRCULAR),
        first=FIRST,
        last=LAST,
        roster=roster,
        profile=profile,
        cells=cells,
    )
    return Fixture(plan, circular, calendar)


def bench(staff: int, repeats: int, target: float, folder: Path) -> Result:
    """Median seconds of whole runs of ``write_schedule_pdf`` for ``staff`` people."""
    fixture = build_fixture(staff)
    path = folder / f"jadwal-{staff}.pdf"
    schedules: list[Schedule] = []

    def write() -> None:
        schedules.append(write_schedule_pdf(path, fixture.plan, fixture.circular, fixture.calendar, PdfOptions()))

    seconds = median_seconds(write, repeats)
    pages = schedules[-1].page_count
    columns = len([day for day in fixture.plan.days if fixture.calendar.is_working(day)])
    size = f"{staff:,} staff x {columns} days, {pages} pages, {path.stat().st_size / 1e6:.1f} MB, {repeats} runs"
    return Result("write_schedule_pdf, F4 landscape", size, seconds, target, "s")


def per_staff(large: int, folder: Path) -> Result:
    """Milliseconds per staff member at ``large`` staff against 1.25 times the figure at 5,000 (one run each)."""
    times = {}
    for staff in (5_000, large):
        fixture = build_fixture(staff)
        path = folder / f"per-staff-{staff}.pdf"

        def write(fixture: Fixture = fixture, path: Path = path) -> None:
            write_schedule_pdf(path, fixture.plan, fixture.circular, fixture.calendar, PdfOptions())

        times[staff] = median_seconds(write, 1) * 1000 / staff
    size = f"{large:,} staff: {times[large]:.3f} ms each; 5,000 staff: {times[5_000]:.3f} ms each"
    return Result("cost per staff member, flat", size, times[large], 1.25 * times[5_000], "ms")


def picture(repeats: int, folder: Path) -> Result:
    """Median seconds of one unit's picture for one week (layout, PDF in memory, pdfium to PNG)."""
    fixture = build_fixture(1_000)
    unit = top_units(fixture.plan)[0]
    target = folder / "unit.png"

    def write() -> None:
        write_pictures(fixture.plan, fixture.circular, fixture.calendar, target, unit=unit, week=1)

    seconds = median_seconds(write, repeats)
    return Result("image of one unit and week, PNG", f"{UNIT_SIZE} staff of 1,000, {repeats} runs", seconds, 0.5, "s")


def run(repeats: Repeats) -> list[Result]:
    """Every measurement, in a temporary folder."""
    large = 50_000 if repeats.large > 1 else 20_000
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        return [
            bench(1_000, repeats.small, 1, Path(folder)),
            bench(5_000, repeats.large, 3, Path(folder)),
            per_staff(large, Path(folder)),
            picture(repeats.small, Path(folder)),
        ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and exit 0."""
    return run_benchmarks(run, FULL, QUICK, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
