"""Window kills: the real window, edited as a user edits, killed at a random moment, then its work recovered.

The child builds the planner's window (``build_window``, offscreen) on a plan file and edits
cells through the document, as the grid does, a few times a second; it announces each edit
and each autosave that reached the disk (with the fingerprint of the plan it holds). The
parent kills it with SIGKILL after a random delay, then does what the next start does: it
looks for work left unsaved (``pending_recoveries``) and opens the autosaved copy. Recovery
is *correct* when the copy opens and is the last autosave that reached the disk or the one
being written at the kill, or, when no autosave had been written yet, when nothing is offered
and the plan file is unchanged. *Work lost* is the time between the last edit before the kill
and the kill, for the edits the recovered copy lacks.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.reliability.crashing import REPOSITORY, fingerprint, make_plan_file


def _window_main(plan: str, home: str, seed: str) -> None:  # pragma: no cover - runs in the child, killed
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner.domain.status import Status
    from planner.paths import AppPaths
    from planner.ui import autosave
    from planner.ui.application import build_window, settings_for, window_context

    out = threading.Lock()

    def say(*words: object) -> None:
        with out:
            print(*words, f"{time.monotonic():.3f}", flush=True)

    real_write = autosave.Autosaver._write

    def write(self: autosave.Autosaver, snapshot: object, circular: object, notes: object) -> None:
        say("autosaving", fingerprint(snapshot))
        real_write(self, snapshot, circular, notes)  # type: ignore[arg-type]
        say("autosaved", fingerprint(snapshot))

    autosave.Autosaver._write = write  # type: ignore[method-assign]
    app = QApplication([])
    paths = AppPaths(data=Path(home) / "data", config=Path(home) / "config")
    window = build_window(window_context(paths, settings_for(paths)), Path(plan))
    window.show()
    rng = random.Random(seed)
    document = window.document

    def edit() -> None:
        plan = document.plan
        rows = rng.sample(range(len(plan.roster.staff)), k=rng.randrange(1, 8))
        status = rng.choice([Status.WFH, Status.WFO, Status.CT, None])
        day = rng.choice(plan.days)
        document.set_cells([(plan.roster.staff[row].nip, day, status) for row in rows], "uji")
        say("edit", fingerprint(plan))

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(150)
    say("ready", fingerprint(document.plan))
    app.exec()


@dataclasses.dataclass
class WindowTally:
    """Outcomes of a window-kill campaign."""

    kills: int = 0
    correct: int = 0
    wrong: int = 0
    offered: int = 0
    """Kills after which the next start offered unsaved work back."""
    lost_seconds: list[float] = dataclasses.field(default_factory=list)
    examples: list[str] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        """One line of the report."""
        median = f"{statistics.median(self.lost_seconds):.1f} s" if self.lost_seconds else "-"
        return (
            f"window kills {self.kills}  recovery correct {self.correct}  wrong {self.wrong}  "
            f"work offered back {self.offered}  median work lost {median}"
        )


def window_campaign(kills: int, *, seed: int = 0, min_delay: float = 1.0, max_delay: float = 6.0) -> WindowTally:
    """Kill the window ``kills`` times at random moments; check what the next start offers back."""
    from planner.storage.plan_file import PlanFile
    from planner.ui.autosave import pending_recoveries
    from planner.ui.main_window import RECOVERY_FOLDER

    rng = random.Random(seed)
    tally = WindowTally()
    with tempfile.TemporaryDirectory(prefix="jadwal-jendela-") as folder:
        plan = Path(folder) / "rencana.jadwal"
        home = Path(folder) / "rumah"
        make_plan_file(plan, staff=60)
        original = fingerprint(PlanFile.open(plan)[1])
        env = {**os.environ, "PYTHONPATH": str(REPOSITORY), "QT_QPA_PLATFORM": "offscreen"}
        for attempt in range(kills):
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from tests.reliability.window_kills import _window_main; "
                    f"_window_main({str(plan)!r}, {str(home)!r}, '{seed}-{attempt}')",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
                cwd=REPOSITORY,
            )
            assert process.stdout is not None
            first = process.stdout.readline().split()
            if not first or first[0] != "ready":
                process.kill()
                process.wait()
                process.stdout.close()
                tally.wrong += 1
                tally.examples.append(f"kill {attempt}: the window did not start")
                continue
            time.sleep(rng.uniform(min_delay, max_delay))
            process.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            rest = process.stdout.read()
            process.wait()
            process.stdout.close()
            tally.kills += 1
            edits: list[tuple[str, float]] = []
            done: str | None = None
            in_flight: str | None = None
            for line in rest.splitlines():
                words = line.split()
                if len(words) != 3:
                    continue  # a line cut by the kill
                word, print_, at = words[0], words[1], float(words[2])
                if word == "edit":
                    edits.append((print_, at))
                elif word == "autosaving":
                    in_flight = print_
                elif word == "autosaved":
                    done, in_flight = print_, None
            recoveries = pending_recoveries(home / "data" / RECOVERY_FOLDER)
            if not recoveries:
                right = done is None and fingerprint(PlanFile.open(plan)[1]) == original
                lost_from = edits[0][1] if edits else killed_at
            else:
                tally.offered += 1
                found = fingerprint(PlanFile.open(recoveries[0].plan_path)[1])
                right = found in (done, in_flight)
                kept = [at for print_, at in edits if print_ == found]
                later = [at for _, at in edits if kept and at > kept[-1]]
                lost_from = later[0] if later else killed_at
                for recovery in recoveries:
                    recovery.discard()
            tally.lost_seconds.append(max(0.0, killed_at - lost_from) if edits else 0.0)
            if right:
                tally.correct += 1
            else:
                tally.wrong += 1
                tally.examples.append(f"kill {attempt}: recovered copy is not the last autosave")
    return tally
