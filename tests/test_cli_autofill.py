"""``python -m planner autofill``, run as a user runs it: in a separate process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner.domain.category import Category
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from tests.cli import planner
from tests.factories import make_plan, make_roster, set_statuses

APR_16, APR_17 = dt.date(2024, 4, 16), dt.date(2024, 4, 17)


def demo(tmp_path: Path) -> Path:
    path = tmp_path / "contoh.jadwal"
    assert planner("demo", path).returncode == 0
    return path


def statuses(path: Path, day: dt.date) -> list[Status | None]:
    _, plan = PlanFile.open(path)
    return [plan.status_of(member.nip, day) for member in plan.roster.staff]


def test_autofill_in_place_fills_the_demo_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    path = demo(tmp_path)

    result = planner("autofill", path, "--replace")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "sel diubah" in result.stdout
    assert (
        # SE 1/2024 counts over the agency's staff (DOMAIN §3a): one quota for all administrative staff.
        "Seluruh instansi · Administrasi pemerintahan: 16 dari 16 jatah kerja jarak jauh terisi (8 orang per hari × "
        "2 hari); 14 dari 16 pegawai dapat bekerja jarak jauh, masing-masing 1–2 hari." in result.stdout
    )
    assert f"Disimpan ke {path}. Seluruh rencana: 0 kesalahan, 0 peringatan." in result.stdout
    assert None not in statuses(path, APR_16), "every working day of the plan has a status"
    assert planner("validate", path).returncode == 0
    filled = path.read_bytes()

    again = planner("autofill", path)

    assert again.returncode == 0, again.stdout
    assert "0 sel diubah" in again.stdout
    assert "Tidak ada yang berubah." in again.stdout
    assert path.read_bytes() == filled


def test_output_file_needs_force_and_the_original_stays(tmp_path: Path) -> None:
    path = demo(tmp_path)
    original = path.read_bytes()
    out = tmp_path / "hasil.jadwal"
    out.write_bytes(b"lama")

    refused = planner("autofill", path, "-o", out)

    assert refused.returncode == 2
    assert "sudah ada; tidak ditimpa" in refused.stderr
    assert out.read_bytes() == b"lama"

    written = planner("autofill", path, "-o", out, "--force", "--target", "30")

    assert written.returncode == 0, written.stdout + written.stderr
    assert f"Ditulis ke {out}." in written.stdout
    assert "target 30 %" in written.stdout
    assert path.read_bytes() == original
    _, plan = PlanFile.open(out)
    remote = [s for s in statuses(out, APR_16) if s is not None and s.is_remote]
    assert 0 < len(remote) <= len(plan.roster.staff) * 30 // 100


def test_a_range_changes_only_its_days(tmp_path: Path) -> None:
    path = demo(tmp_path)
    before_18 = statuses(path, dt.date(2024, 4, 18))

    result = planner("autofill", path, "--from", "2024-04-16", "--to", "2024-04-17", "--replace")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "16 April 2024 – 17 April 2024" in result.stdout
    assert statuses(path, dt.date(2024, 4, 18)) == before_18


def test_a_rule_that_cannot_hold_exits_1_with_the_reason_and_the_rest_is_filled(tmp_path: Path) -> None:
    policy = AgencyPolicy(min_office_per_unit=2, min_office_severity=Severity.ERROR)
    roster = make_roster([("Seksi Kecil", Category.ADMINISTRASI, 2), ("Biro Hukum", Category.ADMINISTRASI, 4)])
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_17, policy=policy)
    set_statuses(plan, APR_16, [Status.WFH])
    plan.set_locked([(plan.roster.staff[0].nip, APR_16)], locked=True)
    path = tmp_path / "sulit.jadwal"
    PlanFile.create(path, plan)

    result = planner("autofill", path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Tidak dapat dipenuhi:" in result.stdout
    assert (
        "KESALAHAN  Seksi Kecil, Selasa 16 April 2024: 1 dari 2 pegawai WFO < minimal 2 orang di kantor per unit; "
        "tidak dapat dipenuhi karena 1 sel WFH terkunci.  [Kebijakan instansi]" in result.stdout
    )
    assert "Seluruh rencana: 1 kesalahan, 0 peringatan." in result.stdout
    # Biro Hukum (4 staff, 50 % = 2, but at least 2 in the office) gets 2 at home on both days.
    assert statuses(path, APR_16) == [Status.WFH, Status.WFO, Status.WFH, Status.WFH, Status.WFO, Status.WFO]
    assert statuses(path, APR_17) == [Status.WFO, Status.WFO, Status.WFO, Status.WFO, Status.WFH, Status.WFH]


def test_bad_input_exits_2_and_leaves_the_file(tmp_path: Path) -> None:
    path = demo(tmp_path)
    original = path.read_bytes()

    outside = planner("autofill", path, "--from", "2024-05-01")
    assert outside.returncode == 2
    assert "di luar rencana" in outside.stderr

    too_much = planner("autofill", path, "--target", "150")
    assert too_much.returncode == 2
    assert "antara 0 dan 100" in too_much.stderr

    not_a_date = planner("autofill", path, "--to", "17-04-2024")
    assert not_a_date.returncode == 2
    assert "bukan tanggal" in not_a_date.stderr

    missing = planner("autofill", tmp_path / "tidak-ada.jadwal")
    assert missing.returncode == 2
    assert path.read_bytes() == original
