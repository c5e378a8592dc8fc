"""Internal certificates: a self-made signing certificate and key in a password-protected .p12 file.

For agencies without a BSrE certificate. ``INTERNAL_CERTIFICATE_NOTE`` says in plain words what a
signature made with one proves and what it does not; the window and the command line show it
before the file is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.io.atomic import replacing

MIN_YEARS, MAX_YEARS, DEFAULT_YEARS = 2, 5, 3
"""How long an internal certificate is valid, in years."""
MIN_PASSWORD_LENGTH = 8
KEY_BITS = 2048
"""RSA key size: what every PDF reader (Adobe, poppler, browsers) verifies."""

INTERNAL_CERTIFICATE_NOTE = (
    "Sertifikat internal dibuat sendiri oleh instansi, bukan diterbitkan oleh Balai Sertifikasi Elektronik "
    "(BSrE) BSSN. Tanda tangan dengan sertifikat ini membuktikan bahwa berkas PDF tidak diubah sejak "
    "ditandatangani oleh pemegang berkas sertifikat dan kata sandinya. Tanda tangan ini BUKAN tanda tangan "
    "elektronik tersertifikasi yang diakui sebagai TTE BSrE: siapa pun dapat membuat sertifikat seperti ini "
    "dengan nama apa pun, jadi pembaca hanya dapat mempercayainya bila tahu sertifikat itu milik instansi Anda. "
    "Simpan berkas .p12 dan kata sandinya baik-baik; yang memegang keduanya dapat menandatangani atas nama Anda."
)
"""What an internal certificate proves and what it does not, in plain Indonesian."""


class CertificateCreationError(PlannerError):
    """An internal certificate that cannot be made as asked, and why."""


@dataclass(frozen=True, slots=True)
class InternalCertificate:
    """What was written: the file, whose certificate it is, and until when it is valid."""

    path: Path
    name: str
    agency: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str
    """The certificate's SHA-256 fingerprint, to tell readers which certificate is the agency's."""


def create_internal_certificate(
    path: Path,
    password: bytes,
    *,
    name: str,
    agency: str,
    title: str = "",
    years: int = DEFAULT_YEARS,
    now: dt.datetime | None = None,
    overwrite: bool = False,
) -> InternalCertificate:
    """Make a self-signed signing certificate and key and write them to ``path`` as a .p12 file.

    The file is written under a temporary name and renamed into place, readable only by its owner
    where the system allows. The password protects the file and is not kept anywhere.

    Args:
        path: The .p12 file to write.
        password: The password the user chose, at least ``MIN_PASSWORD_LENGTH`` characters.
        name: The signer's name, the certificate's common name.
        agency: The agency, the certificate's organisation.
        title: The signer's position, the certificate's title; may be empty.
        years: Validity, from ``MIN_YEARS`` to ``MAX_YEARS``.
        now: The start of validity; None is now.
        overwrite: Replace an existing file.

    Raises:
        CertificateCreationError: a missing name or agency, a short password, a validity out of
            range, an existing file, or a folder that cannot be written.
    """
    # cryptography costs 70 ms of import, paid only by the few who make a certificate.
    from cryptography import x509  # noqa: PLC0415 - see above
    from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415 - see above
    from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: PLC0415 - see above
    from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: PLC0415 - see above
    from cryptography.x509.oid import NameOID  # noqa: PLC0415 - see above

    problems = []
    if not name.strip():
        problems.append("nama penanda tangan belum diisi")
    if not agency.strip():
        problems.append("nama instansi belum diisi")
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"kata sandi terlalu pendek (paling sedikit {MIN_PASSWORD_LENGTH} karakter)")
    if not MIN_YEARS <= years <= MAX_YEARS:
        problems.append(f"masa berlaku harus {MIN_YEARS} sampai {MAX_YEARS} tahun, bukan {years}")
    if path.exists() and not overwrite:
        problems.append(f"{path} sudah ada dan tidak ditimpa")
    if problems:
        raise CertificateCreationError("Sertifikat internal tidak dapat dibuat: " + "; ".join(problems) + ".")

    start = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    # A few minutes of grace: a reader whose clock is slightly behind still sees it valid.
    not_before = start - dt.timedelta(minutes=5)
    not_after = _add_years(start, years)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency.strip()),
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
    ]
    if title.strip():
        attributes.append(x509.NameAttribute(NameOID.TITLE, title.strip()))
    subject = x509.Name(attributes)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"), key, certificate, None, serialization.BestAvailableEncryption(password)
    )
    # A private key: the file stays readable by its owner only.
    with replacing(path, private=True, failure=CertificateCreationError) as temporary:
        temporary.write_bytes(data)
    return InternalCertificate(
        path=path,
        name=name.strip(),
        agency=agency.strip(),
        not_before=not_before,
        not_after=not_after,
        sha256=certificate.fingerprint(hashes.SHA256()).hex(":").upper(),
    )


def _add_years(moment: dt.datetime, years: int) -> dt.datetime:
    """``moment`` ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)
