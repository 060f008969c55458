"""Parts of an issued invoice's view in the editor: the status pill of its heading, the line
that ties a credit note and the invoice it cancels together, and the payments made on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
from app.store.models import InvoiceStatus
from app.workspace import Workspace
from ui.billing.status_text import STATUS_COLORS, short_date, shown_status, status_text
from ui.i18n import core_text
from ui.money_text import format_minor


class StatusPill(QLabel):
    """The status as a small rounded label, coloured like the Billing lists' pills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPill")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_status(self, kind: str, effective_status: str) -> None:
        key = shown_status(kind, effective_status)
        background, foreground = STATUS_COLORS.get(key, STATUS_COLORS[InvoiceStatus.DRAFT.value])
        self.setText(status_text(key))
        self.setStyleSheet(f"#statusPill {{ background: {background}; color: {foreground}; "
                           "border-radius: 10px; padding: 2px 10px; font-size: 9pt; "
                           "font-weight: 600; }")


def reference_text(view: InvoiceView) -> str:
    """A credit note names the invoice it cancels; a cancelled invoice its credit note. With
    the reason, as printed."""
    tr = QCoreApplication.translate
    if view.is_credit_note:
        text = tr("InvoiceEditor", "Cancels invoice %1.").replace(
            "%1", view.credited_invoice_number or "")
    elif view.status == InvoiceStatus.CANCELLED:
        text = tr("InvoiceEditor", "Cancelled by credit note %1.").replace(
            "%1", view.credit_note_number or "")
    else:
        return ""
    if view.cancel_reason:
        text += " " + tr("InvoiceEditor", "Reason: %1").replace("%1", view.cancel_reason)
    return text


class InvoicePayments(QWidget):
    """The payments recorded on one invoice (date, method, reference, amount), or a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Payments"), objectName="subTitle")
        self.empty = QLabel(self.tr("No payment recorded yet."), objectName="hint")
        self.table = QTableWidget(0, 4, objectName="invoice_payments")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Method"),
                                              self.tr("Reference"), self.tr("Amount")])
        self.table.horizontalHeaderItem(3).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
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
        rows = sorted(payments.list_payments(ws, invoice_id=view.id), key=lambda p: (p.paid_on, p.id))
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            reference = " · ".join(x for x in (p.reference, p.receipt_number or "") if x)
            cells = (short_date(p.paid_on), core_text(payments.METHOD_LABELS.get(p.method, p.method)),
                     reference, format_minor(p.amount_minor, view.currency))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header_height + 30 * min(len(rows), 4) + 4)
