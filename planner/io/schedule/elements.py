"""The page elements, placed one under another by the layout engine.

Paragraphs, the letterhead, the LAMPIRAN block, the table's geometry and rows (header, unit
headings, staff rows, two-row recaps), the legend and the obligations.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.domain.calendar import (
    DAY_ABBREVIATIONS,
    DAY_NAMES,
    MONTH_NAMES,
    format_date_long,
)
from planner.domain.plan import Plan
from planner.domain.status import BY_BYTE, Presence, Status
from planner.domain.validation import Tally, Validator

if TYPE_CHECKING:
    pass
from planner.io.schedule.drawing import (
    ASCENT,
    CAP_MIDDLE,
    LEADING,
    MM,
    Box,
    Face,
    Lines,
    PageDrawing,
    Picture,
    Text,
    _fit,
    _image_size,
    _measure,
    _printable,
    _text,
    _wrap,
    _wrap_balanced,
)
from planner.io.schedule.options import MIN_FONT_SIZE, Attachment


@dataclass(frozen=True, slots=True)
class _Style:
    size: float
    full_names: bool


_STYLES = tuple(_Style(size, full) for full in (True, False) for size in (7.5, MIN_FONT_SIZE))
"""Tried in order: full day names before abbreviations, larger type before smaller; the first that
fits the days in the fewest column blocks wins."""


PAD = 2.0
"""Space between a cell's border and its text, left and right."""


CELL_PAD = 1.0
"""Space above and below a cell's text."""


COMPACT_CELL_PAD = 0.6
"""The same in a compact table (``_Table.compact``): with 7 pt type about 20 staff, their recaps and the
signature keep to one F4 landscape page."""


NAME_COLUMNS = ("No", "Nama", "NIP", "Jabatan", "Pangkat/Gol.")
"""The columns left of the days; a column no one on the plan has text for is left out (width 0)."""


DAYS = len(NAME_COLUMNS)
"""Index in ``_Table.edges`` of the first day's left edge."""


@dataclass(slots=True)
class _Table:
    """One column block: the name columns, then some of the days."""

    size: float
    full_names: bool
    columns: Sequence[int]
    """Plan columns (days) in this block."""
    x: float
    """Left edge of the table."""
    widths: tuple[float, ...]
    """No, name, NIP, position, rank (``NAME_COLUMNS``); 0 for a column left out."""
    day_width: float
    caption: str = ""
    header: _Header | None = None
    compact: bool = False
    """Tighter rows and a one-row header (days only), tried when that saves a page."""
    edges: tuple[float, ...] = field(init=False)
    """The x of every vertical line: the five name columns, then each day."""
    _codes: dict[Status | None, tuple[str, Face, float]] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        xs = [self.x]
        for width in self.widths:
            xs.append(xs[-1] + width)
        xs.extend(xs[DAYS] + self.day_width * (i + 1) for i in range(len(self.columns)))
        self.edges = tuple(xs)

    @property
    def right(self) -> float:
        """Right edge of the table."""
        return self.edges[-1]

    @property
    def line_height(self) -> float:
        """Distance between baselines in a cell."""
        return self.size * LEADING

    @property
    def cell_pad(self) -> float:
        """Space above and below a cell's text."""
        return COMPACT_CELL_PAD if self.compact else CELL_PAD

    @property
    def row_height(self) -> float:
        """Height of a row of one line."""
        return self.line_height + 2 * self.cell_pad

    @property
    def cell_codes(self) -> dict[Status | None, tuple[str, Face, float]]:
        """Each status's code, face and half width at this table's size; ``None`` is a day off ("–")."""
        if self._codes is None:
            codes: dict[Status | None, tuple[str, Face, float]] = {None: ("–", Face.REGULAR, 0.0)}
            for status in Status:
                face = Face.BOLD if status.presence is Presence.REMOTE else Face.REGULAR
                codes[status] = (status.code, face, 0.0)
            self._codes = {
                key: (code, face, _measure(code, face, self.size) / 2) for key, (code, face, _) in codes.items()
            }
        return self._codes

    def copy(self) -> _Table:
        """The same geometry, for another section (each section has its own header element)."""
        return _Table(
            self.size,
            self.full_names,
            self.columns,
            self.x,
            self.widths,
            self.day_width,
            self.caption,
            None,
            self.compact,
        )


@dataclass(frozen=True, slots=True)
class _TextWidths:
    """The widest name, position and rank on the plan at 1 pt (widths grow with the size); 0 when all are empty."""

    name: float
    position: float
    rank: float

    @classmethod
    def of(cls, plan: Plan) -> _TextWidths:
        staff = plan.roster.staff
        return cls(
            max((_measure(_printable(m.name), Face.REGULAR, 1.0) for m in staff), default=0.0),
            max((_measure(_printable(m.position), Face.REGULAR, 1.0) for m in staff), default=0.0),
            max((_measure(_printable(m.rank), Face.REGULAR, 1.0) for m in staff), default=0.0),
        )


_WIDE_CAPS = (0.22, 0.26, 0.14)
"""Largest share of the width for name, position and rank on landscape paper."""


_PORTRAIT_CAPS = (0.25, 0.2, 0.14)


_TIGHT_CAPS = (0.15, 0.13, 0.09)
"""When the days do not fit in one block: texts wrap more so fewer blocks are needed."""


def _fixed_widths(
    plan: Plan, texts: _TextWidths, size: float, content_width: float, *, tight: bool = False, names_only: bool = False
) -> tuple[float, ...]:
    """Widths of No, name, NIP, position and rank: as wide as their text, within limits of the page.

    ``tight`` narrows the limits (texts wrap more) so that more days fit beside them.
    """
    nip_width = _measure("00000000 000000 0 000", Face.REGULAR, size)
    caps = _TIGHT_CAPS if tight else _WIDE_CAPS if content_width > 600 else _PORTRAIT_CAPS
    number = max(_measure(str(len(plan.roster.staff)), Face.REGULAR, size), _measure("No", Face.BOLD, size))
    name = max(min(texts.name * size, caps[0] * content_width), _measure("Nama", Face.BOLD, size))
    if names_only:
        return (number + 2 * PAD, min(texts.name * size, 170.0) + 2 * PAD, 0.0, 0.0, 0.0)
    widths = [number + 2 * PAD, name + 2 * PAD, nip_width + 2 * PAD]
    for text, cap, title in ((texts.position, caps[1], "Jabatan"), (texts.rank, caps[2], "Pangkat/Gol.")):
        widths.append(
            max(min(text * size, cap * content_width), _measure(title, Face.BOLD, size)) + 2 * PAD if text else 0.0
        )
    return tuple(widths)


def _day_width(plan: Plan, columns: Sequence[int], style: _Style) -> float:
    names = DAY_NAMES if style.full_names else DAY_ABBREVIATIONS
    weekdays = {plan.days[column].weekday() for column in columns}
    widest = max(
        [_measure(names[weekday], Face.BOLD, style.size) for weekday in weekdays]
        + [_measure("00/00", Face.BOLD, style.size), _measure("100,0", Face.REGULAR, style.size)]
        + [_measure(status.code, Face.BOLD, style.size) for status in Status]
    )
    return widest + 2 * PAD


def _plan_tables(
    plan: Plan,
    columns: Sequence[int],
    left: float,
    content_width: float,
    *,
    names_only: bool = False,
    compact: bool = False,
) -> list[_Table]:
    """Column blocks for the days: as few as possible, then the largest type that fits them.

    ``compact`` takes the smallest type (``MIN_FONT_SIZE``) and tighter rows (``_Table.compact``).
    """
    fits: list[tuple[_Style, tuple[float, ...], float, int]] = []
    texts = _TextWidths.of(plan)
    styles = [style for style in _STYLES if style.size == MIN_FONT_SIZE] if compact else _STYLES
    for tight in (False, True):
        for style in styles:
            widths = _fixed_widths(plan, texts, style.size, content_width, tight=tight, names_only=names_only)
            day_width = _day_width(plan, columns, style)
            per_block = max(1, int((content_width - sum(widths)) // day_width))
            fits.append((style, widths, day_width, per_block))
    blocks = min(math.ceil(len(columns) / per_block) for *_, per_block in fits)
    per_block_needed = math.ceil(len(columns) / blocks)
    style, widths, day_width, _ = next(fit for fit in fits if fit[3] >= per_block_needed)
    # Spread what is left of the width: days up to 1.4 times their narrowest, then the texts.
    day_width = min((content_width - sum(widths)) / per_block_needed, 1.4 * day_width)
    spare = content_width - sum(widths) - day_width * per_block_needed
    shares = [0.0, 0.5 if widths[3] or widths[4] else 1.0, 0.0, 0.3, 0.2]
    if not widths[4]:
        shares[3] += shares[4]
    if not widths[3]:
        shares[4] += shares[3]
    shares = [share if width else 0.0 for share, width in zip(shares, widths, strict=True)]
    scale = sum(shares)
    widths = tuple(width + spare * share / scale for width, share in zip(widths, shares, strict=True))
    tables = []
    for index in range(blocks):
        chunk = columns[index * per_block_needed : (index + 1) * per_block_needed]
        caption = ""
        if blocks > 1:
            first, last = plan.days[chunk[0]], plan.days[chunk[-1]]
            caption = f"Tanggal {_range_text(first, last)} (bagian {index + 1} dari {blocks})"
        tables.append(_Table(style.size, style.full_names, chunk, left, widths, day_width, caption, None, compact))
    return tables


def _range_text(first: dt.date, last: dt.date) -> str:
    """``16–26 April 2024``, ``29 April – 3 Mei 2024`` or in full across years."""
    if first == last:
        return format_date_long(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTH_NAMES[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {MONTH_NAMES[first.month - 1]} – {format_date_long(last)}"
    return f"{format_date_long(first)} – {format_date_long(last)}"


def _months_text(days: Iterable[dt.date]) -> str:
    months = sorted({(day.year, day.month) for day in days})
    names = [f"{MONTH_NAMES[month - 1]} {year}" for year, month in months]
    if len(names) <= 2:
        return " – ".join(names)
    return f"{names[0]} – {names[-1]}"


class _Element:
    """Something placed in the page flow; subclasses draw themselves at a given top."""

    height: float = 0.0
    space_before: float = 0.0
    """Dropped at the top of a page."""
    keep_with_next: bool = False
    table: _Table | None = None
    """The table whose header repeats above this element when it starts a page."""
    heading: _UnitRow | None = None
    """The unit heading repeated, marked continued, under the table header when this element starts a page."""
    new_page: bool = False
    rows: int = 0
    """Staff rows drawn, for progress."""

    def draw(self, top: float, out: PageDrawing) -> None:
        """Add this element's items with its top edge at ``top``."""
        raise NotImplementedError


class _Beside(_Element):
    """Elements stacked at the left beside one element at the right (the legend and duties beside the signature)."""

    def __init__(self, stacked: Sequence[_Element], right: _Element) -> None:
        self._stacked, self._right = list(stacked), right
        self._left_height = sum(e.height for e in stacked) + sum(e.space_before for e in stacked[1:])
        self.height = max(self._left_height, right.height)
        self.space_before = max([right.space_before, *(e.space_before for e in stacked[:1])])

    def top_of_right(self, top: float) -> float:
        """Where the right element's top is when this element's top is at ``top``."""
        return top

    def holds(self, element: _Element) -> bool:
        """True when ``element`` is the one at the right."""
        return element is self._right

    def draw(self, top: float, out: PageDrawing) -> None:
        y = top
        for index, element in enumerate(self._stacked):
            if index:
                y += element.space_before
            element.draw(y, out)
            y += element.height
        self._right.draw(self.top_of_right(top), out)


class _Paragraphs(_Element):
    """Lines of text, each with its own face, size and alignment."""

    def __init__(
        self,
        lines: Sequence[tuple[str, Face, float, str]],
        left: float,
        right: float,
        *,
        space_before: float = 0.0,
        keep_with_next: bool = False,
        new_page: bool = False,
    ) -> None:
        self._lines: list[tuple[str, Face, float, str, float]] = []
        width = right - left
        for text, face, size, align in lines:
            wrap = _wrap_balanced if align == "center" else _wrap
            for line in wrap(text, face, size, width) or [""]:
                self._lines.append((line, face, size, align, size * LEADING))
        self._left, self._right = left, right
        self.height = sum(line[4] for line in self._lines) + 0.25 * (self._lines[-1][2] if self._lines else 0)
        self.space_before, self.keep_with_next, self.new_page = space_before, keep_with_next, new_page

    def draw(self, top: float, out: PageDrawing) -> None:
        y = top
        for text, face, size, align, leading in self._lines:
            x = {"left": self._left, "center": (self._left + self._right) / 2, "right": self._right}[align]
            out.texts.append(_text(x, y + ASCENT * size, text, face, size, align=align))
            y += leading


class _Letterhead(_Element):
    """Logo at the left, the agency lines centred, address and contacts, then a double rule."""

    def __init__(self, plan: Plan, left: float, right: float, *, compact: bool = False) -> None:
        """Lay out the letterhead; ``compact`` makes the logo about as high as the text (at least 15 mm), not 24 mm."""
        profile = plan.profile
        self._left, self._right = left, right
        self._logo = profile.logo
        self._logo_size = (0.0, 0.0)
        if self._logo:
            # 24 mm high, unless that makes a wide logo wider than 32 mm.
            pixels_wide, pixels_high = _image_size(self._logo)
            high = 24 * MM
            if compact:
                text_lines = 1 + sum(1 for line in profile.letterhead if line.strip())
                high = min(max(text_lines * 12.0 * LEADING, 15 * MM), high)
            logo_width = min(high * pixels_wide / pixels_high, 32 * MM)
            self._logo_size = (logo_width, logo_width * pixels_high / pixels_wide)
        gap = 4 * MM
        inset = self._logo_size[0] + gap if self._logo else 0.0
        self._text_left, self._text_right = left + inset, right - inset
        lines: list[tuple[str, Face, float]] = []
        heads = [line.strip() for line in profile.letterhead if line.strip()]
        for index, line in enumerate(heads):
            last = index == len(heads) - 1
            lines.append((line.upper(), Face.BOLD, 14.0 if last else 12.0))
        address = " · ".join(part for part in (profile.address, _labelled("Telepon", profile.phone)) if part)
        contacts = " · ".join(
            part for part in (_labelled("Pos-el", profile.email), _labelled("Laman", profile.website)) if part
        )
        joined = " · ".join(line for line in (address, contacts) if line)
        # Address and contacts share a line when it fits: a compact page keeps about 20 staff with the letterhead.
        one_line = _measure(joined, Face.REGULAR, 8.5) <= self._text_right - self._text_left
        for line in (joined,) if one_line else (address, contacts):
            if line:
                lines.append((line, Face.REGULAR, 8.5))
        self._lines: list[tuple[str, Face, float]] = []
        for text, face, size in lines:
            self._lines.extend(
                (piece, face, size) for piece in _wrap(text, face, size, self._text_right - self._text_left)
            )
        text_height = sum(size * LEADING for _, _, size in self._lines)
        self._body = max(text_height, self._logo_size[1])
        self.height = self._body + 2 * MM + 4.0
        self.keep_with_next = True

    @property
    def empty(self) -> bool:
        """True when the profile gives nothing to print in the letterhead."""
        return not self._lines and not self._logo

    def draw(self, top: float, out: PageDrawing) -> None:
        text_height = sum(size * LEADING for _, _, size in self._lines)
        y = top + (self._body - text_height) / 2
        centre = (self._text_left + self._text_right) / 2
        for text, face, size in self._lines:
            out.texts.append(_text(centre, y + ASCENT * size, text, face, size, align="center"))
            y += size * LEADING
        if self._logo:
            width, height = self._logo_size
            out.pictures.append(Picture(self._left, top + (self._body - height) / 2, width, height, self._logo))
        rule = top + self._body + 1.5 * MM
        out.lines.append(Lines([(self._left, rule, self._right, rule)], 2.0))
        out.lines.append(Lines([(self._left, rule + 2.5, self._right, rule + 2.5)], 0.6))


def _labelled(label: str, value: str) -> str:
    return f"{label} {value}" if value else ""


class _AttachmentBlock(_Element):
    """LAMPIRAN … / NOMOR : … / TANGGAL : … / TENTANG : …, at the right of the page."""

    def __init__(self, attachment: Attachment, right: float, width: float) -> None:
        size = 9.0
        self._size, self._right = size, right
        self._left = right - width
        label_width = _measure("TANGGAL", Face.REGULAR, size) + 3.0
        self._value_x = self._left + label_width + _measure(": ", Face.REGULAR, size)
        value_width = right - self._value_x
        rows: list[tuple[str, str]] = []
        heading = f"LAMPIRAN {attachment.heading.strip()}".strip()
        self._heading = _wrap(heading, Face.REGULAR, size, width)
        for label, value in (
            ("NOMOR", attachment.number),
            ("TANGGAL", format_date_long(attachment.date) if attachment.date else ""),
            ("TENTANG", attachment.about),
        ):
            for index, line in enumerate(_wrap(value, Face.REGULAR, size, value_width) or [""]):
                rows.append((label if index == 0 else "", line))
        self._rows = rows
        self._label_width = label_width
        self.height = (len(self._heading) + len(rows)) * size * LEADING + 2.0
        self.space_before = 1 * MM
        self.keep_with_next = True

    def draw(self, top: float, out: PageDrawing) -> None:
        size, leading = self._size, self._size * LEADING
        y = top + ASCENT * size
        for line in self._heading:
            out.texts.append(_text(self._left, y, line, Face.REGULAR, size))
            y += leading
        for label, value in self._rows:
            if label:
                out.texts.append(_text(self._left, y, label, Face.REGULAR, size))
                out.texts.append(_text(self._left + self._label_width, y, ":", Face.REGULAR, size))
            out.texts.append(_text(self._value_x, y, value, Face.REGULAR, size))
            y += leading


class _LabelledLines(_Element):
    """``Dasar : …`` rows with the colons aligned."""

    def __init__(self, rows: Sequence[tuple[str, str]], left: float, right: float, *, new_page: bool = False) -> None:
        size = 9.0
        self._size, self._left = size, left
        self._label_width = max(_measure(label, Face.REGULAR, size) for label, _ in rows) + 4.0
        self._value_x = left + self._label_width + _measure(": ", Face.REGULAR, size)
        self._rows: list[tuple[str, str]] = []
        for label, value in rows:
            for index, line in enumerate(_wrap(value, Face.REGULAR, size, right - self._value_x) or [""]):
                self._rows.append((label if index == 0 else "", line))
        self.height = len(self._rows) * size * LEADING + 2.0
        self.space_before = 1 * MM
        self.keep_with_next = True
        self.new_page = new_page

    def draw(self, top: float, out: PageDrawing) -> None:
        size = self._size
        y = top + ASCENT * size
        for label, value in self._rows:
            if label:
                out.texts.append(_text(self._left, y, label, Face.REGULAR, size))
                out.texts.append(_text(self._left + self._label_width, y, ":", Face.REGULAR, size))
            out.texts.append(_text(self._value_x, y, value, Face.REGULAR, size))
            y += size * LEADING


HEADER_FILL = "#D9D9D9"


UNIT_FILL = "#EDEDED"


TOTALS_FILL = "#F4F4F4"


DAY_OFF_FILL = "#D0D0D0"


GRID = 0.4
"""Width of the table's lines."""


PRINT_FILLS: dict[Status, str | None] = {status: status.print_fill for status in Status}
"""Cell fills chosen for black-and-white printers too: office cells stay white, remote ones come
out mid grey (about 80 %), absences light grey (about 90 %); the code in every cell says the rest."""


class _Header(_Element):
    """The table's header: No, Nama, NIP, Jabatan, Pangkat/Gol., then the days under "Hari dan tanggal".

    A compact table leaves out the "Hari dan tanggal (months)" row: the period is printed above the table.
    """

    def __init__(self, table: _Table, plan: Plan) -> None:
        self._table, self._plan = table, plan
        size = table.size
        self._row = 0.0 if table.compact else table.row_height
        days = [plan.days[column] for column in table.columns]
        self.height = self._row + 2 * size * LEADING + 2 * table.cell_pad
        self.table = table
        self.keep_with_next = True
        self._span_title = f"Hari dan tanggal ({_months_text(days)})"

    def draw(self, top: float, out: PageDrawing) -> None:
        table, size = self._table, self._table.size
        edges = table.edges
        bottom = top + self.height
        middle = top + self._row
        out.boxes.append(Box(table.x, top, table.right - table.x, self.height, HEADER_FILL))
        segments = [(table.x, top, table.right, top), (table.x, bottom, table.right, bottom)]
        if self._row:
            segments.append((edges[DAYS], middle, table.right, middle))
        segments.extend((x, top, x, bottom) for x in edges[: DAYS + 1])
        segments.extend((x, middle, x, bottom) for x in edges[DAYS + 1 : -1])
        segments.append((edges[-1], top, edges[-1], bottom))
        out.lines.append(Lines(segments, GRID))
        centre_y = top + self.height / 2 + CAP_MIDDLE * size
        for index, title in enumerate(NAME_COLUMNS):
            if table.widths[index]:
                centre = (edges[index] + edges[index + 1]) / 2
                out.texts.append(_text(centre, centre_y, title, Face.BOLD, size, align="center"))
        if self._row:
            span = _fit(self._span_title, Face.BOLD, size, edges[-1] - edges[DAYS] - 2 * PAD)
            out.texts.append(
                _text(
                    (edges[DAYS] + edges[-1]) / 2,
                    top + self._row / 2 + CAP_MIDDLE * size,
                    span,
                    Face.BOLD,
                    size,
                    align="center",
                )
            )
        names = DAY_NAMES if table.full_names else DAY_ABBREVIATIONS
        first_line = middle + table.cell_pad + ASCENT * size
        for index, column in enumerate(table.columns):
            day = self._plan.days[column]
            centre = edges[DAYS] + table.day_width * (index + 0.5)
            out.texts.append(_text(centre, first_line - 0.5, names[day.weekday()], Face.BOLD, size, align="center"))
            out.texts.append(
                _text(centre, first_line + table.line_height - 1.0, f"{day:%d/%m}", Face.REGULAR, size, align="center")
            )


class _UnitRow(_Element):
    """A unit's name across the whole table, above its staff; repeated "(lanjutan)" atop a page it continues on."""

    def __init__(self, table: _Table, title: str) -> None:
        self._table = table
        self._full_title = title
        self._title = _fit(title, Face.BOLD, table.size + 0.5, table.right - table.x - 2 * PAD)
        self.height = table.row_height
        self.table = table
        self.keep_with_next = True
        self._continued: _UnitRow | None = None

    @property
    def continued(self) -> _UnitRow:
        """The same heading marked as continued from the page before."""
        if self._continued is None:
            self._continued = _UnitRow(self._table, f"{self._full_title} (lanjutan)")
        return self._continued

    def draw(self, top: float, out: PageDrawing) -> None:
        table = self._table
        bottom = top + self.height
        out.boxes.append(Box(table.x, top, table.right - table.x, self.height, UNIT_FILL))
        out.lines.append(
            Lines(
                [
                    (table.x, bottom, table.right, bottom),
                    (table.x, top, table.x, bottom),
                    (table.right, top, table.right, bottom),
                ],
                GRID,
            )
        )
        size = table.size + 0.5
        out.texts.append(_text(table.x + PAD, top + self.height / 2 + CAP_MIDDLE * size, self._title, Face.BOLD, size))


@dataclass(slots=True)
class _Person:
    """One staff member's wrapped texts, shared by every column block."""

    row: int
    number: int
    name: list[str]
    """The name's lines, then the category's when the unit mixes categories."""
    nip: str
    position: list[str]
    rank: list[str]


class _StaffRow(_Element):
    """A person: number, name, NIP, position, rank, and a status cell per day."""

    def __init__(self, table: _Table, person: _Person, cells: bytes, working: bytes, marked: frozenset[int]) -> None:
        self._table, self._person = table, person
        self._cells, self._working, self._marked = cells, working, marked
        lines = max(len(person.name), len(person.position), len(person.rank), 1)
        self.height = lines * table.line_height + 2 * table.cell_pad
        self.table = table
        self.rows = 1

    def draw(self, top: float, out: PageDrawing) -> None:
        table, person, size = self._table, self._person, self._table.size
        edges = table.edges
        bottom = top + self.height
        segments = [(table.x, bottom, table.right, bottom)]
        segments.extend((x, top, x, bottom) for x in edges)
        out.lines.append(Lines(segments, GRID))
        texts, boxes = out.texts, out.boxes
        first = top + table.cell_pad + ASCENT * size
        leading = table.line_height
        texts.append(_text((edges[0] + edges[1]) / 2, first, str(person.number), Face.REGULAR, size, align="center"))
        if table.widths[2]:
            texts.append(_text(edges[2] + PAD, first, person.nip, Face.REGULAR, size))
        for column, lines in ((1, person.name), (3, person.position), (4, person.rank)):
            for index, line in enumerate(lines):
                texts.append(_text(edges[column] + PAD, first + index * leading, line, Face.REGULAR, size))
        middle = top + self.height / 2 + CAP_MIDDLE * size
        width = table.day_width
        working, cells, marked = self._working, self._cells, self._marked
        # A cell's code, face and half width, looked up once per table: 100,000 cells must draw in a second.
        codes = table.cell_codes
        height = self.height
        for index, column in enumerate(table.columns):
            x = edges[DAYS] + index * width
            centre = x + width / 2
            if not working[column]:
                boxes.append(Box(x, top, width, height, DAY_OFF_FILL))
                code, face, half = codes[None]
                texts.append(Text(centre - half, middle, code, face, size, 2 * half))
                continue
            status = _STATUS_OF_BYTE[cells[column]]
            fill = PRINT_FILLS[status]
            if fill is not None:
                boxes.append(Box(x, top, width, height, fill))
            if column in marked:
                boxes.append(Box(x + 1.0, top + 1.0, width - 2.0, height - 2.0, None, 1.5))
            code, face, half = codes[status]
            texts.append(Text(centre - half, middle, code, face, size, 2 * half))


_STATUS_OF_BYTE: tuple[Status, ...] = tuple(Status.WFO if status is None else status for status in BY_BYTE)
"""Status printed for each stored byte: a blank working-day cell counts, and is printed, as WFO."""


@dataclass(frozen=True, slots=True)
class _TotalsSource:
    """Where a totals block takes its figures from: a quota group, or the whole agency (``group`` None)."""

    group: int | None
    caption: tuple[str, str]
    """Bold first line, then the detail ("Administrasi pemerintahan, 8 pegawai")."""


class _Totals(_Element):
    """A recap in two rows: remote / office / absent counts, then the remote share (framed where over its limit).

    When the counts of one day do not fit its column (thousands of staff) they take a row each, as four rows.
    """

    def __init__(self, table: _Table, source: _TotalsSource, validator: Validator, remote_label: str) -> None:
        self._table = table
        size = table.size
        edges = table.edges
        counts: list[tuple[str, str, str]] = []
        self._shares: list[str] = []
        self._marked: list[bool] = []
        for column in table.columns:
            if source.group is None:
                tally = validator.agency_tally(column)
                broken = False
            else:
                tally = validator.group_tally(source.group, column)
                broken = validator.group_violation(source.group, column) is not None
            remote, office, absent, share = _tally_texts(tally)
            counts.append((remote, office, absent))
            self._shares.append(share)
            self._marked.append(broken)
        joined = ["/".join(triple) if triple[0] != "–" else "–" for triple in counts]
        fits = all(_measure(text, Face.REGULAR, size) <= table.day_width - 2.0 for text in joined)
        if fits:
            labels = [f"{remote_label} / WFO / tidak hadir", f"% {remote_label}"]
            self._values = [joined, self._shares]
        else:
            labels = [remote_label, "WFO", "Tidak hadir", f"% {remote_label}"]
            self._values = [[t[0] for t in counts], [t[1] for t in counts], [t[2] for t in counts], self._shares]
        # The caption takes No, name and NIP; the labels position and rank, or part of the name when those are left out.
        if edges[DAYS] - edges[3] >= 60.0:
            self._split = edges[3]
        else:
            self._split = edges[DAYS] - min(90.0, 0.5 * (edges[DAYS] - edges[0]))
        label_width = edges[DAYS] - self._split - 2 * PAD
        self._labels = [_wrap(label, Face.REGULAR, size, label_width) or [""] for label in labels]
        leading = table.line_height
        pad = table.cell_pad
        self._heights = [len(lines) * leading + 2 * pad for lines in self._labels]
        caption_width = self._split - edges[0] - 2 * PAD
        self._caption = [(line, Face.BOLD) for line in _wrap(source.caption[0], Face.BOLD, size, caption_width)]
        self._caption += [(line, Face.REGULAR) for line in _wrap(source.caption[1], Face.REGULAR, size, caption_width)]
        caption_height = len(self._caption) * leading + 2 * pad
        if caption_height > sum(self._heights):
            self._heights[-1] += caption_height - sum(self._heights)
        self.height = sum(self._heights)
        self.table = table

    def draw(self, top: float, out: PageDrawing) -> None:
        table, size = self._table, self._table.size
        edges = table.edges
        bottom = top + self.height
        split = self._split
        out.boxes.append(Box(table.x, top, table.right - table.x, self.height, TOTALS_FILL))
        # The caption spans No, name and NIP, the labels position and rank: no lines inside either.
        segments = [(table.x, bottom, table.right, bottom), (edges[0], top, edges[0], bottom)]
        segments.append((split, top, split, bottom))
        segments.extend((x, top, x, bottom) for x in edges[DAYS:])
        y = top
        for height in self._heights[:-1]:
            y += height
            segments.append((split, y, table.right, y))
        out.lines.append(Lines(segments, GRID))
        leading = table.line_height
        for index, (line, face) in enumerate(self._caption):
            out.texts.append(
                _text(edges[0] + PAD, top + table.cell_pad + ASCENT * size + index * leading, line, face, size)
            )
        y = top
        width = table.day_width
        last = len(self._heights) - 1
        for row, height in enumerate(self._heights):
            for index, line in enumerate(self._labels[row]):
                out.texts.append(
                    _text(split + PAD, y + table.cell_pad + ASCENT * size + index * leading, line, Face.REGULAR, size)
                )
            middle = y + height / 2 + CAP_MIDDLE * size
            face = Face.BOLD if row == last else Face.REGULAR
            for index, text in enumerate(self._values[row]):
                x = edges[DAYS] + index * width
                out.texts.append(_text(x + width / 2, middle, text, face, size, align="center"))
                if self._marked[index] and row == last:
                    out.boxes.append(Box(x + 1.0, y + 1.0, width - 2.0, height - 2.0, None, 1.5))
            y += height


def _tally_texts(tally: Tally) -> tuple[str, str, str, str]:
    if tally.headcount == 0:
        return ("–", "–", "–", "–")
    percent = tally.remote_percent
    share = f"{round(percent)}" if abs(percent - round(percent)) < 0.05 else f"{percent:.1f}".replace(".", ",")
    return (str(tally.remote), str(tally.office), str(tally.absent), share)


class _Legend(_Element):
    """Keterangan: each code in its printed fill with its name, and the days left out."""

    def __init__(self, left: float, right: float, notes: Sequence[str], draft: bool) -> None:
        size = 8.0
        self._size, self._left = size, left
        items: list[tuple[str, str | None, float, str]] = []
        for status in Status:
            items.append((status.code, PRINT_FILLS[status], 0.0, status.label))
        items.append(("–", DAY_OFF_FILL, 0.0, "bukan hari kerja pegawai tersebut"))
        if draft:
            items.append(("", None, 1.5, "bingkai tebal: melanggar ketentuan"))
        self._placed: list[tuple[float, int, str, str | None, float, str, float]] = []
        x, line = left + _measure("Keterangan:", Face.BOLD, size) + 6.0, 0
        for code, fill, frame, label in items:
            box = max(_measure(code, Face.BOLD, size), _measure("WFO", Face.BOLD, size)) + 2 * PAD
            needed = box + 3.0 + _measure(label, Face.REGULAR, size) + 10.0
            if x + needed > right and x > left + 80:
                x, line = left + _measure("Keterangan:", Face.BOLD, size) + 6.0, line + 1
            self._placed.append((x, line, code, fill, frame, label, box))
            x += needed
        self._row = size * LEADING + 3.0
        self._notes = [piece for note in notes for piece in _wrap(note, Face.REGULAR, size, right - left)]
        self.height = (line + 1) * self._row + len(self._notes) * size * LEADING + 2.0
        self.space_before = 2 * MM
        self.keep_with_next = True

    def draw(self, top: float, out: PageDrawing) -> None:
        size = self._size
        out.texts.append(_text(self._left, top + 1.5 + ASCENT * size, "Keterangan:", Face.BOLD, size))
        for x, line, code, fill, frame, label, box in self._placed:
            y = top + line * self._row
            out.boxes.append(Box(x, y, box, self._row - 2.0, fill, frame or 0.5))
            baseline = y + (self._row - 2.0) / 2 + CAP_MIDDLE * size
            face = Face.BOLD if code in ("WFH", "WFA") else Face.REGULAR
            if code:
                out.texts.append(_text(x + box / 2, baseline, code, face, size, align="center"))
            out.texts.append(_text(x + box + 3.0, baseline, label, Face.REGULAR, size))
        y = top + (self._placed[-1][1] + 1) * self._row + ASCENT * size
        for note in self._notes:
            out.texts.append(_text(self._left, y, note, Face.REGULAR, size))
            y += size * LEADING


class _NumberedItem(_Element):
    """One numbered obligation with a hanging indent."""

    def __init__(self, number: int, text: str, left: float, right: float) -> None:
        size = 8.5
        self._size, self._left, self._number = size, left, f"{number}."
        self._indent = left + _measure("00.", Face.REGULAR, size) + 3.0
        self._lines = _wrap(text, Face.REGULAR, size, right - self._indent)
        self.height = len(self._lines) * size * LEADING + 1.0
        self.keep_with_next = True

    def draw(self, top: float, out: PageDrawing) -> None:
        size = self._size
        y = top + ASCENT * size
        out.texts.append(_text(self._left, y, self._number, Face.REGULAR, size))
        for line in self._lines:
            out.texts.append(_text(self._indent, y, line, Face.REGULAR, size))
            y += size * LEADING


class _Spacer(_Element):
    """Vertical space that disappears at the top of a page."""

    def __init__(self, height: float) -> None:
        self.space_before = height
        self.keep_with_next = True

    def draw(self, top: float, out: PageDrawing) -> None:
        """Nothing to draw."""


def _agency_name(plan: Plan) -> str:
    """The agency as named in the letterhead's last line, else the plan's name."""
    lines = [line.strip() for line in plan.profile.letterhead if line.strip()]
    return lines[-1] if lines else plan.name
