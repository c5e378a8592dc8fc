"""Violations and rules as Indonesian sentences that show the arithmetic.

Example: "3 dari 5 pegawai WFH = 60 % > batas 50 % (maks. 2)".
"""

from __future__ import annotations

from planner.domain.calendar import format_date_long
from planner.domain.circular import Period, Rule, RuleKind
from planner.domain.nip import Nip, format_nip
from planner.domain.roster import Roster
from planner.domain.validation import RuleCode, Violation


def format_percent(value: float) -> str:
    """``60 %`` for whole numbers, ``66,7 %`` otherwise (Indonesian decimal comma)."""
    if abs(value - round(value)) < 0.05:
        return f"{round(value)} %"
    return f"{value:.1f} %".replace(".", ",")


def describe(violation: Violation, roster: Roster) -> str:
    """One sentence saying what is wrong, with the numbers; the date, unit and source are shown beside it."""
    v = violation
    share = format_percent(100 * v.count / v.headcount) if v.headcount else "0 %"
    who = _person(v, roster)
    status = v.status.code if v.status else v.remote_codes
    if v.rule is RuleCode.REMOTE_MAX:
        return (
            f"{v.count} dari {v.headcount} pegawai {v.remote_codes} = {share} > batas {v.percent} % (maks. {v.limit})"
        )
    if v.rule is RuleCode.POLICY_REMOTE_CAP:
        return (
            f"{v.count} dari {v.headcount} pegawai {v.remote_codes} = {share} > batas instansi "
            f"{v.percent} % (maks. {v.limit})"
        )
    if v.rule is RuleCode.OFFICE_MIN:
        return f"{v.count} dari {v.headcount} pegawai WFO = {share} < minimal {v.percent} % (min. {v.limit})"
    if v.rule is RuleCode.OFFICE_MAX:
        return f"{v.count} dari {v.headcount} pegawai WFO = {share} > batas WFO {v.percent} % (maks. {v.limit})"
    if v.rule is RuleCode.OFFICE_ALL:
        category = v.category.label if v.category else ""
        return f"{who} {status}, padahal kategori {category} wajib WFO 100 %"
    if v.rule is RuleCode.CATEGORY_NOT_ALLOWED:
        category = v.category.label if v.category else ""
        return f"{who} {status}, padahal kategori {category} tidak diberi izin bekerja jarak jauh oleh ketentuan ini"
    if v.rule is RuleCode.OUTSIDE_PERIOD:
        return f"{who} {status} pada hari kerja biasa: tanggal ini di luar masa berlaku ketentuan"
    if v.rule is RuleCode.STATUS_NOT_ALLOWED:
        return f"{who} {status}, padahal pada tanggal ini hanya {v.remote_codes} yang diizinkan"
    if v.rule is RuleCode.PERSON_EXCLUDED:
        reason = roster.staff[roster.index_of(v.nip)].no_remote_reason if v.nip else None
        because = f" ({reason})" if reason else ""
        return f"{who} {status}, padahal tidak boleh bekerja jarak jauh{because}"
    if v.rule is RuleCode.WEEKLY_REMOTE_MAX:
        return f"{who} {v.count} hari {v.remote_codes} dalam satu minggu > batas {v.limit} hari per minggu"
    if v.rule is RuleCode.POLICY_MIN_OFFICE:
        return f"{v.count} dari {v.headcount} pegawai WFO < minimal {v.limit} orang di kantor per unit"
    other = _name(v.other_nip, roster) if v.other_nip else ""
    return f"{who} dan {other} sama-sama bekerja jarak jauh pada hari yang sama"


def _person(violation: Violation, roster: Roster) -> str:
    if violation.nip is None:
        return ""
    return f"{_name(violation.nip, roster)} (NIP {format_nip(violation.nip)})"


def _name(nip: Nip, roster: Roster) -> str:
    return roster.staff[roster.index_of(nip)].name


def describe_rule(rule: Rule | None, remote_codes: str) -> str:
    """A category's rule in words: "WFH paling banyak 50 %"; None is a category the circular does not name."""
    if rule is None:
        return "tidak disebut: tidak boleh bekerja jarak jauh"
    texts = {
        RuleKind.REMOTE_MAX: f"{remote_codes} paling banyak {rule.value} %",
        RuleKind.OFFICE_MIN: f"WFO paling sedikit {rule.value} %",
        RuleKind.OFFICE_MAX: f"WFO paling banyak {rule.value} %",
        RuleKind.OFFICE_ALL: "WFO 100 %",
        RuleKind.NO_QUOTA: f"{remote_codes} tanpa kuota (ditetapkan pimpinan instansi)",
        RuleKind.WEEKLY_REMOTE_MAX: f"{remote_codes} paling banyak {rule.value} hari per minggu per pegawai",
    }
    text = texts[rule.kind]
    return f"{text} ({rule.clause})" if rule.clause else text


def describe_dates(period: Period) -> str:
    """``16 April 2024 – 17 April 2024; 25 Maret 2026 – …``: the period's ranges, open ends shown as "seterusnya"."""
    parts = []
    for date_range in period.ranges:
        first = format_date_long(date_range.first)
        if date_range.last == date_range.first:
            parts.append(first)
        elif date_range.last is None:
            parts.append(f"sejak {first}, seterusnya")
        else:
            parts.append(f"{first} – {format_date_long(date_range.last)}")
    return "; ".join(parts)
