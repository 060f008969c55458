"""The Clients area: the list, and the client record opened from it (one at a time)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.workspace import Workspace
from ui.clients.client_list_view import ClientListView
from ui.clients.record.record_view import ClientRecordView
from ui.confirm import ask
from ui.navigation import CLIENTS, CONTACTS, TAGS, Navigator


class ClientsArea(QStackedWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientsArea")
        self._ws = workspace
        self._nav = navigator
        self.list = ClientListView(workspace, navigator, self)
        self.addWidget(self.list)
        self.record: ClientRecordView | None = None
        self.prompt = None  # the open "discard unsaved changes?" question, if any
        self.list.open_requested.connect(navigator.open_client)
        navigator.data_changed.connect(self._on_data_changed)

    def open_client(self, client_id: int) -> None:
        if self.record is not None and self.record.client_id == client_id:
            self.setCurrentWidget(self.record)
            return
        if self.record is not None and self.record.has_unsaved_changes():
            # Opening another record would drop the edits: ask first, as closing does.
            self.prompt = ask(self, self.tr("Unsaved changes"),
                              self.record.unsaved_description() + "\n\n"
                              + self.tr("Open the other record and discard these changes?"),
                              self.tr("Discard changes"), lambda: self._replace_record(client_id))
            return
        self._replace_record(client_id)

    def _replace_record(self, client_id: int) -> None:
        self.close_record()
        self.record = ClientRecordView(self._ws, self._nav, client_id, self)
        self.record.close_requested.connect(self.close_record)
        self.addWidget(self.record)
        self.setCurrentWidget(self.record)

    def close_record(self) -> None:
        if self.record is not None:
            self.removeWidget(self.record)
            self.record.deleteLater()
            self.record = None
        self.setCurrentWidget(self.list)

    @property
    def current_client_id(self) -> int | None:
        return self.record.client_id if self.record is not None else None

    def _on_data_changed(self, kind: str) -> None:
        if kind in (CLIENTS, TAGS, CONTACTS):
            self.list.refresh()
