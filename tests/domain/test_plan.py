"""The plan's own operations: locking cells, rebuilding with a new roster or date range, batches of edits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from array import array

import pytest

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.plan import CellBatch, Plan
from planner.domain.roster import Roster
from planner.domain.status import Status
from tests.factories import make_nip, make_plan, make_roster, set_statuses

APRIL_16, APRIL_17, APRIL_19 = dt.date(2024, 4, 16), dt.date(2024, 4, 17), dt.date(2024, 4, 19)


def test_locking_reports_only_cells_whose_lock_changed() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 3)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_19)
    first, second = roster.staff[0].nip, roster.staff[1].nip
    assert plan.set_locked([(first, APRIL_16), (second, APRIL_17)], True).locks == ((0, 0), (1, 1))
    assert plan.set_locked([(first, APRIL_16), (first, APRIL_17)], True).locks == ((0, 1),)
    assert plan.is_locked(0, 0)
    assert plan.is_locked(0, 1)
    assert not plan.is_locked(1, 0)
    assert plan.set_locked([(first, APRIL_16)], False).locks == ((0, 0),)
    assert plan.locked_cells() == [(first, APRIL_17), (second, APRIL_17)]


def test_rebuilding_with_a_shorter_range_and_a_smaller_roster_keeps_what_remains() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 3)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_19)
    set_statuses(plan, APRIL_17, [Status.WFH, Status.CT, Status.WFH])
    set_statuses(plan, APRIL_16, [Status.DL])
    plan.set_locked([(roster.staff[2].nip, APRIL_17), (roster.staff[1].nip, APRIL_16)], True)
    before = [plan.row_bytes(row) for row in range(3)]

    # The second person leaves, the plan now starts on the 17th and runs to the 22nd.
    smaller = Roster(roster.units.values(), [roster.staff[2], roster.staff[0]])
    rebuilt = plan.rebuilt(roster=smaller, first=APRIL_17, last=dt.date(2024, 4, 22), name="baru")

    assert rebuilt.name == "baru"
    assert rebuilt.days[0] == APRIL_17
    assert len(rebuilt.days) == 6
    assert rebuilt.status_of(roster.staff[2].nip, APRIL_17) is Status.WFH
    assert rebuilt.status_of(roster.staff[0].nip, APRIL_17) is Status.WFH
    assert rebuilt.status_of(roster.staff[0].nip, dt.date(2024, 4, 22)) is None
    assert rebuilt.locked_cells() == [(roster.staff[2].nip, APRIL_17)]
    # The old plan is untouched, so undo can go back to it.
    assert [plan.row_bytes(row) for row in range(3)] == before
    assert len(plan.locked_cells()) == 2


def test_rebuilding_with_a_range_that_no_longer_overlaps_starts_blank() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 1)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_17)
    set_statuses(plan, APRIL_16, [Status.WFH])
    moved = plan.rebuilt(first=dt.date(2024, 5, 1), last=dt.date(2024, 5, 3))
    assert moved.row_bytes(0) == bytes(3)


def test_rebuilding_keeps_parts_not_named_and_refuses_a_reversed_range() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 1)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_17, quota_level=0)
    plan.days_added[APRIL_17] = "HUT Provinsi"
    same = plan.rebuilt(policy=dataclasses.replace(plan.policy, remote_cap_percent=30))
    assert (same.quota_level, same.days_added, same.circular_id) == (0, {APRIL_17: "HUT Provinsi"}, plan.circular_id)
    assert same.policy.remote_cap_percent == 30
    assert plan.policy.remote_cap_percent is None
    with pytest.raises(ValueError, match="terbalik"):
        plan.rebuilt(first=APRIL_17, last=APRIL_16)


def test_a_person_whose_nip_was_corrected_keeps_their_cells_and_locks() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 2)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_17)
    set_statuses(plan, APRIL_16, [Status.WFO, Status.WFH])
    plan.set_locked([(roster.staff[1].nip, APRIL_16)], True)
    corrected = dataclasses.replace(roster.staff[1], nip=make_nip(99))
    new_roster = Roster(roster.units.values(), [roster.staff[0], corrected])
    rebuilt = plan.rebuilt(roster=new_roster, renamed={roster.staff[1].nip: corrected.nip})
    assert rebuilt.status_of(corrected.nip, APRIL_16) is Status.WFH
    assert rebuilt.locked_cells() == [(corrected.nip, APRIL_16)]


def test_a_cell_batch_applies_in_order_reverts_and_refuses_a_stale_edit_without_changing_anything() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 3)])
    plan = make_plan(roster, "menpanrb-1-2024", APRIL_16, APRIL_19)
    wfh, ct, blank = Status.WFH.byte, Status.CT.byte, 0
    # Cell (0, 0) is named twice, as in a brush stroke's merged step: blank → WFH → CT.
    batch = CellBatch(array("i", [0, 1, 0]), array("i", [0, 2, 0]), bytes([blank, blank, wfh]), bytes([wfh, ct, ct]))
    assert len(batch) == 3
    changes = plan.apply_batch(batch)
    assert changes.cells == ((0, 0), (1, 2))
    assert (plan.status(0, 0), plan.status(1, 2)) == (Status.CT, Status.CT)
    assert plan.revert_batch(batch).cells == ((0, 0), (1, 2))
    assert (plan.status(0, 0), plan.status(1, 2)) == (None, None)

    stale = CellBatch(array("i", [0, 2]), array("i", [1, 1]), bytes([blank, wfh]), bytes([wfh, ct]))
    with pytest.raises(ValueError, match="sel sudah berubah"):
        plan.apply_batch(stale)  # (2, 1) is blank, not WFH: the first edit is taken back too
    assert plan.status(0, 1) is None
    joined = batch.joined(CellBatch(array("i", [2]), array("i", [3]), bytes([blank]), bytes([wfh])))
    assert list(joined.rows) == [0, 1, 0, 2]
    assert joined.new == bytes([wfh, ct, ct, wfh])


def _plan_with(roster: Roster, cells: dict[Nip, dict[dt.date, Status]]) -> Plan:
    return Plan(
        name="uji", circular_id=CircularId("menpanrb-1-2024"), first=APRIL_16, last=APRIL_19, roster=roster, cells=cells
    )


def test_a_cell_outside_the_range_is_refused_naming_the_person_and_the_first_such_day() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 2)])
    nip = roster.staff[1].nip
    cells = {nip: {APRIL_16: Status.WFH, dt.date(2024, 4, 25): Status.CT, dt.date(2024, 4, 26): Status.S}}
    with pytest.raises(ValueError, match=f"^{nip}: tanggal 2024-04-25 di luar rentang rencana$"):
        _plan_with(roster, cells)


def test_cells_are_kept_as_their_bytes_on_their_days() -> None:
    roster = make_roster([("Biro A", Category.ADMINISTRASI, 2)])
    plan = _plan_with(roster, {roster.staff[0].nip: {APRIL_19: Status.TB, APRIL_17: Status.WFA}})
    assert plan.row_bytes(0) == bytes([0, Status.WFA.byte, 0, Status.TB.byte])
    assert plan.row_bytes(1) == bytes(4)
