"""The grid as a Qt table model: an adapter over the open plan, never a second copy of it.

Rows are, per unit: a header row, the unit's staff, then one summary row per quota group that
ends there; the last row sums up the whole agency. Columns are No, Nama/NIP, Jabatan, then
one per day of the plan.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.domain.calendar import DAY_ABBREVIATIONS, DAY_NAMES, DayOffKind, format_date_long
from planner.domain.circular import RuleKind
from planner.domain.nip import format_nip
from planner.domain.policy import Severity
from planner.domain.roster import StaffMember, UnitId
from planner.domain.status import Status
from planner.domain.validation import Tally, Violation
from planner.domain.wording import describe, describe_rule, format_percent
from planner.ui.actions import STATUS_KEYS
from planner.ui.grid.document import Document, DocumentChange
from planner.ui.texts import category_label, domain_text, status_label, wording

FIXED_COLUMNS = 4
"""No, Nama / NIP, Jabatan, JJ (remote days): the columns that stay in place while the days scroll."""
REMOTE_COLUMN = 3
"""The per-person count of remote days in the period."""

_Index = QModelIndex | QPersistentModelIndex


class Roles(enum.IntEnum):
    """Custom data roles of the grid model."""

    ROW_KIND = Qt.ItemDataRole.UserRole + 1
    STATUS = enum.auto()
    """The cell's ``Status``, or None for a blank cell."""
    WORKING = enum.auto()
    """True when the cell's day is a working day for the person."""
    SEVERITY = enum.auto()
    """The worst ``Severity`` of the violations that concern the cell, or None."""
    STAFF_ROW = enum.auto()
    """The row in the plan's roster, for staff rows."""
    LOCKED = enum.auto()
    """True when the cell is locked against automatic filling."""


class RowKind(enum.Enum):
    """What a grid row shows."""

    UNIT = "unit"
    STAFF = "staff"
    GROUP = "group"
    AGENCY = "agency"


@dataclass(frozen=True, slots=True)
class CellMarks:
    """What the grid draws over a cell's colour and code."""

    day_off: bool = False
    """A staff cell on a day that is not a working day for the person: hatched."""
    locked: bool = False
    severity: Severity | None = None
    """The worst problem the cell is part of."""


_NO_MARKS = CellMarks()


@dataclass(frozen=True, slots=True)
class _Row:
    kind: RowKind
    ref: int = -1
    """Staff row, quota group index; -1 for the agency row."""
    unit: UnitId | None = None


_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SHOWN_FLAGS = Qt.ItemFlag.ItemIsEnabled
_STAFF_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NON_WORKING = QColor("#E4E4E4")
_HEADER_BACKGROUND = QColor("#EEF1F5")
_SUMMARY_BACKGROUND = QColor("#F7F7F2")
_SEVERITY_COLOURS = {Severity.ERROR: QColor("#C0392B"), Severity.WARNING: QColor("#B9770E")}


class GridModel(QAbstractTableModel):
    """Staff × days, with unit headers and per-day summaries, kept current by the document's signals."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        """Adapt ``document``; the model refreshes itself when the document changes."""
        super().__init__(parent)
        self._document = document
        self._bold = QFont()
        self._bold.setBold(True)
        self._status_brushes = {status: QBrush(QColor(status.colour)) for status in Status}
        self._rows: list[_Row] = []
        self._row_of_staff: list[int] = []
        self.compact_names = False
        """Names on one line, without the NIP (the tooltip still has it)."""
        self.compact_headers = False
        """Day headers as the day's initial over the day of the month, for narrow columns."""
        self._agency: dict[int, Tally] = {}
        """The agency row's figures per day, kept until a change touches that day."""
        self._shown: frozenset[int] | None = None
        """Roster rows the filter lets through; None shows everyone."""
        self._build_rows()
        self._day_marks = self._read_day_marks()
        document.changed.connect(self._on_document_changed)

    # ---- layout --------------------------------------------------------------------------

    def _build_rows(self) -> None:
        plan, validator = self._document.plan, self._document.validator
        roster = plan.roster
        staff_by_unit: dict[UnitId, list[int]] = {}
        for row, member in enumerate(roster.staff):
            staff_by_unit.setdefault(member.unit, []).append(row)
        last_row_of_group: dict[int, int] = {}
        for row in range(len(roster.staff)):
            last_row_of_group[validator.group_of(row)] = row
        groups_after: dict[int, list[int]] = {}
        for group, row in last_row_of_group.items():
            groups_after.setdefault(row, []).append(group)

        shown = self._shown
        if shown is not None:
            # A filter hides people, never figures: a group's summary follows its last person shown
            # and still counts the whole group.
            last_row_of_group = {}
            for row in range(len(roster.staff)):
                if row in shown:
                    last_row_of_group[validator.group_of(row)] = row
            groups_after = {}
            for group, row in last_row_of_group.items():
                groups_after.setdefault(row, []).append(group)

        self._rows = []
        self._row_of_staff = [-1] * len(roster.staff)
        for unit_id in roster.units:
            members = staff_by_unit.get(unit_id, [])
            if shown is not None:
                members = [row for row in members if row in shown]
            if not members:
                continue
            self._rows.append(_Row(RowKind.UNIT, unit=unit_id))
            for row in members:
                self._row_of_staff[row] = len(self._rows)
                self._rows.append(_Row(RowKind.STAFF, row, unit_id))
                self._rows.extend(_Row(RowKind.GROUP, group) for group in sorted(groups_after.get(row, [])))
        self._rows.append(_Row(RowKind.AGENCY))

    @property
    def document(self) -> Document:
        """The open plan this model shows."""
        return self._document

    def grid_row_of_staff(self, staff_row: int) -> int:
        """The model row that shows the person in roster row ``staff_row``; -1 while the filter hides them."""
        return self._row_of_staff[staff_row]

    def set_filter(self, rows: frozenset[int] | None) -> None:
        """Show only the people in roster ``rows`` (None: everyone), still grouped by unit."""
        if rows is not None and len(rows) == len(self._document.plan.roster.staff):
            rows = None
        if rows == self._shown:
            return
        self.beginResetModel()
        self._shown = rows
        self._build_rows()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        """True while a filter hides someone."""
        return self._shown is not None

    def staff_row(self, row: int) -> int | None:
        """The roster row shown in model row ``row``, or None for a header or summary row."""
        entry = self._rows[row]
        return entry.ref if entry.kind is RowKind.STAFF else None

    def set_compact_names(self, compact: bool) -> None:
        """Show names without the NIP line."""
        self.compact_names = compact
        self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def set_compact_headers(self, compact: bool) -> None:
        """Show day headers as "S / 16" instead of "Sel / 16/04"."""
        if compact != self.compact_headers:
            self.compact_headers = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def summary_group(self, row: int) -> int | None:
        """The quota group a group summary row ``row`` counts, or None for any other row."""
        entry = self._rows[row]
        return entry.ref if entry.kind is RowKind.GROUP else None

    def row_kind(self, row: int) -> RowKind:
        """What model row ``row`` shows."""
        return self._rows[row].kind

    # ---- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of grid rows (none under any index: this is a table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The fixed columns plus one per day."""
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._document.plan.days)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Staff cells are selectable; header and summary rows only shown."""
        # Asked for every cell painted: the answers are made once (combining Qt flags in Python is slow).
        if not index.isValid():
            return _NO_FLAGS
        return _STAFF_FLAGS if self._rows[index.row()].kind is RowKind.STAFF else _SHOWN_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows; see ``Roles`` for the custom roles."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Roles.ROW_KIND:
            return entry.kind
        if entry.kind is RowKind.STAFF:
            if column < FIXED_COLUMNS:
                return self._staff_text(entry.ref, column, role)
            return self._cell(entry.ref, column - FIXED_COLUMNS, role)
        if entry.kind is RowKind.UNIT:
            return self._unit_text(entry, column, role)
        return self._summary(entry, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles: the fixed ones, then "Sel" over "16/04" for each day."""
        if orientation is Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("GridModel", "No"),
                    QCoreApplication.translate("GridModel", "Nama / NIP"),
                    QCoreApplication.translate("GridModel", "Jabatan"),
                    QCoreApplication.translate("GridModel", "JJ"),
                )[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == REMOTE_COLUMN:
                return QCoreApplication.translate(
                    "GridModel", "Hari kerja jarak jauh (WFH, WFA) tiap pegawai dalam periode rencana"
                )
            return None
        column = section - FIXED_COLUMNS
        day = self._document.plan.days[column]
        if role == Qt.ItemDataRole.DisplayRole:
            abbreviation = domain_text(DAY_ABBREVIATIONS[day.weekday()])
            if self.compact_headers:
                return f"{abbreviation[:1]}\n{day.day}"
            return f"{abbreviation}\n{day:%d/%m}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._day_tooltip(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            errors, warnings = self._document.validator.day_counts(column)
            if errors:
                return _SEVERITY_COLOURS[Severity.ERROR]
            if warnings:
                return _SEVERITY_COLOURS[Severity.WARNING]
            return None
        if role == Qt.ItemDataRole.FontRole:
            errors, warnings = self._document.validator.day_counts(column)
            return self._bold if errors or warnings else None
        if role == Qt.ItemDataRole.BackgroundRole and self._document.validator.calendar.day_off(day) is not None:
            return _NON_WORKING
        return None

    def cell_face(self, row: int, column: int) -> tuple[str, QBrush | QColor | None, CellMarks] | None:
        """A staff day cell's text, background and marks, for painting; None for any other cell."""
        entry = self._rows[row]
        if entry.kind is not RowKind.STAFF or column < FIXED_COLUMNS:
            return None
        day = column - FIXED_COLUMNS
        status = self._document.plan.status(entry.ref, day)
        text = "" if status is None else STATUS_KEYS[status] if self.compact_headers else status.code
        if not self._document.validator.is_working(entry.ref, day):
            background: QBrush | QColor | None = _NON_WORKING
        else:
            background = self._status_brushes[status] if status else None
        return text, background, self.marks(row, column)

    def marks(self, row: int, column: int) -> CellMarks:
        """The hatch, lock and problem mark of a day cell; none for the fixed columns."""
        if column < FIXED_COLUMNS:
            return _NO_MARKS
        entry, day = self._rows[row], column - FIXED_COLUMNS
        validator = self._document.validator
        if entry.kind is RowKind.STAFF:
            if not validator.is_working(entry.ref, day):
                return CellMarks(day_off=True, locked=self._document.plan.is_locked(entry.ref, day))
            severity = _worst(validator.cell_violations(entry.ref, day))
            locked = self._document.plan.is_locked(entry.ref, day)
            return CellMarks(locked=locked, severity=severity) if locked or severity else _NO_MARKS
        if entry.kind is RowKind.GROUP:
            violation = validator.group_violation(entry.ref, day)
            return CellMarks(severity=violation.severity) if violation else _NO_MARKS
        return _NO_MARKS

    # ---- cell contents -------------------------------------------------------------------

    def _staff_text(self, staff_row: int, column: int, role: int) -> Any:
        member = self._document.plan.roster.staff[staff_row]
        if role == Roles.STAFF_ROW:
            return staff_row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(staff_row + 1)
            if column == 1:
                mark = "⊘ " if member.no_remote_reason else ""
                return mark + (member.name if self.compact_names else f"{member.name}\n{_number_line(member)}")
            if column == REMOTE_COLUMN:
                return str(self.remote_days(staff_row))
            return member.position
        if role == Qt.ItemDataRole.ToolTipRole:
            roster = self._document.plan.roster
            lines = [
                member.name,
                _number_line(member),
                member.position,
                member.rank,
                " > ".join(roster.path(member.unit)),
                QCoreApplication.translate("GridModel", "Kategori: {category}").format(
                    category=category_label(roster.category_of(member))
                ),
            ]
            if column == REMOTE_COLUMN:
                return self._remote_tooltip(staff_row)
            if member.no_remote_reason:
                lines.append(
                    QCoreApplication.translate("GridModel", "Tidak boleh bekerja jarak jauh: {reason}").format(
                        reason=member.no_remote_reason
                    )
                )
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, REMOTE_COLUMN):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and member.no_remote_reason:
            return _SEVERITY_COLOURS[Severity.WARNING]
        return None

    def remote_days(self, staff_row: int) -> int:
        """Working days of the plan the person works remotely (WFH, WFA)."""
        plan, validator = self._document.plan, self._document.validator
        return sum(
            1
            for column in range(len(plan.days))
            if (status := plan.status(staff_row, column)) is not None
            and status.is_remote
            and validator.is_working(staff_row, column)
        )

    def _remote_tooltip(self, staff_row: int) -> str:
        """Remote days per calendar week, with the weekly cap where the circular sets one."""
        document = self._document
        plan, validator = document.plan, document.validator
        category = plan.roster.category_of(plan.roster.staff[staff_row])
        weeks: dict[dt.date, int] = {}
        caps: dict[dt.date, int] = {}
        for column, day in enumerate(plan.days):
            monday = day - dt.timedelta(days=day.weekday())
            weeks.setdefault(monday, 0)
            status = plan.status(staff_row, column)
            if status is not None and status.is_remote and validator.is_working(staff_row, column):
                weeks[monday] += 1
            period = document.circular.period_on(day)
            rule = period.rules.get(category) if period is not None else None
            if rule is not None and rule.kind is RuleKind.WEEKLY_REMOTE_MAX and rule.value is not None:
                caps[monday] = rule.value
        lines = [
            QCoreApplication.translate("GridModel", "{days} hari jarak jauh dalam periode").format(
                days=sum(weeks.values())
            )
        ]
        for monday, count in weeks.items():
            line = QCoreApplication.translate("GridModel", "Minggu {day}: {count} hari").format(
                day=f"{monday:%d/%m}", count=count
            )
            if monday in caps:
                line += " " + QCoreApplication.translate("GridModel", "(batas {cap} hari per minggu)").format(
                    cap=caps[monday]
                )
            lines.append(line)
        return "\n".join(lines)

    def _cell(self, staff_row: int, column: int, role: int) -> Any:
        document = self._document
        if role == Qt.ItemDataRole.DisplayRole:
            status = document.plan.status(staff_row, column)
            if status is None:
                return ""
            # A narrow column shows the key letter (H for WFH), so a code is never cut to "W…".
            return STATUS_KEYS[status] if self.compact_headers else status.code
        if role == Roles.STATUS:
            return document.plan.status(staff_row, column)
        if role == Roles.WORKING:
            return document.validator.is_working(staff_row, column)
        if role == Roles.SEVERITY:
            return _worst(document.validator.cell_violations(staff_row, column))
        if role == Roles.STAFF_ROW:
            return staff_row
        if role == Roles.LOCKED:
            return document.plan.is_locked(staff_row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not document.validator.is_working(staff_row, column):
                return _NON_WORKING
            status = document.plan.status(staff_row, column)
            return self._status_brushes[status] if status else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(staff_row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _cell_tooltip(self, staff_row: int, column: int) -> str:
        document = self._document
        plan = document.plan
        member = plan.roster.staff[staff_row]
        day = plan.days[column]
        lines = [f"{member.name} — {domain_text(DAY_NAMES[day.weekday()])}, {format_date_long(day)}"]
        unit_week = plan.roster.units[member.unit].week
        day_off = document.validator.calendar.day_off(day, unit_week)
        if day_off is not None:
            lines.append(QCoreApplication.translate("GridModel", "Bukan hari kerja: {name}").format(name=day_off.name))
            return "\n".join(lines)
        status = plan.status(staff_row, column)
        lines.append(
            f"{status.code}: {status_label(status)}"
            if status
            else QCoreApplication.translate("GridModel", "Kosong: dihitung sebagai WFO")
        )
        if plan.is_locked(staff_row, column):
            lines.append(QCoreApplication.translate("GridModel", "Dikunci: isi otomatis tidak mengubah sel ini"))
        lines += [
            f"• {describe(v, plan.roster, wording)}" for v in document.validator.cell_violations(staff_row, column)
        ]
        return "\n".join(lines)

    def _unit_text(self, entry: _Row, column: int, role: int) -> Any:
        roster = self._document.plan.roster
        assert entry.unit is not None
        unit = roster.units[entry.unit]
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            return " > ".join(roster.path(unit.id))
        if role == Qt.ItemDataRole.DisplayRole and column == 2:
            return category_label(unit.category)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return _HEADER_BACKGROUND
        return None

    def _summary(self, entry: _Row, column: int, role: int) -> Any:
        validator = self._document.validator
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole and column == 1:
                if entry.kind is RowKind.AGENCY:
                    return QCoreApplication.translate("GridModel", "Σ Seluruh instansi")
                group = validator.groups[entry.ref]
                return f"Σ {self._document.plan.roster.units[group.unit].name} · {category_label(group.category)}"
            if role == Qt.ItemDataRole.DisplayRole and column == 2 and entry.kind is RowKind.GROUP:
                return self._group_rule_text(entry.ref)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return _SUMMARY_BACKGROUND
            return None
        day_column = column - FIXED_COLUMNS
        if entry.kind is RowKind.AGENCY:
            tally = self._agency.get(day_column)
            if tally is None:
                # Summing every group of a large agency is slow; the row asks for several roles per cell.
                tally = self._agency[day_column] = validator.agency_tally(day_column)
            violation = None
        else:
            tally = validator.group_tally(entry.ref, day_column)
            violation = validator.group_violation(entry.ref, day_column)
        if role == Qt.ItemDataRole.DisplayRole:
            if not tally.headcount:
                return ""
            if self.compact_names or self.compact_headers:
                return f"{tally.remote}/{tally.headcount}"  # one line; the tooltip has the share
            # Whole percent to fit the column; the tooltip gives the exact share.
            return f"{tally.remote}/{tally.headcount}\n{tally.remote_percent:.0f}%"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not tally.headcount:
                return QCoreApplication.translate("GridModel", "Bukan hari kerja")
            text = QCoreApplication.translate(
                "GridModel",
                "Jarak jauh {remote} dari {headcount} = {percent}\nDi kantor {office}, tidak hadir {absent}",
            ).format(
                remote=tally.remote,
                headcount=tally.headcount,
                percent=format_percent(tally.remote_percent),
                office=tally.office,
                absent=tally.absent,
            )
            if violation is not None:
                text += f"\n• {describe(violation, self._document.plan.roster, wording)}\n  [{violation.source}]"
            return text
        if role == Roles.SEVERITY:
            return violation.severity if violation else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _SUMMARY_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _group_rule_text(self, group: int) -> str:
        """The group's rule on the plan's first day inside a period, or "di luar masa berlaku"."""
        document = self._document
        category = document.validator.groups[group].category
        for day in document.plan.days:
            period = document.circular.period_on(day)
            if period is not None:
                return describe_rule(period.rules.get(category), period.remote_codes, wording)
        return QCoreApplication.translate("GridModel", "di luar masa berlaku: WFO")

    def _day_tooltip(self, column: int) -> str:
        document = self._document
        day = document.plan.days[column]
        lines = [f"{domain_text(DAY_NAMES[day.weekday()])}, {format_date_long(day)}"]
        day_off = document.validator.calendar.day_off(day)
        if day_off is not None:
            kind = {
                DayOffKind.HOLIDAY: QCoreApplication.translate("GridModel", "Libur nasional"),
                DayOffKind.COLLECTIVE_LEAVE: QCoreApplication.translate("GridModel", "Cuti bersama"),
                DayOffKind.LOCAL: QCoreApplication.translate("GridModel", "Libur instansi"),
                DayOffKind.WEEKEND: QCoreApplication.translate("GridModel", "Akhir pekan"),
            }[day_off.kind]
            lines.append(f"{kind}: {day_off.name}" if day_off.kind is not DayOffKind.WEEKEND else kind)
        period = document.circular.period_on(day)
        if period is None:
            lines.append(
                QCoreApplication.translate(
                    "GridModel", "Di luar masa berlaku {circular}: hari kerja biasa (WFO)"
                ).format(circular=document.circular.name)
            )
        else:
            lines.append(f"{document.circular.name}" + (f" — {period.label}" if period.label else ""))
        errors, warnings = document.validator.day_counts(column)
        if errors or warnings:
            lines.append(
                QCoreApplication.translate(
                    "GridModel", "{errors} kesalahan, {warnings} peringatan pada hari ini"
                ).format(errors=errors, warnings=warnings)
            )
        return "\n".join(lines)

    # ---- following the document ----------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.structure:
            self._agency.clear()
            self.beginResetModel()
            self._shown = None  # the rows it named belong to the old roster
            self._build_rows()
            self._day_marks = self._read_day_marks()
            self.endResetModel()
            return
        for day in change.days:
            self._agency.pop(day, None)
        columns = set(change.days)
        columns.update(column for _row, column in change.cells)
        columns.update(column for _row, column in change.locks)
        if not columns:
            return
        first, last = FIXED_COLUMNS + min(columns), FIXED_COLUMNS + max(columns)
        if change.cells:
            first = REMOTE_COLUMN  # each person's count of remote days
        # One range for the whole change: the cells, and the group and agency figures and the
        # marks on every cell of the days whose checks moved.
        self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))
        # A day's header shows whether the day has problems: it changes only when that flips.
        # (A header change makes Qt lay out and repaint the whole grid once more.)
        flipped = []
        for day in change.days:
            mark = self._day_mark(day)
            if mark is not self._day_marks[day]:
                self._day_marks[day] = mark
                flipped.append(day)
        if flipped:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, FIXED_COLUMNS + min(flipped), FIXED_COLUMNS + max(flipped)
            )

    def _day_mark(self, column: int) -> Severity | None:
        """What a day's header shows: its worst problem."""
        errors, warnings = self._document.validator.day_counts(column)
        return Severity.ERROR if errors else Severity.WARNING if warnings else None

    def _read_day_marks(self) -> list[Severity | None]:
        return [self._day_mark(column) for column in range(len(self._document.plan.days))]


def _worst(violations: list[Violation]) -> Severity | None:
    if not violations:
        return None
    if any(v.severity is Severity.ERROR for v in violations):
        return Severity.ERROR
    return Severity.WARNING


def _number_line(member: StaffMember) -> str:
    """``NIP. 19860926 201505 1 001``; a non-ASN person's internal number without "NIP."."""
    if member.non_asn:
        return QCoreApplication.translate("GridModel", "Non-ASN {number}").format(number=member.nip)
    return f"NIP. {format_nip(member.nip)}"
