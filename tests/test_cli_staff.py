"""``import-staff`` with real layouts and the user's column choices; an ``export`` a spreadsheet cannot damage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.nip import format_nip, is_internal_number, new_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.storage.plan_file import PlanFile
from tests.cli import planner
from tests.factories import builtin_catalog, make_nip
from tests.io.staff_exports import SIASN_COLUMNS, convert, siasn_row, soffice, write_xlsx

A, B, C = make_nip(1), make_nip(2), make_nip(3, gender=2)
DRIVER = new_internal_number()


def siasn(path: Path) -> Path:
    return write_xlsx(
        path,
        SIASN_COLUMNS,
        [
            siasn_row(A, "Ahmad Fauzan", before="Dr. H.", after="M.Si."),
            siasn_row(B, "Siti", unit="Subbagian Keuangan"),
            siasn_row("", "Budi", position="Pengemudi", kind="PPNPN"),
        ],
    )


def test_show_columns_prints_the_header_and_the_guess_without_importing(tmp_path: Path) -> None:
    result = planner("import-staff", siasn(tmp_path / "siasn.xlsx"), "--show-columns")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "siasn.xlsx, lembar Data: baris judul 1, data mulai baris 2"
    assert f"    B  NIP BARU                          NIP / NI PPPK (--column nip=...)              {A}" in lines
    assert any(line.split()[:4] == ["AQ", "JABATAN", "NAMA", "Jabatan"] for line in lines)
    assert any(line.split()[:4] == ["AP", "JABATAN", "ID", "(abaikan)"] for line in lines)
    gol = ["AJ", "GOL", "AKHIR", "NAMA", "Pangkat", "/", "golongan", "(--column", "pangkat=...)", "III/c"]
    assert any(line.split() == gol for line in lines)
    assert lines[-1] == (
        "Unit, dari terbesar ke terkecil: SATUAN KERJA INDUK NAMA (BI) > SATUAN KERJA KERJA NAMA (BK) > UNOR NAMA (BC)"
    )
    assert not list(tmp_path.glob("*.jadwal"))


def test_column_overrides_correct_any_guess(tmp_path: Path) -> None:
    plan = tmp_path / "rencana.jadwal"
    common: list[str | Path] = [
        "--circular",
        "menpanrb-1-2024",
        "--from",
        "2024-04-16",
        "--to",
        "2024-04-17",
        "-o",
        plan,
    ]

    result = planner(
        "import-staff",
        siasn(tmp_path / "siasn.xlsx"),
        "--column",
        'unit="UNOR NAMA"',
        "--column",
        "jabatan=JENIS JABATAN NAMA",
        "--column",
        "nip=B",
        *common,
    )

    assert result.returncode == 0, result.stderr
    assert "belum dapat" not in result.stderr
    assert "3 pegawai (2 PNS, 0 PPPK, 1 non-ASN;" in result.stdout
    _, opened = PlanFile.open(plan)
    roster = opened.roster
    assert [(member.name, roster.path(member.unit)) for member in roster.staff] == [
        ("Dr. H. Ahmad Fauzan, M.Si.", ["Subbagian Tata Usaha"]),
        ("Budi", ["Subbagian Tata Usaha"]),
        ("Siti", ["Subbagian Keuangan"]),
    ]
    assert {member.position for member in roster.staff} == {"Jabatan Fungsional Tertentu"}
    (driver,) = [member for member in roster.staff if member.non_asn]
    assert is_internal_number(driver.nip)
    assert (driver.name, driver.rank) == ("Budi", "")

    wrong = planner("import-staff", siasn(tmp_path / "lagi.xlsx"), "--column", "unit=UNOR LAMA", "--show-columns")
    assert wrong.returncode != 0
    assert "lagi.xlsx, lembar Data: baris judul 1 tidak punya kolom 'UNOR LAMA' untuk Unit kerja" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_import_staff_without_a_plan_file_says_what_is_missing(tmp_path: Path) -> None:
    result = planner("import-staff", siasn(tmp_path / "siasn.xlsx"), "--circular", "menpanrb-1-2024")

    assert result.returncode != 0
    assert "--from, --to, -o/--output harus diisi" in result.stderr


def round_trip_plan() -> Plan:
    """A six-day unit under a parent without staff, an agency day off, a national day off worked."""
    units = [
        Unit(UnitId("biro"), "Biro Umum", Category.DUKUNGAN_PIMPINAN, None, WorkWeek.SIX_DAYS),
        Unit(UnitId("loket"), "Loket", Category.PELAYANAN_PUBLIK, UnitId("biro"), WorkWeek.SIX_DAYS),
        Unit(UnitId("tu"), "Tata Usaha", Category.ADMINISTRASI, UnitId("biro")),
    ]
    staff = [
        StaffMember(A, "Ahmad", UnitId("loket"), "Petugas Loket", "Pengatur (II/c)"),
        StaffMember(B, "Siti, S.H.", UnitId("loket"), "Petugas", "", Category.ADMINISTRASI),
        StaffMember(C, "=Rina", UnitId("tu"), "Analis", "Penata (III/c)"),
        StaffMember(DRIVER, "Budi", UnitId("tu"), "Pengemudi", "", non_asn=True),
    ]
    cells = {
        A: {dt.date(2024, 4, 13): Status.WFO, dt.date(2024, 4, 15): Status.WFO, dt.date(2024, 4, 16): Status.WFH},
        B: {dt.date(2024, 4, 20): Status.CT, dt.date(2024, 4, 15): Status.WFH},
        C: {dt.date(2024, 4, 15): Status.WFO, dt.date(2024, 4, 19): Status.WFH},
        DRIVER: {dt.date(2024, 4, 15): Status.WFH, dt.date(2024, 4, 16): Status.WFO},
    }
    return Plan(
        name="Uji",
        circular_id=CircularId("menpanrb-1-2024"),
        first=dt.date(2024, 4, 8),
        last=dt.date(2024, 4, 20),
        roster=Roster(units, staff),
        days_added={dt.date(2024, 4, 18): "Rapat kerja, seluruh pegawai"},
        days_removed={dt.date(2024, 4, 15)},
        cells=cells,
    )


def plan_facts(plan: Plan) -> object:
    roster = plan.roster
    units = [
        (roster.path(unit_id), unit.category, unit.week, roster.path(unit.parent) if unit.parent else None)
        for unit_id, unit in roster.units.items()
    ]
    staff = [
        (m.nip, m.non_asn, m.name, m.position, m.rank, roster.path(m.unit), roster.category_of(m)) for m in roster.staff
    ]
    cells = [[plan.status(row, column) for column in range(len(plan.days))] for row in range(len(roster.staff))]
    return units, staff, cells, plan.days, dict(plan.days_added), plan.days_removed


@pytest.mark.parametrize("delimiter", [",", ";", "tab"])
def test_export_then_new_grid_gives_back_the_same_plan(tmp_path: Path, delimiter: str) -> None:
    original = round_trip_plan()
    source, grid, again = tmp_path / "asal.jadwal", tmp_path / "jadwal.csv", tmp_path / "lagi.jadwal"
    PlanFile.create(source, original, builtin_catalog().get("menpanrb-1-2024"))

    exported = planner("export", source, "-o", grid, "--delimiter", delimiter)
    assert exported.returncode == 0, exported.stderr
    created = planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", again)
    assert created.returncode == 0, created.stderr

    _, back = PlanFile.open(again)
    assert plan_facts(back) == plan_facts(original)
    text = grid.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    day_off = "# libur: 2024-04-18 Rapat kerja, seluruh pegawai"
    assert lines[:2] == [f'"{day_off}"' if delimiter == "," else day_off, "# masuk: 2024-04-15"]
    separator = "\t" if delimiter == "tab" else delimiter
    assert f"{separator}Hari kerja{separator}" in text.decode("utf-8-sig")


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_spreadsheet_opening_the_exported_grid_keeps_every_nip(tmp_path: Path, delimiter: str) -> None:
    """LibreOffice opens the CSV as a user would (convert to .xlsx), and every NIP reads back digit for digit."""
    original = round_trip_plan()
    many = [StaffMember(make_nip(serial), f"Pegawai {serial}", UnitId("tu"), "Analis", "") for serial in range(4, 40)]
    original = original.rebuilt(roster=Roster(original.roster.units.values(), [*original.roster.staff, *many]))
    source, grid = tmp_path / "asal.jadwal", tmp_path / "jadwal.csv"
    PlanFile.create(source, original, builtin_catalog().get("menpanrb-1-2024"))
    assert planner("export", source, "-o", grid, "--delimiter", delimiter).returncode == 0

    # Separator, quote, UTF-8, from line 1, every column "Standard": what opening the file does.
    book = convert(grid, "xlsx", filter_name="Calc MS Excel 2007 XML", infilter=f"CSV:{ord(delimiter)},34,76,1")

    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    values = [row[0] for row in sheet.iter_rows(values_only=True)]
    header = values.index("NIP")
    assert values[header + 1 :] == [format_nip(member.nip) for member in original.roster.staff]
    again = tmp_path / "lagi.jadwal"
    created = planner("new", "--grid", book, "--circular", "menpanrb-1-2024", "-o", again)
    assert created.returncode == 0, created.stderr
    _, back = PlanFile.open(again)
    assert plan_facts(back) == plan_facts(original)
