"""The HTML table that many web applications (regional SIMPEG among them) save as an "Excel" ``.xls``.

Such a file is a web page whose largest ``<table>`` holds the list; Excel opens it with a
warning. Read with the standard library's HTML parser: every row's cells as text, a cell
spanning several columns or rows (``colspan``/``rowspan``) given to each cell it covers, as
merged cells are in a workbook.
"""

from __future__ import annotations

from html.parser import HTMLParser

MAX_SPAN = 1_000
"""A ``colspan`` or ``rowspan`` beyond any real list is taken as 1."""


def looks_like_html(text: str) -> bool:
    """True for a web page with a table (what a ``.xls`` from a web application often is)."""
    head = text[:65536].lstrip().casefold()
    return head.startswith("<") and "<table" in head


def html_rows(text: str, max_rows: int, max_cell: int) -> tuple[list[list[str]], tuple[int, int] | None]:
    """The largest table's rows as text (spans filled), and (row, column) of a cell over ``max_cell``, 1-based.

    ``max_rows`` rows at most are kept; the text of a cell longer than ``max_cell`` characters
    is not kept, and its place is returned so the caller can name it.
    """
    parser = _Tables(max_cell)
    parser.feed(text)
    parser.close()
    tables = [table for table in parser.finished if table] + [table for table in parser.open if table]
    if not tables:
        return [], None
    raw = max(tables, key=len)
    too_long = next(
        (
            (number, column)
            for number, row in enumerate(raw, start=1)
            for column, (_, _, cell) in enumerate(row, start=1)
            if cell is None
        ),
        None,
    )
    return _placed(raw[:max_rows]), too_long


_Cell = tuple[int, int, str | None]
"""(colspan, rowspan, text); text None when the cell ran past the limit."""


class _Tables(HTMLParser):
    """Every table's rows of (colspan, rowspan, text); nested tables are tables of their own."""

    def __init__(self, max_cell: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_cell = max_cell
        self.open: list[list[list[_Cell]]] = []
        self.finished: list[list[list[_Cell]]] = []
        self._cell: list[str] | None = None
        self._length = 0
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._end_cell()
            self.open.append([])
        elif not self.open:
            return
        elif tag == "tr":
            self._end_cell()
            self.open[-1].append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.open[-1]:
                self.open[-1].append([])
            values = dict(attrs)
            self._cell, self._length = [], 0
            self._span = (_span(values.get("colspan")), _span(values.get("rowspan")))
        elif tag == "br" and self._cell is not None:
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._end_cell()
        elif tag == "table" and self.open:
            self._end_cell()
            self.finished.append(self.open.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None and self._length <= self.max_cell:
            self._cell.append(data)
            self._length += len(data)

    def _end_cell(self) -> None:
        if self._cell is None or not self.open:
            self._cell = None
            return
        text = " ".join("".join(self._cell).split())
        self.open[-1][-1].append((*self._span, text if self._length <= self.max_cell else None))
        self._cell = None


def _span(value: str | None) -> int:
    try:
        number = int((value or "1").strip())
    except ValueError:
        return 1
    return number if 0 < number <= MAX_SPAN else 1


def _placed(rows: list[list[_Cell]]) -> list[list[str]]:
    """Cells at their columns, each spanning cell's text in every position it covers."""
    grid: list[list[str | None]] = []
    for index, row in enumerate(rows):
        while len(grid) <= index:
            grid.append([])
        column = 0
        for colspan, rowspan, text in row:
            while column < len(grid[index]) and grid[index][column] is not None:
                column += 1
            for below in range(index, min(index + rowspan, len(rows))):
                while len(grid) <= below:
                    grid.append([])
                line = grid[below]
                if len(line) < column + colspan:
                    line.extend([None] * (column + colspan - len(line)))
                for offset in range(colspan):
                    line[column + offset] = text or ""
            column += colspan
    return [[cell or "" for cell in line] for line in grid]
