"""PAdES long-term forms: validation data (/DSS, B-LT) and document timestamps (B-LTA) added after signing."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from pathlib import Path

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers import PdfTimeStamper
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko.sign.validation.dss import DocumentSecurityStore

from planner.domain.plan import Plan
from planner.io.pades import FIELD_NAME, Integrity, report_lines, verify_pdf
from tests.io.test_pdf_tte import add_field, per_unit_signed_once, prepare, sign_elsewhere, sign_field
from tests.signing_certificates import key, self_signed_p12, signed_plan


@cache
def time_authority() -> DummyTimeStamper:
    """A local time-stamping authority ("TSA Uji"): no network."""
    private = key("tsa")
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA Uji")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private.public_key())
        .serial_number(7)
        .not_valid_before(now - dt.timedelta(days=365))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(private, hashes.SHA256())
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            private.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )


def signed_schedule(tmp_path: Path) -> tuple[Plan, Path]:
    """A schedule for BSrE's applications, its field signed in place by the stand-in application."""
    plan = signed_plan()
    path, signed = tmp_path / "jadwal.pdf", tmp_path / "ttd.pdf"
    prepare(path, plan)
    sign_elsewhere(path, signed, self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="b.p12"))
    return plan, signed


def with_dss(path: Path, out: Path) -> None:
    """B-LT: a later revision with a /DSS holding the signer's certificates, as a signing application adds it."""
    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    signature = reader.embedded_regular_signatures[0]
    certificates = [signature.signer_cert, *signature.other_embedded_certs]
    stream = io.BytesIO(path.read_bytes())
    DocumentSecurityStore.add_dss(stream, signature.pkcs7_content, certs=certificates)
    out.write_bytes(stream.getvalue())


def with_timestamp(path: Path, out: Path, box: tuple[int, int, int, int] | None = None) -> None:
    """B-LTA: a document timestamp in a later revision, in a new invisible field, or visible in ``box`` on page 1."""
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    if box is not None:  # the field made in the same revision as the timestamp that fills it
        append_signature_field(writer, SigFieldSpec("Stempel", on_page=0, box=box))
    output = io.BytesIO()
    stamper = PdfTimeStamper(time_authority(), field_name=None if box is None else "Stempel")
    stamper.timestamp_pdf(writer, "sha256", output=output)
    out.write_bytes(output.getvalue())


def test_validation_data_then_a_document_timestamp_keep_the_signature_intact(tmp_path: Path) -> None:
    plan, signed = signed_schedule(tmp_path)
    long_term, archived = tmp_path / "b-lt.pdf", tmp_path / "b-lta.pdf"
    with_dss(signed, long_term)
    assert b"/DSS" in long_term.read_bytes()[len(signed.read_bytes()) :]

    report = verify_pdf(long_term, plan)

    assert report.integrity is Integrity.INTACT
    assert not report.added_after_signing
    assert report.timestamps == ()
    assert report.ok

    with_timestamp(long_term, archived)
    report = verify_pdf(archived, plan)

    assert report.integrity is Integrity.INTACT
    assert not report.added_after_signing
    assert report.ok
    assert report.signatures == 1, "a document timestamp is not a signature"
    assert report.signers == ("AHMAD FAUZAN HAKIM",)
    assert report.fields == (FIELD_NAME,), "nor is its field a signature field"
    (stamp,) = report.timestamps
    assert stamp.intact
    assert stamp.authority == "TSA Uji"
    assert stamp.time is not None
    assert abs(stamp.time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    lines = "\n".join(report_lines(report))
    assert "UTUH — dokumen tidak berubah sejak ditandatangani" in lines
    # In the agency's zone, as the signing time is (the demo agency is in WITA).
    assert "Stempel waktu  : stempel waktu dokumen " in lines
    assert "WITA, TSA Uji, utuh" in lines
    assert "Catatan" not in lines
    assert "Kolom TTE" not in lines


def test_a_timestamp_straight_after_signing_and_a_second_one_are_intact(tmp_path: Path) -> None:
    plan, signed = signed_schedule(tmp_path)
    once, twice = tmp_path / "ts-1.pdf", tmp_path / "ts-2.pdf"
    with_timestamp(signed, once)
    with_timestamp(once, twice)

    report = verify_pdf(twice, plan)

    assert report.integrity is Integrity.INTACT
    assert [stamp.intact for stamp in report.timestamps] == [True, True]
    assert report.ok


def test_a_change_after_the_timestamp_is_a_change(tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic

    plan, signed = signed_schedule(tmp_path)
    archived, changed = tmp_path / "b-lta.pdf", tmp_path / "diubah.pdf"
    with_timestamp(signed, archived)
    writer = IncrementalPdfFileWriter(io.BytesIO(archived.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page[generic.NameObject("/Rotate")] = generic.NumberObject(90)  # type: ignore[no-untyped-call]
    writer.update_container(page)
    with changed.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    report = verify_pdf(changed, plan)

    assert report.integrity is Integrity.MODIFIED
    assert report.added_after_signing
    assert [stamp.intact for stamp in report.timestamps] == [False]
    assert not report.ok
    assert "diubah atau tidak sah" in "\n".join(report_lines(report))


def test_a_new_field_after_the_timestamp_is_a_change(tmp_path: Path) -> None:
    plan, signed = signed_schedule(tmp_path)
    archived, added = tmp_path / "b-lta.pdf", tmp_path / "tambah.pdf"
    with_timestamp(signed, archived)
    add_field(archived, added, "Tambahan", None)

    report = verify_pdf(added, plan)

    assert report.integrity is Integrity.MODIFIED
    assert report.added_after_signing
    assert not report.ok


def test_a_visible_field_holding_a_document_timestamp_is_a_change(tmp_path: Path) -> None:
    """A timestamp's /Type does not excuse a new field with a box over the table."""
    plan, signed = signed_schedule(tmp_path)
    disguised = tmp_path / "menyamar.pdf"
    with_timestamp(signed, disguised, box=(40, 200, 800, 500))

    report = verify_pdf(disguised, plan)

    assert report.integrity is Integrity.MODIFIED
    assert report.added_after_signing
    assert not report.ok


def test_bytes_after_the_last_revision_are_a_change(tmp_path: Path) -> None:
    plan, signed = signed_schedule(tmp_path)
    long_term, trailing = tmp_path / "b-lt.pdf", tmp_path / "ekor.pdf"
    with_dss(signed, long_term)
    trailing.write_bytes(long_term.read_bytes() + b"\nSEMUA PEGAWAI WFO\n")

    report = verify_pdf(trailing, plan)

    assert report.integrity is Integrity.MODIFIED
    assert not report.ok


def test_per_unit_a_timestamp_between_two_section_signatures_is_intact(tmp_path: Path) -> None:
    """The unit head's application adds a timestamp; then the secretary signs the next section's field."""
    plan, names, first = per_unit_signed_once(tmp_path)
    archived, second = tmp_path / "ts.pdf", tmp_path / "ttd-2.pdf"
    with_timestamp(first, archived)
    sign_field(archived, second, self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="b.p12"), names[1])

    report = verify_pdf(second, plan)

    assert report.signers == ("SITI AMINAH", "AHMAD FAUZAN HAKIM")
    assert report.integrity is Integrity.INTACT
    assert [stamp.intact for stamp in report.timestamps] == [True]
    assert report.ok


def test_per_unit_a_visible_timestamp_field_then_a_section_signed_is_a_change(tmp_path: Path) -> None:
    """pyHanko calls the later signing "form filling"; the timestamp's field with a box over the table is not."""
    plan, names, first = per_unit_signed_once(tmp_path)
    disguised, second = tmp_path / "menyamar.pdf", tmp_path / "ttd-2.pdf"
    with_timestamp(first, disguised, box=(40, 200, 800, 500))
    sign_field(disguised, second, self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="b.p12"), names[1])

    report = verify_pdf(second, plan)

    assert report.signatures == 2
    assert report.integrity is Integrity.MODIFIED
    assert report.added_after_signing
    assert not report.ok


def test_a_title_or_xmp_changed_with_the_validation_data_is_a_change(tmp_path: Path) -> None:
    """pyHanko lets an "LTA update" change the document information and the XMP; a reader shows the title."""
    from pyhanko.pdf_utils import generic

    plan, signed = signed_schedule(tmp_path)
    long_term = tmp_path / "b-lt.pdf"
    with_dss(signed, long_term)
    retitled, rewritten = tmp_path / "judul.pdf", tmp_path / "xmp.pdf"

    writer = IncrementalPdfFileWriter(io.BytesIO(long_term.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Jadwal yang diubah")
    writer.update_container(info)
    with retitled.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    writer = IncrementalPdfFileWriter(io.BytesIO(long_term.read_bytes()))
    xmp = writer.root["/Metadata"].data.replace(b"JADWAL PELAKSANAAN", b"JADWAL LAIN")
    metadata = generic.StreamObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
        },
        stream_data=xmp,
    )
    writer.root[generic.NameObject("/Metadata")] = writer.add_object(metadata)
    writer.update_root()  # type: ignore[no-untyped-call]
    with rewritten.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    for changed in (retitled, rewritten):
        report = verify_pdf(changed, plan)
        assert report.integrity is Integrity.MODIFIED, changed.name
        assert report.added_after_signing, changed.name
        assert not report.ok


def test_a_damaged_timestamp_token_is_reported_and_the_file_is_not_intact(tmp_path: Path) -> None:
    plan, signed = signed_schedule(tmp_path)
    archived, damaged = tmp_path / "b-lta.pdf", tmp_path / "rusak.pdf"
    with_timestamp(signed, archived)
    data = bytearray(archived.read_bytes())
    start = data.rindex(b"/Contents <") + len(b"/Contents <")
    token = data[start : data.index(b">", start)].rstrip(b"0")
    position = start + len(token) - 20  # inside the TSA's signature value, the token's last element
    data[position] = ord("0") if data[position] != ord("0") else ord("1")
    damaged.write_bytes(bytes(data))

    report = verify_pdf(damaged, plan)

    assert report.signers == ("AHMAD FAUZAN HAKIM",)
    assert [stamp.intact for stamp in report.timestamps] == [False]
    assert report.integrity is not Integrity.INTACT
    assert not report.ok
    assert "diubah atau tidak sah" in "\n".join(report_lines(report))


def test_the_report_reads_the_qr_text_the_signature_covers_not_a_later_one(tmp_path: Path) -> None:
    """A later revision rewriting the keywords (the QR code's text) is a change; the report keeps the signed text."""
    from pyhanko.pdf_utils import generic

    plan, signed = signed_schedule(tmp_path)
    before = verify_pdf(signed, plan)
    assert before.document_id is not None
    rewritten = tmp_path / "kata-kunci.pdf"
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    keywords = str(info["/Keywords"]).replace(before.document_id, "0000-0000")
    info[generic.NameObject("/Keywords")] = generic.TextStringObject(keywords)
    writer.update_container(info)
    with rewritten.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    after = verify_pdf(rewritten, plan)
    assert after.integrity is Integrity.MODIFIED
    assert after.document_id == before.document_id
    assert after.fingerprint == before.fingerprint
