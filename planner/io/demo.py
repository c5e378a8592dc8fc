"""The bundled demo plan: a Sekretariat Daerah of six units under SE Menteri PANRB 1/2024."""

from __future__ import annotations

import json
from pathlib import Path

from planner.domain.calendar import indonesian_calendar
from planner.domain.circular import CircularId
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.io.grid_csv import plan_from_grid, read_grid
from planner.io.plan_json import policy_from_json, profile_from_json

DEMO_FILE = "sekretariat-daerah.json"


def demo_plan(folder: Path) -> Plan:
    """Build the demo plan from the files in ``folder`` (``resources/demo``)."""
    settings = json.loads((folder / DEMO_FILE).read_text(encoding="utf-8"))
    grid = read_grid(folder / settings["staff"])
    return plan_from_grid(
        grid,
        circular_id=CircularId(settings["circular"]),
        calendar=indonesian_calendar(grid.dates[0], grid.dates[-1]),
        name=settings["name"],
        profile=profile_from_json(settings["profile"]),
        policy=policy_from_json(settings.get("policy", {})),
        no_remote={Nip(nip): reason for nip, reason in settings.get("no_remote", {}).items()},
    )
