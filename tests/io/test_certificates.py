"""Internal certificates: made, protected by the user's password, valid for the years asked, plainly explained."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from planner.io.certificates import (
    INTERNAL_CERTIFICATE_NOTE,
    CertificateCreationError,
    create_internal_certificate,
)
from planner.io.pades import WrongPassword, open_certificate

PASSWORD = b"kata-sandi-kuat"
START = dt.datetime(2024, 4, 1, 8, 0, tzinfo=dt.UTC)


def test_the_certificate_opens_with_its_password_and_names_the_signer_and_agency(tmp_path: Path) -> None:
    path = tmp_path / "sekda.p12"

    made = create_internal_certificate(
        path, PASSWORD, name="Dr. H. Ahmad Fauzan", agency="Setda Provinsi NTB", title="Sekretaris Daerah", years=3
    )

    key, certificate, others = pkcs12.load_key_and_certificates(path.read_bytes(), PASSWORD)
    assert key is not None
    assert certificate is not None
    assert others == []
    assert certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Dr. H. Ahmad Fauzan"
    assert certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "Setda Provinsi NTB"
    assert certificate.subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "Sekretaris Daerah"
    assert certificate.issuer == certificate.subject
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature
    assert usage.content_commitment
    opened = open_certificate(path, PASSWORD)
    assert opened.self_signed
    assert not opened.is_bsre
    assert made.sha256 == opened.sha256
    with pytest.raises(WrongPassword):
        open_certificate(path, b"bukan-sandinya")


@pytest.mark.parametrize("years", [2, 3, 5])
def test_it_is_valid_for_the_years_asked(tmp_path: Path, years: int) -> None:
    path = tmp_path / "sertifikat.p12"

    made = create_internal_certificate(path, PASSWORD, name="A", agency="B", years=years, now=START)

    certificate = pkcs12.load_key_and_certificates(path.read_bytes(), PASSWORD)[1]
    assert certificate is not None
    assert certificate.not_valid_before_utc <= START
    assert certificate.not_valid_after_utc == START.replace(year=START.year + years) == made.not_after


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"years": 1}, "masa berlaku harus 2 sampai 5 tahun"),
        ({"years": 6}, "masa berlaku harus 2 sampai 5 tahun"),
        ({"name": " "}, "nama penanda tangan belum diisi"),
        ({"agency": ""}, "nama instansi belum diisi"),
        ({"password": b"pendek"}, "kata sandi terlalu pendek"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(tmp_path: Path, changes: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"name": "A", "agency": "B", "years": 3, "password": PASSWORD, **changes}
    password = arguments.pop("password")
    assert isinstance(password, bytes)

    with pytest.raises(CertificateCreationError, match=message):
        create_internal_certificate(tmp_path / "x.p12", password, **arguments)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_not_overwritten_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "ada.p12"
    path.write_bytes(b"milik orang lain")

    with pytest.raises(CertificateCreationError, match="sudah ada"):
        create_internal_certificate(path, PASSWORD, name="A", agency="B")
    assert path.read_bytes() == b"milik orang lain"
    create_internal_certificate(path, PASSWORD, name="A", agency="B", overwrite=True)
    assert open_certificate(path, PASSWORD).common_name == "A"


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps permissions in ACLs, not mode bits")
def test_the_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "sertifikat.p12"
    create_internal_certificate(path, PASSWORD, name="A", agency="B")
    assert path.stat().st_mode & 0o077 == 0


def test_the_note_says_what_it_proves_and_what_it_does_not() -> None:
    note = INTERNAL_CERTIFICATE_NOTE
    assert "tidak diubah sejak ditandatangani" in note
    assert "BUKAN tanda tangan elektronik tersertifikasi" in note
    assert "siapa pun dapat membuat sertifikat seperti ini" in note
