"""A calm, honest empty state: what this place is for and why there is nothing here yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(460)  # a fixed width lets the wrapped text take its full height
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        # Centred by stretches, not by an alignment: an aligned item's height is worked out
        # for the layout's whole width, which left two wrapped lines only one line of room.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(3)
