"""Tables as offices keep them: one sheet of a workbook, a text file or a web page, as rows of cell values.

Workbooks (.xlsx, .xlsm, .xls, .ods) are read through pandas with the calamine engine, imported
by the functions that read them: pandas costs half a second of import, which every start of the
command line and the window would otherwise pay. Merged cells give their value to every cell
they cover (calamine reports them for .xlsx and .xls; an .ods file's are read from its XML).
Text files may be UTF-8, UTF-16, UTF-32 or Windows-1252, separated by ``;``, ``,``, tabs or ``|``
(``text_file``); the HTML page a web application saves as ``.xls`` is read as its largest table
(``html_table``). Every way a file can be damaged ends in ``StaffImportError`` naming the file.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.io.html_table import html_rows, looks_like_html
from planner.io.text_file import MAX_CELL, MAX_TEXT_BYTES, TextTableError, decode, guess_delimiter, records

Cell = str | int | float | dt.datetime | dt.date | dt.time | dt.timedelta | None
"""A cell's value as read: text, a number, a date, time or duration, or None for an empty cell."""

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods"})
MAX_ROWS = 200_000
"""More rows than any agency has: a sheet this long is refused rather than read for minutes."""
MAX_COLUMNS = 1_000
"""More columns than any export has (SIASN's full export has 67)."""

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
"""Compound File (OLE2): an Excel 97-2003 .xls, or an .xlsx encrypted with a password."""
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=\"(\d+)\"")


class StaffImportError(PlannerError):
    """A file or sheet that cannot be read as a staff list or schedule; the message says what and where."""


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet of a workbook, or a text file, as rows of cell values.

    ``rows[0]`` is row 1 as the spreadsheet numbers it; merged cells hold their value in every
    cell they cover.
    """

    source: str
    """The file's name."""
    sheet: str | None
    """The sheet's name; None for a text file."""
    sheets: tuple[str, ...]
    """Every worksheet of the workbook, in order; empty for a text file."""
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def where(self) -> str:
        """The file and sheet, for messages: ``pegawai.xlsx, lembar Daftar``."""
        return f"{self.source}, lembar {self.sheet}" if self.sheet is not None else self.source

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(row) for row in self.rows), default=0)

    def value(self, row: int, column: int) -> Cell:
        """The value at ``row`` (1 is the first) and ``column`` (0 is column A); None past the end."""
        values = self.rows[row - 1] if 0 < row <= len(self.rows) else ()
        return values[column] if column < len(values) else None


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read one sheet of a workbook (the active one unless ``sheet`` names another) or a text file.

    Workbooks (.xlsx, .xlsm, .xls, .ods) are read through pandas with the calamine engine;
    a file is taken for a workbook by its content, so a text export named ``.xls`` (which many
    web applications write) is read as text.

    Raises:
        StaffImportError: the file is missing, empty, encrypted, damaged or truncated, holds a
            cell over ``MAX_CELL`` characters, or is text in no encoding offices use.
    """
    head = _read_head(path)
    if _is_workbook(head):
        return _read_workbook(path, sheet)
    if sheet is not None:
        raise StaffImportError(f"{path.name}: berkas teks (CSV) tidak punya lembar; --sheet hanya untuk buku kerja")
    return _read_text(path)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in order; empty for a text file.

    Raises:
        StaffImportError: as ``read_table``.
    """
    if not _is_workbook(_read_head(path)):
        return []
    with _open_workbook(path) as workbook:
        return list(workbook.sheet_names)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise StaffImportError(f"{path}: berkas tidak ditemukan") from None
    except OSError as error:
        raise StaffImportError(f"{path.name}: tidak dapat dibaca ({error.strerror or error})") from error
    if not head:
        raise StaffImportError(f"{path.name}: berkas kosong (0 byte)")
    if head.startswith(_CFB_MAGIC) and _is_encrypted(path):
        raise StaffImportError(_password_problem(path.name))
    if path.suffix.lower() in WORKBOOK_SUFFIXES - {".xls"} and not _is_workbook(head):
        raise StaffImportError(
            f"{path.name}: bukan buku kerja yang utuh (berkas rusak atau terpotong); "
            "buka di Excel atau LibreOffice lalu simpan ulang"
        )
    return head


def _is_workbook(head: bytes) -> bool:
    return head.startswith((_ZIP_MAGIC, _CFB_MAGIC))


def _is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return _ENCRYPTED_PACKAGE in stream.read(MAX_TEXT_BYTES)
    except OSError:
        return False


def _password_problem(name: str) -> str:
    return (
        f"{name}: buku kerja dilindungi kata sandi dan tidak dapat dibaca. Buka di Excel, hapus kata "
        "sandinya (File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu "
        "impor lagi"
    )


class _Workbook:
    """A workbook opened through pandas (calamine engine), closed when the ``with`` block ends."""

    def __init__(self, path: Path) -> None:
        import pandas as pd  # half a second of import, paid only when a workbook is read

        self.path = path
        self._stream = path.open("rb")
        try:
            self._excel = pd.ExcelFile(self._stream, engine="calamine")
            self.sheet_names: tuple[str, ...] = tuple(str(name) for name in self._excel.sheet_names)
        except BaseException:
            self._stream.close()
            raise

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self._excel.close()
        self._stream.close()

    def active_sheet(self) -> str | None:
        """The sheet an .xlsx opens on (its ``activeTab``); None when the file does not say."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                found = _ACTIVE_TAB.search(archive.read("xl/workbook.xml")[:65536])
        except Exception:
            # Damaged archives fail in many ways (bad zip, unsupported compression, missing
            # part); the sheet the file opens on is only a preference, so the first is read.
            return None
        if found is None:
            return None
        index = int(found.group(1))
        return self.sheet_names[index] if index < len(self.sheet_names) else None

    def rows(self, title: str) -> tuple[Sequence[Sequence[object]], list[tuple[int, int, int, int]]]:
        """The sheet's rows from A1 (up to ``MAX_ROWS`` + 1) and its merged ranges, 1-based."""
        from python_calamine import CalamineWorkbook  # noqa: PLC0415 - with pandas, see __init__

        book = self._excel.book
        assert isinstance(book, CalamineWorkbook)  # the engine asked for
        sheet = book.get_sheet_by_name(title)
        rows: Sequence[Sequence[object]] = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
        ranges = sheet.merged_cell_ranges
        if ranges is None:
            return rows, _ods_merges(self.path, title)
        return rows, [(first[1] + 1, first[0] + 1, last[1] + 1, last[0] + 1) for first, last in ranges]


_ODS_TOKEN = re.compile(rb"<table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")
_ODS_ATTRIBUTE = re.compile(
    rb'table:(name|number-rows-repeated|number-columns-repeated|number-columns-spanned|number-rows-spanned)="([^"]*)"'
)


def _ods_merges(path: Path, title: str) -> list[tuple[int, int, int, int]]:
    """Merged ranges of an OpenDocument sheet (calamine gives none): (first column, first row, last column, last row).

    Read from the cells' ``number-…-spanned`` attributes in ``content.xml``, counting rows and
    cells with their repeats; a file without merges is not scanned. A damaged file has none.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("content.xml")
    except Exception:  # damaged in any of many ways: the sheet is then read without merges
        return []
    if b"-spanned=" not in data:
        return []
    merges: list[tuple[int, int, int, int]] = []
    inside = False
    row = next_row = column = 1
    for token in _ODS_TOKEN.finditer(data):
        kind = token.group(1)
        attributes = dict(_ODS_ATTRIBUTE.findall(token.group(2)))
        if kind == b"table":
            if inside:
                break
            inside = html.unescape(attributes.get(b"name", b"").decode("utf-8", "replace")) == title
            next_row = 1
        elif not inside:
            continue
        elif kind == b"table-row":
            row, column = next_row, 1
            next_row = row + _count(attributes.get(b"number-rows-repeated"))
        else:
            columns = _count(attributes.get(b"number-columns-spanned"))
            rows = _count(attributes.get(b"number-rows-spanned"))
            if kind == b"table-cell" and (columns > 1 or rows > 1):
                merges.append((column, row, column + columns - 1, row + rows - 1))
            column += _count(attributes.get(b"number-columns-repeated"))
    return merges


def _count(text: bytes | None) -> int:
    return int(text) if text is not None and text.isdigit() and 0 < int(text) < 10_000_000 else 1


def _open_workbook(path: Path) -> _Workbook:
    from python_calamine import PasswordError  # noqa: PLC0415 - with pandas, see _Workbook

    try:
        return _Workbook(path)
    except PasswordError:
        raise StaffImportError(_password_problem(path.name)) from None
    except OSError as error:
        raise StaffImportError(f"{path.name}: tidak dapat dibaca ({error.strerror or error})") from error
    except Exception as error:
        # A damaged or truncated file makes the reader fail in many ways (zip, XML, compound
        # file, bad numbers); each is the same problem for the user.
        raise StaffImportError(
            f"{path.name}: buku kerja rusak atau terpotong dan tidak dapat dibaca ({error}); "
            "buka di Excel atau LibreOffice lalu simpan ulang"
        ) from error


def _read_workbook(path: Path, sheet: str | None) -> Table:
    with _open_workbook(path) as workbook:
        names = workbook.sheet_names
        if not names:
            raise StaffImportError(f"{path.name}: buku kerja tidak punya lembar kerja")
        if sheet is None:
            title = workbook.active_sheet() or names[0]
        elif sheet in names:
            title = sheet
        else:
            raise StaffImportError(f"{path.name}: tidak ada lembar {sheet!r}; lembar yang ada: {', '.join(names)}")
        where = f"{path.name}, lembar {title}"
        try:
            raw, merges = workbook.rows(title)
        except Exception as error:
            raise StaffImportError(f"{where}: isi lembar rusak dan tidak dapat dibaca ({error})") from error
    if len(raw) > MAX_ROWS:
        raise StaffImportError(f"{where}: lebih dari {MAX_ROWS} baris; pilih lembar daftar pegawai")
    rows = _sheet_rows(raw)
    _fill_merged(rows, merges)
    return Table(path.name, title, names, tuple(tuple(row) for row in rows))


def _sheet_rows(raw: Sequence[Sequence[object]]) -> list[list[Cell]]:
    """Rows with empty cells as None, no trailing empties, no trailing empty rows.

    Cells are taken as the reader gives them (text, numbers, dates, times; a duration stays a
    ``timedelta`` and reads as text): converting each of a 67-column export's 300,000 cells
    would cost more than reading the file. A cell too long to be a name or unit is refused
    where it is used (``MAX_FIELD``), with its row and column.
    """
    rows: list[list[Cell]] = []
    last_filled = 0
    for number, values in enumerate(raw, start=1):
        row: list[Cell] = [None if value == "" else value for value in values[:MAX_COLUMNS]]  # type: ignore[misc]
        while row and row[-1] is None:
            row.pop()
        if row:
            last_filled = number
        rows.append(row)
    del rows[last_filled:]
    return rows


def _fill_merged(rows: list[list[Cell]], merges: Iterable[tuple[int, int, int, int]]) -> None:
    """Give every cell of a merged range (first column, first row, last column, last row; 1-based) its value."""
    width = max((len(row) for row in rows), default=0)
    for first_column, first_row, last_column, last_row in merges:
        if first_row > len(rows):
            continue
        top = rows[first_row - 1]
        value = top[first_column - 1] if first_column - 1 < len(top) else None
        if value is None:
            continue
        for row_number in range(first_row, min(last_row, len(rows)) + 1):
            row = rows[row_number - 1]
            last = min(last_column, max(width, first_column))
            if len(row) < last:
                row.extend([None] * (last - len(row)))
            for column in range(first_column - 1, last):
                if row[column] is None:
                    row[column] = value


def _read_text(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise StaffImportError(f"{path.name}: tidak dapat dibaca ({error.strerror or error})") from error
    try:
        text = decode(raw, path.name)
        if looks_like_html(text):
            return _read_html(path.name, text)
        found = records(text, guess_delimiter(text), path.name)
    except TextTableError as error:
        raise StaffImportError(str(error)) from error
    if len(found) > MAX_ROWS:
        raise StaffImportError(f"{path.name}: lebih dari {MAX_ROWS} baris")
    rows: list[tuple[Cell, ...]] = [()] * (found[-1][0] if found else 0)
    for line, fields in found:
        rows[line - 1] = tuple(_text_cell(value) for value in fields[:MAX_COLUMNS])
    while rows and not any(rows[-1]):
        rows.pop()
    return Table(path.name, None, (), tuple(rows))


def _read_html(source: str, text: str) -> Table:
    """A web page's largest table, as the ``.xls`` of many web applications is."""
    rows, too_long = html_rows(text, MAX_ROWS + 1, MAX_CELL)
    if too_long is not None:
        row, column = too_long
        raise StaffImportError(f"{source}: baris {row}, kolom {letter_of(column - 1)}: isi sel lebih dari 128 KB")
    if len(rows) > MAX_ROWS:
        raise StaffImportError(f"{source}: lebih dari {MAX_ROWS} baris")
    if not rows:
        raise StaffImportError(f"{source}: halaman web tanpa tabel; simpan daftar sebagai .xlsx atau .csv")
    table = [tuple(_text_cell(value) for value in row[:MAX_COLUMNS]) for row in rows]
    while table and not any(table[-1]):
        table.pop()
    return Table(source, None, (), tuple(table))


def _text_cell(value: str) -> Cell:
    return value if value.strip() else None


def letter_of(column: int) -> str:
    """The letter Excel gives a column: ``A`` for 0, ``AA`` for 26."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def is_workbook_file(path: Path) -> bool:
    """True when ``path`` is a workbook (zip or compound file) rather than text.

    Raises:
        StaffImportError: as ``read_table``.
    """
    return _is_workbook(_read_head(path))
