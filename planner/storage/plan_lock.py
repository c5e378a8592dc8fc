"""Whether a window of the planner holds a plan open, read without Qt, for the command line.

The window claims a plan with a ``QLockFile`` beside it (``planner/ui/file_lock.py``); Qt
writes the holder's process id, application name and host name on the first three lines.
A lock whose process is gone (a crash) does not count.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


def lock_path(plan: Path) -> Path:
    """The lock beside a plan: ``.~rencana.jadwal.lock``, hidden on Linux and macOS."""
    return plan.with_name(f".~{plan.name}.lock")


def holder(plan: Path) -> str | None:
    """Who holds ``plan`` open: None for nobody, "" for a window on this computer, else the other computer's name."""
    try:
        lines = lock_path(plan).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return host  # its process cannot be checked from here: assume the other computer still has it
    return "" if _alive(int(lines[0])) else None


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True
