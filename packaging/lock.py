"""Pin every dependency with its hashes: ``python packaging/lock.py`` (needs ``uv`` and the internet).

Writes two lock files from ``pyproject.toml``, resolved for Windows, Linux and macOS at once (``uv
pip compile --universal``), for the oldest Python the project supports:

- ``packaging/requirements.txt``: what the planner needs to run (the launcher ``run.py`` installs it);
- ``packaging/requirements-dev.txt``: that, plus the tests, linters and build tools (CI, the
  Windows workflow and ``python run.py --tests`` install it).

Install from either with ``pip install --require-hashes -r FILE``: the same commit then builds the
same application. Run this again after changing the dependencies in ``pyproject.toml``, and commit
both files. ``pip install uv`` first if ``uv`` is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "requirements.txt": [],
    "requirements-dev.txt": ["--extra", "dev", "--extra", "build"],
}
"""Each lock file and the extras of ``pyproject.toml`` it takes besides the dependencies."""


def uv() -> list[str]:
    """The ``uv`` command: on the PATH, else the module in this environment."""
    found = shutil.which("uv")
    if found:
        return [found]
    try:
        from uv import find_uv_bin  # noqa: PLC0415 - only the lock needs it
    except ImportError:
        sys.exit("uv is missing: pip install uv")
    return [find_uv_bin()]


def main() -> int:
    """Write both lock files; the exit code is uv's."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        python = tomllib.load(stream)["project"]["requires-python"].removeprefix(">=")
    for name, extras in LOCKS.items():
        command = [
            *uv(),
            "pip",
            "compile",
            "pyproject.toml",
            *extras,
            "--universal",
            "--generate-hashes",
            f"--python-version={python}",
            "--index-url=https://pypi.org/simple",
            "--no-header",
            "--quiet",
            f"--output-file=packaging/{name}",
        ]
        done = subprocess.run(command, cwd=ROOT, check=False)
        if done.returncode:
            return done.returncode
        target = ROOT / "packaging" / name
        target.write_text(
            f"# Pinned with hashes from pyproject.toml by `python packaging/lock.py`; do not edit.\n"
            f"# Install: pip install --require-hashes -r packaging/{name}\n" + target.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        print(f"packaging/{name}: {sum(1 for line in target.read_text().splitlines() if '==' in line)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
