"""First run: "Create your workspace" — practice name, passphrase twice, remember, sample data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.store.keys import KeyringStatus
from ui.i18n import core_message, core_text
from ui.workers import run_in_background
from ui.workspace.passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:  # SQLAlchemy loads while the dialog is already on screen
    from app.workspace import Workspace


class CreateWorkspaceDialog(QDialog):
    def __init__(self, path: Path, keyring_status: KeyringStatus, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.language = language
        # Its country gives the practice currency (Settings → Billing can change it later).
        self.locale_name = QLocale.system().name()
        self.workspace: Workspace | None = None
        self._task = None
        self.setWindowTitle(self.tr("Create your workspace"))
        self.setObjectName("CreateWorkspaceDialog")
        self.setMinimumWidth(520)

        title = QLabel(self.tr("Create your workspace"))
        title.setObjectName("dialogTitle")
        intro = QLabel(self.tr(
            "Everything about your practice is kept in one encrypted file on this computer. "
            "Copying that file is a complete backup."))
        intro.setWordWrap(True)
        intro.setObjectName("intro")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.practice_name = QLineEdit()
        self.practice_name.setObjectName("practice_name")
        self.practice_name.setPlaceholderText(self.tr("e.g. Lisbon Family Therapy"))
        form.addRow(self.tr("Practice name"), self.practice_name)
        self.passphrase = NewPassphraseFields(form, self)

        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setObjectName("remember")
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setObjectName("hint")
        if keyring_status.available:
            self.remember.setToolTip(self.tr(
                "Keeps the key in this computer's keyring so Consulta opens without asking."))
            self.remember_note.hide()
        else:
            self.remember.setEnabled(False)
            self.remember_note.setText(core_text(keyring_status.reason))
        self.sample_data = QCheckBox(self.tr("Start with sample data"))
        self.sample_data.setObjectName("sample_data")
        self.sample_data.setChecked(True)
        self.sample_data.setToolTip(self.tr(
            "Adds a sample client and a sample contact with appointments, a note and an invoice, "
            "so you can explore every screen. Delete them whenever you like."))
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        form.addRow("", self.sample_data)

        location = QLabel(self.tr("Saved as %1").replace("%1", str(path)))
        location.setObjectName("hint")
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create workspace"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setProperty("primary", True)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(location)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.practice_name.textChanged.connect(self._refresh)
        self.passphrase.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        ok = bool(self.practice_name.text().strip()) and self.passphrase.is_acceptable()
        self.create_button.setEnabled(ok and self._task is None)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.error.hide()
        self.create_button.setText(self.tr("Creating…"))
        self.setEnabled(False)
        name = self.practice_name.text()
        passphrase = self.passphrase.passphrase.text()
        confirmation = self.passphrase.confirmation.text()
        remember = self.remember.isChecked()
        sample = self.sample_data.isChecked()
        locale_name = self.locale_name

        def work() -> Workspace:
            from app.services.practice import locale_currency
            from app.workspace import create_workspace

            currency = locale_currency(locale_name)
            return create_workspace(self.path, passphrase, confirmation=confirmation,
                                    practice_name=name, language=self.language,
                                    currency=currency, sample_data=sample, remember=remember)

        self._task = run_in_background(work, self._created, self._failed, self)

    def _created(self, workspace: Workspace) -> None:
        self._task = None
        self.workspace = workspace
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.setEnabled(True)
        self.create_button.setText(self.tr("Create workspace"))
        if isinstance(exc, ConsultaError):
            self.error.setText(core_message(exc))
        else:
            self.error.setText(self.tr("The workspace could not be created: %1").replace("%1", str(exc)))
        self.error.show()
        self._refresh()
