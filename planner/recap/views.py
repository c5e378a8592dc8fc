"""The recap's share table and chart series as plain values: the PDF draws them with reportlab, the window with Qt."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from planner.recap.build import Recap
from planner.recap.tables import days_frame, plan_frame, totals_frame, unit_frame

if TYPE_CHECKING:
    import pandas as pd


class RowKind(enum.Enum):
    """What a row of the share table sums up."""

    AGENCY = "agency"
    PLAN = "plan"
    UNIT = "unit"


@dataclass(frozen=True, slots=True)
class ShareRow:
    """One row of the per-day share table: the remote share (%) per date against the row's limit (%)."""

    kind: RowKind
    label: str
    plan: int | None
    """Index into ``Recap.plans``; None for the agency's row."""
    shares: tuple[float | None, ...]
    """Per date of ``ShareTable.dates``; None where the row has no working day."""
    limits: tuple[float | None, ...]
    """Per date; None where the row has no limit (the agency's row, which sums different limits)."""

    def over(self, column: int) -> bool:
        """True when the share on date ``column`` is over the limit."""
        share, limit = self.shares[column], self.limits[column]
        return share is not None and limit is not None and share > limit + 1e-9

    @property
    def limit_text(self) -> str:
        """The limit as printed: "50", or "48–72" where it changes over the days."""
        limits = [limit for limit in self.limits if limit is not None]
        if not limits:
            return ""
        low, high = min(limits), max(limits)
        return f"{low:.0f}" if round(low) == round(high) else f"{low:.0f}–{high:.0f}"


@dataclass(frozen=True, slots=True)
class ShareTable:
    """The per-day share table: the agency, then each plan followed by its units."""

    dates: tuple[dt.date, ...]
    rows: tuple[ShareRow, ...]

    @property
    def agency(self) -> ShareRow:
        """The agency's row (the first)."""
        return self.rows[0]

    def plan_rows(self) -> list[ShareRow]:
        """The plans' rows, in plan order: the small multiples of the chart."""
        return [row for row in self.rows if row.kind is RowKind.PLAN]


def share_table(recap: Recap, days: pd.DataFrame | None = None) -> ShareTable:
    """The remote share per day across the agency, per plan and per unit, with each plan's limit.

    ``days`` is ``days_frame(recap)`` when the caller has it already.
    """
    if days is None:
        days = days_frame(recap)
    totals = totals_frame(days)
    dates = tuple(stamp.date() for stamp in totals["date"])
    column_of = {date: index for index, date in enumerate(dates)}

    def row(kind: RowKind, label: str, plan: int | None, frame: object, with_limit: bool = True) -> ShareRow:
        shares: list[float | None] = [None] * len(dates)
        limits: list[float | None] = [None] * len(dates)
        for date, share, limit in zip(frame["date"], frame["share"], frame["limit"], strict=True):  # type: ignore[index]
            column = column_of[date.date()]
            shares[column] = float(share)
            limits[column] = float(limit) if with_limit else None
        return ShareRow(kind, label, plan, tuple(shares), tuple(limits))

    totals["limit"] = 0.0
    rows = [row(RowKind.AGENCY, "Seluruh instansi", None, totals, with_limit=False)]
    units = dict(iter(unit_frame(days).groupby("plan", sort=False)))
    for plan_index, group in plan_frame(days).groupby("plan", sort=True):
        index = int(cast("int", plan_index))  # a numpy integer; the stubs type group keys as any scalar
        rows.append(row(RowKind.PLAN, recap.plans[index].department, index, group))
        for unit, unit_rows in units[plan_index].groupby("unit", sort=False):
            rows.append(row(RowKind.UNIT, str(unit), index, unit_rows))
    return ShareTable(dates, tuple(rows))
