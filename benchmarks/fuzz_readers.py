"""Fuzz the grid CSV and staff list readers at scale and count what happens to each input.

Run from the repository root:

    .venv/bin/python benchmarks/fuzz_readers.py            # 2,000 inputs of each kind
    .venv/bin/python benchmarks/fuzz_readers.py --count 200

Inputs are valid files damaged by the mutator of ``tests/io/test_fuzz_readers.py`` (bytes
flipped, lines doubled, cut short, re-encoded in UTF-16/32, cells of 140 KB, ``\\n\\r`` line
ends, absurd dates, NUL bytes) and damaged .xlsx workbooks. Each input runs under a timeout.
Prints, per kind: tried / read / clean refusal / traceback / hang. The script always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.domain.circular import CircularId
from planner.domain.errors import PlannerError
from planner.io.grid_csv import plan_from_grid, read_grid
from planner.io.staff_import import read_staff
from tests.factories import calendar
from tests.io.staff_exports import SIASN_COLUMNS, siasn_row, write_xlsx
from tests.io.test_fuzz_readers import GRID, STAFF, Hang, deadline, mutate

TODAY = dt.date(2024, 4, 1)


def outcome(read: Callable[[], object], tracebacks: list[str]) -> str:
    """``read``, ``refused``, ``traceback`` or ``hang`` for one input."""
    try:
        with deadline(10.0):
            read()
    except Hang:
        return "hang"
    except PlannerError:
        return "refused"
    except Exception:
        tracebacks.append(traceback.format_exc(limit=3))
        return "traceback"
    return "read"


def main() -> None:
    """Fuzz each reader ``--count`` times and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cal = calendar(2024, 2024)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "berkas.csv"
        book = write_xlsx(Path(folder) / "asli.xlsx", SIASN_COLUMNS, [siasn_row("198001012005011001", "Ahmad")])
        workbook = book.read_bytes()
        damaged_book = Path(folder) / "rusak.xlsx"

        def grid() -> None:
            path.write_bytes(mutate(GRID.encode("utf-8-sig"), rng))
            plan_from_grid(read_grid(path, today=TODAY), circular_id=CircularId("x"), calendar=cal, name="uji")

        def staff() -> None:
            path.write_bytes(mutate(STAFF.encode("cp1252"), rng))
            read_staff(path, today=TODAY)

        def xlsx() -> None:
            data = bytearray(workbook)
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            damaged_book.write_bytes(bytes(data[: rng.choice([len(data), rng.randrange(len(data))])]))
            read_staff(damaged_book, today=TODAY)

        print(f"{'kind':<14}{'tried':>7}{'read':>7}{'refused':>9}{'traceback':>11}{'hang':>6}")
        for name, run in (("grid CSV", grid), ("staff list", staff), ("staff .xlsx", xlsx)):
            tracebacks: list[str] = []
            counts = Counter(outcome(run, tracebacks) for _ in range(args.count))
            print(
                f"{name:<14}{args.count:>7}{counts['read']:>7}{counts['refused']:>9}"
                f"{counts['traceback']:>11}{counts['hang']:>6}"
            )
            for text in tracebacks[:3]:
                print(text)


if __name__ == "__main__":
    main()
