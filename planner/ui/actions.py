"""Every action of the window, built in one place: text, shortcut and status tip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.domain.status import Status

STATUS_KEYS = {
    Status.WFO: "O",
    Status.WFH: "H",
    Status.WFA: "A",
    Status.CT: "C",
    Status.S: "S",
    Status.DL: "D",
    Status.TB: "T",
}
"""One letter per status, typed on the grid like in a spreadsheet."""


@dataclass(frozen=True, slots=True)
class Actions:
    """The window's actions; menus and toolbars are built from these."""

    new_from_demo: QAction
    open: QAction
    save: QAction
    save_as: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    copy: QAction
    paste: QAction
    clear: QAction
    statuses: dict[Status, QAction]


def _action(
    parent: QWidget, text: str, tip: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
) -> QAction:
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(parent: QWidget) -> Actions:
    """Create the actions, owned by ``parent``; the window connects them."""
    key = QKeySequence.StandardKey
    statuses = {
        status: _action(parent, f"{status.code} — {status.label}", f"Isi sel terpilih dengan {status.label}", letter)
        for status, letter in STATUS_KEYS.items()
    }
    return Actions(
        new_from_demo=_action(parent, "&Baru dari contoh", "Buka rencana contoh sebagai rencana baru", key.New),
        open=_action(parent, "&Buka…", "Buka berkas rencana (.jadwal)", key.Open),
        save=_action(parent, "&Simpan", "Simpan rencana", key.Save),
        save_as=_action(parent, "Simpan &Sebagai…", "Simpan rencana ke berkas lain", key.SaveAs),
        quit=_action(parent, "&Keluar", "Tutup Jadwal Kerja ASN", key.Quit),
        undo=_action(parent, "&Batalkan", "Batalkan perubahan terakhir", key.Undo),
        redo=_action(parent, "&Ulangi", "Ulangi perubahan yang dibatalkan", key.Redo),
        copy=_action(parent, "&Salin", "Salin sel terpilih sebagai teks bertab (untuk Excel)", key.Copy),
        paste=_action(parent, "&Tempel", "Tempel kode status dari Excel atau LibreOffice", key.Paste),
        clear=_action(parent, "&Kosongkan", "Kosongkan sel terpilih (dihitung sebagai WFO)", key.Delete),
        statuses=statuses,
    )
