"""Regenerate ``docs/main-window.png``: the main window with the demo plan, as a user sees it at work.

Run from the repository root: ``.venv/bin/python tools/screenshot.py [OUT.png]``. Renders
offscreen, with the planner's folders in a temporary directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from planner.domain.status import Status
from planner.paths import AppPaths
from planner.ui.application import build_window, settings_for, window_context


def main() -> None:
    """Show the demo with one quota broken and a few cells locked, so marks and issues are visible."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/main-window.png")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as home:
        paths = AppPaths(data=Path(home) / "data", config=Path(home) / "config")
        window = build_window(window_context(paths, settings_for(paths)))
        window.resize(1500, 900)
        window.show()
        document = window.document
        plan = document.plan
        day = plan.days[1]
        hukum = [m.nip for m in plan.roster.staff if m.unit == plan.roster.staff[9].unit][:6]
        document.set_cells([(nip, day, Status.WFH) for nip in hukum], "Contoh: terlalu banyak WFH")
        window.grid.select_cells([0, 1, 2], [1, 2])
        window.window_actions.lock.trigger()
        window.grid.select_cells([plan.roster.index_of(hukum[5])], [1])
        window.issues.model.flush()  # the list follows edits a moment later; show it now
        app.processEvents()
        window.grab().save(str(out))
        document.undo_stack.setClean()
        window.close()
    print(f"Screenshot saved to {out}")


if __name__ == "__main__":
    main()
