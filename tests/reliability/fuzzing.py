"""Fuzz campaigns: broken plan files, circulars, grid CSVs and staff lists fed to the real commands.

Each input is written to a file and handed to a worker process that runs the planner's own
command line (``planner.cli.run``) on it, exactly as a user would: ``validate`` for a plan (and,
when it opens, ``export`` to .csv and .xlsx and ``pdf --draft``),
``circulars`` with the file in the user's circular folder, ``new`` for a grid, ``import-staff``
for a staff list. The parent waits for each input under a timeout: an input whose command does
not finish in time is a *hang* (the worker is killed and a new one started). An input is a
*clean refusal* or a *clean run* when the command returns (a ``PlannerError`` becomes exit
code 2), a *traceback* when anything else escapes, and *changed* when the input file's bytes
differ after the command (a reader must never write to what it reads).

Inputs are mutations of valid seeds (the demo plan, the shipped circulars, the demo grid):
structured mutations that put values of the wrong type, size or nesting in the fields the
reader knows, and byte-level mutations of the whole file. A seed makes a campaign repeatable.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import random
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

KINDS = ("plan", "circular", "grid", "staff")
REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 10.0
"""A reader that takes longer than this on one small input counts as hanging."""


@dataclasses.dataclass
class Tally:
    """Counts of one campaign, and a few examples of each bad outcome."""

    kind: str
    tried: int = 0
    clean: int = 0
    """The command returned: it ran, or refused the input with a message."""
    tracebacks: int = 0
    hangs: int = 0
    changed: int = 0
    examples: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    causes: Counter[str] = dataclasses.field(default_factory=Counter)

    def note(self, outcome: str, example: str) -> None:
        """Keep the first few examples of an outcome."""
        kept = self.examples.setdefault(outcome, [])
        if len(kept) < 5:
            kept.append(example)

    def line(self) -> str:
        """One line of the report."""
        return (
            f"{self.kind:<9} tried {self.tried:>6}  clean {self.clean:>6}  traceback {self.tracebacks:>5}  "
            f"hang {self.hangs:>4}  changed {self.changed:>4}"
        )


# ---- the worker: runs one command per input, in a process of its own --------------------------------


def _worker_main() -> None:  # pragma: no cover - runs in the child
    import io
    import traceback

    from planner.cli import run
    from planner.paths import AppPaths

    def stage(name: str) -> None:
        sys.stdout.write(json.dumps({"stage": name}) + "\n")
        sys.stdout.flush()

    home = Path(tempfile.mkdtemp(prefix="jadwal-fuzz-home-"))
    paths = AppPaths(data=home / "data", config=home / "config")
    for line in sys.stdin:
        task = json.loads(line)
        path = Path(task["path"])
        out, err = io.StringIO(), io.StringIO()
        user = paths.user_circulars
        try:
            if task["kind"] == "plan":
                code = run(["validate", str(path)], paths, out, err)
                if code in (0, 1):  # it opened: every command that reads a plan must cope with it too
                    for extension in (".csv", ".xlsx"):
                        stage(f"export {extension}")
                        run(["export", str(path), "-o", str(path.with_suffix(extension)), "--force"], paths, out, err)
                    if task["pdf"]:
                        stage("pdf --draft")
                        pdf = ["pdf", str(path), "-o", str(path.with_suffix(".pdf")), "--draft", "--force"]
                        run(pdf, paths, out, err)
            elif task["kind"] == "circular":
                user.mkdir(parents=True, exist_ok=True)
                for old in user.iterdir():
                    old.unlink()
                shutil.copyfile(path, user / "se-uji.json")
                code = run(["circulars"], paths, out, err)
            elif task["kind"] == "grid":
                target = path.with_suffix(".jadwal")
                code = run(
                    ["new", "--grid", str(path), "--circular", "menpanrb-1-2024", "-o", str(target), "--force"],
                    paths,
                    out,
                    err,
                )
            else:
                target = path.with_suffix(".jadwal")
                arguments = ["--circular", "menpanrb-1-2024", "--from", "2024-04-16", "--to", "2024-04-17"]
                code = run(["import-staff", str(path), *arguments, "-o", str(target), "--force"], paths, out, err)
            result = {"outcome": "clean", "detail": f"exit {code}: {err.getvalue()[:300]}"}
        except BaseException as error:
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            result = {"outcome": "traceback", "detail": f"{type(error).__name__} at {where}: {str(error)[:200]}"}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


class Worker:
    """A child process that runs commands on inputs, replaced when it hangs or dies."""

    def __init__(self) -> None:
        """Start the child."""
        self._process: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._start()

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
        self._process = subprocess.Popen(
            [sys.executable, "-c", "from tests.reliability.fuzzing import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=REPOSITORY,
        )
        self._buffer = b""

    def run(self, kind: str, path: Path, timeout: float, *, pdf: bool = True) -> tuple[str, str]:
        """Run the command for ``kind`` on ``path``: (outcome, detail), outcome clean, traceback or hang.

        ``pdf``: a plan that opens is printed too (``pdf --draft``).
        """
        process = self._process
        assert process is not None
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(json.dumps({"kind": kind, "path": str(path), "pdf": pdf}).encode() + b"\n")
        process.stdin.flush()
        deadline = time.monotonic() + timeout
        doing = {"plan": "validate", "circular": "circulars", "grid": "new", "staff": "import-staff"}[kind]
        while True:
            line = self._read_line(deadline)
            if line is None:
                self.stop()
                self._start()
                return "hang", f"no answer in {timeout:.0f} s, in {doing}"
            if not line:  # the child died: a crash in C code, or memory exhausted
                code = process.wait()
                self.stop()
                self._start()
                return "traceback", f"worker died in {doing} (exit {code})"
            answer = json.loads(line)
            if "stage" in answer:
                doing = answer["stage"]
                continue
            return answer["outcome"], answer["detail"]

    def _read_line(self, deadline: float) -> bytes | None:
        """The next line from the child; None when none came by ``deadline``; empty at its end."""
        assert self._process is not None
        assert self._process.stdout is not None
        descriptor = self._process.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([descriptor], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(descriptor, 65_536)
            if not chunk:
                return b""
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def stop(self) -> None:
        """End the child."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                if stream is not None:
                    stream.close()
            self._process = None


# ---- seeds and mutations -----------------------------------------------------------------------------


def _seed_plan(folder: Path) -> Path:
    from planner.io.circular_file import load_catalog
    from planner.io.demo import demo_plan
    from planner.resources import builtin_circulars, demo_folder
    from planner.storage.plan_file import PlanFile

    plan = demo_plan(demo_folder())
    circular = load_catalog(builtin_circulars(), None).get(plan.circular_id)
    path = folder / "seed.jadwal"
    PlanFile.create(path, plan, circular)
    return path


_DEEP = "\u0000DEEP:"
"""Marks a value to be written as nesting this deep (``json.dumps`` itself cannot write it)."""
_DEEP_MARK = re.compile(r'"\\u0000DEEP:(\d+)([\[{])"')


def dumps(value: Any, *, ensure_ascii: bool = True) -> str:
    """``json.dumps``, with each deep-nesting mark written out as that many brackets."""

    def nest(match: re.Match[str]) -> str:
        depth, bracket = int(match[1]), match[2]
        if bracket == "[":
            return "[" * depth + "1" + "]" * depth
        return '{"a":' * depth + "1" + "}" * depth

    return _DEEP_MARK.sub(nest, json.dumps(value, ensure_ascii=True if _DEEP in str(value) else ensure_ascii))


def _weird_value(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value of a kind a field does not expect: wrong types, huge, deep, absurd dates."""
    choice = rng.randrange(16)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 1, 50, 100, 101, 2**63, -(2**63), 10**30])
    if choice == 3:
        return rng.choice([0.5, -1e308, 1e308, float("inf")]) if rng.random() < 0.5 else 3.0
    if choice == 4:
        return "x" * rng.choice([0, 1, 200, 5_000, 200_000])
    if choice == 5:
        return rng.choice(["0001-01-01", "9999-12-31", "2024-02-30", "2024-04-16", "", "tomorrow"])
    if choice == 6:
        return "".join(chr(rng.randrange(0, 0x40)) for _ in range(rng.randrange(1, 40)))
    if choice == 7:
        return f"{_DEEP}{rng.choice([10, 100, 1_000, 50_000])}{rng.choice('[{')}"
    if choice == 8:
        return [] if depth > 2 else [_weird_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if choice == 9:
        return {} if depth > 2 else {str(rng.randrange(99)): _weird_value(rng, depth + 1) for _ in range(3)}
    if choice == 10:
        return rng.choice(["administrasi", "pelayanan_publik", "WFH", "error", "warning", "weird"])
    if choice == 11:
        return ["19800101 200501 1 001", "19800102200501 1 002"][: rng.randrange(3)]
    if choice == 12:
        return {"letterhead": _weird_value(rng, depth + 1), "signatory": _weird_value(rng, depth + 1)}
    if choice == 13:
        return {"remote_cap_percent": _weird_value(rng, depth + 1), "exclusive_pairs": _weird_value(rng, depth + 1)}
    if choice == 14:
        return "\u202e\u0000\ud7ff\U0010ffff" * rng.randrange(1, 10)
    return "teks biasa"


def _weird_sql_value(rng: random.Random) -> Any:
    value = _weird_value(rng)
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, list | dict):
        return dumps(value) if rng.random() < 0.5 else rng.randbytes(rng.randrange(1, 30))
    return value


def mutate_plan(seed: Path, target: Path, rng: random.Random) -> None:
    """Write ``target``: the seed plan with some values replaced by wrong ones, or its bytes damaged."""
    shutil.copyfile(seed, target)
    if rng.random() < 0.15:
        data = bytearray(target.read_bytes())
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            del data[rng.randrange(len(data)) :]
        target.write_bytes(bytes(data))
        return
    with closing(sqlite3.connect(target)) as db, db:
        for _ in range(rng.randrange(1, 4)):
            try:
                _structured_plan_change(db, rng)
            except sqlite3.Error:
                continue  # a change the schema refuses (NOT NULL, UNIQUE): another one then


def _structured_plan_change(db: sqlite3.Connection, rng: random.Random) -> None:
    choice = rng.randrange(9)
    if choice <= 2:
        key = rng.choice(["name", "circular", "first", "last", "quota_level", "profile", "policy", "circular_copy"])
        value = _weird_value(rng)
        if key in ("first", "last") and rng.random() < 0.6:
            value = rng.choice(["0001-01-01", "9999-12-31", "1900-01-01", "2024-04-15", "2100-12-31", "2030-01-01"])
        text = dumps(value) if rng.random() < 0.9 else rng.choice(["{", "nul", "[1,", '"\\ud800"'])
        if key == "circular_copy" and rng.random() < 0.5:
            text = dumps({"format": "jadwal-kerja-asn/surat-edaran", "periods": value})
        db.execute("INSERT OR REPLACE INTO plan (key, value) VALUES (?, ?)", (key, text))
    elif choice == 3:
        column = rng.choice(["nip", "name", "unit", "job_title", "rank", "category", "no_remote_reason"])
        db.execute(
            f"UPDATE staff SET {column} = ? WHERE position = ?",
            (_weird_sql_value(rng), rng.randrange(40)),
        )
    elif choice == 4:
        column = rng.choice(["id", "name", "parent", "category", "week"])
        db.execute(
            f"UPDATE unit SET {column} = ? WHERE position = ?",
            (_weird_sql_value(rng), rng.randrange(8)),
        )
    elif choice == 5:
        column = rng.choice(["nip", "day", "status"])
        db.execute(
            f"UPDATE cell SET {column} = ? WHERE nip = (SELECT nip FROM cell LIMIT 1 OFFSET ?)",
            (_weird_sql_value(rng), rng.randrange(20)),
        )
    elif choice == 6:
        db.execute(
            "INSERT OR REPLACE INTO calendar_change (day, day_off, name) VALUES (?, ?, ?)",
            (_weird_sql_value(rng), _weird_sql_value(rng), _weird_sql_value(rng)),
        )
    elif choice == 7:
        db.execute(
            "INSERT OR REPLACE INTO locked_cell (nip, day) VALUES (?, ?)",
            (_weird_sql_value(rng), _weird_sql_value(rng)),
        )
    else:
        table = rng.choice(["unit", "staff", "plan", "cell"])
        db.execute(f"DELETE FROM {table} WHERE rowid % ? = 0", (rng.randrange(1, 5),))


def _circular_seeds() -> list[Path]:
    from planner.resources import builtin_circulars

    return sorted(builtin_circulars().glob("*.json"))


def mutate_circular(seeds: list[Path], target: Path, rng: random.Random) -> None:
    """Write ``target``: a shipped circular with a field replaced, deep nesting, or damaged bytes."""
    text = rng.choice(seeds).read_text(encoding="utf-8")
    choice = rng.randrange(6)
    if choice == 0:
        data = bytearray(text.encode())
        for _ in range(rng.randrange(1, 10)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        target.write_bytes(bytes(data))
        return
    if choice == 1:
        depth = rng.choice([100, 1_000, 100_000, 1_000_000])
        target.write_text("[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth)
        return
    document = json.loads(text)
    for _ in range(rng.randrange(1, 4)):
        _replace_somewhere(document, rng)
    target.write_text(dumps(document, ensure_ascii=rng.random() < 0.5), encoding="utf-8", errors="surrogatepass")


def _replace_somewhere(document: Any, rng: random.Random) -> None:
    node = document
    for _ in range(rng.randrange(1, 6)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.3 or not isinstance(node[key], dict | list) or not node[key]:
                node[key] = _weird_value(rng)
                return
            node = node[key]
        elif isinstance(node, list) and node:
            index = rng.randrange(len(node))
            if rng.random() < 0.3 or not isinstance(node[index], dict | list) or not node[index]:
                node[index] = _weird_value(rng)
                return
            node = node[index]
        else:
            return


def _table_seed() -> str:
    from planner.resources import demo_folder

    return next(demo_folder().glob("*.csv")).read_text(encoding="utf-8-sig")


def mutate_table(seed: str, target: Path, rng: random.Random) -> None:
    """Write ``target``: the demo grid with huge cells, odd line ends, other encodings, or damaged bytes."""
    lines = seed.splitlines()
    choice = rng.randrange(8)
    if choice == 0:
        row = rng.randrange(len(lines))
        cells = lines[row].split(",")
        cells[rng.randrange(len(cells))] = "x" * rng.choice([1_000, 140_000, 2_000_000])
        lines[row] = ",".join(cells)
    elif choice == 1:
        target.write_bytes(("\n\r" if rng.random() < 0.5 else "\r").join(lines).encode())
        return
    elif choice == 2:
        target.write_bytes("\n".join(lines).encode(rng.choice(["utf-16", "utf-32", "utf-16-le", "cp1252"]), "replace"))
        return
    elif choice == 3:
        data = bytearray("\n".join(lines).encode())
        for _ in range(rng.randrange(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        target.write_bytes(bytes(data))
        return
    elif choice == 4:
        row = rng.randrange(len(lines))
        lines[row] = '"' + lines[row]  # an unclosed quote swallowing the rest
    elif choice == 5:
        lines = lines[: rng.randrange(len(lines) + 1)]
    elif choice == 6:
        row = rng.randrange(len(lines))
        cells = lines[row].split(",")
        cells[rng.randrange(len(cells))] = str(_weird_value(rng))[:5_000].replace("\n", " ")
        lines[row] = ",".join(cells)
    else:
        lines.insert(rng.randrange(len(lines) + 1), "," * rng.choice([1, 500, 20_000]))
    target.write_text("\n".join(lines), encoding="utf-8")


# ---- campaigns ---------------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "-"


@contextmanager
def _folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="jadwal-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def campaign(
    kind: str,
    count: int,
    *,
    seed: int = 0,
    timeout: float = TIMEOUT_SECONDS,
    pdf: bool = True,
    progress: Callable[[Tally], None] | None = None,
) -> Tally:
    """Run ``count`` mutated inputs of ``kind`` through the command that reads them; the counts.

    ``pdf`` False leaves printing out (a plan with a name of 300,000 characters and no space
    takes minutes to lay out: issue 15's to fix, so the CI test leaves it out meanwhile).
    """
    tally = Tally(kind)
    rng = random.Random(f"{kind}-{seed}")
    worker = Worker()
    try:
        with _folder() as folder:
            plan_seed = _seed_plan(folder) if kind == "plan" else None
            circular_seeds = _circular_seeds() if kind == "circular" else []
            table_seed = _table_seed() if kind in ("grid", "staff") else ""
            for index in range(count):
                suffix = {"plan": ".jadwal", "circular": ".json", "grid": ".csv", "staff": ".csv"}[kind]
                target = folder / f"input-{index}{suffix}"
                if kind == "plan":
                    assert plan_seed is not None
                    mutate_plan(plan_seed, target, rng)
                elif kind == "circular":
                    mutate_circular(circular_seeds, target, rng)
                else:
                    mutate_table(table_seed, target, rng)
                before = _digest(target)
                outcome, detail = worker.run(kind, target, timeout, pdf=pdf)
                tally.tried += 1
                if outcome == "clean":
                    tally.clean += 1
                    tally.causes[detail.split(":")[0]] += 1
                elif outcome == "hang":
                    tally.hangs += 1
                    tally.note("hang", f"{target.name}: {detail}")
                    tally.causes[f"hang: {_describe_input(target)}"] += 1
                else:
                    tally.tracebacks += 1
                    tally.note("traceback", f"{target.name}: {detail}")
                    tally.causes[detail[:110]] += 1
                if _digest(target) != before:
                    tally.changed += 1
                    tally.note("changed", target.name)
                if outcome == "clean":
                    target.unlink(missing_ok=True)
                for extra in folder.glob(f"input-{index}.*"):
                    if extra != target:
                        extra.unlink(missing_ok=True)
                if progress is not None and tally.tried % 100 == 0:
                    progress(tally)
    finally:
        worker.stop()
    return tally


def _describe_input(path: Path) -> str:
    size = path.stat().st_size if path.exists() else 0
    return f"{size:,} bytes"


def encode_example(path: Path) -> str:
    """A small input as base64, to paste into a bug report."""
    return base64.b64encode(path.read_bytes()[:2_000]).decode()
