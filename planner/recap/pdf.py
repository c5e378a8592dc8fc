"""The recap as a PDF report on F4 landscape, for the agency head and the BKD.

First the head's page: how many plans are clean, which have errors, which are signed and
still say what was signed, which expected units sent nothing, what the combined check of each
agency found and where plans disagree. Then the remote share per day, across the agency and
per unit, against each plan's limit (a cell over the limit is bold and marked "!", so it reads
on a mono printer). Last the charts, drawn with reportlab's own charts: the agency's share per
day, then small multiples, one per plan, with the limit as a dashed line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.calendar import DAY_ABBREVIATIONS, format_date_long
from planner.domain.wording import describe
from planner.io.atomic import cannot_write, replacing
from planner.io.schedule import MM, Face, Paper, register_fonts
from planner.recap.build import Recap
from planner.recap.model import PlanSummary
from planner.recap.views import RowKind, ShareRow, ShareTable, share_table
from planner.recap.wording import describe_counts, describe_problem

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

TITLE = "REKAP JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)"
ROWS_PER_TABLE = 34
"""Rows of one share table block; a block fits a page, so reportlab never splits a long table (slow)."""
COMBINED_LINES = 12
"""Violations of the combined check worded on the head's page; the workbook lists them all."""
CHARTS_PER_ROW = 5
CHART_ROWS_PER_PAGE = 4
GRID_GREY = "#808080"
HEADER_FILL = "#D9D9D9"
OVER_FILL = "#D0D0D0"


def write_recap_pdf(recap: Recap, path: Path, paper: Paper = Paper.F4) -> None:
    """Write the recap's report at ``path`` (replaced only once complete).

    Raises:
        PlannerError: the file cannot be written, or the fonts are missing.
    """
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    width, height = paper.size_mm
    page = landscape((width * MM, height * MM))
    table = share_table(recap)
    styles = _Styles()
    story: list[Flowable] = _head_page(recap, styles)
    story += _share_tables(table, styles, page[0] - 20 * MM)
    story += _charts(table, styles, page[0] - 20 * MM)
    with replacing(path, suffix=".pdf", explain=cannot_write) as temporary:
        document = SimpleDocTemplate(
            str(temporary),
            pagesize=page,
            leftMargin=10 * MM,
            rightMargin=10 * MM,
            topMargin=10 * MM,
            bottomMargin=12 * MM,
            title="Rekap jadwal WFO/WFH",
            author="Jadwal Kerja ASN",
        )
        document.build(story, onFirstPage=_footer, onLaterPages=_footer)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.title = ParagraphStyle("title", fontName=Face.BOLD.value, fontSize=12, leading=15, spaceAfter=4)
        self.heading = ParagraphStyle(
            "heading", fontName=Face.BOLD.value, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
        )
        self.body = ParagraphStyle("body", fontName=Face.REGULAR.value, fontSize=8.5, leading=10.5)
        self.small = ParagraphStyle("small", fontName=Face.REGULAR.value, fontSize=7.5, leading=9)
        self.cell = ParagraphStyle("cell", fontName=Face.REGULAR.value, fontSize=7, leading=8.2)


def _footer(canvas: Any, document: Any) -> None:
    canvas.saveState()
    canvas.setFont(Face.REGULAR.value, 7)
    canvas.drawRightString(document.pagesize[0] - 10 * MM, 6 * MM, f"Halaman {document.page}")
    canvas.drawString(10 * MM, 6 * MM, "Rekap jadwal WFO/WFH — Jadwal Kerja ASN")
    canvas.restoreState()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _thousands(number: int) -> str:
    """``50000`` as Indonesians write it: ``50.000``."""
    return f"{number:,}".replace(",", ".")


def _span(first: dt.date, last: dt.date) -> str:
    return f"{format_date_long(first)} – {format_date_long(last)}"


def _signature(plan: PlanSummary) -> str:
    if not plan.signed:
        return "Belum"
    return "Sesuai" if plan.matches_signed else "BERUBAH"


def _grid(rows: int, header: bool = True) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), Face.REGULAR.value, 7),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if header and rows:
        style += [("FONT", (0, 0), (-1, 0), Face.BOLD.value, 7), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    return style


def _head_page(recap: Recap, styles: _Styles) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

    plans = recap.plans
    clean = sum(1 for plan in plans if plan.errors == 0)
    signed_ok = sum(1 for plan in plans if plan.matches_signed)
    changed = sum(1 for plan in plans if plan.signed and not plan.matches_signed)
    first = recap.first or min(plan.first for plan in plans)
    last = recap.last or max(plan.last for plan in plans)
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(
            f"Rentang: {_span(first, last)} · {len(plans)} rencana, {_thousands(sum(p.staff for p in plans))} pegawai",
            styles.body,
        ),
        Spacer(0, 3 * MM),
    ]
    figures = [
        ["Rencana direkap", str(len(plans))],
        ["Tanpa kesalahan", str(clean)],
        ["Dengan kesalahan", str(len(plans) - clean)],
        ["Ditandatangani dan masih sesuai", str(signed_ok)],
        ["Ditandatangani, tetapi sudah berubah sejak ditandatangani", str(changed)],
        ["Belum ditandatangani", str(sum(1 for plan in plans if not plan.signed))],
        ["Masalah antarrencana", str(len(recap.problems))],
    ]
    if recap.expected:
        figures.append(
            [f"Unit yang belum mengirim (dari {len(recap.expected)} yang diharapkan)", str(len(recap.missing))]
        )
    table = Table(figures, colWidths=[100 * MM, 20 * MM], hAlign="LEFT")
    table.setStyle(
        [
            *_grid(len(figures), header=False),
            ("FONT", (0, 0), (0, -1), Face.BOLD.value, 8),
            ("FONT", (1, 0), (1, -1), Face.REGULAR.value, 8),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ]
    )
    story.append(table)
    if recap.expected:
        story.append(Paragraph("Unit yang belum mengirim rencana", styles.heading))
        text = ", ".join(_escape(name) for name in recap.missing) or "Semua unit yang diharapkan sudah mengirim."
        story.append(Paragraph(text, styles.body))
    story.append(
        Paragraph("Pemeriksaan gabungan (aturan surat edaran atas semua rencana satu instansi)", styles.heading)
    )
    if not recap.combined:
        story.append(
            Paragraph("Tidak ada instansi dengan dua rencana atau lebih di bawah satu surat edaran.", styles.body)
        )
    for check in recap.combined:
        rules = describe_counts(check.by_rule)
        story.append(
            Paragraph(
                f"<b>{_escape(check.agency)}</b> — {_escape(check.circular_name)}; {len(check.files)} rencana, "
                f"{_thousands(check.staff)} pegawai, {_span(check.first, check.last)}: "
                f"<b>{check.errors} kesalahan</b>, {check.warnings} peringatan ({rules}).",
                styles.body,
            )
        )
        roster = check.plan.roster
        for violation in check.violations[:COMBINED_LINES]:
            story.append(
                Paragraph(
                    f"{violation.day:%d/%m/%Y} · {_escape(check.unit_label(violation.unit))}: "
                    f"{_escape(describe(violation, roster))} [{_escape(violation.source)}]",
                    styles.small,
                )
            )
        if len(check.violations) > COMBINED_LINES:
            story.append(
                Paragraph(
                    f"… dan {len(check.violations) - COMBINED_LINES} lainnya (lengkap di rekap .xlsx).", styles.small
                )
            )
    if recap.problems:
        story.append(Paragraph("Masalah antarrencana dan berkas yang tidak direkap", styles.heading))
        story.extend(Paragraph(_escape(describe_problem(problem)), styles.small) for problem in recap.problems)
    story.append(Paragraph("Rencana", styles.heading))
    header = [
        "No",
        "Unit / perangkat daerah",
        "Berkas",
        "Surat edaran",
        "Periode",
        "Pegawai",
        "Kesalahan",
        "Peringatan",
        "Tanda tangan",
    ]
    rows = [
        [
            str(number),
            Paragraph(_escape(plan.department), styles.cell),
            Paragraph(_escape(plan.path.name), styles.cell),
            plan.circular_id,
            f"{plan.first:%d/%m/%Y} – {plan.last:%d/%m/%Y}",
            str(plan.staff),
            str(plan.errors),
            str(plan.warnings),
            _signature(plan),
        ]
        for number, plan in enumerate(plans, start=1)
    ]
    widths = [9 * MM, 75 * MM, 55 * MM, 38 * MM, 38 * MM, 15 * MM, 17 * MM, 17 * MM, 20 * MM]
    for start in range(0, len(rows), ROWS_PER_TABLE):
        block: list[list[Any]] = [header, *rows[start : start + ROWS_PER_TABLE]]
        table = Table(block, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = _grid(len(block))
        for index, plan in enumerate(plans[start : start + ROWS_PER_TABLE], start=1):
            if plan.errors:
                style += [
                    ("FONT", (6, index), (6, index), Face.BOLD.value, 7),
                    ("BACKGROUND", (6, index), (6, index), OVER_FILL),
                ]
            if plan.signed and not plan.matches_signed:
                style.append(("FONT", (8, index), (8, index), Face.BOLD.value, 7))
        style.append(("ALIGN", (5, 1), (7, -1), "RIGHT"))
        table.setStyle(style)
        story.append(table)
    story.append(PageBreak())
    return story


def _share_tables(table: ShareTable, styles: _Styles, width: float) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Table

    dates = table.dates
    header = ["Unit", "Batas %", *(f"{DAY_ABBREVIATIONS[d.weekday()]}\n{d:%d/%m}" for d in dates)]
    rows = [
        [
            row.label,
            row.limit_text,
            *(
                "" if share is None else f"{share:.0f}{'!' if row.over(c) else ''}"
                for c, share in enumerate(row.shares)
            ),
        ]
        for row in table.rows
    ]
    label_width = 62 * MM
    limit_width = 14 * MM
    day_width = min(12 * MM, (width - label_width - limit_width) / max(len(dates), 1))
    widths = [label_width, limit_width, *([day_width] * len(dates))]
    story: list[Flowable] = [
        Paragraph(
            "Pangsa jarak jauh (WFH/WFA) per hari, dalam % dari jumlah pegawai yang bekerja hari itu", styles.title
        ),
        Paragraph(
            "Batas: pangsa terbanyak yang diizinkan surat edaran (atau kebijakan instansi yang lebih ketat) "
            "bagi unit itu; angka bertanda ! dan tebal melewati batasnya. "
            "Baris tebal: seluruh instansi dan tiap rencana.",
            styles.small,
        ),
    ]
    for start in range(0, len(rows), ROWS_PER_TABLE):
        block: list[list[Any]] = [header, *rows[start : start + ROWS_PER_TABLE]]
        flowable = Table(block, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = _grid(len(block))
        style += [
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("FONT", (0, 0), (-1, 0), Face.BOLD.value, 6.5),
            ("LEFTPADDING", (0, 1), (0, -1), 9),
        ]
        for at, row in enumerate(table.rows[start : start + ROWS_PER_TABLE], start=1):
            if row.kind is not RowKind.UNIT:
                last = 1 if row.kind is RowKind.PLAN else -1
                style += [("FONT", (0, at), (last, at), Face.BOLD.value, 7), ("LEFTPADDING", (0, at), (0, at), 2)]
            for column in range(len(dates)):
                if row.over(column):
                    style += [
                        ("FONT", (2 + column, at), (2 + column, at), Face.BOLD.value, 7),
                        ("BACKGROUND", (2 + column, at), (2 + column, at), OVER_FILL),
                    ]
        flowable.setStyle(style)
        story.append(flowable)
    story.append(PageBreak())
    return story


def _chart(
    *,
    width: float,
    height: float,
    title: str,
    shares: Sequence[float],
    limits: Sequence[float] | None,
    labels: Sequence[str],
    font_size: float,
) -> Drawing:
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.add(String(2, height - font_size - 1, title[:60], fontName=Face.BOLD.value, fontSize=font_size))
    plot = LinePlot()
    left, bottom = font_size * 2.6, font_size * 1.8
    plot.x, plot.y = left, bottom  # type: ignore[assignment]  # the stubs say int; reportlab takes points
    plot.width, plot.height = width - left - 4, height - bottom - font_size * 2.2  # type: ignore[assignment]
    count = len(shares)
    if count == 0:
        drawing.add(
            String(
                left,
                height / 2,
                "Tidak ada hari kerja dalam rentang ini.",
                fontName=Face.ITALIC.value,
                fontSize=font_size,
            )
        )
        return drawing

    def line(values: Sequence[float]) -> list[tuple[float, float]]:
        # One working day is drawn as a short level stroke: a line plot needs two points.
        return [(-0.3, values[0]), (0.3, values[0])] if count == 1 else list(enumerate(values))

    data = [line(shares)]
    if limits is not None:
        data.append(line(limits))
    plot.data = data
    plot.lines[0].strokeColor = colors.black
    plot.lines[0].strokeWidth = 1.1
    if limits is not None:
        plot.lines[1].strokeColor = colors.black
        plot.lines[1].strokeWidth = 0.7
        plot.lines[1].strokeDashArray = [3, 2]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.5, max(count - 0.5, 0.5)
    step = max(1, count // 6)
    plot.xValueAxis.valueSteps = list(range(0, count, step))
    plot.xValueAxis.labelTextFormat = lambda value: labels[int(value)] if 0 <= int(value) < len(labels) else ""
    plot.xValueAxis.labels.fontName = Face.REGULAR.value
    plot.xValueAxis.labels.fontSize = font_size - 1.5
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 25
    plot.yValueAxis.labels.fontName = Face.REGULAR.value
    plot.yValueAxis.labels.fontSize = font_size - 1.5
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#C8C8C8")
    plot.yValueAxis.gridStrokeWidth = 0.3
    drawing.add(plot)
    return drawing


def _series(row: ShareRow, dates: Sequence[dt.date]) -> tuple[list[float], list[float], list[str]]:
    """The row's shares, limits and date labels on its working days."""
    columns = [c for c, share in enumerate(row.shares) if share is not None]
    shares = [row.shares[c] or 0.0 for c in columns]
    limits = [row.limits[c] or 0.0 for c in columns]
    return shares, limits, [f"{dates[c]:%d/%m}" for c in columns]


def _charts(table: ShareTable, styles: _Styles, width: float) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Spacer, Table

    shares, _, labels = _series(table.agency, table.dates)
    story: list[Flowable] = [
        Paragraph("Grafik pangsa jarak jauh per hari", styles.title),
        Paragraph(
            "Garis tebal: pangsa WFH/WFA (%) pada hari kerja; garis putus-putus: batas rencana itu.", styles.small
        ),
        Spacer(0, 2 * MM),
        _chart(
            width=width,
            height=55 * MM,
            title="Seluruh instansi",
            shares=shares,
            limits=None,
            labels=labels,
            font_size=9,
        ),
        Spacer(0, 3 * MM),
    ]
    cell_width = width / CHARTS_PER_ROW
    cells: list[Drawing | str] = []
    for row in table.plan_rows():
        shares, limits, labels = _series(row, table.dates)
        cells.append(
            _chart(
                width=cell_width - 2,
                height=42 * MM,
                title=row.label,
                shares=shares,
                limits=limits,
                labels=labels,
                font_size=7,
            )
        )
    per_page = CHARTS_PER_ROW * CHART_ROWS_PER_PAGE
    for start in range(0, len(cells), per_page):
        chunk = cells[start : start + per_page]
        grid = [chunk[i : i + CHARTS_PER_ROW] for i in range(0, len(chunk), CHARTS_PER_ROW)]
        grid[-1] = grid[-1] + [""] * (CHARTS_PER_ROW - len(grid[-1]))
        flowable = Table(grid, colWidths=[cell_width] * CHARTS_PER_ROW, hAlign="LEFT")
        flowable.setStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
        story.append(flowable)
    return story
