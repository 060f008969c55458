"""A completed note as it is read: the original text, then its addenda (dated, signed, oldest
first) under it in one scrolling page; and the small editor that adds an addendum.

The original body is only ever shown here, never written: a correction is a new addendum.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import notes
from app.services.notes import AddendumView, NoteView
from app.workspace import Workspace
from ui.appointments.time_text import qdate, time_text
from ui.documentation.rich_text_toolbar import RichTextEdit, RichTextToolbar, SafeTextBrowser
from ui.i18n import core_message
from ui.navigation import NOTES, Navigator

STYLE = """
#readingPage { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; }
#readingPage QTextBrowser { background: transparent; border: none; }
#addendaTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; padding: 6px 0 0 2px; }
#addendumCard { background: #f7f8f8; border: none; border-left: 3px solid #3f9b8f;
    border-radius: 4px; }
#addendumHeader { color: #3e4c59; font-weight: 600; font-size: 9pt; }
"""


def day_format() -> str:
    """The interface language's long date format without the weekday ("d MMMM yyyy",
    "MMMM d, yyyy", "d 'de' MMMM 'de' yyyy"): dates in a note's heading and title."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"d{4}[,.]?\s*", "", fmt).strip(" ,") or fmt


def day_text(day: dt.date) -> str:
    return QLocale().toString(qdate(day), day_format())


def moment_text(at: dt.datetime, zone: ZoneInfo) -> str:
    """"3 June 2026 at 14:05" in the practice's time zone, in the interface's format."""
    return QCoreApplication.translate("NoteEditor", "%1 at %2").replace(
        "%1", day_text(at.astimezone(zone).date())).replace("%2", time_text(at, zone))


def addendum_heading(addendum: AddendumView, zone: ZoneInfo) -> str:
    when = moment_text(addendum.created_at, zone)
    if addendum.created_by:
        return QCoreApplication.translate("NoteEditor", "Addendum of %1 by %2").replace(
            "%1", when).replace("%2", addendum.created_by)
    return QCoreApplication.translate("NoteEditor", "Addendum of %1").replace("%1", when)


class FittedText(SafeTextBrowser):
    """Read-only rich text exactly as tall as its content (the page around it scrolls)."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(2)  # the page around it gives the room
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_html(html)

    def _fit(self, *_args) -> None:
        height = int(self.document().size().height()) + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), int(self.document().size().height()) + 2)


class AddendumCard(QFrame):
    def __init__(self, addendum: AddendumView, zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumCard")
        self.header = QLabel(addendum_heading(addendum, zone), objectName="addendumHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # the author's name is user text
        self.header.setWordWrap(True)
        self.body = FittedText(addendum.body_html)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.body)


class NoteReadingView(QScrollArea):
    """The completed (or trashed) note: its body, then "Addenda" with one card each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPage")
        self.setStyleSheet(STYLE)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[AddendumCard] = []
        self.body: FittedText | None = None
        self.addenda_title: QLabel | None = None

    def show_note(self, view: NoteView, zone: ZoneInfo) -> None:
        page = QWidget(objectName="readingContent")
        page.setStyleSheet("#readingContent { background: #ffffff; }")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.body = FittedText(view.body_html)
        self.body.setObjectName("note_body")
        layout.addWidget(self.body)
        self.cards = []
        self.addenda_title = None
        if view.addenda:
            self.addenda_title = QLabel(self.tr("Addenda"), objectName="addendaTitle")
            self.addenda_title.setIndent(0)
            layout.addWidget(self.addenda_title)
            for addendum in view.addenda:
                card = AddendumCard(addendum, zone)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(page)

    def scroll_to_end(self) -> None:
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(
            self.verticalScrollBar().maximum()))


class AddendumDialog(QDialog):
    """Write an addendum to a completed note. `added(addendum_id)` once saved."""

    added = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, note_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddendumDialog")
        self.setWindowTitle(self.tr("Add addendum"))
        self.setMinimumSize(560, 380)
        self._ws, self._nav, self.note_id = workspace, navigator, note_id
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        intro = QLabel(self.tr("The addendum is dated and signed, and shown under the note. "
                               "The note itself stays exactly as it was completed."),
                       objectName="intro")
        intro.setWordWrap(True)
        self.editor = RichTextEdit()
        self.editor.setObjectName("addendum_text")
        self.toolbar = RichTextToolbar(self.editor)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add addendum"))
        self.save_button.setObjectName("save_addendum")
        self.save_button.setProperty("primary", True)
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(
            lambda: self.save_button.setEnabled(not self.editor.is_blank()))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def save(self) -> None:
        try:
            addendum = notes.add_addendum(self._ws, self.note_id, self.editor.body_html())
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self.added.emit(addendum.id)
        self._nav.changed(NOTES)
        self.accept()
