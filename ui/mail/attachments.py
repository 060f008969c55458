"""A message's attachments in the reading pane: one line each (name, type and size), with
`Save a copy…`, `Preview` for pictures, and `Download` for one too large to have been stored
(fetched from the server by a short-lived sync engine in the background).

Copies are written off the GUI thread (temp file, fsync, rename) through ui/workers.py; the Save
dialog starts in the folder used last for any copy (ui/documentation/file_actions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic_files import write_atomically
from app.errors import ConsultaError
from app.mail import messages
from app.mail.messages import AttachmentInfo
from app.workspace import Workspace
from ui.confirm import tell
from ui.documentation.doc_list_model import size_text, type_text
from ui.documentation.file_actions import FOLDER_KEY, ask_copy_path
from ui.documentation.file_preview import ImageView, load_image
from ui.i18n import core_message
from ui.last_folder import remember_folder
from ui.workers import run_in_background

PREVIEW = QSize(820, 560)
STYLE = """
#attachmentRow { background: #f7f8f8; border: 1px solid #e4e7eb; border-radius: 6px; }
#attachmentRow QLabel { background: transparent; }
#attachmentName { font-weight: 600; }
#attachmentRow QPushButton { padding: 3px 10px; }
"""


class AttachmentText(QObject):
    """The translation context of the module-level texts (pyside6-lupdate reads its tr)."""


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ConsultaError):
        return core_message(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    raise exc


def _background(parent: QObject, work: Callable[[], object], done: Callable[[object], None],
                failed: Callable[[BaseException], None]) -> None:
    task = run_in_background(work, done, failed, parent)
    task.finished.connect(task.deleteLater)


def save_attachment(parent: QWidget, ws: Workspace, att: AttachmentInfo,
                    path: Path | str | None = None, *,
                    on_saved: Callable[[Path], object] | None = None) -> QFileDialog | None:
    """Save the attachment outside the workspace: to `path`, or where the user picks (the
    dialog is returned)."""
    if path is None:
        return ask_copy_path(parent, att.filename or "attachment",
                             lambda chosen: save_attachment(parent, ws, att, chosen,
                                                            on_saved=on_saved))
    target = Path(path)

    def write() -> Path:
        content = messages.attachment_content(ws, att.id)
        if content is None:
            raise OSError(AttachmentText.tr("Download the attachment from the server first."))
        return write_atomically(target, lambda fh: fh.write(content))

    def saved(written: object) -> None:
        remember_folder(FOLDER_KEY, str(target.parent))
        if on_saved is not None:
            on_saved(Path(written))

    _background(parent, write, saved, lambda exc: tell(
        parent, AttachmentText.tr("The copy was not saved"), _error_text(exc)))
    return None


def fetch_from_server(parent: QObject, ws: Workspace, attachment_id: int,
                      done: Callable[[], object], failed: Callable[[str], object]) -> None:
    """Bring a large attachment down and store it; its own connection, closed at once."""

    def work() -> None:
        from app.mail.sync import SyncEngine

        engine = SyncEngine(ws)
        try:
            engine.fetch_attachment(attachment_id)
        finally:
            engine.close()

    _background(parent, work, lambda _r: done(), lambda exc: failed(_error_text(exc)))


class AttachmentPreview(QDialog):
    """A picture attachment, at most PREVIEW large (or the screen, whichever is smaller)."""

    def __init__(self, ws: Workspace, att: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentPreview")
        self.setWindowTitle(att.filename)
        self._ws, self.attachment = ws, att
        self.file_dialog: QFileDialog | None = None
        screen = (parent or self).screen() or QGuiApplication.primaryScreen()
        fit = PREVIEW.boundedTo(screen.availableSize() - QSize(60, 160)) if screen else PREVIEW
        try:
            content = messages.attachment_content(ws, att.id) or b""
        except ConsultaError:
            content = b""
        self.image: QImage = load_image(content, fit) if content else QImage()
        title = QLabel(att.filename, objectName="dialogTitle")
        title.setWordWrap(True)
        summary = QLabel(f"{type_text(att.filename, att.mime_type)} · {size_text(att.size)}",
                         objectName="hint")
        if self.image.isNull():
            body: QWidget = QLabel(self.tr("This picture cannot be shown here. Save a copy to "
                                           "open it in another program."), objectName="hint")
            body.setWordWrap(True)
        else:
            body = ImageView(self.image)
        save = QPushButton(self.tr("Save a copy…"), objectName="save_copy")
        save.clicked.connect(self._save)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.resize(self.sizeHint().expandedTo(QSize(420, 300)))

    def _save(self) -> None:
        self.file_dialog = save_attachment(self, self._ws, self.attachment)


class AttachmentList(QWidget):
    """`changed` after an attachment was fetched from the server. `file_dialog`, `preview` and
    `notice` are the last opened (tests read them)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self.file_dialog: QFileDialog | None = None
        self.preview: AttachmentPreview | None = None
        self.rows: dict[int, QFrame] = {}
        self.saved_copy: Path | None = None
        self._shown_for: tuple[AttachmentInfo, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.notice = QLabel(objectName="hint")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self._layout.addWidget(self.notice)

    def set_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}
        for att in attachments:
            row = self._row(att)
            self.rows[att.id] = row
            self._layout.insertWidget(self._layout.count() - 1, row)
        if self._shown_for != attachments:
            self.notice.hide()
        self._shown_for = attachments
        self.setVisible(bool(attachments))

    def button(self, attachment_id: int, name: str) -> QPushButton | None:
        row = self.rows.get(attachment_id)
        return row.findChild(QPushButton, name) if row is not None else None

    def _row(self, att: AttachmentInfo) -> QFrame:
        row = QFrame(objectName="attachmentRow")
        name = QLabel(att.filename or self.tr("(no name)"), objectName="attachmentName")
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kind = type_text(att.filename, att.mime_type)
        detail = f"{kind} · {size_text(att.size)}" if kind else size_text(att.size)
        if att.on_server:
            detail += " · " + self.tr("on the server")
        info = QLabel(detail, objectName="hint")
        line = QHBoxLayout(row)
        line.setContentsMargins(10, 4, 6, 4)
        line.setSpacing(8)
        line.addWidget(name)
        line.addWidget(info)
        line.addStretch(1)
        if att.on_server:
            fetch = QPushButton(self.tr("Download"), objectName="download")
            fetch.setToolTip(self.tr("This attachment is too large to be kept automatically. "
                                     "Download it from the server into this workspace."))
            fetch.clicked.connect(lambda _=False, a=att, b=fetch: self._fetch(a, b))
            line.addWidget(fetch)
            return row
        if att.is_image:
            show = QPushButton(self.tr("Preview"), objectName="preview")
            show.clicked.connect(lambda _=False, a=att: self.show_preview(a))
            line.addWidget(show)
        save = QPushButton(self.tr("Save a copy…"), objectName="save_copy")
        save.clicked.connect(lambda _=False, a=att: self.save(a))
        line.addWidget(save)
        return row

    def save(self, att: AttachmentInfo, path: Path | str | None = None) -> None:
        """Save a copy to `path`, or where the user picks (`file_dialog`)."""
        self.file_dialog = save_attachment(self, self._ws, att, path, on_saved=self._saved)

    def _saved(self, path: Path) -> None:
        self.saved_copy = path
        self.notice.setText(self.tr("Copy saved: %1").replace("%1", str(path)))
        self.notice.show()

    def show_preview(self, att: AttachmentInfo) -> AttachmentPreview:
        self.preview = AttachmentPreview(self._ws, att, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview

    def _fetch(self, att: AttachmentInfo, button: QPushButton) -> None:
        button.setEnabled(False)
        button.setText(self.tr("Downloading…"))

        def failed(text: str) -> None:
            if shiboken6.isValid(button):  # another message may be on screen by now
                button.setEnabled(True)
                button.setText(self.tr("Download"))
            tell(self, self.tr("Not downloaded"), text)

        fetch_from_server(self, self._ws, att.id, self.changed.emit, failed)
