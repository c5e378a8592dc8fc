"""The recap's problems as Indonesian sentences, one line each, for the command line, the PDF and the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import PurePath

from planner.domain.calendar import format_date_long
from planner.domain.nip import Nip, format_nip
from planner.domain.validation import RuleCode
from planner.recap.model import ProblemCode, RecapProblem, RuleCount

RULE_LABELS = {
    RuleCode.REMOTE_MAX: "jarak jauh melebihi batas",
    RuleCode.OFFICE_MIN: "di kantor kurang dari batas",
    RuleCode.OFFICE_MAX: "di kantor melebihi batas",
    RuleCode.OFFICE_ALL: "jarak jauh pada layanan wajib 100 % di kantor",
    RuleCode.CATEGORY_NOT_ALLOWED: "jarak jauh pada kategori yang tidak diizinkan",
    RuleCode.OUTSIDE_PERIOD: "jarak jauh di luar masa berlaku",
    RuleCode.STATUS_NOT_ALLOWED: "status jarak jauh yang tidak diizinkan",
    RuleCode.PERSON_EXCLUDED: "pegawai yang dikecualikan bekerja jarak jauh",
    RuleCode.WEEKLY_REMOTE_MAX: "jarak jauh melebihi batas per minggu",
    RuleCode.POLICY_REMOTE_CAP: "melebihi batas kebijakan instansi",
    RuleCode.POLICY_MIN_OFFICE: "di kantor kurang dari minimum instansi",
    RuleCode.POLICY_PAIR: "pasangan jabatan sama-sama jarak jauh",
}
"""A few words per rule broken, for the recap's counts by rule."""

MAX_NAMES = 5
"""How many file names a sentence lists before it says "dan N lainnya"."""


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    more = len(names) - MAX_NAMES
    return f"{shown} dan {more} lainnya" if more > 0 else shown


def _span(first: str, last: str) -> str:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return format_date_long(a) if a == b else f"{format_date_long(a)} – {format_date_long(b)}"


def describe_problem(problem: RecapProblem) -> str:
    """One line that says what is wrong, where, and what the recap did about it."""
    name = PurePath(problem.file).name or problem.file
    others = tuple(PurePath(other).name for other in problem.others)
    code = problem.code
    if code is ProblemCode.UNREADABLE:
        return f"{problem.detail} — tidak direkap."
    if code is ProblemCode.OTHER_FILES:
        return (
            f"Folder {problem.file}: {len(others)} berkas bukan rencana (.jadwal atau ekspor .xlsx) dilewati: "
            f"{_names(others)}."
        )
    if code is ProblemCode.EMPTY_FOLDER:
        return f"Folder {problem.file}: tidak ada berkas rencana (.jadwal) di dalamnya."
    if code is ProblemCode.SAME_FILE:
        return f"{problem.file}: berkas yang sama disebut dua kali (juga {problem.others[0]}); direkap sekali."
    if code is ProblemCode.COPY:
        return f"{name}: salinan persis dari {others[0]} (isi jadwal sama); direkap sekali."
    if code is ProblemCode.UNKNOWN_CIRCULAR:
        return (
            f"{name}: surat edaran {problem.detail!r} tidak ada di komputer ini dan tidak tersimpan di berkasnya "
            "— tidak direkap."
        )
    if code is ProblemCode.OUTSIDE_RANGE:
        first, last = problem.detail.split("|")
        return f"{name}: rencananya ({_span(first, last)}) di luar rentang rekap — tidak direkap."
    if code is ProblemCode.DIFFERENT_CIRCULARS:
        return (
            f"{problem.file or 'Rencana tanpa kop instansi'}: rencana di bawah surat edaran berbeda — "
            + "; ".join(problem.others)
            + ". Masing-masing diperiksa terhadap surat edarannya sendiri."
        )
    if code is ProblemCode.OVERLAPPING_PERIODS:
        first, last = problem.detail.split("|")
        return (
            f"{name} dan {others[0]}: dua rencana untuk unit yang sama dengan periode tumpang tindih "
            f"({_span(first, last)}); keduanya direkap, jumlah pada hari itu terhitung dua kali."
        )
    if code is ProblemCode.PARTIAL_OVERLAP:
        first, last = problem.detail.split("|")
        return (
            f"{name} dan {others[0]}: periode berbeda yang hanya sebagian tumpang tindih ({_span(first, last)}); "
            "pemeriksaan gabungan hanya mencakup hari yang sama."
        )
    if code is ProblemCode.SAME_NIP:
        count, nip, person, first, last = problem.detail.split("|")
        who = f"NIP {format_nip(Nip(nip))} ({person})"
        more = f" dan {int(count) - 1} pegawai lain" if int(count) > 1 else ""
        return (
            f"{who}{more} dijadwalkan di dua rencana, {name} dan {others[0]}, pada {_span(first, last)}; "
            "pemeriksaan gabungan memakai jadwal dari rencana pertama."
        )
    assert code is ProblemCode.NO_COMMON_DAYS
    return (
        f"{problem.file}: rencana di bawah {problem.detail} tidak punya hari yang sama ({_names(others)}); "
        "tidak dapat diperiksa bersama."
    )


def describe_counts(counts: Sequence[RuleCount]) -> str:
    """Violations by rule in words: "jarak jauh melebihi batas 306, ... 4 (peringatan)".

    A rule code this module does not know (added by a newer domain) is shown as its code.
    """
    parts = []
    for count in counts:
        try:
            label = RULE_LABELS[RuleCode(count.rule)]
        except (ValueError, KeyError):
            label = count.rule
        severity = "" if count.severity == "error" else " (peringatan)"
        parts.append(f"{label} {count.count}{severity}")
    return ", ".join(parts) or "tidak ada masalah"
