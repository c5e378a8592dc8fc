"""The PDF back end: draws the laid-out pages with reportlab as a PDF/A-2b document.

XMP metadata equal to the document information, language id-ID, an sRGB output intent, every font
embedded, and real dates in the agency's time zone from an injectable clock (``PdfOptions.now``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from planner.domain.calendar import (
    WorkCalendar,
)
from planner.domain.circular import Circular
from planner.domain.plan import Plan
from planner.io.atomic import replacing

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
from planner.io.schedule.drawing import BLACK, WATERMARK_OPACITY, Box, Face, PageDrawing, Text, _printable
from planner.io.schedule.elements import _agency_name
from planner.io.schedule.layout import Schedule, layout_schedule
from planner.io.schedule.options import TITLE, PdfOptions, Progress


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
