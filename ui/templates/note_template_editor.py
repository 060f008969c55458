"""New / Edit note template: a name and the starting text, with the notes' formatting toolbar.

Notes already started from a template keep their own text when it changes. Opened with
open(); `saved(template_id)` after a successful save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import templates
from app.workspace import Workspace
from ui.confirm import ask
from ui.documentation.rich_text_toolbar import RichTextEdit, RichTextToolbar
from ui.i18n import core_message
from ui.person_form import FieldWithMessage


class NoteTemplateEditor(QDialog):
    saved = Signal(int)

    def __init__(self, workspace: Workspace, template_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteTemplateEditor")
        self._ws = workspace
        self.template_id = template_id
        self.prompt = None
        creating = template_id is None
        self.setWindowTitle(self.tr("New note template") if creating
                            else self.tr("Edit note template"))
        self.resize(760, 640)

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        intro = QLabel(self.tr("The text a new note starts with: headings for each part and "
                               "short prompts under them. Notes already written from this "
                               "template keep their own text."), objectName="hint")
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="template_name")
        self.name.setMaxLength(templates.MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Couples session note"))
        self.name_field = FieldWithMessage(self.name)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        name_label = QLabel(self.tr("&Name"))
        name_label.setContentsMargins(0, 6, 0, 0)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name_field)

        self.body = RichTextEdit()
        self.body.setObjectName("template_body")
        self.toolbar = RichTextToolbar(self.body)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Create") if creating else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)  # Enter belongs to the text
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._saved_name = ""
        if template_id is not None:
            try:
                tpl = templates.get_note_template(workspace, template_id)
            except ConsultaError as exc:
                self._fail(core_message(exc))
                self.save_button.setEnabled(False)
            else:
                self.name.setText(tpl.name)
                self._saved_name = tpl.name
                self.body.set_html(tpl.body_html)
                self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.document().setModified(False)
        self.name.textChanged.connect(lambda _t: self.name_field.set_error(""))
        self.name.setFocus()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> bool:
        self.error.hide()
        self.name_field.set_error("")
        try:
            if self.template_id is None:
                tpl = templates.create_note_template(self._ws, self.name.text(),
                                                     self.body.body_html())
            else:
                tpl = templates.update_note_template(self._ws, self.template_id,
                                                     name=self.name.text(),
                                                     body_html=self.body.body_html())
        except ConsultaError as exc:
            if exc.field == "name":
                self.name_field.set_error(core_message(exc))
                self.name.setFocus()
            else:
                self._fail(core_message(exc))
            return False
        self.template_id = tpl.id
        self._saved_name = tpl.name
        self.body.document().setModified(False)
        self.saved.emit(tpl.id)
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and (self.body.document().isModified()
                                     or self.name.text().strip() != self._saved_name)

    def unsaved_description(self) -> str:
        return self.tr("Note template “%1”").replace(
            "%1", self.name.text().strip() or self.tr("(no name)"))

    def reject(self) -> None:
        if self.has_unsaved_changes():
            self.prompt = ask(self, self.tr("Discard the changes?"),
                              self.tr("The changes to this template have not been saved."),
                              self.tr("Discard"), self._discard)
            return
        super().reject()

    def _discard(self) -> None:
        self.body.document().setModified(False)
        self.name.setText(self._saved_name)
        super().reject()
