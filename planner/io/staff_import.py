"""Staff lists and filled schedules from workbooks, text files and web pages, as agencies really keep them.

A staff list (a SIMPEG or SIASN export, or one made by hand) is read in three steps, so the
window can show each one and let the user correct it before anything changes:

1. ``sheet_table.read_table`` reads one sheet (or a text file) as rows of cell values,
   numbered as the spreadsheet shows them. Title rows, merged cells, a row of column numbers,
   blank rows and a totals row are all expected.
2. ``detect_layout`` finds the header row and proposes what each column means (``Field``),
   by the columns' names and values (``layout_at``): "NIP Baru" is the NIP, "JABATAN NAMA"
   the position and never "JABATAN ID", "UNOR (1)" … "UNOR (3)" levels of unit.
   ``Layout.with_field`` and ``with_columns`` change what a column means.
3. ``parse_staff`` reads every row into a ``StaffRow`` or a ``RowProblem``. A NIP that Excel
   stored as a number has lost digits and is never accepted.

Then ``plan_from_staff`` starts a plan from the list, ``replace_staff`` puts the list's units
and staff in place of a plan's, and ``update_staff`` takes a newer list into a plan, keeping
its units and settings; both keep the planned cells of everyone who stays (matched by NIP)
and say who left and who joined.

``read_schedule`` reads a filled schedule in the grid format (see ``grid_csv``) from a text
file or a workbook; in a workbook the header may sit below a title row (or ``#`` lines) and
dates may be real spreadsheet dates.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Employment, Nip, NipCheck, NipProblem, check_nip, is_internal_number, new_internal_number
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.io.grid_csv import UNIT_SEPARATOR, Grid, GridRow, parse_grid_rows, plan_from_grid, read_grid, unneutralised
from planner.io.limits import without_controls
from planner.io.sheet_table import Cell, StaffImportError, Table, is_workbook_file, letter_of, read_table

HEADER_SEARCH_ROWS = 30
"""How far down a sheet the header row is looked for."""
DEFAULT_UNIT = "Tanpa unit kerja"
"""The unit of new staff whose unit the list does not give; the user renames or moves them later."""
MAX_FIELD = 500
"""Characters of a name, position, rank or unit: beyond any real one, and beyond what a page can print."""

_NIP_LABEL = re.compile(r"^(?:nip|ni\s*pppk)\s*\.?\s*:?\s*", re.IGNORECASE)
_GOLONGAN = re.compile(r"^(?:I{1,3}|IV|[IVX]{1,5})\s*/\s*[a-eA-E]$|^[IVX]{1,5}$")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")
_TOTALS_WORDS = ("jumlah", "total", "jml", "grandtotal")
_EMPTY_MARKS = frozenset({"-", "--", "—", "–"})


# ---- the header and what each column means ------------------------------------------------------


class Field(enum.Enum):
    """What a column of a staff list holds. The value is its Indonesian name."""

    IGNORE = "(abaikan)"
    NIP = "NIP / NI PPPK"
    NAME = "Nama"
    TITLE_BEFORE = "Gelar depan"
    TITLE_AFTER = "Gelar belakang"
    POSITION = "Jabatan"
    RANK = "Pangkat / golongan"
    UNIT = "Unit kerja"
    CATEGORY = "Kategori"
    EMPLOYMENT_TYPE = "Jenis pegawai"

    @property
    def label(self) -> str:
        """The Indonesian name shown in messages and on the command line."""
        return self.value

    @property
    def repeatable(self) -> bool:
        """True when several columns may hold it: unit levels (left to right, top down) and rank parts."""
        return self in (Field.UNIT, Field.RANK, Field.IGNORE)


REQUIRED_FIELDS = (Field.NIP, Field.NAME)

_IGNORED_WORDS = (
    "lama",
    "atasan",
    "tmt",
    "tanggal",
    "tgl",
    "lahir",
    "kelas",
    "eselon",
    "jenis",
    "masakerja",
    "pendidikan",
)
_EMPLOYMENT_TYPE_WORDS = (
    "jenispegawai",
    "statuspegawai",
    "statuskepegawaian",
    "jeniskepegawaian",
    "jenisasn",
    "statusasn",
    "kedudukanpegawai",
    "tipepegawai",
)
_NON_ASN_WORDS = (
    "ppnpn",
    "honor",
    "nonasn",
    "nonpns",
    "tenagapendukung",
    "tenagakontrak",
    "kontrak",
    "outsourc",
    "thl",
    "harianlepas",
    "pramubakti",
)
"""Words of a type column that mark a staff member without NIP as non-ASN (PPNPN, honorer, …)."""
_UNIT_WORDS = (
    "unit",
    "unor",
    "satuankerja",
    "satker",
    "bidang",
    "bagian",
    "subbag",
    "seksi",
    "biro",
    "opd",
    "skpd",
    "perangkatdaerah",
    "penempatan",
    "direktorat",
    "subdit",
    "uptd",
)


def _normal(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def guess_field(title: str) -> Field:
    """What a column with this header probably holds ("NIP Baru" → NIP, "Nama Jabatan" → position)."""
    key = _normal(title)
    if not key:
        return Field.IGNORE
    if key.startswith("gelar"):
        return Field.TITLE_BEFORE if "depan" in key or "dpn" in key else Field.TITLE_AFTER
    if key.startswith(_EMPLOYMENT_TYPE_WORDS):
        return Field.EMPLOYMENT_TYPE
    if any(word in key for word in _IGNORED_WORDS):
        return Field.IGNORE
    if key.startswith("nip") or "nomorinduk" in key:
        return Field.NIP
    if "jabatan" in key or key in ("posisi", "jbtn"):
        return Field.POSITION
    if key.startswith(("pangkat", "gol", "ruang")):
        return Field.RANK
    if key.startswith("kategori"):
        return Field.CATEGORY
    if any(word in key for word in _UNIT_WORDS):
        return Field.UNIT
    if key.startswith("nama") or key in ("pegawai", "namapns", "asn"):
        return Field.NAME
    return Field.IGNORE


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a staff list's header is and what each column means."""

    header_row: int
    """The header's row as Excel numbers it (1 is the first)."""
    first_row: int
    """The first row that may hold staff: below the header, a second header row and column numbers."""
    titles: tuple[str, ...]
    """Each column's title (a second header row's title where it has one)."""
    fields: tuple[Field, ...]
    """What each column holds."""
    unit_levels: tuple[int, ...] = ()
    """The unit columns as detected, from the largest unit to the smallest (see ``layout_at``)."""

    def columns(self, field: Field) -> tuple[int, ...]:
        """The columns (0 is A) that hold ``field``, left to right."""
        return tuple(index for index, found in enumerate(self.fields) if found is field)

    def unit_columns(self) -> tuple[int, ...]:
        """The unit columns from the largest unit to the smallest; columns the user added come last, left to right."""
        chosen = self.columns(Field.UNIT)
        ordered = [column for column in self.unit_levels if column in chosen]
        return (*ordered, *(column for column in chosen if column not in ordered))

    def missing(self) -> tuple[Field, ...]:
        """Required fields no column holds: NIP and name."""
        return tuple(field for field in REQUIRED_FIELDS if field not in self.fields)

    def with_field(self, column: int, field: Field) -> Layout:
        """The same layout with column ``column`` holding ``field``; another column holding a single field loses it."""
        fields = list(self.fields)
        fields.extend([Field.IGNORE] * (column + 1 - len(fields)))
        if not field.repeatable:
            fields = [Field.IGNORE if found is field else found for found in fields]
        fields[column] = field
        return replace(self, fields=tuple(fields))

    def column_name(self, column: int) -> str:
        """A column as the user knows it: its title and letter, ``NIP Baru (B)``."""
        title = self.titles[column] if column < len(self.titles) else ""
        letter = letter_of(column)
        return f"{title} ({letter})" if title else letter


def detect_layout(table: Table) -> Layout:
    """Find the header row among the first rows and propose a meaning for each column.

    Raises:
        StaffImportError: no row has both a NIP and a name column; the message names what was found.
    """
    best: tuple[int, int] | None = None
    partial: tuple[int, set[Field]] | None = None
    for index in range(min(HEADER_SEARCH_ROWS, len(table.rows))):
        found = {guess_field(_text(value)) for value in table.rows[index]} - {Field.IGNORE}
        if Field.NAME in found and Field.NIP not in found and Field.NIP in layout_at(table, index + 1).fields:
            found.add(Field.NIP)  # a NIP column under another name, known by its 18-digit values
        if all(field in found for field in REQUIRED_FIELDS):
            if best is None or len(found) > best[1]:
                best = (index + 1, len(found))
        elif found & set(REQUIRED_FIELDS) and (partial is None or len(found) > len(partial[1])):
            partial = (index + 1, found)
    if best is not None:
        return layout_at(table, best[0])
    if not any(table.rows):
        raise StaffImportError(f"{table.where}: lembar kosong")
    if partial is not None:
        row, found = partial
        missing = " dan ".join(field.label for field in REQUIRED_FIELDS if field not in found)
        raise StaffImportError(
            f"{table.where}: baris {row} tampak seperti judul kolom, tetapi kolom {missing} tidak dikenali. "
            "Beri judul kolom itu NIP (atau NIP Baru / NI PPPK) dan Nama (atau Nama Pegawai / Nama Lengkap)"
        )
    raise StaffImportError(
        f"{table.where}: tidak ada kolom NIP dan Nama yang dikenali di {HEADER_SEARCH_ROWS} baris pertama. "
        "Judul yang dikenal: NIP / NIP Baru / NI PPPK, Nama / Nama Pegawai / Nama Lengkap, Jabatan, Pangkat/Gol., "
        "Unit Kerja / Bagian / Sub Bagian, Kategori"
    )


def layout_at(table: Table, header_row: int) -> Layout:
    """The layout when the header is at ``header_row`` (1 is the first), with a proposed meaning per column.

    The meaning comes from each column's name and from the values below it (``_Column``):

    - a column of identifiers (its name ends in ``ID``, or its values are UUIDs or long codes)
      is never the position, unit, rank or name when another column holds the same thing
      in words (``JABATAN ID`` beside ``JABATAN NAMA``), nor when its values are opaque codes;
    - of several NIP columns, the one whose values are 18-digit numbers wins over the old
      9-digit NIP, whatever their names (``NIP`` beside ``NIP_BARU``);
    - of several rank columns, the current one (``GOL AKHIR``, ``Pangkat Terakhir``) wins over
      the first or an earlier one (``GOL AWAL``); a rank in two parts (``Pangkat`` and ``Gol.``)
      keeps both;
    - unit columns are ordered from the largest unit to the smallest: by the words of their
      names (``Satuan Kerja Induk`` > ``Biro`` > ``Bagian``/``UNOR`` > ``Sub Bagian``/``Seksi``),
      then by a level number in the name (``UNOR (1)`` > ``UNOR (2)``), then by how many
      different values they hold (a parent holds fewer).
    """
    width = table.width
    main = [_text(table.value(header_row, column)) for column in range(width)]
    titles = list(main)
    next_row = header_row + 1
    if _is_sub_header(table, header_row):
        titles = [_text(table.value(next_row, column)) or main[column] for column in range(width)]
        next_row += 1
    if _is_column_numbers(table.rows[next_row - 1] if next_row <= len(table.rows) else ()):
        next_row += 1
    sample = table.rows[next_row - 1 : next_row - 1 + _SAMPLE_ROWS]
    columns = [_Column.of(index, title, sample) for index, title in enumerate(titles)]
    fields = _choose_fields(columns)
    units = sorted((column for column in columns if fields[column.index] is Field.UNIT), key=_Column.unit_order)
    return Layout(header_row, next_row, tuple(titles), tuple(fields), tuple(column.index for column in units))


_SAMPLE_ROWS = 300
"""Rows below the header whose values help decide what a column holds."""
_UUID = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")
_CODE = re.compile(r"^[0-9A-Za-z_.:-]{12,}$")
_ID_TITLE = re.compile(r"(?i:(?:^|[\s_.-])(?:id|kode|kd)(?:$|[\s_.-]))|(?<=[a-z])I[dD]$")
"""``UNOR ID``, ``PNS_ID``, ``Kode Unit``, ``jabatanId``: a column of identifiers by its name."""
_LEVEL_NUMBER = re.compile(r"(?:\(\s*([1-9])\s*\)|(?<![0-9])([1-9]))\s*$")
_ESELON = re.compile(r"\beselon\s*(iv|i{1,3}|[1-4])\b", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_FORMER_RANK_WORDS = ("awal", "pertama", "cpns", "sebelum", "lalu")
_CURRENT_RANK_WORDS = ("akhir", "terakhir", "sekarang", "saatini", "kini")
_UNIT_SIZE_WORDS = (
    ("instansi", "pemda", "pemerintah"),
    ("satuankerja", "satker", "opd", "skpd", "perangkatdaerah", "biro", "direktorat", "dinas", "badan", "kantor"),
    ("unit", "unor", "bidang", "bagian", "subdit", "uptd", "penempatan"),
    ("sub", "seksi", "subbag", "subbid", "kelompok", "tim"),
)
"""Words of unit column names, from the largest unit to the smallest; the smallest found counts, and
``induk`` (parent) puts a column just above the others of its size."""


@dataclass(frozen=True, slots=True)
class _Column:
    """One column's name and what its values look like, to decide what it holds."""

    index: int
    title: str
    guess: Field
    """What its name says."""
    identifiers: bool
    """Its name ends in ``ID`` (or ``Kode``), or most of its values are UUIDs or long codes."""
    opaque: bool
    """Most of its values are UUIDs or long codes: nothing a person would read."""
    nip_share: float
    """The share of its values that are 18-digit numbers (a NIP or NI PPPK)."""
    distinct: int
    """How many different values it holds in the sample."""

    @classmethod
    def of(cls, index: int, title: str, sample: Sequence[Sequence[Cell]]) -> _Column:
        values = [_text(row[index]) for row in sample if index < len(row) and row[index] is not None]
        values = [value for value in values if value and value not in _EMPTY_MARKS]
        codes = sum(1 for value in values if _looks_like_code(value))
        nips = sum(1 for value in values if _looks_like_nip(value))
        opaque = bool(values) and codes >= 0.8 * len(values)
        return cls(
            index,
            title,
            guess_field(title),
            opaque or bool(_ID_TITLE.search(title.strip())),
            opaque,
            nips / len(values) if values else 0.0,
            len(set(values)),
        )

    def unit_order(self) -> tuple[int, int, int, int]:
        """Sorts unit columns from the largest unit to the smallest."""
        key = _normal(self.title)
        size = 2
        for rank, words in enumerate(_UNIT_SIZE_WORDS):
            if any(word in key for word in words):
                size = rank
        size = 2 * size - ("induk" in key)
        level = 0
        if found := _LEVEL_NUMBER.search(self.title.strip()):
            level = int(found.group(1) or found.group(2))
        elif found := _ESELON.search(self.title):
            text = found.group(1).casefold()
            level = _ROMAN[text] if text in _ROMAN else int(text)
        return (size, level, self.distinct, self.index)


def _looks_like_code(value: str) -> bool:
    if _UUID.match(value):
        return True
    return bool(_CODE.match(value)) and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _looks_like_nip(value: str) -> bool:
    digits = _NIP_LABEL.sub("", value).replace(" ", "").replace(".", "").lstrip("'")
    return len(digits) == 18 and digits.isdigit()


def _choose_fields(columns: Sequence[_Column]) -> list[Field]:
    """What each column holds, by the rules of ``layout_at``."""
    fields = [column.guess for column in columns]
    worded = {column.guess for column in columns if not column.identifiers}
    for column in columns:
        if column.guess is Field.IGNORE:
            continue
        if column.guess is Field.NIP:
            if column.opaque:
                fields[column.index] = Field.IGNORE
            continue
        if column.opaque or (column.identifiers and column.guess in worded):
            fields[column.index] = Field.IGNORE

    nip_columns = [column for column in columns if fields[column.index] is Field.NIP]
    if not any(column.nip_share >= 0.5 for column in nip_columns):
        # A NIP column under another name ("No. Induk", "ID Pegawai"): the one of 18-digit numbers.
        unnamed = [c for c in columns if c.guess is Field.IGNORE and c.nip_share >= 0.8]
        nip_columns += unnamed
    if nip_columns:
        best = max(nip_columns, key=lambda column: (column.nip_share, -column.index))
        for column in nip_columns:
            fields[column.index] = Field.NIP if column is best else Field.IGNORE

    rank_columns = [column for column in columns if fields[column.index] is Field.RANK]
    current = [column for column in rank_columns if _has_word(column.title, _CURRENT_RANK_WORDS)]
    for column in rank_columns:
        former = _has_word(column.title, _FORMER_RANK_WORDS)
        if former or (current and column not in current):
            fields[column.index] = Field.IGNORE
    if not any(field is Field.RANK for field in fields) and rank_columns:
        fields[rank_columns[-1].index] = Field.RANK

    taken: set[Field] = set()
    for index, field in enumerate(fields):
        if field in taken and not field.repeatable:
            fields[index] = Field.IGNORE
        taken.add(field)
    return fields


def _has_word(title: str, words: Sequence[str]) -> bool:
    key = _normal(title)
    return any(word in key for word in words)


def _is_sub_header(table: Table, header_row: int) -> bool:
    """True when the row below the header names parts of a spanning title ("Unit Kerja" over "Bagian", "Sub Bagian")."""
    if header_row >= len(table.rows):
        return False
    below = table.rows[header_row]
    if not below or _is_column_numbers(below) or any(_looks_like_data(value) for value in below):
        return False
    main = [_text(table.value(header_row, column)) for column in range(len(below) + 1)]
    for column, value in enumerate(below):
        if not _text(value):
            continue
        spanning = not main[column] or main[column] in (main[column - 1] if column else "", main[column + 1])
        if spanning and guess_field(_text(value)) is not Field.IGNORE:
            return True
    return False


def _looks_like_data(value: Cell) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return sum(character.isdigit() for character in _text(value)) >= 8


def _is_column_numbers(values: Sequence[Cell]) -> bool:
    """True for the row of column numbers (1, 2, 3 … or (1), (2) …) many lists put under the header."""
    numbers = []
    for value in values:
        if value is None or value == "":
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            numbers.append(value)
        elif isinstance(value, float) and value.is_integer():
            numbers.append(int(value))
        elif isinstance(value, str) and _COLUMN_NUMBER.match(value.strip()):
            numbers.append(int(value.strip().strip("().")))
        else:
            return False
    return len(numbers) >= 3 and all(b > a for a, b in itertools.pairwise(numbers))


# ---- staff rows -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One staff member read from a list."""

    row: int
    """The row as Excel numbers it (the line, for a CSV file)."""
    nip: Nip
    employment: Employment
    name: str
    position: str
    rank: str
    unit_path: tuple[str, ...]
    """Top-level unit first; empty when the list gives no unit for this person."""
    category: Category | None
    """None when the list gives none: the caller's default applies."""


@dataclass(frozen=True, slots=True)
class NonAsnRow:
    """A staff member the list gives without NIP and marks as non-ASN in its type column (``Jenis Pegawai``)."""

    row: int
    kind: str
    """The type as the list writes it: ``PPNPN``, ``Honorer``, ``Tenaga Pendukung`` …"""
    name: str
    position: str
    unit_path: tuple[str, ...]
    category: Category | None
    number: Nip | None = None
    """The internal number the list already gives (``NA-…``: a list the planner exported), else None."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one row; ``left_out`` rows are not imported, the others are, as said."""

    row: int
    column: str
    """The column as the user knows it (``NIP Baru (B)``); empty for the row as a whole."""
    value: str
    message: str
    left_out: bool = True

    def __str__(self) -> str:
        """``baris 12, kolom NIP Baru (B): '1,98E+17': digit NIP hilang …``."""
        where = f"baris {self.row}" + (f", kolom {self.column}" if self.column else "")
        shown = f"{self.value!r}: " if self.value else ""
        return f"{where}: {shown}{self.message}"


@dataclass(frozen=True, slots=True)
class StaffList:
    """A staff list read with a layout: the staff that can be imported and the rows that cannot."""

    where: str
    """The file and sheet, for messages."""
    layout: Layout
    rows: tuple[StaffRow, ...]
    problems: tuple[RowProblem, ...]
    notes: tuple[str, ...] = ()
    """Remarks about the list as a whole ("no unit column: …")."""
    non_asn: tuple[NonAsnRow, ...] = ()
    """Staff without NIP whom the list marks as non-ASN (PPNPN, honorer, drivers, cleaners)."""

    @property
    def left_out(self) -> int:
        """How many rows with staff data are not imported."""
        return sum(1 for problem in self.problems if problem.left_out)

    def count(self, employment: Employment) -> int:
        """How many staff of one kind (PNS, PPPK, non-ASN) can be imported."""
        if employment is Employment.NON_ASN:
            return len(self.non_asn)
        return sum(1 for row in self.rows if row.employment is employment)

    @property
    def importable(self) -> int:
        """How many staff can be imported: ASN with their NIP and non-ASN under an internal number."""
        return len(self.rows) + len(self.non_asn)

    def problem_lines(self) -> list[str]:
        """Every problem as a line that names the file and sheet."""
        return [f"{self.where}: {problem}" for problem in self.problems]


def read_staff(
    path: Path,
    *,
    sheet: str | None = None,
    today: dt.date | None = None,
    columns: Sequence[tuple[Field, str]] = (),
) -> StaffList:
    """Read a staff list with the detected layout: the three steps at once, for scripts.

    Without ``sheet`` the active sheet is read, or else the first sheet with a NIP and a name column.
    ``columns`` overrides the guess (see ``with_columns``).

    Raises:
        StaffImportError: the file cannot be read, no sheet has a NIP and a name column, or a
            column of ``columns`` is not in the header.
    """
    table, layout = read_layout(path, sheet=sheet, columns=columns)
    return parse_staff(table, layout, today=today)


def read_layout(
    path: Path, *, sheet: str | None = None, columns: Sequence[tuple[Field, str]] = ()
) -> tuple[Table, Layout]:
    """The sheet of a staff list and its layout, as ``read_staff`` finds them (for ``--show-columns``).

    Raises:
        StaffImportError: as ``read_staff``.
    """
    table = read_table(path, sheet)
    try:
        layout = _find_layout(table, columns)
    except StaffImportError:
        if sheet is not None:
            raise
        for other in table.sheets:
            if other == table.sheet:
                continue
            candidate = read_table(path, other)
            try:
                layout = _find_layout(candidate, columns)
            except StaffImportError:
                continue
            table = candidate
            break
        else:
            raise
    return table, layout


def _find_layout(table: Table, columns: Sequence[tuple[Field, str]]) -> Layout:
    try:
        layout = detect_layout(table)
    except StaffImportError:
        if not columns:
            raise
        wanted = {_normal(title) for _, title in columns if title}
        for index in range(min(HEADER_SEARCH_ROWS, len(table.rows))):
            if wanted <= {_normal(_text(value)) for value in table.rows[index]}:
                layout = layout_at(table, index + 1)
                break
        else:
            raise
    return with_columns(layout, columns, table.where)


FIELD_KEYS: dict[str, Field] = {
    "nip": Field.NIP,
    "nama": Field.NAME,
    "name": Field.NAME,
    "gelar-depan": Field.TITLE_BEFORE,
    "gelar-belakang": Field.TITLE_AFTER,
    "jabatan": Field.POSITION,
    "position": Field.POSITION,
    "pangkat": Field.RANK,
    "rank": Field.RANK,
    "unit": Field.UNIT,
    "kategori": Field.CATEGORY,
    "category": Field.CATEGORY,
    "jenis": Field.EMPLOYMENT_TYPE,
    "type": Field.EMPLOYMENT_TYPE,
}
"""The keys ``import-staff --column KEY=HEADER`` takes, in Indonesian and English."""


def with_columns(layout: Layout, columns: Sequence[tuple[Field, str]], where: str) -> Layout:
    """The layout with each (field, column) given by the user: a header title or a column letter.

    A field given replaces what was guessed for it; a field given several times (unit levels,
    rank parts) takes every column given, units from the largest to the smallest. An empty
    column name leaves the field without a column.

    Raises:
        StaffImportError: a column is neither a title of the header nor a column letter.
    """
    fields = list(layout.fields)
    given: set[Field] = set()
    units: list[int] = []
    for field, title in columns:
        if field not in given:
            fields = [Field.IGNORE if found is field else found for found in fields]
            given.add(field)
        if not title.strip():
            continue
        column = _column_of(layout, title)
        if column is None:
            known = ", ".join(repr(t) for t in layout.titles if t)
            raise StaffImportError(
                f"{where}: baris judul {layout.header_row} tidak punya kolom {title!r} untuk {field.label}; "
                f"kolom yang ada: {known}"
            )
        fields.extend([Field.IGNORE] * (column + 1 - len(fields)))
        if not field.repeatable:
            fields = [Field.IGNORE if found is field else found for found in fields]
        fields[column] = field
        if field is Field.UNIT:
            units.append(column)
    return replace(layout, fields=tuple(fields), unit_levels=tuple(units) if units else layout.unit_levels)


def _column_of(layout: Layout, title: str) -> int | None:
    key = " ".join(title.split()).casefold()
    for index, found in enumerate(layout.titles):
        if " ".join(found.split()).casefold() == key:
            return index
    if re.fullmatch(r"[A-Za-z]{1,3}", title.strip()):
        column = 0
        for letter in title.strip().upper():
            column = column * 26 + ord(letter) - ord("A") + 1
        return column - 1
    return None


def parse_staff(table: Table, layout: Layout, *, today: dt.date | None = None) -> StaffList:
    """Read every row below the header into staff, or into problems that name the row and column.

    Blank rows, rows with neither NIP nor name (section titles, signatures), a repeated header
    and totals rows are passed over without a word.

    Raises:
        StaffImportError: the layout has no NIP or no name column.
    """
    if layout.missing():
        missing = " dan ".join(field.label for field in layout.missing())
        raise StaffImportError(f"{table.where}: tentukan dulu kolom {missing}")
    nip_column = layout.columns(Field.NIP)[0]
    name_column = layout.columns(Field.NAME)[0]
    unit_columns = layout.unit_columns()
    rank_columns = layout.columns(Field.RANK)
    single = {
        field: columns[0] if (columns := layout.columns(field)) else None
        for field in (Field.POSITION, Field.CATEGORY, Field.TITLE_BEFORE, Field.TITLE_AFTER, Field.EMPLOYMENT_TYPE)
    }
    rows: list[StaffRow] = []
    non_asn: list[NonAsnRow] = []
    problems: list[RowProblem] = []
    first_row_of: dict[Nip, int] = {}
    spelling: dict[tuple[str, ...], str] = {}
    # Positions, ranks, units and types repeat down a list: each distinct value is cleaned once.
    cleaned_of: dict[Cell, str] = {}
    paths_of: dict[tuple[Cell, ...], tuple[str, ...]] = {}

    def cleaned(value: Cell) -> str:
        text = cleaned_of.get(value)
        if text is None:
            text = cleaned_of[value] = _clean(_text(value))
        return text

    def unit_path_of(values: tuple[Cell, ...]) -> tuple[str, ...]:
        path = paths_of.get(values)
        if path is None:
            path = paths_of[values] = tuple(_spelled(_unit_path(values), spelling))
        return path

    def problem(
        into: list[RowProblem], number: int, column: int | None, value: str, message: str, *, left_out: bool = True
    ) -> None:
        where = layout.column_name(column) if column is not None and column < blank else ""
        into.append(RowProblem(number, where, value, message, left_out))

    # Every row is padded to the widest, plus one cell that is always empty: the "column" of a
    # field the list does not have, so each value is one index away.
    blank = table.width
    filler: tuple[Cell, ...] = (None,) * (blank + 1)
    at = {field: blank if column is None else column for field, column in single.items()}
    kind_at, before_at, after_at = at[Field.EMPLOYMENT_TYPE], at[Field.TITLE_BEFORE], at[Field.TITLE_AFTER]
    position_at, category_at = at[Field.POSITION], at[Field.CATEGORY]
    checked_columns = tuple(
        column for column in (name_column, position_at, *rank_columns, *unit_columns) if column < blank
    )

    for number in range(layout.first_row, len(table.rows) + 1):
        values = table.rows[number - 1]
        cells = values + filler[len(values) :]
        nip_value = cells[nip_column]
        name = cleaned(cells[name_column])
        if not name and nip_value is None:
            continue
        shown, check = read_nip(nip_value, today=today)
        if not check.ok and _passed_over(values, shown):
            continue
        kind = cleaned(cells[kind_at])
        without_nip = shown in _EMPTY_MARKS or not shown
        internal = shown.strip().upper()
        own_number = is_internal_number(internal)  # a list the planner exported: the number says non-ASN
        if name and ((without_nip and _says_non_asn(kind)) or own_number):
            non_asn.append(
                NonAsnRow(
                    row=number,
                    kind=kind or "non-ASN",
                    number=Nip(internal) if own_number else None,
                    name=_with_titles(
                        name,
                        cleaned(cells[before_at]),
                        cleaned(cells[after_at]),
                    ),
                    position=cleaned(cells[position_at]),
                    unit_path=unit_path_of(tuple(cells[column] for column in unit_columns)),
                    category=_category_or_none(cleaned(cells[category_at])),
                )
            )
            continue
        row_problems: list[RowProblem] = []
        if not check.ok and not shown:
            problem(
                row_problems,
                number,
                nip_column,
                "",
                "NIP kosong" + (f" (jenis pegawai {kind!r} bukan non-ASN)" if kind else ""),
            )
        elif not check.ok:
            problem(row_problems, number, nip_column, shown, _explain(check))
        elif check.nip in first_row_of:
            problem(
                row_problems,
                number,
                nip_column,
                shown,
                f"NIP {check.digits} sudah ada di baris {first_row_of[check.nip]}; baris ini dilewati",
            )
        if not name:
            problem(row_problems, number, name_column, "", "nama kosong")
        else:
            name = _with_titles(name, cleaned(cells[before_at]), cleaned(cells[after_at]))
        category: Category | None = None
        category_column = single[Field.CATEGORY]
        category_text = cleaned(cells[category_at])
        if category_text:
            try:
                category = Category.parse(category_text)
            except ValueError:
                known = ", ".join(c.label for c in Category)
                problem(
                    row_problems,
                    number,
                    category_column,
                    category_text,
                    f"kategori tidak dikenal (yang dikenal: {known})",
                )
        unit_path = unit_path_of(tuple(cells[column] for column in unit_columns))
        if unit_columns and not unit_path and not any(p.left_out for p in row_problems):
            problem(
                row_problems,
                number,
                unit_columns[0],
                "",
                f"unit kosong: pegawai baru masuk unit '{DEFAULT_UNIT}', pegawai lama tetap di unitnya",
                left_out=False,
            )
        for column in checked_columns:
            text = cells[column]
            if isinstance(text, str) and len(text) > MAX_FIELD:
                message = f"isi sel {len(text)} karakter, lebih dari {MAX_FIELD}; baris dilewati"
                problem(row_problems, number, column, text[:40] + "…", message)
                break
        problems.extend(row_problems)
        if any(p.left_out for p in row_problems):
            continue
        assert check.employment is not None
        first_row_of[check.nip] = number
        rows.append(
            StaffRow(
                row=number,
                nip=check.nip,
                employment=check.employment,
                name=name,
                position=cleaned(cells[position_at]),
                rank=_rank(cleaned(cells[column]) for column in rank_columns),
                unit_path=unit_path,
                category=category,
            )
        )
    notes = []
    if not unit_columns:
        notes.append(
            f"tidak ada kolom unit kerja: pegawai dimasukkan ke unit '{DEFAULT_UNIT}' "
            "(saat memperbarui, pegawai lama tetap di unitnya)"
        )
    if single[Field.CATEGORY] is None:
        notes.append("tidak ada kolom Kategori: kategori layanan diambil dari pilihan bawaan")
    return StaffList(table.where, layout, tuple(rows), tuple(problems), tuple(notes), tuple(non_asn))


def non_asn_member(row: NonAsnRow, number: Nip, unit: Unit) -> StaffMember:
    """The staff member a non-ASN row of a list becomes, under the internal ``number`` the planner gives.

    The one place where an imported non-ASN person turns into a member of the plan: marked
    non-ASN (so that quotas leave them out unless the agency's policy counts them), with no
    rank. ``update_staff`` calls it for each non-ASN row; ``plan_from_staff`` and
    ``replace_staff`` build their units afresh from the rows, and then call it too.
    """
    return StaffMember(
        nip=number,
        name=row.name,
        unit=unit.id,
        position=row.position,
        rank="",
        category=row.category if row.category is not None and row.category is not unit.category else None,
        non_asn=True,
    )


def _says_non_asn(kind: str) -> bool:
    key = _normal(kind)
    return bool(key) and any(word in key for word in _NON_ASN_WORDS)


def _category_or_none(text: str) -> Category | None:
    try:
        return Category.parse(text) if text else None
    except ValueError:
        return None


def read_nip(value: Cell, *, today: dt.date | None = None) -> tuple[str, NipCheck]:
    """A NIP cell as shown to the user, and its check; a number cell longer than 15 digits has lost digits.

    Excel keeps 15 significant digits of a number, so an 18-digit NIP typed into a number
    cell becomes ``1.98609262015051E+17``; a file written by another program may hold the
    whole number as an integer, which is fine.
    """
    if isinstance(value, float):
        if abs(value) >= 1e15:
            shown = f"{value:.14E}"
            return shown, NipCheck(shown, None, (NipProblem.SCIENTIFIC,))
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, str):
        text = _NIP_LABEL.sub("", value.strip().lstrip("'"))
    else:
        text = _text(value)
    return text, check_nip(text, today=today)


def _explain(check: NipCheck) -> str:
    text = check.explain()
    if check.problems == (NipProblem.SERIAL,):
        # Excel's 15 significant digits turn the last three into 000, which no real serial is.
        text += " (mungkin 3 digit terakhir hilang karena kolom NIP pernah berformat Angka di Excel)"
    return text


def _passed_over(values: Sequence[Cell], nip_text: str) -> bool:
    """True for a row without a valid NIP that is no staff member: a repeated header, column numbers, totals."""
    if guess_field(nip_text) is Field.NIP and not any(character.isdigit() for character in nip_text):
        return True
    if _is_column_numbers(values):
        return True
    return any(_normal(value).startswith(_TOTALS_WORDS) for value in values if isinstance(value, str))


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _clean(text: str) -> str:
    """One line, single spaces; a leading ``'`` that kept Excel from running a formula is dropped."""
    return unneutralised(" ".join(without_controls(text).split()))


def _with_titles(name: str, before: str, after: str) -> str:
    if before and not name.casefold().startswith(before.casefold()):
        name = f"{before} {name}"
    if after and after not in _EMPTY_MARKS and not name.endswith(after):
        name = f"{name}, {after.lstrip(', ')}"
    return name


def _rank(parts: Iterable[str]) -> str:
    """One rank from its parts: "Penata" and "III/c" become "Penata (III/c)", as printed on documents."""
    present = [part for part in parts if part and part not in _EMPTY_MARKS]
    if len(present) == 2 and _GOLONGAN.match(present[1].replace(" ", "")) and "(" not in present[0]:
        return f"{present[0]} ({present[1]})"
    return " ".join(present)


def _unit_path(values: Iterable[Cell]) -> tuple[str, ...]:
    """Unit names from top to bottom, from one or more columns; "A > B" paths are split, repeats dropped."""
    path: list[str] = []
    for value in values:
        for part in _text(value).split(UNIT_SEPARATOR.strip()):
            name = _clean(part)
            if name and name not in _EMPTY_MARKS and (not path or path[-1].casefold() != name.casefold()):
                path.append(name)
    return tuple(path)


def _unit_key(path: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(name.split()).casefold() for name in path)


def _spelled(path: tuple[str, ...], spelling: dict[tuple[str, ...], str]) -> list[str]:
    """The path with each unit spelt as it first appeared, so "BIRO UMUM" and "Biro Umum" are one unit."""
    names = []
    for depth in range(1, len(path) + 1):
        names.append(spelling.setdefault(_unit_key(path[:depth]), path[depth - 1]))
    return names


# ---- from a list to a plan ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaffChange:
    """A plan with a new staff list, and who that changes, for the user to confirm."""

    plan: Plan
    joined: tuple[StaffMember, ...]
    left: tuple[StaffMember, ...]
    changed: tuple[tuple[StaffMember, StaffMember], ...]
    """(before, after) for staff who stay with another name, position, rank or unit."""
    cells_dropped: int
    """Planned cells of the staff who left: they go with them."""


def plan_from_staff(
    staff: StaffList,
    *,
    circular_id: CircularId,
    first: dt.date,
    last: dt.date,
    name: str,
    default_category: Category,
    profile: AgencyProfile | None = None,
    policy: AgencyPolicy | None = None,
) -> Plan:
    """A new, empty plan with the list's staff; units as in the grid format (``unit-1`` …, depth first).

    Non-ASN rows come in marked non-ASN, each under a new internal number.

    Raises:
        GridError: the range is reversed.
    """
    numbered = _numbered_non_asn(staff, None)
    plan = plan_from_grid(
        _as_grid(staff, default_category, numbered),
        circular_id=circular_id,
        calendar=WorkCalendar(),
        name=name,
        first=first,
        last=last,
        profile=profile,
        policy=policy,
    )
    return _with_non_asn_members(plan, numbered)


def replace_staff(plan: Plan, staff: StaffList, *, default_category: Category) -> StaffChange:
    """The plan with the list's units and staff in place of its own.

    Units are built afresh from the list (five-day weeks, the category most of their staff
    have); staff who stay keep their planned cells, their "no remote work" reason and their
    exemption from per-person caps, and their unit where the list gives none. Non-ASN staff
    who stay are found by name and unit (they have no NIP, see ``_numbered_non_asn``) and keep
    their internal number.
    """
    reasons = {member.nip: member.no_remote_reason for member in plan.roster.staff if member.no_remote_reason}
    kept = {member.nip: tuple(plan.roster.path(member.unit)) for member in plan.roster.staff}
    numbered = _numbered_non_asn(staff, plan.roster)
    fresh = plan_from_grid(
        _as_grid(staff, default_category, numbered, kept),
        circular_id=plan.circular_id,
        calendar=WorkCalendar(),
        name=plan.name,
        first=plan.first,
        last=plan.last,
        no_remote=reasons,
    )
    fresh = _with_non_asn_members(fresh, numbered)
    exemptions = {member.nip: member.cap_exemption for member in plan.roster.staff if member.cap_exemption}
    roster = Roster(
        fresh.roster.units.values(),
        [replace(member, cap_exemption=exemptions.get(member.nip)) for member in fresh.roster.staff],
    )
    return _change(plan, plan.rebuilt(roster=roster))


def update_staff(plan: Plan, staff: StaffList, *, default_category: Category) -> StaffChange:
    """The plan with the staff of a newer list: who stays keeps their cells, who left goes, who joined comes in.

    The plan's units all stay, with their ids, categories and working weeks (a unit left
    without staff is simply not shown); units the list names for the first time are added
    under their parents, each right after its siblings.
    Staff who stay take the list's name, position, rank and unit, and keep their own
    category (unless the list gives one), "no remote work" reason and cap exemption. Where the list
    gives no unit, staff who stay keep theirs and newcomers go to ``DEFAULT_UNIT``.
    Non-ASN staff have no NIP: those who stay are found by name and unit instead (see
    ``_numbered_non_asn``) and keep their internal number, hence their cells.
    """
    old = plan.roster
    units: dict[UnitId, Unit] = dict(old.units)
    unit_by_key: dict[tuple[str, ...], UnitId] = {}
    for unit_id in old.units:
        unit_by_key.setdefault(_unit_key(old.path(unit_id)), unit_id)
    children: dict[UnitId | None, list[UnitId]] = {}
    for unit in old.units.values():
        children.setdefault(unit.parent, []).append(unit.id)
    before_of = {member.nip: member for member in old.staff}
    numbered = _numbered_non_asn(staff, old)
    non_asn_of = {number: row for row, number in numbered}
    every_row = _every_row(staff, numbered)

    paths = [row.unit_path or _kept_path(before_of.get(row.nip), old) for row in every_row]
    direct: dict[tuple[str, ...], Counter[Category]] = {}
    subtree: dict[tuple[str, ...], Counter[Category]] = {}
    for row, path in zip(every_row, paths, strict=True):
        counted = row.category or default_category
        key = _unit_key(path)
        direct.setdefault(key, Counter())[counted] += 1
        for depth in range(1, len(key) + 1):
            subtree.setdefault(key[:depth], Counter())[counted] += 1

    taken = set(units)
    counter = len(units)

    def fresh_id() -> UnitId:
        nonlocal counter
        while True:
            counter += 1
            candidate = UnitId(f"unit-{counter}")
            if candidate not in taken:
                taken.add(candidate)
                return candidate

    members: list[StaffMember] = []
    for row, path in zip(every_row, paths, strict=True):
        parent: UnitId | None = None
        for depth in range(1, len(path) + 1):
            key = _unit_key(path[:depth])
            found = unit_by_key.get(key)
            if found is None:
                category = (direct.get(key) or subtree[key]).most_common(1)[0][0]
                found = fresh_id()
                units[found] = Unit(found, path[depth - 1], category, parent)
                unit_by_key[key] = found
                children.setdefault(parent, []).append(found)
            parent = found
        assert parent is not None
        unit = units[parent]
        before = before_of.get(row.nip)
        own: Category | None
        if row.category is not None:
            own = row.category
        elif before is not None:
            own = before.category
        else:
            own = None
        member = (
            non_asn_member(non_asn_of[row.nip], row.nip, unit)
            if row.nip in non_asn_of
            else StaffMember(nip=row.nip, name=row.name, unit=unit.id, position=row.position, rank=row.rank)
        )
        members.append(
            replace(
                member,
                category=own if own is not unit.category else None,
                no_remote_reason=before.no_remote_reason if before is not None else None,
                cap_exemption=before.cap_exemption if before is not None else None,
            )
        )

    order: list[UnitId] = []

    def visit(unit_id: UnitId) -> None:
        order.append(unit_id)
        for child in children.get(unit_id, []):
            visit(child)

    for top in children.get(None, []):
        visit(top)
    position = {unit_id: index for index, unit_id in enumerate(order)}
    members.sort(key=lambda member: position[member.unit])  # stable: list order within a unit
    roster = Roster((units[unit_id] for unit_id in order), members)
    return _change(plan, plan.rebuilt(roster=roster))


def _numbered_non_asn(staff: StaffList, roster: Roster | None) -> list[tuple[NonAsnRow, Nip]]:
    """Each non-ASN row of the list with its internal number, in list order.

    Non-ASN staff have no NIP, so a newer list cannot say who is who by number. A row takes
    the number of a non-ASN person already on the plan with the same name (case and spacing
    ignored) in the same unit path, so that they keep their planned cells; a row whose list
    gives no unit matches on the name alone; a row that carries an internal number (a list the
    planner exported) keeps it. Each person on the plan is matched once (two
    drivers of one name in one unit keep their numbers in list order). Everyone else gets a new
    internal number, so someone renamed or moved to another unit shows as one who left and
    one who joined, for the user to see before anything changes.
    """
    waiting: dict[str, list[tuple[tuple[str, ...], Nip]]] = {}
    if roster is not None:
        for member in roster.staff:
            if member.non_asn:
                waiting.setdefault(_name_key(member.name), []).append((_unit_key(roster.path(member.unit)), member.nip))
    numbered: list[tuple[NonAsnRow, Nip]] = []
    for row in staff.non_asn:
        candidates = waiting.get(_name_key(row.name), [])
        if row.number is not None:  # the list carries the planner's own number: that is who it is
            numbered.append((row, row.number))
            waiting[_name_key(row.name)] = [entry for entry in candidates if entry[1] != row.number]
            continue
        unit = _unit_key(row.unit_path)
        match = next((index for index, (path, _) in enumerate(candidates) if not unit or path == unit), None)
        number = candidates.pop(match)[1] if match is not None else new_internal_number()
        numbered.append((row, number))
    return numbered


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _every_row(staff: StaffList, numbered: Sequence[tuple[NonAsnRow, Nip]]) -> list[StaffRow]:
    """The ASN rows and the numbered non-ASN rows (as rows of kind ``NON_ASN``, without rank), in list order."""
    extra = [
        StaffRow(row.row, number, Employment.NON_ASN, row.name, row.position, "", row.unit_path, row.category)
        for row, number in numbered
    ]
    return sorted((*staff.rows, *extra), key=lambda row: row.row)


def _with_non_asn_members(plan: Plan, numbered: Sequence[tuple[NonAsnRow, Nip]]) -> Plan:
    """The plan with each non-ASN member made by ``non_asn_member``, keeping their "no remote work" reason."""
    if not numbered:
        return plan
    roster = plan.roster
    row_of = {number: row for row, number in numbered}
    staff = [
        replace(
            non_asn_member(row_of[member.nip], member.nip, roster.units[member.unit]),
            no_remote_reason=member.no_remote_reason,
        )
        if member.nip in row_of
        else member
        for member in roster.staff
    ]
    return plan.rebuilt(roster=Roster(roster.units.values(), staff))


def _kept_path(before: StaffMember | None, roster: Roster) -> tuple[str, ...]:
    return tuple(roster.path(before.unit)) if before is not None else (DEFAULT_UNIT,)


def _as_grid(
    staff: StaffList,
    default_category: Category,
    numbered: Sequence[tuple[NonAsnRow, Nip]] = (),
    kept: Mapping[Nip, tuple[str, ...]] | None = None,
) -> Grid:
    """The list (with the numbered non-ASN rows) as a grid without cells.

    A row without unit takes its path from ``kept``, else ``DEFAULT_UNIT``.
    """
    kept = kept or {}
    rows = tuple(
        GridRow(
            row.row,
            row.nip,
            row.name,
            row.position,
            row.rank,
            row.unit_path or kept.get(row.nip, (DEFAULT_UNIT,)),
            row.category or default_category,
            {},
            non_asn=row.employment is Employment.NON_ASN,
        )
        for row in _every_row(staff, numbered)
    )
    return Grid(staff.where, (), rows)


def _change(old: Plan, new: Plan) -> StaffChange:
    before = {member.nip: member for member in old.roster.staff}
    after = {member.nip: member for member in new.roster.staff}
    joined = tuple(member for nip, member in after.items() if nip not in before)
    left = tuple(member for nip, member in before.items() if nip not in after)
    changed = tuple(
        (before[nip], member)
        for nip, member in after.items()
        if nip in before
        and (
            (member.name, member.position, member.rank, tuple(new.roster.path(member.unit)))
            != (before[nip].name, before[nip].position, before[nip].rank, tuple(old.roster.path(before[nip].unit)))
        )
    )
    dropped = sum(old.planned_days(member.nip) for member in left)
    return StaffChange(new, joined, left, changed, dropped)


# ---- filled schedules in the grid format ------------------------------------------------------------


def read_schedule(path: Path, *, sheet: str | None = None, today: dt.date | None = None) -> Grid:
    """Read a schedule in the grid format from a CSV file or a workbook.

    Raises:
        GridError: problems in the grid, each with its row and column.
        StaffImportError: the file cannot be read at all.
    """
    if not is_workbook_file(path):
        if sheet is not None:
            raise StaffImportError(f"{path.name}: berkas CSV tidak punya lembar; --sheet hanya untuk buku kerja")
        return read_grid(path, today=today)
    table = read_table(path, sheet)
    header_row = _grid_header_row(table)
    if header_row is None and sheet is None:
        for other in table.sheets:
            if other != table.sheet:
                candidate = read_table(path, other)
                header_row = _grid_header_row(candidate)
                if header_row is not None:
                    table = candidate
                    break
    if header_row is None:
        raise StaffImportError(
            f"{table.where}: tidak ada baris judul format grid (NIP, Nama, Jabatan, Pangkat, Unit, Kategori, "
            f"lalu satu kolom per tanggal) di {HEADER_SEARCH_ROWS} baris pertama"
        )
    header = [cell_text(value) for value in table.rows[header_row - 1]]
    records = (
        (number, [cell_text(value) for value in table.rows[number - 1]])
        for number in range(header_row + 1, len(table.rows) + 1)
    )
    hash_lines = [
        (number, _text(values[0]))
        for number, values in enumerate(table.rows[: header_row - 1], start=1)
        if values and _is_hash_row(values)
    ]
    return parse_grid_rows(header, records, table.where, header_line=header_row, today=today, hash_lines=hash_lines)


def _is_hash_row(values: Sequence[Cell]) -> bool:
    return isinstance(values[0], str) and values[0].lstrip().startswith("#")


def _grid_header_row(table: Table) -> int | None:
    """The grid's header row: among the first rows that are not ``#`` lines (a plan's units may fill hundreds)."""
    looked = 0
    for index, values in enumerate(table.rows):
        if values and _is_hash_row(values):
            continue
        titles = {_text(value).casefold() for value in values}
        if {"nip", "nama"} <= titles:
            return index + 1
        looked += 1
        if looked >= HEADER_SEARCH_ROWS:
            break
    return None


def cell_text(value: Cell) -> str:
    """A cell as text: dates as ``YYYY-MM-DD``, whole numbers without ``.0``, a long number as Excel shows it."""
    if isinstance(value, float) and abs(value) >= 1e15:
        return f"{value:.14E}"
    return _text(value)
