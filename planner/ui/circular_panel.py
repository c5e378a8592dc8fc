"""The circular panel: the plan's circular, its periods, the rule of each category and its obligations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from planner.domain.calendar import format_date_long
from planner.domain.category import Category
from planner.domain.circular import Circular
from planner.domain.wording import describe_dates, describe_rule
from planner.ui.texts import category_label, wording


def circular_html(circular: Circular, *, user_made: bool, from_plan: bool = False) -> str:
    """The circular as a small HTML page; the planner's own words are in the interface language."""
    translate = QCoreApplication.translate
    about = translate("CircularPanel", "tentang")
    issuer = translate("CircularPanel", "Penerbit")
    parts = [
        f"<h3>{escape(circular.name)}</h3>",
        f"<p>{about} {escape(circular.title)}</p>",
        f"<p><b>{issuer}:</b> {escape(circular.issuer)}",
    ]
    if circular.signed:
        signed = translate("CircularPanel", "Ditandatangani")
        parts.append(f"<br><b>{signed}:</b> {format_date_long(circular.signed)}")
    if circular.scope:
        scope = translate("CircularPanel", "Berlaku bagi")
        parts.append(f"<br><b>{scope}:</b> {escape(circular.scope)}")
    parts.append("</p>")
    for number, period in enumerate(circular.periods, start=1):
        if period.label:
            label = escape(period.label)
        else:
            label = translate("CircularPanel", "Masa berlaku {number}").format(number=number)
        parts.append(f"<p><b>{label}</b><br>{escape(describe_dates(period, wording))}</p><ul>")
        for category in Category:
            rule = describe_rule(period.rules.get(category), period.remote_codes, wording)
            parts.append(f"<li>{escape(category_label(category))}: {escape(rule)}</li>")
        parts.append("</ul>")
    outside = translate("CircularPanel", "Di luar masa berlaku: hari kerja biasa, semua pegawai WFO.")
    parts.append(f"<p><i>{outside}</i></p>")
    if circular.obligations:
        duties = translate("CircularPanel", "Kewajiban")
        parts.append(f"<p><b>{duties}</b></p><ol>")
        parts += [f"<li>{escape(obligation)}</li>" for obligation in circular.obligations]
        parts.append("</ol>")
    if circular.source:
        source = translate("CircularPanel", "Sumber")
        parts.append(f"<p><small><b>{source}:</b> {escape(circular.source)}</small></p>")
    if from_plan:
        origin = translate(
            "CircularPanel",
            "Salinan dari berkas rencana: surat edaran ini tidak ada di folder surat edaran komputer ini",
        )
    elif user_made:
        origin = translate("CircularPanel", "Surat edaran buatan pengguna")
    else:
        origin = translate("CircularPanel", "Surat edaran bawaan aplikasi")
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

    def show_circular(self, circular: Circular, *, user_made: bool, from_plan: bool = False) -> None:
        """Show ``circular``; ``from_plan`` when only the plan file's copy of it is known."""
        self.browser.setHtml(circular_html(circular, user_made=user_made, from_plan=from_plan))
