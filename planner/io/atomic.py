"""Writing a file so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from planner import windows_os
from planner.domain.errors import PlannerError

Explain = Callable[[Path, OSError], str]
"""Turns an error writing the file at a path into a sentence for the user."""

_ATTEMPTS = 100
"""Random names tried before giving up; a clash needs a leftover file with the same 16 hex digits."""

RETRY_DELAYS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.5)
"""Seconds waited between attempts to replace a file another program holds (two in all): an
antivirus or a sync client lets go within that; Excel holds its file until it is closed."""

_HOLDERS = {
    ".xlsx": "Excel atau LibreOffice",
    ".xls": "Excel atau LibreOffice",
    ".csv": "Excel atau LibreOffice",
    ".pdf": "pembaca PDF (Adobe Acrobat Reader, peramban)",
    ".jadwal": "Jadwal Kerja ASN lain, antivirus, atau program sinkronisasi (OneDrive, Google Drive)",
    ".json": "penyunting teks, antivirus, atau program sinkronisasi",
    ".p12": "program sertifikat atau antivirus",
}
"""The kind of program that usually holds a file of each type open."""


def held_message(path: Path) -> str:
    """The message for a file another program holds open: which file, by what kind of program, what to do."""
    kind = _HOLDERS.get(path.suffix.lower(), "program lain")
    return (
        f"{path.name} sedang dibuka oleh program lain (biasanya {kind}), jadi tidak dapat ditimpa. "
        f"Tutup berkas itu di program tersebut lalu coba lagi; berkas lama tetap utuh dan pekerjaan Anda belum hilang. "
        f"(Lokasi: {path.parent})"
    )


def too_long_message(path: Path) -> str:
    """The message for a path longer than the system accepts."""
    limit = ", batasnya 260 di Windows" if windows_os.is_windows() else ""
    return (
        f"{path.name}: jalur berkas terlalu panjang ({len(str(path))} karakter{limit}). "
        "Simpan di folder yang lebih dekat ke akar drive (misalnya D:\\Jadwal) atau pakai nama yang lebih pendek."
    )


def cannot_write(path: Path, error: OSError) -> str:
    """The plain message for a file that cannot be written."""
    return f"{path}: tidak dapat ditulis ({error.strerror or error})"


@contextmanager
def temporary_beside(
    path: Path,
    *,
    suffix: str = ".tmp",
    private: bool = False,
    failure: type[PlannerError] = PlannerError,
    explain: Explain = cannot_write,
) -> Iterator[Path]:
    """An empty, hidden temporary file in the folder of ``path``, removed when the block ends.

    Args:
        path: the file the temporary one stands beside (it need not exist).
        suffix: the end of the temporary file's name.
        private: readable by the owner only (a private key); otherwise the mode a new file
            gets under the user's umask.
        failure: the error raised when the temporary file cannot be created.
        explain: the message for that error.

    Raises:
        PlannerError: (``failure``) the folder is missing, read-only or full.
    """
    try:
        folder = Path(windows_os.extended(path.resolve().parent))
        temporary = _create(folder, f".{path.name}.", suffix, 0o600 if private else 0o666)
    except OSError as error:
        message = too_long_message(path) if windows_os.path_too_long(error, path) else explain(path, error)
        raise failure(message) from error
    windows_os.set_hidden(temporary)  # a leading dot hides nothing in Explorer
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def replacing(
    path: Path,
    *,
    suffix: str = ".tmp",
    private: bool = False,
    failure: type[PlannerError] = PlannerError,
    explain: Explain = cannot_write,
) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write; when the block ends, rename it over ``path``.

    A block that raises leaves ``path`` as it was and removes the temporary file; so does a
    rename that fails. Usage::

        with replacing(path) as temporary:
            temporary.write_bytes(data)

    Args:
        path: the file to write or replace.
        suffix: the end of the temporary file's name (some writers insist on an extension).
        private: keep the file readable by its owner only (a private key); otherwise it gets
            the mode of any new file under the user's umask.
        failure: the error raised for an ``OSError`` while creating, writing or renaming.
        explain: the message for that error; the default names the file and the reason.

    The new content is flushed to the disk before it takes the old file's place, so a power cut
    right after leaves the new file whole, not an empty one. On Windows a file another program
    holds open (Excel, a PDF reader) is retried for about two seconds, then refused with a
    message naming the file and the kind of program to close.

    Raises:
        PlannerError: (``failure``) the folder is missing, read-only or full, or the file is
            held by another program; ``path`` is unchanged then.
    """
    with temporary_beside(path, suffix=suffix, private=private, failure=failure, explain=explain) as temporary:
        try:
            yield temporary
            _flush_to_disk(temporary)
            windows_os.set_hidden(temporary, hidden=False)  # the renamed file keeps its attributes
            if not private:
                _keep_mode(path, temporary)
            _replace_retrying(temporary, path)
        except OSError as error:
            if windows_os.held_by_another_program(error, path):
                raise failure(held_message(path)) from error
            raise failure(explain(path, error)) from error


def _keep_mode(path: Path, temporary: Path) -> None:
    """Give ``temporary`` the permissions of the file it replaces: a plan kept private (0600) stays private."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return  # a new file: the umask's mode
    temporary.chmod(mode)


def write_text_atomically(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises:
        PlannerError: the folder is missing, read-only or full; ``path`` is unchanged then.
    """
    with replacing(path) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")


def _flush_to_disk(path: Path) -> None:
    """Push the file's content from the operating system's cache to the disk (``fsync``)."""
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _replace_retrying(temporary: Path, path: Path) -> None:
    """Rename ``temporary`` over ``path``, again after a pause while another program holds ``path``."""
    target = Path(windows_os.extended(path))
    for delay in (*RETRY_DELAYS, None):
        try:
            temporary.replace(target)
        except OSError as error:
            if delay is None or not windows_os.held_by_another_program(error, path):
                raise
            time.sleep(delay)
        else:
            break
    if os.name == "posix":  # the rename itself reaches the disk only with its folder
        try:
            folder = os.open(target.parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(folder)
        except OSError:
            pass  # some file systems (network shares) cannot sync a folder; the file itself is synced
        finally:
            os.close(folder)


def _create(folder: Path, prefix: str, suffix: str, mode: int) -> Path:
    """Create a new empty file with a random name in ``folder``.

    Not ``tempfile.mkstemp``: it always creates mode 0600, and the file renamed into place would
    keep it, so a schedule saved for colleagues would be unreadable to them. ``os.open`` lets the
    kernel apply the umask, as for any new file, without reading the process-wide umask (which
    ``os.umask`` can only do by changing it, racing other threads).
    """
    for _ in range(_ATTEMPTS):
        candidate = folder / f"{prefix}{secrets.token_hex(8)}{suffix}"
        try:
            handle = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise FileExistsError(f"{folder}: no free temporary name after {_ATTEMPTS} attempts")
