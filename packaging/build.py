"""Build the one-folder application: ``python packaging/build.py`` from the repository root.

Produces ``dist/JadwalKerjaASN/`` for the platform it runs on, with two executables sharing one set
of libraries: ``JadwalKerjaASN`` (the window, no console; ``.exe`` on Windows) and ``jadwal`` (the
command line, with a console, the same commands and exit codes as ``python -m planner``). Then it
checks that what the planner reads at run time is inside, prints the folder's size by package, and
with ``--zip`` packs it as ``dist/JadwalKerjaASN-<version>-<platform>.zip``.

Run it in the project's virtual environment with the build tools installed
(``pip install -r packaging/requirements-build.txt``, or ``pip install -e ".[build]"``).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import time
import tomllib
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "JadwalKerjaASN"
WORK = ROOT / "build"
SPEC = ROOT / "packaging" / "jadwal.spec"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""

REQUIRED = (
    "resources/circulars",
    "resources/demo/sekretariat-daerah.json",
    "resources/demo/sekretariat-daerah.csv",
    "resources/fonts/LiberationSans-Regular.ttf",
    "resources/fonts/LiberationSans-Bold.ttf",
    "resources/fonts/LiberationSans-Italic.ttf",
    "resources/i18n/jadwal_en.qm",
    "resources/i18n/qt_id.qm",
    "resources/icons/jadwal.png",
    "holidays/locale/id/LC_MESSAGES/ID.mo",
    "holidays/locale/en_US/LC_MESSAGES/ID.mo",
)
"""What the frozen planner reads at run time, relative to the folder with its libraries."""

EXTENSION_MODULE = re.compile(r"\.(cpython-[^.]+|abi3)\.so$")
"""The name of a Python extension module on Linux: ``_cffi_backend.cpython-311-x86_64-linux-gnu.so``."""

MAX_MEGABYTES = 300
"""The build fails above this: something the planner never loads has come in (the aim is 250 on Windows)."""


def version() -> str:
    """The version in ``pyproject.toml``."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def write_version_info(target: Path) -> None:
    """The Windows version resource: what Explorer shows under Properties › Details."""
    numbers = [*(int(part) for part in version().split(".")[:3]), 0]
    while len(numbers) < 4:
        numbers.append(0)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}, mask=0x3f, flags=0x0, OS=0x40004,
    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042104b0', [
      StringStruct('CompanyName', 'Jadwal Kerja ASN'),
      StringStruct('FileDescription', 'Jadwal Kerja ASN: perencana WFO/WFH pegawai'),
      StringStruct('FileVersion', '{version()}'),
      StringStruct('ProductName', 'Jadwal Kerja ASN'),
      StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def run_pyinstaller() -> None:
    """Build ``dist/JadwalKerjaASN`` from ``packaging/jadwal.spec``, from scratch."""
    try:
        import PyInstaller.__main__  # type: ignore[import-untyped]  # noqa: PLC0415 - a build tool only
    except ImportError:
        sys.exit('PyInstaller is missing: pip install -r packaging/requirements-build.txt (or -e ".[build]")')
    write_version_info(WORK / "version_info.txt")
    PyInstaller.__main__.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK / 'pyinstaller'}",
        ]
    )


def strip_libraries(app: Path) -> int:
    """Remove the symbol tables of the built libraries (libpython alone is 23 MB with them); bytes saved.

    ``--strip-unneeded`` keeps the dynamic symbols that loading and ``dlsym`` use (the bootloader
    finds libpython's functions that way) and drops the static symbol table and debugging
    sections (cryptography's Rust module, pdfium, ICU and libpython carry 8 MB of them).
    Libraries that auditwheel patched into a wheel (folders named ``*.libs``, such as numpy's
    OpenBLAS) are left alone: ``strip`` breaks their program headers and they no longer load.
    Linux and macOS only; Windows libraries carry no such symbols.
    """
    tool = shutil.which("strip")
    if WINDOWS or tool is None:
        return 0
    saved = 0
    for path in _elf_files(libraries(app)):
        if any(part.endswith(".libs") for part in path.parts):
            continue
        before = path.stat().st_size
        if subprocess.run([tool, "--strip-unneeded", str(path)], capture_output=True, check=False).returncode == 0:
            saved += before - path.stat().st_size
    return saved


def _elf_files(folder: Path) -> list[Path]:
    """The ELF files (libraries, extension modules) in ``folder``, not the links to them."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as stream:
            if stream.read(4) == b"\x7fELF":
                found.append(path)
    return found


def _needed(path: Path, tool: str) -> list[str]:
    """The sonames ``path`` links against (its ``DT_NEEDED`` entries)."""
    result = subprocess.run([tool, "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=False)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def prune_unreferenced(app: Path) -> int:
    """Remove the shared libraries no module, plugin or executable of the build links against; bytes saved.

    PyInstaller collects the dependencies of every Qt plugin and module before the spec drops
    the ones the planner does not load, so their libraries stay behind: the GTK theme's cairo,
    pango, gdk-pixbuf and GIO, QtNetwork, QtSvg, the EGLFS and Wayland shell helpers (11 MB).
    What is kept: the executables, libpython, Python's extension modules, Qt's plugins and anything
    else loaded by path (pdfium through ctypes), then every library those link against, transitively.
    Only the shared libraries (``lib*``, not Python modules) at the top of ``_internal``, in Qt's
    ``lib`` folder and in the wheels' ``*.libs`` folders can go; with them go the links that point
    at them. Linux only (``readelf``); a Windows build keeps what PyInstaller collected.
    """
    graph = _LibraryGraph.of(app)
    if graph is None:
        return 0

    def removable(path: Path) -> bool:
        relative = graph.relative(path)
        if relative is None or not _is_library(relative):
            return False
        folder = relative.parent.as_posix()
        return folder in (".", "PySide6/Qt/lib") or folder.endswith(".libs")

    return graph.remove(graph.reached([path for path in graph.elf if not removable(path)]))


DESKTOP_KEPT = ("libxcb-", "libxkbcommon")
"""Qt's X11 helpers that desktops often lack (Qt 6.5 and later need libxcb-cursor0): bundled all the same."""


def leave_desktop_libraries(app: Path) -> int:
    """Remove the system libraries only Qt links against, which it takes from the desktop like its wheel; bytes saved.

    A PySide6 installed with pip brings Qt and ICU and takes the rest from the Linux desktop it
    runs on: X11 and XCB, fontconfig and FreeType, GLib, D-Bus and systemd, and CUPS with its
    TLS and Kerberos libraries (a computer without CUPS has no printer to print to). PyInstaller
    copies those from the build machine too (18 MB); older copies beside a newer desktop's own
    configuration are a known source of trouble (fontconfig's "unknown element"). So the frozen
    planner asks of the desktop what its Qt asks of it, no more: what Python's own modules link
    against (OpenSSL, SQLite, zlib, libstdc++, …) stays, and so do the small XCB helpers
    (``DESKTOP_KEPT``) that desktops without other Qt 6 programs lack. Linux only.
    """
    graph = _LibraryGraph.of(app)
    if graph is None:
        return 0

    def qt(path: Path) -> bool:
        relative = graph.relative(path)
        return relative is not None and relative.as_posix().startswith("PySide6/Qt/")

    def system(path: Path) -> bool:
        relative = graph.relative(path)
        return relative is not None and relative.parent.as_posix() == "." and _is_library(relative)

    python_side = graph.reached([path for path in graph.elf if not qt(path) and not system(path)], stop=qt)
    keep = python_side | {path for path in graph.elf if not system(path) or path.name.startswith(DESKTOP_KEPT)}
    return graph.remove(keep)


def _is_library(relative: Path) -> bool:
    """A shared library another links against: ``lib*``, not libpython (the bootloader opens it), not a module."""
    name = relative.name
    return name.startswith("lib") and not name.startswith("libpython") and not EXTENSION_MODULE.search(name)


class _LibraryGraph:
    """The ELF files of a built folder and which sonames each links against."""

    def __init__(self, app: Path, tool: str) -> None:
        self._tool = tool
        self.inside = libraries(app)
        self.elf = _elf_files(self.inside) + [app / name for name in ("JadwalKerjaASN", "jadwal")]
        self.links = [path for path in self.inside.rglob("*") if path.is_symlink()]
        self._by_name: dict[str, Path] = {path.name: path for path in self.elf}
        for link in self.links:
            self._by_name.setdefault(link.name, link.resolve())

    @classmethod
    def of(cls, app: Path) -> _LibraryGraph | None:
        """The graph of ``app``, or None where it cannot be read (not Linux, no ``readelf``)."""
        tool = shutil.which("readelf")
        return cls(app, tool) if sys.platform == "linux" and tool is not None else None

    def relative(self, path: Path) -> Path | None:
        """``path`` inside ``_internal``; None for the executables beside it."""
        return path.relative_to(self.inside) if self.inside in path.parents else None

    def reached(self, roots: list[Path], stop: Callable[[Path], bool] | None = None) -> set[Path]:
        """``roots`` and every library they link against, transitively (not past a library ``stop`` accepts)."""
        found: set[Path] = set()
        waiting = list(roots)
        while waiting:
            path = waiting.pop()
            if path in found:
                continue
            found.add(path)
            if stop is None or not stop(path):
                waiting += [self._by_name[name] for name in _needed(path, self._tool) if name in self._by_name]
        return found

    def remove(self, keep: set[Path]) -> int:
        """Delete every ELF file not in ``keep`` and the links left pointing at nothing; bytes saved."""
        saved = 0
        for path in self.elf:
            if path not in keep and path.exists():
                saved += path.stat().st_size
                path.unlink()
        for link in self.links:
            if link.is_symlink() and not link.exists():
                link.unlink()
        return saved


def libraries(app: Path) -> Path:
    """The folder beside the executables that holds Python, the packages and ``resources``."""
    return app / "_internal"


def check(app: Path) -> list[str]:
    """What is missing from a built folder; empty when it is complete."""
    missing = [f"{name}{EXE}" for name in ("JadwalKerjaASN", "jadwal") if not (app / f"{name}{EXE}").is_file()]
    inside = libraries(app)
    missing += [entry for entry in REQUIRED if not (inside / entry).exists()]
    if not any((inside / "resources" / "circulars").glob("*.json")):
        missing.append("resources/circulars/*.json")
    return missing


def _package_of(relative: Path) -> str:
    """The package a file in ``_internal`` belongs to, for the size report."""
    top = relative.parts[0]
    module = top.split(".")[0]
    if module in sys.stdlib_module_names or module in ("lib-dynload", "base_library"):
        return "python"
    if len(relative.parts) == 1:
        name = top.lower()
        if name.startswith(("libpython", "python3", "base_library")):
            return "python"
        if name.startswith(("libqt6", "libicu", "qt6")):
            return "PySide6"
        return "shared libraries (system)"
    if top.endswith(".dist-info"):
        return "package metadata"
    if top.endswith(".libs"):
        top = top.removesuffix(".libs")
        return {"pillow": "PIL"}.get(top, top)
    if top.startswith("python3") or top == "lib-dynload":
        return "python"
    return top


def sizes(app: Path) -> Counter[str]:
    """Bytes per package in the built folder (the executables count as ``executables``)."""
    totals: Counter[str] = Counter()
    inside = libraries(app)
    for path in app.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        if inside in path.parents:
            totals[_package_of(path.relative_to(inside))] += size
        else:
            totals["executables"] += size
    return totals


def report(totals: Counter[str], out: TextIO = sys.stdout) -> int:
    """Print the size by package, largest first; returns the total in bytes."""
    total = sum(totals.values())
    print(f"\nSize of {APP.relative_to(ROOT)} by package:", file=out)
    for name, size in totals.most_common():
        if size >= 512 * 1024:
            print(f"  {size / 2**20:7.1f} MB  {name}", file=out)
    rest = sum(size for size in totals.values() if size < 512 * 1024)
    print(f"  {rest / 2**20:7.1f} MB  (everything under 0.5 MB each)", file=out)
    print(f"  {total / 2**20:7.1f} MB  total", file=out)
    return total


def make_zip(app: Path) -> Path:
    """``dist/JadwalKerjaASN-<version>-<platform>.zip``: the folder, for copying to a PC as it is."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    target = DIST / f"JadwalKerjaASN-{version()}-{system}-{platform.machine().lower()}.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(app.rglob("*")):
            name = path.relative_to(DIST).as_posix()
            if path.is_symlink():
                # PyInstaller links shared libraries beside the executables on Linux and macOS; a
                # link stored as the file it points to would be packed twice (40 MB of Qt and ICU)
                link = zipfile.ZipInfo(name, date_time=time.localtime(path.lstat().st_mtime)[:6])
                link.create_system = 3  # Unix, so unzip reads the mode below
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(link, str(path.readlink()))
            elif path.is_file():
                archive.write(path, name)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build, check, report; exit 1 when the folder is incomplete or too large."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", action="store_true", help="also pack dist/JadwalKerjaASN-<version>-<platform>.zip")
    parser.add_argument("--check-only", action="store_true", help="check and report an existing build")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    started = time.perf_counter()
    if not args.check_only:
        if APP.exists():
            shutil.rmtree(APP)
        run_pyinstaller()
        pruned = prune_unreferenced(APP)
        desktop = leave_desktop_libraries(APP)
        saved = strip_libraries(APP)
        print(
            f"\nBuilt in {time.perf_counter() - started:.0f} s (libraries nothing links against removed: "
            f"{pruned / 2**20:.0f} MB; the desktop's own libraries left to it: {desktop / 2**20:.0f} MB; "
            f"symbols stripped: {saved / 2**20:.0f} MB)"
        )
    missing = check(APP)
    total = report(sizes(APP))
    if args.zip:
        archive = make_zip(APP)
        print(f"  {archive.stat().st_size / 2**20:7.1f} MB  {archive.relative_to(ROOT)}")
    if missing:
        print("\nMissing from the build: " + ", ".join(missing), file=sys.stderr)
        return 1
    if total > MAX_MEGABYTES * 2**20:
        print(f"\nThe folder is over {MAX_MEGABYTES} MB: look at the largest packages above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
