"""The "Isi otomatis" dialog: choose a range, a target and a mode, preview the changes, apply them as one undo step.

Use from the window (the lead engineer wires it into the menu)::

    dialog = AutofillDialog(window.document, window)
    dialog.exec()  # on "Terapkan" the edits are pushed on document.undo_stack as one step

The dialog computes a preview as soon as it opens and again whenever an option or the plan
changes (so it may also be shown modeless with ``open()``), in a worker thread
(``planner.domain.autofill.autofill`` on a copy of the plan), with a progress bar; the
worker never touches a widget, it reports through ``_Relay``'s signals, which Qt delivers
in the window's thread. "Terapkan" is enabled once the preview for the current options is
ready; it pushes the edits with ``Document.set_cells`` as one undo step named "Isi otomatis
(N sel)" and closes the dialog. ``preview_ready`` is emitted after each
preview is shown, for tests and for callers that want to wait for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.autofill import (
    AutofillOptions,
    AutofillResult,
    FillMode,
    GroupSummary,
    autofill,
    describe_problem,
)
from planner.domain.calendar import WorkCalendar
from planner.domain.circular import Circular, RuleKind
from planner.domain.errors import PlannerError
from planner.domain.plan import CellEdit, Plan
from planner.domain.policy import Severity
from planner.domain.roster import UnitId
from planner.domain.status import Status
from planner.ui.dates import DayEdit, from_qdate, to_qdate
from planner.ui.dialogs.profile_dialog import ERROR_COLOUR, hint_label, set_text_colour
from planner.ui.grid.document import Document, DocumentChange
from planner.ui.texts import category_label, wording

_DEFAULT_TARGET_PERCENT = 30
_DEBOUNCE_MS = 250
"""How long option changes settle before a new preview starts, so typing a date does not start five."""


class _Cancelled(Exception):
    """Raised in the worker by the progress callback when a newer preview makes this one useless."""


class _Relay(QObject):
    """Carries the worker's news to the dialog; emitted from the worker, delivered in the window's thread."""

    progressed = Signal(int, int, int)
    """(preview number, days done, days in all)."""
    finished = Signal(int, object)
    """(preview number, an ``AutofillResult`` or the ``PlannerError`` that stopped it)."""


class AutofillDialog(QDialog):
    """Fill the open plan fairly within the rules, after showing what would change."""

    preview_ready = Signal()
    """A preview for the current options is shown (or its error is)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        """Offer the whole plan in keep mode, and start computing its preview."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isi otomatis"))
        self.document = document
        self.preview: AutofillResult | None = None
        """The result for the current options; None while it is computed or when the options are wrong."""
        self.applied = 0
        """How many cells "Terapkan" changed."""
        self._number = 0
        self._cancel = threading.Event()
        self._executor: ThreadPoolExecutor | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.finished.connect(self._on_relay_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_options())
        layout.addWidget(self._build_preview(), 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self.tr("Terapkan"), self)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        self.first_edit.dateChanged.connect(self._on_option_changed)
        self.last_edit.dateChanged.connect(self._on_option_changed)
        self.target_check.toggled.connect(self._on_option_changed)
        self.target_spin.valueChanged.connect(self._on_option_changed)
        self.mode_group.idToggled.connect(self._on_option_changed)
        # The window may go on editing while the dialog is open: a preview is only ever for the plan as it is.
        document.changed.connect(self._on_document_changed)
        self._start_preview()

    # ---- building ------------------------------------------------------------------------

    def _build_options(self) -> QGroupBox:
        plan = self.document.plan
        group = QGroupBox(self.tr("Pilihan"), self)
        self.first_edit = self._date_edit(plan.first, group)
        self.last_edit = self._date_edit(plan.last, group)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(self.tr("sampai"), group))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)

        self.target_check = QCheckBox(self.tr("Jarak jauh paling banyak"), group)
        self.target_spin = QSpinBox(group)
        self.target_spin.setRange(0, 100)
        self.target_spin.setSuffix(" %")
        cap = plan.policy.remote_cap_percent
        self.target_spin.setValue(_DEFAULT_TARGET_PERCENT if cap is None else cap)
        self.target_spin.setEnabled(False)
        target = QHBoxLayout()
        target.addWidget(self.target_check)
        target.addWidget(self.target_spin)
        target.addStretch(1)

        self.keep_radio = QRadioButton(
            self.tr("Pertahankan WFH/WFO yang ada, ubah sesedikit mungkin (isi ulang)"), group
        )
        self.replace_radio = QRadioButton(self.tr("Atur ulang semua WFH/WFO"), group)
        self.keep_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.keep_radio, 0)
        self.mode_group.addButton(self.replace_radio, 1)

        form = QFormLayout(group)
        form.addRow(self.tr("Tanggal:"), dates)
        form.addRow(self.tr("Target:"), target)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Tanpa target, setiap kelompok mendapat jarak jauh sebanyak yang diizinkan surat edaran\n"
                    "dan kebijakan instansi. Cuti, sakit, dinas luar, tugas belajar dan sel terkunci tidak diubah."
                ),
                group,
                wrap=False,
            ),
        )
        form.addRow(self.tr("WFH/WFO yang ada:"), self.keep_radio)
        form.addRow("", self.replace_radio)
        return group

    def _build_preview(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pratinjau"), self)
        self.progress_bar = QProgressBar(group)
        self.progress_bar.setTextVisible(True)
        self.summary_label = QLabel(group)
        self.summary_label.setWordWrap(True)
        self.message_label = QLabel(group)
        self.message_label.setWordWrap(True)
        set_text_colour(self.message_label, ERROR_COLOUR)
        self.message_label.hide()

        self.units_table = QTableWidget(0, 3, group)
        self.units_table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Sel diubah"), self.tr("Menjadi WFH/WFA")])
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.verticalHeader().hide()
        header = self.units_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.groups_list = QListWidget(group)
        self.groups_list.setWordWrap(True)
        self.problems_list = QListWidget(group)
        self.problems_list.setWordWrap(True)
        self.tabs = QTabWidget(group)
        self.tabs.addTab(self.units_table, self.tr("Perubahan per unit"))
        self.tabs.addTab(self.groups_list, self.tr("Perhitungan"))
        self.tabs.addTab(self.problems_list, self.tr("Masalah"))

        layout = QVBoxLayout(group)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        return group

    def _date_edit(self, day: dt.date, parent: QWidget) -> QDateEdit:
        plan = self.document.plan
        edit = DayEdit(day, parent)
        edit.setDateRange(to_qdate(plan.first), to_qdate(plan.last))
        return edit

    # ---- options and the preview ---------------------------------------------------------

    def options(self) -> AutofillOptions:
        """The options as chosen."""
        return AutofillOptions(
            first=from_qdate(self.first_edit.date()),
            last=from_qdate(self.last_edit.date()),
            target_percent=self.target_spin.value() if self.target_check.isChecked() else None,
            mode=FillMode.REPLACE if self.replace_radio.isChecked() else FillMode.KEEP,
        )

    def _start_preview(self) -> None:
        """Drop any preview under way and compute one for the current options in the worker."""
        self._timer.stop()
        self._cancel.set()
        self._cancel = threading.Event()
        self._number += 1
        self.preview = None
        self.apply_button.setEnabled(False)
        self.message_label.hide()
        self.summary_label.setText(self.tr("Menghitung…"))
        self.progress_bar.setRange(0, 0)  # busy until the worker reports its first day
        self.progress_bar.show()
        document = self.document
        job = _Job(
            number=self._number,
            plan=document.plan.rebuilt(),  # a copy: nothing the window does can change it under the worker
            circular=document.circular,
            calendar=document.calendar,
            options=self.options(),
            cancel=self._cancel,
            relay=self._relay,
        )
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autofill")
        self._executor.submit(job.run)

    def _on_option_changed(self, *_args: object) -> None:
        self.target_spin.setEnabled(self.target_check.isChecked())
        self.preview = None
        self.apply_button.setEnabled(False)
        self._timer.start()

    def _on_document_changed(self, change: DocumentChange) -> None:
        if not change.structure:
            if change.cells or change.locks:  # a locked cell is left out of the fill
                self._on_option_changed()
            return
        plan = self.document.plan
        for edit in (self.first_edit, self.last_edit):
            edit.setDateRange(to_qdate(plan.first), to_qdate(plan.last))
        self._on_option_changed()

    def _on_relay_progressed(self, number: int, done: int, total: int) -> None:
        if number == self._number:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_relay_finished(self, number: int, outcome: object) -> None:
        if number != self._number or self._timer.isActive():
            return  # a newer preview is coming
        self.progress_bar.hide()
        if isinstance(outcome, PlannerError):
            self.summary_label.clear()
            self.message_label.setText(str(outcome))
            self.message_label.show()
        elif isinstance(outcome, AutofillResult):
            self._show(outcome)
        self.preview_ready.emit()

    def _show(self, result: AutofillResult) -> None:
        self.preview = result
        remote = sum(1 for edit in result.edits if edit.new is not None and edit.new.is_remote)
        # A blank cell already counts as WFO: writing WFO into it changes nothing but on a day
        # that requires remote work, where a blank is "not yet planned" (DOMAIN.md §3a).
        blank = sum(1 for edit in result.edits if not self._changes_meaning(edit))
        changed = result.changed - blank
        if changed:
            summary = self.tr("{count} sel akan diubah: {remote} menjadi WFH/WFA, {office} menjadi WFO.").format(
                count=changed, remote=remote, office=changed - remote
            )
            if blank:
                summary += " " + self.tr("{blank} sel kosong juga ditulis WFO (artinya tetap sama).").format(
                    blank=blank
                )
        elif blank:
            summary = self.tr(
                "Tidak ada yang berubah artinya: {blank} sel kosong (sudah dihitung WFO) akan ditulis WFO."
            ).format(blank=blank)
        else:
            summary = self.tr("Tidak ada yang perlu diubah: jadwal sudah adil dan sesuai kuota.")
        errors = sum(1 for problem in result.problems if problem.severity is Severity.ERROR)
        if result.problems:
            summary += " " + self.tr(
                "{count} aturan tidak dapat dipenuhi ({errors} kesalahan); lihat tab Masalah."
            ).format(count=len(result.problems), errors=errors)
        self.summary_label.setText(summary)
        self.apply_button.setEnabled(result.changed > 0)

        roster = self.document.plan.roster
        per_unit = result.changed_per_unit(roster)
        remote_per_unit: dict[UnitId, int] = {}
        for edit in result.edits:
            if edit.new is not None and edit.new.is_remote:
                unit = roster.staff[roster.index_of(edit.nip)].unit
                remote_per_unit[unit] = remote_per_unit.get(unit, 0) + 1
        self.units_table.setRowCount(len(per_unit))
        for row, (unit, count) in enumerate(per_unit.items()):
            self.units_table.setItem(row, 0, QTableWidgetItem(" › ".join(roster.path(unit))))
            for column, value in ((1, count), (2, remote_per_unit.get(unit, 0))):
                self.units_table.setItem(row, column, QTableWidgetItem(str(value)))

        self.groups_list.clear()
        self.groups_list.addItems([self._group_text(summary) for summary in result.groups])
        self.problems_list.clear()
        self.problems_list.addItems([describe_problem(problem, roster, wording) for problem in result.problems])
        self.tabs.setTabText(2, self.tr("Masalah ({count})").format(count=len(result.problems)))

    def _group_text(self, summary: GroupSummary) -> str:
        category = category_label(summary.group.category)
        if summary.counted:
            place = f"{self.document.plan.roster.unit_name(summary.group.unit)} · {category}"
        else:
            place = self.tr("Non-ASN yang tidak dihitung dalam kuota · {category}").format(category=category)
        if summary.days == 0 or summary.eligible == 0:
            return self.tr(
                "{place}: {members} pegawai, tidak ada yang dapat bekerja jarak jauh pada rentang ini."
            ).format(place=place, members=summary.members)
        if summary.cap_low == summary.cap_high:
            caps = self.tr("{cap} orang per hari × {days} hari").format(cap=summary.cap_low, days=summary.days)
        else:
            caps = self.tr("{low}–{high} orang per hari, {days} hari").format(
                low=summary.cap_low, high=summary.cap_high, days=summary.days
            )
        each = str(summary.most) if summary.fewest == summary.most else f"{summary.fewest}–{summary.most}"
        return self.tr(
            "{place}: {remote} dari {allowance} jatah kerja jarak jauh terisi ({caps}); "
            "{eligible} dari {members} pegawai dapat bekerja jarak jauh, masing-masing {each} hari."
        ).format(
            place=place,
            remote=summary.remote_days,
            allowance=summary.allowance,
            caps=caps,
            eligible=summary.eligible,
            members=summary.members,
            each=each,
        )

    # ---- applying and closing --------------------------------------------------------------

    def _changes_meaning(self, edit: CellEdit) -> bool:
        """False for a blank cell filled with WFO on a day whose rule does not require remote work."""
        if edit.old is not None or edit.new is not Status.WFO:
            return True
        plan, circular = self.document.plan, self.document.circular
        period = circular.period_on(edit.day)
        if period is None:
            return False
        category = plan.roster.category_of(plan.roster.staff[plan.roster.index_of(edit.nip)])
        rule = period.rules.get(category)
        return rule is not None and rule.kind is RuleKind.OFFICE_MAX

    def _on_buttons_accepted(self) -> None:
        result = self.preview
        if result is None or not result.changed:
            return
        text = self.tr("Isi otomatis ({count} sel)").format(count=result.changed)
        self.document.changed.disconnect(self._on_document_changed)
        self.applied = self.document.set_cells(((edit.nip, edit.day, edit.new) for edit in result.edits), text)
        self.accept()

    def done(self, code: int) -> None:
        """Stop the worker before the dialog goes, so it never reports to a deleted object."""
        self._timer.stop()
        self._cancel.set()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        super().done(code)


@dataclasses.dataclass(frozen=True, slots=True)
class _Job:
    """One preview computed in the worker thread; it talks to the window only through ``relay``'s signals."""

    number: int
    plan: Plan
    circular: Circular
    calendar: WorkCalendar
    options: AutofillOptions
    cancel: threading.Event
    relay: _Relay

    def run(self) -> None:
        """Fill, then report the result, the user's error, or nothing when a newer preview replaced this one."""

        def progress(done: int, total: int) -> None:
            if self.cancel.is_set():
                raise _Cancelled
            self.relay.progressed.emit(self.number, done, total)

        try:
            outcome: AutofillResult | PlannerError = autofill(
                self.plan, self.circular, self.calendar, self.options, progress
            )
        except _Cancelled:
            return
        except PlannerError as error:
            outcome = error
        if not self.cancel.is_set():
            self.relay.finished.emit(self.number, outcome)
