"""Crash and concurrency campaigns: real saving processes killed at random moments, or racing each other.

``kill_campaign`` starts a process that saves a plan again and again (cells only, the whole
plan, or "Save as" over the same path), each save announced before it starts and after it
returns; the parent kills it with SIGKILL after a random delay, so the kill lands anywhere,
mostly inside a write. Then it opens the plan as the planner does and sorts the outcome:

- *kept*: the plan is the last save that returned, or the one that was being written;
- *unopenable*: opening failed;
- *lost*: the plan is older than the last save that returned (a committed save is gone);
- *mixed*: the plan is none of those (half old, half new).

``writers_campaign`` runs several processes that each open the plan, change a cell of their
own (and sometimes the plan's name, which rewrites the whole file), save, and repeat; a save
refused because another program saved first or holds the file is retried after opening again.
Afterwards every acknowledged save must still be in the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


def fingerprint(plan: object) -> str:
    """What a save wrote: the plan's name and every cell."""
    from planner.domain.plan import Plan

    assert isinstance(plan, Plan)
    digest = hashlib.sha256(plan.name.encode())
    for row in plan.rows():
        digest.update(bytes(row))
    return digest.hexdigest()[:16]


def make_plan_file(
    path: Path, staff: int = 300, first: dt.date = dt.date(2024, 4, 1), last: dt.date = dt.date(2024, 4, 30)
) -> None:
    """A plan of ``staff`` people from ``first`` to ``last``, every cell filled, written at ``path``."""
    from planner.domain.category import Category
    from planner.domain.circular import CircularId
    from planner.domain.nip import check_nip
    from planner.domain.plan import Plan
    from planner.domain.roster import Roster, StaffMember, Unit, UnitId
    from planner.domain.status import Status
    from planner.storage.plan_file import PlanFile

    units = [Unit(UnitId(f"u{i}"), f"Unit {i}", Category.ADMINISTRASI) for i in range(10)]
    members = []
    for index in range(staff):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=index % 10_000)  # unique with the gender up to 20,000
        gender = 1 + (index // 10_000) % 2
        nip = check_nip(f"{birth:%Y%m%d}{birth.year + 23:04d}{1 + index % 12:02d}{gender}{1 + index % 999:03d}")
        members.append(StaffMember(nip.nip, f"Pegawai {index}", units[index % 10].id))
    days = [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]
    cells = {member.nip: dict.fromkeys(days, Status.WFO) for member in members}
    plan = Plan(
        name="Uji",
        circular_id=CircularId("menpanrb-1-2024"),
        first=first,
        last=last,
        roster=Roster(units, members),
        cells=cells,
    )
    PlanFile.create(path, plan)


# ---- the saving process ------------------------------------------------------------------------------


def _saver_main(path: str, seed: str) -> None:  # pragma: no cover - runs in the child, killed
    from planner.domain.status import Status
    from planner.storage.plan_file import PlanFile

    rng = random.Random(seed)
    target = Path(path)
    file, plan = PlanFile.open(target)
    print("ready", fingerprint(plan), flush=True)
    step = 0
    while True:
        step += 1
        rows = rng.sample(range(len(plan.roster.staff)), k=min(len(plan.roster.staff), rng.randrange(10, 200)))
        status = rng.choice([Status.WFH, Status.WFO, Status.CT])
        edits = plan.edits_to(
            [(plan.roster.staff[row].nip, day) for row in rows for day in plan.days if day.weekday() < 5], status
        )
        plan.apply(edits)
        kind = rng.random()
        if kind < 0.15:
            plan.name = f"Uji {step}"  # the whole file is rewritten in place
        print("saving", fingerprint(plan), flush=True)
        if kind > 0.85:
            file = PlanFile.create(target, plan)  # "Save as" over the same file: a new file renamed into place
        else:
            file.save(plan)
        print("saved", fingerprint(plan), flush=True)


@dataclasses.dataclass
class KillTally:
    """Outcomes of a kill campaign."""

    kills: int = 0
    inside_save: int = 0
    """Kills that landed between "saving" and "saved"."""
    kept: int = 0
    recovered: int = 0
    """Openings that had to roll an interrupted save back."""
    unopenable: int = 0
    lost: int = 0
    mixed: int = 0
    leftovers: int = 0
    """Temporary files found beside the plan after a kill (removed by a later opening)."""
    examples: list[str] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        """One line of the report."""
        return (
            f"kills {self.kills}  inside a save {self.inside_save}  kept {self.kept} "
            f"(recovered {self.recovered})  unopenable {self.unopenable}  lost commits {self.lost}  "
            f"half-old-half-new {self.mixed}  temporary files left {self.leftovers}"
        )


def _child(arguments: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    return subprocess.Popen(
        [sys.executable, "-c", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPOSITORY,
    )


def kill_campaign(kills: int, *, seed: int = 0, staff: int = 300, max_delay: float = 0.6) -> KillTally:
    """Kill a saving process ``kills`` times at random moments; open the plan after each kill."""
    from planner.domain.errors import PlannerError
    from planner.storage.plan_file import PlanFile

    def leftovers(plan: Path) -> list[Path]:  # the atomic writer's names; not imported, so older code can be measured
        return list(plan.parent.glob(f".{plan.name}.*.tmp*"))

    rng = random.Random(seed)
    tally = KillTally()
    with tempfile.TemporaryDirectory(prefix="jadwal-kill-") as folder:
        path = Path(folder) / "rencana.jadwal"
        make_plan_file(path, staff)
        for attempt in range(kills):
            process = _child(
                [f"from tests.reliability.crashing import _saver_main; _saver_main({str(path)!r}, '{seed}-{attempt}')"]
            )
            assert process.stdout is not None
            first = process.stdout.readline().split()
            if not first or first[0] != "ready":
                errors = process.stderr.read() if process.stderr is not None else ""
                process.wait()
                tally.unopenable += 1
                tally.examples.append(f"kill {attempt}: the saver could not open the plan: {errors[-300:]}")
                make_plan_file(path, staff)
                continue
            time.sleep(rng.uniform(0.0, max_delay))
            process.send_signal(signal.SIGKILL)
            # Not communicate(): readline() above may hold later lines in the stream's buffer.
            rest = process.stdout.read()
            process.wait()
            if process.stderr is not None:
                process.stderr.close()
            process.stdout.close()
            tally.kills += 1
            saved, in_flight = first[1], None
            history = [first[1]]
            for line in rest.splitlines():
                word, _, print_ = line.partition(" ")
                if word == "saving":
                    in_flight = print_
                elif word == "saved" and print_ == in_flight:
                    saved, in_flight = print_, None
                    history.append(print_)
            if in_flight is not None:
                tally.inside_save += 1
            tally.leftovers += len(leftovers(path))
            try:
                file, plan = PlanFile.open(path)
            except PlannerError as error:
                tally.unopenable += 1
                tally.examples.append(f"kill {attempt}: {error}")
                for journal in path.parent.glob(f"{path.name}-*"):
                    journal.unlink()  # start the next kill from a plan that opens
                make_plan_file(path, staff)
                continue
            found = fingerprint(plan)
            if getattr(file, "recovery", None) is not None:
                tally.recovered += 1
            if found in (saved, in_flight):
                tally.kept += 1
            elif found in history:
                tally.lost += 1
                tally.examples.append(f"kill {attempt}: an older save came back")
            else:
                tally.mixed += 1
                tally.examples.append(f"kill {attempt}: the plan is none of the saves")
            for leftover in leftovers(path):
                leftover.unlink()  # as an opening does once they are old enough
    return tally


# ---- concurrent writers ------------------------------------------------------------------------------


def _writer_main(path: str, worker: int, saves: int, seed: str) -> None:  # pragma: no cover - in the child
    from planner.domain.status import Status
    from planner.storage import plan_file
    from planner.storage.plan_file import PlanFile, PlanFileError

    problems = getattr(plan_file, "PlanFileProblem", None)  # absent in older code, which can be measured too
    retry = {problems.BUSY, problems.CHANGED_ELSEWHERE} if problems is not None else {None}

    rng = random.Random(seed)
    target = Path(path)
    for number in range(saves):
        while True:
            file, plan = PlanFile.open(target)
            member = plan.roster.staff[worker]
            day = plan.days[number % len(plan.days)]
            plan.apply(plan.edits_to([(member.nip, day)], Status.WFH))
            if rng.random() < 0.5:
                plan.name = f"Penulis {worker} simpan {number}"  # the whole plan is rewritten
            try:
                file.save(plan)
            except PlanFileError as error:
                if getattr(error, "code", None) not in retry:
                    raise
                print("refused", error, flush=True)
                continue
            print("saved", number, flush=True)
            break


@dataclasses.dataclass
class WritersTally:
    """Outcomes of a concurrent-writers campaign."""

    acknowledged: int = 0
    refused_and_retried: int = 0
    lost: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        """One line of the report."""
        return (
            f"acknowledged saves {self.acknowledged}  refused and retried {self.refused_and_retried}  "
            f"lost {self.lost}  writer failures {len(self.failures)}"
        )


def writers_campaign(writers: int, saves_each: int, *, seed: int = 0) -> WritersTally:
    """``writers`` processes save ``saves_each`` times each into one plan; count acknowledged saves lost."""
    from planner.domain.status import Status
    from planner.storage.plan_file import PlanFile

    tally = WritersTally()
    with tempfile.TemporaryDirectory(prefix="jadwal-writers-") as folder:
        path = Path(folder) / "rencana.jadwal"
        make_plan_file(path, max(writers, 10), dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        processes = [
            _child(
                [
                    "from tests.reliability.crashing import _writer_main; "
                    f"_writer_main({str(path)!r}, {worker}, {saves_each}, '{seed}-{worker}')"
                ]
            )
            for worker in range(writers)
        ]
        acknowledged: list[tuple[int, int]] = []
        for worker, process in enumerate(processes):
            output, errors = process.communicate()
            for line in output.splitlines():
                word, _, value = line.partition(" ")
                if word == "saved":
                    acknowledged.append((worker, int(value)))
                elif word == "refused":
                    tally.refused_and_retried += 1
            if process.returncode != 0:
                tally.failures.append(f"writer {worker}: exit {process.returncode}: {errors[-400:]}")
        tally.acknowledged = len(acknowledged)
        _, plan = PlanFile.open(path)
        for worker, number in acknowledged:
            member = plan.roster.staff[worker]
            if plan.status_of(member.nip, plan.days[number % len(plan.days)]) is not Status.WFH:
                tally.lost += 1
    return tally
