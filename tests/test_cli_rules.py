"""The circulars as the law reads them, through ``validate --json`` (issue 12's hand-computed cases)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from planner.domain.category import Category
from planner.domain.circular import UNIT_SCOPE
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from tests.cli import planner
from tests.factories import make_plan, make_roster, set_statuses

ADM = Category.ADMINISTRASI
WFH, WFA, WFO, CT = Status.WFH, Status.WFA, Status.WFO, Status.CT


def validate(path: Path, *extra: str | Path) -> tuple[int, dict[str, Any]]:
    result = planner("validate", path, "--json", *extra)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def saved(tmp_path: Path, name: str, plan: Plan) -> Path:
    path = tmp_path / name
    PlanFile.create(path, plan)
    return path


def rules_of(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(v["severity"], v["rule"], v["date"]) for v in report["violations"]]


APR_16 = dt.date(2024, 4, 16)


def kepala_biro_at_home(policy: AgencyPolicy | None = None) -> Plan:
    """SE 1/2024: a Kepala Biro alone in the parent unit works from home; 2 of the agency's 4 are home."""
    roster = make_roster([("Biro Umum", ADM, 1), ("Bagian TU", ADM, 3)], parents={"Bagian TU": "Biro Umum"})
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_16, policy=policy)
    set_statuses(plan, APR_16, [WFH, WFH, WFO, WFO])
    return plan


def test_a_one_person_unit_may_work_from_home_while_the_agency_keeps_50_percent(tmp_path: Path) -> None:
    code, report = validate(saved(tmp_path, "biro.jadwal", kepala_biro_at_home()))
    assert code == 0
    assert (report["errors"], report["warnings"], report["violations"]) == (0, 0, [])


def test_the_same_under_the_plans_per_unit_policy_has_the_policys_severity(tmp_path: Path) -> None:
    policy = AgencyPolicy(quota_scope=UNIT_SCOPE, quota_scope_severity=Severity.WARNING)
    code, report = validate(saved(tmp_path, "biro.jadwal", kepala_biro_at_home(policy)))
    assert code == 0
    [violation] = report["violations"]
    assert (violation["severity"], violation["rule"], violation["unit"], violation["scope"]) == (
        "warning",
        "remote_max",
        "Biro Umum",
        "unit",
    )
    assert (violation["count"], violation["headcount"], violation["limit"]) == (1, 1, 0)
    assert violation["source"].startswith("Kebijakan instansi")

    strict = AgencyPolicy(quota_scope=UNIT_SCOPE, quota_scope_severity=Severity.ERROR)
    code, report = validate(saved(tmp_path, "ketat.jadwal", kepala_biro_at_home(strict)))
    assert (code, report["errors"]) == (1, 1)


def test_se_17_2023_two_on_leave_and_two_at_home_leave_nobody_in_the_office(tmp_path: Path) -> None:
    day = dt.date(2023, 8, 28)
    plan = make_plan(make_roster([("Bagian", ADM, 4)]), "menpanrb-17-2023", day, day)
    set_statuses(plan, day, [CT, CT, WFH, WFH])
    code, report = validate(saved(tmp_path, "ktt.jadwal", plan))
    assert code == 1
    [violation] = report["violations"]
    assert (violation["rule"], violation["count"], violation["headcount"], violation["limit"]) == (
        "office_min",
        0,
        4,
        2,
    )
    assert violation["message"] == "0 dari 4 pegawai WFO = 0 % < minimal 50 % (min. 2)"
    assert violation["source"] == "Surat Edaran Menteri PANRB Nomor 17 Tahun 2023, Lampiran"


def test_kemenag_12_2025_a_blank_friday_cell_is_not_yet_planned_not_an_error(tmp_path: Path) -> None:
    friday = dt.date(2025, 4, 11)
    plan = make_plan(make_roster([("Subbag TU", ADM, 3)]), "kemenag-12-2025", friday, friday)
    set_statuses(plan, friday, [WFH, WFH, None])
    code, report = validate(saved(tmp_path, "jumat.jadwal", plan))
    assert code == 0
    [violation] = report["violations"]
    assert (violation["severity"], violation["rule"], violation["count"]) == ("warning", "unplanned", 1)
    assert "1 dari 3 pegawai belum direncanakan" in violation["message"]

    set_statuses(plan, friday, [WFO], start=2)  # writing WFO there is a change: office at most 0 %
    code, report = validate(saved(tmp_path, "jumat-wfo.jadwal", plan))
    assert (code, [v["rule"] for v in report["violations"]]) == (1, ["office_max"])


def test_menpanrb_2_2025_follows_its_amendment_on_8_april(tmp_path: Path) -> None:
    day = dt.date(2025, 4, 8)
    plan = make_plan(make_roster([("Bagian", ADM, 2)]), "menpanrb-2-2025", day, day)
    set_statuses(plan, day, [WFA])
    code, report = validate(saved(tmp_path, "lebaran.jadwal", plan))
    assert (code, report["errors"], report["warnings"]) == (0, 0, 0)
    assert report["amended_by"] == ["menpanrb-3-2025"]
    assert report["notes"] == ["menpanrb-2-2025 diubah oleh menpanrb-3-2025: ditambah masa berlaku 8 April 2025"]


def permen_plans(tmp_path: Path) -> tuple[Path, Path]:
    """Remote Monday 28 and Tuesday 29 April in an April plan, Friday 2 May in a May plan (1 May is a holiday)."""
    roster = make_roster([("Bagian", ADM, 2)])
    april = make_plan(roster, "permenpanrb-4-2025", dt.date(2025, 4, 21), dt.date(2025, 4, 30))
    set_statuses(april, dt.date(2025, 4, 28), [WFH])
    set_statuses(april, dt.date(2025, 4, 29), [WFA])
    may = make_plan(roster, "permenpanrb-4-2025", dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    set_statuses(may, dt.date(2025, 5, 2), [WFH])
    return saved(tmp_path, "april.jadwal", april), saved(tmp_path, "mei.jadwal", may)


def test_permen_4_2025_a_week_split_over_two_plans_is_unknown_alone_and_caught_with_context(tmp_path: Path) -> None:
    april, may = permen_plans(tmp_path)

    for plan, other, day in ((april, may, "2025-04-28"), (may, april, "2025-05-02")):
        code, report = validate(plan)
        assert code == 0
        assert rules_of(report) == [("warning", "weekly_unknown", day)], "never reported as fine"
        assert report["violations"][0]["message"].endswith("berikan rencana sebelah (--context) untuk memeriksanya")

        code, report = validate(plan, "--context", other)
        assert code == 1
        [violation] = report["violations"]
        assert (violation["rule"], violation["count"], violation["limit"]) == ("weekly_remote_max", 3, 2)


def test_an_unusual_pppk_digit_14_is_a_warning_in_validate(tmp_path: Path) -> None:
    import dataclasses

    from planner.domain.nip import Nip
    from planner.domain.roster import Roster

    roster = make_roster([("Bagian", ADM, 2)])
    staff = list(roster.staff)
    staff[1] = dataclasses.replace(staff[1], nip=Nip("199005152022271001"))
    plan = make_plan(Roster(roster.units.values(), staff), "menpanrb-1-2024", APR_16, APR_16)
    result = planner("validate", saved(tmp_path, "pppk.jadwal", plan), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["warnings"] == 1
    assert report["staff_notices"] == [
        "Pegawai 2 (NI PPPK 19900515 202227 1 001): digit ke-14 biasanya 1; periksa kembali nomor ini"
    ]


def test_an_older_plans_quota_level_becomes_agency_policy_at_error_severity(tmp_path: Path) -> None:
    import sqlite3

    path = saved(tmp_path, "lama.jadwal", kepala_biro_at_home())
    with sqlite3.connect(path) as db:  # as a planner before quota scopes wrote it: no "quota_scope" key
        (policy,) = db.execute("SELECT value FROM plan WHERE key = 'policy'").fetchone()
        old = {key: value for key, value in json.loads(policy).items() if not key.startswith("quota_scope")}
        db.execute("UPDATE plan SET value = ? WHERE key = 'policy'", (json.dumps(old),))
    db.close()

    result = planner("validate", path, "--json")
    assert result.returncode == 1, "nothing is loosened silently: the one-person unit is still an error"
    report = json.loads(result.stdout)
    [violation] = report["violations"]
    assert (violation["severity"], violation["unit"], violation["scope"]) == ("error", "Biro Umum", "unit")
    assert report["notes"] == [
        'pengaturan lama "kuota dihitung per" (setiap unit terkecil) kini menjadi kebijakan instansi dengan '
        "tingkat kesalahan; surat edaran sendiri menghitung kuotanya per seluruh instansi"
    ]
    assert "kebijakan instansi" in result.stderr
