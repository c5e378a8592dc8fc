"""Sign-offs in the plan file: recorded, read back whole, kept through saves, and older files upgraded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.domain.fingerprint import SignOff, content_of, differences, fingerprint, plan_fingerprint
from planner.domain.plan import Plan
from planner.domain.roster import Roster
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.resources import demo_folder
from planner.storage import plan_file
from planner.storage.plan_file import (
    PlanFile,
    PlanFileError,
    copy_signoffs,
    last_signoff,
    read_signoffs,
    record_signoff,
)

SIGNED_AT = dt.datetime(2024, 4, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def signoff_of(plan: Plan, *, signer: str = "Dr. H. Ahmad Fauzan Hakim", at: dt.datetime = SIGNED_AT) -> SignOff:
    content = content_of(plan)
    return SignOff(
        signed_at=at,
        signer=signer,
        title="Sekretaris Daerah",
        certificate="Dr. H. Ahmad Fauzan Hakim; penerbit Setda NTB; sertifikat internal",
        bsre=False,
        document_id="3F9A-1C2E",
        fingerprint=fingerprint(content),
        content=content,
    )


def version_of(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        return version


def test_a_signoff_reads_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "rencana.jadwal"
    plan = demo_plan(demo_folder())
    plan.days_added[dt.date(2024, 4, 19)] = "HUT Kota"
    PlanFile.create(path, plan)
    signoff = signoff_of(plan)

    record_signoff(path, signoff)

    assert read_signoffs(path) == [signoff]
    assert last_signoff(path) == signoff
    assert fingerprint(read_signoffs(path)[0].content) == plan_fingerprint(plan)


def test_signoffs_are_listed_oldest_first_and_survive_saves_of_every_kind(tmp_path: Path) -> None:
    path = tmp_path / "rencana.jadwal"
    plan = demo_plan(demo_folder())
    file = PlanFile.create(path, plan)
    first = signoff_of(plan)
    record_signoff(path, first)
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 17))], Status.CT))
    file.save(plan)  # cells only
    second = signoff_of(plan, at=SIGNED_AT + dt.timedelta(days=1))
    record_signoff(path, second)
    renamed = plan.rebuilt(name="Nama baru")
    file.save(renamed)  # everything rewritten

    assert read_signoffs(path) == [first, second]
    assert PlanFile.open(path)[1].name == "Nama baru"


def test_the_difference_since_the_signoff_lists_the_edit(tmp_path: Path) -> None:
    path = tmp_path / "rencana.jadwal"
    plan = demo_plan(demo_folder())
    file = PlanFile.create(path, plan)
    record_signoff(path, signoff_of(plan))
    member = plan.roster.staff[5]
    plan.apply(plan.edits_to([(member.nip, dt.date(2024, 4, 16))], Status.S))
    staff = [dataclasses.replace(m, name="Nama Diganti") if m is plan.roster.staff[6] else m for m in plan.roster.staff]
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), staff))
    file.save(plan)

    signed = last_signoff(path)
    assert signed is not None
    found = differences(signed.content, content_of(PlanFile.open(path)[1]))

    assert [(c.nip, c.day, c.new) for c in found.cells] == [(member.nip, dt.date(2024, 4, 16), Status.S)]
    assert [(c.after.name, c.fields) for c in found.staff_changed] == [("Nama Diganti", ("name",))]


def test_a_file_of_schema_2_has_no_signoffs_and_is_upgraded_by_the_first(tmp_path: Path) -> None:
    path = tmp_path / "lama.jadwal"
    plan = demo_plan(demo_folder())
    PlanFile.create(path, plan)
    with closing(sqlite3.connect(path)) as db:  # what the planner wrote before sign-offs
        db.execute("DROP TABLE signoff")
        db.execute("PRAGMA user_version = 2")

    assert read_signoffs(path) == []
    assert last_signoff(path) is None
    record_signoff(path, signoff_of(plan))

    assert version_of(path) == plan_file.SCHEMA_VERSION == 3
    assert len(read_signoffs(path)) == 1
    assert PlanFile.open(path)[1].roster.staff == plan.roster.staff


def test_a_file_of_schema_2_is_upgraded_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "lama.jadwal"
    plan = demo_plan(demo_folder())
    PlanFile.create(path, plan)
    with closing(sqlite3.connect(path)) as db:
        db.execute("DROP TABLE signoff")
        db.execute("PRAGMA user_version = 2")
    file, opened = PlanFile.open(path)
    opened.apply(opened.edits_to([(opened.roster.staff[0].nip, dt.date(2024, 4, 17))], Status.CT))

    file.save(opened)

    assert version_of(path) == 3
    assert read_signoffs(path) == []


def test_save_as_carries_the_signoffs_when_copied(tmp_path: Path) -> None:
    source, target = tmp_path / "a.jadwal", tmp_path / "b.jadwal"
    plan = demo_plan(demo_folder())
    PlanFile.create(source, plan)
    record_signoff(source, signoff_of(plan))
    PlanFile.create(target, plan)

    assert copy_signoffs(source, target) == 1
    assert read_signoffs(target) == read_signoffs(source)


def test_bad_files_are_refused_with_a_message(tmp_path: Path) -> None:
    plan = demo_plan(demo_folder())
    text = tmp_path / "catatan.jadwal"
    text.write_text("bukan rencana", encoding="utf-8")
    newer = tmp_path / "baru.jadwal"
    PlanFile.create(newer, plan)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("PRAGMA user_version = 99")

    with pytest.raises(PlanFileError, match="bukan berkas rencana"):
        record_signoff(text, signoff_of(plan))
    with pytest.raises(PlanFileError, match="versi Jadwal Kerja ASN yang lebih baru"):
        record_signoff(newer, signoff_of(plan))
    with pytest.raises(PlanFileError, match="versi Jadwal Kerja ASN yang lebih baru"):
        read_signoffs(newer)
    with pytest.raises(PlanFileError, match="tidak ditemukan"):
        read_signoffs(tmp_path / "tidak-ada.jadwal")
    assert text.read_text(encoding="utf-8") == "bukan rencana"
