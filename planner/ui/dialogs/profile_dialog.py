"""The agency profile dialog: the letterhead, the place of signing and the signers (DOMAIN §6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import format_date_long
from planner.domain.nip import Employment, NipProblem, check_nip, format_nip
from planner.domain.plan import AgencyProfile, Signatory
from planner.domain.time_zone import TimeZone, zone_named, zone_of_place
from planner.ui.folders import FileKind, LastFolders

AUTHORITY_PREFIXES = ("a.n.", "Plt.", "Plh.")
"""The prefixes of the authority line, as written on official documents."""

ERROR_COLOUR = QColor("#A93226")
_LOGO_PREVIEW_SIZE = 64
_LOGO_FORMATS = (b"png", b"jpeg")
_BLANK = "……"
_SIGNATURE_SPACE = 3
_FIELD_WIDTH = 240


def hint_label(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A grey line of help under a field; ``wrap=False`` keeps line breaks where the text has them.

    Wrapping labels give their layout a height that depends on its width, which Qt does not
    honour for a window's minimum height; a dialog that must grow when a message appears
    uses labels that do not wrap.
    """
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_text_colour(label, None)
    return label


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Colour a label's text; None is the grey of help text."""
    palette = label.palette()
    if colour is None:
        colour = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def strip_authority_prefix(text: str) -> str:
    """The authority line without its a.n. / Plt. / Plh. prefix: "a.n. Gubernur" gives "Gubernur"."""
    stripped = text.strip()
    for prefix in AUTHORITY_PREFIXES:
        if stripped.lower().startswith(prefix.lower()):
            return stripped[len(prefix) :].strip()
    return stripped


def signature_lines(heading: str, signatory: Signatory) -> tuple[list[str], list[str]]:
    """A signature block as printed, split around the space for the signature and stamp.

    Args:
        heading: the first line: "Mataram, 16 April 2024" or "Mengetahui,".
        signatory: who signs.

    Returns:
        The lines above the space (heading, authority, title with its comma) and those below it
        (name, rank, NIP). A missing name, title or NIP shows as dots, as on a blank form.
    """
    head = [heading]
    if signatory.authority:
        head.append(signatory.authority)
    head.append(f"{signatory.title or _BLANK},")
    foot = [signatory.name or _BLANK]
    if signatory.rank:
        foot.append(signatory.rank)
    foot.append(f"NIP. {format_nip(signatory.nip) if signatory.nip else _BLANK}")
    return head, foot


class SignatoryEditor(QWidget):
    """The fields of one signer; the NIP is checked as it is typed."""

    changed = Signal()
    """Any field changed."""

    def __init__(self, signatory: Signatory, parent: QWidget | None = None) -> None:
        """Show ``signatory`` for editing."""
        super().__init__(parent)
        self.authority_combo = QComboBox(self)
        self.authority_combo.setEditable(True)
        self.authority_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Inline completion against the prefix items would rewrite what the user types. Qt takes
        # nullptr here; the PySide6 stubs do not say so.
        self.authority_combo.setCompleter(None)  # type: ignore[arg-type]
        self.authority_combo.addItem(self.tr("(tanpa a.n./Plt./Plh.)"), "")
        self.authority_combo.addItem(self.tr("a.n. (atas nama)"), "a.n.")
        self.authority_combo.addItem(self.tr("Plt. (pelaksana tugas)"), "Plt.")
        self.authority_combo.addItem(self.tr("Plh. (pelaksana harian)"), "Plh.")
        self.authority_combo.setCurrentIndex(-1)
        self.authority_combo.setEditText(signatory.authority)
        self.authority_combo.setToolTip(self.tr("Pilih awalan lalu ketik jabatan yang diwakili"))
        line_edit = self.authority_combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("mis. a.n. Gubernur Nusa Tenggara Barat"))
        self._typed_authority = signatory.authority

        self.title_edit = QLineEdit(signatory.title, self)
        self.title_edit.setPlaceholderText(self.tr("mis. Sekretaris Daerah"))
        self.name_edit = QLineEdit(signatory.name, self)
        self.name_edit.setPlaceholderText(self.tr("nama lengkap dengan gelar"))
        self.rank_edit = QLineEdit(signatory.rank, self)
        self.rank_edit.setPlaceholderText(self.tr("mis. Pembina Utama Madya (IV/d)"))
        self.nip_edit = QLineEdit(format_nip(signatory.nip), self)
        self.nip_edit.setPlaceholderText(self.tr("18 digit, mis. 19860926 201505 1 001"))
        self.nip_hint = hint_label("", self)
        for edit in (self.authority_combo, self.title_edit, self.name_edit, self.rank_edit, self.nip_edit):
            edit.setMinimumWidth(_FIELD_WIDTH)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("a.n./Plt./Plh.:"), self.authority_combo)
        form.addRow(self.tr("Jabatan:"), self.title_edit)
        form.addRow(self.tr("Nama lengkap:"), self.name_edit)
        form.addRow(self.tr("Pangkat/golongan:"), self.rank_edit)
        form.addRow(self.tr("NIP:"), self.nip_edit)
        form.addRow("", self.nip_hint)

        self.authority_combo.activated.connect(self._on_authority_combo_activated)
        line_edit.textEdited.connect(self._on_authority_line_text_edited)
        self.authority_combo.editTextChanged.connect(self.changed)
        for edit in (self.title_edit, self.name_edit, self.rank_edit):
            edit.textChanged.connect(self.changed)
        self.nip_edit.textChanged.connect(self._on_nip_edit_text_changed)
        self.nip_edit.editingFinished.connect(self._on_nip_edit_editing_finished)
        self._show_nip_check()

    def signatory(self) -> Signatory:
        """The signer as typed, the NIP as digits without spaces."""
        return Signatory(
            title=self.title_edit.text().strip(),
            name=self.name_edit.text().strip(),
            rank=self.rank_edit.text().strip(),
            nip=check_nip(self.nip_edit.text()).digits,
            authority=" ".join(self.authority_combo.currentText().split()),
        )

    def nip_ok(self) -> bool:
        """True when the NIP is valid or still empty."""
        text = self.nip_edit.text()
        return not text.strip() or check_nip(text).ok

    def _show_nip_check(self) -> None:
        text = self.nip_edit.text()
        if not text.strip():
            self.nip_hint.setText(self.tr("Boleh dikosongkan selama menyusun."))
            set_text_colour(self.nip_hint, None)
            return
        check = check_nip(text)
        if check.ok:
            kind = self.tr("NI PPPK") if check.employment is Employment.PPPK else self.tr("NIP PNS")
            self.nip_hint.setText(self.tr("{kind} sah: {nip}").format(kind=kind, nip=format_nip(check.digits)))
            set_text_colour(self.nip_hint, None)
        else:
            reasons = "; ".join(self._problem_text(problem) for problem in check.problems)
            self.nip_hint.setText(self.tr("NIP tidak sah: {reasons}").format(reasons=reasons))
            set_text_colour(self.nip_hint, ERROR_COLOUR)

    def _problem_text(self, problem: NipProblem) -> str:
        texts = {
            NipProblem.EMPTY: self.tr("NIP kosong"),
            NipProblem.NOT_DIGITS: self.tr("NIP hanya boleh berisi angka (spasi dan titik boleh)"),
            NipProblem.SCIENTIFIC: self.tr("digit NIP hilang karena ditulis sebagai angka seperti 1,98E+17"),
            NipProblem.LENGTH: self.tr("NIP harus 18 digit"),
            NipProblem.BIRTH_DATE: self.tr("8 digit pertama bukan tanggal lahir yang sah (TTTTBBHH)"),
            NipProblem.APPOINTMENT_MONTH: self.tr("bulan pengangkatan (digit 13–14) harus 01–12"),
            NipProblem.APPOINTMENT_FUTURE: self.tr("tanggal pengangkatan (digit 9–14) ada di masa depan"),
            NipProblem.APPOINTMENT_BEFORE_BIRTH: self.tr("tahun pengangkatan lebih awal dari tahun lahir"),
            NipProblem.GENDER: self.tr("digit jenis kelamin (digit 15) harus 1 (laki-laki) atau 2 (perempuan)"),
            NipProblem.SERIAL: self.tr("nomor urut (3 digit terakhir) tidak boleh 000"),
        }
        return texts[problem]

    def _on_authority_combo_activated(self, index: int) -> None:
        # Choosing a prefix swaps the prefix and keeps the office already typed after it.
        prefix = str(self.authority_combo.itemData(index) or "")
        rest = strip_authority_prefix(self._typed_authority)
        text = f"{prefix} {rest}" if prefix else ""
        self._typed_authority = text
        self.authority_combo.setEditText(text)

    def _on_authority_line_text_edited(self, text: str) -> None:
        self._typed_authority = text

    def _on_nip_edit_text_changed(self, _text: str) -> None:
        self._show_nip_check()
        self.changed.emit()

    def _on_nip_edit_editing_finished(self) -> None:
        check = check_nip(self.nip_edit.text())
        if check.ok:
            self.nip_edit.setText(format_nip(check.digits))


class ProfileDialog(QDialog):
    """Edit the agency profile: letterhead, logo, place of signing, signer and optional acknowledger."""

    def __init__(self, profile: AgencyProfile, folders: LastFolders, parent: QWidget | None = None) -> None:
        """Show ``profile`` for editing; read the result with ``profile()`` after the dialog is accepted.

        The logo's file dialog opens in the logo's folder, else the last folder ``folders`` holds for pictures.
        """
        super().__init__(parent)
        self._folders = folders
        self.setWindowTitle(self.tr("Profil instansi dan penanda tangan"))
        self._today = dt.date.today()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_ScrollingPage(self._build_letterhead_tab(profile)), self.tr("Kop surat"))
        self.tabs.addTab(_ScrollingPage(self._build_signers_tab(profile)), self.tr("Penanda tangan"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.signer_editor.changed.connect(self._on_signer_editor_changed)
        self.acknowledger_editor.changed.connect(self._on_acknowledger_editor_changed)
        self.acknowledger_group.toggled.connect(self._on_acknowledger_group_toggled)
        self.city_edit.textChanged.connect(self._on_city_edit_text_changed)
        self.letterhead_edit.textChanged.connect(self._on_letterhead_edit_text_changed)
        self.address_edit.textChanged.connect(self._on_address_edit_text_changed)
        self.logo_edit.textChanged.connect(self._on_logo_edit_text_changed)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.logo_clear_button.clicked.connect(self._on_logo_clear_button_clicked)
        self._show_logo()
        self._refresh()
        self._show_province_zone()
        self.letterhead_edit.setFocus()
        # Qt opens a window at most two thirds of the screen, which would make the signers page scroll.
        self.resize(self.sizeHint().boundedTo(self.screen().availableGeometry().size()))

    def profile(self) -> AgencyProfile:
        """The profile as edited."""
        lines = (line.strip() for line in self.letterhead_edit.toPlainText().splitlines())
        return AgencyProfile(
            letterhead=tuple(line for line in lines if line),
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(),
            city=self.city_edit.text().strip(),
            logo=self.logo_edit.text().strip(),
            signatory=self.signer_editor.signatory(),
            acknowledger=self.acknowledger_editor.signatory() if self.acknowledger_group.isChecked() else None,
            time_zone=str(self.zone_combo.currentData() or ""),
        )

    def _build_letterhead_tab(self, profile: AgencyProfile) -> QWidget:
        page = QWidget(self)
        self.letterhead_edit = QPlainTextEdit("\n".join(profile.letterhead), page)
        self.letterhead_edit.setTabChangesFocus(True)
        self.letterhead_edit.setPlaceholderText("PEMERINTAH PROVINSI NUSA TENGGARA BARAT\nSEKRETARIAT DAERAH")
        line_height = self.letterhead_edit.fontMetrics().lineSpacing()
        self.letterhead_edit.setFixedHeight(5 * line_height + 12)
        self.address_edit = QLineEdit(profile.address, page)
        self.address_edit.setPlaceholderText(self.tr("mis. Jalan Pejanggik Nomor 12, Mataram 83121"))
        self.phone_edit = QLineEdit(profile.phone, page)
        self.phone_edit.setPlaceholderText(self.tr("mis. (0370) 621356"))
        self.email_edit = QLineEdit(profile.email, page)
        self.email_edit.setPlaceholderText(self.tr("mis. setda@ntbprov.go.id"))
        self.website_edit = QLineEdit(profile.website, page)
        self.website_edit.setPlaceholderText(self.tr("mis. ntbprov.go.id"))

        self.logo_edit = QLineEdit(profile.logo, page)
        self.logo_edit.setPlaceholderText(self.tr("tanpa logo"))
        self.logo_button = QPushButton(self.tr("Pilih…"), page)
        self.logo_clear_button = QPushButton(self.tr("Hapus"), page)
        self.logo_preview = QLabel(page)
        self.logo_preview.setFixedSize(_LOGO_PREVIEW_SIZE, _LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_message = hint_label("", page)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.logo_preview)
        preview_row.addWidget(self.logo_message, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Baris kop:"), self.letterhead_edit)
        form.addRow(
            "",
            hint_label(self.tr("Satu baris kop per baris, dengan huruf kapital, dari atas ke bawah."), page),
        )
        form.addRow(self.tr("Alamat:"), self.address_edit)
        form.addRow(self.tr("Telepon:"), self.phone_edit)
        form.addRow(self.tr("Surel:"), self.email_edit)
        form.addRow(self.tr("Laman:"), self.website_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow("", preview_row)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_signers_tab(self, profile: AgencyProfile) -> QWidget:
        page = QWidget(self)
        self.city_edit = QLineEdit(profile.city, page)
        self.city_edit.setPlaceholderText(self.tr("mis. Mataram"))
        city_form = QFormLayout()
        city_form.addRow(self.tr("Tempat penandatanganan (kota):"), self.city_edit)
        # The first item follows the province named in the letterhead, address or city (its text says which
        # zone that gives, refreshed as they are typed); the others fix the zone.
        self.zone_combo = QComboBox(page)
        self.zone_combo.addItem("", "")
        for zone, name in (
            (TimeZone.WIB, self.tr("WIB (UTC+7)")),
            (TimeZone.WITA, self.tr("WITA (UTC+8)")),
            (TimeZone.WIT, self.tr("WIT (UTC+9)")),
        ):
            self.zone_combo.addItem(name, zone.value)
        chosen = zone_named(profile.time_zone)
        self.zone_combo.setCurrentIndex(self.zone_combo.findData(chosen.value) if chosen else 0)
        city_form.addRow(self.tr("Zona waktu:"), self.zone_combo)

        signer_group = QGroupBox(self.tr("Penanda tangan"), page)
        self.signer_editor = SignatoryEditor(profile.signatory, signer_group)
        QVBoxLayout(signer_group).addWidget(self.signer_editor)

        self.acknowledger_group = QGroupBox(self.tr("Mengetahui (atasan, opsional)"), page)
        self.acknowledger_group.setCheckable(True)
        self.acknowledger_group.setChecked(profile.acknowledger is not None)
        self.acknowledger_editor = SignatoryEditor(profile.acknowledger or Signatory(), self.acknowledger_group)
        QVBoxLayout(self.acknowledger_group).addWidget(self.acknowledger_editor)

        groups = QHBoxLayout()
        groups.addWidget(signer_group, 1)
        groups.addWidget(self.acknowledger_group, 1)

        preview_group = QGroupBox(self.tr("Pratinjau blok tanda tangan"), page)
        paper = QFrame(preview_group)
        paper.setFrameShape(QFrame.Shape.StyledPanel)
        paper.setBackgroundRole(QPalette.ColorRole.Base)
        paper.setAutoFillBackground(True)
        self.acknowledger_preview = QLabel(paper)
        self.signer_preview = QLabel(paper)
        for label in (self.acknowledger_preview, self.signer_preview):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Filled before the layout takes the labels in: a hidden tab page keeps the sizes it cached.
        self._show_preview()
        paper_layout = QHBoxLayout(paper)
        paper_layout.setContentsMargins(16, 12, 16, 12)
        paper_layout.addWidget(self.acknowledger_preview, 1)
        paper_layout.addStretch(0)
        paper_layout.addWidget(self.signer_preview, 1)
        preview_layout = QVBoxLayout(preview_group)
        preview_layout.addWidget(paper)
        preview_layout.addWidget(
            hint_label(self.tr("Tanggal diisi saat mencetak; di sini tanggal hari ini sebagai contoh."), preview_group)
        )

        layout = QVBoxLayout(page)
        layout.addLayout(city_form)
        layout.addLayout(groups)
        layout.addWidget(preview_group)
        layout.addStretch(1)
        return page

    def _refresh(self) -> None:
        ok = self.signer_editor.nip_ok() and (
            not self.acknowledger_group.isChecked() or self.acknowledger_editor.nip_ok()
        )
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        button.setEnabled(ok)
        self._show_preview()

    def _show_preview(self) -> None:
        acknowledged = self.acknowledger_group.isChecked()
        city = self.city_edit.text().strip() or _BLANK
        heading = f"{city}, {format_date_long(self._today)}"
        signer_head, signer_foot = signature_lines(heading, self.signer_editor.signatory())
        if acknowledged:
            left_head, left_foot = signature_lines(self.tr("Mengetahui,"), self.acknowledger_editor.signatory())
        else:
            left_head, left_foot = [], []
        head_height = max(len(signer_head), len(left_head))
        foot_height = max(len(signer_foot), len(left_foot))
        self.signer_preview.setText(_block_text(signer_head, signer_foot, head_height, foot_height))
        self.acknowledger_preview.setText(
            _block_text(left_head, left_foot, head_height, foot_height) if acknowledged else ""
        )

    def _show_logo(self) -> None:
        path = self.logo_edit.text().strip()
        self.logo_preview.clear()
        if not path:
            self.logo_message.setText(self.tr("Tanpa logo. Pilih berkas PNG atau JPG."))
            set_text_colour(self.logo_message, None)
            return
        if not Path(path).is_file():
            self.logo_message.setText(self.tr("Berkas logo tidak ditemukan: {path}").format(path=path))
            set_text_colour(self.logo_message, ERROR_COLOUR)
            return
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image_format = bytes(reader.format().data())
        image = reader.read()
        if image.isNull():
            self.logo_message.setText(
                self.tr("Berkas ini tidak dapat dibaca sebagai gambar. Pilih berkas PNG atau JPG.")
            )
            set_text_colour(self.logo_message, ERROR_COLOUR)
            return
        pixmap = QPixmap.fromImage(image).scaled(
            _LOGO_PREVIEW_SIZE - 4,
            _LOGO_PREVIEW_SIZE - 4,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_preview.setPixmap(pixmap)
        size = f"{image.width()} × {image.height()} px"
        if image_format not in _LOGO_FORMATS:
            self.logo_message.setText(
                self.tr("Gambar {size} terbaca, tetapi sebaiknya gunakan PNG atau JPG agar dapat dicetak.").format(
                    size=size
                )
            )
            set_text_colour(self.logo_message, ERROR_COLOUR)
            return
        self.logo_message.setText(self.tr("Logo {size}.").format(size=size))
        set_text_colour(self.logo_message, None)

    def _on_signer_editor_changed(self) -> None:
        self._refresh()

    def _on_acknowledger_editor_changed(self) -> None:
        self._refresh()

    def _on_acknowledger_group_toggled(self, _checked: bool) -> None:
        self._refresh()

    def _on_city_edit_text_changed(self, _text: str) -> None:
        self._refresh()
        self._show_province_zone()

    def _on_letterhead_edit_text_changed(self) -> None:
        self._show_province_zone()

    def _on_address_edit_text_changed(self, _text: str) -> None:
        self._show_province_zone()

    def _show_province_zone(self) -> None:
        """The first item of the zone list names the zone the province gives ("Sesuai provinsi: WITA")."""
        lines = self.letterhead_edit.toPlainText().splitlines()
        found = zone_of_place(*lines, self.address_edit.text(), self.city_edit.text())
        if found is None:
            text = self.tr("Sesuai provinsi (tidak dikenali dari kop: WIB)")
        else:
            text = self.tr("Sesuai provinsi: {zone}").format(zone=found.value)
        self.zone_combo.setItemText(0, text)

    def _on_logo_edit_text_changed(self, _text: str) -> None:
        self._show_logo()

    def _on_logo_button_clicked(self) -> None:
        current = self.logo_edit.text().strip()
        folder = Path(current).parent if current else None
        start = str(folder) if folder is not None and folder.is_dir() else self._folders.folder(FileKind.IMAGE)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), start, self.tr("Gambar PNG atau JPG (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)")
        )
        if path:
            self._folders.remember(FileKind.IMAGE, Path(path))
            self.logo_edit.setText(path)

    def _on_logo_clear_button_clicked(self) -> None:
        self.logo_edit.clear()


class _ScrollingPage(QScrollArea):
    """A tab page that scrolls when the dialog is made smaller than the page.

    QTabWidget sizes itself by the height-for-width of the current page only, so a taller page
    with wrapping help lines was clipped; inside a scroll area it stays whole.
    """

    def __init__(self, page: QWidget) -> None:
        """Hold ``page``."""
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setWidget(page)

    def sizeHint(self) -> QSize:
        """The page's own size hint, not the scroll area's small default, plus room for a scroll bar."""
        page = self.widget()
        assert page is not None
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return page.sizeHint() + QSize(extent, 0)


def _block_text(head: list[str], foot: list[str], head_height: int, foot_height: int) -> str:
    # Blank lines go under the heading so the titles and the names of both blocks line up.
    padding = [""] * (head_height - len(head))
    lines = head[:1] + padding + head[1:] + [""] * _SIGNATURE_SPACE + foot + [""] * (foot_height - len(foot))
    return "\n".join(lines)
