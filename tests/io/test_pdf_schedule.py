"""The printed schedule, read back as a reader (pdftotext, pdffonts, pdfinfo, pdftoppm) would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from PIL import Image

from planner.domain.calendar import WorkCalendar, indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Nip, format_nip
from planner.domain.plan import AgencyProfile, Plan, Signatory
from planner.domain.roster import Roster
from planner.domain.status import BLANK, Status
from planner.domain.validation import Validator
from planner.io.demo import demo_plan
from planner.io.schedule import (
    DRAFT_MARK,
    MIN_FONT_SIZE,
    MM,
    PRINT_FILLS,
    Attachment,
    Paper,
    PdfOptions,
    Schedule,
    ScheduleRefused,
    Text,
    layout_schedule,
    write_schedule_pdf,
)
from planner.resources import demo_folder
from tests.factories import builtin_catalog

SIGNED = dt.date(2024, 4, 15)
NOW = dt.datetime(2024, 4, 15, 3, 0, tzinfo=dt.UTC)
SIGNER_NIP = "197203151998031004"
PUBLIC_SERVICE_NIP = Nip("199206202019062037")
"""Rahmawati, Biro Pengadaan Barang dan Jasa: direct public service, WFO 100 % under SE 1/2024."""


def png(path: Path, size: tuple[int, int] = (200, 240)) -> Path:
    Image.new("RGB", size, (20, 90, 160)).save(path)
    return path


def ntb_profile(logo: Path | None = None) -> AgencyProfile:
    return AgencyProfile(
        letterhead=("PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "SEKRETARIAT DAERAH"),
        address="Jalan Pejanggik Nomor 12, Mataram 83121",
        phone="(0370) 625000",
        email="setda@ntbprov.go.id",
        website="setda.ntbprov.go.id",
        city="Mataram",
        logo=str(logo) if logo else "",
        signatory=Signatory(
            title="Sekretaris Daerah",
            name="Dr. H. Ahmad Fauzan Hakim, S.H., M.H.",
            rank="Pembina Utama Madya (IV/d)",
            nip=SIGNER_NIP,
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


def demo(profile: AgencyProfile | None = None, **changes: object) -> Plan:
    """A fresh copy of the demo plan (it is mutable), with the NTB profile unless told otherwise."""
    return _demo().rebuilt(profile=profile or ntb_profile(), **changes)  # type: ignore[arg-type]


def with_error(plan: Plan) -> Plan:
    """The plan with one error: a public-service officer working from home on 16 April."""
    plan.apply(plan.edits_to([(PUBLIC_SERVICE_NIP, dt.date(2024, 4, 16))], Status.WFH))
    return plan


def circular_of(plan: Plan) -> Circular:
    return builtin_catalog().get(plan.circular_id)


def calendar_of(plan: Plan) -> WorkCalendar:
    return indonesian_calendar(plan.first, plan.last)


def write(path: Path, plan: Plan, **options: object) -> int:
    """Write the plan's schedule; returns the page count."""
    settings = PdfOptions(signing_date=SIGNED, **options)  # type: ignore[arg-type]
    return write_schedule_pdf(path, plan, circular_of(plan), calendar_of(plan), settings).page_count


def pdf_text(path: Path, page: int | None = None, *, layout: bool = True) -> str:
    """The text of the PDF (or one page); ``layout`` keeps table rows on lines, else each cell's lines follow."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-layout"] if layout else []
    result = subprocess.run(["pdftotext", *mode, *pages, str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def pdf_info(path: Path) -> dict[str, str]:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip() for key, _, value in (line.partition(":") for line in result.stdout.splitlines())
    }


def page_size(path: Path) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert match, pdf_info(path)
    return float(match[1]), float(match[2])


# ---- paper and pages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        (Paper.F4, True, (935.4, 609.4)),
        (Paper.F4, False, (609.4, 935.4)),
        (Paper.F4_210, True, (935.4, 595.3)),
        (Paper.A4, True, (841.9, 595.3)),
        (Paper.A4, False, (595.3, 841.9)),
    ],
)
def test_the_page_has_the_paper_size_asked_for(
    tmp_path: Path, paper: Paper, landscape: bool, size: tuple[float, float]
) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo(), paper=paper, landscape=landscape)

    assert page_size(path) == pytest.approx(size, abs=0.1)


def test_the_demo_plan_prints_on_two_f4_pages_with_the_header_on_each(tmp_path: Path) -> None:
    """38 staff in six units, with a "Mengetahui" block: two pages (four, then three, before the compact layout)."""
    path = tmp_path / "jadwal.pdf"

    pages = write(path, demo())

    assert pages == 2
    assert pdf_info(path)["Pages"] == "2"
    for page in range(1, 3):
        text = pdf_text(path, page)
        assert re.search(r"No\s+Nama\s+NIP\s+Jabatan\s+Pangkat/Gol\.", text), f"page {page} lacks the table header"
        assert f"Halaman {page} dari 2" in text
        assert re.search(r"ID dokumen [0-9A-F]{4}-[0-9A-F]{4}", text)
    assert "(lanjutan)" in pdf_text(path, 2), "a unit that continues on the next page repeats its heading"


def test_about_twenty_staff_of_one_unit_fit_on_one_f4_page(tmp_path: Path) -> None:
    """Letterhead, table, recap, legend, three duties and the signature on one F4 landscape page."""
    full = demo(dataclasses.replace(ntb_profile(), acknowledger=None))
    unit = full.roster.staff[0].unit
    staff = [dataclasses.replace(member, unit=unit) for member in full.roster.staff[:20]]
    plan = full.rebuilt(roster=Roster(full.roster.units.values(), staff))
    path = tmp_path / "jadwal.pdf"

    assert write(path, plan, draft=True) == 1

    text = pdf_text(path)
    assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in text
    assert "Rekap seluruh instansi" in text
    assert text.count("WFH / WFO / tidak hadir") == 1, "one quota group: only the agency's recap"


DKI_34 = "sekda-dki-34-2023"
TEN_DAYS = (dt.date(2023, 8, 28), dt.date(2023, 9, 8))
"""Ten working days under SE Sekda DKI 34/2023, whose quotas count over each unit: every unit has its recap."""


def office_plan(staff: int, units: int, *, logo: Path | None = None, acknowledger: bool = False) -> Plan:
    """The demo's first ``staff`` people in its first ``units`` units, ten working days, a third of them WFH twice."""
    profile = ntb_profile(logo)
    full = demo(profile if acknowledger else dataclasses.replace(profile, acknowledger=None))
    unit_ids = list(dict.fromkeys(member.unit for member in full.roster.staff))[:units]
    members = [
        dataclasses.replace(member, unit=unit_ids[index * units // staff])
        for index, member in enumerate(full.roster.staff[:staff])
    ]
    plan = full.rebuilt(
        roster=Roster(full.roster.units.values(), members),
        circular_id=CircularId(DKI_34),
        first=TEN_DAYS[0],
        last=TEN_DAYS[1],
    )
    working = [day for day in plan.days if day.weekday() < 5]
    assert len(working) == 10
    remote = {Category.ADMINISTRASI, Category.DUKUNGAN_PIMPINAN}
    for index, member in enumerate(members):
        if index % 3 == 0 and plan.roster.category_of(member) in remote:
            cells = [(member.nip, working[index % 10]), (member.nip, working[(index + 3) % 10])]
            plan.apply(plan.edits_to(cells, Status.WFH))
    return plan


def four_obligations(plan: Plan) -> Circular:
    circular = circular_of(plan)
    assert len(circular.obligations) >= 4
    return dataclasses.replace(circular, obligations=circular.obligations[:4])


def write_with(path: Path, plan: Plan, circular: Circular, **options: object) -> Schedule:
    settings = PdfOptions(signing_date=SIGNED, now=NOW, **options)  # type: ignore[arg-type]
    return write_schedule_pdf(path, plan, circular, calendar_of(plan), settings)


def body_texts(schedule: Schedule, page: int) -> list[Text]:
    """The page's texts without the footer (document id, title, page number)."""
    footer = schedule.height - 7 * MM
    return [text for text in schedule.page(page).texts if text.y < footer - 1.0]


@pytest.mark.parametrize("draft", [False, True])
def test_twenty_staff_in_three_units_over_ten_days_fit_one_f4_landscape_page(tmp_path: Path, draft: bool) -> None:
    """Letterhead with its logo, a recap per unit and the agency's, legend, four duties and the signature."""
    plan = office_plan(20, 3, logo=png(tmp_path / "logo.png"))
    path = tmp_path / "jadwal.pdf"

    schedule = write_with(path, plan, four_obligations(plan), draft=draft)

    assert schedule.page_count == 1
    assert pdf_info(path)["Pages"] == "1"
    flat = " ".join(pdf_text(path, layout=False).split())
    for unit in ("Rekap Biro Pemerintahan", "Rekap Biro Hukum", "Rekap Biro Administrasi Pimpinan"):
        assert unit in flat
    assert "Rekap seluruh instansi" in flat
    assert "20 pegawai" in flat
    assert "Keterangan:" in flat
    assert "4. Pegawai yang WFH melakukan presensi" in flat
    assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in flat
    assert all(member.name in flat for member in plan.roster.staff)
    texts = body_texts(schedule, 0)
    assert min(text.size for text in texts) >= MIN_FONT_SIZE, "nothing is printed below 7 pt to make it fit"
    lowest = max(text.y for text in texts)
    assert lowest < schedule.height - 10 * MM, "the body stays clear of the footer"


def test_nine_staff_fit_one_page_in_the_roomier_type(tmp_path: Path) -> None:
    plan = office_plan(9, 2)
    schedule = write_with(tmp_path / "jadwal.pdf", plan, four_obligations(plan))

    assert schedule.page_count == 1
    sizes = {text.size for text in body_texts(schedule, 0) if text.text.startswith("Biro")}
    assert sizes == {8.0}, "one page without the compact layout: the table keeps its 7.5 pt type"


def test_a_mengetahui_block_may_take_a_second_page(tmp_path: Path) -> None:
    plan = office_plan(20, 3, acknowledger=True)
    assert write_with(tmp_path / "jadwal.pdf", plan, four_obligations(plan)).page_count == 2


def test_a_bigger_schedule_breaks_with_the_table_and_unit_headings_repeated(tmp_path: Path) -> None:
    """38 staff over five units and ten days: more than a page, every page with the header, units continued."""
    plan = office_plan(38, 5)
    path = tmp_path / "jadwal.pdf"

    schedule = write_with(path, plan, four_obligations(plan))

    assert schedule.page_count >= 2
    continued = 0
    for page in range(1, schedule.page_count + 1):
        text = pdf_text(path, page)
        assert re.search(r"No\s+Nama\s+NIP\s+Jabatan\s+Pangkat/Gol\.", text), f"page {page} lacks the table header"
        continued += text.count("(lanjutan)")
        assert min(t.size for t in body_texts(schedule, page - 1)) >= MIN_FONT_SIZE
    assert continued >= 1, "a unit that continues on the next page repeats its heading"


def test_an_empty_rank_column_is_left_out() -> None:
    full = demo()
    staff = [dataclasses.replace(member, rank="") for member in full.roster.staff]
    plan = full.rebuilt(roster=Roster(full.roster.units.values(), staff))
    schedule = layout_schedule(plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED))

    texts = {text.text for text in schedule.page(0).texts}
    assert "Jabatan" in texts
    assert "Pangkat/Gol." not in texts


def test_a_public_service_officer_is_grouped_after_her_units_administrators(tmp_path: Path) -> None:
    """In the demo Lina Marliana (public service) sits in a leadership-support unit: her row and recap come last."""
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    flat = " ".join(pdf_text(path, layout=False).split())
    officer = flat.index("Lina Marliana")
    recap = flat.index("Pelayanan publik langsung, 1 pegawai")
    assert "(pelayanan publik langsung)" in flat[officer : officer + 120]
    assert officer < recap
    assert "Rekap seluruh instansi" in flat[recap:]


def test_names_nips_positions_and_ranks_are_printed(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = demo()
    write(path, plan)

    text = pdf_text(path)
    flat = " ".join(text.split())
    for member in plan.roster.staff:
        assert member.name.split(",")[0] in flat
        assert format_nip(member.nip) in text
    assert "19710313 199901 1 001" in text
    assert "Kepala Biro Pemerintahan" in text
    assert "Pembina Utama Muda (IV/c)" in text


def test_agency_totals_match_the_cells(tmp_path: Path) -> None:
    """The "Rekap seluruh instansi" rows count each day's cells; a blank working-day cell is WFO."""
    path = tmp_path / "jadwal.pdf"
    plan = demo()
    write(path, plan)
    calendar = calendar_of(plan)
    columns = [c for c, day in enumerate(plan.days) if calendar.is_working(day)]
    remote, office, absent = [], [], []
    for column in columns:
        statuses = [plan.status(row, column) for row in range(len(plan.roster.staff))]
        remote.append(sum(1 for s in statuses if s in (Status.WFH, Status.WFA)))
        office.append(sum(1 for s in statuses if s in (None, Status.WFO)))
        absent.append(len(statuses) - remote[-1] - office[-1])
    assert remote[:2] == [9, 8], "the demo plan changed: 9 and 8 staff work from home on 16 and 17 April"

    agency = pdf_text(path).split("Rekap seluruh instansi")[1]
    counts = re.search(r"WFH / WFO / tidak hadir\s+(.*)", agency)
    assert counts
    triples = [[int(n) for n in cell.split("/")] for cell in counts[1].split()]
    assert [t[0] for t in triples] == remote
    assert [t[1] for t in triples] == office
    assert [t[2] for t in triples] == absent
    percent = re.search(r"% WFH\s+(.*)", agency)
    assert percent
    assert percent[1].split()[:2] == ["23,7", "21,1"]  # 9 of 38 and 8 of 38


def test_group_totals_show_the_limit_of_the_circular(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    flat = " ".join(pdf_text(path, layout=False).split())

    assert "Rekap Biro Pemerintahan Administrasi pemerintahan, 8 pegawai" in flat
    limit = "Administrasi pemerintahan, Dukungan pimpinan: WFH paling banyak 50 % (16–17 April 2024)"
    assert flat.count(limit) == 1, "said once, for both categories under the same limit"
    assert "37,5" in flat  # 3 of 8 in Biro Pemerintahan on 16 April


def test_every_font_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo(ntb_profile(png(tmp_path / "logo.png"))), signature_image=str(png(tmp_path / "ttd.png")))

    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)

    fonts = result.stdout.splitlines()[2:]
    assert len(fonts) >= 2, result.stdout
    for line in fonts:
        assert "LiberationSans" in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def test_the_letterhead_the_basis_and_the_signature_blocks_read_as_a_naskah_dinas(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    attachment = Attachment("SURAT EDARAN SEKRETARIS DAERAH", "800/123/BU/2024", SIGNED, "Jadwal Kerja")
    write(path, demo(ntb_profile(png(tmp_path / "logo.png"))), attachment=attachment)

    first = pdf_text(path, 1)
    last = pdf_text(path, int(pdf_info(path)["Pages"]))

    assert "PEMERINTAH PROVINSI NUSA TENGGARA BARAT" in first
    assert "Pos-el setda@ntbprov.go.id" in first
    assert "LAMPIRAN SURAT EDARAN SEKRETARIS DAERAH" in first
    assert re.search(r"NOMOR\s+: 800/123/BU/2024", first)
    assert re.search(r"TANGGAL\s+: 15 April 2024", first)
    assert "JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)" in first
    assert "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024 tentang Penyesuaian Sistem Kerja" in first
    assert "16–26 April 2024" in first
    assert "PEMERINTAH PROVINSI" not in pdf_text(path, 2), "the letterhead is for the first page only"
    assert "Mataram, 15 April 2024" in last
    assert "a.n. Gubernur Nusa Tenggara Barat" in last
    assert "Sekretaris Daerah," in last
    assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in last
    assert "NIP. 19720315 199803 1 004" in last
    assert "Mengetahui," in last
    assert "Kepala Biro Umum," in last
    assert "Pimpinan instansi dapat menetapkan persentase WFH" in last
    assert "15 April 2024 (Cuti Bersama" in " ".join(last.split()), "the day left out is named"


def test_remote_cells_print_darker_than_office_cells_in_black_and_white(tmp_path: Path) -> None:
    """On a mono laser printer a WFH cell must still stand out from a WFO cell, not only by its code."""
    plan = demo()
    path = tmp_path / "jadwal.pdf"
    write(path, plan)
    schedule = layout_schedule(plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED))
    page = schedule.page(0)
    remote = next(box for box in page.boxes if box.fill == PRINT_FILLS[Status.WFH])
    office = next(text for text in page.texts if text.text == "WFO" and text.y > remote.y)
    subprocess.run(["pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.pgm")))

    def grey(x: float, y: float) -> int:
        value = image.getpixel((round(x), round(y)))
        assert isinstance(value, float | int)
        return int(value)

    remote_grey = grey(remote.x + 2, remote.y + 2)
    office_grey = grey(office.x - 3, office.y - 9)
    assert office_grey > 245
    assert office_grey - remote_grey > 30, (office_grey, remote_grey)
    assert PRINT_FILLS[Status.WFO] is None


# ---- column blocks, repeated headers, the signature kept with the rows ---------------------------


def test_a_wide_range_splits_into_column_blocks_never_below_7_pt(tmp_path: Path) -> None:
    plan = demo(first=dt.date(2024, 4, 1), last=dt.date(2024, 5, 30))
    path = tmp_path / "jadwal.pdf"
    pages = write(path, plan)

    text = pdf_text(path)
    assert "Tanggal 1 April – 2 Mei 2024 (bagian 1 dari 2)" in text
    assert "(bagian 2 dari 2)" in text
    assert text.count("Drs. H. Lalu Ahmad Zaini") == 2, "the name columns repeat in every block"
    schedule = layout_schedule(plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED))
    sizes = {text.size for index in range(schedule.page_count) for text in schedule.page(index).texts}
    assert min(sizes) >= MIN_FONT_SIZE
    assert schedule.page_count == pages
    for page in range(1, pages + 1):
        assert "Pangkat/Gol." in pdf_text(path, page)


def test_days_off_get_no_column(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    header = pdf_text(path, 1)

    assert "16/04" in header
    assert "15/04" not in header  # cuti bersama
    assert "20/04" not in header  # Saturday
    assert "Sabtu" not in header


@pytest.mark.parametrize("staff", range(14, 39, 2))
def test_the_signature_never_stands_alone_on_a_page(staff: int) -> None:
    """Whatever the number of rows, the signer shares a page with the last staff row and the agency totals."""
    full = demo()
    plan = full.rebuilt(roster=_first_staff(full, staff))
    schedule = layout_schedule(plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED))
    names = {member.name for member in plan.roster.staff}

    pages = [{text.text for text in schedule.page(index).texts} for index in range(schedule.page_count)]
    signed = [texts for texts in pages if "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in texts]

    assert len(signed) == 1
    assert "Rekap seluruh instansi" in signed[0]
    assert names & signed[0], "at least one staff row beside the signature"


def _first_staff(plan: Plan, count: int) -> Roster:
    roster = plan.roster
    return Roster(roster.units.values(), roster.staff[:count])


def test_each_unit_starts_a_new_page_numbered_from_one(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = demo()
    pages = write(path, plan, per_unit=True)

    tops = {plan.roster.units[plan.roster.ancestor_at(m.unit, 0)].name for m in plan.roster.staff}
    starts = {}
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        for name in tops:
            if f"Unit kerja: {name}" in text:
                starts[name] = page
    assert len(starts) == len(tops)
    assert len(set(starts.values())) == len(tops), "two units start on the same page"
    hukum = pdf_text(path, starts["Biro Hukum"])
    assert "Lalu Ahmad Zaini" not in hukum
    assert re.search(r"^\s*1\s+Dr\. Hj\. Siti Aminah", hukum, re.MULTILINE), "numbering restarts in each section"


def test_each_unit_has_its_signature_and_the_agency_recap_its_own_page(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = demo()
    pages = write(path, plan, per_unit=True)

    texts = [pdf_text(path, page) for page in range(1, pages + 1)]
    sections = [text for text in texts if "Unit kerja: " in text]
    assert len(sections) == 5
    assert all("Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in text for text in sections), "a signature per section"
    assert all("Rekap seluruh instansi" not in text for text in sections)
    last = texts[-1]
    assert "Rekap seluruh instansi" in last
    assert "Unit kerja: " not in last
    assert "Pimpinan instansi dapat menetapkan persentase WFH" in last
    assert "Dr. H. Ahmad Fauzan Hakim, S.H., M.H." in last


# ---- draft, refusal, bad input -------------------------------------------------------------------


def test_a_plan_with_errors_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    plan = with_error(demo())

    with pytest.raises(ScheduleRefused) as refused:
        write(path, plan)

    assert refused.value.errors == 1
    message = str(refused.value)
    assert "belum sesuai ketentuan: 1 kesalahan" in message
    assert "Rahmawati" in message
    assert "draf" in message
    assert list(tmp_path.iterdir()) == []


def test_a_draft_prints_the_mark_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    pages = write(path, with_error(demo()), draft=True)

    for page in range(1, pages + 1):
        assert DRAFT_MARK in pdf_text(path, page)


def test_a_clean_plan_carries_no_draft_mark(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    write(path, demo())

    assert "DRAF" not in pdf_text(path)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda tmp: {"profile": dataclasses.replace(ntb_profile(), logo=str(tmp / "hilang.png"))},
            "logo tidak ditemukan",
        ),
        (lambda tmp: {"profile": dataclasses.replace(ntb_profile(), logo=str(_not_an_image(tmp)))}, "bukan gambar"),
        (
            lambda tmp: {"profile": dataclasses.replace(ntb_profile(), signatory=Signatory())},
            "nama dan jabatan penanda",
        ),
        (
            lambda tmp: {"profile": dataclasses.replace(ntb_profile(), signatory=Signatory(name="Dr. H. Ahmad"))},
            "jabatan penanda tangan belum diisi",
        ),
        (lambda tmp: {"first": dt.date(2024, 4, 20), "last": dt.date(2024, 4, 21)}, "tidak memuat satu pun hari kerja"),
    ],
)
def test_bad_input_says_what_to_fix_and_leaves_the_old_file(
    tmp_path: Path, change: Callable[[Path], dict[str, object]], expected: str
) -> None:
    path = tmp_path / "jadwal.pdf"
    path.write_bytes(b"old")
    changes = change(tmp_path)
    plan = demo(changes.pop("profile", None), **changes)  # type: ignore[arg-type]

    with pytest.raises(PlannerError, match=expected):
        write(path, plan)

    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")) == ["jadwal.pdf"]


def _not_an_image(folder: Path) -> Path:
    path = folder / "logo.png"
    path.write_text("bukan gambar", encoding="utf-8")
    return path


def test_an_unreadable_signature_image_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="gambar tanda tangan tidak ditemukan"):
        write(tmp_path / "jadwal.pdf", demo(), signature_image=str(tmp_path / "ttd.png"))


def test_a_failure_while_writing_leaves_no_half_written_file(tmp_path: Path) -> None:
    """A progress callback that raises (the window's Batal) stops the writing half way."""
    path = tmp_path / "jadwal.pdf"
    path.write_bytes(b"old")
    plan = demo()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_schedule_pdf(path, plan, circular_of(plan), calendar_of(plan), PdfOptions(), progress=progress)

    assert calls
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["jadwal.pdf"]


def test_progress_runs_up_to_its_total(tmp_path: Path) -> None:
    plan = demo()
    calls: list[tuple[int, int]] = []

    write_schedule_pdf(
        tmp_path / "jadwal.pdf",
        plan,
        circular_of(plan),
        calendar_of(plan),
        PdfOptions(),
        progress=lambda done, total: calls.append((done, total)),
    )

    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len({total for _, total in calls}) == 1


def test_the_document_id_follows_the_plan_content(tmp_path: Path) -> None:
    first, again, changed = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    write(first, demo())
    write(again, demo())
    plan = demo()
    nip = plan.roster.staff[0].nip
    plan.apply(plan.edits_to([(nip, dt.date(2024, 4, 22))], Status.CT))
    write(changed, plan)

    def identifier(path: Path) -> str:
        match = re.search(r"ID dokumen (\S+)", pdf_text(path, 1))
        assert match
        return match[1]

    assert identifier(first) == identifier(again)
    assert identifier(first) != identifier(changed)


def test_blank_working_day_cells_print_as_wfo() -> None:
    plan = demo()
    validator = Validator(plan, circular_of(plan), calendar_of(plan))
    column = plan.column_of(dt.date(2024, 4, 22))
    assert plan.rows()[0][column] == BLANK
    assert validator.is_working(0, column)
    schedule = layout_schedule(plan, circular_of(plan), calendar_of(plan), PdfOptions(signing_date=SIGNED))

    codes = [text.text for text in schedule.page(0).texts if text.text in {s.code for s in Status}]

    assert codes.count("WFO") > 60


def test_a_very_long_name_without_spaces_prints_in_a_few_lines(tmp_path: Path) -> None:
    """A 5,000-letter name (a pasted blob) is cut into the name column and ends in an ellipsis, in linear time."""
    full = demo()
    first = full.roster.staff[0]
    blob = dataclasses.replace(first, name="A" * 5_000, position="B" * 5_000)
    plan = full.rebuilt(roster=Roster(full.roster.units.values(), [blob, *full.roster.staff[1:]]))
    path = tmp_path / "jadwal.pdf"

    write(path, plan)

    text = pdf_text(path, 1, layout=False)
    lines = [line for line in text.splitlines() if line.startswith("AAAA")]
    assert 1 <= len(lines) <= 4
    assert lines[-1].endswith("…")


def test_control_characters_in_names_print_as_spaces(tmp_path: Path) -> None:
    full = demo()
    first = full.roster.staff[0]
    odd = dataclasses.replace(first, name="Siti\x00Aminah\tPutri\x1b")
    plan = full.rebuilt(roster=Roster(full.roster.units.values(), [odd, *full.roster.staff[1:]]))
    path = tmp_path / "jadwal.pdf"

    write(path, plan)

    assert "Siti Aminah Putri" in pdf_text(path, layout=False)


def test_non_asn_staff_the_policy_leaves_out_are_not_in_the_printed_headcounts(tmp_path: Path) -> None:
    """A honorer in Biro Hukum: the unit's recap still says 8 staff, the agency's says "+1 non-ASN tidak dihitung"."""
    from planner.domain.nip import new_internal_number
    from planner.domain.roster import StaffMember

    plan = demo()
    hukum = next(member for member in plan.roster.staff if plan.roster.units[member.unit].name == "Biro Hukum")
    honorer = StaffMember(new_internal_number(), "Budi Honorer", hukum.unit, position="Pengemudi", non_asn=True)
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), [*plan.roster.staff, honorer]))
    path = tmp_path / "jadwal.pdf"
    write(path, plan, draft=True)
    text = pdf_text(path)
    assert "Budi Honorer" in text
    assert "Administrasi pemerintahan, 8 pegawai" in text
    assert ", 9 pegawai" not in text  # Biro Hukum's eight, not nine
    assert "38 pegawai (+1 non-ASN tidak dihitung)" in text
