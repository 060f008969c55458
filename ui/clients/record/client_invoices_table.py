"""A client's invoices and credit notes as a table: number, issue and due dates, total, balance,
and a coloured status pill (overdue is derived) with a word of detail. Hovering a row shows its
actions in a small strip of buttons placed on that row; right-click, the Menu key or the strip's
`⋮` give the same actions as a menu.

One model over plain InvoiceRow values, formatted once per refresh; one delegate paints every
cell; the action strip is the only widget, moved to whichever row is under the pointer. So a
client with hundreds of invoices opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from app.services.billing_lists import InvoiceRow
from app.services.invoice_records import OVERDUE
from app.store.models import InvoiceKind, InvoiceStatus
from ui.billing.action_icons import action_icon
from ui.billing.invoice_actions import InvoiceAction
from ui.billing.status_text import (
    STATUS_COLORS,
    money,
    short_date,
    shown_status,
    status_text,
)
from ui.clients.record.appointment_list import AppointmentTable, MenuButtonDelegate
from ui.row_menu_table import RowMenuTable

RowRole = Qt.ItemDataRole.UserRole + 1  # the row's InvoiceRow
PillRole = Qt.ItemDataRole.UserRole + 2  # (text, background, foreground, detail)
HOVER = QColor("#eef6f5")
DIMMED = QColor("#7b8794")
ROW_HEIGHT = 38
STRIP_ACTIONS = ("view", "pdf", "email", "payment", "cancel", "duplicate")
BUTTON = 28  # the strip's square buttons
SPACING, MARGIN = 2, 4
MENU_WIDTH = AppointmentTable.MENU_WIDTH  # the ⋮ column, as in the Overview's lists


@dataclass(frozen=True)
class _Row:
    """What a row shows, formatted once when the list is set."""

    row: InvoiceRow
    number: str
    issued: str
    due: str
    total: str
    balance: str
    balance_tip: str
    status: str
    detail: str
    status_tip: str


class InvoiceTableModel(QAbstractTableModel):
    COLUMNS = ("number", "issued", "due", "total", "balance", "status", "actions")
    STATUS, ACTIONS = 5, 6
    RIGHT = frozenset({3, 4})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.hover_row = -1
        self._headers = (self.tr("Number"), self.tr("Issued"), self.tr("Due"), self.tr("Total"),
                         self.tr("Balance"), self.tr("Status"), "")

    def set_rows(self, rows: Sequence[InvoiceRow]) -> None:
        # A cancelled invoice names the credit note that cancelled it; the row only knows the
        # reverse link, so it comes from the credit notes in the same list.
        cancelled_by = {r.credited_invoice_id: r.number for r in rows
                        if r.kind == InvoiceKind.CREDIT_NOTE and r.credited_invoice_id}
        self.beginResetModel()
        self.hover_row = -1
        self._rows = [self._row(r, cancelled_by.get(r.id)) for r in rows]
        self.endResetModel()

    def _row(self, r: InvoiceRow, credit_note: str | None) -> _Row:
        key = shown_status(r.kind, r.effective_status)
        detail = tip = ""
        credit_note_kind = r.kind == InvoiceKind.CREDIT_NOTE
        if credit_note_kind:
            detail = self.tr("for %1").replace("%1", r.credited_invoice_number or "")
            tip = self.tr("Cancels invoice %1").replace("%1", r.credited_invoice_number or "")
        elif r.status == InvoiceStatus.CANCELLED:
            detail = self.tr("by %1").replace("%1", credit_note or "")
            tip = self.tr("Cancelled by credit note %1").replace("%1", credit_note or "")
        elif r.status == InvoiceStatus.PARTIALLY_PAID or (key == OVERDUE and r.paid_minor):
            detail = self.tr("%1 paid").replace("%1", money(r.paid_minor, r.currency))
        elif r.status == InvoiceStatus.DRAFT:
            tip = self.tr("Not issued yet: it has no number and can still be changed.")
        if r.overpaid_minor:
            credit = self.tr("%1 credit").replace("%1", money(r.overpaid_minor, r.currency))
            detail = f"{detail} · {credit}" if detail else credit
        no_balance = r.status in (InvoiceStatus.DRAFT, InvoiceStatus.CANCELLED) or credit_note_kind
        balance_tip = (self.tr("%1 paid beyond the total is kept as the client's credit.")
                       .replace("%1", money(r.overpaid_minor, r.currency))
                       if r.overpaid_minor else "")
        return _Row(
            row=r, number=r.number or "—", issued=short_date(r.issue_date) or "—",
            due=short_date(r.due_date) if r.due_date and not credit_note_kind else "—",
            total=money(r.total_minor, r.currency),
            balance="—" if no_balance else money(r.balance_minor, r.currency),
            balance_tip=balance_tip, status=status_text(key), detail=detail,
            status_tip=tip or status_text(key))

    def invoice(self, row: int) -> InvoiceRow:
        return self._rows[row].row

    def row_of(self, invoice_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.row.id == invoice_id), -1)

    def texts(self, column: int) -> set[str]:
        return {getattr(r, self.COLUMNS[column]) for r in self._rows}

    def set_hover_row(self, row: int) -> None:
        if row == self.hover_row:
            return
        old, self.hover_row = self.hover_row, row
        for changed in (old, row):
            if 0 <= changed < len(self._rows):
                self.dataChanged.emit(self.index(changed, 0),
                                      self.index(changed, len(self.COLUMNS) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RowRole:
            return row.row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "actions":
                return "" if role == Qt.ItemDataRole.DisplayRole else self.tr("Actions")
            if column == "status":
                return f"{row.status} · {row.detail}" if row.detail else row.status
            return getattr(row, column)
        if role == PillRole and column == "status":
            key = shown_status(row.row.kind, row.row.effective_status)
            return (row.status, *STATUS_COLORS.get(key, STATUS_COLORS["draft"]), row.detail)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"status": row.status_tip, "balance": row.balance_tip}.get(column) or None
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.hover_row:
            return HOVER
        if role == Qt.ItemDataRole.ForegroundRole and (
                row.row.status in (InvoiceStatus.CANCELLED, InvoiceStatus.DRAFT)):
            return DIMMED
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StatusDelegate(QStyledItemDelegate):
    """The status as a coloured pill, followed by its detail in small grey text."""

    PAD_X = 9
    HEIGHT = 20

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        pill = index.data(PillRole)
        if not pill:
            return
        text, background, foreground, detail = pill
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rect = option.rect.adjusted(6, 0, -6, 0)
        width = min(metrics.horizontalAdvance(text) + 2 * self.PAD_X, rect.width())
        box = QRectF(rect.left(), rect.top() + (rect.height() - self.HEIGHT) / 2, width, self.HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, self.HEIGHT / 2, self.HEIGHT / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        if detail:
            rest = rect.adjusted(int(width) + 8, 0, 0, 0)
            painter.setPen(DIMMED)
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()

    @staticmethod
    def width_for(widget: QWidget, pill: str, detail: str) -> int:
        font = widget.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        metrics = QFontMetrics(font)
        extra = metrics.horizontalAdvance(detail) + 8 if detail else 0
        return metrics.horizontalAdvance(pill) + 2 * StatusDelegate.PAD_X + extra + 16

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.HEIGHT + 8))


class ActionStrip(QFrame):
    """The hovered row's buttons: view, PDF, email, record payment, cancel with credit note,
    duplicate, and `⋮` for the full menu. One strip for the whole table."""

    more_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceActionStrip")
        self.buttons: dict[str, QToolButton] = {}
        self._actions: dict[str, InvoiceAction] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, 0, MARGIN, 0)
        layout.setSpacing(SPACING)
        for name in (*STRIP_ACTIONS, "more"):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setIcon(action_icon(name))
            button.setIconSize(QSize(18, 18))
            button.setFixedSize(BUTTON, BUTTON)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has the menu key
            button.clicked.connect(lambda _c=False, n=name: self._clicked(n))
            layout.addWidget(button)
            self.buttons[name] = button
        self.buttons["more"].setToolTip(self.tr("More actions"))
        self.buttons["more"].setAccessibleName(self.tr("More actions"))
        self.adjustSize()

    def show_actions(self, actions: Sequence[InvoiceAction]) -> None:
        self._actions = {a.name: a for a in actions}
        for name in STRIP_ACTIONS:
            button, action = self.buttons[name], self._actions.get(name)
            button.setVisible(action is not None)
            if action is not None:
                button.setEnabled(action.enabled)
                button.setToolTip(action.tip)
                button.setAccessibleName(action.text.replace("…", ""))

    def _clicked(self, name: str) -> None:
        if name == "more":
            self.more_requested.emit()
        elif (action := self._actions.get(name)) is not None and action.enabled:
            action.trigger()

    @staticmethod
    def strip_width() -> int:
        count = len(STRIP_ACTIONS) + 1
        return count * BUTTON + (count - 1) * SPACING + 2 * MARGIN


class InvoiceTable(RowMenuTable):
    """Emits `open_requested(invoice_id)` on double-click or Enter, and
    `menu_requested(row, global_pos)` on right-click, the Menu key or the strip's `⋮`.
    `actions_for(row)` (set by the owner) gives the actions the strip shows."""

    open_requested = Signal(int)
    menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_invoices")
        self.invoices = InvoiceTableModel(self)
        self.setModel(self.invoices)
        self.actions_for: Callable[[InvoiceRow], Sequence[InvoiceAction]] = lambda _row: ()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setItemDelegateForColumn(InvoiceTableModel.STATUS, StatusDelegate(self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(InvoiceTableModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.strip = ActionStrip(self.viewport())
        self.strip.hide()
        self.strip.more_requested.connect(self._strip_menu)
        # Every row shows a painted ⋮ (no widget); the hovered row's strip ends with a real ⋮
        # button in the same place and reaches left over the status cell.
        self.setItemDelegateForColumn(InvoiceTableModel.ACTIONS, MenuButtonDelegate(self))
        self.setColumnWidth(InvoiceTableModel.ACTIONS, MENU_WIDTH)
        self.clicked.connect(lambda index: index.column() == InvoiceTableModel.ACTIONS
                             and self.request_menu(index.row()))
        self.doubleClicked.connect(lambda index: self.open_requested.emit(
            self.invoices.invoice(index.row()).id))
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_pointer())

    def set_invoices(self, rows: Sequence[InvoiceRow]) -> None:
        self.strip.hide()
        self.invoices.set_rows(rows)
        self._size_columns()
        self._follow_pointer()

    def _size_columns(self) -> None:
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        header_font = self.horizontalHeader().font()
        header_font.setBold(True)
        header_metrics = QFontMetrics(header_font)
        for column in range(InvoiceTableModel.STATUS):
            title = self.invoices.headerData(column, Qt.Orientation.Horizontal) or ""
            needed = max((metrics.horizontalAdvance(t) for t in self.invoices.texts(column)),
                         default=0)
            self.setColumnWidth(column, max(needed, header_metrics.horizontalAdvance(title)) + 28)

    def rows_height(self, rows: int) -> int:
        """The height that shows the header and `rows` rows without scrolling."""
        self.ensurePolished()
        return self.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 2 * self.frameWidth()

    # --- the hovered row and its strip ----------------------------------------------------------

    @property
    def hovered_row(self) -> int:
        return self.invoices.hover_row

    def show_actions_for(self, row: int) -> None:
        """Light up `row` and put the action strip on it (-1: no row)."""
        self.invoices.set_hover_row(row)
        if not 0 <= row < self.invoices.rowCount():
            self.strip.hide()
            return
        self.strip.show_actions(self.actions_for(self.invoices.invoice(row)))
        cell = self.visualRect(self.invoices.index(row, InvoiceTableModel.ACTIONS))
        self.strip.setFixedSize(ActionStrip.strip_width(), cell.height())
        # Its ⋮ exactly over the painted one (MenuButtonDelegate centres a 28-wide box).
        menu_left = cell.left() + (MENU_WIDTH - BUTTON) // 2
        self.strip.move(menu_left + BUTTON + MARGIN - ActionStrip.strip_width(), cell.top())
        self.strip.show()
        self.strip.raise_()

    def _follow_pointer(self) -> None:
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        inside = self.viewport().rect().contains(pos)
        self.show_actions_for(self.rowAt(pos.y()) if inside else -1)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.show_actions_for(self.rowAt(int(event.position().y())))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            # Onto the strip is still on the row (Qt sends no Leave for a child, but be sure).
            if not self.strip.underMouse():
                self.show_actions_for(-1)
        return super().viewportEvent(event)

    # --- menu and opening ------------------------------------------------------------------

    def _strip_menu(self) -> None:
        row = self.invoices.hover_row
        if row >= 0:
            button = self.strip.buttons["more"]
            self.request_menu(row, button.mapToGlobal(QPoint(0, button.height())))

    def open_row(self, row: int) -> bool:
        self.open_requested.emit(self.invoices.invoice(row).id)
        return True

    def request_menu(self, row: int, at: QPoint | None = None) -> None:
        if not 0 <= row < self.invoices.rowCount():
            return
        self.selectRow(row)
        if at is None:
            cell = self.visualRect(self.invoices.index(row, 0))
            at = self.viewport().mapToGlobal(cell.bottomLeft())
        self.menu_requested.emit(self.invoices.invoice(row), at)
