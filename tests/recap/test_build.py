"""The recap read from plan files: each plan's own figures, the problems between plans, the combined check."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import openpyxl

from planner.domain.calendar import indonesian_calendar
from planner.domain.fingerprint import SignOff, content_of, fingerprint
from planner.domain.status import Status
from planner.domain.validation import RuleCode, Validator
from planner.recap.build import build_recap, combined_plan, missing_units
from planner.recap.model import ProblemCode
from planner.recap.wording import describe_problem
from planner.storage.plan_file import PlanFile, record_signoff
from tests.factories import builtin_catalog
from tests.recap.conftest import AGENCY, FIRST, LAST, REMOTE_DAYS, department_plan, save


def codes(recap: object) -> list[ProblemCode]:
    return [problem.code for problem in recap.problems]  # type: ignore[attr-defined]


def test_each_plans_figures_are_its_own_validators(tmp_path: Path) -> None:
    paths = [save(department_plan(n, remote=n), tmp_path / f"dinas-{n}.jadwal") for n in (1, 2, 3)]
    recap = build_recap([tmp_path], builtin_catalog())
    assert [plan.path.name for plan in recap.plans] == [path.name for path in paths]
    for index, path in enumerate(paths):
        plan = PlanFile.open(path)[1]
        validator = Validator(plan, builtin_catalog().get(plan.circular_id), indonesian_calendar(FIRST, LAST))
        summary = recap.plans[index]
        assert (summary.errors, summary.warnings) == (validator.errors, validator.warnings)
        for column, day in enumerate(plan.days):
            tally = validator.agency_tally(column)
            rows = [r for r in range(len(recap.rows)) if recap.rows.plan[r] == index and recap.rows.date[r] == day]
            assert sum(recap.rows.remote[r] for r in rows) == tally.remote
            assert sum(recap.rows.headcount[r] for r in rows) == tally.headcount
    # 3 of 4 administration staff at home is over 50 % (at most 2): an error on each of the two days.
    assert [plan.errors for plan in recap.plans] == [0, 0, 2]
    assert recap.plans[2].by_rule[0].rule == RuleCode.REMOTE_MAX.value


def test_the_cap_is_the_circulars_floor_and_public_service_may_not_work_remotely(tmp_path: Path) -> None:
    save(department_plan(1), tmp_path / "a.jadwal")
    rows = build_recap([tmp_path], builtin_catalog()).rows
    caps = {(rows.date[i], rows.unit[i]): (rows.cap[i], rows.headcount[i]) for i in range(len(rows))}
    assert caps[REMOTE_DAYS[0], "Bidang Umum"] == (2, 4)
    assert caps[REMOTE_DAYS[0], "Loket Pelayanan"] == (0, 2)
    assert caps[LAST, "Bidang Umum"] == (0, 4)  # a normal office day outside the circular's period


def test_the_combined_check_is_the_domain_validator_on_one_plan_of_all_staff(tmp_path: Path) -> None:
    plans = [department_plan(1, remote=2), department_plan(2, remote=3)]
    for number, plan in enumerate(plans, start=1):
        save(plan, tmp_path / f"dinas-{number}.jadwal")
    recap = build_recap([tmp_path], builtin_catalog())
    (check,) = recap.combined
    assert check.agency == AGENCY
    assert check.staff == 12
    assert (check.first, check.last) == (FIRST, LAST)
    combined = combined_plan(plans, ["DINAS 1", "DINAS 2"], FIRST, LAST)
    expected = Validator(combined, builtin_catalog().get("menpanrb-1-2024"), indonesian_calendar(FIRST, LAST))
    assert (check.errors, check.warnings) == (expected.errors, expected.warnings)
    # SE 1/2024 counts over the whole agency: 2 + 3 of 8 administration staff at home is over 50 %.
    assert check.unit_label(check.violations[0].unit) == "Seluruh instansi"
    # Every cell of every plan is in the combined plan, under its own unit.
    for index, plan in enumerate(plans):
        for row, member in enumerate(plan.roster.staff):
            assert combined.row_bytes(combined.roster.index_of(member.nip)) == plan.row_bytes(row)
            unit = combined.roster.staff[combined.roster.index_of(member.nip)].unit
            assert unit == f"{index}/{member.unit}"
            assert combined.roster.path(unit) == [f"DINAS {index + 1}", plan.roster.units[member.unit].name]


def test_plans_of_other_agencies_or_alone_are_not_combined(tmp_path: Path) -> None:
    save(department_plan(1), tmp_path / "a.jadwal")
    save(department_plan(2, agency="PEMERINTAH PROVINSI BALI"), tmp_path / "b.jadwal")
    assert build_recap([tmp_path], builtin_catalog()).combined == ()


def test_signed_plans_say_whether_they_still_match_what_was_signed(tmp_path: Path) -> None:
    plan = department_plan(1)
    path = save(plan, tmp_path / "a.jadwal")
    unsigned = save(department_plan(2), tmp_path / "b.jadwal")
    content = content_of(plan)
    signoff = SignOff(
        signed_at=dt.datetime(2024, 4, 14, 9, tzinfo=dt.UTC),
        signer="Kepala",
        title="Kepala Dinas",
        certificate="uji",
        bsre=False,
        document_id="AAAA-BBBB",
        fingerprint=fingerprint(content),
        content=content,
    )
    record_signoff(path, signoff)
    first = build_recap([path, unsigned], builtin_catalog()).plans
    assert [(p.signed, p.matches_signed) for p in first] == [(True, True), (False, None)]
    file, reopened = PlanFile.open(path)
    reopened.apply(reopened.edits_to([(reopened.roster.staff[3].nip, REMOTE_DAYS[0])], Status.WFH))
    file.save(reopened)
    assert build_recap([path], builtin_catalog()).plans[0].matches_signed is False


def test_bad_files_are_reported_one_line_each_and_the_rest_recapped(tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    good = save(department_plan(1), folder / "dinas-1.jadwal")
    shutil.copy(good, folder / "dinas-1-salinan.jadwal")
    (folder / "rusak.jadwal").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    (folder / "catatan.docx").write_bytes(b"PK")
    newer = save(department_plan(2), folder / "dinas-2-baru.jadwal")
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    empty = tmp_path / "kosong"
    empty.mkdir()
    recap = build_recap([folder, empty, good, tmp_path / "hilang.jadwal"], builtin_catalog())
    # Files are read in name order: the copy named first is recapped, the other is the copy.
    assert [plan.path.name for plan in recap.plans] == ["dinas-1-salinan.jadwal"]
    lines = {problem.code: describe_problem(problem) for problem in recap.problems}
    assert "catatan.docx" in lines[ProblemCode.OTHER_FILES]
    assert "salinan persis" in lines[ProblemCode.COPY]
    assert "kosong" in lines[ProblemCode.EMPTY_FOLDER]
    assert "disebut dua kali" in lines[ProblemCode.SAME_FILE]
    unreadable = [describe_problem(p) for p in recap.problems if p.code is ProblemCode.UNREADABLE]
    assert any("versi Jadwal Kerja ASN yang lebih baru" in line for line in unreadable)
    assert any("rusak.jadwal" in line for line in unreadable)
    assert any("hilang.jadwal" in line and "tidak ditemukan" in line for line in unreadable)
    assert all(line.endswith("tidak direkap.") for line in unreadable)


def test_plans_that_disagree_are_reported_and_still_recapped(tmp_path: Path) -> None:
    save(department_plan(1), tmp_path / "a.jadwal")
    # Department 1 again, later and overlapping: the same unit planned twice, with the same staff.
    save(department_plan(1, remote=1, first=dt.date(2024, 4, 17), last=dt.date(2024, 4, 26)), tmp_path / "b.jadwal")
    # One agency, another circular.
    save(department_plan(3, circular="gubernur-ntb-32-2024"), tmp_path / "c.jadwal")
    recap = build_recap([tmp_path], builtin_catalog())
    assert len(recap.plans) == 3
    found = codes(recap)
    assert ProblemCode.OVERLAPPING_PERIODS in found
    assert ProblemCode.SAME_NIP in found
    assert ProblemCode.DIFFERENT_CIRCULARS in found
    same_nip = next(describe_problem(p) for p in recap.problems if p.code is ProblemCode.SAME_NIP)
    assert "dan 5 pegawai lain" in same_nip
    assert "a.jadwal" in same_nip
    assert "b.jadwal" in same_nip
    circulars = next(describe_problem(p) for p in recap.problems if p.code is ProblemCode.DIFFERENT_CIRCULARS)
    assert "menpanrb-1-2024" in circulars
    assert "gubernur-ntb-32-2024" in circulars


def test_the_range_keeps_only_its_days_and_leaves_out_plans_outside_it(tmp_path: Path) -> None:
    save(department_plan(1), tmp_path / "a.jadwal")
    save(department_plan(2, first=dt.date(2024, 5, 1), last=dt.date(2024, 5, 3)), tmp_path / "b.jadwal")
    recap = build_recap([tmp_path], builtin_catalog(), first=REMOTE_DAYS[0], last=REMOTE_DAYS[1])
    assert set(recap.rows.date) == set(REMOTE_DAYS)
    assert codes(recap) == [ProblemCode.OUTSIDE_RANGE]


def test_expected_units_match_department_plan_name_or_unit_in_any_case(tmp_path: Path) -> None:
    save(department_plan(1, department="DINAS KESEHATAN"), tmp_path / "a.jadwal")
    recap = build_recap([tmp_path], builtin_catalog())
    expected = ["Dinas Kesehatan", "bidang umum", "Dinas Pariwisata"]
    assert missing_units(expected, recap.plans) == ("Dinas Pariwisata",)


def test_the_combined_plan_keeps_each_plans_quota_level_under_its_department() -> None:
    plans = [department_plan(1).rebuilt(quota_level=0), department_plan(2).rebuilt(quota_level=0)]
    assert combined_plan(plans, ["DINAS 1", "DINAS 2"], FIRST, LAST).quota_level == 1
    mixed = [plans[0], department_plan(2)]
    assert combined_plan(mixed, ["DINAS 1", "DINAS 2"], FIRST, LAST).quota_level is None


def test_an_exported_workbook_is_read_as_its_plan_and_known_as_a_copy(tmp_path: Path) -> None:
    from planner.io.xlsx_export import write_xlsx

    plan = department_plan(2, remote=3)
    circular = builtin_catalog().get(plan.circular_id)
    alone, both = tmp_path / "alone", tmp_path / "both"
    alone.mkdir()
    both.mkdir()
    write_xlsx(plan, alone / "dinas-2.xlsx", circular=circular, calendar=indonesian_calendar(FIRST, LAST))
    openpyxl_book = openpyxl.Workbook()
    openpyxl_book.save(alone / "daftar-pegawai.xlsx")
    recap = build_recap([alone], builtin_catalog())
    (summary,) = recap.plans
    assert (summary.name, summary.circular_id, summary.errors, summary.signed) == (
        plan.name,
        plan.circular_id,
        2,
        False,
    )
    assert summary.agency == ""  # a workbook has no letterhead
    (problem,) = recap.problems
    assert "bukan buku kerja ekspor Jadwal Kerja ASN" in describe_problem(problem)
    save(plan, both / "a.jadwal")
    shutil.copy(alone / "dinas-2.xlsx", both / "b.xlsx")
    copies = build_recap([both], builtin_catalog())
    assert [p.path.name for p in copies.plans] == ["a.jadwal"]
    assert codes(copies) == [ProblemCode.COPY]


def test_the_combined_check_keeps_non_asn_staff_and_exemptions_as_each_plan_has_them(tmp_path: Path) -> None:
    """A honorer on each plan (not counted) and an exempt person: the combined plan reads them as the plans do."""
    from dataclasses import replace

    from planner.domain.nip import new_internal_number
    from planner.domain.roster import Roster, StaffMember, UnitId

    plans = []
    for number in (1, 2):
        plan = department_plan(number, remote=2)
        honorer = StaffMember(new_internal_number(), f"Honorer {number}", UnitId("umum"), non_asn=True)
        staff = [replace(plan.roster.staff[0], cap_exemption="Tugas di luar kantor"), *plan.roster.staff[1:], honorer]
        plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), staff))
        plan.apply(plan.edits_to([(honorer.nip, day) for day in REMOTE_DAYS], Status.WFH))
        save(plan, tmp_path / f"dinas-{number}.jadwal")
        plans.append(plan)
    recap = build_recap([tmp_path], builtin_catalog())
    (check,) = recap.combined
    members = {member.nip: member for member in check.plan.roster.staff}
    for plan in plans:
        for member in plan.roster.staff:
            assert (members[member.nip].non_asn, members[member.nip].cap_exemption) == (
                member.non_asn,
                member.cap_exemption,
            )
    # 2 + 2 of 8 administration ASN at home is 50 %: the honorers at home are not counted.
    assert check.errors == 0
    assert [plan.errors for plan in recap.plans] == [0, 0]
