"""Start Jadwal Kerja ASN from the source, or run its tests, setting up ``.venv`` only when it is missing.

    python3 run.py                      the window (the last plan, or the demo plan the first time)
    python3 run.py PLAN.jadwal          the window with that plan
    python3 run.py COMMAND ...          a command of the planner (python3 run.py --help lists them)
    python3 run.py --tests [ARGS ...]   the test suite (ARGS go to pytest)

The first run creates ``.venv`` and installs the pinned dependencies from the lock file
(``packaging/requirements.txt``, or ``requirements-dev.txt`` for the tests), which needs the
internet once. Every later run finds them installed, by a note kept in ``.venv`` of the lock
file's hash, and starts at once without touching the network; a changed lock file is installed
again. Needs only Python 3.11 or newer (on Windows: ``py run.py``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
RUNTIME = ROOT / "packaging" / "requirements.txt"
DEVELOPMENT = ROOT / "packaging" / "requirements-dev.txt"
TESTS = "--tests"


def venv_python() -> Path:
    """The environment's Python."""
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _note(lock: Path) -> Path:
    return VENV / f"installed-{lock.stem}.sha256"


def _digest(lock: Path) -> str:
    return hashlib.sha256(lock.read_bytes()).hexdigest()


def installed(lock: Path) -> bool:
    """Whether ``.venv`` holds what ``lock`` pins: its note names this very lock file."""
    note = _note(lock)
    return venv_python().is_file() and note.is_file() and note.read_text(encoding="ascii").strip() == _digest(lock)


def install(lock: Path) -> None:
    """Create ``.venv`` when missing and install ``lock`` into it (the only step that needs the internet)."""
    if not venv_python().is_file():
        print(f"Menyiapkan {VENV} (sekali saja) …", flush=True)
        created = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
        if created.returncode or not venv_python().is_file():
            sys.exit(
                "Gagal membuat lingkungan Python .venv. Di Debian/Ubuntu pasang dulu paket python3-venv "
                "(sudo apt install python3-venv), lalu jalankan lagi."
            )
    print(f"Memasang dependensi dari {os.path.relpath(lock, ROOT)} (perlu internet sekali saja) …", flush=True)
    command = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = subprocess.run([*command, "--require-hashes", "-r", str(lock)], check=False)
    if done.returncode:
        sys.exit(
            f"Gagal memasang dependensi dari {os.path.relpath(lock, ROOT)} (kode {done.returncode}). "
            "Periksa sambungan internet lalu jalankan lagi; yang sudah terpasang tidak hilang."
        )
    _note(lock).write_text(_digest(lock) + "\n", encoding="ascii")


def main(argv: list[str]) -> int:
    """Set up what is missing, then run the planner or the tests; returns their exit code."""
    if sys.version_info < (3, 11):  # noqa: UP036 - python3 on an older Debian or Ubuntu starts this too
        sys.exit(f"Jadwal Kerja ASN memerlukan Python 3.11 atau lebih baru; ini Python {sys.version.split()[0]}.")
    tests = bool(argv) and argv[0] == TESTS
    if tests:
        if not installed(DEVELOPMENT):
            install(DEVELOPMENT)
        command = [str(venv_python()), "-m", "pytest", *argv[1:]]
    else:
        if not (installed(RUNTIME) or installed(DEVELOPMENT)):  # the test set-up holds everything too
            install(RUNTIME)
        command = [str(venv_python()), str(ROOT / "main.py"), *argv]
    try:
        return subprocess.run(command, cwd=ROOT if tests else None, check=False).returncode
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
