"""The one gateway to the files that ship with the planner (``resources/``)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.domain.errors import PlannerError

REQUIRED_FILES = (
    "demo/sekretariat-daerah.json",
    "demo/sekretariat-daerah.csv",
    "fonts/LiberationSans-Regular.ttf",
    "fonts/LiberationSans-Bold.ttf",
    "fonts/LiberationSans-Italic.ttf",
    "i18n/jadwal_en.qm",
    "i18n/qt_id.qm",
)
"""The files in ``resources/`` every start may need; :func:`check_installation` looks for each."""


class DamagedInstallation(PlannerError):
    """Files that ship with the planner are missing: reinstalling is the only remedy."""

    def __init__(self, missing: list[str], root: Path | None) -> None:
        """Name what is missing, where, and how to reinstall."""
        self.missing = missing
        where = f" di {root}" if root else ""
        super().__init__(
            "Instalasi Jadwal Kerja ASN rusak atau tidak lengkap: tidak ditemukan "
            + ", ".join(missing)
            + f"{where}. {reinstall_hint()} Rencana dan pengaturan Anda tersimpan terpisah dan tidak terhapus."
        )


def reinstall_hint() -> str:
    """How to get a complete installation back, for the kind of installation this is."""
    if getattr(sys, "frozen", False):
        return (
            "Pasang ulang aplikasi: jalankan lagi penginstal JadwalKerjaASN-setup.exe, "
            "atau ekstrak ulang seluruh isi berkas zip JadwalKerjaASN ke satu folder."
        )
    return "Ambil ulang folder resources/ dari repositori (git checkout -- resources) atau pasang ulang paketnya."


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "_resources",  # installed wheel (pyproject.toml force-includes it there)
        here.parent / "resources",  # source checkout or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return [Path(frozen) / "resources"]  # a frozen app uses its own files, never a checkout's
    return candidates


def resource_root() -> Path:
    """The ``resources`` folder, in a source checkout, an installed wheel or a frozen app.

    Raises:
        DamagedInstallation: the installation is incomplete.
    """
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "circulars").is_dir():
            return candidate
    raise DamagedInstallation(["folder resources/circulars"], candidates[0].parent)


def check_installation() -> None:
    """Look for every file a start may need, so a damaged installation says so once, in full.

    Raises:
        DamagedInstallation: naming each missing file.
    """
    root = resource_root()
    missing = [f"resources/{name}" for name in REQUIRED_FILES if not (root / name).is_file()]
    if not any((root / "circulars").glob("*.json")):
        missing.insert(0, "resources/circulars/*.json")
    if missing:
        raise DamagedInstallation(missing, root.parent)


def _folder(name: str) -> Path:
    folder = resource_root() / name
    if not folder.is_dir():
        raise DamagedInstallation([f"folder resources/{name}"], folder.parent.parent)
    return folder


def builtin_circulars() -> Path:
    """The circulars that ship with the planner."""
    return resource_root() / "circulars"


def demo_folder() -> Path:
    """The demo plan's source files."""
    return _folder("demo")


def fonts_folder() -> Path:
    """The fonts embedded in the printed schedule (Liberation Sans, SIL Open Font License; see ``LICENSE-OFL.txt``)."""
    return _folder("fonts")


def translations_folder() -> Path:
    """The interface translations (``jadwal_en.qm`` …), compiled from ``*.ts`` by ``tools/translations.py``."""
    return _folder("i18n")


def icon_file() -> Path:
    """The planner's icon for its windows (the executables carry their own, ``packaging/jadwal.ico``)."""
    return resource_root() / "icons" / "jadwal.png"


def guide_folder() -> Path:
    """The short illustrated guide (Bantuan › Panduan): ``panduan.html`` and its pictures."""
    return _folder("guide")
