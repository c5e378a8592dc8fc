"""Reading many plan files into one recap: each plan checked by its own validator, then the plans compared.

Every figure of a plan (its errors and warnings, its remote / office / absent counts and
headcounts per day and quota group) comes from ``planner.domain.validation.Validator`` run on
that plan exactly as ``validate`` runs it, so the recap never disagrees with ``validate``.

Where several plans of one instansi fall under one circular, the circular's rules are also
checked across all of them together: the plans become ONE plan (the units and staff of all of
them, the days they share) and the same validator checks it. Whatever scope the circular gives
its quota (the agency, each department, each unit) is then counted over exactly the staff it
names, with no rule of the recap's own.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId, Rule, percent_floor
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import plan_fingerprint
from planner.domain.nip import Nip
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.rules import day_bound
from planner.domain.validation import Validator
from planner.io.circular_file import Catalog
from planner.recap.model import (
    COMBINED_UNIT_SEPARATOR,
    CombinedCheck,
    PlanSummary,
    ProblemCode,
    RecapProblem,
    RuleCount,
)
from planner.recap.workbooks import WORKBOOK_SUFFIXES, plan_from_workbook
from planner.storage.plan_file import EXTENSION, PlanFile, last_signoff

Progress = Callable[[int, int], None]
"""Called with (done, total) after each file; the window's job cancels the work from inside it."""


@dataclass(slots=True)
class DayRows:
    """The recap's long table, one entry per plan, quota group and working day, as parallel columns."""

    date: list[dt.date] = field(default_factory=list)
    plan: list[int] = field(default_factory=list)
    """Index into ``Recap.plans``."""
    unit: list[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)
    remote: list[int] = field(default_factory=list)
    office: list[int] = field(default_factory=list)
    absent: list[int] = field(default_factory=list)
    headcount: list[int] = field(default_factory=list)
    cap: list[int] = field(default_factory=list)
    """The most people the plan's limit lets work remotely that day (the circular's, or the agency's lower cap)."""

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.date)


@dataclass(frozen=True, slots=True)
class Recap:
    """Everything the recap's outputs show."""

    plans: tuple[PlanSummary, ...]
    problems: tuple[RecapProblem, ...]
    combined: tuple[CombinedCheck, ...]
    expected: tuple[str, ...]
    """The ``--expect`` list, as given."""
    missing: tuple[str, ...]
    """The expected units that sent no plan."""
    rows: DayRows
    first: dt.date | None
    last: dt.date | None
    """The days shown (``--from``/``--to``); None for every day of the plans."""


@dataclass(slots=True)
class _Read:
    path: Path
    plan: Plan
    circular: Circular
    validator: Validator
    summary: PlanSummary


def find_plan_files(inputs: Sequence[Path]) -> tuple[list[Path], list[RecapProblem]]:
    """The plan files named by ``inputs``: files as given, folders searched with their subfolders.

    In a folder, ``.jadwal`` files and workbooks (perhaps exported by the planner) are read;
    anything else is reported once per folder.
    """
    found: list[Path] = []
    problems: list[RecapProblem] = []
    seen: dict[Path, str] = {}
    for given in inputs:
        if given.is_dir():
            plans: list[Path] = []
            others: list[Path] = []
            for path in sorted(given.rglob("*")):
                if not path.is_file() or any(part.startswith(".") for part in path.relative_to(given).parts):
                    continue  # hidden files: the window's own locks (.~rencana.jadwal.lock) and the like
                readable = path.suffix.lower() in (EXTENSION, *WORKBOOK_SUFFIXES)
                (plans if readable else others).append(path)
            if not plans:
                problems.append(RecapProblem(ProblemCode.EMPTY_FOLDER, str(given)))
            if others:
                names = tuple(str(path.relative_to(given)) for path in others)
                problems.append(RecapProblem(ProblemCode.OTHER_FILES, str(given), others=names))
            candidates = plans
        else:
            candidates = [given]
        for path in candidates:
            key = path.resolve()
            if key in seen:
                problems.append(RecapProblem(ProblemCode.SAME_FILE, str(path), others=(seen[key],)))
                continue
            seen[key] = str(path)
            found.append(path)
    return found, problems


def read_expected(path: Path) -> tuple[str, ...]:
    """The unit names of an ``--expect`` file: one a line; blank lines and lines starting with # are skipped.

    Raises:
        PlannerError: the file cannot be read.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    except OSError as error:
        raise PlannerError(f"{path}: daftar unit tidak dapat dibaca ({error.strerror})") from error
    names = (" ".join(line.split()) for line in text.splitlines())
    return tuple(dict.fromkeys(name for name in names if name and not name.startswith("#")))


def build_recap(
    inputs: Sequence[Path],
    catalog: Catalog,
    *,
    first: dt.date | None = None,
    last: dt.date | None = None,
    expected: Sequence[str] = (),
    progress: Progress | None = None,
) -> Recap:
    """Read, check and compare the plans named by ``inputs``; a file that cannot be used becomes a problem."""
    paths, problems = find_plan_files(inputs)
    calendars: dict[tuple[dt.date, dt.date], WorkCalendar] = {}
    read: list[_Read] = []
    by_fingerprint: dict[str, str] = {}
    total = len(paths) + 1
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, total)
        try:
            if path.suffix.lower() in WORKBOOK_SUFFIXES:
                plan, found = plan_from_workbook(path, catalog)
                circular: Circular | None = found
                signoff = None
            else:
                file, plan = PlanFile.open(path)
                signoff = last_signoff(path)
                circular = catalog.including(file.circular_copy).circulars.get(plan.circular_id)
        except PlannerError as error:
            problems.append(RecapProblem(ProblemCode.UNREADABLE, str(path), detail=str(error), error=error))
            continue
        if circular is None:
            problems.append(RecapProblem(ProblemCode.UNKNOWN_CIRCULAR, str(path), detail=plan.circular_id))
            continue
        if (first is not None and plan.last < first) or (last is not None and plan.first > last):
            problems.append(
                RecapProblem(
                    ProblemCode.OUTSIDE_RANGE, str(path), detail=f"{plan.first.isoformat()}|{plan.last.isoformat()}"
                )
            )
            continue
        content_hash = plan_fingerprint(plan)
        if content_hash in by_fingerprint:
            problems.append(RecapProblem(ProblemCode.COPY, str(path), others=(by_fingerprint[content_hash],)))
            continue
        by_fingerprint[content_hash] = str(path)
        key = (plan.first, plan.last)
        if key not in calendars:
            calendars[key] = indonesian_calendar(plan.first, plan.last)
        validator = Validator(plan, circular, calendars[key])
        summary = _summary(
            path,
            plan,
            circular,
            validator,
            content_hash=content_hash,
            signed_hash=signoff.fingerprint if signoff else None,
        )
        read.append(_Read(path, plan, circular, validator, summary))
    if progress is not None:
        progress(len(paths), total)
    problems.extend(_disagreements(read))
    combined, combined_problems = _combined_checks(read, first, last)
    problems.extend(combined_problems)
    rows = DayRows()
    for index, item in enumerate(read):
        _add_rows(rows, index, item, first, last)
    plans = tuple(item.summary for item in read)
    return Recap(
        plans=plans,
        problems=tuple(problems),
        combined=tuple(combined),
        expected=tuple(expected),
        missing=missing_units(expected, plans),
        rows=rows,
        first=first,
        last=last,
    )


def _casefold(text: str) -> str:
    return " ".join(text.split()).casefold()


def missing_units(expected: Iterable[str], plans: Sequence[PlanSummary]) -> tuple[str, ...]:
    """The expected unit names no plan answers: not its department, its name, its file's name nor one of its units."""
    known: set[str] = set()
    for plan in plans:
        known.update(_casefold(name) for name in (plan.department, plan.name, plan.path.stem, *plan.unit_names))
    return tuple(name for name in expected if _casefold(name) not in known)


def _summary(
    path: Path, plan: Plan, circular: Circular, validator: Validator, *, content_hash: str, signed_hash: str | None
) -> PlanSummary:
    letterhead = [line.strip() for line in plan.profile.letterhead if line.strip()]
    roster = plan.roster
    counts = Counter((v.severity.value, v.rule.value) for v in validator.violations())
    return PlanSummary(
        path=path,
        name=plan.name,
        agency=letterhead[0] if letterhead else "",
        department=" ".join(letterhead[1:]) or plan.name,
        units=tuple(roster.units[group_unit].name for group_unit in dict.fromkeys(g.unit for g in validator.groups)),
        unit_names=frozenset(unit.name for unit in roster.units.values()),
        circular_id=CircularId(circular.id),
        circular_name=circular.name,
        first=plan.first,
        last=plan.last,
        staff=len(roster.staff),
        errors=validator.errors,
        warnings=validator.warnings,
        by_rule=tuple(RuleCount(severity, rule, count) for (severity, rule), count in sorted(counts.items())),
        signed=signed_hash is not None,
        matches_signed=None if signed_hash is None else signed_hash == content_hash,
        fingerprint=content_hash,
    )


def _cap(rules: tuple[Rule, ...], policy_percent: int | None, headcount: int, absent: int) -> int:
    """The most of ``headcount`` people the day's rules of a category let work remotely, or the agency's lower cap.

    The bound is the domain's own (``rules.day_bound``), so the recap reads a rule as validation
    and autofill do; a category the circular does not name, and a day outside every period, allow nobody.
    """
    if not rules:
        return 0
    cap = day_bound(rules, headcount, absent).high
    if policy_percent is not None:
        cap = min(cap, percent_floor(policy_percent, headcount))
    return cap


def _add_rows(rows: DayRows, index: int, item: _Read, first: dt.date | None, last: dt.date | None) -> None:
    plan, validator = item.plan, item.validator
    names = plan.roster.units
    policy_percent = plan.policy.remote_cap_percent
    for column, day in enumerate(plan.days):
        if (first is not None and day < first) or (last is not None and day > last):
            continue
        period = validator.circular.period_on(day)  # the circular as the plan reads it (its risk zone)
        for group_index, group in enumerate(validator.groups):
            tally = validator.group_tally(group_index, column)
            if tally.headcount == 0:
                continue  # not a working day for this group
            rows.date.append(day)
            rows.plan.append(index)
            rows.unit.append(names[group.unit].name)
            rows.category.append(group.category.key)
            rows.remote.append(tally.remote)
            rows.office.append(tally.office)
            rows.absent.append(tally.absent)
            rows.headcount.append(tally.headcount)
            rules = period.rules_for(group.category) if period is not None else ()
            rows.cap.append(_cap(rules, policy_percent, tally.headcount, tally.absent))


def _overlap(a: _Read, b: _Read) -> tuple[dt.date, dt.date] | None:
    start, end = max(a.plan.first, b.plan.first), min(a.plan.last, b.plan.last)
    return (start, end) if start <= end else None


def _disagreements(read: Sequence[_Read]) -> list[RecapProblem]:
    """Plans that disagree: one agency under several circulars, one unit planned twice, one person on two plans."""
    problems: list[RecapProblem] = []
    by_agency: dict[str, list[_Read]] = {}
    for item in read:
        by_agency.setdefault(_casefold(item.summary.agency), []).append(item)
    for items in by_agency.values():
        circulars = dict.fromkeys(item.circular.id for item in items)
        if len(circulars) > 1:
            problems.append(
                RecapProblem(
                    ProblemCode.DIFFERENT_CIRCULARS,
                    items[0].summary.agency,
                    others=tuple(
                        f"{cid}: " + ", ".join(item.path.name for item in items if item.circular.id == cid)
                        for cid in circulars
                    ),
                )
            )
    for i, a in enumerate(read):
        for b in read[i + 1 :]:
            span = _overlap(a, b)
            if span is None or _casefold(a.summary.agency) != _casefold(b.summary.agency):
                continue
            same_unit = _casefold(a.summary.department) == _casefold(b.summary.department)
            if same_unit:
                code = ProblemCode.OVERLAPPING_PERIODS
            elif a.circular.id == b.circular.id and (a.plan.first, a.plan.last) != (b.plan.first, b.plan.last):
                code = ProblemCode.PARTIAL_OVERLAP
            else:
                continue
            problems.append(
                RecapProblem(
                    code, str(a.path), detail=f"{span[0].isoformat()}|{span[1].isoformat()}", others=(str(b.path),)
                )
            )
    owner: dict[Nip, list[int]] = {}
    for index, item in enumerate(read):
        for member in item.plan.roster.staff:
            owner.setdefault(member.nip, []).append(index)
    shared: dict[tuple[int, int], list[Nip]] = {}
    for nip, indexes in owner.items():
        for position, i in enumerate(indexes):
            for j in indexes[position + 1 :]:
                if _overlap(read[i], read[j]) is not None:
                    shared.setdefault((i, j), []).append(nip)
    for (i, j), nips in shared.items():
        span = _overlap(read[i], read[j])
        assert span is not None
        member = read[i].plan.roster.staff[read[i].plan.roster.index_of(nips[0])]
        problems.append(
            RecapProblem(
                ProblemCode.SAME_NIP,
                str(read[i].path),
                detail=f"{len(nips)}|{nips[0]}|{member.name}|{span[0].isoformat()}|{span[1].isoformat()}",
                others=(str(read[j].path),),
            )
        )
    return problems


def _combined_checks(
    read: Sequence[_Read], first: dt.date | None, last: dt.date | None
) -> tuple[list[CombinedCheck], list[RecapProblem]]:
    """One check per agency and circular that has two plans or more (plans without a letterhead name no agency)."""
    # Plans that read the circular differently (another risk zone, non-ASN staff counted or not)
    # are not one agency's plan under one reading, so they are combined only with their likes.
    groups: dict[tuple[str, str, str | None, bool], list[_Read]] = {}
    for item in read:
        if item.summary.agency:
            policy = item.plan.policy
            key = (_casefold(item.summary.agency), item.circular.id, policy.risk_zone, policy.count_non_asn)
            groups.setdefault(key, []).append(item)
    checks: list[CombinedCheck] = []
    problems: list[RecapProblem] = []
    for items in groups.values():
        if len(items) < 2:
            continue
        start = max([item.plan.first for item in items] + ([first] if first else []))
        end = min([item.plan.last for item in items] + ([last] if last else []))
        if start > end:
            problems.append(
                RecapProblem(
                    ProblemCode.NO_COMMON_DAYS,
                    items[0].summary.agency,
                    detail=items[0].circular.id,
                    others=tuple(str(item.path) for item in items),
                )
            )
            continue
        plan = combined_plan([item.plan for item in items], [item.summary.department for item in items], start, end)
        circular = items[0].circular
        validator = Validator(plan, circular, indonesian_calendar(start, end))
        violations = tuple(validator.violations())
        counts = Counter((v.severity.value, v.rule.value) for v in violations)
        checks.append(
            CombinedCheck(
                agency=items[0].summary.agency,
                circular_id=CircularId(circular.id),
                circular_name=circular.name,
                files=tuple(str(item.path) for item in items),
                first=start,
                last=end,
                staff=len(plan.roster.staff),
                errors=validator.errors,
                warnings=validator.warnings,
                by_rule=tuple(RuleCount(severity, rule, count) for (severity, rule), count in sorted(counts.items())),
                violations=violations,
                plan=plan,
                departments=tuple(item.summary.department for item in items),
            )
        )
    return checks, problems


def combined_plan(plans: Sequence[Plan], departments: Sequence[str], first: dt.date, last: dt.date) -> Plan:
    """The plans as one plan from ``first`` to ``last``: the instansi, its departments, their units and staff.

    Each plan becomes a top-level unit named after its department (the plan's own units under
    it), so the combined tree reads instansi → department (plan) → unit, and a circular's scope
    finds its level: the whole plan for the agency, the top level for each department, each
    person's own unit for the smallest. Unit ids are made unique per plan; a person on two
    plans is taken from the first (the recap reports the second as a problem), with everything
    that is theirs (non-ASN mark, exemptions). The days off
    are the ones all plans share; the quota level is the plans' own (one deeper, under the
    department) when they agree, else each person's own unit. The agency's own policy stays
    with each plan (checked there), so only the circular's rules are checked here.
    """
    units: list[Unit] = []
    staff: list[StaffMember] = []
    taken: set[Nip] = set()
    sources: list[tuple[int, int]] = []
    for index, (plan, department) in enumerate(zip(plans, departments, strict=True)):
        root = UnitId(str(index))

        def renamed(unit_id: UnitId, index: int = index) -> UnitId:
            return UnitId(f"{index}{COMBINED_UNIT_SEPARATOR}{unit_id}")

        first_category = next(iter(plan.roster.units.values())).category if plan.roster.units else Category.ADMINISTRASI
        units.append(Unit(root, department, first_category))
        units.extend(
            Unit(renamed(u.id), u.name, u.category, renamed(u.parent) if u.parent else root, u.week)
            for u in plan.roster.units.values()
        )
        for row, member in enumerate(plan.roster.staff):
            if member.nip in taken:
                continue
            taken.add(member.nip)
            staff.append(replace(member, unit=renamed(member.unit)))  # non-ASN mark and exemptions kept
            sources.append((index, row))
    levels = {plan.quota_level for plan in plans}
    added = set.intersection(*(set(plan.days_added) for plan in plans))
    removed = frozenset.intersection(*(plan.days_removed for plan in plans))
    combined = Plan(
        name="Gabungan",
        circular_id=plans[0].circular_id,
        first=first,
        last=last,
        roster=Roster(units, staff),
        # how the circular is read (zone, non-ASN counted) is the same for all: they were grouped by it
        policy=AgencyPolicy(risk_zone=plans[0].policy.risk_zone, count_non_asn=plans[0].policy.count_non_asn),
        quota_level=None if len(levels) != 1 or (level := levels.pop()) is None else level + 1,
        days_added={day: plans[0].days_added[day] for day in added if first <= day <= last},
        days_removed=[day for day in removed if first <= day <= last],
    )
    width = len(combined.days)
    rows = combined.rows()
    for target, (index, row) in enumerate(sources):
        plan = plans[index]
        offset = plan.column_of(first)
        rows[target][:] = plan.rows()[row][offset : offset + width]
    return combined
