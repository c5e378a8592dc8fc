"""The Excel export read back: the grid, colours, frozen panes, live totals, problems, legend, safe text."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from planner.domain.calendar import WorkCalendar
from planner.domain.category import Category
from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import new_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.domain.wording import describe
from planner.io import xlsx_export
from planner.io.grid_csv import grid_text, plan_from_grid, read_grid, write_grid
from planner.io.staff_import import read_schedule
from planner.io.xlsx_export import MEASURES, write_xlsx
from tests.factories import builtin_catalog, calendar, make_nip

FIRST, LAST = dt.date(2024, 4, 12), dt.date(2024, 4, 17)
"""Friday to Wednesday: cuti bersama on Friday 12 and Monday 15 April, a weekend, then two working days."""
HOSTILE = {
    "name": '=HYPERLINK("http://contoh.invalid","klik")',
    "position": "+62 811 000",
    "rank": "-2+3",
    "unit": "@SUM(1)",
}


def sample_plan() -> Plan:
    """Biro Hukum (5 staff, administration) and Loket (2 staff, public service, six-day week) under a Biro."""
    units = [
        Unit(UnitId("biro"), "Biro Umum", Category.ADMINISTRASI),
        Unit(UnitId("hukum"), "Biro Hukum", Category.ADMINISTRASI, UnitId("biro")),
        Unit(UnitId("loket"), "Loket *Pelayanan*", Category.PELAYANAN_PUBLIK, UnitId("biro"), WorkWeek.SIX_DAYS),
    ]
    staff = [StaffMember(make_nip(i), f"Pegawai {i}", UnitId("hukum"), "Analis", "Penata (III/c)") for i in range(1, 6)]
    staff += [StaffMember(make_nip(i), f"Petugas {i}", UnitId("loket"), "Petugas Loket") for i in (6, 7)]
    tue, wed, sat = dt.date(2024, 4, 16), dt.date(2024, 4, 17), dt.date(2024, 4, 13)
    cells = {
        make_nip(1): {tue: Status.WFH, wed: Status.WFH},
        make_nip(2): {tue: Status.WFH, wed: Status.WFA},
        make_nip(3): {tue: Status.WFH, wed: Status.CT},
        make_nip(4): {tue: Status.WFO},
        make_nip(6): {sat: Status.WFO, tue: Status.WFH},
        make_nip(7): {sat: Status.S},
    }
    return Plan(
        name="Jadwal April",
        circular_id=CircularId("menpanrb-1-2024"),
        first=FIRST,
        last=LAST,
        roster=Roster(units, staff),
        cells=cells,
    )


def export(plan: Plan, path: Path, **options: Any) -> Workbook:
    circular = builtin_catalog().get(plan.circular_id)
    write_xlsx(plan, path, circular=circular, calendar=calendar(2024, 2024), today=dt.date(2024, 4, 10), **options)
    return openpyxl.load_workbook(path)


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Plan, Workbook, Path]:
    plan = sample_plan()
    path = tmp_path / "jadwal.xlsx"
    return plan, export(plan, path), path


# ---- a tiny evaluator for the formulas the export writes ---------------------------------------

_RANGE = r"(?:(\w+)!)?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)"
_STRING = r'"((?:[^"]|"")*)"'


class Sheets:
    """Evaluates the shapes of formula the export writes, over the values of a loaded workbook."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def value(self, sheet: str, reference: str) -> Any:
        cell = self.workbook[sheet][reference.replace("$", "")]
        value = cell.value
        if isinstance(value, str) and value.startswith("=") and cell.data_type == "f":
            return self.evaluate(sheet, value[1:])
        return value

    def column(self, sheet: str, match: re.Match[str], offset: int = 0) -> list[Any]:
        name = match.group(1 + offset) or sheet
        letter, first, last = match.group(2 + offset), int(match.group(3 + offset)), int(match.group(5 + offset))
        return [self.value(name, f"{letter}{row}") for row in range(first, last + 1)]

    @staticmethod
    def matches(value: Any, criterion: str) -> bool:
        if criterion == "":
            return value is None or value == ""
        if criterion.startswith("="):
            criterion = criterion[1:]
        wanted = re.sub(r"~([~*?])", r"\1", criterion)
        return isinstance(value, str) and value.casefold() == wanted.casefold()

    def evaluate(self, sheet: str, formula: str) -> Any:
        parts = re.split(r"(?<=\))\+(?=COUNTIFS)", formula)
        if len(parts) > 1:
            return sum(self.evaluate(sheet, part) for part in parts)
        if found := re.fullmatch(rf"COUNTIFS\({_RANGE},{_STRING},{_RANGE},{_STRING}\)", formula):
            units, days = self.column(sheet, found), self.column(sheet, found, 6)
            unit, code = found.group(6).replace('""', '"'), found.group(12).replace('""', '"')
            return sum(1 for u, d in zip(units, days, strict=True) if self.matches(u, unit) and self.matches(d, code))
        if found := re.fullmatch(rf"COUNTIF\({_RANGE},{_STRING}\)", formula):
            unit = found.group(6).replace('""', '"')
            return sum(1 for value in self.column(sheet, found) if self.matches(value, unit))
        if found := re.fullmatch(rf"SUMIF\({_RANGE},{_STRING},{_RANGE}\)", formula):
            labels, values = self.column(sheet, found), self.column(sheet, found, 6)
            wanted = found.group(6)
            return sum(v for label, v in zip(labels, values, strict=True) if label == wanted and isinstance(v, int))
        if found := re.fullmatch(r'IF\((\w+)=0,"",\((\w+)\+(\w+)\)/(\w+)\)', formula):
            total = self.value(sheet, found.group(1))
            return "" if total == 0 else (self.value(sheet, found.group(2)) + self.value(sheet, found.group(3))) / total
        if re.fullmatch(r"\w+(-\w+)+", formula):
            first, *rest = formula.split("-")
            return self.value(sheet, first) - sum(self.value(sheet, reference) for reference in rest)
        raise AssertionError(f"a formula the test cannot read: ={formula}")


def summary_rows(workbook: Workbook) -> dict[tuple[str, str], int]:
    """(unit or "Seluruh instansi", measure) → row on Rekap."""
    sheet = workbook["Rekap"]
    return {
        (str(row[0].value), str(row[2].value)): row[0].row
        for row in sheet.iter_rows(min_row=3)
        if row[0].value is not None
    }


# ---- the grid -----------------------------------------------------------------------------------


def test_the_grid_has_the_plans_columns_codes_and_day_names(exported: tuple[Plan, Workbook, Path]) -> None:
    plan, workbook, _ = exported

    assert workbook.sheetnames == ["Jadwal", "Rekap", "Masalah", "Keterangan", "Cetak"]
    sheet = workbook["Jadwal"]
    assert [cell.value for cell in sheet[1]][6:] == ["Jumat", "Sabtu", "Minggu", "Senin", "Selasa", "Rabu"]
    header = [cell.value for cell in sheet[2]]
    assert header[:6] == ["NIP", "Nama", "Jabatan", "Pangkat", "Unit", "Kategori"]
    assert header[6:] == [dt.datetime.combine(day, dt.time()) for day in plan.days]
    assert sheet["G2"].number_format == "dd/mm/yyyy"
    first = [cell.value for cell in sheet[3]]
    assert first[:6] == [
        make_nip(1),
        "Pegawai 1",
        "Analis",
        "Penata (III/c)",
        "Biro Umum > Biro Hukum",
        "Administrasi pemerintahan",
    ]
    assert first[6:] == [None, None, None, None, "WFH", "WFH"]
    assert [cell.value for cell in sheet[8]][6:] == [None, "WFO", None, None, "WFH", None]
    assert sheet.max_row == 2 + len(plan.roster.staff)


def test_nips_are_text_cells_formatted_as_text(exported: tuple[Plan, Workbook, Path]) -> None:
    _, workbook, _ = exported
    sheet = workbook["Jadwal"]

    for row in range(3, sheet.max_row + 1):
        cell = sheet.cell(row, 1)
        assert cell.data_type == "s"
        assert cell.number_format == "@"
        assert len(str(cell.value)) == 18


def test_panes_freeze_at_the_first_day_and_non_working_days_are_shaded(exported: tuple[Plan, Workbook, Path]) -> None:
    _, workbook, _ = exported
    sheet = workbook["Jadwal"]

    assert sheet.freeze_panes == "G3"
    assert workbook["Rekap"].freeze_panes == "D3"
    shade = xlsx_export.NON_WORKING_FILL
    # Sunday and the cuti bersama are off for every unit: whole columns are shaded.
    for letter in ("I", "J"):
        assert sheet.column_dimensions[letter].fill.fgColor.rgb.endswith(shade)
        assert sheet[f"{letter}2"].fill.fgColor.rgb.endswith(shade)
    # Saturday is a working day for the six-day Loket only: the five-day Biro Hukum's cells are shaded.
    assert not (sheet.column_dimensions["H"].fill and sheet.column_dimensions["H"].fill.fgColor.rgb.endswith(shade))
    assert sheet["H3"].fill.fgColor.rgb.endswith(shade)
    assert sheet["H8"].fill.fill_type is None
    assert sheet["K3"].fill.fill_type is None


def test_codes_colour_themselves_even_when_typed_in_excel(exported: tuple[Plan, Workbook, Path]) -> None:
    _, workbook, _ = exported
    sheet = workbook["Jadwal"]

    colours = {}
    for formatting in sheet.conditional_formatting:
        assert str(formatting.sqref) == "G3:L9"
        for rule in formatting.rules:
            assert (rule.type, rule.operator) == ("cellIs", "equal")
            colours[rule.formula[0].strip('"')] = rule.dxf.fill.fgColor.rgb[-6:]
    assert colours == {status.code: status.colour[1:] for status in Status}
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"WFO,WFH,WFA,CT,S,DL,TB"'
    assert str(validation.sqref) == "G3:L9"


def test_text_that_would_run_as_a_formula_stays_text(tmp_path: Path) -> None:
    plan = sample_plan()
    member = plan.roster.staff[0]
    units = list(plan.roster.units.values())
    units[1] = Unit(units[1].id, HOSTILE["unit"], units[1].category, units[1].parent)
    hostile = StaffMember(member.nip, HOSTILE["name"], member.unit, HOSTILE["position"], HOSTILE["rank"])
    plan = plan.rebuilt(roster=Roster(units, [hostile, *plan.roster.staff[1:]]))
    path = tmp_path / "jadwal.xlsx"

    workbook = export(plan, path)

    sheet = workbook["Jadwal"]
    cells = [sheet.cell(3, column) for column in range(2, 6)]
    assert [cell.value for cell in cells] == [
        HOSTILE["name"],
        HOSTILE["position"],
        HOSTILE["rank"],
        f"Biro Umum > {HOSTILE['unit']}",
    ]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells[:3])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # the grid holds no formula at all
    assert "HYPERLINK" in xml
    unit = f"Biro Umum > {HOSTILE['unit']}"
    cell = workbook["Rekap"][f"A{summary_rows(workbook)[(unit, 'WFH')]}"]
    assert (cell.value, cell.data_type) == (unit, "s")


def test_the_csv_export_neutralises_the_same_text_and_reads_it_back(tmp_path: Path) -> None:
    plan = sample_plan()
    member = plan.roster.staff[0]
    hostile = StaffMember(member.nip, HOSTILE["name"], member.unit, HOSTILE["position"], "-")
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), [hostile, *plan.roster.staff[1:]]))
    path = tmp_path / "jadwal.csv"

    write_grid(plan, path)

    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("NIP,"))
    row = next(iter(csv.reader(io.StringIO(lines[header + 1]))))
    assert row[1:4] == ["'" + HOSTILE["name"], "'" + HOSTILE["position"], "-"]
    back = read_grid(path).rows[0]
    assert (back.name, back.position, back.rank) == (HOSTILE["name"], HOSTILE["position"], "-")


# ---- the totals ---------------------------------------------------------------------------------


def test_the_totals_are_formulas_that_match_the_validator(exported: tuple[Plan, Workbook, Path]) -> None:
    plan, workbook, _ = exported
    validator = Validator(plan, builtin_catalog().get(plan.circular_id), calendar(2024, 2024))
    sheets = Sheets(workbook)
    rows = summary_rows(workbook)
    rekap = workbook["Rekap"]

    for column, day in enumerate(plan.days):
        letter = xlsx_export.column_letter(xlsx_export.SUMMARY_FIRST_DAY_COLUMN + column)
        tally = validator.agency_tally(column)
        cell = f"{letter}{rows[('Seluruh instansi', 'WFH')]}"
        if tally.headcount == 0:
            assert rekap[cell].value is None, day
            continue
        assert rekap[cell].data_type == "f"
        figures = {
            measure: sheets.value("Rekap", f"{letter}{rows[('Seluruh instansi', measure)]}") for measure in MEASURES
        }
        assert figures["WFH"] + figures["WFA"] == tally.remote, day
        assert figures["WFO"] == tally.office, day
        assert figures["Tidak hadir"] == tally.absent, day
        assert figures["Jumlah pegawai"] == tally.headcount, day
        assert figures["% jarak jauh"] == pytest.approx(tally.remote / tally.headcount), day

    tuesday = xlsx_export.column_letter(xlsx_export.SUMMARY_FIRST_DAY_COLUMN + plan.days.index(dt.date(2024, 4, 16)))
    hukum = {m: sheets.value("Rekap", f"{tuesday}{rows[('Biro Umum > Biro Hukum', m)]}") for m in MEASURES}
    assert hukum == {"WFH": 3, "WFA": 0, "WFO": 2, "Tidak hadir": 0, "Jumlah pegawai": 5, "% jarak jauh": 0.6}
    loket = rows[("Biro Umum > Loket *Pelayanan*", "WFH")]
    assert '"=Biro Umum > Loket ~*Pelayanan~*"' in str(rekap[f"{tuesday}{loket}"].value)
    assert sheets.value("Rekap", f"{tuesday}{loket}") == 1
    assert rekap[f"{tuesday}{rows[('Seluruh instansi', '% jarak jauh')]}"].number_format == "0.0%"


def test_the_totals_follow_a_change_made_in_excel(exported: tuple[Plan, Workbook, Path]) -> None:
    _, workbook, _ = exported
    rows = summary_rows(workbook)
    cell = f"H{rows[('Biro Umum > Biro Hukum', 'WFH')]}"  # Tuesday on Rekap
    sheets = Sheets(workbook)
    before = sheets.value("Rekap", cell)

    workbook["Jadwal"]["K6"] = "WFH"  # Pegawai 4 on Tuesday, WFO before

    assert sheets.value("Rekap", cell) == before + 1
    assert sheets.value("Rekap", f"H{rows[('Biro Umum > Biro Hukum', 'WFO')]}") == 1


# ---- problems and legend ------------------------------------------------------------------------


def test_the_problems_sheet_lists_every_violation_in_words(exported: tuple[Plan, Workbook, Path]) -> None:
    plan, workbook, _ = exported
    violations = Validator(plan, builtin_catalog().get(plan.circular_id), calendar(2024, 2024)).violations()
    sheet = workbook["Masalah"]

    assert violations
    assert workbook["Masalah"].freeze_panes == "A3"
    listed = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert [row[8] for row in listed] == [describe(v, plan.roster) for v in violations]
    assert listed[0][:4] == [1, dt.datetime(2024, 4, 16), "Selasa", "Kesalahan"]
    assert "3 dari 5 pegawai WFH = 60 %" in str(listed[0][8])


def test_a_long_problem_list_is_cut_and_says_how_much_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_export, "MAX_PROBLEM_ROWS", 1)
    workbook = export(sample_plan(), tmp_path / "jadwal.xlsx")

    rows = [[cell.value for cell in row] for row in workbook["Masalah"].iter_rows(min_row=3)]
    assert len(rows) == 2
    assert re.fullmatch(r"… dan \d+ masalah lain; semuanya ada di panel Masalah aplikasi\.", str(rows[1][8]))


def test_an_unknown_circular_still_exports_and_says_nothing_was_checked(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.xlsx"
    write_xlsx(sample_plan(), path, circular=None, calendar=calendar(2024, 2024))

    sheet = openpyxl.load_workbook(path)["Masalah"]
    assert "tidak dikenal: rencana tidak diperiksa" in str(sheet["A1"].value)


def test_the_legend_explains_codes_colours_and_days_off(exported: tuple[Plan, Workbook, Path]) -> None:
    _, workbook, _ = exported
    sheet = workbook["Keterangan"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]

    codes = {row[0]: row[1] for row in values if row[0] in {status.code for status in Status}}
    assert codes == {status.code: status.label for status in Status}
    fills = {row[0].value: row[0].fill.fgColor.rgb[-6:] for row in sheet.iter_rows() if row[0].value in codes}
    assert fills == {status.code: status.colour[1:] for status in Status}
    assert [dt.datetime(2024, 4, 15), "Cuti Bersama Hari Raya Idul Fitri"] == next(
        row[:2] for row in values if row[0] == dt.datetime(2024, 4, 15)
    )
    assert ["Surat edaran", "Surat Edaran Menteri PANRB Nomor 1 Tahun 2024"] in [row[:2] for row in values]


# ---- round trip, safety -------------------------------------------------------------------------


def test_the_exported_grid_reads_back_into_the_same_plan(tmp_path: Path) -> None:
    plan = sample_plan()
    saturday = dt.date(2024, 4, 13)
    # The grid format has no working week: a Saturday status would read back as one on a day off.
    plan.apply(plan.edits_to([(make_nip(6), saturday), (make_nip(7), saturday)], None))
    driver = dataclasses.replace(plan.roster.staff[-1], nip=new_internal_number(), name="Budi", non_asn=True)
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), [*plan.roster.staff, driver]))
    plan.apply(plan.edits_to([(driver.nip, dt.date(2024, 4, 16))], Status.WFH))
    path = tmp_path / "jadwal.xlsx"
    export(plan, path)

    grid = read_schedule(path)
    back = plan_from_grid(
        grid,
        circular_id=plan.circular_id,
        calendar=calendar(2024, 2024),
        name=plan.name,
        first=plan.first,
        last=plan.last,
    )

    assert back.roster.staff[back.roster.index_of(driver.nip)].non_asn
    assert back.status_of(driver.nip, dt.date(2024, 4, 16)) is Status.WFH
    # The workbook has no working week yet: the six-day Loket reads back as a five-day unit.
    assert grid_text(back) == grid_text(plan).replace("; 6\r\n", "; 5\r\n").replace("publik,6,", "publik,5,")


def test_a_failed_or_cancelled_export_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.xlsx"
    path.write_bytes(b"versi lama")

    def cancel(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_xlsx(sample_plan(), path, circular=None, calendar=WorkCalendar(), progress=cancel)
    assert path.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal.xlsx"]

    with pytest.raises(PlannerError, match="tidak dapat ditulis"):
        write_xlsx(sample_plan(), tmp_path / "tidak-ada" / "jadwal.xlsx", circular=None, calendar=WorkCalendar())


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []

    write_xlsx(
        sample_plan(),
        tmp_path / "j.xlsx",
        circular=None,
        calendar=WorkCalendar(),
        progress=lambda *a: reports.append(a),
    )

    assert reports[-1] == (7 + 2, 7 + 2)  # staff rows, then units on Rekap


@cache
def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook_and_the_grid_survives(exported: tuple[Plan, Workbook, Path]) -> None:
    plan, _, path = exported
    office = _soffice()
    assert office is not None
    out = path.parent / "csv"
    subprocess.run(
        [office, "--headless", "--convert-to", "csv", "--outdir", str(out), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )

    lines = list(csv.reader((out / "jadwal.csv").read_text(encoding="utf-8", errors="replace").splitlines()))
    header = lines[1]
    assert header[:6] == ["NIP", "Nama", "Jabatan", "Pangkat", "Unit", "Kategori"]
    by_nip = {line[0]: line for line in lines[2:]}
    for row, member in enumerate(plan.roster.staff):
        line = by_nip[member.nip]  # 18 digits intact
        codes = [(status.code if status else "") for status in (plan.status(row, c) for c in range(len(plan.days)))]
        assert line[6 : 6 + len(plan.days)] == codes


def test_control_characters_in_names_are_written_as_spaces(tmp_path: Path) -> None:
    """A name pasted with a NUL or a form feed (SIMPEG exports have them) exports instead of crashing openpyxl."""
    plan = sample_plan()
    member = plan.roster.staff[0]
    units = list(plan.roster.units.values())
    units[1] = Unit(units[1].id, "Biro\x0bHukum", units[1].category, units[1].parent)
    odd = StaffMember(member.nip, "Siti\x00Aminah\x1b", member.unit, "Analis\x0c", "Penata\x07 (III/c)")
    plan = plan.rebuilt(roster=Roster(units, [odd, *plan.roster.staff[1:]]))
    path = tmp_path / "jadwal.xlsx"

    workbook = export(plan, path)

    sheet = workbook["Jadwal"]
    assert [sheet.cell(3, column).value for column in range(2, 6)] == [
        "Siti Aminah ",
        "Analis ",
        "Penata  (III/c)",
        "Biro Umum > Biro Hukum",
    ]
    assert ("Biro Umum > Biro Hukum", "WFH") in summary_rows(workbook)


def test_the_print_sheet_prints_like_the_official_schedule_on_f4(tmp_path: Path) -> None:
    """Letterhead and title above the grid, signature block below, F4 landscape fitted to the width."""
    from planner.domain.plan import AgencyProfile, Signatory

    profile = AgencyProfile(
        letterhead=("Pemerintah Provinsi Nusa Tenggara Barat", "Sekretariat Daerah"),
        city="Mataram",
        signatory=Signatory(title="Sekretaris Daerah", name="Dr. H. Ahmad Fauzan Hakim", nip="197203151998031004"),
    )
    plan = sample_plan().rebuilt(profile=profile)
    workbook = export(plan, tmp_path / "jadwal.xlsx")

    sheet = workbook["Cetak"]
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert texts[0] == "PEMERINTAH PROVINSI NUSA TENGGARA BARAT"
    assert "JADWAL PELAKSANAAN TUGAS KEDINASAN DI KANTOR (WFO) DAN DI RUMAH (WFH)" in texts
    assert texts[-2] == "Dr. H. Ahmad Fauzan Hakim"
    assert "Mataram, 10 April 2024" in texts
    assert texts[-1] == "NIP. 19720315 199803 1 004"
    assert any(text.startswith("=IF(Jadwal!") for text in texts), "the codes follow the Jadwal sheet"
    for name in ("Cetak", "Jadwal"):
        setup = workbook[name].page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (14, "landscape", 1, 0)
        fit = workbook[name].sheet_properties.pageSetUpPr
        assert fit is not None
        assert fit.fitToPage
        assert workbook[name].print_title_cols == "$A:$B"
    assert workbook["Cetak"].print_title_rows


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_totals_and_the_print_sheet_as_the_validator_counts(tmp_path: Path) -> None:
    """Opened in LibreOffice (formulas recalculated on load), Rekap matches the validator and Cetak the plan."""
    plan = sample_plan()
    driver = dataclasses.replace(plan.roster.staff[0], nip=new_internal_number(), name="Budi", non_asn=True)
    plan = plan.rebuilt(roster=Roster(plan.roster.units.values(), [*plan.roster.staff, driver]))
    plan.apply(plan.edits_to([(driver.nip, dt.date(2024, 4, 16))], Status.WFH))
    path = tmp_path / "jadwal.xlsx"
    export(plan, path)
    office = _soffice()
    assert office is not None
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [office, "--headless", "--convert-to", every_sheet, "--outdir", str(tmp_path / "csv"), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    if not (tmp_path / "csv" / "jadwal-Rekap.csv").exists():
        pytest.skip("this LibreOffice writes only the first sheet as CSV")

    def sheet(name: str) -> list[list[str]]:
        return list(csv.reader((tmp_path / "csv" / f"jadwal-{name}.csv").read_text(encoding="utf-8").splitlines()))

    validator = Validator(plan, builtin_catalog().get(plan.circular_id), calendar(2024, 2024))
    agency = {line[2]: line[3:] for line in sheet("Rekap") if line and line[0] == "Seluruh instansi"}
    for column in range(len(plan.days)):
        tally = validator.agency_tally(column)
        if tally.headcount == 0:
            continue
        counts = {measure: int(agency[measure][column]) for measure in MEASURES[:5]}
        assert counts["WFH"] + counts["WFA"] == tally.remote, plan.days[column]
        assert counts["WFO"] == tally.office, plan.days[column]
        assert counts["Tidak hadir"] == tally.absent, plan.days[column]
        assert counts["Jumlah pegawai"] == tally.headcount, plan.days[column]  # the non-ASN driver left out

    nips = {member.nip for member in plan.roster.staff}
    printed = {line[2]: line[5:] for line in sheet("Cetak") if len(line) > 2 and line[2] in nips}
    assert len(printed) == len(nips)
    days = calendar(2024, 2024)
    weeks = {plan.roster.units[member.unit].week for member in plan.roster.staff}
    worked = [c for c, day in enumerate(plan.days) if any(days.is_working(day, week) for week in weeks)]
    assert [plan.days[c].day for c in worked] == [13, 16, 17]  # the six-day Loket works on Saturday
    for row, member in enumerate(plan.roster.staff):
        week = plan.roster.units[member.unit].week
        statuses = [plan.status(row, c) for c in worked]
        expected = [
            (status.code if status else "WFO") if days.is_working(plan.days[c], week) else "–"
            for c, status in zip(worked, statuses, strict=True)
        ]
        assert printed[member.nip][: len(worked)] == expected, member.name


def test_a_plan_without_staff_and_a_year_long_plan_export(tmp_path: Path) -> None:
    plan = sample_plan()
    empty = export(plan.rebuilt(roster=Roster(plan.roster.units.values(), [])), tmp_path / "kosong.xlsx")
    assert empty["Jadwal"].max_row == 2
    assert [str(c.value) for c in empty["Cetak"]["B"] if c.value][-1] == "Keterangan: " + "; ".join(
        f"{status.code} = {status.label}" for status in Status
    ) + "; – = bukan hari kerja pegawai tersebut"

    year = export(plan.rebuilt(first=dt.date(2024, 1, 1), last=dt.date(2024, 12, 31)), tmp_path / "tahun.xlsx")
    sheet = year["Jadwal"]
    assert sheet.max_column == 6 + 366
    assert (sheet.cell(2, 6 + 366).value, sheet.cell(1, 6 + 366).value) == (dt.datetime(2024, 12, 31), "Selasa")
    (formatting,) = list(sheet.conditional_formatting)
    assert str(formatting.sqref) == "G3:NH9"
