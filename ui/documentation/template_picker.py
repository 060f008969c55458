"""Choose a note template: the list on the left, its text on the right, `Use template`.

choose_note_template(parent, ws, on_chosen) opens the dialog (open(), never exec()) and calls
on_chosen(template_id) when the user picks one. Templates in the practice's language come
first; the others follow, so a bilingual practitioner still finds them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import practice, templates
from app.services.templates import NoteTemplateView
from app.workspace import Workspace
from ui.documentation.rich_text_edit import SafeTextBrowser
from ui.i18n import core_message

STYLE = """
QListWidget#template_list { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px;
    outline: 0; }
QListWidget#template_list::item { padding: 7px 8px; }
QListWidget#template_list::item:selected { background: #d6efeb; color: #1f2933; }
QTextBrowser#template_preview { background: #ffffff; border: 1px solid #e4e7eb;
    border-radius: 6px; padding: 6px; }
"""


def language_first(items: list, language: str) -> list:
    """Templates in `language` (or in none) first, the rest after, each group keeping its
    order."""
    lang = templates.shipped_language(language) if language else ""
    return sorted(items, key=lambda t: 0 if not lang or t.language in (lang, "") else 1)


class NoteTemplatePicker(QDialog):
    """The dialog choose_note_template opens."""

    def __init__(self, workspace: Workspace, on_chosen: Callable[[int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteTemplatePicker")
        self.setWindowTitle(self.tr("New note from a template"))
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._on_chosen = on_chosen
        self.resize(780, 520)

        title = QLabel(self.tr("Choose a template"), objectName="dialogTitle")
        intro = QLabel(self.tr("The note starts with the template’s text; change anything "
                               "before you complete it. Templates are made and changed in the "
                               "Templates area."), objectName="hint")
        intro.setWordWrap(True)
        self.filter = QLineEdit(objectName="template_filter")
        self.filter.setPlaceholderText(self.tr("Filter templates"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="template_list")
        self.list.setMinimumWidth(230)
        self.preview = SafeTextBrowser()
        self.preview.setObjectName("template_preview")
        self.empty = QLabel(self.tr("There are no note templates yet. Create one in the "
                                    "Templates area."), objectName="hint")
        self.empty.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(left, 2)
        body.addWidget(self.preview, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(self.tr("&Use template"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("use_template")
        self.use_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.use_button.setDefault(True)

        self.templates: list[NoteTemplateView] = []
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.use())
        self.filter.textChanged.connect(self._filter)
        self.reload()

    def reload(self) -> None:
        try:
            language = practice.get_practice(self._ws).language
            self.templates = language_first(templates.list_note_templates(self._ws), language)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            self.templates = []
        self.list.clear()
        for tpl in self.templates:
            item = QListWidgetItem(tpl.name)
            item.setData(Qt.ItemDataRole.UserRole, tpl.id)
            self.list.addItem(item)
        self.empty.setVisible(not self.templates)
        self.list.setCurrentRow(0)
        self._show_current()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hide = not all(w in item.text().casefold() for w in words)
            item.setHidden(hide)
            if not hide and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_visible)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def _show_current(self, *_args) -> None:
        template_id = self.current_id()
        tpl = next((t for t in self.templates if t.id == template_id), None)
        self.preview.set_html(tpl.body_html if tpl else "")
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)  # read from the top
        self.use_button.setEnabled(tpl is not None)

    def use(self) -> None:
        template_id = self.current_id()
        if template_id is None:
            return
        self.accept()
        self._on_chosen(template_id)


def choose_note_template(parent: QWidget | None, ws: Workspace,
                         on_chosen: Callable[[int], object]) -> NoteTemplatePicker:
    """Open the template picker; on_chosen(template_id) once the user picks one."""
    dialog = NoteTemplatePicker(ws, on_chosen, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
