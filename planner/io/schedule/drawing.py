"""What a page is made of: drawing items (text, boxes, lines, pictures), the fonts, and measuring and breaking text.

Every page of the schedule is a list of these items in points from the paper's top-left corner; the PDF
back end (``pdf_output``) and the window's preview and printing (``planner.ui.printing.pdf_export``) both paint them.
Line-breaking is linear in the text: each word and letter is measured once.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from planner.domain.errors import PlannerError
from planner.resources import fonts_folder

if TYPE_CHECKING:
    pass


MM = 72 / 25.4
"""Points per millimetre."""


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


def _image_size(path: str) -> tuple[int, int]:
    from reportlab.lib.utils import ImageReader

    return ImageReader(path).getSize()


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
