"""One editor per custom field type, and how a stored value reads in view mode.

Each editor gives and takes the JSON-able value `custom_fields.normalise_value` accepts:
text → str, number → str, date → ISO str or None, single choice → str, multiple choice → list,
checkbox → bool, email/phone → str, address → dict.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.custom_fields import FieldDef
from app.store.models import FieldType

ADDRESS_PARTS = ("street", "city", "postal_code", "region", "country")


def date_format() -> str:
    """The locale's short date format, with four-digit years (a birth year must not read '88)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def short_date(value: dt.date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


class DateEditor(QDateEdit):
    """A date picker that can also be empty (its minimum stands for "no date")."""

    EMPTY = QDate(1800, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(" ")
        self.setDisplayFormat(date_format())
        self.set_value(None)

    def value(self) -> str | None:
        d = self.date()
        return None if d == self.EMPTY else dt.date(d.year(), d.month(), d.day()).isoformat()

    def set_value(self, value: dt.date | str | None) -> None:
        if not value:
            self.setDate(self.EMPTY)
            return
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        self.setDate(QDate(value.year, value.month, value.day))


class _Line(QLineEdit):
    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class _LongText(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setFixedHeight(90)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


def _removed(option: str) -> str:
    return QCoreApplication.translate("FieldEditors", "%1 (no longer an option)").replace(
        "%1", option)


class _Single(QComboBox):
    """A value whose option was removed from the field shows as an extra, marked item, so
    saving the section keeps it unless another option is chosen."""

    def __init__(self, options: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = len(options) + 1
        self.addItem("", None)
        for option in options:
            self.addItem(option, option)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        while self.count() > self._count:
            self.removeItem(self.count() - 1)
        index = self.findData(value)
        if index < 0 and value:
            self.addItem(_removed(str(value)), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class _Multiple(QWidget):
    """Chosen values whose option was removed show as extra, ticked, marked boxes."""

    def __init__(self, options: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.boxes: list[QCheckBox] = []
        self._options = len(options)
        for option in options:
            self._add(option, option)

    def _add(self, option: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setProperty("option", option)
        self.boxes.append(box)
        self._layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def value(self) -> list[str]:
        return [b.property("option") for b in self.boxes if b.isChecked()]

    def set_value(self, value: Any) -> None:
        for box in self.boxes[self._options:]:
            box.deleteLater()
        del self.boxes[self._options:]
        chosen = list(value or [])
        for box in self.boxes:
            box.setChecked(box.property("option") in chosen)
        known = {b.property("option") for b in self.boxes}
        for option in chosen:
            if option not in known:
                self._add(option, _removed(option)).setChecked(True)


class _Check(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class AddressEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {"street": self.tr("Street"), "city": self.tr("City"),
                  "postal_code": self.tr("Postal code"), "region": self.tr("Region"),
                  "country": self.tr("Country")}
        self.parts: dict[str, QLineEdit] = {}
        for key in ADDRESS_PARTS:
            edit = QLineEdit()
            edit.setObjectName(f"address_{key}")
            self.parts[key] = edit
            form.addRow(labels[key], edit)

    def value(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.parts.items() if e.text().strip()}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {"street": value or ""}
        for key, edit in self.parts.items():
            edit.setText(str(value.get(key, "") or ""))


def make_editor(field: FieldDef, parent: QWidget | None = None) -> QWidget:
    """The editor for `field`; it has value() and set_value()."""
    t = field.field_type
    if t == FieldType.LONG_TEXT:
        editor: QWidget = _LongText(parent)
    elif t == FieldType.DATE:
        editor = DateEditor(parent)
    elif t == FieldType.SINGLE_CHOICE:
        editor = _Single(field.options, parent)
    elif t == FieldType.MULTIPLE_CHOICE:
        editor = _Multiple(field.options, parent)
    elif t == FieldType.CHECKBOX:
        editor = _Check(parent)
    elif t == FieldType.ADDRESS:
        editor = AddressEditor(parent)
    else:
        editor = _Line(parent)
        if t == FieldType.EMAIL:
            editor.setPlaceholderText("name@example.com")
        elif t == FieldType.PHONE:
            editor.setPlaceholderText("+351 912 345 678")
    editor.setObjectName(f"custom_{field.id}")
    editor.setAccessibleName(field.label)
    return editor


def display_value(field: FieldDef, value: Any) -> str:
    """How a stored value reads in view mode ("" when there is none)."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    t = field.field_type
    if t == FieldType.DATE:
        return short_date(value)
    if t == FieldType.CHECKBOX:
        return _yes_no(bool(value))
    if t == FieldType.MULTIPLE_CHOICE:
        return ", ".join(value)
    if t == FieldType.NUMBER:
        return QLocale().toString(float(value), "f", _decimals(str(value)))
    if t == FieldType.ADDRESS and isinstance(value, dict):
        return "\n".join(str(value[k]) for k in ADDRESS_PARTS if value.get(k))
    return str(value)


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _yes_no(flag: bool) -> str:
    return (QCoreApplication.translate("FieldEditors", "Yes") if flag
            else QCoreApplication.translate("FieldEditors", "No"))
