"""Signing the printed schedule and checking it, read back as pdfsig, pdftotext and a QR scanner would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import parser  # type: ignore[import-untyped]

from planner.domain.calendar import indonesian_calendar
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import plan_fingerprint
from planner.domain.nip import Nip
from planner.domain.plan import Plan, Signatory
from planner.domain.status import Status
from planner.io.pades import (
    CertificateFileError,
    CertificateNotValid,
    Integrity,
    NotOurPdf,
    SignedSchedule,
    SignerText,
    SigningCertificate,
    Trust,
    WrongPassword,
    open_certificate,
    sign_pdf,
    verify_pdf,
    write_signed_schedule,
)
from planner.io.schedule import (
    BSRE_FOOTER,
    INTERNAL_FOOTER,
    Face,
    PdfOptions,
    SignatureAppearance,
    SignatureBox,
    layout_schedule,
    read_verification,
    write_schedule_pdf,
)
from tests.factories import builtin_catalog
from tests.signing_certificates import (
    BSSN,
    NOW,
    PASSWORD,
    SIGNER_NAME,
    borrowed_name_p12,
    bsre_p12,
    expired_p12,
    flip_byte,
    pdf_text,
    pdfsig,
    self_signed_p12,
    signed_plan,
)

SIGNED = dt.date(2024, 4, 15)
TEXT = SignerText(SIGNER_NAME, "Sekretaris Daerah")
PUBLIC_SERVICE_NIP = Nip("199206202019062037")


def sign(path: Path, plan: Plan, certificate: SigningCertificate, **options: object) -> SignedSchedule:
    settings = PdfOptions(signing_date=SIGNED, **options)  # type: ignore[arg-type]
    circular = builtin_catalog().get(plan.circular_id)
    calendar = indonesian_calendar(plan.first, plan.last)
    return write_signed_schedule(path, plan, circular, calendar, settings, certificate=certificate)


def flat(text: str) -> str:
    """Text with every run of white space made one space, so lines broken by the layout compare whole."""
    return " ".join(text.split())


@pytest.fixture
def internal(tmp_path: Path) -> SigningCertificate:
    return open_certificate(self_signed_p12(tmp_path), PASSWORD)


# ---- signing -----------------------------------------------------------------------------------


def test_the_demo_schedule_signed_with_an_internal_certificate_verifies_intact(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    plan = signed_plan()
    out = tmp_path / "jadwal.pdf"

    signed = sign(out, plan, internal)
    report = verify_pdf(out, plan)

    assert report.integrity is Integrity.INTACT
    assert report.ok
    assert report.signer_name == SIGNER_NAME
    assert report.trust is Trust.SELF_SIGNED
    assert not report.claims_bsre
    assert report.content_matches is True
    assert report.document_id == signed.schedule.document_id
    assert report.fingerprint == signed.signoff.fingerprint == plan_fingerprint(plan)
    assert report.signed_at is not None
    assert abs(report.signed_at - signed.signoff.signed_at) < dt.timedelta(seconds=1)
    assert abs(report.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_pdfsig_accepts_the_signature_as_valid_and_covering_the_whole_file(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)

    report = pdfsig(out)

    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert f"Signer Certificate Common Name: {SIGNER_NAME}" in report
    assert "ETSI.CAdES.detached" in report  # PAdES


def test_an_internal_certificate_says_so_on_every_page_and_never_names_bsre(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    out = tmp_path / "jadwal.pdf"
    pages = sign(out, signed_plan(), internal).schedule.page_count

    for page in range(1, pages + 1):
        assert INTERNAL_FOOTER in flat(pdf_text(out, page))
    text = flat(pdf_text(out))
    assert "Balai Sertifikasi Elektronik" not in text
    assert "BSrE), BSSN" not in text
    assert not internal.is_bsre


def test_a_bsre_chain_prints_the_bsre_footer_and_verifies_trusted_against_its_root(tmp_path: Path) -> None:
    path, root = bsre_p12(tmp_path)
    certificate = open_certificate(path, PASSWORD)
    out = tmp_path / "jadwal.pdf"

    assert certificate.is_bsre
    pages = sign(out, signed_plan(), certificate).schedule.page_count

    for page in range(1, pages + 1):
        assert BSRE_FOOTER in flat(pdf_text(out, page))
    assert INTERNAL_FOOTER not in flat(pdf_text(out))
    trusted = verify_pdf(out, trust_roots=[root])
    untrusted = verify_pdf(out)
    assert (trusted.integrity, trusted.trust) == (Integrity.INTACT, Trust.TRUSTED)
    assert (untrusted.integrity, untrusted.trust) == (Integrity.INTACT, Trust.UNVERIFIED)
    assert untrusted.claims_bsre
    assert "Signature Validation: Signature is Valid." in pdfsig(out)


@pytest.mark.parametrize("kind", ["borrowed issuer name", "self-signed as BSSN", "CA of another agency"])
def test_a_certificate_that_only_names_bsre_gets_the_internal_footer(tmp_path: Path, kind: str) -> None:
    if kind == "borrowed issuer name":
        path = borrowed_name_p12(tmp_path)
    elif kind == "self-signed as BSSN":
        path = self_signed_p12(tmp_path, organisation=BSSN)
    else:
        from tests.signing_certificates import bsre_chain, key, write_p12

        root, intermediate, signer = bsre_chain(ca_organisation="Dinas Komunikasi dan Informatika")
        path = write_p12(tmp_path / "lain.p12", key("signer"), signer, [intermediate, root])
    certificate = open_certificate(path, PASSWORD)
    out = tmp_path / "jadwal.pdf"

    sign(out, signed_plan(), certificate)

    assert not certificate.is_bsre
    assert INTERNAL_FOOTER in flat(pdf_text(out))
    assert "BSrE), BSSN" not in flat(pdf_text(out))


def test_the_footer_claim_is_checked_against_the_certificate_when_signing(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    plan = signed_plan()
    unsigned = tmp_path / "belum.pdf"
    circular = builtin_catalog().get(plan.circular_id)
    options = PdfOptions(signing_date=SIGNED, electronic=SignatureAppearance(bsre=True))
    schedule = write_schedule_pdf(unsigned, plan, circular, indonesian_calendar(plan.first, plan.last), options)
    assert schedule.signature_box is not None

    with pytest.raises(PlannerError, match="bukan sertifikat BSrE"):
        sign_pdf(
            unsigned,
            tmp_path / "ttd.pdf",
            internal,
            field_box=schedule.signature_box,
            signer_text=TEXT,
            footer_names_bsre=True,
        )
    assert not (tmp_path / "ttd.pdf").exists()


# ---- where the signature goes -----------------------------------------------------------------


def test_the_visible_signature_and_qr_code_sit_between_the_title_and_the_name(tmp_path: Path) -> None:
    plan = signed_plan()
    circular = builtin_catalog().get(plan.circular_id)
    calendar = indonesian_calendar(plan.first, plan.last)
    for landscape in (True, False):
        options = PdfOptions(signing_date=SIGNED, landscape=landscape, electronic=SignatureAppearance())
        schedule = layout_schedule(plan, circular, calendar, options)
        box = schedule.signature_box
        assert box is not None
        page = schedule.page(box.page)
        title = next(t for t in page.texts if t.text == "Sekretaris Daerah,")
        name = next(t for t in page.texts if t.text == SIGNER_NAME and t.face is Face.BOLD)
        assert title.y < box.y
        assert box.y + box.height < name.y - name.size
        assert box.x + box.width <= schedule.width - 15 * 72 / 25.4 + 0.01  # inside the right margin
        qr = [b for b in page.boxes if b.fill == "#000000" and title.y < b.y < name.y - name.size]
        assert qr, "no QR code in the signature block"
        assert max(b.x + b.width for b in qr) < box.x  # beside the signature, not under it
        assert min(b.x for b in qr) >= name.x - 60  # in the signature block, not in the left one
        assert box.width > 140  # room for the name and the title


def test_the_signed_field_is_the_box_the_layout_reserved(tmp_path: Path, internal: SigningCertificate) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = tmp_path / "jadwal.pdf"
    signed = sign(out, signed_plan(), internal)
    box = signed.schedule.signature_box
    assert box is not None

    reader = PdfFileReader(io.BytesIO(out.read_bytes()))
    field = reader.root["/AcroForm"]["/Fields"][0].get_object()
    rect = [float(value) for value in field["/Rect"]]
    page = reader.root["/Pages"]["/Kids"][box.page].get_object()

    height = signed.schedule.height
    assert rect == pytest.approx([box.x, height - box.y - box.height, box.x + box.width, height - box.y], abs=1)
    assert any(annotation.get_object() is field for annotation in page["/Annots"])


def test_the_verification_text_is_in_the_metadata_and_the_qr_code(tmp_path: Path, internal: SigningCertificate) -> None:
    plan = signed_plan()
    out = tmp_path / "jadwal.pdf"
    signed = sign(out, plan, internal)
    expected = signed.schedule.verification
    assert expected.startswith("Jadwal WFO/WFH - Jadwal Kerja ASN\nInstansi: SEKRETARIAT DAERAH\n")
    assert f"ID dokumen: {signed.schedule.document_id}\n" in expected
    assert f"Sidik isi: {plan_fingerprint(plan)}\n" in expected
    assert expected.endswith("Periksa keaslian dengan Jadwal Kerja ASN > Periksa PDF")
    assert expected.isascii(), "a phone's QR reader shows it whatever encoding it assumes"

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert info.split("Keywords:", 1)[1].strip().startswith(expected)
    read = read_verification(expected)
    assert (read.document_id, read.content_hash) == (signed.schedule.document_id, plan_fingerprint(plan))
    verified = verify_pdf(out)
    assert verified.printed["Instansi"] == "SEKRETARIAT DAERAH"
    assert verified.printed["Waktu"].endswith("WITA"), "Mataram keeps WITA"

    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed: the QR code is not scanned")
    box = signed.schedule.signature_box
    assert box is not None
    image = tmp_path / "halaman"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-f", str(box.page + 1), "-l", str(box.page + 1), str(out), str(image)],
        check=True,
    )
    png = next(tmp_path.glob("halaman*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False)
    assert scanned.stdout.strip() == expected


# ---- verifying ---------------------------------------------------------------------------------


def test_one_changed_byte_anywhere_is_never_reported_intact(tmp_path: Path, internal: SigningCertificate) -> None:
    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)
    size = out.stat().st_size
    data = out.read_bytes()
    contents = data.index(b"/Contents <") + len(b"/Contents <")
    padding = data.index(b">", contents) - 5  # the zeros that pad the signature's reserved space

    middle = verify_pdf(flip_byte(out, size // 2, tmp_path / "tengah.pdf"))
    assert middle.integrity is Integrity.MODIFIED
    assert not middle.ok
    positions = [*range(0, size, size // 40), contents + 10, padding, size - 3]
    for position in positions:
        report = verify_pdf(flip_byte(out, position, tmp_path / "ubah.pdf"))
        assert report.integrity is not Integrity.INTACT, position
        assert not report.ok


def test_a_changed_byte_in_the_signatures_unsigned_header_is_never_reported_intact(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    """/Contents is outside the signed bytes: its length octets, version and digest list must still count.

    pyHanko parses them leniently; these positions were reported intact before (the 40 sampled positions of
    the test above hit one of them in some runs, depending on the file's size).
    """
    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)
    data = out.read_bytes()
    contents = data.index(b"/Contents <") + len(b"/Contents <")

    for offset in range(0, 90):  # ContentInfo, SignedData, version and digest algorithms, in hex digits
        report = verify_pdf(flip_byte(out, contents + offset, tmp_path / "ubah.pdf"))
        assert report.integrity is not Integrity.INTACT, offset


def _children(inner: bytes) -> list[bytes]:
    found, position = [], 0
    while position < len(inner):
        _, _, _, header, content, trailer = parser.parse(inner[position:])
        size = len(header) + len(content) + len(trailer)
        found.append(inner[position : position + size])
        position += size
    return found


def _indefinite(element: bytes, levels: int) -> bytes:
    """The element with its constructed lengths ``levels`` deep made indefinite (BER), what lies deeper kept."""
    _, method, _, header, content, _ = parser.parse(element)
    if levels == 0 or method == 0:
        return element
    inner = b"".join(_indefinite(child, levels - 1) for child in _children(content))
    return bytes(header[:1]) + b"\x80" + inner + b"\x00\x00"


def with_contents(path: Path, target: Path, change: Callable[[bytes], bytes]) -> Path:
    """A copy of a signed PDF whose signature (``/Contents``) is changed in place, its reserved size kept."""
    import binascii
    import re

    data = path.read_bytes()
    found = list(re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", data))[-1]
    raw = binascii.unhexlify(found.group(1))
    changed = change(raw)
    assert len(changed) <= len(raw)
    hexed = binascii.hexlify(changed + bytes(len(raw) - len(changed)))
    target.write_bytes(data[: found.start(1)] + hexed + data[found.end(1) :])
    return target


def _der_part(raw: bytes) -> bytes:
    _, _, _, header, content, trailer = parser.parse(raw)
    return raw[: len(header) + len(content) + len(trailer)]


@pytest.mark.parametrize("levels", [1, 4], ids=["outer sequence", "down to the signed data's parts"])
def test_a_signature_encoded_in_ber_by_another_application_verifies_intact(
    tmp_path: Path, internal: SigningCertificate, levels: int
) -> None:
    """Some CMS libraries write indefinite lengths (BER); the signature means the same and is intact."""
    out = tmp_path / "jadwal.pdf"
    plan = signed_plan()
    sign(out, plan, internal)

    ber = with_contents(out, tmp_path / "ber.pdf", lambda raw: _indefinite(_der_part(raw), levels))

    assert ber.read_bytes() != out.read_bytes()
    report = verify_pdf(ber, plan)
    assert report.integrity is Integrity.INTACT
    assert report.ok
    assert report.signer_name == internal.common_name


def test_a_ber_signature_changed_in_its_unsigned_parts_is_never_reported_intact(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)
    ber = with_contents(out, tmp_path / "ber.pdf", lambda raw: _indefinite(_der_part(raw), 4))
    data = ber.read_bytes()
    contents = data.index(b"/Contents <") + len(b"/Contents <")
    size = len(_indefinite(_der_part(bytes.fromhex(data[contents : data.index(b">", contents)].decode())), 4))

    for offset in [*range(0, 90), 2 * size, 2 * size + 1]:  # the header as before; the first byte after the CMS
        report = verify_pdf(flip_byte(ber, contents + offset, tmp_path / "ubah.pdf"))
        assert report.integrity is not Integrity.INTACT, offset


def test_a_version_changed_to_another_allowed_one_is_never_reported_intact(
    tmp_path: Path, internal: SigningCertificate
) -> None:
    """RFC 5652 says which version a SignedData and a SignerInfo must have; a v1 made v3 is a changed signature."""
    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)

    def version_3(raw: bytes) -> bytes:
        position = raw.index(b"\x02\x01\x01")
        # ContentInfo's header, its type (an OID of 11 bytes), [0]'s header, SignedData's header: then its version.
        assert position == 4 + 11 + 4 + 4
        return raw[:position] + b"\x02\x01\x03" + raw[position + 3 :]

    report = verify_pdf(with_contents(out, tmp_path / "v3.pdf", version_3))
    assert report.integrity is not Integrity.INTACT


def test_something_appended_after_signing_is_reported_modified(tmp_path: Path, internal: SigningCertificate) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    out = tmp_path / "jadwal.pdf"
    sign(out, signed_plan(), internal)
    writer = IncrementalPdfFileWriter(io.BytesIO(out.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Jadwal yang diubah")
    writer.update_container(info)
    changed = tmp_path / "diubah.pdf"
    with changed.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    report = verify_pdf(changed)

    assert report.integrity is Integrity.MODIFIED
    assert report.added_after_signing
    assert not report.ok


def test_the_content_is_compared_with_the_plan(tmp_path: Path, internal: SigningCertificate) -> None:
    plan = signed_plan()
    out = tmp_path / "jadwal.pdf"
    sign(out, plan, internal)

    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 17))], Status.CT))
    report = verify_pdf(out, plan)

    assert report.integrity is Integrity.INTACT
    assert report.content_matches is False
    assert not report.ok


def test_an_unsigned_schedule_is_reported_unsigned_with_its_fingerprint(tmp_path: Path) -> None:
    plan = signed_plan()
    out = tmp_path / "biasa.pdf"
    circular = builtin_catalog().get(plan.circular_id)
    write_schedule_pdf(out, plan, circular, indonesian_calendar(plan.first, plan.last), PdfOptions())

    report = verify_pdf(out, plan)

    assert report.integrity is Integrity.UNSIGNED
    assert report.fingerprint == plan_fingerprint(plan)
    assert report.content_matches is True
    assert not report.ok


def test_a_file_that_is_not_a_pdf_is_bad_input(tmp_path: Path) -> None:
    text = tmp_path / "catatan.pdf"
    text.write_text("bukan PDF", encoding="utf-8")

    with pytest.raises(PlannerError, match="bukan berkas PDF"):
        verify_pdf(text)
    with pytest.raises(PlannerError, match="tidak ditemukan"):
        verify_pdf(tmp_path / "tidak-ada.pdf")


# ---- bad input: clear messages, and the unsigned PDF as it was ----------------------------------


@pytest.fixture
def unsigned(tmp_path: Path) -> tuple[Path, bytes, SignatureBox]:
    """A schedule laid out for an internal signature, not signed yet: its file, its bytes, its signature box."""
    plan = signed_plan()
    path = tmp_path / "belum.pdf"
    circular = builtin_catalog().get(plan.circular_id)
    options = PdfOptions(signing_date=SIGNED, electronic=SignatureAppearance())
    schedule = write_schedule_pdf(path, plan, circular, indonesian_calendar(plan.first, plan.last), options)
    assert schedule.signature_box is not None
    return path, path.read_bytes(), schedule.signature_box


def test_a_wrong_password_is_said_plainly_without_the_password(
    tmp_path: Path, unsigned: tuple[Path, bytes, SignatureBox]
) -> None:
    path, before, _ = unsigned
    wrong = b"tebakan-salah-42"

    with pytest.raises(WrongPassword, match=r"kata sandi sertifikat internal\.p12 salah") as raised:
        open_certificate(self_signed_p12(tmp_path), wrong)

    assert wrong.decode() not in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None or wrong.decode() not in repr(raised.value.__context__)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"hello, world\n", b"%PDF-1.4\n", b"0\x82\x01\x00\x02\x01\x01"])
def test_a_file_that_is_not_pkcs12_is_said_plainly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bukan.p12"
    path.write_bytes(content)

    with pytest.raises(CertificateFileError, match="bukan berkas sertifikat PKCS#12"):
        open_certificate(path, PASSWORD)
    with pytest.raises(CertificateFileError, match="tidak ditemukan"):
        open_certificate(tmp_path / "hilang.p12", PASSWORD)


def test_an_expired_or_not_yet_valid_certificate_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CertificateNotValid, match="kedaluwarsa sejak"):
        open_certificate(expired_p12(tmp_path), PASSWORD)
    future = self_signed_p12(
        tmp_path, not_before=NOW + dt.timedelta(days=3), not_after=NOW + dt.timedelta(days=400), file_name="nanti.p12"
    )
    with pytest.raises(CertificateNotValid, match="baru berlaku mulai"):
        open_certificate(future, PASSWORD)


def test_a_certificate_that_expired_after_opening_signs_nothing(
    tmp_path: Path, internal: SigningCertificate, unsigned: tuple[Path, bytes, SignatureBox]
) -> None:
    path, before, box = unsigned
    expired = open_certificate(expired_p12(tmp_path), PASSWORD, now=NOW - dt.timedelta(days=100))

    with pytest.raises(CertificateNotValid, match="kedaluwarsa"):
        sign_pdf(path, tmp_path / "ttd.pdf", expired, field_box=box, signer_text=TEXT, footer_names_bsre=False)

    assert path.read_bytes() == before
    assert not (tmp_path / "ttd.pdf").exists()


def test_a_pdf_that_is_not_ours_or_already_signed_is_refused_and_left_as_it_was(
    tmp_path: Path, internal: SigningCertificate, unsigned: tuple[Path, bytes, SignatureBox]
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    schedule_path, _, box = unsigned
    other = tmp_path / "lain.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(100, 700, "Surat biasa")
    canvas.save()
    before = other.read_bytes()
    text = TEXT

    with pytest.raises(NotOurPdf, match="bukan jadwal resmi"):
        sign_pdf(other, tmp_path / "ttd.pdf", internal, field_box=box, signer_text=text, footer_names_bsre=False)
    assert other.read_bytes() == before
    assert not (tmp_path / "ttd.pdf").exists()

    sign_pdf(schedule_path, tmp_path / "ttd.pdf", internal, field_box=box, signer_text=text, footer_names_bsre=False)
    signed_once = (tmp_path / "ttd.pdf").read_bytes()
    with pytest.raises(NotOurPdf, match="sudah ditandatangani"):
        sign_pdf(
            tmp_path / "ttd.pdf",
            tmp_path / "ttd.pdf",
            internal,
            field_box=box,
            signer_text=text,
            footer_names_bsre=False,
        )
    assert (tmp_path / "ttd.pdf").read_bytes() == signed_once


def test_a_failed_signed_export_leaves_no_file_behind(tmp_path: Path, internal: SigningCertificate) -> None:
    plan = signed_plan()
    plan = plan.rebuilt(profile=dataclasses.replace(plan.profile, signatory=Signatory()))
    out = tmp_path / "jadwal.pdf"

    with pytest.raises(PlannerError, match="penanda tangan belum diisi"):
        sign(out, plan, internal)

    assert list(tmp_path.iterdir()) == [tmp_path / "internal.p12"]


def test_a_draft_is_never_signed(tmp_path: Path, internal: SigningCertificate) -> None:
    plan = signed_plan()
    plan.apply(plan.edits_to([(PUBLIC_SERVICE_NIP, dt.date(2024, 4, 16))], Status.WFH))

    with pytest.raises(PlannerError, match="draf tidak dapat ditandatangani"):
        sign(tmp_path / "jadwal.pdf", plan, internal, draft=True)
    assert not (tmp_path / "jadwal.pdf").exists()


def test_the_password_is_kept_nowhere(tmp_path: Path, internal: SigningCertificate) -> None:
    out = tmp_path / "jadwal.pdf"
    signed = sign(out, signed_plan(), internal)

    secret = PASSWORD.decode()
    assert secret not in repr(internal)
    assert secret not in repr(signed)
    assert PASSWORD not in out.read_bytes()
    assert all(PASSWORD not in path.read_bytes() for path in tmp_path.iterdir() if path.suffix != ".p12")


@pytest.mark.parametrize("protection", ["no password", "legacy 3DES"])
def test_a_p12_from_another_tool_opens(tmp_path: Path, protection: str) -> None:
    from cryptography.hazmat.primitives.serialization import (
        KeySerializationEncryption,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )

    from tests.signing_certificates import certificate, key, name

    signer = certificate(name(SIGNER_NAME, "Setda"), key("signer"))
    encryption: KeySerializationEncryption
    if protection == "no password":
        encryption, password = NoEncryption(), b""
    else:
        encryption = (
            PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(2048)
            .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .build(PASSWORD)
        )
        password = PASSWORD
    path = tmp_path / "lain.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key("signer"), signer, None, encryption))

    assert open_certificate(path, password).common_name == SIGNER_NAME
