"""One input widget per intake-form question type (app.services.forms), each with its label,
help line and an inline message under it; plus the read-only rendering of a filled-in form.

The widgets only collect what was typed or clicked; the core's forms.check_answers judges it.
The one thing checked here is a date that cannot be read at all ("31/31"), since the core
never sees the typed text.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import forms
from ui.person_form import DateField

STYLE = """
#questionLabel { font-weight: 600; }
#requiredMark { color: #9b2c3d; font-weight: 600; }
#questionHeading { font-size: 12pt; font-weight: 600; color: #2f7d73; padding: 8px 0 0 0; margin: 0; }
QPlainTextEdit#answer { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px;
    padding: 4px 6px; }
QPlainTextEdit#answer[invalid="true"] { border-color: #c2506a; background: #fff8f9; }
QPushButton#scaleButton { min-width: 30px; max-width: 30px; padding: 5px 0; }
#scaleEnd { color: #616e7c; font-size: 9pt; }
"""


class UnreadableAnswer(Exception):
    """What was typed cannot be turned into an answer (the message says why)."""


def long_year_format() -> str:
    """The interface's short date format with a four-digit year ("M/d/yyyy", "dd/MM/yyyy")."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class FormDateField(DateField):
    """DateField for any date, written with four-digit years: a form's dates may be in this
    century or the last (a two-digit "26" would be read as 1926), and the calendar is not
    limited to the past as it is for dates of birth."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit.setPlaceholderText(long_year_format().lower())

    def parse(self) -> tuple[dt.date | None, bool]:
        text = self.edit.text().strip()
        if not text:
            return None, True
        locale = QLocale()
        for fmt in (long_year_format(), "yyyy-MM-dd"):
            date = locale.toDate(text, fmt)
            if date.isValid():
                return dt.date(date.year(), date.month(), date.day()), True
        return super().parse()  # two-digit years and the other accepted spellings

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText("" if value is None else QLocale().toString(
            QDate(value.year, value.month, value.day), long_year_format()))

    def _open_calendar(self) -> None:
        super()._open_calendar()
        if self.calendar is not None:
            self.calendar.setMaximumDate(QDate(2100, 12, 31))


def _date_problem(field: DateField) -> dt.date | None:
    value, ok = field.parse()
    if not ok:
        example = QLocale().toString(QDate(1985, 3, 24), long_year_format())
        raise UnreadableAnswer(QuestionWidget.tr("Write the date like %1, or pick it.")
                               .replace("%1", example))
    return value


class QuestionWidget(QWidget):
    """A question: its label (a red * when required), its help line, the input, a message."""

    changed = Signal()

    def __init__(self, question: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{question['id']}")
        self.question = question
        self.qid: str = question["id"]
        self.label = QLabel(escape(question["label"]), objectName="questionLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        if question.get("required"):
            self.label.setText(self.label.text()
                               + ' <span style="color:#9b2c3d">*</span>')
            self.label.setToolTip(self.tr("An answer is required"))
        self.help = QLabel(question.get("help", ""), objectName="hint")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(question.get("help")))
        self.message = QLabel(objectName="fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        self.build()

    # Subclasses: build the input, read it, fill it, lock it.
    def build(self) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        """The answer as the core stores it, None when unanswered; UnreadableAnswer when
        the typed text means nothing."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def editor(self) -> QWidget:
        """The widget that gets the focus and the red border."""
        raise NotImplementedError

    def set_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        editor = self.editor()
        editor.setProperty("invalid", bool(text))
        editor.style().unpolish(editor)
        editor.style().polish(editor)


class ShortTextQuestion(QuestionWidget):
    def build(self) -> None:
        self.edit = QLineEdit(objectName="answer")
        self.edit.setMaxLength(forms.MAX_SHORT)
        self.edit.textChanged.connect(self.changed)
        self.body.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def editor(self) -> QWidget:
        return self.edit


class LongTextQuestion(QuestionWidget):
    def build(self) -> None:
        self.edit = QPlainTextEdit(objectName="answer")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(76)
        self.edit.textChanged.connect(self.changed)
        self.body.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def editor(self) -> QWidget:
        return self.edit


class _ButtonsQuestion(QuestionWidget):
    """Choices as radio buttons or check boxes, one per line."""

    exclusive = True

    def choices(self) -> list[tuple[str, Any]]:
        return [(o, o) for o in self.question.get("options", [])]

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: list[tuple[QAbstractButton, Any]] = []
        box = QWidget(objectName="choices")
        rows = QVBoxLayout(box)
        rows.setContentsMargins(2, 0, 0, 0)
        rows.setSpacing(2)
        for text, val in self.choices():
            button = QRadioButton(text) if self.exclusive else QCheckBox(text)
            self.group.addButton(button)
            self.buttons.append((button, val))
            rows.addWidget(button)
        self.group.buttonToggled.connect(lambda *_a: self.changed.emit())
        self.box = box
        self.body.addWidget(box)

    def chosen(self) -> list[Any]:
        return [val for button, val in self.buttons if button.isChecked()]

    def value(self) -> Any:
        chosen = self.chosen()
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        wanted = value if isinstance(value, list) else [value]
        for button, val in self.buttons:
            button.setChecked(val in wanted)

    def editor(self) -> QWidget:
        return self.buttons[0][0] if self.buttons else self.box


class SingleChoiceQuestion(_ButtonsQuestion):
    pass


class MultipleChoiceQuestion(_ButtonsQuestion):
    exclusive = False

    def value(self) -> Any:
        return self.chosen() or None


class YesNoQuestion(_ButtonsQuestion):
    def choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("Yes"), True), (self.tr("No"), False)]

    def build(self) -> None:
        super().build()
        # Side by side: two short words on two lines look like a list of options.
        rows = self.box.layout()
        row = QHBoxLayout()
        row.setSpacing(18)
        for button, _val in self.buttons:
            rows.removeWidget(button)
            row.addWidget(button)
        row.addStretch(1)
        rows.addLayout(row)


class ScaleQuestion(QuestionWidget):
    """Ten buttons, 1 to 10: a click picks one, a second click on it clears it."""

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive groups cannot be cleared by a click
        row = QHBoxLayout()
        row.setSpacing(4)
        self.scale_buttons: list[QPushButton] = []
        for n in range(forms.SCALE_MIN, forms.SCALE_MAX + 1):
            button = QPushButton(str(n), objectName="scaleButton")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("%1 out of %2").replace("%1", str(n))
                                     .replace("%2", str(forms.SCALE_MAX)))
            self.group.addButton(button, n)
            self.scale_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idToggled.connect(self._toggled)
        self.body.addLayout(row)

    def _toggled(self, n: int, on: bool) -> None:
        if on:
            for button in self.scale_buttons:
                if button is not self.group.button(n) and button.isChecked():
                    button.setChecked(False)
        self.changed.emit()

    def value(self) -> Any:
        return next((self.group.id(b) for b in self.scale_buttons if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        for button in self.scale_buttons:
            button.setChecked(self.group.id(button) == value)

    def editor(self) -> QWidget:
        return self.scale_buttons[0]


class DateQuestion(QuestionWidget):
    def build(self) -> None:
        self.date = FormDateField()
        self.date.edit.setObjectName("answer")
        self.date.setMaximumWidth(220)
        self.date.edit.textChanged.connect(self.changed)
        self.body.addWidget(self.date)

    def value(self) -> Any:
        day = _date_problem(self.date)
        return day.isoformat() if day else None

    def set_value(self, value: Any) -> None:
        try:
            self.date.set_date(dt.date.fromisoformat(str(value)) if value else None)
        except ValueError:
            self.date.edit.setText(str(value))

    def editor(self) -> QWidget:
        return self.date.edit


class SignatureQuestion(QuestionWidget):
    """The client's name as a typed signature, and the day they signed (today once the name
    is typed, unless another day is chosen)."""

    def build(self) -> None:
        self.name = QLineEdit(objectName="signature_name")
        self.name.setPlaceholderText(self.tr("Full name"))
        self.date = FormDateField()
        self.date.edit.setObjectName("signature_date")
        self.date.setMaximumWidth(220)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.name, 2)
        row.addWidget(QLabel(self.tr("Date"), objectName="hint"))
        row.addWidget(self.date, 1)
        self.body.addLayout(row)
        self.name.textChanged.connect(self.changed)
        self.date.edit.textChanged.connect(self.changed)
        self.name.editingFinished.connect(self._date_today)

    def _date_today(self) -> None:
        if self.name.text().strip() and not self.date.edit.text().strip():
            self.date.set_date(dt.date.today())

    def value(self) -> Any:
        name = self.name.text().strip()
        day = _date_problem(self.date)
        if not name and day is None:
            return None
        return {"name": name, "date": day.isoformat() if day else ""}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.name.setText(str(value.get("name") or ""))
        try:
            self.date.set_date(dt.date.fromisoformat(value["date"]) if value.get("date") else None)
        except ValueError:
            self.date.edit.setText(str(value.get("date")))

    def editor(self) -> QWidget:
        return self.name


class HeadingWidget(QLabel):
    """A title between groups of questions."""

    def __init__(self, question: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(question["label"], parent)
        self.setObjectName("questionHeading")
        self.setWordWrap(True)
        self.setIndent(0)  # level with the questions (the padding would indent it otherwise)
        self.question = question


WIDGETS: dict[str, type[QuestionWidget]] = {
    forms.SHORT_TEXT: ShortTextQuestion,
    forms.LONG_TEXT: LongTextQuestion,
    forms.SINGLE_CHOICE: SingleChoiceQuestion,
    forms.MULTIPLE_CHOICE: MultipleChoiceQuestion,
    forms.DATE: DateQuestion,
    forms.YES_NO: YesNoQuestion,
    forms.SCALE: ScaleQuestion,
    forms.SIGNATURE: SignatureQuestion,
}


def question_widget(question: dict[str, Any]) -> QWidget:
    """The input for one question (a HeadingWidget for a heading)."""
    if question["type"] == forms.HEADING:
        return HeadingWidget(question)
    return WIDGETS[question["type"]](question)


# --- read-only ---------------------------------------------------------------------------------

CHECKED, UNCHECKED = "☒", "☐"


def _format_date(value: Any) -> str:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    # No weekday: "Monday" before a date of birth reads oddly.
    return QLocale().toString(QDate(day.year, day.month, day.day), long_year_format())


def answer_html(question: dict[str, Any], answer: Any) -> str:
    """One answer as HTML for the read-only view (every user text escaped)."""
    kind = question["type"]
    if kind in forms.CHOICE_TYPES:
        chosen = set(answer if isinstance(answer, list) else [answer])
        return "<br>".join(
            f"<b>{CHECKED} {escape(o)}</b>" if o in chosen
            else f'<span style="color:#616e7c">{UNCHECKED} {escape(o)}</span>'
            for o in question.get("options", []))
    if answer is None or answer == "":
        return f'<span style="color:#8a96a3"><i>{escape(QuestionWidget.tr("Not answered"))}</i></span>'
    if kind == forms.YES_NO:
        return escape(QuestionWidget.tr("Yes") if answer else QuestionWidget.tr("No"))
    if kind == forms.SCALE:
        return escape(QuestionWidget.tr("%1 out of %2").replace("%1", str(answer))
                      .replace("%2", str(forms.SCALE_MAX)))
    if kind == forms.DATE:
        return escape(_format_date(answer))
    if kind == forms.SIGNATURE and isinstance(answer, dict):
        return escape(QuestionWidget.tr("Signed by %1 on %2")
                      .replace("%1", str(answer.get("name", "")))
                      .replace("%2", _format_date(answer.get("date", ""))))
    return escape(str(answer)).replace("\n", "<br>")


def response_html(questions: tuple[dict[str, Any], ...] | list[dict[str, Any]],
                  answers: dict[str, Any]) -> str:
    """A filled-in form as one HTML document: headings, then each question and its answer."""
    parts = []
    for q in questions:
        if q["type"] == forms.HEADING:
            parts.append(f'<h3 style="color:#2f7d73; margin-top:14px">{escape(q["label"])}</h3>')
            continue
        parts.append(f'<p style="margin-top:10px; margin-bottom:2px"><b>{escape(q["label"])}</b></p>'
                     f'<p style="margin-top:0; margin-left:12px">'
                     f'{answer_html(q, answers.get(q["id"]))}</p>')
    return "".join(parts)
