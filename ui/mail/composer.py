"""The email composer: a window (not modal) for one message — To, Cc, Bcc, subject, plain or
formatted text, attached files — and the ways to open it: new (to a client), reply, reply all,
forward, and the COMPOSE_EMAIL hand-off that invoices and notes use.

Send puts the message in the Outbox (app.mail.send.queue_message) and asks the background mail
worker to send it now (the SEND_MAIL hand-off). The network is never touched here: with no
connection the message simply waits in the Outbox. GUI thread only.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import account as account_service
from app.mail import compose, messages
from app.mail import send as outbox
from app.mail.send import Draft, OutgoingAttachment
from app.services import people
from app.workspace import Workspace
from ui.confirm import ask, tell
from ui.documentation.doc_list_model import size_text
from ui.documentation.documentation_tab import room_for_bold
from ui.documentation.rich_text_toolbar import RichTextEdit, RichTextToolbar
from ui.i18n import core_message, core_text
from ui.last_folder import last_folder, remember_folder
from ui.mail.address_fields import RECIPIENTS, AddressFields
from ui.mail.compose_parts import (
    LARGE_MESSAGE_BYTES,
    AttachmentList,
    attachment_from_file,
    compose_icon,
)
from ui.navigation import COMPOSE_EMAIL, MAIL, SEND_MAIL, Navigator

ATTACH_FOLDER_KEY = "mail/attach_folder"
NO_ACCOUNT = QT_TRANSLATE_NOOP("Core", "Set up your email account first (Settings → Email).")

STYLE = """
#fieldLabel { color: #52606d; }
#fromLine { color: #52606d; }
QPushButton#showCc, QPushButton#showBcc { padding: 2px 6px; }
QPlainTextEdit#plainText { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px;
    padding: 6px; }
QPlainTextEdit#plainText:focus { border-color: #3f9b8f; }
"""


class Composer(QDialog):
    """One message being written. `draft` prefills it (reply, forward, hand-offs); without
    one, `person_id` starts a message to that client's (or contact's) first address.
    `queued(outbox_id)` once the message is in the Outbox; the window then closes."""

    queued = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, *, draft: Draft | None = None,
                 person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.setStyleSheet(STYLE)
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint
                            | Qt.WindowType.WindowCloseButtonHint)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumSize(560, 460)
        self.resize(760, 620)
        self._ws, self._nav = workspace, navigator
        if draft is None:
            draft = (compose.new_draft(workspace, person_id) if person_id is not None
                     else Draft(to=[], subject=""))
        elif person_id is not None and draft.person_id is None:
            draft = dataclasses.replace(draft, person_id=person_id)
        self.person_id = draft.person_id
        self._in_reply_to, self._references = draft.in_reply_to, list(draft.references)
        self.outbox_id: int | None = None
        self.account: account_service.AccountSettings | None = None
        self.file_dialog: QFileDialog | None = None
        self.discard_question = None
        self._closing_confirmed = False
        self._build()
        self._fill(draft)
        self._initial = self._state()
        self._check_account()
        navigator.data_changed.connect(self._data_changed)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("New message"), objectName="dialogTitle")
        self.filed_to = QLabel(objectName="hint")
        self.filed_to.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.filed_to, 0, Qt.AlignmentFlag.AlignBottom)

        self.account_problem = QLabel(objectName="error")
        self.account_problem.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Open email settings"),
                                           objectName="open_settings")
        self.settings_button.clicked.connect(lambda: self._nav.area_requested.emit("settings"))
        self.account_box = QWidget()
        box = QHBoxLayout(self.account_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.account_problem, 1)
        box.addWidget(self.settings_button)

        self.fields = AddressFields()
        fields = self.fields
        self.from_line, self.subject_edit = fields.from_line, fields.subject
        self.to_edit, self.cc_edit, self.bcc_edit = (fields.edits[n] for n in RECIPIENTS)
        self.show_cc, self.show_bcc, self.errors = fields.show_cc, fields.show_bcc, fields.errors
        self.subject_edit.textChanged.connect(self._retitle)

        self.rich = RichTextEdit()
        self.rich.setObjectName("richText")
        self.toolbar = RichTextToolbar(self.rich)
        rich_page = QWidget()
        rich_layout = QVBoxLayout(rich_page)
        rich_layout.setContentsMargins(0, 0, 0, 0)
        rich_layout.setSpacing(4)
        rich_layout.addWidget(self.toolbar)
        rich_layout.addWidget(self.rich, 1)
        self.plain = QPlainTextEdit(objectName="plainText")
        self.body_pages = QStackedWidget()
        self.body_pages.addWidget(self.plain)
        self.body_pages.addWidget(rich_page)
        for editor in (self.plain, self.rich):
            editor.viewport().installEventFilter(self)  # files dropped on the text: attach

        self.attachments = AttachmentList()
        self.attachments.changed.connect(self._attachments_changed)
        self.size_note = QLabel(objectName="hint")
        self.size_note.setWordWrap(True)
        self.size_note.hide()
        self.notice = QLabel(objectName="hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.attach_button = QPushButton(compose_icon("attach"), self.tr("Attach files…"),
                                         objectName="attach")
        self.attach_button.clicked.connect(lambda: self.add_files())
        self.format_button = QPushButton(self.tr("Formatting"), objectName="formatting")
        self.format_button.setCheckable(True)
        self.format_button.setToolTip(self.tr("Bold, lists, headings and links. Turn it off to "
                                              "send plain text (the formatting is removed)."))
        self.format_button.toggled.connect(self.set_rich)
        room_for_bold(self.format_button)
        self.discard_button = QPushButton(self.tr("Discard"), objectName="discard")
        self.discard_button.clicked.connect(self.close)
        self.send_button = QPushButton(self.tr("Send"), objectName="send")
        self.send_button.setProperty("primary", True)
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.setShortcut("Ctrl+Return")
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.format_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.account_box)
        layout.addWidget(self.fields)
        layout.addWidget(self.body_pages, 1)
        layout.addWidget(self.attachments)
        layout.addWidget(self.size_note)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setStyleSheet("color: #e4e7eb;")
        layout.addWidget(separator)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)

    # --- filling -------------------------------------------------------------------------------

    def _fill(self, draft: Draft) -> None:
        to = list(draft.to)
        if self.person_id is not None:
            try:
                person = people.get(self._ws, None, self.person_id)
            except ConsultaError:
                person = None
            if person is not None:
                self.filed_to.setText(self.tr("Filed to %1").replace("%1", person.display_name))
                # The bare first address becomes "Name <address>", as the client reads it.
                if to == [person.primary_email] and person.primary_email:
                    to = [f"{person.full_name or person.display_name} <{person.primary_email}>"]
        self.fields.set_recipients(to, draft.cc, draft.bcc)
        self.subject_edit.setText(draft.subject)
        self._retitle()
        if draft.in_reply_to:
            self.heading.setText(self.tr("Reply"))
        if draft.html:
            self.body_pages.setCurrentIndex(1)  # first: set_rich would pour the plain text in
            self.format_button.setChecked(True)
            self.rich.set_html(draft.html)
        else:
            self.plain.setPlainText(draft.text)
        for attachment in draft.attachments:
            self.attachments.add(attachment)
        self._place_cursor(draft)

    def _place_cursor(self, draft: Draft) -> None:
        """Replies and forwards: above the quoted text; otherwise the first empty field."""
        editor = self.body_editor()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        editor.setTextCursor(cursor)
        self._first_focus = (self.to_edit if not self.to_edit.text() else
                             self.subject_edit if not self.subject_edit.text() else editor)
        self._first_focus.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._first_focus is not None:  # a hidden widget does not keep focus
            self._first_focus.setFocus()
            self._first_focus = None

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _retitle(self, *_args) -> None:
        subject = self.subject_edit.text().strip()
        self.setWindowTitle(subject or self.tr("New message"))

    # --- the account ---------------------------------------------------------------------------

    def _check_account(self) -> None:
        self.account = account_service.get_account(self._ws)
        if self.account is None:
            self.account_problem.setText(core_text(NO_ACCOUNT))
            self.from_line.setText("—")
        else:
            name = self.account.display_name
            self.from_line.setText(f"{name} <{self.account.email}>" if name
                                   else self.account.email)
        self.account_box.setVisible(self.account is None)
        self.send_button.setEnabled(self.account is not None and self.outbox_id is None)

    def _data_changed(self, kind: str) -> None:
        if kind == MAIL:  # the account may just have been set up
            self._check_account()

    # --- text: plain or formatted --------------------------------------------------------------

    def is_rich(self) -> bool:
        return self.format_button.isChecked()

    def body_editor(self):
        return self.rich if self.is_rich() else self.plain

    def set_rich(self, rich: bool) -> None:
        """Formatted text keeps the words when turned off (the formatting is dropped)."""
        if self.format_button.isChecked() != rich:
            self.format_button.setChecked(rich)  # comes back here through toggled
            return
        if rich and self.body_pages.currentIndex() == 0:
            self.rich.setPlainText(self.plain.toPlainText())
            self.body_pages.setCurrentIndex(1)
        elif not rich and self.body_pages.currentIndex() == 1:
            self.plain.setPlainText(self.rich.toPlainText())
            self.body_pages.setCurrentIndex(0)
        self.body_editor().setFocus()

    # --- attachments ---------------------------------------------------------------------------

    def add_files(self, paths: list[Path | str] | None = None) -> None:
        """Attach the files at `paths`, or the ones the user picks (Qt's own file dialog)."""
        if paths is not None:
            self._attach_paths([Path(p) for p in paths])
            return
        start = last_folder(ATTACH_FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Attach files"), start)
        dialog.setObjectName("attach_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda chosen: self._attach_paths([Path(p) for p in chosen]))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _attach_paths(self, paths: list[Path]) -> None:
        problems = []
        for path in paths:
            try:
                attachment = attachment_from_file(path)
            except OSError as exc:
                problems.append(self.tr("“%1” could not be read: %2").replace("%1", path.name)
                                .replace("%2", exc.strerror or str(exc)))
                continue
            self.attachments.add(attachment)
            remember_folder(ATTACH_FOLDER_KEY, str(path.parent))
        self._show_error("\n".join(problems))

    def add_attachment(self, attachment: OutgoingAttachment) -> None:
        self.attachments.add(attachment)

    def _attachments_changed(self) -> None:
        total = self.attachments.total_size()
        self.size_note.setVisible(total > LARGE_MESSAGE_BYTES)
        self.size_note.setText(self.tr(
            "The attachments add up to %1. Many email servers refuse messages this large; "
            "a link to a shared folder may reach the client more surely.")
            .replace("%1", size_text(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            if self._local_files(event):
                if event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)
                else:
                    event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _local_files(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths if len(paths) == len(urls) and all(p.is_file() for p in paths) else []

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self._attach_paths(paths)

    # --- sending -------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def draft(self) -> Draft:
        """What the window holds as a Draft; ValidationError (field "to", "cc" or "bcc") for
        an address that is not one, or no recipient at all."""
        to, cc, bcc = self.fields.recipients()
        rich = self.is_rich()
        return Draft(to=to, cc=cc, bcc=bcc, subject=self.subject_edit.text().strip(),
                     text=(self.rich.toPlainText() if rich else self.plain.toPlainText()),
                     html=self.rich.body_html() if rich else "",
                     attachments=list(self.attachments.items),
                     in_reply_to=self._in_reply_to, references=list(self._references),
                     person_id=self.person_id)

    def send(self) -> int | None:
        """Check the addresses, put the message in the Outbox and ask for it to go now.
        Returns the Outbox id, or None when something must be fixed first (shown)."""
        if self.outbox_id is not None:
            return self.outbox_id
        self.fields.clear_errors()
        self._show_error("")
        try:
            draft = self.draft()
            self.outbox_id = outbox.queue_message(self._ws, draft)
        except ValidationError as exc:
            field = (exc.field or "").split(".")[0]
            if field in self.errors:
                self.fields.show_error(field, core_message(exc))
            else:
                self._show_error(core_message(exc))
            return None
        except ConsultaError as exc:
            self._show_error(core_message(exc))
            return None
        self.send_button.setEnabled(False)
        self._nav.changed(MAIL)
        self._announce(request_send(self._nav))
        self.queued.emit(self.outbox_id)
        self._closing_confirmed = True
        self.close()
        return self.outbox_id

    def _announce(self, sending: bool) -> None:
        host = self.parentWidget().window() if self.parentWidget() is not None else None
        if sending:
            if isinstance(host, QMainWindow):
                host.statusBar().showMessage(self.tr("Sending “%1”…")
                                             .replace("%1", self.subject_edit.text()), 5000)
            return
        tell(host, self.tr("In the Outbox"),
             self.tr("Your message is in the Outbox. It is sent as soon as Consulta is "
                     "connected to your email server."))

    # --- closing -------------------------------------------------------------------------------

    def _state(self) -> tuple:
        return (*self.fields.texts(), self.body_editor().toPlainText(),
                [a.filename for a in self.attachments.items])

    def has_unsaved_changes(self) -> bool:
        return self.outbox_id is None and self._state() != self._initial

    def unsaved_description(self) -> str:
        subject = self.subject_edit.text().strip()
        return (self.tr("An email not yet sent: “%1”").replace("%1", subject) if subject
                else self.tr("An email not yet sent"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._closing_confirmed or not self.has_unsaved_changes():
            event.accept()
            return
        event.ignore()
        if self.discard_question is not None:
            self.discard_question.raise_()
            return

        def confirmed() -> None:
            self._closing_confirmed = True
            self.close()

        self.discard_question = ask(self, self.tr("Discard message"),
                                    self.tr("Discard this message? It has not been sent."),
                                    self.tr("Discard"), confirmed)
        self.discard_question.finished.connect(
            lambda _r: setattr(self, "discard_question", None))

    def reject(self) -> None:  # Escape: the same question as closing the window
        self.close()


# --- opening it ------------------------------------------------------------------------------------


def request_send(navigator: Navigator) -> bool:
    """Ask the background mail worker to send the Outbox now; False when none is running."""
    handler = navigator.handler(SEND_MAIL)
    if handler is None:
        return False
    handler()
    return True


def open_composer(parent: QWidget | None, workspace: Workspace, navigator: Navigator, *,
                  draft: Draft | None = None, person_id: int | None = None) -> Composer:
    composer = Composer(workspace, navigator, draft=draft, person_id=person_id, parent=parent)
    composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    composer.show()
    composer.raise_()
    composer.activateWindow()
    return composer


def reply(parent: QWidget | None, workspace: Workspace, navigator: Navigator, message_id: int,
          *, reply_all: bool = False, person_id: int | None = None) -> Composer:
    """Re: subject, to the sender (and, for reply all, everyone else but you), In-Reply-To and
    References set, the message quoted under the cursor."""
    draft = compose.reply_draft(workspace, message_id, reply_all=reply_all, person_id=person_id)
    composer = open_composer(parent, workspace, navigator, draft=draft)
    composer.set_heading(QCoreApplication.translate("Composer", "Reply all") if reply_all
                         else QCoreApplication.translate("Composer", "Reply"))
    return composer


def forward(parent: QWidget | None, workspace: Workspace, navigator: Navigator, message_id: int,
            *, person_id: int | None = None) -> Composer:
    """Fwd: subject, the message's text and its attachments; large attachments still on the
    server are named in a note (fetch them first to include them)."""
    draft = compose.forward_draft(workspace, message_id, person_id=person_id)
    composer = open_composer(parent, workspace, navigator, draft=draft)
    composer.set_heading(QCoreApplication.translate("Composer", "Forward"))
    left = [a.filename for a in messages.get_message(workspace, message_id).attachments
            if a.on_server]
    if left:
        composer.show_notice(QCoreApplication.translate(
            "Composer", "Not attached, still on the email server: %1. Open the message and "
                        "fetch them first to forward them.").replace("%1", ", ".join(left)))
    return composer


def register_mail_handlers(navigator: Navigator, workspace: Workspace) -> None:
    """Offer COMPOSE_EMAIL (an invoice's or a note's Email action) to the other parts. Called
    once by the main window at start-up."""

    def compose_email(parent: QWidget | None, client_id: int, subject: str, body: str,
                      attachments: list[tuple[str, bytes, str]]) -> Composer:
        draft = compose.new_draft(workspace, client_id)
        draft.subject, draft.text = subject, body
        draft.attachments = [OutgoingAttachment(name, data, mime)
                             for name, data, mime in attachments]
        host = parent.window() if parent is not None else None
        return open_composer(host, workspace, navigator, draft=draft)

    navigator.provide(COMPOSE_EMAIL, compose_email)
