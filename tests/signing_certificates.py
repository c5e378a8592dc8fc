"""Certificates for the signing tests, made with cryptography: self-signed, expired, and fake "BSrE" chains."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from planner.domain.plan import AgencyProfile, Plan, Signatory
from planner.io.demo import demo_plan
from planner.resources import demo_folder

PASSWORD = b"sandi-uji-123"
NOW = dt.datetime.now(dt.UTC)
SIGNER_NAME = "Dr. H. Ahmad Fauzan Hakim, S.H., M.H."
SIGNER_ORGANISATION = "Sekretariat Daerah Provinsi Nusa Tenggara Barat"
BSSN = "Badan Siber dan Sandi Negara"


@cache
def key(label: str) -> rsa.RSAPrivateKey:
    """One RSA key per label, made once per test run (key generation is the slow part)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def certificate(
    subject: x509.Name,
    subject_key: rsa.RSAPrivateKey,
    *,
    issuer: x509.Name | None = None,
    issuer_key: rsa.RSAPrivateKey | None = None,
    ca: bool = False,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> x509.Certificate:
    """A certificate of ``subject``, self-signed unless an issuer is given."""
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer or subject)
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - dt.timedelta(days=1))
        .not_valid_after(not_after or NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(issuer_key or subject_key, hashes.SHA256())
    )


def write_p12(
    path: Path,
    signer_key: rsa.RSAPrivateKey,
    signer: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
    password: bytes = PASSWORD,
) -> Path:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"uji", signer_key, signer, list(chain) or None, serialization.BestAvailableEncryption(password)
        )
    )
    return path


def self_signed_p12(
    folder: Path,
    *,
    organisation: str = SIGNER_ORGANISATION,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    file_name: str = "internal.p12",
    holder: str = SIGNER_NAME,
) -> Path:
    """An internal certificate, as an agency without BSrE would make."""
    subject = name(holder, organisation)
    signer = certificate(subject, key("signer"), not_before=not_before, not_after=not_after)
    return write_p12(folder / file_name, key("signer"), signer)


def expired_p12(folder: Path) -> Path:
    return self_signed_p12(
        folder,
        not_before=NOW - dt.timedelta(days=800),
        not_after=NOW - dt.timedelta(days=35),
        file_name="kedaluwarsa.p12",
    )


def bsre_chain(*, ca_organisation: str = BSSN) -> tuple[x509.Certificate, x509.Certificate, x509.Certificate]:
    """Root, intermediate CA (its subject's O is ``ca_organisation``) and the signer's certificate."""
    root_name = name("Root CA Indonesia", "Kementerian Komunikasi dan Digital")
    root = certificate(root_name, key("root"), ca=True, not_after=NOW + dt.timedelta(days=3650))
    ca_name = name("Balai Sertifikasi Elektronik", ca_organisation)
    intermediate = certificate(
        ca_name, key("bsre"), issuer=root_name, issuer_key=key("root"), ca=True, not_after=NOW + dt.timedelta(days=1800)
    )
    signer = certificate(name(SIGNER_NAME, SIGNER_ORGANISATION), key("signer"), issuer=ca_name, issuer_key=key("bsre"))
    return root, intermediate, signer


def bsre_p12(folder: Path) -> tuple[Path, x509.Certificate]:
    """A .p12 whose chain runs through a CA of "Badan Siber dan Sandi Negara", and the chain's root."""
    root, intermediate, signer = bsre_chain()
    return write_p12(folder / "bsre.p12", key("signer"), signer, [intermediate, root]), root


def borrowed_name_p12(folder: Path) -> Path:
    """A certificate that says BSrE issued it, with a CA certificate of that name but another key."""
    _, intermediate, _ = bsre_chain()
    signer = certificate(
        name(SIGNER_NAME, SIGNER_ORGANISATION),
        key("signer"),
        issuer=intermediate.subject,
        issuer_key=key("impostor"),
    )
    return write_p12(folder / "nama-pinjaman.p12", key("signer"), signer, [intermediate])


def ntb_profile() -> AgencyProfile:
    return AgencyProfile(
        letterhead=("PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "SEKRETARIAT DAERAH"),
        address="Jalan Pejanggik Nomor 12, Mataram 83121",
        city="Mataram",
        signatory=Signatory(
            title="Sekretaris Daerah",
            name=SIGNER_NAME,
            rank="Pembina Utama Madya (IV/d)",
            nip="197203151998031004",
            authority="a.n. Gubernur Nusa Tenggara Barat",
        ),
        acknowledger=Signatory(
            title="Kepala Biro Umum",
            name="Baiq Nelly Yuniarti, S.H., M.H.",
            rank="Pembina Tingkat I (IV/b)",
            nip="198609262015052001",
        ),
    )


@cache
def _demo() -> Plan:
    return demo_plan(demo_folder())


def signed_plan() -> Plan:
    """A fresh copy of the demo plan with a realistic signatory."""
    return _demo().rebuilt(profile=ntb_profile())


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def flip_byte(path: Path, position: int, target: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    target.write_bytes(bytes(data))
    return target
