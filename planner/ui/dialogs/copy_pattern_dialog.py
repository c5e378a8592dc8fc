"""Salin pola: repeat a week onto the next weeks, or the previous plan's pattern onto this plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.storage.plan_file import EXTENSION, PlanFile
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid import operations
from planner.ui.grid.document import Document


class CopyPatternDialog(QDialog):
    """Choose what to repeat; applying is one undo step, and the plan is checked again at once."""

    def __init__(self, document: Document, folders: LastFolders, parent: QWidget | None = None) -> None:
        """Offer the plan's weeks and a previous plan file."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Salin pola"))
        self._document = document
        self._folders = folders
        self._previous: Plan | None = None
        self.changed = 0
        plan = document.plan

        self.week_choice = QRadioButton(self.tr("Pola satu minggu ke minggu berikutnya"), self)
        self.previous_choice = QRadioButton(self.tr("Pola rencana sebelumnya (menurut hari)"), self)
        group = QButtonGroup(self)
        group.addButton(self.week_choice)
        group.addButton(self.previous_choice)
        self.week_choice.setChecked(True)

        self.week_box = QComboBox(self)
        first_monday = plan.first - dt.timedelta(days=plan.first.weekday())
        monday = first_monday
        while monday <= plan.last:
            sunday = monday + dt.timedelta(days=6)
            self.week_box.addItem(f"{max(monday, plan.first):%d/%m/%Y} – {min(sunday, plan.last):%d/%m/%Y}", monday)
            monday += dt.timedelta(weeks=1)
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setSuffix(self.tr(" minggu"))
        self.week_box.currentIndexChanged.connect(self._on_week_box_changed)
        self._on_week_box_changed(0)

        self.file_label = QLabel(self.tr("(belum dipilih)"), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih berkas…"), self)
        choose.clicked.connect(self._on_choose_clicked)

        form = QFormLayout()
        form.addRow(self.tr("Minggu sumber:"), self.week_box)
        form.addRow(self.tr("Salin ke:"), self.weeks_spin)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        note = QLabel(
            self.tr(
                "Hari libur, sel cuti/sakit/dinas luar/diklat dan sel terkunci tidak diubah. "
                "Semua perubahan menjadi satu langkah batal."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Salin"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_choice)
        layout.addLayout(form)
        layout.addWidget(self.previous_choice)
        layout.addLayout(file_row)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def _on_week_box_changed(self, index: int) -> None:
        monday: dt.date = self.week_box.itemData(index)
        remaining = max(0, (self._document.plan.last - monday).days // 7)
        self.weeks_spin.setRange(min(1, remaining), max(1, remaining))
        self.weeks_spin.setValue(max(1, remaining))
        self.weeks_spin.setEnabled(remaining > 0)

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Rencana sebelumnya"),
            self._folders.folder(FileKind.PLAN),
            self.tr("Rencana Jadwal Kerja ASN (*{extension})").format(extension=EXTENSION),
        )
        if name:
            self.use_previous(Path(name))

    def use_previous(self, path: Path) -> bool:
        """Read ``path`` as the previous plan; False (with the reason shown) when it cannot be read."""
        try:
            _file, plan = PlanFile.open(path)
        except PlannerError as error:
            self.file_label.setText(self.tr("Tidak dapat dibaca: {reason}").format(reason=error_text(error)))
            return False
        self._folders.remember(FileKind.PLAN, path)
        self._previous = plan
        self.file_label.setText(
            self.tr("{name}: {first} – {last}").format(
                name=plan.name, first=f"{plan.first:%d/%m/%Y}", last=f"{plan.last:%d/%m/%Y}"
            )
        )
        self.previous_choice.setChecked(True)
        return True

    def _on_buttons_accepted(self) -> None:
        if self.previous_choice.isChecked():
            if self._previous is None:
                self.file_label.setText(self.tr("Pilih dulu berkas rencana sebelumnya."))
                return
            self.changed = operations.copy_previous_plan(self._document, self._previous)
        else:
            if not self.weeks_spin.isEnabled():
                self.accept()
                return
            monday: dt.date = self.week_box.currentData()
            self.changed = operations.copy_week(self._document, monday, self.weeks_spin.value())
        self.accept()
