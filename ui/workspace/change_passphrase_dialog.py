"""File → Change passphrase…: current passphrase, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.workspace import Workspace
from ui.i18n import core_message
from ui.workers import run_in_background
from ui.workspace.passphrase_fields import NewPassphraseFields


class ChangePassphraseDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._task = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "The workspace is re-encrypted with the new passphrase. Backups made before keep "
            "the passphrase they were made with."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setObjectName("current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current passphrase"), self.current)
        self.new = NewPassphraseFields(form, self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Change passphrase"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setProperty("primary", True)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.changed.connect(self._refresh)
        self.current.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.new.is_acceptable())

    def _change(self) -> None:
        old, new = self.current.text(), self.new.passphrase.text()
        confirmation = self.new.confirmation.text()
        self.setEnabled(False)
        self.error.hide()
        self._task = run_in_background(
            lambda: self._ws.change_passphrase(old, new, confirmation), lambda _: self.accept(),
            self._failed, self)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.error.setText(core_message(exc) if isinstance(exc, ConsultaError) else str(exc))
        self.error.show()
