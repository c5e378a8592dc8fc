"""The circular panel: the plan's circular, its periods, the rule of each category and its obligations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from planner.domain.calendar import format_date_long
from planner.domain.category import Category
from planner.domain.circular import Circular
from planner.domain.wording import describe_dates, describe_rule
from planner.ui.texts import category_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("CircularPanel", text)


def circular_html(circular: Circular, *, user_made: bool) -> str:
    """The circular as a small HTML page, in the interface language where the planner writes the words."""
    parts = [
        f"<h3>{escape(circular.name)}</h3>",
        f"<p>{_tr('tentang')} {escape(circular.title)}</p>",
        f"<p><b>{_tr('Penerbit')}:</b> {escape(circular.issuer)}",
    ]
    if circular.signed:
        parts.append(f"<br><b>{_tr('Ditandatangani')}:</b> {format_date_long(circular.signed)}")
    if circular.scope:
        parts.append(f"<br><b>{_tr('Berlaku bagi')}:</b> {escape(circular.scope)}")
    parts.append("</p>")
    for number, period in enumerate(circular.periods, start=1):
        label = escape(period.label) if period.label else _tr("Masa berlaku {number}").format(number=number)
        parts.append(f"<p><b>{label}</b><br>{escape(describe_dates(period))}</p><ul>")
        for category in Category:
            rule = describe_rule(period.rules.get(category), period.remote_codes)
            parts.append(f"<li>{escape(category_label(category))}: {escape(rule)}</li>")
        parts.append("</ul>")
    parts.append(f"<p><i>{_tr('Di luar masa berlaku: hari kerja biasa, semua pegawai WFO.')}</i></p>")
    if circular.obligations:
        parts.append(f"<p><b>{_tr('Kewajiban')}</b></p><ol>")
        parts += [f"<li>{escape(obligation)}</li>" for obligation in circular.obligations]
        parts.append("</ol>")
    if circular.source:
        parts.append(f"<p><small><b>{_tr('Sumber')}:</b> {escape(circular.source)}</small></p>")
    origin = _tr("Surat edaran buatan pengguna") if user_made else _tr("Surat edaran bawaan aplikasi")
    parts.append(f"<p><small>{origin} · id <code>{escape(circular.id)}</code></small></p>")
    return "".join(parts)


class CircularPanel(QWidget):
    """Shows one circular; the window calls ``show_circular`` whenever the plan's circular changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty panel."""
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_circular(self, circular: Circular, *, user_made: bool) -> None:
        """Show ``circular``."""
        self.browser.setHtml(circular_html(circular, user_made=user_made))
