"""The plan settings dialog: name, date range, the unit level of the shown totals and the agency's own policy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.circular import QuotaScope, ScopeKind
from planner.domain.policy import AgencyPolicy, Severity
from planner.ui.dates import DayEdit, from_qdate
from planner.ui.dialogs.profile_dialog import ERROR_COLOUR, hint_label, set_text_colour

MAX_PLAN_DAYS = 366
"""The longest plan, in calendar days: a leap year."""

_SEVERITIES = (Severity.WARNING, Severity.ERROR)
_DEFAULT_CAP_PERCENT = 40
_DEFAULT_MIN_OFFICE = 1
_RULE_SPACING = 8


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The settings of a plan that this dialog edits."""

    name: str
    first: dt.date
    last: dt.date
    quota_level: int | None
    """Depth of the unit that forms a quota group (0 is the top unit); None for each person's own unit."""
    policy: AgencyPolicy


class PlanSettingsDialog(QDialog):
    """Edit a plan's name, dates, quota level and stricter agency policy."""

    def __init__(
        self,
        settings: PlanSettings,
        max_quota_level: int,
        parent: QWidget | None = None,
        *,
        zones: Sequence[str] = (),
    ) -> None:
        """Show ``settings`` for editing; ``max_quota_level`` is the deepest unit depth of the roster.

        ``zones`` are the risk zones the plan's circular distinguishes (``Circular.zones``, SE
        MenPANRB 67/2020); without any, the zone cannot be chosen (a zone already set is kept).
        Read the result with ``settings()`` after the dialog is accepted.
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengaturan rencana"))
        self._policy = settings.policy
        self._build_plan_group(settings, max_quota_level)
        self._build_policy_group(settings.policy, max_quota_level, zones)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_group)
        layout.addWidget(self.policy_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.first_edit.dateChanged.connect(self._on_first_edit_date_changed)
        self.last_edit.dateChanged.connect(self._on_last_edit_date_changed)
        self.cap_check.toggled.connect(self._on_cap_check_toggled)
        self.min_office_check.toggled.connect(self._on_min_office_check_toggled)
        self.quota_scope_combo.currentIndexChanged.connect(self._on_quota_scope_combo_current_index_changed)
        self._enable_policy_fields()
        self._refresh()

    def settings(self) -> PlanSettings:
        """The settings as edited; the policy's pairs of staff are kept as they were."""
        policy = dataclasses.replace(
            self._policy,
            remote_cap_percent=self.cap_spin.value() if self.cap_check.isChecked() else None,
            remote_cap_severity=_SEVERITIES[self.cap_severity_combo.currentIndex()],
            min_office_per_unit=self.min_office_spin.value() if self.min_office_check.isChecked() else None,
            min_office_severity=_SEVERITIES[self.min_office_severity_combo.currentIndex()],
            quota_scope=self._scopes[self.quota_scope_combo.currentIndex()],
            quota_scope_severity=_SEVERITIES[self.quota_scope_severity_combo.currentIndex()],
            risk_zone=self._zones[self.risk_zone_combo.currentIndex()],
            count_non_asn=self.count_non_asn_check.isChecked(),
        )
        if (policy.quota_scope, policy.quota_scope_severity) != (
            self._policy.quota_scope,
            self._policy.quota_scope_severity,
        ):
            policy = dataclasses.replace(policy, quota_scope_migrated=False)  # chosen now, not carried over
        return PlanSettings(
            name=self.name_edit.text().strip(),
            first=from_qdate(self.first_edit.date()),
            last=from_qdate(self.last_edit.date()),
            quota_level=self._levels[self.quota_level_combo.currentIndex()],
            policy=policy,
        )

    def _build_plan_group(self, settings: PlanSettings, max_quota_level: int) -> None:
        self.plan_group = QGroupBox(self.tr("Rencana"), self)
        self.name_edit = QLineEdit(settings.name, self.plan_group)
        self.name_edit.setPlaceholderText(self.tr("mis. WFH Setda NTB setelah Idul Fitri 2024"))
        self.first_edit = self._date_edit(settings.first)
        self.last_edit = self._date_edit(settings.last)
        self.range_label = QLabel(self.plan_group)
        self.message_label = QLabel(self.plan_group)
        set_text_colour(self.message_label, ERROR_COLOUR)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(self.tr("sampai"), self.plan_group))
        dates.addWidget(self.last_edit)
        dates.addWidget(self.range_label, 1)

        self.quota_level_combo = QComboBox(self.plan_group)
        deepest = max(max_quota_level, settings.quota_level or 0)
        self._levels: list[int | None] = [None, *range(deepest + 1)]
        self.quota_level_combo.addItem(self.tr("Unit terkecil (masing-masing unit)"))
        for depth in range(deepest + 1):
            if depth == 0:
                self.quota_level_combo.addItem(self.tr("Tingkat 1 (unit teratas)"))
            else:
                self.quota_level_combo.addItem(self.tr("Tingkat {level}").format(level=depth + 1))
        self.quota_level_combo.setCurrentIndex(self._levels.index(settings.quota_level))

        form = QFormLayout(self.plan_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nama rencana:"), self.name_edit)
        form.addRow(self.tr("Tanggal:"), dates)
        form.addRow("", self.message_label)
        form.addRow(self.tr("Total harian ditampilkan per:"), self.quota_level_combo)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Jumlah WFO/WFH harian ditampilkan per unit pada tingkat ini. Kuota sendiri dihitung\n"
                    "menurut cakupan surat edaran, dan juga per cakupan instansi bila dipilih di bawah."
                ),
                self.plan_group,
                wrap=False,
            ),
        )

    def _build_policy_group(self, policy: AgencyPolicy, max_quota_level: int, zones: Sequence[str]) -> None:
        self.policy_group = QGroupBox(self.tr("Kebijakan instansi"), self)
        group = self.policy_group
        self._build_scope_fields(policy, max_quota_level, zones)

        self.cap_check = QCheckBox(self.tr("Bekerja jarak jauh (WFH/WFA) paling banyak"), group)
        self.cap_check.setChecked(policy.remote_cap_percent is not None)
        self.cap_spin = QSpinBox(group)
        self.cap_spin.setRange(0, 100)
        self.cap_spin.setSuffix(" %")
        self.cap_spin.setValue(_DEFAULT_CAP_PERCENT if policy.remote_cap_percent is None else policy.remote_cap_percent)
        self.cap_severity_combo = self._severity_combo(policy.remote_cap_severity)

        self.min_office_check = QCheckBox(self.tr("WFO per unit per hari paling sedikit"), group)
        self.min_office_check.setChecked(policy.min_office_per_unit is not None)
        self.min_office_spin = QSpinBox(group)
        self.min_office_spin.setRange(1, 99)
        self.min_office_spin.setSuffix(self.tr(" orang"))
        self.min_office_spin.setValue(
            _DEFAULT_MIN_OFFICE if policy.min_office_per_unit is None else policy.min_office_per_unit
        )
        self.min_office_severity_combo = self._severity_combo(policy.min_office_severity)

        pairs = len(policy.exclusive_pairs)
        self.pairs_label = QLabel(
            self.tr("%n pasangan pegawai yang tidak boleh bersamaan bekerja jarak jauh", "", pairs), group
        )
        pairs_severity = self._severity_text(policy.pairs_severity)
        self.pairs_severity_label = QLabel(
            self.tr("(ditampilkan sebagai {severity})").format(severity=pairs_severity.lower()), group
        )
        self.pairs_severity_label.setVisible(pairs > 0)

        cap_help = hint_label(
            self.tr(
                "Batas instansi lebih ketat dari surat edaran; berlaku untuk setiap kategori yang boleh\n"
                "bekerja jarak jauh. Batas surat edaran sendiri tetap berlaku sebagai kesalahan."
            ),
            group,
            wrap=False,
        )
        min_office_help = hint_label(
            self.tr(
                "Setiap unit menyisakan sekurang-kurangnya sekian pegawai WFO pada setiap hari kerja;\n"
                "unit yang pegawainya lebih sedikit harus WFO seluruhnya."
            ),
            group,
            wrap=False,
        )
        for help_label in (cap_help, min_office_help, self.pairs_label, self.pairs_severity_label):
            help_label.setContentsMargins(0, 0, 0, _RULE_SPACING)

        grid = QGridLayout(group)
        grid.setColumnStretch(3, 1)
        grid.addWidget(QLabel(self.tr("Tampilkan sebagai"), group), 0, 2)
        grid.addWidget(self.cap_check, 1, 0)
        grid.addWidget(self.cap_spin, 1, 1)
        grid.addWidget(self.cap_severity_combo, 1, 2)
        grid.addWidget(cap_help, 2, 0, 1, 4)
        grid.addWidget(self.min_office_check, 3, 0)
        grid.addWidget(self.min_office_spin, 3, 1)
        grid.addWidget(self.min_office_severity_combo, 3, 2)
        grid.addWidget(min_office_help, 4, 0, 1, 4)
        grid.addWidget(self.pairs_label, 5, 0, 1, 2)
        grid.addWidget(self.pairs_severity_label, 5, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Kuota surat edaran juga dihitung"), group), 6, 0)
        grid.addWidget(self.quota_scope_combo, 6, 1)
        grid.addWidget(self.quota_scope_severity_combo, 6, 2)
        grid.addWidget(self.scope_help, 7, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Zona risiko wilayah"), group), 8, 0)
        grid.addWidget(self.risk_zone_combo, 8, 1)
        grid.addWidget(self.zone_help, 9, 0, 1, 4)
        grid.addWidget(self.count_non_asn_check, 10, 0, 1, 4)
        grid.addWidget(self.non_asn_help, 11, 0, 1, 4)

    def _build_scope_fields(self, policy: AgencyPolicy, max_quota_level: int, zones: Sequence[str]) -> None:
        """The agency's finer quota scope and its severity, the region's risk zone, and counting non-ASN staff."""
        group = self.policy_group
        self.quota_scope_combo = QComboBox(group)
        self._scopes: list[QuotaScope | None] = [None, QuotaScope(ScopeKind.DEPARTMENT)]
        self.quota_scope_combo.addItem(self.tr("tidak (cakupan surat edaran saja)"))
        self.quota_scope_combo.addItem(self.tr("per unit teratas (OPD)"))
        for level in range(2, max_quota_level + 2):
            self._scopes.append(QuotaScope(ScopeKind.LEVEL, level))
            self.quota_scope_combo.addItem(self.tr("per unit tingkat {level}").format(level=level))
        self._scopes.append(QuotaScope(ScopeKind.UNIT))
        self.quota_scope_combo.addItem(self.tr("per unit terkecil"))
        if policy.quota_scope not in self._scopes:
            assert policy.quota_scope is not None
            self._scopes.append(policy.quota_scope)
            self.quota_scope_combo.addItem(self._scope_text(policy.quota_scope))
        self.quota_scope_combo.setCurrentIndex(self._scopes.index(policy.quota_scope))
        self.quota_scope_severity_combo = self._severity_combo(policy.quota_scope_severity)
        self.scope_help = hint_label(
            self.tr(
                "Persentase surat edaran juga diperiksa atas setiap unit pada cakupan ini, selain atas\n"
                "cakupan surat edaran sendiri (yang tetap berlaku sebagai kesalahan)."
            ),
            group,
            wrap=False,
        )

        self.risk_zone_combo = QComboBox(group)
        self._zones: list[str | None] = [None, *zones]
        self.risk_zone_combo.addItem(self.tr("belum disebut"))
        for zone in zones:
            self.risk_zone_combo.addItem(zone)
        if policy.risk_zone not in self._zones:
            self._zones.append(policy.risk_zone)
            self.risk_zone_combo.addItem(str(policy.risk_zone))
        self.risk_zone_combo.setCurrentIndex(self._zones.index(policy.risk_zone))
        self.risk_zone_combo.setEnabled(len(self._zones) > 1)
        self.zone_help = hint_label(
            self.tr("Untuk surat edaran yang aturannya mengikuti zona risiko wilayah (SE MenPANRB 67/2020).")
            if zones
            else self.tr("Surat edaran rencana ini tidak membedakan zona risiko."),
            group,
            wrap=False,
        )

        self.count_non_asn_check = QCheckBox(self.tr("Hitung pegawai non-ASN dalam kuota"), group)
        self.count_non_asn_check.setChecked(policy.count_non_asn)
        self.non_asn_help = hint_label(
            self.tr(
                "Surat edaran mengatur ASN; tanpa centang ini pegawai non-ASN (PPNPN/honorer) tetap\n"
                "dijadwalkan, tetapi tidak dihitung dalam persentase."
            ),
            group,
            wrap=False,
        )
        for help_label in (self.scope_help, self.zone_help):
            help_label.setContentsMargins(0, 0, 0, _RULE_SPACING)

    def _scope_text(self, scope: QuotaScope) -> str:
        if scope.kind is ScopeKind.AGENCY:
            return self.tr("seluruh instansi")
        if scope.kind is ScopeKind.LEVEL:
            return self.tr("per unit tingkat {level}").format(level=scope.level)
        if scope.kind is ScopeKind.DEPARTMENT:
            return self.tr("per unit teratas (OPD)")
        return self.tr("per unit terkecil")

    def _date_edit(self, day: dt.date) -> QDateEdit:
        return DayEdit(day, self.plan_group)

    def _severity_combo(self, severity: Severity) -> QComboBox:
        combo = QComboBox(self.policy_group)
        for item in _SEVERITIES:
            combo.addItem(self._severity_text(item))
        combo.setCurrentIndex(_SEVERITIES.index(severity))
        return combo

    def _severity_text(self, severity: Severity) -> str:
        if severity is Severity.ERROR:
            return self.tr("Kesalahan")
        return self.tr("Peringatan")

    def _enable_policy_fields(self) -> None:
        for widget in (self.cap_spin, self.cap_severity_combo):
            widget.setEnabled(self.cap_check.isChecked())
        for widget in (self.min_office_spin, self.min_office_severity_combo):
            widget.setEnabled(self.min_office_check.isChecked())
        self.quota_scope_severity_combo.setEnabled(self.quota_scope_combo.currentIndex() != 0)

    def _refresh(self) -> None:
        first = from_qdate(self.first_edit.date())
        last = from_qdate(self.last_edit.date())
        days = (last - first).days + 1
        problems = []
        if not self.name_edit.text().strip():
            problems.append(self.tr("Nama rencana tidak boleh kosong."))
        if last < first:
            problems.append(self.tr("Tanggal akhir lebih awal dari tanggal mulai."))
            self.range_label.clear()
        else:
            self.range_label.setText(self.tr("%n hari kalender", "", days))
            if days > MAX_PLAN_DAYS:
                problems.append(
                    self.tr("Rentang {days} hari terlalu panjang: paling lama {limit} hari.").format(
                        days=days, limit=MAX_PLAN_DAYS
                    )
                )
        self.message_label.setText("\n".join(problems))
        self.message_label.setVisible(bool(problems))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        button.setEnabled(not problems)

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._refresh()

    def _on_first_edit_date_changed(self, _date: QDate) -> None:
        self._refresh()

    def _on_last_edit_date_changed(self, _date: QDate) -> None:
        self._refresh()

    def _on_cap_check_toggled(self, _checked: bool) -> None:
        self._enable_policy_fields()

    def _on_min_office_check_toggled(self, _checked: bool) -> None:
        self._enable_policy_fields()

    def _on_quota_scope_combo_current_index_changed(self, _index: int) -> None:
        self._enable_policy_fields()
