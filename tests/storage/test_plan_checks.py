"""A plan file's values are checked on reading: wrong types and absurd ranges refused by name, bad NIPs flagged."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import run
from planner.io.circular_file import load_catalog
from planner.io.demo import demo_plan
from planner.paths import AppPaths
from planner.resources import builtin_circulars, demo_folder
from planner.storage.plan_file import PlanFile, PlanFileError, PlanFileProblem


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = demo_plan(demo_folder())
    path = tmp_path_factory.mktemp("seed") / "demo.jadwal"
    PlanFile.create(path, plan, load_catalog(builtin_circulars(), None).get(plan.circular_id))
    return path


def with_value(seed: Path, target: Path, key: str, text: object) -> Path:
    shutil.copyfile(seed, target)
    with closing(sqlite3.connect(target)) as db, db:
        db.execute("INSERT OR REPLACE INTO plan (key, value) VALUES (?, ?)", (key, text))
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("profile", 5, "profile: harus berupa objek"),
        ("profile", ["a"], "profile: harus berupa objek"),
        ("profile", {"letterhead": "SATU BARIS"}, "profile.letterhead: harus berupa daftar"),
        ("profile", {"signatory": ["x"]}, "profile.signatory: harus berupa objek"),
        ("profile", {"signatory": {"name": 7}}, "profile.signatory.name: harus berupa teks"),
        ("policy", [], "policy: harus berupa objek"),
        ("policy", {"remote_cap_percent": "40"}, "policy.remote_cap_percent"),
        ("policy", {"remote_cap_percent": 140}, "policy.remote_cap_percent"),
        ("policy", {"remote_cap_severity": "fatal"}, "policy.remote_cap_severity"),
        ("policy", {"exclusive_pairs": [["1", "2", "3"]]}, "policy.exclusive_pairs[0]"),
        ("quota_level", "unit", "quota_level"),
        ("quota_level", True, "quota_level"),
        ("quota_level", 1e300, "quota_level"),
        ("name", {"a": 1}, "name: harus berupa teks"),
        ("first", "0001-01-01", "tanggal awal 0001-01-01 di luar tahun"),
        ("last", "9999-12-31", "tanggal akhir 9999-12-31 di luar tahun"),
        ("last", "2035-04-26", "lebih panjang dari 3.660 hari"),
        ("first", 20240415, "first: harus berupa teks, bukan angka"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused_with_its_field_named(
    seed: Path, tmp_path: Path, key: str, value: object, named: str
) -> None:
    path = with_value(seed, tmp_path / "rusak.jadwal", key, json.dumps(value))
    before = digest(path)
    with pytest.raises(PlanFileError, match=r"rusak\.jadwal") as caught:
        PlanFile.open(path)
    assert named in str(caught.value)
    assert caught.value.code is PlanFileProblem.BAD_CONTENT
    assert digest(path) == before


def test_a_deeply_nested_value_is_refused_in_a_moment(seed: Path, tmp_path: Path) -> None:
    path = with_value(seed, tmp_path / "dalam.jadwal", "policy", "[" * 200_000 + "]" * 200_000)
    with pytest.raises(PlanFileError, match="bersarang"):
        PlanFile.open(path)


def test_a_nested_or_damaged_circular_copy_is_ignored_and_the_plan_opens(seed: Path, tmp_path: Path) -> None:
    for index, text in enumerate(['{"a":' * 100_000 + "1" + "}" * 100_000, "[1,", json.dumps({"periods": 5})]):
        path = with_value(seed, tmp_path / f"salinan{index}.jadwal", "circular_copy", text)
        file, plan = PlanFile.open(path)
        assert file.circular_copy is None
        assert len(plan.roster.staff) == 38


def test_control_characters_in_names_are_removed_on_reading(seed: Path, tmp_path: Path) -> None:
    path = tmp_path / "kendali.jadwal"
    shutil.copyfile(seed, path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE staff SET name = ? WHERE position = 0", ("Ani\x00\x07 Su\x1bsanti\nS.E.",))
        profile = json.loads(db.execute("SELECT value FROM plan WHERE key = 'profile'").fetchone()[0])
        profile["letterhead"] = ["PEMERINTAH\x0c KOTA"]
        profile["signatory"]["name"] = "Budi\x1b"
        db.execute("UPDATE plan SET value = ? WHERE key = 'profile'", (json.dumps(profile),))
    _, plan = PlanFile.open(path)
    assert plan.roster.staff[0].name == "Ani Susanti S.E."
    assert plan.profile.letterhead == ("PEMERINTAH KOTA",)
    assert plan.profile.signatory.name == "Budi"


def test_invalid_nips_open_flagged_with_their_rows(seed: Path, tmp_path: Path) -> None:
    path = tmp_path / "nip.jadwal"
    shutil.copyfile(seed, path)
    with closing(sqlite3.connect(path)) as db, db:
        for position, nip in ((1, "123"), (4, "19800101200501 1 000")):
            old = db.execute("SELECT nip FROM staff WHERE position = ?", (position,)).fetchone()[0]
            db.execute("UPDATE cell SET nip = ? WHERE nip = ?", (nip, old))
            db.execute("UPDATE staff SET nip = ? WHERE position = ?", (nip, position))
    file, plan = PlanFile.open(path)
    assert [(flagged.row, flagged.nip) for flagged in file.invalid_nips] == [(2, "123"), (5, "19800101200501 1 000")]
    assert "18 digit" in file.invalid_nips[0].explain()
    err = io.StringIO()
    code = run(["validate", str(path)], AppPaths(tmp_path / "d", tmp_path / "c"), io.StringIO(), err)
    assert code in (0, 1)
    assert f"pegawai baris 2 ({plan.roster.staff[1].name}): NIP '123' tidak sah" in err.getvalue()


def test_an_empty_or_missing_nip_is_refused_with_its_row(seed: Path, tmp_path: Path) -> None:
    path = tmp_path / "kosong.jadwal"
    shutil.copyfile(seed, path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("DELETE FROM cell WHERE nip = (SELECT nip FROM staff WHERE position = 3)")
        db.execute("UPDATE staff SET nip = ' ' WHERE position = 3")
    with pytest.raises(PlanFileError, match="pegawai baris 4: NIP harus berupa teks yang terisi"):
        PlanFile.open(path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_replacing_a_private_plan_keeps_it_private(tmp_path: Path) -> None:
    path = tmp_path / "pribadi.jadwal"
    plan = demo_plan(demo_folder())
    PlanFile.create(path, plan)
    path.chmod(0o600)
    PlanFile.create(path, plan)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o640)
    document, _ = PlanFile.open(path)
    plan.name = "Berganti"  # a change of shape: the whole plan is rewritten
    document.save(plan)
    PlanFile.create(path, plan)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.access(path, os.R_OK)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
KNOWN_SHAPES = st.fixed_dictionaries(
    {},
    optional={
        "letterhead": JSON,
        "signatory": JSON,
        "acknowledger": JSON,
        "city": JSON,
        "remote_cap_percent": JSON,
        "remote_cap_severity": JSON,
        "min_office_per_unit": JSON,
        "exclusive_pairs": JSON,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.sampled_from(["profile", "policy", "quota_level", "name", "first", "circular"]), value=JSON | KNOWN_SHAPES
)
def test_any_json_in_the_plan_table_opens_or_is_refused_cleanly(
    seed: Path, tmp_path: Path, key: str, value: Any
) -> None:
    path = with_value(seed, tmp_path / "acak.jadwal", key, json.dumps(value))
    try:
        PlanFile.open(path)
    except PlanFileError as error:
        refusal = str(error)
    else:
        refusal = "acak.jadwal: dibuka"
    assert refusal.startswith("acak.jadwal: ")
