"""File and storage errors worded in the interface language, from their codes and values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.errors import PlannerError
from planner.storage.plan_file import PlanFileError


def error_text(error: PlannerError) -> str:
    """What went wrong, in the interface language where the error carries a code; else its own sentence."""
    if not isinstance(error, PlanFileError) or not error.code:
        return str(error)
    values = {"name": "", "detail": "", **error.values}
    sentences = {
        "not_found": QCoreApplication.translate("Errors", "{name}: berkas tidak ditemukan."),
        "is_folder": QCoreApplication.translate("Errors", "{name}: ini folder, bukan berkas rencana."),
        "unreadable": QCoreApplication.translate("Errors", "{name}: tidak dapat dibaca ({detail})."),
        "not_a_plan": QCoreApplication.translate("Errors", "{name}: bukan berkas rencana Jadwal Kerja ASN (.jadwal)."),
        "in_use": QCoreApplication.translate(
            "Errors", "{name}: berkas sedang dipakai program lain; tutup program itu lalu simpan lagi."
        ),
        "read_only": QCoreApplication.translate(
            "Errors", "{name}: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan sebagai)."
        ),
        "disk_full": QCoreApplication.translate("Errors", "{name}: disk penuh; kosongkan ruang lalu simpan lagi."),
        "not_saved": QCoreApplication.translate("Errors", "{name}: gagal menyimpan ({detail})."),
    }
    sentence = sentences.get(error.code)
    return sentence.format(**values) if sentence is not None else str(error)
