"""A client's appointments as a light table (the Overview tab's Upcoming and Past lists): one
small model over plain AppointmentView values, coloured status pills and badges drawn by a
delegate, and a `⋮` cell per row that asks for the actions menu. No widget per row, so a
history of hundreds of appointments opens at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.appointments import STATUS_LABELS, AppointmentView
from app.store.models import AppointmentStatus, LocationKind
from ui.appointments.time_text import qdate, time_range_text
from ui.i18n import core_text
from ui.row_menu_table import RowMenuTable

ViewRole = Qt.ItemDataRole.UserRole + 1  # the row's AppointmentView
PillsRole = Qt.ItemDataRole.UserRole + 2  # [(text, background, foreground)] drawn as pills

# (background, text) per status: calm for scheduled, green for done, grey for cancelled,
# warm red for a no-show (it usually needs a follow-up).
STATUS_COLORS = {
    AppointmentStatus.SCHEDULED: ("#dcefec", "#1f5f57"),
    AppointmentStatus.COMPLETED: ("#e3f2e8", "#276749"),
    AppointmentStatus.CANCELLED: ("#eceff2", "#52606d"),
    AppointmentStatus.NO_SHOW: ("#fbe9ec", "#9b2c3d"),
}
BADGE_COLORS = ("#e8eef8", "#34568b")
DIMMED = QColor("#7b8794")
ROW_HEIGHT = 36


def day_text(moment: dt.datetime, zone: ZoneInfo) -> str:
    """The locale's long date with abbreviated names ("Wed, Dec 9, 2026", "mer. 9 déc. 2026"):
    readable at a glance, short enough for a column."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return QLocale().toString(qdate(moment.astimezone(zone).date()),
                              fmt.replace("dddd", "ddd").replace("MMMM", "MMM"))


@dataclass(frozen=True)
class _Row:
    """What a row shows, formatted once when the list is set (not on every paint)."""

    view: AppointmentView
    date: str
    time: str
    service: str
    where: str
    where_tip: str
    status: str
    status_tip: str
    badges: tuple[str, ...]
    badge_tips: tuple[str, ...]


class AppointmentTableModel(QAbstractTableModel):
    COLUMNS = ("date", "time", "service", "where", "status", "badges", "menu")
    MENU = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._headers = (self.tr("Date"), self.tr("Time"), self.tr("Service"), self.tr("Where"),
                         self.tr("Status"), "", "")
        self._where = {LocationKind.IN_PERSON: self.tr("In person"),
                       LocationKind.PHONE: self.tr("Phone"), LocationKind.VIDEO: self.tr("Video")}

    def set_appointments(self, views: list[AppointmentView], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._rows = [self._row(v, zone) for v in views]
        self.endResetModel()

    def _row(self, v: AppointmentView, zone: ZoneInfo) -> _Row:
        status = core_text(STATUS_LABELS.get(v.status, v.status))
        status_tip = status
        if v.status == AppointmentStatus.CANCELLED and v.cancel_reason:
            status_tip = self.tr("Cancelled: %1").replace("%1", v.cancel_reason)
        where_tip = v.video_url if v.location_kind == LocationKind.VIDEO else v.location
        badges, tips = [], []
        if v.invoiced:
            badges.append(self.tr("Invoiced"))
            tips.append(self.tr("This appointment is on an invoice."))
        if v.note_count:
            badges.append(self.tr("%n note(s)", "", v.note_count))
            tips.append(self.tr("Notes are linked to this appointment (Documentation tab)."))
        return _Row(v, day_text(v.starts_at, zone), time_range_text(v.starts_at, v.ends_at, zone),
                    v.service_name or "—", self._where.get(v.location_kind, v.location_kind),
                    where_tip, status, status_tip, tuple(badges), tuple(tips))

    def view(self, row: int) -> AppointmentView:
        return self._rows[row].view

    def texts(self, column: int) -> set[str]:
        """The distinct texts of a text column, for sizing it."""
        return {getattr(r, self.COLUMNS[column]) for r in self._rows}

    def badge_sets(self) -> set[tuple[str, ...]]:
        return {r.badges for r in self._rows}

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ViewRole:
            return row.view
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "badges":
                return " · ".join(row.badges)
            if column == "menu":
                return "⋮" if role == Qt.ItemDataRole.DisplayRole else self.tr("Actions")
            return getattr(row, column)
        if role == PillsRole:
            if column == "status":
                return [(row.status, *STATUS_COLORS.get(row.view.status, BADGE_COLORS))]
            if column == "badges":
                return [(text, *BADGE_COLORS) for text in row.badges]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"status": row.status_tip, "where": row.where_tip,
                    "badges": "\n".join(row.badge_tips),
                    "menu": self.tr("Actions for this appointment")}.get(column) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.view.status == AppointmentStatus.CANCELLED:
            return DIMMED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "menu":
            return Qt.AlignmentFlag.AlignCenter
        return None


class PillDelegate(QStyledItemDelegate):
    """Short texts as rounded, coloured pills (status, Invoiced, notes)."""

    PAD_X = 8
    GAP = 4
    HEIGHT = 20

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        pills = index.data(PillsRole) or []
        if not pills:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rect = option.rect.adjusted(6, 0, -4, 0)
        x = rect.left()
        y = rect.top() + (rect.height() - self.HEIGHT) / 2
        for text, background, foreground in pills:
            width = min(metrics.horizontalAdvance(text) + 2 * self.PAD_X + 2, rect.right() - x)
            if width <= 2 * self.PAD_X:
                break
            pill = QRectF(x, y, width, self.HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, self.HEIGHT / 2, self.HEIGHT / 2)
            painter.setPen(QColor(foreground))
            painter.drawText(pill.adjusted(self.PAD_X, 0, -self.PAD_X + 1, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                int(width) - 2 * self.PAD_X + 1))
            x += width + self.GAP
        painter.restore()

    @staticmethod
    def width_for(widget: QWidget, texts: list[str]) -> int:
        font = widget.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        metrics = QFontMetrics(font)
        return sum(metrics.horizontalAdvance(t) + 2 * PillDelegate.PAD_X + 2 + PillDelegate.GAP
                   for t in texts) + 12

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.HEIGHT + 8))


class MenuButtonDelegate(QStyledItemDelegate):
    """The `⋮` cell, drawn like the record's other item-menu buttons."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # At a fixed place from the cell's left: a cell widened to line up with a list that
        # scrolls keeps its button where the other list has it.
        rect = QRectF(option.rect)
        box = QRectF(rect.left() + (AppointmentTable.MENU_WIDTH - 28) / 2,
                     rect.top() + (rect.height() - 24) / 2, 28, 24)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(QColor("#3f9b8f" if hovered else "#cbd2d9"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#3e4c59"))
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "⋮")
        painter.restore()


class AppointmentTable(RowMenuTable):
    """Emits `menu_requested(view, global_pos, below_button)` from the `⋮` cell (below_button:
    the point is the cell's bottom-right corner), a right-click or the menu key, and
    `open_requested(id)` on a double-click or Enter."""

    menu_requested = Signal(object, QPoint, bool)
    open_requested = Signal(int)
    MENU_WIDTH = 44

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.appointments = AppointmentTableModel(self)
        self.setModel(self.appointments)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)  # the ⋮ button lights up under the pointer
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        pills = PillDelegate(self)
        self.setItemDelegateForColumn(4, pills)
        self.setItemDelegateForColumn(5, pills)
        self.setItemDelegateForColumn(AppointmentTableModel.MENU, MenuButtonDelegate(self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the service takes the rest
        header.setMinimumSectionSize(40)
        self.setColumnWidth(AppointmentTableModel.MENU, self.MENU_WIDTH)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._double_clicked)

    def set_appointments(self, views: list[AppointmentView], zone: ZoneInfo) -> None:
        self.appointments.set_appointments(views, zone)

    def content_widths(self) -> dict[int, int]:
        """The width each sized column needs for its header and texts (pills included)."""
        self.ensurePolished()  # the style sheet's font, not the default one, decides widths
        metrics = QFontMetrics(self.font())
        header_font = self.horizontalHeader().font()
        header_font.setBold(True)
        header_metrics = QFontMetrics(header_font)
        widths = {}
        for column in (0, 1, 3, 4, 5):
            texts = self.appointments.texts(column) if column != 5 else set()
            title = self.appointments.headerData(column, Qt.Orientation.Horizontal) or ""
            if column == 4:
                needed = max((PillDelegate.width_for(self, [t]) for t in texts), default=0)
            elif column == 5:
                needed = max((PillDelegate.width_for(self, list(b))
                              for b in self.appointments.badge_sets() if b), default=0)
            else:
                needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 24
            widths[column] = max(needed, header_metrics.horizontalAdvance(title) + 28)
        return widths

    def apply_widths(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def scrolls(self) -> bool:
        return self.verticalScrollBar().maximum() > 0

    def reserve_scrollbar(self, reserve: bool) -> None:
        """Widen the ⋮ column by a scroll bar's width, so this list's columns line up with
        those of a list beside it that scrolls."""
        extra = self.verticalScrollBar().sizeHint().width() if reserve else 0
        self.setColumnWidth(AppointmentTableModel.MENU, self.MENU_WIDTH + extra)

    def rows_height(self, rows: int) -> int:
        """The height that shows the header and `rows` rows without scrolling."""
        self.ensurePolished()
        return self.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 2 * self.frameWidth()

    def fit_height(self, max_rows: int) -> None:
        """Tall enough for its rows (up to max_rows, then it scrolls)."""
        self.setFixedHeight(self.rows_height(min(self.appointments.rowCount(), max_rows)))

    # --- menu and opening ---------------------------------------------------------------

    def _menu_point(self, row: int) -> QPoint:
        rect = self.visualRect(self.appointments.index(row, AppointmentTableModel.MENU))
        return self.viewport().mapToGlobal(rect.bottomRight())

    def open_row(self, row: int) -> bool:
        self.open_requested.emit(self.appointments.view(row).id)
        return True

    def request_menu(self, row: int, at: QPoint | None = None) -> None:
        if 0 <= row < self.appointments.rowCount():
            self.selectRow(row)
            self.menu_requested.emit(self.appointments.view(row), at or self._menu_point(row),
                                     at is None)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == AppointmentTableModel.MENU:
            self.request_menu(index.row())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != AppointmentTableModel.MENU:
            self.open_requested.emit(self.appointments.view(index.row()).id)

