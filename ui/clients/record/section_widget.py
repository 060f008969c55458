"""One section of the Personal tab: its values, `Edit` → a form with Save/Cancel, `+ New field`,
and a menu per section and per custom field (rename, move up/down, delete)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import custom_fields
from app.services.custom_fields import BUILTIN_NAMES, FieldDef, SectionDef
from app.services.people import PersonInput, PersonRecord
from app.workspace import Workspace
from ui.clients.record import standard_fields
from ui.clients.record.field_editors import display_value, make_editor
from ui.i18n import core_message, core_text


def section_title(section: SectionDef) -> str:
    return core_text(BUILTIN_NAMES[section.builtin]) if section.builtin else section.name


class SectionWidget(QFrame):
    """Emits `saved` after values are stored, and the section/field requests the tab carries
    out (they need dialogs and the whole list of sections)."""

    saved = Signal()
    edit_toggled = Signal(bool)
    new_field_requested = Signal(int)  # section id
    rename_section_requested = Signal(int)
    delete_section_requested = Signal(int)
    move_section_requested = Signal(int, int)  # section id, new index
    edit_field_requested = Signal(int)  # field id
    delete_field_requested = Signal(int)
    move_field_requested = Signal(int, int)  # field id, new index

    def __init__(self, workspace: Workspace, section: SectionDef, record: PersonRecord,
                 index: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalSection")
        self._ws = workspace
        self.section = section
        self.record = record
        self.editing = False
        self.editors: dict[str, Any] = {}  # "first_name", "emails", "custom.12" → editor
        self.errors: dict[str, QLabel] = {}
        self.field_actions: dict[int, dict[str, Any]] = {}
        self._initial: tuple[dict, dict] | None = None

        self.title = QLabel(section_title(section))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("edit_section")
        self.edit_button.setAccessibleName(self.tr("Edit %1").replace("%1", self.title.text()))
        self.edit_button.clicked.connect(self.start_editing)
        self.new_field_button = QPushButton(self.tr("+ New field"))
        self.new_field_button.setObjectName("new_field")
        self.new_field_button.clicked.connect(lambda: self.new_field_requested.emit(section.id))
        self.menu_button = self._section_menu(index, count)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_field_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.menu_button)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnMinimumWidth(0, 170)
        self.grid.setColumnStretch(1, 1)
        self.section_error = QLabel()
        self.section_error.setObjectName("error")
        self.section_error.setWordWrap(True)
        self.section_error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this section"))
        self.save_button.setObjectName("save_section")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard the changes in this section (Esc)"))
        self.cancel_button.setObjectName("cancel_section")
        self.cancel_button.clicked.connect(self.cancel)
        self.form_buttons = QWidget()
        buttons = QHBoxLayout(self.form_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.form_buttons.hide()

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.editing and self.cancel())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.section_error)
        layout.addWidget(self.form_buttons)
        self._show_values()

    # --- menus ----------------------------------------------------------------------------

    def _menu_button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setText("⋯")
        button.setObjectName("itemMenu")
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(QMenu(button))
        return button

    def _section_menu(self, index: int, count: int) -> QToolButton:
        sid = self.section.id
        button = self._menu_button(self.tr("Section options"))
        menu = button.menu()
        self.rename_action = menu.addAction(self.tr("Rename section…"))
        self.rename_action.triggered.connect(lambda: self.rename_section_requested.emit(sid))
        self.up_action = menu.addAction(self.tr("Move section up"))
        self.up_action.triggered.connect(lambda: self.move_section_requested.emit(sid, index - 1))
        self.down_action = menu.addAction(self.tr("Move section down"))
        self.down_action.triggered.connect(lambda: self.move_section_requested.emit(sid, index + 1))
        menu.addSeparator()
        self.delete_action = menu.addAction(self.tr("Delete section…"))
        self.delete_action.triggered.connect(lambda: self.delete_section_requested.emit(sid))
        self.up_action.setEnabled(index > 0)
        self.down_action.setEnabled(index < count - 1)
        # The standard sections keep their (translated) names and cannot be deleted.
        self.rename_action.setVisible(not self.section.builtin)
        self.delete_action.setVisible(not self.section.builtin)
        return button

    def _field_menu(self, field: FieldDef, index: int) -> QToolButton:
        button = self._menu_button(self.tr("Options for “%1”").replace("%1", field.label))
        menu = button.menu()
        actions = {
            "edit": menu.addAction(self.tr("Rename or edit field…")),
            "up": menu.addAction(self.tr("Move up")),
            "down": menu.addAction(self.tr("Move down")),
        }
        menu.addSeparator()
        actions["delete"] = menu.addAction(self.tr("Delete field…"))
        actions["edit"].triggered.connect(lambda: self.edit_field_requested.emit(field.id))
        actions["up"].triggered.connect(lambda: self.move_field_requested.emit(field.id, index - 1))
        actions["down"].triggered.connect(lambda: self.move_field_requested.emit(field.id, index + 1))
        actions["delete"].triggered.connect(lambda: self.delete_field_requested.emit(field.id))
        actions["up"].setEnabled(index > 0)
        actions["down"].setEnabled(index < len(self.section.fields) - 1)
        self.field_actions[field.id] = actions
        return button

    # --- view and edit --------------------------------------------------------------------

    def _standard(self) -> list[standard_fields.StandardField]:
        return standard_fields.STANDARD.get(self.section.builtin, []) if self.section.builtin else []

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.editors.clear()
        self.errors.clear()
        self.field_actions.clear()

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        label.setMaximumWidth(220)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _value_label(self, text: str) -> QLabel:
        value = QLabel(text if text else self.tr("—"))
        value.setObjectName("fieldValue" if text else "hint")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def _show_values(self) -> None:
        self._clear_grid()
        row = 0
        for std in self._standard():
            self.grid.addWidget(self._label(std.label_text()), row, 0)
            self.grid.addWidget(self._value_label(standard_fields.display(std, self.record)), row, 1)
            row += 1
        for index, field in enumerate(self.section.fields):
            value = display_value(field, self.record.custom_values.get(field.id))
            self.grid.addWidget(self._label(field.label), row, 0)
            self.grid.addWidget(self._value_label(value), row, 1)
            self.grid.addWidget(self._field_menu(field, index), row, 2, Qt.AlignmentFlag.AlignTop)
            row += 1
        if row == 0:
            empty = QLabel(self.tr("No fields yet. Use “+ New field” to add the first one."))
            empty.setObjectName("hint")
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0, 1, 3)
        self._show_grid()

    def _show_grid(self) -> None:
        # Widgets added to a shown layout appear only after the event loop runs; show them now
        # so the section is complete at once (an error label stays hidden until it has text).
        for i in range(self.grid.count()):
            widget = self.grid.itemAt(i).widget()
            if widget is not None and widget.objectName() != "fieldError":
                widget.show()

    def start_editing(self) -> None:
        if self.editing:
            return
        self._clear_grid()
        row = 0
        first: QWidget | None = None
        entries = [(s.name, s.label_text(), standard_fields.make_standard_editor(s),
                    getattr(self.record, s.name)) for s in self._standard()]
        entries += [(f"custom.{f.id}", f.label, make_editor(f), self.record.custom_values.get(f.id))
                    for f in self.section.fields]
        for key, text, editor, value in entries:
            editor.set_value(value)
            label = self._label(text)
            label.setContentsMargins(0, 7, 0, 0)  # level with the editor's text
            label.setBuddy(editor)
            self.grid.addWidget(label, row, 0)
            if isinstance(editor, QCheckBox):  # sized to its box, so a click lands on it
                self.grid.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                self.grid.addWidget(editor, row, 1)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.grid.addWidget(error, row + 1, 1)
            self.editors[key] = editor
            self.errors[key] = error
            first = first or editor
            row += 2
        self._show_grid()
        self.editing = True
        self._initial = self._collect()
        self.edit_button.hide()
        self.new_field_button.setEnabled(False)
        self.menu_button.setEnabled(False)
        self.form_buttons.show()
        self.edit_toggled.emit(True)
        if first is not None:
            first.setFocus()

    def _collect(self) -> tuple[dict[str, Any], dict[int, Any]]:
        std: dict[str, Any] = {}
        custom: dict[int, Any] = {}
        for key, editor in self.editors.items():
            if key.startswith("custom."):
                custom[int(key.split(".", 1)[1])] = editor.value()
            else:
                value = editor.value()
                std[key] = "" if value is None else value
        return std, custom

    def has_changes(self) -> bool:
        return self.editing and self._initial is not None and self._collect() != self._initial

    def save(self) -> None:
        std, custom = self._collect()
        for error in self.errors.values():
            error.hide()
        self.section_error.hide()
        try:
            self.record = custom_fields.save_section(self._ws, self.record.id, PersonInput(**std),
                                                     custom)
        except ConsultaError as exc:
            self._show_error(exc)
            return
        self._finish()
        self.saved.emit()

    def _show_error(self, exc: ConsultaError) -> None:
        key = exc.field or ""
        base, _, index = key.partition(".")
        editor = self.editors.get(key) or self.editors.get(base)
        error = self.errors.get(key) or self.errors.get(base)
        if error is None:
            self.section_error.setText(core_message(exc))
            self.section_error.show()
            return
        error.setText(core_message(exc))
        error.show()
        if base in ("emails", "phones") and index.isdigit():
            editor = editor.row_editor(int(index))
        editor.setFocus()

    def cancel(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self.editing = False
        self._initial = None
        self.section_error.hide()
        self.form_buttons.hide()
        self.edit_button.show()
        self.new_field_button.setEnabled(True)
        self.menu_button.setEnabled(True)
        self._show_values()
        self.edit_toggled.emit(False)
        self.edit_button.setFocus()
