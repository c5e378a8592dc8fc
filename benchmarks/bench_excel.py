"""Speed of staff lists in from Excel and CSV, and of the plan out to an Excel workbook.

Run from the repository root:

    .venv/bin/python benchmarks/bench_excel.py          # full run
    .venv/bin/python benchmarks/bench_excel.py --quick  # CI smoke run: same sizes, fewer repeats

The staff list is a SIMPEG-like sheet of 5,000 staff with valid NIPs stored as text: two
title rows (merged), a header whose "Pangkat/Gol." and "Unit Kerja" span two sub-columns, a
row of column numbers, eight columns (rank in two parts, unit in two levels, 10 bureaus and
500 sections), and a totals row; the same list is also saved as a ``;`` CSV in Windows-1252.
The plan is ``bench_core``'s synthetic agency (5,000 staff x 31 days, every working-day cell
filled, with many violations, so the problems sheet is long). Each line is a median against
the target from the issue:

1. reading the 5,000-row .xlsx list (``read_staff``: sheet, header, rows; pandas' calamine engine): at most 1.5 s;
2. reading the same list as CSV: at most 1.5 s;
3. what the window does on "update from a newer list" for 5,000 staff (``read_staff`` then
   ``update_staff`` against the 5,000-staff plan, 100 leaving and 100 joining): at most 1.5 s;
4. exporting the plan as the CLI ``export`` and the window do (``write_xlsx``: validation, the five
   sheets with colours, frozen panes, live formulas, legend and print set-up, atomic save):
   5,000 x 31 at most 1 s and 50,000 x 31 (``bench_core.LARGE_STAFF``) at most 8 s (issue 18);
5. a 5,000-row list in SIASN's full 67-column layout (``tests/io/staff_exports.py``: identifiers,
   first and current rank, titles, three unit levels) as .xlsx (written by openpyxl, every text
   inline: the largest sheet XML), the same .xlsx saved by LibreOffice (shared strings, as
   Excel saves it), .xls (LibreOffice; both skipped without it) and a UTF-8 .csv, each read,
   mapped (header and the meaning of every column from names and values) and parsed by
   ``read_staff``: at most 0.3 s each, the libraries already imported;
6. the first such read of the .xlsx in a fresh process, pandas and calamine imports included
   (one measurement; informative, 2 s).

Times come from ``time.perf_counter`` with the garbage collector on, as in the application.
The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import openpyxl
from bench_core import LARGE_STAFF, MONTH, Result, build_fixture, make_nip, median_seconds, run_benchmarks

from planner.domain.calendar import indonesian_calendar
from planner.domain.category import Category
from planner.domain.plan import Plan
from planner.io.staff_import import read_staff, update_staff
from planner.io.xlsx_export import write_xlsx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.io.staff_exports import SIASN_COLUMNS, convert, siasn_row, soffice

STAFF = 5_000
BUREAUS = 10
SECTIONS = 500
LEAVING = 100
"""Staff of the plan missing from the newer list; as many newcomers take their places."""


@dataclass(frozen=True, slots=True)
class Repeats:
    """How many times each timed measurement runs."""

    imports: int
    exports: int
    large_exports: int


FULL = Repeats(imports=7, exports=5, large_exports=3)
QUICK = Repeats(imports=3, exports=2, large_exports=1)

HEADER = ["No", "NIP Baru", "Nama Pegawai", "Pangkat/Gol.", None, "Unit Kerja", None, "Nama Jabatan"]
SUB_HEADER = [None, None, None, "Pangkat", "Gol.", "Biro", "Bagian", None]


def staff_rows(nips: Sequence[str]) -> list[list[object]]:
    """One row per NIP, spread over the bureaus and sections."""
    return [
        [
            number,
            nip,
            f"Pegawai {number}, S.H., M.Si.",
            "Penata",
            "III/c",
            f"Biro {number % BUREAUS}",
            f"Bagian {number % SECTIONS}",
            "Analis Kebijakan Ahli Muda",
        ]
        for number, nip in enumerate(nips, start=1)
    ]


def write_list_xlsx(path: Path, nips: Sequence[str]) -> Path:
    """The staff list as a workbook, with the titles, spanning header, numbers and totals of a real one."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nominatif"
    sheet.append(["DAFTAR NOMINATIF PEGAWAI"])
    sheet.append(["PEMERINTAH PROVINSI CONTOH"])
    sheet.append(HEADER)
    sheet.append(SUB_HEADER)
    sheet.append(list(range(1, len(HEADER) + 1)))
    for row in staff_rows(nips):
        sheet.append(row)
    sheet.append(["JUMLAH", None, f"{len(nips)} orang"])
    for cells in ("A1:H1", "A2:H2", "D3:E3", "F3:G3"):
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def write_list_csv(path: Path, nips: Sequence[str]) -> Path:
    """The same list as Excel saves "CSV (dipisah titik koma)": ``;`` and Windows-1252."""
    with path.open("w", encoding="cp1252", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["DAFTAR NOMINATIF PEGAWAI"])
        writer.writerow([])
        writer.writerow(["No", "NIP Baru", "Nama Pegawai", "Pangkat", "Gol.", "Unit Kerja", "Sub Bagian", "Jabatan"])
        writer.writerows(staff_rows(nips))
    return path


def bench_read(path: Path, name: str, repeats: int) -> Result:
    """Median time to read a staff list, checking that every row came through."""
    staff = read_staff(path)
    assert not staff.problems, staff.problem_lines()[:3]
    assert len(staff.rows) == STAFF
    size = f"{STAFF:,} rows, {path.stat().st_size / 1e6:.1f} MB"
    return Result(name, size, median_seconds(partial(read_staff, path), repeats), 1.5, "s")


def read_and_update(path: Path, plan: Plan) -> None:
    """What the window computes before showing who joins and who leaves."""
    update_staff(plan, read_staff(path), default_category=Category.ADMINISTRASI)


def bench_update(folder: Path, plan: Plan, repeats: int) -> Result:
    """Median time to read a newer list and build the plan with it."""
    nips = [member.nip for member in plan.roster.staff[LEAVING:]]
    nips += [make_nip(STAFF + index) for index in range(LEAVING)]
    path = write_list_xlsx(folder / "baru.xlsx", nips)
    change = update_staff(plan, read_staff(path), default_category=Category.ADMINISTRASI)
    assert (len(change.left), len(change.joined)) == (LEAVING, LEAVING)
    size = f"{STAFF:,} rows into {len(plan.roster.staff):,} staff, {LEAVING} out, {LEAVING} in"
    return Result(
        "read .xlsx + update_staff", size, median_seconds(partial(read_and_update, path, plan), repeats), 1.5, "s"
    )


EXPORT_TARGETS = {STAFF: 1.0, LARGE_STAFF: 8.0}
"""Seconds for the whole export of the month's plan, by staff (issue 18)."""


def bench_export(folder: Path, staff: int, repeats: int) -> Result:
    """Median time to write the synthetic agency's month as a workbook, checking it opens and holds every row."""
    fixture = build_fixture(MONTH, staff)
    calendar = indonesian_calendar(fixture.plan.first, fixture.plan.last)
    path = folder / f"ekspor-{staff}.xlsx"

    def export() -> None:
        write_xlsx(fixture.plan, path, circular=fixture.circular, calendar=calendar)

    seconds = median_seconds(export, repeats)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        assert book.sheetnames == ["Jadwal", "Rekap", "Masalah", "Keterangan", "Cetak"], book.sheetnames
        rows = sum(1 for _ in book["Jadwal"].iter_rows(min_row=3, max_col=1, values_only=True))
        assert rows == staff, rows
    finally:
        book.close()
    size = f"{fixture.size}, {path.stat().st_size / 1e6:.1f} MB"
    return Result("export .xlsx (write_xlsx)", size, seconds, EXPORT_TARGETS[staff], "s")


SIASN_TARGET = 0.3
UNITS = ("Subbagian Tata Usaha", "Subbagian Keuangan", "Seksi Kurikulum", "Seksi Sarana", "Bidang Umum")


def siasn_rows(nips: Sequence[str]) -> list[list[object]]:
    """5,000 people as SIASN's full export gives them, over 50 work units and 5 units each."""
    return [
        siasn_row(
            nip,
            f"Pegawai {index}",
            before="Dr." if index % 7 == 0 else "",
            after="S.E., M.Si." if index % 3 == 0 else "S.Kom.",
            rank=("III/a", ("III/b", "III/c", "III/d", "IV/a")[index % 4]),
            position=("Analis Kebijakan Ahli Muda", "Pranata Komputer", "Pengadministrasi Umum")[index % 3],
            unit=UNITS[index % len(UNITS)],
            work_unit=f"Dinas {index % 50}",
        )
        for index, nip in enumerate(nips)
    ]


def write_siasn(folder: Path, nips: Sequence[str]) -> tuple[Path, Path | None, Path | None, Path]:
    """The SIASN list as .xlsx (openpyxl: every text inline), .xls and .xlsx saved by LibreOffice
    (shared strings, as Excel saves; None without LibreOffice) and .csv."""
    rows = siasn_rows(nips)
    # Not write-only: openpyxl then writes shared strings, as Excel and the exporters do (its
    # write-only mode writes every text inline, a sheet three times the size).
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Data"
    sheet.append(list(SIASN_COLUMNS))
    for row in rows:
        sheet.append(row)
    xlsx = folder / "siasn.xlsx"
    workbook.save(xlsx)
    text = folder / "siasn.csv"
    with text.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(SIASN_COLUMNS)
        writer.writerows(rows)
    xls = shared = None
    if soffice() is not None:
        try:
            xls = convert(xlsx, "xls")
            saved = folder / "saved"
            saved.mkdir()
            copy = saved / xlsx.name
            copy.write_bytes(xlsx.read_bytes())
            shared = convert(copy, "xlsx", filter_name="Calc MS Excel 2007 XML")
        except (subprocess.SubprocessError, AssertionError, OSError) as error:
            print(f"LibreOffice could not convert the list ({error}); those lines are skipped", file=sys.stderr)
    return xlsx, xls, shared, text


def bench_siasn(path: Path | None, name: str, repeats: int) -> Result:
    """Median time to read, map and parse the SIASN list, checking every row and the mapping."""
    if path is None:
        return Result(name, "LibreOffice missing", None, SIASN_TARGET, "s")
    staff = read_staff(path)
    assert not staff.problems, staff.problem_lines()[:3]
    assert len(staff.rows) == STAFF
    assert staff.rows[0].name.startswith("Dr. Pegawai 0"), staff.rows[0].name
    assert len(staff.rows[0].unit_path) == 3, staff.rows[0].unit_path
    size = f"{STAFF:,} rows x {len(SIASN_COLUMNS)} columns, {path.stat().st_size / 1e6:.1f} MB"
    return Result(name, size, median_seconds(partial(read_staff, path), repeats), SIASN_TARGET, "s")


def bench_first_read(path: Path) -> Result:
    """One read in a fresh interpreter, imports of the planner, pandas and calamine included."""
    probe = (
        "import time; start = time.perf_counter(); from pathlib import Path; "
        "from planner.io.staff_import import read_staff; "
        f"read_staff(Path({str(path)!r})); print(time.perf_counter() - start)"
    )
    try:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
        seconds: float | None = float(done.stdout.strip())
    except (subprocess.SubprocessError, ValueError):
        seconds = None
    return Result("first SIASN .xlsx read, with imports", f"{STAFF:,} rows, fresh process", seconds, 2.0, "s")


def run(repeats: Repeats) -> list[Result]:
    """Every measurement, in the order of the issue."""
    with tempfile.TemporaryDirectory(prefix="bench-excel-") as name:
        folder = Path(name)
        nips = [make_nip(index) for index in range(STAFF)]
        workbook = write_list_xlsx(folder / "pegawai.xlsx", nips)
        text = write_list_csv(folder / "pegawai.csv", nips)
        siasn_xlsx, siasn_xls, siasn_shared, siasn_csv = write_siasn(
            folder, [make_nip(index + 1) for index in range(STAFF)]
        )
        return [
            bench_read(workbook, "read staff list .xlsx", repeats.imports),
            bench_read(text, "read staff list .csv (cp1252, ;)", repeats.imports),
            bench_update(folder, build_fixture(MONTH).plan, repeats.imports),
            bench_export(folder, STAFF, repeats.exports),
            bench_export(folder, LARGE_STAFF, repeats.large_exports),
            bench_siasn(siasn_xlsx, "SIASN 67-col .xlsx read+map+parse", repeats.imports),
            bench_siasn(siasn_shared, "  same .xlsx saved by LibreOffice", repeats.imports),
            bench_siasn(siasn_xls, "SIASN 67-col .xls read+map+parse", repeats.imports),
            bench_siasn(siasn_csv, "SIASN 67-col .csv read+map+parse", repeats.imports),
            bench_first_read(siasn_xlsx),
        ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and exit 0."""
    return run_benchmarks(run, FULL, QUICK, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
