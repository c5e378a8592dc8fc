"""The command line with Excel: import a staff list, build a plan from a workbook grid, export to .xlsx."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl

from tests.cli import planner
from tests.factories import make_nip

A, B, C = make_nip(1), make_nip(2), make_nip(3, gender=2)


def staff_list(path: Path, nips: list[object]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Daftar"
    sheet.append(["DAFTAR PEGAWAI"])
    sheet.append(["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "Sub Bagian", "Kategori"])
    for number, nip in enumerate(nips, start=1):
        sheet.append([number, nip, f"Pegawai {number}, S.E.", "Analis", "Biro Umum", "Bagian Umum", "administrasi"])
    sheet.append([None, "Jumlah", f"{len(nips)} orang"])
    workbook.save(path)
    return path


def import_staff(source: Path, plan: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return planner(
        "import-staff",
        source,
        "--circular",
        "menpanrb-1-2024",
        "--from",
        "2024-04-16",
        "--to",
        "2024-04-17",
        "-o",
        plan,
        *extra,
    )


def test_import_staff_writes_a_plan_and_prints_the_rows_it_left_out(tmp_path: Path) -> None:
    source = staff_list(tmp_path / "pegawai.xlsx", [A, float(B), C, A[:-1]])
    plan = tmp_path / "april.jadwal"

    result = import_staff(source, plan, "--sheet", "Daftar", "--category", "dukungan_pimpinan")

    assert result.returncode == 0, result.stderr
    assert "Rencana ditulis ke" in result.stdout
    assert "2 pegawai (2 PNS, 0 PPPK, 0 non-ASN; baris judul 2), 2 unit, 16 April 2024 – 17 April 2024" in result.stdout
    assert "2 baris dilewati" in result.stdout
    assert (
        "Dilewati: pegawai.xlsx, lembar Daftar: baris 4, kolom NIP (B): '1.98001012005011E+17': "
        "digit NIP hilang — format kolom NIP sebagai Teks di Excel"
    ) in result.stderr
    assert "baris 6, kolom NIP (B)" in result.stderr
    assert "NIP harus 18 digit" in result.stderr
    assert "Jumlah" not in result.stderr
    report = json.loads(planner("validate", plan, "--json").stdout)
    assert report["errors"] == 0


def test_import_staff_with_no_valid_row_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    source = staff_list(tmp_path / "pegawai.xlsx", [float(A), A[:-1]])
    plan = tmp_path / "april.jadwal"

    result = import_staff(source, plan)

    assert result.returncode == 1
    assert "Tidak ada pegawai yang dapat diimpor dari pegawai.xlsx, lembar Daftar" in result.stderr
    assert not plan.exists()


def test_import_staff_refuses_bad_input_with_exit_2(tmp_path: Path) -> None:
    plan = tmp_path / "april.jadwal"
    corrupt = tmp_path / "rusak.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 terpotong")
    cases = [
        (import_staff(corrupt, plan), "rusak.xlsx: buku kerja rusak"),
        (import_staff(tmp_path / "tidak-ada.csv", plan), "tidak-ada.csv: berkas tidak ditemukan"),
        (import_staff(staff_list(tmp_path / "p.xlsx", [A]), plan, "--sheet", "Lain"), "tidak ada lembar 'Lain'"),
        (import_staff(staff_list(tmp_path / "p.xlsx", [A]), plan, "--category", "keuangan"), "kategori 'keuangan'"),
        (planner("import-staff", tmp_path / "p.xlsx", "--circular", "menpanrb-1-2024", "-o", plan), "--from"),
    ]
    for result, expected in cases:
        assert result.returncode == 2, result.stderr
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
    assert not plan.exists()


def test_a_plan_exports_to_xlsx_and_comes_back_through_new_grid(tmp_path: Path) -> None:
    plan, book, again = tmp_path / "april.jadwal", tmp_path / "april.xlsx", tmp_path / "lagi.jadwal"
    assert import_staff(staff_list(tmp_path / "pegawai.xlsx", [A, B, C]), plan).returncode == 0

    exported = planner("export", plan, "-o", book)

    assert exported.returncode == 0, exported.stderr
    assert "Buku kerja ditulis ke" in exported.stdout
    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames == ["Jadwal", "Rekap", "Masalah", "Keterangan", "Cetak"]
    sheet = workbook["Jadwal"]
    sheet["G3"] = "WFH"  # the secretariat plans in Excel
    workbook.save(book)
    created = planner("new", "--grid", book, "--circular", "menpanrb-1-2024", "-o", again)
    assert created.returncode == 0, created.stderr
    assert "3 pegawai, 2 unit" in created.stdout
    csv = tmp_path / "lagi.csv"
    assert planner("export", again, "-o", csv).returncode == 0
    spaced = f"{A[:8]} {A[8:14]} {A[14]} {A[15:]}"
    row = f'{spaced},"Pegawai 1, S.E.",Analis,,Biro Umum > Bagian Umum,administrasi,5,WFH,'
    assert row in csv.read_text("utf-8-sig")


def test_export_refuses_other_formats_and_existing_files(tmp_path: Path) -> None:
    plan = tmp_path / "april.jadwal"
    assert import_staff(staff_list(tmp_path / "pegawai.xlsx", [A]), plan).returncode == 0
    other = planner("export", plan, "-o", tmp_path / "april.ods")
    assert other.returncode == 2
    assert "ekspor hanya ke .xlsx (buku kerja Excel) atau .csv (format grid)" in other.stderr
    existing = tmp_path / "ada.xlsx"
    existing.write_bytes(b"lama")
    again = planner("export", plan, "-o", existing)
    assert again.returncode == 2
    assert existing.read_bytes() == b"lama"
