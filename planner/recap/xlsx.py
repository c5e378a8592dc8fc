"""The recap as an Excel workbook: one sheet per view, totals as live formulas, set up to print on F4.

Sheets: ``Ringkasan`` (for the head: clean, with errors, signed and still matching, units
that sent nothing, the combined check), ``Rencana`` (one row per plan, totals by formula),
``Total per hari`` (the agency per day: SUMIFS over ``Data``, so an edit there flows through),
``Pangsa per unit`` (the remote share per plan and unit per day against its limit),
``Data`` (the long table: day, plan number as on ``Rencana``, unit, category) and ``Masalah`` (problems between plans
and what the combined check found).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.calendar import DAY_ABBREVIATIONS, format_date_long
from planner.domain.category import Category
from planner.domain.wording import describe
from planner.io.atomic import cannot_write, replacing
from planner.io.grid_csv import FORMULA_STARTS
from planner.recap.build import Recap
from planner.recap.tables import days_frame, totals_frame
from planner.recap.views import RowKind, ShareTable, share_table
from planner.recap.wording import describe_counts, describe_problem

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

PAPER_FOLIO = 14
"""Excel's paper code for Folio, 8.5 × 13 in (215.9 × 330.2 mm): the F4 of Indonesian offices."""
MAX_COMBINED_ROWS = 20_000
"""The combined check's violations listed on ``Masalah`` at most; the counts by rule are always complete."""
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0.0%"
CATEGORY_LABELS = {category.key: category.label for category in Category}


class _Book:
    def __init__(self, workbook: Workbook) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415 - imported on export only

        self.workbook = workbook
        self.bold = Font(bold=True)
        self.title = Font(bold=True, size=13)
        self.header_fill = PatternFill("solid", fgColor="D9D9D9")
        self.over_fill = PatternFill("solid", fgColor="F4B6B6")
        self.wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(self, title: str, widths: list[float], *, landscape: bool = True, titles: str | None = None) -> Worksheet:
        from openpyxl.utils import get_column_letter  # noqa: PLC0415 - imported on export only
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415 - imported on export only

        sheet: Worksheet = self.workbook.create_sheet(title)
        sheet.page_setup.paperSize = PAPER_FOLIO
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        if titles:
            sheet.print_title_rows = titles
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        return sheet

    def cell(
        self,
        sheet: Worksheet,
        value: Any,
        *,
        bold: bool = False,
        fill: Any = None,
        number_format: str = "",
        font: Any = None,
        wrap: bool = False,
    ) -> Any:
        """A styled cell; a string starting with ``=`` is a formula (use ``text`` for what people typed)."""
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - imported on export only

        cell = WriteOnlyCell(sheet, value=value)
        if bold or font is not None:
            cell.font = font or self.bold
        if fill is not None:
            cell.fill = fill
        if number_format:
            cell.number_format = number_format
        if wrap:
            cell.alignment = self.wrap
        return cell

    def text(self, sheet: Worksheet, value: str, *, bold: bool = False, wrap: bool = False) -> Any:
        """Text from a plan file; text a spreadsheet would run as a formula is kept as text."""
        if value[:1] not in FORMULA_STARTS and not bold and not wrap:
            return value
        cell = self.cell(sheet, value, bold=bold, wrap=wrap)
        if value[:1] in FORMULA_STARTS:
            cell.data_type = "s"
            cell.quotePrefix = True
        return cell

    def header(self, sheet: Worksheet, titles: list[str]) -> None:
        sheet.append([self.cell(sheet, title, bold=True, fill=self.header_fill) for title in titles])


def write_recap_xlsx(recap: Recap, path: Path) -> None:
    """Write the recap's workbook at ``path`` (replaced only once complete).

    Raises:
        PlannerError: the file cannot be written (folder missing or read-only, disk full, open in Excel).
    """
    from openpyxl import Workbook  # noqa: PLC0415 - imported on export only

    days = days_frame(recap)
    with replacing(path, suffix=".xlsx", explain=cannot_write) as temporary:
        workbook = Workbook(write_only=True)
        book = _Book(workbook)
        _summary(book, recap)
        _plans(book, recap)
        _totals(book, recap, days)
        _shares(book, share_table(recap, days))
        _data(book, recap)
        _problems(book, recap)
        workbook.save(temporary)


def _range_text(recap: Recap) -> str:
    if not recap.plans:
        return "—"
    first = recap.first or min(plan.first for plan in recap.plans)
    last = recap.last or max(plan.last for plan in recap.plans)
    return f"{format_date_long(first)} – {format_date_long(last)}"


def _summary(book: _Book, recap: Recap) -> None:
    """The head's sheet; its counts are formulas over ``Rencana``, so they follow an edit there."""
    sheet = book.sheet("Ringkasan", [44, 16, 90], landscape=False)
    last = len(recap.plans) + 1  # the plans' last row on Rencana
    cell = book.cell
    sheet.append([cell(sheet, "REKAP JADWAL WFO/WFH", font=book.title)])
    sheet.append([cell(sheet, "Rentang"), cell(sheet, _range_text(recap))])
    sheet.append([])
    rows: list[tuple[str, str | int]] = [
        ("Rencana direkap", f"=COUNTA(Rencana!B2:B{last})"),
        ("Tanpa kesalahan", f"=COUNTIF(Rencana!I2:I{last},0)"),
        ("Dengan kesalahan", f'=COUNTIF(Rencana!I2:I{last},">0")'),
        ("Ditandatangani dan masih sesuai", f'=COUNTIF(Rencana!L2:L{last},"Ya")'),
        ("Ditandatangani, sudah berubah", f'=COUNTIF(Rencana!L2:L{last},"Tidak")'),
        ("Belum ditandatangani", f'=COUNTIF(Rencana!K2:K{last},"Tidak")'),
        ("Pegawai", f"=SUM(Rencana!H2:H{last})"),
        ("Masalah antarrencana", len(recap.problems)),
    ]
    for label, value in rows:
        sheet.append([cell(sheet, label, bold=True), cell(sheet, value)])
    sheet.append([])
    if recap.expected:
        sheet.append(
            [
                cell(
                    sheet,
                    f"Unit yang belum mengirim rencana ({len(recap.missing)} dari {len(recap.expected)})",
                    bold=True,
                )
            ]
        )
        for name in recap.missing or ("(semua unit sudah mengirim)",):
            sheet.append([book.text(sheet, name)])
        sheet.append([])
    sheet.append([cell(sheet, "Pemeriksaan gabungan per instansi dan surat edaran", bold=True)])
    if not recap.combined:
        sheet.append([cell(sheet, "(tidak ada instansi dengan dua rencana atau lebih di bawah satu surat edaran)")])
    for check in recap.combined:
        rules = describe_counts(check.by_rule)
        sheet.append(
            [
                book.text(sheet, check.agency, bold=True),
                cell(sheet, f"{check.errors} kesalahan"),
                book.text(
                    sheet,
                    (
                        f"{check.circular_name}; {len(check.files)} rencana, {check.staff} pegawai, "
                        f"{format_date_long(check.first)} – {format_date_long(check.last)}; {rules}"
                    ),
                    wrap=True,
                ),
            ]
        )


def _plans(book: _Book, recap: Recap) -> None:
    sheet = book.sheet("Rencana", [5, 34, 34, 34, 24, 12, 12, 10, 11, 11, 14, 16, 60], titles="1:1")
    sheet.freeze_panes = "C2"
    book.header(
        sheet,
        [
            "No",
            "Berkas",
            "Instansi",
            "Unit / perangkat daerah",
            "Surat edaran",
            "Dari",
            "Sampai",
            "Pegawai",
            "Kesalahan",
            "Peringatan",
            "Ditandatangani",
            "Sesuai penetapan",
            "Masalah per aturan",
        ],
    )
    cell = book.cell
    for number, plan in enumerate(recap.plans, start=1):
        matches = "—" if plan.matches_signed is None else ("Ya" if plan.matches_signed else "Tidak")
        rules = describe_counts(plan.by_rule) if plan.by_rule else ""
        sheet.append(
            [
                number,
                book.text(sheet, str(plan.path)),
                book.text(sheet, plan.agency),
                book.text(sheet, plan.department),
                plan.circular_id,
                cell(sheet, plan.first, number_format=DATE_FORMAT),
                cell(sheet, plan.last, number_format=DATE_FORMAT),
                plan.staff,
                cell(sheet, plan.errors, fill=book.over_fill if plan.errors else None),
                plan.warnings,
                "Ya" if plan.signed else "Tidak",
                matches,
                book.text(sheet, rules),
            ]
        )
    last = len(recap.plans) + 1
    sheet.append(
        [
            None,
            cell(sheet, "Jumlah", bold=True),
            None,
            None,
            None,
            None,
            None,
            cell(sheet, f"=SUM(H2:H{last})", bold=True),
            cell(sheet, f"=SUM(I2:I{last})", bold=True),
            cell(sheet, f"=SUM(J2:J{last})", bold=True),
            cell(sheet, f'=COUNTIF(K2:K{last},"Ya")', bold=True),
            cell(sheet, f'=COUNTIF(L2:L{last},"Ya")', bold=True),
        ]
    )


def _totals(book: _Book, recap: Recap, days: Any) -> None:
    """The agency per day: SUMIFS over ``Data``, a share per day and a total row, all formulas."""
    totals = totals_frame(days)
    sheet = book.sheet("Total per hari", [12, 8, 12, 12, 12, 14, 14], landscape=False, titles="1:1")
    sheet.freeze_panes = "A2"
    book.header(sheet, ["Tanggal", "Hari", "WFH/WFA", "WFO", "Tidak hadir", "Jumlah pegawai", "% jarak jauh"])
    end = len(recap.rows) + 1
    cell = book.cell
    for row, date in enumerate(totals["date"], start=2):
        day = date.date()
        sumifs = [f"=SUMIFS(Data!${col}$2:${col}${end},Data!$A$2:$A${end},$A{row})" for col in "EFGH"]
        sheet.append(
            [
                cell(sheet, day, number_format=DATE_FORMAT),
                DAY_ABBREVIATIONS[day.weekday()],
                *sumifs,
                cell(sheet, f"=IF(F{row}>0,C{row}/F{row},0)", number_format=PERCENT_FORMAT),
            ]
        )
    last = len(totals) + 1
    sheet.append(
        [
            cell(sheet, "Jumlah", bold=True),
            None,
            *(cell(sheet, f"=SUM({col}2:{col}{last})", bold=True) for col in "CDEF"),
            cell(sheet, f"=IF(F{last + 1}>0,C{last + 1}/F{last + 1},0)", bold=True, number_format=PERCENT_FORMAT),
        ]
    )


def _shares(book: _Book, table: ShareTable) -> None:
    dates = table.dates
    sheet = book.sheet("Pangsa per unit", [34, 9, *([7.5] * len(dates))], titles="1:1")
    sheet.freeze_panes = "C2"
    cell = book.cell
    book.header(sheet, ["Unit (% jarak jauh per hari)", "Batas %", *(f"{d:%d/%m}" for d in dates)])
    for row in table.rows:
        values: list[Any] = []
        for column, share in enumerate(row.shares):
            if share is None:
                values.append(None)
            elif row.over(column):
                values.append(cell(sheet, round(share, 1), fill=book.over_fill, bold=True))
            else:
                values.append(round(share, 1))
        label = book.text(sheet, row.label, bold=row.kind is not RowKind.UNIT)
        if row.kind is RowKind.UNIT:
            label = book.text(sheet, f"    {row.label}")
        sheet.append([label, row.limit_text, *values])


def _data(book: _Book, recap: Recap) -> None:
    sheet = book.sheet("Data", [12, 10, 30, 26, 10, 10, 10, 10, 10], titles="1:1")
    sheet.freeze_panes = "A2"
    book.header(
        sheet,
        [
            "Tanggal",
            "No rencana",
            "Unit",
            "Kategori",
            "WFH/WFA",
            "WFO",
            "Tidak hadir",
            "Jumlah pegawai",
            "Batas (orang)",
        ],
    )
    rows = recap.rows
    units = {unit: book.text(sheet, unit) for unit in set(rows.unit)}
    categories = {key: CATEGORY_LABELS.get(key, key) for key in set(rows.category)}
    append = sheet.append
    for date, plan, unit, category, remote, office, absent, headcount, cap in zip(
        rows.date,
        rows.plan,
        rows.unit,
        rows.category,
        rows.remote,
        rows.office,
        rows.absent,
        rows.headcount,
        rows.cap,
        strict=True,
    ):
        append((date, plan + 1, units[unit], categories[category], remote, office, absent, headcount, cap))


def _problems(book: _Book, recap: Recap) -> None:
    sheet = book.sheet("Masalah", [28, 12, 30, 110], titles="1:1")
    cell = book.cell
    book.header(sheet, ["Jenis", "Tanggal", "Unit", "Keterangan"])
    for problem in recap.problems:
        sheet.append(["Antarrencana", None, None, book.text(sheet, describe_problem(problem), wrap=True)])
    for check in recap.combined:
        roster = check.plan.roster
        for violation in check.violations[:MAX_COMBINED_ROWS]:
            sheet.append(
                [
                    book.text(sheet, f"Gabungan: {check.agency}"),
                    cell(sheet, violation.day, number_format=DATE_FORMAT),
                    book.text(sheet, check.unit_label(violation.unit)),
                    book.text(sheet, f"{describe(violation, roster)} [{violation.source}]"),
                ]
            )
        if len(check.violations) > MAX_COMBINED_ROWS:
            sheet.append([None, None, None, f"… dan {len(check.violations) - MAX_COMBINED_ROWS} lainnya"])
