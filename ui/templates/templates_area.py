"""The Templates area of the main navigation: note templates and intake forms.

Two lists on the left (note templates, intake forms); the one chosen is shown on the right with
what can be done with it: use it for a client (a note, or a form to fill in), edit, duplicate,
delete. The templates shipped with Consulta are added in the practice's language the first
time the area is shown (never again once deleted: the core remembers what it installed).

Refreshes itself on navigator.changed(NOTES) (templates and notes made from them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import practice, templates
from app.services.templates import FormTemplateView, NoteTemplateView
from app.workspace import Workspace
from ui.clients.client_choice_dialog import choose_client
from ui.confirm import ask
from ui.documentation.documentation_tab import room_for_bold
from ui.documentation.rich_text_edit import SafeTextBrowser
from ui.i18n import LANGUAGES, chosen_language, core_message
from ui.navigation import NOTES, PRACTICE, Navigator
from ui.templates.preview import form_questions_html

NOTE, FORM = "note", "form"
STYLE = """
QListWidget#note_templates, QListWidget#form_templates { background: #ffffff;
    border: 1px solid #e4e7eb; border-radius: 8px; outline: 0; }
QListWidget#note_templates::item, QListWidget#form_templates::item { padding: 7px 10px; }
QListWidget#note_templates::item:selected, QListWidget#form_templates::item:selected {
    background: #d6efeb; color: #1f2933; }
QFrame#templateDetail { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
QFrame#templateDetail QLabel { background: transparent; }
#templateName { font-size: 14pt; font-weight: 600; }
QTextBrowser#template_preview { border: none; border-top: 1px solid #e4e7eb;
    background: #ffffff; }
QPushButton#new_note_template, QPushButton#new_form_template { padding: 3px 10px; }
"""


def _language_name(code: str) -> str:
    """"es" → "Español": each language in its own name, as the language menu shows them."""
    return LANGUAGES.get(code, code)


class TemplatesArea(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplatesArea")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._nav = navigator
        self._stale = True
        self._shipped_checked = False
        self.note_templates: list[NoteTemplateView] = []
        self.form_templates: list[FormTemplateView] = []
        self.dialog: QWidget | None = None  # the editor, picker or question last opened

        heading = QLabel(self.tr("Templates"), objectName="areaTitle")
        intro = QLabel(self.tr("Note templates give a new note its starting text; intake forms "
                               "are the questions you go through with a new client. Change "
                               "them to fit how you work."), objectName="hint")
        intro.setWordWrap(True)

        self.note_list = QListWidget(objectName="note_templates")
        self.form_list = QListWidget(objectName="form_templates")
        self.new_note_button = QPushButton(self.tr("+ New"), objectName="new_note_template")
        self.new_note_button.setToolTip(self.tr("New note template"))
        self.new_form_button = QPushButton(self.tr("+ New"), objectName="new_form_template")
        self.new_form_button.setToolTip(self.tr("New intake form"))
        self.note_empty = QLabel(self.tr("No note templates. Make one with + New."),
                                 objectName="hint")
        self.form_empty = QLabel(self.tr("No intake forms. Make one with + New."),
                                 objectName="hint")
        left = QVBoxLayout()
        left.setSpacing(6)
        for title, button, lst, empty, stretch in (
                (self.tr("Note templates"), self.new_note_button, self.note_list,
                 self.note_empty, 3),
                (self.tr("Intake forms"), self.new_form_button, self.form_list,
                 self.form_empty, 2)):
            row = QHBoxLayout()
            row.addWidget(QLabel(title, objectName="sectionTitle"))
            row.addStretch(1)
            row.addWidget(button)
            left.addLayout(row)
            left.addWidget(lst, stretch)
            left.addWidget(empty)
            left.addSpacing(8)

        # The chosen template: name, facts, actions, preview.
        self.detail = QFrame(objectName="templateDetail")
        self.name = QLabel(objectName="templateName")
        self.name.setWordWrap(True)
        self.facts = QLabel(objectName="hint")
        self.facts.setWordWrap(True)
        self.use_button = QPushButton(objectName="use_template")
        self.use_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_template")
        self.duplicate_button = QPushButton(self.tr("Du&plicate"), objectName="duplicate_template")
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="delete_template")
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.use_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            actions.addWidget(button)
        self.preview = SafeTextBrowser()
        self.preview.setObjectName("template_preview")
        self.nothing = QLabel(self.tr("Choose a template on the left to see it here."),
                              objectName="hint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(18, 14, 18, 0)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.name)
        detail_layout.addWidget(self.facts)
        detail_layout.addSpacing(4)
        detail_layout.addLayout(actions)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(self.preview, 1)
        detail_layout.addWidget(self.nothing, 1)

        self.feedback = QLabel(objectName="hint")
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(body, 1)
        layout.addWidget(self.feedback)

        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self.note_list.currentItemChanged.connect(lambda cur, _prev: self._chosen(NOTE, cur))
        self.form_list.currentItemChanged.connect(lambda cur, _prev: self._chosen(FORM, cur))
        self.note_list.itemActivated.connect(lambda _item: self.edit())
        self.form_list.itemActivated.connect(lambda _item: self.edit())
        self.new_note_button.clicked.connect(lambda: self.new_template(NOTE))
        self.new_form_button.clicked.connect(lambda: self.new_template(FORM))
        self.use_button.clicked.connect(self.use_for_client)
        self.edit_button.clicked.connect(self.edit)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        navigator.data_changed.connect(self._data_changed)
        self._show_detail()

    # --- the lists -------------------------------------------------------------------------------

    def language(self) -> str:
        """The practice's language, or else the interface's: shipped templates come in it."""
        try:
            return practice.get_practice(self._ws).language or chosen_language()
        except ConsultaError:
            return chosen_language()

    def install_shipped(self) -> int:
        try:
            return templates.install_shipped_templates(self._ws, self.language())
        except ConsultaError as exc:
            self._fail(core_message(exc))
            return 0

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().showEvent(event)
        if not self._shipped_checked:
            self._shipped_checked = True
            if self.install_shipped():
                self._stale = True
        if self._stale:
            self.reload()

    def _data_changed(self, kind: str) -> None:
        if kind not in (NOTES, PRACTICE):
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def reload(self) -> None:
        self._stale = False
        keep = self.current()
        try:
            self.note_templates = templates.list_note_templates(self._ws)
            self.form_templates = templates.list_form_templates(self._ws)
        except ConsultaError as exc:
            self._fail(core_message(exc))
            return
        self.error.hide()
        for lst, items, empty in ((self.note_list, self.note_templates, self.note_empty),
                                  (self.form_list, self.form_templates, self.form_empty)):
            lst.blockSignals(True)
            lst.clear()
            for tpl in items:
                item = QListWidgetItem(tpl.name)
                item.setData(Qt.ItemDataRole.UserRole, tpl.id)
                lst.addItem(item)
            lst.blockSignals(False)
            empty.setVisible(not items)
        if keep is None or not self.select(*keep):
            if self.note_templates:
                self.select(NOTE, self.note_templates[0].id)
            elif self.form_templates:
                self.select(FORM, self.form_templates[0].id)
            else:
                self._show_detail()

    def names(self, kind: str) -> list[str]:
        """What a list shows, top to bottom (for tests and accessibility checks)."""
        lst = self.note_list if kind == NOTE else self.form_list
        return [lst.item(i).text() for i in range(lst.count())]

    def select(self, kind: str, template_id: int) -> bool:
        lst, other = ((self.note_list, self.form_list) if kind == NOTE
                      else (self.form_list, self.note_list))
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                other.blockSignals(True)
                other.setCurrentRow(-1)
                other.blockSignals(False)
                lst.setCurrentRow(row)
                self._show_detail()
                return True
        return False

    def current(self) -> tuple[str, int] | None:
        for kind, lst in ((NOTE, self.note_list), (FORM, self.form_list)):
            item = lst.currentItem()
            if item is not None and item.isSelected():
                return kind, item.data(Qt.ItemDataRole.UserRole)
        return None

    def _chosen(self, kind: str, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        other = self.form_list if kind == NOTE else self.note_list
        other.blockSignals(True)
        other.setCurrentRow(-1)
        other.blockSignals(False)
        self._show_detail()

    def _current_view(self) -> NoteTemplateView | FormTemplateView | None:
        chosen = self.current()
        if chosen is None:
            return None
        kind, template_id = chosen
        pool = self.note_templates if kind == NOTE else self.form_templates
        return next((t for t in pool if t.id == template_id), None)

    def _show_detail(self) -> None:
        tpl = self._current_view()
        has = tpl is not None
        for widget in (self.name, self.facts, self.use_button, self.edit_button,
                       self.duplicate_button, self.delete_button, self.preview):
            widget.setVisible(has)
        self.nothing.setVisible(not has)
        if tpl is None:
            return
        is_note = isinstance(tpl, NoteTemplateView)
        self.name.setText(tpl.name)
        facts = [self.tr("Note template") if is_note else self.tr("Intake form")]
        if tpl.shipped_key:
            facts.append(self.tr("came with Consulta"))
        if tpl.language:
            facts.append(_language_name(tpl.language))
        if is_note:
            if tpl.note_count:
                facts.append(self.tr("%n note(s) started from it", "", tpl.note_count))
        else:
            questions = sum(1 for q in tpl.questions if q["type"] != "heading")
            facts.append(self.tr("%n question(s)", "", questions))
            if tpl.response_count:
                facts.append(self.tr("filled in %n time(s)", "", tpl.response_count))
        self.facts.setText(" · ".join(facts))
        self.use_button.setText(self.tr("&Use for a client…") if is_note
                                else self.tr("F&ill in for a client…"))
        room_for_bold(self.use_button)  # a primary button's text is bold: longer in French
        if is_note:
            self.preview.set_html(tpl.body_html)
        else:
            self.preview.setHtml(form_questions_html(tpl.questions))
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _say(self, text: str) -> None:
        self.error.hide()
        self.feedback.setText(text)

    # --- actions ---------------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _editor(self, kind: str, template_id: int | None) -> QWidget:
        if kind == NOTE:
            from ui.templates.note_template_editor import NoteTemplateEditor

            editor = NoteTemplateEditor(self._ws, template_id, self)
        else:
            from ui.templates.form_template_editor import FormTemplateEditor

            editor = FormTemplateEditor(self._ws, template_id, self)
        editor.saved.connect(lambda tid, k=kind: self._saved(k, tid))
        return self._open(editor)

    def _saved(self, kind: str, template_id: int) -> None:
        self._nav.changed(NOTES)
        self.reload()
        self.select(kind, template_id)
        tpl = self._current_view()
        self._say(self.tr("Saved “%1”.").replace("%1", tpl.name if tpl else ""))

    def new_template(self, kind: str) -> QWidget:
        return self._editor(kind, None)

    def edit(self) -> QWidget | None:
        chosen = self.current()
        return self._editor(*chosen) if chosen else None

    def duplicate(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        kind, template_id = chosen
        try:
            copy = (templates.duplicate_note_template(self._ws, template_id) if kind == NOTE
                    else templates.duplicate_form_template(self._ws, template_id))
        except ConsultaError as exc:
            self._fail(core_message(exc))
            return
        self._nav.changed(NOTES)
        self.reload()
        self.select(kind, copy.id)
        self._say(self.tr("Made “%1”. Edit it to make it yours.").replace("%1", copy.name))

    def delete(self) -> QWidget | None:
        tpl = self._current_view()
        chosen = self.current()
        if tpl is None or chosen is None:
            return None
        kind, template_id = chosen
        if kind == NOTE:
            text = self.tr("Delete the note template “%1”? Notes already written from it keep "
                           "their text.")
        else:
            text = self.tr("Delete the intake form “%1”? Forms already filled in keep their "
                           "questions and answers.")

        def erase() -> None:
            try:
                if kind == NOTE:
                    templates.delete_note_template(self._ws, template_id)
                else:
                    templates.delete_form_template(self._ws, template_id)
            except ConsultaError as exc:
                self._fail(core_message(exc))
                return
            self._nav.changed(NOTES)
            self.reload()
            self._say(self.tr("Deleted “%1”.").replace("%1", tpl.name))

        self.dialog = ask(self, self.tr("Delete template"), text.replace("%1", tpl.name),
                          self.tr("Delete"), erase)
        return self.dialog

    def use_for_client(self) -> QWidget | None:
        chosen = self.current()
        tpl = self._current_view()
        if chosen is None or tpl is None:
            return None
        kind, template_id = chosen
        if kind == NOTE:
            self.dialog = choose_client(
                self, self._ws, self.tr("Use “%1” for a client").replace("%1", tpl.name),
                self.tr("A new draft note starts with this template’s text. It is kept in the "
                        "client’s Documentation."), self.tr("Create note"),
                lambda client_id: self.note_for_client(template_id, client_id))
        else:
            self.dialog = choose_client(
                self, self._ws, self.tr("Fill in “%1” for a client").replace("%1", tpl.name),
                self.tr("Enter the client’s answers; the filled-in form is kept in their "
                        "Documentation."), self.tr("Continue"),
                lambda client_id: self.form_for_client(template_id, client_id))
        return self.dialog

    def note_for_client(self, template_id: int, client_id: int) -> QWidget | None:
        """A draft note from the template for the client, opened in the note editor."""
        from ui.documentation.note_editor import NoteEditor

        try:
            note = templates.new_note_from_template(self._ws, client_id, template_id)
        except ConsultaError as exc:
            self._fail(core_message(exc))
            return None
        self._nav.changed(NOTES)
        self._say(self.tr("Note “%1” started for %2.").replace("%1", note.title)
                  .replace("%2", note.client_name))
        editor = NoteEditor(self._ws, self._nav, note_id=note.id, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _id: self._nav.changed(NOTES))
        self.dialog = editor
        editor.show()
        return editor

    def form_for_client(self, template_id: int, client_id: int) -> QWidget:
        from ui.documentation.form_fill_dialog import FormFillDialog

        dialog = FormFillDialog(self._ws, self._nav, client_id=client_id,
                                form_template_id=template_id, parent=self)
        return self._open(dialog)
