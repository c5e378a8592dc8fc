r"""Text tables (CSV, TSV, a .txt export) as offices really save them: any encoding Excel writes, any separator.

Shared by the staff list reader and the grid format, so both take the same files and refuse
the same ones with the same words: UTF-8 (with or without BOM), UTF-16 and UTF-32 (with a
BOM, or UTF-16 without one, as some exports write), else Windows-1252; line ends ``\r\n``,
``\n``, ``\r`` or the odd ``\n\r``; a cell longer than ``MAX_CELL`` characters is refused
with its line and column, since no staff list or schedule holds one.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from planner.domain.errors import PlannerError

MAX_CELL = 128 * 1024
"""Characters in one cell: far beyond any name or unit (Excel itself stops at 32,767)."""
MAX_TEXT_BYTES = 64 * 1024 * 1024
"""A text table larger than this is no staff list or schedule; it is refused before it is decoded."""
DELIMITERS = (";", ",", "\t", "|")

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


class TextTableError(PlannerError):
    """A text file that cannot be read as a table; the message names the file and the line."""


def decode(raw: bytes, source: str) -> str:
    r"""The file's text with line ends made ``\n``.

    Raises:
        TextTableError: the bytes are in no encoding offices use, or hold NUL characters.
    """
    if len(raw) > MAX_TEXT_BYTES:
        raise TextTableError(f"{source}: berkas teks lebih dari {MAX_TEXT_BYTES // (1024 * 1024)} MB; bukan daftar")
    text = None
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise TextTableError(
                    f"{source}: teks {name} rusak pada byte ke-{error.start + len(bom) + 1}; simpan ulang berkasnya"
                ) from error
            break
    if text is None and b"\x00" in raw[:4096]:
        text = _utf16_without_bom(raw)
    if text is None:
        text = _utf8_or_windows(raw, source)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TextTableError(
            f"{source}: baris {line} berisi karakter nol; ini bukan berkas teks CSV biasa. Di Excel pilih "
            "Simpan Sebagai › CSV UTF-8 (dipisah koma) atau CSV (dipisah titik koma)"
        )
    return normal_line_ends(text)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text written without a BOM: every other byte of plain text is zero."""
    sample = raw[: 4096 - 4096 % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        codec = "utf-16-le"
    elif even > 0.6 * half and odd < 0.1 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf8_or_windows(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        byte = raw[error.start]
        raise TextTableError(
            f"{source}: baris {line}, karakter ke-{column}: byte 0x{byte:02X} bukan UTF-8 maupun Windows-1252 "
            "(pengodean yang dipakai Excel untuk CSV). Di Excel pilih Simpan Sebagai › CSV UTF-8 lalu impor lagi"
        ) from error


def normal_line_ends(text: str) -> str:
    r"""``\r\n``, ``\n\r`` and a lone ``\r`` as ``\n``; a blank line stays one blank line."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\n\r", "\n").replace("\r", "\n")


def guess_delimiter(text: str, candidates: tuple[str, ...] = DELIMITERS) -> str:
    """The separator that splits most lines into the same number of fields (names may hold commas)."""
    lines = [line[:4096] for line in text.split("\n", 61)[:60] if line.strip()]
    best, best_score = ",", (0, 0)
    for candidate in candidates:
        counts = Counter(len(fields) for fields in _split_loosely(lines, candidate) if len(fields) > 1)
        if not counts:
            continue
        width, lines_of_width = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (lines_of_width, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _split_loosely(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter, strict=False))
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def records(text: str, delimiter: str, source: str) -> list[tuple[int, list[str]]]:
    """Every record as (its first line's number, its fields); a field over ``MAX_CELL`` is refused.

    Raises:
        TextTableError: a field is too long or the quoting cannot be read; the message names line and column.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    found: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for fields in reader:
            found.append((line, fields))
            line = reader.line_num + 1
    except csv.Error as error:
        column = _long_field(text, line, delimiter)
        if column is not None:
            raise TextTableError(
                f"{source}: baris {line}, kolom {column}: isi sel lebih dari {MAX_CELL // 1024} KB; "
                "periksa berkasnya (mungkin tanda petik tidak ditutup)"
            ) from error
        raise TextTableError(f"{source}: baris {line}: bukan baris CSV yang dapat dibaca ({error})") from error
    if len(text) <= MAX_CELL:  # no field can be longer than the whole text
        return found
    for number, fields in found:
        if not fields or max(map(len, fields)) <= MAX_CELL:  # one C call per record, not one test per field
            continue
        for index, field in enumerate(fields):
            if len(field) > MAX_CELL:
                raise TextTableError(
                    f"{source}: baris {number}, kolom {index + 1}: isi sel lebih dari {MAX_CELL // 1024} KB"
                )
    return found


def _long_field(text: str, line: int, delimiter: str) -> int | None:
    """The column (1 is the first) where a field starting on ``line`` runs past ``MAX_CELL``, if one does."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    column, length, quoted = 1, 0, False
    for character in text[start : start + MAX_CELL * 64]:
        if character == '"':
            quoted = not quoted
        elif character == delimiter and not quoted:
            column, length = column + 1, 0
            continue
        elif character == "\n" and not quoted:
            return None
        length += 1
        if length > MAX_CELL:
            return column
    return column if length > MAX_CELL else None
