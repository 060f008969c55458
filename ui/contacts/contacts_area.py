"""The Contacts area: a searchable table of contacts, `+ New contact`, and a contact's profile
(one at a time). Trashed contacts are reachable through Show ▸ Trash and can be restored."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import contacts
from app.workspace import Workspace
from ui.confirm import ask, tell
from ui.contacts.contact_profile_view import ContactProfileView
from ui.empty_state import EmptyState
from ui.i18n import core_message
from ui.models.contact_table_model import ContactTableModel
from ui.navigation import CLIENTS, CONTACTS, RELATIONSHIPS, Navigator


class ContactsArea(QStackedWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactsArea")
        self._ws = workspace
        self._nav = navigator
        self.profile: ContactProfileView | None = None
        self.new_dialog = None

        page = QWidget()
        heading = QLabel(self.tr("Contacts"), objectName="areaTitle")
        self.new_button = QPushButton(self.tr("+ New contact"), objectName="new_contact")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_contact)
        self.import_button = QPushButton(self.tr("Import…"), objectName="import_contacts")
        self.import_button.setToolTip(self.tr("Add contacts from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        self.import_dialog = None
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        self.search = QLineEdit(objectName="contact_search")
        self.search.setPlaceholderText(self.tr("Filter by name, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.show_filter = QComboBox(objectName="contact_show_filter")
        self.show_filter.addItem(self.tr("Current contacts"), False)
        self.show_filter.addItem(self.tr("Trash"), True)
        self.restore_button = QPushButton(self.tr("&Restore"), objectName="restore_contact")
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_filter)
        bar.addWidget(self.restore_button)

        self.model = ContactTableModel(self)
        self.table = QTableView(objectName="contact_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 180), (2, 150), (3, 220), (4, 150)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.empty = EmptyState(self.tr("No contacts yet"), "")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.count_label = QLabel(objectName="hint")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.count_label)
        self.list_page = page
        self.addWidget(page)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        navigator.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- the list ----------------------------------------------------------------------

    def in_trash(self) -> bool:
        return bool(self.show_filter.currentData())

    def refresh(self) -> None:
        rows = contacts.list_contacts(self._ws, self.search.text(), trashed=self.in_trash())
        self.model.set_rows(rows)
        self.restore_button.setVisible(self.in_trash())
        self.restore_button.setEnabled(bool(rows))
        self.count_label.setText(self.tr("%n contact(s)", "", len(rows)))
        if rows:
            self.list_stack.setCurrentWidget(self.table)
            return
        if self.search.text().strip():
            self.empty.title.setText(self.tr("No contacts match"))
            self.empty.text.setText(self.tr("Try fewer letters, or search the whole window."))
        elif self.in_trash():
            self.empty.title.setText(self.tr("The trash is empty"))
            self.empty.text.setText(self.tr("Contacts you move to the trash wait here."))
        else:
            self.empty.title.setText(self.tr("No contacts yet"))
            self.empty.text.setText(self.tr("Relatives, referrers and other practitioners around "
                                            "your clients. Add one with + New contact."))
        self.list_stack.setCurrentWidget(self.empty)

    def contact_id_at(self, row: int) -> int:
        return self.model.contact_id(row)

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        if self.in_trash():
            return  # trashed contacts are restored first, then opened
        self._nav.open_contact(self.contact_id_at(row))

    def restore_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        try:
            contacts.restore_contact(self._ws, self.contact_id_at(row))
        except ConsultaError as exc:
            self.new_dialog = tell(self, self.tr("Not restored"), core_message(exc))
        self._nav.changed(CONTACTS)
        self._nav.changed(RELATIONSHIPS)

    def new_contact(self) -> None:
        from ui.contacts.new_contact_dialog import NewContactDialog

        self.new_dialog = NewContactDialog(self._ws, self._nav, self)
        self.new_dialog.open()

    def import_csv(self) -> None:
        from ui.transfer.import_wizard import ImportWizard

        self.import_dialog = ImportWizard(self._ws, self._nav, "contact", self)
        self.import_dialog.open()

    def _on_data_changed(self, kind: str) -> None:
        if kind in (CONTACTS, CLIENTS):
            self.refresh()
            if self.profile is not None:
                try:  # converted to a client or trashed elsewhere: back to the list
                    contacts.get_contact(self._ws, self.profile.contact_id)
                except ConsultaError:
                    self.close_profile()

    # --- the profile -------------------------------------------------------------------

    def open_contact(self, contact_id: int) -> None:
        if self.profile is not None and self.profile.contact_id == contact_id:
            self.setCurrentWidget(self.profile)
            return
        if self.has_unsaved_changes():
            self.new_dialog = ask(self, self.tr("Unsaved changes"),
                                  self.unsaved_description(),
                                  self.tr("Discard changes"), lambda: self._replace_profile(contact_id))
            return
        self._replace_profile(contact_id)

    def _replace_profile(self, contact_id: int) -> None:
        self.close_profile()
        self.profile = ContactProfileView(self._ws, self._nav, contact_id, self)
        self.profile.close_requested.connect(self.close_profile)
        self.addWidget(self.profile)
        self.setCurrentWidget(self.profile)

    def close_profile(self) -> None:
        if self.profile is not None:
            self.removeWidget(self.profile)
            self.profile.deleteLater()
            self.profile = None
        self.setCurrentWidget(self.list_page)

    def has_unsaved_changes(self) -> bool:
        return self.profile is not None and self.profile.has_unsaved_changes()

    def unsaved_description(self) -> str:
        return self.profile.unsaved_description() if self.has_unsaved_changes() else ""
