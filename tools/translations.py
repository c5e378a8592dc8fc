"""Refresh the interface translations: collect texts from ``planner/ui`` and compile every ``.ts`` to ``.qm``.

Run from the repository root after changing texts in the window:

    .venv/bin/python tools/translations.py

1. ``pyside6-lupdate`` updates ``resources/i18n/jadwal_en.ts`` with every ``tr()`` /
   ``translate()`` / ``QT_TRANSLATE_NOOP`` text of ``planner/ui`` and every ``phrase()``
   template of ``planner/domain/wording.py`` and ``autofill.py`` (texts no longer used are dropped). Translate
   the new, unfinished entries with Qt Linguist (``pyside6-linguist``) or any editor: the
   source texts are Indonesian, the translations English.
2. ``pyside6-lrelease`` compiles each ``.ts`` in ``resources/i18n`` to the ``.qm`` the planner
   loads. ``qt_id.ts`` holds Indonesian for Qt's own buttons and menus (Qt ships none) and is
   edited by hand; lupdate never touches it.

Both ``.ts`` and ``.qm`` files are committed, so an installation needs no Qt tools.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def main() -> int:
    """Update the English catalogue from the sources, then compile every catalogue."""
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "planner" / "ui").rglob("*.py"))
    sources += ["planner/domain/wording.py", "planner/domain/autofill.py"]  # templates marked with phrase()
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-tr-function-alias",
            "QT_TRANSLATE_NOOP+=phrase",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            "resources/i18n/jadwal_en.ts",
        ],
        cwd=ROOT,
        check=True,
    )
    for catalogue in sorted(I18N.glob("*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(catalogue)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
