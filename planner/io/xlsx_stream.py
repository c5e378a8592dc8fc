"""A workbook written as it goes: the parts of SpreadsheetML the Excel export uses, streamed row by row.

Each sheet's XML goes straight into the zip while its rows are made, so a 50,000-staff plan is never
held as cell objects. What this writer knows: text (inline, made safe for XML, kept as text with
Excel's quote prefix when it would start a formula), numbers, dates, formulas, cell styles (bold,
size, fill, number format, centred), column widths and fills, frozen panes, an autofilter, colour
rules (conditional formatting on equal text), list validations and the print set-up (paper,
orientation, fit to width, centring, margins, repeated rows and columns). Nothing else.

Why not a library (measured on the project's 2-core machine): openpyxl's write-only cells made the
export take 5 s at 5,000 staff × 31 days and 41 s at 50,000; XlsxWriter's constant-memory mode took
about 65 s for 50,000 rows of 33 texts and 22 formulas, most of it in its clean-up of each formula
(some thirty regular expressions). The export writes some three million cells at 50,000 staff;
XML strings made per row cost well under a microsecond per cell.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import IO, TypeAlias

from planner.io.grid_csv import FORMULA_STARTS
from planner.io.limits import without_controls

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

MAX_TEXT = 32_767
"""Characters Excel holds in one cell; a longer text is cut there (Excel calls the file damaged otherwise)."""
_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's date serial numbers (1900 system, past its leap-year bug)."""
_BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "0%": 9, "0.00%": 10, "@": 49}
_FLUSH_PARTS = 8_192
"""Pieces of XML (cells or ready rows) gathered before they are written to the zip."""
_FLUSH_CHARACTERS = 1 << 20
"""Characters of ready rows gathered before they are written: a megabyte or so, whatever the sheet's size."""


@dataclass(frozen=True, slots=True)
class Style:
    """How a cell looks; ``Workbook.style`` turns one into the number a cell carries."""

    bold: bool = False
    size: float | None = None
    """Font size in points; None for the default 11."""
    fill: str | None = None
    """Solid background as ``RRGGBB``."""
    number_format: str = "General"
    centred: bool = False
    """Centred both ways and wrapped."""
    quote_prefix: bool = False


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula, without its leading ``=``, as Excel writes it in English (``COUNTIF(A1:A9,"x")``)."""

    text: str


Value: TypeAlias = str | int | float | dt.date | Formula | None


@dataclass(frozen=True, slots=True)
class Cell:
    """A value with a style (from ``Workbook.style``); a styled blank when ``value`` is None."""

    value: Value
    style: int


@dataclass(frozen=True, slots=True)
class ColourRule:
    """Conditional formatting: in ``area`` (``G3:L9``), a cell equal to one of the texts gets its fill."""

    area: str
    fills: tuple[tuple[str, str], ...]
    """(text, ``RRGGBB``) pairs, in the order Excel tries them."""


@dataclass(frozen=True, slots=True)
class ListRule:
    """Data validation: the cells of ``area`` take one of ``choices`` (or stay blank); anything else is refused."""

    area: str
    choices: tuple[str, ...]
    error_title: str
    error: str


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Printing: Excel's paper code, landscape or not, fitted to one page wide, centring and side margins (in)."""

    paper: int
    landscape: bool = True
    fit_to_width: bool = True
    centred: bool = False
    side_margin: float = 0.75


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Everything about a sheet but its rows; written around them."""

    name: str
    widths: Mapping[int, float] = field(default_factory=dict)
    """Column number (1 is ``A``) → width in characters."""
    column_styles: Mapping[int, int] = field(default_factory=dict)
    """Column number → style of the whole column (shading a column without writing its blank cells)."""
    freeze: str | None = None
    """The first cell not frozen: ``G3`` freezes rows 1–2 and columns A–F."""
    auto_filter: str | None = None
    colour_rules: tuple[ColourRule, ...] = ()
    list_rules: tuple[ListRule, ...] = ()
    page: PageSetup | None = None
    print_rows: tuple[int, int] | None = None
    """First and last row printed at the top of every page."""
    print_columns: tuple[str, str] | None = None
    """First and last column printed at the left of every page."""


def column_letter(column: int) -> str:
    """``A`` for 1, ``AA`` for 27."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def escape(text: str) -> str:
    """``text`` for XML character data (a carriage return as a reference: a parser would read it as a line feed)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def escape_attribute(text: str) -> str:
    """``text`` inside a double-quoted XML attribute (line ends kept as line ends)."""
    return escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def xml_text(text: str) -> str:
    """``text`` as a cell can hold it: control characters as spaces, cut at ``MAX_TEXT`` UTF-16 units.

    Excel counts UTF-16 units, so a character beyond the first plane (an emoji) counts twice.
    """
    text = without_controls(text, " ")
    if len(text) > MAX_TEXT // 2:
        units = text.encode("utf-16-le")
        if len(units) > 2 * MAX_TEXT:
            text = units[: 2 * MAX_TEXT].decode("utf-16-le", errors="ignore")  # a half pair at the cut goes
    return text


class Workbook:
    """A workbook being written into an open, empty zip: styles, then sheets one by one, then ``finish``."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        """Start a workbook in ``archive``."""
        self.archive = archive
        self._styles: dict[Style, int] = {Style(): 0}
        self._sheets: list[SheetLayout] = []

    def style(self, style: Style) -> int:
        """The number of ``style`` for ``Cell.style`` and ``SheetLayout.column_styles``."""
        number = self._styles.get(style)
        if number is None:
            number = self._styles[style] = len(self._styles)
        return number

    def quoted(self, number: int) -> int:
        """The style ``number`` with Excel's quote prefix (its text is never read as a formula)."""
        style = next(style for style, index in self._styles.items() if index == number)
        return self.style(replace(style, quote_prefix=True))

    @contextmanager
    def sheet(self, layout: SheetLayout, *, large: bool = False) -> Iterator[SheetWriter]:
        """Write one sheet: its head now, the rows appended inside the block, its tail when the block ends.

        ``large``: the sheet's XML may pass 2 GiB (the zip then needs its 64-bit records).
        """
        number = len(self._sheets) + 1
        self._sheets.append(layout)
        with self.archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=large) as stream:
            writer = SheetWriter(self, stream, layout, selected=number == 1)
            yield writer
            writer.close()

    def finish(self, *, created: dt.datetime, application: str) -> None:
        """Write the workbook, its styles, relationships, content types and properties."""
        write = self.archive.writestr
        count = len(self._sheets)
        write("[Content_Types].xml", self._content_types(count))
        write(
            "_rels/.rels",
            _relationships(
                [
                    (f"{RELATIONSHIPS}/officeDocument", "xl/workbook.xml"),
                    (
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml",
                    ),
                    (f"{RELATIONSHIPS}/extended-properties", "docProps/app.xml"),
                ]
            ),
        )
        stamp = created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        write(
            "docProps/core.xml",
            _DECLARATION + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{escape(application)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>',
        )
        write(
            "docProps/app.xml",
            _DECLARATION + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
            f'properties"><Application>{escape(application)}</Application></Properties>',
        )
        targets = [(f"{RELATIONSHIPS}/worksheet", f"worksheets/sheet{n}.xml") for n in range(1, count + 1)]
        write("xl/_rels/workbook.xml.rels", _relationships([*targets, (f"{RELATIONSHIPS}/styles", "styles.xml")]))
        write("xl/workbook.xml", self._workbook())
        write("xl/styles.xml", self._stylesheet())

    @staticmethod
    def _content_types(count: int) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
            for n in range(1, count + 1)
        )
        office = "application/vnd.openxmlformats-officedocument"
        return (
            _DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{office}.spreadsheetml.styles+xml"/>'
            f"{sheets}"
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{office}.extended-properties+xml"/>'
            "</Types>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{escape_attribute(layout.name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, layout in enumerate(self._sheets, start=1)
        )
        names: list[tuple[str, int, str]] = []
        for index, layout in enumerate(self._sheets):
            quoted = "'" + layout.name.replace("'", "''") + "'"
            if layout.auto_filter:
                first, _, last = layout.auto_filter.partition(":")
                names.append(("_xlnm._FilterDatabase", index, f"{quoted}!{_absolute(first)}:{_absolute(last)}"))
            titles = []
            if layout.print_columns:
                titles.append(f"{quoted}!${layout.print_columns[0]}:${layout.print_columns[1]}")
            if layout.print_rows:
                titles.append(f"{quoted}!${layout.print_rows[0]}:${layout.print_rows[1]}")
            if titles:
                names.append(("_xlnm.Print_Titles", index, ",".join(titles)))
        hidden = ' hidden="1"'
        defined = "".join(
            f'<definedName name="{name}" localSheetId="{index}"{hidden if "Filter" in name else ""}>'
            f"{escape(reference)}</definedName>"
            for name, index, reference in sorted(names)
        )
        return (
            _DECLARATION + f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
        )

    def _stylesheet(self) -> str:
        formats: dict[str, int] = {}
        fonts: dict[tuple[bool, float | None], int] = {(False, None): 0}
        fills: dict[str | None, int] = {None: 0, "gray125": 1}
        cells = []
        for style in self._styles:  # in the order of their numbers
            if style.number_format in _BUILTIN_FORMATS:
                format_id = _BUILTIN_FORMATS[style.number_format]
            else:
                format_id = formats.setdefault(style.number_format, 164 + len(formats))
            font = fonts.setdefault((style.bold, style.size), len(fonts))
            fill = fills.setdefault(style.fill, len(fills))
            applied = (
                (' applyNumberFormat="1"' if format_id else "")
                + (' applyFont="1"' if font else "")
                + (' applyFill="1"' if fill else "")
                + (' applyAlignment="1"' if style.centred else "")
                + (' quotePrefix="1"' if style.quote_prefix else "")
            )
            attributes = f'numFmtId="{format_id}" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"{applied}'
            if style.centred:
                cells.append(f'<xf {attributes}><alignment horizontal="center" vertical="center" wrapText="1"/></xf>')
            else:
                cells.append(f"<xf {attributes}/>")
        number_formats = "".join(
            f'<numFmt numFmtId="{number}" formatCode="{escape_attribute(code)}"/>' for code, number in formats.items()
        )
        font_xml = "".join(
            "<font>"
            + ("<b/>" if bold else "")
            + f'<sz val="{size or 11:g}"/><name val="Calibri"/><family val="2"/></font>'
            for bold, size in fonts
        )
        fill_xml = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        fill_xml += "".join(_solid(colour) for colour in list(fills)[2:] if colour is not None)
        rules = [fill for layout in self._sheets for rule in layout.colour_rules for _, fill in rule.fills]
        dxfs = "".join(f"<dxf>{_solid(colour)}</dxf>" for colour in dict.fromkeys(rules))
        return (
            _DECLARATION
            + f'<styleSheet xmlns="{MAIN}">'
            + (f'<numFmts count="{len(formats)}">{number_formats}</numFmts>' if formats else "")
            + f'<fonts count="{len(fonts)}">{font_xml}</fonts>'
            f'<fills count="{len(fills)}">{fill_xml}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(cells)}">{"".join(cells)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            f'<dxfs count="{len(dict.fromkeys(rules))}">{dxfs}</dxfs>'
            "</styleSheet>"
        )

    def dxf_of(self, colour: str) -> int:
        """The differential style (conditional fill) of ``colour``: its place among every rule's colours."""
        rules = [fill for layout in self._sheets for rule in layout.colour_rules for _, fill in rule.fills]
        return list(dict.fromkeys(rules)).index(colour)


class SheetWriter:
    """Rows of one sheet, in order; values as ``Workbook`` describes them."""

    def __init__(self, book: Workbook, stream: IO[bytes], layout: SheetLayout, *, selected: bool) -> None:
        """Write the sheet's head to ``stream``; ``selected``: the sheet shown when the workbook opens."""
        self.book = book
        self.stream = stream
        self.layout = layout
        self.rows = 0
        """Rows written so far: the number of the last one."""
        self._parts: list[str] = []
        self._pending = 0
        """Characters of ready rows in ``_parts``."""
        self._letters: list[str] = []
        self._texts: dict[str, str] = {}
        self._styled: dict[tuple[object, int], str] = {}
        self._quoted_styles: dict[int, int] = {}
        self._parts.append(_DECLARATION + f'<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">')
        if layout.page is not None and layout.page.fit_to_width:
            self._parts.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        self._parts.append(_sheet_view(layout.freeze, selected=selected))
        self._parts.append('<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>')
        columns = sorted(set(layout.widths) | set(layout.column_styles))
        if columns:
            self._parts.append("<cols>")
            for column in columns:
                width = layout.widths.get(column)
                style = layout.column_styles.get(column)
                self._parts.append(
                    f'<col min="{column}" max="{column}"'
                    + (f' width="{width:g}" customWidth="1"' if width is not None else "")
                    + (f' style="{style}"' if style is not None else "")
                    + "/>"
                )
            self._parts.append("</cols>")
        self._parts.append("<sheetData>")

    def letters(self, count: int) -> list[str]:
        """The letters of the first ``count`` columns."""
        while len(self._letters) < count:
            self._letters.append(column_letter(len(self._letters) + 1))
        return self._letters

    def append(self, values: Sequence[Cell | Value]) -> None:
        """The next row: ``values`` from column A on; None leaves a cell out, "" too unless styled."""
        self.rows += 1
        number = str(self.rows)
        parts = self._parts
        parts.append(f'<row r="{number}">')
        letters = self._letters if len(self._letters) >= len(values) else self.letters(len(values))
        texts = self._texts
        for index, value in enumerate(values):
            if value is None:
                continue
            if type(value) is str:
                body = texts.get(value)
                if body is None:
                    body = texts[value] = self._body(value, 0)
            elif isinstance(value, Cell):
                key = (value.value, value.style)
                found = self._styled.get(key)
                if found is None:
                    found = self._body(value.value, value.style)
                    if type(value.value) is not Formula:
                        self._styled[key] = found
                body = found
            else:
                body = self._body(value, 0)
            if body:
                parts.append('<c r="' + letters[index] + number + body)
        parts.append("</row>")
        if len(parts) > _FLUSH_PARTS:
            self.flush()

    def append_raw(self, cells: str) -> None:
        """The next row from ready ``<c>`` elements (``r`` attributes included), for rows built in bulk."""
        self.rows += 1
        self._parts.append(f'<row r="{self.rows}">{cells}</row>')
        self._pending += len(cells)
        if self._pending > _FLUSH_CHARACTERS or len(self._parts) > _FLUSH_PARTS:
            self.flush()

    def body(self, value: Value, style: int = 0) -> str:
        """What follows ``<c r="A1`` for ``value`` in ``style`` ("" for nothing): for rows built with ``append_raw``."""
        if style == 0 and type(value) is str:
            body = self._texts.get(value)
            if body is None:
                body = self._texts[value] = self._body(value, 0)
            return body
        return self._body(value, style)

    def _body(self, value: Value, style: int) -> str:
        if type(value) is str:
            if not value and not style:
                return ""
            text = xml_text(value)
            if text and text[0] in FORMULA_STARTS:
                style = self._quoted(style)
            space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
            return f'"{_s(style)} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'
        if type(value) is Formula:
            return f'"{_s(style)}><f>{escape(value.text)}</f></c>'
        if value is None:
            return f'"{_s(style)}/>'
        if isinstance(value, bool):
            return f'"{_s(style)} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, dt.datetime):
            since = value - dt.datetime.combine(_EPOCH, dt.time(), value.tzinfo)
            return f'"{_s(style)}><v>{since / dt.timedelta(days=1)!r}</v></c>'
        if isinstance(value, dt.date):
            return f'"{_s(style)}><v>{value.toordinal() - _EPOCH.toordinal()}</v></c>'
        return f'"{_s(style)}><v>{value!r}</v></c>'

    def _quoted(self, style: int) -> int:
        found = self._quoted_styles.get(style)
        if found is None:
            found = self._quoted_styles[style] = self.book.quoted(style)
        return found

    def flush(self) -> None:
        """Write what has been gathered to the zip."""
        self.stream.write("".join(self._parts).encode())
        self._parts.clear()
        self._pending = 0

    def close(self) -> None:
        """The sheet's tail: filter, colour rules, list rules, printing."""
        layout, parts = self.layout, self._parts
        parts.append("</sheetData>")
        if layout.auto_filter:
            parts.append(f'<autoFilter ref="{layout.auto_filter}"/>')
        priority = 0
        for rule in layout.colour_rules:
            parts.append(f'<conditionalFormatting sqref="{rule.area}">')
            for text, colour in rule.fills:
                priority += 1
                parts.append(
                    f'<cfRule type="cellIs" dxfId="{self.book.dxf_of(colour)}" priority="{priority}" operator="equal">'
                    f"<formula>{escape(formula_text(text))}</formula></cfRule>"
                )
            parts.append("</conditionalFormatting>")
        if layout.list_rules:
            parts.append(f'<dataValidations count="{len(layout.list_rules)}">')
            for check in layout.list_rules:
                parts.append(
                    f'<dataValidation type="list" allowBlank="1" showErrorMessage="1" '
                    f'errorTitle="{escape_attribute(check.error_title)}" error="{escape_attribute(check.error)}" '
                    f'sqref="{check.area}">'
                    f"<formula1>{escape(formula_text(','.join(check.choices)))}</formula1></dataValidation>"
                )
            parts.append("</dataValidations>")
        page = layout.page
        if page is not None and page.centred:
            parts.append('<printOptions horizontalCentered="1"/>')
        margin = page.side_margin if page is not None else 0.75
        parts.append(
            f'<pageMargins left="{margin:g}" right="{margin:g}" top="1" bottom="1" header="0.5" footer="0.5"/>'
        )
        if page is not None:
            parts.append(
                f'<pageSetup paperSize="{page.paper}" orientation="{"landscape" if page.landscape else "portrait"}"'
                + (' fitToWidth="1" fitToHeight="0"' if page.fit_to_width else "")
                + "/>"
            )
        parts.append("</worksheet>")
        self.flush()


def _s(style: int) -> str:
    return f' s="{style}"' if style else ""


def formula_text(text: str) -> str:
    """A text constant in a formula: ``"a""b"``."""
    return '"' + text.replace('"', '""') + '"'


def _absolute(reference: str) -> str:
    """``A2`` as ``$A$2``."""
    letters = reference.rstrip("0123456789")
    return f"${letters}${reference[len(letters) :]}"


def _solid(colour: str) -> str:
    colours = f'<fgColor rgb="FF{colour}"/><bgColor rgb="FF{colour}"/>'
    return f'<fill><patternFill patternType="solid">{colours}</patternFill></fill>'


def _relationships(targets: Sequence[tuple[str, str]]) -> str:
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>' for n, (kind, target) in enumerate(targets, 1)
    )
    return _DECLARATION + f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">{links}</Relationships>'


def _sheet_view(freeze: str | None, *, selected: bool) -> str:
    """The sheet's view: panes frozen above and left of ``freeze``."""
    tab = ' tabSelected="1"' if selected else ""
    if not freeze:
        return f'<sheetViews><sheetView workbookViewId="0"{tab}/></sheetViews>'
    letters = freeze.rstrip("0123456789")
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    rows, columns = int(freeze[len(letters) :]) - 1, column - 1
    split = (f' xSplit="{columns}"' if columns else "") + (f' ySplit="{rows}"' if rows else "")
    pane = "bottomRight" if rows and columns else ("bottomLeft" if rows else "topRight")
    selections = (
        '<selection pane="topRight"/><selection pane="bottomLeft"/>' if rows and columns else ""
    ) + f'<selection pane="{pane}" activeCell="{freeze}" sqref="{freeze}"/>'
    return (
        f'<sheetViews><sheetView workbookViewId="0"{tab}><pane{split} topLeftCell="{freeze}" '
        f'activePane="{pane}" state="frozen"/>{selections}</sheetView></sheetViews>'
    )
