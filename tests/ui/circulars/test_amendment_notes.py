"""The amendment a plan follows is said once per plan file when it opens; the file's own troubles every time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from planner.domain.category import Category
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from planner.ui.application import build_window
from planner.ui.circulars.opening_notes import SeenNotes
from planner.ui.grid.document import Document
from planner.ui.main_window import MainWindow, WindowContext
from tests.factories import builtin_catalog, make_plan, make_roster, set_statuses
from tests.ui.conftest import Messages

AMENDED = "menpanrb-2-2025"
MARCH_24, APRIL_8 = dt.date(2025, 3, 24), dt.date(2025, 4, 8)


def amended_plan(path: Path, name: str = "Maret") -> Path:
    """A plan under SE MenPANRB 2/2025, which SE 3/2025 amends by adding 8 April 2025."""
    plan = make_plan(make_roster([("Bagian", Category.ADMINISTRASI, 2)]), AMENDED, MARCH_24, APRIL_8)
    set_statuses(plan, MARCH_24, [Status.WFH])
    PlanFile.create(path, plan.rebuilt(name=name))
    return path


def test_the_amendment_is_said_once_per_plan_file_and_stays_in_the_circular_panel(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    first = amended_plan(tmp_path / "maret.jadwal")
    assert window.open_path(first)
    [(title, text)] = messages.shown
    assert title == "Catatan tentang rencana ini"
    assert "menpanrb-2-2025 diubah oleh menpanrb-3-2025: ditambah masa berlaku 8 April 2025" in text

    other = amended_plan(tmp_path / "lain.jadwal", "Lain")
    assert window.open_path(other)
    assert len(messages.shown) == 2, "another plan file under the same circular is told too"
    assert window.open_path(first)
    assert window.open_path(other)
    assert len(messages.shown) == 2, "opened again: not said again"
    panel = window.circular_panel.browser.toPlainText()
    assert "ditambahkan oleh menpanrb-3-2025" in panel, "the amendment stays in view, without a box"


def test_a_plan_opened_at_start_says_it_once_too(context: WindowContext, tmp_path: Path, messages: Messages) -> None:
    path = amended_plan(tmp_path / "maret.jadwal")
    for expected in (1, 1):
        started = build_window(context, path)
        try:
            assert len(messages.shown) == expected
        finally:
            started.document.close()
            started.close()
            started.deleteLater()


def test_notes_on_the_circular_are_remembered_across_settings_the_files_own_notes_are_not(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "jendela.ini"), QSettings.Format.IniFormat)
    seen = SeenNotes(settings)
    document = Document.open(amended_plan(tmp_path / "maret.jadwal"), builtin_catalog())
    try:
        notes = seen.to_show(document)
        assert len(notes) == 1
        seen.shown(document, notes)
        assert seen.to_show(document) == []
        assert SeenNotes(QSettings(str(tmp_path / "jendela.ini"), QSettings.Format.IniFormat)).to_show(document) == []
        # A note that is not about the circular (here: a repaired file) is not remembered away.
        repaired = "Penyimpanan terakhir rencana ini terputus."
        document.opening_notes = lambda: [repaired, *notes]  # type: ignore[method-assign]
        assert seen.to_show(document) == [repaired]
        seen.shown(document, [repaired])
        assert seen.to_show(document) == [repaired]
    finally:
        document.close()


def test_a_plan_never_saved_always_says_its_notes(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "jendela.ini"), QSettings.Format.IniFormat)
    document = Document(
        make_plan(make_roster([("Bagian", Category.ADMINISTRASI, 2)]), AMENDED, MARCH_24, APRIL_8), builtin_catalog()
    )
    assert document.path is None
    seen = SeenNotes(settings)
    notes = seen.to_show(document)
    seen.shown(document, notes)
    assert seen.to_show(document) == notes
