"""PAdES, the cryptography of electronic signatures: sign a schedule, prepare it for BSrE, check a signed one.

The schedule is signed with a certificate in a PKCS#12 file, or left with an empty signature
field for BSrE's applications (Besign, Panter, SRIKANDI).

The signature block a reader sees on paper (signer, QR code, its text) is laid out in
``planner.io.schedule.signature_block``; this module only signs and checks.

The order matters: ``open_certificate`` opens the .p12 file first (cryptography) and decides
from the certificate chain whether the signature is BSrE's; only then is the schedule laid out
(``write_schedule_pdf`` with a ``SignatureAppearance``), so the footer it prints is true; then
``sign_pdf`` adds a PAdES signature (pyHanko) whose visible stamp sits in the box the layout
reserved in the signature block. ``write_signed_schedule`` does the three steps.

The footer names BSrE only when the signer's certificate is issued, as checked with the
issuer's public key, by a valid CA certificate in the .p12 file whose subject organisation is
BSSN or BSrE. That is as far as an offline check can go: without BSrE's root certificate anyone can
make a CA with that name, which is why ``verify_pdf`` calls a certificate trusted ("dipercaya")
only when it validates against trust roots the user gives.

The password is passed to cryptography and forgotten: it is never stored, logged, written or
put in an exception. A failure leaves the unsigned PDF as it was and writes no signed file: the
signed file is written under a temporary name and renamed into place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import io
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from planner.domain.calendar import WorkCalendar
from planner.domain.circular import Circular
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import SignOff, content_of, plan_fingerprint
from planner.domain.plan import Plan
from planner.domain.time_zone import TimeZone, zone_named
from planner.io.atomic import replacing, temporary_beside
from planner.io.schedule import (
    PdfOptions,
    Progress,
    Schedule,
    SignatureAppearance,
    SignatureBox,
    VerificationText,
    local_time_text,
    read_verification,
    write_schedule_pdf,
)
from planner.resources import fonts_folder

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    SigningKey = (
        rsa.RSAPrivateKey
        | ec.EllipticCurvePrivateKey
        | dsa.DSAPrivateKey
        | ed25519.Ed25519PrivateKey
        | ed448.Ed448PrivateKey
    )
    """The private keys pyHanko signs with."""

# cryptography (70 ms of import) and pyHanko (0.35 s) are imported inside the functions that use
# them: the window and the other commands import this module without paying for either.

# pyHanko logs a self-made certificate's failed path building as a warning with a traceback;
# the report says it plainly, so without a handler of the application's own those stay quiet.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
_log = logging.getLogger(__name__)

FIELD_NAME = "TandaTanganElektronik"
"""The signature field's name in the PDF; with one field per section (``signature_field_names``) its stem."""
STAMP_HEADING = "Ditandatangani secara elektronik"
REASON = "Penetapan jadwal pelaksanaan tugas kedinasan (WFO/WFH)"
MAX_CHAIN = 6
"""Certificates followed up from the signer's when looking for BSrE's."""
TIME_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
"""Indonesia's time zones by their offset from UTC in hours."""

COMMON_NAME, ORGANISATION, UNIT = "COMMON_NAME", "ORGANIZATION_NAME", "ORGANIZATIONAL_UNIT_NAME"
"""Parts of a certificate's name, as cryptography's ``NameOID`` calls them."""


# ---- errors: each says what is wrong and what to do ------------------------------------------


class SigningError(PlannerError):
    """The schedule cannot be signed; the unsigned PDF is unchanged and no signed file was written."""


class CertificateFileError(SigningError):
    """The certificate file is missing, unreadable or not a PKCS#12 file."""


class WrongPassword(SigningError):
    """The password does not open the PKCS#12 file."""


class CertificateNotValid(SigningError):
    """The certificate has expired, is not valid yet, or is not meant for signing."""


class NotOurPdf(SigningError):
    """The PDF to sign is not a schedule written by the planner, or is signed already."""


# ---- the certificate ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SigningCertificate:
    """A certificate and its private key opened from a PKCS#12 file (the password is not kept)."""

    path: Path
    certificate: x509.Certificate
    key: SigningKey = field(repr=False)
    chain: tuple[x509.Certificate, ...]
    """The other certificates in the file: the issuers, up to a root."""
    bsre_issuer: x509.Certificate | None
    """The CA certificate in the chain that names BSSN or BSrE and issued the signer's, if any."""

    @property
    def common_name(self) -> str:
        """The holder's name."""
        return _attribute(self.certificate.subject, COMMON_NAME)

    @property
    def organisation(self) -> str:
        """The holder's organisation; may be empty."""
        return _attribute(self.certificate.subject, ORGANISATION)

    @property
    def issuer(self) -> str:
        """Who issued the certificate: the issuer's organisation, else its common name."""
        name = self.certificate.issuer
        return _attribute(name, ORGANISATION) or _attribute(name, COMMON_NAME)

    @property
    def self_signed(self) -> bool:
        """True for a certificate that issued itself, as an internal certificate does."""
        return _self_signed(self.certificate)

    @property
    def is_bsre(self) -> bool:
        """True when the chain really is BSrE's, so the footer may say so."""
        return self.bsre_issuer is not None

    @property
    def not_after(self) -> dt.datetime:
        """The end of validity."""
        return self.certificate.not_valid_after_utc

    @property
    def sha256(self) -> str:
        """The certificate's SHA-256 fingerprint, for the record."""
        return _sha256(self.certificate)

    def summary(self) -> str:
        """Whose certificate, issued by whom, of which kind: for the sign-off record."""
        holder = f"{self.common_name} ({self.organisation})" if self.organisation else self.common_name
        kind = "BSrE" if self.is_bsre else "internal, dibuat sendiri" if self.self_signed else "internal"
        return f"{holder}; penerbit {self.issuer}; sertifikat {kind}; SHA-256 {self.sha256}"

    def check_valid(self, now: dt.datetime | None = None) -> None:
        """Refuse a certificate outside its validity.

        Raises:
            CertificateNotValid: expired, or not valid yet.
        """
        _check_validity(self.path, self.certificate, now or dt.datetime.now(dt.UTC))


def open_certificate(path: Path, password: bytes, *, now: dt.datetime | None = None) -> SigningCertificate:
    """Open a .p12 / .pfx file, check that its certificate may sign now, and find out whether it is BSrE's.

    Raises:
        CertificateFileError: the file is missing, unreadable, not PKCS#12, or holds no key and
            certificate (or a key of a kind that cannot sign PDFs).
        WrongPassword: the password does not open it.
        CertificateNotValid: the certificate has expired, is not valid yet, or is not for signing.
    """
    from cryptography import x509  # noqa: PLC0415 - see the note under the imports
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa  # noqa: PLC0415 - see above

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CertificateFileError(f"berkas sertifikat {path} tidak ditemukan") from None
    except OSError as error:
        raise CertificateFileError(f"berkas sertifikat {path} tidak dapat dibaca ({error.strerror})") from None
    if not _looks_like_pkcs12(data):
        raise CertificateFileError(
            f"{path.name} bukan berkas sertifikat PKCS#12 (.p12 / .pfx): pilih berkas yang berisi sertifikat "
            "beserta kunci privatnya"
        )
    loaded = _load_pkcs12(path, data, password)
    if loaded is None:
        # Said without the password and without cryptography's message, which could be logged.
        raise WrongPassword(f"kata sandi sertifikat {path.name} salah (atau berkasnya rusak): periksa lalu coba lagi")
    key, certificate, others = loaded
    if key is None or certificate is None:
        raise CertificateFileError(
            f"{path.name} tidak memuat {'kunci privat' if key is None else 'sertifikat'} untuk menandatangani: "
            "minta berkas .p12 yang lengkap kepada penerbitnya"
        )
    signing_keys = (
        rsa.RSAPrivateKey,
        ec.EllipticCurvePrivateKey,
        dsa.DSAPrivateKey,
        ed25519.Ed25519PrivateKey,
        ed448.Ed448PrivateKey,
    )
    if not isinstance(key, signing_keys):
        raise CertificateFileError(f"jenis kunci di {path.name} tidak dapat dipakai untuk tanda tangan PDF")
    if _public_der(key.public_key()) != _public_der(certificate.public_key()):
        raise CertificateFileError(f"kunci privat di {path.name} bukan pasangan sertifikatnya: berkasnya rusak")
    moment = now or dt.datetime.now(dt.UTC)
    _check_validity(path, certificate, moment)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise CertificateNotValid(f"sertifikat di {path.name} tidak diterbitkan untuk tanda tangan (penggunaan kunci)")
    chain = tuple(others)
    return SigningCertificate(path, certificate, key, chain, bsre_issuer(certificate, chain, moment))


def _looks_like_pkcs12(data: bytes) -> bool:
    """True when ``data`` starts as a PKCS#12 PFX does: a DER sequence whose first item is the version 3."""
    if len(data) < 8 or data[0] != 0x30:
        return False
    length = data[1]
    offset = 2 if length < 0x80 else 2 + (length & 0x7F)
    return data[offset : offset + 3] == b"\x02\x01\x03"


def _load_pkcs12(
    path: Path, data: bytes, password: bytes
) -> tuple[Any, x509.Certificate | None, list[x509.Certificate]] | None:
    """Key, certificate and other certificates, or None when the password does not open the file.

    Raises:
        CertificateFileError: the file is protected with an algorithm this system cannot read.
    """
    from cryptography.exceptions import UnsupportedAlgorithm  # noqa: PLC0415 - see the note under the imports
    from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: PLC0415 - see the note under the imports

    # A file without a password opens with None, not with b"": an empty password field tries both.
    for attempt in (password, None) if not password else (password,):
        try:
            key, certificate, others = pkcs12.load_key_and_certificates(data, attempt)
        except ValueError:
            continue
        except UnsupportedAlgorithm:
            raise CertificateFileError(
                f"{path.name} dilindungi dengan enkripsi lama yang tidak dapat dibaca di komputer ini: ekspor ulang "
                "sertifikatnya dengan enkripsi AES"
            ) from None
        return key, certificate, others
    return None


def _public_der(key: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: PLC0415 - see above

    der: bytes = key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return der


def _check_validity(path: Path, certificate: x509.Certificate, moment: dt.datetime) -> None:
    if moment < certificate.not_valid_before_utc:
        raise CertificateNotValid(
            f"sertifikat di {path.name} baru berlaku mulai {format_moment(certificate.not_valid_before_utc)}: "
            "periksa jam komputer, atau tunggu sampai sertifikatnya berlaku"
        )
    if moment > certificate.not_valid_after_utc:
        raise CertificateNotValid(
            f"sertifikat di {path.name} sudah kedaluwarsa sejak {format_moment(certificate.not_valid_after_utc)}: "
            "perpanjang atau minta sertifikat baru"
        )


def _attribute(name: x509.Name, part: str) -> str:
    """Every value of one part of a name (``COMMON_NAME`` …), joined by commas; empty when it has none."""
    from cryptography.x509.oid import NameOID  # noqa: PLC0415 - see the note under the imports

    return ", ".join(str(attribute.value) for attribute in name.get_attributes_for_oid(getattr(NameOID, part)))


def _sha256(certificate: x509.Certificate) -> str:
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 - see the note under the imports

    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def _self_signed(certificate: x509.Certificate) -> bool:
    return certificate.issuer == certificate.subject and _issued_by(certificate, certificate)


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer``'s key signed ``certificate`` (not merely its name)."""
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415 - see the note under the imports

    if certificate.issuer != issuer.subject:
        return False
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _names_bsre(name: x509.Name) -> bool:
    """True when a certificate's subject organisation is BSSN or its certification authority, BSrE."""
    organisations = " ".join(
        " ".join(_attribute(name, oid).casefold().replace("(", " ").replace(")", " ").split())
        for oid in (ORGANISATION, UNIT)
    )
    return (
        "badan siber dan sandi negara" in organisations
        or "balai sertifikasi elektronik" in organisations
        or "bsre" in organisations.split()
    )


def _is_valid_ca(certificate: x509.Certificate, moment: dt.datetime) -> bool:
    from cryptography import x509  # noqa: PLC0415 - see the note under the imports

    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    return constraints.ca and certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc


def bsre_issuer(
    certificate: x509.Certificate, others: Iterable[x509.Certificate], moment: dt.datetime
) -> x509.Certificate | None:
    """The CA certificate that names BSSN or BSrE and issued ``certificate``, directly or through others.

    Each link is checked with the issuer's public key and must be a CA valid at ``moment``; the
    signer's own certificate never counts, whatever name it carries.
    """
    candidates = list(others)
    current = certificate
    if _self_signed(current):
        return None
    for _ in range(MAX_CHAIN):
        issuer = next((c for c in candidates if c is not current and _issued_by(current, c)), None)
        if issuer is None or not _is_valid_ca(issuer, moment):
            return None
        if _names_bsre(issuer.subject):
            return issuer
        if _self_signed(issuer):
            return None
        current = issuer
    return None


# ---- signing -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignerText:
    """What the visible signature says besides "Ditandatangani secara elektronik" and the time."""

    name: str
    title: str


def format_moment(moment: dt.datetime, zone: TimeZone | None = None) -> str:
    """``16 April 2024 pukul 10.32 WITA``: in ``zone`` (the agency's), else the computer's if Indonesian, else WIB."""
    if zone is None:
        offset = moment.astimezone().utcoffset() or dt.timedelta()
        hours, rest = divmod(round(offset.total_seconds() / 60), 60)
        zone = zone_named(TIME_ZONES.get(hours, "WIB") if rest == 0 else "WIB") or TimeZone.WIB
    return local_time_text(moment, zone)


def sign_pdf(
    unsigned: Path,
    signed: Path,
    certificate: SigningCertificate,
    *,
    field_box: SignatureBox,
    signer_text: SignerText,
    footer_names_bsre: bool,
    location: str = "",
    zone: TimeZone = TimeZone.WIB,
    moment: dt.datetime | None = None,
) -> dt.datetime:
    """Add a PAdES signature with a visible stamp at ``field_box`` to a schedule the planner wrote.

    ``unsigned`` is read whole and never changed; ``signed`` (which may be the same path) is
    written under a temporary name and renamed into place when complete.

    Args:
        unsigned: The schedule as ``write_schedule_pdf`` wrote it, with ``PdfOptions.electronic``.
        signed: Where to write the signed PDF.
        certificate: The opened certificate.
        field_box: Where the layout reserved room for the visible signature (``Schedule.signature_box``).
        signer_text: The name and position in the stamp.
        footer_names_bsre: Whether the schedule's footer names BSrE (``SignatureAppearance.bsre``).
        location: The place of signing, recorded in the signature.
        zone: The agency's time zone: the stamp's time is shown in it.
        moment: The signing time shown in the stamp; None reads the clock.

    Returns:
        The signing time recorded in the signature.

    Raises:
        SigningError: the footer names BSrE but the certificate is not BSrE's, the certificate is
            no longer valid, the PDF is not one of the planner's schedules or is signed already,
            or a file cannot be read or written.
    """
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.general import SigningError as PyHankoSigningError  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner  # noqa: PLC0415 - see the note under the imports

    if footer_names_bsre and not certificate.is_bsre:
        raise SigningError(
            "jadwal ini bertanda tangan BSrE di kakinya, tetapi sertifikat yang dipilih bukan sertifikat BSrE: "
            "susun ulang jadwalnya dengan sertifikat ini"
        )
    certificate.check_valid()
    data = _read_pdf(unsigned)
    page_height = _check_ours(unsigned, data, field_box)
    box = (
        round(field_box.x),
        round(page_height - field_box.y - field_box.height),
        round(field_box.x + field_box.width),
        round(page_height - field_box.y),
    )
    moment = moment or dt.datetime.now(dt.UTC)
    kind = "Sertifikat elektronik BSrE" if certificate.is_bsre else "Sertifikat internal instansi"
    lines = [STAMP_HEADING, signer_text.name.strip(), signer_text.title.strip(), format_moment(moment, zone), kind]
    metadata = PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=REASON,
        location=location.strip() or None,
        name=certificate.common_name or None,
    )
    signer = PdfSigner(
        metadata,
        _pyhanko_signer(certificate),
        stamp_style=_stamp_style(),
        new_field_spec=SigFieldSpec(FIELD_NAME, on_page=field_box.page, box=box),
    )
    output = io.BytesIO()
    try:
        signer.sign_pdf(
            archival_writer(io.BytesIO(data), moment.astimezone(zone.tzinfo)),
            output=output,
            appearance_text_params={"lines": "\n".join(line for line in lines if line)},
        )
        signed_at = _signing_time(output.getvalue())
    except (PdfError, PyHankoSigningError, ValueError) as error:
        raise SigningError(f"{unsigned.name} tidak dapat ditandatangani ({error})") from error
    with replacing(signed, failure=SigningError) as temporary:
        temporary.write_bytes(output.getvalue())
    return signed_at


def archival_writer(stream: BinaryIO, moment: dt.datetime) -> Any:
    """A pyHanko incremental writer that keeps the PDF/A metadata of a schedule consistent.

    pyHanko (0.38) writes "…; pyHanko x" as the document info's producer but only "pyHanko x" in
    the XMP, and its modification date in UTC: a PDF/A validator would find the two disagreeing
    (ISO 19005-2, 6.6.2.3.1). This writer sets both itself, to the same producer and to
    ``moment`` (in the agency's time zone), in the revision it writes.

    pyHanko has no public hook for this: its writer calls its private ``_update_meta`` just before
    writing, and that method always stamps "now" and, for a document with XMP it did not write
    itself, replaces the XMP with its own (dropping the PDF/A claim). The override below is the
    only private name used, and everything inside it uses the writer's public API.
    """
    from pyhanko.pdf_utils import generic  # noqa: PLC0415 - see the note under the imports
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: PLC0415 - see the note under the imports
    from pyhanko.pdf_utils.metadata.model import VENDOR  # noqa: PLC0415 - see the note under the imports

    class ArchivalWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            offset = moment.utcoffset() or dt.timedelta()
            hours, minutes = divmod(int(offset.total_seconds() // 60), 60)
            pdf_date = f"D:{moment:%Y%m%d%H%M%S}{'+' if offset >= dt.timedelta() else '-'}{hours:02d}'{minutes:02d}'"
            producer = VENDOR
            if "/Info" in self.trailer_view:
                info = self.trailer_view["/Info"]
                before = str(info.get("/Producer", ""))
                producer = before if VENDOR in before else f"{before}; {VENDOR}" if before else VENDOR
                info["/Producer"] = generic.TextStringObject(producer)
                info["/ModDate"] = generic.TextStringObject(pdf_date)
                self.update_container(info)
            if "/Metadata" not in self.root:
                return
            old = self.root["/Metadata"].get_object()
            xmp = bytes(old.data).decode("utf-8")
            stamp = escape(moment.isoformat(timespec="seconds"))
            for tag, value in (
                ("xmp:ModifyDate", stamp),
                ("xmp:MetadataDate", stamp),
                ("pdf:Producer", escape(producer)),
            ):
                xmp = re.sub(f"<{tag}>.*?</{tag}>", f"<{tag}>{value}</{tag}>", xmp, flags=re.DOTALL)
            stream_object = generic.StreamObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/Metadata"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/XML"),
                },
                stream_data=xmp.encode("utf-8"),
            )
            self.root["/Metadata"] = self.add_object(stream_object)
            self.update_root()  # type: ignore[no-untyped-call]

    return ArchivalWriter(stream)


def _read_pdf(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{path} tidak ditemukan") from None
    except OSError as error:
        raise SigningError(f"{path} tidak dapat dibaca ({error.strerror})") from None


def _check_ours(path: Path, data: bytes, field_box: SignatureBox) -> float:
    """The height of the signature's page, after checking that ``data`` is an unsigned schedule of ours.

    Raises:
        NotOurPdf: not a PDF, not written by the planner, signed already, or no such page.
    """
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415 - see the note under the imports
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415 - see the note under the imports

    not_ours = NotOurPdf(
        f"{path.name} bukan jadwal resmi yang disusun Jadwal Kerja ASN untuk ditandatangani: susun jadwalnya "
        "dengan perintah pdf --sign atau menu tanda tangan"
    )
    if not data.startswith(b"%PDF-"):
        raise not_ours
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        keywords = _keywords(_info_as_of(reader, None))
        signatures = len(reader.embedded_signatures)
        pages = reader.root["/Pages"]
        count = int(pages["/Count"])
        if not 0 <= field_box.page < count:
            raise not_ours
        box = _page_box(reader, field_box.page)
    except (PdfError, KeyError, TypeError, ValueError, IndexError) as error:
        raise not_ours from error
    try:
        read_verification(keywords)
    except ValueError:
        raise not_ours from None
    if signatures:
        raise NotOurPdf(f"{path.name} sudah ditandatangani; tanda tangan kedua tidak ditambahkan")
    return box


def _page_box(reader: Any, index: int) -> float:
    """The height of page ``index`` from its media box."""
    page, _ = reader.find_page_for_modification(index)
    media = page.get_object()["/MediaBox"]
    return float(media[3]) - float(media[1])


def _keywords(info: Any) -> str:
    """The document information's keywords (``_info_as_of``); "" when there are none."""
    if info is None:
        return ""
    value = info.get("/Keywords")
    if isinstance(value, bytes):
        # pyHanko reads a string with line breaks as bytes; the planner writes it in ASCII.
        return value.decode("latin-1")
    return "" if value is None else str(value)


def _asn1_certificate(certificate: x509.Certificate) -> Any:
    """The certificate as pyHanko takes it (asn1crypto), through its DER bytes and pyHanko's public loader."""
    from cryptography.hazmat.primitives.serialization import Encoding  # noqa: PLC0415 - see the note under the imports
    from pyhanko.keys import load_certs_from_pemder_data  # noqa: PLC0415 - see the note under the imports

    return next(load_certs_from_pemder_data(certificate.public_bytes(Encoding.DER)))


def _pyhanko_signer(certificate: SigningCertificate) -> Any:
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415 - see the note under the imports
    from pyhanko.keys import load_private_key_from_pemder_data  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.signers import SimpleSigner  # noqa: PLC0415 - see the note under the imports
    from pyhanko_certvalidator.registry import SimpleCertificateStore  # noqa: PLC0415 - see the note under the imports

    # The key goes to pyHanko as PKCS#8 DER in memory only, as pyHanko's own .p12 loader does it.
    key = certificate.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SimpleSigner(
        signing_cert=_asn1_certificate(certificate.certificate),
        signing_key=load_private_key_from_pemder_data(key, None),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [_asn1_certificate(other) for other in certificate.chain]
        ),
    )


@functools.cache
def _stamp_font_bytes(path: str) -> bytes:
    """The font file at ``path`` scaled to 1000 units per em (see ``_stamp_style``), once per run."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - see the note under the imports
    from fontTools.ttLib.scaleUpem import scale_upem  # noqa: PLC0415 - see the note under the imports

    with Path(path).open("rb") as stream:
        font = TTFont(stream)
        if font["head"].unitsPerEm != 1000:
            scale_upem(font, 1000)
        out = io.BytesIO()
        font.save(out)
    return out.getvalue()


STAMP_FONT_SIZE = 8
"""The stamp's type size; pyHanko's font engine and text box must be given the same one."""


def _stamp_style() -> Any:
    from pyhanko.pdf_utils.font.opentype import (  # noqa: PLC0415 - see the note under the imports
        GlyphAccumulator,
        GlyphAccumulatorFactory,
    )
    from pyhanko.pdf_utils.text import TextBoxStyle  # noqa: PLC0415 - see the note under the imports
    from pyhanko.stamp import TextStampStyle  # noqa: PLC0415 - see the note under the imports

    class InMemoryFont(GlyphAccumulatorFactory):
        """Liberation Sans as pyHanko (0.38) can use it.

        pyHanko's factory opens the font file and never closes it (a ResourceWarning), and writes
        the glyph widths in font units as if every font had 1000 units per em: Liberation Sans has
        2048, so its letters stood twice their width apart. The font is given from memory, scaled
        to 1000 units per em.
        """

        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            data = io.BytesIO(_stamp_font_bytes(self.font_file))
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(writer=writer, font_handle=data, font_size=self.font_size, obj_stream=obj_stream)

    # The schedule's own Liberation Sans, embedded as a subset (pyHanko does it through fontTools):
    # PDF/A wants every font embedded, which the standard Courier is not. fontTools logs each table
    # it leaves out of the subset ("FFTM NOT subset"), which a user must not read as an error.
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    font = InMemoryFont(str(fonts_folder() / "LiberationSans-Regular.ttf"), font_size=STAMP_FONT_SIZE)
    return TextStampStyle(
        stamp_text="%(lines)s",
        border_width=1,
        text_box_style=TextBoxStyle(font=font, font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 2),
    )


def _signing_time(data: bytes) -> dt.datetime:
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415 - see the note under the imports

    signature = PdfFileReader(io.BytesIO(data)).embedded_signatures[-1]
    moment = signature.self_reported_timestamp
    return moment if moment is not None else dt.datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class SignedSchedule:
    """A signed schedule as written, and the sign-off to record in the plan file."""

    schedule: Schedule
    signoff: SignOff


class OtherSigner(SigningError):
    """The certificate is in another person's name than the signatory printed on the schedule."""

    def __init__(self, message: str, holder: str, signatory: str) -> None:
        """Keep both names beside the message, for the window's question."""
        super().__init__(message)
        self.holder = holder
        self.signatory = signatory


_TITLE_WORDS = frozenset({"dr", "drs", "dra", "h", "hj", "ir", "prof", "kh", "r", "rr", "st", "tb"})
"""Titles written before a name ("Dr. H."); degrees come after a comma and are dropped with it."""


def _name_words(name: str) -> list[str]:
    """The words of a person's name without titles, degrees, punctuation or case: "Dr. H. Ahmad, S.H." → ahmad."""
    before_degrees = name.split(",", maxsplit=1)[0]
    words = []
    for raw in before_degrees.replace(".", ". ").split():
        word = "".join(ch for ch in raw.casefold() if ch.isalnum())
        if word and not (raw.endswith(".") and word in _TITLE_WORDS) and word not in _TITLE_WORDS:
            words.append(word)
    return words


def same_person(holder: str, signatory: str) -> bool:
    """Whether a certificate's holder and the printed signatory name the same person.

    Certificates (BSrE's among them) hold the name without titles and often in capitals
    ("AHMAD FAUZAN HAKIM"), the schedule with them ("Dr. H. Ahmad Fauzan Hakim, S.H., M.H."):
    titles, degrees, punctuation and case are set aside, and the words must be the same.
    """
    return bool(_name_words(holder)) and _name_words(holder) == _name_words(signatory)


def write_signed_schedule(
    path: Path,
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: PdfOptions | None = None,
    *,
    certificate: SigningCertificate,
    progress: Progress | None = None,
    allow_other_signer: bool = False,
) -> SignedSchedule:
    """Lay out the schedule for ``certificate``, write it and sign it at ``path``.

    The footer follows the certificate (BSrE or internal); a scanned signature image is left
    out. Nothing is written at ``path`` unless the signature succeeds.

    Raises:
        PlannerError: bad input or validation errors (as ``write_schedule_pdf``; a draft is refused).
        OtherSigner: the certificate's holder is not the printed signatory and ``allow_other_signer`` is off.
        SigningError: the certificate has expired meanwhile, or a file cannot be written.
    """
    signatory = plan.profile.signatory
    # An empty signatory is refused by the layout's own checks, with what to fill in.
    if not allow_other_signer and signatory.name.strip() and not same_person(certificate.common_name, signatory.name):
        raise OtherSigner(
            f"sertifikat atas nama {certificate.common_name or '(tanpa nama)'}, sedangkan penanda tangan di jadwal "
            f"{signatory.name.strip() or '(kosong)'}: tanda tangani dengan sertifikat penanda tangan itu, ubah "
            "penanda tangan di Rencana › Profil instansi, atau izinkan penanda tangan lain dengan sengaja",
            certificate.common_name,
            signatory.name,
        )
    options = dataclasses.replace(
        options or PdfOptions(), electronic=SignatureAppearance(bsre=certificate.is_bsre), signature_image=""
    )
    certificate.check_valid()
    with temporary_beside(path, suffix=".unsigned.pdf", failure=SigningError) as unsigned:
        schedule = write_schedule_pdf(unsigned, plan, circular, calendar, options, progress=progress)
        assert schedule.signature_box is not None
        signed_at = sign_pdf(
            unsigned,
            path,
            certificate,
            field_box=schedule.signature_box,
            signer_text=SignerText(certificate.common_name or signatory.name, signatory.title),
            footer_names_bsre=certificate.is_bsre,
            location=plan.profile.city,
            zone=plan.profile.zone,
            moment=schedule.moment,
        )
    signoff = SignOff(
        signed_at=signed_at,
        signer=certificate.common_name,
        title=plan.profile.signatory.title.strip(),
        certificate=certificate.summary(),
        bsre=certificate.is_bsre,
        document_id=schedule.document_id,
        fingerprint=schedule.fingerprint,
        content=content_of(plan),
    )
    return SignedSchedule(schedule, signoff)


# ---- ready for BSrE's applications ------------------------------------------------------------------


def write_schedule_for_tte(
    path: Path,
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: PdfOptions | None = None,
    *,
    progress: Progress | None = None,
) -> Schedule:
    """Write the schedule with an empty signature field where its signature block is, for Besign, Panter or SRIKANDI.

    Those applications sign with the holder's NIK and passphrase at BSrE and draw their own visible
    signature in the field; the planner's QR code, stamp and footer are left out. The file is the
    same PDF/A schedule with the field added in a second revision, which a signature then covers.
    A schedule printed per unit has a signature block per section and the agency recap's: each gets
    its own field (``signature_field_names``), so each unit head can sign their section in place.

    Raises:
        PlannerError: bad input or validation errors (as ``write_schedule_pdf``; a draft is refused).
        SigningError: a file cannot be written.
    """
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field  # noqa: PLC0415 - see the note under the imports

    options = dataclasses.replace(options or PdfOptions(), electronic=None, for_tte=True, signature_image="")
    with temporary_beside(path, suffix=".tanpa-kolom.pdf", failure=SigningError) as plain:
        schedule = write_schedule_pdf(plain, plan, circular, calendar, options, progress=progress)
        assert schedule.signature_fields
        data = _read_pdf(plain)
    page_height = schedule.height
    writer = archival_writer(io.BytesIO(data), plan.profile.zone.local(schedule.moment or dt.datetime.now(dt.UTC)))
    names = signature_field_names([section for section, _ in schedule.signature_fields])
    for name, (_, box) in zip(names, schedule.signature_fields, strict=True):
        rectangle = (
            round(box.x),
            round(page_height - box.y - box.height),
            round(box.x + box.width),
            round(page_height - box.y),
        )
        append_signature_field(writer, SigFieldSpec(name, on_page=box.page, box=rectangle, empty_field_appearance=True))
    output = io.BytesIO()
    writer.write(output)
    with replacing(path, failure=SigningError) as temporary:
        temporary.write_bytes(output.getvalue())
    return schedule


def signature_field_names(sections: Sequence[str]) -> list[str]:
    """The fields' names: ``FIELD_NAME`` for one, else ``TandaTanganElektronik_2_BiroHukum`` (numbered, so unique).

    The section's name is kept in ASCII letters and digits: field names are shown by signing applications,
    and a full stop would split the name into a field hierarchy (ISO 32000-1, 12.7.3.2).
    """
    if len(sections) == 1:
        return [FIELD_NAME]
    names = []
    for number, section in enumerate(sections, start=1):
        words = "".join(ch for ch in unicodedata.normalize("NFKD", section) if ch.isascii()).split()
        label = "".join("".join(ch for ch in word if ch.isalnum())[:1].upper() + word[1:] for word in words)
        label = "".join(ch for ch in label if ch.isalnum())[:40]
        names.append(f"{FIELD_NAME}_{number}_{label}" if label else f"{FIELD_NAME}_{number}")
    return names


# ---- verifying -----------------------------------------------------------------------------------


def load_trust_roots(paths: Iterable[Path]) -> list[x509.Certificate]:
    """The certificates in PEM or DER files (BSrE's root, for one), to trust when verifying.

    Raises:
        PlannerError: a file is missing, unreadable, or holds no certificate.
    """
    from cryptography import x509  # noqa: PLC0415 - see the note under the imports

    roots: list[x509.Certificate] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise PlannerError(f"berkas sertifikat akar {path} tidak ditemukan") from None
        except OSError as error:
            raise PlannerError(f"berkas sertifikat akar {path} tidak dapat dibaca ({error.strerror})") from None
        try:
            if b"-----BEGIN CERTIFICATE-----" in data:
                roots.extend(x509.load_pem_x509_certificates(data))
            else:
                roots.append(x509.load_der_x509_certificate(data))
        except ValueError:
            raise PlannerError(f"{path.name} bukan sertifikat (PEM atau DER)") from None
    return roots


class Integrity(enum.Enum):
    """Whether the signed document is as it was signed."""

    INTACT = "intact"
    """Signed, and not a byte changed since: the signature covers the whole file."""
    MODIFIED = "modified"
    """Changed after signing: the signed bytes differ, or something was added after the signature."""
    INVALID = "invalid"
    """The signature does not verify or cannot be read."""
    DAMAGED = "damaged"
    """A PDF too damaged to find its signature."""
    UNSIGNED = "unsigned"
    """A PDF without a signature."""


class Trust(enum.Enum):
    """What the signer's certificate is."""

    TRUSTED = "trusted"
    """Validates against the trust roots given: "dipercaya"."""
    SELF_SIGNED = "self-signed"
    """Made by its holder (an internal certificate): "sertifikat internal / tidak terverifikasi"."""
    UNVERIFIED = "unverified"
    """Issued by a CA that is not among the trust roots given: "sertifikat internal / tidak terverifikasi"."""


@dataclass(frozen=True, slots=True)
class DocumentTimestamp:
    """A document timestamp (PAdES-B-LTA): a time authority's token over the file as it was, not a signer."""

    time: dt.datetime | None
    """The time the token states (UTC); None when it cannot be read."""
    authority: str
    """The time-stamping authority, as its certificate in the token names it."""
    intact: bool
    """The token verifies, its message imprint covers the bytes it says, and only validation data or
    further invisible timestamps were added after it."""


@dataclass(frozen=True, slots=True)
class Verification:
    """What ``verify_pdf`` found about a PDF."""

    path: Path
    integrity: Integrity
    signer_name: str = ""
    signer_organisation: str = ""
    issuer_name: str = ""
    signed_at: dt.datetime | None = None
    trust: Trust | None = None
    claims_bsre: bool = False
    """The signature's own chain names BSSN or BSrE (links checked), whether or not it is trusted."""
    certificate_sha256: str = ""
    signatures: int = 0
    document_id: str | None = None
    fingerprint: str | None = None
    """The content fingerprint the signed PDF carries; None when it carries none."""
    content_matches: bool | None = None
    """Compared with a plan: whether the plan's content is what was signed; None without a plan."""
    added_after_signing: bool = False
    """Something was appended to the file after a signature (a later revision) that is not a later signature in
    a field that was already there: a new field, a changed page, bytes after the last signature."""
    trust_required: bool = False
    """Trust roots were given: the signer's chain must lead to one of them."""
    printed: dict[str, str] = field(default_factory=dict)
    """The QR code's labelled lines as the signed revision carries them ("Instansi" → "…")."""
    fields: tuple[str, ...] = ()
    """The names of the PDF's signature fields, signed or empty (one per section in a per-unit schedule)."""
    empty_fields: tuple[str, ...] = ()
    """The signature fields nobody has signed yet."""
    signers: tuple[str, ...] = ()
    """Every signature's signer (common name), in the order they signed; the first is ``signer_name``."""
    timestamps: tuple[DocumentTimestamp, ...] = ()
    """The document timestamps added after signing (PAdES-B-LTA), oldest first; not counted as signatures."""

    @property
    def ok(self) -> bool:
        """Intact, when compared with a plan the same content, and when trust roots were given, trusted."""
        trusted = not self.trust_required or self.trust is Trust.TRUSTED
        return self.integrity is Integrity.INTACT and self.content_matches is not False and trusted


def verify_pdf(path: Path, plan: Plan | None = None, *, trust_roots: Sequence[x509.Certificate] = ()) -> Verification:
    """Check the signatures of a PDF: intact or modified, by whom, when, trusted or not, the content, the fields.

    Args:
        path: The PDF.
        plan: Compare the signed content with this plan's; None leaves ``content_matches`` None.
        trust_roots: Root certificates to trust (BSrE's, for one); none means no certificate is
            called trusted.

    Raises:
        PlannerError: the file is missing, unreadable or not a PDF.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlannerError(f"{path} tidak ditemukan") from None
    except OSError as error:
        raise PlannerError(f"{path} tidak dapat dibaca ({error.strerror})") from None
    if b"%PDF-" not in data[:1024] and b"%%EOF" not in data[-1024:]:
        raise PlannerError(f"{path.name} bukan berkas PDF")
    # The file may have been changed by anyone, in any way: whatever pyHanko or asn1crypto raise
    # while reading it, the honest report is that the signature cannot be checked.
    try:
        found = _read_signatures(data)
    except Exception:
        _log.debug("%s: no signature could be read", path, exc_info=True)
        return Verification(path, Integrity.DAMAGED, content_matches=None if plan is None else False)
    reader, found_signatures = found
    signatures = [each for each in found_signatures if not _is_timestamp(each)]
    stamps = [each for each in found_signatures if _is_timestamp(each)]
    if not found_signatures and b"/ByteRange" in data:
        # A signature dictionary is there, but not as a signature anyone can find: damaged on the way.
        return Verification(path, Integrity.INVALID, content_matches=None if plan is None else False)
    try:
        fields, empty = _signature_fields(reader)
    except Exception:
        _log.debug("%s: the signature fields could not be listed", path, exc_info=True)
        fields, empty = (), ()
    if not signatures:
        text = _verification_of(_info_as_of(reader, None))
        return Verification(
            path,
            Integrity.UNSIGNED,
            document_id=text.document_id if text else None,
            fingerprint=text.content_hash if text else None,
            content_matches=_matches(plan, text.content_hash if text else None),
            printed=dict(text.fields) if text else {},
            fields=fields,
            empty_fields=empty,
            timestamps=_check_timestamps(reader, stamps, trust_roots),
        )
    try:
        report = _verify_signature(
            path, reader, signatures, stamps=stamps, plan=plan, trust_roots=trust_roots, ends_clean=_ends_clean(data)
        )
        return dataclasses.replace(report, fields=fields, empty_fields=empty)
    except Exception:
        _log.debug("%s: the signature could not be checked", path, exc_info=True)
        return Verification(
            path, Integrity.INVALID, signatures=len(signatures), content_matches=None if plan is None else False
        )


def _is_timestamp(signature: Any) -> bool:
    """True for a document timestamp (/Type /DocTimeStamp), which names a time authority, not a signer."""
    return bool(signature.sig_object_type == "/DocTimeStamp")


def _ends_clean(data: bytes) -> bool:
    """True when nothing but whitespace follows the file's last end-of-file marker."""
    return data.rstrip(b"\0\t\n\f\r ").endswith(b"%%EOF")


def _read_signatures(data: bytes) -> tuple[Any, list[Any]]:
    """The reader and its signatures, oldest first."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415 - see the note under the imports

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return reader, sorted(reader.embedded_signatures, key=lambda signature: signature.signed_revision)


def _signature_fields(reader: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every signature field's name, and those without a signature; a document timestamp's field is not listed."""
    from pyhanko.sign.fields import enumerate_sig_fields  # noqa: PLC0415 - see the note under the imports

    found = [
        (str(name), value is None)
        for name, value, _ in enumerate_sig_fields(reader)
        if value is None or not _names_timestamp(value.get_object())
    ]
    return tuple(name for name, _ in found), tuple(name for name, empty in found if empty)


def _verify_signature(
    path: Path,
    reader: Any,
    signatures: list[Any],
    *,
    stamps: list[Any],
    plan: Plan | None,
    trust_roots: Sequence[x509.Certificate],
    ends_clean: bool,
) -> Verification:
    """The first signature's signer, time and content; integrity and trust over every signature.

    A schedule printed per unit for BSrE's applications has a field per section, signed one after
    another: a signature followed only by later signatures in other fields is intact when pyHanko's
    difference analysis finds nothing beyond form filling, a later signature covers the whole file,
    and the form is as it was: the same fields, and every widget on the same page in the same box
    (``_form_of``). pyHanko calls a new signature field "form filling", so a later signer could add a
    visible signature anywhere, over the table too; that is a change to what the earlier one signed.

    After the last signature a signing application may add validation data (a /DSS dictionary,
    PAdES-B-LT) and invisible document timestamps (PAdES-B-LTA): pyHanko's difference analysis calls
    those "LTA updates", and ``_form_of`` leaves an invisible timestamp's field out. Those, and only
    those, keep the last signature intact; the timestamps are checked as timestamps (``_check_timestamps``).
    """
    from cryptography import x509  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.validation import validate_pdf_signature  # noqa: PLC0415 - see the note under the imports
    from pyhanko_certvalidator import ValidationContext  # noqa: PLC0415 - see the note under the imports

    context = ValidationContext(trust_roots=[_asn1_certificate(root) for root in trust_roots], allow_fetching=False)
    statuses = [validate_pdf_signature(signature, context) for signature in signatures]
    signature, status = signatures[0], statuses[0]
    signers = [x509.load_der_x509_certificate(each.signing_cert.dump()) for each in statuses]
    signer = signers[0]
    others = [x509.load_der_x509_certificate(other.dump()) for other in signature.other_embedded_certs]
    signed_at = status.signer_reported_dt
    last = len(signatures) - 1
    later = any(_added_after(each) for each in statuses)
    latest = _seen(reader, None) if later else None
    verdicts = [
        _integrity(
            each,
            signature_of,
            followed=ends_clean and later and _seen(reader, signature_of.signed_revision) == latest,
            signed_later=index < last,
        )
        for index, (each, signature_of) in enumerate(zip(statuses, signatures, strict=True))
    ]
    last_signed = signatures[last].signed_revision
    timestamps = _check_timestamps(reader, stamps, trust_roots, latest, last_signed)
    integrity = next((verdict for verdict in verdicts if verdict is not Integrity.INTACT), Integrity.INTACT)
    if integrity is Integrity.INTACT and not all(stamp.intact for stamp in timestamps):
        integrity = Integrity.MODIFIED
    # Something came after a signature that later signatures do not excuse (a new field, a changed page):
    # said as an addition, like bytes appended after the last signature, not as a changed signed revision.
    added = any(
        verdict is Integrity.MODIFIED
        and each.intact
        and _added_after(each)
        and _canonical_signature(signature_of.pkcs7_content)
        for verdict, each, signature_of in zip(verdicts, statuses, signatures, strict=True)
    )
    trusts = [_trust(each, holder) for each, holder in zip(statuses, signers, strict=True)]
    trust = next((each for each in trusts if each is not Trust.TRUSTED), Trust.TRUSTED)
    # The content is read from the revision the signature covers, not from what came after it.
    text = _verification_of(_info_as_of(reader, signature.signed_revision))
    content_hash = text.content_hash if text else None
    return Verification(
        path,
        integrity,
        signer_name=_attribute(signer.subject, COMMON_NAME),
        signer_organisation=_attribute(signer.subject, ORGANISATION),
        issuer_name=_attribute(signer.issuer, ORGANISATION) or _attribute(signer.issuer, COMMON_NAME),
        signed_at=signed_at,
        trust=trust,
        claims_bsre=bsre_issuer(signer, others, signed_at or dt.datetime.now(dt.UTC)) is not None,
        certificate_sha256=_sha256(signer),
        signatures=len(signatures),
        document_id=text.document_id if text else None,
        fingerprint=content_hash,
        content_matches=_matches(plan, content_hash),
        added_after_signing=added,
        trust_required=bool(trust_roots),
        printed=dict(text.fields) if text else {},
        signers=tuple(_attribute(holder.subject, COMMON_NAME) for holder in signers),
        timestamps=timestamps,
    )


def _check_timestamps(
    reader: Any,
    stamps: list[Any],
    trust_roots: Sequence[x509.Certificate],
    latest: _Seen | None = None,
    last_signed: int = -1,
) -> tuple[DocumentTimestamp, ...]:
    """Each document timestamp checked as one: the token's imprint over its bytes, what was added after it.

    After a timestamp, as after a signature, only validation data and further invisible timestamps may
    follow, or, when a signature comes later (``last_signed``: the last signature's revision), its signing
    in a field that was there (``_form_of``).
    """
    from cryptography import x509  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.diff_analysis import ModificationLevel  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.validation import validate_pdf_timestamp  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # noqa: PLC0415 - see the note under the imports
    from pyhanko_certvalidator import ValidationContext  # noqa: PLC0415 - see the note under the imports

    found: list[DocumentTimestamp] = []
    for stamp in stamps:
        # As with a signature: whatever a changed file makes pyHanko raise, the timestamp is not intact.
        try:
            context = ValidationContext(
                trust_roots=[_asn1_certificate(root) for root in trust_roots], allow_fetching=False
            )
            status = validate_pdf_timestamp(stamp, context)
            authority = x509.load_der_x509_certificate(status.signing_cert.dump()) if status.signing_cert else None
            name = "" if authority is None else _attribute(authority.subject, COMMON_NAME)
            if authority is not None and not name:
                name = _attribute(authority.subject, ORGANISATION)
            level = status.modification_level
            if status.coverage is SignatureCoverageLevel.ENTIRE_FILE:
                covered = True
            elif status.coverage is SignatureCoverageLevel.ENTIRE_REVISION:
                if latest is None:
                    latest = _seen(reader, None)
                signed_later = stamp.signed_revision < last_signed
                allowed = ModificationLevel.FORM_FILLING if signed_later else ModificationLevel.LTA_UPDATES
                covered = level is not None and level <= allowed and _seen(reader, stamp.signed_revision) == latest
            else:
                covered = False
        except Exception:
            _log.debug("a document timestamp could not be checked", exc_info=True)
            found.append(DocumentTimestamp(None, "", intact=False))
            continue
        found.append(DocumentTimestamp(status.timestamp, name, intact=bool(status.intact and status.valid) and covered))
    return tuple(found)


def _added_after(status: Any) -> bool:
    """Something was written to the file after this signature (a later revision)."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # noqa: PLC0415 - see the note under the imports

    return bool(status.coverage is SignatureCoverageLevel.ENTIRE_REVISION)


def _integrity(status: Any, signature: Any, *, followed: bool, signed_later: bool) -> Integrity:
    """One signature's verdict.

    ``followed`` when what came after it left the form as it was (``_form_of``) and the file ends cleanly;
    ``signed_later`` when later signatures come after it: then form filling (their signing) may follow it,
    otherwise only validation data and document timestamps (pyHanko's "LTA updates").
    """
    from pyhanko.sign.diff_analysis import ModificationLevel  # noqa: PLC0415 - see the note under the imports
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # noqa: PLC0415 - see the note under the imports

    if not status.intact:
        return Integrity.MODIFIED
    if not status.valid:
        return Integrity.INVALID
    if not _canonical_signature(signature.pkcs7_content):
        return Integrity.MODIFIED
    if status.coverage is SignatureCoverageLevel.ENTIRE_FILE:
        # The signature's reserved space is not signed: ``_canonical_signature`` saw that only zeros pad it.
        return Integrity.INTACT
    if status.coverage is SignatureCoverageLevel.ENTIRE_REVISION:
        level = status.modification_level
        allowed = ModificationLevel.FORM_FILLING if signed_later else ModificationLevel.LTA_UPDATES
        excused = followed and level is not None and level <= allowed
        return Integrity.INTACT if excused and status.docmdp_ok is not False else Integrity.MODIFIED
    return Integrity.INVALID


@dataclass(frozen=True, slots=True)
class _Form:
    """A revision's form as a reader sees it: the field names, and each widget's page and box."""

    fields: frozenset[str]
    """Every field's full name (``Parent.Child``), signature or other."""
    widgets: tuple[tuple[int, str, tuple[float, ...]], ...]
    """Each widget annotation on a page: the page (from 0), its field's full name and its rectangle, sorted."""


_MAX_FORM_NODES = 100_000
"""Pages, fields and annotations walked before a form is called malformed (a schedule has a few hundred)."""


def _names_timestamp(value: Any) -> bool:
    """True when a signature field's value is a document timestamp: /Type /DocTimeStamp, SubFilter ETSI.RFC3161."""
    try:
        return bool(value["/Type"] == "/DocTimeStamp" and value["/SubFilter"] == "/ETSI.RFC3161")
    except (KeyError, TypeError, AttributeError):
        return False


def _zero_box(annotation: Any) -> bool:
    """True when a widget has no area a reader could draw in: a /Rect of one point (0 0 0 0)."""
    if "/Rect" not in annotation:
        return True
    x1, y1, x2, y2 = (float(value) for value in annotation["/Rect"])
    return x1 == x2 and y1 == y2


_Seen = tuple[_Form, tuple[tuple[str, str], ...], tuple[Any, ...] | None]
"""What a reader sees of a revision besides its pages' content: the form, the document information, the XMP."""

_WRITER_STAMPS = frozenset({"/ModDate", "/Producer"})
"""Document information every PDF writer updates when it appends a revision (a signature, a timestamp)."""
_XMP_WRITER_STAMPS = frozenset(
    {
        "{http://ns.adobe.com/xap/1.0/}ModifyDate",
        "{http://ns.adobe.com/xap/1.0/}MetadataDate",
        "{http://ns.adobe.com/pdf/1.3/}Producer",
        "{adobe:ns:meta/}xmptk",
    }
)
"""The same in the XMP metadata, as ElementTree names them."""


def _seen(reader: Any, revision: int | None) -> _Seen:
    """A revision's (None: the latest) form (``_form_of``), document information and XMP, bar writers' stamps.

    pyHanko lets a later revision change the document information and the XMP metadata freely (its "LTA
    updates"); a reader shows the title from them, and the planner's QR text is in the keywords, so after a
    signature only the modification date and the producer may change there.

    Raises:
        ValueError: the page tree or the field tree is malformed (a loop, too large).
    """
    resolver = reader if revision is None else reader.get_historical_resolver(revision)
    info = _info_as_of(reader, revision) or {}
    information = tuple(sorted((str(key), str(value)) for key, value in info.items() if key not in _WRITER_STAMPS))
    root = resolver.root
    if "/Metadata" not in root:
        return _form_of(root), information, ()
    return _form_of(root), information, _xmp_of(_as_of(reader, root.raw_get("/Metadata"), revision).data)


def _as_of(reader: Any, value: Any, revision: int | None) -> Any:
    """``value`` as the revision (None: the latest) has it.

    A historical trailer's /Info resolves to the latest one, and a historical resolver cannot read a
    stream's data: the reader reads both as of the revision.
    """
    from pyhanko.pdf_utils.generic import IndirectObject  # noqa: PLC0415 - see the note under the imports

    return reader.get_object(value.reference, revision=revision) if isinstance(value, IndirectObject) else value


def _info_as_of(reader: Any, revision: int | None) -> Any:
    """The document information as the revision (None: the latest) has it; None when it has none."""
    resolver = reader if revision is None else reader.get_historical_resolver(revision)
    trailer = resolver.trailer_view
    return _as_of(reader, trailer.raw_get("/Info"), revision) if "/Info" in trailer else None


def _xmp_of(data: bytes) -> tuple[Any, ...] | None:
    """The XMP packet as nested (tag, attributes, text, children), without writer stamps; None when unreadable."""
    from xml.etree import ElementTree  # noqa: PLC0415 - only verify reads XMP

    def node(element: Any) -> tuple[Any, ...]:
        attributes = tuple(sorted((k, v) for k, v in element.attrib.items() if k not in _XMP_WRITER_STAMPS))
        if element.tag in _XMP_WRITER_STAMPS:
            return (element.tag,)
        text = (element.text or "").strip()
        return element.tag, attributes, text, tuple(node(child) for child in element)

    try:
        return node(ElementTree.fromstring(data))  # noqa: S314 - expat refuses entity expansion bombs
    except (ElementTree.ParseError, ValueError):
        return None


def _form_of(root: Any) -> _Form:
    """The fields and widgets of one revision, from its document catalogue (latest or historical).

    An invisible document timestamp's field is left out: a signature field (/FT /Sig) whose value is a
    document timestamp and whose every widget, in the field tree and on the pages, is of zero size or
    absent. A signing application adds one after signing (PAdES-B-LTA); a reader sees nothing of it. A
    timestamp's field with a box anywhere stays in, so a visible field dressed as a timestamp is a change.

    Raises:
        ValueError: the page tree or the field tree is malformed (a loop, too large).
    """
    budget = [_MAX_FORM_NODES]

    def spend() -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise ValueError("form too large or looping")

    def full_name(node: Any) -> str:
        parts: list[str] = []
        for _ in range(64):
            spend()
            if "/T" in node:
                parts.append(str(node["/T"]))
            if "/Parent" not in node:
                return ".".join(reversed(parts))
            node = node["/Parent"]
        raise ValueError("field tree too deep")

    names: set[str] = set()
    stamps: set[str] = set()
    fields = list(root["/AcroForm"]["/Fields"]) if "/AcroForm" in root and "/Fields" in root["/AcroForm"] else []
    while fields:
        spend()
        node = fields.pop().get_object()
        if "/T" in node:
            names.add(full_name(node))
            if _invisible_timestamp(node):
                stamps.add(full_name(node))
        # pyHanko's dictionaries dereference in [] but not in .get(): an indirect /Kids must be followed.
        fields.extend(node["/Kids"] if "/Kids" in node else ())  # noqa: SIM401
    widgets: list[tuple[int, str, tuple[float, ...]]] = []
    pages, index = [root["/Pages"]], 0
    while pages:
        spend()
        node = pages.pop().get_object()
        if "/Kids" in node:
            pages.extend(reversed(list(node["/Kids"])))
            continue
        for reference in node["/Annots"] if "/Annots" in node else ():  # noqa: SIM401 - as /Kids above
            spend()
            annotation = reference.get_object()
            if "/Subtype" in annotation and annotation["/Subtype"] == "/Widget":
                x1, y1, x2, y2 = (float(value) for value in annotation["/Rect"])
                box = tuple(round(value, 2) for value in (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))
                widgets.append((index, full_name(annotation), box))
        index += 1
    # A timestamp's name with a widget of some size on a page is not invisible, however its field reads.
    stamps -= {name for _, name, box in widgets if box[0] != box[2] or box[1] != box[3]}
    kept = tuple(sorted(widget for widget in widgets if widget[1] not in stamps))
    return _Form(frozenset(names - stamps), kept)


def _invisible_timestamp(node: Any) -> bool:
    """A signature field holding a document timestamp, its own widget and its kids' of zero size or absent."""
    if "/FT" not in node or node["/FT"] != "/Sig" or "/V" not in node or not _names_timestamp(node["/V"]):
        return False
    kids = list(node["/Kids"]) if "/Kids" in node else []
    own = "/Subtype" not in node or node["/Subtype"] != "/Widget" or _zero_box(node)
    return own and all(_zero_box(kid.get_object()) for kid in kids)


def _trust(status: Any, signer: x509.Certificate) -> Trust:
    if status.trusted:
        return Trust.TRUSTED
    if _self_signed(signer):
        return Trust.SELF_SIGNED
    return Trust.UNVERIFIED


def _canonical_signature(contents: bytes) -> bool:
    """True when the CMS in ``/Contents`` is well formed throughout and says what a signature must say.

    ``/Contents`` is the one part of a signed file outside the signed bytes, and pyHanko reads it leniently:
    a changed length octet, a version or the SignedData's list of digest algorithms (none of them signed)
    still verified. The CMS is judged by what it means, not by its bytes, so a signer whose library writes
    BER (indefinite lengths) passes as one writing DER does: every element, however deep, must fill its
    parent exactly (a changed length octet breaks that); after the CMS only zeros may follow; the versions
    must be the ones RFC 5652 requires for what the structure holds; every digest algorithm listed must be
    a known one, without parameters other than NULL, and every signer's must be among them.
    """
    from asn1crypto import cms  # type: ignore[import-untyped]  # noqa: PLC0415 - see the note under the imports

    try:
        end = _element_end(contents)
        if end is None or any(contents[end:]):
            return False
        info = cms.ContentInfo.load(contents[:end])
        if info["content_type"].native != "signed_data":
            return False
        signed = info["content"]
        listed = [algorithm["algorithm"].native for algorithm in signed["digest_algorithms"]]
        known_digests = all(
            name in _DIGESTS and algorithm["parameters"].dump() in {b"", b"\x05\x00"}
            for name, algorithm in zip(listed, signed["digest_algorithms"], strict=True)
        )
        signers = list(signed["signer_infos"])
        return (
            known_digests
            and len(set(listed)) == len(listed)
            and bool(signers)
            and signed["encap_content_info"]["content_type"].native == "data"
            and signed["version"].native == _signed_data_version(signed)
            and all(_signer_info_as_expected(signer, listed) for signer in signers)
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return False


_DIGESTS = frozenset({"sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"})
"""The digest algorithms a PDF signature may name (asn1crypto's names)."""
_MAX_DEPTH = 64
"""How deep a CMS may nest before it is called malformed (a real one nests about 12 deep)."""


def _element_end(contents: bytes) -> int | None:
    """Where the BER or DER SEQUENCE at the start of ``contents`` ends; None when it is malformed at any depth.

    Every constructed element's children must fill it exactly, an end-of-contents marker may only close an
    indefinite length, and nothing may nest deeper than ``_MAX_DEPTH``. One pass over the bytes: a CMS
    carrying a large revocation list is walked as fast as a small one.
    """

    def element(position: int, limit: int, depth: int) -> int:
        """Where the element at ``position`` ends, inside ``limit``; ValueError when it is malformed."""
        if depth > _MAX_DEPTH or position + 2 > limit or contents[position] == 0:
            raise ValueError("malformed")
        first, position = contents[position], position + 1
        if first & 0x1F == 0x1F:  # a high tag number: base-128 digits, the last without its top bit
            while position < limit and contents[position] & 0x80:
                position += 1
            position += 1
        if position >= limit:
            raise ValueError("malformed")
        length, position = contents[position], position + 1
        constructed = bool(first & 0x20)
        if length == 0x80:  # indefinite (BER): children up to an end-of-contents marker
            while constructed and position + 2 <= limit:
                if contents[position : position + 2] == b"\0\0":
                    return position + 2
                position = element(position, limit, depth + 1)
            raise ValueError("malformed")
        if length & 0x80:
            count = length & 0x7F
            if count == 0x7F or position + count > limit:
                raise ValueError("malformed")
            length, position = int.from_bytes(contents[position : position + count], "big"), position + count
        end = position + length
        if end > limit:
            raise ValueError("malformed")
        while constructed and position < end:
            position = element(position, end, depth + 1)
        return end

    if not contents or contents[0] != 0x30:
        return None
    try:
        return element(0, len(contents), 0)
    except ValueError:
        return None


def _signed_data_version(signed: Any) -> str:
    """The SignedData version RFC 5652 (5.1) requires for what it holds."""
    from asn1crypto import core  # noqa: PLC0415 - see the note under the imports

    certificates = (
        [] if isinstance(signed["certificates"], core.Void) else [each.name for each in signed["certificates"]]
    )
    crls = [] if isinstance(signed["crls"], core.Void) else [each.name for each in signed["crls"]]
    if "other" in certificates or "other" in crls:
        return "v5"
    if "v2_attr_cert" in certificates:
        return "v4"
    signer_v3 = any(signer["version"].native == "v3" for signer in signed["signer_infos"])
    if "v1_attr_cert" in certificates or signer_v3 or signed["encap_content_info"]["content_type"].native != "data":
        return "v3"
    return "v1"


def _signer_info_as_expected(signer: Any, listed: Sequence[str]) -> bool:
    """A SignerInfo's version matches how it names its certificate, and its digest algorithm is listed."""
    expected = {"issuer_and_serial_number": "v1", "subject_key_identifier": "v3"}.get(signer["sid"].name)
    return (
        expected is not None
        and signer["version"].native == expected
        and signer["digest_algorithm"]["algorithm"].native in listed
        and signer["digest_algorithm"]["parameters"].dump() in {b"", b"\x05\x00"}
    )


def _verification_of(info: Any) -> VerificationText | None:
    """The verification text in the document information's keywords (the QR code's text); None when it has none."""
    try:
        return read_verification(_keywords(info))
    except (ValueError, KeyError, TypeError):
        return None


def _zone_of(verification: Verification) -> TimeZone | None:
    """The agency's zone as the QR code's "Waktu" line names it ("… pukul 09.30 WITA"), if it does."""
    words = verification.printed.get("Waktu", "").split()
    return zone_named(words[-1]) if words else None


def _matches(plan: Plan | None, content_hash: str | None) -> bool | None:
    if plan is None:
        return None
    return content_hash is not None and plan_fingerprint(plan) == content_hash


def report_lines(verification: Verification, plan_name: str = "") -> list[str]:
    """The verification as Indonesian lines for the command line; ``plan_name`` names the plan compared."""
    v = verification
    headline = {
        Integrity.INTACT: "UTUH — dokumen tidak berubah sejak ditandatangani",
        Integrity.MODIFIED: (
            "DIUBAH — ada yang ditambahkan ke berkas setelah ditandatangani"
            if v.added_after_signing
            else "DIUBAH — isi berkas tidak lagi sama dengan yang ditandatangani"
        ),
        Integrity.INVALID: "TIDAK SAH — tanda tangan tidak cocok atau tidak dapat dibaca",
        Integrity.DAMAGED: "RUSAK — berkas PDF tidak dapat dibaca untuk diperiksa",
        Integrity.UNSIGNED: "TIDAK BERTANDA TANGAN — PDF ini tidak memuat tanda tangan elektronik",
    }[v.integrity]
    lines = [f"Berkas         : {v.path.name}", f"Tanda tangan   : {headline}"]
    if v.signer_name or v.signer_organisation:
        holder = v.signer_name + (f" ({v.signer_organisation})" if v.signer_organisation else "")
        lines.append(f"Penanda tangan : {holder}")
    if v.signed_at is not None:
        lines.append(f"Waktu          : {format_moment(v.signed_at, _zone_of(v))}")
    if v.trust is not None:
        trust = {
            Trust.TRUSTED: "dipercaya (tervalidasi terhadap sertifikat akar yang diberikan)",
            Trust.SELF_SIGNED: "sertifikat internal / tidak terverifikasi — dibuat sendiri oleh pemegangnya, "
            "bukan sertifikat BSrE",
            Trust.UNVERIFIED: f"sertifikat internal / tidak terverifikasi — diterbitkan oleh {v.issuer_name}, "
            "yang tidak dapat diverifikasi di sini",
        }[v.trust]
        lines.append(f"Sertifikat     : {trust}")
        if v.trust_required and v.trust is not Trust.TRUSTED:
            lines.append(
                "                 TIDAK DIPERCAYA — rantai sertifikat penanda tangan tidak berujung pada sertifikat "
                "akar yang diberikan (--trust)"
            )
        if v.claims_bsre and v.trust is not Trust.TRUSTED:
            lines.append(
                "                 rantai sertifikatnya menyebut BSrE/BSSN; pastikan dengan sertifikat akar BSrE "
                "(--trust BERKAS.pem)"
            )
        lines.append(f"SHA-256        : {v.certificate_sha256}")
    for stamp in v.timestamps:
        when = format_moment(stamp.time, _zone_of(v)) if stamp.time is not None else "waktu tidak terbaca"
        state = "utuh" if stamp.intact else "diubah atau tidak sah"
        lines.append(f"Stempel waktu  : stempel waktu dokumen {when}, {stamp.authority or 'TSA tanpa nama'}, {state}")
    if v.signatures > 1:
        lines.append(f"Catatan        : berkas memuat {v.signatures} tanda tangan; semuanya diperiksa")
        lines.append(f"Semua penanda  : {'; '.join(name or '(tanpa nama)' for name in v.signers)}")
    if len(v.fields) > 1 or v.empty_fields:
        signed = len(v.fields) - len(v.empty_fields)
        lines.append(f"Kolom TTE      : {len(v.fields)} kolom tanda tangan, {signed} sudah ditandatangani")
        if v.empty_fields:
            lines.append(f"                 masih kosong: {', '.join(v.empty_fields)}")
    for label in ("Instansi", "Periode", "Ditandatangani"):
        if v.printed.get(label):
            lines.append(f"{label + ' (QR)':<15}: {v.printed[label]}")
    if v.document_id is not None:
        lines.append(f"ID dokumen     : {v.document_id}")
    if v.fingerprint is not None:
        lines.append(f"Sidik isi      : {v.fingerprint}")
    if v.content_matches is not None:
        name = f" {plan_name}" if plan_name else ""
        if v.content_matches:
            lines.append(f"Isi jadwal     : cocok dengan rencana{name}")
        elif v.fingerprint is None:
            lines.append("Isi jadwal     : tidak dapat dibandingkan — PDF ini tidak memuat sidik isi jadwal")
        else:
            lines.append(f"Isi jadwal     : BERBEDA dari rencana{name} — rencana diubah setelah jadwal ini dibuat")
    return lines
