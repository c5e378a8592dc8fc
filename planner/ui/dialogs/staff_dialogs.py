"""Dialogs to add and edit staff members and units, and to manage a plan's units as a tree."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.category import Category
from planner.domain.nip import Employment, Nip, NipCheck, NipNotice, check_nip, format_nip, new_internal_number
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.ui.texts import category_label, week_label

PNS_RANKS: tuple[str, ...] = (
    "Juru Muda (I/a)",
    "Juru Muda Tingkat I (I/b)",
    "Juru (I/c)",
    "Juru Tingkat I (I/d)",
    "Pengatur Muda (II/a)",
    "Pengatur Muda Tingkat I (II/b)",
    "Pengatur (II/c)",
    "Pengatur Tingkat I (II/d)",
    "Penata Muda (III/a)",
    "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tingkat I (IV/b)",
    "Pembina Utama Muda (IV/c)",
    "Pembina Utama Madya (IV/d)",
    "Pembina Utama (IV/e)",
)
"""The pangkat and golongan ruang of PNS, lowest first, as printed on documents (DOMAIN §5)."""

_ERROR_STYLE = "color: #A93226;"
_OK_STYLE = "color: #1E6B34;"
_NOTICE_STYLE = "color: #8A5300;"
_PATH_SEPARATOR = " > "


def unit_slug(name: str) -> str:
    """A unit id made from its name: "Bagian Rumah Tangga" gives ``bagian-rumah-tangga``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "unit"


def fresh_unit_id(name: str, taken: Iterable[str]) -> UnitId:
    """The name's slug, with ``-2``, ``-3`` … added when that id is already taken."""
    taken_ids = set(taken)
    base = unit_slug(name)
    candidate, suffix = base, 1
    while candidate in taken_ids:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return UnitId(candidate)


def _descendants(units: Iterable[Unit], root: UnitId) -> set[UnitId]:
    """The ids of every unit below ``root``, at any depth."""
    children: dict[UnitId | None, list[UnitId]] = {}
    for unit in units:
        children.setdefault(unit.parent, []).append(unit.id)
    found: set[UnitId] = set()
    pending = list(children.get(root, []))
    while pending:
        unit_id = pending.pop()
        if unit_id not in found:
            found.add(unit_id)
            pending.extend(children.get(unit_id, []))
    return found


def _in_tree_order(units: Sequence[Unit]) -> list[Unit]:
    """Parents before their children, siblings in their given order."""
    known = {unit.id for unit in units}
    children: dict[UnitId | None, list[Unit]] = {}
    for unit in units:
        parent = unit.parent if unit.parent in known else None
        children.setdefault(parent, []).append(unit)
    ordered: list[Unit] = []
    pending = list(reversed(children.get(None, [])))
    while pending:
        unit = pending.pop()
        ordered.append(unit)
        pending.extend(reversed(children.get(unit.id, [])))
    return ordered


def _fill_category_combo(combo: QComboBox) -> None:
    for category in Category:
        combo.addItem(category_label(category), category)


def _unit_paths(roster: Roster, unit_ids: Iterable[UnitId]) -> list[tuple[str, UnitId]]:
    return [(_PATH_SEPARATOR.join(roster.path(unit_id)), unit_id) for unit_id in unit_ids]


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _set_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _show_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, or hide the label so an empty message takes no room."""
    label.setText(text)
    label.setVisible(bool(text))


class StaffDialog(QDialog):
    """Add or edit one staff member: NIP checked as it is typed, name, position, rank, unit and category.

    Non-ASN staff (PPNPN, honorer) have no NIP: with the "Non-ASN" choice the planner gives them
    an internal number (a non-ASN member keeps their own), shown read-only in the NIP field.
    """

    def __init__(
        self,
        roster: Roster,
        member: StaffMember | None = None,
        default_unit: UnitId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Edit ``member``, or a new member of ``default_unit`` when ``member`` is None."""
        super().__init__(parent)
        self._roster = roster
        self._original = member
        self.setWindowTitle(self.tr("Tambah pegawai") if member is None else self.tr("Ubah pegawai"))
        self.setMinimumWidth(560)

        self.nip_edit = QLineEdit(self)
        self.nip_edit.setPlaceholderText(self.tr("mis. 19860926 201505 1 001"))
        self.nip_edit.setToolTip(self.tr("18 digit; spasi dan titik boleh diketik"))
        self.nip_status_label = QLabel(self)
        self.nip_status_label.setWordWrap(True)
        self.non_asn_check = QCheckBox(self.tr("Non-ASN (PPNPN/honorer)"), self)
        self.non_asn_check.setToolTip(
            self.tr("Pegawai tanpa NIP; aplikasi memberi nomor internal (NA-…) yang tidak dipakai orang lain.")
        )
        self._typed_nip = ""
        """The NIP typed before "Non-ASN" was chosen, given back when it is cleared."""
        self._internal_number = member.nip if member is not None and member.non_asn else None
        """The internal number this dialog gives, made once when first needed."""
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("mis. Dr. Hj. Siti Aminah, S.H., M.Si."))
        self.position_edit = QLineEdit(self)
        self.position_edit.setPlaceholderText(self.tr("mis. Analis Kebijakan Ahli Muda"))
        self.rank_combo = QComboBox(self)
        self.rank_combo.setEditable(True)
        self.rank_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank_combo.addItems(PNS_RANKS)
        self.rank_combo.setMaxVisibleItems(len(PNS_RANKS))
        rank_line = self.rank_combo.lineEdit()
        assert rank_line is not None
        rank_line.setPlaceholderText(self.tr("pangkat PNS, atau golongan PPPK (mis. IX)"))
        self.unit_combo = QComboBox(self)
        for path, unit_id in _unit_paths(roster, roster.units):
            self.unit_combo.addItem(path, unit_id)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem("", None)
        _fill_category_combo(self.category_combo)
        self.no_remote_check = QCheckBox(self.tr("Tidak boleh bekerja jarak jauh"), self)
        self.no_remote_reason_edit = QLineEdit(self)
        self.no_remote_reason_edit.setPlaceholderText(self.tr("mis. sedang menjalani hukuman disiplin; baru menjabat"))
        self.no_remote_reason_edit.setEnabled(False)
        self.exemption_check = QCheckBox(self.tr("Dikecualikan dari batas hari jarak jauh per minggu"), self)
        self.exemption_edit = QLineEdit(self)
        self.exemption_edit.setPlaceholderText(
            self.tr("mis. tugas yang harus dikerjakan di luar kantor; keadaan khusus (Permen PANRB 4/2025 Pasal 13)")
        )
        self.exemption_edit.setEnabled(False)
        self.problem_label = _problem_label(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("", self.non_asn_check)
        form.addRow(self.tr("&NIP / NI PPPK:"), self.nip_edit)
        form.addRow("", self.nip_status_label)
        form.addRow(self.tr("N&ama dan gelar:"), self.name_edit)
        form.addRow(self.tr("&Jabatan:"), self.position_edit)
        form.addRow(self.tr("&Pangkat/golongan:"), self.rank_combo)
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        form.addRow(self.tr("&Kategori layanan:"), self.category_combo)
        form.addRow("", self.no_remote_check)
        form.addRow(self.tr("Alasan:"), self.no_remote_reason_edit)
        form.addRow("", self.exemption_check)
        form.addRow(self.tr("Alasan pengecualian:"), self.exemption_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch()
        layout.addWidget(self.button_box)
        _set_tab_order(self._tab_chain())

        self._fill(member, default_unit)
        self.nip_edit.textChanged.connect(self._on_nip_edit_text_changed)
        self.non_asn_check.toggled.connect(self._on_non_asn_check_toggled)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_current_index_changed)
        self.no_remote_check.toggled.connect(self._on_no_remote_check_toggled)
        self.no_remote_reason_edit.textChanged.connect(self._on_no_remote_reason_edit_text_changed)
        self.exemption_check.toggled.connect(self._on_exemption_check_toggled)
        self.exemption_edit.textChanged.connect(self._on_exemption_edit_text_changed)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._update_unit_category()
        self._update_state()
        (self.nip_edit if member is None else self.name_edit).setFocus()

    def member(self) -> StaffMember:
        """The staff member as entered.

        Raises:
            ValueError: an entry is still invalid; the message says which.
        """
        problems = self._problems()
        if problems:
            raise ValueError("; ".join(problems))
        category = self.category_combo.currentData()
        reason = self.no_remote_reason_edit.text().strip() if self.no_remote_check.isChecked() else None
        unit_id = self._current_unit_id()
        assert unit_id is not None
        non_asn = self.non_asn_check.isChecked()
        return StaffMember(
            nip=self._check().nip,
            name=self.name_edit.text().strip(),
            unit=unit_id,
            position=self.position_edit.text().strip(),
            rank="" if non_asn else self.rank_combo.currentText().strip(),
            category=category if isinstance(category, Category) else None,
            no_remote_reason=reason,
            non_asn=non_asn,
            cap_exemption=self.exemption_edit.text().strip() if self.exemption_check.isChecked() else None,
        )

    def accept(self) -> None:
        """Close with OK only when every entry is valid (Enter may arrive while OK is disabled)."""
        if not self._problems():
            super().accept()

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.non_asn_check,
            self.nip_edit,
            self.name_edit,
            self.position_edit,
            self.rank_combo,
            self.unit_combo,
            self.category_combo,
            self.no_remote_check,
            self.no_remote_reason_edit,
            self.exemption_check,
            self.exemption_edit,
            self.button_box,
        ]

    def _fill(self, member: StaffMember | None, default_unit: UnitId | None) -> None:
        unit_id = member.unit if member is not None else default_unit
        index = self.unit_combo.findData(unit_id) if unit_id is not None else -1
        self.unit_combo.setCurrentIndex(max(index, 0) if self.unit_combo.count() else -1)
        if member is None:
            self.rank_combo.setCurrentIndex(-1)
            self.rank_combo.setEditText("")
            return
        self.nip_edit.setText(format_nip(member.nip))
        if member.non_asn:
            self.non_asn_check.setChecked(True)
            self._show_non_asn(True)
        self.name_edit.setText(member.name)
        self.position_edit.setText(member.position)
        rank_index = self.rank_combo.findText(member.rank)
        self.rank_combo.setCurrentIndex(rank_index)
        self.rank_combo.setEditText(member.rank)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(member.category), 0))
        if member.no_remote_reason is not None:
            self.no_remote_check.setChecked(True)
            self.no_remote_reason_edit.setEnabled(True)
            self.no_remote_reason_edit.setText(member.no_remote_reason)
        if member.cap_exemption is not None:
            self.exemption_check.setChecked(True)
            self.exemption_edit.setEnabled(True)
            self.exemption_edit.setText(member.cap_exemption)

    def _current_unit_id(self) -> UnitId | None:
        data = self.unit_combo.currentData()
        return UnitId(data) if isinstance(data, str) else None

    def _check(self) -> NipCheck:
        return check_nip(self.nip_edit.text(), non_asn=self.non_asn_check.isChecked())

    def _nip_problem(self) -> str | None:
        """Why the typed number cannot be saved, or None when it can."""
        check = self._check()
        if not check.ok:
            return check.explain()
        holder = self._holder_of(check.nip)
        if holder is not None:
            return self.tr("NIP ini sudah dipakai oleh {name}.").format(name=holder.name)
        return None

    def _holder_of(self, nip: Nip) -> StaffMember | None:
        if self._original is not None and nip == self._original.nip:
            return None
        try:
            return self._roster.staff[self._roster.index_of(nip)]
        except KeyError:
            return None

    def _other_problems(self) -> list[str]:
        """Every reason apart from the NIP that the member cannot be saved yet."""
        problems: list[str] = []
        if not self.name_edit.text().strip():
            problems.append(self.tr("Nama wajib diisi."))
        if self._current_unit_id() is None:
            problems.append(self.tr("Belum ada unit: tambahkan unit lebih dulu."))
        if self.no_remote_check.isChecked() and not self.no_remote_reason_edit.text().strip():
            problems.append(self.tr("Tulis alasan pegawai tidak boleh bekerja jarak jauh."))
        if self.exemption_check.isChecked() and not self.exemption_edit.text().strip():
            problems.append(self.tr("Tulis alasan pegawai dikecualikan dari batas per minggu."))
        return problems

    def _problems(self) -> list[str]:
        nip_problem = self._nip_problem()
        return ([nip_problem] if nip_problem is not None else []) + self._other_problems()

    def _update_state(self) -> None:
        nip_problem = self._nip_problem()
        if nip_problem is not None:
            self.nip_status_label.setText(nip_problem)
            self.nip_status_label.setStyleSheet(_ERROR_STYLE)
        else:
            check = self._check()
            if check.employment is Employment.NON_ASN:
                self.nip_status_label.setText(
                    self.tr('Non-ASN · nomor internal {number}, dicetak tanpa "NIP."').format(number=check.digits)
                )
                self.nip_status_label.setStyleSheet(_OK_STYLE)
            else:
                kind = self.tr("NI PPPK") if check.employment is Employment.PPPK else self.tr("NIP PNS")
                text = f"{kind} · {format_nip(check.digits)}"
                if NipNotice.PPPK_DIGIT_14 in check.notices:
                    text += "\n" + self.tr("Perhatian: digit ke-14 NI PPPK biasanya 1; periksa kembali nomor ini.")
                self.nip_status_label.setText(text)
                self.nip_status_label.setStyleSheet(_NOTICE_STYLE if check.notices else _OK_STYLE)
        # The NIP's own problem is shown in red under its field, the others above the buttons.
        others = self._other_problems()
        _show_message(self.problem_label, "\n".join(others))
        self.ok_button.setEnabled(nip_problem is None and not others)

    def _update_unit_category(self) -> None:
        unit_id = self._current_unit_id()
        if unit_id is None:
            text = self.tr("Ikut unit")
        else:
            label = category_label(self._roster.units[unit_id].category)
            text = self.tr("Ikut unit ({category})").format(category=label)
        self.category_combo.setItemText(0, text)

    def _show_non_asn(self, non_asn: bool) -> None:
        """The NIP field as the choice wants it: the internal number read-only, or the NIP to type."""
        self.nip_edit.setReadOnly(non_asn)
        self.rank_combo.setEnabled(not non_asn)
        if non_asn:
            self.nip_edit.setToolTip(self.tr("Nomor internal dari aplikasi; tidak dapat diubah"))
        else:
            self.nip_edit.setToolTip(self.tr("18 digit; spasi dan titik boleh diketik"))

    def _on_nip_edit_text_changed(self, _text: str) -> None:
        self._update_state()

    def _on_non_asn_check_toggled(self, checked: bool) -> None:
        if checked:
            self._typed_nip = self.nip_edit.text()
            if self._internal_number is None:
                self._internal_number = new_internal_number()
            self._show_non_asn(True)
            self.nip_edit.setText(self._internal_number)
        else:
            self._show_non_asn(False)
            self.nip_edit.setText(self._typed_nip)
        self._update_state()

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._update_state()

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        self._update_unit_category()
        self._update_state()

    def _on_no_remote_check_toggled(self, checked: bool) -> None:
        self.no_remote_reason_edit.setEnabled(checked)
        if checked:
            self.no_remote_reason_edit.setFocus()
        self._update_state()

    def _on_no_remote_reason_edit_text_changed(self, _text: str) -> None:
        self._update_state()

    def _on_exemption_check_toggled(self, checked: bool) -> None:
        self.exemption_edit.setEnabled(checked)
        if checked:
            self.exemption_edit.setFocus()
        self._update_state()

    def _on_exemption_edit_text_changed(self, _text: str) -> None:
        self._update_state()


class UnitDialog(QDialog):
    """Add or edit one unit: name, parent unit, default service category and working week."""

    def __init__(
        self,
        roster: Roster,
        unit: Unit | None = None,
        parent: QWidget | None = None,
        *,
        default_parent: UnitId | None = None,
    ) -> None:
        """Edit ``unit``, or a new unit under ``default_parent`` when ``unit`` is None."""
        super().__init__(parent)
        self._roster = roster
        self._original = unit
        self.setWindowTitle(self.tr("Tambah unit") if unit is None else self.tr("Ubah unit"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("mis. Bagian Rumah Tangga"))
        self.parent_combo = QComboBox(self)
        self.parent_combo.addItem(self.tr("— (unit teratas)"), None)
        excluded = set() if unit is None else {unit.id} | _descendants(roster.units.values(), unit.id)
        for path, unit_id in _unit_paths(roster, (u for u in roster.units if u not in excluded)):
            self.parent_combo.addItem(path, unit_id)
        self.category_combo = QComboBox(self)
        _fill_category_combo(self.category_combo)
        self.week_combo = QComboBox(self)
        for week in WorkWeek:
            self.week_combo.addItem(week_label(week), week)
        self.week_hint_label = QLabel(
            self.tr("6 hari hanya untuk unit dukungan operasional dan pelayanan publik langsung (Perpres 21/2023)."),
            self,
        )
        self.problem_label = _problem_label(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Nama unit:"), self.name_edit)
        form.addRow(self.tr("&Unit induk:"), self.parent_combo)
        form.addRow(self.tr("&Kategori layanan:"), self.category_combo)
        form.addRow(self.tr("&Hari kerja:"), self.week_combo)
        form.addRow("", self.week_hint_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch()
        layout.addWidget(self.button_box)
        chain: list[QWidget] = [
            self.name_edit,
            self.parent_combo,
            self.category_combo,
            self.week_combo,
            self.button_box,
        ]
        _set_tab_order(chain)

        if unit is not None:
            self.name_edit.setText(unit.name)
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(unit.parent), 0))
            self.category_combo.setCurrentIndex(self.category_combo.findData(unit.category))
            self.week_combo.setCurrentIndex(self.week_combo.findData(unit.week))
        elif default_parent is not None:
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(default_parent), 0))
            self.category_combo.setCurrentIndex(self.category_combo.findData(roster.units[default_parent].category))
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.parent_combo.currentIndexChanged.connect(self._on_parent_combo_current_index_changed)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._update_state()
        self.name_edit.setFocus()

    def unit(self) -> Unit:
        """The unit as entered; a new unit gets an id made from its name that no unit of the roster has.

        Raises:
            ValueError: an entry is still invalid; the message says which.
        """
        problems = self._problems()
        if problems:
            raise ValueError("; ".join(problems))
        name = " ".join(self.name_edit.text().split())
        unit_id = self._original.id if self._original is not None else fresh_unit_id(name, self._roster.units)
        category = self.category_combo.currentData()
        week = self.week_combo.currentData()
        assert isinstance(category, Category)
        assert isinstance(week, WorkWeek)
        return Unit(unit_id, name, category, self._current_parent(), week)

    def accept(self) -> None:
        """Close with OK only when every entry is valid (Enter may arrive while OK is disabled)."""
        if not self._problems():
            super().accept()

    def _current_parent(self) -> UnitId | None:
        data = self.parent_combo.currentData()
        return UnitId(data) if isinstance(data, str) else None

    def _problems(self) -> list[str]:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return [self.tr("Nama unit wajib diisi.")]
        parent = self._current_parent()
        own_id = self._original.id if self._original is not None else None
        for other in self._roster.units.values():
            if other.id != own_id and other.parent == parent and other.name.casefold() == name.casefold():
                if parent is None:
                    return [self.tr("Sudah ada unit teratas bernama “{name}”.").format(name=other.name)]
                return [
                    self.tr("Sudah ada unit bernama “{name}” di bawah {parent}.").format(
                        name=other.name, parent=_PATH_SEPARATOR.join(self._roster.path(parent))
                    )
                ]
        return []

    def _update_state(self) -> None:
        problems = self._problems()
        _show_message(self.problem_label, "\n".join(problems))
        self.ok_button.setEnabled(not problems)

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._update_state()

    def _on_parent_combo_current_index_changed(self, _index: int) -> None:
        self._update_state()


class UnitsDialog(QDialog):
    """The plan's units as a tree, to add, edit and remove them; works on a copy until OK."""

    _ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, roster: Roster, parent: QWidget | None = None) -> None:
        """Manage a copy of ``roster``'s units; its staff stay as they are."""
        super().__init__(parent)
        self._staff = roster.staff
        self._units: list[Unit] = _in_tree_order(list(roster.units.values()))
        self._roster = Roster(self._units, self._staff)
        self._editor: UnitDialog | None = None
        self._edited: UnitId | None = None
        self.setWindowTitle(self.tr("Unit kerja"))
        self.resize(760, 460)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Unit"), self.tr("Kategori layanan"), self.tr("Hari kerja"), self.tr("Pegawai")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_item = self.tree.headerItem()
        header_item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_button = QPushButton(self.tr("&Tambah…"), self)
        self.edit_button = QPushButton(self.tr("&Ubah…"), self)
        self.remove_button = QPushButton(self.tr("&Hapus"), self)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        self.message_label = _problem_label(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.button_box)

        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._refresh(select=self._units[0].id if self._units else None)
        self.tree.setFocus()

    def units(self) -> list[Unit]:
        """The units as edited, parents before their children."""
        return list(self._units)

    def selected_unit(self) -> UnitId | None:
        """The id of the unit chosen in the tree, if any."""
        item = self.tree.currentItem()
        if item is None:
            return None
        data = item.data(0, self._ID_ROLE)
        return UnitId(data) if isinstance(data, str) else None

    def _refresh(self, select: UnitId | None) -> None:
        staff_count: dict[UnitId, int] = {}
        for member in self._staff:
            staff_count[member.unit] = staff_count.get(member.unit, 0) + 1
        self.tree.clear()
        items: dict[UnitId, QTreeWidgetItem] = {}
        for unit in self._units:
            parent_item = items.get(unit.parent) if unit.parent is not None else None
            item = QTreeWidgetItem(parent_item) if parent_item is not None else QTreeWidgetItem(self.tree)
            item.setText(0, unit.name)
            item.setText(1, category_label(unit.category))
            item.setText(2, week_label(unit.week))
            item.setText(3, str(staff_count.get(unit.id, 0)))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, self._ID_ROLE, unit.id)
            items[unit.id] = item
        self.tree.expandAll()
        for column in (1, 2, 3):
            # Columns sized to their contents touch each other; a little room keeps them apart.
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 16)
        if select is not None and select in items:
            self.tree.setCurrentItem(items[select])
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_unit() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _commit(self, units: list[Unit], select: UnitId | None) -> None:
        """Keep ``units`` when they make a valid roster with the staff; otherwise say why and keep the old ones."""
        ordered = _in_tree_order(units)
        try:
            roster = Roster(ordered, self._staff)
        except ValueError as error:
            _show_message(self.message_label, self.tr("Perubahan tidak dapat dipakai: {reason}").format(reason=error))
            return
        self._units, self._roster = ordered, roster
        _show_message(self.message_label, "")
        self._refresh(select)

    def _open_editor(self, unit: Unit | None) -> None:
        if self._editor is not None:
            return
        default_parent = self.selected_unit() if unit is None else None
        self._editor = UnitDialog(self._roster, unit, self, default_parent=default_parent)
        self._edited = unit.id if unit is not None else None
        self._editor.finished.connect(self._on_editor_finished)
        self._editor.open()

    def _on_editor_finished(self, result: int) -> None:
        editor, self._editor = self._editor, None
        if editor is None:
            return
        editor.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            return
        new_unit = editor.unit()
        if self._edited is None:
            self._commit([*self._units, new_unit], new_unit.id)
        else:
            self._commit([new_unit if u.id == self._edited else u for u in self._units], new_unit.id)

    def _on_tree_current_item_changed(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        _show_message(self.message_label, "")
        self._update_buttons()

    def _on_tree_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._on_edit_button_clicked()

    def _on_add_button_clicked(self) -> None:
        self._open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        unit_id = self.selected_unit()
        if unit_id is not None:
            self._open_editor(self._roster.units[unit_id])

    def _on_remove_button_clicked(self) -> None:
        unit_id = self.selected_unit()
        if unit_id is None:
            return
        unit = self._roster.units[unit_id]
        staff = sum(1 for member in self._staff if member.unit == unit_id)
        children = sum(1 for other in self._units if other.parent == unit_id)
        if staff or children:
            reasons = []
            if staff:
                reasons.append(self.tr("masih ada {count} pegawai").format(count=staff))
            if children:
                reasons.append(self.tr("masih ada {count} sub unit").format(count=children))
            text = self.tr("Unit “{name}” tidak dapat dihapus: {reasons}. Pindahkan atau hapus lebih dulu.")
            _show_message(self.message_label, text.format(name=unit.name, reasons=self.tr(" dan ").join(reasons)))
            return
        index = next(i for i, u in enumerate(self._units) if u.id == unit_id)
        remaining = [u for u in self._units if u.id != unit_id]
        neighbour = remaining[min(index, len(remaining) - 1)].id if remaining else None
        self._commit(remaining, unit.parent or neighbour)
