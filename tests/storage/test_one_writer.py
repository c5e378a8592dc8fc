"""One writer at a time: the revision is checked under the write lock, and a file replaced meanwhile is noticed."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import Any

import pytest

from planner import cli
from planner.domain import autofill as autofill_module
from planner.domain.autofill import autofill as real_autofill
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.paths import AppPaths
from planner.resources import demo_folder
from planner.storage import plan_file
from planner.storage.plan_file import PlanFile, PlanFileError, PlanFileProblem


def test_a_save_committed_just_before_this_one_takes_the_lock_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jadwal"
    PlanFile.create(path, demo_plan(demo_folder()))
    first, plan_a = PlanFile.open(path)
    second, plan_b = PlanFile.open(path)
    nip = plan_a.roster.staff[0].nip
    plan_a.apply(plan_a.edits_to([(nip, dt.date(2024, 4, 18))], Status.CT))
    plan_b.name = "Diubah di program kedua"  # a whole-plan save: it would overwrite the first one's cell
    real_begun = plan_file._begun

    def other_program_commits_first(db: sqlite3.Connection) -> AbstractContextManager[sqlite3.Connection]:
        monkeypatch.setattr(plan_file, "_begun", real_begun)
        first.save(plan_a)  # the other program's save lands after this one connected, before its lock
        return real_begun(db)

    monkeypatch.setattr(plan_file, "_begun", other_program_commits_first)
    with pytest.raises(PlanFileError) as caught:
        second.save(plan_b)
    assert caught.value.code is PlanFileProblem.CHANGED_ELSEWHERE
    _, reopened = PlanFile.open(path)
    assert reopened.status_of(nip, dt.date(2024, 4, 18)) is Status.CT
    assert reopened.name != "Diubah di program kedua"


def test_a_save_into_a_file_renamed_over_after_it_connected_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jadwal"
    plan = demo_plan(demo_folder())
    document = PlanFile.create(path, plan)
    real_identity = plan_file._identity
    calls: list[Path] = []

    def replaced_in_between(target: Path) -> tuple[int, int] | None:
        calls.append(target)
        if len(calls) == 2:  # after this save connected, another program renamed a new file into place
            (tmp_path / "baru.jadwal").write_bytes(path.read_bytes())
            (tmp_path / "baru.jadwal").replace(path)
        return real_identity(target)

    monkeypatch.setattr(plan_file, "_identity", replaced_in_between)
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 18))], Status.CT))
    with pytest.raises(PlanFileError, match="diganti program lain") as caught:
        document.save(plan)
    assert caught.value.code is PlanFileProblem.CHANGED_ELSEWHERE


def test_replacing_a_plan_waits_for_a_save_in_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_file, "LOCK_TIMEOUT_SECONDS", 0.05)
    path = tmp_path / "a.jadwal"
    plan = demo_plan(demo_folder())
    PlanFile.create(path, plan)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(PlanFileError, match="sedang disimpan oleh program lain, coba lagi") as caught:
            PlanFile.create(path, plan)
        other.execute("ROLLBACK")
    assert caught.value.code is PlanFileProblem.BUSY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jadwal"]


def test_autofill_in_place_never_overwrites_a_save_made_while_it_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jadwal"
    PlanFile.create(path, demo_plan(demo_folder()))

    def another_program_saves_meanwhile(*args: Any, **kwargs: Any) -> Any:
        result = real_autofill(*args, **kwargs)
        other, plan = PlanFile.open(path)
        plan.name = "Disimpan program lain"
        other.save(plan)
        return result

    monkeypatch.setattr(autofill_module, "autofill", another_program_saves_meanwhile)  # the command imports it when run
    err = io.StringIO()
    code = cli.run(["autofill", str(path)], AppPaths(tmp_path / "d", tmp_path / "c"), io.StringIO(), err)
    assert code == 2
    assert "disimpan program lain selama isi otomatis berjalan" in err.getvalue()
    assert PlanFile.open(path)[1].name == "Disimpan program lain"
