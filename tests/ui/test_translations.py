"""The English catalogue: complete, compiled, true to its placeholders, and used by the window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner.domain.status import Status
from planner.resources import translations_folder
from planner.ui.application import build_window, install_translation
from planner.ui.main_window import WindowContext
from tests.ui.conftest import Messages

CATALOGUE = translations_folder() / "jadwal_en.ts"
COMPILED = translations_folder() / "jadwal_en.qm"

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d+")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_MNEMONIC = re.compile(r"&([^&])")


@dataclass(frozen=True, slots=True)
class Message:
    """One entry of the catalogue: its context, Indonesian source and English forms (two when numerus)."""

    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool


def _messages() -> list[Message]:
    root = ET.parse(CATALOGUE).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translations=tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",),
                    finished=translation.get("type") not in {"unfinished", "vanished", "obsolete"},
                )
            )
    return messages


MESSAGES = _messages()


def _label(message: Message) -> str:
    return f"{message.context}: {message.source[:40]}"


@pytest.fixture
def translator(qapp: QApplication) -> QTranslator:
    """The compiled English catalogue, loaded on its own, not installed."""
    loaded = QTranslator()
    assert loaded.load(str(COMPILED))
    return loaded


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    """The interface in English, as the planner starts it; back to the source texts afterwards."""
    previous_locale = QLocale()
    installed = install_translation(qapp, "en")
    assert installed is not None
    yield installed
    qapp.removeTranslator(installed)
    installed.deleteLater()
    QLocale.setDefault(previous_locale)


def test_the_catalogue_has_messages_and_every_one_is_translated() -> None:
    assert len(MESSAGES) > 500
    assert [_label(m) for m in MESSAGES if not m.finished or not all(m.translations)] == []


def test_numerus_messages_have_a_singular_and_a_plural() -> None:
    numerus = [m for m in MESSAGES if "%n" in m.source]
    assert numerus
    assert all(len(m.translations) == 2 for m in numerus)


def _differences(message: Message, translation: str) -> list[str]:
    """What the translation changed that it must keep: placeholders, accelerators, tags, line breaks."""
    checks: dict[str, Callable[[str], object]] = {
        "placeholders": lambda text: Counter(_PLACEHOLDER.findall(text)),
        "accelerators": lambda text: len(_MNEMONIC.findall(text)),
        "tags": lambda text: Counter(_TAG.findall(text)),
        "line breaks": lambda text: text.count("\n"),
    }
    return [name for name, check in checks.items() if check(translation) != check(message.source)]


def test_translations_keep_placeholders_accelerators_and_tags() -> None:
    wrong = {
        _label(message): differences
        for message in MESSAGES
        for translation in message.translations
        if (differences := _differences(message, translation))
    }
    assert wrong == {}


def test_the_placeholder_check_catches_a_lost_placeholder() -> None:
    message = Message("MainWindow", "Tersimpan: {path}", ("Saved: {file}",), finished=True)
    assert _differences(message, message.translations[0]) == ["placeholders"]


def test_the_compiled_catalogue_matches_the_source_catalogue(translator: QTranslator) -> None:
    # A .qm older than its .ts (tools/translations.py not run) shows up as a mismatch here.
    stale = []
    for message in MESSAGES:
        if len(message.translations) == 2:
            forms = tuple(translator.translate(message.context, message.source, None, n) for n in (1, 2))
        else:
            forms = (translator.translate(message.context, message.source),)
        if forms != message.translations:
            stale.append(_label(message))
    assert stale == []


@pytest.mark.parametrize(
    ("context", "source", "english"),
    [
        ("MainWindow", "&Berkas", "&File"),
        ("MainWindow", "&Ubah", "&Edit"),
        ("Actions", "&Simpan", "&Save"),
        ("domain", "Bekerja dari rumah", "Working from home"),
        ("domain", "Sen", "Mon"),
        ("domain", "Pelayanan publik langsung", "Direct public service"),
        ("StaffDialog", "&Kategori layanan:", "Service &category:"),
        ("IssuesPanel", "Tidak ada masalah: rencana sesuai surat edaran dan kebijakan instansi.", "No issues: "),
    ],
)
def test_real_texts_translate(translator: QTranslator, context: str, source: str, english: str) -> None:
    assert (translator.translate(context, source) or "").startswith(english)


def test_numerus_forms_follow_the_count(english: QTranslator) -> None:
    def days(count: int) -> str:
        return QCoreApplication.translate("PlanSettingsDialog", "%n hari kalender", "", count)

    assert (days(1), days(12)) == ("1 calendar day", "12 calendar days")


def _mnemonics(texts: list[str]) -> list[str]:
    return [letter.lower() for text in texts for letter in _MNEMONIC.findall(text)]


def test_the_window_speaks_english(
    qtbot: QtBot, english: QTranslator, context: WindowContext, messages: Messages
) -> None:
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    try:
        bar = window.menuBar().actions()
        assert [action.text() for action in bar] == [
            "&File",
            "&Edit",
            "&Status",
            "&Plan",
            "&Circular",
            "&View",
            "Se&ttings",
            "&Help",
        ]
        # Alt+letter must reach one menu, and one entry within each menu.
        letters = _mnemonics([action.text() for action in bar])
        assert len(letters) == len(set(letters))
        for action in bar:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            letters = _mnemonics([entry.text() for entry in menu.actions()])
            assert len(letters) == len(set(letters)), (action.text(), letters)
        assert window.window_actions.statuses[Status.WFH].text() == "WFH — Working from home"
        assert window.issues_dock.windowTitle() == "Issues"
        assert re.search(r"errors: \d+, warnings: \d+$", window.summary())
        assert messages.shown == []
    finally:
        if shiboken6.isValid(window):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()


def test_quota_problems_read_in_english_with_their_arithmetic(english: QTranslator) -> None:
    import datetime as dt

    from planner.domain.category import Category
    from planner.domain.policy import Severity
    from planner.domain.roster import Roster, UnitId
    from planner.domain.validation import RuleCode, Violation
    from planner.domain.wording import describe
    from planner.ui.texts import wording

    violation = Violation(
        Severity.ERROR,
        RuleCode.REMOTE_MAX,
        dt.date(2024, 4, 16),
        UnitId("u"),
        Category.ADMINISTRASI,
        None,
        3,
        5,
        2,
        "SE",
        percent=50,
    )
    roster = Roster([], [])
    assert describe(violation, roster, wording) == "3 of 5 staff WFH = 60 % > cap 50 % (max. 2)"
    # The printed schedule and the command line keep the Indonesian sentence.
    assert describe(violation, roster) == "3 dari 5 pegawai WFH = 60 % > batas 50 % (maks. 2)"
