"""The client record's Inbox tab: the email history with this client, grouped in conversations
(threads by References/In-Reply-To), newest conversation first, each opening onto its messages
(oldest first); unread ones are bold. The reading pane is the Inbox area's (ui/mail/message_view).

Above the list: `+ Compose` (the composer, addressed to the client) and the opt-in for
appointment reminders by email, in a language of the client's choosing (app/mail/reminders.py).

It reads the store once per refresh; refreshes are coalesced and wait until the tab is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.utils import getaddresses

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError
from app.mail import account as account_service
from app.mail import messages, reminders
from app.mail.messages import MessageSummary, Thread
from app.services import appointments, clients
from app.workspace import Workspace
from ui.confirm import tell
from ui.i18n import LANGUAGES, core_message
from ui.mail.composer import Composer, open_composer
from ui.mail.message_table import icon, name_of, when_text
from ui.mail.message_view import MessageView
from ui.navigation import CLIENTS, MAIL, Navigator

REFRESH_KINDS = frozenset({MAIL, CLIENTS})
IdRole = Qt.ItemDataRole.UserRole + 1  # the message an item opens
STYLE = """
#listTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }
#listEmpty { color: #616e7c; padding: 10px 2px; }
#remindersBox { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#remindersBox QLabel { background: transparent; }
QTreeWidget#threads { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px;
    outline: 0; }
QTreeWidget#threads::item { padding: 5px 2px; }
QTreeWidget#threads::item:selected { background: #d6efeb; color: #1f2933; }
#InboxTab, #readingPane { background: transparent; }
QSplitter::handle { background: transparent; }
"""


class InboxTabText(QObject):
    """The context of counted texts (pyside6-lupdate reads InboxTabText.tr(…, n))."""


class InboxTab(QWidget):
    """`composer` is the last opened (tests read it); `open_url` opens a confirmed link."""

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int, *,
                 open_url: Callable[[QUrl], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxTab")
        self.setStyleSheet(STYLE)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self.composer: Composer | None = None
        self.threads: list[Thread] = []
        self._stale = True
        self._own = ""

        self.title = QLabel(objectName="listTitle")
        self.compose_button = QPushButton(self.tr("+ Compose"), objectName="compose")
        self.compose_button.setProperty("primary", True)
        self.compose_button.clicked.connect(self.compose)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.compose_button)

        self.reminders = QCheckBox(self.tr("Send appointment reminders by email"),
                                   objectName="email_reminders")
        self.language = QComboBox(objectName="reminder_language")
        self.language.setAccessibleName(self.tr("Language of the reminders"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.reminder_hint = QLabel(objectName="hint")
        self.reminder_hint.setWordWrap(True)
        box = QFrame(objectName="remindersBox")
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(self.reminders)
        line.addSpacing(6)
        line.addWidget(QLabel(self.tr("in"), objectName="hint"))
        line.addWidget(self.language)
        line.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(12, 8, 12, 8)
        box_layout.setSpacing(2)
        box_layout.addLayout(line)
        box_layout.addWidget(self.reminder_hint)
        self.reminders.toggled.connect(lambda _on: self._save_reminders())
        self.language.activated.connect(lambda _i: self._save_reminders())

        self.tree = QTreeWidget(objectName="threads")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._item_chosen)
        self.empty = QLabel(objectName="listEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.tree)
        self.list_stack.addWidget(self.empty)
        self.view = MessageView(workspace, navigator, open_url=open_url, person_id=client_id)
        pane = QWidget(objectName="readingPane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(10, 0, 0, 0)
        pane_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 640])  # subjects readable; the message gets the rest

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(box)
        layout.addWidget(self.splitter, 1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        navigator.data_changed.connect(self._on_data_changed)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        try:
            record = clients.get_client(self._ws, self.client_id)
        except NotFoundError:  # the client was deleted: the record closes itself
            return
        account = account_service.get_account(self._ws)
        self._own = account.email.lower() if account else ""
        self.threads = messages.person_threads(self._ws, self.client_id)
        count = sum(len(t.messages) for t in self.threads)
        self.title.setText(InboxTabText.tr("%n conversation(s)", "", len(self.threads))
                           + " · " + InboxTabText.tr("%n message(s)", "", count)
                           if self.threads else self.tr("Email"))
        self.compose_button.setEnabled(account is not None and bool(record.emails))
        self.compose_button.setToolTip(
            "" if account is None or record.emails else
            self.tr("Add an email address in the Personal tab first."))
        self._show_reminders(record.emails, account is not None)
        self._fill_tree()
        if not self.threads:
            self.empty.setText(
                self.tr("No email with this client yet. Messages to and from their addresses "
                        "show here, older ones too.") if account is not None else
                self.tr("Set up your email account in Settings → Email to see your messages "
                        "with this client here."))
        self.list_stack.setCurrentWidget(self.tree if self.threads else self.empty)

    def _fill_tree(self) -> None:
        keep = self.view.message_id
        zone = appointments.zone_of(self._ws)
        today = dt.datetime.now(zone).date()
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            chosen: QTreeWidgetItem | None = None
            for thread in self.threads:
                top = QTreeWidgetItem(self.tree, [self._thread_text(thread),
                                                  when_text(thread.last_at, zone, today)])
                top.setData(0, IdRole, thread.messages[-1].id)
                top.setToolTip(0, thread.subject)
                self._mark_unread(top, thread.unread > 0)
                if thread.messages[-1].has_attachments:
                    top.setIcon(0, icon("clip"))
                if len(thread.messages) > 1:
                    for m in thread.messages:
                        child = QTreeWidgetItem(top, [self._sender(m),
                                                      when_text(m.sent_at, zone, today)])
                        child.setData(0, IdRole, m.id)
                        child.setToolTip(0, m.subject)
                        self._mark_unread(child, m.unread)
                        if m.id == keep:
                            chosen = child
                    top.setExpanded(thread.unread > 0 or any(m.id == keep
                                                             for m in thread.messages))
                elif thread.messages[0].id == keep:
                    chosen = top
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
        finally:
            self.tree.blockSignals(False)

    def _thread_text(self, thread: Thread) -> str:
        subject = thread.subject or self.tr("(no subject)")
        n = len(thread.messages)
        return f"{subject}  ({n})" if n > 1 else subject

    def _sender(self, m: MessageSummary) -> str:
        senders = [a.lower() for _, a in getaddresses([m.from_addr]) if a]
        if self._own and senders and senders[0] == self._own:
            return self.tr("You")
        return name_of(m.from_addr)

    @staticmethod
    def _mark_unread(item: QTreeWidgetItem, unread: bool) -> None:
        if unread:
            bold = QFont()
            bold.setBold(True)
            for column in (0, 1):
                item.setFont(column, bold)

    def _item_chosen(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.view.show_message(current.data(0, IdRole))

    def show_message(self, message_id: int) -> bool:
        """Select the message in the list (expanding its conversation) and open it."""
        if self._stale:
            self.refresh()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items = [top.child(j) for j in range(top.childCount())] or [top]
            for item in items:
                if item.data(0, IdRole) == message_id:
                    top.setExpanded(True)
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- reminders -------------------------------------------------------------------------

    def _show_reminders(self, emails: list[str], has_account: bool) -> None:
        current = reminders.client_reminders(self._ws, self.client_id)
        for widget in (self.reminders, self.language):
            widget.blockSignals(True)
        self.reminders.setChecked(current.enabled)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        for widget in (self.reminders, self.language):
            widget.blockSignals(False)
        self.language.setEnabled(current.enabled)
        self.reminders.setEnabled(current.enabled or bool(emails))
        if not emails:
            hint = self.tr("Add an email address in the Personal tab to send reminders.")
        else:
            hours = reminders.lead_hours(self._ws)
            hint = InboxTabText.tr(
                "Sent from your email account %n hour(s) before each appointment, with its "
                "date and time only: no health details.", "", hours)
            if not has_account:
                hint += " " + self.tr("They start once your email account is set up.")
        self.reminder_hint.setText(hint)

    def _save_reminders(self) -> None:
        enabled = self.reminders.isChecked()
        try:
            reminders.set_client_reminders(self._ws, self.client_id, enabled,
                                           self.language.currentData() if enabled else "")
        except ConsultaError as exc:
            tell(self, self.tr("Not changed"), core_message(exc))
        self.language.setEnabled(enabled)

    # --- compose ---------------------------------------------------------------------------

    def compose(self) -> Composer:
        self.composer = open_composer(self.window(), self._ws, self._nav,
                                      person_id=self.client_id)
        return self.composer

