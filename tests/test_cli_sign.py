"""``python -m planner pdf --sign``, ``verify`` and ``certificate new``, run as a user runs them."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from planner.domain.fingerprint import plan_fingerprint
from planner.domain.nip import Nip
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile, read_signoffs
from tests import cli
from tests.signing_certificates import PASSWORD, SIGNER_NAME, bsre_chain, expired_p12, flip_byte, pdfsig, signed_plan

VARIABLE = "JADWAL_CERT_PASSWORD"


def planner(*args: str | Path, password: bytes | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != VARIABLE}
    if password is not None:
        env[VARIABLE] = password.decode()
    return cli.planner(*args, env=env, stdin=subprocess.DEVNULL)


def plan_file(folder: Path) -> Path:
    path = folder / "rencana.jadwal"
    PlanFile.create(path, signed_plan())
    return path


def certificate(folder: Path) -> Path:
    path = folder / "sekda.p12"
    result = planner(
        "certificate", "new", "-o", path, "--name", SIGNER_NAME, "--agency", "Setda NTB", "--title", "Sekretaris Daerah"
    )
    assert result.returncode == 0, result.stderr
    return path


def test_certificate_new_writes_a_p12_and_explains_what_it_proves(tmp_path: Path) -> None:
    path = tmp_path / "sekda.p12"

    result = planner("certificate", "new", "-o", path, "--name", SIGNER_NAME, "--agency", "Setda NTB", "--years", "2")

    assert result.returncode == 0, result.stderr
    assert path.exists()
    assert "BUKAN tanda tangan elektronik tersertifikasi" in " ".join(result.stdout.split())
    assert "berlaku sampai" in result.stdout
    assert PASSWORD.decode() not in result.stdout + result.stderr
    again = planner("certificate", "new", "-o", path, "--name", "X", "--agency", "Y")
    assert again.returncode == 2
    assert "sudah ada" in again.stderr
    too_long = planner("certificate", "new", "-o", tmp_path / "b.p12", "--name", "X", "--agency", "Y", "--years", "9")
    assert too_long.returncode == 2
    assert "masa berlaku harus 2 sampai 5 tahun" in too_long.stderr
    assert not (tmp_path / "b.p12").exists()


def test_pdf_sign_writes_a_valid_signature_and_records_the_signoff(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"

    result = planner("pdf", plan_path, "-o", out, "--sign", p12, "--date", "2024-04-15")

    assert result.returncode == 0, result.stderr
    assert "sertifikat internal, bukan BSrE" in result.stdout
    assert "Signature Validation: Signature is Valid." in pdfsig(out)
    signoffs = read_signoffs(plan_path)
    assert len(signoffs) == 1
    assert signoffs[0].signer == SIGNER_NAME
    assert signoffs[0].fingerprint == plan_fingerprint(PlanFile.open(plan_path)[1])
    assert PASSWORD.decode() not in result.stdout + result.stderr


def test_verify_reports_an_intact_signature_with_exit_0_and_a_changed_plan_with_exit_1(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"
    assert planner("pdf", plan_path, "-o", out, "--sign", p12).returncode == 0

    intact = planner("verify", out, "--plan", plan_path, password=None)
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "UTUH" in intact.stdout
    assert SIGNER_NAME in intact.stdout
    assert "sertifikat internal / tidak terverifikasi" in intact.stdout
    assert "cocok dengan rencana rencana.jadwal" in intact.stdout

    file, plan = PlanFile.open(plan_path)
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 17))], Status.CT))
    file.save(plan)
    changed = planner("verify", out, "--plan", plan_path, password=None)
    assert changed.returncode == 1
    assert "BERBEDA dari rencana" in changed.stdout


def test_verify_says_modified_with_exit_1_after_one_byte_changes(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"
    assert planner("pdf", plan_path, "-o", out, "--sign", p12).returncode == 0
    changed = flip_byte(out, out.stat().st_size // 2, tmp_path / "diubah.pdf")

    result = planner("verify", changed, password=None)

    assert result.returncode == 1
    assert "DIUBAH" in result.stdout


def test_verify_of_what_is_not_a_pdf_is_bad_input(tmp_path: Path) -> None:
    plan_path = plan_file(tmp_path)

    result = planner("verify", plan_path, password=None)

    assert result.returncode == 2
    assert "bukan berkas PDF" in result.stderr


def test_a_wrong_password_an_expired_certificate_or_no_password_write_nothing(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"
    before = plan_path.read_bytes()

    wrong = planner("pdf", plan_path, "-o", out, "--sign", p12, password=b"tebakan-salah")
    expired = planner("pdf", plan_path, "-o", out, "--sign", expired_p12(tmp_path))
    missing = planner("pdf", plan_path, "-o", out, "--sign", p12, password=None)
    not_p12 = planner("pdf", plan_path, "-o", out, "--sign", plan_path)

    assert (wrong.returncode, expired.returncode, missing.returncode, not_p12.returncode) == (2, 2, 2, 2)
    assert "kata sandi sertifikat sekda.p12 salah" in wrong.stderr
    assert "tebakan-salah" not in wrong.stdout + wrong.stderr
    assert "kedaluwarsa" in expired.stderr
    assert VARIABLE in missing.stderr
    assert "bukan berkas sertifikat PKCS#12" in not_p12.stderr
    assert not out.exists()
    assert plan_path.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kedaluwarsa.p12", "rencana.jadwal", "sekda.p12"]


def test_a_draft_is_not_signed(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    file, plan = PlanFile.open(plan_path)
    plan.apply(plan.edits_to([(Nip("199206202019062037"), dt.date(2024, 4, 16))], Status.WFH))
    file.save(plan)

    refused = planner("pdf", plan_path, "-o", tmp_path / "a.pdf", "--sign", p12)
    draft = planner("pdf", plan_path, "-o", tmp_path / "b.pdf", "--sign", p12, "--draft")

    assert refused.returncode == 1
    assert "Ditolak" in refused.stderr
    assert draft.returncode == 2
    assert "draf tidak dapat ditandatangani" in draft.stderr
    assert not (tmp_path / "a.pdf").exists()
    assert not (tmp_path / "b.pdf").exists()
    assert read_signoffs(plan_path) == []


def test_a_certificate_in_another_name_is_refused_unless_allowed(tmp_path: Path) -> None:
    plan_path = plan_file(tmp_path)
    other = tmp_path / "staf.p12"
    made = planner("certificate", "new", "-o", other, "--name", "Baiq Nelly Yuniarti", "--agency", "Setda NTB")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "jadwal.pdf"

    refused = planner("pdf", plan_path, "-o", out, "--sign", other)

    assert refused.returncode == 1
    assert "sertifikat atas nama Baiq Nelly Yuniarti" in refused.stderr
    assert "--allow-other-signer" in refused.stderr
    assert not out.exists()
    assert read_signoffs(plan_path) == []
    allowed = planner("pdf", plan_path, "-o", out, "--sign", other, "--allow-other-signer")
    assert allowed.returncode == 0, allowed.stderr


def test_verify_trust_fails_unless_the_chain_leads_to_the_root(tmp_path: Path) -> None:
    """A copy signed with another (self-made) certificate is intact, but not by the trusted root: exit 1."""
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"
    assert planner("pdf", plan_path, "-o", out, "--sign", p12).returncode == 0
    root, _, _ = bsre_chain()
    root_file = tmp_path / "akar.pem"
    root_file.write_bytes(root.public_bytes(serialization.Encoding.PEM))

    plain = planner("verify", out, password=None)
    trusted = planner("verify", out, "--trust", root_file, password=None)

    assert plain.returncode == 0, plain.stdout
    assert trusted.returncode == 1, trusted.stdout
    assert "TIDAK DIPERCAYA" in trusted.stdout
    assert "UTUH" in trusted.stdout, "intact all the same"


def test_verify_shows_the_signing_time_in_the_agencys_zone(tmp_path: Path) -> None:
    plan_path, p12 = plan_file(tmp_path), certificate(tmp_path)
    out = tmp_path / "jadwal.pdf"
    assert planner("pdf", plan_path, "-o", out, "--sign", p12).returncode == 0

    result = planner("verify", out, password=None)

    assert re.search(r"Waktu\s+: .* pukul \d\d\.\d\d WITA", result.stdout), result.stdout
    assert "Instansi (QR)" in result.stdout
    assert "UTC" not in result.stdout


def test_pdf_for_tte_then_signed_elsewhere_verifies_against_the_plan(tmp_path: Path) -> None:
    from tests.io.test_pdf_tte import sign_elsewhere
    from tests.signing_certificates import self_signed_p12

    plan_path = plan_file(tmp_path)
    out, signed = tmp_path / "jadwal.pdf", tmp_path / "ttd.pdf"

    prepared = planner("pdf", plan_path, "-o", out, "--for-tte", password=None)
    assert prepared.returncode == 0, prepared.stderr
    assert "Besign, Panter atau SRIKANDI" in prepared.stdout
    assert read_signoffs(plan_path) == [], "nothing is signed yet: no sign-off"
    sign_elsewhere(out, signed, self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="lain.p12"))

    result = planner("verify", signed, "--plan", plan_path, password=None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "UTUH" in result.stdout
    assert "AHMAD FAUZAN HAKIM" in result.stdout
    assert "cocok dengan rencana" in result.stdout
    both = planner("pdf", plan_path, "-o", tmp_path / "x.pdf", "--for-tte", "--sign", tmp_path / "lain.p12")
    assert both.returncode == 2
