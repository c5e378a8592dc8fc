"""What a plan file's values must be before they become a plan: types, ranges, and staff numbers.

SQLite keeps whatever type a value was written with, and the plan table holds JSON, so a file
edited by hand or by another tool can hold a number where a name belongs, a list where the
profile belongs, or a range of dates from year 1 to 9999. Each such value is refused with a
``ContentProblem`` naming the field (``policy.remote_cap_percent``, ``staf baris 3: nama``).

Staff numbers are different: **a plan whose NIPs fail the check opens, with those staff
flagged** (``invalid_nips``), rather than being refused. The plan's cells are intact and the
number is only a label the user can correct in *Ubah pegawai*; refusing the file would lock
the user out of a whole schedule over one typo made in another tool. A NIP must still be
present and unique, because the plan's cells are keyed by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.domain.circular import QuotaScope
from planner.domain.nip import NipProblem, check_nip
from planner.domain.policy import Severity
from planner.domain.roster import StaffMember
from planner.io.limits import clean_line

MAX_QUOTA_LEVEL = 20
"""Unit trees are a handful of levels deep (instansi, biro, bagian, sub bagian)."""


class ContentProblem(ValueError):
    """A value of the wrong type or out of range; the message names the field."""


@dataclass(frozen=True, slots=True)
class InvalidNip:
    """A staff member whose number fails the NIP check, flagged when the plan opens."""

    row: int
    """1-based, as the staff list shows it."""
    name: str
    nip: str
    problems: tuple[NipProblem, ...]

    def explain(self) -> str:
        """The problems in one Indonesian phrase."""
        return "; ".join(problem.value for problem in self.problems)


def text(value: object, field: str, *, optional: bool = False) -> str:
    """A text value, with control characters removed.

    Raises:
        ContentProblem: not text (nor None when ``optional``).
    """
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise ContentProblem(f"{field}: harus berupa teks, bukan {_kind(value)}")
    return clean_line(value)


def check_meta(meta: Mapping[str, Any]) -> None:
    """Check the plan table's values: name, circular, dates, quota level, profile and policy.

    Raises:
        ContentProblem: the first value that is missing or of the wrong kind, named.
    """
    for key in ("name", "circular", "first", "last"):
        if key not in meta:
            raise ContentProblem(f"{key}: wajib ada")
        text(meta[key], key)
    level = meta.get("quota_level")
    if level is not None and not _whole(level, 0, MAX_QUOTA_LEVEL):
        raise ContentProblem(f"quota_level: {_short(level)} harus kosong atau bilangan bulat 0–{MAX_QUOTA_LEVEL}")
    check_profile(meta.get("profile", {}))
    check_policy(meta.get("policy", {}))
    exemptions = meta.get("cap_exemptions", {})
    if not isinstance(exemptions, dict):
        raise ContentProblem(f"cap_exemptions: harus berupa objek {{NIP: alasan}}, bukan {_kind(exemptions)}")
    for nip, reason in exemptions.items():
        text(reason, f"cap_exemptions.{nip[:20]}")


def check_profile(profile: object) -> None:
    """The agency profile: an object of texts, a list of letterhead lines, and signers as objects of texts.

    Fields this planner does not know are allowed when they are texts (a newer planner's), so
    only the shape is checked here; ``profile_from_json`` picks the fields it knows.

    Raises:
        ContentProblem: naming the field.
    """
    if not isinstance(profile, dict):
        raise ContentProblem(f"profile: harus berupa objek {{…}}, bukan {_kind(profile)}")
    for key, value in profile.items():
        field = f"profile.{key}"
        if key == "letterhead":
            if not isinstance(value, list):
                raise ContentProblem(f"{field}: harus berupa daftar baris teks, bukan {_kind(value)}")
            for index, line in enumerate(value):
                text(line, f"{field}[{index}]")
        elif key in ("signatory", "acknowledger"):
            if value is None and key == "acknowledger":
                continue
            if not isinstance(value, dict):
                raise ContentProblem(f"{field}: harus berupa objek {{…}}, bukan {_kind(value)}")
            for part, part_value in value.items():
                text(part_value, f"{field}.{part}")
        elif value is not None and not isinstance(value, str | bool | int):
            raise ContentProblem(f"{field}: harus berupa teks, bukan {_kind(value)}")


def check_policy(policy: object) -> None:
    """The agency's own rules: percentages, counts, severities and pairs of staff numbers.

    Raises:
        ContentProblem: naming the field.
    """
    if not isinstance(policy, dict):
        raise ContentProblem(f"policy: harus berupa objek {{…}}, bukan {_kind(policy)}")
    cap = policy.get("remote_cap_percent")
    if cap is not None and not _whole(cap, 0, 100):
        raise ContentProblem(f"policy.remote_cap_percent: {_short(cap)} harus kosong atau bilangan bulat 0–100")
    minimum = policy.get("min_office_per_unit")
    if minimum is not None and not _whole(minimum, 0, 1_000_000):
        raise ContentProblem(f"policy.min_office_per_unit: {_short(minimum)} harus kosong atau bilangan bulat ≥ 0")
    scope = policy.get("quota_scope")
    if scope is not None:
        try:
            QuotaScope.from_key(scope if isinstance(scope, str) else "")
        except ValueError:
            raise ContentProblem(
                f"policy.quota_scope: {_short(scope)} harus kosong, agency, department, unit atau level:N"
            ) from None
    zone = policy.get("risk_zone")
    if zone is not None:
        text(zone, "policy.risk_zone")
    if not isinstance(policy.get("count_non_asn", False), bool):
        raise ContentProblem(f"policy.count_non_asn: {_short(policy['count_non_asn'])} harus true atau false")
    severities = {severity.value for severity in Severity}
    for key in ("quota_scope_severity", "remote_cap_severity", "min_office_severity", "pairs_severity"):
        value = policy.get(key, Severity.WARNING.value)
        if value not in severities:
            raise ContentProblem(f"policy.{key}: {_short(value)} harus salah satu dari {', '.join(sorted(severities))}")
    pairs = policy.get("exclusive_pairs", [])
    if not isinstance(pairs, list):
        raise ContentProblem(f"policy.exclusive_pairs: harus berupa daftar pasangan NIP, bukan {_kind(pairs)}")
    for index, pair in enumerate(pairs):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(nip, str) for nip in pair)):
            raise ContentProblem(f"policy.exclusive_pairs[{index}]: harus pasangan dua NIP, bukan {_short(pair)}")


def clean_texts(value: Any) -> Any:
    """``value`` with control characters removed from every text in it (a profile: letterhead, signers)."""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, list):
        return [clean_texts(item) for item in value]
    if isinstance(value, dict):
        return {key: clean_texts(item) for key, item in value.items()}
    return value


def invalid_nips(staff: Iterable[StaffMember]) -> tuple[InvalidNip, ...]:
    """The staff whose NIP fails ``check_nip``, in roster order."""
    flagged = []
    for row, member in enumerate(staff, start=1):
        check = check_nip(member.nip, non_asn=member.non_asn)
        if not check.ok or check.digits != member.nip:
            problems = check.problems or (NipProblem.NOT_DIGITS,)
            flagged.append(InvalidNip(row, member.name, member.nip, problems))
    return tuple(flagged)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _kind(value: object) -> str:
    kinds = {dict: "objek", list: "daftar", str: "teks", bool: "benar/salah", int: "angka", float: "angka"}
    return "kosong" if value is None else kinds.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"
