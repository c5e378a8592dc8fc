"""Speed of the built application (``dist/JadwalKerjaASN``) next to the same from the source checkout.

Run from the repository root after ``python packaging/build.py`` (offscreen unless a display is set):

    .venv/bin/python benchmarks/bench_frozen.py          # full run
    .venv/bin/python benchmarks/bench_frozen.py --quick  # fewer repeats (CI)

Each line is a median of fresh processes:

1. start to a painted window with the demo plan (38 staff x 12 days): wall time from starting the
   process to the moment the window's ``--self-check`` report appears, which the window writes
   right after its first paint. Target for the frozen ``JadwalKerjaASN``: at most 2 s; the same
   from the source (``python main.py --self-check ...``) for comparison. The first frozen start
   after the build (cold file cache) is reported separately;
2. ``jadwal validate`` of a 5,000 x 31 plan (``bench_core``'s synthetic agency, about 19,000
   violations, so the exit code is 1), frozen and ``python -m planner validate`` from the source.
   No target in the issue: the line shows what freezing costs or saves.

The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import MONTH, Result, build_fixture, print_table

from planner.storage.plan_file import PlanFile

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "JadwalKerjaASN"
EXE = ".exe" if sys.platform == "win32" else ""
WINDOW_TARGET = 2.0


def time_to_report(command: Sequence[str], report: Path, env: dict[str, str], timeout: float = 60) -> float | None:
    """Seconds from starting ``command`` to ``report`` appearing; None when it never does."""
    report.unlink(missing_ok=True)
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as child:
        while not report.exists():
            if child.poll() is not None and not report.exists():
                return None
            if time.perf_counter() - start > timeout:
                child.kill()
                return None
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        child.wait(timeout)
    return seconds


def time_command(command: Sequence[str], env: dict[str, str]) -> float:
    """Wall time of one run of ``command``."""
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def median_or_none(values: Sequence[float | None]) -> float | None:
    """The median, or None when any run failed."""
    return None if any(value is None for value in values) else statistics.median(v for v in values if v is not None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (CI smoke run)")
    parser.add_argument("--app", type=Path, default=APP, help="the built folder (default dist/JadwalKerjaASN)")
    args = parser.parse_args(argv)
    window_exe, cli_exe = args.app / f"JadwalKerjaASN{EXE}", args.app / f"jadwal{EXE}"
    if not cli_exe.is_file():
        print(f"{cli_exe} is missing: run python packaging/build.py first (nothing measured)")
        return 0
    repeats = 3 if args.quick else 7
    scratch = Path(tempfile.mkdtemp(prefix="bench-frozen-"))
    env = {**os.environ, "JADWAL_KERJA_HOME": str(scratch / "home"), "PYTHONPATH": str(ROOT)}
    demo, big, report = scratch / "demo.jadwal", scratch / "besar.jadwal", scratch / "report.json"
    subprocess.run([str(cli_exe), "demo", str(demo)], env=env, capture_output=True, check=True)
    fixture = build_fixture(MONTH)
    PlanFile.create(big, fixture.plan, fixture.circular)
    staff, days = len(fixture.plan.roster.staff), len(fixture.plan.days)

    frozen_window = [str(window_exe), "--self-check", str(report), str(demo)]
    source_window = [sys.executable, str(ROOT / "main.py"), "--self-check", str(report), str(demo)]
    first = time_to_report(frozen_window, report, env)
    frozen = [time_to_report(frozen_window, report, env) for _ in range(repeats)]
    source = [time_to_report(source_window, report, env) for _ in range(repeats)]
    size = "demo, 38 staff x 12 days"
    results = [
        Result("frozen: start to painted window (first run)", size, first, WINDOW_TARGET, "s"),
        Result("frozen: start to painted window", size, median_or_none(frozen), WINDOW_TARGET, "s"),
        Result("source: start to painted window", size, median_or_none(source), WINDOW_TARGET, "s"),
    ]
    big_size = f"{staff:,} staff x {days} days"
    validate_repeats = 1 if args.quick else 3
    frozen_validate = [time_command([str(cli_exe), "validate", str(big)], env) for _ in range(validate_repeats)]
    source_validate = [
        time_command([sys.executable, "-m", "planner", "validate", str(big)], env) for _ in range(validate_repeats)
    ]
    # no target in the issue: the source's median is the yardstick the frozen line is read against
    yardstick = statistics.median(source_validate) * 1.5
    results += [
        Result("frozen: jadwal validate", big_size, statistics.median(frozen_validate), yardstick, "s"),
        Result("source: python -m planner validate", big_size, statistics.median(source_validate), yardstick, "s"),
    ]
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
