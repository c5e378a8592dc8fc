"""The streaming workbook writer read back by openpyxl: any text survives, styles and sheet settings hold."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.io.xlsx_stream import (
    MAX_TEXT,
    Cell,
    ColourRule,
    Formula,
    ListRule,
    PageSetup,
    SheetLayout,
    Style,
    Workbook,
    column_letter,
    xml_text,
)

CREATED = dt.datetime(2024, 4, 10, 1, 2, 3, tzinfo=dt.UTC)


def write(path: Path, values: list[list[object]], layout: SheetLayout | None = None) -> Path:
    """One sheet of ``values`` (cells as ``Cell`` or plain values) at ``path``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        book = Workbook(archive)
        with book.sheet(layout or SheetLayout("Data")) as rows:
            for row in values:
                rows.append(row)  # type: ignore[arg-type]
        book.finish(created=CREATED, application="Jadwal Kerja ASN")
    return path


def test_every_part_is_well_formed_xml(tmp_path: Path) -> None:
    path = write(tmp_path / "a.xlsx", [['x & <y> "z"', 1, 2.5, dt.date(2024, 4, 16)]])

    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for name in names:
            ElementTree.fromstring(archive.read(name))
    assert "xl/worksheets/sheet1.xml" in names
    assert "[Content_Types].xml" in names


def test_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        book = Workbook(archive)
        date = book.style(Style(number_format="dd/mm/yyyy"))
        nip = book.style(Style(number_format="@"))
        with book.sheet(SheetLayout("Data")) as rows:
            rows.append(["teks", 7, 0.25, Cell(dt.date(2024, 4, 16), date), Cell("198001012005011001", nip)])
            rows.append([None, "", Cell(Formula('IF(B1="","WFO",B1)'), 0), Cell(None, nip)])
        book.finish(created=CREATED, application="Jadwal Kerja ASN")

    sheet = openpyxl.load_workbook(path)["Data"]
    assert [cell.value for cell in sheet[1]] == ["teks", 7, 0.25, dt.datetime(2024, 4, 16), "198001012005011001"]
    assert sheet["D1"].number_format == "dd/mm/yyyy"
    assert (sheet["E1"].data_type, sheet["E1"].number_format) == ("s", "@")
    assert sheet["A2"].value is None
    assert sheet["B2"].value is None  # an empty text is no cell at all
    assert (sheet["C2"].value, sheet["C2"].data_type) == ('=IF(B1="","WFO",B1)', "f")
    assert (sheet["D2"].value, sheet["D2"].number_format) == (None, "@")  # a styled blank


def test_text_that_would_run_as_a_formula_is_text_with_the_quote_prefix(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        book = Workbook(archive)
        bold = book.style(Style(bold=True))
        with book.sheet(SheetLayout("Data")) as rows:
            rows.append(['=HYPERLINK("http://contoh.invalid")', "+62 811", "-", Cell("@SUM(1)", bold), "a=b"])
        book.finish(created=CREATED, application="Jadwal Kerja ASN")

    cells = openpyxl.load_workbook(path)["Data"][1]
    assert [cell.value for cell in cells] == ['=HYPERLINK("http://contoh.invalid")', "+62 811", "-", "@SUM(1)", "a=b"]
    assert [(cell.data_type, cell.quotePrefix) for cell in cells] == [("s", True)] * 4 + [("s", False)]
    assert cells[3].font.b


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec=None), max_size=40))
def test_any_text_is_written_as_the_cell_can_hold_it(tmp_path: Path, text: str) -> None:
    """Control characters and lone surrogates become spaces; ``&<>"``, line ends and outer spaces survive."""
    path = write(tmp_path / "a.xlsx", [[text, Cell(text, 0)]])

    cells = openpyxl.load_workbook(path)["Data"][1] if text else ()
    assert [cell.value for cell in cells] == ([xml_text(text)] * 2 if text else [])


def test_a_text_longer_than_excel_holds_is_cut_and_controls_become_spaces(tmp_path: Path) -> None:
    path = write(tmp_path / "a.xlsx", [["x" * (MAX_TEXT + 10), "\x00Ani\x07\ud800"]])

    sheet = openpyxl.load_workbook(path)["Data"]
    assert len(str(sheet["A1"].value)) == MAX_TEXT
    assert sheet["B1"].value == " Ani  "  # a lone surrogate (no UTF-8 for it) too


def test_excel_counts_utf16_units_and_xml_cannot_hold_fffe_ffff(tmp_path: Path) -> None:
    emoji = "\U0001f600" * 20_000  # 40,000 UTF-16 units
    path = write(tmp_path / "a.xlsx", [[emoji, "Ani\ufffeBudi\uffff", "ab" + emoji]])

    sheet = openpyxl.load_workbook(path)["Data"]  # a character XML may not hold would make it unreadable
    assert str(sheet["A1"].value) == "\U0001f600" * (MAX_TEXT // 2)
    assert sheet["B1"].value == "Ani Budi "
    assert len(str(sheet["C1"].value).encode("utf-16-le")) == 2 * (MAX_TEXT - 1)  # no half pair at the cut


def test_styles_layout_and_printing_come_back(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        book = Workbook(archive)
        shade = book.style(Style(fill="D9D9D9"))
        header = book.style(Style(bold=True, size=13, fill="DDE4EE", centred=True))
        layout = SheetLayout(
            "Jadwal",
            widths={1: 21, 3: 11},
            column_styles={3: shade},
            freeze="C3",
            auto_filter="A2:C4",
            colour_rules=(ColourRule("C3:C4", (("WFO", "CCE3F0"), ("WFH", "F9DDA6"))),),
            list_rules=(ListRule("C3:C4", ("WFO", "WFH"), "Kode tidak dikenal", 'Isi "WFO" atau WFH.'),),
            page=PageSetup(14, centred=True, side_margin=0.5),
            print_rows=(1, 2),
            print_columns=("A", "B"),
        )
        with book.sheet(layout) as rows:
            rows.append([Cell("Judul", header)])
            rows.append(["NIP", "Nama", "Selasa"])
            rows.append(["1", "Ani", "WFO"])
            rows.append(["2", "Budi", "WFH"])
        with book.sheet(SheetLayout("Lain")) as rows:
            rows.append(["x"])
        book.finish(created=CREATED, application="Jadwal Kerja ASN")

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Jadwal", "Lain"]
    sheet = workbook["Jadwal"]
    title = sheet["A1"]
    assert (title.font.b, title.font.sz, title.fill.fgColor.rgb[-6:], title.alignment.horizontal) == (
        True,
        13,
        "DDE4EE",
        "center",
    )
    assert sheet.column_dimensions["A"].width == 21
    assert sheet.column_dimensions["C"].fill.fgColor.rgb.endswith("D9D9D9")
    assert sheet.freeze_panes == "C3"
    assert sheet.auto_filter.ref == "A2:C4"
    rules = [
        (rule.formula[0], rule.dxf.fill.fgColor.rgb[-6:]) for cf in sheet.conditional_formatting for rule in cf.rules
    ]
    assert rules == [('"WFO"', "CCE3F0"), ('"WFH"', "F9DDA6")]
    (validation,) = sheet.data_validations.dataValidation
    assert (validation.formula1, validation.error, str(validation.sqref)) == (
        '"WFO,WFH"',
        'Isi "WFO" atau WFH.',
        "C3:C4",
    )
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (14, "landscape", 1, 0)
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_options.horizontalCentered
    assert sheet.page_margins.left == 0.5
    assert (sheet.print_title_rows, sheet.print_title_cols) == ("$1:$2", "$A:$B")
    assert workbook["Lain"].freeze_panes is None


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703, 16_384)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
        "XFD",
    ]
