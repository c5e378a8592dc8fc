"""The command line, run as a user runs it: in a separate process."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

from planner.domain.nip import format_nip
from planner.io.circular_file import circular_to_json
from tests.cli import ROOT, planner
from tests.factories import builtin_catalog, make_nip


def write_grid(path: Path, wfh_on_16: int) -> None:
    """A grid as the planner writes it: its units in ``#`` lines, NIPs spaced, each unit's working week."""
    rows = [
        "# unit: Biro Hukum = administrasi; 5",
        "# unit: Biro Layanan = pelayanan_publik; 5",
        "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,Hari kerja,2024-04-16,2024-04-17",
    ]
    for i in range(5):
        status = "WFH" if i < wfh_on_16 else "WFO"
        nip = format_nip(make_nip(i + 1))
        rows.append(f"{nip},Pegawai {i + 1},Analis,Penata (III/c),Biro Hukum,administrasi,5,{status},WFO")
    rows.append(f"{format_nip(make_nip(9))},Petugas,Loket,Pengatur (II/c),Biro Layanan,pelayanan_publik,5,WFO,WFH")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_circulars_lists_the_six_shipped_ones_and_the_users_own(planner_home: Path) -> None:
    own = {**circular_to_json(builtin_catalog().get("menpanrb-1-2024")), "id": "bupati-lombok-2024"}
    folder = planner_home / "data" / "surat-edaran"
    folder.mkdir(parents=True)
    (folder / "bupati-lombok-2024.json").write_text(json.dumps(own), encoding="utf-8")
    (folder / "rusak.json").write_text("{", encoding="utf-8")

    result = planner("circulars", "--json")

    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)
    ids = {document["id"]: document["origin"] for document in documents}
    assert ids["bupati-lombok-2024"] == "user"
    assert {i for i, origin in ids.items() if origin == "builtin"} == {
        "menpanrb-17-2023",
        "sekda-dki-34-2023",
        "menpanrb-1-2024",
        "gubernur-ntb-32-2024",
        "menpanrb-2-2026",
        "permenpanrb-4-2025",
        "menpanrb-2-2025",
        "menpanrb-3-2025",
        "menpanrb-67-2020",
        "kemenag-21-2023",
        "kemenag-12-2025",
        "kemenag-16-2025",
        "jabar-150-2025",
        "bkd-dki-e0021-2025",
    }
    assert "rusak.json: baris 1" in result.stderr
    text = planner("circulars").stdout
    assert "Surat Edaran Sekretaris Daerah Provinsi DKI Jakarta Nomor 34 Tahun 2023" in text
    assert "Administrasi pemerintahan: WFH paling banyak 75 %" in text


def test_demo_writes_a_clean_plan_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "contoh.jadwal"
    assert planner("demo", path).returncode == 0
    before = path.read_bytes()

    again = planner("demo", path)

    assert again.returncode == 2
    assert "sudah ada; tidak ditimpa" in again.stderr
    assert path.read_bytes() == before
    result = planner("validate", path, "--json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report == {
        "circular": "menpanrb-1-2024",
        "amended_by": [],
        "errors": 0,
        "warnings": 0,
        "violations": [],
        "notes": [],
        "staff_notices": [],
    }


def test_validate_reports_the_arithmetic_and_exits_1_on_errors(tmp_path: Path) -> None:
    grid, plan = tmp_path / "jadwal.csv", tmp_path / "jadwal.jadwal"
    write_grid(grid, wfh_on_16=3)
    created = planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", plan)
    assert created.returncode == 0, created.stderr

    result = planner("validate", plan, "--json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["circular"], report["errors"], report["warnings"]) == ("menpanrb-1-2024", 2, 0)
    quota, public = report["violations"]
    assert quota == {
        "severity": "error",
        "rule": "remote_max",
        "date": "2024-04-16",
        "unit": "Seluruh instansi",  # SE 1/2024 counts over the agency's staff (DOMAIN §3a)
        "scope": "agency",
        "category": "administrasi",
        "nip": None,
        "count": 3,
        "headcount": 5,
        "limit": 2,
        "source": "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024",
        "message": "3 dari 5 pegawai WFH = 60 % > batas 50 % (maks. 2)",
    }
    assert (public["rule"], public["date"], public["nip"], public["unit"]) == (
        "office_all",
        "2024-04-17",
        make_nip(9),
        "Biro Layanan",
    )
    text = planner("validate", plan)
    assert text.returncode == 1
    assert "KESALAHAN  2024-04-16  Seluruh instansi · Administrasi pemerintahan: 3 dari 5 pegawai WFH" in text.stdout
    assert "2 kesalahan, 0 peringatan." in text.stdout


def test_export_writes_the_grid_back(tmp_path: Path) -> None:
    grid, plan, out = tmp_path / "jadwal.csv", tmp_path / "jadwal.jadwal", tmp_path / "keluar.csv"
    write_grid(grid, wfh_on_16=2)
    assert planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", plan).returncode == 0

    assert planner("export", plan, "-o", out).returncode == 0

    assert out.read_text(encoding="utf-8-sig").splitlines() == grid.read_text(encoding="utf-8").splitlines()


def test_new_takes_a_range_and_refuses_cells_outside_it(tmp_path: Path) -> None:
    grid, plan = tmp_path / "jadwal.csv", tmp_path / "jadwal.jadwal"
    write_grid(grid, wfh_on_16=0)
    result = planner(
        "new", "--grid", grid, "--circular", "menpanrb-1-2024", "--from", "2024-04-16", "--to", "2024-04-16", "-o", plan
    )
    assert result.returncode == 2
    assert "kolom 2024-04-17: di luar rentang rencana" in result.stderr
    assert not plan.exists()
    wider = planner(
        "new",
        "--grid",
        grid,
        "--circular",
        "menpanrb-1-2024",
        "--from",
        "2024-04-15",
        "--to",
        "2024-04-19",
        "--name",
        "April",
        "-o",
        plan,
    )
    assert wider.returncode == 0, wider.stderr
    assert "15 April 2024 – 19 April 2024" in wider.stdout


def test_bad_input_exits_2_with_a_message_and_writes_nothing(tmp_path: Path) -> None:
    grid, plan = tmp_path / "jadwal.csv", tmp_path / "jadwal.jadwal"
    grid.write_text(
        f"NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-16\n{make_nip(1)[:-1]},A,,,Biro,administrasi,WFH\n",
        encoding="utf-8",
    )

    bad_grid = planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", plan)
    assert bad_grid.returncode == 2
    assert "jadwal.csv: baris 2, kolom NIP" in bad_grid.stderr
    assert "Traceback" not in bad_grid.stderr
    assert not plan.exists()

    write_grid(grid, wfh_on_16=0)
    unknown = planner("new", "--grid", grid, "--circular", "se-99-2099", "-o", plan)
    assert unknown.returncode == 2
    assert "Surat edaran 'se-99-2099' tidak dikenal" in unknown.stderr
    assert not plan.exists()

    not_a_plan = planner("validate", grid)
    assert not_a_plan.returncode == 2
    assert "jadwal.csv: bukan berkas rencana Jadwal Kerja ASN" in not_a_plan.stderr

    usage = planner("validate")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
    assert "argumen berikut wajib diisi: PATH" in usage.stderr


def test_help_and_usage_complaints_are_indonesian() -> None:
    help_text = planner("pdf", "--help")
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("pemakaian: ")
    assert "opsi:" in help_text.stdout
    assert "tampilkan bantuan ini" in help_text.stdout
    assert "show this help" not in help_text.stdout

    bad_choice = planner("pdf", "x.jadwal", "--paper", "B5")
    assert bad_choice.returncode == 2
    assert "argumen --paper: pilihan tidak dikenal: 'B5' (pilih dari 'F4', 'F4-210', 'A4')" in bad_choice.stderr
    assert "unrecognized" not in planner("circulars", "--oops").stderr


def test_main_py_without_a_command_opens_the_demo_plan() -> None:
    env = {**os.environ, "JADWAL_KERJA_EXIT_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "main.py"], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Jadwal WFH/WFO Sekretariat Daerah, April 2024" in result.stdout
    assert "0 kesalahan, 0 peringatan" in result.stdout


def test_a_plan_keeps_its_circular_for_a_computer_that_lacks_it(tmp_path: Path) -> None:
    from planner.domain.circular import CircularId
    from planner.io.demo import demo_plan
    from planner.resources import demo_folder
    from planner.storage.plan_file import PlanFile

    # A circular typed in on the secretariat's PC: the plan file keeps a copy of it.
    own = dataclasses.replace(builtin_catalog().get("menpanrb-1-2024"), id=CircularId("se-kabupaten-7-2024"))
    plan_path = tmp_path / "kabupaten.jadwal"
    PlanFile.create(plan_path, demo_plan(demo_folder()).rebuilt(circular_id=own.id), own)

    elsewhere = {**os.environ, "JADWAL_KERJA_HOME": str(tmp_path / "komputer-lain")}  # no user circulars there
    result = planner("validate", str(plan_path), env=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "salinan dari berkas rencana" in result.stderr


def test_new_takes_the_regions_risk_zone_for_a_circular_that_has_zones(tmp_path: Path) -> None:
    """SE 67/2020 reads by the zone: without one every WFH is outside its periods; an unknown zone is refused."""
    grid = tmp_path / "jadwal.csv"
    write_grid(grid, wfh_on_16=2)
    common = ("new", "--grid", grid, "--circular", "menpanrb-67-2020")
    assert planner(*common, "-o", tmp_path / "tanpa.jadwal").returncode == 0
    assert planner("validate", tmp_path / "tanpa.jadwal").returncode == 1
    assert planner(*common, "--zone", "hijau", "-o", tmp_path / "hijau.jadwal").returncode == 0
    checked = planner("validate", tmp_path / "hijau.jadwal")
    assert checked.returncode == 0, checked.stdout
    refused = planner(*common, "--zone", "ungu", "-o", tmp_path / "ungu.jadwal")
    assert refused.returncode == 2
    assert "hijau, kuning, oranye, merah" in refused.stderr
    assert not (tmp_path / "ungu.jadwal").exists()
