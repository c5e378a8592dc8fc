"""The few Windows calls the planner makes, in one place; on other systems each is a no-op or False.

Everything goes through :func:`kernel32` and :func:`shell32`, so the tests replace them with fakes
and run on Linux. What only Windows can show (Explorer hiding a file, the taskbar grouping the
window under its own icon) is checked there by reading, not by a test.
"""

from __future__ import annotations

import errno
import ntpath
import sys
from pathlib import Path
from typing import Any

APP_USER_MODEL_ID = "BagianUmum.JadwalKerjaASN"
"""The taskbar's name for the planner's windows: they group under its icon, not under python.exe's.
The installer's Start-menu shortcut carries the same id (packaging/installer.iss)."""

FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_READONLY = 0x1
INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF

ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
ERROR_FILENAME_EXCED_RANGE = 206
ERROR_PATH_NOT_FOUND = 3

MAX_PATH = 260
"""Windows' classic limit on a whole path, the terminating NUL included, unless the path is extended."""
_EXTENDED = "\\\\?\\"


def is_windows() -> bool:
    """Whether the planner runs on Windows (a function, so the tests can pretend)."""
    return sys.platform == "win32"


def kernel32() -> Any:
    """``kernel32.dll`` (the tests replace this function with a fake)."""
    import ctypes  # noqa: PLC0415 - Windows only

    return ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]


def shell32() -> Any:
    """``shell32.dll`` (the tests replace this function with a fake)."""
    import ctypes  # noqa: PLC0415 - Windows only

    return ctypes.windll.shell32  # type: ignore[attr-defined,unused-ignore]


def set_hidden(path: Path, hidden: bool = True) -> bool:
    """Set or clear the hidden attribute of ``path`` on Windows, where a leading dot hides nothing.

    Returns whether the attribute was changed; False elsewhere, and when the file is gone or the
    file system refuses (the file still works, it only shows in Explorer).
    """
    if not is_windows():
        return False
    name = extended(path)
    attributes = int(kernel32().GetFileAttributesW(name))
    if attributes == INVALID_FILE_ATTRIBUTES:
        return False
    wanted = attributes | FILE_ATTRIBUTE_HIDDEN if hidden else attributes & ~FILE_ATTRIBUTE_HIDDEN
    if wanted == attributes:
        return False
    return bool(kernel32().SetFileAttributesW(name, wanted))


def is_read_only(path: Path) -> bool:
    """Whether Windows marks ``path`` read-only (Properties › Read-only); False elsewhere."""
    if not is_windows():
        return False
    attributes = int(kernel32().GetFileAttributesW(extended(path)))
    return attributes != INVALID_FILE_ATTRIBUTES and bool(attributes & FILE_ATTRIBUTE_READONLY)


def held_by_another_program(error: OSError, target: Path) -> bool:
    """Whether ``error``, met replacing ``target``, means another program has ``target`` open.

    Windows refuses to replace or delete a file that Excel, a PDF reader or a sync client holds
    open: a sharing or lock violation, or "access denied" on a file that exists and is not
    read-only (the temporary file beside it was just written, so the folder itself is writable).
    """
    if not is_windows():
        return False
    code = getattr(error, "winerror", None)
    if code in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
        return True
    return code == ERROR_ACCESS_DENIED and target.exists() and not is_read_only(target)


def path_too_long(error: OSError, path: Path) -> bool:
    """Whether ``error`` comes from a path length limit (Windows' 260 characters) rather than a missing folder."""
    if error.errno == errno.ENAMETOOLONG:
        return True
    if not is_windows():
        return False
    code = getattr(error, "winerror", None)
    return code == ERROR_FILENAME_EXCED_RANGE or (code == ERROR_PATH_NOT_FOUND and len(str(path)) >= MAX_PATH - 12)


def extended(path: Path) -> str:
    r"""``path`` as Windows' extended form (``\\?\C:\…``) when it is near the 260-character limit.

    The extended form lifts the limit to about 32,000 characters for the calls that take it
    (``CreateFileW``, ``MoveFileExW``, which Python's ``open`` and ``os.replace`` use), without the
    registry's ``LongPathsEnabled``. Short paths, and every path elsewhere, are returned as they are.
    Left at 12 characters under the limit: that is what Windows leaves for a file name in a folder.
    """
    text = str(path)
    if not is_windows() or len(text) < MAX_PATH - 12 or text.startswith(_EXTENDED):
        return text
    # Windows' own rules (ntpath, also on Linux for the tests), normalised without following links as
    # Path.resolve would: the extended form takes no "..", no "/"
    absolute = ntpath.abspath(text)
    if absolute.startswith("\\\\"):
        return f"{_EXTENDED}UNC\\{absolute[2:]}"  # \\server\share\… → \\?\UNC\server\share\…
    return _EXTENDED + absolute


def set_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Name this process for the taskbar, before the first window shows; False elsewhere or on failure."""
    if not is_windows():
        return False
    try:
        return int(shell32().SetCurrentProcessExplicitAppUserModelID(app_id)) == 0  # S_OK
    except (AttributeError, OSError):
        return False  # an old Windows without the call: the taskbar falls back to the executable
