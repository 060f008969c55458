"""The Calendar area: day, week (default) and month views of all appointments, navigation by
buttons and keys, booking from a free slot, and the .ics export for a phone calendar.

Only the visible range is read (appointments.appointments_between), when the area is shown and
when appointments change while it is on screen; days and times are the practice's time zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import appointments
from app.services.appointments import AppointmentView
from app.store.models import AppointmentStatus
from app.workspace import Workspace
from ui.appointments.appointment_actions import appointment_menu, complete_past, open_appointment
from ui.appointments.booking_dialog import BookingDialog
from ui.calendar import painting
from ui.calendar.ics_export_dialog import IcsExportDialog
from ui.calendar.layout import (
    DAY,
    MONTH,
    WEEK,
    date_pattern,
    day_range_pattern,
    step,
    utc_range,
    visible_days,
    without_field,
)
from ui.calendar.month_view import MonthView
from ui.calendar.time_grid_view import TimeGridView
from ui.confirm import tell
from ui.navigation import APPOINTMENTS, CLIENTS, PRACTICE, Navigator


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarArea(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarArea")
        self._ws = workspace
        self._nav = navigator
        self.zone: ZoneInfo = appointments.zone_of(workspace)
        self.view_kind = WEEK
        self.anchor = self.today()
        self.items: list[AppointmentView] = []
        self.dialog = None  # the booking / appointment / export dialog last opened
        self.menu: QMenu | None = None
        self.export_path = None  # tests: where Export .ics… writes without a file dialog
        self.notice = None

        heading = QLabel(self.tr("Calendar"), objectName="areaTitle")
        self.export_button = QPushButton(self.tr("Export .ics…"), objectName="export_ics")
        self.export_button.setToolTip(self.tr("Upcoming appointments as a file for your phone's calendar"))
        self.export_button.clicked.connect(self.export_ics)
        self.book_button = QPushButton(self.tr("Book appointment"), objectName="book_appointment")
        self.book_button.setProperty("primary", True)
        self.book_button.clicked.connect(lambda: self.book())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.book_button)

        self.today_button = QPushButton(self.tr("Today"), objectName="today")
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QPushButton("‹", objectName="previous")
        self.prev_button.setToolTip(self.tr("Previous (Left arrow or Page Up)"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton("›", objectName="next")
        self.next_button.setToolTip(self.tr("Next (Right arrow or Page Down)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setAccessibleName(self.tr("Next"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.title = QLabel(objectName="period_title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.view_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for kind, text, tip in ((DAY, self.tr("Day"), self.tr("Day view (D)")),
                                (WEEK, self.tr("Week"), self.tr("Week view (W)")),
                                (MONTH, self.tr("Month"), self.tr("Month view (M)"))):
            button = QPushButton(text, objectName=f"view_{kind}")
            button.setCheckable(True)
            bold = QFont(button.font())
            bold.setBold(True)  # the checked one is bold (style sheet): room for that
            button.setMinimumWidth(int(QFontMetricsF(bold).horizontalAdvance(text)) + 34)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, kind=kind: self.set_view(kind))
            group.addButton(button)
            switch.addWidget(button)
            self.view_buttons[kind] = button
        self.view_buttons[WEEK].setChecked(True)
        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addSpacing(6)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(10)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addLayout(switch)

        self.grid_view = TimeGridView()
        self.month_view = MonthView()
        self.stack = QStackedWidget(objectName="calendar_views")
        self.stack.addWidget(self.grid_view)
        self.stack.addWidget(self.month_view)
        self.summary = QLabel(objectName="hint")
        # Past sessions nobody marked yet: one click closes them all (the Overview does it per client).
        self.complete_past_button = QPushButton(objectName="complete_past")
        self.complete_past_button.setFlat(True)
        self.complete_past_button.clicked.connect(
            lambda: complete_past(self, self._ws, self._nav, None))
        self.complete_past_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addSpacing(12)
        bottom.addWidget(self.complete_past_button)
        bottom.addStretch(1)
        bottom.addWidget(StatusLegend())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 10)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(bar)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        canvas = self.grid_view.canvas
        canvas.slot_clicked.connect(lambda start: self.book(start=start))
        canvas.range_selected.connect(lambda start, minutes: self.book(start=start, duration_minutes=minutes))
        canvas.appointment_clicked.connect(self.open_appointment)
        canvas.client_requested.connect(navigator.open_client)
        canvas.menu_requested.connect(self.show_menu)
        self.grid_view.header.day_clicked.connect(self.show_day)
        self.month_view.day_requested.connect(self.show_day)
        self.month_view.appointment_clicked.connect(self.open_appointment)
        self.month_view.client_requested.connect(navigator.open_client)
        self.month_view.menu_requested.connect(self.show_menu)
        navigator.data_changed.connect(self._on_data_changed)
        self._build_shortcuts()
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self._tick)
        self._update_title()

    def _build_shortcuts(self) -> None:
        keys = [((Qt.Key.Key_Left, Qt.Key.Key_PageUp), lambda: self.go(-1)),
                ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), lambda: self.go(1)),
                ((Qt.Key.Key_T,), self.go_today),
                ((Qt.Key.Key_D,), lambda: self.set_view(DAY)),
                ((Qt.Key.Key_W,), lambda: self.set_view(WEEK)),
                ((Qt.Key.Key_M,), lambda: self.set_view(MONTH))]
        self.shortcuts: list[QShortcut] = []
        for codes, slot in keys:
            for code in codes:
                # Only while the focus is in the calendar: elsewhere these keys type or scroll.
                shortcut = QShortcut(QKeySequence(code), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

    # --- time ------------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone)

    def today(self) -> dt.date:
        return self.now().date()

    def first_weekday(self) -> int:
        return QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1; Python: Monday = 0

    def visible_range(self) -> tuple[dt.date, int]:
        return visible_days(self.view_kind, self.anchor, self.first_weekday())

    # --- navigation ------------------------------------------------------------------------------

    def set_view(self, kind: str) -> None:
        self.view_kind = kind
        self.view_buttons[kind].setChecked(True)
        old = self.stack.currentWidget()
        had_focus = old.hasFocus() or old.isAncestorOf(self.focusWidget() or self)
        self.stack.setCurrentWidget(self.month_view if kind == MONTH else self.grid_view)
        if had_focus:  # the keys keep working in the new view
            (self.month_view if kind == MONTH else self.grid_view.canvas).setFocus()
        self.refresh()

    def go(self, direction: int) -> None:
        self.anchor = step(self.view_kind, self.anchor, direction)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.refresh()
        if self.view_kind != MONTH:  # the current time in sight, working hours if it is in them
            hour = self.now().hour
            self.grid_view.scroll_to_minutes(7 * 60 if 7 <= hour < 19 else max(0, hour - 2) * 60)

    def show_day(self, day: dt.date) -> None:
        self.anchor = day
        self.set_view(DAY)

    def go_to(self, day: dt.date, kind: str | None = None) -> None:
        """Show the period holding `day` (in `kind`, or the current view)."""
        self.anchor = day
        self.set_view(kind or self.view_kind)

    # --- reading and showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the visible range and hand it to the view on screen."""
        first, count = self.visible_range()
        start, end = utc_range(first, count, self.zone)
        self.items = appointments.appointments_between(self._ws, start, end)
        now = self.now()
        if self.view_kind == MONTH:
            self.month_view.set_period(first, self.anchor.month, now.date(), self.zone)
            self.month_view.set_appointments(self.items)
        else:
            self.grid_view.set_period(first, count, now.date(), now.hour * 60 + now.minute, self.zone)
            self.grid_view.set_appointments(self.items)
        self._update_title()
        self._update_summary()

    def _update_title(self) -> None:
        first, count = self.visible_range()
        self.title.setText(self.period_title(first, count))

    def period_title(self, first: dt.date, count: int) -> str:
        locale = QLocale()
        full = date_pattern(locale.dateFormat(QLocale.FormatType.LongFormat))
        if self.view_kind == DAY:
            return locale.toString(_qdate(first), QLocale.FormatType.LongFormat)
        if self.view_kind == MONTH:
            text = locale.toString(_qdate(self.anchor), without_field(full, "d"))
            return text[:1].upper() + text[1:]
        last = first + dt.timedelta(days=count - 1)
        if (first.year, first.month) == (last.year, last.month):
            return locale.toString(_qdate(last), day_range_pattern(full, first.day))
        left = full if first.year != last.year else without_field(full, "y")
        return f"{locale.toString(_qdate(first), left)} – {locale.toString(_qdate(last), full)}"

    def _update_summary(self) -> None:
        counted = [a for a in self.items if a.status != AppointmentStatus.CANCELLED.value]
        if self.view_kind == MONTH:
            counted = [a for a in counted if a.starts_at.astimezone(self.zone).month == self.anchor.month]
        self.summary.setText(self.tr("%n appointment(s)", "", len(counted)))
        past = appointments.count_past_scheduled(self._ws)
        self.complete_past_button.setText(self.tr(
            "%n past appointment(s) still marked scheduled: mark completed…", "", past))
        self.complete_past_button.setVisible(past > 0)

    def _on_data_changed(self, kind: str) -> None:
        if kind == PRACTICE:
            self.zone = appointments.zone_of(self._ws)
        if kind not in (APPOINTMENTS, CLIENTS, PRACTICE):
            return
        if self.isVisible():
            self.refresh()  # else the next showEvent reads it

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # cheap (one week or month); other writers may have changed it
        self._clock.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._clock.stop()

    def _tick(self) -> None:
        now = self.now()
        if self.view_kind != MONTH:
            self.grid_view.set_now(now.date(), now.hour * 60 + now.minute)
        if now.date() != self.month_view.today and self.view_kind == MONTH:
            self.refresh()

    # --- actions -------------------------------------------------------------------------------------

    def book(self, start: dt.datetime | None = None, duration_minutes: int | None = None) -> BookingDialog:
        """The booking dialog with a client picker, at `start` (a clicked slot) if given."""
        dialog = BookingDialog(self._ws, self._nav, start=start, duration_minutes=duration_minutes,
                               parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_appointment(self, view: AppointmentView) -> None:
        self.dialog = open_appointment(self, self._ws, self._nav, view.id)

    def show_menu(self, view: AppointmentView, where: QPoint) -> None:
        menu = appointment_menu(self, self._ws, self._nav, view, show_client=True)
        self.menu = menu
        menu.popup(where)  # not exec(): the app (and tests) keep running

    def export_ics(self) -> IcsExportDialog:
        dialog = IcsExportDialog(self._ws, self, path=self.export_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, count: int, path: str) -> None:
        self.notice = tell(self, self.tr("Calendar exported"),
                           self.tr("Exported %n appointment(s) to:", "", count) + f"\n{path}")


class StatusLegend(QWidget):
    """A swatch and a word per status, so the colours need no guessing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for status in AppointmentStatus:
            row = QHBoxLayout()
            row.setSpacing(5)
            row.addWidget(_Swatch(painting.look(status.value).accent))
            label = QLabel(painting.status_label(status.value), objectName="hint")
            row.addWidget(label)
            layout.addLayout(row)


class _Swatch(QWidget):
    def __init__(self, color: QColor) -> None:
        super().__init__()
        self._color = color
        self.setFixedSize(10, 10)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(self.rect(), 3, 3)
        painter.end()
