"""The one gateway to the files that ship with the planner (``resources/``)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The ``resources`` folder, in a source checkout, an installed wheel or a frozen app.

    Raises:
        FileNotFoundError: the installation is incomplete.
    """
    here = Path(__file__).resolve().parent
    candidates = [
        here / "_resources",  # installed wheel (pyproject.toml force-includes it there)
        here.parent / "resources",  # source checkout or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "circulars").is_dir():
            return candidate
    raise FileNotFoundError("folder resources/ tidak ditemukan: instalasi tidak lengkap")


def builtin_circulars() -> Path:
    """The circulars that ship with the planner."""
    return resource_root() / "circulars"


def demo_folder() -> Path:
    """The demo plan's source files."""
    return resource_root() / "demo"


def fonts_folder() -> Path:
    """The fonts embedded in the printed schedule (Liberation Sans, SIL Open Font License; see ``LICENSE-OFL.txt``)."""
    return resource_root() / "fonts"


def translations_folder() -> Path:
    """The interface translations (``jadwal_en.qm`` …), compiled from ``*.ts`` by ``tools/translations.py``."""
    return resource_root() / "i18n"


def guide_folder() -> Path:
    """The short illustrated guide (Bantuan › Panduan): ``panduan.html`` and its pictures."""
    return resource_root() / "guide"
