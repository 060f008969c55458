"""The Inbox area of the main navigation: every synced message, newest first, with the person it
is filed to; filters (All, Unlinked, Clients, Contacts, Unread), a search box, and the reading
pane (ui/mail/message_view.py) beside the list. `+ Compose` and the Outbox are at the top.

The unread count is kept current for the navigation title ("Inbox (3)", `title_changed`) on
every mail change; the list itself is read when the area is on screen (a change seen while it
is hidden only marks it stale), so a sync in the background costs nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.mail import account as account_service
from app.mail import messages, send
from app.mail.messages import (
    FILTER_ALL,
    FILTER_CLIENTS,
    FILTER_CONTACTS,
    FILTER_UNLINKED,
    MessageQuery,
)
from app.workspace import Workspace
from ui.documentation.documentation_tab import room_for_bold
from ui.empty_state import EmptyState
from ui.mail.composer import Composer, open_composer
from ui.mail.message_table import MessageTable
from ui.mail.message_view import MessageView
from ui.mail.outbox_view import open_outbox
from ui.navigation import CLIENTS, CONTACTS, MAIL, Navigator

UNREAD = "unread"  # the fifth filter button: not a kind of person but a state
SEARCH_DELAY_MS = 250
REFRESH_KINDS = frozenset({MAIL, CLIENTS, CONTACTS})
STYLE = """
QPushButton#mailFilter { border-radius: 0; padding: 5px 12px; margin: 0; }
QPushButton#mailFilter[first="true"] { border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }
QPushButton#mailFilter[last="true"] { border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }
#listEmpty { color: #616e7c; padding: 16px 4px; }
#readingPane { background: transparent; }
QSplitter::handle { background: transparent; }
"""


class InboxText(QObject):
    """The context of counted texts (pyside6-lupdate reads InboxText.tr(…, n))."""


class InboxArea(QWidget):
    """`composer` and `outbox` are the last opened (tests read them)."""

    title_changed = Signal(str)

    def __init__(self, workspace: Workspace, navigator: Navigator, *,
                 open_url: Callable[[QUrl], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxArea")
        self.setStyleSheet(STYLE)
        self._ws, self._nav = workspace, navigator
        self._stale = True
        self.unread = 0
        self.composer: Composer | None = None
        self.outbox = None

        heading = QLabel(self.tr("Inbox"), objectName="areaTitle")
        self.outbox_button = QPushButton(objectName="open_outbox")
        self.outbox_button.setToolTip(self.tr("Messages waiting to be sent, and those that "
                                              "could not be sent"))
        self.outbox_button.clicked.connect(self.open_outbox)
        self.compose_button = QPushButton(self.tr("+ Compose"), objectName="compose")
        self.compose_button.setProperty("primary", True)
        self.compose_button.clicked.connect(self.compose)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.outbox_button)
        top.addWidget(self.compose_button)

        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        choices = ((FILTER_ALL, self.tr("All")), (FILTER_UNLINKED, self.tr("Unlinked")),
                   (FILTER_CLIENTS, self.tr("Clients")), (FILTER_CONTACTS, self.tr("Contacts")),
                   (UNREAD, self.tr("Unread")))
        segmented = QHBoxLayout()
        segmented.setSpacing(0)
        for n, (key, text) in enumerate(choices):
            button = QPushButton(text, objectName="mailFilter")
            button.setCheckable(True)
            button.setProperty("first", n == 0)
            button.setProperty("last", n == len(choices) - 1)
            button.setAccessibleName(self.tr("Show: %1").replace("%1", text))
            room_for_bold(button)
            self.filters.addButton(button)
            self.filter_buttons[key] = button
            segmented.addWidget(button)
        self.filter_buttons[FILTER_ALL].setChecked(True)
        self.filter_buttons[FILTER_UNLINKED].setToolTip(
            self.tr("Messages from addresses that are not a client's or a contact's"))
        self.filters.buttonToggled.connect(lambda _b, on: on and self.reload())
        self.search = QLineEdit(objectName="inbox_search")
        self.search.setPlaceholderText(self.tr("Search subject, addresses and text"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        tools = QHBoxLayout()
        tools.setSpacing(10)
        tools.addLayout(segmented)
        tools.addWidget(self.search, 1)

        self.table = MessageTable(workspace)
        self.list_empty = QLabel(objectName="listEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)
        self.view = MessageView(workspace, navigator, open_url=open_url)
        pane = QWidget(objectName="readingPane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(10, 0, 0, 0)
        pane_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 420])  # the list's five columns need the room
        self.count_label = QLabel(objectName="hint")

        browse = QWidget()
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.setSpacing(10)
        browse_layout.addLayout(tools)
        browse_layout.addWidget(self.splitter, 1)
        browse_layout.addWidget(self.count_label)
        self.no_account = EmptyState(self.tr("Connect your email"), self.tr(
            "Set up your email account in Settings → Email. Consulta then brings in your "
            "messages in the background and files each one to the client or contact it is "
            "from or to; they stay readable with no network."))
        self.settings_button = QPushButton(self.tr("Open Settings"), objectName="open_settings")
        self.settings_button.clicked.connect(lambda: navigator.area_requested.emit("settings"))
        self.no_account.layout().insertWidget(3, self.settings_button, 0,
                                              Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.no_account)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.table.message_chosen.connect(self.view.show_message)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        navigator.data_changed.connect(self._data_changed)
        self._count_unread()

    # --- reading ---------------------------------------------------------------------------

    @property
    def current_filter(self) -> str:
        return next(k for k, b in self.filter_buttons.items() if b.isChecked())

    def query(self) -> MessageQuery:
        key = self.current_filter
        return MessageQuery(filter=FILTER_ALL if key == UNREAD else key,
                            text=self.search.text().strip(), unread_only=key == UNREAD)

    def title(self) -> str:
        return self.tr("Inbox (%1)").replace("%1", f"{self.unread:,}") if self.unread \
            else self.tr("Inbox")

    def reload(self) -> None:
        self._stale = False
        has_account = account_service.get_account(self._ws) is not None
        self._count_unread()
        self._show_outbox_count()
        total = messages.count_messages(self._ws)
        self.compose_button.setEnabled(has_account)
        if not has_account and not total:
            self.stack.setCurrentWidget(self.no_account)
            return
        self.stack.setCurrentIndex(0)
        self.table.messages.query = self.query()
        self.table.refresh()
        shown = self.table.messages.rowCount()
        self.list_stack.setCurrentWidget(self.table if shown else self.list_empty)
        if not shown:
            self.list_empty.setText(
                self.tr("No message matches.") if total else
                self.tr("No messages yet. They show here after the first sync; the status bar "
                        "says how it is going."))
        count = InboxText.tr("%n message(s)", "", shown)
        if self.unread:
            count += " · " + InboxText.tr("%n unread", "", self.unread)
        self.count_label.setText(count)

    def _count_unread(self) -> None:
        unread = messages.unread_count(self._ws)
        if unread != self.unread:
            self.unread = unread
            self.title_changed.emit(self.title())

    def _show_outbox_count(self) -> None:
        waiting = len(send.list_outbox(self._ws))
        self.outbox_button.setText(self.tr("Outbox (%1)").replace("%1", str(waiting))
                                   if waiting else self.tr("Outbox"))
        room_for_bold(self.outbox_button)

    def _data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if kind == MAIL:
            self._count_unread()
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- actions ---------------------------------------------------------------------------

    def compose(self) -> Composer:
        self.composer = open_composer(self.window(), self._ws, self._nav)
        return self.composer

    def open_outbox(self):
        self.outbox = open_outbox(self.window(), self._ws, self._nav)
        return self.outbox
