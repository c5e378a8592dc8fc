"""The built application's smoke test: ``python packaging/smoke_test.py [dist/JadwalKerjaASN]``.

Runs the commands of the README through the frozen ``jadwal`` executable, checks what each one
wrote (not only its exit code), starts the windowed ``JadwalKerjaASN`` offscreen on the demo plan
with ``--self-check`` and reads its report, hides a resource folder to see the damaged-installation
message, and compares exit codes with ``python -m planner`` from the source. ``.ci/run`` and the
Windows workflow both run it. Exits 1 at the first failed check, naming it.

Needs only the standard library and openpyxl (for the staff list it imports), so it runs in the
project's environment on Linux and Windows alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
PASSWORD = "smoke-test-123"  # noqa: S105 - a throwaway certificate's password
NIPS = ("198503142010011001", "199001012015022002", "197712302005011003")
"""Valid NIPs (birth date, appointment month, gender, serial) for the imported staff list."""


class SmokeFailure(Exception):
    """A check failed: the message says which and shows the output."""


@dataclass(frozen=True, slots=True)
class Result:
    """One finished command."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str
    seconds: float

    def expect(self, code: int, *texts: str, where: str = "out") -> Result:
        """Fail unless the exit code is ``code`` and each text is in stdout (or stderr)."""
        shown = self.out if where == "out" else self.err
        if self.code != code:
            raise SmokeFailure(f"{self.describe()}: exit code {self.code}, expected {code}")
        for text in texts:
            if text not in shown:
                raise SmokeFailure(f"{self.describe()}: {text!r} not in its {where}")
        if "Traceback" in self.err:
            raise SmokeFailure(f"{self.describe()}: a traceback")
        return self

    def describe(self) -> str:
        """The command and its output, for a failure message."""
        return f"{' '.join(self.args)}\n--- stdout\n{self.out[-3000:]}\n--- stderr\n{self.err[-3000:]}\n---"


class Smoke:
    """The frozen executables, a scratch folder and a private home for the planner's settings."""

    def __init__(self, app: Path, scratch: Path) -> None:
        """Check the two executables are there."""
        self.cli = app / f"jadwal{EXE}"
        self.window = app / f"JadwalKerjaASN{EXE}"
        for executable in (self.cli, self.window):
            if not executable.is_file():
                raise SmokeFailure(f"{executable} is missing: run python packaging/build.py first")
        self.app = app
        self.scratch = scratch
        self.env = {
            **os.environ,
            "JADWAL_KERJA_HOME": str(scratch / "home"),
            "JADWAL_CERT_PASSWORD": PASSWORD,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        }
        self.passed: list[str] = []

    def run(self, executable: Path | str, *args: str, timeout: float = 120) -> Result:
        """Run ``executable`` with ``args`` in the scratch folder."""
        started = time.perf_counter()
        done = subprocess.run(
            [str(executable), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            timeout=timeout,
            check=False,
            encoding="utf-8",
            errors="replace",
        )
        return Result(
            (Path(executable).name, *args), done.returncode, done.stdout, done.stderr, time.perf_counter() - started
        )

    def jadwal(self, *args: str) -> Result:
        """Run the frozen command line."""
        return self.run(self.cli, *args)

    def check(self, name: str, result: Result | None = None) -> None:
        """Record a passed check."""
        timing = f" ({result.seconds:.1f} s)" if result else ""
        print(f"  ok  {name}{timing}", flush=True)
        self.passed.append(name)

    def file(self, name: str, starts: bytes = b"", contains: Sequence[bytes] = ()) -> bytes:
        """The bytes of a file the commands wrote, checked for its start and some content."""
        path = self.scratch / name
        if not path.is_file() or path.stat().st_size == 0:
            raise SmokeFailure(f"{name} was not written")
        data = path.read_bytes()
        if not data.startswith(starts):
            raise SmokeFailure(f"{name} does not start with {starts!r}")
        for needle in contains:
            if needle not in data:
                raise SmokeFailure(f"{name} lacks {needle!r}")
        return data


def commands(smoke: Smoke) -> None:
    """Every command of the README through the frozen ``jadwal``, each checked for its output."""
    result = smoke.jadwal("--help").expect(0, "pemakaian: jadwal", "import-staff", "certificate")
    smoke.check("--help", result)
    result = smoke.jadwal("circulars").expect(0, "menpanrb-1-2024", "Masa berlaku")
    smoke.check("circulars", result)
    listed = json.loads(smoke.jadwal("circulars", "--json").expect(0).out)
    if not any(circular["id"] == "menpanrb-1-2024" for circular in listed):
        raise SmokeFailure("circulars --json lacks menpanrb-1-2024")
    smoke.check("circulars --json")

    result = smoke.jadwal("demo", "demo.jadwal").expect(0, "Rencana contoh ditulis", "38 pegawai")
    smoke.file("demo.jadwal", starts=b"SQLite format 3\x00")
    smoke.check("demo", result)

    # the calendar (holidays' Indonesian catalogue) is needed for every count of working days
    result = smoke.jadwal("validate", "demo.jadwal").expect(0, "0 kesalahan")
    report = json.loads(smoke.jadwal("validate", "demo.jadwal", "--json").expect(0).out)
    if not isinstance(report, dict) or report.get("errors") != 0:
        raise SmokeFailure(f"validate --json: unexpected report {str(report)[:300]}")
    smoke.check("validate (text and --json)", result)

    result = smoke.jadwal("export", "demo.jadwal", "-o", "demo.xlsx").expect(0, "Buku kerja ditulis")
    smoke.file("demo.xlsx", starts=b"PK")
    with zipfile.ZipFile(smoke.scratch / "demo.xlsx") as workbook:
        names = workbook.namelist()
        strings = workbook.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
        sheets = b"".join(workbook.read(name) for name in names if name.startswith("xl/worksheets/sheet"))
    if len([name for name in names if name.startswith("xl/worksheets/sheet")]) < 2:
        raise SmokeFailure(f"demo.xlsx has too few sheets: {names}")
    if b"WFH" not in strings + sheets and b"WFO" not in strings + sheets:
        raise SmokeFailure("demo.xlsx shows no WFO/WFH")
    smoke.check("export .xlsx", result)

    # in the printed signatory's name: a certificate in another name is refused without --allow-other-signer
    signer = "Ahmad Fauzan Hakim"
    result = smoke.jadwal("certificate", "new", "-o", "tanda.p12", "--name", signer, "--agency", "Pemda Uji")
    result.expect(0, "Sertifikat internal ditulis", "SHA-256")
    smoke.file("tanda.p12", starts=b"0")  # DER: a SEQUENCE
    smoke.check("certificate new", result)

    result = smoke.jadwal("pdf", "demo.jadwal", "-o", "demo.pdf", "--sign", "tanda.p12")
    result.expect(0, "Jadwal bertanda tangan elektronik ditulis", "Penetapan dicatat")
    smoke.file("demo.pdf", starts=b"%PDF-", contains=(b"/ByteRange", b"/Sig", b"LiberationSans"))
    smoke.check("pdf --sign (fonts, QR code, signature)", result)

    result = smoke.jadwal("verify", "demo.pdf", "--plan", "demo.jadwal").expect(0, "UTUH", "cocok dengan rencana")
    smoke.check("verify", result)

    # the picture to share renders the schedule's own PDF with pypdfium2
    result = smoke.jadwal("image", "demo.jadwal", "-o", "demo.png", "--week", "1").expect(0, "Gambar ditulis")
    pictures = sorted(smoke.scratch.glob("demo*.png"))
    if not pictures or not pictures[0].read_bytes().startswith(b"\x89PNG"):
        raise SmokeFailure(f"image wrote no PNG: {[p.name for p in pictures]}")
    smoke.check("image (PNG per unit)", result)

    # the recap reads plans with pandas and writes a workbook
    result = smoke.jadwal("rekap", "demo.jadwal", "-o", "rekap.xlsx").expect(0)
    smoke.file("rekap.xlsx", starts=b"PK")
    smoke.check("rekap .xlsx", result)

    staff_list(smoke.scratch / "pegawai.xlsx")
    result = smoke.jadwal(
        "import-staff",
        "pegawai.xlsx",
        "--circular",
        "menpanrb-1-2024",
        "--from",
        "2024-04-16",
        "--to",
        "2024-04-30",
        "-o",
        "pegawai.jadwal",
    ).expect(0, "Rencana ditulis ke pegawai.jadwal", f"{len(NIPS)} pegawai")
    smoke.file("pegawai.jadwal", starts=b"SQLite format 3\x00")
    smoke.jadwal("validate", "pegawai.jadwal").expect(0, "kesalahan")
    smoke.check("import-staff .xlsx", result)


def staff_list(path: Path) -> None:
    """A small staff list as an agency keeps it: a title row, then the columns."""
    import openpyxl  # noqa: PLC0415 - only this check needs it

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DAFTAR PEGAWAI BAGIAN UMUM"])
    sheet.append(["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "Kategori"])
    for number, nip in enumerate(NIPS, start=1):
        sheet.append([number, nip, f"Pegawai {number}", "Analis", "Bagian Umum", "administrasi"])
    workbook.save(path)


def window(smoke: Smoke) -> None:
    """The windowed executable, offscreen, on the demo plan: shown, painted, plan loaded, clean exit."""
    report = smoke.scratch / "self-check.json"
    result = smoke.run(smoke.window, "--self-check", str(report), "demo.jadwal", timeout=180).expect(0)
    if not report.is_file():
        raise SmokeFailure(f"the window wrote no self-check report\n{result.describe()}")
    seen = json.loads(report.read_text(encoding="utf-8"))
    wanted = {"shown": True, "painted": True, "frozen": True, "icon": True, "staff": 38, "errors": 0}
    wrong = {key: seen.get(key) for key, value in wanted.items() if seen.get(key) != value}
    if wrong or "Jadwal Kerja ASN" not in seen.get("window_title", "") or not seen.get("days"):
        raise SmokeFailure(f"self-check report differs: {wrong or seen}")
    smoke.check(f"window: {seen['window_title']!r}, {seen['staff']} staff × {seen['days']} days", result)


def damaged(smoke: Smoke) -> None:
    """With a resource folder gone, one Indonesian message naming it and how to reinstall; no traceback."""
    fonts = smoke.app / "_internal" / "resources" / "fonts"
    hidden = fonts.with_name("fonts.smoke-test-hidden")
    fonts.rename(hidden)
    try:
        result = smoke.jadwal("circulars").expect(2, where="err")
        result.expect(2, "Instalasi Jadwal Kerja ASN rusak", "resources/fonts", "Pasang ulang", where="err")
    finally:
        hidden.rename(fonts)
    smoke.check("damaged installation: message, exit code 2", result)


def exit_codes(smoke: Smoke, python: str) -> None:
    """The frozen ``jadwal`` exits as ``python -m planner`` does, case by case."""
    cases = [
        (),
        ("--help",),
        ("validate", "missing.jadwal"),
        ("validate",),
        ("no-such-command",),
        ("verify", "demo.xlsx"),
        ("import-staff", "demo.pdf", "--circular", "x", "--from", "2024-01-01", "--to", "2024-01-02", "-o", "x.jadwal"),
    ]
    for case in cases:
        if not case:
            continue  # no arguments opens the window; checked above
        frozen = smoke.jadwal(*case)
        source = smoke.run(python, "-m", "planner", *case)
        if frozen.code != source.code:
            raise SmokeFailure(f"exit code {frozen.code} frozen, {source.code} from source: {frozen.describe()}")
        if "Traceback" in frozen.err:
            raise SmokeFailure(f"traceback: {frozen.describe()}")
    smoke.check(f"exit codes as python -m planner ({len(cases) - 1} cases)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every check; 0 when all pass."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("app", nargs="?", type=Path, default=ROOT / "dist" / "JadwalKerjaASN")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the Python that runs the source (python -m planner) for comparing exit codes; '' to skip",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="jadwal-smoke-"))
    try:
        smoke = Smoke(args.app.resolve(), scratch)
        print(f"Smoke test of {smoke.app}", flush=True)
        commands(smoke)
        window(smoke)
        damaged(smoke)
        if args.python:
            smoke.env["PYTHONPATH"] = str(ROOT)
            exit_codes(smoke, args.python)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"All {len(smoke.passed)} checks passed in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
