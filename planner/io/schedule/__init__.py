"""The official schedule as a PDF: a naskah dinas for the head of the agency to sign (DOMAIN §6).

The rooms, each named for what it holds:

- ``options``: how to print (paper, orientation, sections, LAMPIRAN, draft, the BSrE field, the picture to share);
- ``drawing``: what a page is made of (text, boxes, lines, pictures), the fonts, measuring and breaking text;
- ``elements``: the page elements (letterhead, title, table rows, recaps, legend, obligations);
- ``signature_block``: the signature block, its QR code and the verification text it carries;
- ``layout``: the layout engine that checks the plan, places the elements and paginates them;
- ``pdf_output``: the PDF back end (reportlab), PDF/A-2b.

The cryptography that signs and checks a PDF is elsewhere: ``planner.io.pades`` and
``planner.io.certificates``. The window's preview and printing paint the same page items with
QPainter (``planner.ui.printing.pdf_export``), so the PDF, the preview and the printout share one layout.
"""

from __future__ import annotations

from planner.io.schedule.drawing import (
    BLACK,
    FONT_FAMILY,
    MM,
    WATERMARK_OPACITY,
    Box,
    Face,
    Lines,
    PageDrawing,
    Picture,
    Text,
    register_fonts,
)
from planner.io.schedule.elements import PRINT_FILLS
from planner.io.schedule.layout import Schedule, check_input, document_id, layout_schedule
from planner.io.schedule.options import (
    BSRE_FOOTER,
    DRAFT_MARK,
    INTERNAL_FOOTER,
    MIN_FONT_SIZE,
    TITLE,
    Attachment,
    Paper,
    PdfOptions,
    Progress,
    ScheduleRefused,
    ShareView,
    SignatureAppearance,
)
from planner.io.schedule.pdf_output import srgb_profile, write_schedule_pdf, write_schedule_pdf_to
from planner.io.schedule.signature_block import (
    SignatureBox,
    VerificationText,
    local_time_text,
    read_verification,
    verification_text_for,
)

__all__ = [
    "BLACK",
    "BSRE_FOOTER",
    "DRAFT_MARK",
    "FONT_FAMILY",
    "INTERNAL_FOOTER",
    "MIN_FONT_SIZE",
    "MM",
    "PRINT_FILLS",
    "TITLE",
    "WATERMARK_OPACITY",
    "Attachment",
    "Box",
    "Face",
    "Lines",
    "PageDrawing",
    "Paper",
    "PdfOptions",
    "Picture",
    "Progress",
    "Schedule",
    "ScheduleRefused",
    "ShareView",
    "SignatureAppearance",
    "SignatureBox",
    "Text",
    "VerificationText",
    "check_input",
    "document_id",
    "layout_schedule",
    "local_time_text",
    "read_verification",
    "register_fonts",
    "srgb_profile",
    "verification_text_for",
    "write_schedule_pdf",
    "write_schedule_pdf_to",
]
