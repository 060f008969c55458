"""The month view: six weeks of seven days, painted; each day lists its first appointments
("10:00 S. Martins") and says how many more there are. A click on a day opens it in the day
view; a double-click on an entry opens the client."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.services.appointments import AppointmentView
from ui.calendar import painting
from ui.calendar.layout import MONTH_CELLS, month_rows, short_name

WEEKDAY_ROW = 26
NUMBER_ROW = 24


class MonthView(QWidget):
    day_requested = Signal(object)  # dt.date
    appointment_clicked = Signal(object)  # AppointmentView
    client_requested = Signal(int)
    menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.first = dt.date.today()
        self.month = self.first.month
        self.today = dt.date.today()
        self.zone = ZoneInfo("UTC")
        self.by_day: list[list[AppointmentView]] = [[] for _ in range(MONTH_CELLS)]
        self._entries: list[tuple[QRectF, AppointmentView]] = []  # what the last paint showed
        self._more: list[tuple[QRectF, int]] = []  # "+N more" lines, by cell
        self._click_timer = QTimer(self, singleShot=True)
        self._click_timer.timeout.connect(self._single_click)
        self._clicked: AppointmentView | None = None
        self.setMinimumHeight(WEEKDAY_ROW + 6 * (NUMBER_ROW + 22))

    def set_period(self, first: dt.date, month: int, today: dt.date, zone: ZoneInfo) -> None:
        self.first, self.month, self.today, self.zone = first, month, today, zone

    def set_appointments(self, items: list[AppointmentView]) -> None:
        self.by_day = [[] for _ in range(MONTH_CELLS)]
        for view in items:  # listed on the day it starts (earliest first, as read)
            index = (view.starts_at.astimezone(self.zone).date() - self.first).days
            if 0 <= index < MONTH_CELLS:
                self.by_day[index].append(view)
        self.update()

    # --- geometry -------------------------------------------------------------------------------

    def cell_rect(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - WEEKDAY_ROW) / 6
        row, col = divmod(index, 7)
        return QRectF(col * width, WEEKDAY_ROW + row * height, width, height)

    def cell_at(self, pos: QPointF) -> int | None:
        if pos.y() < WEEKDAY_ROW or not self.rect().contains(pos.toPoint()):
            return None
        col = min(6, int(pos.x() // (self.width() / 7)))
        row = min(5, int((pos.y() - WEEKDAY_ROW) // ((self.height() - WEEKDAY_ROW) / 6)))
        return row * 7 + col

    def entry_at(self, pos: QPointF) -> AppointmentView | None:
        return next((view for rect, view in self._entries if rect.contains(pos)), None)

    def date_of(self, index: int) -> dt.date:
        return self.first + dt.timedelta(days=index)

    def _line_height(self) -> float:
        return painting.line_height(painting.sized_font(self.font(), -1)) + 2

    def capacity(self) -> int:
        """How many lines a day cell holds below its number."""
        height = (self.height() - WEEKDAY_ROW) / 6
        return max(1, int((height - NUMBER_ROW - 4) // self._line_height()))

    # --- mouse --------------------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        entry = self.entry_at(pos)
        if entry is not None:
            # A second click would make it a double-click: the client, not the appointment.
            self._clicked = entry
            self._click_timer.start(QApplication.styleHints().mouseDoubleClickInterval())
            return
        cell = self.cell_at(pos)
        if cell is not None:
            self.day_requested.emit(self.date_of(cell))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        entry = self.entry_at(event.position())
        if entry is not None and event.button() == Qt.MouseButton.LeftButton:
            self._click_timer.stop()
            self._clicked = None
            self.client_requested.emit(entry.client_id)

    def _single_click(self) -> None:
        entry, self._clicked = self._clicked, None
        if entry is not None:
            self.appointment_clicked.emit(entry)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = self.entry_at(event.position()) is not None or self.cell_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        entry = self.entry_at(QPointF(event.pos()))
        if entry is not None:
            self.menu_requested.emit(entry, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            entry = self.entry_at(QPointF(event.pos()))
            if entry is not None:
                QToolTip.showText(event.globalPos(), painting.tooltip(entry, self.zone), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        locale = QLocale()
        small = painting.sized_font(self.font(), -1)
        painter.setFont(small)
        painter.setPen(painting.MUTED_TEXT)
        for col in range(7):
            rect = self.cell_rect(col)
            day = self.date_of(col)
            name = locale.dayName(QDate(day.year, day.month, day.day).dayOfWeek(),
                                  QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(rect.left(), 0, rect.width(), WEEKDAY_ROW),
                             Qt.AlignmentFlag.AlignCenter, name)
        self._entries, self._more = [], []
        capacity = self.capacity()
        for index in range(MONTH_CELLS):
            self._paint_cell(painter, index, capacity)
        painter.setPen(QPen(painting.GRID_LINE, 1))
        for row in range(7):
            y = round(WEEKDAY_ROW + row * (self.height() - WEEKDAY_ROW) / 6) - 0.5
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        for col in range(1, 7):
            x = round(col * self.width() / 7) - 0.5
            painter.drawLine(QPointF(x, WEEKDAY_ROW), QPointF(x, self.height()))
        painter.end()

    def _paint_cell(self, painter: QPainter, index: int, capacity: int) -> None:
        rect = self.cell_rect(index)
        day = self.date_of(index)
        outside = day.month != self.month
        if outside:
            painter.fillRect(rect, painting.OFF_HOURS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        number_font = painting.sized_font(self.font(), 0, bold=day == self.today)
        painter.setFont(number_font)
        number = str(day.day)
        if day == self.today:  # a pill around the number, which stays where the others are
            width = QFontMetricsF(number_font).horizontalAdvance(number) + 14
            badge = QRectF(rect.left() + 2, rect.top() + 3, max(22.0, width), 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(painting.ACCENT)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
        else:
            painter.setPen(painting.FAINT_TEXT if outside else painting.TEXT)
            painter.drawText(QRectF(rect.left() + 9, rect.top() + 3, rect.width() - 12, 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        items = self.by_day[index]
        shown, hidden = month_rows(len(items), capacity)
        line = self._line_height()
        y = rect.top() + NUMBER_ROW + 1
        width = rect.width() - 10
        for view in items[:shown]:
            entry = QRectF(rect.left() + 4, y, rect.width() - 8, line - 1)
            self._paint_entry(painter, entry, view, width)
            self._entries.append((entry, view))
            y += line
        if hidden:
            painter.setFont(painting.sized_font(self.font(), -1, bold=True))
            painter.setPen(painting.MUTED_TEXT)
            more = QRectF(rect.left() + 8, y, width - 4, line - 1)
            painter.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+%n more", "", hidden))
            self._more.append((more, index))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_entry(self, painter: QPainter, rect: QRectF, view: AppointmentView,
                     width: float) -> None:
        style = painting.look(view.status)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top() + 1, 3, rect.height() - 2), style.accent)
        font = painting.sized_font(self.font(), -1, struck=style.struck)
        painter.setFont(font)
        painter.setPen(style.text)
        local = view.starts_at.astimezone(self.zone)
        start = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        text = self.entry_text(start, view)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 10)
        painter.drawText(rect.adjusted(7, 0, -2, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    @staticmethod
    def entry_text(start: str, view: AppointmentView) -> str:
        return f"{start} {short_name(view.client_name)}"

    def visible_entries(self, day: dt.date) -> tuple[list[str], int]:
        """What the cell of `day` shows: its entry lines and the number behind "+N more"."""
        index = (day - self.first).days
        items = self.by_day[index]
        shown, hidden = month_rows(len(items), self.capacity())
        lines = []
        for view in items[:shown]:
            local = view.starts_at.astimezone(self.zone)
            start = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            lines.append(self.entry_text(start, view))
        return lines, hidden
