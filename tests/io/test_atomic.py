"""Replacing a file through a temporary one: the old file or the new one, the usual mode, nothing left behind."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import windows_os
from planner.domain.errors import PlannerError
from planner.io import atomic
from planner.io.atomic import replacing, temporary_beside, write_text_atomically

POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="Windows keeps permissions in ACLs, not mode bits")


class Refused(PlannerError):
    """A caller's own error type."""


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask for the test (group and others may read), the previous one restored afterwards."""
    previous = os.umask(0o022)
    try:
        yield 0o022
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_half_then_fail(path: Path, error: BaseException, failure: type[PlannerError] = PlannerError) -> None:
    with replacing(path, failure=failure) as temporary:
        temporary.write_bytes(b"separuh")
        raise error


@POSIX_ONLY
def test_a_replaced_file_gets_the_mode_of_any_new_file(tmp_path: Path, umask: int) -> None:
    ordinary = tmp_path / "biasa.pdf"
    ordinary.write_bytes(b"")
    path = tmp_path / "jadwal.pdf"

    with replacing(path) as temporary:
        temporary.write_bytes(b"%PDF")
    write_text_atomically(tmp_path / "catatan.json", "{}")

    assert mode(path) == mode(ordinary) == 0o666 & ~umask
    assert mode(tmp_path / "catatan.json") == 0o644


@POSIX_ONLY
def test_a_private_file_stays_readable_by_its_owner_only(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "sertifikat.p12"

    with replacing(path, private=True) as temporary:
        temporary.write_bytes(b"kunci")

    assert mode(path) == 0o600


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    path.write_bytes(b"versi lama")

    with pytest.raises(KeyboardInterrupt):  # the user cancelled: not an OSError, so it passes through unchanged
        write_half_then_fail(path, KeyboardInterrupt())

    assert path.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal.pdf"]


def test_an_os_error_names_the_file_in_the_callers_error(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"
    path.write_bytes(b"versi lama")

    with pytest.raises(Refused, match=r"jadwal\.pdf: tidak dapat ditulis \(No space left"):
        write_half_then_fail(path, OSError(28, "No space left on device"), Refused)

    assert path.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal.pdf"]


def test_a_refused_rename_keeps_the_old_file_and_uses_the_callers_message(tmp_path: Path) -> None:
    path = tmp_path / "rencana"
    path.mkdir()
    (path / "isi").write_text("milik orang lain", encoding="utf-8")

    def explain(target: Path, error: OSError) -> str:
        return f"{target.name}: gagal menyimpan ({type(error).__name__})"

    with (
        pytest.raises(Refused, match="rencana: gagal menyimpan"),
        replacing(path, failure=Refused, explain=explain) as temporary,
    ):
        temporary.write_bytes(b"baru")

    assert (path / "isi").read_text(encoding="utf-8") == "milik orang lain"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rencana"]


def test_a_missing_folder_is_explained_before_the_block_runs(tmp_path: Path) -> None:
    ran: list[Path] = []

    with (
        pytest.raises(PlannerError, match=r"jadwal\.xlsx: tidak dapat ditulis"),
        replacing(tmp_path / "tidak-ada" / "jadwal.xlsx") as temporary,
    ):
        ran.append(temporary)

    assert ran == []


def test_a_scratch_file_beside_the_target_is_removed_whatever_happens(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.pdf"

    with temporary_beside(path, suffix=".unsigned.pdf") as scratch:
        assert scratch.parent == tmp_path
        assert scratch.name.startswith(".jadwal.pdf.")
        assert scratch.name.endswith(".unsigned.pdf")
        scratch.write_bytes(b"belum ditandatangani")

    assert list(tmp_path.iterdir()) == []


# ---- Windows habits, with Windows faked (tests/test_windows_os.py fakes the calls themselves) ----


class Held:
    """``Path.replace`` refused ``times`` times as Windows refuses it while Excel holds the target."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, times: int, code: int = 32) -> None:
        self.left = times
        self.code = code
        self.slept: list[float] = []
        self.synced: list[int] = []
        real_replace = Path.replace

        def replace(source: Path, target: Path) -> Path:
            if self.left:
                self.left -= 1
                error = PermissionError(13, "The process cannot access the file", str(source), None, str(target))
                error.winerror = self.code  # type: ignore[attr-defined]  # as Python sets it on Windows
                raise error
            return real_replace(source, target)

        real_fsync = os.fsync

        def fsync(handle: int) -> None:
            self.synced.append(handle)
            real_fsync(handle)

        monkeypatch.setattr(Path, "replace", replace)
        monkeypatch.setattr(time, "sleep", self.slept.append)
        monkeypatch.setattr(os, "fsync", fsync)


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Pretend to be Windows; file attributes are kept in the returned dict."""
    attributes: dict[str, int] = {}

    class Kernel32:
        def GetFileAttributesW(self, name: str) -> int:
            return attributes.get(name, 0x20 if Path(name).exists() else windows_os.INVALID_FILE_ATTRIBUTES)

        def SetFileAttributesW(self, name: str, value: int) -> int:
            attributes[name] = value
            return 1

    monkeypatch.setattr(windows_os, "is_windows", lambda: True)
    monkeypatch.setattr(windows_os, "kernel32", Kernel32)
    return attributes


def test_the_temporary_file_is_hidden_and_the_saved_file_is_not(tmp_path: Path, on_windows: dict[str, int]) -> None:
    path = tmp_path / "rencana.jadwal"
    seen: list[int] = []

    with replacing(path) as temporary:
        seen.append(on_windows[str(temporary)])
        temporary.write_bytes(b"baru")

    assert seen[0] & windows_os.FILE_ATTRIBUTE_HIDDEN
    # cleared before the rename: the saved plan keeps the temporary file's attributes on Windows
    assert not on_windows[str(temporary)] & windows_os.FILE_ATTRIBUTE_HIDDEN
    assert path.read_bytes() == b"baru"


def test_a_file_held_briefly_is_replaced_after_a_pause(
    tmp_path: Path, on_windows: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    held = Held(monkeypatch, times=2)
    path = tmp_path / "jadwal.xlsx"
    path.write_bytes(b"lama")

    with replacing(path) as temporary:
        temporary.write_bytes(b"baru")

    assert path.read_bytes() == b"baru"
    assert held.slept == list(atomic.RETRY_DELAYS[:2])
    assert held.synced, "the new content is flushed to the disk before the swap"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal.xlsx"]


def test_a_file_excel_keeps_open_is_named_with_the_program_and_nothing_is_lost(
    tmp_path: Path, on_windows: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    held = Held(monkeypatch, times=100)
    path = tmp_path / "jadwal April.xlsx"
    path.write_bytes(b"lama")

    with (
        pytest.raises(Refused) as refused,
        replacing(path, failure=Refused) as temporary,
    ):
        temporary.write_bytes(b"baru")

    message = str(refused.value)
    assert "jadwal April.xlsx sedang dibuka oleh program lain (biasanya Excel atau LibreOffice)" in message
    assert "Tutup berkas itu" in message
    assert "coba lagi" in message
    assert sum(held.slept) == pytest.approx(sum(atomic.RETRY_DELAYS))
    assert sum(held.slept) <= 2.5
    assert path.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal April.xlsx"]


def test_a_pdf_held_open_names_a_pdf_reader(tmp_path: Path, on_windows: dict[str, int]) -> None:
    assert "pembaca PDF" in atomic.held_message(tmp_path / "jadwal.pdf")
    assert "program lain" in atomic.held_message(tmp_path / "catatan.txt")


def test_off_windows_a_refused_rename_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows_os, "is_windows", lambda: False)
    held = Held(monkeypatch, times=1)
    path = tmp_path / "jadwal.pdf"

    with pytest.raises(PlannerError, match=r"jadwal\.pdf: tidak dapat ditulis"), replacing(path) as temporary:
        temporary.write_bytes(b"baru")

    assert held.slept == []


def test_every_write_is_flushed_to_the_disk_before_the_swap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    real_fsync, real_replace = os.fsync, Path.replace

    def fsync(handle: int) -> None:
        order.append("fsync")
        real_fsync(handle)

    def replace(source: Path, target: Path) -> Path:
        order.append("replace")
        return real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)

    write_text_atomically(tmp_path / "catatan.json", "{}")

    assert order[:2] == ["fsync", "replace"]


def test_a_path_too_long_for_windows_says_so(tmp_path: Path, on_windows: dict[str, int]) -> None:
    path = tmp_path / ("x" * 300) / "rencana.jadwal"  # the folder's name alone is over 255 characters

    too_long = r"jalur berkas terlalu panjang \(\d+ karakter, batasnya 260 di Windows\)"
    with pytest.raises(PlannerError, match=too_long), replacing(path):
        pass
