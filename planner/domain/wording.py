"""Violations and rules as sentences that show the arithmetic, in Indonesian unless told otherwise.

Example: "3 dari 5 pegawai WFH = 60 % > batas 50 % (maks. 2)".

Every sentence comes from an Indonesian template marked with ``phrase``; the printed schedule
and the command line use them as they are. The window passes a ``Translate`` that looks each
template up in the interface language (``tools/translations.py`` collects the templates for
the translation files through ``phrase``).
"""

from __future__ import annotations

from collections.abc import Callable

from planner.domain.calendar import format_date_long
from planner.domain.circular import Circular, Period, QuotaScope, Rule, RuleKind, ScopeKind
from planner.domain.nip import Nip, check_nip, format_nip, is_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Roster
from planner.domain.validation import RuleCode, Violation

Translate = Callable[[str], str]
"""Turns one of this module's Indonesian templates (or a status or category name) into the reader's language."""

CONTEXT = "wording"
"""The translation context of these templates."""


def phrase(context: str, template: str) -> str:
    """Mark ``template`` for the translation files; returns it unchanged (a no-op at run time)."""
    del context  # read by lupdate, which knows this function as QT_TRANSLATE_NOOP
    return template


def _indonesian(text: str) -> str:
    return text


_SENTENCES = {
    RuleCode.REMOTE_MAX: phrase(
        "wording", "{count} dari {headcount} pegawai {codes} = {share} > batas {percent} % (maks. {limit})"
    ),
    RuleCode.POLICY_REMOTE_CAP: phrase(
        "wording", "{count} dari {headcount} pegawai {codes} = {share} > batas instansi {percent} % (maks. {limit})"
    ),
    RuleCode.OFFICE_MIN: phrase(
        "wording", "{count} dari {headcount} pegawai WFO = {share} < minimal {percent} % (min. {limit})"
    ),
    RuleCode.OFFICE_MAX: phrase(
        "wording", "{count} dari {headcount} pegawai WFO = {share} > batas WFO {percent} % (maks. {limit})"
    ),
    RuleCode.OFFICE_ALL: phrase("wording", "{who} {status}, padahal kategori {category} wajib WFO 100 %"),
    RuleCode.CATEGORY_NOT_ALLOWED: phrase(
        "wording",
        "{who} {status}, padahal kategori {category} tidak diberi izin bekerja jarak jauh oleh ketentuan ini",
    ),
    RuleCode.OUTSIDE_PERIOD: phrase(
        "wording", "{who} {status} pada hari kerja biasa: tanggal ini di luar masa berlaku ketentuan"
    ),
    RuleCode.STATUS_NOT_ALLOWED: phrase(
        "wording", "{who} {status}, padahal pada tanggal ini hanya {codes} yang diizinkan"
    ),
    RuleCode.PERSON_EXCLUDED: phrase("wording", "{who} {status}, padahal tidak boleh bekerja jarak jauh{because}"),
    RuleCode.WEEKLY_REMOTE_MAX: phrase(
        "wording", "{who} {count} hari {codes} dalam satu minggu > batas {limit} hari per minggu"
    ),
    RuleCode.POLICY_MIN_OFFICE: phrase(
        "wording", "{count} dari {headcount} pegawai WFO < minimal {limit} orang di kantor per unit"
    ),
    RuleCode.POLICY_PAIR: phrase("wording", "{who} dan {other} sama-sama bekerja jarak jauh pada hari yang sama"),
    RuleCode.UNPLANNED: phrase(
        "wording", "{count} dari {headcount} pegawai belum direncanakan (sel kosong) pada hari wajib bekerja jarak jauh"
    ),
    RuleCode.DAY_OFF_CELLS: phrase("wording", "{count} sel terisi pada hari libur: disimpan, tetapi tidak dihitung"),
    RuleCode.WEEKLY_UNKNOWN: phrase(
        "wording",
        "{who} {count} hari {codes} dalam minggu ini; {unknown} hari kerja minggu ini di luar rencana belum "
        "diketahui (batas {limit} hari per minggu) — {how}",
    ),
}
WEEKLY_UNKNOWN_HOW = phrase("wording", "berikan rencana sebelah (--context) untuk memeriksanya")
"""What to do about a week partly outside the plan, in the command line's terms; the window words it in its own."""

_RULES = {
    RuleKind.REMOTE_MAX: phrase("wording", "{codes} paling banyak {value} %"),
    RuleKind.OFFICE_MIN: phrase("wording", "WFO paling sedikit {value} %"),
    RuleKind.OFFICE_MAX: phrase("wording", "WFO paling banyak {value} %"),
    RuleKind.OFFICE_ALL: phrase("wording", "WFO 100 %"),
    RuleKind.NO_QUOTA: phrase("wording", "{codes} tanpa kuota (ditetapkan pimpinan instansi)"),
    RuleKind.WEEKLY_REMOTE_MAX: phrase("wording", "{codes} paling banyak {value} hari per minggu per pegawai"),
}
_RULE_NOT_NAMED = phrase("wording", "tidak disebut: tidak boleh bekerja jarak jauh")
_PERSON = phrase("wording", "{name} (NIP {nip})")
_PERSON_NON_ASN = phrase("wording", "{name} (non-ASN, nomor {nip})")
_SINCE = phrase("wording", "sejak {first}, seterusnya")


def format_percent(value: float) -> str:
    """``60 %`` for whole numbers, ``66,7 %`` otherwise (Indonesian decimal comma)."""
    if abs(value - round(value)) < 0.05:
        return f"{round(value)} %"
    return f"{value:.1f} %".replace(".", ",")


def describe(violation: Violation, roster: Roster, translate: Translate = _indonesian) -> str:
    """One sentence saying what is wrong, with the numbers; the date, unit and source are shown beside it."""
    v = violation
    reason = roster.staff[roster.index_of(v.nip)].no_remote_reason if v.nip else None
    values = {
        "count": v.count,
        "headcount": v.headcount,
        "limit": v.limit,
        "percent": v.percent,
        "share": format_percent(100 * v.count / v.headcount) if v.headcount else "0 %",
        "codes": v.remote_codes,
        "status": v.status.code if v.status else v.remote_codes,
        "category": translate(v.category.label) if v.category else "",
        "who": _person(v.nip, roster, translate) if v.nip else "",
        "other": _name(v.other_nip, roster) if v.other_nip else "",
        "because": f" ({reason})" if reason else "",
        "unknown": v.unknown,
        "how": translate(WEEKLY_UNKNOWN_HOW),
    }
    return translate(_SENTENCES[v.rule]).format(**values)


def _person(nip: Nip, roster: Roster, translate: Translate) -> str:
    """The person and their number; a non-ASN person's internal number is not called a NIP."""
    template = _PERSON_NON_ASN if is_internal_number(nip) else _PERSON
    return translate(template).format(name=_name(nip, roster), nip=format_nip(nip))


def _name(nip: Nip, roster: Roster) -> str:
    return roster.staff[roster.index_of(nip)].name


def describe_rule(rule: Rule | None, remote_codes: str, translate: Translate = _indonesian) -> str:
    """A category's rule in words: "WFH paling banyak 50 %"; None is a category the circular does not name."""
    if rule is None:
        return translate(_RULE_NOT_NAMED)
    text = translate(_RULES[rule.kind]).format(codes=remote_codes, value=rule.value)
    return f"{text} ({rule.clause})" if rule.clause else text


def describe_dates(period: Period, translate: Translate = _indonesian) -> str:
    """``16 April 2024 – 17 April 2024; 25 Maret 2026 – …``: the period's ranges, open ends shown as "seterusnya"."""
    parts = []
    for date_range in period.ranges:
        first = format_date_long(date_range.first)
        if date_range.last == date_range.first:
            parts.append(first)
        elif date_range.last is None:
            parts.append(translate(_SINCE).format(first=first))
        else:
            parts.append(f"{first} – {format_date_long(date_range.last)}")
    return "; ".join(parts)


_SCOPES = {
    ScopeKind.AGENCY: phrase("wording", "seluruh instansi"),
    ScopeKind.DEPARTMENT: phrase("wording", "setiap unit teratas (OPD)"),
    ScopeKind.UNIT: phrase("wording", "setiap unit terkecil"),
    ScopeKind.LEVEL: phrase("wording", "setiap unit tingkat {level}"),
}
_AMENDED = phrase("wording", "{circular} diubah oleh {amendment}: ditambah masa berlaku {dates}")
_SCOPE_MIGRATED = phrase(
    "wording",
    'pengaturan lama "kuota dihitung per" ({scope}) kini menjadi kebijakan instansi dengan tingkat kesalahan; '
    "surat edaran sendiri menghitung kuotanya per {own}",
)
_NO_ZONE = phrase(
    "wording", "{circular} mengikuti zona risiko wilayah ({zones}), tetapi rencana belum menyebut zonanya"
)
_SCOPE_TOO_DEEP = phrase(
    "wording", "{where}: cakupan kuota {scope}, tetapi unit rencana ini hanya sampai tingkat {depth}"
)
_PPPK_DIGIT_14 = phrase("wording", "{name} (NI PPPK {nip}): digit ke-14 biasanya 1; periksa kembali nomor ini")


def describe_scope(scope: QuotaScope, translate: Translate = _indonesian) -> str:
    """Over whom a quota is counted, in words: "seluruh instansi", "setiap unit tingkat 2"."""
    return translate(_SCOPES[scope.kind]).format(level=scope.level)


def plan_notes(plan: Plan, circular: Circular, translate: Translate = _indonesian) -> list[str]:
    """What the user should know about how the plan reads its circular, one sentence each.

    An amendment it follows, an old quota level turned into agency policy, a risk zone not yet
    given, a quota scope deeper than the plan's units.
    """
    notes = []
    for period in circular.periods:
        if period.amended_by:
            notes.append(
                translate(_AMENDED).format(
                    circular=circular.id, amendment=period.amended_by, dates=describe_dates(period, translate)
                )
            )
    policy = plan.policy
    if policy.quota_scope_migrated and policy.quota_scope is not None:
        notes.append(
            translate(_SCOPE_MIGRATED).format(
                scope=describe_scope(policy.quota_scope, translate), own=describe_scope(circular.quota_scope, translate)
            )
        )
    if circular.zones and policy.risk_zone not in circular.zones:
        notes.append(translate(_NO_ZONE).format(circular=circular.id, zones=", ".join(circular.zones)))
    roster = plan.roster
    deepest = max((roster.depth(unit_id) for unit_id in roster.units), default=0) + 1
    scopes = [("quota_scope", circular.quota_scope)] + [
        ("rules", rule.scope)
        for period in circular.periods
        for category in period.rules
        for rule in period.rules_for(category)
        if rule.scope is not None
    ]
    for where, scope in dict.fromkeys(scopes):
        if scope.kind is ScopeKind.LEVEL and (scope.level or 0) > deepest:
            notes.append(
                translate(_SCOPE_TOO_DEEP).format(
                    where=f"{circular.id}: {where}", scope=describe_scope(scope, translate), depth=deepest
                )
            )
    return notes


def staff_number_notices(plan: Plan, translate: Translate = _indonesian) -> list[str]:
    """Warnings about staff numbers that are accepted but unusual (an NI PPPK's digit 14, DOMAIN §5)."""
    notices = []
    for member in plan.roster.staff:
        if member.non_asn:
            continue
        if check_nip(member.nip).notices:
            notices.append(translate(_PPPK_DIGIT_14).format(name=member.name, nip=format_nip(member.nip)))
    return notices
