"""The recap's views as pandas tables, and its JSON and CSV forms.

pandas is imported inside each function (ruff bans it at module level): the window's start-up
must not pay for it.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.io.atomic import replacing
from planner.recap.build import Recap

if TYPE_CHECKING:
    import pandas as pd

DAY_COLUMNS = ("date", "plan", "unit", "category", "remote", "office", "absent", "headcount")
"""The columns of a day row, in JSON and CSV."""


def days_frame(recap: Recap) -> pd.DataFrame:
    """One row per plan, quota group and working day; ``plan`` indexes ``recap.plans``, ``cap`` is the limit."""
    import pandas as pd

    rows = recap.rows
    return pd.DataFrame(
        {
            "date": pd.to_datetime(pd.Series(rows.date, dtype="object")),
            "plan": pd.Series(rows.plan, dtype="int32"),
            "unit": pd.Series(rows.unit, dtype="string"),
            "category": pd.Series(rows.category, dtype="string"),
            "remote": pd.Series(rows.remote, dtype="int32"),
            "office": pd.Series(rows.office, dtype="int32"),
            "absent": pd.Series(rows.absent, dtype="int32"),
            "headcount": pd.Series(rows.headcount, dtype="int32"),
            "cap": pd.Series(rows.cap, dtype="int32"),
        }
    )


def totals_frame(days: pd.DataFrame) -> pd.DataFrame:
    """Across all plans, per day: remote, office, absent, headcount and the remote share in %."""
    totals = days.groupby("date", sort=True)[["remote", "office", "absent", "headcount"]].sum().reset_index()
    totals["share"] = (100 * totals["remote"] / totals["headcount"].where(totals["headcount"] > 0)).fillna(0.0)
    return totals


def unit_frame(days: pd.DataFrame) -> pd.DataFrame:
    """Per plan, unit and day: remote, headcount, the limit in people, the share and the limit in %.

    A unit's limit is the sum of its quota groups' limits, so a unit of administration staff
    under a 50 % cap and public-service staff kept in the office shows the share it may reach.
    """
    units = days.groupby(["plan", "unit", "date"], sort=False)[["remote", "headcount", "cap"]].sum().reset_index()
    units["share"] = 100 * units["remote"] / units["headcount"]
    units["limit"] = 100 * units["cap"] / units["headcount"]
    return units


def plan_frame(days: pd.DataFrame) -> pd.DataFrame:
    """Per plan and day: remote, headcount, the limit in people, the share and the limit in %."""
    plans = days.groupby(["plan", "date"], sort=True)[["remote", "headcount", "cap"]].sum().reset_index()
    plans["share"] = 100 * plans["remote"] / plans["headcount"]
    plans["limit"] = 100 * plans["cap"] / plans["headcount"]
    return plans


def recap_json(recap: Recap) -> dict[str, Any]:
    """The ``rekap --json`` document: plans, day rows and the agency's totals per day."""
    rows = recap.rows
    files = [str(plan.path) for plan in recap.plans]
    totals = totals_frame(days_frame(recap))
    return {
        "plans": [
            {
                "file": str(plan.path),
                "agency": plan.agency,
                "units": list(plan.units),
                "circular": plan.circular_id,
                "from": plan.first.isoformat(),
                "to": plan.last.isoformat(),
                "errors": plan.errors,
                "warnings": plan.warnings,
                "signed": plan.signed,
                "matches_signed": plan.matches_signed,
            }
            for plan in recap.plans
        ],
        "days": [
            {
                "date": date.isoformat(),
                "plan": files[plan],
                "unit": unit,
                "category": category,
                "remote": remote,
                "office": office,
                "absent": absent,
                "headcount": headcount,
            }
            for date, plan, unit, category, remote, office, absent, headcount in zip(
                rows.date,
                rows.plan,
                rows.unit,
                rows.category,
                rows.remote,
                rows.office,
                rows.absent,
                rows.headcount,
                strict=True,
            )
        ],
        "totals": [
            {
                "date": date.date().isoformat(),
                "remote": int(remote),
                "office": int(office),
                "absent": int(absent),
                "headcount": int(headcount),
            }
            for date, remote, office, absent, headcount in zip(
                totals["date"], totals["remote"], totals["office"], totals["absent"], totals["headcount"], strict=True
            )
        ],
    }


def write_csv(recap: Recap, path: Path) -> None:
    """The day rows as CSV (UTF-8 with BOM so Excel reads it): one row per plan, unit, category and day.

    Raises:
        PlannerError: the file cannot be written.
    """
    rows = recap.rows
    files = [str(plan.path) for plan in recap.plans]
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(DAY_COLUMNS)
        writer.writerows(
            (date.isoformat(), files[plan], unit, category, remote, office, absent, headcount)
            for date, plan, unit, category, remote, office, absent, headcount in zip(
                rows.date,
                rows.plan,
                rows.unit,
                rows.category,
                rows.remote,
                rows.office,
                rows.absent,
                rows.headcount,
                strict=True,
            )
        )
