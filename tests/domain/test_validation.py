"""Validation against cases computed by hand from DOMAIN §3 and the issue's examples."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.category import Category
from planner.domain.circular import UNIT_SCOPE, Circular, QuotaScope, Rule, RuleKind, ScopeKind
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.roster import WorkWeek
from planner.domain.status import Status
from planner.domain.validation import RuleCode, Validator, Violation
from planner.domain.wording import describe
from tests.factories import builtin_catalog, calendar, make_plan, make_roster, one_period_circular, set_statuses

ADM, PIM, OPS, PUB = (
    Category.ADMINISTRASI,
    Category.DUKUNGAN_PIMPINAN,
    Category.DUKUNGAN_OPERASIONAL,
    Category.PELAYANAN_PUBLIK,
)
WFH, WFO, WFA, CT = Status.WFH, Status.WFO, Status.WFA, Status.CT
APR_16, APR_17, APR_18 = dt.date(2024, 4, 16), dt.date(2024, 4, 17), dt.date(2024, 4, 18)


def check(plan: Plan, circular: Circular | None = None) -> list[Violation]:
    circular = circular or builtin_catalog().get(plan.circular_id)
    return Validator(plan, circular, calendar(plan.first.year, plan.last.year)).violations()


def codes(violations: list[Violation]) -> list[RuleCode]:
    return [v.rule for v in violations]


def april_plan(*units: tuple[str, Category, int], **kwargs: object) -> Plan:
    return make_plan(make_roster(units), "menpanrb-1-2024", APR_16, APR_18, **kwargs)  # type: ignore[arg-type]


# ---- SE Menteri PANRB 1/2024, 16–17 April 2024 --------------------------------------------


def test_three_of_five_administrative_staff_home_is_an_error_with_limit_two() -> None:
    plan = april_plan(("Biro Hukum", ADM, 5))
    set_statuses(plan, APR_16, [WFH, WFH, WFH, WFO, WFO])
    [violation] = check(plan)
    assert violation.rule is RuleCode.REMOTE_MAX
    assert violation.severity is Severity.ERROR
    assert (violation.count, violation.headcount, violation.limit, violation.percent) == (3, 5, 2, 50)
    assert violation.day == APR_16
    assert violation.category is ADM
    assert violation.nip is None
    assert violation.source == "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024"
    assert describe(violation, plan.roster) == "3 dari 5 pegawai WFH = 60 % > batas 50 % (maks. 2)"


def test_two_of_five_administrative_staff_home_is_fine() -> None:
    plan = april_plan(("Biro Hukum", ADM, 5))
    set_statuses(plan, APR_16, [WFH, WFH, WFO, WFO, WFO])
    set_statuses(plan, APR_17, [None, None, WFH, WFH, None])
    assert check(plan) == []


def test_one_public_service_worker_home_is_an_error_about_that_person() -> None:
    plan = april_plan(("Biro Pengadaan", PUB, 4))
    set_statuses(plan, APR_17, [WFO, WFH])
    [violation] = check(plan)
    assert violation.rule is RuleCode.OFFICE_ALL
    assert violation.nip == plan.roster.staff[1].nip
    assert violation.day == APR_17
    assert "wajib WFO 100 %" in describe(violation, plan.roster)


def test_home_on_18_april_2024_is_outside_the_circular() -> None:
    plan = april_plan(("Biro Hukum", ADM, 4))
    set_statuses(plan, APR_18, [WFH])
    assert codes(check(plan)) == [RuleCode.OUTSIDE_PERIOD]


def test_a_category_the_circular_does_not_name_may_not_work_remotely() -> None:
    plan = april_plan(("Biro Umum", OPS, 6))
    set_statuses(plan, APR_16, [WFH])
    [violation] = check(plan)
    assert violation.rule is RuleCode.CATEGORY_NOT_ALLOWED
    assert "Dukungan operasional" in describe(violation, plan.roster)


def test_wfa_is_refused_where_the_circular_allows_only_wfh() -> None:
    plan = april_plan(("Biro Hukum", ADM, 4))
    set_statuses(plan, APR_16, [WFA])
    [violation] = check(plan)
    assert violation.rule is RuleCode.STATUS_NOT_ALLOWED
    assert violation.status is WFA


def test_leadership_support_has_its_own_quota_group_in_the_same_unit() -> None:
    roster = make_roster([("Biro Administrasi Pimpinan", PIM, 4)])
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_18)
    set_statuses(plan, APR_16, [WFH, WFH, WFH])
    [violation] = check(plan)
    assert (violation.category, violation.count, violation.limit) == (PIM, 3, 2)


def test_headcount_counts_staff_on_leave() -> None:
    plan = april_plan(("Biro Hukum", ADM, 4))
    set_statuses(plan, APR_16, [CT, CT, WFH, WFH])
    assert check(plan) == []
    set_statuses(plan, APR_16, [WFH], start=1)
    [violation] = check(plan)
    assert (violation.count, violation.headcount, violation.limit) == (3, 4, 2)


def test_a_blank_working_day_counts_as_office_for_the_tally() -> None:
    plan = april_plan(("Biro Hukum", ADM, 5))
    set_statuses(plan, APR_16, [WFH, CT])
    tally = Validator(plan, builtin_catalog().get(plan.circular_id), calendar(2024, 2024)).agency_tally(0)
    assert (tally.remote, tally.office, tally.absent, tally.headcount) == (1, 3, 1, 5)


# ---- SE Sekda DKI 34/2023: overlapping periods -------------------------------------------


@pytest.mark.parametrize(("day", "allowed"), [(dt.date(2023, 9, 5), True), (dt.date(2023, 9, 1), False)])
def test_dki_three_of_four_home_is_fine_in_the_75_percent_days_only(day: dt.date, allowed: bool) -> None:
    plan = make_plan(make_roster([("Seksi", ADM, 4)]), "sekda-dki-34-2023", dt.date(2023, 8, 28), dt.date(2023, 9, 8))
    set_statuses(plan, day, [WFH, WFH, WFH, WFO])
    violations = check(plan)
    if allowed:
        assert violations == []
    else:
        [violation] = violations
        assert (violation.count, violation.headcount, violation.limit, violation.percent) == (3, 4, 2, 50)


def test_dki_keeps_operational_support_in_the_office() -> None:
    plan = make_plan(make_roster([("Seksi", OPS, 4)]), "sekda-dki-34-2023", dt.date(2023, 9, 4), dt.date(2023, 9, 4))
    set_statuses(plan, dt.date(2023, 9, 4), [WFH])
    assert codes(check(plan)) == [RuleCode.OFFICE_ALL]


def test_maulid_nabi_28_september_2023_is_not_checked_and_its_cells_are_reported() -> None:
    maulid = dt.date(2023, 9, 28)
    plan = make_plan(make_roster([("Seksi", PUB, 2)]), "sekda-dki-34-2023", maulid, maulid)
    set_statuses(plan, maulid, [WFH, WFH])
    validator = Validator(plan, builtin_catalog().get(plan.circular_id), calendar(2023, 2023))
    [violation] = validator.violations()
    assert (violation.rule, violation.severity, violation.count) == (RuleCode.DAY_OFF_CELLS, Severity.WARNING, 2)
    assert describe(violation, plan.roster) == "2 sel terisi pada hari libur: disimpan, tetapi tidak dihitung"
    assert validator.agency_tally(0).headcount == 0


# ---- rule kinds no shipped circular uses -------------------------------------------------

MON, TUE = dt.date(2024, 5, 6), dt.date(2024, 5, 7)


def test_office_at_least_rounds_up_and_counts_blank_cells_as_office() -> None:
    circular = one_period_circular({ADM: Rule(RuleKind.OFFICE_MIN, 50)}, MON, TUE)
    plan = make_plan(make_roster([("Unit", ADM, 5)]), "uji", MON, TUE)
    set_statuses(plan, MON, [WFH, WFH])  # 3 blank = 3 in the office, 50 % of 5 needs 3
    assert check(plan, circular) == []
    set_statuses(plan, MON, [CT], start=2)
    [violation] = check(plan, circular)
    assert (violation.rule, violation.count, violation.limit) == (RuleCode.OFFICE_MIN, 2, 3)
    assert describe(violation, plan.roster) == "2 dari 5 pegawai WFO = 40 % < minimal 50 % (min. 3)"


def test_office_at_most_caps_the_office_count() -> None:
    circular = one_period_circular({ADM: Rule(RuleKind.OFFICE_MAX, 25)}, MON, TUE)
    plan = make_plan(make_roster([("Unit", ADM, 4)]), "uji", MON, MON)
    set_statuses(plan, MON, [WFH, WFH, WFH, WFO])
    assert check(plan, circular) == []
    set_statuses(plan, MON, [WFO], start=2)
    [violation] = check(plan, circular)
    assert (violation.rule, violation.count, violation.limit) == (RuleCode.OFFICE_MAX, 2, 1)


def test_no_quota_lets_everyone_work_remotely() -> None:
    circular = one_period_circular({ADM: Rule(RuleKind.NO_QUOTA)}, MON, TUE)
    plan = make_plan(make_roster([("Unit", ADM, 3)]), "uji", MON, TUE)
    set_statuses(plan, MON, [WFH, WFA, WFH])
    assert check(plan, circular) == []


def test_weekly_cap_counts_remote_days_per_person_per_calendar_week() -> None:
    circular = builtin_catalog().get("permenpanrb-4-2025")
    first, last = dt.date(2025, 5, 5), dt.date(2025, 5, 16)  # two Monday–Friday weeks
    plan = make_plan(make_roster([("Unit", ADM, 2)]), "permenpanrb-4-2025", first, last)
    for offset in (0, 2):
        set_statuses(plan, first + dt.timedelta(offset), [WFA])
    set_statuses(plan, dt.date(2025, 5, 14), [WFH])  # the next week starts afresh (12–13 May are days off)
    assert check(plan, circular) == []
    set_statuses(plan, dt.date(2025, 5, 9), [WFH])
    [violation] = check(plan, circular)
    assert violation.rule is RuleCode.WEEKLY_REMOTE_MAX
    assert (violation.count, violation.limit, violation.day) == (3, 2, dt.date(2025, 5, 9))
    assert "3 hari WFH/WFA dalam satu minggu > batas 2 hari per minggu" in describe(violation, plan.roster)


def test_a_person_marked_no_remote_work_is_an_error_with_the_reason() -> None:
    import dataclasses

    from planner.domain.roster import Roster

    roster = make_roster([("Biro Hukum", ADM, 4)])
    staff = list(roster.staff)
    staff[0] = dataclasses.replace(staff[0], no_remote_reason="Menjalani hukuman disiplin")
    plan = make_plan(Roster(roster.units.values(), staff), "menpanrb-1-2024", APR_16, APR_16)
    set_statuses(plan, APR_16, [WFH])
    [violation] = check(plan)
    assert violation.rule is RuleCode.PERSON_EXCLUDED
    assert "(Menjalani hukuman disiplin)" in describe(violation, plan.roster)


# ---- the quota group's unit level and working weeks --------------------------------------


def test_the_agency_policy_scope_groups_sub_units_under_their_parent() -> None:
    units = [("Bagian", ADM, 0), ("Sub A", ADM, 2), ("Sub B", ADM, 2)]
    parents = {"Sub A": "Bagian", "Sub B": "Bagian"}
    agency = make_plan(make_roster(units, parents=parents), "menpanrb-1-2024", APR_16, APR_16)
    set_statuses(agency, APR_16, [WFH, WFH])
    assert check(agency) == []  # SE 1/2024 counts over the agency: 2 of 4

    per_unit = AgencyPolicy(quota_scope=UNIT_SCOPE, quota_scope_severity=Severity.ERROR)
    smallest = make_plan(make_roster(units, parents=parents), "menpanrb-1-2024", APR_16, APR_16, policy=per_unit)
    set_statuses(smallest, APR_16, [WFH, WFH])
    [violation] = check(smallest)
    assert (violation.unit, violation.count, violation.headcount, violation.limit) == ("Sub A", 2, 2, 1)
    assert (violation.severity, violation.scope) == (Severity.ERROR, UNIT_SCOPE)
    assert violation.source.startswith("Kebijakan instansi")

    top = AgencyPolicy(quota_scope=QuotaScope(ScopeKind.LEVEL, 1))
    parent_level = make_plan(make_roster(units, parents=parents), "menpanrb-1-2024", APR_16, APR_16, policy=top)
    set_statuses(parent_level, APR_16, [WFH, WFH])
    assert check(parent_level) == []


def test_saturday_counts_only_for_six_day_units() -> None:
    saturday = dt.date(2023, 9, 2)
    roster = make_roster([("Lima", ADM, 2), ("Enam", ADM, 2)], weeks={"Enam": WorkWeek.SIX_DAYS})
    plan = make_plan(roster, "sekda-dki-34-2023", saturday, saturday)
    set_statuses(plan, saturday, [WFH, WFH, WFH, WFH])
    violations = check(plan)
    # The five-day unit's two cells are kept but not counted: one warning for the day.
    assert [(v.unit, v.count, v.headcount) for v in violations] == [("Enam", 2, 2), ("", 2, 4)]
    assert violations[1].rule is RuleCode.DAY_OFF_CELLS


# ---- the agency's own policy -------------------------------------------------------------


def test_agency_cap_below_the_circular_is_a_warning_by_default_and_an_error_when_chosen() -> None:
    policy = AgencyPolicy(remote_cap_percent=30)
    plan = april_plan(("Biro Hukum", ADM, 5), policy=policy)
    set_statuses(plan, APR_16, [WFH, WFH])  # circular allows 2 of 5, the agency 1
    [violation] = check(plan)
    assert (violation.rule, violation.severity, violation.limit) == (RuleCode.POLICY_REMOTE_CAP, Severity.WARNING, 1)
    assert violation.source == "Kebijakan instansi"
    assert describe(violation, plan.roster) == "2 dari 5 pegawai WFH = 40 % > batas instansi 30 % (maks. 1)"

    strict = april_plan(("Biro Hukum", ADM, 5), policy=AgencyPolicy(30, Severity.ERROR))
    set_statuses(strict, APR_16, [WFH, WFH])
    assert [v.severity for v in check(strict)] == [Severity.ERROR]


def test_when_the_circular_is_broken_the_agency_cap_is_not_reported_twice() -> None:
    plan = april_plan(("Biro Hukum", ADM, 5), policy=AgencyPolicy(remote_cap_percent=30))
    set_statuses(plan, APR_16, [WFH, WFH, WFH])
    assert codes(check(plan)) == [RuleCode.REMOTE_MAX]


def test_at_least_n_in_the_office_per_unit_caps_at_the_unit_size() -> None:
    policy = AgencyPolicy(min_office_per_unit=2)
    plan = april_plan(("Biro Hukum", ADM, 4), ("Kecil", PIM, 1), policy=policy)
    set_statuses(plan, APR_16, [WFH, WFH, CT])
    [violation] = check(plan)
    assert (violation.rule, violation.unit, violation.count, violation.limit) == (
        RuleCode.POLICY_MIN_OFFICE,
        "Biro Hukum",
        1,
        2,
    )
    assert describe(violation, plan.roster) == "1 dari 4 pegawai WFO < minimal 2 orang di kantor per unit"


def test_a_head_and_deputy_pair_may_not_both_work_remotely() -> None:
    roster = make_roster([("Biro Hukum", ADM, 6)])
    head, deputy = roster.staff[0].nip, roster.staff[1].nip
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_17, policy=AgencyPolicy(exclusive_pairs=((head, deputy),)))
    set_statuses(plan, APR_16, [WFH])
    set_statuses(plan, APR_17, [None, WFH])
    assert check(plan) == []
    set_statuses(plan, APR_17, [WFH])
    [violation] = check(plan)
    assert (violation.rule, violation.day, violation.nip, violation.other_nip) == (
        RuleCode.POLICY_PAIR,
        APR_17,
        head,
        deputy,
    )


def test_violations_come_sorted_by_day_then_errors_first() -> None:
    plan = april_plan(("Biro Hukum", ADM, 5), policy=AgencyPolicy(min_office_per_unit=4))
    set_statuses(plan, APR_17, [WFH, WFH])
    set_statuses(plan, APR_16, [WFH, WFH, WFH])
    violations = check(plan)
    assert [(v.day, v.severity) for v in violations] == [
        (APR_16, Severity.ERROR),
        (APR_16, Severity.WARNING),
        (APR_17, Severity.WARNING),
    ]


# ---- schema v2 shapes --------------------------------------------------------------------


def test_menpanrb_67_2020_takes_its_zone_from_the_plan() -> None:
    day = dt.date(2020, 9, 7)
    red = make_plan(
        make_roster([("Bagian", ADM, 4)]), "menpanrb-67-2020", day, day, policy=AgencyPolicy(risk_zone="merah")
    )
    set_statuses(red, day, [WFO, WFO, WFH, WFH])  # red: at most 25 % of 4 = 1 in the office
    [violation] = check(red)
    assert (violation.rule, violation.count, violation.limit, violation.percent) == (RuleCode.OFFICE_MAX, 2, 1, 25)
    yellow = make_plan(
        make_roster([("Bagian", ADM, 4)]), "menpanrb-67-2020", day, day, policy=AgencyPolicy(risk_zone="kuning")
    )
    set_statuses(yellow, day, [WFO, WFO, WFH, WFH])
    assert check(yellow) == []


def test_non_asn_staff_count_in_quotas_only_where_the_agency_says_so() -> None:
    import dataclasses

    from planner.domain.nip import new_internal_number
    from planner.domain.roster import Roster

    roster = make_roster([("Biro Hukum", ADM, 3)])
    staff = list(roster.staff)
    staff[2] = dataclasses.replace(staff[2], nip=new_internal_number(), non_asn=True)
    for count, expected in ((False, []), (True, [RuleCode.REMOTE_MAX])):
        plan = april_plan(("x", ADM, 0), policy=AgencyPolicy(count_non_asn=count))
        plan = plan.rebuilt(roster=Roster(roster.units.values(), staff))
        set_statuses(plan, APR_16, [WFH, None, WFH])  # ASN: 1 of 2 = 50 %; counting the honorer 2 of 3 > 50 %
        assert codes(check(plan)) == expected, count
        # Per-person rules apply to non-ASN staff as to anyone: remote outside the period.
        set_statuses(plan, APR_18, [None, None, WFH])
        assert codes(check(plan)) == [*expected, RuleCode.OUTSIDE_PERIOD], count
