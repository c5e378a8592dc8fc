"""The circular editor: type in a new circular (Surat Edaran), copy one, or change one the user made.

Every keystroke rebuilds the JSON document the file would hold and runs the file reader over it, so
the dialog and the files agree on what is valid.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import unicodedata
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.category import Category
from planner.domain.circular import Circular, DateRange, Period, Rule, RuleKind
from planner.domain.errors import PlannerError
from planner.domain.status import Status
from planner.io.circular_file import (
    FORMAT,
    VERSION,
    Catalog,
    CircularFileError,
    parse_circular,
    write_circular,
)
from planner.ui.dates import to_qdate
from planner.ui.errors import error_text
from planner.ui.texts import category_label

DOCUMENT_TYPES = (
    "Surat Edaran",
    "Surat Edaran Bersama",
    "Peraturan Menteri",
    "Keputusan Menteri",
    "Peraturan Gubernur",
    "Keputusan Gubernur",
    "Peraturan Bupati",
    "Keputusan Bupati",
    "Peraturan Wali Kota",
    "Keputusan Wali Kota",
    "Instruksi",
)
"""Proposed in the document-type combo; these are words of the citation, not of the interface."""

_DATE_FORMAT = "dd/MM/yyyy"
_FIRST_DAY = QDate(1945, 1, 1)
_LAST_DAY = QDate(2200, 12, 31)
_DEFAULT_VALUE = {"percent": 50, "days": 2}
_PROBLEM_COLOUR = "#A93226"
_FIELD_ORDER = (
    "document_type",
    "number",
    "year",
    "issuer",
    "issuer_short",
    "title",
    "signed",
    "scope",
    "id",
    "periods",
    "obligations",
    "source",
)
"""The order of the fields on the form, which is the order the problems are listed in."""
_PERIOD_PATH = re.compile(r"periods\[(\d+)\](?:\.(.+))?")
_RANGE_PATH = re.compile(r"ranges\[(\d+)\](?:\.(from|to))?")
_RULE_PATH = re.compile(r"rules\.(\w+)(?:\[(\d+)\])?(?:\.(kind|value|clause|scope))?")


def _iso(day: QDate) -> str:
    return day.toString("yyyy-MM-dd")


def _date_edit(parent: QWidget) -> QDateEdit:
    """A date field with a calendar, Indonesian month and day names, typed as dd/mm/yyyy."""
    edit = QDateEdit(parent)
    edit.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    edit.setDisplayFormat(_DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateRange(_FIRST_DAY, _LAST_DAY)
    edit.setDate(QDate.currentDate())
    return edit


def _plain_text(parent: QWidget, text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    # Tab moves on to the next field, as in every other field of the form.
    edit.setTabChangesFocus(True)
    return edit


def _slug(text: str) -> str:
    """``Bupati Sleman 12 2025`` → ``bupati-sleman-12-2025``: a proposal for the circular's id."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _form_position(problem: tuple[str, str]) -> int:
    """Where a problem's field sits on the form; problems the form cannot place go last."""
    field = re.split(r"[.\[]", problem[0], maxsplit=1)[0]
    return _FIELD_ORDER.index(field) if field in _FIELD_ORDER else len(_FIELD_ORDER)


class DateRangeRow(QWidget):
    """One date range of a period: from, to (or no end date), and a button to remove it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, date_range: DateRange | None = None, parent: QWidget | None = None) -> None:
        """Show ``date_range``, or today to today."""
        super().__init__(parent)
        self.first_edit = _date_edit(self)
        self.last_edit = _date_edit(self)
        self.open_check = QCheckBox(self.tr("tanpa tanggal akhir"), self)
        self.open_check.setToolTip(self.tr("Berlaku terus sampai ada ketentuan baru"))
        self.remove_button = QPushButton(self.tr("Hapus rentang"), self)
        self.remove_button.setAutoDefault(False)
        if date_range is not None:
            self.first_edit.setDate(to_qdate(date_range.first))
            if date_range.last is None:
                self.last_edit.setDate(to_qdate(date_range.first))
                self.open_check.setChecked(True)
            else:
                self.last_edit.setDate(to_qdate(date_range.last))
        self.last_edit.setEnabled(not self.open_check.isChecked())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Mulai"), self))
        layout.addWidget(self.first_edit)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("sampai"), self))
        layout.addWidget(self.last_edit)
        layout.addWidget(self.open_check)
        layout.addStretch(1)
        layout.addWidget(self.remove_button)

        self.first_edit.dateChanged.connect(self._on_first_edit_date_changed)
        self.last_edit.dateChanged.connect(self._on_last_edit_date_changed)
        self.open_check.toggled.connect(self._on_open_check_toggled)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def to_json(self) -> dict[str, Any]:
        """The range as the file writes it: ``{"from": …, "to": …}``."""
        last = None if self.open_check.isChecked() else _iso(self.last_edit.date())
        return {"from": _iso(self.first_edit.date()), "to": last}

    def focus_widgets(self) -> list[QWidget]:
        """The row's fields in Tab order."""
        return [self.first_edit, self.last_edit, self.open_check, self.remove_button]

    def _on_first_edit_date_changed(self, _date: QDate) -> None:
        self.changed.emit()

    def _on_last_edit_date_changed(self, _date: QDate) -> None:
        self.changed.emit()

    def _on_open_check_toggled(self, checked: bool) -> None:
        self.last_edit.setEnabled(not checked)
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)


class RuleRow(QWidget):
    """A further rule of a category, beside its main one: "dan" a kind with a number, and a button to remove it.

    Only kinds with a number make sense here (SE 17/2023: WFH at most 50 % *and* WFO at least
    50 %); the category's clause and "dihitung per" apply to it as to the main rule.
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, kinds: list[tuple[str, RuleKind]], rule: Rule | None = None, parent: QWidget | None = None
    ) -> None:
        """Show ``rule``, or the first of ``kinds`` at its usual value."""
        super().__init__(parent)
        self.kind_combo = QComboBox(self)
        for text, kind in kinds:
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(24)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(rule.kind.value)) if rule else 0)
        self.value_spin = QSpinBox(self)
        self.remove_button = QPushButton(self.tr("Hapus aturan"), self)
        self.remove_button.setAutoDefault(False)
        self.label = QLabel(self.tr("dan"), self)
        self.label.setBuddy(self.kind_combo)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._show_unit()
        unit = self.kind().unit or "percent"
        self.value_spin.setValue(rule.value if rule is not None and rule.value is not None else _DEFAULT_VALUE[unit])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.kind_combo, 1)
        layout.addWidget(self.value_spin)
        layout.addWidget(self.remove_button)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.value_spin.valueChanged.connect(self._on_value_spin_changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def kind(self) -> RuleKind:
        """The kind chosen."""
        return RuleKind(self.kind_combo.currentData())

    def to_json(self, clause: str, scope: str) -> dict[str, Any]:
        """The rule as the file writes it, with the category's ``clause`` and ``scope`` (a percentage's only)."""
        kind = self.kind()
        rule: dict[str, Any] = {"kind": kind.value, "value": self.value_spin.value()}
        if clause:
            rule["clause"] = clause
        if scope and kind.unit == "percent":
            rule["scope"] = scope
        return rule

    def focus_widgets(self) -> list[QWidget]:
        """The row's fields in Tab order."""
        return [self.kind_combo, self.value_spin, self.remove_button]

    def _show_unit(self) -> None:
        days = self.kind().unit == "days"
        self.value_spin.blockSignals(True)
        self.value_spin.setRange(0, 7 if days else 100)
        self.value_spin.setSuffix(self.tr(" hari per minggu") if days else " %")
        self.value_spin.blockSignals(False)

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._show_unit()
        self.changed.emit()

    def _on_value_spin_changed(self, _value: int) -> None:
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)


class PeriodEditor(QWidget):
    """One period: its name, date ranges, allowed remote statuses and the rules of each category."""

    changed = Signal()
    ranges_changed = Signal()
    """A range or a further rule was added or removed: the dialog puts the new fields in Tab order."""

    def __init__(self, period: Period | None = None, parent: QWidget | None = None) -> None:
        """Show ``period``, or an empty one: today, WFH and WFA, no category named."""
        super().__init__(parent)
        self.label_edit = QLineEdit(period.label if period else "", self)
        self.label_edit.setPlaceholderText(self.tr("mis. Masa KTT ASEAN"))
        self.range_rows: list[DateRangeRow] = []
        self.add_range_button = QPushButton(self.tr("Tambah rentang tanggal"), self)
        self.add_range_button.setAutoDefault(False)
        self.add_range_button.setToolTip(
            self.tr("Untuk tanggal yang terpisah dengan aturan yang sama, mis. 16–17 dan 25–27 Maret")
        )
        statuses = period.remote_statuses if period else frozenset({Status.WFH})
        self.wfh_check = QCheckBox(self.tr("WFH (dari rumah)"), self)
        self.wfh_check.setChecked(Status.WFH in statuses)
        self.wfa_check = QCheckBox(self.tr("WFA (dari lokasi lain)"), self)
        self.wfa_check.setChecked(Status.WFA in statuses)
        self.weekday_checks: list[QCheckBox] = []
        names = (
            self.tr("Senin"),
            self.tr("Selasa"),
            self.tr("Rabu"),
            self.tr("Kamis"),
            self.tr("Jumat"),
            self.tr("Sabtu"),
            self.tr("Minggu"),
        )
        for number, name in enumerate(names):
            check = QCheckBox(name, self)
            check.setChecked(period is not None and number in period.weekdays)
            self.weekday_checks.append(check)
        self.zone_edit = QLineEdit(period.zone if period else "", self)
        self.zone_edit.setPlaceholderText(self.tr("kosong: berlaku di setiap zona; mis. kuning"))
        self.kind_combos: dict[Category, QComboBox] = {}
        self.value_spins: dict[Category, QSpinBox] = {}
        self.clause_edits: dict[Category, QLineEdit] = {}
        self.rule_rows: dict[Category, list[RuleRow]] = {category: [] for category in Category}
        """Per category, the rules beside its main one, as many as the circular gives."""
        self.add_rule_buttons: dict[Category, QPushButton] = {}
        self._rule_layouts: dict[Category, QVBoxLayout] = {}
        self._further_kinds: list[tuple[str, RuleKind]] = []
        self.scope_combos: dict[Category, QComboBox] = {}
        self._last_values: dict[Category, dict[str, int]] = {}

        self._ranges_layout = QVBoxLayout()
        self._ranges_layout.setContentsMargins(0, 0, 0, 0)
        for date_range in period.ranges if period else (None,):
            self._append_range(date_range)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Nama masa berlaku"), self.label_edit)
        layout.addLayout(form)

        ranges_box = QGroupBox(self.tr("Tanggal berlaku"), self)
        ranges_box_layout = QVBoxLayout(ranges_box)
        ranges_box_layout.addLayout(self._ranges_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_range_button)
        add_row.addStretch(1)
        ranges_box_layout.addLayout(add_row)
        layout.addWidget(ranges_box)

        weekdays_box = QGroupBox(self.tr("Hanya pada hari (kosong: setiap hari dalam rentang)"), self)
        weekdays_layout = QHBoxLayout(weekdays_box)
        for check in self.weekday_checks:
            weekdays_layout.addWidget(check)
            check.toggled.connect(self._on_status_check_toggled)
        weekdays_layout.addStretch(1)
        layout.addWidget(weekdays_box)
        zone_form = QFormLayout()
        zone_form.addRow(self.tr("Zona risiko wilayah"), self.zone_edit)
        layout.addLayout(zone_form)
        self.zone_edit.textChanged.connect(self._on_label_edit_text_changed)

        statuses_box = QGroupBox(self.tr("Status jarak jauh yang diizinkan"), self)
        statuses_layout = QHBoxLayout(statuses_box)
        statuses_layout.addWidget(self.wfh_check)
        statuses_layout.addWidget(self.wfa_check)
        statuses_layout.addStretch(1)
        layout.addWidget(statuses_box)

        layout.addWidget(self._build_rules(period))
        layout.addStretch(1)

        self.label_edit.textChanged.connect(self._on_label_edit_text_changed)
        self.add_range_button.clicked.connect(self._on_add_range_button_clicked)
        self.wfh_check.toggled.connect(self._on_status_check_toggled)
        self.wfa_check.toggled.connect(self._on_status_check_toggled)
        self._update_remove_buttons()

    def _build_rules(self, period: Period | None) -> QGroupBox:
        box = QGroupBox(self.tr("Aturan per kategori layanan"), self)
        grid = QGridLayout(box)
        headers = (self.tr("Kategori"), self.tr("Aturan"), self.tr("Nilai"))
        for column, header in enumerate(headers):
            label = QLabel(f"<b>{header}</b>", box)
            grid.addWidget(label, 0, column)
        kinds = [
            (self.tr("tidak disebut (tidak boleh jarak jauh)"), None),
            (self.tr("Jarak jauh paling banyak … %"), RuleKind.REMOTE_MAX),
            (self.tr("Di kantor paling sedikit … %"), RuleKind.OFFICE_MIN),
            (self.tr("Di kantor paling banyak … %"), RuleKind.OFFICE_MAX),
            (self.tr("WFO 100 % (tidak boleh jarak jauh)"), RuleKind.OFFICE_ALL),
            (self.tr("Jarak jauh tanpa kuota (ditetapkan pimpinan)"), RuleKind.NO_QUOTA),
            (self.tr("Jarak jauh paling banyak … hari per minggu per pegawai"), RuleKind.WEEKLY_REMOTE_MAX),
        ]
        value_width = self.fontMetrics().horizontalAdvance(self.tr("100 hari per minggu")) + 40
        self._value_width = value_width
        labels = [category_label(category) for category in Category] + [self.tr("dihitung per"), self.tr("dasar")]
        self._label_width = max(self.fontMetrics().horizontalAdvance(text) for text in labels)
        self._further_kinds = [(text, kind) for text, kind in kinds if kind is not None and kind.unit is not None]
        for index, category in enumerate(Category):
            row = 1 + 6 * index
            rules = period.rules_for(category) if period else ()
            rule = rules[0] if rules else None
            combo = QComboBox(box)
            for text, kind in kinds:
                combo.addItem(text, kind.value if kind else "")
            combo.setToolTip(self.tr("Kategori yang tidak disebut tidak boleh bekerja jarak jauh pada masa ini."))
            # The longest choice must not set the width of the whole period editor.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            spin = QSpinBox(box)
            spin.setMinimumWidth(value_width)
            clause = QLineEdit(rule.clause if rule else "", box)
            clause.setPlaceholderText(self.tr("pasal, angka atau lampiran, mis. angka 4 huruf a"))
            self.kind_combos[category] = combo
            self.value_spins[category] = spin
            self.clause_edits[category] = clause
            self._last_values[category] = dict(_DEFAULT_VALUE)
            if rule is not None and rule.value is not None and rule.kind.unit is not None:
                self._last_values[category][rule.kind.unit] = rule.value
            combo.setCurrentIndex(combo.findData(rule.kind.value) if rule else 0)
            name_label = QLabel(category_label(category), box)
            name_label.setBuddy(combo)
            clause_label = QLabel(self.tr("dasar"), box)
            clause_label.setBuddy(clause)
            clause_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name_label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(spin, row, 2)
            further = QWidget(box)
            further_layout = QVBoxLayout(further)
            further_layout.setContentsMargins(0, 0, 0, 0)
            self._rule_layouts[category] = further_layout
            add_button = QPushButton(self.tr("Tambah aturan"), box)
            add_button.setAutoDefault(False)
            add_button.setToolTip(
                self.tr("Aturan lain untuk kategori ini yang juga harus dipenuhi, mis. WFO paling sedikit 50 %")
            )
            self.add_rule_buttons[category] = add_button
            scope_combo = QComboBox(box)
            scope_combo.addItem(self.tr("seperti surat edaran"), "")
            for text, key in self._scope_choices():
                scope_combo.addItem(text, key)
            own_scope = rule.scope.key if rule is not None and rule.scope is not None else ""
            scope_combo.setCurrentIndex(max(0, scope_combo.findData(own_scope)))
            self.scope_combos[category] = scope_combo
            for further_rule in rules[1:]:
                self._append_rule(category, further_rule)
            self._show_rule_box(category)
            self._show_value(category)
            scope_label = QLabel(self.tr("dihitung per"), box)
            scope_label.setBuddy(scope_combo)
            scope_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(further, row + 1, 0, 1, 4)
            grid.addWidget(add_button, row + 2, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(scope_label, row + 3, 0)
            grid.addWidget(scope_combo, row + 3, 1, 1, 2)
            grid.addWidget(clause_label, row + 4, 0)
            grid.addWidget(clause, row + 4, 1, 1, 2)
            grid.setRowMinimumHeight(row + 5, 8)
            add_button.clicked.connect(partial(self._on_add_rule_button_clicked, category))
            scope_combo.currentIndexChanged.connect(self._on_clause_edit_text_changed)
            combo.currentIndexChanged.connect(partial(self._on_kind_combo_changed, category))
            spin.valueChanged.connect(partial(self._on_value_spin_changed, category))
            clause.textChanged.connect(self._on_clause_edit_text_changed)
        grid.setColumnStretch(1, 1)
        # The further rules' rows line up with the grid: "dan" in the first column, the remove button in the last.
        grid.setColumnMinimumWidth(0, self._label_width)
        grid.setColumnMinimumWidth(3, QPushButton(self.tr("Hapus aturan")).sizeHint().width())
        return box

    def _scope_choices(self) -> list[tuple[str, str]]:
        return [
            (self.tr("seluruh instansi"), "agency"),
            (self.tr("setiap unit teratas (OPD)"), "department"),
            (self.tr("setiap unit terkecil"), "unit"),
            (self.tr("setiap unit tingkat 2"), "level:2"),
            (self.tr("setiap unit tingkat 3"), "level:3"),
        ]

    def kind(self, category: Category) -> RuleKind | None:
        """The kind of rule chosen for ``category``; None when the period does not name it."""
        key = self.kind_combos[category].currentData()
        return RuleKind(key) if key else None

    def add_rule(self, category: Category) -> RuleRow:
        """Add a further rule to ``category`` (WFO paling sedikit 50 % when the main rule caps remote work)."""
        main = self.kind(category)
        rule_row = self._append_rule(category, None)
        if main is RuleKind.REMOTE_MAX:
            rule_row.kind_combo.setCurrentIndex(rule_row.kind_combo.findData(RuleKind.OFFICE_MIN.value))
        self.ranges_changed.emit()
        self.changed.emit()
        return rule_row

    def _show_rule_box(self, category: Category) -> None:
        """The further rules' box takes no room while the category has none."""
        box = self._rule_layouts[category].parentWidget()
        if box is not None:
            box.setVisible(bool(self.rule_rows[category]))

    def _append_rule(self, category: Category, rule: Rule | None) -> RuleRow:
        rule_row = RuleRow(self._further_kinds, rule, self)
        rule_row.label.setFixedWidth(self._label_width)
        rule_row.value_spin.setMinimumWidth(self._value_width)
        self.rule_rows[category].append(rule_row)
        self._rule_layouts[category].addWidget(rule_row)
        rule_row.show()  # now, not when the layout gets to it: the new row takes the focus at once
        self._show_rule_box(category)
        rule_row.changed.connect(self._on_rule_row_changed)
        rule_row.remove_requested.connect(partial(self._on_rule_row_remove_requested, category))
        return rule_row

    def to_json(self) -> dict[str, Any]:
        """The period as ``circular_to_json`` writes it (rules only for the categories named)."""
        rules: dict[str, Any] = {}
        for category in Category:
            kind = self.kind(category)
            if kind is None:
                continue
            rule: dict[str, Any] = {"kind": kind.value}
            if kind.unit is not None:
                rule["value"] = self.value_spins[category].value()
            clause = self.clause_edits[category].text().strip()
            if clause:
                rule["clause"] = clause
            scope = self.scope_combos[category].currentData()
            if scope and kind.unit == "percent":
                rule["scope"] = scope
            further = self.rule_rows[category] if kind not in (RuleKind.OFFICE_ALL, RuleKind.NO_QUOTA) else []
            if further:
                rules[category.key] = [rule, *(rule_row.to_json(clause, scope) for rule_row in further)]
            else:
                rules[category.key] = rule
        checks = {Status.WFH: self.wfh_check, Status.WFA: self.wfa_check}
        data: dict[str, Any] = {
            "label": self.label_edit.text().strip(),
            "ranges": [row.to_json() for row in self.range_rows],
        }
        weekdays = [number + 1 for number, check in enumerate(self.weekday_checks) if check.isChecked()]
        if weekdays:
            data["weekdays"] = weekdays
        if self.zone_edit.text().strip():
            data["zone"] = self.zone_edit.text().strip()
        data["remote_statuses"] = [status.code for status in Status if status in checks and checks[status].isChecked()]
        data["rules"] = rules
        return data

    def focus_widgets(self) -> list[QWidget]:
        """Every field of the period in Tab order, top to bottom, left to right."""
        widgets: list[QWidget] = [self.label_edit]
        for row in self.range_rows:
            widgets += row.focus_widgets()
        widgets += [self.add_range_button, *self.weekday_checks, self.zone_edit, self.wfh_check, self.wfa_check]
        for category in Category:
            widgets += [self.kind_combos[category], self.value_spins[category]]
            for rule_row in self.rule_rows[category]:
                widgets += rule_row.focus_widgets()
            widgets += [self.add_rule_buttons[category], self.scope_combos[category], self.clause_edits[category]]
        return widgets

    def widget_for(self, path: str) -> QWidget | None:
        """The field a problem's path names inside this period (``ranges[0].to``), if any."""
        if path == "label":
            return self.label_edit
        if path == "remote_statuses":
            return self.wfh_check
        if path.startswith("weekdays"):
            return self.weekday_checks[0]
        if path == "zone":
            return self.zone_edit
        match = _RANGE_PATH.fullmatch(path)
        if match:
            index = int(match.group(1))
            if index >= len(self.range_rows):
                return None
            row = self.range_rows[index]
            return row.last_edit if match.group(2) == "to" else row.first_edit
        match = _RULE_PATH.fullmatch(path)
        if match:
            try:
                category = Category(match.group(1))
            except ValueError:
                return None
            number = int(match.group(2) or 0)
            if 0 < number <= len(self.rule_rows[category]):
                rule_row = self.rule_rows[category][number - 1]
                return rule_row.value_spin if match.group(3) == "value" else rule_row.kind_combo
            if match.group(3) == "value":
                return self.value_spins[category]
            if match.group(3) == "clause":
                return self.clause_edits[category]
            return self.kind_combos[category]
        if path.startswith("ranges"):
            return self.add_range_button
        return None

    def add_range(self) -> DateRangeRow:
        """Add a range that starts the day after the last one ends, for a second stretch of dates."""
        last = self.range_rows[-1].to_json() if self.range_rows else None
        start = dt.date.today()
        if last is not None:
            start = dt.date.fromisoformat(last["to"] or last["from"]) + dt.timedelta(days=1)
        row = self._append_range(DateRange(start, start))
        self._update_remove_buttons()
        self.ranges_changed.emit()
        self.changed.emit()
        return row

    def _append_range(self, date_range: DateRange | None) -> DateRangeRow:
        row = DateRangeRow(date_range, self)
        self.range_rows.append(row)
        self._ranges_layout.addWidget(row)
        row.changed.connect(self._on_range_row_changed)
        row.remove_requested.connect(self._on_range_row_remove_requested)
        return row

    def _update_remove_buttons(self) -> None:
        # A period needs at least one range; removing the last would only produce an error.
        for row in self.range_rows:
            row.remove_button.setEnabled(len(self.range_rows) > 1)

    def _show_value(self, category: Category) -> None:
        """Enable the value only for kinds that take one, with the right range and unit; the clause for any rule."""
        kind = self.kind(category)
        spin = self.value_spins[category]
        unit = kind.unit if kind else None
        # A category the period does not name has no rule, so nothing to cite either.
        self.clause_edits[category].setEnabled(kind is not None)
        quota = kind is not None and kind not in (RuleKind.OFFICE_ALL, RuleKind.NO_QUOTA)
        # Further rules only beside a rule with a number; kept (not lost) while another kind is tried.
        self.add_rule_buttons[category].setEnabled(quota)
        for rule_row in self.rule_rows[category]:
            rule_row.setEnabled(quota)
        self.scope_combos[category].setEnabled(quota)
        spin.blockSignals(True)
        if unit is None:
            spin.setEnabled(False)
            spin.setSuffix("")
            spin.setRange(0, 0)
            spin.setSpecialValueText("–")
        else:
            spin.setEnabled(True)
            spin.setSpecialValueText("")
            spin.setRange(0, 100 if unit == "percent" else 7)
            spin.setSuffix(" %" if unit == "percent" else self.tr(" hari per minggu"))
            spin.setValue(self._last_values[category][unit])
        spin.blockSignals(False)

    def _on_label_edit_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_add_range_button_clicked(self) -> None:
        self.add_range().first_edit.setFocus()

    def _on_status_check_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    def _on_range_row_changed(self) -> None:
        self.changed.emit()

    def _on_range_row_remove_requested(self, row: DateRangeRow) -> None:
        if len(self.range_rows) <= 1:
            return
        index = self.range_rows.index(row)
        self.range_rows.remove(row)
        self._ranges_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_remove_buttons()
        self.range_rows[min(index, len(self.range_rows) - 1)].first_edit.setFocus()
        self.ranges_changed.emit()
        self.changed.emit()

    def _on_add_rule_button_clicked(self, category: Category) -> None:
        self.add_rule(category).kind_combo.setFocus()

    def _on_rule_row_changed(self) -> None:
        self.changed.emit()

    def _on_rule_row_remove_requested(self, category: Category, rule_row: RuleRow) -> None:
        rows = self.rule_rows[category]
        index = rows.index(rule_row)
        rows.remove(rule_row)
        self._rule_layouts[category].removeWidget(rule_row)
        rule_row.hide()
        rule_row.deleteLater()
        self._show_rule_box(category)
        # Focus stays in the category: on the next further rule, else the button that adds one.
        if index < len(rows):
            rows[index].kind_combo.setFocus()
        elif rows:
            rows[-1].kind_combo.setFocus()
        else:
            self.add_rule_buttons[category].setFocus()
        self.ranges_changed.emit()
        self.changed.emit()

    def _on_kind_combo_changed(self, category: Category, _index: int) -> None:
        self._show_value(category)
        self.changed.emit()

    def _on_value_spin_changed(self, category: Category, value: int) -> None:
        kind = self.kind(category)
        if kind is not None and kind.unit is not None:
            self._last_values[category][kind.unit] = value
        self.changed.emit()

    def _on_clause_edit_text_changed(self, _text: str) -> None:
        self.changed.emit()


class CircularEditor(QDialog):
    """Type in a circular, or copy one, and save it in the user's folder once the file reader accepts it.

    Built-in circulars are never overwritten: copying one proposes a new id. A circular the user made
    earlier is edited in place under its own id.
    """

    circular_saved = Signal(object)
    """Emitted with the ``Circular`` just written, before the dialog closes."""

    def __init__(
        self,
        catalog: Catalog,
        folder: Path,
        base: Circular | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Edit a new circular, or one based on ``base``.

        Args:
            catalog: every circular known, to keep ids unique.
            folder: the user's circular folder, where the file is written.
            base: None for an empty circular; a built-in or other circular to copy under a new id; a
                circular from ``catalog.user_ids`` to change in place.
            parent: the window the dialog belongs to.
        """
        super().__init__(parent)
        self._catalog = catalog
        self._folder = folder
        self._editing_id = base.id if base is not None and base.id in catalog.user_ids else None
        self._propose_id = base is None
        self._saved: Circular | None = None
        self._current: Circular | None = None
        self._problem_paths: list[str] = []
        self.period_editors: list[PeriodEditor] = []

        if base is None:
            self.setWindowTitle(self.tr("Surat edaran baru"))
        elif self._editing_id is not None:
            self.setWindowTitle(self.tr("Ubah surat edaran: %1").replace("%1", base.name))
        else:
            self.setWindowTitle(self.tr("Salin surat edaran: %1").replace("%1", base.name))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_document_page(base), self.tr("&Dokumen"))
        self.tabs.addTab(self._build_periods_page(base), self.tr("&Masa berlaku dan aturan"))
        self.tabs.addTab(self._build_notes_page(base), self.tr("&Kewajiban dan sumber"))

        self.citation_label = QLabel(self)
        self.citation_label.setWordWrap(True)
        self.citation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label = QLabel(self)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.problem_list.setToolTip(self.tr("Klik dua kali (atau Enter) untuk menuju isian yang bermasalah"))
        self.save_button = QPushButton(self.tr("&Simpan"), self)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        for button in self.findChildren(QPushButton):
            # Enter in a field must not save or close the dialog: only an explicit click or Ctrl+S saves.
            button.setAutoDefault(False)
            button.setDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.citation_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list)
        layout.addLayout(buttons)

        self._connect()
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self._on_save_shortcut_activated)
        self.save_button.setToolTip(
            self.tr("Simpan ke %1").replace("%1", str(folder))
            + f" ({save_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self._refresh_period_list()
        self.period_list.setCurrentRow(0)
        self._update_tab_order()
        self._check()
        self._initial = self._document()
        self.resize(960, 720)

    # ---- building ------------------------------------------------------------------------

    def _build_document_page(self, base: Circular | None) -> QWidget:
        page = QWidget(self)
        self.type_combo = QComboBox(page)
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_combo.addItems(list(DOCUMENT_TYPES))
        self.type_combo.setCurrentText(base.document_type if base else DOCUMENT_TYPES[0])
        self.number_edit = QLineEdit(base.number if base else "", page)
        self.number_edit.setPlaceholderText(self.tr("mis. 34 atau 800/1234/BKD"))
        self.year_spin = QSpinBox(page)
        self.year_spin.setRange(1945, 2200)
        self.year_spin.setValue(base.year if base else dt.date.today().year)
        self.issuer_edit = QLineEdit(base.issuer if base else "", page)
        self.issuer_edit.setPlaceholderText(self.tr("Jabatan lengkap, mis. Sekretaris Daerah Provinsi Jawa Tengah"))
        self.issuer_short_edit = QLineEdit(base.issuer_short if base else "", page)
        self.issuer_short_edit.setPlaceholderText(self.tr("Dipakai dalam kutipan, mis. Sekda Provinsi Jawa Tengah"))
        self.title_edit = QLineEdit(base.title if base else "", page)
        self.title_edit.setPlaceholderText(self.tr("Isi setelah kata “tentang”"))
        self.signed_check = QCheckBox(self.tr("diketahui"), page)
        self.signed_check.setChecked(base is not None and base.signed is not None)
        self.signed_edit = _date_edit(page)
        if base is not None and base.signed is not None:
            self.signed_edit.setDate(to_qdate(base.signed))
        self.signed_edit.setEnabled(self.signed_check.isChecked())
        self.scope_edit = QLineEdit(base.scope if base else "", page)
        self.scope_edit.setPlaceholderText(self.tr("mis. Pegawai ASN di lingkungan Pemerintah Kabupaten …"))
        self.quota_scope_combo = QComboBox(page)
        self.quota_scope_combo.addItem(self.tr("seluruh instansi"), "agency")
        self.quota_scope_combo.addItem(self.tr("setiap unit teratas (OPD)"), "department")
        self.quota_scope_combo.addItem(self.tr("setiap unit terkecil"), "unit")
        self.quota_scope_combo.addItem(self.tr("setiap unit tingkat 2"), "level:2")
        self.quota_scope_combo.addItem(self.tr("setiap unit tingkat 3"), "level:3")
        self.quota_scope_combo.setToolTip(
            self.tr("Atas siapa persentase dihitung, seperti bunyi surat edaran (mis. SE DKI 34/2023: per unit)")
        )
        own_scope = base.quota_scope.key if base else "agency"
        if self.quota_scope_combo.findData(own_scope) < 0:
            self.quota_scope_combo.addItem(own_scope, own_scope)
        self.quota_scope_combo.setCurrentIndex(self.quota_scope_combo.findData(own_scope))
        self.amends_combo = QComboBox(page)
        self.amends_combo.addItem(self.tr("tidak mengubah surat edaran lain"), "")
        for known in sorted(self._catalog.circulars):
            if base is None or known != base.id:
                self.amends_combo.addItem(known, known)
        amends = base.amends if base else None
        self.amends_combo.setCurrentIndex(max(0, self.amends_combo.findData(amends or "")))
        self.id_edit = QLineEdit(page)
        self.id_edit.setToolTip(
            self.tr("Huruf, angka dan tanda hubung. Rencana jadwal merujuk surat edaran dengan kode ini.")
        )
        if self._editing_id is not None:
            self.id_edit.setText(self._editing_id)
            self.id_edit.setReadOnly(True)
            self.id_edit.setToolTip(self.tr("Kode surat edaran yang sedang diubah tidak dapat diganti."))
        elif base is not None:
            self.id_edit.setText(self._free_id(f"{base.id}-salinan"))
        else:
            self.id_edit.setPlaceholderText(self.tr("diisi otomatis dari penerbit singkat, nomor dan tahun"))
        self.file_label = QLabel(page)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit, 1)
        year_label = QLabel(self.tr("&Tahun"), page)
        year_label.setBuddy(self.year_spin)
        number_row.addWidget(year_label)
        number_row.addWidget(self.year_spin)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed_check)
        signed_row.addWidget(self.signed_edit)
        signed_row.addStretch(1)
        id_row = QVBoxLayout()
        id_row.addWidget(self.id_edit)
        id_row.addWidget(self.file_label)

        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Jenis dokumen"), self.type_combo, page), self.type_combo)
        form.addRow(self._buddy(self.tr("&Nomor"), self.number_edit, page), number_row)
        form.addRow(self._buddy(self.tr("&Penerbit"), self.issuer_edit, page), self.issuer_edit)
        form.addRow(self._buddy(self.tr("Penerbit sin&gkat"), self.issuer_short_edit, page), self.issuer_short_edit)
        form.addRow(self._buddy(self.tr("J&udul (tentang)"), self.title_edit, page), self.title_edit)
        form.addRow(self._buddy(self.tr("Tanggal ditandatang&ani"), self.signed_check, page), signed_row)
        form.addRow(self._buddy(self.tr("Berlaku &bagi"), self.scope_edit, page), self.scope_edit)
        form.addRow(self._buddy(self.tr("&Kuota dihitung per"), self.quota_scope_combo, page), self.quota_scope_combo)
        form.addRow(self._buddy(self.tr("&Mengubah"), self.amends_combo, page), self.amends_combo)
        form.addRow(self._buddy(self.tr("K&ode berkas"), self.id_edit, page), id_row)
        return page

    def _build_periods_page(self, base: Circular | None) -> QWidget:
        page = QWidget(self)
        self.period_list = QListWidget(page)
        self.period_list.setMaximumWidth(230)
        self.period_list.setWordWrap(True)
        self.add_period_button = QPushButton(self.tr("Tambah masa"), page)
        self.add_period_button.setToolTip(
            self.tr("Masa dengan aturan lain; bila dua masa tumpang tindih, yang lebih pendek yang berlaku")
        )
        self.remove_period_button = QPushButton(self.tr("Hapus masa"), page)
        self.period_stack = QStackedWidget(page)
        # An amendment's periods belong to the amending circular's own file.
        for period in [p for p in base.periods if p.amended_by is None] if base else [None]:
            self._append_period(period)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.period_stack)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Masa berlaku"), page))
        left.addWidget(self.period_list, 1)
        period_buttons = QHBoxLayout()
        period_buttons.addWidget(self.add_period_button)
        period_buttons.addWidget(self.remove_period_button)
        left.addLayout(period_buttons)
        layout = QHBoxLayout(page)
        layout.addLayout(left)
        layout.addWidget(scroll, 1)
        return page

    def _build_notes_page(self, base: Circular | None) -> QWidget:
        page = QWidget(self)
        self.obligations_edit = _plain_text(page, "\n".join(base.obligations) if base else "")
        self.obligations_edit.setPlaceholderText(
            self.tr("Satu kewajiban per baris, mis. Pegawai yang WFH melakukan presensi melalui aplikasi.")
        )
        self.source_edit = _plain_text(page, base.source if base else "")
        self.source_edit.setPlaceholderText(
            self.tr("Dari mana keterangan ini diambil; sebutkan juga yang belum pasti.")
        )
        layout = QVBoxLayout(page)
        obligations_label = QLabel(self.tr("Ke&wajiban pegawai dan instansi (satu per baris, dicetak di bawah jadwal)"))
        obligations_label.setBuddy(self.obligations_edit)
        source_label = QLabel(self.tr("Sumbe&r dan catatan"), page)
        source_label.setBuddy(self.source_edit)
        layout.addWidget(obligations_label)
        layout.addWidget(self.obligations_edit, 2)
        layout.addWidget(source_label)
        layout.addWidget(self.source_edit, 1)
        return page

    @staticmethod
    def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        return label

    def _connect(self) -> None:
        for line_edit in (
            self.number_edit,
            self.issuer_edit,
            self.issuer_short_edit,
            self.title_edit,
            self.scope_edit,
        ):
            line_edit.textChanged.connect(self._on_field_text_changed)
        self.id_edit.textChanged.connect(self._on_id_edit_text_changed)
        self.id_edit.textEdited.connect(self._on_id_edit_text_edited)
        self.type_combo.editTextChanged.connect(self._on_field_text_changed)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.signed_check.toggled.connect(self._on_signed_check_toggled)
        self.signed_edit.dateChanged.connect(self._on_signed_edit_date_changed)
        self.obligations_edit.textChanged.connect(self._on_notes_text_changed)
        self.source_edit.textChanged.connect(self._on_notes_text_changed)
        self.period_list.currentRowChanged.connect(self._on_period_list_current_row_changed)
        self.add_period_button.clicked.connect(self._on_add_period_button_clicked)
        self.remove_period_button.clicked.connect(self._on_remove_period_button_clicked)
        self.problem_list.itemActivated.connect(self._on_problem_list_item_activated)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _append_period(self, period: Period | None) -> PeriodEditor:
        editor = PeriodEditor(period, self.period_stack)
        self.period_editors.append(editor)
        self.period_stack.addWidget(editor)
        editor.changed.connect(self._on_period_editor_changed)
        editor.ranges_changed.connect(self._on_period_editor_ranges_changed)
        return editor

    def _update_tab_order(self) -> None:
        """Fields added later (a period, a range) join the Tab order where they appear, not at the end."""
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            self.type_combo,
            self.number_edit,
            self.year_spin,
            self.issuer_edit,
            self.issuer_short_edit,
            self.title_edit,
            self.signed_check,
            self.signed_edit,
            self.scope_edit,
            self.id_edit,
            self.period_list,
            self.add_period_button,
            self.remove_period_button,
        ]
        for editor in self.period_editors:
            chain += editor.focus_widgets()
        chain += [self.obligations_edit, self.source_edit, self.problem_list, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- the document --------------------------------------------------------------------

    def _document(self) -> dict[str, Any]:
        """The form as the JSON document ``circular_to_json`` would write, key for key."""
        signed = _iso(self.signed_edit.date()) if self.signed_check.isChecked() else None
        obligations = [line.strip() for line in self.obligations_edit.toPlainText().splitlines() if line.strip()]
        # Strip here rather than rely on the reader: it tests for "" before stripping, so "  " would pass.
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id_edit.text().strip(),
            "document_type": self.type_combo.currentText().strip(),
            "issuer": self.issuer_edit.text().strip(),
            "issuer_short": self.issuer_short_edit.text().strip(),
            "number": self.number_edit.text().strip(),
            "year": self.year_spin.value(),
            "title": self.title_edit.text().strip(),
            "signed": signed,
            "scope": self.scope_edit.text().strip(),
            "quota_scope": self.quota_scope_combo.currentData(),
            "amends": self.amends_combo.currentData() or None,
            "periods": [editor.to_json() for editor in self.period_editors],
            "obligations": obligations,
            "source": self.source_edit.toPlainText().strip(),
        }

    def current_circular(self) -> Circular | None:
        """The circular as typed so far, or None while something is wrong."""
        return self._current

    def saved_circular(self) -> Circular | None:
        """The circular written by Save, or None when nothing was saved."""
        return self._saved

    def is_modified(self) -> bool:
        """True when the form differs from what it showed when it opened."""
        return self._document() != self._initial

    def _check(self) -> None:
        """Run the file reader over the form and show what it and the id rules find."""
        data = self._document()
        where = f"{data['id']}.json"
        problems: list[tuple[str, str]] = []
        circular: Circular | None = None
        try:
            circular = parse_circular(data, where)
        except CircularFileError as error:
            problems += [self._split_problem(where, problem) for problem in error.problems]
        problems += self._id_problems(data["id"])
        problems.sort(key=_form_position)
        self._current = None if problems else circular

        self.problem_list.setVisible(bool(problems))
        self.problem_list.clear()
        self._problem_paths = []
        for path, text in problems:
            item = QListWidgetItem(f"{self._field_name(path)}: {text}")
            item.setForeground(QColor(_PROBLEM_COLOUR))
            item.setToolTip(f"{path}: {text}")
            self.problem_list.addItem(item)
            self._problem_paths.append(path)
        if problems:
            # As tall as the problems, up to four, so that one problem does not take the form's room.
            rows = min(len(problems), 4)
            frame = 2 * self.problem_list.frameWidth()
            self.problem_list.setFixedHeight(rows * self.problem_list.sizeHintForRow(0) + frame + 4)
        if problems:
            self.problems_label.setText(
                self.tr("<b>Belum dapat disimpan.</b> Perbaiki %n isian berikut:", "", len(problems))
            )
            self.problems_label.setStyleSheet(f"color: {_PROBLEM_COLOUR}")
            self.citation_label.setText("")
        else:
            self.problems_label.setText(self.tr("Semua isian lengkap; siap disimpan."))
            self.problems_label.setStyleSheet("")
            assert self._current is not None
            self.citation_label.setText(
                self.tr("Dikutip sebagai: <b>%1</b>").replace("%1", html.escape(self._current.name))
            )
        self.save_button.setEnabled(self._current is not None)
        identifier = data["id"]
        self.file_label.setText(
            self.tr("Disimpan sebagai berkas %1").replace("%1", f"{identifier}.json") if identifier else ""
        )

    def _id_problems(self, identifier: str) -> list[tuple[str, str]]:
        """The id may name neither a built-in circular nor another of the user's, nor any other file."""
        if not identifier or identifier == self._editing_id:
            return []
        if identifier in self._catalog.circulars:
            if identifier in self._catalog.user_ids:
                text = self.tr("“%1” sudah dipakai surat edaran lain yang Anda buat; pakai kode lain")
            else:
                text = self.tr("“%1” sudah dipakai surat edaran bawaan aplikasi; pakai kode lain")
            return [("id", text.replace("%1", identifier))]
        # A broken file the catalog skipped still holds someone's work: never write over it.
        if (self._folder / f"{identifier}.json").exists():
            text = self.tr("berkas %1 sudah ada di folder surat edaran; pakai kode lain")
            return [("id", text.replace("%1", f"{identifier}.json"))]
        return []

    def _free_id(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``wanted-3`` … : the first that no circular or file uses."""
        candidate, number = wanted, 1
        while candidate in self._catalog.circulars or (self._folder / f"{candidate}.json").exists():
            number += 1
            candidate = f"{wanted}-{number}"
        return candidate

    @staticmethod
    def _split_problem(where: str, problem: str) -> tuple[str, str]:
        """``x.json: periods[0].label: wajib diisi`` → ``("periods[0].label", "wajib diisi")``."""
        rest = problem.removeprefix(f"{where}: ")
        path, separator, text = rest.partition(": ")
        return (path, text) if separator else ("", rest)

    def _field_name(self, path: str) -> str:
        """A problem's field in the words of the form: ``Masa berlaku 1 › rentang 1 › sampai``."""
        names = {
            "id": self.tr("Kode berkas"),
            "document_type": self.tr("Jenis dokumen"),
            "issuer": self.tr("Penerbit"),
            "issuer_short": self.tr("Penerbit singkat"),
            "number": self.tr("Nomor"),
            "year": self.tr("Tahun"),
            "title": self.tr("Judul (tentang)"),
            "signed": self.tr("Tanggal ditandatangani"),
            "scope": self.tr("Berlaku bagi"),
            "periods": self.tr("Masa berlaku"),
            "obligations": self.tr("Kewajiban"),
            "source": self.tr("Sumber"),
        }
        if path in names:
            return names[path]
        match = _PERIOD_PATH.fullmatch(path)
        if not match:
            return path
        parts = [self.tr("Masa berlaku %1").replace("%1", str(int(match.group(1)) + 1))]
        rest = match.group(2) or ""
        range_match = _RANGE_PATH.fullmatch(rest)
        rule_match = _RULE_PATH.fullmatch(rest)
        if rest == "label":
            parts.append(self.tr("nama"))
        elif rest == "remote_statuses":
            parts.append(self.tr("status jarak jauh"))
        elif rest in ("ranges", "rules"):
            parts.append(self.tr("tanggal berlaku") if rest == "ranges" else self.tr("aturan"))
        elif range_match:
            parts.append(self.tr("rentang %1").replace("%1", str(int(range_match.group(1)) + 1)))
            if range_match.group(2):
                parts.append(self.tr("mulai") if range_match.group(2) == "from" else self.tr("sampai"))
        elif rule_match:
            try:
                parts.append(category_label(Category(rule_match.group(1))))
            except ValueError:
                parts.append(rule_match.group(1))
            if rule_match.group(2):
                parts.append(self.tr("aturan %1").replace("%1", str(int(rule_match.group(2)) + 1)))
            if rule_match.group(3):
                parts.append(
                    {
                        "kind": self.tr("aturan"),
                        "value": self.tr("nilai"),
                        "clause": self.tr("dasar"),
                        "scope": self.tr("dihitung per"),
                    }[rule_match.group(3)]
                )
        elif rest:
            parts.append(rest)
        return " › ".join(parts)

    def _widget_for(self, path: str) -> QWidget | None:
        """Show the page with the field a problem names, and return that field."""
        fields: dict[str, QWidget] = {
            "id": self.id_edit,
            "document_type": self.type_combo,
            "issuer": self.issuer_edit,
            "issuer_short": self.issuer_short_edit,
            "number": self.number_edit,
            "year": self.year_spin,
            "title": self.title_edit,
            "signed": self.signed_edit,
            "scope": self.scope_edit,
            "periods": self.add_period_button,
            "obligations": self.obligations_edit,
            "source": self.source_edit,
        }
        widget = fields.get(path)
        match = _PERIOD_PATH.fullmatch(path)
        if match and int(match.group(1)) < len(self.period_editors):
            index = int(match.group(1))
            self.period_list.setCurrentRow(index)
            widget = self.period_editors[index].widget_for(match.group(2) or "")
            widget = widget or self.period_list
        if widget is None:
            return None
        page: QWidget | None = widget
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        return widget

    def _refresh_period_list(self) -> None:
        """One entry per period: its name and its dates."""
        current = self.period_list.currentRow()
        self.period_list.blockSignals(True)
        while self.period_list.count() > len(self.period_editors):
            self.period_list.takeItem(self.period_list.count() - 1)
        for index, editor in enumerate(self.period_editors):
            data = editor.to_json()
            name = data["label"] or self.tr("(tanpa nama)")
            dates = "; ".join(self._describe_range(r) for r in data["ranges"])
            text = f"{index + 1}. {name}\n{dates}"
            if index < self.period_list.count():
                self.period_list.item(index).setText(text)
            else:
                self.period_list.addItem(text)
        self.period_list.setCurrentRow(min(max(current, 0), self.period_list.count() - 1))
        self.period_list.blockSignals(False)
        self.remove_period_button.setEnabled(len(self.period_editors) > 1)

    def _describe_range(self, data: dict[str, Any]) -> str:
        first = QDate.fromString(data["from"], "yyyy-MM-dd").toString(_DATE_FORMAT)
        if data["to"] is None:
            return self.tr("%1 – seterusnya").replace("%1", first)
        return f"{first} – {QDate.fromString(data['to'], 'yyyy-MM-dd').toString(_DATE_FORMAT)}"

    def _propose_id_from_fields(self) -> None:
        """A new circular's id follows issuer, number and year until the user types one."""
        if not self._propose_id:
            return
        parts = [self.issuer_short_edit.text(), self.number_edit.text()]
        if not any(part.strip() for part in parts):
            return
        slug = _slug(" ".join([*parts, str(self.year_spin.value())]))
        self.id_edit.blockSignals(True)
        self.id_edit.setText(self._free_id(slug))
        self.id_edit.blockSignals(False)

    def _save(self) -> None:
        circular = self._current
        if circular is None:
            return
        try:
            write_circular(circular, self._folder)
        except PlannerError as error:
            QMessageBox.warning(
                self,
                self.tr("Surat edaran belum tersimpan"),
                self.tr("Surat edaran tidak dapat disimpan:\n%1\n\nIsian Anda tetap ada di jendela ini.").replace(
                    "%1", error_text(error)
                ),
            )
            return
        self._saved = circular
        self.circular_saved.emit(circular)
        self.accept()

    # ---- Qt overrides --------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask first when something was changed."""
        if self.is_modified() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Buang perubahan?"),
            self.tr("Surat edaran ini belum disimpan. Buang semua perubahan?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        discard = box.button(QMessageBox.StandardButton.Discard)
        discard.setText(self.tr("&Buang perubahan"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Lanjutkan mengisi"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is discard

    # ---- slots ---------------------------------------------------------------------------

    def _on_field_text_changed(self, _text: str) -> None:
        self._propose_id_from_fields()
        self._check()

    def _on_id_edit_text_changed(self, _text: str) -> None:
        self._check()

    def _on_id_edit_text_edited(self, _text: str) -> None:
        self._propose_id = False

    def _on_year_spin_value_changed(self, _value: int) -> None:
        self._propose_id_from_fields()
        self._check()

    def _on_signed_check_toggled(self, checked: bool) -> None:
        self.signed_edit.setEnabled(checked)
        self._check()

    def _on_signed_edit_date_changed(self, _date: QDate) -> None:
        self._check()

    def _on_notes_text_changed(self) -> None:
        self._check()

    def _on_period_editor_changed(self) -> None:
        self._refresh_period_list()
        self._check()

    def _on_period_editor_ranges_changed(self) -> None:
        self._update_tab_order()

    def _on_period_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.period_stack.setCurrentIndex(row)

    def _on_add_period_button_clicked(self) -> None:
        editor = self._append_period(None)
        self._refresh_period_list()
        self.period_list.setCurrentRow(len(self.period_editors) - 1)
        self._update_tab_order()
        self._check()
        editor.label_edit.setFocus()

    def _on_remove_period_button_clicked(self) -> None:
        index = self.period_list.currentRow()
        if len(self.period_editors) <= 1 or not 0 <= index < len(self.period_editors):
            return
        editor = self.period_editors.pop(index)
        self.period_stack.removeWidget(editor)
        editor.deleteLater()
        self._refresh_period_list()
        self.period_list.setCurrentRow(min(index, len(self.period_editors) - 1))
        self.period_stack.setCurrentIndex(self.period_list.currentRow())
        self._check()

    def _on_problem_list_item_activated(self, item: QListWidgetItem) -> None:
        widget = self._widget_for(self._problem_paths[self.problem_list.row(item)])
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save_button_clicked(self) -> None:
        self._save()

    def _on_save_shortcut_activated(self) -> None:
        self._save()
