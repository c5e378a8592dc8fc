"""The circular panel: the plan's circular, its periods, the rule of each category and its obligations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from planner.domain.calendar import format_date_long
from planner.domain.category import Category
from planner.domain.circular import Circular
from planner.domain.wording import describe_dates, describe_rule, describe_scope
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
    counted = translate("CircularPanel", "Kuota dihitung per")
    parts.append(f"<br><b>{counted}:</b> {escape(describe_scope(circular.quota_scope, wording))}")
    if circular.amends:
        amends = translate("CircularPanel", "Mengubah")
        parts.append(f"<br><b>{amends}:</b> <code>{escape(circular.amends)}</code>")
    if circular.amended_by:
        amended = translate("CircularPanel", "Diubah oleh")
        parts.append(f"<br><b>{amended}:</b> <code>{escape(', '.join(circular.amended_by))}</code>")
    parts.append("</p>")
    if circular.legacy_remote:
        legacy = translate(
            "CircularPanel",
            "Berkas format lama tanpa daftar status jarak jauh: WFH dan WFA tetap diizinkan seperti saat ditulis. "
            "Simpan ulang di editor surat edaran untuk menuliskannya.",
        )
        parts.append(f"<p><i>{escape(legacy)}</i></p>")
    days = (
        translate("CircularPanel", "Senin"),
        translate("CircularPanel", "Selasa"),
        translate("CircularPanel", "Rabu"),
        translate("CircularPanel", "Kamis"),
        translate("CircularPanel", "Jumat"),
        translate("CircularPanel", "Sabtu"),
        translate("CircularPanel", "Minggu"),
    )
    for number, period in enumerate(circular.periods, start=1):
        if period.label:
            label = escape(period.label)
        else:
            label = translate("CircularPanel", "Masa berlaku {number}").format(number=number)
        dates = describe_dates(period, wording)
        if period.weekdays:
            every = translate("CircularPanel", "setiap {days}").format(
                days=", ".join(days[day] for day in sorted(period.weekdays))
            )
            dates = f"{dates} ({every})"
        if period.zone:
            dates = f"{dates} · " + translate("CircularPanel", "zona {zone}").format(zone=period.zone)
        if period.amended_by:
            dates = f"{dates} · " + translate("CircularPanel", "ditambahkan oleh {id}").format(id=period.amended_by)
        parts.append(f"<p><b>{label}</b><br>{escape(dates)}</p><ul>")
        for category in Category:
            rules = period.rules_for(category) or (None,)
            rule = "; ".join(describe_rule(r, period.remote_codes, wording) for r in rules)
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
