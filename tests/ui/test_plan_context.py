"""What the window says when a plan opens (an old quota level, an old circular file) and the cut weeks checked
against a neighbouring plan file, through the real window and its menu."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from planner.domain.category import Category
from planner.domain.status import Status
from planner.resources import builtin_circulars, translations_folder
from planner.storage.plan_file import PlanFile
from planner.ui.application import build_window
from planner.ui.main_window import MainWindow, WindowContext
from tests.factories import make_plan, make_roster, set_statuses
from tests.ui.conftest import Messages

ADM = Category.ADMINISTRASI
APR_16 = dt.date(2024, 4, 16)


def shown_issues(window: MainWindow, qtbot: QtBot) -> list[str]:
    """The entries the problems list shows once the event loop ran."""
    qtbot.wait(50)
    model = window.issues.view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def menu_action(window: MainWindow, menu_title: str, text: str) -> None:
    """Trigger the action called ``text`` in the menu bar's ``menu_title`` menu, as a click would."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if top.text().replace("&", "") == menu_title and isinstance(menu, QMenu):
            for action in menu.actions():
                if action.text().replace("&", "") == text:
                    assert action.isEnabled(), text
                    action.trigger()
                    return
    raise AssertionError(f"no {menu_title} › {text}")


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the next open-file dialogs with ``path``; returns the titles they were shown with."""
    titles: list[str] = []

    def choose(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    return titles


# ---- opening notes ----------------------------------------------------------------------------


def old_plan_with_a_quota_level(path: Path) -> Path:
    """A plan as a planner before quota scopes saved it: a per-unit quota level, no ``quota_scope`` key."""
    roster = make_roster([("Biro Umum", ADM, 1), ("Bagian TU", ADM, 3)], parents={"Bagian TU": "Biro Umum"})
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_16)
    set_statuses(plan, APR_16, [Status.WFH, Status.WFH, Status.WFO, Status.WFO])
    PlanFile.create(path, plan)
    with closing(sqlite3.connect(path)) as db, db:
        (policy,) = db.execute("SELECT value FROM plan WHERE key = 'policy'").fetchone()
        old = {key: value for key, value in json.loads(policy).items() if not key.startswith("quota_scope")}
        db.execute("UPDATE plan SET value = ? WHERE key = 'policy'", (json.dumps(old),))
    return path


@pytest.fixture
def english() -> Iterator[None]:
    """The interface in English while the test runs."""
    translator = QTranslator()
    assert translator.load(str(translations_folder() / "jadwal_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_opening_a_plan_whose_quota_level_became_agency_policy_says_so_once(
    window: MainWindow, tmp_path: Path, messages: Messages, qtbot: QtBot
) -> None:
    path = old_plan_with_a_quota_level(tmp_path / "lama.jadwal")
    assert window.open_path(path)
    assert window.document.plan.policy.quota_scope_migrated
    [(title, text)] = messages.shown
    assert title == "Catatan tentang rencana ini"
    assert 'pengaturan lama "kuota dihitung per" (setiap unit terkecil) kini menjadi kebijakan instansi' in text
    assert "seluruh instansi" in text
    # Nothing was loosened: the Kepala Biro alone in the parent unit is still an error, as the policy's.
    assert any(entry.startswith("KESALAHAN") for entry in shown_issues(window, qtbot))
    # Editing and re-checking say nothing more: the notice belongs to opening.
    window.document.replace_plan(window.document.plan.rebuilt(name="lama 2"), "nama")
    assert len(messages.shown) == 1


def test_a_plan_opened_at_start_says_so_too(context: WindowContext, tmp_path: Path, messages: Messages) -> None:
    path = old_plan_with_a_quota_level(tmp_path / "lama.jadwal")
    started = build_window(context, path)
    try:
        assert started.document.path == path.resolve()
        [(title, text)] = messages.shown
        assert title == "Catatan tentang rencana ini"
        assert "kini menjadi kebijakan instansi" in text
    finally:
        started.document.close()
        started.close()
        started.deleteLater()


def test_the_notice_is_worded_in_the_interface_language(
    english: None, window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    path = old_plan_with_a_quota_level(tmp_path / "lama.jadwal")
    assert window.open_path(path)
    [(title, text)] = messages.shown
    assert title == "Notes on this plan"
    assert "agency policy" in text
    assert "kebijakan instansi" not in text


@pytest.fixture
def old_circular_file(context: WindowContext) -> str:
    """A user's own circular in the version 1 format, without remote statuses, in the user's folder."""
    data = json.loads((builtin_circulars() / "menpanrb-1-2024.json").read_text(encoding="utf-8"))
    data.update(id="edaran-lama", version=1, number="9")
    del data["amends"], data["quota_scope"]
    for period in data["periods"]:
        del period["remote_statuses"]
    folder = context.paths.user_circulars
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "edaran-lama.json").write_text(json.dumps(data), encoding="utf-8")
    return "edaran-lama"


def test_a_plan_under_a_users_old_circular_file_says_wfh_and_wfa_stay_allowed(
    old_circular_file: str, window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    assert window.document.catalog.get(old_circular_file).legacy_remote
    plan = make_plan(make_roster([("Bagian", ADM, 2)]), old_circular_file, APR_16, APR_16)
    path = tmp_path / "edaran-lama.jadwal"
    PlanFile.create(path, plan)
    assert window.open_path(path)
    [(_title, text)] = messages.shown
    assert "edaran-lama berformat lama (versi 1)" in text
    assert "WFH dan WFA tetap diizinkan" in text


def test_a_plan_with_nothing_to_say_opens_without_a_message(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    plan = make_plan(make_roster([("Bagian", ADM, 2)]), "menpanrb-1-2024", APR_16, APR_16)
    path = tmp_path / "biasa.jadwal"
    PlanFile.create(path, plan)
    assert window.open_path(path)
    assert messages.shown == []


# ---- weeks across plans -------------------------------------------------------------------------


def permen_plans(tmp_path: Path) -> tuple[Path, Path]:
    """Remote Monday 28 and Tuesday 29 April in an April plan, Friday 2 May in a May plan (1 May is a holiday)."""
    roster = make_roster([("Bagian", ADM, 2)])
    april = make_plan(roster, "permenpanrb-4-2025", dt.date(2025, 4, 21), dt.date(2025, 4, 30))
    set_statuses(april, dt.date(2025, 4, 28), [Status.WFH])
    set_statuses(april, dt.date(2025, 4, 29), [Status.WFA])
    may = make_plan(roster, "permenpanrb-4-2025", dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    set_statuses(may, dt.date(2025, 5, 2), [Status.WFH])
    paths = tmp_path / "april.jadwal", tmp_path / "mei.jadwal"
    PlanFile.create(paths[0], april)
    PlanFile.create(paths[1], may)
    return paths


MENU, CHOOSE, CLEAR = "Rencana", "Rencana tetangga untuk minggu terpotong…", "Lepas rencana tetangga"


def test_a_cut_week_is_unknown_alone_and_caught_with_the_neighbouring_plan_chosen_in_the_menu(
    window: MainWindow, tmp_path: Path, messages: Messages, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    april, may = permen_plans(tmp_path)
    assert window.open_path(may)
    [unknown] = shown_issues(window, qtbot)
    assert unknown.startswith("PERINGATAN · Jum 02/05")
    assert "3 hari kerja minggu ini di luar rencana belum diketahui" in unknown
    assert "— pilih Rencana › Rencana tetangga untuk minggu terpotong… untuk memeriksanya\n" in unknown
    assert "--context" not in unknown, "the command line's option is not what a window user can give"
    before = window.document.plan.rows()

    titles = choose_file(monkeypatch, april)
    menu_action(window, MENU, CHOOSE)
    assert titles == ["Rencana tetangga untuk minggu terpotong"]
    [caught] = shown_issues(window, qtbot)
    assert caught.startswith("KESALAHAN")
    assert "3 hari WFH/WFA dalam satu minggu > batas 2 hari per minggu" in caught
    assert window.status_text().startswith("1 kesalahan, 0 peringatan")
    assert "minggu terpotong dari april.jadwal" in window.status_text()
    # Read only, not part of the plan: no cell changed, nothing to undo or save, the other file untouched.
    assert window.document.plan.rows() == before
    assert not window.document.modified
    assert window.document.undo_stack.count() == 0
    assert messages.shown == []
    window.document.save()
    assert PlanFile.open(may)[1].rows() == before
    assert PlanFile.open(april)[1].status_of(window.document.plan.roster.staff[0].nip, dt.date(2025, 4, 29)) is (
        Status.WFA
    )

    menu_action(window, MENU, CLEAR)
    [again] = shown_issues(window, qtbot)
    assert again == unknown
    assert "minggu terpotong" not in window.status_text()
    assert not window.window_actions.clear_week_context.isEnabled()


def test_the_context_counts_the_whole_week_at_the_end_of_a_plan_too(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    april, may = permen_plans(tmp_path)
    assert window.open_path(april)
    [unknown] = shown_issues(window, qtbot)
    assert unknown.startswith("PERINGATAN · Sen 28/04")
    choose_file(monkeypatch, may)
    menu_action(window, MENU, CHOOSE)
    [caught] = shown_issues(window, qtbot)
    assert caught.startswith("KESALAHAN")
    # Undo and redo of a real edit keep the context: it belongs to the window, not to an undo step.
    window.document.replace_plan(window.document.plan.rebuilt(name="April lagi"), "nama")
    window.document.undo_stack.undo()
    assert shown_issues(window, qtbot) == [caught]


def test_a_neighbouring_plan_that_does_not_help_is_refused_with_a_reason(
    window: MainWindow, tmp_path: Path, messages: Messages, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    _april, may = permen_plans(tmp_path)
    assert window.open_path(may)
    messages.shown.clear()
    [unknown] = shown_issues(window, qtbot)

    choose_file(monkeypatch, may)
    menu_action(window, MENU, CHOOSE)
    assert "bukan rencana yang sedang dibuka" in messages.texts()

    far = make_plan(make_roster([("Bagian", ADM, 2)]), "permenpanrb-4-2025", dt.date(2025, 1, 6), dt.date(2025, 1, 10))
    PlanFile.create(tmp_path / "januari.jadwal", far)
    choose_file(monkeypatch, tmp_path / "januari.jadwal")
    menu_action(window, MENU, CHOOSE)
    assert "januari.jadwal tidak mencakup hari di luar rencana ini" in messages.texts()
    assert "28 April 2025" in messages.texts()

    broken = tmp_path / "rusak.jadwal"
    broken.write_text("bukan rencana")
    choose_file(monkeypatch, broken)
    menu_action(window, MENU, CHOOSE)
    assert "rusak.jadwal" in messages.shown[-1][1]

    assert window.document.context_path is None
    assert shown_issues(window, qtbot) == [unknown]
    assert not window.window_actions.clear_week_context.isEnabled()


def test_a_plan_of_whole_weeks_has_no_cut_week_to_complete(
    window: MainWindow, tmp_path: Path, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan(
        make_roster([("Bagian", ADM, 2)]), "permenpanrb-4-2025", dt.date(2025, 4, 21), dt.date(2025, 4, 27)
    )
    path = tmp_path / "seminggu.jadwal"
    PlanFile.create(path, plan)
    assert window.open_path(path)
    titles = choose_file(monkeypatch, path)
    menu_action(window, MENU, CHOOSE)
    assert titles == []
    assert "tidak ada minggu terpotong" in messages.texts()
