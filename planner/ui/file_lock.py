"""Telling a second window, or a second copy of the planner, that a plan is already open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

from planner import windows_os
from planner.domain.errors import PlannerError
from planner.storage.plan_lock import lock_path


class PlanInUseError(PlannerError):
    """The plan is open in another window or another copy of the planner."""


def lock_plan(path: Path) -> QLockFile | None:
    """Claim ``path`` for this window until the lock is unlocked or dropped.

    Returns None when the folder does not allow a lock file (a read-only share): the plan
    can still be read, and saving there would fail with its own message anyway.

    Raises:
        PlanInUseError: another window or program holds the plan, with who holds it.
    """
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)  # never stale by age: only when the holder's process is gone
    if lock.tryLock(0):
        windows_os.set_hidden(lock_path(path))  # the leading dot hides it everywhere but in Explorer
        return lock
    if lock.error() is not QLockFile.LockError.LockFailedError:
        return None
    info = lock.getLockInfo()
    host = str(info[1]) if isinstance(info, tuple) and len(info) == 3 and info[1] else ""  # (pid, host, app)
    if host and host != QSysInfo.machineHostName():
        where = QCoreApplication.translate("file_lock", "di komputer {host}").format(host=host)
    else:
        where = QCoreApplication.translate("file_lock", "di jendela lain pada komputer ini")
    raise PlanInUseError(
        QCoreApplication.translate(
            "file_lock",
            "{name} sedang dibuka {where}. Tutup berkas itu di sana dulu; "
            "jendela ini tidak akan menimpa pekerjaan orang lain.",
        ).format(name=path.name, where=where)
    )
