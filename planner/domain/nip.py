"""Staff numbers: the PNS NIP, the PPPK number (NI PPPK), and the planner's internal number for non-ASN staff.

A PNS NIP and an NI PPPK are 18 digits (DOMAIN §5). Non-ASN staff (PPNPN, tenaga honorer,
drivers, cleaners) have no NIP; the planner gives each one an **internal number** of the fixed
form ``NA-`` followed by 16 upper-case hexadecimal digits (``NA-3F2A9C0B1D4E5F60``), taken from
a random UUID (``new_internal_number``), so two plans never give the same number to two
people. ``check_nip`` accepts that form only for non-ASN staff (``non_asn=True``), and refuses
an 18-digit NIP for them: the two kinds of number can never be confused.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from dataclasses import dataclass
from typing import NewType

Nip = NewType("Nip", str)
"""Eighteen digits, no spaces, or for non-ASN staff an internal number ``NA-`` + 16 hex digits: the
identity of a staff member on a plan."""

INTERNAL_PREFIX = "NA-"
"""How every internal (non-ASN) number starts."""
_INTERNAL = re.compile(r"^NA-[0-9A-F]{16}$")


def new_internal_number() -> Nip:
    """A fresh internal number for a non-ASN staff member: ``NA-`` and 16 hex digits of a random UUID."""
    return Nip(INTERNAL_PREFIX + uuid.uuid4().hex[:16].upper())


def is_internal_number(text: str) -> bool:
    """True when ``text`` has the form of an internal (non-ASN) number."""
    return text.startswith(INTERNAL_PREFIX) and _INTERNAL.match(text) is not None


class Employment(enum.Enum):
    """Which kind of ASN a number belongs to."""

    PNS = "PNS"
    PPPK = "PPPK"
    NON_ASN = "non-ASN"
    """Not an ASN: PPNPN or tenaga honorer, known by an internal number."""


class NipProblem(enum.Enum):
    """Why a number is refused; the value is the Indonesian explanation."""

    EMPTY = "NIP kosong"
    NOT_DIGITS = "NIP hanya boleh berisi angka (spasi dan titik boleh)"
    SCIENTIFIC = (
        "digit NIP hilang — format kolom NIP sebagai Teks di Excel (angka seperti 1,98E+17 tidak dapat dipulihkan)"
    )
    LENGTH = "NIP harus 18 digit"
    BIRTH_DATE = "8 digit pertama bukan tanggal lahir yang sah (TTTTBBHH)"
    APPOINTMENT_MONTH = "bulan pengangkatan (digit 13–14) harus 01–12"
    APPOINTMENT_FUTURE = "tanggal pengangkatan (digit 9–14) ada di masa depan"
    APPOINTMENT_BEFORE_BIRTH = "tahun pengangkatan lebih awal dari tahun lahir"
    GENDER = "digit jenis kelamin (digit 15) harus 1 (laki-laki) atau 2 (perempuan)"
    SERIAL = "nomor urut (3 digit terakhir) tidak boleh 000"
    INTERNAL_FOR_ASN = "nomor internal (NA-…) hanya untuk pegawai non-ASN"
    NON_ASN_NEEDS_INTERNAL = "pegawai non-ASN memakai nomor internal dari aplikasi (NA- diikuti 16 digit heksadesimal)"


class NipNotice(enum.Enum):
    """Something unusual about a valid number: a warning, never a refusal. The value is the Indonesian text."""

    PPPK_DIGIT_14 = "digit ke-14 NI PPPK biasanya 1; periksa kembali nomor ini"
    """Digit 14 of an NI PPPK is not 1 (its meaning is uncertain, DOMAIN §5)."""


@dataclass(frozen=True, slots=True)
class NipCheck:
    """The result of reading a staff number."""

    digits: str
    employment: Employment | None
    problems: tuple[NipProblem, ...]
    notices: tuple[NipNotice, ...] = ()
    """Warnings about a number that is still accepted."""

    @property
    def ok(self) -> bool:
        """True when the number can be used."""
        return not self.problems

    @property
    def nip(self) -> Nip:
        """The number, when it is valid.

        Raises:
            ValueError: the number has problems.
        """
        if self.problems:
            raise ValueError(self.digits)
        return Nip(self.digits)

    def explain(self) -> str:
        """All problems in one Indonesian sentence, or an empty string."""
        return "; ".join(problem.value for problem in self.problems)


_SEPARATORS = re.compile(r"[\s.]+")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


def check_nip(text: str, *, today: dt.date | None = None, non_asn: bool = False) -> NipCheck:
    """Read a PNS NIP or NI PPPK as typed or imported, and say what is wrong with it.

    Spaces and dots are ignored (``19860926 201505 1 001``). Digit 13 tells the kind: 2 for
    PPPK (birth date, year of appointment, ``2``, one digit whose meaning is uncertain, gender,
    serial), 0 or 1 for PNS (birth date, year and month of first appointment, gender, serial).
    A PPPK digit 14 other than 1 is a notice, never a problem. With ``non_asn`` the number
    must be an internal number (``NA-`` + 16 hex digits); without it, an internal number is
    refused.
    """
    today = today or dt.date.today()
    raw = text.strip()
    if not raw:
        return NipCheck("", None, (NipProblem.EMPTY,))
    internal = raw.upper()
    if non_asn:
        if is_internal_number(internal):
            return NipCheck(internal, Employment.NON_ASN, ())
        return NipCheck(raw, None, (NipProblem.NON_ASN_NEEDS_INTERNAL,))
    if internal.startswith(INTERNAL_PREFIX):
        return NipCheck(raw, None, (NipProblem.INTERNAL_FOR_ASN,))
    if ("e" in raw or "E" in raw) and _SCIENTIFIC.match(raw.replace(" ", "")):
        return NipCheck(raw, None, (NipProblem.SCIENTIFIC,))
    digits = raw.replace(" ", "")  # the usual spaced NIP; other separators (dots, tabs) by the pattern
    if not digits.isdigit():
        digits = _SEPARATORS.sub("", raw)
    if not digits.isdigit() or not digits.isascii():
        return NipCheck(digits, None, (NipProblem.NOT_DIGITS,))
    if len(digits) != 18:
        return NipCheck(digits, None, (NipProblem.LENGTH,))

    problems: list[NipProblem] = []
    notices: list[NipNotice] = []
    birth = _date_or_none(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None or birth > today:
        problems.append(NipProblem.BIRTH_DATE)
    year = int(digits[8:12])
    if digits[12] == "2":
        employment = Employment.PPPK
        gender, appointed_month = digits[14], 1
        if digits[13] != "1":
            notices.append(NipNotice.PPPK_DIGIT_14)
    else:
        employment = Employment.PNS
        gender, appointed_month = digits[14], int(digits[12:14])
        if not 1 <= appointed_month <= 12:
            problems.append(NipProblem.APPOINTMENT_MONTH)
            appointed_month = 1
    if (year, appointed_month) > (today.year, today.month):
        problems.append(NipProblem.APPOINTMENT_FUTURE)
    elif birth is not None and year < birth.year:
        problems.append(NipProblem.APPOINTMENT_BEFORE_BIRTH)
    if gender not in "12":
        problems.append(NipProblem.GENDER)
    if digits[15:] == "000":
        problems.append(NipProblem.SERIAL)
    return NipCheck(digits, employment, tuple(problems), tuple(notices))


def format_nip(nip: str) -> str:
    """The number as written on documents: ``19860926 201505 1 001``."""
    if len(nip) != 18:
        return nip
    return f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
