"""The grid format: the plan's interchange CSV.

Columns ``NIP, Nama, Jabatan, Pangkat, Unit, Kategori``, then one per date ``YYYY-MM-DD``.

UTF-8 with or without BOM, comma or semicolon separated. Cells hold a status code, blank on
non-working days or where nothing is planned. ``Unit`` may name a unit below its parents as
``Biro Umum > Bagian Rumah Tangga``. Rows may come in any order.

Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is written with a
leading ``'`` and read back without it, so opening the file in Excel runs nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip, check_nip
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.policy import AgencyPolicy
from planner.domain.roster import Roster, StaffMember, Unit, UnitId
from planner.domain.status import Status
from planner.io.atomic import write_text_atomically

FIXED_COLUMNS = ("NIP", "Nama", "Jabatan", "Pangkat", "Unit", "Kategori")
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


@dataclass(frozen=True, slots=True)
class Grid:
    """A whole grid file, checked."""

    source: str
    dates: tuple[dt.date, ...]
    rows: tuple[GridRow, ...]


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
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return parse_grid(text, path.name, today=today)


def parse_grid(text: str, source: str, *, today: dt.date | None = None) -> Grid:
    """Check grid text; ``source`` names the file in messages.

    Raises:
        GridError: with every problem found.
    """
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise GridError([f"{source}: berkas kosong; baris pertama harus berisi judul kolom"])
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader)
    return parse_grid_rows(header, ((reader.line_num, values) for values in reader), source, today=today)


def parse_grid_rows(
    header: Sequence[str],
    records: Iterable[tuple[int, Sequence[str]]],
    source: str,
    *,
    header_line: int = 1,
    today: dt.date | None = None,
) -> Grid:
    """Check a grid given as a header and numbered rows of text, from a CSV file or a spreadsheet.

    Args:
        header: the titles, one per column.
        records: (line or row number as the user sees it, cells) for each line below the header.
        source: names the file (and sheet) in messages.
        header_line: the header's own line or row number, for messages.
        today: the date NIPs are checked against (appointment not in the future).

    Raises:
        GridError: with every problem found.
    """
    header = [cell.strip() for cell in header]
    problems: list[str] = []
    fixed = {name.casefold(): name for name in FIXED_COLUMNS}
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
                    "(harus salah satu dari NIP, Nama, Jabatan, Pangkat, Unit, Kategori, atau tanggal TTTT-BB-HH)"
                )
    missing = [name for name in FIXED_COLUMNS if name not in column_of]
    if missing:
        problems.append(f"{source}: baris {header_line}: kolom {', '.join(missing)} tidak ada")
    seen_dates = Counter(day for _, day in date_columns)
    problems += [
        f"{source}: baris {header_line}: tanggal {day} muncul dua kali" for day, n in seen_dates.items() if n > 1
    ]
    if problems:
        raise GridError(problems)

    rows: list[GridRow] = []
    first_line_of: dict[Nip, int] = {}
    for line, raw_values in records:
        if not any(value.strip() for value in raw_values):
            continue
        values = [*raw_values, *[""] * (len(header) - len(raw_values))]

        def field(name: str, values: list[str] = values) -> str:
            return unneutralised(values[column_of[name]].strip())

        where = f"{source}: baris {line}"
        check = check_nip(field("NIP"), today=today)
        if not check.ok:
            problems.append(f"{where}, kolom NIP: {field('NIP')!r}: {check.explain()}")
        elif check.digits in first_line_of:
            problems.append(f"{where}, kolom NIP: {check.digits} sudah ada di baris {first_line_of[Nip(check.digits)]}")
        else:
            first_line_of[Nip(check.digits)] = line
        name = field("Nama")
        if not name:
            problems.append(f"{where}, kolom Nama: nama kosong")
        unit_path = tuple(part.strip() for part in field("Unit").split(UNIT_SEPARATOR.strip()))
        if not all(unit_path):
            problems.append(f"{where}, kolom Unit: nama unit kosong")
        try:
            category = Category.parse(field("Kategori"))
        except ValueError:
            keys = ", ".join(c.key for c in Category)
            problems.append(f"{where}, kolom Kategori: {field('Kategori')!r} tidak dikenal (yang dikenal: {keys})")
            category = Category.ADMINISTRASI
        cells: dict[dt.date, Status] = {}
        for index, day in date_columns:
            code = values[index].strip() if index < len(values) else ""
            if not code:
                continue
            try:
                cells[day] = Status.from_code(code)
            except ValueError:
                codes = " ".join(s.code for s in Status)
                problems.append(f"{where}, kolom {day}: {code!r} bukan kode status ({codes})")
        rows.append(
            GridRow(line, Nip(check.digits), name, field("Jabatan"), field("Pangkat"), unit_path, category, cells)
        )
    if not rows and not problems:
        problems.append(f"{source}: tidak ada baris pegawai")
    if problems:
        raise GridError(problems)
    return Grid(source, tuple(sorted(day for _, day in date_columns)), tuple(rows))


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
    units, unit_of_path = _units_from(grid.rows)
    problems: list[str] = []
    staff: list[StaffMember] = []
    cells: dict[Nip, dict[dt.date, Status]] = {}
    position = {path: index for index, path in enumerate(unit_of_path)}
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
            )
        )
        for day, status in row.cells.items():
            where = f"{grid.source}: baris {row.line}, kolom {day}"
            if not first <= day <= last:
                problems.append(f"{where}: di luar rentang rencana {first} – {last}")
                continue
            day_off = calendar.day_off(day, unit.week)
            if day_off is not None:
                problems.append(f"{where}: {status.code} pada hari libur ({day_off.name}); kosongkan sel ini")
                continue
            cells.setdefault(row.nip, {})[day] = status
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
        cells=cells,
    )


def _units_from(rows: Iterable[GridRow]) -> tuple[dict[UnitId, Unit], dict[tuple[str, ...], UnitId]]:
    """Units in depth-first order (each right after its parent, siblings as they first appear).

    A unit takes the category most of its own staff have; a parent with no staff of its own
    takes the one most of its subtree has.
    """
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {(): []}
    direct: dict[tuple[str, ...], Counter[Category]] = {}
    subtree: dict[tuple[str, ...], Counter[Category]] = {}
    for row in rows:
        direct.setdefault(row.unit_path, Counter())[row.category] += 1
        for depth in range(1, len(row.unit_path) + 1):
            path = row.unit_path[:depth]
            if path not in children:
                children[path] = []
                children[path[:-1]].append(path)
            subtree.setdefault(path, Counter())[row.category] += 1

    unit_of_path: dict[tuple[str, ...], UnitId] = {}
    units: dict[UnitId, Unit] = {}

    def visit(path: tuple[str, ...]) -> None:
        unit_id = UnitId(f"unit-{len(units) + 1}")
        category = (direct.get(path) or subtree[path]).most_common(1)[0][0]
        parent = unit_of_path[path[:-1]] if len(path) > 1 else None
        unit_of_path[path] = unit_id
        units[unit_id] = Unit(unit_id, path[-1], category, parent)
        for child in children[path]:
            visit(child)

    for top in children[()]:
        visit(top)
    return units, unit_of_path


def grid_text(plan: Plan, *, delimiter: str = ",") -> str:
    """The plan in the grid format."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([*FIXED_COLUMNS, *(day.isoformat() for day in plan.days)])
    roster = plan.roster
    for row, member in enumerate(roster.staff):
        statuses = [plan.status(row, column) for column in range(len(plan.days))]
        writer.writerow(
            [
                member.nip,
                neutralised(member.name),
                neutralised(member.position),
                neutralised(member.rank),
                neutralised(UNIT_SEPARATOR.join(roster.path(member.unit))),
                roster.category_of(member).key,
                *(status.code if status else "" for status in statuses),
            ]
        )
    return buffer.getvalue()


def write_grid(plan: Plan, path: Path) -> None:
    """Save the plan as a grid CSV (UTF-8 with BOM, so Excel reads the names right).

    Raises:
        PlannerError: the file cannot be written.
    """
    write_text_atomically(path, grid_text(plan), encoding="utf-8-sig")


def neutralised(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula ("=HYPERLINK(…)").

    A lone ``-`` (a common "none" in staff lists) runs nothing and is left as it is.
    """
    return "'" + text if len(text) > 1 and text[0] in FORMULA_STARTS else text


def unneutralised(text: str) -> str:
    """The text ``neutralised`` was given: the ``'`` it added is dropped."""
    return text[1:] if len(text) > 2 and text[0] == "'" and text[1] in FORMULA_STARTS else text
