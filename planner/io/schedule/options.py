"""How the schedule is printed: paper, orientation, sections, LAMPIRAN, draft, signing, the picture to share."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError
from planner.domain.roster import UnitId

if TYPE_CHECKING:
    pass
from planner.io.schedule.drawing import MM

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

    ``planner.io.pades`` sets it from a certificate it has opened and checked, and signs the
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
