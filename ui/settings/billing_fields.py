"""Small editors used by Settings → Billing: a field with its own message line, a multi-line
text that commits when it loses focus, the logo picker, the tax-rate list and the currency list.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.money_text import babel_locale, format_percent

LOGO_BOX = (200, 80)  # the preview's size; the PDF scales the logo itself


class Field(QWidget):
    """An editor with a line under it: an error (red) or a short note such as "Saved"."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None,
                 *, input_widget: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.input = input_widget or editor  # the widget that turns red on an error
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(objectName="hint")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.note)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.note.hide()
        self.input.setProperty("invalid", bool(text))
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that says `editingFinished` when it loses focus, like a line edit."""

    editingFinished = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field of the page
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 18)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.editingFinished.emit()


class LogoPicker(QWidget):
    """The logo's preview with Choose PNG… and Remove; the owner does the saving."""

    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel(objectName="logoPreview")
        self.preview.setFixedSize(*LOGO_BOX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Settings shows General, Services and Billing on one page, below the menu bar: the
        # Alt+letters differ from theirs (Help, Auto-lock…).
        self.choose = QPushButton(self.tr("&Choose PNG…"), objectName="choose_logo")
        self.remove = QPushButton(self.tr("Re&move"), objectName="remove_logo")
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose.clicked.connect(self.choose_requested)
        self.remove.clicked.connect(self.remove_requested)
        self.show_logo(None)

    def show_logo(self, png: bytes | None) -> bool:
        """Show `png` (None: no logo); False when the bytes are not an image Qt can read."""
        pixmap = QPixmap()
        if png and not pixmap.loadFromData(png):
            return False
        if png:
            w, h = LOGO_BOX
            self.preview.setPixmap(pixmap.scaled(w - 12, h - 12, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
            self.preview.setToolTip(self.tr("%1 × %2 pixels").replace("%1", str(pixmap.width()))
                                    .replace("%2", str(pixmap.height())))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No logo"))
            self.preview.setToolTip("")
        self.remove.setEnabled(bool(png))
        return True

    def has_logo(self) -> bool:
        return self.remove.isEnabled()


class TaxRatesEditor(QWidget):
    """The list of rates and a box to add one; the owner parses, checks and saves."""

    add_requested = Signal(str)
    remove_requested = Signal(object)  # the Decimal to remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(objectName="tax_rates")
        self.list.setMaximumWidth(160)
        self.rate = QLineEdit(objectName="new_tax_rate")
        self.rate.setPlaceholderText(self.tr("e.g. 23"))
        self.rate.setMaximumWidth(90)
        self.rate.setAccessibleName(self.tr("New tax rate"))
        percent = QLabel("%")
        self.add = QPushButton(self.tr("Add &rate"), objectName="add_tax_rate")
        self.remove = QPushButton(self.tr("Remove rate"), objectName="remove_tax_rate")
        entry = QHBoxLayout()
        entry.setSpacing(6)
        entry.addWidget(self.rate)
        entry.addWidget(percent)
        entry.addWidget(self.add)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addLayout(entry)
        side.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.list)
        layout.addLayout(side)
        layout.addStretch(1)
        self._rates: list[Decimal] = []
        self.add.clicked.connect(lambda: self.add_requested.emit(self.rate.text()))
        self.rate.returnPressed.connect(lambda: self.add_requested.emit(self.rate.text()))
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))

    def set_rates(self, rates: list[Decimal]) -> None:
        self._rates = list(rates)
        self.list.clear()
        self.list.addItems([format_percent(r) for r in self._rates])
        self.remove.setEnabled(False)
        # Tall enough for every rate up to five, then it scrolls; never less than three rows.
        # (Rows are a line of text and the item padding of Settings → Billing's style sheet.)
        rows = max(3, min(5, len(self._rates)))
        self.list.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 10)
        self.setMinimumHeight(self.list.maximumHeight())  # the form layout would squeeze it

    def rates(self) -> list[Decimal]:
        return list(self._rates)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._rates):
            self.remove_requested.emit(self._rates[row])


@lru_cache(maxsize=8)
def currencies(locale: str) -> tuple[tuple[str, str], ...]:
    """(code, name in `locale`) of the currencies in use in some country today, by code."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        try:
            codes.update(get_territory_currencies(territory, tender=True))
        except Exception:  # noqa: BLE001, S112 - regions (e.g. "419") have no currency
            continue
    return tuple((code, get_currency_name(code, locale=locale)) for code in sorted(codes))


def currency_items(saved: str) -> list[tuple[str, str]]:
    """(shown text, code) for the currency list; the saved code is kept even if no longer used."""
    try:
        known = currencies(babel_locale())
    except Exception:  # noqa: BLE001 - a locale babel does not know
        known = currencies("en")
    items = [(f"{code} — {name}", code) for code, name in known]
    if saved and saved not in {code for code, _ in known}:
        items.insert(0, (saved, saved))
    return items
