"""What a running transfer looks like: a line saying what is being done, a progress bar with
"n of N", and Cancel. Shared by the import wizard and the export dialog."""

from __future__ import annotations

import errno

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.errors import ConsultaError
from ui.i18n import core_message


class TransferText(QWidget):
    """The translation context of failure_text (pyside6-lupdate reads TransferText.tr)."""


def failure_text(exc: BaseException) -> str:
    """A failed transfer in the user's words: the core's own message, or what the disk said."""
    if isinstance(exc, ConsultaError):
        return core_message(exc)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return TransferText.tr("The disk is full. Free some space, then try again.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return TransferText.tr("Consulta may not write there. Choose another folder.")
        detail = exc.strerror or str(exc)
        return TransferText.tr("The files could not be written: %1").replace("%1", detail)
    return TransferText.tr("Something went wrong: %1").replace("%1", type(exc).__name__)


class ProgressPanel(QWidget):
    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_panel")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("transfer_progress")
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_transfer")
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addStretch(2)

    def start(self, title: str) -> None:
        self.title.setText(title)
        self.bar.setRange(0, 0)  # busy until the first report gives a total
        self.count.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.count.setText(self.tr("%1 of %2").replace("%1", QLocale().toString(done))
                           .replace("%2", QLocale().toString(total)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.count.setText(self.tr("Cancelling: undoing what was done…"))
        self.cancel_clicked.emit()
