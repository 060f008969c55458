"""The rich-text toolbar's two small dialogs: insert a link (http, https and mailto only) and
insert a table. Both open with open(); the toolbar reacts to `accepted`."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

LINK_SCHEMES = ("http", "https", "mailto")
_EMAIL = re.compile(r"^[^@\s/:]+@[^@\s/]+\.[^@\s/]+$")


def normalized_link(address: str) -> str | None:
    """The address as a link: "example.org" → "https://example.org", "ana@x.pt" →
    "mailto:ana@x.pt"; None when it is not an http(s) or mailto address."""
    address = address.strip()
    if not address or any(c.isspace() for c in address):
        return None
    scheme = address.split(":", 1)[0].lower() if ":" in address else ""
    if scheme not in LINK_SCHEMES:
        if _EMAIL.match(address):
            address = "mailto:" + address
        elif "." in address.split("/")[0] and not scheme:
            address = "https://" + address
        else:
            return None
    url = QUrl(address, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in LINK_SCHEMES:
        return None
    if url.scheme().lower() != "mailto" and not url.host():
        return None
    return address


class LinkDialog(QDialog):
    """The link's text (the selection, if any) and its address. `link()` after acceptance."""

    def __init__(self, text: str = "", address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkDialog")
        self.setWindowTitle(self.tr("Insert link"))
        self.setMinimumWidth(420)
        self.text = QLineEdit(text, objectName="link_text")
        self.address = QLineEdit(address, objectName="link_address")
        self.address.setPlaceholderText(self.tr("https://… or name@example.com"))
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow("", self.error)
        hint = QLabel(self.tr("Web (http, https) and email addresses only."), objectName="hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert link"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("insert")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        (self.address if text else self.text).setFocus()

    def link(self) -> tuple[str, str]:
        """(text, address); the text falls back to the address."""
        address = normalized_link(self.address.text()) or ""
        text = self.text.text().strip() or self.address.text().strip()
        return text, address

    def accept(self) -> None:
        if normalized_link(self.address.text()) is None:
            self.error.setText(self.tr("Enter a web address (https://…) or an email address. "
                                       "Other kinds of links are not allowed in notes."))
            self.error.show()
            self.address.setProperty("invalid", True)
            self.address.style().polish(self.address)
            self.address.setFocus()
            return
        super().accept()


class TableDialog(QDialog):
    """How many rows and columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TableDialog")
        self.setWindowTitle(self.tr("Insert table"))
        self.rows = QSpinBox(objectName="rows", minimum=1, maximum=100, value=3)
        self.columns = QSpinBox(objectName="columns", minimum=1, maximum=12, value=3)
        form = QFormLayout()
        form.addRow(self.tr("&Rows"), self.rows)
        form.addRow(self.tr("&Columns"), self.columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert table"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("insert")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
