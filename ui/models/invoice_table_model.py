"""The Billing area's table: every invoice and credit note matching the filters, as plain
InvoiceRow values read in one query. Cell texts are formatted on first display and kept, so
scrolling through thousands of rows never formats an amount twice; sorting is done on the rows
in memory (no query)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.billing_lists import InvoiceRow
from app.services.invoice_records import OVERDUE
from app.store.models import InvoiceKind, InvoiceStatus
from ui.billing.status_text import STATUS_COLORS, short_date, shown_status, status_text
from ui.clients.record.appointment_list import PillsRole
from ui.money_text import format_minor

RowRole = Qt.ItemDataRole.UserRole + 10  # the row's InvoiceRow
LINK = QColor("#2f7d73")  # client names open the client: drawn like the app's links
DIMMED = QColor("#7b8794")
OVERDUE_TEXT = QColor("#9b2c3d")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class InvoiceTableModel(QAbstractTableModel):
    COLUMNS = ("number", "client", "issue_date", "due_date", "total", "balance", "status")
    NUMBER, CLIENT, ISSUE_DATE, DUE_DATE, TOTAL, BALANCE, STATUS = range(7)
    AMOUNTS = (TOTAL, BALANCE)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[InvoiceRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # invoice id → its cells' texts
        self._today = dt.date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (self.tr("Number"), self.tr("Client"), self.tr("Issued"), self.tr("Due"),
                         self.tr("Total"), self.tr("Balance"), self.tr("Status"))

    # --- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: list[InvoiceRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self._today = today or dt.date.today()
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rows(self) -> list[InvoiceRow]:
        return list(self._rows)

    def invoice(self, row: int) -> InvoiceRow:
        return self._rows[row]

    def row_of(self, invoice_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == invoice_id), -1)

    def _cells(self, r: InvoiceRow) -> tuple[str, ...]:
        texts = self._texts.get(r.id)
        if texts is None:
            number = r.number or self.tr("Draft")
            texts = (number, r.client_name, short_date(r.issue_date),
                     short_date(r.due_date) if r.kind == InvoiceKind.INVOICE else "",
                     format_minor(r.total_minor, r.currency),
                     format_minor(r.balance_minor, r.currency) if r.balance_minor else "—",
                     status_text(shown_status(r.kind, r.effective_status)))
            self._texts[r.id] = texts
        return texts

    def _tooltip(self, r: InvoiceRow, column: int) -> str | None:
        if column == self.NUMBER:
            if r.status == InvoiceStatus.DRAFT:
                return self.tr("A draft gets its number when it is issued.")
            if r.credited_invoice_number:
                return self.tr("Credit note for invoice %1").replace("%1", r.credited_invoice_number)
        if column == self.CLIENT:
            return self.tr("Open %1’s record").replace("%1", r.client_name)
        if column == self.DUE_DATE and r.effective_status == OVERDUE and r.due_date:
            days = (self._today - r.due_date).days
            return self.tr("Overdue by %n day(s)", "", days)
        if column == self.BALANCE and r.overpaid_minor:
            return self.tr("%1 paid beyond the total is kept as the client’s credit.").replace(
                "%1", format_minor(r.overpaid_minor, r.currency))
        if column in (self.TOTAL, self.BALANCE) and r.paid_minor and r.kind == InvoiceKind.INVOICE:
            return self.tr("Paid so far: %1").replace("%1", format_minor(r.paid_minor, r.currency))
        return None

    # --- Qt model API --------------------------------------------------------------------------

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
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.AMOUNTS:
            return RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells(r)[column]
        if role == RowRole:
            return r
        if role == PillsRole and column == self.STATUS:
            key = shown_status(r.kind, r.effective_status)
            return [(self._cells(r)[column], *STATUS_COLORS.get(key, STATUS_COLORS["draft"]))]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.AMOUNTS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CLIENT:
                return LINK
            if column == self.DUE_DATE and r.effective_status == OVERDUE:
                return OVERDUE_TEXT
            if r.status in (InvoiceStatus.DRAFT, InvoiceStatus.CANCELLED) and column != self.STATUS:
                return DIMMED
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        return None

    def _key(self, column: int):  # noqa: ANN202
        far = dt.date.max  # drafts (no dates yet) sort as the newest
        keys = {
            self.NUMBER: lambda r: (r.number is not None, r.number or "", r.id),
            self.CLIENT: lambda r: (r.client_name.casefold(), r.id),
            self.ISSUE_DATE: lambda r: (r.issue_date or far, r.id),
            self.DUE_DATE: lambda r: (r.due_date or far, r.id),
            self.TOTAL: lambda r: (r.total_minor, r.id),
            self.BALANCE: lambda r: (r.balance_minor, r.id),
            self.STATUS: lambda r: (self._cells(r)[self.STATUS].casefold(), r.id),
        }
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        # The selection and current row follow their invoices, not their old positions.
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[i], old.column())
                                                for i, old in zip(ids, before, strict=True)])
        self.layoutChanged.emit()
