"""The official schedule as a PDF: a naskah dinas for the head of the agency to sign (DOMAIN §6).

``layout_schedule`` checks the plan and lays out every page as plain drawing items (text,
boxes, lines, pictures) measured in points from the top-left corner of the paper.
``write_schedule_pdf`` draws those items with reportlab and writes the file atomically. The
window's print preview and printing paint the very same items with QPainter
(``planner.ui.pdf_export``), so the PDF, the preview and the printout share one layout.

A page, top to bottom: the letterhead (first page only: logo, agency lines, address, a double
rule), the optional LAMPIRAN block on the right, the title, the basis (the circular), the period
and the unit; the table (No, name with NIP, position, rank, one column per working day, the
status code in a tinted cell) with a unit header row per unit, four total rows per quota group
(remote, office, absent, % remote against the limit) and for the whole agency; the legend, the
circular's obligations, and the signature blocks. Every page carries "Halaman i dari N" and the
document id, and in a draft the mark "DRAF — belum sesuai ketentuan".

Days too many for the page width are split into column blocks that repeat the name columns
(the font never drops below 7 pt); the table header repeats on every page; the signature block
is kept on the page of the last rows and totals.

Every PDF carries the content fingerprint (``planner.domain.fingerprint``) in its keywords. For
an electronic signature (``PdfOptions.electronic``, set by ``planner.io.pdf_sign``) the signature
space holds a QR code of the same text and a box for the visible signature, and every page says
whether the certificate is BSrE's or internal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple
from xml.sax.saxutils import escape

from planner.domain.calendar import (
    DAY_ABBREVIATIONS,
    DAY_NAMES,
    MONTH_NAMES,
    DayOffKind,
    WorkCalendar,
    format_date_long,
)
from planner.domain.category import Category
from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import VERIFICATION_PREFIX, parse_verification_text, plan_fingerprint
from planner.domain.nip import format_nip
from planner.domain.plan import Plan, Signatory
from planner.domain.policy import Severity
from planner.domain.roster import UnitId
from planner.domain.status import BY_BYTE, Presence, Status
from planner.domain.time_zone import TimeZone
from planner.domain.validation import Tally, Validator
from planner.domain.wording import describe, describe_rule
from planner.io.atomic import replacing
from planner.resources import fonts_folder

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4
"""Points per millimetre."""

TITLE = "JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)"
DRAFT_MARK = "DRAF — belum sesuai ketentuan"
MAX_CELL_LINES = 4
"""A name, position or rank longer than this many lines in its cell ends in an ellipsis: a row never outgrows a page."""
MIN_FONT_SIZE = 7.0
"""The table's text never gets smaller than this: more days go to another column block instead."""

Progress = Callable[[int, int], None]
"""Called with (done, total) as the work advances; it may raise to cancel the work."""


class Paper(enum.Enum):
    """The paper sizes offices use; the value is the name on the command line."""

    F4 = "F4"
    """F4 / Folio, 215 × 330 mm: the usual size in regional government."""
    F4_210 = "F4-210"
    """F4 as some sell it, 210 × 330 mm."""
    A4 = "A4"

    @property
    def size_mm(self) -> tuple[float, float]:
        """Width and height in millimetres, portrait."""
        return _PAPER_MM[self]

    @property
    def label(self) -> str:
        """The name shown to users: "F4 (215 × 330 mm)"."""
        width, height = self.size_mm
        return f"{self.value.split('-')[0]} ({width:g} × {height:g} mm)"


_PAPER_MM = {Paper.F4: (215.0, 330.0), Paper.F4_210: (210.0, 330.0), Paper.A4: (210.0, 297.0)}


@dataclass(frozen=True, slots=True)
class Attachment:
    """The LAMPIRAN block printed top right when the schedule is attached to a letter or decree."""

    heading: str = ""
    """What it is attached to ("SURAT EDARAN SEKRETARIS DAERAH"); printed after "LAMPIRAN"."""
    number: str = ""
    date: dt.date | None = None
    about: str = ""


@dataclass(frozen=True, slots=True)
class SignatureAppearance:
    """An electronic signature in place of the wet one: the QR code, a box for the visible signature, a footer.

    ``planner.io.pdf_sign`` sets it from a certificate it has opened and checked, and signs the
    file straight after: nothing else may claim a BSrE signature.
    """

    bsre: bool = False
    """The certificate chain is BSrE's, so every page may say so (``BSRE_FOOTER``); else ``INTERNAL_FOOTER``."""


BSRE_FOOTER = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
    "Balai Sertifikasi Elektronik (BSrE), BSSN"
)
"""The footer of a schedule signed with a BSrE certificate, on every page."""
INTERNAL_FOOTER = "Ditandatangani secara elektronik dengan sertifikat internal instansi; bukan sertifikat BSrE"
"""The footer of a schedule signed with any other certificate, on every page."""


@dataclass(frozen=True, slots=True)
class ShareView:
    """The schedule as a picture to share (a unit's WhatsApp group): one unit, some days, one tall narrow page.

    Name and codes only (no NIP, position or rank), no letterhead and no signature; marked DRAF when
    the plan has errors. ``planner.io.schedule_image`` renders it.
    """

    unit: UnitId | None = None
    """A top-level unit; None for every unit."""
    first: dt.date | None = None
    last: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """How the schedule is printed."""

    paper: Paper = Paper.F4
    landscape: bool = True
    per_unit: bool = False
    """One section per top-level unit, each starting on a new page, instead of one table."""
    attachment: Attachment | None = None
    signing_date: dt.date | None = None
    """The date beside the place of signing; None is today."""
    draft: bool = False
    """Print even with validation errors, marked "DRAF — belum sesuai ketentuan" on every page."""
    signature_image: str = ""
    """A scanned signature (with the stamp) placed in the signature space; empty leaves room to sign."""
    electronic: SignatureAppearance | None = None
    """Signed electronically: the signature space holds the QR code and the visible signature's box (no
    scanned signature), and every page names the kind of certificate."""
    share: ShareView | None = None
    """Lay out the picture to share instead of the official schedule (see ``ShareView``)."""
    for_tte: bool = False
    """For signing in BSrE's own applications (Besign, Panter, SRIKANDI): the signature space is left
    for their visible signature (``Schedule.signature_box``), without the planner's QR code or footer."""
    now: dt.datetime | None = None
    """The moment written as the PDF's creation date (shown in the agency's time zone); None reads the clock.
    Tests fix it so that two runs write the same bytes."""

    @property
    def page_size(self) -> tuple[float, float]:
        """Width and height of the page in points, as printed (landscape or portrait)."""
        width, height = (size * MM for size in self.paper.size_mm)
        return (height, width) if self.landscape else (width, height)


class ScheduleRefused(PlannerError):
    """The plan breaks the circular's rules, so the official schedule is not printed (a draft may be)."""

    def __init__(self, message: str, errors: int) -> None:
        """Keep the number of errors beside the message."""
        super().__init__(message)
        self.errors = errors


# ---- drawing items: what a page is made of ----------------------------------------------------


class Face(enum.Enum):
    """The typefaces of the schedule; the value is the name registered with reportlab."""

    REGULAR = "JadwalSans"
    BOLD = "JadwalSans-Bold"
    ITALIC = "JadwalSans-Italic"

    @property
    def file_name(self) -> str:
        """The TTF file in ``resources/fonts``."""
        return _FONT_FILES[self]


_FONT_FILES = {
    Face.REGULAR: "LiberationSans-Regular.ttf",
    Face.BOLD: "LiberationSans-Bold.ttf",
    Face.ITALIC: "LiberationSans-Italic.ttf",
}
FONT_FAMILY = "Liberation Sans"
"""The family name inside the font files, for painters that load them (Qt)."""

BLACK = "#000000"


class Text(NamedTuple):
    """A line of text; ``y`` is its baseline, ``width`` its measured advance."""

    x: float
    y: float
    text: str
    face: Face
    size: float
    width: float
    colour: str = BLACK
    underline: bool = False
    angle: float = 0.0
    """Degrees counter-clockwise about (x, y)."""


class Box(NamedTuple):
    """A rectangle: filled when ``fill`` is set, outlined when ``line`` is above 0."""

    x: float
    y: float
    width: float
    height: float
    fill: str | None
    line: float = 0.0


class Lines(NamedTuple):
    """Straight segments (x1, y1, x2, y2) of one width and colour."""

    segments: Sequence[tuple[float, float, float, float]]
    width: float
    colour: str = BLACK


class Picture(NamedTuple):
    """An image file scaled into a rectangle."""

    x: float
    y: float
    width: float
    height: float
    path: str


WATERMARK_OPACITY = 0.16
"""The draft watermark lies over everything, so filled cells cannot hide it, but lets it all show through."""


@dataclass(slots=True)
class PageDrawing:
    """One page's items, painted in this order: boxes, lines, text, pictures, then the translucent watermark."""

    boxes: list[Box] = field(default_factory=list)
    lines: list[Lines] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    watermark: list[Text] = field(default_factory=list)
    """Drawn last at ``WATERMARK_OPACITY``."""


# ---- fonts and measuring ------------------------------------------------------------------------


def register_fonts() -> None:
    """Register the embedded fonts with reportlab, once.

    Raises:
        PlannerError: the font files are missing (an incomplete installation).
    """
    # reportlab is imported inside the functions that print, here and below, as the project's
    # ruff rule asks: it costs start-up time to every command that does not print.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for face in Face:
        if face.value in registered:
            continue
        path = fonts_folder() / face.file_name
        try:
            pdfmetrics.registerFont(TTFont(face.value, str(path)))
        except (OSError, TTFError) as error:
            raise PlannerError(f"huruf {path.name} tidak dapat dibaca ({error}): instalasi tidak lengkap") from error


_WIDTHS: dict[tuple[str, Face, float], float] = {}
"""Widths of short texts (codes, numbers, day names), measured again and again for every cell."""


def _measure(text: str, face: Face, size: float) -> float:
    """The advance of ``text`` in points."""
    key = (text, face, size)
    width = _WIDTHS.get(key)
    if width is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        width = stringWidth(text, face.value, size)
        if len(text) <= 8:
            _WIDTHS[key] = width
    return width


def _printable(text: str) -> str:
    """``text`` with control characters (tabs, line breaks, NUL …) turned into spaces: a font has no glyph for them."""
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _split_long(word: str, face: Face, size: float, width: float) -> list[str]:
    """``word`` cut between letters into pieces no wider than ``width``, in one pass (at least one letter a piece).

    Glyph advances add up (reportlab measures a TrueType text as the sum of its glyphs), so each
    letter is measured once: a 5,000-letter name without spaces takes milliseconds, not minutes.
    """
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, letter in enumerate(word):
        advance = _measure(letter, face, size)
        if used + advance > width and index > start:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += advance
    pieces.append(word[start:])
    return pieces


def _wrap(text: str, face: Face, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``; a word too long is broken between letters.

    Linear in the length of ``text``: each word is measured once and a line's width is kept as a sum.
    """
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    space = _measure(" ", face, size)
    for word in _printable(text).split():
        advance = _measure(word, face, size)
        if current and used + space + advance <= width:
            current.append(word)
            used += space + advance
            continue
        if current:
            lines.append(" ".join(current))
        if advance <= width:
            current, used = [word], advance
            continue
        *whole, last = _split_long(word, face, size, width)
        lines.extend(whole)
        current, used = [last], _measure(last, face, size)
    if current:
        lines.append(" ".join(current))
    return lines


def _clipped(lines: list[str], most: int, face: Face, size: float, width: float) -> list[str]:
    """At most ``most`` lines, the last ending in an ellipsis when some were left out."""
    if len(lines) <= most:
        return lines
    return [*lines[: most - 1], _fit(lines[most - 1] + " " + lines[most], face, size, width)]


def _wrap_balanced(text: str, face: Face, size: float, width: float) -> list[str]:
    """Like ``_wrap``, with lines of even length: a centred title does not end on a lone word."""
    lines = _wrap(text, face, size, width)
    if len(lines) < 2:
        return lines
    narrow, wide = width / 2, width
    while wide - narrow > 2.0:
        middle = (narrow + wide) / 2
        if len(_wrap(text, face, size, middle)) > len(lines):
            narrow = middle
        else:
            wide = middle
    return _wrap(text, face, size, wide)


ASCENT = 0.905
"""Liberation Sans ascent, as a fraction of the font size: the first baseline below a line's top."""
CAP_MIDDLE = 0.36
"""Half the capital height: a baseline this far below the middle centres capitals and digits."""
LEADING = 1.17


def _text(
    x: float, y: float, text: str, face: Face, size: float, *, align: str = "left", underline: bool = False
) -> Text:
    """A ``Text`` whose ``x`` is its left, centre or right edge as ``align`` says."""
    width = _measure(text, face, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    return Text(x, y, text, face, size, width, underline=underline)


# ---- checking the input ---------------------------------------------------------------------


def _image_problem(path_text: str, what: str, where: str) -> str | None:
    """Why an image named in the profile or options cannot be printed, or None when it can."""
    if not path_text:
        return None
    path = Path(path_text)
    if not path.is_file():
        return f"berkas {what} tidak ditemukan: {path} — pilih ulang berkasnya di {where} atau kosongkan"
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as error:  # Pillow raises many kinds of error for a broken image
        return f"berkas {what} bukan gambar yang dapat dibaca: {path} ({error}) — gunakan gambar PNG atau JPG"
    if width <= 0 or height <= 0:
        return f"berkas {what} kosong: {path}"
    return None


def _image_size(path: str) -> tuple[int, int]:
    from reportlab.lib.utils import ImageReader

    return ImageReader(path).getSize()


def check_input(plan: Plan, validator: Validator, options: PdfOptions) -> None:
    """Refuse what cannot make a proper schedule, saying what to fix.

    Raises:
        PlannerError: no staff, no working day in the range, no signatory, or a missing or
            unreadable logo or signature image; every problem found is named.
        ScheduleRefused: the plan has validation errors and ``options.draft`` is off.
    """
    problems: list[str] = []
    if not plan.roster.staff:
        problems.append("rencana belum berisi pegawai — tambahkan pegawai lebih dahulu")
    elif not _working_columns(plan, validator):
        problems.append(
            f"rentang {format_date_long(plan.first)} – {format_date_long(plan.last)} tidak memuat satu pun hari "
            "kerja — ubah rentang tanggal di Pengaturan rencana"
        )
    signatory = plan.profile.signatory
    missing = [label for label, value in (("nama", signatory.name), ("jabatan", signatory.title)) if not value.strip()]
    if missing and options.share is None:
        problems.append(
            f"{' dan '.join(missing)} penanda tangan belum diisi — lengkapi penanda tangan di Rencana › Profil instansi"
        )
    for problem in (
        _image_problem(plan.profile.logo, "logo", "Rencana › Profil instansi"),
        _image_problem(options.signature_image, "gambar tanda tangan", "pilihan cetak"),
    ):
        if problem:
            problems.append(problem)
    if (options.electronic is not None or options.for_tte) and options.draft:
        problems.append("draf tidak dapat ditandatangani secara elektronik — matikan pilihan draf")
    if problems:
        raise PlannerError("Jadwal tidak dapat dicetak: " + "; ".join(problems) + ".")
    if validator.errors and not options.draft and options.share is None:
        roster = plan.roster
        examples = [
            f"{format_date_long(v.day)}, {roster.units[v.unit].name}: {describe(v, roster)}"
            for v in validator.violations()
            if v.severity is Severity.ERROR
        ][:3]
        more = validator.errors - len(examples)
        listed = "; ".join(examples) + (f"; dan {more} kesalahan lain" if more > 0 else "")
        raise ScheduleRefused(
            f"Jadwal belum sesuai ketentuan: {validator.errors} kesalahan ({listed}). Perbaiki kesalahannya "
            f'(lihat panel Masalah), atau cetak sebagai draf yang bertanda "{DRAFT_MARK}".',
            validator.errors,
        )


def _working_columns(plan: Plan, validator: Validator) -> list[int]:
    """The plan's columns that are a working day for at least one person on it."""
    weeks = {plan.roster.units[member.unit].week for member in plan.roster.staff}
    calendar = validator.calendar
    return [column for column, day in enumerate(plan.days) if any(calendar.is_working(day, week) for week in weeks)]


def document_id(plan: Plan) -> str:
    """A short fingerprint of the plan's content ("3F9A-1C2E"): the same plan prints the same id."""
    digest = hashlib.sha256()
    roster = plan.roster
    parts: list[object] = [
        plan.name,
        plan.circular_id,
        plan.first,
        plan.last,
        sorted(plan.days_added.items()),
        sorted(plan.days_removed),
        plan.quota_level,
        plan.policy,
        plan.profile,
        list(roster.units.values()),
        roster.staff,
    ]
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
    for row in plan.rows():
        digest.update(row)
    text = digest.hexdigest()[:8].upper()
    return f"{text[:4]}-{text[4:]}"


# ---- the table's geometry ---------------------------------------------------------------------


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
"""Space above and below a cell's text: one-line rows keep about 20 staff on one page."""


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
    def row_height(self) -> float:
        """Height of a row of one line."""
        return self.line_height + 2 * CELL_PAD

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
        return _Table(self.size, self.full_names, self.columns, self.x, self.widths, self.day_width, self.caption)


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


def _share_page(plan: Plan, columns: Sequence[int]) -> tuple[float, float, _Margins]:
    """Width, (tall) height and margins of the picture to share: just wide enough for names and the days."""
    style = _STYLES[0]
    widths = _fixed_widths(plan, _TextWidths.of(plan), style.size, 1000.0, names_only=True)
    content = sum(widths) + len(columns) * _day_width(plan, columns, style) * 1.15
    margins = _Margins(8 * MM, 8 * MM, 14 * MM, 12 * MM)  # the draft mark sits 6–11 mm from the top
    return max(content, 110 * MM) + margins.left + margins.right, 20_000.0, margins


def _plan_tables(
    plan: Plan, columns: Sequence[int], left: float, content_width: float, *, names_only: bool = False
) -> list[_Table]:
    """Column blocks for the days: as few as possible, then the largest type that fits them."""
    fits: list[tuple[_Style, tuple[float, ...], float, int]] = []
    texts = _TextWidths.of(plan)
    for tight in (False, True):
        for style in _STYLES:
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
        tables.append(_Table(style.size, style.full_names, chunk, left, widths, day_width, caption))
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


# ---- the page flow: elements placed one under another ------------------------------------------


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

    def __init__(self, plan: Plan, left: float, right: float) -> None:
        profile = plan.profile
        self._left, self._right = left, right
        self._logo = profile.logo
        self._logo_size = (0.0, 0.0)
        if self._logo:
            # 24 mm high, unless that makes a wide logo wider than 32 mm.
            pixels_wide, pixels_high = _image_size(self._logo)
            logo_width = min(24 * MM * pixels_wide / pixels_high, 32 * MM)
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
        for line in (address, contacts):
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
        size = 9.5
        self._size, self._left = size, left
        self._label_width = max(_measure(label, Face.REGULAR, size) for label, _ in rows) + 4.0
        self._value_x = left + self._label_width + _measure(": ", Face.REGULAR, size)
        self._rows: list[tuple[str, str]] = []
        for label, value in rows:
            for index, line in enumerate(_wrap(value, Face.REGULAR, size, right - self._value_x) or [""]):
                self._rows.append((label if index == 0 else "", line))
        self.height = len(self._rows) * size * LEADING + 2.0
        self.space_before = 2 * MM
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


# ---- the table's rows ---------------------------------------------------------------------------

HEADER_FILL = "#D9D9D9"
UNIT_FILL = "#EDEDED"
TOTALS_FILL = "#F4F4F4"
DAY_OFF_FILL = "#D0D0D0"
GRID = 0.4
"""Width of the table's lines."""

PRINT_FILLS: dict[Status, str | None] = {
    Status.WFO: None,
    Status.WFH: "#F2C27A",
    Status.WFA: "#E8D36A",
    Status.CT: "#EBDAE6",
    Status.S: "#F4D9C6",
    Status.DL: "#D3ECE1",
    Status.TB: "#DAEAF5",
}
"""Cell fills chosen for black-and-white printers too: office cells stay white, remote ones come
out mid grey (about 80 %), absences light grey (about 90 %); the code in every cell says the rest."""


class _Header(_Element):
    """The table's two header rows: No, Nama, NIP, Jabatan, Pangkat/Gol., then the days."""

    def __init__(self, table: _Table, plan: Plan) -> None:
        self._table, self._plan = table, plan
        size = table.size
        self._row = table.row_height
        self.height = self._row + 2 * size * LEADING + 2 * CELL_PAD
        self.table = table
        self.keep_with_next = True
        days = [plan.days[column] for column in table.columns]
        self._span_title = f"Hari dan tanggal ({_months_text(days)})"

    def draw(self, top: float, out: PageDrawing) -> None:
        table, size = self._table, self._table.size
        edges = table.edges
        bottom = top + self.height
        middle = top + self._row
        out.boxes.append(Box(table.x, top, table.right - table.x, self.height, HEADER_FILL))
        segments = [(table.x, top, table.right, top), (table.x, bottom, table.right, bottom)]
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
        first_line = middle + CELL_PAD + ASCENT * size
        for index, column in enumerate(table.columns):
            day = self._plan.days[column]
            centre = edges[DAYS] + table.day_width * (index + 0.5)
            out.texts.append(_text(centre, first_line - 0.5, names[day.weekday()], Face.BOLD, size, align="center"))
            out.texts.append(
                _text(centre, first_line + table.line_height - 1.0, f"{day:%d/%m}", Face.REGULAR, size, align="center")
            )


def _fit(text: str, face: Face, size: float, width: float) -> str:
    """``text``, shortened with an ellipsis when wider than ``width`` (one pass over the letters)."""
    text = _printable(text)
    if _measure(text, face, size) <= width:
        return text
    room = width - _measure("…", face, size)
    used, end = 0.0, 0
    for end, letter in enumerate(text):  # noqa: B007 - ``end`` is where the room runs out
        used += _measure(letter, face, size)
        if used > room:
            break
    return text[: max(end, 1)].rstrip() + "…"


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
        self.height = lines * table.line_height + 2 * CELL_PAD
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
        first = top + CELL_PAD + ASCENT * size
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
        self._heights = [len(lines) * leading + 2 * CELL_PAD for lines in self._labels]
        caption_width = self._split - edges[0] - 2 * PAD
        self._caption = [(line, Face.BOLD) for line in _wrap(source.caption[0], Face.BOLD, size, caption_width)]
        self._caption += [(line, Face.REGULAR) for line in _wrap(source.caption[1], Face.REGULAR, size, caption_width)]
        caption_height = len(self._caption) * leading + 2 * CELL_PAD
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
            out.texts.append(_text(edges[0] + PAD, top + CELL_PAD + ASCENT * size + index * leading, line, face, size))
        y = top
        width = table.day_width
        last = len(self._heights) - 1
        for row, height in enumerate(self._heights):
            for index, line in enumerate(self._labels[row]):
                out.texts.append(
                    _text(split + PAD, y + CELL_PAD + ASCENT * size + index * leading, line, Face.REGULAR, size)
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


SIGNATURE_SPACE = 18 * MM
"""Room left for the signature and stamp."""
ELECTRONIC_SPACE = 30 * MM
"""Room for the QR code and the visible electronic signature, with the QR code's quiet zone."""
QR_SIZE = 26 * MM
"""Side of the QR code; the visible signature's box beside it is as high."""
TTE_FIELD_WIDTH = 70 * MM
"""Width of the empty field left for a visible signature by BSrE's applications."""
QR_GAP = 3 * MM
"""Between the QR code and the visible signature: more than the QR code's quiet zone of four modules."""


class SignatureBox(NamedTuple):
    """Where the visible electronic signature goes: the page (from 0) and a rectangle in points from the top left."""

    page: int
    x: float
    y: float
    width: float
    height: float


class _Signatures(_Element):
    """The signer on the right; the optional "Mengetahui," block on the left, names on one line."""

    def __init__(
        self, plan: Plan, options: PdfOptions, left: float, right: float, verification: str = "", *, field: bool = True
    ) -> None:
        """Lay out the blocks; ``field`` is False for a section's block when the electronic signature goes elsewhere."""
        size = 9.5
        self._size = size
        width = min(90 * MM, (right - left) * 0.45)
        profile = plan.profile
        signing = options.signing_date or dt.date.today()
        place = (
            f"{profile.city.strip()}, {format_date_long(signing)}"
            if profile.city.strip()
            else format_date_long(signing)
        )
        self._blocks = [self._block(right - width, width, place, profile.signatory)]
        acknowledger = profile.acknowledger
        if acknowledger is not None and acknowledger.name.strip():
            self._blocks.append(self._block(left, width, "Mengetahui,", acknowledger))
        self._electronic = options.electronic is not None
        self._for_tte = options.for_tte
        self.single = len(self._blocks) == 1
        """Only the signer's block, on the right: other things may stand at its left."""
        self.width = width
        self._image = "" if self._electronic or self._for_tte else options.signature_image
        self._image_size = _image_size(self._image) if self._image else (0, 0)
        self._qr = _qr_modules(verification) if self._electronic and field else []
        self._space = ELECTRONIC_SPACE if self._electronic or self._for_tte else SIGNATURE_SPACE
        self._width = width
        self._space_top = max(len(block[1]) for block in self._blocks) * size * LEADING + 2.0
        below = max(len(block[2]) for block in self._blocks) * size * LEADING
        self.height = self._space_top + self._space + below + 2.0
        self.space_before = 3 * MM

    def field_box(self, top: float) -> tuple[float, float, float, float]:
        """The visible electronic signature's box (x, y, width, height) when the block's top is at ``top``.

        Beside the QR code when the planner signs; for BSrE's applications the whole signature space, centred
        (they draw their own QR code and text in it).
        """
        if self._for_tte:
            width = min(TTE_FIELD_WIDTH, self._width)
            x = self._blocks[0][0] + (self._width - width) / 2
            return (x, top + self._space_top + (self._space - QR_SIZE) / 2, width, QR_SIZE)
        x = self._blocks[0][0] + QR_SIZE + QR_GAP
        return (x, top + self._space_top + (self._space - QR_SIZE) / 2, self._blocks[0][0] + self._width - x, QR_SIZE)

    def _block(
        self, x: float, width: float, first: str, signer: Signatory
    ) -> tuple[float, list[tuple[str, Face]], list[tuple[str, Face]]]:
        size = self._size
        above = [(line, Face.REGULAR) for line in _wrap(first, Face.REGULAR, size, width)]
        for text in (signer.authority.strip(), f"{signer.title.strip().rstrip(',')},"):
            if text and text != ",":
                above += [(line, Face.REGULAR) for line in _wrap(text, Face.REGULAR, size, width)]
        below = [(line, Face.BOLD) for line in _wrap(signer.name.strip(), Face.BOLD, size, width)]
        if signer.rank.strip():
            below.append((signer.rank.strip(), Face.REGULAR))
        digits = "".join(ch for ch in signer.nip if ch.isdigit())
        if digits:
            below.append((f"NIP. {format_nip(digits)}", Face.REGULAR))
        return (x, above, below)

    def draw(self, top: float, out: PageDrawing) -> None:
        size, leading = self._size, self._size * LEADING
        for number, (x, above, below) in enumerate(self._blocks):
            centre = x + self._width / 2
            for index, (line, face) in enumerate(above):
                out.texts.append(_text(centre, top + ASCENT * size + index * leading, line, face, size, align="center"))
            y = top + self._space_top + self._space + ASCENT * size
            for index, (line, face) in enumerate(below):
                underline = face is Face.BOLD
                out.texts.append(
                    _text(centre, y + index * leading, line, face, size, align="center", underline=underline)
                )
            if number == 0 and self._image:
                image_width, image_height = self._image_size
                height = SIGNATURE_SPACE + 4.0
                width = min(height * image_width / image_height, self._width)
                height = width * image_height / image_width
                image_top = top + self._space_top + (SIGNATURE_SPACE - height) / 2
                out.pictures.append(Picture(centre - width / 2, image_top, width, height, self._image))
            if number == 0 and self._qr:
                module = QR_SIZE / len(self._qr)
                qr_top = top + self._space_top + (self._space - QR_SIZE) / 2
                out.boxes.extend(
                    Box(x + start * module, qr_top + row * module, (end - start) * module, module, BLACK)
                    for row, runs in enumerate(self._qr)
                    for start, end in runs
                )


def _qr_modules(text: str) -> list[list[tuple[int, int]]]:
    """The dark modules of a QR code of ``text``, as runs [start, end) per row (one box per run, not per module)."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    # Level L: the text is some 350 letters, and larger modules scan better from paper than more redundancy.
    code = QRCode(None, QRErrorCorrectLevel.L)
    code.addData(text)
    code.make()
    rows: list[list[tuple[int, int]]] = []
    for modules in code.modules:
        runs: list[tuple[int, int]] = []
        start = None
        for column, dark in enumerate([*modules, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                runs.append((start, column))
                start = None
        rows.append(runs)
    return rows


# ---- the verification text: the QR code and the PDF's keywords -----------------------------------

VERIFICATION_HEADING = "Jadwal WFO/WFH - Jadwal Kerja ASN"
VERIFICATION_CLOSING = "Periksa keaslian dengan Jadwal Kerja ASN > Periksa PDF"
"""The last line of the QR code's text (ASCII ">" for the menu arrow: every phone's QR reader shows it as it is)."""


def local_time_text(moment: dt.datetime, zone: TimeZone) -> str:
    """``16 April 2024 pukul 10.32 WITA``: ``moment`` in the agency's time zone."""
    local = zone.local(moment)
    return f"{format_date_long(local.date())} pukul {local:%H.%M} {zone.value}"


def _ascii(text: str) -> str:
    """``text`` in plain ASCII, so a phone's QR reader shows it whatever encoding it assumes."""
    text = _printable(text).replace("–", "-").replace("—", "-").replace("›", ">")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def verification_text_for(
    plan: Plan, columns: Sequence[int], document: str, content_hash: str, moment: dt.datetime
) -> str:
    """The QR code's text, short Indonesian lines a phone shows as they are; also the PDF's keywords.

    What the document is, the agency, the period, who signs and when, the document id, the
    content fingerprint, and where to check it. ``read_verification`` reads it back.
    """
    first, last = plan.days[columns[0]], plan.days[columns[-1]]
    signatory = plan.profile.signatory
    signer = signatory.name.strip() + (f", {signatory.title.strip()}" if signatory.title.strip() else "")
    lines = [
        VERIFICATION_HEADING,
        f"Instansi: {_agency_name(plan)}",
        f"Periode: {_range_text(first, last)}",
        f"Ditandatangani: {signer}",
        f"Waktu: {local_time_text(moment, plan.profile.zone)}",
        f"ID dokumen: {document}",
        f"Sidik isi: {content_hash}",
        VERIFICATION_CLOSING,
    ]
    return "\n".join(_ascii(line) for line in lines)


@dataclass(frozen=True, slots=True)
class VerificationText:
    """What a verification text says; ``fields`` holds its labelled lines ("Instansi" → "…")."""

    document_id: str
    content_hash: str
    fields: dict[str, str] = field(default_factory=dict)


def read_verification(text: str) -> VerificationText:
    """The document id, fingerprint and other lines of a verification text, this one's or the older ``JKASN1|…``.

    Raises:
        ValueError: the text is not one the planner wrote.
    """
    stripped = text.strip()
    if stripped.startswith(VERIFICATION_PREFIX + "|"):
        document, content_hash = parse_verification_text(stripped)
        return VerificationText(document, content_hash)
    fields: dict[str, str] = {}
    for line in stripped.splitlines():
        label, colon, value = line.partition(":")
        if colon:
            fields[label.strip()] = value.strip()
    document, content_hash = fields.get("ID dokumen", ""), fields.get("Sidik isi", "").lower()
    if (
        not stripped.startswith(VERIFICATION_HEADING)
        or not document
        or len(content_hash) != 64
        or any(ch not in "0123456789abcdef" for ch in content_hash)
    ):
        raise ValueError(f"bukan teks verifikasi Jadwal Kerja ASN: {text[:80]!r}")
    return VerificationText(document, content_hash, fields)


# ---- pages --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Margins:
    left: float
    right: float
    top: float
    bottom: float


def _margins(options: PdfOptions) -> _Margins:
    if options.landscape:
        return _Margins(20 * MM, 15 * MM, 12 * MM, 13 * MM)
    return _Margins(25 * MM, 15 * MM, 20 * MM, 18 * MM)


_Placement = tuple[_Element, float]


def _paginate(elements: Sequence[_Element], top: float, bottom: float) -> list[list[_Placement]]:
    """Place elements down the pages: keeps chains together when they fit, repeats table and unit headings."""
    pages: list[list[_Placement]] = [[]]
    y = top
    index = 0

    def start_page() -> None:
        nonlocal y
        pages.append([])
        y = top

    def repeated_for(element: _Element) -> list[_Element]:
        if element.table is None or isinstance(element, _Header) or element.table.header is None:
            return []
        repeated: list[_Element] = [element.table.header]
        if element.heading is not None and element is not element.heading:
            repeated.append(element.heading.continued)
        return repeated

    while index < len(elements):
        end = index
        while end < len(elements) - 1 and elements[end].keep_with_next and not elements[end + 1].new_page:
            end += 1
        chain = elements[index : end + 1]
        first = chain[0]
        if first.new_page and pages[-1]:
            start_page()
        at_top = not pages[-1]
        repeated = repeated_for(first) if at_top else []
        needed = sum(e.height for e in chain) + sum(e.space_before for e in chain[1:])
        needed += (0.0 if at_top else first.space_before) + sum(e.height for e in repeated)
        if y + needed > bottom and not at_top:
            fresh = top + sum(e.height for e in chain) + sum(e.space_before for e in chain[1:])
            fresh += sum(e.height for e in repeated_for(first))
            if fresh <= bottom:
                start_page()
                at_top = True
        for element in chain:
            if pages[-1] and y + element.space_before + element.height > bottom:
                start_page()
            if not pages[-1]:
                for heading in repeated_for(element):
                    pages[-1].append((heading, y))
                    y += heading.height
            else:
                y += element.space_before
            pages[-1].append((element, y))
            y += element.height
        index = end + 1
    return pages


class Schedule:
    """A laid-out schedule: the page size, the document id, and each page's drawing on demand."""

    def __init__(
        self,
        *,
        width: float,
        height: float,
        identifier: str,
        draft: bool,
        pages: Sequence[Sequence[_Placement]],
        title: str,
        margins: tuple[float, float] = (0.0, 0.0),
        fingerprint: str = "",
        electronic: SignatureAppearance | None = None,
        signature_box: SignatureBox | None = None,
        verification: str = "",
        moment: dt.datetime | None = None,
    ) -> None:
        """Hold the placed elements; ``page`` draws one page when asked (so 200 pages never sit in memory)."""
        self.width = width
        self.height = height
        self.document_id = identifier
        self.draft = draft
        self.title = title
        self.fingerprint = fingerprint
        """The content's SHA-256 (``planner.domain.fingerprint``)."""
        self.verification = verification
        """The QR code's text, also in the PDF's keywords (``verification_text_for``)."""
        self.moment = moment
        """When the schedule was laid out (``PdfOptions.now``): its creation date, and the signing time shown."""
        self.electronic = electronic
        self.signature_box = signature_box
        """Where the visible electronic signature goes; None unless ``electronic``."""
        self._left, self._right = margins
        self._pages = [list(page) for page in pages]

    @property
    def page_count(self) -> int:
        """Number of pages."""
        return len(self._pages)

    def page(self, index: int) -> PageDrawing:
        """The items of page ``index`` (0-based), footer and draft mark included."""
        drawing = PageDrawing()
        if self.draft:
            angle = math.atan2(self.height, self.width)
            size = 0.5 * math.hypot(self.width, self.height) / _measure("DRAF", Face.BOLD, 1.0)
            width = _measure("DRAF", Face.BOLD, size)
            # Centre the word on the diagonal: its baseline starts half its length before the middle,
            # lowered by a third of its height so the letters, not the baseline, sit on the centre.
            x = self.width / 2 - math.cos(angle) * width / 2 + math.sin(angle) * size / 3
            y = self.height / 2 + math.sin(angle) * width / 2 + math.cos(angle) * size / 3
            drawing.watermark.append(Text(x, y, "DRAF", Face.BOLD, size, width, "#000000", angle=math.degrees(angle)))
            mark = _text(self.width / 2, 6 * MM + 10.5, DRAFT_MARK, Face.BOLD, 10.0, align="center")
            drawing.boxes.append(Box(mark.x - 6.0, 6 * MM, mark.width + 12.0, 15.0, "#FFFFFF", 1.0))
            drawing.texts.append(mark)
        for element, top in self._pages[index]:
            element.draw(top, drawing)
        footer = self.height - 7 * MM
        left, right = self._left, self.width - self._right
        drawing.texts.append(_text(left, footer, f"ID dokumen {self.document_id}", Face.REGULAR, 7.5))
        if self.width > 500:  # the narrow picture to share has room for the id only
            drawing.texts.append(_text((left + right) / 2, footer, self.title, Face.ITALIC, 7.5, align="center"))
            page_text = f"Halaman {index + 1} dari {self.page_count}"
            drawing.texts.append(_text(right, footer, page_text, Face.REGULAR, 7.5, align="right"))
        if self.electronic is not None:
            notice = BSRE_FOOTER if self.electronic.bsre else INTERNAL_FOOTER
            lines = _wrap(notice + ".", Face.ITALIC, 7.0, right - left)
            for number, line in enumerate(reversed(lines), start=1):
                baseline = footer - number * 9.0
                drawing.texts.append(_text((left + right) / 2, baseline, line, Face.ITALIC, 7.0, align="center"))
        return drawing

    def staff_rows_on(self, index: int) -> int:
        """Staff rows drawn on page ``index``, for progress."""
        return sum(element.rows for element, _ in self._pages[index])


def layout_schedule(
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: PdfOptions | None = None,
    *,
    progress: Progress | None = None,
) -> Schedule:
    """Check the plan and lay out every page of its printed schedule.

    Args:
        plan: The plan; it is only read, and must not change while this runs.
        circular: The plan's circular.
        calendar: The national calendar for the plan's years (the plan's own days off are added).
        options: Paper, orientation, sections, LAMPIRAN, signing date, draft.
        progress: Called with (staff laid out, staff count).

    Raises:
        PlannerError: bad input (see ``check_input``).
        ScheduleRefused: validation errors without ``options.draft``.
    """
    options = options or PdfOptions()
    register_fonts()
    validator = Validator(plan, circular, calendar)
    check_input(plan, validator, options)
    roster = plan.roster
    width, height = options.page_size
    margins = _margins(options)
    columns = _working_columns(plan, validator)
    share = options.share
    if share is not None:
        options = dataclasses.replace(options, draft=validator.errors > 0, per_unit=False)
        columns = [
            c
            for c in columns
            if (share.first is None or plan.days[c] >= share.first)
            and (share.last is None or plan.days[c] <= share.last)
        ]
        if not columns:
            raise PlannerError("tidak ada hari kerja pada minggu atau rentang yang dipilih")
        width, height, margins = _share_page(plan, columns)
    left, right = margins.left, width - margins.right
    tables_template = _plan_tables(plan, columns, left, right - left, names_only=share is not None)
    size = tables_template[0].size
    total = len(roster.staff)

    people: list[_Person] = []
    name_width = tables_template[0].widths[1] - 2 * PAD
    position_width = tables_template[0].widths[3] - 2 * PAD
    rank_width = tables_template[0].widths[4] - 2 * PAD
    order = _display_order(plan, validator)
    mixed = _units_mixing_categories(plan, order)
    sections = _sections(plan, order, options.per_unit or share is not None)
    # Each section is numbered from 1: a unit's page can be handed out on its own.
    numbered = [
        (number, row) for _, units in sections for number, row in enumerate((r for _, rs in units for r in rs), 1)
    ]

    def lines(text: str, width: float) -> list[str]:
        return _clipped(_wrap(text, Face.REGULAR, size, width), MAX_CELL_LINES, Face.REGULAR, size, width)

    for done, (number, row) in enumerate(numbered, start=1):
        member = roster.staff[row]
        name = lines(member.name, name_width) or [""]
        category = roster.category_of(member)
        if member.unit in mixed and category is not roster.units[member.unit].category:
            name.append(f"({category.label.lower()})")
        position = lines(member.position, position_width) if position_width > 0 else []
        rank = lines(member.rank, rank_width) if rank_width > 0 else []
        people.append(_Person(row, number, name, format_nip(member.nip), position, rank))
        if progress is not None and done % 200 == 0:
            progress(done, total)
    person_of_row = {person.row: person for person in people}

    remote_label = "WFH/WFA" if any(_allows_wfa(circular, plan.days[c]) for c in columns) else "WFH"
    working = [
        bytes(validator.is_working(row, column) for column in range(len(plan.days))) for row in range(len(roster.staff))
    ]
    marked = _marked_cells(validator, plan, columns) if options.draft else {}
    no_marks: frozenset[int] = frozenset()
    identifier, content_hash = document_id(plan), plan_fingerprint(plan)
    moment = options.now or dt.datetime.now(dt.UTC)
    verification = verification_text_for(plan, columns, identifier, content_hash, moment)
    members = _group_sizes(plan, validator)

    elements: list[_Element] = []
    first_day, last_day = plan.days[columns[0]], plan.days[columns[-1]]
    period = _range_text(first_day, last_day)
    if share is None:
        letterhead = _Letterhead(plan, left, right)
        if not letterhead.empty:
            elements.append(letterhead)
        if options.attachment is not None:
            elements.append(_AttachmentBlock(options.attachment, right, min(105 * MM, (right - left) * 0.5)))
        elements.append(
            _Paragraphs([(TITLE, Face.BOLD, 11.0, "center")], left, right, space_before=2 * MM, keep_with_next=True)
        )
        if not options.per_unit:
            period += f"    Unit kerja: {_agency_name(plan)}"
        info = [("Dasar", f"{circular.name} tentang {circular.title}"), ("Periode", period)]
        elements.append(_LabelledLines(info, left, right))
    else:
        unit_name = roster.units[share.unit].name if share.unit is not None else _agency_name(plan)
        elements.append(
            _Paragraphs(
                [("Jadwal WFO/WFH", Face.BOLD, 11.0, "left"), (unit_name, Face.BOLD, 10.0, "left")],
                left,
                right,
                keep_with_next=True,
            )
        )
        info = [("Tanggal", period), ("Sesuai", circular.name), ("Instansi", _agency_name(plan))]
        elements.append(_LabelledLines(info, left, right))
    shown_rows = None
    if share is not None:
        shown_rows = [
            row
            for unit_id, rows in order
            if share.unit is None or roster.ancestor_at(unit_id, 0) == share.unit
            for row in rows
        ]
    notes = _limit_notes(plan, circular, columns, validator, shown_rows) + _days_left_out(plan, validator, columns)

    def table_elements(units: list[tuple[UnitId, list[int]]], closing_agency: bool) -> list[_Element]:
        out: list[_Element] = []
        groups_closing = _groups_closing(validator, units)
        for template in tables_template:
            table = template.copy()
            table.header = _Header(table, plan)
            if template.caption:
                caption = _Paragraphs(
                    [(template.caption, Face.ITALIC, 8.0, "left")],
                    left,
                    right,
                    space_before=2 * MM,
                    keep_with_next=True,
                )
                out.append(caption)
            else:
                out.append(_Spacer(2 * MM))
            out.append(table.header)
            for unit_id, rows in units:
                heading = _UnitRow(table, " › ".join(roster.path(unit_id)))
                out.append(heading)
                for row in rows:
                    staff_row = _StaffRow(
                        table, person_of_row[row], plan.row_bytes(row), working[row], marked.get(row, no_marks)
                    )
                    staff_row.heading = heading
                    out.append(staff_row)
                    # A recap of the only quota group would repeat the agency's: only the agency's is printed.
                    closing = groups_closing.get(row, ()) if len(members) > 1 or not closing_agency else ()
                    if closing:
                        staff_row.keep_with_next = True
                    for group in closing:
                        totals = _Totals(table, _group_source(plan, validator, group, members), validator, remote_label)
                        totals.heading = heading
                        out.append(totals)
            if closing_agency:
                out.append(_Totals(table, agency_source, validator, remote_label))
        return out

    agency_source = _TotalsSource(None, ("Rekap seluruh instansi", f"{len(roster.staff)} pegawai"))
    signature_blocks: list[_Signatures] = []

    def duty_elements(edge: float) -> list[_Element]:
        if not circular.obligations:
            return []
        heading = _Paragraphs(
            [(f"Ketentuan {circular.name} yang wajib dilaksanakan:", Face.BOLD, 8.0, "left")],
            left,
            edge,
            space_before=1.5 * MM,
            keep_with_next=True,
        )
        items = [
            _NumberedItem(number, obligation, left, edge) for number, obligation in enumerate(circular.obligations, 1)
        ]
        return [heading, *items]

    def closing(*, duties: bool, last: bool) -> list[_Element]:
        legend = _Legend(left, right, notes, options.draft)
        stacked: list[_Element] = [legend, *(duty_elements(right) if duties else [])]
        signatures = _Signatures(plan, options, left, right, verification, field=last)
        signature_blocks.append(signatures)
        if not signatures.single:
            return [*stacked, signatures]
        # Legend and duties at the left of the signature block, narrower, when they stay about as high.
        narrow = right - signatures.width - 8 * MM
        beside: list[_Element] = [_Legend(left, narrow, notes, options.draft)]
        if duties:
            beside.extend(duty_elements(narrow))
        together = _Beside(beside, signatures)
        if together.height <= signatures.height * 1.6:
            return [together]
        return [*stacked, signatures]

    if share is not None:
        chosen = [
            (unit_id, rows)
            for unit_id, rows in order
            if share.unit is None or roster.ancestor_at(unit_id, 0) == share.unit
        ]
        if not chosen:
            raise PlannerError("unit yang dipilih tidak mempunyai pegawai di rencana ini")
        elements.extend(table_elements(chosen, closing_agency=False))
        elements.append(_Legend(left, right, notes, options.draft))
    elif options.per_unit:
        for index, (section_title, units) in enumerate(sections):
            elements.append(
                _Paragraphs(
                    [(f"Unit kerja: {section_title}", Face.BOLD, 10.0, "left")],
                    left,
                    right,
                    space_before=2 * MM,
                    keep_with_next=True,
                    new_page=index > 0,
                )
            )
            section = table_elements(units, closing_agency=False)
            section.extend(closing(duties=False, last=False))
            _keep_signature_with_last_rows(section)
            elements.extend(section)
        elements.append(
            _Paragraphs(
                [("Rekap seluruh instansi", Face.BOLD, 10.0, "left")],
                left,
                right,
                space_before=2 * MM,
                keep_with_next=True,
                new_page=True,
            )
        )
        for template in tables_template:
            table = template.copy()
            table.header = _Header(table, plan)
            elements.extend([_Spacer(2 * MM), table.header, _Totals(table, agency_source, validator, remote_label)])
        elements.extend(closing(duties=True, last=True))
    else:
        body = table_elements(order, closing_agency=True)
        body.extend(closing(duties=True, last=True))
        _keep_signature_with_last_rows(body)
        elements.extend(body)

    pages = _paginate(elements, margins.top, height - margins.bottom)
    if share is not None:
        # One page as tall as what it holds.
        used = max(top + element.height for page in pages for element, top in page)
        height = used + margins.bottom + 4 * MM
    signature_box = None
    if options.electronic is not None or options.for_tte:
        final = signature_blocks[-1]
        page, top = next(
            (i, top)
            for i, page in enumerate(pages)
            for element, top in page
            if element is final or (isinstance(element, _Beside) and element.holds(final))
        )
        signature_box = SignatureBox(page, *final.field_box(top))
    if progress is not None:
        progress(total, total)
    return Schedule(
        width=width,
        height=height,
        identifier=identifier,
        draft=options.draft,
        pages=pages,
        title=plan.name,
        margins=(margins.left, margins.right),
        fingerprint=content_hash,
        electronic=options.electronic,
        signature_box=signature_box,
        verification=verification,
        moment=moment,
    )


class _Spacer(_Element):
    """Vertical space that disappears at the top of a page."""

    def __init__(self, height: float) -> None:
        self.space_before = height
        self.keep_with_next = True

    def draw(self, top: float, out: PageDrawing) -> None:
        """Nothing to draw."""


def _keep_signature_with_last_rows(elements: list[_Element]) -> None:
    """Chain everything from the last staff row to the signature, so the signature never stands alone."""
    for element in reversed(elements[:-1]):
        element.keep_with_next = True
        if isinstance(element, _StaffRow):
            break


def _display_order(plan: Plan, validator: Validator) -> list[tuple[UnitId, list[int]]]:
    """Units in roster order, each with its staff rows grouped by quota group; units without staff left out."""
    by_unit: dict[UnitId, list[int]] = {}
    for row, member in enumerate(plan.roster.staff):
        by_unit.setdefault(member.unit, []).append(row)
    order = []
    for unit_id in plan.roster.units:
        rows = by_unit.get(unit_id)
        if rows:
            first_seen: dict[int, int] = {}
            for position, row in enumerate(rows):
                first_seen.setdefault(validator.group_of(row), position)
            rows = sorted(rows, key=lambda row: first_seen[validator.group_of(row)])
            order.append((unit_id, rows))
    return order


def _units_mixing_categories(plan: Plan, order: list[tuple[UnitId, list[int]]]) -> set[UnitId]:
    """Units whose staff belong to more than one service category: the rows outside the unit's own say which."""
    roster = plan.roster
    return {unit_id for unit_id, rows in order if len({roster.category_of(roster.staff[row]) for row in rows}) > 1}


def _sections(
    plan: Plan, order: list[tuple[UnitId, list[int]]], per_unit: bool
) -> list[tuple[str, list[tuple[UnitId, list[int]]]]]:
    """One untitled section for the whole agency, or one per top-level unit."""
    if not per_unit:
        return [("", order)]
    roster = plan.roster
    sections: dict[UnitId, list[tuple[UnitId, list[int]]]] = {}
    for unit_id, rows in order:
        sections.setdefault(roster.ancestor_at(unit_id, 0), []).append((unit_id, rows))
    return [(roster.units[top].name, units) for top, units in sections.items()]


def _groups_closing(validator: Validator, order: list[tuple[UnitId, list[int]]]) -> dict[int, list[int]]:
    """For each staff row, the quota groups whose last printed member it is (their totals follow it)."""
    last: dict[int, int] = {}
    for _, rows in order:
        for row in rows:
            last[validator.group_of(row)] = row
    closing: dict[int, list[int]] = {}
    for group, row in last.items():
        closing.setdefault(row, []).append(group)
    return {row: sorted(groups) for row, groups in closing.items()}


def _group_sizes(plan: Plan, validator: Validator) -> dict[int, int]:
    """Staff in each quota group, counted in one pass over the staff."""
    sizes: dict[int, int] = {}
    for row in range(len(plan.roster.staff)):
        group = validator.group_of(row)
        sizes[group] = sizes.get(group, 0) + 1
    return sizes


def _group_source(plan: Plan, validator: Validator, group: int, sizes: dict[int, int]) -> _TotalsSource:
    quota_group = validator.groups[group]
    caption = (
        f"Rekap {plan.roster.units[quota_group.unit].name}",
        f"{quota_group.category.label}, {sizes.get(group, 0)} pegawai",
    )
    return _TotalsSource(group, caption)


def _limit_notes(
    plan: Plan, circular: Circular, columns: Sequence[int], validator: Validator, rows: Iterable[int] | None = None
) -> list[str]:
    """The remote limit of each category on the plan (or of ``rows``), said once: "Batas jarak jauh: …"."""
    if rows is None:
        shown = {group.category for group in validator.groups}
    else:
        shown = {validator.groups[validator.group_of(row)].category for row in rows}
    categories = sorted(shown, key=lambda category: list(Category).index(category))
    parts = [f"{category.label}: {_limit_text(plan, circular, category, columns)}" for category in categories]
    if not parts:
        return []
    return ["Batas jarak jauh per hari (bingkai tebal pada % = melampaui batas) — " + "; ".join(parts) + "."]


def _limit_text(plan: Plan, circular: Circular, category: Category, columns: Sequence[int]) -> str:
    """The category's remote limit on the days, in words; several limits name their dates."""
    runs: list[tuple[str, dt.date, dt.date]] = []
    for column in columns:
        day = plan.days[column]
        period = circular.period_on(day)
        if period is None:
            text = "di luar masa berlaku: WFO 100 %"
        else:
            text = describe_rule(period.rules.get(category), period.remote_codes)
        if runs and runs[-1][0] == text:
            runs[-1] = (text, runs[-1][1], day)
        else:
            runs.append((text, day, day))
    distinct = {text for text, _, _ in runs}
    if len(distinct) == 1:
        limit = runs[0][0]
    else:
        limit = "; ".join(f"{text} ({_range_text(first, last)})" for text, first, last in runs)
    if plan.policy.remote_cap_percent is not None:
        limit += f"; kebijakan instansi: paling banyak {plan.policy.remote_cap_percent} %"
    return limit


def _allows_wfa(circular: Circular, day: dt.date) -> bool:
    period = circular.period_on(day)
    return period is not None and Status.WFA in period.remote_statuses


def _marked_cells(validator: Validator, plan: Plan, columns: Sequence[int]) -> dict[int, frozenset[int]]:
    """Cells (row → columns) that take part in an error, framed in a draft."""
    marked: dict[int, set[int]] = {}
    for row in range(len(plan.roster.staff)):
        for column in columns:
            if any(v.severity is Severity.ERROR for v in validator.cell_violations(row, column)):
                marked.setdefault(row, set()).add(column)
    return {row: frozenset(found) for row, found in marked.items()}


def _agency_name(plan: Plan) -> str:
    """The agency as named in the letterhead's last line, else the plan's name."""
    lines = [line.strip() for line in plan.profile.letterhead if line.strip()]
    return lines[-1] if lines else plan.name


def _days_left_out(plan: Plan, validator: Validator, columns: Sequence[int]) -> list[str]:
    """A note naming the holidays and days off inside the range that have no column."""
    shown = set(columns)
    named = []
    for column, day in enumerate(plan.days):
        if column in shown:
            continue
        day_off = validator.calendar.day_off(day)
        if day_off is not None and day_off.kind is not DayOffKind.WEEKEND:
            named.append(f"{format_date_long(day)} ({day_off.name})")
    if not named:
        return []
    return ["Tidak dicantumkan karena bukan hari kerja: " + "; ".join(named) + "."]


# ---- writing the PDF ----------------------------------------------------------------------------


def write_schedule_pdf(
    path: Path,
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: PdfOptions | None = None,
    *,
    progress: Progress | None = None,
) -> Schedule:
    """Lay out the schedule and write it to ``path`` as a PDF with its fonts embedded.

    The file is written beside ``path`` under a temporary name and renamed over it when
    complete, so a failure (or a progress callback that raises to cancel) leaves no
    half-written PDF and an existing file unchanged.

    Args:
        path: The PDF to write.
        plan: The plan; it is only read, and must not change while this runs.
        circular: The plan's circular.
        calendar: The national calendar for the plan's years.
        options: How to print; the defaults are F4 landscape, one table, signed today.
        progress: Called with (done, total): the first half of ``total`` is the layout, the
            second the pages drawn. It may raise to cancel.

    Returns:
        The laid-out schedule (page count, document id).

    Raises:
        PlannerError: bad input, or the file cannot be written.
        ScheduleRefused: validation errors without ``options.draft``.
    """
    staff = max(1, len(plan.roster.staff))

    def layout_progress(done: int, _total: int) -> None:
        if progress is not None:
            progress(done, 2 * staff)

    settings = options or PdfOptions()
    schedule = layout_schedule(plan, circular, calendar, settings, progress=layout_progress)
    with replacing(path) as temporary, temporary.open("wb") as stream:
        _render(stream, schedule, plan, circular, progress)
    if progress is not None:
        progress(2 * staff, 2 * staff)
    return schedule


def write_schedule_pdf_to(
    stream: BinaryIO, plan: Plan, circular: Circular, calendar: WorkCalendar, options: PdfOptions | None = None
) -> Schedule:
    """Lay out the schedule and write the PDF into ``stream`` (for pictures rendered in memory)."""
    schedule = layout_schedule(plan, circular, calendar, options or PdfOptions())
    _render(stream, schedule, plan, circular, None)
    return schedule


def _render(stream: BinaryIO, schedule: Schedule, plan: Plan, circular: Circular, progress: Progress | None) -> None:
    """Draw every page of ``schedule`` into ``stream`` as a PDF/A-2b document."""
    from reportlab.pdfgen.canvas import Canvas

    staff = max(1, len(plan.roster.staff))
    drawn_rows = [schedule.staff_rows_on(index) for index in range(schedule.page_count)]
    all_rows = max(1, sum(drawn_rows))
    # The initial font is ours: reportlab's default, Helvetica, would be listed but not embedded.
    canvas = Canvas(
        stream,
        pagesize=(schedule.width, schedule.height),
        pageCompression=1,
        invariant=1,
        initialFontName=Face.REGULAR.value,  # type: ignore[arg-type]  # the stub says float; it is a name
        initialFontSize=8,
    )
    info = _ArchiveInfo(
        title=f"{TITLE} — {_printable(plan.name)}",
        author=_printable(_agency_name(plan)),
        subject=circular.name,
        keywords=schedule.verification,
        created=plan.profile.zone.local(schedule.moment or dt.datetime.now(dt.UTC)),
    )
    canvas.setTitle(info.title)
    canvas.setSubject(info.subject)
    canvas.setAuthor(info.author)
    canvas.setCreator(CREATOR)
    canvas.setKeywords(info.keywords)
    _make_archival(canvas, info)
    done = 0
    for index in range(schedule.page_count):
        _draw_page(canvas, schedule.page(index), schedule.height)
        canvas.showPage()
        done += drawn_rows[index]
        if progress is not None:
            progress(staff + round(staff * done / all_rows), 2 * staff)
    canvas.save()


CREATOR = "Jadwal Kerja ASN"
LANGUAGE = "id-ID"


@dataclass(frozen=True, slots=True)
class _ArchiveInfo:
    """What the document information dictionary and the XMP metadata both say (PDF/A wants them equal)."""

    title: str
    author: str
    subject: str
    keywords: str
    created: dt.datetime
    """Aware, in the agency's time zone."""


class _LocalTimeStamp:
    """reportlab's ``TimeStamp`` interface for a given moment, so the Info dates carry the agency's offset."""

    def __init__(self, moment: dt.datetime) -> None:
        offset = moment.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(moment.timetuple())[:6]
        self.dhh, self.dmm = divmod(minutes, 60)
        self.tzname = moment.tzname() or ""


def _make_archival(canvas: Canvas, info: _ArchiveInfo) -> None:
    """Turn the document being drawn into PDF/A-2b: dates, language, XMP metadata and the sRGB output intent.

    reportlab writes every font embedded (TrueType subsets with a single cmap), no encryption and
    a file ID; the rest is added here through its document objects. Transparency (the draft mark)
    is allowed in PDF/A-2 and the sRGB output intent covers its DeviceRGB colours.
    """
    from reportlab.pdfbase import pdfdoc

    # reportlab has no public API for the catalog's entries or the dates it writes: its document object is used.
    document = canvas._doc  # type: ignore[attr-defined]
    document._timeStamp = _LocalTimeStamp(info.created)
    producer = str(document.info.producer)
    catalog = document.Catalog
    catalog.Lang = pdfdoc.PDFString(LANGUAGE)

    class PlainStream(pdfdoc.PDFStream):
        """A stream without any /Filter: PDF/A wants the metadata readable as it is.

        reportlab writes ``/Filter []`` for an empty list of filters, so the document's default is set aside instead.
        """

        def format(self, document: Any) -> bytes:
            saved, document.defaultStreamFilters = document.defaultStreamFilters, None
            try:
                return bytes(super().format(document))
            finally:
                document.defaultStreamFilters = saved

    metadata = PlainStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}),
        _xmp(info, producer).encode("utf-8"),
    )
    catalog.Metadata = metadata
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), srgb_profile())
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "RegistryName": pdfdoc.PDFString("http://www.color.org"),
            "DestOutputProfile": document.Reference(profile),
        }
    )
    # The catalog writes only the entries it knows; OutputIntents is added to this one document's list.
    known = list(catalog.__NoDefault__)
    catalog.__NoDefault__ = [*known, "OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])


def srgb_profile() -> bytes:
    """An ICC sRGB profile (LittleCMS through Pillow) with its creation date and ID zeroed, so it is always the same."""
    from PIL import ImageCms  # noqa: PLC0415 - Pillow comes with reportlab; paid only when a PDF is written

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[24:36] = bytes(12)  # creation date and time
    data[84:100] = bytes(16)  # profile ID: zero means "not computed", valid in ICC v4
    return bytes(data)


def _xmp_date(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _xmp(info: _ArchiveInfo, producer: str) -> str:
    """The XMP packet: Dublin Core title, creator, description and language, dates, producer, PDF/A-2b claim."""
    date = _xmp_date(info.created)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <pdf:Producer>{escape(producer)}</pdf:Producer>
   <pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _draw_page(canvas: Canvas, drawing: PageDrawing, height: float) -> None:
    """Draw one page's items; state changes are grouped because 100,000 cells must draw in seconds."""
    fills: dict[str, list[Box]] = {}
    frames: dict[float, list[Box]] = {}
    for box in drawing.boxes:
        if box.fill is not None:
            fills.setdefault(box.fill, []).append(box)
        if box.line > 0:
            frames.setdefault(box.line, []).append(box)
    for colour, boxes in fills.items():
        canvas.setFillColor(colour)
        for box in boxes:
            canvas.rect(box.x, height - box.y - box.height, box.width, box.height, stroke=0, fill=1)
    canvas.setStrokeColor(BLACK)
    for width, boxes in frames.items():
        canvas.setLineWidth(width)
        for box in boxes:
            canvas.rect(box.x, height - box.y - box.height, box.width, box.height, stroke=1, fill=0)
    strokes: dict[tuple[float, str], list[tuple[float, float, float, float]]] = {}
    for lines in drawing.lines:
        strokes.setdefault((lines.width, lines.colour), []).extend(
            (x1, height - y1, x2, height - y2) for x1, y1, x2, y2 in lines.segments
        )
    for text in drawing.texts:
        if text.underline:
            line_y = text.y + 0.15 * text.size
            strokes.setdefault((0.06 * text.size, text.colour), []).append(
                (text.x, height - line_y, text.x + text.width, height - line_y)
            )
    for (width, colour), segments in strokes.items():
        canvas.setLineWidth(width)
        canvas.setStrokeColor(colour)
        canvas.lines(segments)
    runs: dict[tuple[Face, float, str], list[Text]] = {}
    for text in drawing.texts:
        runs.setdefault((text.face, text.size, text.colour), []).append(text)
    for (face, size, colour), texts in runs.items():
        canvas.setFillColor(colour)
        block = canvas.beginText()
        block.setFont(face.value, size)
        # What reportlab's textOut does, without moving a cursor nobody reads and with each string's operators
        # formatted once: a page holds thousands of "WFO". A result is reused only while the font subset it was
        # formatted in is current (the operators then hold no font change), so the bytes are the same as textOut's.
        formatted: dict[tuple[str, object], str] = {}
        internals: Any = block  # reportlab's own operator list and formatter, as its textOut uses them
        code = internals._code
        for text in texts:
            block.setTextOrigin(text.x, height - text.y)
            key = (text.text, internals._curSubset)
            operators = formatted.get(key)
            if operators is None:
                operators = internals._formatText(text.text)
                if internals._curSubset == key[1]:
                    formatted[key] = operators
            code.append(operators)
        canvas.drawText(block)
    for picture in drawing.pictures:
        canvas.drawImage(
            picture.path,
            picture.x,
            height - picture.y - picture.height,
            picture.width,
            picture.height,
            mask="auto",
        )
    for mark in drawing.watermark:
        canvas.saveState()
        canvas.setFillColor(mark.colour)
        canvas.setFillAlpha(WATERMARK_OPACITY)
        canvas.translate(mark.x, height - mark.y)
        canvas.rotate(mark.angle)
        canvas.setFont(mark.face.value, mark.size)
        canvas.drawString(0, 0, mark.text)
        canvas.restoreState()
