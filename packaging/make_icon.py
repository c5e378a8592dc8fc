"""Draw the planner's icon: ``python packaging/make_icon.py``.

Writes ``resources/icons/jadwal.png`` (the window's) and ``packaging/jadwal.ico`` (the executables').

A calendar page: a blue header band with two rings, and a grid of days in the planner's own
colours for the office (blue) and home (green), so it reads at 16 pixels as "a schedule".
Run again only when the drawing changes; both files are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int = 256) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    unit = size / 16
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(unit, 2 * unit, 14 * unit, 13 * unit), 1.5 * unit, 1.5 * unit)
    painter.setBrush(QColor("#1f4e8c"))
    painter.drawRoundedRect(QRectF(unit, 2 * unit, 14 * unit, 4 * unit), 1.5 * unit, 1.5 * unit)
    painter.drawRect(QRectF(unit, 4 * unit, 14 * unit, 2 * unit))
    painter.setBrush(QColor("#0f2b52"))
    for x in (4, 11):
        painter.drawRoundedRect(QRectF(x * unit, 0.5 * unit, 1.2 * unit, 3.5 * unit), 0.6 * unit, 0.6 * unit)
    office, home = QColor("#2f6db5"), QColor("#3a9a5b")
    pattern = ("OHOH", "HOHO", "OOHO")
    for row, line in enumerate(pattern):
        for column, code in enumerate(line):
            painter.setBrush(office if code == "O" else home)
            cell = QRectF((2.2 + column * 3) * unit, (7 + row * 2.7) * unit, 2.4 * unit, 2.1 * unit)
            painter.drawRoundedRect(cell, 0.4 * unit, 0.4 * unit)
    painter.setPen(QColor("#9aa7b8"))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(unit, 2 * unit, 14 * unit, 13 * unit), 1.5 * unit, 1.5 * unit)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def main() -> None:
    """Write the PNG (the window's icon) and the ICO (the executables' and the installer's)."""
    from PIL import Image  # noqa: PLC0415 - Pillow comes with reportlab

    png = draw(256)
    (ROOT / "resources" / "icons").mkdir(parents=True, exist_ok=True)
    (ROOT / "resources" / "icons" / "jadwal.png").write_bytes(png)
    sizes = [(side, side) for side in (16, 24, 32, 48, 64, 128, 256)]
    Image.open(io.BytesIO(png)).save(ROOT / "packaging" / "jadwal.ico", sizes=sizes)


if __name__ == "__main__":
    main()
