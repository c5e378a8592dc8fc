"""Writing a file so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from planner.domain.errors import PlannerError


def write_text_atomically(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises:
        PlannerError: the folder is missing, read-only or full; ``path`` is unchanged then.
    """
    try:
        handle, temporary = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise PlannerError(f"{path}: tidak dapat ditulis ({error.strerror or error})") from error
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except OSError as error:
        raise PlannerError(f"{path}: tidak dapat ditulis ({error.strerror or error})") from error
    finally:
        Path(temporary).unlink(missing_ok=True)
