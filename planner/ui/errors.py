"""File and storage errors worded in the interface language, from their codes and values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.errors import PlannerError
from planner.storage.plan_file import PlanFileError, PlanFileProblem


def error_text(error: PlannerError) -> str:
    """What went wrong, in the interface language where the error carries a code and its values; else its sentence."""
    if not isinstance(error, PlanFileError) or "name" not in error.values:
        return str(error)
    values = {"name": "", "detail": "", "known": "", **error.values}
    sentences = {
        PlanFileProblem.NOT_FOUND: QCoreApplication.translate("Errors", "{name}: berkas tidak ditemukan."),
        PlanFileProblem.IS_FOLDER: QCoreApplication.translate("Errors", "{name}: ini folder, bukan berkas rencana."),
        PlanFileProblem.UNREADABLE: QCoreApplication.translate("Errors", "{name}: tidak dapat dibaca ({detail})."),
        PlanFileProblem.NOT_A_PLAN: QCoreApplication.translate(
            "Errors", "{name}: bukan berkas rencana Jadwal Kerja ASN (.jadwal)."
        ),
        PlanFileProblem.NEWER_VERSION: QCoreApplication.translate(
            "Errors",
            "{name}: dibuat dengan versi Jadwal Kerja ASN yang lebih baru (format {detail}, versi ini mengenal "
            "sampai format {known}). Perbarui aplikasi untuk membukanya.",
        ),
        PlanFileProblem.DAMAGED: QCoreApplication.translate("Errors", "{name}: berkas rusak dan tidak dapat dibaca."),
        PlanFileProblem.BUSY: QCoreApplication.translate(
            "Errors", "{name}: rencana sedang disimpan oleh program lain, coba lagi."
        ),
        PlanFileProblem.READ_ONLY: QCoreApplication.translate(
            "Errors", "{name}: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan sebagai)."
        ),
        PlanFileProblem.DISK_FULL: QCoreApplication.translate(
            "Errors", "{name}: disk penuh; kosongkan ruang lalu simpan lagi."
        ),
        PlanFileProblem.NOT_SAVED: QCoreApplication.translate("Errors", "{name}: gagal menyimpan ({detail})."),
    }
    sentence = sentences.get(error.code)
    return sentence.format(**values) if sentence is not None else str(error)
