"""The Contacts area: a searchable list of contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import contacts
from app.workspace import Workspace
from ui.navigation import CONTACTS, Navigator


class ContactsArea(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactsArea")
        self._ws = workspace
        heading = QLabel(self.tr("Contacts"))
        heading.setObjectName("areaTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, email or phone"))
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addSpacing(16)
        bar.addWidget(self.search, 1)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        navigator.data_changed.connect(lambda kind: kind == CONTACTS and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for row in contacts.list_contacts(self._ws, self.search.text()):
            item = QListWidgetItem(row.name + (f" — {row.email}" if row.email else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)

    def open_contact(self, contact_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.list.setCurrentRow(i)
