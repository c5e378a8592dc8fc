"""Circular files (``*.json``): reading with a message per problem that names the file and field, and writing.

The schema is documented in ``docs/circular-schema.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.domain.category import Category
from planner.domain.circular import (
    AGENCY_SCOPE,
    Circular,
    CircularId,
    DateRange,
    Period,
    QuotaScope,
    Rule,
    RuleKind,
    ScopeKind,
)
from planner.domain.errors import PlannerError
from planner.domain.status import Status
from planner.io.atomic import write_text_atomically
from planner.io.limits import JsonLimitError, load_json

FORMAT = "jadwal-kerja-asn/surat-edaran"
VERSION = 2
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


class CircularFileError(PlannerError):
    """A circular file that cannot be used; ``problems`` lists every field that is wrong."""

    def __init__(self, problems: list[str]) -> None:
        """Keep the problems, each already naming file and field."""
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(slots=True)
class _Reader:
    """Walks the JSON and records problems with their path (``periods[0].rules.administrasi.value``)."""

    where: str
    problems: list[str] = field(default_factory=list)

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(f"{self.where}: {path}: {problem}" if path else f"{self.where}: {problem}")

    def text(self, data: dict[str, Any], key: str, path: str = "", *, required: bool = True) -> str:
        value = data.get(key)
        where = f"{path}{key}"
        if value is None or value == "":
            if required:
                self.fail(where, "wajib diisi")
            return ""
        if not isinstance(value, str):
            self.fail(where, "harus berupa teks")
            return ""
        return value.strip()

    def date(self, value: object, path: str, *, required: bool = True) -> dt.date | None:
        if value is None:
            if required:
                self.fail(path, "wajib diisi (format TTTT-BB-HH)")
            return None
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(path, f"{value!r} bukan tanggal dengan format TTTT-BB-HH")
        return None

    def whole_number(self, value: object, path: str, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(path, f"{value!r} harus bilangan bulat {low}–{high}")
            return None
        return value


def parse_circular(data: object, where: str) -> Circular:
    """Turn decoded JSON into a circular.

    Args:
        data: the decoded JSON document.
        where: how to name the file in messages (usually its name).

    Raises:
        CircularFileError: with one line per problem, each naming ``where`` and the field.
    """
    reader = _Reader(where)
    if not isinstance(data, dict):
        raise CircularFileError([f"{where}: isi berkas harus berupa objek JSON {{…}}"])
    if data.get("format") != FORMAT:
        reader.fail("format", f'harus "{FORMAT}" (ini bukan berkas surat edaran Jadwal Kerja ASN)')
        raise CircularFileError(reader.problems)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        reader.fail(
            "version",
            f"versi {version!r} tidak dikenal: dibuat oleh versi aplikasi yang lebih baru? (yang dikenal: 1–{VERSION})",
        )
        raise CircularFileError(reader.problems)
    legacy = version < 2 and any(
        isinstance(period, dict) and "remote_statuses" not in period for period in data.get("periods") or []
    )

    circular_id = reader.text(data, "id")
    if circular_id and not all(c.isascii() and (c.isalnum() or c == "-") for c in circular_id):
        reader.fail("id", "hanya huruf, angka dan tanda hubung (contoh: menpanrb-1-2024)")
    year = data.get("year")
    year_number = reader.whole_number(year, "year", 1945, 2200)
    signed = reader.date(data.get("signed"), "signed", required=False)
    periods_data = data.get("periods")
    periods: list[Period] = []
    if not isinstance(periods_data, list) or not periods_data:
        reader.fail("periods", "harus daftar berisi sedikitnya satu masa berlaku")
    else:
        for index, period_data in enumerate(periods_data):
            period = _parse_period(reader, period_data, f"periods[{index}]", version)
            if period is not None:
                periods.append(period)
    obligations = data.get("obligations", [])
    if not isinstance(obligations, list) or not all(isinstance(o, str) for o in obligations):
        reader.fail("obligations", "harus daftar teks")
        obligations = []
    quota_scope = AGENCY_SCOPE
    if data.get("quota_scope") is not None:
        quota_scope = _scope(reader, data.get("quota_scope"), "quota_scope") or AGENCY_SCOPE
    amends = data.get("amends")
    if amends is not None and (not isinstance(amends, str) or not amends.strip()):
        reader.fail("amends", "harus id surat edaran yang diubah (teks), atau null")
        amends = None
    elif isinstance(amends, str) and amends.strip() == circular_id:
        reader.fail("amends", "surat edaran tidak dapat mengubah dirinya sendiri")
        amends = None
    circular = Circular(
        id=CircularId(circular_id),
        document_type=reader.text(data, "document_type"),
        issuer=reader.text(data, "issuer"),
        issuer_short=reader.text(data, "issuer_short"),
        number=reader.text(data, "number"),
        year=year_number or 0,
        title=reader.text(data, "title"),
        periods=tuple(periods),
        signed=signed,
        scope=reader.text(data, "scope", required=False),
        obligations=tuple(o.strip() for o in obligations if o.strip()),
        source=reader.text(data, "source", required=False),
        quota_scope=quota_scope,
        amends=CircularId(amends.strip()) if isinstance(amends, str) else None,
        legacy_remote=legacy,
        zone_dependent=any(period.zone for period in periods),
    )
    if reader.problems:
        raise CircularFileError(reader.problems)
    return circular


def _scope(reader: _Reader, value: object, path: str) -> QuotaScope | None:
    """A quota scope as written in a file: ``agency``, ``department``, ``unit`` or ``level:N`` (N 1–9)."""
    if isinstance(value, str):
        try:
            scope = QuotaScope.from_key(value.strip())
        except ValueError:
            scope = None
        if scope is not None and (scope.kind is not ScopeKind.LEVEL or (scope.level or 0) <= 9):
            return scope
    reader.fail(
        path, f'{value!r} bukan cakupan kuota (yang dikenal: "agency", "department", "unit", "level:1"–"level:9")'
    )
    return None


def _parse_period(reader: _Reader, data: object, path: str, version: int) -> Period | None:
    if not isinstance(data, dict):
        reader.fail(path, "harus berupa objek {…}")
        return None
    before = len(reader.problems)
    ranges: list[DateRange] = []
    ranges_data = data.get("ranges")
    if not isinstance(ranges_data, list) or not ranges_data:
        reader.fail(f"{path}.ranges", 'harus daftar rentang tanggal [{"from": …, "to": …}]')
    else:
        for index, range_data in enumerate(ranges_data):
            where = f"{path}.ranges[{index}]"
            if not isinstance(range_data, dict):
                reader.fail(where, 'harus berupa {"from": "TTTT-BB-HH", "to": "TTTT-BB-HH"}')
                continue
            first = reader.date(range_data.get("from"), f"{where}.from")
            last = reader.date(range_data.get("to"), f"{where}.to", required=False)
            if first and last and last < first:
                reader.fail(f"{where}.to", f"{last} lebih awal dari tanggal mulai {first}")
            elif first:
                ranges.append(DateRange(first, last))

    weekdays: set[int] = set()
    weekdays_data = data.get("weekdays", [])
    if not isinstance(weekdays_data, list):
        reader.fail(f"{path}.weekdays", "harus daftar hari 1–7 (1 Senin … 7 Minggu), mis. [5] untuk setiap Jumat")
    else:
        for index, day in enumerate(weekdays_data):
            number = reader.whole_number(day, f"{path}.weekdays[{index}]", 1, 7)
            if number is not None:
                weekdays.add(number - 1)
    zone = data.get("zone", "")
    if not isinstance(zone, str):
        reader.fail(f"{path}.zone", 'harus teks (zona risiko wilayah, mis. "kuning")')
        zone = ""

    # Before version 2 a file without remote statuses allowed WFH and WFA; from version 2, WFH only.
    statuses_data = data.get("remote_statuses", ["WFH", "WFA"] if version < 2 else ["WFH"])
    statuses: set[Status] = set()
    if not isinstance(statuses_data, list):
        reader.fail(f"{path}.remote_statuses", 'harus daftar seperti ["WFH", "WFA"]')
    else:
        for status_code in statuses_data:
            try:
                status = Status.from_code(str(status_code))
            except ValueError:
                status = None
            if status is None or not status.is_remote:
                reader.fail(f"{path}.remote_statuses", f"{status_code!r} bukan status jarak jauh (WFH atau WFA)")
            else:
                statuses.add(status)

    rules: dict[Category, Rule] = {}
    further: dict[Category, tuple[Rule, ...]] = {}
    rules_data = data.get("rules")
    if not isinstance(rules_data, dict):
        reader.fail(f"{path}.rules", "harus objek berisi aturan per kategori")
    else:
        for key, rule_data in rules_data.items():
            where = f"{path}.rules.{key}"
            try:
                category = Category(key)
            except ValueError:
                keys = ", ".join(c.key for c in Category)
                reader.fail(where, f"kategori {key!r} tidak dikenal (yang dikenal: {keys})")
                continue
            items = rule_data if isinstance(rule_data, list) else [rule_data]
            if not items:
                reader.fail(where, "daftar aturan kosong")
                continue
            parsed = [
                _parse_rule(reader, item, f"{where}[{index}]" if isinstance(rule_data, list) else where)
                for index, item in enumerate(items)
            ]
            kept = [rule for rule in parsed if rule is not None]
            if len(kept) == len(parsed):
                rules[category] = kept[0]
                if len(kept) > 1:
                    further[category] = tuple(kept[1:])
    if len(reader.problems) > before:
        return None
    return Period(
        ranges=tuple(ranges),
        rules=rules,
        remote_statuses=frozenset(statuses),
        label=str(data.get("label", "")).strip(),
        weekdays=frozenset(weekdays),
        further_rules=further,
        zone=zone.strip(),
    )


def _parse_rule(reader: _Reader, data: object, path: str) -> Rule | None:
    if not isinstance(data, dict):
        reader.fail(path, 'harus berupa {"kind": …}')
        return None
    try:
        kind = RuleKind(data.get("kind"))
    except ValueError:
        kinds = ", ".join(k.value for k in RuleKind)
        reader.fail(f"{path}.kind", f"{data.get('kind')!r} tidak dikenal (yang dikenal: {kinds})")
        return None
    value: int | None = None
    if kind.unit == "percent":
        value = reader.whole_number(data.get("value"), f"{path}.value", 0, 100)
    elif kind.unit == "days":
        value = reader.whole_number(data.get("value"), f"{path}.value", 0, 7)
    elif data.get("value") is not None:
        reader.fail(f"{path}.value", f"aturan {kind.value} tidak memakai nilai")
    if kind.unit is not None and value is None:
        return None
    clause = data.get("clause", "")
    if not isinstance(clause, str):
        reader.fail(f"{path}.clause", "harus berupa teks")
        clause = ""
    scope = None
    if data.get("scope") is not None:
        scope = _scope(reader, data.get("scope"), f"{path}.scope")
        if scope is None:
            return None
    return Rule(kind, value, clause.strip(), scope)


def circular_to_json(circular: Circular) -> dict[str, Any]:
    """The circular as the JSON document ``parse_circular`` reads back."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": circular.id,
        "document_type": circular.document_type,
        "issuer": circular.issuer,
        "issuer_short": circular.issuer_short,
        "number": circular.number,
        "year": circular.year,
        "title": circular.title,
        "signed": circular.signed.isoformat() if circular.signed else None,
        "scope": circular.scope,
        "quota_scope": circular.quota_scope.key,
        "amends": circular.amends,
        "periods": [_period_to_json(period) for period in circular.periods if period.amended_by is None],
        "obligations": list(circular.obligations),
        "source": circular.source,
    }


def _period_to_json(period: Period) -> dict[str, Any]:
    data: dict[str, Any] = {
        "label": period.label,
        "ranges": [{"from": r.first.isoformat(), "to": r.last.isoformat() if r.last else None} for r in period.ranges],
    }
    if period.weekdays:
        data["weekdays"] = [day + 1 for day in sorted(period.weekdays)]
    if period.zone:
        data["zone"] = period.zone
    data["remote_statuses"] = [s.code for s in Status if s in period.remote_statuses]
    rules: dict[str, Any] = {}
    for category in Category:
        found = period.rules_for(category)
        if found:
            rules[category.key] = (
                _rule_to_json(found[0]) if len(found) == 1 else [_rule_to_json(rule) for rule in found]
            )
    data["rules"] = rules
    return data


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": rule.kind.value}
    if rule.value is not None:
        data["value"] = rule.value
    if rule.clause:
        data["clause"] = rule.clause
    if rule.scope is not None:
        data["scope"] = rule.scope.key
    return data


def read_circular(path: Path) -> Circular:
    """Read one circular file.

    Raises:
        CircularFileError: the file cannot be read, is not JSON, or has wrong fields.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CircularFileError([f"{path.name}: tidak dapat dibaca ({error})"]) from error
    try:
        data = load_json(text, path.name)
    except JsonLimitError as error:
        raise CircularFileError([str(error)]) from error
    circular = parse_circular(data, path.name)
    if circular.id != path.stem:
        raise CircularFileError([f"{path.name}: id: {circular.id!r} harus sama dengan nama berkas ({path.stem!r})"])
    return circular


def write_circular(circular: Circular, folder: Path) -> Path:
    """Save a circular as ``<folder>/<id>.json``, atomically (a temporary file, then a rename)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PlannerError(f"{folder}: folder tidak dapat dibuat ({error.strerror or error})") from error
    target = folder / f"{circular.id}.json"
    write_text_atomically(target, json.dumps(circular_to_json(circular), ensure_ascii=False, indent=2) + "\n")
    return target


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every circular the planner knows, and the files it had to skip."""

    circulars: dict[CircularId, Circular]
    problems: tuple[str, ...] = ()
    user_ids: frozenset[CircularId] = frozenset()
    """Circulars that came from the user's folder rather than with the planner."""
    from_plans: frozenset[CircularId] = frozenset()
    """Circulars known only from the copy a plan file keeps (typed in on another computer)."""

    def including(self, circular: Circular | None) -> Catalog:
        """This catalogue plus ``circular`` (a copy kept in a plan file) when it lacks one with that id."""
        if circular is None or circular.id in self.circulars:
            return self
        return Catalog(
            {**self.circulars, circular.id: circular}, self.problems, self.user_ids, self.from_plans | {circular.id}
        )

    def get(self, circular_id: str) -> Circular:
        """The circular with this id.

        Raises:
            PlannerError: no such circular, with the ids that exist.
        """
        try:
            return self.circulars[CircularId(circular_id)]
        except KeyError:
            known = ", ".join(sorted(self.circulars))
            raise PlannerError(f"Surat edaran {circular_id!r} tidak dikenal. Yang tersedia: {known}") from None


def load_catalog(builtin: Path, user: Path | None) -> Catalog:
    """Read the built-in circulars and the user's own; a broken user file is reported and skipped.

    A user file may not reuse a built-in id: copy the circular under a new id instead.
    """
    circulars: dict[CircularId, Circular] = {}
    problems: list[str] = []
    for circular in _read_folder(builtin, problems):
        circulars[circular.id] = circular
    user_ids: set[CircularId] = set()
    if user is not None and user.is_dir():
        for circular in _read_folder(user, problems):
            if circular.id in circulars:
                problems.append(
                    f"{circular.id}.json (folder pengguna): id {circular.id!r} sudah dipakai surat edaran "
                    "bawaan; simpan dengan id lain"
                )
                continue
            circulars[circular.id] = circular
            user_ids.add(circular.id)
    return Catalog(_apply_amendments(circulars, problems), tuple(problems), frozenset(user_ids))


def _apply_amendments(circulars: dict[CircularId, Circular], problems: list[str]) -> dict[CircularId, Circular]:
    """Each amended circular as its amendments change it; an amendment of an unknown id or in a loop is skipped."""
    for circular in list(circulars.values()):
        if circular.amends is None:
            continue
        seen = [circular.id]
        current: Circular | None = circular
        while current is not None and current.amends is not None:
            if current.amends in seen:
                chain = " → ".join([*seen, current.amends])
                problems.append(f"{circular.id}.json: amends: perubahan membentuk lingkaran ({chain})")
                del circulars[circular.id]
                break
            seen.append(current.amends)
            current = circulars.get(current.amends)
        else:
            if circular.amends not in circulars:
                problems.append(
                    f"{circular.id}.json: amends: surat edaran {circular.amends!r} yang diubah tidak dikenal"
                )
                del circulars[circular.id]
    resolved = dict(circulars)
    # Apply in file order; an amendment of an amendment reaches the original through the chain.
    for circular in circulars.values():
        target = circular.amends
        while target is not None and target in resolved:
            resolved[target] = resolved[target].with_amendment(circular)
            target = resolved[target].amends
    return resolved


def _read_folder(folder: Path, problems: list[str]) -> Iterable[Circular]:
    for path in sorted(folder.glob("*.json")):
        try:
            yield read_circular(path)
        except CircularFileError as error:
            problems.extend(error.problems)
        except Exception as error:
            problems.append(f"{path.name}: tidak dapat dibaca ({type(error).__name__}: {str(error)[:200]})")
