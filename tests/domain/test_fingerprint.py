"""The content fingerprint and the differences since a signed revision."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache

import pytest

from planner.domain.circular import CircularId
from planner.domain.fingerprint import (
    CellChange,
    content_of,
    differences,
    fingerprint,
    parse_verification_text,
    plan_fingerprint,
    verification_text,
)
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, UnitId
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.resources import demo_folder

DAY = dt.date(2024, 4, 17)


@cache
def _demo() -> Plan:
    return demo_plan(demo_folder())


def demo() -> Plan:
    return _demo().rebuilt()


def set_cell(plan: Plan, row: int, day: dt.date, status: Status | None) -> None:
    plan.apply(plan.edits_to([(plan.roster.staff[row].nip, day)], status))


def test_the_same_content_gives_the_same_64_hex_digits() -> None:
    first, second = plan_fingerprint(demo()), plan_fingerprint(demo())
    assert first == second
    assert len(first) == 64
    assert int(first, 16) >= 0


def test_one_cell_changes_the_fingerprint() -> None:
    plan = demo()
    before = plan_fingerprint(plan)
    set_cell(plan, 0, DAY, Status.CT)
    assert plan_fingerprint(plan) != before


def test_a_blank_cell_and_wfo_are_the_same_content() -> None:
    plan = demo()
    row = next(r for r in range(len(plan.roster.staff)) if plan.status(r, plan.column_of(DAY)) is Status.WFO)
    before = plan_fingerprint(plan)
    set_cell(plan, row, DAY, None)
    assert plan_fingerprint(plan) == before


@pytest.mark.parametrize("field", ["name", "position", "rank"])
def test_a_staff_members_printed_details_change_the_fingerprint(field: str) -> None:
    plan = demo()
    member = plan.roster.staff[3]
    changed = dataclasses.replace(member, **{field: getattr(member, field) + " X"})
    staff = [changed if m is member else m for m in plan.roster.staff]
    other = plan.rebuilt(roster=Roster(plan.roster.units.values(), staff))
    assert plan_fingerprint(other) != plan_fingerprint(plan)


def test_the_plans_name_and_letterhead_are_not_content() -> None:
    plan = demo()
    other = plan.rebuilt(name="Nama lain", profile=dataclasses.replace(plan.profile, city="Kota lain"))
    assert plan_fingerprint(other) == plan_fingerprint(plan)


def test_the_circular_and_the_dates_are_content() -> None:
    plan = demo()
    assert plan_fingerprint(plan.rebuilt(circular_id=CircularId("sekda-dki-34-2023"))) != plan_fingerprint(plan)
    assert plan_fingerprint(plan.rebuilt(last=plan.last + dt.timedelta(days=1))) != plan_fingerprint(plan)
    assert plan_fingerprint(plan.rebuilt(days_added={DAY: "Libur daerah"})) != plan_fingerprint(plan)


def test_the_verification_text_reads_back() -> None:
    content_hash = plan_fingerprint(demo())
    text = verification_text("3F9A-1C2E", content_hash)
    assert text == f"JKASN1|3F9A-1C2E|{content_hash}"
    assert parse_verification_text(text) == ("3F9A-1C2E", content_hash)
    for bad in ("", "JKASN1|x", f"JKASN2|3F9A-1C2E|{content_hash}", "JKASN1|3F9A-1C2E|abc", "JKASN1||" + "0" * 64):
        with pytest.raises(ValueError, match="bukan teks verifikasi"):
            parse_verification_text(bad)


def test_no_differences_when_nothing_changed() -> None:
    plan = demo()
    found = differences(content_of(plan), content_of(plan.rebuilt()))
    assert found.empty


def test_changed_cells_say_who_which_day_old_and_new() -> None:
    plan = demo()
    signed = content_of(plan)
    member = plan.roster.staff[2]
    old = plan.status_of(member.nip, DAY) or Status.WFO
    set_cell(plan, 2, DAY, Status.DL)

    found = differences(signed, content_of(plan))

    assert found.cells == (CellChange(member.nip, member.name, DAY, old, Status.DL),)
    assert not found.empty
    assert fingerprint(signed) != plan_fingerprint(plan)


def test_staff_added_removed_changed_and_reordered() -> None:
    plan = demo()
    signed = content_of(plan)
    staff = list(plan.roster.staff)
    removed = staff.pop(0)
    staff[0] = dataclasses.replace(staff[0], rank="Penata (III/c)")
    newcomer = StaffMember(Nip("199001012015031001"), "Pegawai Baru", UnitId(staff[0].unit))
    staff.append(newcomer)
    staff[1], staff[2] = staff[2], staff[1]
    current = plan.rebuilt(roster=Roster(plan.roster.units.values(), staff))

    found = differences(signed, content_of(current))

    assert [entry.nip for entry in found.staff_removed] == [removed.nip]
    assert [entry.nip for entry in found.staff_added] == [newcomer.nip]
    assert [(change.after.nip, change.fields) for change in found.staff_changed] == [(staff[0].nip, ("rank",))]
    assert found.staff_reordered
    assert found.cells == ()


def test_a_longer_range_and_another_circular_are_listed() -> None:
    plan = demo()
    signed = content_of(plan)
    longer = plan.rebuilt(last=plan.last + dt.timedelta(days=3), circular_id=CircularId("sekda-dki-34-2023"))

    found = differences(signed, content_of(longer))

    assert found.circular == (plan.circular_id, "sekda-dki-34-2023")
    assert len(found.days_added) == 3
    assert found.days_removed == ()
    assert found.cells == ()
