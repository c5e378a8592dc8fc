"""The composition root: builds paths and settings once and hands them to whatever runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from planner import cli
from planner.paths import AppPaths


def main(argv: Sequence[str] | None = None) -> int:
    """Start the planner: a command when one is given, otherwise the bundled demo plan.

    Until the planning window exists, starting without a command shows the demo plan's
    check in the terminal, followed by the commands available.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.default()
    try:
        if args:
            return cli.run(args, paths)
        return cli.show_demo(paths)
    except BrokenPipeError:
        # The reader of our output went away (`| head`); Python's docs recommend
        # pointing stdout at devnull so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return cli.EXIT_OK
