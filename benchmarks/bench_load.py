"""The planner's commands on the largest agency the issue names: 20,000 staff x 366 days.

Run from the repository root (Linux or macOS: peak memory comes from ``os.wait4``):

    .venv/bin/python benchmarks/bench_load.py                      # every command
    .venv/bin/python benchmarks/bench_load.py --only validate --only csv
    .venv/bin/python benchmarks/bench_load.py --staff 5000          # a smaller agency
    .venv/bin/python benchmarks/bench_load.py --timeout 300        # give up on a command sooner

It writes the synthetic agency of ``bench_core.py`` (500 units, every working-day cell holding
a status drawn with a fixed seed, so the plan carries many violations) at the chosen size as a
plan file for all of 2024, then runs each command the way a user does, as a fresh
``python -m planner`` process: ``validate``, ``autofill -o``, ``export`` to .csv and to .xlsx,
``pdf --draft``. For each it reports the wall time (one run: these take seconds to minutes)
and the command's peak resident memory (``ru_maxrss`` from ``os.wait4`` in a measuring process
of its own), against the issue's limit of 2 GB; a command that
does not finish within ``--timeout`` is stopped and reported as such. The script measures; it
always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_core

from planner.domain.circular import CircularId
from planner.domain.nip import Nip, check_nip
from planner.domain.plan import AgencyProfile, Plan, Signatory
from planner.domain.roster import Roster, StaffMember
from planner.storage.plan_file import PlanFile

STAFF = 20_000
FIRST, LAST = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
CIRCULAR = "menpanrb-1-2024"
MEMORY_LIMIT_BYTES = 2 * 10**9
COMMANDS = ("validate", "autofill", "csv", "xlsx", "pdf")


def make_nip(index: int) -> Nip:
    """A valid NIP, unique for up to 20,000 indexes: a birth date per index modulo 10,000, the gender for the rest."""
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=index % 10_000)
    gender = 1 + (index // 10_000) % 2
    check = check_nip(f"{birth:%Y%m%d}{birth.year + 24:04d}{1 + index % 12:02d}{gender}{1 + index % 999:03d}")
    assert check.ok, check.explain()
    return check.nip


def write_plan(path: Path, staff: int) -> float:
    """Write the synthetic agency with ``staff`` people over 2024 at ``path``; the seconds it took."""
    started = time.perf_counter()
    fixture = bench_core.build_fixture((CIRCULAR, FIRST, LAST))
    units = list(fixture.plan.roster.units.values())
    members = [
        StaffMember(make_nip(index), f"Pegawai {index}", units[index % len(units)].id, position="Analis")
        for index in range(staff)
    ]
    roster = Roster(units, members)
    plan = Plan(
        name="Beban 20.000 x 366",
        circular_id=CircularId(CIRCULAR),
        first=FIRST,
        last=LAST,
        roster=roster,
        cells=bench_core.GeneratedCells(roster, fixture.working_days),
        profile=AgencyProfile(
            letterhead=("PEMERINTAH PROVINSI CONTOH", "SEKRETARIAT DAERAH"),
            city="Kota Contoh",
            signatory=Signatory(title="Sekretaris Daerah", name="Dr. Contoh, M.Si.", nip=make_nip(0)),
        ),
    )
    PlanFile.create(path, plan, fixture.circular)
    return time.perf_counter() - started


@dataclass(frozen=True, slots=True)
class Run:
    """One command's wall time and peak memory, or why it has none."""

    name: str
    seconds: float
    peak_bytes: int
    exit_code: int | None
    """None when it was stopped at the timeout."""
    output: str

    def line(self) -> str:
        """One row of the table."""
        memory = f"{self.peak_bytes / 1e6:8.0f} MB"
        verdict = "ok" if self.peak_bytes <= MEMORY_LIMIT_BYTES else "OVER 2 GB"
        if self.exit_code is None:
            return f"{self.name:<22} stopped after {self.seconds:7.1f} s {memory}  DID NOT FINISH"
        return f"{self.name:<22} {self.seconds:9.1f} s {memory}  {verdict}  (exit {self.exit_code})"


def run_command(name: str, arguments: list[str], timeout: float, folder: Path) -> Run:
    """Run ``python -m planner ARGUMENTS`` and measure it; stop it at ``timeout`` seconds.

    The command is started by a small measuring process of its own (``--measure``), which
    reports the command's ``ru_maxrss`` from ``os.wait4``: on Linux a child's figure also takes
    in the largest child its parent reaped before (here the process that wrote the plan).
    """
    report = folder / f"{name.split(maxsplit=1)[0]}.maxrss"
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, __file__, "--measure", str(report), "--", sys.executable, "-m", "planner", *arguments],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            code: int | None = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            code = None
        elapsed = time.perf_counter() - started
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    peak = int(report.read_text()) if report.exists() else 0
    return Run(name, elapsed, peak, code, text[-400:])


def measure(report: Path, command: list[str]) -> int:
    """Run ``command``, write its peak resident memory in bytes to ``report``, return its exit code."""
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    report.write_text(str(_bytes(usage.ru_maxrss)))
    return process.returncode


def _bytes(maxrss: int) -> int:
    return maxrss if sys.platform == "darwin" else maxrss * 1024


def main(argv: Sequence[str] | None = None) -> int:
    """Write the plan, run the chosen commands on it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=STAFF)
    parser.add_argument("--only", choices=COMMANDS, action="append", help="commands to run (default: all)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a command is stopped")
    parser.add_argument("--keep", type=Path, help="folder to keep the plan and the outputs in")
    parser.add_argument("--write-plan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        return measure(args.measure, args.command)
    if args.write_plan is not None:
        write_plan(args.write_plan, args.staff)
        return 0
    chosen = args.only or list(COMMANDS)
    with tempfile.TemporaryDirectory(prefix="jadwal-beban-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        plan = folder / "beban.jadwal"
        # Written by a child: a parent holding the plan's memory would pass its peak on to every
        # command it starts (Linux counts the forked copy in the child's ru_maxrss).
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--write-plan", str(plan), "--staff", str(args.staff)], check=True)
        seconds = time.perf_counter() - started
        size = f"{args.staff:,} staff x {(LAST - FIRST).days + 1} days".replace(",", ".")
        print(f"Plan {size}: {plan.stat().st_size / 1e6:.0f} MB on disk, written in {seconds:.1f} s\n")
        commands = {
            "validate": ["validate", str(plan)],
            "autofill": ["autofill", str(plan), "-o", str(folder / "isi.jadwal"), "--force"],
            "csv": ["export", str(plan), "-o", str(folder / "grid.csv"), "--force"],
            "xlsx": ["export", str(plan), "-o", str(folder / "grid.xlsx"), "--force"],
            "pdf": ["pdf", str(plan), "-o", str(folder / "jadwal.pdf"), "--draft", "--force"],
        }
        labels = {"csv": "export .csv", "xlsx": "export .xlsx", "pdf": "pdf --draft", "autofill": "autofill -o"}
        print(f"{'command':<22} {'wall time':>11} {'peak RSS':>11}")
        for name in chosen:
            result = run_command(labels.get(name, name), commands[name], args.timeout, folder)
            print(result.line(), flush=True)
            if result.exit_code not in (0, 1, None):
                print(f"    {result.output.strip()[-300:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
