"""Replacing a file through a temporary one: the old file or the new one, the usual mode, nothing left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
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
