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
from planner.domain.circular import Circular, CircularId, DateRange, Period, Rule, RuleKind
from planner.domain.errors import PlannerError
from planner.domain.status import Status
from planner.io.atomic import write_text_atomically
from planner.io.limits import JsonLimitError, load_json

FORMAT = "jadwal-kerja-asn/surat-edaran"
VERSION = 1


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
    if not isinstance(version, int) or version > VERSION:
        reader.fail(
            "version",
            f"versi {version!r} dibuat oleh versi aplikasi yang lebih baru (yang dikenal: {VERSION})",
        )
        raise CircularFileError(reader.problems)

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
            period = _parse_period(reader, period_data, f"periods[{index}]")
            if period is not None:
                periods.append(period)
    obligations = data.get("obligations", [])
    if not isinstance(obligations, list) or not all(isinstance(o, str) for o in obligations):
        reader.fail("obligations", "harus daftar teks")
        obligations = []
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
    )
    if reader.problems:
        raise CircularFileError(reader.problems)
    return circular


def _parse_period(reader: _Reader, data: object, path: str) -> Period | None:
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

    statuses_data = data.get("remote_statuses", ["WFH", "WFA"])
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
            rule = _parse_rule(reader, rule_data, where)
            if rule is not None:
                rules[category] = rule
    if len(reader.problems) > before:
        return None
    return Period(
        ranges=tuple(ranges),
        rules=rules,
        remote_statuses=frozenset(statuses),
        label=str(data.get("label", "")).strip(),
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
    return Rule(kind, value, clause.strip())


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
        "periods": [
            {
                "label": period.label,
                "ranges": [
                    {"from": r.first.isoformat(), "to": r.last.isoformat() if r.last else None} for r in period.ranges
                ],
                "remote_statuses": [s.code for s in Status if s in period.remote_statuses],
                "rules": {
                    category.key: _rule_to_json(period.rules[category])
                    for category in Category
                    if category in period.rules
                },
            }
            for period in circular.periods
        ],
        "obligations": list(circular.obligations),
        "source": circular.source,
    }


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": rule.kind.value}
    if rule.value is not None:
        data["value"] = rule.value
    if rule.clause:
        data["clause"] = rule.clause
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
    return Catalog(circulars, tuple(problems), frozenset(user_ids))


def _read_folder(folder: Path, problems: list[str]) -> Iterable[Circular]:
    for path in sorted(folder.glob("*.json")):
        try:
            yield read_circular(path)
        except CircularFileError as error:
            problems.extend(error.problems)
        except Exception as error:
            problems.append(f"{path.name}: tidak dapat dibaca ({type(error).__name__}: {str(error)[:200]})")
