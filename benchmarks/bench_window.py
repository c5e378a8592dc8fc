"""Speed of the planning window on a large agency, and of its start with the demo plan.

Run from the repository root (offscreen unless a display is set):

    .venv/bin/python benchmarks/bench_window.py          # full run
    .venv/bin/python benchmarks/bench_window.py --quick  # fewer repeats

The large plan is ``bench_core``'s synthetic agency (5,000 staff x 31 days, every working-day
cell filled, about 19,000 violations: a heavy case), saved to a temporary ``.jadwal`` file.
Each line is a median against the target from the planning-window issue:

1. opening that file in a new window until the window has painted once: at most 3 s;
2. a full repaint of the visible day grid (``viewport().repaint()``, window 1400 x 860): 10 ms;
3. setting 10,000 selected cells (323 people x 31 days) to WFH through the window's action,
   which includes building the undo step, incremental validation, the grid's repaint, the
   status bar and the problems list brought up to date (its debounce flushed at once);
   undone between runs: at most 60 ms;
4. starting ``main.py`` with the demo plan in a fresh process until its window has painted
   (wall time from starting the interpreter to the child's report): at most 2 s. The child also reports
   whether pandas or reportlab were imported (they must not be);
5. one edit on a year-long plan (5,000 x 366, about 370,000 problems: the whole of 2024
   under a circular of a few days) until the problems list beside it has repainted: the
   list re-counts only the days the edit touched (no target in the issue; 100 ms keeps
   typing fluid);
6. filtering the rows by a name typed in the Ctrl+F field (the model rebuilt and the grid
   repainted): at most 50 ms;
7. Salin pola: one week's statuses onto the four weeks after it, as one undo step with its
   validation and repaint: at most 100 ms;
8. opening that year-long plan from its file in a new window until both the grid and the
   problems list have painted: at most 1 s (issue 18), and the peak memory of that process:
   at most 400 MB (10^6 bytes). Measured in fresh processes (``--year-child``), spawned
   before this process builds anything large (on Linux a child's peak RSS starts from its
   parent's); the file itself is written by another child (``--year-file-child``). The
   child loads numpy and the holiday tables before the clock starts, as a window that is
   already running has them (the month's opening above is measured the same way).

The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import MONTH, YEAR, Result, build_fixture, peak_rss_bytes, print_table
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from planner.domain.calendar import indonesian_calendar
from planner.domain.status import Status
from planner.io.circular_file import load_catalog
from planner.paths import AppPaths
from planner.resources import builtin_circulars
from planner.storage.plan_file import PlanFile
from planner.ui.application import build_window, settings_for, window_context
from planner.ui.grid import operations
from planner.ui.grid.document import Document
from planner.ui.grid.issues import IssuesPanel
from planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SELECTED_PEOPLE = 323
"""323 people x 31 days = 10,013 cells."""
PAINT_TIMEOUT = 120.0
"""Seconds to wait for a first paint before giving up (a measurement must not hang)."""


class _Clock:
    """Wall and CPU seconds of each run.

    The machines running this are shared: the CPU time (shown beside the input) says what a
    run costs when other work slows the wall clock down.
    """

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @contextlib.contextmanager
    def run(self) -> Iterator[None]:
        """Time one run."""
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)

    def median_ms(self) -> float:
        """The median wall time, in milliseconds."""
        return 1000 * statistics.median(self.wall)

    def cpu_note(self) -> str:
        """ "CPU 48 ms": the median CPU time of the process per run."""
        return f"CPU {1000 * statistics.median(self.cpu):.0f} ms"


class _FirstPaint(QObject):
    """Notes when a widget has painted for the first time."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _open_window(
    app: QApplication, plan_path: Path, home: Path, *, with_problems: bool = False
) -> tuple[MainWindow, float]:
    """A new window on ``plan_path`` and the seconds until its grid (and, if asked, its problems list) painted."""
    paths = AppPaths(home / "data", home / "config")
    start = time.perf_counter()
    window = build_window(window_context(paths, settings_for(paths)), plan_path)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a first start is maximised; measure at a fixed size
    window.resize(1400, 860)
    watchers = [_FirstPaint()]
    window.grid.days.viewport().installEventFilter(watchers[0])
    if with_problems:
        watchers.append(_FirstPaint())
        window.issues.view.viewport().installEventFilter(watchers[1])
    window.show()
    while not all(watcher.painted for watcher in watchers):
        if time.perf_counter() - start > PAINT_TIMEOUT:
            raise TimeoutError("the window did not paint")
        app.processEvents()
    return window, time.perf_counter() - start


def _close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    # Outside exec() processEvents leaves deferred deletes alone: without this every window stays alive.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def bench_open(app: QApplication, plan_path: Path, home: Path, repeats: int) -> Result:
    times = []
    for attempt in range(repeats):
        window, seconds = _open_window(app, plan_path, home / f"open{attempt}")
        times.append(seconds)
        _close(window)
    return Result("open window on a plan file", "5,000 staff x 31 days", statistics.median(times), 3.0, "s")


def bench_repaint(app: QApplication, plan_path: Path, home: Path, repeats: int) -> Result:
    window, _ = _open_window(app, plan_path, home / "repaint")
    viewport = window.grid.days.viewport()
    clock = _Clock()
    for _ in range(repeats):
        with clock.run():
            viewport.repaint()
    cells = (viewport.height() // window.grid.days.rowHeight(1) + 1) * window.model.columnCount()
    _close(window)
    size = f"about {cells:,} cells visible; {clock.cpu_note()}"
    return Result("full repaint of the visible grid", size, clock.median_ms(), 10, "ms")


def bench_set_selection(app: QApplication, plan_path: Path, home: Path, repeats: int) -> Result:
    window, _ = _open_window(app, plan_path, home / "set")
    plan = window.document.plan
    rows = list(range(SELECTED_PEOPLE))
    columns = list(range(len(plan.days)))
    window.grid.select_cells(rows, columns, scroll=False)
    cells = len(window.grid.selected_cells())
    clock = _Clock()
    for _ in range(repeats):
        with clock.run():
            window.window_actions.statuses[Status.WFH].trigger()
            window.issues.model.flush()  # the list follows at once; this only makes sure
            app.processEvents()  # the repaint the user waits for
        window.document.undo_stack.undo()
        app.processEvents()
    _close(window)
    return Result(
        "set selected cells (undo step, validation, problems list, views)",
        f"{cells:,} cells of 5,000 x 31; {clock.cpu_note()}",
        clock.median_ms(),
        60,
        "ms",
    )


def bench_filter(app: QApplication, plan_path: Path, home: Path, repeats: int) -> Result:
    window, _ = _open_window(app, plan_path, home / "filter")
    name = window.document.plan.roster.staff[2500].name
    window.window_actions.find.trigger()
    clock = _Clock()
    for _ in range(repeats):
        with clock.run():
            window.grid.filter_edit.setText(name)
            app.processEvents()
        window.grid.filter_edit.clear()
        app.processEvents()
    _close(window)
    size = f"5,000 staff x 31 days; {clock.cpu_note()}"
    return Result("filter rows by a name (Ctrl+F)", size, clock.median_ms(), 50, "ms")


def bench_copy_pattern(app: QApplication, plan_path: Path, home: Path, repeats: int) -> Result:
    window, _ = _open_window(app, plan_path, home / "pattern")
    document = window.document
    monday = next(day for day in document.plan.days if day.weekday() == 0)
    clock = _Clock()
    changed = 0
    for _ in range(repeats):
        with clock.run():
            changed = operations.copy_week(document, monday, 4)
            window.issues.model.flush()
            app.processEvents()
        document.undo_stack.undo()
        app.processEvents()
    _close(window)
    return Result(
        "Salin pola: one week onto four",
        f"5,000 staff, {changed:,} cells changed; {clock.cpu_note()}",
        clock.median_ms(),
        100,
        "ms",
    )


def bench_issues_year(repeats: int) -> Result:
    plan = build_fixture(YEAR).plan
    document = Document(plan, load_catalog(builtin_circulars(), None))
    panel = IssuesPanel(document)
    panel.resize(400, 800)
    panel.show()
    QApplication.processEvents()
    viewport = panel.view.viewport()
    cells = [(r, c) for r in range(200) for c in range(100, 130) if document.validator.is_working(r, c)]
    clock = _Clock()
    for row, column in cells[:repeats]:
        status = Status.WFO if plan.status(row, column) is Status.WFH else Status.WFH
        with clock.run():
            document.set_cells_at([(row, column, status)], "bench")
            viewport.repaint()
    size = f"5,000 staff x 366 days, {panel.model.rowCount():,} problems; {clock.cpu_note()}"
    panel.close()
    return Result("one edit, problems list repainted", size, clock.median_ms(), 100, "ms")


def year_file_child(path: Path) -> None:
    """In a fresh process: write the year-long plan to ``path`` (the parent stays small)."""
    PlanFile.create(path, build_fixture(YEAR).plan)


def year_child(path: Path) -> None:
    """In a fresh process: open the year-long plan in a window until grid and problems list painted; report."""
    app = QApplication(sys.argv[:1])
    import numpy  # noqa: F401, PLC0415 - loaded before the clock starts, as in a window already running

    indonesian_calendar(dt.date(2024, 1, 1), dt.date(2024, 1, 7))  # the holiday tables, likewise
    home = Path(tempfile.mkdtemp())
    cpu = time.process_time()
    window, seconds = _open_window(app, path, home, with_problems=True)
    cpu = time.process_time() - cpu
    report = {"seconds": seconds, "cpu": cpu, "peak": peak_rss_bytes(), "problems": window.issues.model.rowCount()}
    print(json.dumps(report), flush=True)
    _close(window)


def bench_open_year(plan_path: Path, repeats: int) -> list[Result]:
    """Opening the year-long plan in fresh processes: the median seconds, and the largest peak RSS."""
    names = ("open window on a year-long plan file", "peak RSS, window on a year-long plan")
    reports = []
    for _ in range(repeats):
        child = subprocess.run(
            [sys.executable, __file__, "--year-child", str(plan_path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if child.returncode != 0 or not child.stdout.strip():
            print(child.stderr, file=sys.stderr)
            return [Result(names[0], "child process failed", None, 1.0, "s"), Result(names[1], "", None, 400, "MB")]
        reports.append(json.loads(child.stdout.splitlines()[-1]))
    size = f"5,000 staff x 366 days, {reports[0]['problems']:,} problems"
    cpu = statistics.median(report["cpu"] for report in reports)
    return [
        Result(
            names[0], f"{size}; CPU {cpu:.2f} s", statistics.median(report["seconds"] for report in reports), 1.0, "s"
        ),
        Result(names[1], size, max(report["peak"] for report in reports) / 1e6, 400, "MB", "OVER"),
    ]


def start_child() -> None:
    """In a fresh process: start the window on the demo plan and say so as soon as it has painted."""
    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp())
    paths = AppPaths(home / "data", home / "config")
    window = build_window(window_context(paths, settings_for(paths)))
    watcher = _FirstPaint()
    window.grid.days.viewport().installEventFilter(watcher)
    window.show()
    while not watcher.painted:
        app.processEvents()
    heavy = sorted(name for name in ("pandas", "reportlab") if name in sys.modules)
    print(json.dumps({"heavy": heavy}), flush=True)
    _close(window)


def bench_start(repeats: int) -> Result:
    """Wall time from starting a new interpreter to the child's "painted" line."""
    times: list[float] = []
    heavy: set[str] = set()
    for _ in range(repeats):
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, __file__, "--start-child"], stdout=subprocess.PIPE, text=True, cwd=ROOT
        ) as child:
            assert child.stdout is not None
            line = child.stdout.readline()
            times.append(time.perf_counter() - start)
            child.wait()
        if not line:
            return Result("start to first paint (whole process)", "demo, 38 staff", None, 2.0, "s")
        heavy.update(json.loads(line)["heavy"])
    size = "demo, 38 staff" + (f"; imported {', '.join(sorted(heavy))}!" if heavy else "; no pandas/reportlab")
    return Result("start to first paint (whole process)", size, statistics.median(times), 2.0, "s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (CI smoke run)")
    parser.add_argument("--start-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--year-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--year-file-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.start_child:
        start_child()
        return 0
    if args.year_child:
        year_child(args.year_child)
        return 0
    if args.year_file_child:
        year_file_child(args.year_file_child)
        return 0
    repeats = 2 if args.quick else 5
    results = [bench_start(repeats)]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        year_path = home / "setahun.jadwal"
        subprocess.run([sys.executable, __file__, "--year-file-child", str(year_path)], cwd=ROOT, check=True)
        year = bench_open_year(year_path, 1 if args.quick else 3)
        plan_path = home / "besar.jadwal"
        PlanFile.create(plan_path, build_fixture(MONTH).plan)
        results.append(bench_open(app, plan_path, home, repeats))
        results.append(bench_repaint(app, plan_path, home, 20 if args.quick else 60))
        results.append(bench_set_selection(app, plan_path, home, 3 if args.quick else 9))
        results.append(bench_filter(app, plan_path, home, 3 if args.quick else 9))
        results.append(bench_copy_pattern(app, plan_path, home, 3 if args.quick else 7))
    results.append(bench_issues_year(5 if args.quick else 15))
    results.extend(year)
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
