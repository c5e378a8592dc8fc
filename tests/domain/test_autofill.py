"""Automatic filling: cases computed by hand, then properties over random plans and circulars."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.autofill import (
    AutofillOptions,
    AutofillResult,
    FillMode,
    autofill,
    describe_group,
    describe_problem,
)
from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId, DateRange, Period, Rule, RuleKind
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip, new_internal_number
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.roster import Roster, WorkWeek
from planner.domain.status import Status
from planner.domain.validation import RuleCode, Validator, Violation
from tests.factories import builtin_catalog, calendar, make_plan, make_roster, one_period_circular, set_statuses

ADM, PIM, OPS, PUB = (
    Category.ADMINISTRASI,
    Category.DUKUNGAN_PIMPINAN,
    Category.DUKUNGAN_OPERASIONAL,
    Category.PELAYANAN_PUBLIK,
)
WFH, WFO, WFA, CT, S = Status.WFH, Status.WFO, Status.WFA, Status.CT, Status.S
APR_16, APR_17, APR_18 = dt.date(2024, 4, 16), dt.date(2024, 4, 17), dt.date(2024, 4, 18)
JUL_1, JUL_12, JUL_14 = dt.date(2024, 7, 1), dt.date(2024, 7, 12), dt.date(2024, 7, 14)
"""1 July 2024 is a Monday; 1–12 July 2024 has no holiday."""


def run(plan: Plan, circular: Circular | None = None, **options: object) -> AutofillResult:
    circular = circular or builtin_catalog().get(plan.circular_id)
    return autofill(plan, circular, calendar(plan.first.year, plan.last.year), AutofillOptions(**options))  # type: ignore[arg-type]


def applied(plan: Plan, result: AutofillResult) -> Plan:
    copy = plan.rebuilt()
    copy.apply(result.edits)
    return copy


def grid(plan: Plan) -> list[str]:
    """Each person's codes, one line per person: "WFH WFO --" (-- a blank cell)."""
    return [
        " ".join(status.code if (status := plan.status(row, column)) else "--" for column in range(len(plan.days)))
        for row in range(len(plan.roster.staff))
    ]


def remote_days(plan: Plan, row: int) -> int:
    return sum(1 for column in range(len(plan.days)) if (status := plan.status(row, column)) and status.is_remote)


def violations(plan: Plan, circular: Circular) -> list[Violation]:
    return Validator(plan, circular, calendar(plan.first.year, plan.last.year)).violations()


def with_excluded(roster: Roster, rows: Sequence[int], reason: str = "Menjalani hukuman disiplin") -> Roster:
    staff = list(roster.staff)
    for row in rows:
        staff[row] = dataclasses.replace(staff[row], no_remote_reason=reason)
    return Roster(roster.units.values(), staff)


# ---- computed by hand ----------------------------------------------------------------------


def test_five_administrative_staff_at_50_percent_get_two_remote_a_day_and_one_day_each_at_most() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 5)]), "menpanrb-1-2024", APR_16, APR_18)
    result = run(plan)
    # 50 % of 5 = 2.5, so 2 a day on 16 and 17 April; 18 April is outside the circular: all WFO.
    assert grid(applied(plan, result)) == [
        "WFH WFO WFO",
        "WFH WFO WFO",
        "WFO WFH WFO",
        "WFO WFH WFO",
        "WFO WFO WFO",
    ]
    assert result.changed == 15
    assert (result.problems, result.errors, result.warnings) == ((), 0, 0)
    [summary] = result.groups
    assert (summary.members, summary.eligible, summary.days, summary.cap_low, summary.cap_high) == (5, 5, 2, 2, 2)
    assert (summary.allowance, summary.remote_days, summary.fewest, summary.most) == (4, 4, 0, 1)


def test_remote_days_rotate_so_nobody_is_home_on_the_same_weekday_every_week() -> None:
    circular = one_period_circular({ADM: Rule(RuleKind.REMOTE_MAX, 20)}, JUL_1, JUL_12)
    plan = make_plan(make_roster([("Seksi", ADM, 5)]), "uji", JUL_1, JUL_14)
    result_plan = applied(plan, run(plan, circular))
    # 20 % of 5 = 1 a day; the second week starts one person later; weekends stay blank.
    assert grid(result_plan) == [
        "WFH WFO WFO WFO WFO -- -- WFO WFO WFO WFO WFH -- --",
        "WFO WFH WFO WFO WFO -- -- WFH WFO WFO WFO WFO -- --",
        "WFO WFO WFH WFO WFO -- -- WFO WFH WFO WFO WFO -- --",
        "WFO WFO WFO WFH WFO -- -- WFO WFO WFH WFO WFO -- --",
        "WFO WFO WFO WFO WFH -- -- WFO WFO WFO WFH WFO -- --",
    ]


def test_a_target_lowers_the_cap_to_its_own_floor() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 10)]), "menpanrb-1-2024", APR_16, APR_17)
    result = run(plan, target_percent=30)
    copy = applied(plan, result)
    # 30 % of 10 = 3 a day instead of 50 % = 5: 6 remote days over the two days, 0–1 each.
    assert [sum(remote_days(copy, row) for row in range(10))] == [6]
    assert {remote_days(copy, row) for row in range(10)} == {0, 1}
    assert result.groups[0].allowance == 6


def test_leave_mid_period_is_replanned_with_two_changes_and_stays_fair() -> None:
    circular = one_period_circular({ADM: Rule(RuleKind.REMOTE_MAX, 50)}, JUL_1, JUL_12)
    plan = applied(plan := make_plan(make_roster([("Seksi", ADM, 4)]), "uji", JUL_1, JUL_12), run(plan, circular))
    assert [remote_days(plan, row) for row in range(4)] == [5, 5, 5, 5]
    assert grid(plan)[0] == "WFH WFO WFH WFO WFH -- -- WFO WFH WFO WFH WFO"
    # Pegawai 1 goes on leave for the whole second week and loses two remote days (9 and 11 July).
    leave = plan.edits_to([(plan.roster.staff[0].nip, JUL_1 + dt.timedelta(days=d)) for d in range(7, 12)], CT)
    plan.apply(leave)

    result = run(plan, circular)

    # Each lost day goes to a colleague with a small share: two cells, nothing else moves.
    assert result.changed == 2
    assert {(edit.day, edit.old, edit.new) for edit in result.edits} == {
        (dt.date(2024, 7, 9), WFO, WFH),
        (dt.date(2024, 7, 11), WFO, WFH),
    }
    replanned = applied(plan, result)
    counts = [remote_days(replanned, row) for row in range(4)]
    assert counts[0] == 3  # of 5 days at work
    assert sorted(counts[1:]) == [5, 6, 6]  # of 10 days: 20 remote days over 35 days at work, shared in proportion
    assert result.problems == ()
    assert run(replanned, circular).changed == 0


def test_a_unit_of_two_that_needs_two_in_the_office_reports_the_locked_wfh_in_indonesian() -> None:
    policy = AgencyPolicy(min_office_per_unit=2, min_office_severity=Severity.ERROR)
    plan = make_plan(make_roster([("Seksi Kecil", ADM, 2)]), "menpanrb-1-2024", APR_16, APR_17, policy=policy)
    set_statuses(plan, APR_16, [WFH])
    plan.set_locked([(plan.roster.staff[0].nip, APR_16)], locked=True)

    result = run(plan)

    [problem] = result.problems
    assert problem.violation.rule is RuleCode.POLICY_MIN_OFFICE
    assert (problem.violation.day, problem.violation.unit, problem.locked_remote) == (APR_16, "Seksi Kecil", 1)
    assert describe_problem(problem, plan.roster) == (
        "Seksi Kecil, Selasa 16 April 2024: 1 dari 2 pegawai WFO < minimal 2 orang di kantor per unit; "
        "tidak dapat dipenuhi karena 1 sel WFH terkunci."
    )
    assert result.errors == 1
    # The rest is filled: both in the office on both days, the locked cell as it was.
    assert grid(applied(plan, result)) == ["WFH WFO", "WFO WFO"]


def test_locked_wfh_over_the_cap_is_reported_with_the_arithmetic() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 5)]), "menpanrb-1-2024", APR_16, APR_16)
    set_statuses(plan, APR_16, [WFH, WFH, WFH])
    plan.set_locked([(member.nip, APR_16) for member in plan.roster.staff[:3]], locked=True)
    [problem] = run(plan).problems
    # SE 1/2024 counts its quota over the whole agency (DOMAIN §3a), so the problem names the agency.
    assert describe_problem(problem, plan.roster) == (
        "Seluruh instansi · Administrasi pemerintahan, Selasa 16 April 2024: 3 dari 5 pegawai WFH = 60 % > batas 50 % "
        "(maks. 2); tidak dapat dipenuhi karena 3 sel WFH terkunci."
    )


def test_absences_that_leave_too_few_in_the_office_are_explained() -> None:
    monday = dt.date(2024, 5, 6)
    circular = one_period_circular({ADM: Rule(RuleKind.OFFICE_MIN, 50)}, monday, monday)
    plan = make_plan(make_roster([("Unit", ADM, 4)]), "uji", monday, monday)
    set_statuses(plan, monday, [CT, S, CT, WFH])
    result = run(plan, circular)
    [problem] = result.problems
    assert (problem.violation.rule, problem.absent) == (RuleCode.OFFICE_MIN, 3)
    assert "karena 3 pegawai tidak hadir" in describe_problem(problem, plan.roster)
    assert grid(applied(plan, result)) == ["CT", "S", "CT", "WFO"]


def test_locked_cells_that_break_a_persons_rule_are_reported_for_that_person() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 2)]), "menpanrb-1-2024", APR_16, APR_18)
    set_statuses(plan, APR_18, [WFH])
    plan.set_locked([(plan.roster.staff[0].nip, APR_18)], locked=True)
    [problem] = run(plan).problems
    assert describe_problem(problem, plan.roster) == (
        "Biro Hukum, Kamis 18 April 2024: Pegawai 1 (NIP 19800101 200501 1 001) WFH pada hari kerja biasa: "
        "tanggal ini di luar masa berlaku ketentuan; tidak dapat dipenuhi karena sel WFH itu terkunci."
    )


def test_a_weekly_cap_broken_by_days_outside_the_range_and_a_locked_day_says_so() -> None:
    circular = builtin_catalog().get("permenpanrb-4-2025")
    monday, wednesday = dt.date(2025, 5, 5), dt.date(2025, 5, 7)
    plan = make_plan(make_roster([("Unit", ADM, 2)]), "permenpanrb-4-2025", monday, dt.date(2025, 5, 9))
    for day in (monday, monday + dt.timedelta(days=1), wednesday):
        set_statuses(plan, day, [WFA])
    plan.set_locked([(plan.roster.staff[0].nip, wednesday)], locked=True)

    result = run(plan, circular, first=wednesday)

    [problem] = result.problems
    assert (problem.outside, problem.locked_remote) == (2, 1)
    assert describe_problem(problem, plan.roster) == (
        "Unit, minggu mulai Senin 5 Mei 2025: Pegawai 1 (NIP 19800101 200501 1 001) 3 hari WFH/WFA dalam satu "
        "minggu > batas 2 hari per minggu; tidak dapat dipenuhi karena 1 sel WFH/WFA terkunci, 2 hari WFH/WFA di "
        "luar rentang yang diisi."
    )
    # Pegawai 2 gets two days of the three in the range, Pegawai 1 none but the locked one:
    # three remote days over three days, one a day.
    assert grid(applied(plan, result)) == ["WFA WFA WFA WFO WFO", "-- -- WFO WFH WFH"]


def test_wfa_only_where_the_period_does_not_allow_wfh() -> None:
    monday = dt.date(2025, 5, 5)
    roster = make_roster([("Unit", ADM, 2)])
    only_wfa = one_period_circular({ADM: Rule(RuleKind.REMOTE_MAX, 50)}, monday, monday, remote=frozenset({WFA}))
    both = one_period_circular({ADM: Rule(RuleKind.REMOTE_MAX, 50)}, monday, monday)
    plan = make_plan(roster, "uji", monday, monday)
    assert grid(applied(plan, run(plan, only_wfa))) == ["WFA", "WFO"]
    assert grid(applied(plan, run(plan, both))) == ["WFH", "WFO"]


def test_keep_turns_a_forbidden_wfa_into_wfh_and_keeps_who_is_home() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 4)]), "menpanrb-1-2024", APR_16, APR_16)
    set_statuses(plan, APR_16, [WFO, WFA, WFO, WFH])
    result = run(plan, mode=FillMode.KEEP)
    assert grid(applied(plan, result)) == ["WFO", "WFH", "WFO", "WFH"]
    assert result.changed == 1
    replaced = run(plan, mode=FillMode.REPLACE)
    assert grid(applied(plan, replaced)) == ["WFH", "WFH", "WFO", "WFO"]


def test_keep_sends_the_most_remote_back_first_when_over_the_cap() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 4)]), "menpanrb-1-2024", APR_16, APR_17)
    set_statuses(plan, APR_16, [WFH, WFH, WFH, WFO])
    set_statuses(plan, APR_17, [WFH, WFO, WFO, WFO])
    result = run(plan)
    # 16 April: 3 of 4 home, cap 2: Pegawai 1 has two remote days, the most, and goes back.
    # 17 April: one slot is free and goes to Pegawai 4, who had none.
    assert grid(applied(plan, result)) == ["WFO WFH", "WFH WFO", "WFH WFO", "WFO WFH"]
    assert result.changed == 2


def test_weekly_cap_spreads_two_days_a_week_over_the_week() -> None:
    circular = builtin_catalog().get("permenpanrb-4-2025")
    first = dt.date(2025, 5, 5)  # Monday; 12 May is Waisak and 13 May cuti bersama
    plan = make_plan(make_roster([("Unit", ADM, 3)]), "permenpanrb-4-2025", first, dt.date(2025, 5, 16))
    result_plan = applied(plan, run(plan, circular))
    assert grid(result_plan) == [
        "WFH WFO WFH WFO WFO -- -- -- -- WFO WFH WFH",
        "WFH WFO WFO WFH WFO -- -- -- -- WFH WFO WFH",
        "WFO WFH WFO WFO WFH -- -- -- -- WFH WFH WFO",
    ]
    assert violations(result_plan, circular) == []


def test_excluded_staff_pairs_and_public_service_stay_in_the_office() -> None:
    roster = with_excluded(make_roster([("Biro Hukum", ADM, 6), ("Layanan", PUB, 2)]), [5])
    head, deputy = roster.staff[0].nip, roster.staff[1].nip
    policy = AgencyPolicy(exclusive_pairs=((head, deputy),))
    plan = make_plan(roster, "menpanrb-1-2024", APR_16, APR_17, policy=policy)
    result_plan = applied(plan, run(plan))
    # 6 staff at 50 %: 3 a day, 6 remote days for the 5 who may. 16 April: Pegawai 1, not the
    # deputy (Pegawai 2), then 3 and 4. 17 April: 2 and 5, who had none, then Pegawai 3, since
    # Pegawai 1 may not join the deputy. Pegawai 6 and the public service stay in the office.
    assert grid(result_plan) == [
        "WFH WFO",
        "WFO WFH",
        "WFH WFH",
        "WFH WFO",
        "WFO WFH",
        "WFO WFO",
        "WFO WFO",
        "WFO WFO",
    ]
    assert violations(result_plan, builtin_catalog().get("menpanrb-1-2024")) == []


def test_office_at_most_sends_enough_staff_home_even_below_the_target() -> None:
    monday = dt.date(2024, 5, 6)
    circular = one_period_circular({ADM: Rule(RuleKind.OFFICE_MAX, 25)}, monday, monday)
    plan = make_plan(make_roster([("Unit", ADM, 4)]), "uji", monday, monday)
    # WFO at most 25 % of 4 = 1: three must be remote, whatever the target says.
    result = run(plan, circular, target_percent=0)
    assert grid(applied(plan, result)) == ["WFH", "WFH", "WFH", "WFO"]
    assert result.problems == ()


def test_office_at_most_that_cannot_be_reached_names_who_had_to_stay() -> None:
    monday = dt.date(2024, 5, 6)
    circular = one_period_circular({ADM: Rule(RuleKind.OFFICE_MAX, 25)}, monday, monday)
    plan = make_plan(with_excluded(make_roster([("Unit", ADM, 4)]), [0, 1]), "uji", monday, monday)
    set_statuses(plan, monday, [None, None, WFO])
    plan.set_locked([(plan.roster.staff[2].nip, monday)], locked=True)
    result = run(plan, circular)
    # Three of four must be remote; two may not and one is locked in the office: only Pegawai 4 can go.
    assert grid(applied(plan, result)) == ["WFO", "WFO", "WFO", "WFH"]
    [problem] = result.problems
    assert describe_problem(problem, plan.roster) == (
        "Seluruh instansi · Administrasi pemerintahan, Senin 6 Mei 2024: 3 dari 4 pegawai WFO = 75 % > "
        "batas WFO 25 % (maks. 1); "
        "tidak dapat dipenuhi karena 1 sel WFO terkunci, 2 pegawai tidak boleh bekerja jarak jauh."
    )


def test_only_the_range_changes_and_non_working_days_stay_blank() -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 2)]), "menpanrb-1-2024", dt.date(2024, 4, 13), APR_18)
    result = run(plan, first=APR_16, last=APR_17)
    assert {edit.day for edit in result.edits} == {APR_16, APR_17}
    assert (result.first, result.last) == (APR_16, APR_17)
    whole = run(plan)  # 13–14 April is a weekend, 15 April cuti bersama
    assert {edit.day for edit in whole.edits} == {APR_16, APR_17, APR_18}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (AutofillOptions(first=APR_17, last=APR_16), "terbalik"),
        (AutofillOptions(first=dt.date(2024, 4, 1)), "di luar rencana"),
        (AutofillOptions(first=dt.date(2024, 4, 19)), "di luar rencana"),
        (AutofillOptions(target_percent=120), "antara 0 dan 100"),
    ],
)
def test_bad_options_are_refused_with_a_reason(options: AutofillOptions, message: str) -> None:
    plan = make_plan(make_roster([("Biro Hukum", ADM, 2)]), "menpanrb-1-2024", APR_16, APR_18)
    with pytest.raises(PlannerError, match=message):
        autofill(plan, builtin_catalog().get(plan.circular_id), calendar(2024, 2024), options)


def test_changed_per_unit_counts_edits_by_each_persons_unit() -> None:
    plan = make_plan(make_roster([("A", ADM, 2), ("B", PUB, 3)]), "menpanrb-1-2024", APR_16, APR_16)
    result = run(plan)
    assert result.changed_per_unit(plan.roster) == {"A": 2, "B": 3}


# ---- properties ----------------------------------------------------------------------------

FIRST_DAY = dt.date(2024, 3, 25)
"""Plans start in the two weeks before Idul Fitri 2024: holidays and cuti bersama 8–15 April."""
CELL_STATUSES = (None, None, None, WFO, WFO, WFH, WFH, WFA, CT, S, Status.DL, Status.TB)


def _rule(kind: RuleKind, value: int) -> Rule:
    if kind.unit == "percent":
        return Rule(kind, value)
    if kind is RuleKind.WEEKLY_REMOTE_MAX:
        return Rule(kind, 1 + value % 3)
    return Rule(kind)


@st.composite
def rules(draw: st.DrawFn, *, office_max: bool) -> dict[Category, Rule]:
    kinds = [RuleKind.REMOTE_MAX, RuleKind.OFFICE_MIN, RuleKind.OFFICE_ALL, RuleKind.NO_QUOTA]
    kinds += [RuleKind.WEEKLY_REMOTE_MAX] + ([RuleKind.OFFICE_MAX] if office_max else [])
    found = {}
    for category in Category:
        if draw(st.booleans()) or category is ADM:
            found[category] = _rule(draw(st.sampled_from(kinds)), draw(st.integers(0, 100)))
    return found


@st.composite
def scenarios(draw: st.DrawFn, *, office_max: bool = False) -> tuple[Plan, Circular, AutofillOptions]:
    """A random plan (1–3 units, absences, locks, excluded staff, a policy) and circular, and options."""
    first = FIRST_DAY + dt.timedelta(days=draw(st.integers(0, 14)))
    last = first + dt.timedelta(days=draw(st.integers(0, 13)))
    unit_specs = [
        (f"Unit {index}", draw(st.sampled_from(list(Category))), draw(st.integers(1, 6)))
        for index in range(draw(st.integers(1, 3)))
    ]
    parents = {name: "Unit 0" for name, _, _ in unit_specs[1:] if draw(st.booleans())}
    weeks = {name: WorkWeek.SIX_DAYS for name, _, _ in unit_specs if draw(st.integers(0, 3)) == 0}
    roster = make_roster(unit_specs, parents=parents, weeks=weeks)
    staff = len(roster.staff)
    excluded = draw(st.lists(st.integers(0, staff - 1), max_size=2, unique=True))
    roster = with_excluded(roster, excluded)
    staff_categories = list(roster.staff)
    for row in draw(st.lists(st.integers(0, staff - 1), max_size=2, unique=True)):
        staff_categories[row] = dataclasses.replace(
            staff_categories[row], category=draw(st.sampled_from(list(Category)))
        )
    roster = Roster(roster.units.values(), staff_categories)

    pairs: list[tuple[Nip, Nip]] = []
    if staff >= 2:
        for _ in range(draw(st.integers(0, 2))):
            a, b = draw(st.lists(st.integers(0, staff - 1), min_size=2, max_size=2, unique=True))
            pairs.append((roster.staff[a].nip, roster.staff[b].nip))
    severity = st.sampled_from(list(Severity))
    policy = AgencyPolicy(
        remote_cap_percent=draw(st.none() | st.integers(0, 100)),
        remote_cap_severity=draw(severity),
        min_office_per_unit=draw(st.none() | st.integers(1, 4)),
        min_office_severity=draw(severity),
        exclusive_pairs=tuple(pairs),
        pairs_severity=draw(severity),
    )
    plan = make_plan(roster, "acak", first, last, policy=policy, quota_level=draw(st.sampled_from([None, 0])))
    for day in plan.days:
        statuses = [draw(st.sampled_from(CELL_STATUSES)) for _ in range(staff)]
        set_statuses(plan, day, statuses)
    cells = [(member.nip, day) for member in roster.staff for day in plan.days]
    locks = draw(st.lists(st.sampled_from(cells), max_size=4, unique=True))
    plan.set_locked(locks, locked=True)

    remote = st.sampled_from([frozenset({WFH}), frozenset({WFA}), frozenset({WFH, WFA})])
    period_first = first + dt.timedelta(days=draw(st.integers(-3, 6)))
    periods = [
        Period(
            (DateRange(period_first, period_first + dt.timedelta(days=draw(st.integers(0, 16)))),),
            draw(rules(office_max=office_max)),
            draw(remote),
        )
    ]
    if draw(st.booleans()):
        inner = period_first + dt.timedelta(days=draw(st.integers(0, 5)))
        periods.append(
            Period(
                (DateRange(inner, inner + dt.timedelta(days=draw(st.integers(0, 3)))),),
                draw(rules(office_max=office_max)),
                draw(remote),
            )
        )
    circular = Circular(
        id=CircularId("acak"),
        document_type="Surat Edaran",
        issuer="Penguji",
        issuer_short="Penguji",
        number="1",
        year=2024,
        title="Acak",
        periods=tuple(periods),
    )
    range_first = first + dt.timedelta(days=draw(st.integers(0, (last - first).days)))
    range_last = range_first + dt.timedelta(days=draw(st.integers(0, (last - range_first).days)))
    whole = draw(st.booleans())
    options = AutofillOptions(
        first=None if whole else range_first,
        last=None if whole else range_last,
        target_percent=draw(st.none() | st.integers(0, 100)),
        mode=draw(st.sampled_from(list(FillMode))),
    )
    return plan, circular, options


def _calendar() -> WorkCalendar:
    return calendar(2024, 2024)


def _range(plan: Plan, result: AutofillResult) -> range:
    return range(plan.column_of(result.first), plan.column_of(result.last) + 1)


def _fixed(plan: Plan, row: int, column: int) -> bool:
    status = plan.status(row, column)
    return plan.is_locked(row, column) or (status is not None and status.presence.value == "absent")


def _key(violation: Violation) -> tuple[object, ...]:
    """What identifies a violation, whatever its counts; a weekly cap by person and week."""
    if violation.rule is RuleCode.WEEKLY_REMOTE_MAX:
        return (violation.rule, violation.nip, violation.day.isocalendar()[:2])
    return (violation.rule, violation.day, violation.unit, violation.category, violation.nip, violation.other_nip)


def _in_range(violation: Violation, first: dt.date, last: dt.date) -> bool:
    if violation.rule is RuleCode.WEEKLY_REMOTE_MAX:
        monday = violation.day - dt.timedelta(days=violation.day.weekday())
        return monday <= last and monday + dt.timedelta(days=6) >= first
    return first <= violation.day <= last


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(scenarios())
def test_no_violation_is_left_that_keeping_everyone_in_the_office_would_avoid(
    scenario: tuple[Plan, Circular, AutofillOptions],
) -> None:
    """Without "office at most", every rule only gets easier with fewer remote staff.

    So a rule can be kept exactly when it holds with every free cell of the range in the
    office: what stays broken after filling must be broken there too.
    """
    plan, circular, options = scenario
    result = autofill(plan, circular, _calendar(), options)
    after = applied(plan, result)
    all_office = plan.rebuilt()
    validator = Validator(all_office, circular, _calendar())
    targets = [
        (member.nip, plan.days[column])
        for row, member in enumerate(plan.roster.staff)
        for column in _range(plan, result)
        if validator.is_working(row, column) and not _fixed(plan, row, column)
    ]
    all_office.apply(all_office.edits_to(targets, WFO))
    unavoidable = {_key(v) for v in violations(all_office, circular) if _in_range(v, result.first, result.last)}
    left = [v for v in violations(after, circular) if _in_range(v, result.first, result.last)]
    # A week running past the plan is a reminder about days the plan does not hold, not a broken rule.
    assert [v for v in left if _key(v) not in unavoidable and v.rule is not RuleCode.WEEKLY_UNKNOWN] == []
    assert {_key(p.violation) for p in result.problems} == {_key(v) for v in left}
    assert (result.errors, result.warnings) == (
        sum(v.severity is Severity.ERROR for v in violations(after, circular)),
        sum(v.severity is Severity.WARNING for v in violations(after, circular)),
    )


@PROPERTY_SETTINGS
@given(scenarios(office_max=True))
def test_fixed_cells_stay_the_result_is_deterministic_and_a_second_run_changes_nothing(
    scenario: tuple[Plan, Circular, AutofillOptions],
) -> None:
    plan, circular, options = scenario
    before = [plan.row_bytes(row) for row in range(len(plan.roster.staff))]
    result = autofill(plan, circular, _calendar(), options)
    assert [plan.row_bytes(row) for row in range(len(plan.roster.staff))] == before, "the plan is not changed"
    assert autofill(plan, circular, _calendar(), options) == result

    validator = Validator(plan, circular, _calendar())
    columns = _range(plan, result)
    for edit in result.edits:
        row, column = plan.roster.index_of(edit.nip), plan.column_of(edit.day)
        assert column in columns
        assert validator.is_working(row, column)
        assert not _fixed(plan, row, column)
        assert edit.new in (WFO, WFH, WFA)

    after = applied(plan, result)
    assert autofill(after, circular, _calendar(), options).edits == ()
    keep = dataclasses.replace(options, mode=FillMode.KEEP)
    assert autofill(after, circular, _calendar(), keep).edits == ()


@PROPERTY_SETTINGS
@given(scenarios(office_max=True))
def test_staff_with_the_same_available_days_get_the_same_number_of_remote_days_within_one(
    scenario: tuple[Plan, Circular, AutofillOptions],
) -> None:
    """Same availability: the same days free or locked remote, and the same weekly cap used up outside the range."""
    plan, circular, options = scenario
    result = autofill(plan, circular, _calendar(), options)
    after = applied(plan, result)
    validator = Validator(plan, circular, _calendar())
    paired = {nip for pair in plan.policy.exclusive_pairs for nip in pair}
    columns = _range(plan, result)

    def weekly_days_outside(row: int, category: Category, column: int) -> int:
        """Remote days a weekly cap counts in this column's week but outside the range: they use up the cap."""
        monday = column - plan.days[column].weekday()
        found = 0
        for other in range(max(monday, 0), min(monday + 7, len(plan.days))):
            period = circular.period_on(plan.days[other])
            rule = period.rules.get(category) if period else None
            status = plan.status(row, other)
            if (
                other not in columns
                and rule is not None
                and rule.kind is RuleKind.WEEKLY_REMOTE_MAX
                and validator.is_working(row, other)
                and status is not None
                and status.is_remote
            ):
                found += 1
        return found

    counts: dict[tuple[int, tuple[tuple[int, int], ...]], list[int]] = {}
    for row, member in enumerate(plan.roster.staff):
        if member.nip in paired or member.no_remote_reason is not None:
            continue
        category = plan.roster.category_of(member)
        available = []
        for column in columns:
            period = circular.period_on(plan.days[column])
            rule = period.rules.get(category) if period else None
            status = plan.status(row, column)
            locked_remote = plan.is_locked(row, column) and status is not None and status.is_remote
            if (
                period is not None
                and rule is not None
                and rule.allows_remote
                and ({WFH, WFA} & period.remote_statuses)
                and validator.is_working(row, column)
                and (not _fixed(plan, row, column) or (locked_remote and status in period.remote_statuses))
            ):
                available.append(column)
        if available:
            remote = sum(1 for column in available if (s := after.status(row, column)) is not None and s.is_remote)
            same_days = tuple((column, weekly_days_outside(row, category, column)) for column in available)
            counts.setdefault((validator.group_of(row), same_days), []).append(remote)
    for same in counts.values():
        assert max(same) - min(same) <= 1, same


@PROPERTY_SETTINGS
@given(scenarios())
def test_no_single_office_cell_could_have_been_remote_as_well(
    scenario: tuple[Plan, Circular, AutofillOptions],
) -> None:
    """As many remote days as the rules allow: turning any free WFO cell remote would break a rule or the target."""
    plan, circular, options = scenario
    result = autofill(plan, circular, _calendar(), options)
    after = applied(plan, result)
    validator = Validator(after, circular, _calendar())
    before = set(validator.violations())
    for row, member in enumerate(plan.roster.staff):
        category = plan.roster.category_of(member)
        for column in _range(plan, result):
            day = plan.days[column]
            period = circular.period_on(day)
            rule = period.rules.get(category) if period else None
            if (
                period is None
                or rule is None
                or after.status(row, column) is not WFO
                or _fixed(plan, row, column)
                or not validator.is_working(row, column)
            ):
                continue
            new = WFH if WFH in period.remote_statuses else WFA
            changes = after.apply(after.edits_to([(member.nip, day)], new))
            validator.update(changes)
            broke = set(validator.violations()) - before  # a new violation, or one made worse
            tally = validator.group_tally(validator.group_of(row), column)
            over_target = (
                options.target_percent is not None and 100 * tally.remote > options.target_percent * tally.headcount
            )
            validator.update(after.apply(after.edits_to([(member.nip, day)], WFO)))
            assert broke or over_target, (member.name, day)


def test_non_asn_staff_not_counted_are_named_as_such_not_as_the_whole_agency() -> None:
    roster = make_roster([("Biro Hukum", ADM, 3), ("Biro Umum", OPS, 2)])
    staff = list(roster.staff)
    staff[3] = dataclasses.replace(staff[3], nip=new_internal_number(), name="Ani Honorer", non_asn=True)
    staff[4] = dataclasses.replace(staff[4], nip=new_internal_number(), name="Budi Sopir", non_asn=True)
    plan = make_plan(Roster(roster.units.values(), staff), "menpanrb-1-2024", APR_16, APR_17)
    assert not plan.policy.count_non_asn

    result = run(plan)

    texts = [describe_group(summary, plan.roster) for summary in result.groups]
    assert [summary.counted for summary in result.groups] == [True, False]
    assert texts[0].startswith("Seluruh instansi · Administrasi pemerintahan: 2 dari 2 jatah")
    assert texts[1] == (
        "Non-ASN yang tidak dihitung dalam kuota · Dukungan operasional: 2 pegawai, tidak ada yang dapat "
        "bekerja jarak jauh pada rentang ini."
    )
    assert not any(text.startswith("Seluruh instansi · Dukungan operasional") for text in texts), (
        "no empty agency group beside them"
    )
    counted = run(plan.rebuilt(policy=dataclasses.replace(plan.policy, count_non_asn=True)))
    assert [summary.counted for summary in counted.groups] == [True, True]
    assert describe_group(counted.groups[1], plan.roster).startswith(
        "Seluruh instansi · Dukungan operasional: 2 pegawai"
    )
