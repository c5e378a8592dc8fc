"""The signature block (signer and "Mengetahui"), its QR code and the verification text a phone shows.

This is the printed block only; the cryptography that signs and checks a PDF is ``planner.io.pades``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from planner.domain.calendar import (
    format_date_long,
)
from planner.domain.fingerprint import VERIFICATION_PREFIX, parse_verification_text
from planner.domain.nip import format_nip
from planner.domain.plan import Plan, Signatory
from planner.domain.time_zone import TimeZone

if TYPE_CHECKING:
    pass
from planner.io.schedule.drawing import (
    ASCENT,
    BLACK,
    LEADING,
    MM,
    Box,
    Face,
    PageDrawing,
    Picture,
    _image_size,
    _printable,
    _text,
    _wrap,
)
from planner.io.schedule.elements import _agency_name, _Element, _range_text
from planner.io.schedule.options import PdfOptions

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


UNSET_TITLE = "[jabatan penanda tangan belum diisi]"
UNSET_NAME = "[nama penanda tangan belum diisi]"
"""What a draft prints where the signatory's title and name go when the plan has none yet."""


class _Signatures(_Element):
    """The signer on the right; the optional "Mengetahui," block on the left, names on one line."""

    def __init__(
        self, plan: Plan, options: PdfOptions, left: float, right: float, verification: str = "", *, field: bool = True
    ) -> None:
        """Lay out the blocks; ``field`` is False for a section's block when the electronic signature goes elsewhere."""
        size = 9.0
        self._size = size
        width = min(90 * MM, (right - left) * 0.45)
        profile = plan.profile
        signing = options.signing_date or dt.date.today()
        place = (
            f"{profile.city.strip()}, {format_date_long(signing)}"
            if profile.city.strip()
            else format_date_long(signing)
        )
        signatory = profile.signatory
        if options.draft:  # a draft may be printed before the signatory is chosen: the gap is marked
            signatory = replace(
                signatory,
                title=signatory.title.strip() or UNSET_TITLE,
                name=signatory.name.strip() or UNSET_NAME,
            )
        self._blocks = [self._block(right - width, width, place, signatory)]
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
        self.space_before = 2 * MM

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
