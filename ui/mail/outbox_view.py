"""The Outbox: messages waiting to be sent (and why they wait), ones the server refused (with
its reason), and the ones sent in the last days. Retry asks for a refused or waiting message to
go now; Discard removes one that has not gone out.

    open_outbox(parent, workspace, navigator)   # a window (not modal); one per main window

It refreshes itself on navigator.changed(MAIL). GUI thread only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.mail import send as outbox
from app.mail.send import OutboxEntry
from app.services import appointments
from app.store.models import utcnow
from app.workspace import Workspace
from ui.appointments.time_text import time_text
from ui.billing.status_text import short_date
from ui.confirm import ask
from ui.empty_state import EmptyState
from ui.i18n import core_message, core_text
from ui.mail.composer import request_send
from ui.navigation import MAIL, Navigator

SENT_SHOWN_DAYS = 7  # sent messages stay listed this long (they are on the client's record)
TO, SUBJECT, STATUS, REASON, WHEN = range(5)
# Status → text colour in the list.
STATUS_COLORS = {"waiting": "#8a5a00", "failed": "#9b2c3d", "sent": "#1f5f57"}

STYLE = """
#outboxDetail { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px;
    padding: 8px; }
#outboxDetail[state="failed"] { color: #9b2c3d; background: #fbeef0; border-color: #efc7ce; }
#outboxDetail[state="waiting"] { color: #6b4700; background: #fdf6e7; border-color: #f0dcae; }
"""


def error_text(entry: OutboxEntry) -> str:
    return entry.error_text(core_text) if entry.error_message else ""


def status_of(entry: OutboxEntry) -> str:
    """waiting, failed or sent (a sent one whose copy is not yet in the Sent folder is sent)."""
    return {outbox.QUEUED: "waiting", outbox.FAILED: "failed"}.get(entry.status, "sent")


def status_text(entry: OutboxEntry) -> str:
    return {"failed": QCoreApplication.translate("OutboxView", "Not sent"),
            "waiting": QCoreApplication.translate("OutboxView", "Waiting"),
            "sent": QCoreApplication.translate("OutboxView", "Sent")}[status_of(entry)]


def reason_text(entry: OutboxEntry) -> str:
    """Why it waits or was refused; for a sent one, whether its copy is in the Sent folder."""
    if entry.status == outbox.UNFILED:
        return QCoreApplication.translate("OutboxView", "Copy to the Sent folder pending")
    return error_text(entry) if status_of(entry) != "sent" else ""


class OutboxView(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxView")
        self.setStyleSheet(STYLE)
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowCloseButtonHint)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.tr("Outbox"))
        self.setMinimumSize(620, 360)
        self.resize(860, 480)
        self._ws, self._nav = workspace, navigator
        self._zone = appointments.zone_of(workspace)
        self.entries: list[OutboxEntry] = []
        self.question = None

        heading = QLabel(self.tr("Outbox"), objectName="dialogTitle")
        self.summary = QLabel(objectName="hint")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="outbox")
        self.table.setHorizontalHeaderLabels([self.tr("To"), self.tr("Subject"),
                                              self.tr("Status"), self.tr("Details"),
                                              self.tr("When")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(TO, 190)
        self.table.setColumnWidth(SUBJECT, 190)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = EmptyState(self.tr("The Outbox is empty"),
                                self.tr("Messages wait here while there is no connection to "
                                        "your email server, and go out as soon as there is."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.detail = QLabel(objectName="outboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # server replies are not markup
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), objectName="retry")
        self.retry_button.setToolTip(self.tr("Try to send the selected message now"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button = QPushButton(self.tr("Discard…"), objectName="discard")
        self.discard_button.clicked.connect(self.discard_selected)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.retry_button)
        self.retry_button.setProperty("primary", True)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        navigator.data_changed.connect(self._data_changed)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def _data_changed(self, kind: str) -> None:
        if kind == MAIL:
            self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        since = utcnow() - dt.timedelta(days=SENT_SHOWN_DAYS)
        every = outbox.list_outbox(self._ws, include_sent=True)
        pending = [e for e in every if e.status in (outbox.QUEUED, outbox.FAILED)]
        sent = sorted((e for e in every if e.status not in (outbox.QUEUED, outbox.FAILED)
                       and (e.sent_at or e.created_at) >= since),
                      key=lambda e: e.sent_at or e.created_at, reverse=True)
        self.entries = pending + sent
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        self.pages.setCurrentIndex(0 if self.entries else 1)
        waiting = sum(1 for e in pending if e.status == outbox.QUEUED)
        failed = len(pending) - waiting
        self.summary.setText(self._summary(waiting, failed))
        # The same message stays selected while it still waits; else the first one waiting.
        rows = [i for i, e in enumerate(self.entries) if chosen and e.id == chosen.id]
        if rows and (rows[0] < len(pending) or not pending):
            self.table.selectRow(rows[0])
        elif pending:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
        self._selected()

    def _summary(self, waiting: int, failed: int) -> str:
        parts = []
        if waiting:
            parts.append(self.tr("%n message(s) waiting to be sent.", "", waiting))
        if failed:
            parts.append(self.tr("%n message(s) refused by the server.", "", failed))
        if not parts:
            return self.tr("Nothing waits to be sent. Messages sent in the last %1 days are "
                           "listed here too.").replace("%1", str(SENT_SHOWN_DAYS))
        return " ".join(parts)

    def _fill_row(self, row: int, entry: OutboxEntry) -> None:
        state = status_of(entry)
        status = QTableWidgetItem(status_text(entry))
        status.setForeground(QColor(STATUS_COLORS[state]))
        status.setData(Qt.ItemDataRole.UserRole, entry.id)
        font = status.font()
        font.setWeight(font.Weight.DemiBold if state != "sent" else font.Weight.Normal)
        status.setFont(font)
        reason = QTableWidgetItem(reason_text(entry))
        reason.setForeground(QColor(STATUS_COLORS[state] if state != "sent" else "#616e7c"))
        when = entry.sent_at if state == "sent" and entry.sent_at else entry.created_at
        day = when.astimezone(self._zone).date()
        when_text = (time_text(when, self._zone) if day == dt.datetime.now(self._zone).date()
                     else f"{short_date(day)}, {time_text(when, self._zone)}")
        for column, item in ((TO, QTableWidgetItem(entry.to)),
                             (SUBJECT, QTableWidgetItem(entry.subject or self.tr("(no subject)"))),
                             (STATUS, status), (REASON, reason),
                             (WHEN, QTableWidgetItem(when_text))):
            item.setToolTip(item.text())
            self.table.setItem(row, column, item)

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _selected(self) -> None:
        entry = self.selected()
        pending = entry is not None and entry.status in (outbox.QUEUED, outbox.FAILED)
        self.retry_button.setEnabled(pending)
        self.discard_button.setEnabled(pending)
        self.detail.setVisible(entry is not None)
        if entry is None:
            return
        state = status_of(entry)
        reason = error_text(entry)
        if state == "failed":
            text = self.tr("The server refused this message.\n%1\nIf an address was mistyped, "
                           "discard this message and write it again; otherwise try again with "
                           "Retry.")
        elif state == "waiting" and reason:
            text = self.tr("Not sent yet: %1\nIt is sent as soon as the connection is back.")
        elif state == "waiting":
            text = self.tr("Waiting for its turn to be sent.")
        else:
            text = self.tr("Sent to %2.").replace("%2", entry.to)
        self.detail.setText(text.replace("%1", reason))
        self.detail.setProperty("state", state)
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)

    # --- retry, discard ------------------------------------------------------------------------

    def retry_selected(self) -> bool:
        """Queue the selected message again (a refused one) and ask for the Outbox to be sent
        now. False when no worker is there to send it (it goes at the next connection)."""
        entry = self.selected()
        if entry is None:
            return False
        try:
            outbox.retry(self._ws, entry.id)
        except ConsultaError as exc:
            self.detail.setText(core_message(exc))
            return False
        self._nav.changed(MAIL)
        sending = request_send(self._nav)
        if not sending:
            self.detail.setText(self.tr("It goes out as soon as Consulta is connected to your "
                                        "email server."))
        return sending

    def discard_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return

        def discard() -> None:
            outbox.discard(self._ws, entry.id)
            self._nav.changed(MAIL)

        self.question = ask(self, self.tr("Discard message"),
                            self.tr("Discard “%1”? It has not been sent and will not be.")
                            .replace("%1", entry.subject or self.tr("(no subject)")),
                            self.tr("Discard"), discard)


def open_outbox(parent: QWidget | None, workspace: Workspace, navigator: Navigator) -> OutboxView:
    """Show the Outbox (the one already open for this window, if any)."""
    host = parent.window() if parent is not None else None
    if isinstance(host, OutboxView):
        host = host.parentWidget()
    if host is not None:
        for view in host.findChildren(OutboxView):
            if view.isVisible():
                view.refresh()
                view.raise_()
                view.activateWindow()
                return view
    view = OutboxView(workspace, navigator, host)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
