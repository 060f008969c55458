"""Export a client's (or contact's) record, or the whole practice: what is included, zip or
folder, where, the language of the PDFs; then the export on a pool thread with progress and
Cancel, and what happened.

The core writes under a temporary name and renames at the end, so a cancelled or failed export
leaves nothing at the target; this dialog only has to say so and offer the form again.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import people, practice
from app.transfer import export
from app.workspace import Workspace
from ui.billing.dialog_fit import fit_height
from ui.confirm import ask
from ui.i18n import LANGUAGES
from ui.last_folder import last_folder, remember_folder
from ui.transfer.progress_panel import ProgressPanel, failure_text
from ui.transfer.progress_task import ProgressTask

FOLDER_KEY = "export"
FORM, PROGRESS, DONE = range(3)

STYLE = """
#notice { color: #1f5f57; background: #e8f5f3; border: 1px solid #b9dfd9; border-radius: 6px;
    padding: 8px; }
#safety { color: #7a4b00; background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px;
    padding: 8px; }
#exported_path { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px;
    padding: 8px; }
"""


def default_folder() -> str:
    return (last_folder(FOLDER_KEY, "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


class ExportDialog(QDialog):
    """Opened with open(). `person_id` None exports the whole practice."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self.person_id = person_id
        self.task: ProgressTask | None = None
        self.exported: Path | None = None
        self.prompt: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._close_when_stopped = False
        self.kind = people.get(workspace, None, person_id).kind if person_id is not None else None
        self.person_name = (people.get(workspace, None, person_id).display_name
                            if person_id is not None else "")
        if self.kind == "contact":
            self.setWindowTitle(self.tr("Export contact record"))
        elif self.kind is not None:
            self.setWindowTitle(self.tr("Export client record"))
        else:
            self.setWindowTitle(self.tr("Export practice"))
        self.setMinimumWidth(600)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.progress = ProgressPanel()
        self.progress.cancel_clicked.connect(self._cancel_clicked)
        self.pages.addWidget(self.progress)
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _fit_soon(self) -> None:
        # Tied to the dialog: no late call if it is deleted first (WA_DeleteOnClose).
        QTimer.singleShot(0, self, lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)  # the wrapped texts' height is not known to the first size

    # --- the form ------------------------------------------------------------------------

    def _included(self) -> list[str]:
        if self.person_id is None:
            return [self.tr("Every client and contact, each in their own folder, with their "
                            "notes and forms (PDF and JSON), files, emails and invoices"),
                    self.tr("Spreadsheet files (CSV) of clients, contacts, appointments, "
                            "invoices and payments"),
                    self.tr("The definitions of your custom fields")]
        return [self.tr("Details, custom fields and relationships"),
                self.tr("Appointments"),
                self.tr("Notes and forms, as PDF and as structured data (JSON)"),
                self.tr("Files"),
                self.tr("Emails, as .eml files"),
                self.tr("Invoices, as PDF")]

    def _form_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        who = QLabel(self.person_name, objectName="intro")
        who.setVisible(bool(self.person_name))
        included_title = QLabel(self.tr("What is included"), objectName="sectionTitle")
        # A list, so that a wrapped item stays indented under its bullet.
        self.included = QLabel("<ul style='margin: 0; -qt-list-indent: 1;'>" + "".join(
            f"<li>{html.escape(line)}</li>" for line in self._included()) + "</ul>",
            objectName="included")
        self.included.setTextFormat(Qt.TextFormat.RichText)
        self.included.setWordWrap(True)

        self.zip_radio = QRadioButton(self.tr("One .&zip file"), objectName="as_zip")
        self.folder_radio = QRadioButton(self.tr("A f&older"), objectName="as_folder")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.zip_radio)
        self.format_group.addButton(self.folder_radio)
        # The core's defaults: a client's copy travels as one file, the practice as a folder.
        (self.zip_radio if self.person_id is not None else self.folder_radio).setChecked(True)
        self.zip_radio.toggled.connect(self._format_changed)
        formats = QHBoxLayout()
        formats.setContentsMargins(0, 0, 0, 0)
        formats.addWidget(self.zip_radio)
        formats.addSpacing(12)
        formats.addWidget(self.folder_radio)
        formats.addStretch(1)

        self.name_edit = QLineEdit(self._suggested_name(), objectName="export_name")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.folder_edit = QLineEdit(default_folder(), objectName="export_folder")
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), objectName="choose_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.folder_edit, 1)
        where.addWidget(self.choose_button)

        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        practice_language = (practice.get_practice(self._ws).language or "en")[:2]
        self.language.setCurrentIndex(max(self.language.findData(practice_language), 0))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("Save as"), formats), (self.tr("&Name"), self.name_edit),
                            (self.tr("&In folder"), where),
                            (self.tr("&Language of the PDFs"), self.language)):
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            elif field is where:
                label.setBuddy(self.folder_edit)
            form.addRow(label, field)

        self.safety = QLabel(self.tr(
            "The export holds health information unencrypted, readable by anyone who gets the "
            "file. Keep it somewhere safe, send it only by a secure channel, and delete it when "
            "it is no longer needed."), objectName="safety")
        self.safety.setWordWrap(True)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("close")
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export")
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addWidget(included_title)
        layout.addWidget(self.included)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.safety)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def as_zip(self) -> bool:
        return self.zip_radio.isChecked()

    def _suggested_name(self) -> str:
        if self.person_id is None:
            return export.suggested_practice_export_name(self._ws, as_zip=self.as_zip())
        return export.suggested_client_export_name(self._ws, self.person_id, as_zip=self.as_zip())

    def _format_changed(self) -> None:
        name = self.name_edit.text().strip()
        if self.as_zip() and not name.lower().endswith(".zip"):
            name = f"{name}.zip" if name else self._suggested_name()
        elif not self.as_zip() and name.lower().endswith(".zip"):
            name = name[:-4]
        self.name_edit.setText(name)

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Export into folder"), self.folder_edit.text()
                             or default_folder())
        dialog.setObjectName("export_folder_dialog")
        # Qt's own dialog: a native one may add the folder to the desktop's recent places.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self.use_folder)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def use_folder(self, folder: str) -> None:
        if folder:
            self.folder_edit.setText(folder)
            remember_folder(FOLDER_KEY, folder)

    def target(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser() / self.name_edit.text().strip()

    def _show_message(self, label: QLabel, text: str) -> None:
        for other in (self.notice, self.error):
            other.setVisible(other is label and bool(text))
        label.setText(text)
        if self.isVisible():
            fit_height(self)
        self._fit_soon()  # again once the label is laid out with its new text

    # --- running -------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.task is not None:
            return
        if not self.name_edit.text().strip() or not self.folder_edit.text().strip():
            self._show_message(self.error, self.tr("Give the export a name and a folder."))
            (self.name_edit if not self.name_edit.text().strip() else self.folder_edit).setFocus()
            return
        self._show_message(self.error, "")
        target, as_zip, language = self.target(), self.as_zip(), self.language.currentData()
        ws, person_id = self._ws, self.person_id
        if person_id is None:
            def work(on_progress, cancel_event):  # noqa: ANN001, ANN202 - ProgressTask's shape
                return export.export_practice(ws, target, as_zip=as_zip, language=language,
                                              on_progress=on_progress, cancel_event=cancel_event)
            title = self.tr("Exporting the practice…")
        else:
            def work(on_progress, cancel_event):  # noqa: ANN001, ANN202
                return export.export_client(ws, person_id, target, as_zip=as_zip,
                                            language=language, on_progress=on_progress,
                                            cancel_event=cancel_event)
            title = self.tr("Exporting %1’s record…").replace("%1", self.person_name)
        self.task = ProgressTask(work, self)
        self.task.progress.connect(self.progress.set_progress)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.progress.start(title)
        self.pages.setCurrentIndex(PROGRESS)
        self.progress.cancel_button.setFocus()
        self.task.start()

    def running(self) -> bool:
        return self.task is not None

    def _cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _succeeded(self, path: Path) -> None:
        self.exported = Path(path)
        self._close_when_stopped = False  # it finished before the cancel: say where it is
        remember_folder(FOLDER_KEY, str(self.exported.parent))
        self.done_text.setText(self.tr("Exported to:"))
        self.exported_path.setText(str(self.exported))
        self.pages.setCurrentIndex(DONE)
        self.done_close_button.setFocus()
        self._fit_soon()

    def _failed(self, exc: BaseException) -> None:
        self._close_when_stopped = False
        self.pages.setCurrentIndex(FORM)
        self._show_message(self.error, self.tr("The export was not made. %1")
                           .replace("%1", failure_text(exc)))

    def _cancelled(self) -> None:
        self.pages.setCurrentIndex(FORM)
        self._show_message(self.notice, self.tr("Export cancelled. Nothing was left behind."))

    def _finished(self) -> None:
        self.task = None
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    # --- after ---------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Export complete"), objectName="dialogTitle")
        self.done_text = QLabel(objectName="done_text")
        self.exported_path = QLabel(objectName="exported_path")
        self.exported_path.setWordWrap(True)
        self.exported_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reminder = QLabel(self.tr("It holds health information unencrypted: keep it safe and "
                                  "delete it when it is no longer needed."), objectName="hint")
        reminder.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(self.tr("&Show in folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setObjectName("show_in_folder")
        self.show_button.clicked.connect(self.show_in_folder)
        self.done_close_button = buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_close_button.setObjectName("done_close")
        self.done_close_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.done_text)
        layout.addWidget(self.exported_path)
        layout.addWidget(reminder)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def show_in_folder(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.parent)))

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Close or the window's close button: while exporting, ask to cancel first
        (QDialog.closeEvent goes through here too)."""
        if self.task is None:
            super().reject()
            return
        if self.prompt is not None:
            return
        self.prompt = ask(self, self.tr("Cancel the export?"),
                          self.tr("The export is still running. Cancel it and close? What was "
                                  "written so far is removed."),
                          self.tr("Cancel export"), self._cancel_and_close)
        self.prompt.finished.connect(lambda _r: setattr(self, "prompt", None))

    def _cancel_and_close(self) -> None:
        if self.task is None:  # it ended while the question was open
            if self.pages.currentIndex() != DONE:
                super().reject()
            return
        self._close_when_stopped = True
        self.progress.cancel_button.click()
