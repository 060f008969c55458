"""Export .ics…: upcoming appointments as an iCalendar file for the practitioner's phone. Names
stay out unless asked for (a phone calendar usually syncs to someone else's cloud); the file is
written in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.transfer.ical_export import export_ics
from app.workspace import Workspace
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.workers import run_in_background

LAST_FOLDER_KEY = "calendar/ics_folder"
FILE_NAME = "consulta-appointments.ics"


class IcsExportDialog(QDialog):
    exported = Signal(int, str)  # how many appointments, the file's path
    failed = Signal(str)  # the message shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 path: Path | None = None) -> None:
        """`path`: write there without asking (tests, scripted use); else a save dialog asks."""
        super().__init__(parent)
        self.setObjectName("IcsExportDialog")
        self.setWindowTitle(self.tr("Export to a phone calendar"))
        self.setMinimumWidth(460)
        self._ws = workspace
        self._path = path
        self.file_dialog: QFileDialog | None = None
        self._task = None

        title = QLabel(self.tr("Export upcoming appointments"), objectName="dialogTitle")
        intro = QLabel(self.tr(
            "Saves your upcoming appointments (the next twelve months) as an .ics file, which "
            "your phone or another calendar app can import. Cancelled appointments are left out."),
            objectName="intro")
        intro.setWordWrap(True)
        self.include_names = QCheckBox(self.tr("Include client names"), objectName="include_names")
        self.include_names.setChecked(False)
        hint = QLabel(self.tr(
            "Otherwise only initials and the service are exported (for example \u201cS.M. · "
            "Follow-up session\u201d), so no client's name reaches a calendar that syncs to the "
            "cloud. Names also add places and video links."), objectName="hint")
        hint.setWordWrap(True)
        self.status = QLabel(objectName="hint")
        self.status.setWordWrap(True)
        self.status.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export")
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.include_names)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        if self._path is not None:
            self.export_to(self._path)
            return
        folder = last_folder(LAST_FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save the calendar file"), str(Path(folder) / FILE_NAME),
                             self.tr("iCalendar files (*.ics)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # no native one there
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> None:
        remember_folder(LAST_FOLDER_KEY, str(path.parent))
        include = self.include_names.isChecked()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.status.show()
        self._task = run_in_background(
            lambda: export_ics(self._ws, path, include_names=include),
            lambda count: self._done(count, path), self._failed, self)

    def _done(self, count: int, path: Path) -> None:
        self.exported.emit(count, str(path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        message = core_message(exc) if isinstance(exc, ConsultaError) else str(exc)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The file could not be written: %1").replace("%1", message))
        self.failed.emit(message)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and not self.export_button.isEnabled():
            return  # an export is being written; let it finish
        super().keyPressEvent(event)
