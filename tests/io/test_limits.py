"""Limits on what readers accept: JSON size and nesting, plan ranges, control characters."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

import pytest

from planner.cli import run
from planner.io.circular_file import CircularFileError, load_catalog, read_circular
from planner.io.limits import (
    MAX_JSON_NESTING,
    JsonLimitError,
    RangeLimitError,
    check_date_range,
    clean_line,
    has_control_characters,
    load_json,
    without_controls,
)
from planner.paths import AppPaths
from planner.resources import builtin_circulars


def test_json_nested_past_the_limit_is_refused_before_parsing_and_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(JsonLimitError, match=r"se\.json: baris 1: JSON bersarang lebih dari 64 tingkat"):
        load_json("[" * 1_000_000 + "]" * 1_000_000, "se.json")
    assert time.perf_counter() - started < 2.0
    assert load_json("[" * MAX_JSON_NESTING + "]" * MAX_JSON_NESTING, "se.json") is not None


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '{"a": "' + "[{" * 500 + '", "b": ["\\"[[["]}'
    assert load_json(text, "se.json")["b"] == ['"[[[']


def test_an_over_large_document_and_broken_json_are_refused_with_the_place() -> None:
    with pytest.raises(JsonLimitError, match="terlalu besar"):
        load_json(" " * 100, "se.json", max_chars=10)
    with pytest.raises(JsonLimitError, match=r"se\.json: baris 2, kolom 1: JSON tidak sah"):
        load_json('{"a": 1,\n}', "se.json")
    with pytest.raises(JsonLimitError, match="JSON tidak sah"):
        load_json("1" * 5_000, "se.json")  # Python refuses integers of more than 4,300 digits


def test_a_plan_range_outside_the_years_or_too_long_is_refused_by_name() -> None:
    check_date_range(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "x", max_days=366)
    with pytest.raises(RangeLimitError, match="x: tanggal awal 0001-01-01 di luar tahun 1990–2100"):
        check_date_range(dt.date(1, 1, 1), dt.date(9999, 12, 31), "x")
    with pytest.raises(RangeLimitError, match="367 hari"):
        check_date_range(dt.date(2024, 1, 1), dt.date(2025, 1, 1), "x", max_days=366)
    with pytest.raises(RangeLimitError, match="terbalik"):
        check_date_range(dt.date(2024, 1, 2), dt.date(2024, 1, 1), "x")


def test_import_staff_refuses_an_absurd_range_before_reading_anything(tmp_path: Path) -> None:
    err = io.StringIO()
    code = run(
        [
            *("import-staff", str(tmp_path / "tidak-ada.csv"), "--circular", "menpanrb-1-2024"),
            *("--from", "0001-01-01", "--to", "9999-12-31", "-o", str(tmp_path / "x.jadwal")),
        ],
        AppPaths(tmp_path / "d", tmp_path / "c"),
        io.StringIO(),
        err,
    )
    assert code == 2
    assert "rentang --from/--to: tanggal awal 0001-01-01 di luar tahun" in err.getvalue()


def test_control_characters_are_found_and_removed() -> None:
    assert clean_line("Ani\x00\x07 Su\x1bsanti\r\nS.E.\u2028\x85") == "Ani Susanti S.E. "
    assert has_control_characters("a\x0bb")
    assert clean_line("Ani\ud800") == "Ani"  # a lone surrogate cannot be written to .xlsx or PDF
    assert not has_control_characters("Baris satu\nbaris dua\tdan tab")


def test_one_rule_for_control_characters_names_drop_them_workbooks_space_them() -> None:
    odd = "Siti\x00Aminah\x1b\x85\u2028\ud800\tS.E.\r\n"
    assert without_controls(odd) == "SitiAminah\tS.E.\r\n"  # tab and line ends are the caller's to fold
    assert without_controls(odd, " ") == "Siti Aminah    \tS.E.\r\n"
    assert without_controls("Ni Luh Putu Ayu, S.E.") == "Ni Luh Putu Ayu, S.E."
    assert all(without_controls(text) == clean_line(text) for text in ("a\x07b", "x\x9fy", "z\udfff"))


def test_one_nested_circular_in_the_user_folder_is_skipped_by_name_and_the_planner_runs(tmp_path: Path) -> None:
    folder = tmp_path / "surat-edaran"
    folder.mkdir()
    (folder / "se-dalam.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "se-biner.json").write_bytes(b"\xff\xfe\x00garbage")
    catalog = load_catalog(builtin_circulars(), folder)
    assert len(catalog.circulars) == len(list(builtin_circulars().glob("*.json")))
    assert any(problem.startswith("se-dalam.json: baris 1: JSON bersarang") for problem in catalog.problems)
    assert any(problem.startswith("se-biner.json") for problem in catalog.problems)
    with pytest.raises(CircularFileError, match=r"se-dalam\.json"):
        read_circular(folder / "se-dalam.json")


def test_every_command_still_runs_with_a_nested_circular_in_the_user_folder(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "d", tmp_path / "c")
    paths.user_circulars.mkdir(parents=True)
    (paths.user_circulars / "se-dalam.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    plan = tmp_path / "demo.jadwal"
    out, err = io.StringIO(), io.StringIO()
    assert run(["demo", str(plan)], paths, out, err) == 0
    assert run(["validate", str(plan)], paths, out, err) in (0, 1)
    assert run(["circulars"], paths, out, err) == 0
    assert "Peringatan: surat edaran dilewati: se-dalam.json" in err.getvalue()
