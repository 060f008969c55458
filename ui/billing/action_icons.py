"""Small line icons for the invoice row actions (view, PDF, email, payment, credit note,
duplicate, more), drawn from inline SVG so they stay sharp at any scale and need no files."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

NORMAL = "#3e4c59"
DISABLED = "#bcc5ce"

# 24×24 strokes; "{c}" is the colour.
_SHAPES = {
    "view": '<path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z"/>'
            '<circle cx="12" cy="12" r="2.8"/>',
    "pdf": '<path d="M12 4v11"/><path d="M7.5 10.5 12 15l4.5-4.5"/><path d="M4.5 16.5v3h15v-3"/>',
    "email": '<rect x="3.5" y="6" width="17" height="12.5" rx="1.8"/><path d="m4 7 8 6.2L20 7"/>',
    "payment": '<rect x="2.8" y="6.5" width="18.4" height="11" rx="1.8"/>'
               '<circle cx="12" cy="12" r="2.6"/><circle cx="6.6" cy="12" r=".5"/>'
               '<circle cx="17.4" cy="12" r=".5"/>',
    "cancel": '<path d="M6.5 3.5h8l3.5 3.5v13.5h-11.5z"/><path d="M9.5 13.5h5.5"/>',
    "duplicate": '<rect x="8.5" y="8.5" width="11.5" height="11.5" rx="1.6"/>'
                 '<path d="M15.5 5.5v-1.2a.8.8 0 0 0-.8-.8H5.3a.8.8 0 0 0-.8.8v9.4a.8.8 0 0 0 .8.8h1.2"/>',
    "more": '<circle cx="12" cy="5.5" r="1.1"/><circle cx="12" cy="12" r="1.1"/>'
            '<circle cx="12" cy="18.5" r="1.1"/>',
}


ICONS = frozenset(_SHAPES)


def _svg(name: str, color: str) -> bytes:
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
            f'stroke="{color}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
            f"{_SHAPES[name]}</svg>").encode()


def _pixmap(name: str, color: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(_svg(name, color))).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def action_icon(name: str) -> QIcon:
    """The icon for one of: view, pdf, email, payment, cancel, duplicate, more."""
    icon = QIcon()
    for size in (16, 32, 48):  # 32 and 48 for high-density screens
        icon.addPixmap(_pixmap(name, NORMAL, size), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(name, DISABLED, size), QIcon.Mode.Disabled)
    return icon
