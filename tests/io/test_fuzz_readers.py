"""Fuzzed grid CSV files and staff lists: each is read or refused with a message, never a traceback or a hang.

Hypothesis builds files from pieces of real ones; a seeded mutator damages valid files (bytes
flipped, lines doubled, cut short, re-encoded, huge cells, odd line ends). Each input runs under
a timeout so a hang fails the test. Modest sizes here; ``benchmarks/fuzz_readers.py`` runs thousands.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.io.grid_csv import plan_from_grid, read_grid
from planner.io.staff_import import read_schedule, read_staff
from tests.factories import calendar, make_nip
from tests.io.staff_exports import SIASN_COLUMNS, siasn_row, write_xlsx

TIMEOUT = 5.0
"""Seconds one input may take; far above the few milliseconds a file of this size needs."""
A, B = make_nip(1), make_nip(2)
GRID = (
    "# libur: 2024-04-18 Rapat\r\n# masuk: 2024-04-15\r\n# unit: Biro = administrasi; 6\r\n"
    "NIP,Nama,Jabatan,Pangkat,Unit,Kategori,Hari kerja,2024-04-15,2024-04-16,2024-04-20\r\n"
    f"{A},Ahmad,Analis,Penata (III/c),Biro,administrasi,6,WFO,WFH,CT\r\n"
    f'"{B[:8]} {B[8:14]} {B[14]} {B[15:]}","Siti, S.H.",,,Biro > Loket,pelayanan_publik,6,,WFO,\r\n'
)
STAFF = (
    f"No;NIP Baru;Nama;Gelar Belakang;Jenis Pegawai;Unit Kerja\r\n1;{A};Ahmad;S.H.;PNS;Biro\r\n2;;Budi;;PPNPN;Biro\r\n"
)


class Hang(Exception):
    """An input took longer than ``TIMEOUT``."""


@contextlib.contextmanager
def deadline(seconds: float = TIMEOUT) -> Iterator[None]:
    """Raise ``Hang`` in the test when the block runs longer than ``seconds`` (Unix; elsewhere no limit)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(*_: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_cleanly(read: Callable[[], object]) -> object:
    """``read()``'s result, or None when it refused the input with a ``PlannerError``; anything else fails."""
    with deadline():
        try:
            return read()
        except PlannerError as error:
            refusal = str(error)
        assert refusal.strip(), "a refusal must say what is wrong"
        return None


def build_plan(path: Path) -> None:
    grid = read_cleanly(lambda: read_grid(path))
    if grid is not None:
        read_cleanly(
            lambda: plan_from_grid(
                grid,  # type: ignore[arg-type]
                circular_id=CircularId("menpanrb-1-2024"),
                calendar=calendar(2024, 2024),
                name="uji",
            )
        )


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three damages of the kinds the fuzzing found in the field."""
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(9)
        if kind == 0 and data:
            at = rng.randrange(len(data))
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
        elif kind == 1:
            data = data[: rng.randrange(len(data) + 1)]
        elif kind == 2:
            lines = data.split(b"\n")
            at = rng.randrange(len(lines))
            data = b"\n".join([*lines[: at + 1], *lines[at:]])
        elif kind == 3:
            at = rng.randrange(len(data) + 1)
            data = data[:at] + rng.choice([b"x", b'"', b";", b","]) * rng.choice([10, 140_000]) + data[at:]
        elif kind == 4:
            data = data.replace(b"\r\n", b"\n\r")
        elif kind == 5:
            text = data.decode("utf-8", errors="replace")
            data = text.encode(rng.choice(["utf-16", "utf-16-le", "utf-32", "cp1252"]), errors="replace")
        elif kind == 6:
            data = data.replace(b"2024-04-", rng.choice([b"0001-01-", b"9999-12-", b"2024-13-", b"2024-04-0"]))
        elif kind == 7:
            data = data + b"\x00" * rng.randrange(1, 5) + data
        else:
            at = rng.randrange(len(data) + 1)
            data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))) + data[at:]
    return data


@pytest.mark.parametrize("seed", range(4))
def test_mutated_grids_are_read_or_refused(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "jadwal.csv"
    for _ in range(40):
        path.write_bytes(mutate(GRID.encode("utf-8-sig"), rng))
        build_plan(path)
        read_cleanly(lambda: read_schedule(path, today=dt.date(2024, 4, 1)))


@pytest.mark.parametrize("seed", range(4))
def test_mutated_staff_lists_are_read_or_refused(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "pegawai.csv"
    for _ in range(40):
        path.write_bytes(mutate(STAFF.encode("cp1252"), rng))
        read_cleanly(lambda: read_staff(path, today=dt.date(2024, 4, 1)))


HTML = (
    f"<html><body><table><tr><th rowspan=2>NIP</th><th colspan=2>Nama &amp; Unit</th></tr><tr><td>Nama</td>"
    f"<td>Unit</td></tr><tr><td>{A}</td><td>Ahmad<br>F</td><td rowspan=3>Biro</td></tr></table></body></html>"
)


@pytest.mark.parametrize("seed", range(2))
def test_mutated_html_lists_are_read_or_refused(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "pegawai.xls"
    for _ in range(40):
        path.write_bytes(mutate(HTML.encode("utf-8"), rng))
        read_cleanly(lambda: read_staff(path, today=dt.date(2024, 4, 1)))


def test_damaged_workbooks_are_refused_with_their_name(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "asli.xlsx", SIASN_COLUMNS, [siasn_row(A, "Ahmad"), siasn_row(B, "Siti")])
    data = whole.read_bytes()
    rng = random.Random(7)
    path = tmp_path / "rusak.xlsx"
    for _ in range(40):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path.write_bytes(bytes(damaged[: rng.choice([len(damaged), rng.randrange(len(damaged))])]))
        read_cleanly(lambda: read_staff(path))


CELLS = st.sampled_from(
    [A, B[:8] + " " + B[8:], "1.98E+17", "", "-", "Ahmad", '"', "WFO", "wfh", "X", "Biro > Loket", "6", "7",
     "administrasi", "=1+1", "2024-04-15", "#", "\t", "x" * 200, "é", "\u200b", "\x07"]
)  # fmt: skip
LINE = st.lists(CELLS, min_size=0, max_size=10).map(",".join)
HEADERS = st.sampled_from(
    ["NIP,Nama,Jabatan,Pangkat,Unit,Kategori,2024-04-15,2024-04-16", "NIP;Nama;Unit Kerja;Jenis Pegawai", "", "#"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=HEADERS,
    lines=st.lists(st.one_of(LINE, st.sampled_from(["# libur: 2024-04-16 x", "# unit: A = x; 9", "# masuk: y"])),
                   max_size=8),
    line_end=st.sampled_from(["\n", "\r\n", "\r", "\n\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]),
)  # fmt: skip
def test_generated_grids_and_lists_are_read_or_refused(
    tmp_path: Path, header: str, lines: list[str], line_end: str, encoding: str
) -> None:
    text = line_end.join([header, *lines])
    path = tmp_path / "berkas.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))

    build_plan(path)
    read_cleanly(lambda: read_staff(path, today=dt.date(2024, 4, 1)))
