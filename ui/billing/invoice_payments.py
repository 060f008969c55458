"""The payments made on an issued invoice, as its view in the editor lists them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import payments
from app.services.invoices import InvoiceView
from app.workspace import Workspace
from ui.billing.status_text import short_date
from ui.i18n import core_text
from ui.money_text import format_minor


class InvoicePayments(QWidget):
    """The payments recorded on one invoice (date, method, reference, amount), or a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("#subTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }")
        self.title = QLabel(self.tr("Payments"), objectName="subTitle")
        self.empty = QLabel(self.tr("No payment recorded yet."), objectName="hint")
        self.table = QTableWidget(0, 4, objectName="invoice_payments")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Method"),
                                              self.tr("Reference"), self.tr("Amount")])
        self.table.horizontalHeaderItem(3).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def show_payments(self, ws: Workspace, view: InvoiceView) -> None:
        rows = sorted(payments.list_payments(ws, invoice_id=view.id),
                      key=lambda p: (p.paid_on, p.id))
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            reference = " · ".join(x for x in (p.reference, p.receipt_number or "") if x)
            method = core_text(payments.METHOD_LABELS.get(p.method, p.method))
            cells = (short_date(p.paid_on), method, reference,
                     format_minor(p.amount_minor, view.currency))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header_height + 30 * min(len(rows), 4) + 4)
