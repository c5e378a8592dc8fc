"""Writing a file so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.domain.errors import PlannerError

Explain = Callable[[Path, OSError], str]
"""Turns an error writing the file at a path into a sentence for the user."""

_ATTEMPTS = 100
"""Random names tried before giving up; a clash needs a leftover file with the same 16 hex digits."""


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
        temporary = _create(path.resolve().parent, f".{path.name}.", suffix, 0o600 if private else 0o666)
    except OSError as error:
        raise failure(explain(path, error)) from error
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

    Raises:
        PlannerError: (``failure``) the folder is missing, read-only or full, or the file is
            held by another program; ``path`` is unchanged then.
    """
    with temporary_beside(path, suffix=suffix, private=private, failure=failure, explain=explain) as temporary:
        try:
            yield temporary
            if not private:
                _keep_mode(path, temporary)
            temporary.replace(path)
        except OSError as error:
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
