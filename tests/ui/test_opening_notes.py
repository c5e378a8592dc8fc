"""The window tells the user what opening a plan had to repair (an interrupted save) or flag (invalid NIPs)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from planner.ui.main_window import MainWindow
from tests.reliability.crashing import make_plan_file
from tests.storage.test_recovery import interrupted_save
from tests.ui.conftest import Messages


def test_opening_a_plan_whose_save_was_killed_says_it_was_recovered(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    path = tmp_path / "rencana.jadwal"
    make_plan_file(path, staff=200)
    interrupted_save(path)
    assert window.open_path(path)
    assert window.document.path == path.resolve()
    assert "Penyimpanan terakhir rencana ini terputus" in messages.texts()
    assert "rusak" not in messages.texts()


def test_opening_a_plan_with_invalid_nips_opens_it_and_names_the_rows(
    window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    path = tmp_path / "rencana.jadwal"
    make_plan_file(path, staff=12)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE cell SET nip = '12345' WHERE nip = (SELECT nip FROM staff WHERE position = 2)")
        db.execute("UPDATE staff SET nip = '12345' WHERE position = 2")
    assert window.open_path(path)
    assert "1 NIP tidak sah" in messages.texts()
    assert "baris 3 (Pegawai 2): 12345" in messages.texts()
