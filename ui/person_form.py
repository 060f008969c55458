"""Pieces shared by the New client and New contact forms and the contact profile editor:
a field with its message underneath, and checks that reuse the core's validation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import validation
from ui.i18n import core_message


class FieldWithMessage(QWidget):
    """An input with a small error line under it that appears only when needed."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def set_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)


def check_email(text: str) -> str:
    """"" when fine (or empty), else the message to show."""
    if not text.strip():
        return ""
    try:
        validation.email(text)
    except ValidationError as exc:
        return core_message(exc)
    return ""


def check_phone(text: str) -> str:
    if not text.strip():
        return ""
    try:
        validation.phone(text)
    except ValidationError as exc:
        return core_message(exc)
    return ""


def four_digit_years(fmt: str) -> str:
    """A Qt date format with the year in four digits ("M/d/yy" → "M/d/yyyy")."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class DateField(QWidget):
    """A date typed in the local short format (or as YYYY-MM-DD), with an optional calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("date_of_birth")
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.edit.setPlaceholderText(fmt.lower())
        self.pick = QToolButton()
        self.pick.setObjectName("date_picker")
        self.pick.setText(self.tr("Pick…"))
        self.pick.setToolTip(self.tr("Pick a date"))
        self.pick.clicked.connect(self._open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.edit)

    def parse(self) -> tuple[dt.date | None, bool]:
        """(date, ok): an empty field is (None, True)."""
        text = self.edit.text().strip()
        if not text:
            return None, True
        locale = QLocale()
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        for fmt in (four_digit_years(short), short, "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy",
                    "dd.MM.yyyy"):
            date = locale.toDate(text, fmt)
            if not date.isValid():
                date = QDate.fromString(text, fmt)
            if date.isValid():
                year = date.year()
                if "yyyy" not in fmt:  # Qt reads "05" as 1905: take the latest year not ahead
                    year = 2000 + year % 100
                    if year > dt.date.today().year:
                        year -= 100
                return dt.date(year, date.month(), date.day()), True
        return None, False

    def set_date(self, value: dt.date | None) -> None:
        # Always four digits: a two-digit year read back later could land in the wrong century.
        self.edit.setText("" if value is None else QLocale().toString(
            QDate(value.year, value.month, value.day),
            four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))))

    def _open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self, Qt.WindowType.Popup)
            self.calendar.setObjectName("date_calendar")
            self.calendar.setMaximumDate(QDate.currentDate())
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        value, ok = self.parse()
        if ok and value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.set_date(dt.date(date.year(), date.month(), date.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()
        self.edit.editingFinished.emit()


def check_date(field: DateField) -> str:
    value, ok = field.parse()
    if not ok:
        example = QLocale().toString(QDate(1985, 3, 24), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("PersonForm", "Write the date like %1, or pick it.").replace(
            "%1", example)
    try:
        validation.birth_date(value)
    except ValidationError as exc:
        return core_message(exc)
    return ""
