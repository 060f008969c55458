"""The main inbox list: every matching message id is read at once (cheap, even at 10,000s),
the rows a page at a time, so a large mailbox opens and filters instantly. Unread messages are
bold with a dot; a paperclip marks attachments; the person a message is filed to has a column.

A refresh that finds the same ids (a message read, a link added) keeps the rows, the selection
and the scroll position: only the cached pages are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import getaddresses
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from app.mail import account as account_service
from app.mail import messages
from app.mail.messages import MessageQuery, MessageSummary
from app.services import appointments
from app.workspace import Workspace
from ui.appointments.time_text import qdate, time_text
from ui.billing.status_text import short_date, short_date_format

PAGE = 100
ROW_HEIGHT = 34
IdRole = Qt.ItemDataRole.UserRole + 1
_ICONS = {
    "unread": '<circle cx="12" cy="12" r="4.2" fill="#3f9b8f" stroke="none"/>',
    "clip": '<path d="M16.5 7.5 9 15a2 2 0 0 0 2.8 2.8l7.6-7.6a4 4 0 0 0-5.7-5.7L6 12.3a6 6 0 0 0 '
            '8.5 8.5l6-6" stroke="#52606d" stroke-width="1.7" fill="none" '
            'stroke-linecap="round" stroke-linejoin="round"/>',
}


@cache
def icon(name: str) -> QIcon:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{_ICONS[name]}</svg>'
    result = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def name_of(addresses: str) -> str:
    """The first address's display name, else the address itself."""
    pairs = [(n, a) for n, a in getaddresses([addresses]) if n or a]
    if not pairs:
        return addresses.strip()
    name, addr = pairs[0]
    more = len(pairs) - 1
    first = name or addr
    return f"{first} +{more}" if more else first


_YEAR = re.compile(r"[\s,./-]*(?:'[^']*'\s*)?y+[\s,./-]*")


def when_text(sent_at: dt.datetime | None, zone: ZoneInfo, today: dt.date) -> str:
    """Today's messages by their time, this year's by day and month ("Nov 5"), older ones with
    their year too."""
    if sent_at is None:
        return ""
    local = sent_at.astimezone(zone)
    if local.date() == today:
        return time_text(sent_at, zone)
    if local.year == today.year:
        fmt = _YEAR.sub(" ", short_date_format()).strip(" ,'")
        return QLocale().toString(qdate(local.date()), fmt)
    return short_date(local.date())


def date_column_width(font: QFont) -> int:
    """Room for this year's dates in bold (unread) in the interface's language: "30 de nov."
    is longer than "Nov 30"."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    fmt = _YEAR.sub(" ", short_date_format()).strip(" ,'")
    widest = max(metrics.horizontalAdvance(QLocale().toString(QDate(2000, month, 28), fmt))
                 for month in range(1, 13))
    return max(84, widest + 22)


class MessageTableModel(QAbstractTableModel):
    DOT, WHO, SUBJECT, PEOPLE, DATE = range(5)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.query = MessageQuery()
        self._ids: list[int] = []
        self._pages: dict[int, list[MessageSummary | None]] = {}
        self._own = ""
        self._zone = ZoneInfo("UTC")
        self._today = dt.date.today()
        self._headers = ("", self.tr("From"), self.tr("Subject"), self.tr("Filed to"),
                         self.tr("Date"))

    def set_query(self, query: MessageQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        ids = messages.list_message_ids(self._ws, self.query)
        account = account_service.get_account(self._ws)
        self._own = account.email.lower() if account else ""
        self._zone = appointments.zone_of(self._ws)
        self._today = dt.datetime.now(self._zone).date()
        if ids == self._ids:
            self._pages.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.DATE))
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def message_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, message_id: int) -> int:
        try:
            return self._ids.index(message_id)
        except ValueError:
            return -1

    def summary(self, row: int) -> MessageSummary | None:
        page = row // PAGE
        if page not in self._pages:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            by_id = {m.id: m for m in messages.message_rows(self._ws, ids)}
            self._pages[page] = [by_id.get(i) for i in ids]
        return self._pages[page][row % PAGE]

    def _sent_by_me(self, m: MessageSummary) -> bool:
        senders = [a.lower() for _, a in getaddresses([m.from_addr]) if a]
        return bool(self._own and senders and senders[0] == self._own)

    def _who(self, m: MessageSummary) -> str:
        if self._sent_by_me(m):
            return self.tr("To: %1").replace("%1", name_of(m.to_addrs))
        return name_of(m.from_addr)

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.summary(index.row())
        if m is None:
            return None
        column = index.column()
        if role == IdRole:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHO:
                return self._who(m)
            if column == self.SUBJECT:
                return m.subject or self.tr("(no subject)")
            if column == self.PEOPLE:
                return ", ".join(p.name for p in m.people)
            if column == self.DATE:
                return when_text(m.sent_at, self._zone, self._today)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.DOT and m.unread:
                return icon("unread")
            if column == self.SUBJECT and m.has_attachments:
                return icon("clip")
            return None
        if role == Qt.ItemDataRole.FontRole and m.unread and column != self.PEOPLE:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PEOPLE:
            return QColor("#2f7d73")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHO:
                return m.to_addrs if self._sent_by_me(m) else m.from_addr
            if column == self.DOT and m.unread:
                return self.tr("Unread")
            if column == self.SUBJECT and m.has_problem:
                return self.tr("Could not be displayed fully")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.DOT:
            return self.tr("Unread") if m.unread else self.tr("Read")
        return None


class _RowDelegate(QStyledItemDelegate):
    """Rows are chosen whole: no focus frame around the one cell that was clicked."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


class MessageTable(QTableView):
    """`message_chosen(id)` when the current row changes (click, arrows)."""

    message_chosen = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_list")
        self.messages = MessageTableModel(workspace, self)
        self.setModel(self.messages)
        self.setItemDelegate(_RowDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(20)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MessageTableModel.DOT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(MessageTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(MessageTableModel.DOT, 24)
        self.setColumnWidth(MessageTableModel.WHO, 140)
        self.setColumnWidth(MessageTableModel.PEOPLE, 110)
        self.setColumnWidth(MessageTableModel.DATE, date_column_width(self.font()))
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.messages.modelReset.connect(self._reselect)
        self._wanted: int | None = None
        self._quiet = False

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.messages.message_id(index.row()) if index.isValid() else None

    def select_message(self, message_id: int) -> bool:
        row = self.messages.row_of(message_id)
        if row < 0:
            return False
        self.setCurrentIndex(self.messages.index(row, MessageTableModel.SUBJECT))
        self.scrollTo(self.messages.index(row, MessageTableModel.SUBJECT))
        return True

    def refresh(self) -> None:
        """Re-read the list, keeping the message on screen selected when it is still listed."""
        self._wanted = self.current_id()
        self.messages.refresh()

    def _reselect(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self._quiet = True  # the same message stays on screen: nothing to open
            try:
                self.select_message(wanted)
            finally:
                self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.message_chosen.emit(self.messages.message_id(current.row()))
