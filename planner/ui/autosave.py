"""Autosave: unsaved work is copied to the data folder every few seconds and offered back after a crash.

Each running window has a session: ``<id>.jadwal`` (the plan as it was a few seconds ago),
``<id>.json`` (which file it belongs to and when it was written) and ``<id>.lock``, held for
as long as the window runs. A session whose lock nobody holds was left by a planner that
crashed or lost power: the next start offers to recover it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.io.atomic import write_text_atomically
from planner.storage.plan_file import EXTENSION, PlanFile
from planner.ui.grid.document import Document

DELAY_MS = 2000
"""How long after the first unsaved change the copy is written: at most this much work is lost."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """Work a previous run left unsaved."""

    plan_path: Path
    """The autosaved copy."""
    original: Path | None
    """The plan file it belongs to; None for a plan never saved."""
    title: str
    saved: dt.datetime

    def discard(self) -> None:
        """Delete the autosaved copy and its notes."""
        for suffix in (EXTENSION, ".json", ".lock"):
            self.plan_path.with_suffix(suffix).unlink(missing_ok=True)


def pending_recoveries(folder: Path) -> list[Recovery]:
    """Sessions left by planners that did not close properly, newest first."""
    found: list[Recovery] = []
    for notes in folder.glob("*.json"):
        lock = QLockFile(str(notes.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # a running planner owns it
        lock.unlock()
        plan_path = notes.with_suffix(EXTENSION)
        try:
            data = json.loads(notes.read_text(encoding="utf-8"))
            saved = dt.datetime.fromisoformat(data["saved"])
            original = Path(data["original"]) if data.get("original") else None
            title = str(data["title"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # notes half written when the power went: nothing usable
        if plan_path.exists():
            found.append(Recovery(plan_path, original, title, saved))
    return sorted(found, key=lambda recovery: recovery.saved, reverse=True)


class Autosaver(QObject):
    """Writes a copy of the watched document shortly after it changes, in a worker thread."""

    failed = Signal(str)
    """An autosave could not be written; the message says why (the user's work is still in the window)."""

    def __init__(self, folder: Path, parent: QObject | None = None, *, delay_ms: int = DELAY_MS) -> None:
        """Start a session in ``folder``; nothing is written until a watched document changes."""
        super().__init__(parent)
        self._folder = folder
        session = uuid.uuid4().hex
        self._plan_path = folder / f"{session}{EXTENSION}"
        self._notes_path = folder / f"{session}.json"
        self._lock: QLockFile | None = None
        self._document: Document | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future[None] | None = None

    @property
    def plan_path(self) -> Path:
        """Where this session's copy is written."""
        return self._plan_path

    def watch(self, document: Document) -> None:
        """Follow ``document`` instead of the previous one, whose copy is dropped."""
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._on_document_changed)
            self._document.file_changed.disconnect(self._on_document_changed)
        self.discard()
        self._document = document
        document.undo_stack.indexChanged.connect(self._on_document_changed)
        document.file_changed.connect(self._on_document_changed)
        self._on_document_changed()

    def _on_document_changed(self, *_args: object) -> None:
        if self._document is None:
            return
        if not self._document.modified:
            self.discard()
        elif not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        """Write the copy of the watched document now (the writing itself happens in a worker thread)."""
        self._timer.stop()
        document = self._document
        if document is None or not document.modified:
            return
        snapshot = document.plan.rebuilt()  # a copy: the window may go on editing meanwhile
        circular = document.circular
        notes = {
            "original": str(document.path) if document.path else None,
            "title": document.title,
            "saved": dt.datetime.now().isoformat(timespec="seconds"),
        }
        if not self._claim():
            return
        self.wait()
        self._pending = self._executor.submit(self._write, snapshot, circular, notes)

    def _claim(self) -> bool:
        if self._lock is not None:
            return True
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.failed.emit(f"{self._folder}: {error.strerror or error}")
            return False
        lock = QLockFile(str(self._notes_path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            self.failed.emit(str(self._folder))
            return False
        self._lock = lock
        return True

    def _write(self, snapshot: Plan, circular: Circular, notes: dict[str, str | None]) -> None:
        try:
            PlanFile.create(self._plan_path, snapshot, circular)
            write_text_atomically(self._notes_path, json.dumps(notes, ensure_ascii=False))
        except PlannerError as error:
            self.failed.emit(str(error))  # queued to the window's thread by Qt

    def wait(self) -> None:
        """Block until a copy being written is on disk."""
        if self._pending is not None:
            self._pending.result()
            self._pending = None

    def discard(self) -> None:
        """Drop this session's copy: the work was saved, or the user chose to let it go."""
        self._timer.stop()
        self.wait()
        for path in (self._notes_path, self._plan_path):
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """End the session: drop the copy, release the lock and stop the worker."""
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._on_document_changed)
            self._document.file_changed.disconnect(self._on_document_changed)
            self._document = None
        self.discard()
        self._executor.shutdown(wait=True)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
