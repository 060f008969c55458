"""The standard person fields shown in the three built-in sections, with their editors.

Details: names, pronouns, date of birth. Contact information: several emails and phones.
Address: street, street2, city, region, postal code, country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.people import PersonRecord
from app.store.models import BuiltinSection
from ui.clients.record.field_editors import DateEditor, short_date


def _t(text: str) -> str:
    return QCoreApplication.translate("StandardFields", text)


@dataclass(frozen=True)
class StandardField:
    name: str  # PersonInput / PersonRecord attribute, and the ValidationError.field prefix
    label: str  # English, translated by label_text()
    kind: str = "text"  # text, date, emails, phones

    def label_text(self) -> str:
        return _t(self.label)


STANDARD: dict[str, list[StandardField]] = {
    BuiltinSection.DETAILS: [
        StandardField("first_name", QT_TRANSLATE_NOOP("StandardFields", "First name")),
        StandardField("last_name", QT_TRANSLATE_NOOP("StandardFields", "Last name")),
        StandardField("preferred_name", QT_TRANSLATE_NOOP("StandardFields", "Preferred name")),
        StandardField("pronouns", QT_TRANSLATE_NOOP("StandardFields", "Pronouns")),
        StandardField("date_of_birth", QT_TRANSLATE_NOOP("StandardFields", "Date of birth"), "date"),
    ],
    BuiltinSection.CONTACT: [
        StandardField("emails", QT_TRANSLATE_NOOP("StandardFields", "Email"), "emails"),
        StandardField("phones", QT_TRANSLATE_NOOP("StandardFields", "Phone"), "phones"),
    ],
    BuiltinSection.ADDRESS: [
        StandardField("street", QT_TRANSLATE_NOOP("StandardFields", "Street")),
        StandardField("street2", QT_TRANSLATE_NOOP("StandardFields", "Street (line 2)")),
        StandardField("city", QT_TRANSLATE_NOOP("StandardFields", "City")),
        StandardField("region", QT_TRANSLATE_NOOP("StandardFields", "Region")),
        StandardField("postal_code", QT_TRANSLATE_NOOP("StandardFields", "Postal code")),
        StandardField("country", QT_TRANSLATE_NOOP("StandardFields", "Country")),
    ],
}

def display(field: StandardField, record: PersonRecord) -> str:
    value = getattr(record, field.name)
    if field.kind == "date":
        return short_date(value)
    if field.kind in ("emails", "phones"):
        return "\n".join(value)
    return value or ""


class ListEditor(QWidget):
    """Several emails (or phones): one line each, a remove button per line, and "+ Add"."""

    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[QLineEdit] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._lines = QVBoxLayout()
        self._lines.setSpacing(4)
        self._layout.addLayout(self._lines)
        self.add_button = QPushButton(self.tr("+ Add email") if kind == "emails"
                                      else self.tr("+ Add phone"))
        self.add_button.setFlat(True)
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.clicked.connect(lambda: self._add_row("").setFocus())
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_row(self, text: str) -> QLineEdit:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text)
        edit.setPlaceholderText("name@example.com" if self.kind == "emails" else "+351 912 345 678")
        edit.setObjectName(f"{self.kind}_{len(self.rows)}")
        edit.textChanged.connect(self.changed)
        remove = QPushButton(self.tr("Remove"))
        remove.setFlat(True)
        remove.setToolTip(self.tr("Remove this line"))
        remove.clicked.connect(lambda: self._remove_row(row, edit))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self.rows.append(edit)
        self._lines.addWidget(row)
        self.changed.emit()
        return edit

    def _remove_row(self, row: QWidget, edit: QLineEdit) -> None:
        self.rows.remove(edit)
        row.deleteLater()
        for i, e in enumerate(self.rows):
            e.setObjectName(f"{self.kind}_{i}")
        self.changed.emit()

    def value(self) -> list[str]:
        return [e.text() for e in self.rows]

    def set_value(self, values: list[str]) -> None:
        while self._lines.count():
            item = self._lines.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = []
        for text in values or [""]:
            self._add_row(text)

    def row_editor(self, index: int) -> QWidget:
        return self.rows[index] if 0 <= index < len(self.rows) else self


def make_standard_editor(field: StandardField) -> QWidget:
    if field.kind == "date":
        editor: Any = DateEditor()
    elif field.kind in ("emails", "phones"):
        editor = ListEditor(field.kind)
    else:
        editor = QLineEdit()
        editor.value = editor.text
        editor.set_value = lambda v, e=editor: e.setText(v or "")
    editor.setObjectName(f"std_{field.name}")
    editor.setAccessibleName(field.label_text())
    return editor
