"""Contracts as properties: incremental validation equals full validation; undo restores the plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import validation
from planner.domain.category import Category
from planner.domain.circular import (
    UNIT_SCOPE,
    Circular,
    CircularId,
    DateRange,
    Period,
    QuotaScope,
    Rule,
    RuleKind,
    ScopeKind,
)
from planner.domain.nip import Nip
from planner.domain.plan import CellEdit, Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.roster import Roster, WorkWeek
from planner.domain.status import Status
from planner.domain.validation import Validator
from tests.factories import builtin_catalog, calendar, make_plan, make_roster

ADM, PIM, OPS, PUB = (
    Category.ADMINISTRASI,
    Category.DUKUNGAN_PIMPINAN,
    Category.DUKUNGAN_OPERASIONAL,
    Category.PELAYANAN_PUBLIK,
)

MIXED = Circular(
    id=CircularId("campuran"),
    document_type="Surat Edaran",
    issuer="Penguji",
    issuer_short="Penguji",
    number="9",
    year=2023,
    title="Semua jenis aturan",
    periods=(
        Period(
            (DateRange(dt.date(2023, 8, 28), dt.date(2023, 9, 8)),),
            {ADM: Rule(RuleKind.OFFICE_MIN, 60), PIM: Rule(RuleKind.NO_QUOTA), PUB: Rule(RuleKind.OFFICE_ALL)},
        ),
        Period(
            (DateRange(dt.date(2023, 9, 4), dt.date(2023, 9, 5)), DateRange(dt.date(2023, 9, 7), None)),
            {ADM: Rule(RuleKind.OFFICE_MAX, 40), OPS: Rule(RuleKind.WEEKLY_REMOTE_MAX, 1)},
            frozenset({Status.WFH}),
        ),
    ),
)


SHAPES = Circular(
    id=CircularId("bentuk-baru"),
    document_type="Surat Edaran",
    issuer="Penguji",
    issuer_short="Penguji",
    number="12",
    year=2025,
    title="Setiap bentuk schema v2",
    periods=(
        Period(  # every Tuesday and Friday from 1 April 2025, no end: two rules, two scopes
            (DateRange(dt.date(2025, 4, 1), None),),
            {
                ADM: Rule(RuleKind.REMOTE_MAX, 50, scope=UNIT_SCOPE),
                PIM: Rule(RuleKind.OFFICE_MAX, 30),
                OPS: Rule(RuleKind.WEEKLY_REMOTE_MAX, 1),
                PUB: Rule(RuleKind.OFFICE_ALL),
            },
            frozenset({Status.WFH, Status.WFA}),
            weekdays=frozenset({1, 4}),
            further_rules={ADM: (Rule(RuleKind.OFFICE_MIN, 40),), OPS: (Rule(RuleKind.REMOTE_MAX, 60),)},
        ),
        Period(
            (DateRange(dt.date(2025, 4, 14), dt.date(2025, 4, 25)),),
            {ADM: Rule(RuleKind.WEEKLY_REMOTE_MAX, 2), OPS: Rule(RuleKind.NO_QUOTA)},
            frozenset({Status.WFH}),
        ),
    ),
    quota_scope=QuotaScope(ScopeKind.DEPARTMENT),
)


def _circulars() -> dict[str, Circular]:
    catalog = builtin_catalog()
    return {
        "sekda-dki-34-2023": catalog.get("sekda-dki-34-2023"),
        "permenpanrb-4-2025": catalog.get("permenpanrb-4-2025"),
        "campuran": MIXED,
        "bentuk-baru": SHAPES,
    }


RANGES = {
    "sekda-dki-34-2023": (dt.date(2023, 8, 17), dt.date(2023, 9, 12)),
    "permenpanrb-4-2025": (dt.date(2025, 4, 16), dt.date(2025, 5, 4)),
    "campuran": (dt.date(2023, 8, 25), dt.date(2023, 9, 15)),
    "bentuk-baru": (dt.date(2025, 4, 9), dt.date(2025, 5, 1)),
}
POLICY_SCOPES = [None, UNIT_SCOPE, QuotaScope(ScopeKind.LEVEL, 1), QuotaScope(ScopeKind.AGENCY)]


def _plan(
    circular_id: str, quota_level: int | None, scope: QuotaScope | None = None, count_non_asn: bool = False
) -> Plan:
    roster = make_roster(
        [
            ("Biro", ADM, 1),
            ("Bagian A", ADM, 3),
            ("Bagian B", PIM, 3),
            ("Umum", OPS, 3),
            ("Layanan", PUB, 2),
        ],
        parents={"Bagian A": "Biro", "Bagian B": "Biro"},
        weeks={"Layanan": WorkWeek.SIX_DAYS},
    )
    staff = list(roster.staff)
    staff[2] = dataclasses.replace(staff[2], no_remote_reason="Baru menjabat")
    staff[5] = dataclasses.replace(staff[5], category=ADM)
    staff[8] = dataclasses.replace(staff[8], cap_exemption="Tugas di luar kantor")
    staff[9] = dataclasses.replace(staff[9], nip=Nip(f"NA-{9:016X}"), non_asn=True)
    staff[3] = dataclasses.replace(staff[3], nip=Nip(f"NA-{3:016X}"), non_asn=True)
    roster = Roster(roster.units.values(), staff)
    policy = AgencyPolicy(
        quota_scope=scope,
        quota_scope_severity=Severity.ERROR,
        count_non_asn=count_non_asn,
        remote_cap_percent=34,
        min_office_per_unit=2,
        min_office_severity=Severity.ERROR,
        exclusive_pairs=((staff[0].nip, staff[1].nip), (staff[4].nip, staff[5].nip)),
    )
    first, last = RANGES[circular_id]
    return make_plan(roster, circular_id, first, last, policy=policy, quota_level=quota_level)


# Remote statuses weigh double, so weekly caps and quotas are actually reached.
statuses = st.sampled_from([None, *Status, Status.WFH, Status.WFA])
batches = st.lists(
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 40), statuses), min_size=1, max_size=20),
    min_size=1,
    max_size=12,
)


def _edits(plan: Plan, batch: list[tuple[int, int, Status | None]]) -> list[CellEdit]:
    edits: list[CellEdit] = []
    for row, column, status in batch:
        nip = plan.roster.staff[row].nip
        day = plan.days[column % len(plan.days)]
        new = plan.edits_to([(nip, day)], status)
        plan.apply(new)  # so the next edit of the same cell starts from this one
        edits += new
    plan.revert(edits)
    return edits


@settings(max_examples=200, deadline=None)
@given(
    circular_id=st.sampled_from(sorted(RANGES)),
    quota_level=st.sampled_from([None, 0]),
    scope=st.sampled_from(POLICY_SCOPES),
    count_non_asn=st.booleans(),
    batches=batches,
    rescan_ratio=st.sampled_from([0, validation._RESCAN_RATIO, 10**9]),
)
def test_incremental_validation_equals_full_validation(
    *,
    circular_id: str,
    quota_level: int | None,
    scope: QuotaScope | None,
    count_non_asn: bool,
    batches: list[list[tuple[int, int, Status | None]]],
    rescan_ratio: int,
) -> None:
    # 0: every batch cell by cell; 10**9: every batch by a whole scan again; the ratio used.
    kept = validation._RESCAN_RATIO
    validation._RESCAN_RATIO = rescan_ratio
    try:
        _check_incremental(circular_id, quota_level, scope, count_non_asn, batches)
    finally:
        validation._RESCAN_RATIO = kept


def _check_incremental(
    circular_id: str,
    quota_level: int | None,
    scope: QuotaScope | None,
    count_non_asn: bool,
    batches: list[list[tuple[int, int, Status | None]]],
) -> None:
    circular = _circulars()[circular_id]
    plan = _plan(circular_id, quota_level, scope, count_non_asn)
    work_calendar = calendar(plan.first.year, plan.last.year)
    live = Validator(plan, circular, work_calendar)
    for batch in batches:
        before = [live.violations_on(column) for column in range(len(plan.days))]
        named = live.update(plan.apply(_edits(plan, batch)))
        fresh = Validator(plan, circular, work_calendar)
        assert live.violations() == fresh.violations()
        for column in range(len(plan.days)):
            assert live.violations_on(column) == fresh.violations_on(column)
            # A view that re-reads only the days update() names misses nothing.
            assert column in named or live.violations_on(column) == before[column]
        assert (live.errors, live.warnings) == (fresh.errors, fresh.warnings)
        for column in range(len(plan.days)):
            assert live.agency_tally(column) == fresh.agency_tally(column)
            assert live.day_counts(column) == fresh.day_counts(column)
            for row in range(len(plan.roster.staff)):
                assert live.cell_violations(row, column) == fresh.cell_violations(row, column)
            for group in range(len(live.groups)):
                assert live.group_tally(group, column) == fresh.group_tally(group, column)


@settings(max_examples=80, deadline=None)
@given(batches=batches)
def test_reverting_edits_restores_the_plan(batches: list[list[tuple[int, int, Status | None]]]) -> None:
    plan = _plan("sekda-dki-34-2023", None)
    before = [bytes(row) for row in plan.rows()]
    history = []
    for batch in batches:
        edits = _edits(plan, batch)
        plan.apply(edits)
        history.append(edits)
    for edits in reversed(history):
        plan.revert(edits)
    assert [bytes(row) for row in plan.rows()] == before


def test_update_names_the_days_a_weekly_violation_moves_between() -> None:
    # At most 2 remote days a week (from 21 April 2025): remote Tuesday to Thursday is dated on
    # Thursday, the third.
    monday = dt.date(2025, 4, 21)
    week = [monday + dt.timedelta(days=offset) for offset in range(5)]
    plan = make_plan(make_roster([("Biro", ADM, 1)]), "permenpanrb-4-2025", week[0], week[-1])
    nip = plan.roster.staff[0].nip
    for day in week[1:4]:
        plan.apply(plan.edits_to([(nip, day)], Status.WFH))
    live = Validator(plan, builtin_catalog().get("permenpanrb-4-2025"), calendar(2025, 2025))
    assert [v.day for v in live.violations()] == [week[3]]
    # Remote on Monday too: the third remote day is now Wednesday.
    named = live.update(plan.apply(plan.edits_to([(nip, week[0])], Status.WFH)))
    assert [v.day for v in live.violations()] == [week[2]]
    assert {plan.column_of(week[2]), plan.column_of(week[3])} <= named
