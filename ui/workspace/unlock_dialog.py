"""Later runs: unlock the workspace with its passphrase (when the keyring does not remember it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, WrongPassphraseError
from app.paths import WORKSPACE_SUFFIX
from app.store.keys import KeyringStatus, RememberedKeys
from ui.i18n import core_message, core_text
from ui.workers import run_in_background

if TYPE_CHECKING:  # SQLAlchemy loads while the dialog is already on screen
    from app.workspace import Workspace


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one is said plainly and can be retried at once.

    With `lock_screen=True` it is the lock screen of a running session: it only checks the
    passphrase against the open workspace (no re-open), and offers no other file.
    """

    def __init__(self, path: Path, keyring_status: KeyringStatus, parent: QWidget | None = None,
                 *, lock_screen_for: Workspace | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.path = path
        self.workspace: Workspace | None = lock_screen_for
        self._lock_screen = lock_screen_for is not None
        self._task = None
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("Unlock workspace") if not self._lock_screen
                            else self.tr("Consulta is locked"))
        self.setMinimumWidth(480)

        title = QLabel(self.tr("Unlock your workspace") if not self._lock_screen
                       else self.tr("Consulta is locked"))
        title.setObjectName("dialogTitle")
        self.file_label = QLabel()
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setObjectName("remember")
        self.remember_note = QLabel()
        self.remember_note.setObjectName("hint")
        self.remember_note.setWordWrap(True)
        if not keyring_status.available:
            self.remember.setEnabled(False)
            self.remember_note.setText(core_text(keyring_status.reason))
        else:
            self.remember_note.hide()
        if not self._lock_screen:
            form.addRow("", self.remember)
            form.addRow("", self.remember_note)
        else:
            self.remember.hide()
            self.remember_note.hide()

        self.error = QLabel(message)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(message))

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        self.other_button = QPushButton(self.tr("Open another workspace…"))
        self.other_button.setObjectName("open_other")
        self.other_button.setFlat(True)
        # Enter in the passphrase field must unlock, never open the file chooser.
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._choose_other)
        self.other_button.setVisible(not self._lock_screen)
        quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.other_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_path()
        self.passphrase.setFocus()

    def _show_path(self) -> None:
        self.file_label.setText(self.tr("Workspace: %1").replace("%1", str(self.path)))

    def _choose_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a workspace"), str(self.path.parent),
            self.tr("Consulta workspaces (*%1);;All files (*)").replace("%1", WORKSPACE_SUFFIX))
        if chosen:
            self.path = Path(chosen)
            self._show_path()
            self.error.hide()
            self.passphrase.clear()
            self.passphrase.setFocus()

    def _unlock(self) -> None:
        if self._task is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        self.error.hide()
        self.setEnabled(False)
        self.unlock_button.setText(self.tr("Unlocking…"))
        if self._lock_screen:
            ws = self.workspace
            self._task = run_in_background(lambda: ws.key_matches(passphrase), self._checked,
                                           self._failed, self)
            return
        path, remember = self.path, self.remember.isChecked()

        def work() -> Workspace:
            from app.workspace import open_workspace

            ws = open_workspace(path, passphrase=passphrase)
            if remember:
                from app.store.keys import derive_key

                RememberedKeys().remember(derive_key(passphrase, ws.salt))
            return ws

        self._task = run_in_background(work, self._opened, self._failed, self)

    def _checked(self, matches: bool) -> None:
        if matches:
            self._task = None
            self.accept()
        else:
            self._failed(WrongPassphraseError(
                "That passphrase does not open this workspace. Check it and try again."))

    def _opened(self, workspace: Workspace) -> None:
        self._task = None
        self.workspace = workspace
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.setEnabled(True)
        self.unlock_button.setText(self.tr("Unlock"))
        if isinstance(exc, ConsultaError):
            self.error.setText(core_message(exc))
        else:
            self.error.setText(self.tr("The workspace could not be opened: %1").replace("%1", str(exc)))
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
