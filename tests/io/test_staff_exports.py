"""Staff lists as SIASN, BKN and SIMPEG export them, and layouts nobody listed that follow the same sense."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Employment, Nip, is_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Unit, UnitId
from planner.domain.status import Status
from planner.io.sheet_table import StaffImportError, read_table
from planner.io.staff_import import (
    Field,
    StaffChange,
    detect_layout,
    non_asn_member,
    plan_from_staff,
    read_staff,
    replace_staff,
    update_staff,
)
from tests.factories import make_nip
from tests.io.staff_exports import SIASN_COLUMNS, code, convert, siasn_row, soffice, write_xlsx

TODAY = dt.date(2024, 4, 1)
A, B, C, D = make_nip(1), make_nip(2), make_nip(3, gender=2), make_nip(4)

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def siasn_list(path: Path) -> Path:
    return write_xlsx(
        path,
        SIASN_COLUMNS,
        [
            siasn_row(A, "Ahmad Fauzan", before="Dr. H.", after="M.Si.", rank=("III/a", "IV/a")),
            siasn_row(B, "Siti Aminah", after="S.H.", unit="Subbagian Keuangan"),
            siasn_row(C, "Rina", position="Pengadministrasi Umum", work_unit="Dinas Kesehatan", unit="Seksi Gizi"),
            siasn_row("", "Budi Santoso", position="Pengemudi", kind="PPNPN"),
            siasn_row("", "Joko", position="Petugas Kebersihan", kind="PNS"),
        ],
    )


def test_the_full_siasn_export_is_read_by_the_names_people_read(tmp_path: Path) -> None:
    staff = read_staff(siasn_list(tmp_path / "siasn.xlsx"), today=TODAY)

    layout = staff.layout
    chosen = {layout.titles[column]: field for column, field in enumerate(layout.fields) if field is not Field.IGNORE}
    assert chosen == {
        "NIP BARU": Field.NIP,
        "NAMA": Field.NAME,
        "GELAR DEPAN": Field.TITLE_BEFORE,
        "GELAR BELAKANG": Field.TITLE_AFTER,
        "JENIS PEGAWAI NAMA": Field.EMPLOYMENT_TYPE,
        "GOL AKHIR NAMA": Field.RANK,
        "JABATAN NAMA": Field.POSITION,
        "UNOR NAMA": Field.UNIT,
        "SATUAN KERJA INDUK NAMA": Field.UNIT,
        "SATUAN KERJA KERJA NAMA": Field.UNIT,
    }
    first, second, third = staff.rows
    assert first.name == "Dr. H. Ahmad Fauzan, M.Si."
    assert second.name == "Siti Aminah, S.H."
    assert (first.rank, first.position) == ("IV/a", "Analis Kebijakan Ahli Muda")
    assert first.unit_path == ("Sekretariat Daerah", "Dinas Pendidikan", "Subbagian Tata Usaha")
    assert third.unit_path == ("Sekretariat Daerah", "Dinas Kesehatan", "Seksi Gizi")
    (non_asn,) = staff.non_asn
    assert (non_asn.row, non_asn.name, non_asn.kind, non_asn.position) == (5, "Budi Santoso", "PPNPN", "Pengemudi")
    (problem,) = staff.problems
    assert (problem.row, problem.column, problem.left_out) == (6, "NIP BARU (B)", True)
    assert "NIP kosong" in problem.message
    assert "'PNS' bukan non-ASN" in problem.message
    unit = Unit(UnitId("u"), "Subbagian Tata Usaha", Category.ADMINISTRASI)
    number = Nip("NA-00000000000000A1")
    member = non_asn_member(non_asn, number, unit)
    assert (member.nip, member.name, member.unit, member.position, member.category, member.non_asn) == (
        number,
        "Budi Santoso",
        "u",
        "Pengemudi",
        None,
        True,
    )


def test_simpeg_with_the_old_nip_beside_the_new_takes_the_18_digit_one(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "simpeg.xlsx",
        ["NO", "NIP", "NIP_BARU", "NAMA_PEGAWAI", "GOL_RUANG", "JABATAN", "UNIT_KERJA"],
        [
            [1, "010203041", A, "Ahmad", "III/c", "Analis", "Bagian Umum"],
            [2, "010203042", B, "Siti", "III/b", "Arsiparis", "Bagian Umum"],
        ],
    )

    staff = read_staff(path, today=TODAY)

    assert staff.problems == ()
    assert [row.nip for row in staff.rows] == [A, B]
    assert staff.layout.fields[1:3] == (Field.IGNORE, Field.NIP)


def test_bkn_unit_levels_give_the_smallest_unit_under_its_parents(tmp_path: Path) -> None:
    """Columns in any order: the level number in the name says which is the parent."""
    path = write_xlsx(
        tmp_path / "bkn.xlsx",
        ["NIP", "Nama", "UNOR (3)", "UNOR (1)", "UNOR (2)", "Golongan"],
        [
            [A, "Ahmad", "Subbagian Umum", "Sekretariat Daerah", "Biro Umum", "III/c"],
            [B, "Siti", "Subbagian Protokol", "Sekretariat Daerah", "Biro Umum", "III/b"],
            [C, "Rina", "Seksi Data", "Sekretariat Daerah", "Biro Organisasi", "III/a"],
        ],
    )

    staff = read_staff(path, today=TODAY)

    assert [row.unit_path for row in staff.rows] == [
        ("Sekretariat Daerah", "Biro Umum", "Subbagian Umum"),
        ("Sekretariat Daerah", "Biro Umum", "Subbagian Protokol"),
        ("Sekretariat Daerah", "Biro Organisasi", "Seksi Data"),
    ]


def test_a_bkn_dashboard_never_takes_an_identifier_for_the_position(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "dashboard.xlsx",
        ["Nip", "Nama", "Jabatan Fungsional Id", "Jabatan Fungsional", "Unit Organisasi", "Golongan"],
        [
            [A, "Ahmad", code("j1"), "Analis Kepegawaian Ahli Muda", "Bagian Kepegawaian", "III/d"],
            [B, "Siti", code("j2"), "Arsiparis Terampil", "Bagian Umum", "II/c"],
        ],
    )

    staff = read_staff(path, today=TODAY)

    assert [row.position for row in staff.rows] == ["Analis Kepegawaian Ahli Muda", "Arsiparis Terampil"]


def test_an_invented_layout_with_the_same_sense_comes_out_right(tmp_path: Path) -> None:
    """No name here is in any list: a NIP column called "Nomor Pegawai", codes under "jabatanId" and "Kode Unit",
    ranks before and now, units with "Induk" and "Sub"."""
    path = write_xlsx(
        tmp_path / "simpeg-daerah.xlsx",
        [
            "Pegawai ID",
            "Nomor Pegawai",
            "Nama Lengkap",
            "Pangkat CPNS",
            "Pangkat Sekarang",
            "jabatanId",
            "Jabatan",
            "Kode Unit",
            "Sub Unit",
            "Unit Induk",
        ],
        [
            [code("p1"), A, "Ahmad", "Penata Muda (III/a)", "Penata (III/c)", code("a"), "Analis", code("u1"),
             "Seksi A", "Bidang X"],
            [code("p2"), B, "Siti", "Pengatur (II/c)", "Penata Muda (III/a)", code("b"), "Arsiparis", code("u2"),
             "Seksi B", "Bidang X"],
        ],
    )  # fmt: skip

    staff = read_staff(path, today=TODAY)

    assert staff.problems == ()
    assert [(row.nip, row.rank, row.position, row.unit_path) for row in staff.rows] == [
        (A, "Penata (III/c)", "Analis", ("Bidang X", "Seksi A")),
        (B, "Penata Muda (III/a)", "Arsiparis", ("Bidang X", "Seksi B")),
    ]


def test_units_without_telling_names_are_ordered_by_how_many_values_they_hold(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "unit.csv.xlsx",
        ["NIP", "Nama", "Unit Kerja", "Unit Organisasi"],
        [
            [A, "Ahmad", "Tim Data 1", "Bidang Statistik"],
            [B, "Siti", "Tim Data 2", "Bidang Statistik"],
            [C, "Rina", "Tim Aplikasi", "Bidang TI"],
        ],
    )

    staff = read_staff(path, today=TODAY)

    assert staff.rows[0].unit_path == ("Bidang Statistik", "Tim Data 1")


@pytest.mark.parametrize(
    ("kind", "non_asn"),
    [("PPNPN", True), ("Tenaga Honorer", True), ("Non ASN", True), ("Tenaga Pendukung", True), ("PPPK", False)],
)
def test_a_row_without_nip_is_non_asn_only_when_its_type_says_so(tmp_path: Path, kind: str, non_asn: bool) -> None:
    path = tmp_path / "daftar.csv"
    path.write_text(f"NIP;Nama;Status Pegawai;Jabatan\n{A};Ahmad;PNS;Analis\n;Budi;{kind};Pengemudi\n", "utf-8")

    staff = read_staff(path, today=TODAY)

    assert [row.name for row in staff.non_asn] == (["Budi"] if non_asn else [])
    assert len(staff.problems) == (0 if non_asn else 1)


def test_a_newer_siasn_list_shows_who_left_joined_and_changed(tmp_path: Path) -> None:
    old = read_staff(siasn_list(tmp_path / "lama.xlsx"), today=TODAY)
    plan = plan_from_staff(
        old,
        circular_id=CircularId("se-17-2023"),
        first=dt.date(2024, 4, 1),
        last=dt.date(2024, 4, 5),
        name="Rencana",
        default_category=Category.ADMINISTRASI,
    )
    newer = write_xlsx(
        tmp_path / "baru.xlsx",
        SIASN_COLUMNS,
        [
            siasn_row(A, "Ahmad Fauzan", before="Dr. H.", after="M.Si.", rank=("III/a", "IV/b")),
            siasn_row(C, "Rina", position="Pengadministrasi Umum", work_unit="Dinas Kesehatan", unit="Seksi Gizi"),
            siasn_row(D, "Dewi", unit="Subbagian Keuangan"),
        ],
    )

    change = update_staff(plan, read_staff(newer, today=TODAY), default_category=Category.ADMINISTRASI)

    assert [member.name for member in change.joined] == ["Dewi"]
    assert [member.name for member in change.left] == ["Budi Santoso", "Siti Aminah, S.H."]
    assert [(before.rank, after.rank) for before, after in change.changed] == [("IV/a", "IV/b")]


def _non_asn_plan(tmp_path: Path) -> Plan:
    """A plan from the SIASN list, with two planned days for the PPNPN driver Budi."""
    plan = plan_from_staff(
        read_staff(siasn_list(tmp_path / "lama.xlsx"), today=TODAY),
        circular_id=CircularId("se-17-2023"),
        first=dt.date(2024, 4, 1),
        last=dt.date(2024, 4, 5),
        name="Rencana",
        default_category=Category.ADMINISTRASI,
    )
    (budi,) = [member for member in plan.roster.staff if member.non_asn]
    cells = {budi.nip: {dt.date(2024, 4, 1): Status.WFH, dt.date(2024, 4, 2): Status.WFO}}
    return _with_cells(plan, cells)


def _with_cells(plan: Plan, cells: dict[Nip, dict[dt.date, Status]]) -> Plan:
    return Plan(
        name=plan.name,
        circular_id=plan.circular_id,
        first=plan.first,
        last=plan.last,
        roster=plan.roster,
        cells=cells,
    )


@pytest.mark.parametrize("refresh", [update_staff, replace_staff])
def test_non_asn_staff_who_stay_are_found_by_name_and_unit_and_keep_number_and_cells(
    tmp_path: Path, refresh: Callable[..., StaffChange]
) -> None:
    plan = _non_asn_plan(tmp_path)
    (budi,) = [member for member in plan.roster.staff if member.non_asn]
    assert is_internal_number(budi.nip)
    assert plan.planned_days(budi.nip) == 2
    newer = write_xlsx(
        tmp_path / "baru.xlsx",
        SIASN_COLUMNS,
        [
            siasn_row(A, "Ahmad Fauzan", before="Dr. H.", after="M.Si.", rank=("III/a", "IV/a")),
            siasn_row("", "BUDI  santoso", position="Pengemudi Pimpinan", kind="PPNPN"),
            siasn_row("", "Wati", position="Petugas Kebersihan", kind="Honorer"),
        ],
    )

    change = refresh(plan, read_staff(newer, today=TODAY), default_category=Category.ADMINISTRASI)

    after = {member.name: member for member in change.plan.roster.staff}
    assert after["BUDI santoso"].nip == budi.nip
    assert after["BUDI santoso"].non_asn
    assert change.plan.planned_days(budi.nip) == 2
    assert [(b.position, a.position) for b, a in change.changed if a.non_asn] == [("Pengemudi", "Pengemudi Pimpinan")]
    (wati,) = change.joined
    assert (wati.name, wati.non_asn, is_internal_number(wati.nip)) == ("Wati", True, True)
    assert {member.name for member in change.left} == {"Siti Aminah, S.H.", "Rina"}


def test_a_non_asn_person_in_another_unit_is_someone_else(tmp_path: Path) -> None:
    """Without a NIP, the same name in another unit cannot be told from a namesake: one leaves, one joins."""
    plan = _non_asn_plan(tmp_path)
    (budi,) = [member for member in plan.roster.staff if member.non_asn]
    newer = write_xlsx(
        tmp_path / "baru.xlsx",
        SIASN_COLUMNS,
        [siasn_row("", "Budi Santoso", position="Pengemudi", kind="PPNPN", unit="Subbagian Keuangan")],
    )

    change = update_staff(plan, read_staff(newer, today=TODAY), default_category=Category.ADMINISTRASI)

    assert budi in change.left
    (joined,) = change.joined
    assert joined.name == "Budi Santoso"
    assert joined.nip != budi.nip
    assert change.cells_dropped == 2


def test_a_new_plan_gives_every_non_asn_row_its_own_internal_number(tmp_path: Path) -> None:
    listed = write_xlsx(
        tmp_path / "daftar.xlsx",
        SIASN_COLUMNS,
        [siasn_row("", "Budi", kind="PPNPN"), siasn_row("", "Budi", kind="PPNPN"), siasn_row(A, "Ahmad")],
    )
    plan = plan_from_staff(
        read_staff(listed, today=TODAY),
        circular_id=CircularId("se-17-2023"),
        first=dt.date(2024, 4, 1),
        last=dt.date(2024, 4, 5),
        name="Rencana",
        default_category=Category.ADMINISTRASI,
    )

    drivers = [member for member in plan.roster.staff if member.non_asn]
    assert [member.name for member in drivers] == ["Budi", "Budi"]
    assert len({member.nip for member in drivers}) == 2
    assert all(is_internal_number(member.nip) and member.rank == "" for member in drivers)


@needs_soffice
@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_older_excel_and_opendocument_files_are_read_like_xlsx(tmp_path: Path, suffix: str) -> None:
    source = siasn_list(tmp_path / "siasn.xlsx")
    converted = convert(source, suffix)

    staff = read_staff(converted, today=TODAY)

    assert [row.name for row in staff.rows] == ["Dr. H. Ahmad Fauzan, M.Si.", "Siti Aminah, S.H.", "Rina"]
    assert staff.rows[0].employment is Employment.PNS
    assert staff.rows[2].unit_path == ("Sekretariat Daerah", "Dinas Kesehatan", "Seksi Gizi")
    assert [row.name for row in staff.non_asn] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("encoding", "line_end"),
    [("utf-16", "\r\n"), ("utf-16-le", "\n"), ("utf-32", "\n"), ("utf-8", "\n\r"), ("cp1252", "\r")],
)
def test_text_lists_in_every_encoding_and_line_end(tmp_path: Path, encoding: str, line_end: str) -> None:
    path = tmp_path / "daftar.txt"
    text = line_end.join(["NIP\tNama\tUnit Kerja", f"{A}\tAhmad Fauzan\tBagian Umum", f"{B}\tSiti Ã\tBagian Umum", ""])
    path.write_bytes(text.encode(encoding))

    staff = read_staff(path, today=TODAY)

    assert [(row.row, row.name) for row in staff.rows] == [(2, "Ahmad Fauzan"), (3, "Siti Ã")]


def test_a_cell_of_several_hundred_kilobytes_is_named_by_file_sheet_row_and_column(tmp_path: Path) -> None:
    """A workbook cell stops at 32,767 characters (the reader cuts it there); a name that long is refused."""
    path = write_xlsx(tmp_path / "besar.xlsx", ["NIP", "Nama"], [[A, "Ahmad"], [B, "x" * 300_000]])

    staff = read_staff(path, today=TODAY)

    assert [row.name for row in staff.rows] == ["Ahmad"]
    assert staff.problem_lines() == [
        f"besar.xlsx, lembar Data: baris 3, kolom Nama (B): '{'x' * 40}…': isi sel 32767 karakter, lebih dari 500; "
        "baris dilewati"
    ]


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_workbook_is_refused_with_its_name(tmp_path: Path, keep: float) -> None:
    whole = siasn_list(tmp_path / "utuh.xlsx").read_bytes()
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(whole[: int(len(whole) * keep)])

    with pytest.raises(StaffImportError, match=r"terpotong\.xlsx: buku kerja rusak atau terpotong"):
        read_staff(path)


def test_a_sheet_without_a_nip_column_names_the_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tanpa-nip.xlsx", ["No", "Nama", "Jabatan"], [[1, "Ahmad", "Analis"]])

    with pytest.raises(StaffImportError, match=r"tanpa-nip\.xlsx, lembar Data: baris 1 .* kolom NIP / NI PPPK tidak"):
        detect_layout(read_table(path))


@needs_soffice
@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_a_unit_merged_down_over_its_staff_reaches_every_row_in_older_formats(tmp_path: Path, suffix: str) -> None:
    from tests.io.test_staff_import import good_rows, messy_workbook

    rows = good_rows()
    rows[1][5] = rows[1][6] = None
    source = messy_workbook(tmp_path / "pegawai.xlsx", rows, merges=["F7:F8", "G7:G8"])

    staff = read_staff(convert(source, suffix), today=TODAY)

    assert staff.layout.header_row == 4
    assert [row.unit_path for row in staff.rows][:2] == [("Biro Umum", "Bagian Rumah Tangga")] * 2


def test_the_html_xls_of_a_web_simpeg_is_read_as_its_largest_table(tmp_path: Path) -> None:
    """Many web applications save a web page as "Excel" .xls: a title table, then the list with spans."""
    path = tmp_path / "simpeg-web.xls"
    path.write_text(
        f"""<html><head><meta http-equiv="Content-Type" content="application/vnd.ms-excel"></head><body>
        <table><tr><td colspan="5"><b>DAFTAR PEGAWAI BADAN KEPEGAWAIAN &amp; PENGEMBANGAN SDM</b></td></tr></table>
        <table border="1">
          <tr><th rowspan="2">No</th><th rowspan="2">NIP</th><th rowspan="2">Nama</th>
              <th colspan="2">Unit Kerja</th></tr>
          <tr><th>Bidang</th><th>Sub Bidang</th></tr>
          <tr><td>1</td><td style="mso-number-format:'\\@'">{A}</td><td>Ahmad<br>Fauzan</td>
              <td rowspan="2">Bidang Mutasi &amp; Promosi</td><td>Subbidang Mutasi</td></tr>
          <tr><td>2</td><td>'{B}</td><td>Siti</td><td>Subbidang Promosi</td></tr>
        </table></body></html>""",
        encoding="utf-8",
    )

    staff = read_staff(path, today=TODAY)

    assert staff.problems == ()
    assert [(row.row, row.nip, row.name, row.unit_path) for row in staff.rows] == [
        (3, A, "Ahmad Fauzan", ("Bidang Mutasi & Promosi", "Subbidang Mutasi")),
        (4, B, "Siti", ("Bidang Mutasi & Promosi", "Subbidang Promosi")),
    ]


def test_an_html_cell_of_several_hundred_kilobytes_is_named(tmp_path: Path) -> None:
    path = tmp_path / "besar.xls"
    path.write_text(f"<table><tr><td>NIP</td><td>Nama</td></tr><tr><td>{A}</td><td>{'x' * 300_000}</td></tr></table>")

    with pytest.raises(StaffImportError, match=r"besar\.xls: baris 2, kolom B: isi sel lebih dari 128 KB"):
        read_staff(path)


def test_columns_given_by_the_user_replace_the_guess_in_their_order(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bkn.xlsx",
        ["NIP", "Nama", "UNOR (3)", "UNOR (1)", "UNOR (2)", "Keterangan"],
        [[A, "Ahmad", "Subbagian Umum", "Sekretariat Daerah", "Biro Umum", "Pengemudi"]],
    )

    staff = read_staff(
        path,
        today=TODAY,
        columns=[(Field.UNIT, "unor (2)"), (Field.UNIT, "C"), (Field.POSITION, "Keterangan"), (Field.RANK, "")],
    )

    assert staff.rows[0].unit_path == ("Biro Umum", "Subbagian Umum")
    assert staff.rows[0].position == "Pengemudi"
    with pytest.raises(StaffImportError, match=r"bkn\.xlsx, lembar Data: baris judul 1 tidak punya kolom 'Eselon'"):
        read_staff(path, columns=[(Field.UNIT, "Eselon")])
