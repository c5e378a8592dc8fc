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
text cells. The file is written to a temporary file beside the target, then renamed over it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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
from planner.io.grid_csv import FIXED_COLUMNS, FORMULA_STARTS, UNIT_SEPARATOR

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.styles import PatternFill
    from openpyxl.workbook.workbook import Workbook

    # The sheets are write-only; they are typed as Worksheet because the stubs of the
    # write-only sheet lack the attributes (column_dimensions, page_setup …) it shares with it.
    from openpyxl.worksheet.worksheet import Worksheet

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

_PRESENCE_WORDS = {Presence.OFFICE: "kantor", Presence.REMOTE: "jarak jauh", Presence.ABSENT: "tidak hadir"}
_MAX_CRITERION = 250
"""Excel refuses text longer than 255 characters inside a formula."""

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
    from openpyxl import Workbook  # noqa: PLC0415 - a tenth of a second of import, paid only on export

    # The temporary file comes first, so a folder that cannot be written fails before the work.
    with replacing(path, suffix=".xlsx", explain=_workbook_problem) as temporary:
        calendar = calendar.with_changes(plan.days_added, plan.days_removed)
        workbook = Workbook(write_only=True)
        try:
            violations = Validator(plan, circular, calendar).violations() if circular is not None else None
            writer = _Writer(plan, calendar, workbook, progress)
            writer.schedule()
            writer.summary()
            writer.problems(circular, violations)
            writer.legend(circular, today or dt.date.today())
            writer.printable(circular, today or dt.date.today())
            workbook.save(temporary)
        finally:
            _discard(workbook)


def _workbook_problem(path: Path, error: OSError) -> str:
    """Why the workbook cannot be written; a refused rename over it is, on Windows, Excel holding it open."""
    message = cannot_write(path, error)
    if isinstance(error, PermissionError) and error.filename2 is not None:
        return f"{message}; jika berkas ini sedang dibuka di Excel, tutup dulu lalu ekspor lagi"
    return message


def _discard(workbook: Workbook) -> None:
    """Close the sheets a write-only workbook left open (after a failure; saving closes them all).

    Each streams its rows into a temporary file through a generator; left open, the generators
    are finalised by the garbage collector after their files have closed, and fail there.
    """
    for sheet in workbook.worksheets:
        close = getattr(sheet, "close", None)
        if close is None or getattr(sheet, "closed", True):
            continue
        with contextlib.suppress(Exception):
            close()
        # openpyxl removes a sheet's temporary file when it saves the workbook, else at exit.
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            writer.cleanup()  # type: ignore[union-attr]


def column_letter(column: int) -> str:
    """``A`` for 1, ``AA`` for 27."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def unit_criterion(path: str) -> str:
    """A COUNTIF criterion that matches exactly ``path``: ``=`` first, Excel's wildcards escaped with ``~``."""
    return "=" + path.replace("~", "~~").replace("*", "~*").replace("?", "~?")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters XML 1.0 (and so a workbook) cannot hold at all; openpyxl raises on them."""


def _printable(text: str) -> str:
    """``text`` with the control characters a workbook cannot hold turned into spaces."""
    return _CONTROL.sub(" ", text)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class _Writer:
    """Builds the sheets of one workbook, in order (a write-only workbook streams rows)."""

    def __init__(self, plan: Plan, calendar: WorkCalendar, workbook: Workbook, progress: Progress | None) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415 - see write_xlsx

        self.plan = plan
        self.calendar = calendar
        self.workbook = workbook
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
        self.paths = {unit_id: _printable(UNIT_SEPARATOR.join(roster.path(unit_id))) for unit_id in roster.units}
        self.total = len(roster.staff) + len(self.units_with_staff)
        self.done = 0
        self.last_row = FIRST_STAFF_ROW + max(len(roster.staff), 1) - 1
        self.day_columns = [column_letter(FIRST_DAY_COLUMN + index) for index in range(len(plan.days))]
        self.summary_columns = [column_letter(SUMMARY_FIRST_DAY_COLUMN + index) for index in range(len(plan.days))]
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=13)
        self.shade = PatternFill(fill_type="solid", start_color=NON_WORKING_FILL, end_color=NON_WORKING_FILL)
        self.header_fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        self.centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.status_fills = {
            status: PatternFill(fill_type="solid", start_color=status.colour[1:], end_color=status.colour[1:])
            for status in Status
        }

    # ---- cells ---------------------------------------------------------------------------------

    def cell(
        self,
        sheet: Worksheet,
        value: object,
        *,
        bold: bool = False,
        fill: PatternFill | None = None,
        number_format: str | None = None,
        centred: bool = False,
    ) -> Cell:
        """A styled cell; text that would start a formula is kept as text."""
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - see write_xlsx

        if isinstance(value, str):
            value = _printable(value)
        cell = WriteOnlyCell(sheet, value)  # type: ignore[arg-type]
        if isinstance(value, str) and value[:1] in FORMULA_STARTS:
            cell.data_type = "s"
            cell.quotePrefix = True
        if bold:
            cell.font = self.bold
        if fill is not None:
            cell.fill = fill
        if number_format is not None:
            cell.number_format = number_format
        if centred:
            cell.alignment = self.centred
        return cell

    def text(self, sheet: Worksheet, value: str) -> object:
        """Text as a plain value, or as a protected cell when it would start a formula."""
        value = _printable(value)
        return self.cell(sheet, value) if value[:1] in FORMULA_STARTS else value

    def report(self, step: int = 1) -> None:
        """Count finished rows and tell the caller every ``PROGRESS_STEP`` rows."""
        self.done += step
        if self.progress is not None and (self.done % PROGRESS_STEP == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def day_names_row(self, sheet: Worksheet, first_cells: Sequence[object], first_day: int) -> list[object]:
        """Row 1 of a sheet: ``first_cells``, then the name of each date's day above it."""
        row = list(first_cells) + [None] * (first_day - 1 - len(first_cells))
        row += [self.cell(sheet, DAY_NAMES[day.weekday()], bold=True, centred=True) for day in self.plan.days]
        return row

    def day_widths(self, sheet: Worksheet, letters: Sequence[str]) -> None:
        """Day columns wide enough for a date; columns no unit works are shaded whole."""
        for column, letter in enumerate(letters):
            dimension = sheet.column_dimensions[letter]
            dimension.width = 11
            if self.off_everywhere[column]:
                dimension.fill = self.shade

    def date_header(self, sheet: Worksheet, day: dt.date) -> object:
        """A date in a header row: a real date, so Excel sorts and reads it as one."""
        fill = self.shade if self.off_everywhere[self.plan.column_of(day)] else self.header_fill
        return self.cell(sheet, day, bold=True, fill=fill, number_format=DATE_FORMAT, centred=True)

    # ---- Jadwal --------------------------------------------------------------------------------

    def schedule(self) -> None:
        """The grid, one row per staff member."""
        from openpyxl.formatting.rule import Rule  # noqa: PLC0415 - see write_xlsx
        from openpyxl.styles.differential import DifferentialStyle  # noqa: PLC0415 - see write_xlsx
        from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415 - see write_xlsx
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415 - see write_xlsx

        plan, roster = self.plan, self.plan.roster
        sheet: Worksheet = self.workbook.create_sheet(SCHEDULE_SHEET)
        last_column = column_letter(FIRST_DAY_COLUMN + len(plan.days) - 1)
        days = f"{column_letter(FIRST_DAY_COLUMN)}{FIRST_STAFF_ROW}:{last_column}{self.last_row}"
        sheet.freeze_panes = f"{column_letter(FIRST_DAY_COLUMN)}{FIRST_STAFF_ROW}"
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{self.last_row}"
        sheet.print_title_rows = f"1:{HEADER_ROW}"
        sheet.print_title_cols = "A:B"
        sheet.page_setup.paperSize = PAPER_FOLIO
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        for letter, width in zip("ABCDEF", (21, 34, 26, 24, 34, 24), strict=True):
            sheet.column_dimensions[letter].width = width
        self.day_widths(sheet, self.day_columns)
        for status in Status:
            style = DifferentialStyle(fill=self.status_fills[status])
            rule = Rule(type="cellIs", operator="equal", formula=[_quoted(status.code)], dxf=style)
            sheet.conditional_formatting.add(days, rule)
        codes = ",".join(status.code for status in Status)
        validation = DataValidation(
            type="list",
            formula1=_quoted(codes),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Kode tidak dikenal",
            error=f"Isi salah satu kode {' '.join(s.code for s in Status)}, atau kosongkan sel (dihitung WFO).",
        )
        validation.add(days)
        sheet.data_validations.append(validation)

        title = self.cell(sheet, plan.name, bold=True)
        title.font = self.title_font
        sheet.append(self.day_names_row(sheet, [title], FIRST_DAY_COLUMN))
        header = [self.cell(sheet, name, bold=True, fill=self.header_fill, centred=True) for name in FIXED_COLUMNS]
        sheet.append(header + [self.date_header(sheet, day) for day in plan.days])

        codes_by_byte = [status.code if status else None for status in BY_BYTE]
        shaded = [self.cell(sheet, None, fill=self.shade) for _ in plan.days]
        for row, member in enumerate(roster.staff):
            unit = roster.units[member.unit]
            working = self.working[unit.week]
            nip = self.cell(sheet, member.nip, number_format="@")
            values: list[object] = [
                nip,
                self.text(sheet, member.name),
                self.text(sheet, member.position),
                self.text(sheet, member.rank),
                self.text(sheet, self.paths[member.unit]),
                roster.category_of(member).label,
            ]
            for column, byte in enumerate(plan.row_bytes(row)):
                code = codes_by_byte[byte]
                if working[column] or (code is None and self.off_everywhere[column]):
                    values.append(code)
                else:
                    # One styled cell per column serves every row: openpyxl writes each cell
                    # before it reads the next, so the value set here is the one written.
                    blank = shaded[column]
                    blank.value = code
                    values.append(blank)
            sheet.append(values)
            self.report()

    # ---- Rekap ---------------------------------------------------------------------------------

    def summary(self) -> None:
        """Per-day figures as formulas: one block for the agency, one per unit with staff."""
        plan, roster = self.plan, self.plan.roster
        sheet: Worksheet = self.workbook.create_sheet(SUMMARY_SHEET)
        sheet.freeze_panes = f"{column_letter(SUMMARY_FIRST_DAY_COLUMN)}{SUMMARY_FIRST_ROW}"
        for letter, width in zip("ABC", (40, 26, 16), strict=True):
            sheet.column_dimensions[letter].width = width
        self.day_widths(sheet, self.summary_columns)
        title = self.cell(sheet, "Rekap per hari (rumus dari lembar Jadwal)", bold=True)
        title.font = self.title_font
        sheet.append(self.day_names_row(sheet, [title], SUMMARY_FIRST_DAY_COLUMN))
        header = [self.cell(sheet, text, bold=True, fill=self.header_fill) for text in ("Unit", "Kategori", "Hitungan")]
        sheet.append(header + [self.date_header(sheet, day) for day in plan.days])

        measures = len(MEASURES)
        first_unit_row = SUMMARY_FIRST_ROW + measures + 1
        last_unit_row = first_unit_row + measures * len(self.units_with_staff) - 1
        # Styled cells serve a whole column, as on Jadwal: each is written before the next is set.
        shaded = [self.cell(sheet, None, fill=self.shade) for _ in plan.days]
        shares = [self.cell(sheet, None, number_format=PERCENT_FORMAT) for _ in plan.days]
        for measure in MEASURES:
            values: list[object] = [
                self.cell(sheet, "Seluruh instansi", bold=True),
                None,
                self.cell(sheet, measure, bold=True),
            ]
            for column, letter in enumerate(self.summary_columns):
                if self.off_everywhere[column]:
                    values.append(None)
                elif measure == "% jarak jauh":
                    shares[column].value = self.percent(letter, SUMMARY_FIRST_ROW)
                    values.append(shares[column])
                elif last_unit_row < first_unit_row:
                    values.append(0)
                else:
                    values.append(
                        f"=SUMIF($C${first_unit_row}:$C${last_unit_row},{_quoted(measure)},"
                        f"{letter}${first_unit_row}:{letter}${last_unit_row})"
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
        for unit_id in self.units_with_staff:
            unit = roster.units[unit_id]
            path = self.paths[unit_id]
            criterion = unit_criterion(path)
            # Beyond Excel's 255 characters of text in a formula, the unit cell itself is the criterion.
            unit_ref = _quoted(criterion) if len(criterion) <= _MAX_CRITERION else f"$A{row_number}"
            units_range = f"{SCHEDULE_SHEET}!${unit_letter}${FIRST_STAFF_ROW}:${unit_letter}${self.last_row}"
            working = self.working[unit.week]
            for measure in MEASURES:
                values = [self.text(sheet, path), unit.category.label, measure]
                for column, letter in enumerate(self.summary_columns):
                    if self.off_everywhere[column]:
                        values.append(None)
                    elif not working[column]:
                        values.append(shaded[column])
                    elif measure == "% jarak jauh":
                        shares[column].value = self.percent(letter, row_number)
                        values.append(shares[column])
                    else:
                        day = self.day_columns[column]
                        days_range = f"{SCHEDULE_SHEET}!{day}${FIRST_STAFF_ROW}:{day}${self.last_row}"
                        values.append(
                            self._unit_formula(
                                measure,
                                letter=letter,
                                first=row_number,
                                unit_ref=unit_ref,
                                units_range=units_range,
                                days_range=days_range,
                                counted=counted,
                            )
                        )
                sheet.append(values)
            row_number += measures
            self.report()

    @staticmethod
    def _unit_formula(
        measure: str,
        *,
        letter: str,
        first: int,
        unit_ref: str,
        units_range: str,
        days_range: str,
        counted: str = "",
    ) -> str:
        """One unit's count for one day (any measure but the share); the unit's block starts at row ``first``.

        ``counted`` is a further criterion pair (``,NIPS,"<>NA-*"``) that leaves out staff not
        counted in the quotas, or empty.
        """
        wfh, wfa, wfo, _absent, headcount, _share = (f"{letter}{first + index}" for index in range(len(MEASURES)))
        if measure in ("WFH", "WFA"):
            return f"=COUNTIFS({units_range},{unit_ref}{counted},{days_range},{_quoted(measure)})"
        if measure == "WFO":
            # A blank working-day cell counts as WFO (DOMAIN §3); "" matches blank cells.
            return (
                f'=COUNTIFS({units_range},{unit_ref}{counted},{days_range},"WFO")'
                f'+COUNTIFS({units_range},{unit_ref}{counted},{days_range},"")'
            )
        if measure == "Tidak hadir":
            return f"={headcount}-{wfh}-{wfa}-{wfo}"
        assert measure == "Jumlah pegawai", measure
        return f"=COUNTIFS({units_range},{unit_ref}{counted})" if counted else f"=COUNTIF({units_range},{unit_ref})"

    @staticmethod
    def percent(letter: str, first: int) -> str:
        """The remote share of a block whose first row (WFH) is ``first``; blank when nobody works."""
        wfh, wfa, headcount = (f"{letter}{first + MEASURES.index(name)}" for name in ("WFH", "WFA", "Jumlah pegawai"))
        return f'=IF({headcount}=0,"",({wfh}+{wfa})/{headcount})'

    # ---- Masalah -------------------------------------------------------------------------------

    def problems(self, circular: Circular | None, violations: Sequence[Violation] | None) -> None:
        """The validation problems at the time of export, one per row."""
        roster = self.plan.roster
        sheet: Worksheet = self.workbook.create_sheet(PROBLEMS_SHEET)
        sheet.freeze_panes = "A3"
        widths = (6, 12, 10, 12, 34, 26, 21, 30, 70, 40)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[column_letter(index)].width = width
        if circular is None:
            heading = f"Surat edaran {self.plan.circular_id!r} tidak dikenal: rencana tidak diperiksa."
        else:
            heading = (
                f"Masalah menurut {circular.name} saat diekspor; daftar ini tidak berubah bila jadwal diubah di Excel."
            )
        sheet.append([self.cell(sheet, heading, bold=True)])
        titles = ("No", "Tanggal", "Hari", "Jenis", "Unit", "Kategori", "NIP", "Nama", "Masalah", "Sumber")
        sheet.append([self.cell(sheet, title, bold=True, fill=self.header_fill) for title in titles])
        if violations is not None and not violations:
            sheet.append([None, None, None, None, None, None, None, None, "Tidak ada masalah."])
        for number, violation in enumerate((violations or [])[:MAX_PROBLEM_ROWS], start=1):
            member = roster.staff[roster.index_of(violation.nip)] if violation.nip else None
            sheet.append(
                [
                    number,
                    self.cell(sheet, violation.day, number_format=DATE_FORMAT),
                    DAY_NAMES[violation.day.weekday()],
                    "Kesalahan" if violation.severity is Severity.ERROR else "Peringatan",
                    self.text(sheet, self.paths.get(violation.unit) or roster.unit_name(violation.unit)),
                    violation.category.label if violation.category else None,
                    self.cell(sheet, member.nip, number_format="@") if member else None,
                    self.text(sheet, member.name) if member else None,
                    self.text(sheet, describe(violation, roster)),
                    self.text(sheet, violation.source),
                ]
            )
        if violations:
            shown = min(len(violations), MAX_PROBLEM_ROWS)
            sheet.auto_filter.ref = f"A2:J{shown + 2}"
            if len(violations) > shown:
                more = f"… dan {len(violations) - shown} masalah lain; semuanya ada di panel Masalah aplikasi."
                sheet.append([None, None, None, None, None, None, None, None, self.cell(sheet, more, bold=True)])

    # ---- Keterangan ----------------------------------------------------------------------------

    def legend(self, circular: Circular | None, today: dt.date) -> None:
        """What the codes, colours and shading mean; the days off; the circular's duties."""
        plan = self.plan
        sheet: Worksheet = self.workbook.create_sheet(LEGEND_SHEET)
        for letter, width in zip("ABC", (18, 60, 16), strict=True):
            sheet.column_dimensions[letter].width = width
        title = self.cell(sheet, "Keterangan", bold=True)
        title.font = self.title_font
        sheet.append([title])
        facts = (
            ("Rencana", plan.name),
            ("Surat edaran", circular.name if circular else str(plan.circular_id)),
            ("Rentang", f"{format_date_long(plan.first)} – {format_date_long(plan.last)}"),
            ("Diekspor", format_date_long(today)),
        )
        for label, value in facts:
            sheet.append([self.cell(sheet, label, bold=True), self.text(sheet, value)])
        sheet.append([])
        sheet.append(
            [self.cell(sheet, text, bold=True, fill=self.header_fill) for text in ("Kode", "Arti", "Dihitung")]
        )
        for status in Status:
            code = self.cell(sheet, status.code, fill=self.status_fills[status], centred=True)
            sheet.append([code, status.label, _PRESENCE_WORDS[status.presence]])
        sheet.append([None, "Sel kosong pada hari kerja: belum diisi", "kantor (WFO)"])
        shaded = self.cell(sheet, None, fill=self.shade)
        sheet.append([shaded, "Bukan hari kerja (akhir pekan, libur nasional, cuti bersama, libur setempat)", None])
        sheet.append([])
        days_off = [
            (day, day_off.name)
            for day in plan.days
            if (day_off := self.calendar.day_off(day)) is not None and day_off.kind is not DayOffKind.WEEKEND
        ]
        if days_off:
            sheet.append([self.cell(sheet, "Hari libur dalam rentang rencana", bold=True)])
            for day, name in days_off:
                sheet.append([self.cell(sheet, day, number_format=DATE_FORMAT), self.text(sheet, name)])
            sheet.append([])
        if circular is not None and circular.obligations:
            sheet.append([self.cell(sheet, f"Kewajiban menurut {circular.name}", bold=True)])
            for number, duty in enumerate(circular.obligations, start=1):
                sheet.append([number, self.cell(sheet, duty)])

    # ---- Cetak ---------------------------------------------------------------------------------

    def printable(self, circular: Circular | None, today: dt.date) -> None:
        """The schedule as the official printout looks: letterhead, title, grid, legend and signature block.

        Set up to print on F4 (Folio) landscape, fitted to the page width, the header rows and the name
        columns repeated on every page. The codes are formulas over ``Jadwal``, so edits there show here.
        """
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - see write_xlsx
        from openpyxl.formatting.rule import Rule  # noqa: PLC0415 - see write_xlsx
        from openpyxl.styles import Font  # noqa: PLC0415 - see write_xlsx
        from openpyxl.styles.differential import DifferentialStyle  # noqa: PLC0415 - see write_xlsx
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415 - see write_xlsx

        plan, roster, profile = self.plan, self.plan.roster, self.plan.profile
        sheet: Worksheet = self.workbook.create_sheet(PRINT_SHEET)
        weeks = {roster.units[unit_id].week for unit_id in self.units_with_staff} or {WorkWeek.FIVE_DAYS}
        columns = [c for c in range(len(plan.days)) if any(self.working[week][c] for week in weeks)]
        fixed = ("No", "Nama", "NIP", "Jabatan", "Pangkat/Gol.")
        for letter, width in zip("ABCDE", (5, 32, 22, 28, 24), strict=True):
            sheet.column_dimensions[letter].width = width
        letters = [column_letter(len(fixed) + 1 + index) for index in range(len(columns))]
        for letter in letters:
            sheet.column_dimensions[letter].width = 10.5
        big = Font(bold=True, size=13)

        rows = 0

        def add(values: list[object]) -> None:
            nonlocal rows
            sheet.append(values)
            rows += 1

        top: list[list[object]] = []
        for line in (line.strip() for line in profile.letterhead):
            if line:
                cell = self.cell(sheet, line.upper(), bold=True)
                cell.font = big
                top.append([None, cell])
        contacts = " · ".join(part for part in (profile.phone, profile.email, profile.website) if part)
        top.extend([None, self.text(sheet, line)] for line in (profile.address, contacts) if line.strip())
        top.append([])
        title = self.cell(sheet, "JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)", bold=True)
        title.font = big
        top.append([None, title])
        if circular is not None:
            top.append([None, self.text(sheet, f"Dasar: {circular.name} tentang {circular.title}")])
        if columns:
            first, last = plan.days[columns[0]], plan.days[columns[-1]]
            top.append([None, f"Periode: {format_date_long(first)} – {format_date_long(last)}"])
        top.append([])
        names_row = len(top) + 1
        # A write-only sheet writes its properties with its first row: the print setup comes first.
        sheet.print_title_rows = f"{names_row}:{names_row + 1}"
        sheet.print_title_cols = "A:B"
        sheet.page_setup.paperSize = PAPER_FOLIO
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        for line_cells in top:
            add(line_cells)
        add(
            [None] * len(fixed)
            + [self.cell(sheet, DAY_NAMES[plan.days[c].weekday()], bold=True, centred=True) for c in columns]
        )
        header = [self.cell(sheet, text, bold=True, fill=self.header_fill, centred=True) for text in fixed]
        add(header + [self.date_header(sheet, plan.days[c]) for c in columns])
        first_row = rows + 1
        for row, member in enumerate(roster.staff):
            working = self.working[roster.units[member.unit].week]
            source = FIRST_STAFF_ROW + row
            values: list[object] = [
                row + 1,
                self.text(sheet, member.name),
                self.cell(sheet, member.nip, number_format="@"),
                self.text(sheet, member.position),
                self.text(sheet, member.rank),
            ]
            for column in columns:
                if not working[column]:
                    values.append(self.cell(sheet, "–", fill=self.shade, centred=True))
                    continue
                reference = f"{SCHEDULE_SHEET}!{column_letter(FIRST_DAY_COLUMN + column)}{source}"
                # A blank working-day cell counts, and prints, as WFO. A real formula, made without ``cell``
                # (which keeps text that starts with "=" as text).
                formula = WriteOnlyCell(sheet, f'=IF({reference}="","WFO",{reference})')
                formula.alignment = self.centred
                values.append(formula)
            add(values)
        last_row = rows
        if letters and roster.staff:
            area = f"{letters[0]}{first_row}:{letters[-1]}{last_row}"
            for status in Status:
                style = DifferentialStyle(fill=self.status_fills[status])
                rule = Rule(type="cellIs", operator="equal", formula=[_quoted(status.code)], dxf=style)
                sheet.conditional_formatting.add(area, rule)
        add([])
        legend = "Keterangan: " + "; ".join(f"{status.code} = {status.label}" for status in Status)
        add([None, self.cell(sheet, legend + "; – = bukan hari kerja pegawai tersebut")])
        add([])
        # The signature block at the right, as on the PDF.
        signer = profile.signatory
        column = max(len(fixed) + len(columns) - 4, 4)
        place = (
            f"{profile.city.strip()}, {format_date_long(today)}" if profile.city.strip() else format_date_long(today)
        )
        title_line = f"{signer.title.strip().rstrip(',')}," if signer.title.strip() else ""
        above = [line for line in (place, signer.authority.strip(), title_line) if line]
        below = [line for line in (signer.name.strip(), signer.rank.strip()) if line]
        digits = "".join(ch for ch in signer.nip if ch.isdigit())
        if digits:
            below.append(f"NIP. {format_nip(digits)}")
        for text in above:
            add([None] * column + [self.text(sheet, text)])
        for _ in range(4):  # room for the signature and the stamp
            add([])
        for index, text in enumerate(below):
            add([None] * column + [self.cell(sheet, text, bold=index == 0)])
