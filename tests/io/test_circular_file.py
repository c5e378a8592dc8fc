"""Circular files: the shipped six, the schema's checks, the user's folder."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from planner.domain.category import Category
from planner.domain.circular import DateRange, QuotaScope, RuleKind, ScopeKind, percent_ceil, percent_floor
from planner.domain.errors import PlannerError
from planner.domain.status import Status
from planner.io.circular_file import (
    CircularFileError,
    circular_to_json,
    load_catalog,
    parse_circular,
    read_circular,
    write_circular,
)
from planner.resources import builtin_circulars
from tests.factories import builtin_catalog

SHIPPED = {
    "menpanrb-17-2023",
    "sekda-dki-34-2023",
    "menpanrb-1-2024",
    "gubernur-ntb-32-2024",
    "menpanrb-2-2026",
    "permenpanrb-4-2025",
    # DOMAIN §3c
    "menpanrb-2-2025",
    "menpanrb-3-2025",
    "menpanrb-67-2020",
    "kemenag-21-2023",
    "kemenag-12-2025",
    "kemenag-16-2025",
    "jabar-150-2025",
    "bkd-dki-e0021-2025",
}


def test_the_fourteen_circulars_ship_and_load_without_problems() -> None:
    catalog = builtin_catalog()
    assert catalog.problems == ()
    assert set(catalog.circulars) == SHIPPED
    for circular in catalog.circulars.values():
        for text in (circular.issuer, circular.number, circular.title, circular.source):
            assert text, circular.id
        assert circular.obligations, circular.id
        assert all(period.rules for period in circular.periods)


def test_menpanrb_17_2023_holds_the_ktt_asean_dates_and_quota() -> None:
    circular = builtin_catalog().get("menpanrb-17-2023")
    [period] = circular.periods
    assert period.ranges == (DateRange(dt.date(2023, 8, 28), dt.date(2023, 9, 7)),)
    assert circular.signed == dt.date(2023, 8, 16)
    assert period.rules[Category.ADMINISTRASI].value == 50
    assert period.rules[Category.PELAYANAN_PUBLIK].kind is RuleKind.OFFICE_ALL
    assert Category.DUKUNGAN_OPERASIONAL not in period.rules
    assert period.remote_statuses == {Status.WFH}


def test_sekda_dki_34_2023_lets_the_shorter_period_win() -> None:
    circular = builtin_catalog().get("sekda-dki-34-2023")
    for day, percent in [
        (dt.date(2023, 8, 21), 50),
        (dt.date(2023, 9, 3), 50),
        (dt.date(2023, 9, 4), 75),
        (dt.date(2023, 9, 7), 75),
        (dt.date(2023, 9, 8), 50),
        (dt.date(2023, 10, 21), 50),
    ]:
        period = circular.period_on(day)
        assert period is not None
        assert period.rules[Category.ADMINISTRASI].value == percent, day
    assert circular.period_on(dt.date(2023, 10, 22)) is None


def test_menpanrb_2_2026_has_two_separate_ranges_and_no_quota() -> None:
    circular = builtin_catalog().get("menpanrb-2-2026")
    [period] = circular.periods
    assert len(period.ranges) == 2
    assert circular.period_on(dt.date(2026, 3, 17)) is period
    assert circular.period_on(dt.date(2026, 3, 20)) is None
    assert circular.period_on(dt.date(2026, 3, 27)) is period
    assert period.rules[Category.ADMINISTRASI].kind is RuleKind.NO_QUOTA
    assert period.remote_statuses == {Status.WFH, Status.WFA}


def test_permenpanrb_4_2025_caps_remote_days_per_week_without_an_end_date() -> None:
    circular = builtin_catalog().get("permenpanrb-4-2025")
    assert circular.period_on(dt.date(2025, 4, 20)) is None
    period = circular.period_on(dt.date(2031, 1, 6))
    assert period is not None
    rule = period.rules[Category.ADMINISTRASI]
    assert (rule.kind, rule.value) == (RuleKind.WEEKLY_REMOTE_MAX, 2)
    assert circular.name == "Peraturan Menteri PANRB Nomor 4 Tahun 2025"


@pytest.mark.parametrize(
    ("percent", "headcount", "most", "least"),
    [(50, 5, 2, 3), (50, 4, 2, 2), (75, 4, 3, 3), (40, 7, 2, 3), (30, 1, 0, 1), (100, 3, 3, 3), (0, 9, 0, 0)],
)
def test_percentages_round_down_for_at_most_and_up_for_at_least(
    percent: int, headcount: int, most: int, least: int
) -> None:
    assert percent_floor(percent, headcount) == most
    assert percent_ceil(percent, headcount) == least


@pytest.mark.parametrize("circular_id", sorted(SHIPPED))
def test_every_shipped_circular_round_trips_through_json(circular_id: str) -> None:
    original = parse_circular(
        json.loads((builtin_circulars() / f"{circular_id}.json").read_text(encoding="utf-8")), "x.json"
    )
    circular = builtin_catalog().get(circular_id)  # with any amendment applied; its periods are not written
    assert parse_circular(json.loads(json.dumps(circular_to_json(circular))), "x.json") == original


# ---- the schema's checks -----------------------------------------------------------------


def _valid() -> dict[str, Any]:
    return json.loads((builtin_circulars() / "menpanrb-1-2024.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _problems(data: object) -> list[str]:
    with pytest.raises(CircularFileError) as caught:
        parse_circular(data, "se-saya.json")
    return caught.value.problems


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("title"), "se-saya.json: title: wajib diisi"),
        (lambda d: d.update(year="2024"), "se-saya.json: year: '2024' harus bilangan bulat"),
        (lambda d: d.update(periods=[]), "se-saya.json: periods: harus daftar"),
        (
            lambda d: d["periods"][0]["ranges"][0].update(to="2024-04-10"),
            "periods[0].ranges[0].to: 2024-04-10 lebih awal",
        ),
        (
            lambda d: d["periods"][0]["ranges"][0].update({"from": "16-04-2024"}),
            "periods[0].ranges[0].from: '16-04-2024' bukan tanggal",
        ),
        (
            lambda d: d["periods"][0]["rules"]["administrasi"].update(value=150),
            "periods[0].rules.administrasi.value: 150 harus bilangan bulat 0–100",
        ),
        (
            lambda d: d["periods"][0]["rules"]["administrasi"].update(kind="wfh_max"),
            "periods[0].rules.administrasi.kind: 'wfh_max' tidak dikenal",
        ),
        (
            lambda d: d["periods"][0]["rules"].update(keuangan={"kind": "no_quota"}),
            "periods[0].rules.keuangan: kategori 'keuangan' tidak dikenal",
        ),
        (
            lambda d: d["periods"][0]["rules"]["administrasi"].pop("value"),
            "periods[0].rules.administrasi.value: None harus bilangan bulat",
        ),
        (
            lambda d: d["periods"][0].update(remote_statuses=["CT"]),
            "periods[0].remote_statuses: 'CT' bukan status jarak jauh",
        ),
        (lambda d: d.update(id="SE 1/2024"), "se-saya.json: id: hanya huruf, angka dan tanda hubung"),
    ],
)
def test_a_wrong_field_is_named_with_the_file(change: Any, expected: str) -> None:
    data = copy.deepcopy(_valid())
    change(data)
    assert any(expected in problem for problem in _problems(data)), _problems(data)


def test_every_problem_is_reported_at_once() -> None:
    data = _valid()
    data.pop("title")
    data["periods"][0]["rules"]["administrasi"]["value"] = -1
    assert len(_problems(data)) == 2


def test_a_file_from_another_program_or_a_newer_planner_is_refused_plainly() -> None:
    assert "ini bukan berkas surat edaran" in _problems({"hello": 1})[0]
    assert "versi aplikasi yang lebih baru" in _problems({**_valid(), "version": 99})[0]
    assert "objek JSON" in _problems([1, 2])[0]


def test_broken_json_names_the_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rusak.json"
    path.write_text('{\n  "id": "rusak",\n  "title": \n}', encoding="utf-8")
    with pytest.raises(CircularFileError, match=r"rusak\.json: baris 4, kolom 1: JSON tidak sah"):
        read_circular(path)


def test_the_file_name_must_match_the_id(tmp_path: Path) -> None:
    path = tmp_path / "lain.json"
    path.write_text(json.dumps(_valid()), encoding="utf-8")
    with pytest.raises(CircularFileError, match="harus sama dengan nama berkas"):
        read_circular(path)


# ---- the user's folder -------------------------------------------------------------------


def test_user_circulars_load_beside_the_builtin_ones_and_broken_ones_are_skipped(tmp_path: Path) -> None:
    own = builtin_catalog().get("menpanrb-1-2024")
    copy_of = parse_circular({**circular_to_json(own), "id": "instansi-2024", "number": "800/12"}, "x")
    write_circular(copy_of, tmp_path)
    (tmp_path / "rusak.json").write_text("{", encoding="utf-8")
    (tmp_path / "menpanrb-1-2024.json").write_text(json.dumps(_valid()), encoding="utf-8")

    catalog = load_catalog(builtin_circulars(), tmp_path)

    assert catalog.get("instansi-2024") == copy_of
    assert catalog.user_ids == {"instansi-2024"}
    assert set(catalog.circulars) == SHIPPED | {"instansi-2024"}
    assert len(catalog.problems) == 2
    assert any(problem.startswith("rusak.json: baris 1") for problem in catalog.problems)
    assert any("sudah dipakai surat edaran bawaan" in problem for problem in catalog.problems)


def test_an_unknown_id_lists_the_known_ones() -> None:
    with pytest.raises(PlannerError, match="menpanrb-1-2024"):
        builtin_catalog().get("tidak-ada")


# ---- schema v2: scope, several rules, weekdays, amendments, remote statuses -----------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["periods"][0].update(weekdays=[5, 8]), "periods[0].weekdays[1]: 8 harus bilangan bulat 1–7"),
        (lambda d: d.update(quota_scope="kecamatan"), "se-saya.json: quota_scope: 'kecamatan' bukan cakupan kuota"),
        (
            lambda d: d["periods"][0]["rules"]["administrasi"].update(scope="level:0"),
            "periods[0].rules.administrasi.scope: 'level:0' bukan cakupan kuota",
        ),
        (lambda d: d.update(amends=7), "se-saya.json: amends: harus id surat edaran"),
        (
            lambda d: d["periods"][0]["rules"].update(
                administrasi=[{"kind": "remote_max", "value": 50}, {"kind": "x"}]
            ),
            "periods[0].rules.administrasi[1].kind: 'x' tidak dikenal",
        ),
    ],
)
def test_a_wrong_v2_field_is_named_with_the_file(change: Any, expected: str) -> None:
    data = copy.deepcopy(_valid())
    change(data)
    assert any(expected in problem for problem in _problems(data)), _problems(data)


def test_several_rules_weekdays_and_an_open_end_are_read() -> None:
    data = copy.deepcopy(_valid())
    data["periods"][0].update(ranges=[{"from": "2025-03-14", "to": None}], weekdays=[5])
    data["periods"][0]["rules"]["administrasi"] = [
        {"kind": "remote_max", "value": 50, "scope": "unit"},
        {"kind": "office_min", "value": 50},
    ]
    circular = parse_circular(data, "x.json")
    [period] = circular.periods
    assert [rule.kind for rule in period.rules_for(Category.ADMINISTRASI)] == [RuleKind.REMOTE_MAX, RuleKind.OFFICE_MIN]
    assert period.rules_for(Category.ADMINISTRASI)[0].scope == QuotaScope(ScopeKind.UNIT)
    assert circular.period_on(dt.date(2025, 3, 21)) is period  # a Friday, a year after
    assert circular.period_on(dt.date(2026, 3, 20)) is period
    assert circular.period_on(dt.date(2025, 3, 20)) is None  # a Thursday
    assert parse_circular(json.loads(json.dumps(circular_to_json(circular))), "x.json") == circular


def test_remote_statuses_left_out_mean_wfh_in_v2_and_keep_wfh_wfa_in_a_users_v1_file() -> None:
    data = copy.deepcopy(_valid())
    data["periods"][0].pop("remote_statuses")
    v2 = parse_circular(data, "x.json")
    assert v2.periods[0].remote_statuses == {Status.WFH}
    assert not v2.legacy_remote
    v1 = parse_circular({**data, "version": 1}, "x.json")
    assert v1.periods[0].remote_statuses == {Status.WFH, Status.WFA}
    assert v1.legacy_remote
    again = parse_circular(json.loads(json.dumps(circular_to_json(v1))), "x.json")  # saved: written out, as meant
    assert (again.periods[0].remote_statuses, again.legacy_remote) == (frozenset({Status.WFH, Status.WFA}), False)


def _write(folder: Path, circular_id: str, amends: str | None) -> None:
    data = {**copy.deepcopy(_valid()), "id": circular_id, "amends": amends}
    (folder / f"{circular_id}.json").write_text(json.dumps(data), encoding="utf-8")


def test_an_amendment_of_an_unknown_id_or_in_a_loop_is_refused_and_the_rest_loads(tmp_path: Path) -> None:
    _write(tmp_path, "ubah-hilang", "tidak-ada")
    _write(tmp_path, "lingkar-a", "lingkar-b")
    _write(tmp_path, "lingkar-b", "lingkar-a")
    _write(tmp_path, "ubah-baik", "menpanrb-1-2024")
    catalog = load_catalog(builtin_circulars(), tmp_path)
    assert any(
        "ubah-hilang.json: amends: surat edaran 'tidak-ada' yang diubah tidak dikenal" in p for p in catalog.problems
    )
    assert any("lingkar-a.json: amends: perubahan membentuk lingkaran" in p for p in catalog.problems)
    assert {"ubah-hilang", "lingkar-a"}.isdisjoint(catalog.circulars)
    assert "menpanrb-17-2023" in catalog.circulars
    amended = catalog.get("menpanrb-1-2024")
    assert amended.amended_by == ("ubah-baik",)
    assert [period.amended_by for period in amended.periods] == [None, "ubah-baik"]


def test_circulars_json_shows_scope_amendments_and_recurring_days() -> None:
    from tests.cli import planner

    result = planner("circulars", "--json")
    assert result.returncode == 0, result.stderr
    documents = {document["id"]: document for document in json.loads(result.stdout)}
    assert documents["sekda-dki-34-2023"]["quota_scope"] == "unit"
    assert documents["menpanrb-1-2024"]["quota_scope"] == "agency"
    assert documents["jabar-150-2025"]["quota_scope"] == "department"
    assert documents["jabar-150-2025"]["periods"][0]["weekdays"] == [4]
    assert documents["kemenag-12-2025"]["periods"][0]["ranges"] == [{"from": "2025-03-14", "to": None}]
    assert documents["menpanrb-2-2025"]["amended_by"] == ["menpanrb-3-2025"]
    assert documents["menpanrb-3-2025"]["amends"] == "menpanrb-2-2025"
    assert documents["menpanrb-2-2025"]["amendment_periods"][0]["dates"] == "8 April 2025"
