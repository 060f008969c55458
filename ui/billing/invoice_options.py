"""Below a draft's lines: the invoice discount, the language the PDF is written in, and the
notes printed on the invoice (shown as plain text once it is issued)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES

STYLE = """
QPlainTextEdit { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px;
    padding: 4px 6px; }
#notesText { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; padding: 8px; }
"""


class InvoiceOptions(QWidget):
    """`edited` when the user changes the discount or the notes (not when they are filled)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.discount = QLineEdit(objectName="invoice_discount")
        self.discount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discount.setMaximumWidth(80)
        self.discount.setPlaceholderText("0")
        self.discount.textEdited.connect(self.edited)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The language of the PDF: its words, dates and amounts"))
        discount_label = QLabel(self.tr("Invoice &discount"))
        discount_label.setBuddy(self.discount)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        percent = QLabel("%")
        self.draft_row = QWidget()
        row = QHBoxLayout(self.draft_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (discount_label, self.discount, percent):
            row.addWidget(widget)
        row.addSpacing(24)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)

        self.notes_label = QLabel(objectName="hint")
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(70)
        self.notes.setPlaceholderText(self.tr("e.g. Thank you for your trust."))
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_changed)
        self.notes_label.setBuddy(self.notes)
        self.notes_text = QLabel(objectName="notesText")
        self.notes_text.setWordWrap(True)
        self.notes_text.setTextFormat(Qt.TextFormat.PlainText)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_row)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_text)

    def _notes_changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def fill(self, *, editable: bool, discount_text: str, notes: str,
             language: str | None = None) -> None:
        """`language` None keeps the one chosen (a reload after saving must not undo it)."""
        self._filling = True
        try:
            self.discount.setText(discount_text)
            self.notes.setPlainText(notes)
        finally:
            self._filling = False
        if language is not None:
            self.language.setCurrentIndex(max(self.language.findData(language[:2]), 0))
        self.draft_row.setVisible(editable)
        self.notes.setVisible(editable)
        self.notes_label.setText(self.tr("&Notes (printed on the invoice)") if editable
                                 else self.tr("Notes"))
        self.notes_label.setVisible(editable or bool(notes))
        self.notes_text.setText(notes)
        self.notes_text.setVisible(not editable and bool(notes))

    def mark_discount(self, invalid: bool) -> None:
        self.discount.setProperty("invalid", invalid)
        self.discount.style().unpolish(self.discount)
        self.discount.style().polish(self.discount)
