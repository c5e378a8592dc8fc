"""PyInstaller hook for ``holidays``: the Indonesian calendar and its translation catalogues.

``holidays.country_holidays("ID", language="id")`` imports ``holidays.countries.indonesia``
through a registry (a name in a string, which PyInstaller cannot see) and reads the names of the
holidays from ``holidays/locale/<language>/LC_MESSAGES/ID.mo`` with ``gettext``. Without these the
frozen planner crashes on the first calendar. Only Indonesia's catalogues are taken: the planner
plans nowhere else, and the whole ``locale`` folder is 250 catalogues.
"""

from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths  # type: ignore[import-untyped]

hiddenimports = ["holidays.countries.indonesia"]

_, _package = get_package_paths("holidays")
datas = [
    (str(catalogue), str(Path("holidays") / catalogue.parent.relative_to(_package)))
    for catalogue in sorted(Path(_package, "locale").glob("*/LC_MESSAGES/ID.mo"))
]
