"""The Personal tab: the client's information in sections (three built-in, then the workspace's
own), each editable on its own; `+ Add new section` at the bottom. Scrolls as a whole."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import ConsultaError
from app.services import clients, custom_fields
from app.services.custom_fields import SectionDef
from app.services.people import PersonRecord
from app.workspace import Workspace
from ui.clients.record.confirm import ask, tell
from ui.clients.record.new_field_dialog import FieldDialog, NameDialog
from ui.clients.record.section_widget import SectionWidget, section_title
from ui.i18n import core_message
from ui.navigation import CLIENTS, CUSTOM_FIELDS


class PersonalTab(QScrollArea):
    changed = Signal(str)  # a navigation kind: CLIENTS or CUSTOM_FIELDS

    def __init__(self, workspace: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonalTab")
        self._ws = workspace
        self.client_id = client_id
        self.sections: list[SectionWidget] = []
        self.dialog = None  # the open field/name dialog, if any (tests reach it here)
        self.prompt = None  # the open confirmation, if any
        self._stale = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        content.setObjectName("personalContent")
        self._column = QVBoxLayout()
        self._column.setSpacing(14)
        self.add_section_button = QPushButton(self.tr("+ Add new section"))
        self.add_section_button.setObjectName("add_section")
        self.add_section_button.clicked.connect(self.add_section)
        hint = QLabel(self.tr("Sections and fields you add here are shown on every client."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        outer = QVBoxLayout(content)
        # Never squeeze the sections to fit: the content keeps its full height and scrolls.
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        outer.setContentsMargins(4, 12, 12, 16)
        outer.addLayout(self._column)
        outer.addWidget(self.add_section_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(hint)
        outer.addStretch(1)
        content.setMaximumWidth(900)
        self.setWidget(content)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.reload()

    # --- building -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the store's state; while a section is being edited, wait until it is done."""
        if self.is_editing():
            self._stale = True
        else:
            self.reload()

    def _edit_toggled(self, editing: bool) -> None:
        if not editing and self._stale and not self.is_editing():
            self._stale = False
            self.reload()

    def reload(self, record: PersonRecord | None = None) -> None:
        """Rebuild from the store (sections in edit mode are rebuilt too: use refresh())."""
        self._stale = False
        record = record or clients.get_client(self._ws, self.client_id)
        defs = custom_fields.list_sections(self._ws)
        for widget in self.sections:
            self._column.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.sections = []
        for index, section in enumerate(defs):
            widget = SectionWidget(self._ws, section, record, index, len(defs))
            widget.saved.connect(lambda: self.changed.emit(CLIENTS))
            widget.edit_toggled.connect(self._edit_toggled)
            widget.new_field_requested.connect(self.new_field)
            widget.rename_section_requested.connect(self.rename_section)
            widget.delete_section_requested.connect(self.delete_section)
            widget.move_section_requested.connect(self._move_section)
            widget.edit_field_requested.connect(self.edit_field)
            widget.delete_field_requested.connect(self.delete_field)
            widget.move_field_requested.connect(self._move_field)
            self._column.addWidget(widget)
            widget.show()  # at once, not when the event loop next runs
            self.sections.append(widget)

    def section_widget(self, section_id: int) -> SectionWidget:
        return next(w for w in self.sections if w.section.id == section_id)

    def is_editing(self) -> bool:
        return any(w.editing for w in self.sections)

    def has_unsaved_changes(self) -> bool:
        return any(w.has_changes() for w in self.sections)

    def _section(self, section_id: int) -> SectionDef:
        return self.section_widget(section_id).section

    def _field(self, field_id: int):
        return next(f for w in self.sections for f in w.section.fields if f.id == field_id)

    def _structure_changed(self) -> None:
        self.changed.emit(CUSTOM_FIELDS)

    def _fail(self, exc: ConsultaError) -> None:
        tell(self, self.tr("Not changed"), core_message(exc))

    # --- sections -------------------------------------------------------------------------

    def add_section(self) -> None:
        created: list[int] = []

        def apply(name: str) -> None:
            created.append(custom_fields.create_section(self._ws, name))

        dialog = NameDialog(self.tr("New section"),
                            self.tr("Name the section, then add its fields. It is shown on every "
                                    "client."), self.tr("Section name"), "", apply, self)
        dialog.accepted.connect(lambda: self._section_added(created[-1]))
        self._open(dialog)

    def _section_added(self, section_id: int) -> None:
        self._structure_changed()
        self.reload()
        widget = self.section_widget(section_id)
        self.ensureWidgetVisible(widget)
        self.new_field(section_id)  # "name it and add fields": the first field right away

    def rename_section(self, section_id: int) -> None:
        section = self._section(section_id)
        dialog = NameDialog(self.tr("Rename section"), "", self.tr("Section name"), section.name,
                            lambda name: custom_fields.rename_section(self._ws, section_id, name),
                            self)
        dialog.accepted.connect(self._structure_changed)
        self._open(dialog)

    def _move_section(self, section_id: int, new_index: int) -> None:
        try:
            custom_fields.move_section(self._ws, section_id, new_index)
        except ConsultaError as exc:
            self._fail(exc)
            return
        self._structure_changed()
        self.section_widget(section_id).menu_button.setFocus()

    def delete_section(self, section_id: int) -> None:
        section = self._section(section_id)
        n = custom_fields.count_values(self._ws, section_id=section_id)
        text = self.tr("Delete the section “%1” and its %2 field(s) from every client?")
        text = text.replace("%1", section.name).replace("%2", str(len(section.fields)))
        text += "\n\n" + (self.tr("%n person(s) have a value in it; those values will be deleted "
                                  "too. This cannot be undone.", "", n) if n else
                          self.tr("No one has a value in it yet."))

        def delete() -> None:
            try:
                custom_fields.delete_section(self._ws, section_id)
            except ConsultaError as exc:
                self._fail(exc)
                return
            self._structure_changed()

        ask(self, self.tr("Delete section"), text, self.tr("Delete section"), delete)

    # --- fields ---------------------------------------------------------------------------

    def new_field(self, section_id: int) -> None:
        section = self._section(section_id)
        dialog = FieldDialog(self._ws, section_id, section_title(section), parent=self)
        dialog.saved.connect(lambda _fid: self._structure_changed())
        self._open(dialog)

    def edit_field(self, field_id: int) -> None:
        field = self._field(field_id)
        dialog = FieldDialog(self._ws, field.section_id, section_title(self._section(field.section_id)),
                             field=field, parent=self)
        dialog.saved.connect(lambda _fid: self._structure_changed())
        self._open(dialog)

    def _move_field(self, field_id: int, new_index: int) -> None:
        try:
            custom_fields.move_field(self._ws, field_id, new_index)
        except ConsultaError as exc:
            self._fail(exc)
            return
        self._structure_changed()
        actions = next((w.field_actions.get(field_id) for w in self.sections
                        if field_id in w.field_actions), None)
        if actions:
            actions["up"].parent().parent().setFocus()  # the moved field's menu button

    def delete_field(self, field_id: int) -> None:
        field = self._field(field_id)
        n = custom_fields.count_values(self._ws, field_id=field_id)
        text = self.tr("Delete the field “%1” from every client?").replace("%1", field.label)
        text += "\n\n" + (self.tr("%n person(s) have a value in it; those values will be deleted "
                                  "too. This cannot be undone.", "", n) if n else
                          self.tr("No one has a value in it yet."))

        def delete() -> None:
            try:
                custom_fields.delete_field(self._ws, field_id)
            except ConsultaError as exc:
                self._fail(exc)
                return
            self._structure_changed()

        ask(self, self.tr("Delete field"), text, self.tr("Delete field"), delete)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed_dialog(self, dialog) -> None:
        if self.dialog is dialog:  # a dialog may open the next one before it finishes
            self.dialog = None
