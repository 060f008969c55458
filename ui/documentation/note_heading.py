"""The top of the note editor: the title with the status pill, the client, whether the note is
private or shared, "Completed on … by …" (or why it is in the trash), and, for a note that is
no longer edited, its date and appointment in one line."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.notes import NoteView
from ui.documentation.addenda_view import day_text, moment_text

STYLE = """
#clientName { font-size: 11pt; font-weight: 600; color: #3e4c59; }
#privacy { color: #616e7c; font-size: 9pt; }
#completedLine { background: #eef7f5; border: 1px solid #cde7e2; border-radius: 6px;
    padding: 7px 9px; color: #1f5f57; }
#completedLine[trash="true"] { background: #fbeef0; border-color: #efc7ce; color: #9b2c3d; }
"""
# Status → pill background and text colours.
PILL_COLORS = {"draft": ("#eceff1", "#52606d"), "completed": ("#dcefe9", "#1f5f57"),
               "shared": ("#e3ecf8", "#2a4d7a"), "trash": ("#fbeef0", "#9b2c3d")}


class NoteHeading(QWidget):
    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.title = QLabel(objectName="dialogTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.pill = QLabel(objectName="notePill")
        self.client_name = QLabel(client_name, objectName="clientName")
        self.client_name.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy = QLabel(objectName="privacy")
        # Names, dates and reasons are the user's text: never read as markup.
        self.completed_line = QLabel(objectName="completedLine")
        self.completed_line.setTextFormat(Qt.TextFormat.PlainText)
        self.completed_line.setWordWrap(True)
        self.meta = QLabel(objectName="hint")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignVCenter)
        who = QHBoxLayout()
        who.addWidget(self.client_name)
        who.addSpacing(12)
        who.addWidget(self.privacy, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(who)
        layout.addWidget(self.completed_line)
        layout.addWidget(self.meta)

    def show_status(self, view: NoteView | None, zone: ZoneInfo, appointment: str = "") -> None:
        """`view` None: a new note not saved yet. `appointment`: the linked one, as shown."""
        status = "trash" if view and view.deleted_at else (view.display_status if view
                                                            else "draft")
        self.pill.setText({"draft": self.tr("Draft"), "completed": self.tr("Completed"),
                           "shared": self.tr("Shared"), "trash": self.tr("In the trash")}[status])
        self.pill.setProperty("status", status)
        background, color = PILL_COLORS[status]
        self.pill.setStyleSheet(f"#notePill {{ background: {background}; color: {color}; "
                                "border-radius: 10px; padding: 2px 10px; font-size: 9pt; "
                                "font-weight: 600; }")
        if view is not None and view.is_shared and view.shared_at is not None:
            self.privacy.setText(self.tr("Shared with the client on %1.").replace(
                "%1", day_text(view.shared_at.astimezone(zone).date())))
        else:
            self.privacy.setText(self.tr("Private: only you can see this note."))

        line = ""
        if view is not None and view.deleted_at is not None:
            line = self.tr("In the trash since %1. Reason: %2").replace(
                "%1", moment_text(view.deleted_at, zone)).replace("%2", view.delete_reason)
        elif view is not None and view.is_completed and view.completed_at is not None:
            when = moment_text(view.completed_at, zone)
            line = (self.tr("Completed on %1 by %2").replace("%1", when).replace(
                "%2", view.completed_by) if view.completed_by else
                self.tr("Completed on %1").replace("%1", when))
        self.completed_line.setText(line)
        self.completed_line.setProperty("trash", bool(view and view.deleted_at))
        self.completed_line.style().unpolish(self.completed_line)
        self.completed_line.style().polish(self.completed_line)
        self.completed_line.setVisible(bool(line))

        read_only = view is not None and not view.editable
        if read_only:
            parts = [self.tr("Date: %1").replace("%1", day_text(view.note_date))]
            if appointment:
                parts.append(self.tr("Appointment: %1").replace("%1", appointment))
            self.meta.setText("   ·   ".join(parts))
        self.meta.setVisible(read_only)
