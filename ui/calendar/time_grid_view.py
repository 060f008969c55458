"""The day and week views: one painted time grid with N day columns in a scroll area (24 hours
high, opened on working hours), a header of weekdays that stays put, and appointment blocks.

The view only reports what the user did (signals); the calendar area decides what opens.
"""

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
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from app.services.appointments import AppointmentView
from ui.calendar import painting
from ui.calendar.layout import (
    DAY_MINUTES,
    TimeGrid,
    day_segments,
    place_side_by_side,
    snap,
    visual_end,
)

MIN_HOUR_HEIGHT = 44.0  # two lines of text fit in a 50-minute block
WORKING_HOURS = (7, 21)  # opened on these; the rest is a scroll away
HEADER_HEIGHT = 44
MIN_BLOCK_MINUTES = 30  # at the smallest hour height, one line of text still fits
DRAG_THRESHOLD = 6  # pixels before a press becomes a range selection
LABEL_ROOM = 10  # pixels kept above the first hour shown


class _Block:
    __slots__ = ("view", "day", "placed", "rect")

    def __init__(self, view: AppointmentView, day: int, placed) -> None:
        self.view = view
        self.day = day
        self.placed = placed
        self.rect = QRectF()


class TimeGridCanvas(QWidget):
    """The painted grid itself; lives inside TimeGridView's scroll area."""

    slot_clicked = Signal(object)  # aware datetime: a free slot, on the quarter hour
    range_selected = Signal(object, int)  # start, minutes: a press-drag over free time
    appointment_clicked = Signal(object)  # AppointmentView
    client_requested = Signal(int)
    menu_requested = Signal(object, QPoint)  # AppointmentView, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the calendar's keys work after a click
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.first = dt.date.today()
        self.days = 7
        self.today = dt.date.today()
        self.now_minutes = 0
        self.zone = ZoneInfo("UTC")
        self.hour_height = MIN_HOUR_HEIGHT
        self.blocks: list[_Block] = []
        self._press: QPointF | None = None
        self._press_block: _Block | None = None
        self._selection: tuple[int, int, int] | None = None  # day, start, end minutes
        self._click_timer = QTimer(self, singleShot=True)
        self._click_timer.timeout.connect(self._single_click)
        self._clicked: _Block | None = None
        self._gutter = self._gutter_width()

    # --- data ------------------------------------------------------------------------------

    def set_period(self, first: dt.date, days: int, today: dt.date, now_minutes: int,
                   zone: ZoneInfo) -> None:
        self.first, self.days, self.today, self.now_minutes, self.zone = (
            first, days, today, now_minutes, zone)

    def set_appointments(self, items: list[AppointmentView]) -> None:
        per_day: dict[int, list[tuple[int, int, int]]] = {}
        segments: list[tuple[AppointmentView, int]] = []
        for view in items:
            for day, start, end in day_segments(view.starts_at, view.ends_at, self.zone,
                                                self.first, self.days):
                per_day.setdefault(day, []).append(
                    (len(segments), start, visual_end(start, end, MIN_BLOCK_MINUTES)))
                segments.append((view, day))
        blocks = []
        for entries in per_day.values():
            for placed in place_side_by_side(entries):
                view, day = segments[placed.key]
                blocks.append(_Block(view, day, placed))
        self.blocks = blocks
        self._place_blocks()
        self.update()

    def grid(self) -> TimeGrid:
        return TimeGrid(self.days, float(self.width()), self.hour_height, self._gutter)

    def _gutter_width(self) -> float:
        metrics = QFontMetricsF(painting.sized_font(self.font(), -1))
        widest = max(metrics.horizontalAdvance(self._hour_text(h)) for h in (0, 11, 12, 23))
        return widest + 16

    @staticmethod
    def _hour_text(hour: int) -> str:
        return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)

    def _place_blocks(self) -> None:
        grid = self.grid()
        for block in self.blocks:
            x, y, w, h = grid.block_rect(block.day, block.placed)
            block.rect = QRectF(x, y, w, h)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_blocks()

    # --- hit testing and the times under the pointer ------------------------------------------

    def block_at(self, pos: QPointF) -> _Block | None:
        for block in reversed(self.blocks):  # the last painted is on top
            if block.rect.contains(pos):
                return block
        return None

    def moment_at(self, day: int, minutes: int) -> dt.datetime:
        when = dt.datetime.combine(self.first + dt.timedelta(days=day), dt.time(0), tzinfo=self.zone)
        return when.replace(hour=minutes // 60, minute=minutes % 60) if minutes < DAY_MINUTES \
            else when + dt.timedelta(days=1)

    def point_of(self, moment: dt.datetime) -> QPoint:
        """A point in that moment's column at its time (what a click there would mean)."""
        local = moment.astimezone(self.zone)
        grid = self.grid()
        day = (local.date() - self.first).days
        x = grid.day_left(day) + grid.day_width / 2
        return QPoint(int(x), int(grid.y_of(local.hour * 60 + local.minute)) + 1)

    # --- mouse ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        self._press = pos
        self._press_block = self.block_at(pos)
        self._selection = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press is None or self._press_block is not None:
            block = self.block_at(pos)
            self.setCursor(Qt.CursorShape.PointingHandCursor if block else Qt.CursorShape.ArrowCursor)
            return
        if (pos - self._press).manhattanLength() < DRAG_THRESHOLD and self._selection is None:
            return
        grid = self.grid()
        day = grid.day_at(self._press.x())
        if day is None:
            return
        a, b = sorted((grid.minutes_at(self._press.y()), grid.minutes_at(pos.y())))
        self._selection = (day, snap(a), max(snap(b, up=True), snap(a) + 15))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        press, block, selection = self._press, self._press_block, self._selection
        self._press = self._press_block = self._selection = None
        self.update()
        if block is not None:
            if self.block_at(event.position()) is block:
                # Wait: a second click makes it a double-click (the client), not this.
                self._clicked = block
                self._click_timer.start(QApplication.styleHints().mouseDoubleClickInterval())
            return
        if selection is not None:
            day, start, end = selection
            self.range_selected.emit(self.moment_at(day, start), end - start)
            return
        grid = self.grid()
        day = grid.day_at(press.x())
        if day is not None:
            minutes = min(snap(grid.minutes_at(press.y())), DAY_MINUTES - 15)
            self.slot_clicked.emit(self.moment_at(day, minutes))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self.block_at(event.position())
        if block is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._click_timer.stop()
        self._clicked = None
        self.client_requested.emit(block.view.client_id)

    def _single_click(self) -> None:
        block, self._clicked = self._clicked, None
        if block is not None:
            self.appointment_clicked.emit(block.view)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        block = self.block_at(QPointF(event.pos()))
        if block is not None:
            self.menu_requested.emit(block.view, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self.block_at(QPointF(event.pos()))
            if block is not None:
                QToolTip.showText(event.globalPos(), painting.tooltip(block.view, self.zone), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        grid = self.grid()
        clip = QRectF(event.rect())
        painter.fillRect(clip, QColor("#ffffff"))
        start_h, end_h = WORKING_HOURS
        for top, bottom in ((0, start_h), (end_h, 24)):
            painter.fillRect(QRectF(grid.gutter, grid.y_of(top * 60), grid.width - grid.gutter,
                                    grid.y_of((bottom - top) * 60)), painting.OFF_HOURS)
        today = (self.today - self.first).days
        if 0 <= today < self.days and self.days > 1:
            painter.fillRect(QRectF(grid.day_left(today), 0, grid.day_width, grid.height),
                             painting.TODAY_FILL)
        self._paint_lines(painter, grid, clip)
        if self._selection is not None:
            self._paint_selection(painter, grid)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for block in self.blocks:
            if block.rect.intersects(clip):
                self._paint_block(painter, block)
        if 0 <= today < self.days:
            y = grid.y_of(self.now_minutes)
            painter.setPen(QPen(painting.NOW_LINE, 2))
            left = grid.day_left(today)
            painter.drawLine(QPointF(left, y), QPointF(left + grid.day_width, y))
            painter.setBrush(painting.NOW_LINE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(left + 1, y), 4, 4)
        painter.end()

    def _paint_lines(self, painter: QPainter, grid: TimeGrid, clip: QRectF) -> None:
        painter.setPen(QPen(painting.HALF_HOUR_LINE, 1))
        for hour in range(24):
            y = round(grid.y_of(hour * 60 + 30)) + 0.5
            painter.drawLine(QPointF(grid.gutter, y), QPointF(grid.width, y))
        painter.setPen(QPen(painting.GRID_LINE, 1))
        for hour in range(1, 24):
            y = round(grid.y_of(hour * 60)) + 0.5
            painter.drawLine(QPointF(grid.gutter - 6, y), QPointF(grid.width, y))
        for day in range(self.days + 1):
            x = round(grid.day_left(day)) - 0.5 if day else grid.gutter - 0.5
            painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom() + 1))
        font = painting.sized_font(self.font(), -1)
        painter.setFont(font)
        painter.setPen(painting.MUTED_TEXT)
        half = QFontMetricsF(font).height() / 2
        for hour in range(1, 24):
            y = grid.y_of(hour * 60)
            painter.drawText(QRectF(0, y - half, grid.gutter - 9, 2 * half),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._hour_text(hour))

    def _paint_selection(self, painter: QPainter, grid: TimeGrid) -> None:
        day, start, end = self._selection
        rect = QRectF(grid.day_left(day) + 1, grid.y_of(start), grid.day_width - 3,
                      grid.y_of(end) - grid.y_of(start))
        painter.fillRect(rect, painting.SELECTION)
        painter.setPen(painting.ACCENT)
        painter.setFont(painting.sized_font(self.font(), -1, bold=True))
        label = f"{self._hour_minute(start)} – {self._hour_minute(end)}"
        painter.drawText(rect.adjusted(6, 2, -4, 0), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, label)

    @staticmethod
    def _hour_minute(minutes: int) -> str:
        return QLocale().toString(QTime(minutes // 60 % 24, minutes % 60),
                                  QLocale.FormatType.ShortFormat)

    def _paint_block(self, painter: QPainter, block: _Block) -> None:
        view, rect = block.view, block.rect
        style = painting.look(view.status)
        painter.setPen(QPen(style.accent.lighter(115), 1))
        painter.setBrush(style.fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top() + 1, 3, rect.height() - 2), style.accent)
        text_rect = rect.adjusted(7, 2, -3, -1)
        if text_rect.width() < 14 or text_rect.height() < 8:
            return
        name_font = painting.sized_font(self.font(), -1, bold=True, struck=style.struck)
        small = painting.sized_font(self.font(), -1.5, struck=style.struck)
        line = max(painting.line_height(name_font), painting.line_height(small))
        room = max(1, int(text_rect.height() // line))
        when = f"{self._hour_minute(block.placed.start)}–{self._hour_minute(self._end_minutes(block))}"
        service = view.service_name
        if room >= 3:
            lines = [(view.client_name, name_font), (service, small), (when, small)] if service \
                else [(view.client_name, name_font), (when, small)]
        elif room == 2:
            second = f"{when} · {service}" if service else when
            if service and QFontMetricsF(small).horizontalAdvance(second) > text_rect.width():
                # The block's height already says when it ends: the start leaves room for the service.
                second = f"{self._hour_minute(block.placed.start)} · {service}"
            lines = [(view.client_name, name_font), (second, small)]
        else:
            lines = [(f"{self._hour_minute(block.placed.start)} {view.client_name}", name_font)]
        painter.setPen(style.text)
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        y = text_rect.top()
        for text, font in lines[:room]:
            painter.setFont(font)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                    text_rect.width())
            painter.drawText(QRectF(text_rect.left(), y, text_rect.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            y += line
        painter.restore()

    def _end_minutes(self, block: _Block) -> int:
        local = block.view.ends_at.astimezone(self.zone)
        return local.hour * 60 + local.minute


class DayHeader(QWidget):
    """Weekday and date over each column; today's date in the accent colour. A click on a
    date opens that day."""

    day_clicked = Signal(object)  # dt.date

    def __init__(self, canvas: TimeGridCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_header")
        self._canvas = canvas
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def label(self, day: int) -> tuple[str, str]:
        date = self._canvas.first + dt.timedelta(days=day)
        qdate = QDate(date.year, date.month, date.day)
        locale = QLocale()
        if self._canvas.days == 1:
            return (locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.LongFormat),
                    str(date.day))
        return locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat), str(date.day)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self._canvas.grid().day_at(event.position().x())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(self._canvas.first + dt.timedelta(days=day))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        grid = self._canvas.grid()
        painter.setPen(QPen(painting.GRID_LINE, 1))
        painter.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        today = (self._canvas.today - self._canvas.first).days
        weekday_font = painting.sized_font(self.font(), -1)
        number_font = painting.sized_font(self.font(), 3, bold=True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for day in range(self._canvas.days):
            left, width = grid.day_left(day), grid.day_width
            weekday, number = self.label(day)
            is_today = day == today
            painter.setFont(weekday_font)
            painter.setPen(painting.ACCENT if is_today else painting.MUTED_TEXT)
            top = QRectF(left, 3, width, 16)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter,
                             QFontMetricsF(weekday_font).elidedText(
                                 weekday, Qt.TextElideMode.ElideRight, width - 4))
            painter.setFont(number_font)
            circle = QRectF(left + width / 2 - 12, 19, 24, 22)
            if is_today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(painting.ACCENT)
                painter.drawRoundedRect(circle, 11, 11)
                painter.setPen(QColor("#ffffff"))
            else:
                painter.setPen(painting.TEXT)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, number)
            if day:
                painter.setPen(QPen(painting.GRID_LINE, 1))
                x = round(left) - 0.5
                painter.drawLine(QPointF(x, 8), QPointF(x, self.height()))
        painter.end()


class TimeGridView(QScrollArea):
    """Scroll area around the canvas; the day header sits in its top margin, so it lines up
    with the columns whatever the scroll bar's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_grid_view")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.canvas = TimeGridCanvas()
        self.setWidget(self.canvas)
        self.header = DayHeader(self.canvas, self)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.canvas.setFixedHeight(int(self.canvas.grid().height))
        self._scrolled = False

    def set_period(self, first: dt.date, days: int, today: dt.date, now_minutes: int,
                   zone: ZoneInfo) -> None:
        self.canvas.set_period(first, days, today, now_minutes, zone)
        self.header.update()

    def set_now(self, today: dt.date, now_minutes: int) -> None:
        self.canvas.today, self.canvas.now_minutes = today, now_minutes
        self.canvas.update()
        self.header.update()

    def set_appointments(self, items: list[AppointmentView]) -> None:
        self.canvas.set_appointments(items)

    def scroll_to_minutes(self, minutes: int) -> None:
        # A little above the hour, so that its label is not cut in half.
        self.verticalScrollBar().setValue(int(self.canvas.grid().y_of(minutes)) - LABEL_ROOM)

    def top_minutes(self) -> int:
        y = self.verticalScrollBar().value() + LABEL_ROOM
        return round(self.canvas.grid().minutes_at(y))

    def _fit_hours(self) -> None:
        """Working hours fill the visible height when there is room; never below a readable
        hour. The time at the top stays where it was."""
        start, end = WORKING_HOURS
        height = max(MIN_HOUR_HEIGHT, self.viewport().height() / (end - start))
        canvas = self.canvas
        if abs(height - canvas.hour_height) < 0.5 and canvas.height() == int(canvas.grid().height):
            return
        keep = self.top_minutes() if self._scrolled else start * 60
        canvas.hour_height = height
        canvas.setFixedHeight(int(canvas.grid().height))
        canvas._place_blocks()
        # The scroll area learns the new height only after a layout pass; set the range now
        # so that scrolling right away lands where asked.
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, canvas.height() - self.viewport().height()))
        self.scroll_to_minutes(keep)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_hours()
        vp = self.viewport().geometry()
        self.header.setGeometry(vp.x(), vp.y() - HEADER_HEIGHT, vp.width(), HEADER_HEIGHT)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_hours()
        if not self._scrolled:
            self.scroll_to_minutes(WORKING_HOURS[0] * 60)
            self._scrolled = True
