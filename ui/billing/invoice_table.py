"""The Billing area's invoice table view: status pills, client names that open the client like
links, and the row menu from a right-click, the menu key or Shift+F10.

Signals: `open_requested(invoice_id)` on a double-click or Enter, `client_requested(client_id)`
on a click on a client's name, `menu_requested(row, global_pos)` for the row's menu.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.services.billing_lists import InvoiceRow
from ui.billing.status_text import STATUS_COLORS, short_date, status_text
from ui.clients.record.appointment_list import PillDelegate
from ui.models.invoice_table_model import InvoiceTableModel

ROW_HEIGHT = 36
CELL_PADDING = 6  # QTableView::item { padding: 0 6px } in the style sheet


class _LinkDelegate(QStyledItemDelegate):
    """Underlines the client name under the pointer, as links do."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, InvoiceTable) and view.hovered_link == index:
            option.font.setUnderline(True)


class InvoiceTable(QTableView):
    open_requested = Signal(int)
    client_requested = Signal(int)
    menu_requested = Signal(object, QPoint)  # InvoiceRow, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_table")
        self.invoices = InvoiceTableModel(self)
        self.setModel(self.invoices)
        self.hovered_link: QModelIndex = QModelIndex()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setMouseTracking(True)  # client names light up under the pointer
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setItemDelegateForColumn(InvoiceTableModel.STATUS, PillDelegate(self))
        self.setItemDelegateForColumn(InvoiceTableModel.CLIENT, _LinkDelegate(self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InvoiceTableModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        # Dates and status pills as wide as the language writes them ("27 de nov. de 2026",
        # "Pagada en parte").
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        dates = max(metrics.horizontalAdvance(short_date(dt.date(2026, month, 28)))
                    for month in range(1, 13)) + 2 * CELL_PADDING + 8
        pill_font = QFont(self.font())
        pill_font.setPointSizeF(max(pill_font.pointSizeF() - 1, 7))  # as PillDelegate paints
        pills = max(QFontMetrics(pill_font).horizontalAdvance(status_text(key))
                    for key in STATUS_COLORS) + 2 * PillDelegate.PAD_X + 14
        # Numbers and amounts no wider than they print, so the client's name keeps the room
        # at the window's minimum width in the longest language (Portuguese dates).
        numbers = metrics.horizontalAdvance("INV-2026-00000") + 2 * CELL_PADDING + 8
        for column, width in ((InvoiceTableModel.NUMBER, max(110, numbers)),
                              (InvoiceTableModel.ISSUE_DATE, max(120, dates)),
                              (InvoiceTableModel.DUE_DATE, max(120, dates)),
                              (InvoiceTableModel.TOTAL, 105), (InvoiceTableModel.BALANCE, 105),
                              (InvoiceTableModel.STATUS, max(120, pills))):
            self.setColumnWidth(column, width)
        # Newest first, drafts (not dated yet) at the top: the order the service gives.
        self.sortByColumn(InvoiceTableModel.ISSUE_DATE, Qt.SortOrder.DescendingOrder)
        self.activated.connect(self._activated)  # double-click, or Enter

    def current_row(self) -> InvoiceRow | None:
        index = self.currentIndex()
        return self.invoices.invoice(index.row()) if index.isValid() else None

    def select_invoice(self, invoice_id: int) -> bool:
        row = self.invoices.row_of(invoice_id)
        if row < 0:
            return False
        self.setCurrentIndex(self.invoices.index(row, 0))
        self.selectRow(row)
        return True

    # --- client names as links -------------------------------------------------------------------

    def link_at(self, pos: QPoint) -> QModelIndex:
        """The client cell whose name (not the blank after it) is under `pos`, if any."""
        index = self.indexAt(pos)
        if not index.isValid() or index.column() != InvoiceTableModel.CLIENT:
            return QModelIndex()
        rect = self.visualRect(index)
        width = self.fontMetrics().horizontalAdvance(index.data() or "")
        inside = rect.left() + CELL_PADDING - 2 <= pos.x() <= rect.left() + CELL_PADDING + width + 2
        return index if inside else QModelIndex()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        link = self.link_at(event.position().toPoint())
        if link != self.hovered_link:
            old, self.hovered_link = self.hovered_link, link
            for index in (old, link):
                if index.isValid():
                    self.viewport().update(self.visualRect(index))
            if link.isValid():
                self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if self.hovered_link.isValid():
            self.viewport().update(self.visualRect(self.hovered_link))
        self.hovered_link = QModelIndex()
        self.viewport().unsetCursor()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not event.modifiers():
            link = self.link_at(event.position().toPoint())
            client_id = self.invoices.invoice(link.row()).client_id if link.isValid() else None
            if client_id is not None:  # None: the client was erased
                self.client_requested.emit(client_id)

    # --- opening and the row menu --------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.invoices.invoice(index.row()).id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if not index.isValid():
                return
            self.selectRow(index.row())
            self.setCurrentIndex(index)
            self.menu_requested.emit(self.invoices.invoice(index.row()), event.globalPos())
        else:  # the menu key or Shift+F10: below the current row
            self.request_menu()
        event.accept()

    def request_menu(self) -> None:
        row = self.current_row()
        if row is None:
            return
        rect = self.visualRect(self.currentIndex().siblingAtColumn(InvoiceTableModel.NUMBER))
        self.menu_requested.emit(row, self.viewport().mapToGlobal(rect.bottomLeft()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Menu or (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            self.request_menu()
            event.accept()
            return
        super().keyPressEvent(event)
