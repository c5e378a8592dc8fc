"""Opening a plan whose last save was cut off: recovered, the user told, the planner's leftovers removed."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli import run
from planner.io.demo import demo_plan
from planner.paths import AppPaths
from planner.resources import demo_folder
from planner.storage import recovery
from planner.storage.plan_file import PlanFile
from planner.storage.recovery import Recovery, remove_leftovers
from tests.reliability.crashing import fingerprint, make_plan_file

KILLED_DELETE = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA cache_size = 1")  # every changed page goes to the file before the commit
db.execute("DELETE FROM cell")
print("deleted", flush=True)
time.sleep(60)
"""


def interrupted_save(path: Path) -> None:
    """The issue's reproduction: delete every cell in a process that is killed before it commits."""
    process = subprocess.Popen([sys.executable, "-c", KILLED_DELETE, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "deleted"
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0, "the kill should leave a hot journal"


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "rencana.jadwal"
    make_plan_file(path, staff=200)
    return path


def test_a_plan_whose_save_was_killed_opens_as_it_was_before_the_save(plan_path: Path) -> None:
    before = fingerprint(PlanFile.open(plan_path)[1])
    interrupted_save(plan_path)
    file, plan = PlanFile.open(plan_path)
    assert file.recovery is Recovery.IN_PLACE
    assert fingerprint(plan) == before
    assert not plan_path.with_name(plan_path.name + "-journal").exists()
    assert PlanFile.open(plan_path)[0].recovery is None, "recovered once, then an ordinary file"


def test_the_command_line_says_the_plan_was_recovered_and_carries_on(plan_path: Path, tmp_path: Path) -> None:
    interrupted_save(plan_path)
    out, err = io.StringIO(), io.StringIO()
    code = run(["validate", str(plan_path)], AppPaths(tmp_path / "d", tmp_path / "c"), out, err)
    assert code in (0, 1), err.getvalue()
    assert "penyimpanan terakhir terputus" in err.getvalue()
    assert "dipulihkan" in err.getvalue()
    assert "rusak" not in err.getvalue()


def test_a_read_only_plan_is_recovered_on_a_copy_and_left_untouched(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = fingerprint(PlanFile.open(plan_path)[1])
    interrupted_save(plan_path)
    journal = plan_path.with_name(plan_path.name + "-journal")
    on_disk = (plan_path.read_bytes(), journal.read_bytes())
    real_roll_back = recovery._roll_back

    def read_only_media(path: Path) -> None:
        # What SQLite reports for a file on read-only media (root would get write access to a chmod 444 file).
        if path == plan_path:
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = sqlite3.SQLITE_READONLY
            raise error
        real_roll_back(path)

    monkeypatch.setattr(recovery, "_roll_back", read_only_media)
    file, plan = PlanFile.open(plan_path)
    assert file.recovery is Recovery.ON_COPY
    assert fingerprint(plan) == before
    assert (plan_path.read_bytes(), journal.read_bytes()) == on_disk


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a user the file mode binds")
def test_a_plan_in_a_read_only_folder_opens_from_a_recovered_copy(plan_path: Path) -> None:
    before = fingerprint(PlanFile.open(plan_path)[1])
    interrupted_save(plan_path)
    plan_path.chmod(0o444)
    plan_path.parent.chmod(0o555)
    try:
        file, plan = PlanFile.open(plan_path)
    finally:
        plan_path.parent.chmod(0o755)
    assert file.recovery is Recovery.ON_COPY
    assert fingerprint(plan) == before


def test_a_write_ahead_log_left_behind_is_merged_and_the_file_made_whole_again(plan_path: Path) -> None:
    script = f"""
import sqlite3, os
db = sqlite3.connect({str(plan_path)!r}, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("UPDATE plan SET value = '\\"Setelah log\\"' WHERE key = 'name'")
os._exit(0)  # no checkpoint, no clean close: the log stays
"""
    subprocess.run([sys.executable, "-c", script], check=True)
    assert plan_path.with_name(plan_path.name + "-wal").stat().st_size > 0
    file, plan = PlanFile.open(plan_path)
    assert plan.name == "Setelah log"
    assert file.recovery is Recovery.IN_PLACE
    assert not plan_path.with_name(plan_path.name + "-wal").exists()
    with closing(sqlite3.connect(plan_path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_save_still_running_elsewhere_is_not_taken_for_an_interrupted_one(plan_path: Path) -> None:
    with closing(sqlite3.connect(plan_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE plan SET value = '\"Belum\"' WHERE key = 'name'")
        file, plan = PlanFile.open(plan_path)  # reads the last committed save, waits for nobody
        other.execute("ROLLBACK")
    assert file.recovery is None
    assert plan.name == "Uji"


def test_opening_removes_the_planners_old_temporary_files_and_nothing_else(plan_path: Path) -> None:
    folder = plan_path.parent
    old = [folder / ".rencana.jadwal.0123456789abcdef.tmp", folder / ".rencana.jadwal.0123456789abcdef.tmp-journal"]
    fresh = folder / ".rencana.jadwal.fedcba9876543210.tmp"
    others = [folder / ".rencana.jadwal.catatan.tmp", folder / ".lain.jadwal.0123456789abcdef.tmp", folder / "x.tmp"]
    for path in [*old, fresh, *others]:
        path.write_bytes(b"sisa")
    an_hour_ago = time.time() - 3600
    for path in [*old, *others]:
        os.utime(path, (an_hour_ago, an_hour_ago))
    file, _ = PlanFile.open(plan_path)
    assert file.leftovers_removed == 2
    assert not any(path.exists() for path in old)
    assert fresh.exists(), "a temporary file this new may belong to a save still running"
    assert all(path.exists() for path in others)
    assert remove_leftovers(plan_path, older_than=0) == 1


def test_the_demo_plan_opens_without_recovery_or_flags(tmp_path: Path) -> None:
    path = tmp_path / "demo.jadwal"
    PlanFile.create(path, demo_plan(demo_folder()))
    file, _ = PlanFile.open(path)
    assert (file.recovery, file.leftovers_removed, file.invalid_nips) == (None, 0, ())
