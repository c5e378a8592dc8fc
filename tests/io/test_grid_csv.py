"""The grid format: reading what secretariats write, refusing with line and column, round-tripping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import new_internal_number
from planner.domain.plan import Plan
from planner.domain.status import Status
from planner.io.grid_csv import GridError, grid_text, parse_grid, plan_from_grid, read_grid, write_grid
from tests.factories import calendar, make_nip

HEADER = "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-15,2024-04-16,2024-04-17"
A, B, C = make_nip(1), make_nip(2), make_nip(3, gender=2)
GOOD = "\n".join(
    [
        HEADER,
        f'{A},"Dr. Hj. Siti Aminah, S.H., M.Si.",Kepala Biro,Pembina Utama Muda (IV/c),Biro Hukum,administrasi'
        ",,WFO,WFH",
        f"{B},Ahmad,Pengemudi,Juru (I/c),Biro Umum > Rumah Tangga,Dukungan operasional,,,CT",
        f"{C},Rina,Analis Hukum,Penata (III/c),Biro Hukum,pelayanan publik langsung,,WFO,",
    ]
)


def build(text: str, first: dt.date | None = None, last: dt.date | None = None) -> Plan:
    grid = parse_grid(text, "jadwal.csv")
    return plan_from_grid(
        grid,
        circular_id=CircularId("menpanrb-1-2024"),
        calendar=calendar(2024, 2024),
        name="uji",
        first=first,
        last=last,
    )


def test_a_grid_becomes_a_plan_with_units_categories_and_cells() -> None:
    plan = build(GOOD)
    roster = plan.roster
    assert [roster.path(u) for u in roster.units] == [["Biro Hukum"], ["Biro Umum"], ["Biro Umum", "Rumah Tangga"]]
    assert (plan.first, plan.last) == (dt.date(2024, 4, 15), dt.date(2024, 4, 17))
    assert roster.staff[0].name == "Dr. Hj. Siti Aminah, S.H., M.Si."
    assert roster.category_of(roster.staff[1]) is Category.PELAYANAN_PUBLIK
    assert roster.units[roster.staff[2].unit].category is Category.DUKUNGAN_OPERASIONAL
    assert plan.status_of(A, dt.date(2024, 4, 17)) is Status.WFH
    assert plan.status_of(B, dt.date(2024, 4, 16)) is None


def spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def test_the_grid_round_trips() -> None:
    lines = grid_text(build(GOOD)).splitlines()
    assert grid_text(build("\n".join(lines))).splitlines() == lines
    assert lines[:3] == [
        "# unit: Biro Hukum = administrasi; 5",
        "# unit: Biro Umum = dukungan_operasional; 5",
        "# unit: Biro Umum > Rumah Tangga = dukungan_operasional; 5",
    ]
    assert lines[3] == HEADER.replace("Kategori,", "Kategori,Hari kerja,")
    assert lines[6].split(",")[4:7] == ["Biro Umum > Rumah Tangga", "dukungan_operasional", "5"]


def test_rows_of_one_unit_need_not_be_adjacent_and_come_out_grouped_with_spaced_nips() -> None:
    lines = grid_text(build(GOOD)).splitlines()
    assert [line.split(",")[0] for line in lines[4:]] == [spaced(A), spaced(C), spaced(B)]


def test_semicolons_and_a_bom_are_read(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.csv"
    path.write_bytes(("\ufeff" + GOOD.replace(",", ";").replace('"Dr. Hj. Siti Aminah; S.H.; M.Si."', "Siti")).encode())
    grid = read_grid(path)
    assert [row.nip for row in grid.rows] == [A, B, C]


def test_a_written_grid_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "keluar.csv"
    write_grid(build(GOOD), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [row.nip for row in read_grid(path).rows] == [A, C, B]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f"{A[:-1]},X,,,Biro Hukum,administrasi,,WFO,",
            "jadwal.csv: baris 2, kolom NIP: '" + A[:-1] + "': NIP harus 18 digit",
        ),
        (
            "1.98001012005011E+17,X,,,Biro Hukum,administrasi,,,",
            "baris 2, kolom NIP: '1.98001012005011E+17': digit NIP hilang",
        ),
        (f"{A},,,,Biro Hukum,administrasi,,,", "baris 2, kolom Nama: nama kosong"),
        (f"{A},X,,,,administrasi,,,", "baris 2, kolom Unit: nama unit kosong"),
        (f"{A},X,,,Biro Hukum,keuangan,,,", "baris 2, kolom Kategori: 'keuangan' tidak dikenal"),
        (f"{A},X,,,Biro Hukum,administrasi,,WFX,", "baris 2, kolom 2024-04-16: 'WFX' bukan kode status"),
    ],
)
def test_a_bad_row_is_refused_with_its_line_and_column(line: str, expected: str) -> None:
    with pytest.raises(GridError) as caught:
        parse_grid(f"{HEADER}\n{line}", "jadwal.csv")
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_a_non_asn_row_carries_its_internal_number_and_reads_back_non_asn() -> None:
    number = new_internal_number()
    plan = build(f"{GOOD}\n{number.lower()},Budi,Pengemudi,,Biro Umum,dukungan operasional,,WFH,WFO")

    driver = plan.roster.staff[plan.roster.index_of(number)]
    assert (driver.name, driver.non_asn, driver.rank) == ("Budi", True, "")
    assert plan.status_of(number, dt.date(2024, 4, 16)) is Status.WFH
    text = grid_text(plan)
    assert f"\r\n{number},Budi,Pengemudi,," in text
    again = build(text)
    assert grid_text(again) == text
    assert again.roster.staff[again.roster.index_of(number)].non_asn


@pytest.mark.parametrize(
    ("nip", "expected"),
    [
        ("NA-12345", "nomor internal (NA-…) hanya untuk pegawai non-ASN"),
        ("NA-00000000000000G1", "nomor internal (NA-…) hanya untuk pegawai non-ASN"),
    ],
)
def test_a_malformed_internal_number_is_refused_with_its_line(nip: str, expected: str) -> None:
    with pytest.raises(GridError) as caught:
        parse_grid(f"{HEADER}\n{nip},Budi,,,Biro Umum,administrasi,,,", "jadwal.csv")
    assert any(f"baris 2, kolom NIP: {nip!r}: {expected}" in problem for problem in caught.value.problems)


def test_a_duplicate_nip_names_the_first_line() -> None:
    rows = GOOD.splitlines()
    with pytest.raises(GridError, match=f"baris 5, kolom NIP: {A} sudah ada di baris 2"):
        parse_grid("\n".join([*rows, rows[1]]), "jadwal.csv")


def test_a_bad_header_is_refused() -> None:
    with pytest.raises(GridError, match="kolom Kategori tidak ada"):
        parse_grid("NIP,Nama,Jabatan,Pangkat,Unit,2024-04-16", "jadwal.csv")
    with pytest.raises(GridError, match="judul 'Tanggal 16' tidak dikenal"):
        parse_grid(HEADER + ",Tanggal 16", "jadwal.csv")
    with pytest.raises(GridError, match="berkas kosong"):
        parse_grid("", "jadwal.csv")


def test_a_status_on_a_holiday_is_refused_with_the_holiday_name() -> None:
    with pytest.raises(GridError, match=r"baris 2, kolom 2024-04-15: WFH pada hari libur \(Cuti Bersama"):
        build(f"{HEADER}\n{A},X,,,Biro Hukum,administrasi,WFH,,")


def test_a_status_outside_the_chosen_range_is_refused() -> None:
    with pytest.raises(GridError, match="kolom 2024-04-17: di luar rentang rencana"):
        build(GOOD, dt.date(2024, 4, 15), dt.date(2024, 4, 16))


@pytest.mark.parametrize(
    ("encoding", "line_end"),
    [("utf-16", "\r\n"), ("utf-16-le", "\n"), ("utf-32", "\n"), ("utf-8-sig", "\n\r"), ("cp1252", "\r")],
)
def test_a_grid_in_any_encoding_and_line_end_is_read(tmp_path: Path, encoding: str, line_end: str) -> None:
    path = tmp_path / "jadwal.csv"
    path.write_bytes(line_end.join(GOOD.splitlines()).encode(encoding))

    grid = read_grid(path)

    assert [(row.line, row.nip) for row in grid.rows] == [(2, A), (3, B), (4, C)]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (HEADER + "\n" + f"{A},{'x' * 140_000},,,Biro,administrasi,,,", r"baris 2, kolom 2: isi sel lebih dari 128 KB"),
        (HEADER + "\n" + f'{A},"{"x" * 140_000}', r"baris 2, kolom 2: isi sel lebih dari 128 KB"),
        (HEADER + "\n" + f"{A},{'x' * 600},,,Biro,administrasi,,,", r"baris 2, kolom Nama: lebih dari 500 karakter"),
        ("NIP,Nama,Jabatan,Pangkat,Unit,Kategori,0001-01-03,9999-12-30\n" + f"{A},A,,,B,administrasi,,", "3700"),
        ("# unit: Biro = keuangan; 7\n" + GOOD, r"baris 1: '# unit: Biro = keuangan; 7': tulis"),
        ("# libur: 18-04-2024 Rapat\n" + GOOD, r"baris 1: '# libur: 18-04-2024 Rapat': tanggal harus TTTT-BB-HH"),
        (GOOD.replace("administrasi,,WFO,WFH", "administrasi,,WFO,WFH").replace("Kategori,", "Kategori,Hari kerja,")
         .replace("administrasi,", "administrasi,7,", 1), r"kolom Hari kerja: '7' harus 5 atau 6"),
    ],
)  # fmt: skip
def test_bad_grid_files_are_refused_with_line_and_column(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "jadwal.csv"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(GridError, match=expected):
        plan_from_grid(read_grid(path), circular_id=CircularId("x"), calendar=calendar(2024, 2024), name="uji")
