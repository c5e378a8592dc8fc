"""Signing from the window: the certificate dialog, signing in a worker, verifying, internal certificates, sign-off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.status import Status
from planner.io.pades import Integrity, open_certificate, write_schedule_for_tte
from planner.io.schedule import PdfOptions
from planner.storage.plan_file import PlanFile, read_signoffs
from planner.ui.folders import FileKind, LastFolders
from planner.ui.grid.document import Document
from planner.ui.printing.pdf_export import PdfOptionsDialog, ScheduleJob
from planner.ui.signing import (
    CertificateDialog,
    CreateCertificateDialog,
    SignoffPanel,
    VerifyDialog,
    describe_differences,
    sign_schedule,
)
from tests.factories import builtin_catalog
from tests.signing_certificates import (
    PASSWORD,
    SIGNER_NAME,
    bsre_p12,
    flip_byte,
    pdfsig,
    self_signed_p12,
    signed_plan,
)
from tests.ui.conftest import Messages

TIMEOUT = 30_000
DAY = dt.date(2024, 4, 17)


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    """The demo plan with a realistic signatory, saved to a plan file."""
    path = tmp_path / "rencana.jadwal"
    file = PlanFile.create(path, signed_plan())
    _, plan = PlanFile.open(path)
    opened = Document(plan, builtin_catalog(), path, file)
    yield opened
    opened.deleteLater()


def integrity_of(dialog: VerifyDialog) -> Integrity | None:
    """The dialog's last verdict, read afresh (mypy would keep an earlier narrowing)."""
    return None if dialog.report is None else dialog.report.integrity


def type_into(edit: QLineEdit, text: str) -> None:
    edit.clear()
    QTest.keyClicks(edit, text)


def open_in(dialog: CertificateDialog, path: Path, password: bytes) -> None:
    type_into(dialog.path_edit, str(path))
    type_into(dialog.password_edit, password.decode())
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)


# ---- the certificate dialog ---------------------------------------------------------------------


def test_the_certificate_dialog_says_whose_certificate_and_that_it_is_internal(
    qtbot: QtBot, document: Document, settings: QSettings, tmp_path: Path
) -> None:
    dialog = CertificateDialog(document, settings)
    qtbot.addWidget(dialog)
    p12 = self_signed_p12(tmp_path)

    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.sign_button.isEnabled()
    open_in(dialog, p12, PASSWORD)

    assert SIGNER_NAME in dialog.info.text()
    assert "Sertifikat internal, bukan BSrE" in dialog.info.text()
    assert dialog.sign_button.isEnabled()
    assert dialog.password_edit.text() == ""
    assert dialog.certificate() is not None
    assert settings.value("signing/certificate") == str(p12)
    assert PASSWORD.decode() not in {str(settings.value(key)) for key in settings.allKeys()}

    QTest.keyClicks(dialog.path_edit, "x")
    assert dialog.certificate() is None
    assert not dialog.sign_button.isEnabled()


def test_a_wrong_password_keeps_the_dialog_from_signing(
    qtbot: QtBot, document: Document, settings: QSettings, tmp_path: Path
) -> None:
    dialog = CertificateDialog(document, settings)
    qtbot.addWidget(dialog)

    open_in(dialog, self_signed_p12(tmp_path), b"salah-sandi")

    assert "kata sandi sertifikat internal.p12 salah" in dialog.info.text()
    assert not dialog.sign_button.isEnabled()
    assert dialog.certificate() is None


def test_a_bsre_certificate_is_named_as_such(
    qtbot: QtBot, document: Document, settings: QSettings, tmp_path: Path
) -> None:
    dialog = CertificateDialog(document, settings)
    qtbot.addWidget(dialog)

    open_in(dialog, bsre_p12(tmp_path)[0], PASSWORD)

    assert "Sertifikat BSrE" in dialog.info.text()


# ---- signing --------------------------------------------------------------------------------------


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """The options dialog, the certificate dialog and the file dialog, answered as ``choices`` says."""
    answers: dict[str, object] = {"draft": False, "p12": self_signed_p12(tmp_path), "out": tmp_path / "ttd"}

    def options(dialog: PdfOptionsDialog) -> int:
        dialog.draft.setChecked(bool(answers["draft"]))
        return QDialog.DialogCode.Accepted.value

    def certificate(dialog: CertificateDialog) -> int:
        p12 = answers["p12"]
        assert isinstance(p12, Path)
        open_in(dialog, p12, PASSWORD)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PdfOptionsDialog, "exec", options)
    monkeypatch.setattr(CertificateDialog, "exec", certificate)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_: (str(answers["out"]), ""))
    return answers


def test_signing_writes_a_valid_pdf_records_the_signoff_and_names_it_in_the_status_bar(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    document: Document,
    settings: QSettings,
    choices: dict[str, object],
    messages: Messages,
    tmp_path: Path,
) -> None:
    panel = SignoffPanel(document)
    qtbot.addWidget(panel)
    assert "belum pernah ditetapkan" in panel.summary.text()

    job = sign_schedule(document, settings, bare_window)

    assert isinstance(job, ScheduleJob)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT), qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        pass
    out = tmp_path / "ttd.pdf"
    assert "Signature Validation: Signature is Valid." in pdfsig(out)
    assert document.path is not None
    assert [s.signer for s in read_signoffs(document.path)] == [SIGNER_NAME]
    assert "ttd.pdf" in bare_window.statusBar().currentMessage()
    assert "Sama dengan versi yang ditetapkan" in panel.summary.text()
    assert not messages.shown


def test_signing_asks_for_a_saved_plan_and_refuses_a_draft(
    *,
    bare_window: QMainWindow,
    document: Document,
    settings: QSettings,
    choices: dict[str, object],
    messages: Messages,
) -> None:
    unsaved = Document(signed_plan(), builtin_catalog())
    assert sign_schedule(unsaved, settings, bare_window) is None
    assert messages.shown[-1][0] == "Simpan rencana lebih dahulu"
    unsaved.deleteLater()

    choices["draft"] = True
    assert sign_schedule(document, settings, bare_window) is None
    assert "Draf tidak dapat ditandatangani" in messages.shown[-1][1]


# ---- verifying --------------------------------------------------------------------------------------


def test_the_verify_dialog_reports_intact_then_modified(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    document: Document,
    settings: QSettings,
    choices: dict[str, object],
    tmp_path: Path,
) -> None:
    job = sign_schedule(document, settings, bare_window)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    out = tmp_path / "ttd.pdf"
    dialog = VerifyDialog(document)
    qtbot.addWidget(dialog)

    type_into(dialog.path_edit, str(out))
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    assert integrity_of(dialog) is Integrity.INTACT
    assert "Utuh" in dialog.headline.text()
    assert SIGNER_NAME in dialog.details.toPlainText()
    assert "sertifikat internal / tidak terverifikasi" in dialog.details.toPlainText()
    assert "cocok dengan rencana yang terbuka" in dialog.details.toPlainText()

    type_into(dialog.path_edit, str(flip_byte(out, out.stat().st_size // 2, tmp_path / "diubah.pdf")))
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    assert integrity_of(dialog) is Integrity.MODIFIED
    assert "Diubah" in dialog.headline.text()


def test_the_verify_dialog_says_when_the_file_is_not_a_pdf(qtbot: QtBot, document: Document) -> None:
    dialog = VerifyDialog(document)
    qtbot.addWidget(dialog)
    assert document.path is not None

    type_into(dialog.path_edit, str(document.path))
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    assert dialog.report is None
    assert "bukan berkas PDF" in dialog.headline.text()


def test_the_verify_dialog_lists_the_sections_still_to_sign(
    qtbot: QtBot, document: Document, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A per-unit schedule for BSrE's applications, one section signed: which fields are still empty."""
    from tests.io.test_pdf_tte import NOW, fields_of, sign_field

    prepared, signed = tmp_path / "jadwal.pdf", tmp_path / "ttd-1.pdf"
    options = PdfOptions(signing_date=DAY, now=NOW, per_unit=True)
    write_schedule_for_tte(prepared, document.plan, document.circular, document.calendar, options)
    names = [name for name, *_ in fields_of(prepared)]
    sign_field(prepared, signed, self_signed_p12(tmp_path, holder="SITI AMINAH", file_name="a.p12"), names[0])
    folders = LastFolders(settings)
    folders.remember(FileKind.PDF, signed)
    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(signed), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", choose)
    dialog = VerifyDialog(document, folders=folders)
    qtbot.addWidget(dialog)

    [choose_button] = [button for button in dialog.findChildren(QPushButton) if button.text() == "&Pilih…"]
    QTest.mouseClick(choose_button, Qt.MouseButton.LeftButton)  # opens in the PDFs' folder, then checks the file

    assert offered == [str(tmp_path)]
    assert integrity_of(dialog) is Integrity.INTACT
    details = dialog.details.toPlainText()
    assert "Kolom tanda tangan: 6, 1 sudah ditandatangani." in details
    assert f"Masih kosong: {', '.join(names[1:])}." in details


def test_the_verify_dialog_lists_a_document_timestamp_apart_from_the_signer(
    qtbot: QtBot, document: Document, tmp_path: Path
) -> None:
    """PAdES-B-LTA: the signing application's document timestamp, in the agency's zone, not a signer."""
    from tests.io.test_pdf_timestamps import signed_schedule, with_dss, with_timestamp

    _, signed = signed_schedule(tmp_path)
    long_term, archived = tmp_path / "b-lt.pdf", tmp_path / "b-lta.pdf"
    with_dss(signed, long_term)
    with_timestamp(long_term, archived)
    dialog = VerifyDialog(document)
    qtbot.addWidget(dialog)

    type_into(dialog.path_edit, str(archived))
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    assert integrity_of(dialog) is Integrity.INTACT
    details = dialog.details.toPlainText()
    assert "Stempel waktu dokumen: " in details
    assert "WITA, TSA Uji, utuh" in details
    assert "tanda tangan, semuanya diperiksa" not in details


# ---- internal certificates -------------------------------------------------------------------------


def test_an_internal_certificate_is_made_with_the_chosen_password(
    qtbot: QtBot, document: Document, tmp_path: Path, messages: Messages
) -> None:
    dialog = CreateCertificateDialog(document.plan.profile)
    qtbot.addWidget(dialog)
    path = tmp_path / "sekda.p12"
    assert dialog.name_edit.text() == SIGNER_NAME
    assert dialog.agency_edit.text() == "Sekretariat Daerah"
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.repeat_edit.echoMode() is QLineEdit.EchoMode.Password

    type_into(dialog.password_edit, "sandi-pilihan-1")
    type_into(dialog.repeat_edit, "sandi-pilihan-2")
    type_into(dialog.path_edit, str(path))
    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][1] == "Kedua kata sandi tidak sama."
    assert not path.exists()

    type_into(dialog.repeat_edit, "sandi-pilihan-1")
    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.created is not None
    assert dialog.created.sha256 in messages.shown[-1][1]
    assert open_certificate(path, b"sandi-pilihan-1").common_name == SIGNER_NAME
    assert dialog.password_edit.text() == ""


# ---- what changed since the sign-off -------------------------------------------------------------------


def test_the_panel_lists_what_changed_since_the_signoff_and_undo_brings_it_back(
    *,
    qtbot: QtBot,
    bare_window: QMainWindow,
    document: Document,
    settings: QSettings,
    choices: dict[str, object],
) -> None:
    job = sign_schedule(document, settings, bare_window)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    panel = SignoffPanel(document)
    qtbot.addWidget(panel)
    assert "Sama dengan versi yang ditetapkan" in panel.summary.text()
    member = document.plan.roster.staff[0]

    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        document.set_cells([(member.nip, DAY, Status.CT)], "Cuti")

    assert "BERBEDA" in panel.summary.text()
    assert panel.differences is not None
    lines = [panel.changes.item(row).text() for row in range(panel.changes.count())]
    assert lines == [f"{member.name}, 17 April 2024: WFO → CT"]
    assert lines == describe_differences(panel.differences)

    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT):
        document.undo_stack.undo()
    assert "Sama dengan versi yang ditetapkan" in panel.summary.text()
    assert panel.changes.count() == 0


def test_the_panel_follows_another_document(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    panel = SignoffPanel(Document(signed_plan(), builtin_catalog()))
    qtbot.addWidget(panel)
    old = panel.document
    assert "belum pernah ditetapkan" in panel.summary.text()

    panel.set_document(document)
    with qtbot.assertNotEmitted(panel.refreshed, wait=400):
        old.set_cells([(old.plan.roster.staff[0].nip, DAY, Status.CT)], "Cuti")

    assert panel.document is document
    old.deleteLater()


def test_a_certificate_in_another_name_asks_first(
    *,
    bare_window: QMainWindow,
    document: Document,
    settings: QSettings,
    choices: dict[str, object],
    messages: Messages,
    tmp_path: Path,
) -> None:
    """Declining the question signs nothing; the printed signatory is named beside the holder."""
    choices["p12"] = self_signed_p12(tmp_path, holder="Baiq Nelly Yuniarti", file_name="lain.p12")
    messages.answer = QMessageBox.StandardButton.No

    job = sign_schedule(document, settings, bare_window)

    assert job is None
    assert "Sertifikat ini atas nama Baiq Nelly Yuniarti" in messages.texts()
    assert SIGNER_NAME in messages.texts()
    assert not (tmp_path / "ttd.pdf").exists()
