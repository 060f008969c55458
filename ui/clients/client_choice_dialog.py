"""Pick a client for something made for them: a note or form from a template, a new invoice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.workspace import Workspace
from ui.appointments.client_picker import ClientPicker


class ClientChoiceDialog(QDialog):
    """Type a name, pick the client, confirm; on_chosen(client_id) after the dialog closes."""

    def __init__(self, workspace: Workspace, title: str, intro: str, confirm_label: str,
                 on_chosen: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientChoiceDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._on_chosen = on_chosen
        heading = QLabel(title, objectName="dialogTitle")
        heading.setWordWrap(True)
        text = QLabel(intro, objectName="hint")
        text.setWordWrap(True)
        self.picker = ClientPicker(workspace)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(confirm_label,
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirm_client")
        self.confirm_button.setProperty("primary", True)
        self.confirm_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(lambda cid: self.confirm_button.setEnabled(bool(cid)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.confirm_button.setDefault(True)
        self.picker.setFocus()

    def confirm(self) -> None:
        client_id = self.picker.client_id
        if not client_id:
            return
        self.accept()
        self._on_chosen(client_id)


def choose_client(parent: QWidget, ws: Workspace, title: str, intro: str, confirm_label: str,
                  on_chosen: Callable[[int], object]) -> ClientChoiceDialog:
    dialog = ClientChoiceDialog(ws, title, intro, confirm_label, on_chosen, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
