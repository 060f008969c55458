"""The reading pane shared by the Inbox area and a client's Inbox tab: one message with its
headers, the people it is filed to, a note when it could not be read fully (with its raw
source), its attachments, and its body (sanitized HTML that loads nothing remote, or text).

Actions: Reply, Reply all, Forward (the composer, ui/mail/composer.py), `Link to client…` when
no client has the message yet, Mark as unread, Delete (from this workspace, after asking).
Opening a message marks it read; every change ends with `navigator.changed(MAIL)`. The pane
re-reads its message when MAIL changes, and clears itself when the message is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import getaddresses

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError
from app.mail import account as account_service
from app.mail import messages
from app.mail.messages import MessageDetail
from app.mail.parse import PROBLEM_CHARACTERS, PROBLEM_UNREADABLE
from app.services import appointments
from app.workspace import Workspace
from ui.appointments.time_text import date_text, time_text
from ui.confirm import ask, tell
from ui.i18n import core_message, core_text
from ui.mail import composer as composer_ui
from ui.mail.attachments import AttachmentList
from ui.mail.link_dialog import LinkToClientDialog
from ui.mail.mail_browser import MailBrowser
from ui.navigation import MAIL, Navigator

RAW_SHOWN = 2 * 1024 * 1024  # more than this is not readable on screen anyway
STYLE = """
#messageSubject { font-size: 13pt; font-weight: 600; }
#headerLabel { color: #52606d; }
#problemNote { background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px; }
#problemNote QLabel { background: transparent; }
#problemTitle { font-weight: 600; color: #8a5300; }
#serverNote { color: #52606d; font-size: 9pt; }
#unfiledNote { background: #eef6f5; border: 1px solid #cfe6e2; border-radius: 6px; }
#unfiledNote QLabel { background: transparent; color: #1f5f57; }
#messageActions QPushButton { padding: 4px 12px; }
QToolButton#messageMenu { border: 1px solid #cbd2d9; border-radius: 6px; background: #ffffff;
    padding: 3px 10px; font-weight: 600; }
QToolButton#messageMenu:hover { border-color: #3f9b8f; }
QToolButton#messageMenu::menu-indicator { image: none; width: 0; }
#placeholder { color: #616e7c; }
"""


def other_party(from_addr: str, to_addrs: str, own: str) -> str:
    """The address a practitioner would link: the sender, or for a sent message the first
    recipient."""
    senders = [a for _, a in getaddresses([from_addr]) if a]
    if senders and senders[0].lower() != own.lower():
        return senders[0]
    recipients = [a for _, a in getaddresses([to_addrs]) if a and a.lower() != own.lower()]
    return recipients[0] if recipients else (senders[0] if senders else "")


class RawSourceDialog(QDialog):
    """The message exactly as it arrived (characters that are not UTF-8 shown as �)."""

    def __init__(self, raw: bytes, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RawSourceDialog")
        self.setWindowTitle(self.tr("Raw source"))
        title = QLabel(subject or self.tr("(no subject)"), objectName="dialogTitle")
        title.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="raw_source")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(9)
        self.text.setFont(mono)
        shown = raw[:RAW_SHOWN].decode("utf-8", errors="replace").replace("\x00", "\N{REPLACEMENT CHARACTER}")
        self.text.setPlainText(shown)
        note = QLabel(self.tr("Only the beginning is shown: the message is very large.")
                      if len(raw) > RAW_SHOWN else "", objectName="hint")
        note.setVisible(len(raw) > RAW_SHOWN)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(self.text, 1)
        layout.addWidget(note)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(760, 560)


class MessageView(QWidget):
    """`composer`, `link_dialog`, `raw_dialog` and `prompt` are the last opened (tests read
    them); `open_url` opens a confirmed link (injectable); replies and forwards are filed to
    `person_id` when given (a client's Inbox tab)."""

    def __init__(self, workspace: Workspace, navigator: Navigator, *,
                 open_url: Callable[[QUrl], object] | None = None,
                 person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageView")
        self.setStyleSheet(STYLE)
        self._ws, self._nav = workspace, navigator
        self.person_id = person_id
        self.message_id: int | None = None
        self.detail: MessageDetail | None = None
        self.composer = None
        self.link_dialog: LinkToClientDialog | None = None
        self.raw_dialog: RawSourceDialog | None = None
        self.prompt = None

        self.placeholder = QLabel(self.tr("Select a message to read it."),
                                  objectName="placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        actions = QWidget(objectName="messageActions")
        self.reply_button = QPushButton(self.tr("Reply"), objectName="reply")
        self.reply_all_button = QPushButton(self.tr("Reply all"), objectName="reply_all")
        self.forward_button = QPushButton(self.tr("Forward"), objectName="forward")
        self.link_button = QPushButton(self.tr("Link to client…"), objectName="link_to_client")
        self.link_button.setToolTip(self.tr("File this message to a client's record"))
        self.link_button.setMinimumWidth(self.link_button.sizeHint().width())
        self.reply_button.clicked.connect(lambda: self.reply())
        self.reply_all_button.clicked.connect(lambda: self.reply(reply_all=True))
        self.forward_button.clicked.connect(self.forward)
        self.link_button.clicked.connect(self.link_to_client)
        # The rarer actions wait behind `⋯`: the pane stays narrow enough for the list.
        self.more_button = QToolButton(objectName="messageMenu")
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more_button)
        self.read_action = self.menu.addAction(self.tr("Mark as unread"))
        self.read_action.setObjectName("toggle_read")
        self.read_action.triggered.connect(self.toggle_read)
        self.raw_action = self.menu.addAction(self.tr("Show raw source"))
        self.raw_action.setObjectName("show_raw_source")
        self.raw_action.triggered.connect(self.show_raw)
        self.menu.addSeparator()
        self.delete_action = self.menu.addAction(self.tr("Delete from Consulta…"))
        self.delete_action.setObjectName("delete_message")
        self.delete_action.triggered.connect(self.delete)
        self.more_button.setMenu(self.menu)
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button in (self.reply_button, self.reply_all_button, self.forward_button):
            row.addWidget(button)
            button.setMinimumWidth(button.sizeHint().width())  # never cut to a stub
        row.addStretch(1)
        row.addWidget(self.more_button)

        self.subject = QLabel(objectName="messageSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headers = QFormLayout()
        self.headers.setHorizontalSpacing(10)
        self.headers.setVerticalSpacing(2)
        self.header_values: dict[str, QLabel] = {}
        for key, label in (("from", self.tr("From")), ("to", self.tr("To")),
                           ("cc", self.tr("Cc")), ("date", self.tr("Date")),
                           ("people", self.tr("Filed to"))):
            value = QLabel(objectName=f"header_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            if key == "people":
                value.setTextFormat(Qt.TextFormat.RichText)
                value.linkActivated.connect(self._open_person)
            else:
                value.setTextFormat(Qt.TextFormat.PlainText)
            self.headers.addRow(QLabel(label, objectName="headerLabel"), value)
            self.header_values[key] = value
        self.server_note = QLabel(objectName="serverNote")
        self.server_note.setWordWrap(True)
        self.unfiled = QFrame(objectName="unfiledNote")
        self.unfiled_text = QLabel(objectName="unfiledText")
        self.unfiled_text.setWordWrap(True)
        unfiled = QHBoxLayout(self.unfiled)
        unfiled.setContentsMargins(10, 6, 6, 6)
        unfiled.addWidget(self.unfiled_text, 1)
        unfiled.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.problem = QFrame(objectName="problemNote")
        self.problem_title = QLabel(objectName="problemTitle")
        self.problem_title.setWordWrap(True)
        self.problem_detail = QLabel(objectName="problemDetail")
        self.problem_detail.setWordWrap(True)
        self.raw_button = QPushButton(self.tr("Show raw source"), objectName="show_raw")
        self.raw_button.clicked.connect(self.show_raw)
        note = QHBoxLayout(self.problem)
        note.setContentsMargins(10, 8, 8, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.problem_title)
        texts.addWidget(self.problem_detail)
        note.addLayout(texts, 1)
        note.addWidget(self.raw_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.attachments = AttachmentList(workspace)
        self.attachments.changed.connect(lambda: self._nav.changed(MAIL))
        self.browser = MailBrowser(open_url=open_url)

        content = QWidget(objectName="messageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(actions)
        layout.addWidget(self.subject)
        layout.addLayout(self.headers)
        layout.addWidget(self.server_note)
        layout.addWidget(self.unfiled)
        layout.addWidget(self.problem)
        layout.addWidget(self.attachments)
        layout.addWidget(self.browser, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        navigator.data_changed.connect(self._on_data_changed)

    # --- showing ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.message_id, self.detail = None, None
        self.browser.clear()
        self.stack.setCurrentWidget(self.placeholder)

    def show_message(self, message_id: int, *, mark_read: bool = True) -> None:
        """Show a message (marking it read). Showing the one on screen again re-reads it."""
        try:
            detail = messages.get_message(self._ws, message_id)
        except NotFoundError:
            self.clear()
            return
        same = message_id == self.message_id
        self.message_id, self.detail = message_id, detail
        self._fill(detail, keep_scroll=same)
        if mark_read and detail.summary.unread:
            messages.set_read(self._ws, [message_id], True)
            self._nav.changed(MAIL)  # re-reads this pane too, and the lists show it read

    def _fill(self, d: MessageDetail, *, keep_scroll: bool = False) -> None:
        s = d.summary
        self.subject.setText(s.subject or self.tr("(no subject)"))
        zone = appointments.zone_of(self._ws)
        when = (self.tr("%1, %2").replace("%1", date_text(s.sent_at, zone))
                .replace("%2", time_text(s.sent_at, zone)) if s.sent_at else "")
        for key, value in (("from", s.from_addr), ("to", s.to_addrs), ("cc", d.cc_addrs),
                           ("date", when)):
            self._set_header(key, value)
        links = ", ".join(
            f'<a href="{p.kind}:{p.id}" style="color:#2f7d73">{_escape(p.name)}</a> '
            f'<span style="color:#616e7c">({self._kind_text(p.kind)})</span>' for p in s.people)
        self._set_header("people", links)
        self.server_note.setText(self.tr("Deleted on the mail server; kept here because it is "
                                         "filed to a record.") if not s.on_server else "")
        self.server_note.setVisible(not s.on_server)
        self._show_problem(d.problem)
        self.attachments.set_attachments(d.attachments)
        scroll = self.browser.verticalScrollBar().value() if keep_scroll else 0
        if d.body_html:
            by_cid = {a.content_id: a.id for a in d.attachments if a.content_id}
            self.browser.show_html(d.body_html, lambda cid: self._inline_image(by_cid, cid))
        else:
            self.browser.show_text(d.body_text)
        self.browser.verticalScrollBar().setValue(scroll)
        has_client = any(p.kind == "client" for p in s.people)
        if not has_client:
            self.unfiled_text.setText(
                self.tr("Not filed to a client yet.") if s.people else
                self.tr("%1 is not the address of any client or contact yet.")
                .replace("%1", self._address() or self.tr("The sender")))
        self.unfiled.setVisible(not has_client)
        self.read_action.setText(self.tr("Mark as unread") if not s.unread
                                 else self.tr("Mark as read"))
        self.stack.setCurrentIndex(1)

    def _set_header(self, key: str, value: str) -> None:
        label = self.header_values[key]
        label.setText(value)
        label.setVisible(bool(value))
        self.headers.labelForField(label).setVisible(bool(value))

    def _kind_text(self, kind: str) -> str:
        return self.tr("client") if kind == "client" else self.tr("contact")

    def _inline_image(self, by_cid: dict[str, int], cid: str) -> bytes | None:
        attachment_id = by_cid.get(cid)
        if attachment_id is None:
            return None
        try:
            return messages.attachment_content(self._ws, attachment_id)
        except NotFoundError:
            return None

    def _show_problem(self, problem: str) -> None:
        if not problem:
            self.problem.hide()
            return
        if problem == PROBLEM_CHARACTERS:
            title, detail = self.tr("Some characters could not be read"), core_text(problem)
        elif problem == PROBLEM_UNREADABLE:
            title, detail = core_text(problem), ""
        else:
            title, detail = self.tr("This message could not be displayed fully."), core_text(problem)
        self.problem_title.setText(title)
        self.problem_detail.setText(detail)
        self.problem_detail.setVisible(bool(detail))
        self.problem.show()

    def _open_person(self, link: str) -> None:
        kind, _, person_id = link.partition(":")
        if person_id.isdigit():
            self._nav.open_person(int(person_id), kind)

    def _on_data_changed(self, kind: str) -> None:
        if kind == MAIL and self.message_id is not None:
            self.show_message(self.message_id, mark_read=False)

    # --- actions ---------------------------------------------------------------------------

    def show_raw(self) -> RawSourceDialog | None:
        if self.detail is None:
            return None
        try:
            raw = messages.raw_message(self._ws, self.message_id)
        except ConsultaError as exc:
            tell(self, self.tr("Raw source"), core_message(exc))
            return None
        self.raw_dialog = RawSourceDialog(raw, self.detail.summary.subject, self)
        self.raw_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.raw_dialog.show()
        return self.raw_dialog

    def _compose(self, open_it: Callable[[], object]) -> None:
        try:
            self.composer = open_it()
        except ConsultaError as exc:
            tell(self, self.tr("Cannot write the message"), core_message(exc))

    def reply(self, *, reply_all: bool = False) -> None:
        if self.message_id is not None:
            mid = self.message_id
            self._compose(lambda: composer_ui.reply(self.window(), self._ws, self._nav, mid,
                                                    reply_all=reply_all,
                                                    person_id=self.person_id))

    def forward(self) -> None:
        if self.message_id is not None:
            mid = self.message_id
            self._compose(lambda: composer_ui.forward(self.window(), self._ws, self._nav, mid,
                                                      person_id=self.person_id))

    def _address(self) -> str:
        account = account_service.get_account(self._ws)
        s = self.detail.summary
        return other_party(s.from_addr, s.to_addrs, account.email if account else "")

    def link_to_client(self) -> LinkToClientDialog | None:
        if self.detail is None:
            return None
        s = self.detail.summary
        self.link_dialog = LinkToClientDialog(self._ws, self._nav, s.id, self._address(), self)
        self.link_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.link_dialog.open()
        return self.link_dialog

    def toggle_read(self) -> None:
        if self.detail is None:
            return
        messages.set_read(self._ws, [self.detail.summary.id], self.detail.summary.unread)
        self._nav.changed(MAIL)

    def delete(self) -> None:
        if self.detail is None:
            return
        mid = self.detail.summary.id
        text = (self.tr("Delete this message from Consulta? The copy on the mail server is not "
                        "touched, and it is not downloaded again.") if self.detail.summary.on_server
                else self.tr("Delete this message from Consulta? It is no longer on the mail "
                             "server, so it will be gone for good."))

        def erase() -> None:
            try:
                messages.delete_local(self._ws, mid)
            except ConsultaError as exc:
                tell(self, self.tr("Not deleted"), core_message(exc))
                return
            self.clear()
            self._nav.changed(MAIL)

        self.prompt = ask(self, self.tr("Delete message"), text, self.tr("Delete"), erase)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
