"""The notes shown when a plan opens, where notes on how it reads its circular are shown once per plan file.

An amendment the plan follows ("menpanrb-2-2025 diubah oleh menpanrb-3-2025: ditambah masa
berlaku 8 April 2025"), an old quota level turned into agency policy and the like are true on
every open, and the circular panel keeps showing the amendment beside its period. A box that
says them on every open teaches the user to click it away unread, so each is shown in the box
once per plan file: the window's settings remember a digest of the sentence under the file's
path. The sentence names the circular, the amendment and its dates, so a new version of the
circular (other dates, another amendment) is a new sentence and is shown again; so is the same
note in another interface language. Notes about the file itself (a save that was cut off and
recovered, NIPs to correct, a circular file in the old format) are shown on every open, as before.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.wording import plan_notes
from planner.ui.grid.document import Document
from planner.ui.texts import wording

_GROUP = "shown_plan_notes"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class SeenNotes:
    """Which notes on reading the circular each plan file has shown, kept in the window's settings."""

    def __init__(self, settings: QSettings) -> None:
        """Remember in ``settings``."""
        self._settings = settings

    def _key(self, document: Document) -> str | None:
        if document.path is None:
            return None
        return f"{_GROUP}/{_digest(str(document.path.resolve()))}"

    def _seen(self, key: str) -> set[str]:
        value = self._settings.value(key, [])
        if isinstance(value, str):  # QSettings gives a one-item list back as its item
            value = [value]
        return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()

    def to_show(self, document: Document) -> list[str]:
        """The document's opening notes, less the notes on its circular this plan file has shown before."""
        notes = document.opening_notes()
        key = self._key(document)
        if key is None:
            return notes
        seen = self._seen(key)
        once = set(plan_notes(document.plan, document.circular, wording))
        return [note for note in notes if note not in once or _digest(note) not in seen]

    def shown(self, document: Document, notes: list[str]) -> None:
        """``notes`` were shown for ``document``: those on its circular are not shown again for its file."""
        key = self._key(document)
        if key is None:
            return
        once = set(plan_notes(document.plan, document.circular, wording))
        seen = self._seen(key) | {_digest(note) for note in notes if note in once}
        if seen:
            self._settings.setValue(key, sorted(seen))


def show_opening_notes(parent: QWidget, document: Document, settings: QSettings) -> list[str]:
    """Show what ``document`` has to say on opening (see the module's note); returns what was shown."""
    seen = SeenNotes(settings)
    notes = seen.to_show(document)
    if notes:
        QMessageBox.information(
            parent, QCoreApplication.translate("OpeningNotes", "Catatan tentang rencana ini"), "\n\n".join(notes)
        )
        seen.shown(document, notes)
    return notes
