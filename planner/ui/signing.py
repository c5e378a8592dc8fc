"""Electronic signatures from the window: sign the schedule, check a signed one, make an internal certificate.

The main window wires these to its menu and a panel, for instance::

    from planner.ui.signing import CreateCertificateDialog, SignoffPanel, VerifyDialog, sign_schedule

    sign_schedule(self.document, self._settings, self)             # Berkas › Tandatangani jadwal…
    VerifyDialog(self.document, self).open()                         # Berkas › Periksa jadwal bertanda tangan…
    CreateCertificateDialog(self.document.plan.profile, self).open()  # Berkas › Buat sertifikat internal…
    panel = SignoffPanel(self.document, self)                        # e.g. a dock; set_document() on a new plan

``sign_schedule`` reuses the PDF export's options dialog and worker (``planner.ui.printing.pdf_export``),
asks for the certificate and its password (``CertificateDialog``: who holds it, BSrE or internal),
writes the signed PDF in the worker and then records the sign-off in the plan file. The password
lives in a password field only until the certificate is opened, and is never stored.
``SignoffPanel`` says whether the plan still says what was signed and lists what changed since.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import format_date_long
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import Differences, SignOff, content_of, differences
from planner.domain.plan import AgencyProfile
from planner.domain.time_zone import zone_named
from planner.io.certificates import (
    DEFAULT_YEARS,
    MAX_YEARS,
    MIN_YEARS,
    InternalCertificate,
    create_internal_certificate,
)
from planner.io.pades import (
    Integrity,
    SignedSchedule,
    SigningCertificate,
    Trust,
    Verification,
    format_moment,
    load_trust_roots,
    open_certificate,
    same_person,
    verify_pdf,
    write_signed_schedule,
)
from planner.io.schedule import Progress
from planner.storage.plan_file import last_signoff, record_signoff
from planner.ui.errors import error_text
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid.document import Document
from planner.ui.printing.pdf_export import (
    ScheduleJob,
    ask_options,
    default_pdf_path,
    offer_folder,
    remember_pdf_folder,
    snapshot,
)

CERTIFICATE_KEY = "signing/certificate"
"""``settings`` key of the .p12 file used last (its path only: the password is never kept)."""
CHANGES_SHOWN = 200
"""Changed cells listed in the panel; the rest are counted."""


# ---- choosing the certificate -------------------------------------------------------------------


class CertificateDialog(QDialog):
    """The .p12 file and its password; shows whose certificate it is and whether it is BSrE's."""

    def __init__(self, document: Document, settings: QSettings, parent: QWidget | None = None) -> None:
        """Offer the certificate used last; Tandatangani is enabled once the certificate is open."""
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._certificate: SigningCertificate | None = None
        self.setWindowTitle(self.tr("Tanda tangan elektronik"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(settings.value(CERTIFICATE_KEY, "")), self)
        self.path_edit.setPlaceholderText(self.tr("berkas .p12 atau .pfx"))
        choose = QPushButton(self.tr("&Pilih…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("&Sertifikat:"), row)

        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._on_open_clicked)
        form.addRow(self.tr("&Kata sandi:"), self.password_edit)

        self.open_button = QPushButton(self.tr("&Buka sertifikat"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        form.addRow("", self.open_button)

        self.info = QLabel(self.tr("Pilih berkas sertifikat, ketik kata sandinya, lalu Buka sertifikat."), self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setMinimumWidth(460)
        layout.addWidget(self.info)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(self.tr("&Tandatangani…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)

    def certificate(self) -> SigningCertificate | None:
        """The opened certificate, or None when none was opened."""
        return self._certificate

    def _on_choose_clicked(self) -> None:
        folders = LastFolders(self._settings)
        start = self.path_edit.text() or folders.folder(FileKind.CERTIFICATE)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih sertifikat"), start, self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)")
        )
        if name:
            folders.remember(FileKind.CERTIFICATE, Path(name))
            self.path_edit.setText(name)
            self._forget()

    def _on_path_edit_text_edited(self, _text: str) -> None:
        self._forget()

    def _forget(self) -> None:
        self._certificate = None
        self.sign_button.setEnabled(False)

    def _on_open_clicked(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.info.setText(self.tr("Pilih berkas sertifikat lebih dahulu."))
            return
        try:
            certificate = open_certificate(path, self.password_edit.text().encode("utf-8"))
        except PlannerError as error:
            self._forget()
            self.info.setText(self.tr("Sertifikat tidak dapat dipakai: {error}").format(error=error_text(error)))
            return
        # The password has done its work: it leaves the field, and the dialog never keeps it.
        self.password_edit.clear()
        self._certificate = certificate
        self._settings.setValue(CERTIFICATE_KEY, str(path))
        self.sign_button.setEnabled(True)
        self.info.setText(self._describe(certificate))

    def _describe(self, certificate: SigningCertificate) -> str:
        holder = certificate.common_name
        if certificate.organisation:
            holder = self.tr("{name} ({organisation})").format(name=holder, organisation=certificate.organisation)
        lines = [
            self.tr("Pemegang: {holder}").format(holder=holder),
            self.tr("Penerbit: {issuer}").format(issuer=certificate.issuer),
            self.tr("Berlaku sampai: {date}").format(date=format_date_long(certificate.not_after.date())),
        ]
        if certificate.is_bsre:
            lines.append(self.tr("Sertifikat BSrE: kaki setiap halaman menyebut tanda tangan elektronik BSrE."))
        else:
            lines.append(
                self.tr(
                    "Sertifikat internal, bukan BSrE: kaki setiap halaman menyatakan bahwa jadwal ditandatangani "
                    "dengan sertifikat internal instansi."
                )
            )
        signatory = self._document.plan.profile.signatory.name.strip()
        if signatory and signatory.casefold() != certificate.common_name.strip().casefold():
            lines.append(
                self.tr(
                    "Perhatian: penanda tangan di jadwal adalah {signatory}, sertifikat atas nama {holder}."
                ).format(signatory=signatory, holder=certificate.common_name)
            )
        return "\n".join(lines)


# ---- signing ------------------------------------------------------------------------------------


def sign_schedule(document: Document, settings: QSettings, parent: QWidget) -> ScheduleJob | None:
    """Ask for the options, the certificate and a file name; sign in a worker; record the sign-off.

    Returns:
        The running job (``finished`` carries the ``SignedSchedule``), or None when the user
        cancelled or the plan cannot be signed (a message box said why).
    """
    plan_path = document.path
    if plan_path is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Signing", "Simpan rencana lebih dahulu"),
            QCoreApplication.translate(
                "Signing",
                "Penetapan jadwal dicatat di berkas rencana. Simpan rencana ke berkas lebih dahulu, "
                "lalu tandatangani jadwalnya.",
            ),
        )
        return None
    options = ask_options(document, settings, parent)
    if options is None:
        return None
    if options.draft:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Signing", "Draf tidak ditandatangani"),
            QCoreApplication.translate(
                "Signing",
                "Draf tidak dapat ditandatangani. Perbaiki kesalahan di panel Masalah, lalu tandatangani "
                "jadwal resminya.",
            ),
        )
        return None
    dialog = CertificateDialog(document, settings, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        certificate = dialog.certificate()
    finally:
        dialog.deleteLater()
    if not accepted or certificate is None:
        return None
    signatory = document.plan.profile.signatory
    allow_other_signer = False
    if signatory.name.strip() and not same_person(certificate.common_name, signatory.name):
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Signing", "Penanda tangan lain"),
            QCoreApplication.translate(
                "Signing",
                "Sertifikat ini atas nama {holder}, sedangkan penanda tangan yang tercetak di jadwal {signatory}.\n\n"
                "Tanda tangan elektronik akan menyebut {holder} sebagai penanda tangan. Tetap tandatangani?",
            ).format(holder=certificate.common_name or "–", signatory=signatory.name.strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        allow_other_signer = True
    default = default_pdf_path(document, settings)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Signing", "Simpan jadwal bertanda tangan"),
        str(default.with_name(f"{default.stem}-ttd.pdf")),
        QCoreApplication.translate("Signing", "PDF (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    remember_pdf_folder(settings, path)
    plan, circular, calendar = snapshot(document)

    def work(progress: Progress) -> SignedSchedule:
        return write_signed_schedule(
            path,
            plan,
            circular,
            calendar,
            options,
            certificate=certificate,
            progress=progress,
            allow_other_signer=allow_other_signer,
        )

    job = ScheduleJob(
        work,
        QCoreApplication.translate("Signing", "Menyusun dan menandatangani jadwal ke {name}…").format(name=path.name),
        parent,
    )

    def done(result: object) -> None:
        assert isinstance(result, SignedSchedule)
        try:
            record_signoff(plan_path, result.signoff)
        except PlannerError as error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Signing", "Penetapan tidak dicatat"),
                QCoreApplication.translate(
                    "Signing",
                    "Jadwal bertanda tangan sudah disimpan ke {path}, tetapi penetapannya tidak dapat "
                    "dicatat di berkas rencana: {error}",
                ).format(path=path, error=error_text(error)),
            )
            offer_folder(parent, path)
            return
        document.file_changed.emit()  # the file now holds a new sign-off: panels read it again
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                QCoreApplication.translate(
                    "Signing", "Jadwal bertanda tangan disimpan ke {path}; penetapan dicatat ({id})."
                ).format(path=path, id=result.schedule.document_id),
                10_000,
            )
        offer_folder(parent, path)

    job.finished.connect(done)
    job.start()
    return job


# ---- verifying ----------------------------------------------------------------------------------


class VerifyDialog(QDialog):
    """Choose a signed PDF, optionally compare it with the open plan, and read the report."""

    def __init__(
        self, document: Document | None = None, parent: QWidget | None = None, *, folders: LastFolders | None = None
    ) -> None:
        """Compare with ``document``'s plan when given (the user may turn that off); ``folders`` opens the choosers."""
        super().__init__(parent)
        self._document = document
        self._folders = folders
        self.report: Verification | None = None
        """The last verification, for the caller and for tests."""
        self.setWindowTitle(self.tr("Periksa jadwal bertanda tangan"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("berkas PDF"))
        choose = QPushButton(self.tr("&Pilih…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("&Jadwal (PDF):"), row)

        self.compare = QCheckBox(self.tr("&Bandingkan isinya dengan rencana yang terbuka"), self)
        self.compare.setChecked(document is not None)
        self.compare.setEnabled(document is not None)
        form.addRow("", self.compare)

        roots = QHBoxLayout()
        self.roots_edit = QLineEdit(self)
        self.roots_edit.setPlaceholderText(self.tr("kosong: tidak ada sertifikat akar yang dipercaya"))
        choose_roots = QPushButton(self.tr("P&ilih…"), self)
        choose_roots.clicked.connect(self._on_choose_roots_clicked)
        roots.addWidget(self.roots_edit, 1)
        roots.addWidget(choose_roots)
        form.addRow(self.tr("Sertifikat &akar:"), roots)

        self.check_button = QPushButton(self.tr("P&eriksa"), self)
        self.check_button.clicked.connect(self.verify)
        form.addRow("", self.check_button)

        self.headline = QLabel(self)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _start(self, text: str, kind: FileKind) -> str:
        if text:
            return text
        return self._folders.folder(kind) if self._folders is not None else str(Path.home())

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih jadwal bertanda tangan"),
            self._start(self.path_edit.text(), FileKind.PDF),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            if self._folders is not None:
                self._folders.remember(FileKind.PDF, Path(name))
            self.path_edit.setText(name)
            self.verify()

    def _on_choose_roots_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih sertifikat akar yang dipercaya"),
            self._start(self.roots_edit.text(), FileKind.CERTIFICATE),
            self.tr("Sertifikat (*.pem *.crt *.cer *.der)"),
        )
        if name:
            if self._folders is not None:
                self._folders.remember(FileKind.CERTIFICATE, Path(name))
            self.roots_edit.setText(name)

    def verify(self) -> None:
        """Check the chosen PDF and show the report."""
        text = self.path_edit.text().strip()
        if not text:
            self.headline.setText(self.tr("Pilih berkas PDF lebih dahulu."))
            return
        plan = self._document.plan if self._document is not None and self.compare.isChecked() else None
        roots_text = self.roots_edit.text().strip()
        try:
            roots = load_trust_roots([Path(roots_text)] if roots_text else [])
            report = verify_pdf(Path(text), plan, trust_roots=roots)
        except PlannerError as error:
            self.report = None
            self.headline.setText(self.tr("Tidak dapat diperiksa: {error}").format(error=error_text(error)))
            self.details.clear()
            return
        self.report = report
        self.headline.setText(self._headline(report))
        self.details.setPlainText("\n".join(self._details(report)))

    def _headline(self, report: Verification) -> str:
        if report.integrity is Integrity.INTACT:
            text = self.tr("✔ Utuh: dokumen tidak berubah sejak ditandatangani.")
        elif report.integrity is Integrity.MODIFIED:
            text = self.tr("✖ Diubah: dokumen tidak lagi sama dengan yang ditandatangani.")
        elif report.integrity is Integrity.INVALID:
            text = self.tr("✖ Tidak sah: tanda tangan tidak cocok atau tidak dapat dibaca.")
        elif report.integrity is Integrity.DAMAGED:
            text = self.tr("✖ Rusak: berkas PDF tidak dapat dibaca untuk diperiksa.")
        else:
            text = self.tr("✖ Tidak bertanda tangan: PDF ini tidak memuat tanda tangan elektronik.")
        if report.content_matches is False:
            text += " " + self.tr("Isi jadwal berbeda dari rencana yang terbuka.")
        if report.trust_required and report.trust is not Trust.TRUSTED:
            text += " " + self.tr("Sertifikatnya tidak berujung pada sertifikat akar yang dipilih.")
        return text

    def _details(self, report: Verification) -> list[str]:
        lines = [self.tr("Berkas: {name}").format(name=report.path.name)]
        if report.signer_name:
            lines.append(
                self.tr("Penanda tangan: {name} ({organisation})").format(
                    name=report.signer_name, organisation=report.signer_organisation or "–"
                )
            )
        if report.signed_at is not None:
            zone = zone_named(report.printed.get("Waktu", " ").split()[-1])
            if zone is None and self._document is not None:
                zone = self._document.plan.profile.zone
            time = format_moment(report.signed_at, zone)
            lines.append(self.tr("Waktu tanda tangan: {time}").format(time=time))
            for stamp in report.timestamps:
                when = format_moment(stamp.time, zone) if stamp.time is not None else "–"
                state = self.tr("utuh") if stamp.intact else self.tr("diubah atau tidak sah")
                lines.append(
                    self.tr("Stempel waktu dokumen: {time}, {authority}, {state}").format(
                        time=when, authority=stamp.authority or "–", state=state
                    )
                )
        for label in ("Instansi", "Periode", "Ditandatangani"):
            if report.printed.get(label):
                lines.append(self.tr("Kode QR — {label}: {value}").format(label=label, value=report.printed[label]))
        if report.added_after_signing:
            lines.append(self.tr("Ada yang ditambahkan ke berkas setelah ditandatangani."))
        if report.signatures > 1:
            lines.append(
                self.tr("{count} tanda tangan, semuanya diperiksa: {names}.").format(
                    count=report.signatures, names="; ".join(report.signers)
                )
            )
        if len(report.fields) > 1 or report.empty_fields:
            signed = len(report.fields) - len(report.empty_fields)
            lines.append(
                self.tr("Kolom tanda tangan: {count}, {signed} sudah ditandatangani.").format(
                    count=len(report.fields), signed=signed
                )
            )
            if report.empty_fields:
                lines.append(self.tr("Masih kosong: {names}.").format(names=", ".join(report.empty_fields)))
        if report.trust is Trust.TRUSTED:
            lines.append(self.tr("Sertifikat: dipercaya (tervalidasi terhadap sertifikat akar yang dipilih)."))
        elif report.trust is Trust.SELF_SIGNED:
            lines.append(
                self.tr(
                    "Sertifikat: sertifikat internal / tidak terverifikasi — dibuat sendiri oleh pemegangnya, "
                    "bukan sertifikat BSrE."
                )
            )
        elif report.trust is Trust.UNVERIFIED:
            lines.append(
                self.tr(
                    "Sertifikat: sertifikat internal / tidak terverifikasi — diterbitkan oleh {issuer}, yang tidak "
                    "dapat diverifikasi tanpa sertifikat akarnya."
                ).format(issuer=report.issuer_name)
            )
        if report.trust_required and report.trust is not Trust.TRUSTED:
            lines.append(
                self.tr(
                    "TIDAK DIPERCAYA: rantai sertifikat penanda tangan tidak berujung pada "
                    "sertifikat akar yang dipilih."
                )
            )
        if report.claims_bsre and report.trust is not Trust.TRUSTED:
            lines.append(
                self.tr("Rantai sertifikatnya menyebut BSrE/BSSN; pilih sertifikat akar BSrE untuk memastikannya.")
            )
        if report.certificate_sha256:
            lines.append(self.tr("SHA-256 sertifikat: {value}").format(value=report.certificate_sha256))
        if report.document_id is not None:
            lines.append(self.tr("ID dokumen: {id}").format(id=report.document_id))
        if report.fingerprint is not None:
            lines.append(self.tr("Sidik isi: {value}").format(value=report.fingerprint))
        if report.content_matches is True:
            lines.append(self.tr("Isi jadwal: cocok dengan rencana yang terbuka."))
        elif report.content_matches is False and report.fingerprint is None:
            lines.append(self.tr("Isi jadwal: tidak dapat dibandingkan, PDF ini tidak memuat sidik isi."))
        elif report.content_matches is False:
            lines.append(self.tr("Isi jadwal: BERBEDA dari rencana yang terbuka."))
        return lines


# ---- internal certificates ----------------------------------------------------------------------


class CreateCertificateDialog(QDialog):
    """Make an internal certificate (.p12) with a password the user chooses, after a plain note."""

    def __init__(
        self, profile: AgencyProfile, parent: QWidget | None = None, *, folders: LastFolders | None = None
    ) -> None:
        """Start from the profile's signer and the agency named in its letterhead; ``folders`` opens the chooser."""
        super().__init__(parent)
        self._folders = folders
        self.created: InternalCertificate | None = None
        """The certificate made, once the dialog is accepted."""
        self.setWindowTitle(self.tr("Buat sertifikat internal"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Sertifikat internal dibuat sendiri oleh instansi, bukan diterbitkan oleh Balai Sertifikasi "
                "Elektronik (BSrE) BSSN. Tanda tangan dengan sertifikat ini membuktikan bahwa berkas PDF tidak "
                "diubah sejak ditandatangani oleh pemegang berkas sertifikat dan kata sandinya. Tanda tangan ini "
                "BUKAN tanda tangan elektronik tersertifikasi yang diakui sebagai TTE BSrE: siapa pun dapat membuat "
                "sertifikat seperti ini dengan nama apa pun, jadi pembaca hanya dapat mempercayainya bila tahu "
                "sertifikat itu milik instansi Anda. Simpan berkas .p12 dan kata sandinya baik-baik; yang memegang "
                "keduanya dapat menandatangani atas nama Anda."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setMinimumWidth(480)
        layout.addWidget(note)

        form = QFormLayout()
        layout.addLayout(form)
        agencies = [line.strip() for line in profile.letterhead if line.strip()]
        self.name_edit = QLineEdit(profile.signatory.name, self)
        self.title_edit = QLineEdit(profile.signatory.title, self)
        self.agency_edit = QLineEdit(agencies[-1].title() if agencies else "", self)
        self.years = QSpinBox(self)
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" tahun"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        choose = QPushButton(self.tr("&Pilih…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("&Nama penanda tangan:"), self.name_edit)
        form.addRow(self.tr("&Jabatan:"), self.title_edit)
        form.addRow(self.tr("&Instansi:"), self.agency_edit)
        form.addRow(self.tr("&Masa berlaku:"), self.years)
        form.addRow(self.tr("&Kata sandi:"), self.password_edit)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat_edit)
        # A row given a layout has no buddy, so its label would show "&" literally: give it one.
        save_label = QLabel(self.tr("&Simpan ke:"), self)
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(self.tr("&Buat sertifikat"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_choose_clicked(self) -> None:
        folder = Path(self._folders.folder(FileKind.CERTIFICATE)) if self._folders is not None else Path.home()
        start = self.path_edit.text() or str(folder / "sertifikat-internal.p12")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sertifikat internal"), start, self.tr("Sertifikat PKCS#12 (*.p12)")
        )
        if name:
            if self._folders is not None:
                self._folders.remember(FileKind.CERTIFICATE, Path(name))
            self.path_edit.setText(name if name.lower().endswith((".p12", ".pfx")) else f"{name}.p12")

    def _on_buttons_accepted(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            QMessageBox.warning(self, self.tr("Sertifikat internal"), self.tr("Kedua kata sandi tidak sama."))
            return
        text = self.path_edit.text().strip()
        if not text:
            QMessageBox.warning(self, self.tr("Sertifikat internal"), self.tr("Pilih tempat menyimpan sertifikat."))
            return
        path = Path(text)
        overwrite = False
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Sertifikat internal"),
                self.tr("{name} sudah ada. Timpa berkas itu?").format(name=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        try:
            self.created = create_internal_certificate(
                path,
                self.password_edit.text().encode("utf-8"),
                name=self.name_edit.text(),
                agency=self.agency_edit.text(),
                title=self.title_edit.text(),
                years=self.years.value(),
                overwrite=overwrite,
            )
        except PlannerError as error:
            QMessageBox.warning(self, self.tr("Sertifikat internal"), error_text(error))
            return
        self.password_edit.clear()
        self.repeat_edit.clear()
        QMessageBox.information(
            self,
            self.tr("Sertifikat internal"),
            self.tr(
                "Sertifikat internal disimpan ke {path}, berlaku sampai {date}.\n\nSHA-256 sertifikat (untuk "
                "dicocokkan pembaca):\n{sha256}"
            ).format(path=path, date=format_date_long(self.created.not_after.date()), sha256=self.created.sha256),
        )
        self.accept()


# ---- what changed since the last sign-off ----------------------------------------------------------


def signoff_differences(document: Document) -> tuple[SignOff | None, Differences | None]:
    """The plan file's last sign-off and how the open plan differs from it; (None, None) when never signed.

    Raises:
        PlannerError: the plan file cannot be read.
    """
    if document.path is None:
        return None, None
    signoff = last_signoff(document.path)
    if signoff is None:
        return None, None
    return signoff, differences(signoff.content, content_of(document.plan))


def describe_differences(found: Differences, limit: int = CHANGES_SHOWN) -> list[str]:
    """One line per change, in the window's language; cells beyond ``limit`` are counted, not listed."""
    lines: list[str] = []
    if found.circular is not None:
        lines.append(
            QCoreApplication.translate("Signing", "Surat edaran diganti: {old} → {new}").format(
                old=found.circular[0], new=found.circular[1]
            )
        )
    if found.days_added or found.days_removed:
        lines.append(
            QCoreApplication.translate(
                "Signing", "Rentang tanggal diubah: {added} hari ditambah, {removed} dihapus"
            ).format(added=len(found.days_added), removed=len(found.days_removed))
        )
    if found.calendar_changed:
        lines.append(QCoreApplication.translate("Signing", "Hari libur atau hari kerja khusus rencana diubah"))
    for entry in found.staff_added:
        lines.append(
            QCoreApplication.translate("Signing", "Pegawai ditambah: {name} ({unit})").format(
                name=entry.name, unit=entry.unit
            )
        )
    for entry in found.staff_removed:
        lines.append(
            QCoreApplication.translate("Signing", "Pegawai dihapus: {name} ({unit})").format(
                name=entry.name, unit=entry.unit
            )
        )
    field_names = {
        "name": QCoreApplication.translate("Signing", "nama"),
        "unit": QCoreApplication.translate("Signing", "unit"),
        "category": QCoreApplication.translate("Signing", "kategori"),
        "position": QCoreApplication.translate("Signing", "jabatan"),
        "rank": QCoreApplication.translate("Signing", "pangkat"),
    }
    for change in found.staff_changed:
        lines.append(
            QCoreApplication.translate("Signing", "Data pegawai diubah: {name} ({fields})").format(
                name=change.after.name, fields=", ".join(field_names[field] for field in change.fields)
            )
        )
    if found.staff_reordered:
        lines.append(QCoreApplication.translate("Signing", "Urutan pegawai diubah"))
    for cell in found.cells[:limit]:
        lines.append(
            QCoreApplication.translate("Signing", "{name}, {date}: {old} → {new}").format(
                name=cell.name, date=format_date_long(cell.day), old=cell.old.code, new=cell.new.code
            )
        )
    if len(found.cells) > limit:
        lines.append(
            QCoreApplication.translate("Signing", "… dan {count} sel lain").format(count=len(found.cells) - limit)
        )
    return lines


class SignoffPanel(QWidget):
    """Says whether the open plan still says what was signed, and lists what changed since."""

    refreshed = Signal()
    """The panel has shown the state afresh."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        """Follow ``document``: its edits, its replaced plans and its saves."""
        super().__init__(parent)
        self.document = document
        self._signoff: SignOff | None = None
        self._signoff_path: Path | None = None
        self._signoff_read = False
        self.differences: Differences | None = None
        """How the plan differs from its last sign-off; None when it was never signed."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.changes = QListWidget(self)
        layout.addWidget(self.changes, 1)
        # Edits come in bursts (a brush stroke): the comparison runs once the burst is over.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._connected: QObject | None = None
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        """Follow another open plan."""
        old = self._connected
        if isinstance(old, Document) and shiboken6.isValid(old):
            old.changed.disconnect(self._on_document_changed)
            old.file_changed.disconnect(self._on_document_file_changed)
        self.document = document
        document.changed.connect(self._on_document_changed)
        document.file_changed.connect(self._on_document_file_changed)
        self._connected = document
        self._signoff_read = False
        self.refresh()

    def _on_document_changed(self, *_args: object) -> None:
        self._timer.start()

    def _on_document_file_changed(self) -> None:
        self._signoff_read = False
        self._timer.start()

    def refresh(self) -> None:
        """Compare the plan with its last sign-off now and show the result."""
        self._timer.stop()
        document = self.document
        self.changes.clear()
        if not self._signoff_read or self._signoff_path != document.path:
            self._signoff_path = document.path
            try:
                self._signoff = last_signoff(document.path) if document.path is not None else None
            except PlannerError as error:
                self._signoff = None
                self.differences = None
                self.summary.setText(
                    QCoreApplication.translate("Signing", "Penetapan tidak dapat dibaca: {error}").format(
                        error=error_text(error)
                    )
                )
                self.refreshed.emit()
                return
            self._signoff_read = True
        signoff = self._signoff
        if signoff is None:
            self.differences = None
            self.summary.setText(QCoreApplication.translate("Signing", "Rencana ini belum pernah ditetapkan."))
            self.refreshed.emit()
            return
        found = differences(signoff.content, content_of(document.plan))
        self.differences = found
        when = format_moment(signoff.signed_at)
        if found.empty:
            self.summary.setText(
                QCoreApplication.translate(
                    "Signing", "Sama dengan versi yang ditetapkan {signer} pada {time} (ID dokumen {id})."
                ).format(signer=signoff.signer, time=when, id=signoff.document_id)
            )
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "Signing",
                    "Rencana BERBEDA dari versi yang ditetapkan {signer} pada {time}: {cells} sel dan {staff} data "
                    "pegawai berubah. Jadwal bertanda tangan yang beredar tidak lagi sesuai; tandatangani ulang "
                    "bila perubahan ini berlaku.",
                ).format(
                    signer=signoff.signer,
                    time=when,
                    cells=len(found.cells),
                    staff=len(found.staff_added) + len(found.staff_removed) + len(found.staff_changed),
                )
            )
            self.changes.addItems(describe_differences(found))
        self.refreshed.emit()
