"""Plan files: round trips, saving only what changed, and refusing bad files without touching them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.nip import Nip
from planner.domain.plan import Plan, Signatory
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.resources import demo_folder
from planner.storage import plan_file
from planner.storage.plan_file import PlanFile, PlanFileError, PlanFileProblem


def demo() -> Plan:
    return demo_plan(demo_folder())


def same_plan(a: Plan, b: Plan) -> None:
    assert (a.name, a.circular_id, a.days, a.quota_level) == (b.name, b.circular_id, b.days, b.quota_level)
    assert (a.profile, a.policy) == (b.profile, b.policy)
    assert (a.days_added, a.days_removed) == (b.days_added, b.days_removed)
    assert list(a.roster.units.values()) == list(b.roster.units.values())
    assert a.roster.staff == b.roster.staff
    assert [bytes(row) for row in a.rows()] == [bytes(row) for row in b.rows()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_demo_plan_round_trips(tmp_path: Path) -> None:
    plan = demo()
    plan.policy = AgencyPolicy(
        40, Severity.ERROR, 2, Severity.WARNING, ((plan.roster.staff[0].nip, plan.roster.staff[1].nip),)
    )
    plan.profile = dataclasses.replace(plan.profile, acknowledger=Signatory("Gubernur", "H. Fulan", "", "", ""))
    plan.days_added[dt.date(2024, 4, 19)] = "HUT Kota"
    plan.days_removed = frozenset({dt.date(2024, 4, 15)})
    plan.quota_level = 0
    PlanFile.create(tmp_path / "a.jadwal", plan)
    _, loaded = PlanFile.open(tmp_path / "a.jadwal")
    same_plan(plan, loaded)
    assert loaded.roster.staff[0].name == "Drs. H. Lalu Ahmad Zaini, M.Si."
    assert any(member.no_remote_reason for member in loaded.roster.staff)


def test_a_save_after_edits_writes_them_and_the_file_reopens_equal(tmp_path: Path) -> None:
    path = tmp_path / "a.jadwal"
    plan = demo()
    document = PlanFile.create(path, plan)
    nip = plan.roster.staff[3].nip
    plan.apply(plan.edits_to([(nip, dt.date(2024, 4, 18)), (nip, dt.date(2024, 4, 19))], Status.CT))
    plan.apply(plan.edits_to([(nip, dt.date(2024, 4, 16))], None))
    document.save(plan)
    _, loaded = PlanFile.open(path)
    same_plan(plan, loaded)
    plan.name = "Nama baru"
    document.save(plan)
    assert PlanFile.open(path)[1].name == "Nama baru"


def test_saving_to_a_file_that_was_deleted_writes_it_again(tmp_path: Path) -> None:
    path = tmp_path / "a.jadwal"
    plan = demo()
    document = PlanFile.create(path, plan)
    path.unlink()
    document.save(plan)
    same_plan(plan, PlanFile.open(path)[1])


cells = st.lists(st.tuples(st.integers(0, 37), st.integers(0, 11), st.sampled_from([None, *Status])), max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=cells, second=cells)
def test_any_edits_survive_create_save_and_open(
    tmp_path: Path, first: list[tuple[int, int, Status | None]], second: list[tuple[int, int, Status | None]]
) -> None:
    path = tmp_path / "p.jadwal"
    path.unlink(missing_ok=True)
    plan = demo()
    for edits in (first, second):
        for row, column, status in edits:
            plan.apply(plan.edits_to([(plan.roster.staff[row].nip, plan.days[column])], status))
        if edits is first:
            document = PlanFile.create(path, plan)
        else:
            document.save(plan)
        same_plan(plan, PlanFile.open(path)[1])


# ---- refusing bad files ------------------------------------------------------------------


def test_a_missing_file_or_a_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="berkas tidak ditemukan"):
        PlanFile.open(tmp_path / "tidak-ada.jadwal")
    with pytest.raises(PlanFileError, match="ini folder"):
        PlanFile.open(tmp_path)


def test_a_file_that_is_not_a_plan_is_refused_and_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "catatan.jadwal"
    text.write_text("NIP,Nama\n", encoding="utf-8")
    other_db = tmp_path / "lain.jadwal"
    with closing(sqlite3.connect(other_db)) as db:
        db.execute("CREATE TABLE t (x)")
    for path in (text, other_db):
        before = digest(path)
        with pytest.raises(PlanFileError, match="bukan berkas rencana Jadwal Kerja ASN"):
            PlanFile.open(path)
        assert digest(path) == before


def test_a_damaged_plan_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jadwal"
    PlanFile.create(path, demo())
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # overwrite the second page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(PlanFileError, match="rusak"):
        PlanFile.open(path)
    assert digest(path) == before


def test_a_plan_from_a_newer_planner_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "baru.jadwal"
    PlanFile.create(path, demo())
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA user_version = 99")
    before = digest(path)
    with pytest.raises(PlanFileError, match=r"versi Jadwal Kerja ASN yang lebih baru \(format 99"):
        PlanFile.open(path)
    assert digest(path) == before


def test_a_failed_save_as_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jadwal"
    PlanFile.create(path, demo())
    before = digest(path)

    def disk_full(*_: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # as SQLite sets it: the message is not what is classified
        raise error

    monkeypatch.setattr(plan_file, "_write_everything", disk_full)
    with pytest.raises(PlanFileError, match="disk penuh"):
        PlanFile.create(path, demo())
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jadwal"]


def test_saving_a_file_another_program_holds_says_so_and_keeps_the_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_file, "LOCK_TIMEOUT_SECONDS", 0.05)
    path = tmp_path / "a.jadwal"
    plan = demo()
    document = PlanFile.create(path, plan)
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 18))], Status.CT))
    with closing(sqlite3.connect(path)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(PlanFileError, match="sedang disimpan oleh program lain, coba lagi") as caught:
            document.save(plan)
        other.rollback()
    assert caught.value.code is PlanFileProblem.BUSY
    assert PlanFile.open(path)[1].status_of(Nip(plan.roster.staff[0].nip), dt.date(2024, 4, 18)) is None


def test_locked_cells_survive_saves_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "a.jadwal"
    plan = demo()
    first, second = plan.roster.staff[0].nip, plan.roster.staff[5].nip
    plan.set_locked([(first, plan.days[1])], True)
    file = PlanFile.create(path, plan)
    assert PlanFile.open(path)[1].locked_cells() == [(first, plan.days[1])]
    plan.set_locked([(first, plan.days[1])], False)
    plan.set_locked([(second, plan.days[2])], True)
    file.save(plan)
    assert PlanFile.open(path)[1].locked_cells() == [(second, plan.days[2])]


def test_a_plan_written_by_the_first_version_opens_and_is_upgraded_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "lama.jadwal"
    PlanFile.create(path, demo())
    with closing(sqlite3.connect(path)) as db:  # what the first planner wrote: no lock table
        db.execute("DROP TABLE locked_cell")
        db.execute("PRAGMA user_version = 1")
    file, plan = PlanFile.open(path)
    assert plan.locked_cells() == []
    plan.set_locked([(plan.roster.staff[0].nip, plan.days[1])], True)
    file.save(plan)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == plan_file.SCHEMA_VERSION
    assert PlanFile.open(path)[1].locked_cells() == [(plan.roster.staff[0].nip, plan.days[1])]


def test_the_plan_keeps_a_copy_of_its_circular_through_every_kind_of_save(tmp_path: Path) -> None:
    from tests.factories import builtin_catalog

    path = tmp_path / "a.jadwal"
    plan = demo()
    circular = builtin_catalog().get(plan.circular_id)
    file = PlanFile.create(path, plan, circular)
    assert PlanFile.open(path)[0].circular_copy == circular
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, plan.days[1])], Status.DL))
    file.save(plan)  # cells only, no circular given: the copy stays
    assert PlanFile.open(path)[0].circular_copy == circular
    file.save(plan.rebuilt(name="Nama baru"))  # everything rewritten: the copy still stays
    reopened = PlanFile.open(path)[0]
    assert reopened.circular_copy == circular
    assert PlanFile.open(tmp_path / "a.jadwal")[1].name == "Nama baru"


def test_a_plan_without_a_copy_or_with_a_damaged_one_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "a.jadwal"
    PlanFile.create(path, demo())
    assert PlanFile.open(path)[0].circular_copy is None
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO plan (key, value) VALUES ('circular_copy', '{\"format\": \"lain\"}')")
    file, plan = PlanFile.open(path)
    assert file.circular_copy is None
    assert plan.name


def test_a_save_never_writes_into_a_file_another_program_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.jadwal"
    plan = demo()
    mine = PlanFile.create(path, plan)
    other = plan.rebuilt(name="Rencana orang lain")
    PlanFile.create(path, other)  # e.g. `python -m planner new … -o a.jadwal --force` meanwhile
    before = digest(path)
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, plan.days[1])], Status.DL))
    with pytest.raises(PlanFileError, match="diganti atau diubah program lain"):
        mine.save(plan)
    assert digest(path) == before
    theirs = PlanFile.open(path)[0]
    theirs.save(other)  # whoever opened the current file saves as usual
    theirs.save(other.rebuilt(name="lagi"))


ONE_CELL = "(nip, day) = (SELECT nip, day FROM cell ORDER BY nip, day LIMIT 1)"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("UPDATE cell SET status = 'XYZ' WHERE nip = (SELECT min(nip) FROM cell)", "status 'XYZ' tidak dikenal"),
        (
            "UPDATE cell SET status = 'WFH,WFO' WHERE nip = (SELECT min(nip) FROM cell)",
            "status 'WFH,WFO' tidak dikenal",
        ),
        ("UPDATE cell SET day = '2099-01-01' WHERE " + ONE_CELL, "tanggal '2099-01-01' di luar"),
        ("UPDATE cell SET day = '2024-04-16,2024-04-17' WHERE " + ONE_CELL, "di luar rentang"),
        ("UPDATE cell SET nip = '123' WHERE nip = (SELECT min(nip) FROM cell)", "NIP '123' tidak ada"),
        ("UPDATE cell SET status = X'FF00' WHERE nip = (SELECT min(nip) FROM cell)", "tidak dikenal"),
        ("UPDATE cell SET day = 20240416 WHERE " + ONE_CELL, "tanggal harus berupa teks|di luar rentang"),
        (  # the same day stored again as a blob: the fast read would let the blob's status win
            "INSERT INTO cell SELECT nip, CAST(day AS BLOB), 'WFO' FROM cell WHERE " + ONE_CELL,
            "tanggal harus berupa teks|di luar rentang",
        ),
    ],
)
def test_a_bad_cell_is_named_though_cells_are_read_a_person_at_a_time(tmp_path: Path, change: str, named: str) -> None:
    path = tmp_path / "a.jadwal"
    PlanFile.create(path, demo())
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(change)
    with pytest.raises(PlanFileError, match=named) as raised:
        PlanFile.open(path)
    assert raised.value.code is PlanFileProblem.BAD_CONTENT


def test_a_large_plan_keeps_every_cell_and_its_order_of_rows(tmp_path: Path) -> None:
    plan = demo()
    statuses = [None, *Status]
    for row, member in enumerate(plan.roster.staff):
        for column, day in enumerate(plan.days):
            plan.apply(plan.edits_to([(member.nip, day)], statuses[(row * 7 + column * 3) % len(statuses)]))
    PlanFile.create(tmp_path / "a.jadwal", plan)
    with closing(sqlite3.connect(tmp_path / "a.jadwal")) as db:
        stored = db.execute("SELECT count(*), count(DISTINCT nip) FROM cell").fetchone()
        journal = db.execute("PRAGMA journal_mode").fetchone()[0]
    same_plan(plan, PlanFile.open(tmp_path / "a.jadwal")[1])
    assert stored == (sum(len(row) - row.count(0) for row in plan.rows()), len(plan.roster.staff))
    assert journal == "delete"  # the new file's pragmas are not kept: saves into it keep their journal
