"""The grid format: the plan's interchange CSV.

Columns ``NIP, Nama, Jabatan, Pangkat, Unit, Kategori``, optionally ``Hari kerja`` (``5`` or
``6``: the unit's working week), then one per date ``YYYY-MM-DD``.

UTF-8 with or without BOM (also UTF-16/32 and Windows-1252), comma, semicolon or tab separated.
Cells hold a status code, blank on non-working days or where nothing is planned. ``Unit`` may
name a unit below its parents as ``Biro Umum > Bagian Rumah Tangga``. Rows may come in any order.
NIPs are written spaced as on documents (``19860926 201505 1 001``), which a spreadsheet keeps as
text; with or without spaces they are read. Non-ASN staff (PPNPN, honorer) have the planner's
internal number in the NIP column (``NA-3F2A9C0B1D4E5F60``): that form alone marks them non-ASN
when the file is read back, as it does in a plan file.

Lines before the header that start with ``#`` carry what the plan itself says about days and
units, so that the file travels alone (by e-mail or chat) and ``new --grid`` gives the same plan:

- ``# libur: 2024-04-18 Rapat kerja`` — a day off of the agency's own, with its name;
- ``# masuk: 2024-04-10`` — a national day off the plan works anyway;
- ``# unit: Biro Umum > Protokol = administrasi; 6`` — a unit with its category and working
  week, in the plan's order (a unit without staff of its own comes through only this way).

Other ``#`` lines are comments. Every ``#`` line is optional.

Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is written with a
leading ``'`` and read back without it, so opening the file in Excel runs nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path
from typing import cast

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip, check_nip, format_nip, is_internal_number
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.io.atomic import write_text_atomically
from planner.io.limits import without_controls
from planner.io.text_file import TextTableError, decode, normal_line_ends, records

FIXED_COLUMNS = ("NIP", "Nama", "Jabatan", "Pangkat", "Unit", "Kategori")
WEEK_COLUMN = "Hari kerja"
"""The optional column of each row's unit's working week: 5 or 6."""
DAY_OFF_LINE = "# libur:"
WORKED_LINE = "# masuk:"
UNIT_LINE = "# unit:"
MAX_DATES = 3_700
"""Date columns: ten years, far beyond any plan; more is refused rather than read for minutes."""
UNIT_SEPARATOR = " > "
MAX_PROBLEMS = 50
FORMULA_STARTS = "=+-@"
"""First characters that make a spreadsheet treat typed or imported text as a formula."""


class GridError(PlannerError):
    """A grid file that cannot be used; ``problems`` names the line and column of each."""

    def __init__(self, problems: list[str]) -> None:
        """Keep every problem; the message shows the first ``MAX_PROBLEMS``."""
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"… dan {len(problems) - MAX_PROBLEMS} masalah lain")
        super().__init__("\n".join(shown))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class GridRow:
    """One person's line in a grid file."""

    line: int
    nip: Nip
    name: str
    position: str
    rank: str
    unit_path: tuple[str, ...]
    category: Category
    cells: dict[dt.date, Status]
    week: WorkWeek | None = None
    """The unit's working week as the row's ``Hari kerja`` says; None when the file does not say."""
    non_asn: bool = False
    """True for non-ASN staff: ``nip`` is then an internal number (``NA-`` + 16 hex digits)."""


@dataclass(frozen=True, slots=True)
class GridUnit:
    """A unit as a ``# unit:`` line gives it."""

    path: tuple[str, ...]
    category: Category
    week: WorkWeek


@dataclass(frozen=True, slots=True)
class Grid:
    """A whole grid file, checked."""

    source: str
    dates: tuple[dt.date, ...]
    rows: tuple[GridRow, ...]
    days_off: Mapping[dt.date, str] = field(default_factory=dict)
    """The plan's own days off (``# libur:``), with their names."""
    days_worked: frozenset[dt.date] = frozenset()
    """National days off the plan works (``# masuk:``)."""
    units: tuple[GridUnit, ...] = ()
    """Units as the ``# unit:`` lines give them, in order."""


def read_grid(path: Path, *, today: dt.date | None = None) -> Grid:
    """Read and check a grid file.

    Raises:
        GridError: with every problem found, each naming the file, line and column.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise GridError([f"{path.name}: tidak dapat dibaca ({error.strerror or error})"]) from error
    try:
        text = decode(raw, path.name)
    except TextTableError as error:
        raise GridError([str(error)]) from error
    return parse_grid(text, path.name, today=today)


def parse_grid(text: str, source: str, *, today: dt.date | None = None) -> Grid:
    """Check grid text; ``source`` names the file in messages.

    Raises:
        GridError: with every problem found.
    """
    text = normal_line_ends(text)
    lines = text.split("\n")
    header_index = next((i for i, line in enumerate(lines) if line.strip() and not _is_hash_line(line)), None)
    if header_index is None:
        raise GridError([f"{source}: berkas kosong; baris pertama harus berisi judul kolom"])
    header_line = lines[header_index][:65536]
    delimiter = max((";", ",", "\t"), key=lambda candidate: (header_line.count(candidate), candidate == ","))
    try:
        found = records(text, delimiter, source)
    except TextTableError as error:
        raise GridError([str(error)]) from error
    start = next(
        (i for i, (line, fields) in enumerate(found) if line > header_index and any(f.strip() for f in fields)), None
    )
    if start is None:
        raise GridError([f"{source}: baris {header_index + 1}: judul kolom tidak dapat dibaca"])
    header_number, header = found[start]
    # Only the lines above the header can be ``#`` lines of the plan: the staff rows below are not looked at.
    hash_lines = [(line, fields[0].strip()) for line, fields in found[:start] if fields and _is_hash_line(fields[0])]
    return parse_grid_rows(
        header,
        found[start + 1 :],
        source,
        header_line=header_number,
        today=today,
        hash_lines=[(line, value) for line, value in hash_lines if line < header_number],
    )


def _is_hash_line(text: str) -> bool:
    """A ``#`` line, as written or quoted by a CSV writer (``"# libur: 2024-04-18 Rapat, kerja"``)."""
    return text.lstrip().lstrip('"').startswith("#")


def parse_grid_rows(
    header: Sequence[str],
    records: Iterable[tuple[int, Sequence[str]]],
    source: str,
    *,
    header_line: int = 1,
    today: dt.date | None = None,
    hash_lines: Iterable[tuple[int, str]] = (),
) -> Grid:
    """Check a grid given as a header and numbered rows of text, from a CSV file or a spreadsheet.

    Args:
        header: the titles, one per column.
        records: (line or row number as the user sees it, cells) for each line below the header.
        source: names the file (and sheet) in messages.
        header_line: the header's own line or row number, for messages.
        today: the date NIPs are checked against (appointment not in the future).
        hash_lines: (line, text) of the ``#`` lines above the header.

    Raises:
        GridError: with every problem found.
    """
    header = [cell.strip() for cell in header]
    problems: list[str] = []
    days_off, days_worked, units = _read_hash_lines(hash_lines, source, problems)
    fixed = {name.casefold(): name for name in (*FIXED_COLUMNS, WEEK_COLUMN)}
    column_of: dict[str, int] = {}
    date_columns: list[tuple[int, dt.date]] = []
    for index, title in enumerate(header):
        name = fixed.get(title.casefold())
        if name is not None:
            if name in column_of:
                problems.append(f"{source}: baris {header_line}: kolom {name} muncul dua kali")
            column_of[name] = index
            continue
        try:
            date_columns.append((index, dt.date.fromisoformat(title)))
        except ValueError:
            if title:
                problems.append(
                    f"{source}: baris {header_line}, kolom {index + 1}: judul {title!r} tidak dikenal "
                    "(harus salah satu dari NIP, Nama, Jabatan, Pangkat, Unit, Kategori, Hari kerja, "
                    "atau tanggal TTTT-BB-HH)"
                )
    missing = [name for name in FIXED_COLUMNS if name not in column_of]
    if missing:
        problems.append(f"{source}: baris {header_line}: kolom {', '.join(missing)} tidak ada")
    if len(date_columns) > MAX_DATES:
        problems.append(f"{source}: baris {header_line}: {len(date_columns)} kolom tanggal, lebih dari {MAX_DATES}")
    seen_dates = Counter(day for _, day in date_columns)
    problems += [
        f"{source}: baris {header_line}: tanggal {day} muncul dua kali" for day, n in seen_dates.items() if n > 1
    ]
    if problems:
        raise GridError(problems)

    rows: list[GridRow] = []
    first_line_of: dict[Nip, int] = {}
    category_of: dict[str, Category] = {}
    """Each category text already read, as parsed."""
    unit_path_of: dict[str, tuple[str, ...]] = {}
    """Each unit text already read, as a path."""
    week_of: dict[str, WorkWeek | None] = {}
    """Each ``Hari kerja`` text already read, as a week (None: not one)."""
    today = today or dt.date.today()
    nip_column, name_column = column_of["NIP"], column_of["Nama"]
    # Positions, ranks, units, categories and weeks repeat across thousands of rows: each text is cleaned once.
    repeated: list[tuple[int, dict[str, str]]] = [
        (column_of[name], {}) for name in ("Jabatan", "Pangkat", "Unit", "Kategori")
    ]
    week_column = column_of.get(WEEK_COLUMN)
    if week_column is not None:
        repeated.append((week_column, {}))
    # The cells of a row are read with C-level calls (itemgetter, map, compress), a whole row at a
    # time; a row holding anything but exact codes and blanks is read again cell by cell for its messages.
    days = tuple(day for _, day in date_columns)
    codes_of = _picker([index for index, _ in date_columns])
    cell_of_code = _CELL_OF_CODE.get
    for line, raw_values in records:
        if not "".join(raw_values).strip():  # an empty line (one string test, not one per cell)
            continue
        values = [*raw_values, *[""] * (len(header) - len(raw_values))]
        if len(problems) > 10 * MAX_PROBLEMS:
            break
        nip_text = _clean(values[nip_column])
        name = _clean(values[name_column])
        cleaned = []
        for index, seen in repeated:
            raw = values[index]
            text = seen.get(raw)
            if text is None:
                text = seen[raw] = _clean(raw)
            cleaned.append(text)
        position, rank, unit_text, category_text, *week_texts = cleaned
        non_asn = is_internal_number(nip_text.upper())
        check = check_nip(nip_text, today=today, non_asn=non_asn)
        if not check.ok:
            problems.append(f"{source}: baris {line}, kolom NIP: {nip_text!r}: {check.explain()}")
        elif check.digits in first_line_of:
            problems.append(
                f"{source}: baris {line}, kolom NIP: {check.digits} sudah ada di baris "
                f"{first_line_of[Nip(check.digits)]}"
            )
        else:
            first_line_of[Nip(check.digits)] = line
        if not name:
            problems.append(f"{source}: baris {line}, kolom Nama: nama kosong")
        unit_path = unit_path_of.get(unit_text)
        if unit_path is None:
            unit_path = unit_path_of[unit_text] = tuple(
                part.strip() for part in unit_text.split(UNIT_SEPARATOR.strip())
            )
        if not all(unit_path):
            problems.append(f"{source}: baris {line}, kolom Unit: nama unit kosong")
        try:
            category = category_of.get(category_text) or category_of.setdefault(
                category_text, Category.parse(category_text)
            )
        except ValueError:
            keys = ", ".join(c.key for c in Category)
            problems.append(
                f"{source}: baris {line}, kolom Kategori: {category_text!r} tidak dikenal (yang dikenal: {keys})"
            )
            category = Category.ADMINISTRASI
        week: WorkWeek | None = None
        if week_texts and (week_text := week_texts[0]):
            week = week_of[week_text] if week_text in week_of else week_of.setdefault(week_text, _week(week_text))
            if week is None:
                problems.append(f"{source}: baris {line}, kolom {WEEK_COLUMN}: {week_text!r} harus 5 atau 6")
        cells: dict[dt.date, Status]
        found = list(map(cell_of_code, codes_of(values), repeat(_UNKNOWN)))
        if _UNKNOWN not in found:  # exact codes and blanks only: the usual row; a status is never falsy
            cells = cast("dict[dt.date, Status]", dict(compress(zip(days, found, strict=True), found)))
        else:
            cells = {}
            for index, day in date_columns:
                code = values[index]
                status = _STATUS_OF_CODE.get(code)
                if status is not None:
                    cells[day] = status
                    continue
                code = code.strip()
                if not code:
                    continue
                status = _STATUS_OF_CODE.get(code.upper())
                if status is not None:
                    cells[day] = status
                else:
                    codes = " ".join(s.code for s in Status)
                    problems.append(f"{source}: baris {line}, kolom {day}: {code[:40]!r} bukan kode status ({codes})")
        for name_of_column, text in (("Nama", name), ("Jabatan", position), ("Pangkat", rank), ("Unit", unit_text)):
            if len(text) > MAX_TEXT:
                problems.append(f"{source}: baris {line}, kolom {name_of_column}: lebih dari {MAX_TEXT} karakter")
        rows.append(GridRow(line, Nip(check.digits), name, position, rank, unit_path, category, cells, week, non_asn))
    if not rows and not problems:
        problems.append(f"{source}: tidak ada baris pegawai")
    if problems:
        raise GridError(problems)
    return Grid(source, tuple(sorted(day for _, day in date_columns)), tuple(rows), days_off, days_worked, units)


_STATUS_OF_CODE = {status.code: status for status in Status}
"""Each status by its (upper-case) code."""
_CELL_OF_CODE: dict[str, Status | None] = {**_STATUS_OF_CODE, "": None}
"""What a cell written exactly as the grid writes it holds: a status, or None when blank."""
_UNKNOWN = object()
"""A cell ``_CELL_OF_CODE`` does not know: one to read with ``strip`` and ``upper``, or a wrong one."""


def _picker(indices: Sequence[int]) -> Callable[[Sequence[str]], Sequence[str]]:
    """A function giving the values at ``indices`` of a row, in one C call when there are two or more."""
    if len(indices) >= 2:
        return itemgetter(*indices)
    return lambda values: [values[index] for index in indices]


def _clean(text: str) -> str:
    """A text cell as the plan keeps it: no control characters, single spaces, no formula guard."""
    return unneutralised(" ".join(without_controls(text).split()))


MAX_TEXT = 500
"""Characters of a name, position, rank or unit path: beyond any real one."""


def _week(text: str) -> WorkWeek | None:
    return {"5": WorkWeek.FIVE_DAYS, "6": WorkWeek.SIX_DAYS}.get(text.strip().removesuffix(".0"))


def _read_hash_lines(
    lines: Iterable[tuple[int, str]], source: str, problems: list[str]
) -> tuple[dict[dt.date, str], frozenset[dt.date], tuple[GridUnit, ...]]:
    """The days off, worked days and units of the ``#`` lines; a line that says one of them wrongly is a problem."""
    days_off: dict[dt.date, str] = {}
    worked: set[dt.date] = set()
    units: list[GridUnit] = []
    for line, raw in lines:
        text = " ".join(without_controls(raw).split())
        key = text.casefold()
        where = f"{source}: baris {line}"
        if key.startswith((DAY_OFF_LINE, WORKED_LINE)):
            label = DAY_OFF_LINE if key.startswith(DAY_OFF_LINE) else WORKED_LINE
            rest = text[len(label) :].strip()
            day_text, _, name = rest.partition(" ")
            try:
                day = dt.date.fromisoformat(day_text)
            except ValueError:
                problems.append(f"{where}: {text[:80]!r}: tanggal harus TTTT-BB-HH")
                continue
            if label == DAY_OFF_LINE:
                days_off[day] = name.strip() or "Libur instansi"
            else:
                worked.add(day)
        elif key.startswith(UNIT_LINE):
            path_text, _, rest = text[len(UNIT_LINE) :].rpartition("=")
            category_text, _, week_text = rest.partition(";")
            path = tuple(part.strip() for part in path_text.split(UNIT_SEPARATOR.strip()))
            week = _week(week_text) if week_text.strip() else WorkWeek.FIVE_DAYS
            try:
                category = Category.parse(category_text.strip())
            except ValueError:
                category = None
            if not all(path) or category is None or week is None:
                problems.append(f"{where}: {text[:80]!r}: tulis '{UNIT_LINE} Unit > Sub unit = kategori; 5' (atau 6)")
                continue
            units.append(GridUnit(path, category, week))
    return days_off, frozenset(worked), tuple(units)


def plan_from_grid(
    grid: Grid,
    *,
    circular_id: CircularId,
    calendar: WorkCalendar,
    name: str,
    first: dt.date | None = None,
    last: dt.date | None = None,
    profile: AgencyProfile | None = None,
    policy: AgencyPolicy | None = None,
    no_remote: Mapping[Nip, str] | None = None,
) -> Plan:
    """Build a plan from a checked grid; the range defaults to the grid's dates.

    ``no_remote`` gives, by NIP, the reason a person may not work remotely.

    Each unit takes the category most of its own staff have; a person whose category differs
    keeps it as their own.

    Raises:
        GridError: a status on a non-working day or outside the range, or no range at all.
    """
    if first is None or last is None:
        if not grid.dates:
            raise GridError([f"{grid.source}: tidak ada kolom tanggal; sebutkan rentang dengan --from dan --to"])
        first = first or grid.dates[0]
        last = last or grid.dates[-1]
    if last < first:
        raise GridError([f"{grid.source}: rentang terbalik: {first} sampai {last}"])
    if (last - first).days >= MAX_DATES:
        raise GridError([f"{grid.source}: rentang {first} – {last} lebih dari {MAX_DATES} hari"])
    problems: list[str] = []
    units, unit_of_path = _units_from(grid.rows, grid.units, problems)
    calendar = calendar.with_changes(
        {**calendar.added, **grid.days_off}, frozenset(calendar.removed | grid.days_worked)
    )
    staff: list[StaffMember] = []
    cells: dict[Nip, dict[dt.date, Status]] = {}
    position = {path: index for index, path in enumerate(unit_of_path)}
    # Why a status cannot stand on each day of the grid, per kind of week: worked out once per day, not per cell.
    trouble = {
        week: {day: _trouble(day, first, last, calendar, week) for day in grid.dates}
        for week in {unit.week for unit in units.values()}
    }
    troubled = {week: {day for day, problem in days.items() if problem is not None} for week, days in trouble.items()}
    for row in sorted(grid.rows, key=lambda r: position[r.unit_path]):
        unit = units[unit_of_path[row.unit_path]]
        staff.append(
            StaffMember(
                nip=row.nip,
                name=row.name,
                unit=unit.id,
                position=row.position,
                rank=row.rank,
                category=row.category if row.category is not unit.category else None,
                no_remote_reason=(no_remote or {}).get(row.nip),
                non_asn=row.non_asn,
            )
        )
        trouble_on = trouble[unit.week]
        # The usual row: every status on a working day of the grid's range, checked as sets.
        if row.cells.keys() <= trouble_on.keys() and troubled[unit.week].isdisjoint(row.cells):
            if row.cells:
                cells[row.nip] = dict(row.cells)
            continue
        kept: dict[dt.date, Status] = {}
        for day, status in row.cells.items():
            problem = trouble_on[day] if day in trouble_on else _trouble(day, first, last, calendar, unit.week)
            if problem is None:
                kept[day] = status
            else:
                where = f"{grid.source}: baris {row.line}, kolom {day}"
                problems.append(f"{where}: {problem.replace(_CODE, status.code)}")
        if kept:
            cells[row.nip] = kept
    if problems:
        raise GridError(problems)
    return Plan(
        name=name,
        circular_id=circular_id,
        first=first,
        last=last,
        roster=Roster(units.values(), staff),
        profile=profile,
        policy=policy,
        days_added=grid.days_off,
        days_removed=grid.days_worked,
        cells=cells,
    )


def _trouble(day: dt.date, first: dt.date, last: dt.date, calendar: WorkCalendar, week: WorkWeek) -> str | None:
    """Why a status cannot stand on ``day`` (``_CODE`` stands for the status), or None when it can."""
    if not first <= day <= last:
        return f"di luar rentang rencana {first} – {last}"
    day_off = calendar.day_off(day, week)
    if day_off is not None:
        return f"{_CODE} pada hari libur ({day_off.name}); kosongkan sel ini"
    return None


_CODE = "\x00status\x00"
"""Where ``_trouble``'s sentence names the status, replaced by its code."""


def _units_from(
    rows: Iterable[GridRow], listed: Sequence[GridUnit] = (), problems: list[str] | None = None
) -> tuple[dict[UnitId, Unit], dict[tuple[str, ...], UnitId]]:
    """Units in depth-first order (each right after its parent, siblings as they first appear).

    Units the ``# unit:`` lines give come first, with their category and week. Any other unit
    takes the category most of its own staff have (a parent with no staff of its own, the one
    most of its subtree has) and the week its rows' ``Hari kerja`` says, else five days. Rows
    of one unit that disagree on the week are a problem.
    """
    rows = list(rows)
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {(): []}
    direct: dict[tuple[str, ...], Counter[Category]] = {}
    subtree: dict[tuple[str, ...], Counter[Category]] = {}
    given = {unit.path: unit for unit in listed}
    weeks: dict[tuple[str, ...], tuple[WorkWeek, int]] = {}

    def add(path: tuple[str, ...]) -> None:
        for depth in range(1, len(path) + 1):
            if path[:depth] not in children:
                children[path[:depth]] = []
                children[path[: depth - 1]].append(path[:depth])

    for unit in listed:
        add(unit.path)
    # Counted per unit and category, not per row: a large agency has 50,000 rows but a few
    # hundred of these. They come in the order they first appear, so units and ties keep that order.
    for (path, category), count in Counter((row.unit_path, row.category) for row in rows).items():
        add(path)
        direct.setdefault(path, Counter())[category] += count
        for depth in range(1, len(path) + 1):
            subtree.setdefault(path[:depth], Counter())[category] += count
    for row in rows:
        if row.week is not None:
            seen = weeks.setdefault(row.unit_path, (row.week, row.line))
            if seen[0] is not row.week and problems is not None:
                problems.append(
                    f"baris {row.line}, kolom {WEEK_COLUMN}: unit {UNIT_SEPARATOR.join(row.unit_path)} "
                    f"{seen[0].value} hari kerja di baris {seen[1]}, {row.week.value} di baris ini"
                )

    unit_of_path: dict[tuple[str, ...], UnitId] = {}
    units: dict[UnitId, Unit] = {}

    def visit(path: tuple[str, ...]) -> None:
        unit_id = UnitId(f"unit-{len(units) + 1}")
        listed_unit = given.get(path)
        counted = direct.get(path) or subtree.get(path)
        if listed_unit is not None:
            category = listed_unit.category
        elif counted:
            category = counted.most_common(1)[0][0]
        else:
            category = Category.ADMINISTRASI
        week = listed_unit.week if listed_unit is not None else WorkWeek.FIVE_DAYS
        if path in weeks:
            week = weeks[path][0]
        parent = unit_of_path[path[:-1]] if len(path) > 1 else None
        unit_of_path[path] = unit_id
        units[unit_id] = Unit(unit_id, path[-1], category, parent, week)
        for child in children[path]:
            visit(child)

    for top in children[()]:
        visit(top)
    return units, unit_of_path


def grid_text(plan: Plan, *, delimiter: str = ",") -> str:
    """The plan in the grid format: ``#`` lines for its days and units, then the header and one row per person."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    roster = plan.roster
    for day, name in sorted(plan.days_added.items()):
        writer.writerow([f"{DAY_OFF_LINE} {day.isoformat()} {name}".rstrip()])
    for day in sorted(plan.days_removed):
        writer.writerow([f"{WORKED_LINE} {day.isoformat()}"])
    for unit_id, unit in roster.units.items():
        path = UNIT_SEPARATOR.join(roster.path(unit_id))
        writer.writerow([neutralised(f"{UNIT_LINE} {path} = {unit.category.key}; {unit.week.value}")])
    writer.writerow([*FIXED_COLUMNS, WEEK_COLUMN, *(day.isoformat() for day in plan.days)])
    for row, member in enumerate(roster.staff):
        statuses = [plan.status(row, column) for column in range(len(plan.days))]
        writer.writerow(
            [
                format_nip(member.nip),
                neutralised(member.name),
                neutralised(member.position),
                neutralised(member.rank),
                neutralised(UNIT_SEPARATOR.join(roster.path(member.unit))),
                roster.category_of(member).key,
                roster.units[member.unit].week.value,
                *(status.code if status else "" for status in statuses),
            ]
        )
    return buffer.getvalue()


def write_grid(plan: Plan, path: Path, *, delimiter: str = ",") -> None:
    """Save the plan as a grid CSV (UTF-8 with BOM, so Excel reads the names right).

    Raises:
        PlannerError: the file cannot be written.
    """
    write_text_atomically(path, grid_text(plan, delimiter=delimiter), encoding="utf-8-sig")


def neutralised(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula ("=HYPERLINK(…)").

    A lone ``-`` (a common "none" in staff lists) runs nothing and is left as it is.
    """
    return "'" + text if len(text) > 1 and text[0] in FORMULA_STARTS else text


def unneutralised(text: str) -> str:
    """The text ``neutralised`` was given: the ``'`` it added is dropped."""
    return text[1:] if len(text) > 2 and text[0] == "'" and text[1] in FORMULA_STARTS else text
