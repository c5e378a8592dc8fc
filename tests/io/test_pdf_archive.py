"""The schedule as an archive copy (PDF/A-2b), read back with pyHanko's reader, qpdf and poppler.

veraPDF (a Java application) is not available here: these tests check the markers PDF/A asks
for that a reader can see, not the whole standard.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils.reader import PdfFileReader

from planner.domain.plan import Plan
from planner.domain.time_zone import TimeZone, zone_of_place
from planner.io.schedule import PdfOptions, write_schedule_pdf
from tests.io.test_pdf_schedule import SIGNED, calendar_of, circular_of, demo, ntb_profile, with_error

NOW = dt.datetime(2024, 4, 15, 1, 30, tzinfo=dt.UTC)
"""09.30 WITA in Mataram."""


def write(path: Path, plan: Plan, **options: Any) -> None:
    settings = PdfOptions(signing_date=SIGNED, now=NOW, **options)
    write_schedule_pdf(path, plan, circular_of(plan), calendar_of(plan), settings)


def xmp_of(path: Path) -> str:
    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        return bytes(reader.root["/Metadata"].get_object().data).decode("utf-8")


def test_the_schedule_claims_pdf_a_2b_with_matching_metadata(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    xmp = xmp_of(path)
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "<rdf:li>id-ID</rdf:li>" in xmp
    assert "<rdf:li>SEKRETARIAT DAERAH</rdf:li>" in xmp, "the author is the agency"
    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        info = reader.trailer["/Info"].get_object()
        root = reader.root
        assert str(root["/Lang"]) == "id-ID"
        assert "/Filter" not in root["/Metadata"].get_object(), "the metadata stays uncompressed"
        for key, tag in (("/Title", "dc:title"), ("/Subject", "dc:description"), ("/Keywords", "pdf:Keywords")):
            value = info[key]
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            assert f">{escape(text)}<" in xmp, (key, tag)
        assert f"<pdf:Producer>{info['/Producer']}</pdf:Producer>" in xmp
        assert f"<xmp:CreatorTool>{info['/Creator']}</xmp:CreatorTool>" in xmp


def test_the_dates_are_real_and_in_the_agencys_time_zone(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())  # Mataram, NTB: WITA

    xmp = xmp_of(path)
    assert "<xmp:CreateDate>2024-04-15T09:30:00+08:00</xmp:CreateDate>" in xmp
    assert "<xmp:ModifyDate>2024-04-15T09:30:00+08:00</xmp:ModifyDate>" in xmp
    raw = subprocess.run(["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"CreationDate:\s+2024-04-15T09:30:00\+08", raw), raw
    assert re.search(r"ModDate:\s+2024-04-15T09:30:00\+08", raw), raw


def test_a_chosen_time_zone_wins_over_the_province(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo(dataclasses.replace(ntb_profile(), time_zone="WIB")))

    assert "<xmp:CreateDate>2024-04-15T08:30:00+07:00</xmp:CreateDate>" in xmp_of(path)


def test_the_same_plan_and_clock_write_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write(first, demo())
    write(second, demo())

    assert first.read_bytes() == second.read_bytes()


def test_there_is_an_srgb_output_intent(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    with path.open("rb") as stream:
        intents = PdfFileReader(stream).root["/OutputIntents"]
        assert len(intents) == 1
        intent = intents[0].get_object()
        assert str(intent["/S"]) == "/GTS_PDFA1"
        profile = intent["/DestOutputProfile"].get_object()
        assert int(profile["/N"]) == 3
        data = bytes(profile.data)
    assert data[36:40] == b"acsp", "an ICC profile"
    assert data[16:20] == b"RGB "
    assert data[12:16] == b"mntr"
    assert data[8] <= 4, "PDF/A-2 takes ICC profiles up to version 4"


def test_every_font_is_embedded_and_nothing_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, with_error(demo()), draft=True)  # the draft mark too

    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), fonts
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert (
        "Encrypted:       no"
        in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    )


def test_the_time_zone_follows_the_province() -> None:
    assert zone_of_place("PEMERINTAH PROVINSI NUSA TENGGARA BARAT") is TimeZone.WITA
    assert zone_of_place("PEMERINTAH PROVINSI PAPUA BARAT DAYA") is TimeZone.WIT
    assert zone_of_place("PEMERINTAH KABUPATEN SORONG") is TimeZone.WIT
    assert zone_of_place("Jalan Diponegoro 22, Bandung") is TimeZone.WIB
    assert zone_of_place("PEMERINTAH PROVINSI KALIMANTAN BARAT") is TimeZone.WIB
    assert zone_of_place("PEMERINTAH PROVINSI KALIMANTAN TIMUR") is TimeZone.WITA
    assert zone_of_place("SEKRETARIAT DAERAH") is None
    assert ntb_profile().zone is TimeZone.WITA
    assert dataclasses.replace(ntb_profile(), letterhead=(), address="", city="").zone is TimeZone.WIB


def test_a_signed_copy_keeps_the_info_and_the_xmp_in_step(tmp_path: Path) -> None:
    """pyHanko writes its own producer and a UTC date; the planner's writer keeps both records equal."""
    from planner.io.pades import open_certificate, write_signed_schedule
    from tests.signing_certificates import PASSWORD, self_signed_p12, signed_plan

    plan = signed_plan()
    path = tmp_path / "ttd.pdf"
    certificate = open_certificate(self_signed_p12(tmp_path), PASSWORD)
    write_signed_schedule(
        path, plan, circular_of(plan), calendar_of(plan), PdfOptions(now=NOW), certificate=certificate
    )

    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        info = reader.trailer["/Info"].get_object()
        xmp = bytes(reader.root["/Metadata"].get_object().data).decode("utf-8")
        producer, modified = str(info["/Producer"]), str(info["/ModDate"])
    assert f"<pdf:Producer>{escape(producer)}</pdf:Producer>" in xmp
    assert "pyHanko" in producer
    assert modified.endswith("+08'00'"), "the agency's zone, as the creation date"
    stamp = re.search(r"<xmp:ModifyDate>(.*?)</xmp:ModifyDate>", xmp)
    assert stamp
    assert stamp[1].endswith("+08:00")
    assert stamp[1].replace("-", "").replace("T", "").replace(":", "")[:14] == modified[2:16]


def test_a_whole_year_and_a_single_day_print(tmp_path: Path) -> None:
    year = demo(first=dt.date(2024, 1, 1), last=dt.date(2024, 12, 31))
    day = demo(first=dt.date(2024, 4, 16), last=dt.date(2024, 4, 16))

    write(tmp_path / "tahun.pdf", year, draft=True)
    write(tmp_path / "hari.pdf", day)

    assert (
        "(bagian 1 dari"
        in subprocess.run(
            ["pdftotext", str(tmp_path / "tahun.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert (
        "16 April 2024"
        in subprocess.run(
            ["pdftotext", str(tmp_path / "hari.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
