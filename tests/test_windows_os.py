"""The Windows calls, with Windows faked: what the planner asks of kernel32 and shell32, and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import windows_os
from planner.windows_os import (
    APP_USER_MODEL_ID,
    FILE_ATTRIBUTE_HIDDEN,
    FILE_ATTRIBUTE_READONLY,
    INVALID_FILE_ATTRIBUTES,
)

NORMAL = 0x80  # FILE_ATTRIBUTE_NORMAL
ARCHIVE = 0x20


class FakeKernel32:
    """File attributes kept per path, as ``GetFileAttributesW`` / ``SetFileAttributesW`` would."""

    def __init__(self) -> None:
        self.attributes: dict[str, int] = {}
        self.calls: list[tuple[str, str]] = []

    def GetFileAttributesW(self, name: str) -> int:
        self.calls.append(("get", name))
        if name in self.attributes:
            return self.attributes[name]
        return ARCHIVE if Path(name).exists() else INVALID_FILE_ATTRIBUTES

    def SetFileAttributesW(self, name: str, value: int) -> int:
        self.calls.append(("set", name))
        self.attributes[name] = value
        return 1


class FakeShell32:
    def __init__(self, result: int = 0) -> None:
        self.ids: list[str] = []
        self.result = result

    def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
        self.ids.append(app_id)
        return self.result


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    """Pretend to be Windows, with a fake kernel32."""
    fake = FakeKernel32()
    monkeypatch.setattr(windows_os, "is_windows", lambda: True)
    monkeypatch.setattr(windows_os, "kernel32", lambda: fake)
    return fake


def windows_error(code: int, cls: type[OSError] = PermissionError) -> OSError:
    error = cls(13, "Access is denied")
    error.winerror = code  # type: ignore[attr-defined]  # set by Python on Windows only
    return error


def test_off_windows_every_call_is_a_no_op(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows_os, "is_windows", lambda: False)
    monkeypatch.setattr(windows_os, "kernel32", lambda: pytest.fail("kernel32 called off Windows"))
    monkeypatch.setattr(windows_os, "shell32", lambda: pytest.fail("shell32 called off Windows"))
    path = tmp_path / "rencana.jadwal"
    path.write_text("x")
    long = Path("/" + "a" * 300)

    assert windows_os.set_hidden(path) is False
    assert windows_os.is_read_only(path) is False
    assert windows_os.held_by_another_program(windows_error(32), path) is False
    assert windows_os.path_too_long(windows_error(206), long) is False
    assert windows_os.path_too_long(OSError(36, "File name too long"), long) is True  # ENAMETOOLONG, any system
    assert windows_os.extended(long) == str(long)
    assert windows_os.set_app_user_model_id() is False


def test_hiding_sets_and_clearing_removes_only_the_hidden_bit(tmp_path: Path, kernel32: FakeKernel32) -> None:
    path = tmp_path / ".~rencana.jadwal.lock"
    path.write_text("1")

    assert windows_os.set_hidden(path) is True
    assert kernel32.attributes[str(path)] == ARCHIVE | FILE_ATTRIBUTE_HIDDEN
    assert windows_os.set_hidden(path) is False  # already hidden: nothing to set
    assert windows_os.set_hidden(path, hidden=False) is True
    assert kernel32.attributes[str(path)] == ARCHIVE


def test_a_file_gone_is_not_hidden(tmp_path: Path, kernel32: FakeKernel32) -> None:
    assert windows_os.set_hidden(tmp_path / "hilang.tmp") is False
    assert not [call for call in kernel32.calls if call[0] == "set"]


def test_sharing_and_lock_violations_mean_another_program_holds_the_file(
    tmp_path: Path, kernel32: FakeKernel32
) -> None:
    target = tmp_path / "jadwal.xlsx"
    assert windows_os.held_by_another_program(windows_error(32), target)  # ERROR_SHARING_VIOLATION
    assert windows_os.held_by_another_program(windows_error(33), target)  # ERROR_LOCK_VIOLATION
    # "access denied" counts only for a file that exists and is not read-only
    assert not windows_os.held_by_another_program(windows_error(5), target)
    target.write_text("lama")
    assert windows_os.held_by_another_program(windows_error(5), target)
    kernel32.attributes[str(target)] = NORMAL | FILE_ATTRIBUTE_READONLY
    assert windows_os.is_read_only(target)
    assert not windows_os.held_by_another_program(windows_error(5), target)
    assert not windows_os.held_by_another_program(windows_error(2, FileNotFoundError), target)


def test_paths_near_the_limit_take_the_extended_form(kernel32: FakeKernel32) -> None:
    short = "C:\\Users\\staf\\Documents\\rencana.jadwal"
    folder = "C:\\Users\\staf\\Documents\\" + "\\".join(["Bagian Umum Sekretariat Daerah"] * 8)
    long = folder + "\\..\\rencana April 2024.jadwal"
    unc = "\\\\server\\bersama\\" + "x" * 250 + "\\rencana.jadwal"

    assert windows_os.extended(Path(short)) == short
    assert windows_os.extended(Path(long)).startswith("\\\\?\\C:\\Users\\staf\\")
    assert ".." not in windows_os.extended(Path(long))  # normalised: the extended form takes none
    assert windows_os.extended(Path(unc)).startswith("\\\\?\\UNC\\server\\bersama\\")
    assert windows_os.extended(Path(windows_os.extended(Path(long)))) == windows_os.extended(Path(long))


def test_a_path_too_long_is_told_apart_from_a_missing_folder(kernel32: FakeKernel32) -> None:
    long = Path("C:\\" + "a" * 255)
    assert windows_os.path_too_long(windows_error(206, OSError), Path("C:\\a"))
    assert windows_os.path_too_long(windows_error(3, FileNotFoundError), long)
    assert not windows_os.path_too_long(windows_error(3, FileNotFoundError), Path("C:\\tidak-ada\\a.jadwal"))


def test_the_taskbar_id_is_set_once_before_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    shell = FakeShell32()
    monkeypatch.setattr(windows_os, "is_windows", lambda: True)
    monkeypatch.setattr(windows_os, "shell32", lambda: shell)

    assert windows_os.set_app_user_model_id() is True
    assert shell.ids == [APP_USER_MODEL_ID]

    shell.result = -2147024809  # E_INVALIDARG
    assert windows_os.set_app_user_model_id() is False
