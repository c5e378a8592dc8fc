"""The composition root: builds the paths once and hands them to the command line or the window."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import cli
from planner.paths import AppPaths
from planner.resources import DamagedInstallation, check_installation
from planner.storage.plan_file import EXTENSION

SELF_CHECK = "--self-check"
"""``--self-check REPORT.json [PLAN.jadwal]``: open the window, and once it has painted the plan write
what it shows to REPORT.json and close; the built application's start-up test (packaging/smoke_test.py)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Start the planner: a command when one is given, otherwise the window.

    ``python main.py`` opens the last plan (the demo plan the first time);
    ``python main.py PLAN.jadwal`` opens that plan; ``python main.py COMMAND …`` runs a command.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.default()
    self_check: Path | None = None
    if len(args) in (2, 3) and args[0] == SELF_CHECK:
        self_check, args = Path(args[1]).resolve(), args[2:]
    window = not args or (len(args) == 1 and args[0].lower().endswith(EXTENSION))
    ask = window and self_check is None  # a self-check reports to its caller; nobody is there to click
    try:
        check_installation()
    except DamagedInstallation as error:
        return _damaged(error, ask)
    if not window and sys.stdout is None:
        # the window's executable (JadwalKerjaASN.exe) has no console to print to
        return _no_console()
    if not window:
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

    try:
        return run(paths, Path(args[0]).resolve() if args else None, self_check=self_check)
    except DamagedInstallation as error:
        return _damaged(error, ask)


def _no_console() -> int:
    from planner.ui.application import show_fatal  # noqa: PLC0415 - Qt loads only for the window

    show_fatal(
        "Perintah dijalankan dengan jadwal.exe di folder yang sama, dari Command Prompt atau PowerShell, "
        "misalnya: jadwal.exe validate RENCANA.jadwal. JadwalKerjaASN.exe hanya membuka jendela "
        "(boleh dengan satu berkas .jadwal)."
    )
    return cli.EXIT_BAD_INPUT


def _damaged(error: DamagedInstallation, window: bool) -> int:
    """Say once, plainly, that files of the installation are missing; the window's executable has no console."""
    if sys.stderr is not None:
        print(f"Gagal: {error}", file=sys.stderr)
    if window:
        from planner.ui.application import show_fatal  # noqa: PLC0415 - Qt loads only for the window

        show_fatal(str(error))
    return cli.EXIT_BAD_INPUT


def _stop_cleanly(signum: int, _frame: object) -> None:
    """End a command asked to stop (SIGTERM) through Python's own exit, so no half-written temporary file stays.

    By default SIGTERM ends the process at once; raising ``SystemExit`` instead runs every
    ``finally``: the atomic writer removes its temporary file and SQLite rolls the save back.
    """
    raise SystemExit(128 + signum)
