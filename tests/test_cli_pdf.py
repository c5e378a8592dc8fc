"""``python -m planner pdf``, run as a user runs it: in a separate process."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from planner.domain.nip import Nip
from planner.domain.status import Status
from planner.io.demo import demo_plan
from planner.resources import demo_folder
from planner.storage.plan_file import PlanFile
from tests.cli import planner


def page_info(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", info)
    size = re.search(r"Page size:\s+(.*) pts", info)
    assert pages, info
    assert size, info
    return int(pages[1]), size[1]


def demo_file(folder: Path, *, with_error: bool = False) -> Path:
    plan = demo_plan(demo_folder())
    if with_error:
        # A public-service officer (WFO 100 % under SE 1/2024) working from home.
        plan.apply(plan.edits_to([(Nip("199206202019062037"), dt.date(2024, 4, 16))], Status.WFH))
    path = folder / ("salah.jadwal" if with_error else "contoh.jadwal")
    PlanFile.create(path, plan)
    return path


def test_pdf_writes_the_schedule_on_f4_landscape(tmp_path: Path) -> None:
    out = tmp_path / "jadwal.pdf"

    result = planner("pdf", demo_file(tmp_path), "-o", out, "--date", "2024-04-15")

    assert result.returncode == 0, result.stderr
    assert "2 halaman" in result.stdout
    assert page_info(out) == (2, "935.433 x 609.449")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Mataram, 15 April 2024" in text
    assert "NIP. 19720315 199803 1 004" in text


def test_pdf_takes_paper_orientation_and_sections(tmp_path: Path) -> None:
    plan = demo_file(tmp_path)
    a4, table, sections = tmp_path / "a4.pdf", tmp_path / "tabel.pdf", tmp_path / "unit.pdf"

    assert planner("pdf", plan, "-o", a4, "--paper", "A4", "--portrait").returncode == 0
    assert planner("pdf", plan, "-o", table).returncode == 0
    assert planner("pdf", plan, "-o", sections, "--per-unit").returncode == 0

    assert page_info(a4)[1] == "595.276 x 841.89"
    assert page_info(sections)[0] > page_info(table)[0]
    text = subprocess.run(["pdftotext", str(sections), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("Unit kerja: ") == 5  # five top-level units; Bagian Rumah Tangga sits under Biro Umum


def test_pdf_refuses_a_plan_with_errors_with_exit_1_unless_draft(tmp_path: Path) -> None:
    plan = demo_file(tmp_path, with_error=True)
    out = tmp_path / "jadwal.pdf"

    refused = planner("pdf", plan, "-o", out)

    assert refused.returncode == 1
    assert "Ditolak: Jadwal belum sesuai ketentuan: 1 kesalahan" in refused.stderr
    assert "Rahmawati" in refused.stderr
    assert not out.exists()
    draft = planner("pdf", plan, "-o", out, "--draft")
    assert draft.returncode == 0, draft.stderr
    assert "(DRAF)" in draft.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("DRAF — belum sesuai ketentuan") == page_info(out)[0]


def test_pdf_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "jadwal.pdf"
    out.write_bytes(b"old")
    plan = demo_file(tmp_path)

    again = planner("pdf", plan, "-o", out)

    assert again.returncode == 2
    assert "sudah ada; tidak ditimpa" in again.stderr
    assert out.read_bytes() == b"old"
    assert planner("pdf", plan, "-o", out, "--force").returncode == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_of_a_plan_without_a_signatory_is_bad_input(tmp_path: Path) -> None:
    grid = tmp_path / "grid.csv"
    grid.write_text(
        "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-16\n"
        "198001012005011001,Pegawai Satu,Analis,Penata (III/c),Biro Hukum,administrasi,WFO\n",
        encoding="utf-8",
    )
    plan = tmp_path / "baru.jadwal"
    assert planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", plan).returncode == 0
    out = tmp_path / "jadwal.pdf"

    result = planner("pdf", plan, "-o", out)

    assert result.returncode == 2
    assert "penanda tangan belum diisi" in result.stderr
    assert "Profil instansi" in result.stderr
    assert not out.exists()


def test_a_draft_of_a_plan_made_on_the_command_line_prints_without_a_signatory_and_marks_the_gap(
    tmp_path: Path,
) -> None:
    grid = tmp_path / "grid.csv"
    grid.write_text(
        "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-16\n"
        "198001012005011001,Pegawai Satu,Analis,Penata (III/c),Biro Hukum,administrasi,WFH\n",
        encoding="utf-8",
    )
    plan = tmp_path / "baru.jadwal"
    assert planner("new", "--grid", grid, "--circular", "menpanrb-1-2024", "-o", plan).returncode == 0
    out = tmp_path / "draf.pdf"

    result = planner("pdf", plan, "-o", out, "--draft")

    assert result.returncode == 0, result.stderr
    assert "(DRAF)" in result.stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "DRAF" in text
    assert "[jabatan penanda tangan belum diisi]," in text
    assert "[nama penanda tangan belum diisi]" in text
    assert "Pegawai Satu" in text


def test_pdf_rejects_an_unknown_paper(tmp_path: Path) -> None:
    result = planner("pdf", demo_file(tmp_path), "-o", tmp_path / "x.pdf", "--paper", "Letter")

    assert result.returncode == 2
    assert "--paper" in result.stderr
