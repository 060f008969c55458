"""The two small dialogs behind a note's menu: Share (the note is marked shared; then a copy
as a PDF, saved or emailed) and Move to trash (a completed note, with the required reason)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import appointments, notes
from app.services.notes import NoteView
from app.workspace import Workspace
from ui.documentation.addenda_view import day_text
from ui.i18n import core_message
from ui.navigation import NOTES, Navigator


class ShareDialog(QDialog):
    """Shown once the note is marked shared: Save PDF… and Email to client… (greyed, saying
    why, until the inbox is there). `saved_path` is where the last PDF went."""

    def __init__(self, workspace: Workspace, navigator: Navigator, view: NoteView,
                 parent: QWidget | None = None) -> None:
        from ui.documentation import note_actions

        super().__init__(parent)
        self.setObjectName("ShareDialog")
        self.setWindowTitle(self.tr("Share note"))
        self.setMinimumWidth(500)
        self._ws, self._nav, self.view = workspace, navigator, view
        self.saved_path: Path | None = None
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        zone = appointments.zone_of(workspace)
        when = day_text(view.shared_at.astimezone(zone).date()) if view.shared_at else ""
        text = QLabel(self.tr("“%1” is now marked as shared with %2 (%3). Give them a copy:")
                      .replace("%1", view.title).replace("%2", view.client_name)
                      .replace("%3", when), objectName="intro")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save PDF…"), objectName="save_pdf")
        self.save_button.clicked.connect(lambda: note_actions.export_pdf(
            self, self._ws, self.view.id, on_saved=self._saved))
        self.email_button = QPushButton(self.tr("Email to client…"), objectName="email")
        reason = note_actions.email_unavailable(navigator)
        self.email_button.setEnabled(not reason)
        self.email_button.setToolTip(reason)
        self.email_button.clicked.connect(self._email)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.email_button)
        row.addStretch(1)
        self.feedback = QLabel(objectName="hint")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        hint = QLabel(self.tr("To take the sharing back, use Make private in the note's menu."),
                      objectName="hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.feedback.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.feedback.show()

    def _email(self) -> None:
        from ui.documentation import note_actions

        if note_actions.email_note(self, self._ws, self._nav, self.view.id):
            self.accept()


class TrashDialog(QDialog):
    """Move a completed note to the trash: the reason is required (the audit log keeps it)."""

    def __init__(self, workspace: Workspace, navigator: Navigator, note_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.setWindowTitle(self.tr("Move note to trash"))
        self.setMinimumWidth(480)
        self._ws, self._nav, self.note_id = workspace, navigator, note_id
        heading = QLabel(self.windowTitle(), objectName="dialogTitle")
        intro = QLabel(self.tr("“%1” is a completed note, so it is not deleted: it goes to the "
                               "trash with your reason, and can be restored from there.")
                       .replace("%1", title), objectName="intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("Why is this note moved to the trash?"))
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(self.tr("Move to trash"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("confirm_trash")
        self.confirm.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.confirm.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.move_to_trash)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("&Reason (kept in the audit log)"), buddy=self.reason))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def move_to_trash(self) -> None:
        try:
            notes.trash_completed(self._ws, self.note_id, self.reason.text())
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self._nav.changed(NOTES)
        self.accept()
