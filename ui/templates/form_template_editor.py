"""New / Edit intake form: its name and its questions — add, remove, reorder; for each one the
type, the text, an optional help line, whether an answer is required, and the options of
choice questions (one per line).

Forms already filled in keep the questions they were answered with. The core checks the
whole form on Save (validate_questions); its message shows beside the question concerned.
Opened with open(); `saved(template_id)` after a successful save.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import forms, templates
from app.workspace import Workspace
from ui.confirm import ask
from ui.i18n import core_message, core_text
from ui.person_form import FieldWithMessage

STYLE = """
QListWidget#question_list { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px;
    outline: 0; }
QListWidget#question_list::item { padding: 6px 8px; border-bottom: 1px solid #f0f2f4; }
QListWidget#question_list::item:selected { background: #d6efeb; color: #1f2933; }
QFrame#questionEditor { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
QFrame#questionEditor QLabel { background: transparent; }
QPlainTextEdit#question_options { background: #ffffff; border: 1px solid #cbd2d9;
    border-radius: 6px; padding: 4px 6px; }
QPlainTextEdit#question_options[invalid="true"] { border-color: #c2506a; background: #fff8f9; }
"""


class FormTemplateEditor(QDialog):
    saved = Signal(int)

    def __init__(self, workspace: Workspace, template_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FormTemplateEditor")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self.template_id = template_id
        self.prompt = None
        self.questions: list[dict[str, Any]] = []
        self._loading = False
        self._dirty = False
        creating = template_id is None
        self.setWindowTitle(self.tr("New intake form") if creating else self.tr("Edit intake form"))
        self.resize(900, 640)

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        intro = QLabel(self.tr("The questions you go through with a client. Forms already "
                               "filled in keep the questions they were answered with."),
                       objectName="hint")
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="form_name")
        self.name.setMaxLength(templates.MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Couples intake"))
        self.name_field = FieldWithMessage(self.name)
        name_row = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setContentsMargins(0, 6, 0, 0)
        name_label.setBuddy(self.name)
        name_row.addRow(name_label, self.name_field)

        # Left: the questions in order, with the buttons that change the list.
        self.list = QListWidget(objectName="question_list")
        self.list.setMinimumWidth(320)
        # Two lines per question (text, then type): a long text is cut with "…" (the whole of
        # it is in the tooltip and on the right), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton(self.tr("+ &Add question"), objectName="add_question")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="remove_question")
        self.up_button = QPushButton(self.tr("Move &up"), objectName="move_up")
        self.down_button = QPushButton(self.tr("Move do&wn"), objectName="move_down")
        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(6)
        for button in (self.add_button, self.remove_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        for button in (self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Questions"), objectName="sectionTitle"))
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        # Right: the question chosen on the left.
        self.type_combo = QComboBox(objectName="question_type")
        for key, label in forms.QUESTION_TYPES.items():
            self.type_combo.addItem(core_text(label), key)
        self.label_edit = QLineEdit(objectName="question_label")
        self.label_edit.setMaxLength(500)
        self.label_field = FieldWithMessage(self.label_edit)
        self.help_edit = QLineEdit(objectName="question_help")
        self.help_edit.setMaxLength(500)
        self.help_edit.setPlaceholderText(self.tr("Optional: a hint shown under the question"))
        self.required = QCheckBox(self.tr("An answer is required"), objectName="question_required")
        self.options = QPlainTextEdit(objectName="question_options")
        self.options.setTabChangesFocus(True)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options_field = FieldWithMessage(self.options)
        self.options_label = QLabel(self.tr("&Options"))
        self.options_label.setBuddy(self.options)
        self.help_label = QLabel(self.tr("&Help"))
        self.help_label.setBuddy(self.help_edit)
        self.options_hint = QLabel(self.tr("One option per line, in the order they are shown."),
                                   objectName="hint")
        self.options_hint.setWordWrap(True)
        self.type_hint = QLabel(objectName="hint")
        self.type_hint.setWordWrap(True)
        detail = QFormLayout()
        detail.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        detail.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        type_label = QLabel(self.tr("&Type"))
        type_label.setBuddy(self.type_combo)
        text_label = QLabel(self.tr("Te&xt"))
        text_label.setBuddy(self.label_edit)
        labels = (type_label, text_label, self.help_label, self.options_label)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setContentsMargins(0, 6, 0, 0)
            # One width for all: the fields stay put when a type hides the Options row.
            label.setMinimumWidth(widest)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        detail.addRow(type_label, self.type_combo)
        detail.addRow("", self.type_hint)
        detail.addRow(text_label, self.label_field)
        detail.addRow(self.help_label, self.help_edit)
        detail.addRow("", self.required)
        detail.addRow(self.options_label, self.options_field)
        detail.addRow("", self.options_hint)
        self.editor = QFrame(objectName="questionEditor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(16, 14, 16, 14)
        editor_layout.addLayout(detail)
        editor_layout.addStretch(1)
        self.no_question = QLabel(self.tr("Add a question to start."), objectName="hint")
        editor_layout.addWidget(self.no_question)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 5)
        body.addWidget(self.editor, 6)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Create") if creating else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(name_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._show_question)
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(+1))
        self.type_combo.currentIndexChanged.connect(lambda _i: self._edited("type"))
        self.label_edit.textChanged.connect(lambda _t: self._edited("label"))
        self.help_edit.textChanged.connect(lambda _t: self._edited("help"))
        self.required.toggled.connect(lambda _on: self._edited("required"))
        self.options.textChanged.connect(lambda: self._edited("options"))
        self.name.textChanged.connect(self._name_edited)

        self._saved_name = ""
        if template_id is not None:
            try:
                tpl = templates.get_form_template(workspace, template_id)
            except ConsultaError as exc:
                self._fail(core_message(exc))
                self.save_button.setEnabled(False)
            else:
                self._loading = True
                self.name.setText(tpl.name)
                self._loading = False
                self._saved_name = tpl.name
                self.questions = [copy.deepcopy(dict(q)) for q in tpl.questions]
        self._refill_list(0)
        self._dirty = False
        self.name.setFocus()

    # --- the list ------------------------------------------------------------------------------

    def _item_text(self, q: dict[str, Any]) -> str:
        label = q.get("label", "").strip() or self.tr("(no text yet)")
        kind = core_text(forms.QUESTION_TYPES.get(q.get("type"), ""))
        return f"{label}\n{kind}" + (" · " + self.tr("required") if q.get("required") else "")

    def _refill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for q in self.questions:
            self.list.addItem(self._list_item(q))
        self.list.blockSignals(False)
        row = min(row, len(self.questions) - 1)
        self.list.setCurrentRow(row)
        self._show_question(row)

    def _list_item(self, q: dict[str, Any]) -> QListWidgetItem:
        item = QListWidgetItem(self._item_text(q))
        item.setToolTip(q.get("label", ""))
        if q.get("type") == forms.HEADING:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _update_item(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            fresh = self._list_item(self.questions[row])
            item.setText(fresh.text())
            item.setToolTip(fresh.toolTip())
            item.setFont(fresh.font())

    def current_row(self) -> int:
        return self.list.currentRow()

    def _show_question(self, row: int) -> None:
        has = 0 <= row < len(self.questions)
        for widget in (self.type_combo, self.label_edit, self.help_edit, self.required,
                       self.options, self.remove_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.questions) - 1)
        self.no_question.setVisible(not self.questions)
        self._loading = True
        try:
            q = self.questions[row] if has else {"type": forms.SHORT_TEXT}
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(q.get("type"))))
            self.label_edit.setText(q.get("label", ""))
            self.label_edit.setCursorPosition(0)  # a long text shows from its start
            self.help_edit.setText(q.get("help", ""))
            self.required.setChecked(bool(q.get("required")))
            self.options.setPlainText("\n".join(q.get("options", [])))
            self.label_field.set_error(q.get("_error_label", ""))
            self.options_field.set_error(q.get("_error_options", ""))
        finally:
            self._loading = False
        self._fit_to_type(q.get("type"))

    def _fit_to_type(self, kind: str | None) -> None:
        choice = kind in forms.CHOICE_TYPES
        heading = kind == forms.HEADING
        for widget in (self.options_label, self.options_field, self.options_hint):
            widget.setVisible(choice)
        for widget in (self.required, self.help_label, self.help_edit):
            widget.setVisible(not heading)
        hints = {
            forms.HEADING: self.tr("A title between groups of questions; it takes no answer."),
            forms.SCALE: self.tr("Answered with a number from %1 to %2.")
            .replace("%1", str(forms.SCALE_MIN)).replace("%2", str(forms.SCALE_MAX)),
            forms.SIGNATURE: self.tr("The client’s name and the date they signed."),
            forms.YES_NO: self.tr("Answered with yes or no."),
        }
        self.type_hint.setText(hints.get(kind, ""))
        self.type_hint.setVisible(bool(hints.get(kind)))

    # --- editing one question --------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        row = self.current_row()
        if self._loading or not 0 <= row < len(self.questions):
            return
        q = self.questions[row]
        if key == "type":
            q["type"] = self.type_combo.currentData()
            if q["type"] in forms.CHOICE_TYPES:
                q["options"] = self._options_text()
            else:
                q.pop("options", None)
            if q["type"] == forms.HEADING:
                q.pop("required", None)
                q.pop("help", None)
            else:
                q["required"] = self.required.isChecked()
            self._fit_to_type(q["type"])
        elif key == "label":
            q["label"] = self.label_edit.text()
            q.pop("_error_label", None)
            self.label_field.set_error("")
        elif key == "help":
            if self.help_edit.text().strip():
                q["help"] = self.help_edit.text()
            else:
                q.pop("help", None)
        elif key == "required":
            q["required"] = self.required.isChecked()
        elif key == "options":
            q["options"] = self._options_text()
            q.pop("_error_options", None)
            self.options_field.set_error("")
        self._dirty = True
        self._update_item(row)

    def _options_text(self) -> list[str]:
        return [line.strip() for line in self.options.toPlainText().splitlines() if line.strip()]

    def _name_edited(self) -> None:
        self.name_field.set_error("")
        if not self._loading:
            self._dirty = True

    def add_question(self) -> None:
        row = self.current_row() + 1 if self.questions else 0
        self.questions.insert(row, {"type": forms.SHORT_TEXT, "label": "", "required": False})
        self._dirty = True
        self._refill_list(row)
        self.label_edit.setFocus()

    def remove_question(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.questions):
            del self.questions[row]
            self._dirty = True
            self._refill_list(max(0, row - 1) if row >= len(self.questions) else row)

    def move_question(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if 0 <= row < len(self.questions) and 0 <= target < len(self.questions):
            self.questions[row], self.questions[target] = self.questions[target], self.questions[row]
            self._dirty = True
            self._refill_list(target)

    # --- saving ----------------------------------------------------------------------------------

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clean_questions(self) -> list[dict[str, Any]]:
        """The questions as the core takes them (no editor bookkeeping)."""
        return [{k: v for k, v in q.items() if not k.startswith("_")} for q in self.questions]

    def save(self) -> bool:
        self.error.hide()
        self.name_field.set_error("")
        try:
            if self.template_id is None:
                tpl = templates.create_form_template(self._ws, self.name.text(),
                                                     self.clean_questions())
            else:
                tpl = templates.update_form_template(self._ws, self.template_id,
                                                     name=self.name.text(),
                                                     questions=self.clean_questions())
        except ConsultaError as exc:
            self._show_problem(exc)
            return False
        self.template_id = tpl.id
        self._saved_name = tpl.name
        self._dirty = False
        self.saved.emit(tpl.id)
        self.accept()
        return True

    def _show_problem(self, exc: ConsultaError) -> None:
        text = core_message(exc)
        field = exc.field or ""
        if field == "name":
            self.name_field.set_error(text)
            self.name.setFocus()
            return
        if field.startswith("questions."):
            row = int(field.split(".", 1)[1]) - 1
            if 0 <= row < len(self.questions):
                q = self.questions[row]
                # Under the part that is wrong: the options, or else the question's text.
                few_options = (q.get("type") in forms.CHOICE_TYPES and q.get("label", "").strip()
                               and len(set(q.get("options", []))) < 2)
                key = "_error_options" if few_options else "_error_label"
                q[key] = text
                self.list.setCurrentRow(row)
                self._show_question(row)
                (self.options if key == "_error_options" else self.label_edit).setFocus()
        self._fail(text)

    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and self._dirty

    def unsaved_description(self) -> str:
        return self.tr("Intake form “%1”").replace(
            "%1", self.name.text().strip() or self.tr("(no name)"))

    def reject(self) -> None:
        if self.has_unsaved_changes():
            self.prompt = ask(self, self.tr("Discard the changes?"),
                              self.tr("The changes to this form have not been saved."),
                              self.tr("Discard"), self._discard)
            return
        super().reject()

    def _discard(self) -> None:
        self._dirty = False
        super().reject()
