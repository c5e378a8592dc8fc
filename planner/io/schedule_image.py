"""The schedule as pictures to share in a unit's WhatsApp group: a PNG per unit, and per week for long periods.

Each picture is the schedule's own PDF in its sharing layout (``ShareView``: names and codes,
the unit, the dates, the circular, "DRAF" when the plan has errors) rendered by pdfium
(pypdfium2). pdfium was chosen over reportlab's bitmap renderer because it draws the very PDF
the planner writes (the same fonts, fills and draft mark) and ships as a self-contained wheel
for Windows, macOS and Linux, without Qt: the command line may not import Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from planner.domain.calendar import WorkCalendar
from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.domain.roster import UnitId
from planner.io.atomic import replacing
from planner.io.schedule import PdfOptions, ShareView, write_schedule_pdf_to

MIN_WIDTH = 1080
"""Pixels across: a phone shows the picture full width without blurring the codes."""


@dataclass(frozen=True, slots=True)
class SharedPicture:
    """One picture written: where, for which unit and days, and its size in pixels."""

    path: Path
    unit: str
    first: dt.date
    last: dt.date
    width: int
    height: int


def weeks_of(plan: Plan) -> list[tuple[dt.date, dt.date]]:
    """The plan's calendar weeks (Monday to Sunday), clipped to its range, numbered from 1 in this order."""
    weeks: list[tuple[dt.date, dt.date]] = []
    day = plan.first
    while day <= plan.last:
        end = min(day + dt.timedelta(days=6 - day.weekday()), plan.last)
        weeks.append((day, end))
        day = end + dt.timedelta(days=1)
    return weeks


def top_units(plan: Plan) -> list[UnitId]:
    """The top-level units that have staff, in roster order."""
    roster = plan.roster
    staffed = {roster.ancestor_at(member.unit, 0) for member in roster.staff}
    return [unit_id for unit_id in roster.units if unit_id in staffed]


def find_unit(plan: Plan, name: str) -> UnitId:
    """The top-level unit named ``name`` (case and spacing aside).

    Raises:
        PlannerError: no unit has that name; the message lists those that do.
    """
    wanted = " ".join(name.split()).casefold()
    units = top_units(plan)
    for unit_id in units:
        if " ".join(plan.roster.units[unit_id].name.split()).casefold() == wanted:
            return unit_id
    known = ", ".join(plan.roster.units[unit_id].name for unit_id in units)
    raise PlannerError(f"unit {name!r} tidak ada di rencana ini; unit yang ada: {known}")


def render_png(pdf: bytes, target: Path, width: int = MIN_WIDTH) -> tuple[int, int]:
    """Render the first page of ``pdf`` to ``target`` at ``width`` pixels across; returns (width, height)."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - loaded only when a picture is made

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil()
        with replacing(target) as temporary:
            image.save(temporary, format="PNG", optimize=False)
        return (int(image.width), int(image.height))
    finally:
        document.close()


def write_pictures(
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    output: Path,
    *,
    unit: UnitId | None = None,
    week: int | None = None,
    now: dt.datetime | None = None,
) -> list[SharedPicture]:
    """Write a PNG per unit and per week (or the one asked for) beside ``output``.

    One picture is written at ``output`` itself; several are named after it with the unit and the
    week: ``jadwal-biro-umum-minggu-2.png``.

    Raises:
        PlannerError: no such week, a unit without staff, no working day in the week, or the
            file cannot be written.
    """
    weeks = weeks_of(plan)
    if week is not None and not 1 <= week <= len(weeks):
        raise PlannerError(f"minggu {week} tidak ada: rencana ini mencakup minggu 1 sampai {len(weeks)}")
    chosen_weeks = [weeks[week - 1]] if week is not None else (weeks if len(weeks) > 1 else [(plan.first, plan.last)])
    units = [unit] if unit is not None else top_units(plan)
    jobs = [(unit_id, number, span) for unit_id in units for number, span in _numbered(chosen_weeks, weeks)]
    written: list[SharedPicture] = []
    for unit_id, number, (first, last) in jobs:
        view = ShareView(unit_id, first, last)
        buffer = io.BytesIO()
        try:
            write_schedule_pdf_to(buffer, plan, circular, calendar, PdfOptions(share=view, now=now))
        except PlannerError as error:
            if len(jobs) > 1 and "tidak ada hari kerja" in str(error):
                continue  # a week of holidays only: no picture for it
            raise
        name = plan.roster.units[unit_id].name
        target = output if len(jobs) == 1 else output.with_name(f"{output.stem}-{_slug(name)}-minggu-{number}.png")
        width, height = render_png(buffer.getvalue(), target)
        written.append(SharedPicture(target, name, first, last, width, height))
    return written


def _numbered(
    chosen: list[tuple[dt.date, dt.date]], weeks: list[tuple[dt.date, dt.date]]
) -> list[tuple[int, tuple[dt.date, dt.date]]]:
    return [(weeks.index(span) + 1 if span in weeks else 1, span) for span in chosen]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "unit"
