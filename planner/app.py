"""The composition root: builds the paths once and hands them to the command line or the window."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import cli
from planner.paths import AppPaths
from planner.storage.plan_file import EXTENSION


def main(argv: Sequence[str] | None = None) -> int:
    """Start the planner: a command when one is given, otherwise the window.

    ``python main.py`` opens the last plan (the demo plan the first time);
    ``python main.py PLAN.jadwal`` opens that plan; ``python main.py COMMAND …`` runs a command.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.default()
    if args and not (len(args) == 1 and args[0].lower().endswith(EXTENSION)):
        signal.signal(signal.SIGTERM, _stop_cleanly)
        try:
            return cli.run(args, paths)
        except BrokenPipeError:
            # The reader of our output went away (`| head`); Python's docs recommend
            # pointing stdout at devnull so the interpreter's final flush stays quiet.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return cli.EXIT_OK
    from planner.ui.application import run  # noqa: PLC0415 - Qt loads only for the window

    return run(paths, Path(args[0]).resolve() if args else None)


def _stop_cleanly(signum: int, _frame: object) -> None:
    """End a command asked to stop (SIGTERM) through Python's own exit, so no half-written temporary file stays.

    By default SIGTERM ends the process at once; raising ``SystemExit`` instead runs every
    ``finally``: the atomic writer removes its temporary file and SQLite rolls the save back.
    """
    raise SystemExit(128 + signum)
