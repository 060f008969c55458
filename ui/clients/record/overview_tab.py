"""The client record's Overview tab: a summary strip (next appointment, last seen, sessions this
year, outstanding balance), `Book appointment`, a reminder when past appointments are still
marked scheduled, then the Upcoming (next first) and Past (latest first) appointments, each row
with a `⋮` menu of what can be done to it.

It reads the store once per refresh; refreshes are coalesced and wait until the tab is shown,
so a burst of changes elsewhere costs one read.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError
from app.services import appointments, invoices
from app.services.appointments import AppointmentView
from app.workspace import Workspace
from ui.appointments.appointment_actions import appointment_menu, complete_past, open_appointment
from ui.appointments.booking_dialog import BookingDialog
from ui.clients.record.appointment_list import AppointmentTable
from ui.clients.record.overview_summary import SummaryStrip
from ui.navigation import APPOINTMENTS, BILLING, NOTES, PRACTICE, SERVICES, Navigator

# What the tab shows depends on these kinds of data ("invoices", "payments" and "notes" are
# the billing and documentation parts' kinds: badges and the balance follow them).
REFRESH_KINDS = frozenset({APPOINTMENTS, PRACTICE, SERVICES, BILLING, NOTES})
UPCOMING_ROWS = 5  # the upcoming list grows to this many rows, then scrolls

STYLE = """
#overviewSummary { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#overviewSummary QLabel { background: transparent; }
#statCaption { color: #52606d; font-size: 9pt; font-weight: 600; }
#statValue { font-size: 11.5pt; font-weight: 600; color: #1f2933; }
#pastScheduledBanner { background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px; }
#pastScheduledBanner QLabel { background: transparent; color: #7a4b00; }
#listTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }
#listEmpty { color: #616e7c; padding: 10px 2px; }
#OverviewTab { background: transparent; }
"""


class OverviewTab(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewTab")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        self.menu: QMenu | None = None  # the ⋮ menu last popped (tests read it)
        self.dialog: BookingDialog | None = None
        self.overview: appointments.ClientOverview | None = None
        self._stale = False

        self.summary = SummaryStrip()
        self.book_button = QPushButton(self.tr("Book appointment"))
        self.book_button.setObjectName("book_appointment")
        self.book_button.setProperty("primary", True)
        self.book_button.clicked.connect(self.book)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame()
        self.banner.setObjectName("pastScheduledBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.complete_button = QPushButton(self.tr("Mark all completed"))
        self.complete_button.setObjectName("mark_all_completed")
        self.complete_button.clicked.connect(
            lambda: complete_past(self, self._ws, self._nav, self.client_id))
        banner_line = QHBoxLayout(self.banner)
        banner_line.setContentsMargins(12, 8, 8, 8)
        banner_line.addWidget(self.banner_text, 1)
        banner_line.addWidget(self.complete_button)

        self.upcoming_title = QLabel()
        self.upcoming_title.setObjectName("listTitle")
        self.upcoming = AppointmentTable("upcoming_appointments")
        self.upcoming_empty = QLabel("{} <a href='book' style='color: #2f7d73;'>{}</a>".format(
            html.escape(self.tr("No upcoming appointments.")), html.escape(self.tr("Book one…"))))
        self.upcoming_empty.setObjectName("listEmpty")
        self.upcoming_empty.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming_empty.linkActivated.connect(lambda _link: self.book())
        self.past_title = QLabel()
        self.past_title.setObjectName("listTitle")
        self.past = AppointmentTable("past_appointments")
        self.past.setMinimumHeight(self.past.rows_height(3))
        self.past_empty = QLabel(self.tr("No past appointments yet."))
        self.past_empty.setObjectName("listEmpty")
        for table in (self.upcoming, self.past):
            table.menu_requested.connect(self.show_menu)
            table.open_requested.connect(self.open)
            table.verticalScrollBar().rangeChanged.connect(self._line_up_columns)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addSpacing(4)
        layout.addWidget(self.upcoming_title)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.upcoming_empty)
        layout.addSpacing(4)
        layout.addWidget(self.past_title)
        # A short history ends where its rows end; a long one takes the height left and scrolls.
        layout.addWidget(self.past, 100)
        layout.addWidget(self.past_empty)
        layout.addStretch(1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        navigator.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        now = dt.datetime.now(dt.UTC)
        try:
            overview = appointments.client_overview(self._ws, self.client_id, now)
        except NotFoundError:  # the client was deleted: the record closes itself
            return
        self.overview = overview
        zone = appointments.zone_of(self._ws)
        self.summary.show_overview(overview, zone, now)
        self.summary.show_balance(invoices.client_summary(self._ws, self.client_id))

        count = overview.past_scheduled
        self.banner.setVisible(count > 0)
        self.banner_text.setText(self.tr("%n past appointment(s) are still marked scheduled. "
                                         "Were they held?", "", count))

        self.upcoming_title.setText(self.tr("Upcoming (%1)").replace("%1", str(len(overview.upcoming))))
        self.past_title.setText(self.tr("Past (%1)").replace("%1", str(len(overview.past))))
        self.upcoming.set_appointments(overview.upcoming, zone)
        self.past.set_appointments(overview.past, zone)
        # Both lists share column widths, so their columns line up.
        widths = self.upcoming.content_widths()
        for column, width in self.past.content_widths().items():
            widths[column] = max(width, widths[column])
        for table in (self.upcoming, self.past):
            table.apply_widths(widths)
        self.upcoming.fit_height(UPCOMING_ROWS)
        self.past.setMaximumHeight(self.past.rows_height(len(overview.past)))
        self.upcoming.setVisible(bool(overview.upcoming))
        self.upcoming_empty.setVisible(not overview.upcoming)
        self.past.setVisible(bool(overview.past))
        self.past_empty.setVisible(not overview.past)

    def _line_up_columns(self) -> None:
        """When one list scrolls and the other does not, the other keeps room for the scroll
        bar, so the columns of both stay aligned."""
        tables = (self.upcoming, self.past)
        any_scrolls = any(t.scrolls() for t in tables)
        for table in tables:
            table.reserve_scrollbar(any_scrolls and not table.scrolls())

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    # --- actions ---------------------------------------------------------------------------

    def book(self) -> None:
        self.dialog = BookingDialog(self._ws, self._nav, client_id=self.client_id, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def open(self, appointment_id: int) -> None:
        open_appointment(self, self._ws, self._nav, appointment_id)

    def show_menu(self, view: AppointmentView, at: QPoint, below_button: bool = False) -> None:
        menu = appointment_menu(self, self._ws, self._nav, view)
        self.menu = menu
        menu.destroyed.connect(lambda _o=None, m=menu: self._menu_gone(m))
        if below_button:  # right-aligned under the ⋮ button, as a drop-down from it
            at = QPoint(at.x() - menu.sizeHint().width(), at.y())
        menu.popup(at)

    def _menu_gone(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None
