"""The command line as a user runs it: whole ``python -m planner`` processes, timed from start to exit.

Run from the repository root (Linux or macOS: CPU time and peak memory come from ``os.wait4``):

    .venv/bin/python benchmarks/bench_cli.py          # every size, 5 runs each (3 for the large ones)
    .venv/bin/python benchmarks/bench_cli.py --quick  # CI smoke run: 500 x 31 and 5,000 x 31, 3 runs each

A child process first writes the inputs into a temporary folder (so this process stays small
and passes no memory on to the commands it starts): the synthetic agency of ``bench_core.py``
(500 units, every working-day cell holding a status drawn with a fixed seed, so the plans
carry many violations) as plan files of 500, 5,000 and 50,000 staff x 31 days (August to
September 2023) and 5,000 staff x 366 days (all of 2024), and the month's plans as grid CSV
files. Then each command runs as a fresh process, once to warm up (Python compiles the
bytecode then, and the planner keeps Indonesia's national days in its cache folder, as any
earlier run on a user's computer does) and ``repeats`` times measured:

- ``circulars``: the command line's start, at most 0.15 s (issue 18);
- ``new --grid GRID.csv``: 5,000 x 31 at most 0.5 s, 50,000 x 31 at most 3 s; and 5,000 x 31 with
  an empty home folder each run (``cold``: the first run after installing or upgrading), no target;
- ``validate --json``: 5,000 x 366 at most 3 s, every violation with its ``message``; the
  peak resident memory of 50,000 x 31 at most 250 MB (10^6 bytes).

Each line prints the median wall time (what the issue's targets are stated in), the median
CPU time of the child (user + system, steadier on a shared machine) and the child's peak RSS,
next to the target where the issue sets one. The script measures; it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTH_SIZES = (500, 5_000, 50_000)
YEAR_STAFF = 5_000


@dataclass(frozen=True, slots=True)
class Case:
    """One command on one input, with the issue's targets for it (None: measured, no target)."""

    name: str
    size: str
    arguments: tuple[str, ...]
    seconds: float | None = None
    megabytes: float | None = None
    large: bool = False
    """Run fewer times in the full run."""
    fresh_home: bool = False
    """Each run with an empty home folder: nothing kept from earlier runs (the national days computed again)."""


@dataclass(frozen=True, slots=True)
class Measured:
    """The medians of a case's runs."""

    case: Case
    wall: float
    cpu: float
    peak_mb: float
    exit_codes: tuple[int, ...]
    output: str

    def verdicts(self) -> str:
        """OK, SLOW or OVER for each target the case has."""
        words = []
        if self.case.seconds is not None:
            words.append("OK" if self.wall <= self.case.seconds else "SLOW")
        if self.case.megabytes is not None:
            words.append("OK" if self.peak_mb <= self.case.megabytes else "OVER")
        if set(self.exit_codes) - {0, 1}:
            words.append(f"FAILED (exit {sorted(set(self.exit_codes))})")
        return ", ".join(words) or "-"


def write_inputs(folder: Path, quick: bool) -> None:
    """Write the plan files and grids (in a child process: see the module's docstring)."""
    sys.path.insert(0, str(HERE))
    import bench_core  # noqa: PLC0415 - only the child that writes the inputs needs the planner

    from planner.io.grid_csv import write_grid  # noqa: PLC0415 - see above
    from planner.storage.plan_file import PlanFile  # noqa: PLC0415 - see above

    sizes = [size for size in MONTH_SIZES if not (quick and size > 5_000)]
    for staff in sizes:
        fixture = bench_core.build_fixture(bench_core.MONTH, staff)
        PlanFile.create(folder / f"month-{staff}.jadwal", fixture.plan, fixture.circular)
        write_grid(fixture.plan, folder / f"month-{staff}.csv")
    if not quick:
        fixture = bench_core.build_fixture(bench_core.YEAR, YEAR_STAFF)
        PlanFile.create(folder / f"year-{YEAR_STAFF}.jadwal", fixture.plan, fixture.circular)


def cases(folder: Path, quick: bool) -> list[Case]:
    """What to run: the start, ``new --grid`` and ``validate --json`` at each size written."""
    circular = "sekda-dki-34-2023"  # bench_core.MONTH's circular
    found = [Case("circulars (start)", "-", ("circulars",), seconds=0.15)]
    new_targets = {5_000: 3.0 / 6, 50_000: 3.0}
    month = [staff for staff in MONTH_SIZES if not (quick and staff > 5_000)]
    for staff in month:
        found.append(
            Case(
                "new --grid",
                f"{staff:,} x 31",
                ("new", "--grid", str(folder / f"month-{staff}.csv"), "--circular", circular, "-o",
                 str(folder / f"new-{staff}.jadwal"), "--force"),
                seconds=new_targets.get(staff),
                large=staff > 5_000,
            )
        )  # fmt: skip
    found.append(
        Case(
            "new --grid (cold)",
            "5,000 x 31",
            ("new", "--grid", str(folder / "month-5000.csv"), "--circular", circular, "-o",
             str(folder / "new-5000-cold.jadwal"), "--force"),
            fresh_home=True,
        )
    )  # fmt: skip
    for staff in month:
        found.append(
            Case(
                "validate --json",
                f"{staff:,} x 31",
                ("validate", "--json", str(folder / f"month-{staff}.jadwal")),
                megabytes=250.0 if staff == 50_000 else None,
                large=staff > 5_000,
            )
        )
    if not quick:
        found.append(
            Case(
                "validate --json",
                f"{YEAR_STAFF:,} x 366",
                ("validate", "--json", str(folder / f"year-{YEAR_STAFF}.jadwal")),
                seconds=3.0,
                large=True,
            )
        )
    return found


def run_once(
    arguments: Sequence[str], folder: Path, *, fresh_home: bool = False
) -> tuple[float, float, float, int, str]:
    """One ``python -m planner`` process: wall seconds, CPU seconds, peak RSS in MB, exit code, end of stderr."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=folder)) if fresh_home else folder / "home"
    environment = dict(os.environ, JADWAL_KERJA_HOME=str(home))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes the bytecode the others use
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "planner", *arguments], stdout=output, stderr=errors, env=environment
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    if fresh_home:
        shutil.rmtree(home, ignore_errors=True)
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return wall, usage.ru_utime + usage.ru_stime, peak / 1e6, process.returncode, text[-300:]


def measure(case: Case, repeats: int, folder: Path) -> Measured:
    """A warm-up run (bytecode compiled, files in the page cache), then ``repeats`` measured runs."""
    run_once(case.arguments, folder, fresh_home=case.fresh_home)
    runs = [run_once(case.arguments, folder, fresh_home=case.fresh_home) for _ in range(repeats)]
    return Measured(
        case,
        wall=statistics.median(run[0] for run in runs),
        cpu=statistics.median(run[1] for run in runs),
        peak_mb=max(run[2] for run in runs),
        exit_codes=tuple(run[3] for run in runs),
        output=runs[-1][4],
    )


def print_table(results: Sequence[Measured]) -> None:
    """One line per case, then a summary line."""
    print(f"{'command':<20} {'input':<12} {'wall':>8} {'CPU':>8} {'peak RSS':>9}  {'target':<18} verdict")
    for result in results:
        case = result.case
        targets = [f"<= {case.seconds:g} s" if case.seconds is not None else "", ""]
        if case.megabytes is not None:
            targets[1] = f"<= {case.megabytes:g} MB"
        target = ", ".join(part for part in targets if part) or "-"
        print(
            f"{case.name:<20} {case.size:<12} {result.wall:>6.3f} s {result.cpu:>6.3f} s {result.peak_mb:>6.0f} MB"
            f"  {target:<18} {result.verdicts()}"
        )
        if set(result.exit_codes) - {0, 1}:
            print(f"    {result.output.strip()}")
    judged = [result for result in results if result.case.seconds is not None or result.case.megabytes is not None]
    missed = [f"{r.case.name} {r.case.size}" for r in judged if "SLOW" in r.verdicts() or "OVER" in r.verdicts()]
    print(
        f"summary: {len(judged) - len(missed)} of {len(judged)} targets met"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Write the inputs in a child, run every case, print the table; always 0."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="CI smoke run: the two smaller sizes, 3 runs each")
    parser.add_argument("--repeats", type=int, help="measured runs of each case (default: 5, large ones 3)")
    parser.add_argument("--only", action="append", help="run only cases whose command starts with this")
    parser.add_argument("--keep", type=Path, help="folder to write the inputs to and keep")
    parser.add_argument("--write-inputs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write_inputs is not None:
        write_inputs(args.write_inputs, args.quick)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        command = [sys.executable, __file__, "--write-inputs", str(folder)] + (["--quick"] if args.quick else [])
        if not any(folder.glob("*.jadwal")):
            subprocess.run(command, check=True)
        print(f"inputs written in {time.perf_counter() - started:.1f} s to {folder}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        print(f"load average at start: {load:.1f} on {os.cpu_count()} cores (wall well above CPU: a busy machine)")
        results = []
        for case in cases(folder, args.quick):
            if args.only and not any(case.name.startswith(prefix) for prefix in args.only):
                continue
            repeats = args.repeats or (3 if args.quick or case.large else 5)
            results.append(measure(case, repeats, folder))
            print(json.dumps({"case": f"{case.name} {case.size}", "wall": round(results[-1].wall, 3)}), flush=True)
        print()
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
