"""Speed and memory of the agency recap (``rekap``): many plan files read, checked, compared and written.

Run from the repository root:

    .venv/bin/python benchmarks/bench_recap.py          # full run
    .venv/bin/python benchmarks/bench_recap.py --quick  # CI smoke run: same sizes, fewer repeats

It writes 200 plan files of one province (``PEMERINTAH PROVINSI DKI JAKARTA``), one per
department, each 250 staff in 10 units (one of them public service) x 31 days (21 Aug -
20 Sep 2023, SE Sekda DKI 34/2023), every working-day cell filled: about a third WFH (a few
units of every fourth plan too many on some days, so there are errors to report), a few on leave, the rest WFO.
Each measurement runs in a fresh interpreter (``--child``), which times the whole recap from
the files (``build_recap``: open, validate each plan, compare, the combined check over all
50,000 staff) to the written file, and reports its peak RSS. The lines, medians against the
issue's targets:

1. 200 plans (50,000 staff x 31 days) to .xlsx: at most 10 s, peak RSS at most 1 GB;
2. 200 plans to .pdf: at most 10 s, peak RSS at most 1 GB;
3. 20 plans to .xlsx and to .pdf: at most 2 s each.

The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_core import MONTH, Result, peak_rss_bytes, run_benchmarks

from planner.domain.calendar import indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.status import Status
from planner.io.circular_file import load_catalog
from planner.resources import builtin_circulars
from planner.storage.plan_file import PlanFile

PLANS = 200
FEW_PLANS = 20
STAFF_PER_PLAN = 250
UNITS_PER_PLAN = 10
AGENCY = "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"


@dataclass(frozen=True, slots=True)
class Repeats:
    """How many fresh interpreters each measurement runs."""

    large: int
    small: int


FULL = Repeats(large=3, small=5)
QUICK = Repeats(large=1, small=1)


def make_nip(index: int) -> Nip:
    """A unique NIP-shaped number for each of up to 60,000 staff (birth date, appointment, gender, serial)."""
    birth = dt.date(1965, 1, 1) + dt.timedelta(days=index % 10_000)
    appointed = f"{birth.year + 22 + index % 4:04d}{1 + index % 12:02d}"
    return Nip(f"{birth:%Y%m%d}{appointed}{1 + (index // 10_000) % 2}{1 + index // 20_000:03d}")


def make_plan(index: int) -> Plan:
    """Department ``index``: 10 units of 25, the last one public service, every working day filled."""
    circular_id, first, last = MONTH
    units = [
        Unit(
            UnitId(f"u{u}"),
            f"Bidang {u + 1}" if u < UNITS_PER_PLAN - 1 else "UPT Pelayanan",
            Category.PELAYANAN_PUBLIK if u == UNITS_PER_PLAN - 1 else Category.ADMINISTRASI,
        )
        for u in range(UNITS_PER_PLAN)
    ]
    per_unit = STAFF_PER_PLAN // UNITS_PER_PLAN
    staff = [
        StaffMember(make_nip(index * STAFF_PER_PLAN + row), f"Pegawai {index}-{row}", UnitId(f"u{row // per_unit}"))
        for row in range(STAFF_PER_PLAN)
    ]
    plan = Plan(
        name=f"Jadwal Dinas Contoh {index + 1:03d}",
        circular_id=CircularId(circular_id),
        first=first,
        last=last,
        roster=Roster(units, staff),
        profile=AgencyProfile(letterhead=(AGENCY, f"DINAS CONTOH {index + 1:03d}")),
    )
    calendar = indonesian_calendar(first, last)
    working = [calendar.is_working(day) for day in plan.days]
    for row, cells in enumerate(plan.rows()):
        public = row // per_unit == UNITS_PER_PLAN - 1
        for column, is_working in enumerate(working):
            if not is_working:
                continue
            turn = (row + column + index) % 3
            if (row * 7 + column) % 97 == 0:
                status = Status.CT
            elif not public and (turn == 0 or (turn == 1 and index % 4 == 0 and (index + column) % 11 == 0)):
                status = Status.WFH
            else:
                status = Status.WFO
            cells[column] = status.byte
    return plan


def write_plans(folder: Path, count: int) -> None:
    """``count`` plan files in ``folder``."""
    circular = load_catalog(builtin_circulars(), None).get(MONTH[0])
    for index in range(count):
        PlanFile.create(folder / f"dinas-{index + 1:03d}.jadwal", make_plan(index), circular)


def child(folder: Path, output: Path) -> None:
    """The whole recap of ``folder`` into ``output``; prints seconds and peak RSS as JSON for the parent."""
    from planner.recap.build import build_recap  # noqa: PLC0415 - timed from here, in the child only
    from planner.recap.export import write_recap  # noqa: PLC0415 - see above

    started = time.perf_counter()
    recap = build_recap([folder], load_catalog(builtin_circulars(), None))
    write_recap(recap, output)
    seconds = time.perf_counter() - started
    report = {"seconds": seconds, "peak": peak_rss_bytes(), "plans": len(recap.plans), "rows": len(recap.rows)}
    print(json.dumps(report))


def measure(folder: Path, suffix: str, repeats: int) -> tuple[float | None, float | None, str]:
    """Median seconds and the largest peak RSS (MB) of ``repeats`` fresh runs."""
    seconds, peaks, size = [], [], ""
    for attempt in range(repeats):
        output = folder.parent / f"recap-{folder.name}-{attempt}{suffix}"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), str(output)]
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return None, None, "child process failed"
        report = json.loads(run.stdout.splitlines()[-1])
        seconds.append(report["seconds"])
        peaks.append(report["peak"] / 1e6)
        size = f"{report['plans']} plans, {report['rows']:,} day rows"
        output.unlink(missing_ok=True)
    return statistics.median(seconds), max(peaks), size


def run(repeats: Repeats) -> list[Result]:
    """Write the plans once, then measure each case."""
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as temporary:
        large, small = Path(temporary) / "large", Path(temporary) / "small"
        large.mkdir()
        small.mkdir()
        write_plans(large, PLANS)
        write_plans(small, FEW_PLANS)
        staff = f"{STAFF_PER_PLAN} staff x 31 days each"
        for suffix in (".xlsx", ".pdf"):
            seconds, peak, size = measure(large, suffix, repeats.large)
            results.append(Result(f"recap {PLANS} plans to {suffix}", f"{size}, {staff}", seconds, 10, "s"))
            results.append(Result(f"peak RSS, {PLANS} plans to {suffix}", size, peak, 1000, "MB", "OVER"))
        for suffix in (".xlsx", ".pdf"):
            seconds, _, size = measure(small, suffix, repeats.small)
            results.append(Result(f"recap {FEW_PLANS} plans to {suffix}", f"{size}, {staff}", seconds, 2, "s"))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks, or one child measurement."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--child"]:
        child(Path(arguments[1]), Path(arguments[2]))
        return 0
    return run_benchmarks(run, FULL, QUICK, __doc__, arguments)


if __name__ == "__main__":
    sys.exit(main())
