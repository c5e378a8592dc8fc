"""The domain's Indonesian names (statuses, categories, days, months) in the interface language.

The domain keeps one Indonesian name per value; the window shows them through Qt's
translation under the context ``domain``. ``DOMAIN_TEXTS`` lists them where ``lupdate``
can find them, so they reach the translation files (a test keeps the list complete).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain.category import Category
from planner.domain.roster import WorkWeek
from planner.domain.status import Status
from planner.domain.wording import WEEKLY_UNKNOWN_HOW

DOMAIN_CONTEXT = "domain"

DOMAIN_TEXTS = (
    QT_TRANSLATE_NOOP("domain", "Bekerja di kantor"),
    QT_TRANSLATE_NOOP("domain", "Bekerja dari rumah"),
    QT_TRANSLATE_NOOP("domain", "Bekerja dari lokasi lain"),
    QT_TRANSLATE_NOOP("domain", "Cuti"),
    QT_TRANSLATE_NOOP("domain", "Sakit"),
    QT_TRANSLATE_NOOP("domain", "Dinas luar"),
    QT_TRANSLATE_NOOP("domain", "Tugas belajar / diklat"),
    QT_TRANSLATE_NOOP("domain", "Administrasi pemerintahan"),
    QT_TRANSLATE_NOOP("domain", "Dukungan pimpinan"),
    QT_TRANSLATE_NOOP("domain", "Dukungan operasional"),
    QT_TRANSLATE_NOOP("domain", "Pelayanan publik langsung"),
    QT_TRANSLATE_NOOP("domain", "Sen"),
    QT_TRANSLATE_NOOP("domain", "Sel"),
    QT_TRANSLATE_NOOP("domain", "Rab"),
    QT_TRANSLATE_NOOP("domain", "Kam"),
    QT_TRANSLATE_NOOP("domain", "Jum"),
    QT_TRANSLATE_NOOP("domain", "Sab"),
    QT_TRANSLATE_NOOP("domain", "Min"),
    QT_TRANSLATE_NOOP("domain", "Senin"),
    QT_TRANSLATE_NOOP("domain", "Selasa"),
    QT_TRANSLATE_NOOP("domain", "Rabu"),
    QT_TRANSLATE_NOOP("domain", "Kamis"),
    QT_TRANSLATE_NOOP("domain", "Jumat"),
    QT_TRANSLATE_NOOP("domain", "Sabtu"),
    QT_TRANSLATE_NOOP("domain", "Minggu"),
)
"""Every Indonesian name the domain gives a value, for the translation files."""


def domain_text(text: str) -> str:
    """One of the domain's Indonesian texts, translated when a translation is loaded."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def wording(text: str) -> str:
    """A template of ``planner.domain.wording`` (or a status or category name in it) in the interface language.

    Pass this as ``translate`` to ``describe``, ``describe_rule`` and ``describe_dates``. Where
    the domain's sentence tells the command line's user what to do (an option to give), the
    window says it in its own terms: the menu command that does the same.
    """
    if text == WEEKLY_UNKNOWN_HOW:
        return _weekly_unknown_how()
    translated = QCoreApplication.translate("wording", text)
    return translated if translated != text else domain_text(text)


def _weekly_unknown_how() -> str:
    """What to do about a cut week, naming the menu command: "pilih Rencana › Rencana tetangga … untuk memeriksanya"."""
    menu = QCoreApplication.translate("MainWindow", "&Rencana").replace("&", "")
    command = QCoreApplication.translate("Actions", "Rencana &tetangga untuk minggu terpotong…").replace("&", "")
    return QCoreApplication.translate("Texts", "pilih {menu} › {command} untuk memeriksanya").format(
        menu=menu, command=command
    )


def status_label(status: Status) -> str:
    """The status's name ("Bekerja dari rumah"), or its translation."""
    return domain_text(status.label)


def category_label(category: Category) -> str:
    """The category's name ("Administrasi pemerintahan"), or its translation."""
    return domain_text(category.label)


def week_label(week: WorkWeek) -> str:
    """The week's name ("5 hari (Senin–Jumat)"), in the interface language."""
    if week is WorkWeek.SIX_DAYS:
        return QCoreApplication.translate("domain", "6 hari (Senin–Sabtu)")
    return QCoreApplication.translate("domain", "5 hari (Senin–Jumat)")
