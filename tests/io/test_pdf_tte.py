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
from planner.io.pades import FIELD_NAME, Integrity, report_lines, verify_pdf, write_schedule_for_tte
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


def sign_field(path: Path, out: Path, p12: Path, field_name: str) -> None:
    """A unit head signing their own section's field in place, as Besign or Panter would."""
    signer = SimpleSigner.load_pkcs12(str(p12), passphrase=PASSWORD)  # type: ignore[no-untyped-call]
    assert signer is not None
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    output = io.BytesIO()
    PdfSigner(PdfSignatureMetadata(field_name=field_name), signer).sign_pdf(writer, output=output)
    out.write_bytes(output.getvalue())


def fields_of(path: Path) -> list[tuple[str, bool, int, tuple[float, ...]]]:
    """Each signature field: name, signed or not, page (from 0) and rectangle."""
    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        kids = reader.root["/Pages"]["/Kids"]
        pages = [kids.raw_get(index).idnum for index in range(len(kids))]  # reportlab writes one flat list
        found = []
        for name, value, reference in enumerate_sig_fields(reader):
            widget = reference.get_object()
            flags = int(widget["/F"])
            assert flags & 4, "PDF/A: the field's widget prints"
            assert not flags & (1 | 2 | 32 | 256), "PDF/A: never invisible, hidden or kept from view"
            page = pages.index(widget.raw_get("/P").idnum)
            found.append((name, value is not None, page, tuple(float(v) for v in widget["/Rect"])))
        return found


def test_per_unit_each_sections_signature_block_gets_its_own_empty_field(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = signed_plan()
    settings = PdfOptions(signing_date=SIGNED, now=NOW, per_unit=True)
    schedule = write_schedule_for_tte(path, plan, circular_of(plan), calendar_of(plan), settings)

    fields = fields_of(path)
    sections = [section for section, _ in schedule.signature_fields]
    assert sections[-1] == "Rekap seluruh instansi"
    assert len(fields) == len(sections) == 6, "five units and the agency recap"
    names = [name for name, *_ in fields]
    assert len(set(names)) == len(names), "unique names"
    assert names[0] == "TandaTanganElektronik_1_BiroPemerintahan"
    assert not any(signed for _, signed, _, _ in fields)
    for (_, _, page, rectangle), (section, box) in zip(fields, schedule.signature_fields, strict=True):
        assert page == box.page
        assert rectangle[2] - rectangle[0] > 150
        assert rectangle[3] - rectangle[1] > 60
        text = pdf_text(path, page + 1)
        assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in text, "the field sits on its signature block's page"
        assert section in text
    report = verify_pdf(path, plan)
    assert report.integrity is Integrity.UNSIGNED
    assert report.empty_fields == tuple(names)


def test_per_unit_fields_are_signed_one_after_another_and_verify_follows(tmp_path: Path) -> None:
    path, first, second = tmp_path / "jadwal.pdf", tmp_path / "ttd-1.pdf", tmp_path / "ttd-2.pdf"
    plan = signed_plan()
    write_schedule_for_tte(
        path, plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED, now=NOW, per_unit=True)
    )
    names = [name for name, *_ in fields_of(path)]
    head = self_signed_p12(tmp_path, holder="SITI AMINAH", file_name="kepala-biro.p12")
    secretary = self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="sekda.p12")

    sign_field(path, first, head, names[1])
    report = verify_pdf(first, plan)
    assert report.integrity is Integrity.INTACT
    assert report.content_matches is True
    assert report.signer_name == "SITI AMINAH"
    assert report.empty_fields == tuple(names[:1] + names[2:])
    assert [signed for _, signed, _, _ in fields_of(first)] == [False, True, False, False, False, False]

    sign_field(first, second, secretary, names[-1])
    report = verify_pdf(second, plan)
    assert report.integrity is Integrity.INTACT, "a later signature in another field changes nothing signed"
    assert report.signers == ("SITI AMINAH", "AHMAD FAUZAN HAKIM")
    assert report.signatures == 2
    assert len(report.empty_fields) == 4
    lines = "\n".join(report_lines(report))
    assert "6 kolom tanda tangan, 2 sudah ditandatangani" in lines
    assert names[0] in lines


def test_a_change_after_the_section_signatures_is_still_reported(tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic

    path, first, changed = tmp_path / "jadwal.pdf", tmp_path / "ttd-1.pdf", tmp_path / "diubah.pdf"
    plan = signed_plan()
    write_schedule_for_tte(
        path, plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED, now=NOW, per_unit=True)
    )
    names = [name for name, *_ in fields_of(path)]
    sign_field(path, first, self_signed_p12(tmp_path, holder="SITI AMINAH", file_name="a.p12"), names[0])
    writer = IncrementalPdfFileWriter(io.BytesIO(first.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Jadwal yang diubah")
    writer.update_container(info)
    with changed.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]

    report = verify_pdf(changed, plan)
    assert report.integrity is Integrity.MODIFIED
    assert not report.ok


def per_unit_signed_once(tmp_path: Path) -> tuple[Plan, list[str], Path]:
    """A per-unit schedule for BSrE's applications, its first section's field signed by the unit head."""
    path, first = tmp_path / "jadwal.pdf", tmp_path / "ttd-1.pdf"
    plan = signed_plan()
    write_schedule_for_tte(
        path, plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED, now=NOW, per_unit=True)
    )
    names = [name for name, *_ in fields_of(path)]
    sign_field(path, first, self_signed_p12(tmp_path, holder="SITI AMINAH", file_name="a.p12"), names[0])
    return plan, names, first


def add_field(path: Path, out: Path, name: str, box: tuple[int, int, int, int] | None) -> None:
    """A new signature field on page 1, visible in ``box`` or, without one, invisible."""
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    append_signature_field(writer, SigFieldSpec(name, on_page=0, box=box))
    with out.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]


def test_a_later_signature_in_a_new_visible_field_over_the_table_is_a_change(tmp_path: Path) -> None:
    """pyHanko calls a new signature field "form filling"; a box laid over page 1's table is not that."""
    from pyhanko.sign.fields import SigFieldSpec
    from pyhanko.stamp import TextStampStyle

    plan, _, first = per_unit_signed_once(tmp_path)
    signer = SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
        str(self_signed_p12(tmp_path, holder="ORANG LAIN", file_name="x.p12")), passphrase=PASSWORD
    )
    assert signer is not None
    writer = IncrementalPdfFileWriter(io.BytesIO(first.read_bytes()))
    style = TextStampStyle(stamp_text="SEMUA PEGAWAI WFO", background_opacity=1.0)
    output = io.BytesIO()
    PdfSigner(
        PdfSignatureMetadata(field_name="Tambahan"),
        signer,
        stamp_style=style,
        new_field_spec=SigFieldSpec("Tambahan", on_page=0, box=(40, 200, 800, 500)),
    ).sign_pdf(writer, output=output)
    shadowed = tmp_path / "tertimpa.pdf"
    shadowed.write_bytes(output.getvalue())

    report = verify_pdf(shadowed, plan)

    assert report.signers == ("SITI AMINAH", "ORANG LAIN")
    assert report.integrity is Integrity.MODIFIED, "the first signature did not sign a box over its table"
    assert report.added_after_signing
    assert not report.ok
    assert "DIUBAH — ada yang ditambahkan ke berkas setelah ditandatangani" in "\n".join(report_lines(report))


def test_a_field_added_or_moved_after_a_signature_then_an_old_field_signed_is_a_change(tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic

    plan, names, first = per_unit_signed_once(tmp_path)
    added, invisible, moved = tmp_path / "tambah.pdf", tmp_path / "tak-tampak.pdf", tmp_path / "geser.pdf"
    add_field(first, added, "Tambahan", (40, 200, 800, 500))
    add_field(first, invisible, "Tambahan", None)
    writer = IncrementalPdfFileWriter(io.BytesIO(first.read_bytes()))
    for name, _, reference in enumerate_sig_fields(writer):
        if name == names[-1]:
            widget = reference.get_object()
            widget[generic.NameObject("/Rect")] = generic.ArrayObject(
                [generic.FloatObject(value) for value in (40, 200, 800, 500)]  # type: ignore[no-untyped-call]
            )
            writer.update_container(widget)
    with moved.open("wb") as stream:
        writer.write(stream)  # type: ignore[no-untyped-call]
    secretary = self_signed_p12(tmp_path, holder="AHMAD FAUZAN HAKIM", file_name="b.p12")

    for changed in (added, invisible, moved):
        signed = tmp_path / f"ttd-{changed.name}"
        sign_field(changed, signed, secretary, names[-1])
        report = verify_pdf(signed, plan)
        assert report.signatures == 2, changed.name
        assert report.integrity is Integrity.MODIFIED, changed.name
        assert report.added_after_signing, changed.name
        assert not report.ok


def test_every_section_signed_in_its_own_field_stays_intact(tmp_path: Path) -> None:
    plan, names, first = per_unit_signed_once(tmp_path)
    current = first
    for index, name in enumerate(names[1:], start=2):
        signed = tmp_path / f"ttd-{index}.pdf"
        sign_field(current, signed, self_signed_p12(tmp_path, holder=f"KEPALA {index}", file_name=f"{index}.p12"), name)
        current = signed

    report = verify_pdf(current, plan)

    assert report.signatures == len(names) == 6
    assert report.integrity is Integrity.INTACT
    assert not report.added_after_signing
    assert report.empty_fields == ()
    assert report.ok
