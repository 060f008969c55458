"""File → Back up now: a consistent encrypted copy made in the background."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConsultaError
from app.workspace import Workspace
from ui.i18n import core_message
from ui.workers import run_in_background


class BackupController(QObject):
    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self._ws = workspace
        self._window = window
        self._task = None
        self.last_backup = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def back_up_now(self) -> None:
        if self._task is not None:
            return
        status = getattr(self._window, "statusBar", None)
        if status:
            status().showMessage(self.tr("Backing up…"))
        self._task = run_in_background(self._ws.backup, self._done, self._failed, self)

    def _done(self, path) -> None:
        self._task = None
        status = getattr(self._window, "statusBar", None)
        if status:
            status().showMessage(self.tr("Backup saved"), 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup saved"),
                          self.tr("An encrypted copy of your workspace was saved as:\n%1\n\n"
                                  "It opens with the same passphrase.").replace("%1", str(path)),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("backup_done")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show = box.addButton(self.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        self.last_backup = path
        box.open()  # not exec(): the app keeps running while the message is shown

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        status = getattr(self._window, "statusBar", None)
        if status:
            status().clearMessage()
        message = core_message(exc) if isinstance(exc, ConsultaError) else str(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup failed"), message,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("backup_failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
