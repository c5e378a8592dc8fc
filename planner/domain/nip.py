"""Staff numbers: the PNS NIP and the PPPK number (NI PPPK), both 18 digits (DOMAIN §5)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from typing import NewType

Nip = NewType("Nip", str)
"""Eighteen digits, no spaces: the identity of a staff member on a plan."""


class Employment(enum.Enum):
    """Which kind of ASN a number belongs to."""

    PNS = "PNS"
    PPPK = "PPPK"


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


@dataclass(frozen=True, slots=True)
class NipCheck:
    """The result of reading a staff number."""

    digits: str
    employment: Employment | None
    problems: tuple[NipProblem, ...]

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


def check_nip(text: str, *, today: dt.date | None = None) -> NipCheck:
    """Read a PNS NIP or NI PPPK as typed or imported, and say what is wrong with it.

    Spaces and dots are ignored (``19860926 201505 1 001``). Digit 13 tells the kind: 2 for
    PPPK (birth date, year of appointment, ``2``, one digit whose meaning is uncertain and is
    never checked, gender, serial), 0 or 1 for PNS (birth date, year and month of first
    appointment, gender, serial).
    """
    today = today or dt.date.today()
    raw = text.strip()
    if not raw:
        return NipCheck("", None, (NipProblem.EMPTY,))
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        return NipCheck(raw, None, (NipProblem.SCIENTIFIC,))
    digits = _SEPARATORS.sub("", raw)
    if not digits.isdigit() or not digits.isascii():
        return NipCheck(digits, None, (NipProblem.NOT_DIGITS,))
    if len(digits) != 18:
        return NipCheck(digits, None, (NipProblem.LENGTH,))

    problems: list[NipProblem] = []
    birth = _date_or_none(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None or birth > today:
        problems.append(NipProblem.BIRTH_DATE)
    year = int(digits[8:12])
    if digits[12] == "2":
        employment = Employment.PPPK
        gender, appointed_month = digits[14], 1
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
    return NipCheck(digits, employment, tuple(problems))


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
