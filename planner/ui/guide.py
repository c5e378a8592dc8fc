"""Bantuan › Panduan (F1): the short illustrated guide that ships with the planner, read offline."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.resources import guide_folder

GUIDE_FILE = "panduan.html"


class GuideDialog(QDialog):
    """The guide in a browser of its own; links to other pages of the guide work, nothing goes online."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Load ``resources/guide/panduan.html`` with its pictures."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan Jadwal Kerja ASN"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        folder = guide_folder()
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / GUIDE_FILE)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)
