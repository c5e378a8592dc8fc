"""Plans read back from the workbooks the planner exported (``Ekspor ke Excel``), for units that sent one.

The ``Jadwal`` sheet holds the grid format and ``Keterangan`` names the plan and its circular,
so the plan is rebuilt from them. A workbook carries no letterhead and no sign-off: its plan
has no agency (it is recapped, but joins no combined check) and counts as unsigned.
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.calendar import indonesian_calendar
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.io.circular_file import Catalog
from planner.io.grid_csv import plan_from_grid
from planner.io.sheet_table import read_table
from planner.io.staff_import import cell_text, read_schedule
from planner.io.xlsx_export import LEGEND_SHEET, SCHEDULE_SHEET

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def plan_from_workbook(path: Path, catalog: Catalog) -> tuple[Plan, Circular]:
    """The plan in a workbook the planner exported, with its circular from the catalogue.

    Raises:
        PlannerError: not such a workbook, a circular this computer does not know, or a grid
            with problems (each named with its row and column).
    """
    try:
        legend = read_table(path, LEGEND_SHEET)
    except PlannerError:
        raise PlannerError(
            f"{path.name}: bukan buku kerja ekspor Jadwal Kerja ASN (tidak ada lembar {LEGEND_SHEET})"
        ) from None
    labels = {cell_text(row[0]): cell_text(row[1]) for row in legend.rows if len(row) >= 2 and row[0] is not None}
    named = labels.get("Surat edaran", "")
    circular = next((c for c in catalog.circulars.values() if named in (c.name, c.id)), None)
    if circular is None:
        raise PlannerError(f"{path.name}: surat edaran {named!r} pada lembar {LEGEND_SHEET} tidak dikenal")
    grid = read_schedule(path, sheet=SCHEDULE_SHEET)
    if not grid.dates:
        raise PlannerError(f"{path.name}: lembar {SCHEDULE_SHEET} tidak punya kolom tanggal")
    first, last = grid.dates[0], grid.dates[-1]
    plan = plan_from_grid(
        grid,
        circular_id=CircularId(circular.id),
        calendar=indonesian_calendar(first, last),
        name=labels.get("Rencana") or path.stem,
        first=first,
        last=last,
    )
    return plan, circular
