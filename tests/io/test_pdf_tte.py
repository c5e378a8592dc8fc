"""``pdf --for-tte``: the schedule left for BSrE's applications, filled here by pyHanko as the stand-in signer."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner

from planner.domain.plan import Plan
from planner.domain.status import Status
from planner.io.pades import FIELD_NAME, Integrity, verify_pdf, write_schedule_for_tte
from planner.io.schedule import BSRE_FOOTER, INTERNAL_FOOTER, PdfOptions
from tests.io.test_pdf_schedule import SIGNED, calendar_of, circular_of, pdf_text
from tests.signing_certificates import PASSWORD, self_signed_p12, signed_plan

NOW = dt.datetime(2024, 4, 15, 2, 0, tzinfo=dt.UTC)


def prepare(path: Path, plan: Plan) -> None:
    settings = PdfOptions(signing_date=SIGNED, now=NOW)
    write_schedule_for_tte(path, plan, circular_of(plan), calendar_of(plan), settings)


def sign_elsewhere(path: Path, out: Path, p12: Path) -> None:
    """What Besign or Panter does, as far as the file is concerned: sign the empty field in place."""
    signer = SimpleSigner.load_pkcs12(str(p12), passphrase=PASSWORD)  # type: ignore[no-untyped-call]
    assert signer is not None
    with path.open("rb") as stream:
        writer = IncrementalPdfFileWriter(io.BytesIO(stream.read()))
    output = io.BytesIO()
    PdfSigner(PdfSignatureMetadata(field_name=FIELD_NAME), signer).sign_pdf(writer, output=output)
    out.write_bytes(output.getvalue())


def test_the_file_has_one_empty_field_in_the_signature_block_and_no_planner_stamp(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = signed_plan()
    prepare(path, plan)

    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        fields = list(enumerate_sig_fields(reader))
        assert [(name, value) for name, value, _ in fields] == [(FIELD_NAME, None)], "one field, not signed"
        widget = fields[0][2].get_object()
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        assert x2 - x1 > 150, "room for a visible signature"
        assert y2 - y1 > 60
        assert "/AP" in widget, "an appearance, as PDF/A asks of every annotation"
        assert "/Metadata" in reader.root
    text = pdf_text(path)
    assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in text
    assert BSRE_FOOTER[:40] not in " ".join(text.split())
    assert INTERNAL_FOOTER[:40] not in " ".join(text.split())
    report = verify_pdf(path, plan)
    assert report.integrity is Integrity.UNSIGNED
    assert report.content_matches is True


def test_signed_by_another_application_verify_checks_integrity_content_and_names_the_signer(tmp_path: Path) -> None:
    path, signed = tmp_path / "jadwal.pdf", tmp_path / "ttd-besign.pdf"
    plan = signed_plan()
    prepare(path, plan)

    sign_elsewhere(path, signed, self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="bsre.p12"))

    report = verify_pdf(signed, plan)
    assert report.integrity is Integrity.INTACT
    assert report.content_matches is True
    assert report.signer_name == "AHMAD FAUZAN HAKIM", "the signer as the certificate says"
    assert report.ok
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 17))], Status.CT))
    assert verify_pdf(signed, plan).content_matches is False
