"""The plan settings dialog: name, dates, quota level and the agency's stricter policy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.circular import UNIT_SCOPE, QuotaScope, ScopeKind
from planner.domain.nip import Nip
from planner.domain.policy import AgencyPolicy, Severity
from planner.ui.dialogs.plan_settings_dialog import PlanSettings, PlanSettingsDialog

PAIRS = (
    (Nip("196910061995031002"), Nip("198609262015052001")),
    (Nip("198609262015051001"), Nip("199001012022211001")),
)


def settings(**changes: object) -> PlanSettings:
    values: dict[str, object] = {
        "name": "WFH Setda NTB setelah Idul Fitri 2024",
        "first": dt.date(2024, 4, 16),
        "last": dt.date(2024, 4, 17),
        "quota_level": 1,
        "policy": AgencyPolicy(
            remote_cap_percent=40,
            remote_cap_severity=Severity.ERROR,
            min_office_per_unit=2,
            min_office_severity=Severity.WARNING,
            exclusive_pairs=PAIRS,
            pairs_severity=Severity.ERROR,
        ),
    }
    values.update(changes)
    return PlanSettings(**values)  # type: ignore[arg-type]


def open_dialog(qtbot: QtBot, start: PlanSettings, max_quota_level: int = 2) -> PlanSettingsDialog:
    dialog = PlanSettingsDialog(start, max_quota_level)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: PlanSettingsDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_settings_come_back_unchanged(qtbot: QtBot) -> None:
    start = settings()
    dialog = open_dialog(qtbot, start)
    QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.settings() == start


def test_reversed_dates_disable_ok_with_a_message(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    dialog.last_edit.setDate(QDate(2024, 4, 15))
    assert not ok_button(dialog).isEnabled()
    assert dialog.message_label.isVisible()
    assert "lebih awal" in dialog.message_label.text()

    dialog.last_edit.setDate(QDate(2024, 4, 16))
    assert ok_button(dialog).isEnabled()
    assert not dialog.message_label.isVisible()
    assert dialog.settings().last == dt.date(2024, 4, 16)


def test_a_range_over_366_days_is_refused(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings(first=dt.date(2024, 1, 1), last=dt.date(2024, 1, 1)))
    dialog.last_edit.setDate(QDate(2024, 12, 31))
    assert ok_button(dialog).isEnabled(), "a leap year of 366 days is allowed"
    dialog.last_edit.setDate(QDate(2025, 1, 1))
    assert not ok_button(dialog).isEnabled()
    assert "367 hari" in dialog.message_label.text()


def test_an_empty_name_is_refused(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    dialog.name_edit.clear()
    assert not ok_button(dialog).isEnabled()
    QTest.keyClicks(dialog.name_edit, "Jadwal April")
    assert ok_button(dialog).isEnabled()
    assert dialog.settings().name == "Jadwal April"


def test_date_edits_show_day_month_year(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    assert dialog.first_edit.text() == "16/04/2024"
    assert dialog.first_edit.calendarPopup()


@pytest.mark.parametrize(("index", "level"), [(0, None), (1, 0), (2, 1), (3, 2)])
def test_the_quota_level_choice_maps_to_a_depth(qtbot: QtBot, index: int, level: int | None) -> None:
    dialog = open_dialog(qtbot, settings(quota_level=None), max_quota_level=2)
    assert dialog.quota_level_combo.count() == 4
    assert dialog.quota_level_combo.itemText(1).startswith("Tingkat 1")
    dialog.quota_level_combo.setCurrentIndex(index)
    assert dialog.settings().quota_level == level


def test_a_saved_quota_level_is_selected(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings(quota_level=1))
    assert dialog.quota_level_combo.currentText() == "Tingkat 2"


def test_cap_and_minimum_round_trip_with_their_severities(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings(policy=AgencyPolicy(exclusive_pairs=PAIRS)))
    assert not dialog.cap_check.isChecked()
    assert not dialog.cap_spin.isEnabled()
    assert dialog.settings().policy.remote_cap_percent is None

    dialog.cap_check.setChecked(True)
    assert dialog.cap_spin.isEnabled()
    dialog.cap_spin.setValue(30)
    dialog.cap_severity_combo.setCurrentIndex(dialog.cap_severity_combo.findText("Kesalahan"))
    dialog.min_office_check.setChecked(True)
    dialog.min_office_spin.setValue(3)

    policy = dialog.settings().policy
    assert policy.remote_cap_percent == 30
    assert policy.remote_cap_severity is Severity.ERROR
    assert policy.min_office_per_unit == 3
    assert policy.min_office_severity is Severity.WARNING
    assert policy.exclusive_pairs == PAIRS

    again = open_dialog(qtbot, dialog.settings())
    assert again.cap_check.isChecked()
    assert again.cap_spin.value() == 30
    assert again.cap_severity_combo.currentText() == "Kesalahan"
    assert again.min_office_spin.value() == 3
    assert again.min_office_severity_combo.currentText() == "Peringatan"
    assert again.settings() == dialog.settings()


def test_turning_a_rule_off_clears_it(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    dialog.cap_check.setChecked(False)
    dialog.min_office_check.setChecked(False)
    policy = dialog.settings().policy
    assert policy.remote_cap_percent is None
    assert policy.min_office_per_unit is None
    assert not dialog.min_office_severity_combo.isEnabled()


def test_pairs_are_kept_and_counted(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    dialog.cap_spin.setValue(25)
    dialog.last_edit.setDate(QDate(2024, 4, 30))
    policy = dialog.settings().policy
    assert policy.exclusive_pairs == PAIRS
    assert policy.pairs_severity is Severity.ERROR
    assert dialog.pairs_label.text().startswith("2 pasangan")
    assert "kesalahan" in dialog.pairs_severity_label.text()


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_non_asn_staff_are_counted_only_when_ticked(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings())
    assert not dialog.count_non_asn_check.isChecked()
    assert not dialog.settings().policy.count_non_asn

    dialog.count_non_asn_check.setChecked(True)

    assert dialog.settings().policy.count_non_asn
    again = open_dialog(qtbot, dialog.settings())
    assert again.count_non_asn_check.isChecked()


def test_the_agency_scope_and_its_severity_are_chosen_over_the_roster_depth(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, settings(), max_quota_level=2)
    texts = [dialog.quota_scope_combo.itemText(index) for index in range(dialog.quota_scope_combo.count())]
    assert texts == [
        "tidak (cakupan surat edaran saja)",
        "per unit teratas (OPD)",
        "per unit tingkat 2",
        "per unit tingkat 3",
        "per unit terkecil",
    ]
    assert dialog.settings().policy.quota_scope is None
    assert not dialog.quota_scope_severity_combo.isEnabled()

    dialog.quota_scope_combo.setCurrentIndex(2)
    dialog.quota_scope_severity_combo.setCurrentIndex(1)

    assert dialog.quota_scope_severity_combo.isEnabled()
    policy = dialog.settings().policy
    assert (policy.quota_scope, policy.quota_scope_severity) == (QuotaScope(ScopeKind.LEVEL, 2), Severity.ERROR)


def test_a_scope_carried_over_from_an_old_quota_level_stays_marked_until_changed(qtbot: QtBot) -> None:
    old = AgencyPolicy(quota_scope=UNIT_SCOPE, quota_scope_severity=Severity.ERROR, quota_scope_migrated=True)
    dialog = open_dialog(qtbot, settings(policy=old))
    assert dialog.settings().policy == old

    dialog.quota_scope_severity_combo.setCurrentIndex(0)

    assert dialog.settings().policy == AgencyPolicy(quota_scope=UNIT_SCOPE, quota_scope_severity=Severity.WARNING)


def test_a_scope_deeper_than_the_roster_is_kept(qtbot: QtBot) -> None:
    deep = QuotaScope(ScopeKind.LEVEL, 5)
    dialog = open_dialog(qtbot, settings(policy=AgencyPolicy(quota_scope=deep)), max_quota_level=1)
    assert dialog.quota_scope_combo.currentText() == "per unit tingkat 5"
    assert dialog.settings().policy.quota_scope == deep


def test_the_risk_zone_is_chosen_from_the_circulars_zones(qtbot: QtBot) -> None:
    dialog = PlanSettingsDialog(settings(), 2, zones=("hijau", "kuning", "oranye", "merah"))
    qtbot.addWidget(dialog)
    assert dialog.risk_zone_combo.isEnabled()
    assert dialog.settings().policy.risk_zone is None

    dialog.risk_zone_combo.setCurrentIndex(dialog.risk_zone_combo.findText("kuning"))

    assert dialog.settings().policy.risk_zone == "kuning"


def test_without_zones_the_zone_cannot_be_chosen_but_a_set_one_is_kept(qtbot: QtBot) -> None:
    plain = open_dialog(qtbot, settings())
    assert not plain.risk_zone_combo.isEnabled()
    assert plain.settings().policy.risk_zone is None
    kept = open_dialog(qtbot, settings(policy=AgencyPolicy(risk_zone="merah")))
    assert kept.risk_zone_combo.currentText() == "merah"
    assert kept.settings().policy.risk_zone == "merah"
