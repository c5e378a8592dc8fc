"""Plan files of several departments of one province, built in code, for the recap's tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from tests.factories import builtin_catalog, make_nip

AGENCY = "PEMERINTAH PROVINSI NUSA TENGGARA BARAT"
FIRST, LAST = dt.date(2024, 4, 15), dt.date(2024, 4, 19)
"""SE MenPANRB 1/2024 allows WFH at most 50 % on 16–17 April; 18–19 April are office days, 15 April is cuti bersama."""
REMOTE_DAYS = (dt.date(2024, 4, 16), dt.date(2024, 4, 17))


def department_plan(
    number: int,
    *,
    remote: int = 2,
    agency: str = AGENCY,
    department: str | None = None,
    circular: str = "menpanrb-1-2024",
    first: dt.date = FIRST,
    last: dt.date = LAST,
    nips_from: int | None = None,
) -> Plan:
    """Department ``number``: "Bidang Umum" (administration, 4 staff, ``remote`` of them WFH on 16–17 April)
    and "Loket Pelayanan" (public service, 2 staff, in the office)."""
    units = [
        Unit(UnitId("umum"), "Bidang Umum", Category.ADMINISTRASI),
        Unit(UnitId("loket"), "Loket Pelayanan", Category.PELAYANAN_PUBLIK),
    ]
    base = (number * 10) if nips_from is None else nips_from
    staff = [StaffMember(make_nip(base + i), f"Pegawai {number}-{i}", UnitId("umum")) for i in range(4)]
    staff += [StaffMember(make_nip(base + 4 + i), f"Petugas {number}-{i}", UnitId("loket")) for i in range(2)]
    plan = Plan(
        name=f"Jadwal Dinas {number}",
        circular_id=CircularId(circular),
        first=first,
        last=last,
        roster=Roster(units, staff),
        profile=AgencyProfile(letterhead=(agency, department or f"DINAS {number}")),
    )
    for day in REMOTE_DAYS:
        if first <= day <= last:
            plan.apply(plan.edits_to([(staff[i].nip, day) for i in range(remote)], Status.WFH))
    return plan


def save(plan: Plan, path: Path) -> Path:
    """Write ``plan`` at ``path`` with its circular."""
    PlanFile.create(path, plan, builtin_catalog().get(plan.circular_id))
    return path


def nip(serial: int) -> Nip:
    """The NIP ``department_plan`` gives staff ``serial``."""
    return make_nip(serial)
