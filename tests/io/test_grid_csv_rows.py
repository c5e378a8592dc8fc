"""The grid reader's fast way through a row gives what reading each cell gives, and the same messages."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.category import Category
from planner.domain.roster import WorkWeek
from planner.domain.status import Status
from planner.io.grid_csv import GridError, parse_grid
from tests.factories import make_nip

A, B, C = make_nip(1), make_nip(2), make_nip(3, gender=2)
DAYS = (dt.date(2024, 4, 15), dt.date(2024, 4, 16), dt.date(2024, 4, 17))


def test_codes_as_people_type_them_read_as_the_exact_ones() -> None:
    text = "\n".join(
        [
            "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-15,2024-04-16,2024-04-17",
            f"{A},Siti,Analis,Penata,Biro Hukum,administrasi,WFO,WFH,CT",
            f"{B},Ahmad,Analis,Penata,Biro Hukum,administrasi, wfo ,wfh,  ",
            f"{C},Rina,Analis,Penata,Biro Hukum,administrasi,,,",
        ]
    )
    rows = parse_grid(text, "jadwal.csv").rows
    assert rows[0].cells == dict(zip(DAYS, (Status.WFO, Status.WFH, Status.CT), strict=True))
    assert list(rows[1].cells.items()) == [(DAYS[0], Status.WFO), (DAYS[1], Status.WFH)]
    assert rows[2].cells == {}


def test_date_columns_in_any_order_keep_the_header_order_and_skip_blanks() -> None:
    text = "\n".join(
        [
            "2024-04-17,NIP,2024-04-15,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-16",
            f"DL,{A},WFA,Siti,Analis,Penata,Biro Hukum,administrasi,",
        ]
    )
    (row,) = parse_grid(text, "jadwal.csv").rows
    assert list(row.cells.items()) == [(DAYS[2], Status.DL), (DAYS[0], Status.WFA)]


@pytest.mark.parametrize(("dates", "cells"), [("", ""), (",2024-04-15", ",S")])
def test_a_grid_with_one_date_column_or_none_is_read(dates: str, cells: str) -> None:
    text = f"NIP,Nama,Jabatan,Pangkat,Unit,Kategori{dates}\n{A},Siti,Analis,Penata,Biro Hukum,administrasi{cells}"
    (row,) = parse_grid(text, "jadwal.csv").rows
    assert row.cells == ({DAYS[0]: Status.S} if dates else {})


def test_a_short_row_reads_its_missing_cells_as_blank() -> None:
    text = (
        f"NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-15,2024-04-16,2024-04-17\n{A},Siti,A,P,Biro,administrasi,WFH"
    )
    (row,) = parse_grid(text, "jadwal.csv").rows
    assert row.cells == {DAYS[0]: Status.WFH}


def test_a_wrong_code_among_good_ones_is_named_with_its_line_and_column_and_the_rest_are_read() -> None:
    text = "\n".join(
        [
            "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-15,2024-04-16,2024-04-17",
            f"{A},Siti,Analis,Penata,Biro Hukum,administrasi,WFO,WFH,CT",
            f"{B},Ahmad,Analis,Penata,Biro Hukum,administrasi,wfo,XX,",
            f"{C},Rina,Analis,Penata,Biro Hukum,administrasi,?,,zz",
        ]
    )
    with pytest.raises(GridError) as raised:
        parse_grid(text, "jadwal.csv")
    codes = " ".join(status.code for status in Status)
    assert raised.value.problems == [
        f"jadwal.csv: baris 3, kolom 2024-04-16: 'XX' bukan kode status ({codes})",
        f"jadwal.csv: baris 4, kolom 2024-04-15: '?' bukan kode status ({codes})",
        f"jadwal.csv: baris 4, kolom 2024-04-17: 'zz' bukan kode status ({codes})",
    ]


def test_repeated_texts_are_cleaned_the_same_on_every_row() -> None:
    text = "\n".join(
        [
            "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,Hari kerja",
            f"{A},Siti,'=Analis  ,Penata  (III/c),Biro  Umum >  Protokol,Pelayanan publik langsung,6",
            f"{B},Ahmad,'=Analis  ,Penata  (III/c),Biro  Umum >  Protokol,Pelayanan publik langsung,6",
            f"{C},Rina,Analis,Penata (III/c),Biro Umum > Protokol,pelayanan publik langsung,6.0",
        ]
    )
    rows = parse_grid(text, "jadwal.csv").rows
    for row in rows:
        assert (row.rank, row.unit_path, row.week) == ("Penata (III/c)", ("Biro Umum", "Protokol"), WorkWeek.SIX_DAYS)
        assert row.category is Category.PELAYANAN_PUBLIK
    assert [row.position for row in rows] == ["=Analis", "=Analis", "Analis"]


def test_a_wrong_week_is_named_on_every_row_that_has_it() -> None:
    text = "\n".join(
        [
            "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,Hari kerja",
            f"{A},Siti,Analis,Penata,Biro Umum,administrasi,7",
            f"{B},Ahmad,Analis,Penata,Biro Umum,administrasi,7",
        ]
    )
    with pytest.raises(GridError) as raised:
        parse_grid(text, "jadwal.csv")
    assert raised.value.problems == [
        "jadwal.csv: baris 2, kolom Hari kerja: '7' harus 5 atau 6",
        "jadwal.csv: baris 3, kolom Hari kerja: '7' harus 5 atau 6",
    ]
