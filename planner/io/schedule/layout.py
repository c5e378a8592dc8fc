"""The page layout engine: checks the input, builds the elements, paginates them with repeated headings.

``layout_schedule`` returns a ``Schedule`` whose pages are drawn on demand, so 200 pages never sit in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.calendar import (
    DayOffKind,
    WorkCalendar,
    format_date_long,
)
from planner.domain.category import Category
from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import plan_fingerprint
from planner.domain.nip import format_nip
from planner.domain.plan import Plan
from planner.domain.policy import Severity
from planner.domain.roster import UnitId
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.domain.wording import describe, describe_rule

if TYPE_CHECKING:
    pass
from planner.io.schedule.drawing import (
    MM,
    Box,
    Face,
    PageDrawing,
    Text,
    _clipped,
    _measure,
    _text,
    _wrap,
    register_fonts,
)
from planner.io.schedule.elements import (
    _STYLES,
    PAD,
    _agency_name,
    _AttachmentBlock,
    _Beside,
    _day_width,
    _Element,
    _fixed_widths,
    _Header,
    _LabelledLines,
    _Legend,
    _Letterhead,
    _NumberedItem,
    _Paragraphs,
    _Person,
    _plan_tables,
    _range_text,
    _Spacer,
    _StaffRow,
    _TextWidths,
    _Totals,
    _TotalsSource,
    _UnitRow,
)
from planner.io.schedule.options import (
    BSRE_FOOTER,
    DRAFT_MARK,
    INTERNAL_FOOTER,
    MAX_CELL_LINES,
    TITLE,
    PdfOptions,
    Progress,
    ScheduleRefused,
    SignatureAppearance,
)
from planner.io.schedule.signature_block import SignatureBox, _Signatures, verification_text_for


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


def check_input(plan: Plan, validator: Validator, options: PdfOptions) -> None:
    """Refuse what cannot make a proper schedule, saying what to fix.

    Raises:
        PlannerError: no staff, no working day in the range, no signatory (but for a draft), or a missing or
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
    if missing and options.share is None and not options.draft:  # a draft marks the gap (signature_block)
        problems.append(
            f"{' dan '.join(missing)} penanda tangan belum diisi — lengkapi penanda tangan di Rencana › Profil "
            "instansi, atau cetak sebagai draf"
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
            f"{format_date_long(v.day)}, {roster.unit_name(v.unit)}: {describe(v, roster)}"
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


def _share_page(plan: Plan, columns: Sequence[int]) -> tuple[float, float, _Margins]:
    """Width, (tall) height and margins of the picture to share: just wide enough for names and the days."""
    style = _STYLES[0]
    widths = _fixed_widths(plan, _TextWidths.of(plan), style.size, 1000.0, names_only=True)
    content = sum(widths) + len(columns) * _day_width(plan, columns, style) * 1.15
    margins = _Margins(8 * MM, 8 * MM, 14 * MM, 12 * MM)  # the draft mark sits 6–11 mm from the top
    return max(content, 110 * MM) + margins.left + margins.right, 20_000.0, margins


@dataclass(frozen=True, slots=True)
class _Margins:
    left: float
    right: float
    top: float
    bottom: float


def _margins(options: PdfOptions) -> _Margins:
    if options.landscape:
        # The draft's mark takes the top 12 mm, the electronic signature's notice 2 mm above the footer: without
        # them the table keeps that room.
        top = 12 * MM if options.draft else 10 * MM
        return _Margins(20 * MM, 15 * MM, top, 13 * MM if options.electronic is not None else 11 * MM)
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
        signature_fields: Sequence[tuple[str, SignatureBox]] = (),
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
        self.signature_fields = tuple(signature_fields)
        """Each signature block's room for a visible electronic signature, with the section it signs ("" for the
        whole schedule, else the unit, and "Rekap seluruh instansi" last): every block's for BSrE's applications
        (``PdfOptions.for_tte``), only the last one's when the planner signs; empty otherwise."""
        self.signature_box = self.signature_fields[-1][1] if self.signature_fields else None
        """Where the (last) visible electronic signature goes; None unless ``electronic`` or ``for_tte``."""
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
    # One moment for both tries below: the creation date and the QR code's time must not differ.
    options = dataclasses.replace(options, now=options.now or dt.datetime.now(dt.UTC))
    schedule = _arrange(plan, circular, validator, options, progress, compact=False)
    if 1 < schedule.page_count <= COMPACT_PAGES and options.share is None and len(plan.roster.staff) <= COMPACT_STAFF:
        compact = _arrange(plan, circular, validator, options, None, compact=True)
        if compact.page_count < schedule.page_count:
            return compact
    return schedule


COMPACT_STAFF = 60
"""Up to this many staff a schedule that takes a few pages is laid out again compactly (``_Table.compact``)."""


COMPACT_PAGES = 3
"""A compact layout is tried when the schedule takes more than one page and at most this many."""


def _arrange(
    plan: Plan,
    circular: Circular,
    validator: Validator,
    options: PdfOptions,
    progress: Progress | None,
    *,
    compact: bool,
) -> Schedule:
    """Lay out every page of a checked plan; ``compact`` takes 7 pt type and tighter rows to save a page."""
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
    tables_template = _plan_tables(plan, columns, left, right - left, names_only=share is not None, compact=compact)
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
        letterhead = _Letterhead(plan, left, right, compact=compact)
        if not letterhead.empty:
            elements.append(letterhead)
        if options.attachment is not None:
            elements.append(_AttachmentBlock(options.attachment, right, min(105 * MM, (right - left) * 0.5)))
        elements.append(
            _Paragraphs([(TITLE, Face.BOLD, 11.0, "center")], left, right, space_before=1.5 * MM, keep_with_next=True)
        )
        if not options.per_unit:
            period += f" — Unit kerja: {_agency_name(plan)}"  # spaces would collapse when the line wraps
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
                out.append(_Spacer(1.5 * MM))
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

    agency_source = _TotalsSource(None, ("Rekap seluruh instansi", _headcount_caption(plan, validator)))
    signature_blocks: list[tuple[str, _Signatures]] = []

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

    def closing(*, duties: bool, last: bool, section: str = "") -> list[_Element]:
        legend = _Legend(left, right, notes, options.draft)
        stacked: list[_Element] = [legend, *(duty_elements(right) if duties else [])]
        signatures = _Signatures(plan, options, left, right, verification, field=last)
        signature_blocks.append((section, signatures))
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
            section.extend(closing(duties=False, last=False, section=section_title))
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
        elements.extend(closing(duties=True, last=True, section="Rekap seluruh instansi"))
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
    signature_fields: list[tuple[str, SignatureBox]] = []
    if options.electronic is not None or options.for_tte:
        # The planner signs once, in the last block; BSrE's applications may sign each section's block.
        for signed_part, block in signature_blocks if options.for_tte else signature_blocks[-1:]:
            page, top = next(
                (i, top)
                for i, page in enumerate(pages)
                for element, top in page
                if element is block or (isinstance(element, _Beside) and element.holds(block))
            )
            signature_fields.append((signed_part, SignatureBox(page, *block.field_box(top))))
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
        signature_fields=signature_fields,
        verification=verification,
        moment=moment,
    )


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
    """Staff each quota group counts (not the non-ASN staff the policy leaves out), in one pass over the staff."""
    sizes: dict[int, int] = {}
    for row in range(len(plan.roster.staff)):
        if validator.counted(row):
            group = validator.group_of(row)
            sizes[group] = sizes.get(group, 0) + 1
    return sizes


def _headcount_caption(plan: Plan, validator: Validator) -> str:
    """The agency's headcount: ``38 pegawai``, or ``38 pegawai (+2 non-ASN tidak dihitung)`` where they are left out."""
    total = len(plan.roster.staff)
    counted = sum(1 for row in range(total) if validator.counted(row))
    return f"{counted} pegawai" + (f" (+{total - counted} non-ASN tidak dihitung)" if counted < total else "")


def _group_source(plan: Plan, validator: Validator, group: int, sizes: dict[int, int]) -> _TotalsSource:
    quota_group = validator.groups[group]
    caption = (
        f"Rekap {plan.roster.unit_name(quota_group.unit)}",
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
    # Categories under the same limit share one entry: the legend stays a line or two beside the signature.
    limits: dict[str, list[str]] = {}
    for category in categories:
        limits.setdefault(_limit_text(plan, circular, category, columns), []).append(category.label)
    parts = [f"{', '.join(labels)}: {limit}" for limit, labels in limits.items()]
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
