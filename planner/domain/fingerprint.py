"""What a schedule says, as a fingerprint, a snapshot kept at sign-off, and what changed since.

The *content* of a schedule is what its printout states: the circular, the dates, the plan's
own days off, and for every staff member in printed order the NIP, name, unit, category,
position, rank and the status of every day. A blank cell counts, and prints, as WFO, so it is
the same content as a WFO cell: filling blanks with WFO changes nothing a reader of the paper
could see. The plan's name, letterhead, signers and policy are not content.

``fingerprint`` is a SHA-256 of a canonical text of the content: the same content always gives
the same 64 hex digits, on every machine and in every version that keeps ``CONTENT_FORMAT``.
The printed schedule carries it in a QR code and its metadata (``verification_text``), and a
sign-off keeps the content itself (``SignOff``) so ``differences`` can list what changed since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.status import BY_BYTE, Status

CONTENT_FORMAT = "JKASN-isi-1"
"""Names the canonical text that is hashed; a change to that text needs a new name."""
VERIFICATION_PREFIX = "JKASN1"
"""First field of the verification text in the QR code and the PDF metadata."""

_LETTER_OF = {status: status.key_letter for status in Status}
"""One letter per status in a snapshot row; part of the hashed text, so never change one."""
_STATUS_OF_LETTER = {letter: status for status, letter in _LETTER_OF.items()}
_ROW_TABLE = bytes(
    ord(_LETTER_OF[Status.WFO] if status is None else _LETTER_OF[status])
    for status in (*BY_BYTE, *([None] * (256 - len(BY_BYTE))))
)
"""``bytes.translate`` table from a plan's cell bytes to letters; a blank cell becomes WFO's letter."""

UNIT_SEPARATOR = " > "
"""Between unit names in a staff member's unit path, as in the grid file format."""


@dataclass(frozen=True, slots=True)
class StaffEntry:
    """A staff member as printed: who, where, in which category, position and rank."""

    nip: Nip
    name: str
    unit: str
    """The unit path from the top-level unit down: ``Biro Umum > Bagian Rumah Tangga``."""
    category: str
    """The category key in force for the person (their own, else their unit's)."""
    position: str
    rank: str


STAFF_FIELDS = ("name", "unit", "category", "position", "rank")
"""The fields of ``StaffEntry`` besides the NIP, as ``StaffChange.fields`` names them."""


@dataclass(frozen=True, slots=True)
class ScheduleContent:
    """Everything the printed schedule states, with every cell as one letter per day."""

    circular_id: str
    days: tuple[dt.date, ...]
    """Every date of the plan's range, in order."""
    days_off: tuple[tuple[dt.date, str], ...]
    """The plan's own extra days off (date, name), in date order."""
    days_on: tuple[dt.date, ...]
    """National days off the plan made working days, in date order."""
    staff: tuple[StaffEntry, ...]
    rows: tuple[str, ...]
    """One string per staff member (same order), one letter per day; read them with ``status``."""

    def status(self, row: int, column: int) -> Status:
        """The status of staff ``row`` on day ``column`` (a blank cell reads as WFO)."""
        return _STATUS_OF_LETTER[self.rows[row][column]]


def content_of(plan: Plan) -> ScheduleContent:
    """The content of the plan's printed schedule."""
    roster = plan.roster
    staff = tuple(
        StaffEntry(
            nip=member.nip,
            name=member.name,
            unit=UNIT_SEPARATOR.join(roster.path(member.unit)),
            category=roster.category_of(member).key,
            position=member.position,
            rank=member.rank,
        )
        for member in roster.staff
    )
    return ScheduleContent(
        circular_id=plan.circular_id,
        days=plan.days,
        days_off=tuple(sorted(plan.days_added.items())),
        days_on=tuple(sorted(plan.days_removed)),
        staff=staff,
        rows=tuple(row.translate(_ROW_TABLE).decode("ascii") for row in plan.rows()),
    )


def row_from_letters(letters: str) -> str:
    """``letters`` checked to be a snapshot row (read back from a file).

    Raises:
        ValueError: a letter that is no status.
    """
    unknown = set(letters) - _STATUS_OF_LETTER.keys()
    if unknown:
        raise ValueError(f"kode status tidak dikenal dalam cuplikan: {''.join(sorted(unknown))}")
    return letters


def fingerprint(content: ScheduleContent) -> str:
    """The SHA-256 of the content's canonical text, as 64 lowercase hex digits."""
    canonical = [
        CONTENT_FORMAT,
        content.circular_id,
        [day.isoformat() for day in content.days],
        [[day.isoformat(), name] for day, name in content.days_off],
        [day.isoformat() for day in content.days_on],
        [
            [entry.nip, entry.name, entry.unit, entry.category, entry.position, entry.rank, row]
            for entry, row in zip(content.staff, content.rows, strict=True)
        ],
    ]
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan_fingerprint(plan: Plan) -> str:
    """The fingerprint of the plan's printed schedule."""
    return fingerprint(content_of(plan))


def verification_text(document_id: str, content_hash: str) -> str:
    """The short text of the QR code and the PDF metadata: ``JKASN1|3F9A-1C2E|<64 hex digits>``."""
    return f"{VERIFICATION_PREFIX}|{document_id}|{content_hash}"


def parse_verification_text(text: str) -> tuple[str, str]:
    """The document id and fingerprint in a verification text.

    Raises:
        ValueError: the text is not one the planner wrote.
    """
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != VERIFICATION_PREFIX:
        raise ValueError(f"bukan teks verifikasi Jadwal Kerja ASN: {text!r}")
    document_id, content_hash = parts[1], parts[2].lower()
    if len(content_hash) != 64 or any(ch not in "0123456789abcdef" for ch in content_hash) or not document_id:
        raise ValueError(f"bukan teks verifikasi Jadwal Kerja ASN: {text!r}")
    return document_id, content_hash


# ---- sign-off: a revision of the plan recorded as "ditetapkan" ----------------------------------


@dataclass(frozen=True, slots=True)
class SignOff:
    """A signed revision of the plan: who signed, when, with which certificate, and what it said."""

    signed_at: dt.datetime
    """When it was signed, with its time zone."""
    signer: str
    """The certificate holder's name (the certificate's common name)."""
    title: str
    """The position printed in the signature block ("Sekretaris Daerah")."""
    certificate: str
    """Who the certificate names and who issued it, for the record."""
    bsre: bool
    """True when the certificate chain is BSrE's."""
    document_id: str
    fingerprint: str
    content: ScheduleContent


@dataclass(frozen=True, slots=True)
class CellChange:
    """A cell whose status is not what was signed."""

    nip: Nip
    name: str
    day: dt.date
    old: Status
    new: Status


@dataclass(frozen=True, slots=True)
class StaffChange:
    """A staff member still on the plan whose printed details changed."""

    before: StaffEntry
    after: StaffEntry
    fields: tuple[str, ...]
    """Which of ``STAFF_FIELDS`` differ."""


@dataclass(frozen=True, slots=True)
class Differences:
    """Everything in which the current plan differs from a signed revision."""

    circular: tuple[str, str] | None = None
    """(signed, current) circular ids when the circular changed."""
    days_added: tuple[dt.date, ...] = ()
    """Dates in the plan's range now that were not signed."""
    days_removed: tuple[dt.date, ...] = ()
    """Signed dates no longer in the plan's range."""
    calendar_changed: bool = False
    """The plan's own days off or working days changed."""
    staff_added: tuple[StaffEntry, ...] = ()
    staff_removed: tuple[StaffEntry, ...] = ()
    staff_changed: tuple[StaffChange, ...] = ()
    staff_reordered: bool = False
    """The same people, printed in another order."""
    cells: tuple[CellChange, ...] = ()
    """Changed cells of people and dates both versions have, in printed order, then by date."""

    @property
    def empty(self) -> bool:
        """True when the plan still says what was signed."""
        return self == _NO_DIFFERENCES


_NO_DIFFERENCES = Differences()


def differences(signed: ScheduleContent, current: ScheduleContent) -> Differences:
    """What changed from the ``signed`` content to the ``current`` one."""
    signed_staff = {entry.nip: (index, entry) for index, entry in enumerate(signed.staff)}
    current_nips = {entry.nip for entry in current.staff}
    signed_column = {day: index for index, day in enumerate(signed.days)}
    shared_days = [(column, signed_column[day]) for column, day in enumerate(current.days) if day in signed_column]
    added: list[StaffEntry] = []
    changed: list[StaffChange] = []
    cells: list[CellChange] = []
    for row, entry in enumerate(current.staff):
        found = signed_staff.get(entry.nip)
        if found is None:
            added.append(entry)
            continue
        old_row, before = found
        if before != entry:
            fields = tuple(name for name in STAFF_FIELDS if getattr(before, name) != getattr(entry, name))
            changed.append(StaffChange(before, entry, fields))
        old_letters, new_letters = signed.rows[old_row], current.rows[row]
        if old_letters == new_letters and signed.days == current.days:
            continue
        for column, old_column in shared_days:
            if new_letters[column] != old_letters[old_column]:
                cells.append(
                    CellChange(
                        entry.nip,
                        entry.name,
                        current.days[column],
                        signed.status(old_row, old_column),
                        current.status(row, column),
                    )
                )
    removed = tuple(entry for entry in signed.staff if entry.nip not in current_nips)
    kept_signed = [entry.nip for entry in signed.staff if entry.nip in current_nips]
    kept_current = [entry.nip for entry in current.staff if entry.nip in signed_staff]
    current_days = set(current.days)
    return Differences(
        circular=(signed.circular_id, current.circular_id) if signed.circular_id != current.circular_id else None,
        days_added=tuple(day for day in current.days if day not in signed_column),
        days_removed=tuple(day for day in signed.days if day not in current_days),
        calendar_changed=(signed.days_off, signed.days_on) != (current.days_off, current.days_on),
        staff_added=tuple(added),
        staff_removed=removed,
        staff_changed=tuple(changed),
        staff_reordered=kept_signed != kept_current,
        cells=tuple(cells),
    )
