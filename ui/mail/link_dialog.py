"""`Link to client…`: file a message whose address no client has yet to a client's record, and
(ticked by default) add that address to the client, so their next messages file themselves and
the server is searched for their older ones (app/mail/linking.py does that when the address is
saved).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.mail import messages
from app.services import clients
from app.services.people import PersonInput
from app.workspace import Workspace
from ui.appointments.client_picker import ClientPicker
from ui.i18n import core_message
from ui.navigation import CLIENTS, MAIL, Navigator


class LinkToClientDialog(QDialog):
    """Opened with open(); on Link the message is filed and the navigator told."""

    def __init__(self, workspace: Workspace, navigator: Navigator, message_id: int,
                 address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkToClientDialog")
        self.setWindowTitle(self.tr("Link to client"))
        self._ws, self._nav = workspace, navigator
        self.message_id, self.address = message_id, address
        self.linked_client: int | None = None

        title = QLabel(self.tr("Link to client"), objectName="dialogTitle")
        intro = QLabel(self.tr("The message will show in the client's Inbox tab."),
                       objectName="intro")
        intro.setWordWrap(True)
        self.picker = ClientPicker(workspace)
        self.add_address = QCheckBox(objectName="add_address")
        self.add_address.setText(self.tr("Also add %1 to the client's email addresses")
                                 .replace("%1", address))
        self.add_address.setChecked(bool(address))
        self.add_address.setVisible(bool(address))
        self.add_hint = QLabel(self.tr("Their other messages are then filed to the record too, "
                                       "including older ones still on the server."),
                               objectName="hint")
        self.add_hint.setWordWrap(True)
        self.add_hint.setVisible(bool(address))
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = self.buttons.addButton(self.tr("Link"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setObjectName("link")
        self.link_button.setProperty("primary", True)
        self.link_button.setEnabled(False)
        self.buttons.accepted.connect(self.link)
        self.buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(lambda cid: self.link_button.setEnabled(bool(cid)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.add_address)
        layout.addWidget(self.add_hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def link(self) -> None:
        client_id = self.picker.client_id
        if not client_id:
            return
        try:
            if self.add_address.isChecked() and self.address:
                record = clients.get_client(self._ws, client_id)
                if self.address.lower() not in {e.lower() for e in record.emails}:
                    clients.update_client(self._ws, client_id,
                                          PersonInput(emails=[*record.emails, self.address]))
            messages.link_to_person(self._ws, self.message_id, client_id)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self.linked_client = client_id
        self.accept()
        if self.add_address.isChecked():
            self._nav.changed(CLIENTS)
        self._nav.changed(MAIL)
