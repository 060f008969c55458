"""A contact's profile: details (Edit → Save/Cancel), the clients they are related to (links),
Convert to client and Move to trash. Simpler than a client record: no status, no tags."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import contacts, relationships
from app.workspace import Workspace
from ui.confirm import ask, tell
from ui.contacts.new_contact_dialog import ContactForm
from ui.i18n import core_message, core_text
from ui.navigation import CLIENTS, CONTACTS, RELATIONSHIPS, Navigator, UnsavedChanges


class ContactProfileView(QWidget, UnsavedChanges):
    close_requested = Signal()

    def __init__(self, workspace: Workspace, navigator: Navigator, contact_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactProfileView")
        self._ws = workspace
        self._nav = navigator
        self.contact_id = contact_id
        self.dialog = None

        self.back_button = QPushButton(self.tr("← Contacts"), objectName="back")
        self.back_button.setFlat(True)
        self.back_button.setShortcut("Alt+Left")
        self.back_button.clicked.connect(self.close_requested)
        self.name = QLabel(objectName="profileName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(objectName="hint")
        self.edit_button = QPushButton(self.tr("&Edit"), objectName="edit")
        self.convert_button = QPushButton(self.tr("Con&vert to client…"), objectName="convert")
        self.trash_button = QPushButton(self.tr("Move to &trash…"), objectName="trash")
        self.more_menu = QMenu(self)
        self.export_action = self.more_menu.addAction(self.tr("Export contact record…"),
                                                      self.export_record)
        self.export_action.setObjectName("export_record")
        self.menu_button = QToolButton(objectName="record_menu")
        self.menu_button.setText("⋮")
        self.menu_button.setToolTip(self.tr("More actions"))
        self.menu_button.setAccessibleName(self.tr("More actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.more_menu)
        self.menu_button.setStyleSheet(
            "QToolButton { border: 1px solid #cbd2d9; border-radius: 6px; background: #ffffff;"
            " padding: 5px 10px; font-weight: 600; }"
            " QToolButton::menu-indicator { image: none; width: 0; }")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for button in (self.edit_button, self.convert_button, self.trash_button,
                       self.menu_button):
            head.addWidget(button, alignment=Qt.AlignmentFlag.AlignTop)

        # Details: read-only labels, or the form while editing.
        self.details = QWidget()
        details_form = QFormLayout(self.details)
        details_form.setContentsMargins(0, 0, 0, 0)
        details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, label in (("email", self.tr("Email")), ("phone", self.tr("Phone")),
                           ("organization", self.tr("Organization")), ("role", self.tr("Role"))):
            value = QLabel(objectName="value_" + key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            details_form.addRow(QLabel(label, objectName="hint"), value)
        self.form = ContactForm()
        self.save_button = QPushButton(self.tr("&Save"), objectName="save")
        self.save_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel")
        self.form_error = QLabel(objectName="error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.form)
        editor_layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        self.editor = editor
        editor.hide()

        related_title = QLabel(self.tr("Related clients"), objectName="sectionTitle")
        self.related_box = QVBoxLayout()
        self.related_box.setSpacing(6)

        card = QFrame(objectName="profileCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        details_title = QLabel(self.tr("Details"), objectName="sectionTitle")
        card_layout.addWidget(details_title)
        card_layout.addWidget(self.details)
        card_layout.addWidget(self.editor)
        card_layout.addSpacing(18)
        card_layout.addWidget(related_title)
        card_layout.addLayout(self.related_box)
        page = QWidget()  # the card keeps its natural height; the space below stays empty
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(card)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        page.setAutoFillBackground(False)  # setWidget turned it on: keep the window's colour
        scroll.viewport().setAutoFillBackground(False)
        card.setMaximumWidth(760)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(head)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)

        self.edit_button.clicked.connect(self.start_edit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.save_button.clicked.connect(self.save)
        self.convert_button.clicked.connect(self.convert)
        self.trash_button.clicked.connect(self.trash)
        navigator.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        self.record = contacts.get_contact(self._ws, self.contact_id)
        r = self.record
        self.name.setText(r.display_name)
        self.subtitle.setText(" · ".join(p for p in (r.role, r.organization) if p)
                              or self.tr("Contact"))
        dash = "—"
        self.values["email"].setText(r.primary_email or dash)
        self.values["phone"].setText(r.primary_phone or dash)
        self.values["organization"].setText(r.organization or dash)
        self.values["role"].setText(r.role or dash)
        self._show_related()

    def _stored_values(self) -> dict[str, str]:
        r = self.record
        return {"first_name": r.first_name, "last_name": r.last_name, "email": r.primary_email,
                "phone": r.primary_phone, "organization": r.organization, "role": r.role}

    def _show_related(self) -> None:
        while self.related_box.count():
            item = self.related_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        related = [r for r in relationships.list_relationships(self._ws, self.contact_id)
                   if r.other_kind == "client"]
        self.related_links: list[QLabel] = []
        if not related:
            none = QLabel(self.tr("Not related to any client yet. Link them from a client's "
                                  "Relationships tab."), objectName="hint")
            none.setWordWrap(True)
            self.related_box.addWidget(none)
            return
        for rel in related:
            kind = core_text(relationships.label_of(rel.relation_type))
            link = QLabel('<a href="%1" style="color:#2f7d73">%2</a>'.replace("%1", str(rel.other_id))
                          .replace("%2", _escape(rel.other_name))
                          + ' <span style="color:#616e7c">— %1</span>'.replace("%1", _escape(kind)))
            link.setObjectName("related_client")
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setToolTip(self.tr("Open this client's record"))
            link.linkActivated.connect(lambda href: self._nav.open_client(int(href)))
            self.related_links.append(link)
            self.related_box.addWidget(link)

    def _on_data_changed(self, kind: str) -> None:
        if kind in (RELATIONSHIPS, CLIENTS) and not self.is_editing():
            try:
                self.reload()
            except ConsultaError:
                pass  # converted or erased meanwhile: the area closes this view

    # --- editing -----------------------------------------------------------------------

    def is_editing(self) -> bool:
        return self.editor.isVisibleTo(self)

    def start_edit(self) -> None:
        self.form.set_values(self._stored_values())
        self.form_error.hide()
        self.details.hide()
        self.editor.show()
        self.edit_button.setEnabled(False)
        self.form.edits["first_name"].setFocus()

    def cancel_edit(self) -> None:
        self.editor.hide()
        self.details.show()
        self.edit_button.setEnabled(True)

    def save(self) -> None:
        if not self.form.check_all():
            return
        try:
            contacts.update_contact(self._ws, self.contact_id, self.form.to_input())
        except ConsultaError as exc:
            if not self.form.show_error(exc):
                self.form_error.setText(core_message(exc))
                self.form_error.show()
            return
        self.cancel_edit()
        self.reload()
        self._nav.changed(CONTACTS)

    def has_unsaved_changes(self) -> bool:
        return self.is_editing() and self.form.values() != self._stored_values()

    def unsaved_description(self) -> str:
        return self.tr("Your changes to the contact %1 are not saved.").replace(
            "%1", self.record.display_name)

    # --- converting and trashing -------------------------------------------------------

    def convert(self) -> None:
        text = self.tr("Make %1 a client? They keep their details and relationships, and "
                       "start as a lead. Contacts cannot have notes or invoices; clients can."
                       ).replace("%1", self.record.display_name)

        def go() -> None:
            try:
                contacts.convert_to_client(self._ws, self.contact_id)
            except ConsultaError as exc:
                self.dialog = tell(self, self.tr("Not converted"), core_message(exc))
                return
            self._nav.changed(CONTACTS)
            self._nav.changed(CLIENTS)
            self._nav.open_client(self.contact_id)

        self.dialog = ask(self, self.tr("Convert to client"), text, self.tr("Convert to client"),
                          go, destructive=False)

    def export_record(self) -> None:
        from ui.transfer.export_dialog import ExportDialog

        self.dialog = ExportDialog(self._ws, self, person_id=self.contact_id)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def trash(self) -> None:
        text = self.tr("Move %1 to the trash? Their links to clients are hidden until "
                       "restored.").replace("%1", self.record.display_name)

        def go() -> None:
            try:
                contacts.trash_contact(self._ws, self.contact_id)
            except ConsultaError as exc:
                self.dialog = tell(self, self.tr("Not moved"), core_message(exc))
                return
            self._nav.changed(CONTACTS)
            self._nav.changed(RELATIONSHIPS)
            self.close_requested.emit()

        self.dialog = ask(self, self.tr("Move to trash"), text, self.tr("Move to trash"), go)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
