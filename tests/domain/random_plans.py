"""Random plans, circulars and edit batches for the validator's property tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import strategies as st

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
from tests.factories import builtin_catalog, make_plan, make_roster

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


def circulars() -> dict[str, Circular]:
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


def random_plan(
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


def edits_of(plan: Plan, batch: list[tuple[int, int, Status | None]]) -> list[CellEdit]:
    edits: list[CellEdit] = []
    for row, column, status in batch:
        nip = plan.roster.staff[row].nip
        day = plan.days[column % len(plan.days)]
        new = plan.edits_to([(nip, day)], status)
        plan.apply(new)  # so the next edit of the same cell starts from this one
        edits += new
    plan.revert(edits)
    return edits
