"""Pieces of the composer: the list of attached files (name, size, a button to remove each) and
its icons. GUI thread only."""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.mail.send import OutgoingAttachment
from ui.documentation.doc_list_model import size_text

# Many mail servers refuse a message over 25 MB (attachments grow by a third when encoded).
LARGE_MESSAGE_BYTES = 18 * 1024 * 1024

def attachment_from_file(path: Path) -> OutgoingAttachment:
    """The file's bytes (OSError when it cannot be read)."""
    data = path.read_bytes()
    return OutgoingAttachment(path.name, data, mimetypes.guess_type(path.name)[0] or "")


# --- icons --------------------------------------------------------------------------------------

_SHAPES = {
    "attach": '<path d="M20 11.5 12.2 19.3a5 5 0 0 1-7.1-7.1l8.1-8.1a3.3 3.3 0 0 1 4.7 4.7'
              'l-8.1 8.1a1.7 1.7 0 0 1-2.4-2.4l7.4-7.4"/>',
    "remove": '<path d="M7 7l10 10M17 7 7 17"/>',
}


def _pixmap(name: str, color: str, size: int) -> QPixmap:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
           f'stroke="{color}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
           + _SHAPES[name] + "</svg>")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def compose_icon(name: str) -> QIcon:
    """"attach" (a paper clip) or "remove" (a cross)."""
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_pixmap(name, "#3e4c59", size), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(name, "#bcc5ce", size), QIcon.Mode.Disabled)
    return icon


# --- the attachment list ------------------------------------------------------------------------

STYLE = """
#attachmentRow { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; }
#attachmentRow QLabel { background: transparent; }
#attachmentName { color: #1f2933; }
#attachmentSize { color: #616e7c; font-size: 9pt; }
QToolButton#removeAttachment { border: none; border-radius: 4px; padding: 2px; }
QToolButton#removeAttachment:hover { background: #fbeef0; }
"""


class AttachmentRow(QFrame):
    remove_requested = Signal()

    def __init__(self, attachment: OutgoingAttachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentRow")
        clip = QLabel()
        clip.setPixmap(compose_icon("attach").pixmap(QSize(16, 16)))
        self.name = QLabel(attachment.filename, objectName="attachmentName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.size = QLabel(size_text(len(attachment.content)), objectName="attachmentSize")
        self.remove_button = QToolButton(objectName="removeAttachment")
        self.remove_button.setIcon(compose_icon("remove"))
        self.remove_button.setToolTip(self.tr("Remove %1").replace("%1", attachment.filename))
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(6)
        layout.addWidget(clip)
        layout.addWidget(self.name)
        layout.addWidget(self.size)
        layout.addStretch(1)
        layout.addWidget(self.remove_button)


class AttachmentList(QWidget):
    """The attached files, one row each (scrolls past three rows); hidden when there are none.
    `changed` after every add or removal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self.setStyleSheet(STYLE)
        self.items: list[OutgoingAttachment] = []
        self.rows: list[AttachmentRow] = []
        self._inner = QWidget()
        self._inner.setObjectName("attachmentsInner")
        self._inner.setStyleSheet("#attachmentsInner { background: transparent; }")
        self._grid = QVBoxLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._grid.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self._inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._refresh()

    def add(self, attachment: OutgoingAttachment) -> None:
        self.items.append(attachment)
        self._refresh()

    def remove(self, index: int) -> None:
        del self.items[index]
        self._refresh()

    def total_size(self) -> int:
        return sum(len(a.content) for a in self.items)

    def _refresh(self) -> None:
        for row in self.rows:  # out of the layout now: deleteLater alone leaves it drawn
            self._grid.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for index, attachment in enumerate(self.items):
            row = AttachmentRow(attachment, self._inner)
            row.remove_requested.connect(lambda index=index: self.remove(index))
            self._grid.insertWidget(index, row)
            self.rows.append(row)
        row_height = self.rows[0].sizeHint().height() if self.rows else 0
        shown = min(len(self.items), 3)
        self.scroll.setFixedHeight(shown * row_height + max(shown - 1, 0) * 4)
        self.setVisible(bool(self.items))
        self.changed.emit()
