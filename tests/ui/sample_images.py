"""Synthetic pictures for documentation tests and screenshots (no real client's data)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

PAPER = QColor("#fdfcf7")
BAR = QColor("#3f9b8f")
INK = QColor("#3e4c59")


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def sleep_diary_png(width: int = 1600, height: int = 1000) -> bytes:
    """A "scanned" sleep diary: hours slept per night as bars on lined paper. PAPER at the
    top-left corner; the first bar (BAR) around 18%/60% of the size."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(PAPER)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    sx, sy = width / 1600, height / 1000
    p.scale(sx, sy)
    p.setPen(QPen(QColor("#dfe7ec"), 2))
    for y in range(160, 900, 60):
        p.drawLine(80, y, 1520, y)
    title = QFont("DejaVu Sans", 40)
    title.setBold(True)
    p.setFont(title)
    p.setPen(INK)
    p.drawText(QRectF(80, 40, 1440, 90), Qt.AlignmentFlag.AlignLeft, "Sleep diary — week 1")
    p.setFont(QFont("DejaVu Sans", 22))
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    hours = (5.0, 5.5, 4.5, 6.0, 6.5, 7.5, 7.0)
    base, per_hour = 880, 80
    for n, (day, h) in enumerate(zip(days, hours, strict=True)):
        x = 200 + n * 185
        p.fillRect(QRectF(x, base - h * per_hour, 110, h * per_hour), BAR)
        p.drawText(QRectF(x - 20, base + 10, 150, 40), Qt.AlignmentFlag.AlignCenter, day)
        p.drawText(QRectF(x - 20, base - h * per_hour - 48, 150, 40),
                   Qt.AlignmentFlag.AlignCenter, f"{h:g} h")
    p.end()
    return png(image)
