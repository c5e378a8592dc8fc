"""Starting an empty plan: its name, its circular and its dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.domain.circular import Circular, CircularId
from planner.domain.plan import AgencyProfile, Plan
from planner.domain.roster import Roster
from planner.domain.wording import describe_dates
from planner.io.circular_file import Catalog
from planner.ui.dates import DayEdit, from_qdate, to_qdate
from planner.ui.texts import wording

MAX_DAYS = 366


def default_range(circular: Circular) -> tuple[dt.date, dt.date]:
    """From the circular's first day to its last, or a month from its start when it has no end."""
    first = min(period.first for period in circular.periods)
    ends = [r.last for period in circular.periods for r in period.ranges]
    if any(end is None for end in ends):
        return first, first + dt.timedelta(days=30)
    last = max(end for end in ends if end is not None)
    return first, min(last, first + dt.timedelta(days=MAX_DAYS - 1))


class NewPlanDialog(QDialog):
    """Asks for what an empty plan needs; ``plan()`` builds it with the last agency profile used."""

    def __init__(self, catalog: Catalog, profile: AgencyProfile, parent: QWidget | None = None) -> None:
        """Offer the circulars of ``catalog``, newest first; ``profile`` fills the letterhead and signer."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rencana baru"))
        self._catalog = catalog
        self._profile = profile
        self._name = QLineEdit(self.tr("Jadwal WFO/WFH"), self)
        self._circular = QComboBox(self)
        for circular in sorted(catalog.circulars.values(), key=lambda c: (c.year, c.id), reverse=True):
            self._circular.addItem(circular.name, circular.id)
        self._periods = QLabel(self)
        self._periods.setWordWrap(True)
        self._first = DayEdit(parent=self)
        self._last = DayEdit(parent=self)
        for edit in (self._first, self._last):
            edit.dateChanged.connect(self._on_dates_changed)
        self._problem = QLabel(self)
        self._problem.setStyleSheet("color: #A93226")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama rencana"), self._name)
        form.addRow(self.tr("Surat edaran"), self._circular)
        form.addRow("", self._periods)
        form.addRow(self.tr("Tanggal awal"), self._first)
        form.addRow(self.tr("Tanggal akhir"), self._last)
        form.addRow(self._problem)
        form.addRow(QLabel(self.tr("Unit kerja dan pegawai ditambahkan sesudahnya (menu Rencana)."), self))
        form.addRow(self._buttons)
        self._circular.currentIndexChanged.connect(self._on_circular_current_index_changed)
        self._on_circular_current_index_changed(0)
        self.resize(560, self.sizeHint().height())

    def _selected(self) -> Circular:
        return self._catalog.get(str(self._circular.currentData()))

    def _on_circular_current_index_changed(self, _index: int) -> None:
        circular = self._selected()
        self._periods.setText("\n".join(describe_dates(period, wording) for period in circular.periods))
        first, last = default_range(circular)
        self._first.setDate(to_qdate(first))
        self._last.setDate(to_qdate(last))
        self._name.setText(self.tr("Jadwal WFO/WFH {citation}").format(citation=circular.name))

    def _on_dates_changed(self, _date: QDate) -> None:
        first, last = from_qdate(self._first.date()), from_qdate(self._last.date())
        problem = ""
        if last < first:
            problem = self.tr("Tanggal akhir sebelum tanggal awal.")
        elif (last - first).days >= MAX_DAYS:
            problem = self.tr("Rentang paling panjang {days} hari.").format(days=MAX_DAYS)
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)

    def plan(self) -> Plan:
        """The empty plan the user asked for."""
        return Plan(
            name=self._name.text().strip() or self.tr("Rencana baru"),
            circular_id=CircularId(str(self._circular.currentData())),
            first=from_qdate(self._first.date()),
            last=from_qdate(self._last.date()),
            roster=Roster([], []),
            profile=self._profile,
        )
