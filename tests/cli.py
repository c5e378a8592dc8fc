"""The command line, run as a user runs it: ``python -m planner`` in a separate process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository, where ``python -m planner`` finds the package."""


def planner(
    *args: str | Path, env: Mapping[str, str] | None = None, stdin: int | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m planner`` with ``args`` and capture its output as text.

    Args:
        args: the command line after ``planner``; paths are passed as text.
        env: the environment; None inherits the test's (which sets the planner's home folder).
        stdin: as ``subprocess.run``'s; None inherits the test's.
    """
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        stdin=stdin,
        timeout=120,
        check=False,
    )
