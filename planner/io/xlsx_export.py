"""The plan as an Excel workbook a secretariat can keep working in.

Five sheets:

- ``Jadwal``: the grid format (NIP, Nama, Jabatan, Pangkat, Unit, Kategori, then one column
  per date) with the day's name above each date. Codes colour themselves by conditional
  formatting, so a code typed in Excel takes its colour too; a list of the codes guards every
  day cell; non-working days are shaded; the panes freeze at the first day column.
  ``staff_import.read_schedule`` reads the sheet back.
- ``Rekap``: per day, for each unit and for the whole agency, WFH, WFA, WFO (blank working-day
  cells count as WFO), absent, headcount and the remote share, as formulas over ``Jadwal``,
  so they follow every change made in Excel.
- ``Masalah``: the validation problems when the file was written (the first ``MAX_PROBLEM_ROWS``).
- ``Keterangan``: the codes and colours, the days off in the range, the circular's duties.
- ``Cetak``: the schedule as the official printout looks (letterhead, title, grid, legend, signature
  block), its codes formulas over ``Jadwal``, set up for F4 (Folio) landscape, fitted to the page
  width, the header rows and name columns repeated on every page. ``Jadwal`` prints on F4 too.

Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is stored as
text with Excel's "quote prefix", so neither opening nor editing the cell runs it. NIPs are
text cells. The sheets stream into the file as their rows are made (``xlsx_stream``), written to
a temporary file beside the target, then renamed over it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from planner.domain.calendar import DAY_NAMES, DayOffKind, WorkCalendar, format_date_long
from planner.domain.circular import Circular
from planner.domain.nip import INTERNAL_PREFIX, format_nip
from planner.domain.plan import Plan
from planner.domain.policy import Severity
from planner.domain.roster import WorkWeek
from planner.domain.status import BY_BYTE, Presence, Status
from planner.domain.validation import Validator, Violation
from planner.domain.wording import describe
from planner.io.atomic import cannot_write, replacing
from planner.io.grid_csv import FIXED_COLUMNS, UNIT_SEPARATOR
from planner.io.xlsx_stream import (
    Cell,
    ColourRule,
    Formula,
    ListRule,
    PageSetup,
    SheetLayout,
    SheetWriter,
    Style,
    Workbook,
    escape,
    formula_text,
    xml_text,
)
from planner.io.xlsx_stream import column_letter as column_letter  # noqa: PLC0414 - re-exported

SCHEDULE_SHEET = "Jadwal"
SUMMARY_SHEET = "Rekap"
PROBLEMS_SHEET = "Masalah"
LEGEND_SHEET = "Keterangan"

HEADER_ROW = 2
"""The grid's header row on ``Jadwal``; row 1 holds the plan's name and the day names."""
FIRST_STAFF_ROW = 3
FIRST_DAY_COLUMN = len(FIXED_COLUMNS) + 1
"""``G``: the first date column on ``Jadwal``."""
UNIT_COLUMN = FIXED_COLUMNS.index("Unit") + 1
SUMMARY_FIRST_DAY_COLUMN = 4
"""``D``: the first date column on ``Rekap`` (after unit, category and measure)."""
SUMMARY_FIRST_ROW = 3

NON_WORKING_FILL = "D9D9D9"
HEADER_FILL = "DDE4EE"
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0.0%"
PROGRESS_STEP = 250
"""Rows between two progress reports."""
MAX_PROBLEM_ROWS = 5_000
"""Problems listed on ``Masalah``; a plan with more is far from its rules, and the sheet says how many are left out."""

PRINT_SHEET = "Cetak"
PAPER_FOLIO = 14
"""Excel's paper code for Folio, 8.5 × 13 in (216 × 330 mm): F4 as offices print it."""
PAPER_A4 = 9

MEASURES = ("WFH", "WFA", "WFO", "Tidak hadir", "Jumlah pegawai", "% jarak jauh")
"""The rows of each block on ``Rekap``; the labels are also what the agency's SUMIF looks for."""
_MEASURE_ROW = {measure: index for index, measure in enumerate(MEASURES)}

COMPRESSION_LEVEL = 1
"""Deflate level of the parts: the sheets' XML repeats itself so much that level 1 is within a tenth
of level 6 in size, at a third of the time."""
LARGE_SHEET_CELLS = 5_000_000
"""Cells beyond which a sheet's XML may pass 2 GiB, so its zip entry is written with 64-bit sizes."""

_PRESENCE_WORDS = {Presence.OFFICE: "kantor", Presence.REMOTE: "jarak jauh", Presence.ABSENT: "tidak hadir"}
_MAX_CRITERION = 250
"""Excel refuses text longer than 255 characters inside a formula."""
_CENTRED_SHADE = Style(fill=NON_WORKING_FILL, centred=True)

Progress = Callable[[int, int], None]
"""Called with (done, total) as the export goes; raising from it abandons the export, writing nothing."""


def write_xlsx(
    plan: Plan,
    path: Path,
    *,
    circular: Circular | None,
    calendar: WorkCalendar,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the plan as a workbook at ``path``, replacing any file there only once the new one is complete.

    Args:
        plan: the plan; it is only read, but must not change while the export runs (give a
            worker thread ``plan.rebuilt()``, a copy).
        path: the .xlsx file to write.
        circular: the plan's circular, for the problems sheet and the duties; None when it is
            not known (the problems sheet says so).
        calendar: the national calendar for the plan's years; the plan's own days off are added.
        progress: see ``Progress``.
        today: the export date printed on the legend.

    Raises:
        PlannerError: the file cannot be written (folder missing or read-only, disk full, the
            file open in Excel); any file already at ``path`` is unchanged then.
    """
    # The temporary file comes first, so a folder that cannot be written fails before the work.
    with replacing(path, suffix=".xlsx", explain=_workbook_problem) as temporary:
        calendar = calendar.with_changes(plan.days_added, plan.days_removed)
        problems = _first_problems(Validator(plan, circular, calendar)) if circular is not None else None
        day = today or dt.date.today()
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION_LEVEL) as archive:
            book = Workbook(archive)
            writer = _Writer(plan, calendar, book, progress)
            writer.schedule()
            writer.summary()
            writer.problems(circular, problems)
            writer.legend(circular, day)
            writer.printable(circular, day)
            book.finish(created=dt.datetime.now(dt.UTC), application="Jadwal Kerja ASN")


def _first_problems(validator: Validator) -> tuple[list[Violation], int]:
    """The first ``MAX_PROBLEM_ROWS`` violations in the validator's order, and how many there are in all.

    Only the days listed are put into words: a plan far from its rules has hundreds of thousands.
    """
    shown: list[Violation] = []
    for column in range(len(validator.plan.days)):
        if len(shown) >= MAX_PROBLEM_ROWS:
            break
        shown += validator.violations_on(column)[: MAX_PROBLEM_ROWS - len(shown)]
    return shown, validator.errors + validator.warnings


def _workbook_problem(path: Path, error: OSError) -> str:
    """Why the workbook cannot be written; a refused rename over it is, on Windows, Excel holding it open."""
    message = cannot_write(path, error)
    if isinstance(error, PermissionError) and error.filename2 is not None:
        return f"{message}; jika berkas ini sedang dibuka di Excel, tutup dulu lalu ekspor lagi"
    return message


def unit_criterion(path: str) -> str:
    """A COUNTIF criterion that matches exactly ``path``: ``=`` first, Excel's wildcards escaped with ``~``."""
    return "=" + path.replace("~", "~~").replace("*", "~*").replace("?", "~?")


class _Writer:
    """Builds the sheets of one workbook, in order (each sheet streams its rows into the file)."""

    def __init__(self, plan: Plan, calendar: WorkCalendar, book: Workbook, progress: Progress | None) -> None:
        self.plan = plan
        self.calendar = calendar
        self.book = book
        self.progress = progress
        roster = plan.roster
        self.working = {week: [calendar.is_working(day, week) for day in plan.days] for week in WorkWeek}
        staffed = {member.unit for member in roster.staff}
        self.units_with_staff = [unit_id for unit_id in roster.units if unit_id in staffed]
        weeks = {roster.units[unit_id].week for unit_id in self.units_with_staff} or {WorkWeek.FIVE_DAYS}
        self.off_everywhere = [
            not any(self.working[week][column] for week in weeks) for column in range(len(plan.days))
        ]
        """Columns no unit works: shaded as whole columns, so their thousands of blank cells need not be written."""
        self.paths = {unit_id: UNIT_SEPARATOR.join(roster.path(unit_id)) for unit_id in roster.units}
        self.total = len(roster.staff) + len(self.units_with_staff)
        self.done = 0
        self.last_row = FIRST_STAFF_ROW + max(len(roster.staff), 1) - 1
        self.large = len(roster.staff) * len(plan.days) > LARGE_SHEET_CELLS
        self.day_columns = [column_letter(FIRST_DAY_COLUMN + index) for index in range(len(plan.days))]
        self.summary_columns = [column_letter(SUMMARY_FIRST_DAY_COLUMN + index) for index in range(len(plan.days))]
        style = book.style
        self.bold = style(Style(bold=True))
        self.title = style(Style(bold=True, size=13))
        self.shade = style(Style(fill=NON_WORKING_FILL))
        self.header = style(Style(bold=True, fill=HEADER_FILL))
        self.header_centred = style(Style(bold=True, fill=HEADER_FILL, centred=True))
        self.day_name = style(Style(bold=True, centred=True))
        self.date_headers = {
            shaded: style(Style(bold=True, fill=fill, number_format=DATE_FORMAT, centred=True))
            for shaded, fill in ((False, HEADER_FILL), (True, NON_WORKING_FILL))
        }
        self.nip = style(Style(number_format="@"))
        self.date = style(Style(number_format=DATE_FORMAT))
        self.percent_style = style(Style(number_format=PERCENT_FORMAT))
        self.centred = style(Style(centred=True))
        self.status_styles = {status: style(Style(fill=status.colour[1:], centred=True)) for status in Status}
        self.code_fills = tuple((status.code, status.colour[1:]) for status in Status)
        """Each code with its colour, for the conditional formatting that colours codes typed in Excel too."""

    # ---- rows ----------------------------------------------------------------------------------

    def report(self, step: int = 1) -> None:
        """Count finished rows and tell the caller every ``PROGRESS_STEP`` rows."""
        self.done += step
        if self.progress is not None and (self.done % PROGRESS_STEP == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def day_names_row(self, first_cells: Sequence[Cell | str | None], first_day: int) -> list[Cell | str | None]:
        """Row 1 of a sheet: ``first_cells``, then the name of each date's day above it."""
        row = list(first_cells) + [None] * (first_day - 1 - len(first_cells))
        row += [Cell(DAY_NAMES[day.weekday()], self.day_name) for day in self.plan.days]
        return row

    def day_widths(self, first: int) -> tuple[dict[int, float], dict[int, int]]:
        """Widths of the day columns from column ``first`` on, and the shade of those no unit works."""
        widths: dict[int, float] = {}
        shaded: dict[int, int] = {}
        for index, off in enumerate(self.off_everywhere):
            widths[first + index] = 11
            if off:
                shaded[first + index] = self.shade
        return widths, shaded

    def date_header(self, day: dt.date) -> Cell:
        """A date in a header row: a real date, so Excel sorts and reads it as one."""
        return Cell(day, self.date_headers[self.off_everywhere[self.plan.column_of(day)]])

    def print_setup(self, *, centred: bool = False, side_margin: float = 0.75) -> PageSetup:
        """F4 (Folio) landscape, one page wide."""
        return PageSetup(PAPER_FOLIO, landscape=True, fit_to_width=True, centred=centred, side_margin=side_margin)

    # ---- Jadwal --------------------------------------------------------------------------------

    def schedule(self) -> None:
        """The grid, one row per staff member."""
        plan = self.plan
        last_column = column_letter(FIRST_DAY_COLUMN + len(plan.days) - 1)
        days = f"{column_letter(FIRST_DAY_COLUMN)}{FIRST_STAFF_ROW}:{last_column}{self.last_row}"
        widths, shaded_columns = self.day_widths(FIRST_DAY_COLUMN)
        codes = tuple(status.code for status in Status)
        layout = SheetLayout(
            SCHEDULE_SHEET,
            widths=dict(zip(range(1, 7), (21, 34, 26, 24, 34, 24), strict=True)) | widths,
            column_styles=shaded_columns,
            freeze=f"{column_letter(FIRST_DAY_COLUMN)}{FIRST_STAFF_ROW}",
            auto_filter=f"A{HEADER_ROW}:{last_column}{self.last_row}",
            colour_rules=(ColourRule(days, self.code_fills),),
            list_rules=(
                ListRule(
                    days,
                    codes,
                    "Kode tidak dikenal",
                    f"Isi salah satu kode {' '.join(codes)}, atau kosongkan sel (dihitung WFO).",
                ),
            ),
            page=self.print_setup(),
            print_rows=(1, HEADER_ROW),
            print_columns=("A", "B"),
        )
        with self.book.sheet(layout, large=self.large) as sheet:
            sheet.append(self.day_names_row([Cell(plan.name, self.title)], FIRST_DAY_COLUMN))
            header = [Cell(name, self.header_centred) for name in FIXED_COLUMNS]
            sheet.append(header + [self.date_header(day) for day in plan.days])
            self._grid_rows(sheet)

    def _grid_rows(self, sheet: SheetWriter) -> None:
        """One row per person: the fixed columns, then a code per day (shaded where the person's unit is off).

        The day cells are the bulk of the workbook (1.5 million at 50,000 staff × 31 days): each is its
        column's start, the row number and the XML ready for its code, looked up by the stored byte.
        """
        plan, roster, body = self.plan, self.plan.roster, sheet.body
        plain = ["", *(body(status.code) for status in Status)]
        shaded = [body(status.code if status else None, self.shade) for status in BY_BYTE]
        off_everywhere = ["", *shaded[1:]]
        # Per week and day: the table a cell's byte is looked up in. A blank on a day no unit works is left
        # out (its column is shaded whole); elsewhere a day off the person's unit does not work is shaded.
        tables = {
            week: [
                plain if working else (off_everywhere if off else shaded)
                for working, off in zip(self.working[week], self.off_everywhere, strict=True)
            ]
            for week in WorkWeek
        }
        starts = [f'<c r="{letter}' for letter in self.day_columns]
        fixed_letters = [f'<c r="{column_letter(index)}' for index in range(1, len(FIXED_COLUMNS) + 1)]
        for row, member in enumerate(roster.staff):
            number = str(sheet.rows + 1)
            fixed = (
                body(member.nip, self.nip),
                body(member.name),
                body(member.position),
                body(member.rank),
                body(self.paths[member.unit]),
                body(roster.category_of(member).label),
            )
            table = tables[roster.units[member.unit].week]
            cells = [f"{start}{number}{xml}" for start, xml in zip(fixed_letters, fixed, strict=True) if xml]
            cells += [
                f"{start}{number}{xml}"
                for start, choices, byte in zip(starts, table, plan.row_bytes(row), strict=True)
                if (xml := choices[byte])
            ]
            sheet.append_raw("".join(cells))
            self.report()

    # ---- Rekap ---------------------------------------------------------------------------------

    def summary(self) -> None:
        """Per-day figures as formulas: one block for the agency, one per unit with staff."""
        plan, roster = self.plan, self.plan.roster
        widths, shaded_columns = self.day_widths(SUMMARY_FIRST_DAY_COLUMN)
        layout = SheetLayout(
            SUMMARY_SHEET,
            widths={1: 40, 2: 26, 3: 16} | widths,
            column_styles=shaded_columns,
            freeze=f"{column_letter(SUMMARY_FIRST_DAY_COLUMN)}{SUMMARY_FIRST_ROW}",
        )
        with self.book.sheet(layout) as sheet:
            title = Cell("Rekap per hari (rumus dari lembar Jadwal)", self.title)
            sheet.append(self.day_names_row([title], SUMMARY_FIRST_DAY_COLUMN))
            header = [Cell(text, self.header) for text in ("Unit", "Kategori", "Hitungan")]
            sheet.append(header + [self.date_header(day) for day in plan.days])

            measures = len(MEASURES)
            first_unit_row = SUMMARY_FIRST_ROW + measures + 1
            last_unit_row = first_unit_row + measures * len(self.units_with_staff) - 1
            for measure in MEASURES:
                values: list[Cell | str | int | None] = [
                    Cell("Seluruh instansi", self.bold),
                    None,
                    Cell(measure, self.bold),
                ]
                for column, letter in enumerate(self.summary_columns):
                    if self.off_everywhere[column]:
                        values.append(None)
                    elif measure == "% jarak jauh":
                        values.append(Cell(Formula(self.percent(letter, SUMMARY_FIRST_ROW)), self.percent_style))
                    elif last_unit_row < first_unit_row:
                        values.append(0)
                    else:
                        values.append(
                            Cell(
                                Formula(
                                    f"SUMIF($C${first_unit_row}:$C${last_unit_row},{formula_text(measure)},"
                                    f"{letter}${first_unit_row}:{letter}${last_unit_row})"
                                ),
                                0,
                            )
                        )
                sheet.append(values)
            sheet.append([])

            row_number = first_unit_row
            unit_letter = column_letter(UNIT_COLUMN)
            nip_letter = column_letter(FIXED_COLUMNS.index("NIP") + 1)
            # Non-ASN staff (internal numbers NA-…) count in the quotas only where the agency says so.
            uncounted = not self.plan.policy.count_non_asn and any(m.non_asn for m in roster.staff)
            counted = (
                f',{SCHEDULE_SHEET}!${nip_letter}${FIRST_STAFF_ROW}:${nip_letter}${self.last_row},"<>{INTERNAL_PREFIX}*"'
                if uncounted
                else ""
            )
            units_range = f"{SCHEDULE_SHEET}!${unit_letter}${FIRST_STAFF_ROW}:${unit_letter}${self.last_row}"
            days_ranges = [
                f"{SCHEDULE_SHEET}!{day}${FIRST_STAFF_ROW}:{day}${self.last_row}" for day in self.day_columns
            ]
            shaded_xml = sheet.body(None, self.shade)
            percent_xml = f' s="{self.percent_style}"'
            for unit_id in self.units_with_staff:
                unit = roster.units[unit_id]
                path = self.paths[unit_id]
                # The criterion as the cell shows the unit: a workbook holds no control characters.
                criterion = unit_criterion(xml_text(path))
                # Beyond Excel's 255 characters of text in a formula, the unit cell itself is the criterion.
                unit_ref = formula_text(criterion) if len(criterion) <= _MAX_CRITERION else f"$A{row_number}"
                criteria = f"{units_range},{unit_ref}{counted}"
                working = self.working[unit.week]
                labels = sheet.body(path), sheet.body(unit.category.label)
                # The unit's block holds thousands of formulas: written as XML directly.
                for measure in MEASURES:
                    number = str(sheet.rows + 1)
                    cells = [
                        f'<c r="{letter}{number}{xml}'
                        for letter, xml in zip("ABC", (*labels, sheet.body(measure)), strict=True)
                    ]
                    for column, letter in enumerate(self.summary_columns):
                        if self.off_everywhere[column]:
                            continue
                        if not working[column]:
                            cells.append(f'<c r="{letter}{number}{shaded_xml}')
                        elif measure == "% jarak jauh":
                            formula = escape(self.percent(letter, row_number))
                            cells.append(f'<c r="{letter}{number}"{percent_xml}><f>{formula}</f></c>')
                        else:
                            formula = escape(
                                self._unit_formula(
                                    measure,
                                    letter=letter,
                                    first=row_number,
                                    criteria=criteria,
                                    days_range=days_ranges[column],
                                    counted=bool(counted),
                                )
                            )
                            cells.append(f'<c r="{letter}{number}"><f>{formula}</f></c>')
                    sheet.append_raw("".join(cells))
                row_number += measures
                self.report()

    @staticmethod
    def _unit_formula(measure: str, *, letter: str, first: int, criteria: str, days_range: str, counted: bool) -> str:
        """One unit's count for one day (any measure but the share); the unit's block starts at row ``first``.

        ``criteria`` are the unit's: its column on ``Jadwal`` and its name, then, when ``counted``, the NIP
        column and ``"<>NA-*"``, which leaves out staff not counted in the quotas.
        """
        if measure in ("WFH", "WFA"):
            return f'COUNTIFS({criteria},{days_range},"{measure}")'
        if measure == "WFO":
            # A blank working-day cell counts as WFO (DOMAIN §3); "" matches blank cells.
            return f'COUNTIFS({criteria},{days_range},"WFO")+COUNTIFS({criteria},{days_range},"")'
        if measure == "Tidak hadir":
            wfh, wfa, wfo, headcount = (first + _MEASURE_ROW[name] for name in ("WFH", "WFA", "WFO", "Jumlah pegawai"))
            return f"{letter}{headcount}-{letter}{wfh}-{letter}{wfa}-{letter}{wfo}"
        assert measure == "Jumlah pegawai", measure
        return f"COUNTIFS({criteria})" if counted else f"COUNTIF({criteria})"

    @staticmethod
    def percent(letter: str, first: int) -> str:
        """The remote share of a block whose first row (WFH) is ``first``; blank when nobody works."""
        wfh, wfa, headcount = (f"{letter}{first + _MEASURE_ROW[name]}" for name in ("WFH", "WFA", "Jumlah pegawai"))
        return f'IF({headcount}=0,"",({wfh}+{wfa})/{headcount})'

    # ---- Masalah -------------------------------------------------------------------------------

    def problems(self, circular: Circular | None, problems: tuple[Sequence[Violation], int] | None) -> None:
        """The validation problems at the time of export, one per row; ``problems``: the first ones, and how many."""
        roster = self.plan.roster
        violations, total = problems if problems is not None else ((), 0)
        shown = len(violations)
        layout = SheetLayout(
            PROBLEMS_SHEET,
            widths=dict(enumerate((6, 12, 10, 12, 34, 26, 21, 30, 70, 40), start=1)),
            freeze="A3",
            auto_filter=f"A2:J{shown + 2}" if shown else None,
        )
        with self.book.sheet(layout) as sheet:
            if circular is None:
                heading = f"Surat edaran {self.plan.circular_id!r} tidak dikenal: rencana tidak diperiksa."
            else:
                heading = (
                    f"Masalah menurut {circular.name} saat diekspor; "
                    "daftar ini tidak berubah bila jadwal diubah di Excel."
                )
            sheet.append([Cell(heading, self.bold)])
            titles = ("No", "Tanggal", "Hari", "Jenis", "Unit", "Kategori", "NIP", "Nama", "Masalah", "Sumber")
            sheet.append([Cell(title, self.header) for title in titles])
            if problems is not None and not total:
                sheet.append([None, None, None, None, None, None, None, None, "Tidak ada masalah."])
            for number, violation in enumerate(violations, start=1):
                member = roster.staff[roster.index_of(violation.nip)] if violation.nip else None
                sheet.append(
                    [
                        number,
                        Cell(violation.day, self.date),
                        DAY_NAMES[violation.day.weekday()],
                        "Kesalahan" if violation.severity is Severity.ERROR else "Peringatan",
                        self.paths.get(violation.unit) or roster.unit_name(violation.unit),
                        violation.category.label if violation.category else None,
                        Cell(member.nip, self.nip) if member else None,
                        member.name if member else None,
                        describe(violation, roster),
                        violation.source,
                    ]
                )
            if total > shown:
                more = f"… dan {total - shown} masalah lain; semuanya ada di panel Masalah aplikasi."
                sheet.append([None, None, None, None, None, None, None, None, Cell(more, self.bold)])

    # ---- Keterangan ----------------------------------------------------------------------------

    def legend(self, circular: Circular | None, today: dt.date) -> None:
        """What the codes, colours and shading mean; the days off; the circular's duties."""
        plan = self.plan
        with self.book.sheet(SheetLayout(LEGEND_SHEET, widths={1: 18, 2: 60, 3: 16})) as sheet:
            sheet.append([Cell("Keterangan", self.title)])
            facts = (
                ("Rencana", plan.name),
                ("Surat edaran", circular.name if circular else str(plan.circular_id)),
                ("Rentang", f"{format_date_long(plan.first)} – {format_date_long(plan.last)}"),
                ("Diekspor", format_date_long(today)),
            )
            for label, value in facts:
                sheet.append([Cell(label, self.bold), value])
            sheet.append([])
            sheet.append([Cell(text, self.header) for text in ("Kode", "Arti", "Dihitung")])
            for status in Status:
                sheet.append(
                    [Cell(status.code, self.status_styles[status]), status.label, _PRESENCE_WORDS[status.presence]]
                )
            sheet.append([None, "Sel kosong pada hari kerja: belum diisi", "kantor (WFO)"])
            sheet.append(
                [
                    Cell(None, self.shade),
                    "Bukan hari kerja (akhir pekan, libur nasional, cuti bersama, libur setempat)",
                    None,
                ]
            )
            sheet.append([])
            days_off = [
                (day, day_off.name)
                for day in plan.days
                if (day_off := self.calendar.day_off(day)) is not None and day_off.kind is not DayOffKind.WEEKEND
            ]
            if days_off:
                sheet.append([Cell("Hari libur dalam rentang rencana", self.bold)])
                for day, name in days_off:
                    sheet.append([Cell(day, self.date), name])
                sheet.append([])
            if circular is not None and circular.obligations:
                sheet.append([Cell(f"Kewajiban menurut {circular.name}", self.bold)])
                for number, duty in enumerate(circular.obligations, start=1):
                    sheet.append([number, duty])

    # ---- Cetak ---------------------------------------------------------------------------------

    def printable(self, circular: Circular | None, today: dt.date) -> None:
        """The schedule as the official printout looks: letterhead, title, grid, legend and signature block.

        Set up to print on F4 (Folio) landscape, fitted to the page width, the header rows and the name
        columns repeated on every page. The codes are formulas over ``Jadwal``, so edits there show here.
        """
        plan, roster, profile = self.plan, self.plan.roster, self.plan.profile
        weeks = {roster.units[unit_id].week for unit_id in self.units_with_staff} or {WorkWeek.FIVE_DAYS}
        columns = [c for c in range(len(plan.days)) if any(self.working[week][c] for week in weeks)]
        fixed = ("No", "Nama", "NIP", "Jabatan", "Pangkat/Gol.")
        letters = [column_letter(len(fixed) + 1 + index) for index in range(len(columns))]

        top: list[list[Cell | str | None]] = []
        for line in (line.strip() for line in profile.letterhead):
            if line:
                top.append([None, Cell(line.upper(), self.title)])
        contacts = " · ".join(part for part in (profile.phone, profile.email, profile.website) if part)
        top.extend([None, line] for line in (profile.address, contacts) if line.strip())
        top.append([])
        title = "JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)"
        top.append([None, Cell(title, self.title)])
        if circular is not None:
            top.append([None, f"Dasar: {circular.name} tentang {circular.title}"])
        if columns:
            first, last = plan.days[columns[0]], plan.days[columns[-1]]
            top.append([None, f"Periode: {format_date_long(first)} – {format_date_long(last)}"])
        top.append([])
        names_row = len(top) + 1
        first_row = names_row + 2
        last_row = first_row + len(roster.staff) - 1
        rules: tuple[ColourRule, ...] = ()
        if letters and roster.staff:
            rules = (ColourRule(f"{letters[0]}{first_row}:{letters[-1]}{last_row}", self.code_fills),)
        layout = SheetLayout(
            PRINT_SHEET,
            widths=dict(zip(range(1, 6), (5, 32, 22, 28, 24), strict=True))
            | dict.fromkeys(range(len(fixed) + 1, len(fixed) + 1 + len(columns)), 10.5),
            colour_rules=rules,
            page=self.print_setup(centred=True, side_margin=0.5),
            print_rows=(names_row, names_row + 1),
            print_columns=("A", "B"),
        )
        with self.book.sheet(layout, large=self.large) as sheet:
            for line_cells in top:
                sheet.append(line_cells)
            day_names: list[Cell | str | None] = [None] * len(fixed)
            sheet.append(day_names + [Cell(DAY_NAMES[plan.days[c].weekday()], self.day_name) for c in columns])
            header = [Cell(text, self.header_centred) for text in fixed]
            sheet.append(header + [self.date_header(plan.days[c]) for c in columns])
            self._print_rows(sheet, columns, letters)
            sheet.append([])
            legend = "Keterangan: " + "; ".join(f"{status.code} = {status.label}" for status in Status)
            sheet.append([None, legend + "; – = bukan hari kerja pegawai tersebut"])
            sheet.append([])
            self._signature(sheet, column=max(len(fixed) + len(columns) - 4, 4), today=today)

    def _print_rows(self, sheet: SheetWriter, columns: Sequence[int], letters: Sequence[str]) -> None:
        """One row per person: number, name, NIP, position, rank, then each day's code as a formula over ``Jadwal``.

        The formula cells are the bulk of the sheet (a million at 50,000 staff): each row's are made from
        pieces ready per column, the row number and the source row put between them.
        """
        roster = self.plan.roster
        # A blank working-day cell counts, and prints, as WFO.
        pieces = {
            week: [
                (
                    self.working[week][c],
                    f'<c r="{letter}',
                    f'" s="{self.centred}"><f>IF({SCHEDULE_SHEET}!{self.day_columns[c]}',
                    f'="","WFO",{SCHEDULE_SHEET}!{self.day_columns[c]}',
                )
                for c, letter in zip(columns, letters, strict=True)
            ]
            for week in WorkWeek
        }
        dash = sheet.body("–", self.book.style(_CENTRED_SHADE))
        body = sheet.body
        for index, member in enumerate(roster.staff):
            row = str(sheet.rows + 1)
            source = str(FIRST_STAFF_ROW + index)
            fixed = (
                f'"><v>{index + 1}</v></c>',
                body(member.name),
                body(member.nip, self.nip),
                body(member.position),
                body(member.rank),
            )
            cells = [f'<c r="{letter}{row}{xml}' for letter, xml in zip("ABCDE", fixed, strict=True) if xml]
            cells += [
                f"{start}{row}{middle}{source}{after}{source})</f></c>" if working else f"{start}{row}{dash}"
                for working, start, middle, after in pieces[roster.units[member.unit].week]
            ]
            sheet.append_raw("".join(cells))

    def _signature(self, sheet: SheetWriter, *, column: int, today: dt.date) -> None:
        """The signature block at the right, as on the PDF: place and date, the office, room to sign, the name."""
        profile = self.plan.profile
        signer = profile.signatory
        place = (
            f"{profile.city.strip()}, {format_date_long(today)}" if profile.city.strip() else format_date_long(today)
        )
        title_line = f"{signer.title.strip().rstrip(',')}," if signer.title.strip() else ""
        above = [line for line in (place, signer.authority.strip(), title_line) if line]
        below = [line for line in (signer.name.strip(), signer.rank.strip()) if line]
        digits = "".join(ch for ch in signer.nip if ch.isdigit())
        if digits:
            below.append(f"NIP. {format_nip(digits)}")
        indent: list[Cell | str | None] = [None] * column
        for text in above:
            sheet.append([*indent, text])
        for _ in range(4):  # room for the signature and the stamp
            sheet.append([])
        for index, text in enumerate(below):
            sheet.append([*indent, Cell(text, self.bold) if index == 0 else text])
