"""Staff lists as agencies keep them: title rows, merged headers, numeric NIPs, Windows CSV, and bad files."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import Employment, Nip
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.io.grid_csv import GridError, grid_text, plan_from_grid
from planner.io.sheet_table import StaffImportError, read_table, sheet_names
from planner.io.staff_import import (
    DEFAULT_UNIT,
    Field,
    detect_layout,
    guess_field,
    parse_staff,
    plan_from_staff,
    read_schedule,
    read_staff,
    replace_staff,
    update_staff,
)
from tests.factories import calendar, make_nip

TODAY = dt.date(2024, 4, 1)
SITI = "Dr. Hj. Siti Aminah, S.H., M.Si."
A, B, C, D = make_nip(1), make_nip(2), make_nip(3, gender=2), make_nip(4)
PPPK = "19900101 2021 2 1 1 001"
"""A PPPK number written as on documents: birth date, year of appointment, 2, a digit, gender, serial."""
DIGITS_LOST = "digit NIP hilang — format kolom NIP sebagai Teks di Excel"


def spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def messy_workbook(path: Path, rows: Sequence[Sequence[object]], *, merges: Sequence[str] = ()) -> Path:
    """A SIMPEG-like list: two title rows, a blank row, a two-row header, column numbers, then ``rows``, a total."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nominatif"
    sheet.append(["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"])
    sheet.append(["SEKRETARIAT DAERAH PROVINSI NUSA TENGGARA BARAT"])
    sheet.append([])
    sheet.append(["No", "NIP Baru", "Nama Pegawai", "Pangkat/Gol. Ruang", None, "Unit Kerja", None, "Nama Jabatan"])
    sheet.append([None, None, None, "Pangkat", "Gol.", "Bagian", "Sub Bagian", None])
    sheet.append(list(range(1, 9)))
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["JUMLAH", None, f"{len(rows)} orang"])
    for cells in ("A1:H1", "A2:H2", "D4:E4", "F4:G4", "A4:A5", "B4:B5", "C4:C5", "H4:H5", *merges):
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def good_rows() -> list[list[object]]:
    return [
        [1, spaced(A), SITI, "Pembina Utama Muda", "IV/c", "Biro Umum", "Bagian Rumah Tangga", "Kepala Biro"],
        [2, B, "Ahmad", "Juru", "I/c", "Biro Umum", "Bagian Rumah Tangga", "Pengemudi"],
        [3, C, "Rina", "Penata", "III/c", "Biro Hukum", None, "Analis Hukum"],
        [4, PPPK, "Wayan, S.Kom.", None, "IX", "Biro Hukum", "-", "Pranata Komputer"],
    ]


# ---- layouts and rows ---------------------------------------------------------------------------


def test_a_list_below_title_rows_with_a_merged_two_row_header_is_read(tmp_path: Path) -> None:
    staff = read_staff(messy_workbook(tmp_path / "pegawai.xlsx", good_rows()), today=TODAY)

    layout = staff.layout
    assert (layout.header_row, layout.first_row) == (4, 7)
    assert layout.fields == (
        Field.IGNORE,
        Field.NIP,
        Field.NAME,
        Field.RANK,
        Field.RANK,
        Field.UNIT,
        Field.UNIT,
        Field.POSITION,
    )
    assert staff.problems == ()
    assert [(row.row, row.nip, row.name) for row in staff.rows] == [
        (7, A, SITI),
        (8, B, "Ahmad"),
        (9, C, "Rina"),
        (10, "199001012021211001", "Wayan, S.Kom."),
    ]
    assert [row.unit_path for row in staff.rows] == [
        ("Biro Umum", "Bagian Rumah Tangga"),
        ("Biro Umum", "Bagian Rumah Tangga"),
        ("Biro Hukum",),
        ("Biro Hukum",),
    ]
    assert [row.rank for row in staff.rows] == ["Pembina Utama Muda (IV/c)", "Juru (I/c)", "Penata (III/c)", "IX"]
    assert [row.employment for row in staff.rows] == [Employment.PNS] * 3 + [Employment.PPPK]
    assert staff.where == "pegawai.xlsx, lembar Nominatif"


def test_a_unit_merged_down_over_its_staff_reaches_every_row(tmp_path: Path) -> None:
    rows = good_rows()
    rows[1][5] = rows[1][6] = None
    path = messy_workbook(tmp_path / "pegawai.xlsx", rows, merges=["F7:F8", "G7:G8"])

    staff = read_staff(path, today=TODAY)

    assert staff.rows[1].unit_path == ("Biro Umum", "Bagian Rumah Tangga")


@pytest.mark.parametrize(
    "value",
    [1.98001012005011e17, "1.98001012005011E+17", "1,98001E+17"],
    ids=["number cell", "text as Excel shows it", "Indonesian decimal comma"],
)
def test_a_nip_that_went_through_a_number_is_refused_not_guessed(tmp_path: Path, value: object) -> None:
    rows = good_rows()
    rows[1][1] = value

    staff = read_staff(messy_workbook(tmp_path / "pegawai.xlsx", rows), today=TODAY)

    assert [row.row for row in staff.rows] == [7, 9, 10]
    (problem,) = staff.problems
    assert (problem.row, problem.column, problem.left_out) == (8, "NIP Baru (B)", True)
    assert DIGITS_LOST in problem.message
    assert "E+17" in problem.value
    assert (
        f"pegawai.xlsx, lembar Nominatif: baris 8, kolom NIP Baru (B): '{problem.value}': {DIGITS_LOST}"
        in (staff.problem_lines()[0])
    )


def test_a_whole_18_digit_number_cell_is_refused_since_a_spreadsheet_number_cannot_hold_it(tmp_path: Path) -> None:
    """A number cell is a double (15-16 digits) in every spreadsheet and reader: an 18-digit one is never trusted.

    openpyxl itself writes big integers as floats, so the cell is put into the XML by hand.
    """
    rows = good_rows()
    rows[1][1] = "PLACEHOLDER"
    original = messy_workbook(tmp_path / "asli.xlsx", rows)
    path = tmp_path / "pegawai.xlsx"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<c r="B8" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>',
                    f'<c r="B8" t="n"><v>{B}</v></c>'.encode(),
                    data,
                )
                assert f"<v>{B}</v>".encode() in data
            target.writestr(item, data)

    staff = read_staff(path, today=TODAY)

    (problem,) = staff.problems
    assert (problem.row, problem.left_out) == (8, True)
    assert DIGITS_LOST in problem.message
    assert B not in [row.nip for row in staff.rows]


def test_every_bad_row_is_reported_with_its_row_and_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        *good_rows(),
        [5, A[:-1], "Tujuh Belas", None, None, "Biro Umum", None, None],
        [6, "19800231 200501 1 003", "Tanggal Mustahil", None, None, "Biro Umum", None, None],
        [7, A, "Ganda", None, None, "Biro Umum", None, None],
        [8, D, None, None, None, "Biro Umum", None, None],
        [9, "198001042005011000", "Digit Terakhir Hilang", None, None, "Biro Umum", None, None],
        [10, "-", "Tenaga Honorer", None, None, "Biro Umum", None, None],
        [11, make_nip(12), "Pindahan", None, None, None, None, None],
    ]

    staff = read_staff(messy_workbook(tmp_path / "pegawai.xlsx", rows), today=TODAY)

    found = {(problem.row, problem.column): problem for problem in staff.problems}
    assert "NIP harus 18 digit" in found[(11, "NIP Baru (B)")].message
    assert "tanggal lahir" in found[(12, "NIP Baru (B)")].message
    assert "sudah ada di baris 7" in found[(13, "NIP Baru (B)")].message
    assert found[(14, "Nama Pegawai (C)")].message == "nama kosong"
    assert "3 digit terakhir hilang" in found[(15, "NIP Baru (B)")].message
    assert "NIP hanya boleh berisi angka" in found[(16, "NIP Baru (B)")].message
    assert all(problem.left_out for row, problem in found.items() if row[0] != 17)
    unit_warning = found[(17, "Bagian (F)")]
    assert not unit_warning.left_out
    assert DEFAULT_UNIT in unit_warning.message
    assert [row.row for row in staff.rows] == [7, 8, 9, 10, 17]
    assert staff.left_out == 6
    assert staff.rows[0].name == SITI
    assert staff.rows[-1].unit_path == ()


def test_a_5000_row_list_is_read_whole(tmp_path: Path) -> None:
    rows = [
        [i, make_nip(i), f"Pegawai {i}, S.E.", "Penata", "III/c", f"Biro {i % 10}", f"Bagian {i % 50}", "Analis"]
        for i in range(1, 5001)
    ]

    staff = read_staff(messy_workbook(tmp_path / "pegawai.xlsx", rows), today=TODAY)

    assert len(staff.rows) == 5000
    assert staff.problems == ()
    plan = plan_from_staff(
        staff,
        circular_id=CircularId("menpanrb-1-2024"),
        first=dt.date(2024, 4, 16),
        last=dt.date(2024, 4, 17),
        name="Besar",
        default_category=Category.ADMINISTRASI,
    )
    assert len(plan.roster.units) == 10 + 50


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("NIP", Field.NIP),
        ("N I P", Field.NIP),
        ("NIP Baru", Field.NIP),
        ("NI PPPK", Field.NIP),
        ("NIP / NI PPPK", Field.NIP),
        ("Nomor Induk Pegawai", Field.NIP),
        ("NIP Lama", Field.IGNORE),
        ("Nama", Field.NAME),
        ("NAMA PEGAWAI", Field.NAME),
        ("Nama Lengkap", Field.NAME),
        ("Jabatan", Field.POSITION),
        ("Nama Jabatan", Field.POSITION),
        ("Kelas Jabatan", Field.IGNORE),
        ("Unit", Field.UNIT),
        ("Unit Kerja", Field.UNIT),
        ("Unor", Field.UNIT),
        ("Satuan Kerja", Field.UNIT),
        ("Bidang", Field.UNIT),
        ("Bagian", Field.UNIT),
        ("Sub Bagian", Field.UNIT),
        ("Pangkat", Field.RANK),
        ("Gol", Field.RANK),
        ("Golongan", Field.RANK),
        ("Pangkat/Gol. Ruang", Field.RANK),
        ("TMT Pangkat", Field.IGNORE),
        ("Kategori", Field.CATEGORY),
        ("Gelar Depan", Field.TITLE_BEFORE),
        ("Gelar Belakang", Field.TITLE_AFTER),
        ("Tempat/Tanggal Lahir", Field.IGNORE),
        ("No.", Field.IGNORE),
        ("Keterangan", Field.IGNORE),
    ],
)
def test_column_names_agencies_use_are_recognised(title: str, field: Field) -> None:
    assert guess_field(title) is field


def test_a_changed_mapping_is_read_again(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "pegawai.xlsx", good_rows())
    table = read_table(path)
    layout = detect_layout(table).with_field(7, Field.IGNORE).with_field(0, Field.NAME)

    assert layout.fields[2] is Field.IGNORE  # a name column is one column: the old one lets go
    staff = parse_staff(table, layout, today=TODAY)
    assert [row.name for row in staff.rows] == ["1", "2", "3", "4"]
    assert {row.position for row in staff.rows} == {""}
    with pytest.raises(StaffImportError, match="tentukan dulu kolom NIP / NI PPPK"):
        parse_staff(table, layout.with_field(1, Field.IGNORE))


# ---- CSV ----------------------------------------------------------------------------------------


CSV_LINES = [
    "DAFTAR PEGAWAI DINAS KOPERASI;;;;;",
    ";;;;;",
    "No;NIP;Nama;Jabatan;Unit;Kategori",
    f"1;'{spaced(A)};Drs. René Siregar, M.Sc.;Kepala Dinas;Dinas Koperasi;Dukungan pimpinan",
    f"2;{B};Ni Luh Putu Ayu – Sari;Staf;Dinas Koperasi > Sekretariat;",
    f"3;{C};Budi;Staf;Dinas Koperasi > UPTD Pasar;pelayanan publik",
    "4;1,98001E+17;Hilang;Staf;Dinas Koperasi;",
    f"5;{D};Salah Kategori;Staf;Dinas Koperasi;Keuangan",
    ";;Jumlah: 5 orang;;;",
]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")],
    ids=["windows-1252", "utf-8", "utf-8 with BOM"],
)
def test_a_semicolon_csv_in_a_windows_encoding_is_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_bytes(bom + "\r\n".join(CSV_LINES).encode(encoding))

    staff = read_staff(path, today=TODAY)

    assert staff.layout.header_row == 3
    assert [row.name for row in staff.rows] == ["Drs. René Siregar, M.Sc.", "Ni Luh Putu Ayu – Sari", "Budi"]
    assert [row.nip for row in staff.rows] == [A, B, C]
    assert [row.category for row in staff.rows] == [Category.DUKUNGAN_PIMPINAN, None, Category.PELAYANAN_PUBLIK]
    assert [(problem.row, problem.left_out) for problem in staff.problems] == [(7, True), (8, True)]
    assert DIGITS_LOST in staff.problems[0].message
    assert "kategori tidak dikenal" in staff.problems[1].message
    assert staff.where == "pegawai.csv"


def test_units_and_categories_of_a_list_become_a_plan_like_the_grid_format(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_bytes("\r\n".join(CSV_LINES).encode("cp1252"))

    plan = plan_from_staff(
        read_staff(path, today=TODAY),
        circular_id=CircularId("menpanrb-1-2024"),
        first=dt.date(2024, 4, 16),
        last=dt.date(2024, 4, 17),
        name="Dinas Koperasi",
        default_category=Category.ADMINISTRASI,
    )

    roster = plan.roster
    assert [(unit_id, roster.path(unit_id)) for unit_id in roster.units] == [
        ("unit-1", ["Dinas Koperasi"]),
        ("unit-2", ["Dinas Koperasi", "Sekretariat"]),
        ("unit-3", ["Dinas Koperasi", "UPTD Pasar"]),
    ]
    assert [roster.category_of(member) for member in roster.staff] == [
        Category.DUKUNGAN_PIMPINAN,
        Category.ADMINISTRASI,
        Category.PELAYANAN_PUBLIK,
    ]
    assert plan.days == (dt.date(2024, 4, 16), dt.date(2024, 4, 17))


# ---- bad files ----------------------------------------------------------------------------------


def test_a_password_protected_workbook_is_explained(tmp_path: Path) -> None:
    """An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream."""
    path = tmp_path / "rahasia.xlsx"
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    path.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"))

    with pytest.raises(StaffImportError, match=r"rahasia\.xlsx: buku kerja dilindungi kata sandi"):
        read_staff(path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("lama.xls", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), r"lama\.xls: buku kerja rusak atau terpotong"),
        ("rusak.xlsx", b"PK\x03\x04 ini bukan zip yang utuh", r"rusak\.xlsx: buku kerja rusak"),
        ("teks.xlsx", b"NIP;Nama\n", r"teks\.xlsx: bukan buku kerja yang utuh"),
        ("kosong.xlsx", b"", r"kosong\.xlsx: berkas kosong"),
        ("kosong.csv", b"", r"kosong\.csv: berkas kosong"),
        ("lembar.ods", b"PK\x03\x04", r"lembar\.ods: buku kerja rusak atau terpotong"),
        (
            "asing.csv",
            b"NIP;Nama\n" + b"198001012005011001;Bad\x81i \xe9\xff\n",
            r"asing\.csv: baris 2, karakter ke-23: byte 0x81 bukan UTF-8 maupun Windows-1252",
        ),
        ("nol.csv", b"NIP;Nama\n1\x002;Ani\n", r"nol\.csv: baris 2 berisi karakter nol"),
        (
            "besar.csv",
            b"NIP;Nama\n1;" + b"x" * 140_000 + b"\n",
            r"besar\.csv: baris 2, kolom 2: isi sel lebih dari 128 KB",
        ),
        ("tanpa-tutup.csv", b'NIP;Nama\n1;"' + b"x" * 140_000, r"tanpa-tutup\.csv: baris 2, kolom 2: isi sel lebih"),
    ],
)
def test_a_file_that_cannot_be_read_says_what_and_where(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(StaffImportError, match=expected):
        read_staff(path)


def test_an_empty_workbook_and_a_sheet_without_nip_or_name_are_explained(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(StaffImportError, match=r"kosong\.xlsx, lembar Sheet: lembar kosong"):
        read_staff(empty)

    other = tmp_path / "lain.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Kode", "Barang", "Jumlah"])
    sheet.append(["B-01", "Kertas F4", 20])
    workbook.save(other)
    with pytest.raises(StaffImportError, match=r"lain\.xlsx, lembar Sheet: tidak ada kolom NIP dan Nama"):
        read_staff(other)

    no_name = tmp_path / "tanpa-nama.csv"
    no_name.write_text(f"NIP;Jabatan\n{A};Analis\n", encoding="utf-8")
    with pytest.raises(StaffImportError, match=r"baris 1 tampak seperti judul kolom, tetapi kolom Nama tidak dikenali"):
        read_staff(no_name)

    with pytest.raises(StaffImportError, match=r"tidak ada lembar 'Pegawai'; lembar yang ada: Sheet"):
        read_staff(other, sheet="Pegawai")
    with pytest.raises(StaffImportError, match=r"tidak ditemukan"):
        read_staff(tmp_path / "tidak-ada.xlsx")


def test_the_sheet_with_the_staff_is_found_when_another_is_active(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "pegawai.xlsx", good_rows())
    workbook = openpyxl.load_workbook(path)
    cover = workbook.create_sheet("Sampul", 0)
    cover.append(["Laporan kepegawaian triwulan I"])
    workbook.active = 0
    workbook.save(path)

    assert sheet_names(path) == ["Sampul", "Nominatif"]
    assert read_staff(path, today=TODAY).where == "pegawai.xlsx, lembar Nominatif"
    with pytest.raises(StaffImportError, match="lembar Sampul"):
        read_staff(path, sheet="Sampul")


# ---- a newer list into a plan -------------------------------------------------------------------


def current_plan() -> Plan:
    """Biro Umum (six-day week, operational support) > Rumah Tangga with A and B; Biro Hukum with C."""
    units = [
        Unit(UnitId("umum"), "Biro Umum", Category.DUKUNGAN_OPERASIONAL, None, WorkWeek.SIX_DAYS),
        Unit(UnitId("rt"), "Bagian Rumah Tangga", Category.DUKUNGAN_OPERASIONAL, UnitId("umum"), WorkWeek.SIX_DAYS),
        Unit(UnitId("hukum"), "Biro Hukum", Category.ADMINISTRASI),
    ]
    staff = [
        StaffMember(A, "Siti Aminah", UnitId("rt"), "Kepala", no_remote_reason="baru menjabat"),
        StaffMember(B, "Ahmad", UnitId("rt"), "Pengemudi", category=Category.PELAYANAN_PUBLIK),
        StaffMember(C, "Rina", UnitId("hukum"), "Analis Hukum"),
    ]
    day = dt.date(2024, 4, 16)
    return Plan(
        name="April",
        circular_id=CircularId("menpanrb-1-2024"),
        first=day,
        last=dt.date(2024, 4, 17),
        roster=Roster(units, staff),
        cells={A: {day: Status.WFH}, B: {day: Status.CT}, C: {day: Status.WFH}},
    )


def newer_list(tmp_path: Path) -> Path:
    """A stays (promoted, in upper case), C moves to a new sub-unit, B left, D joins, the PPPK joins without unit."""
    path = tmp_path / "baru.csv"
    path.write_text(
        "\n".join(
            [
                "NIP;Nama;Jabatan;Unit Kerja;Sub Bagian",
                f"{A};Dr. Hj. Siti Aminah, S.H., M.Si.;Kepala Biro;BIRO UMUM;bagian rumah tangga",
                f"{C};Rina;Analis Hukum;Biro Hukum;Bagian Perundang-undangan",
                f"{D};Dewa;Pengadministrasi;Biro Umum;Bagian Rumah Tangga",
                f"{PPPK};Wayan;Pranata Komputer;;",
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_a_newer_list_keeps_the_plans_units_and_the_cells_of_who_stays(tmp_path: Path) -> None:
    plan = current_plan()

    change = update_staff(plan, read_staff(newer_list(tmp_path), today=TODAY), default_category=Category.ADMINISTRASI)

    new = change.plan
    assert [member.name for member in change.left] == ["Ahmad"]
    assert [member.nip for member in change.joined] == [D, "199001012021211001"]
    assert [(old.name, member.name) for old, member in change.changed] == [
        ("Siti Aminah", SITI),
        ("Rina", "Rina"),
    ]
    assert change.cells_dropped == 1
    roster = new.roster
    assert roster.units[UnitId("rt")].week is WorkWeek.SIX_DAYS  # the plan's own unit, as it was
    assert [roster.path(unit_id) for unit_id in roster.units] == [
        ["Biro Umum"],
        ["Biro Umum", "Bagian Rumah Tangga"],
        ["Biro Hukum"],
        ["Biro Hukum", "Bagian Perundang-undangan"],
        [DEFAULT_UNIT],
    ]
    assert [roster.path(member.unit) for member in roster.staff] == [
        ["Biro Umum", "Bagian Rumah Tangga"],
        ["Biro Umum", "Bagian Rumah Tangga"],
        ["Biro Hukum", "Bagian Perundang-undangan"],
        [DEFAULT_UNIT],
    ]
    new_unit = roster.units[roster.staff[2].unit]
    assert (new_unit.parent, new_unit.category) == (UnitId("hukum"), Category.ADMINISTRASI)
    siti = roster.staff[roster.index_of(A)]
    assert (siti.position, siti.no_remote_reason, siti.unit) == ("Kepala Biro", "baru menjabat", UnitId("rt"))
    day = dt.date(2024, 4, 16)
    assert new.status_of(A, day) is Status.WFH
    assert new.status_of(C, day) is Status.WFH
    assert new.status_of(D, day) is None
    assert plan.roster.staff[1].name == "Ahmad"  # the old plan is untouched, for undo


def test_replacing_the_list_rebuilds_the_units_and_keeps_the_cells_of_who_stays(tmp_path: Path) -> None:
    plan = current_plan()

    change = replace_staff(plan, read_staff(newer_list(tmp_path), today=TODAY), default_category=Category.ADMINISTRASI)

    roster = change.plan.roster
    assert [roster.path(unit_id) for unit_id in roster.units] == [
        ["BIRO UMUM"],
        ["BIRO UMUM", "bagian rumah tangga"],
        ["Biro Hukum"],
        ["Biro Hukum", "Bagian Perundang-undangan"],
        [DEFAULT_UNIT],
    ]
    assert {unit.week for unit in roster.units.values()} == {WorkWeek.FIVE_DAYS}
    assert change.plan.status_of(A, dt.date(2024, 4, 16)) is Status.WFH
    assert roster.staff[roster.index_of(A)].no_remote_reason == "baru menjabat"
    assert [member.name for member in change.left] == ["Ahmad"]


# ---- filled schedules ---------------------------------------------------------------------------


def schedule_workbook(path: Path, nip: object = A, *, text_dates: bool = False) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Jadwal"
    sheet.append(["Jadwal WFH Biro Hukum"])
    days: list[object] = [dt.datetime(2024, 4, 15), dt.datetime(2024, 4, 16), dt.datetime(2024, 4, 17)]
    if text_dates:
        days = [day.date().isoformat() for day in days]  # type: ignore[attr-defined]
    sheet.append(["NIP", "Nama", "Jabatan", "Pangkat", "Unit", "Kategori", *days])
    sheet.append(
        [nip, SITI, "Kepala Biro", "Pembina (IV/a)", "Biro Hukum", "Administrasi pemerintahan", None, "WFO", "wfh"]
    )
    sheet.append([C, "Rina", None, None, "Biro Hukum > Bagian Perundang-undangan", "administrasi", None, "WFH", "CT"])
    workbook.save(path)
    return path


@pytest.mark.parametrize("text_dates", [False, True], ids=["Excel dates", "text dates"])
def test_a_filled_schedule_is_read_from_a_workbook(tmp_path: Path, text_dates: bool) -> None:
    grid = read_schedule(schedule_workbook(tmp_path / "jadwal.xlsx", text_dates=text_dates), today=TODAY)

    plan = plan_from_grid(grid, circular_id=CircularId("menpanrb-1-2024"), calendar=calendar(2024, 2024), name="uji")
    assert grid.source == "jadwal.xlsx, lembar Jadwal"
    assert [row.line for row in grid.rows] == [3, 4]
    assert plan.status_of(A, dt.date(2024, 4, 17)) is Status.WFH
    assert plan.status_of(C, dt.date(2024, 4, 17)) is Status.CT
    assert plan.roster.path(plan.roster.staff[1].unit) == ["Biro Hukum", "Bagian Perundang-undangan"]


def test_a_schedule_with_a_numeric_nip_is_refused_with_its_row(tmp_path: Path) -> None:
    with pytest.raises(GridError, match=rf"jadwal\.xlsx, lembar Jadwal: baris 3, kolom NIP: .*{DIGITS_LOST}"):
        read_schedule(schedule_workbook(tmp_path / "jadwal.xlsx", nip=float(A)), today=TODAY)


def test_a_csv_schedule_is_still_read_by_the_grid_reader(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.csv"
    path.write_text(f"NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-16\n{A},A,,,Biro,administrasi,WFH\n", "utf-8")

    grid = read_schedule(path, today=TODAY)

    assert (
        grid_text(
            plan_from_grid(grid, circular_id=CircularId("x"), calendar=calendar(2024, 2024), name="uji")
        ).splitlines()[-1]
        == f"{spaced(A)},A,,,Biro,administrasi,5,WFH"
    )
    assert [row.nip for row in grid.rows] == [Nip(A)]


def test_who_stays_without_a_unit_in_the_list_keeps_their_unit_in_both_modes(tmp_path: Path) -> None:
    path = tmp_path / "tanpa-unit.csv"
    path.write_text(f"NIP;Nama;Unit Kerja\n{C};Rina;\n{D};Dewa;\n", encoding="utf-8")
    staff = read_staff(path, today=TODAY)
    assert [(problem.row, problem.left_out) for problem in staff.problems] == [(2, False), (3, False)]

    for build in (replace_staff, update_staff):
        roster = build(current_plan(), staff, default_category=Category.ADMINISTRASI).plan.roster
        assert [roster.path(member.unit) for member in roster.staff] == [["Biro Hukum"], [DEFAULT_UNIT]], build


def test_a_list_the_planner_exported_brings_its_non_asn_staff_back_with_their_numbers(tmp_path: Path) -> None:
    """The grid export writes a non-ASN person's internal number in the NIP column: importing it keeps them."""
    path = tmp_path / "ekspor.csv"
    path.write_text(
        "NIP,Nama,Jabatan,Unit\n"
        f"{make_nip(1)},Ani,Analis,Biro Umum\n"
        "NA-0123456789ABCDEF,Budi Honorer,Pengemudi,Biro Umum\n",
        encoding="utf-8",
    )
    staff = read_staff(path, today=TODAY)
    assert not staff.problems
    [row] = staff.non_asn
    assert (row.name, row.number) == ("Budi Honorer", Nip("NA-0123456789ABCDEF"))
    plan = plan_from_staff(
        staff,
        circular_id=CircularId("menpanrb-1-2024"),
        first=dt.date(2024, 4, 16),
        last=dt.date(2024, 4, 17),
        name="Jadwal",
        default_category=Category.ADMINISTRASI,
    )
    honorer = next(member for member in plan.roster.staff if member.name == "Budi Honorer")
    assert (honorer.nip, honorer.non_asn) == ("NA-0123456789ABCDEF", True)


@pytest.mark.parametrize("refresh", [update_staff, replace_staff])
def test_a_refresh_keeps_the_exemption_from_per_person_caps_of_who_stays(tmp_path: Path, refresh: object) -> None:
    """Permen PANRB 4/2025 Pasal 13: an exemption the user gave is not lost when a newer list comes in."""
    from dataclasses import replace as replaced

    plan = current_plan()
    staff = [replaced(m, cap_exemption="Tugas di luar kantor") if m.nip == C else m for m in plan.roster.staff]
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), staff))
    assert callable(refresh)
    change = refresh(plan, read_staff(newer_list(tmp_path), today=TODAY), default_category=Category.ADMINISTRASI)
    exemptions = {m.nip: m.cap_exemption for m in change.plan.roster.staff if m.cap_exemption}
    assert exemptions == {C: "Tugas di luar kantor"}
