"""Where file dialogs open: the last folder used for each kind of file, and safe names from plan names."""

from __future__ import annotations

import enum
import re
from pathlib import Path

from PySide6.QtCore import QSettings

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 120
"""Characters kept of a name: Windows paths stop at 260 in all."""


class FileKind(enum.Enum):
    """Kinds of file that each remember their own folder."""

    PLAN = "plan"
    EXCEL = "excel"
    PDF = "pdf"
    STAFF_LIST = "staff_list"
    CERTIFICATE = "certificate"
    IMAGE = "image"
    """The letterhead's logo."""


def safe_file_name(name: str, fallback: str = "jadwal") -> str:
    """``name`` as a file name on Windows and Linux: no slashes, colons and the like, no trailing dots.

    "WFO/WFH Sekretariat: April" becomes "WFO-WFH Sekretariat- April".
    """
    text = _UNSAFE.sub("-", name).strip().strip(".").strip()
    text = text[:MAX_NAME].rstrip(". ")
    if not text or text.upper().split(".")[0] in _RESERVED:
        return fallback if not text else f"{text}_"
    return text


class LastFolders:
    """The last folder of each kind of file, kept in the window's settings."""

    def __init__(self, settings: QSettings) -> None:
        """Keep folders in ``settings``."""
        self._settings = settings

    def folder(self, kind: FileKind) -> str:
        """The last folder used for ``kind`` (when it still exists), else the plans' folder, else home."""
        for key in (kind, FileKind.PLAN):
            value = self._settings.value(f"folders/{key.value}", "")
            if isinstance(value, str) and value and Path(value).is_dir():
                return value
        return str(Path.home())

    def remember(self, kind: FileKind, path: Path) -> None:
        """``path`` was chosen for ``kind``: its folder is where the next dialog of that kind opens."""
        folder = path if path.is_dir() else path.parent
        self._settings.setValue(f"folders/{kind.value}", str(folder))

    def suggest(self, kind: FileKind, name: str, extension: str) -> str:
        """A full path to offer in a save dialog: the last folder and a safe name with ``extension``."""
        return str(Path(self.folder(kind)) / f"{safe_file_name(name)}{extension}")
