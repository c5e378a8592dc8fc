"""``rekap`` as a user runs it: many plan files in, one recap out, a line per problem, exit 0 or 1."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.cli import planner
from tests.recap.conftest import department_plan, save


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three departments of one province, one of them with errors, and a stray file."""
    plans = tmp_path / "rencana"
    plans.mkdir()
    for number, remote in ((1, 2), (2, 3), (3, 1)):
        save(department_plan(number, remote=remote), plans / f"dinas-{number}.jadwal")
    (plans / "surat.pdf").write_bytes(b"%PDF-1.4")
    return plans


def test_json_has_exactly_the_documented_shape(folder: Path) -> None:
    run = planner("rekap", folder, "--json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert set(document) == {"plans", "days", "totals"}
    assert set(document["plans"][0]) == {
        "file", "agency", "units", "circular", "from", "to", "errors", "warnings", "signed", "matches_signed",
    }  # fmt: skip
    assert set(document["days"][0]) == {
        "date", "plan", "unit", "category", "remote", "office", "absent", "headcount",
    }  # fmt: skip
    assert set(document["totals"][0]) == {"date", "remote", "office", "absent", "headcount"}
    plan = document["plans"][0]
    assert plan["units"] == ["Bidang Umum", "Loket Pelayanan"]
    assert (plan["from"], plan["to"], plan["signed"], plan["matches_signed"]) == (
        "2024-04-15",
        "2024-04-19",
        False,
        None,
    )
    day = next(t for t in document["totals"] if t["date"] == "2024-04-16")
    assert day == {"date": "2024-04-16", "remote": 6, "office": 12, "absent": 0, "headcount": 18}
    assert "surat.pdf" in run.stderr


def test_the_recap_never_disagrees_with_validate(folder: Path) -> None:
    document = json.loads(planner("rekap", folder, "--json").stdout)
    for plan in document["plans"]:
        validated = planner("validate", plan["file"], "--json")
        own = json.loads(validated.stdout)
        assert (plan["errors"], plan["warnings"], plan["circular"]) == (own["errors"], own["warnings"], own["circular"])
    assert [plan["errors"] for plan in document["plans"]] == [0, 2, 0]


def test_xlsx_has_a_sheet_per_view_live_totals_and_f4_printing(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    run = planner("rekap", folder, "-o", out)
    assert run.returncode == 0, run.stderr
    assert "3 rencana direkap (2 tanpa kesalahan, 1 dengan kesalahan" in run.stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Ringkasan", "Rencana", "Total per hari", "Pangsa per unit", "Data", "Masalah"]
    totals = book["Total per hari"]
    assert str(totals["C2"].value).startswith("=SUMIFS(Data!$E$2:")
    assert totals.cell(totals.max_row, 3).value == f"=SUM(C2:C{totals.max_row - 1})"
    assert book["Rencana"]["I5"].value == "=SUM(I2:I4)"
    for sheet in book.worksheets:
        assert sheet.page_setup.paperSize == 14  # Folio: F4
    shares = book["Pangsa per unit"]
    assert [shares[f"A{row}"].value for row in range(2, 5)] == ["Seluruh instansi", "DINAS 1", "    Bidang Umum"]
    over = [c for row in shares.iter_rows(min_row=2) for c in row[2:] if c.value == 75]
    assert len(over) == 2  # DINAS 2's Bidang Umum, 3 of 4 at home on 16 and 17 April
    assert all(c.font.b for c in over)


def test_xlsx_totals_compute_to_the_json_totals_in_libreoffice(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    planner("rekap", folder, "-o", out)
    converted = tmp_path / "hitung"
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(converted), str(out)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("LibreOffice could not recalculate the workbook")
    sheet = openpyxl.load_workbook(converted / "rekap.xlsx", data_only=True)["Total per hari"]
    computed = {
        row[0].value.date().isoformat(): row[2].value
        for row in sheet.iter_rows(min_row=2)
        if row[1].value and isinstance(row[0].value, dt.datetime)
    }
    totals = json.loads(planner("rekap", folder, "--json").stdout)["totals"]
    assert computed == {t["date"]: t["remote"] for t in totals}


def test_pdf_has_the_heads_page_the_share_table_and_the_charts(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.pdf"
    expect = tmp_path / "unit.txt"
    expect.write_text("# wajib kirim\nDinas 1\nDinas Pariwisata\n", encoding="utf-8")
    run = planner("rekap", folder, "-o", out, "--expect", expect)
    assert run.returncode == 0, run.stderr
    assert "Unit yang belum mengirim rencana (1 dari 2): Dinas Pariwisata." in run.stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "REKAP JADWAL" in text
    assert "Dinas Pariwisata" in text
    assert "Pemeriksaan gabungan" in text
    assert "Pangsa jarak jauh (WFH/WFA) per hari" in text
    assert "75!" in text  # 3 of 4 at home in DINAS 2's Bidang Umum, over its 50 %
    assert "Grafik pangsa jarak jauh per hari" in text


def test_csv_has_the_day_rows(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.csv"
    assert planner("rekap", folder, "-o", out).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    days = json.loads(planner("rekap", folder, "--json").stdout)["days"]
    assert len(rows) == len(days)
    assert rows[0]["date"] == days[0]["date"]
    assert int(rows[0]["remote"]) == days[0]["remote"]


def test_nothing_to_recap_exits_1_with_a_line_per_problem(tmp_path: Path) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    (tmp_path / "rusak.jadwal").write_text("bukan rencana", encoding="utf-8")
    run = planner("rekap", empty, tmp_path / "rusak.jadwal", "-o", tmp_path / "rekap.xlsx")
    assert run.returncode == 1
    assert "Folder" in run.stderr
    assert "tidak ada berkas rencana" in run.stderr
    assert "rusak.jadwal: bukan berkas rencana" in run.stderr
    assert "Tidak ada rencana yang dapat direkap" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "rekap.xlsx").exists()


def test_bad_usage_is_refused_before_reading(folder: Path, tmp_path: Path) -> None:
    run = planner("rekap", folder, "-o", tmp_path / "rekap.docx")
    assert run.returncode == 2
    assert "hanya ke .xlsx, .pdf atau .csv" in run.stderr
    existing = tmp_path / "ada.xlsx"
    existing.write_bytes(b"")
    run = planner("rekap", folder, "-o", existing)
    assert run.returncode == 2
    assert "--force" in run.stderr
    assert planner("rekap", folder).returncode == 2


@pytest.mark.parametrize(("first", "last", "days"), [("2024-04-16", "2024-04-16", 1), ("2024-04-13", "2024-04-15", 0)])
def test_a_range_of_one_working_day_or_none_still_writes_every_format(
    folder: Path, tmp_path: Path, first: str, last: str, days: int
) -> None:
    for suffix in (".pdf", ".xlsx", ".csv"):
        out = tmp_path / f"rekap{suffix}"
        run = planner("rekap", folder, "-o", out, "--from", first, "--to", last)
        assert run.returncode == 0, run.stderr
        assert out.stat().st_size > 0
    document = json.loads(planner("rekap", folder, "--from", first, "--to", last, "--json").stdout)
    assert len(document["totals"]) == days
    assert [plan["errors"] for plan in document["plans"]] == [0, 2, 0]  # each plan's own, whole-plan result
