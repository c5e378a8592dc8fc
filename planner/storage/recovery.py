"""Opening a plan whose last save was cut off: SQLite's journal rolled back, the planner's leftovers removed.

A save killed half-way (a crash, a power cut, a SIGKILL) leaves a *hot journal* beside the
plan (``rencana.jadwal-journal``): the pages the save had already overwritten, which SQLite
puts back the next time the file is opened for writing. A read-only connection cannot put
them back, so until one read-write open happens every read of the plan fails, although the
data is intact. The same holds for a write-ahead log (``-wal``) left by a tool that switched
the file to WAL mode. ``readable`` does that one read-write open before the planner reads:
in place when the file and its folder can be written, else on a private copy (read-only
media), and says which happened so the user is told their last save was interrupted.

The planner's own temporary files (``.rencana.jadwal.<16 hex digits>.tmp`` from the atomic
writer, and their journals) are left behind by a kill during "Save as"; ``remove_leftovers``
deletes those old enough that no save can still be writing them.
"""

from __future__ import annotations

import enum
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

JOURNAL_SUFFIXES = ("-journal", "-wal")
"""SQLite's files beside a database that hold a save not yet finished or not yet merged."""
LEFTOVER_AGE_SECONDS = 120.0
"""A temporary file untouched this long belongs to no running save: every save rewrites its
temporary file continuously, and the largest plan (20,000 staff x 366 days) is written in
well under this."""
RECOVERY_TIMEOUT_SECONDS = 5.0
"""How long the recovering open waits when another program is in the middle of a save."""


class Recovery(enum.Enum):
    """What opening did about an interrupted save; the window and the command line word it."""

    IN_PLACE = "in_place"
    """The file was put back as it was before the interrupted save, on disk."""
    ON_COPY = "on_copy"
    """The file cannot be written (read-only media): it was read from a recovered copy, and
    stays as it is on disk until it is saved somewhere that can be written."""


def _journals(path: Path) -> list[Path]:
    return [journal for suffix in JOURNAL_SUFFIXES if (journal := path.with_name(path.name + suffix)).exists()]


def _has_pending(path: Path) -> bool:
    """True when a journal or log beside ``path`` holds something (an empty one is harmless)."""
    for journal in _journals(path):
        try:
            if journal.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _roll_back(path: Path) -> None:
    """Open ``path`` read-write and read it once: SQLite rolls a hot journal back, or merges a log, on first read.

    Raises:
        sqlite3.Error: the file or its folder cannot be written, or another program holds it.
    """
    with closing(sqlite3.connect(path, timeout=RECOVERY_TIMEOUT_SECONDS, isolation_level=None)) as db:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            db.execute("PRAGMA journal_mode = DELETE").fetchone()  # a plan file is a single file again


@contextmanager
def readable(path: Path) -> Iterator[tuple[Path, Recovery | None]]:
    """The file to read ``path``'s plan from, and what was done to recover an interrupted save.

    Nothing is done when no journal or log holds anything. Otherwise the file is opened
    read-write once (SQLite recovers it); when that is impossible because the file or its
    folder cannot be written, the file and its journal are copied to a private folder,
    recovered there, and the copy is what the block reads (it is deleted afterwards). A save
    that is still running in another program is left alone: its journal stays, and reading
    waits for it as any reader does.

    Raises:
        sqlite3.Error: neither way worked (the copy is damaged beyond what the journal repairs).
    """
    if not _has_pending(path):
        yield path, None
        return
    journals = _journals(path)
    try:
        _roll_back(path)
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
    else:
        yield path, (None if _has_pending(path) else Recovery.IN_PLACE)
        return
    with tempfile.TemporaryDirectory(prefix="jadwal-pulih-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for journal in journals:
            shutil.copyfile(journal, copy.with_name(copy.name + journal.name[len(path.name) :]))
        _roll_back(copy)
        yield copy, Recovery.ON_COPY


_LEFTOVER = re.compile(r"^\.(?P<plan>.+)\.[0-9a-f]{16}\.tmp(?:-journal|-wal|-shm)?$")


def leftovers(plan: Path) -> list[Path]:
    """The planner's own temporary files beside ``plan`` (any age), as the atomic writer names them."""
    try:
        names = [entry for entry in plan.parent.iterdir() if entry.name.startswith(f".{plan.name}.")]
    except OSError:
        return []
    return sorted(entry for entry in names if (match := _LEFTOVER.match(entry.name)) and match["plan"] == plan.name)


def remove_leftovers(plan: Path, *, older_than: float = LEFTOVER_AGE_SECONDS) -> int:
    """Delete the planner's temporary files beside ``plan`` untouched for ``older_than`` seconds; how many went.

    A file that cannot be deleted (read-only folder, held by another program) is left quietly:
    it harms nothing but space.
    """
    now = time.time()
    removed = 0
    for entry in leftovers(plan):
        try:
            if now - entry.stat().st_mtime < older_than:
                continue
            entry.unlink()
        except OSError:
            continue
        removed += 1
    return removed
