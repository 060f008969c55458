"""The totals under an invoice's lines: subtotal, the invoice discount, tax per rate, total,
and for an issued invoice what was paid and what is still due. Right-aligned, amounts in the
invoice currency as the interface locale writes them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.services.invoice_totals import Totals
from ui.money_text import format_minor, format_percent

STYLE = """
#invoiceTotals { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#invoiceTotals QLabel { background: transparent; }
#totalsCaption { color: #52606d; }
#totalsStrong { font-size: 11.5pt; font-weight: 600; }
#totalsDue { font-size: 11.5pt; font-weight: 600; color: #9b2c3d; }
"""


class InvoiceTotalsBox(QFrame):
    """`values` maps a row key (subtotal, discount, tax_23, total, paid, balance, credit) to
    the label showing its amount, for whoever wants to read what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceTotals")
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(300)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}

    def _clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.values = {}

    def _row(self, key: str, caption: str, value: str, strong: str = "") -> None:
        row = self.grid.rowCount()
        left = QLabel(caption, objectName=strong or "totalsCaption")
        right = QLabel(value, objectName=strong or "totalsValue")
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(left, row, 0)
        self.grid.addWidget(right, row, 1)
        self.values[key] = right

    def _rule(self) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e4e7eb;")
        self.grid.addWidget(line, self.grid.rowCount(), 0, 1, 2)

    def show_totals(self, totals: Totals | None, currency: str, discount_percent: Decimal, *,
                    credit_note: bool = False, paid_minor: int | None = None,
                    balance_minor: int | None = None, overpaid_minor: int = 0) -> None:
        """`totals` None: the lines do not all read as numbers yet, so nothing is summed.
        `paid_minor` given: an issued invoice, with payments and what is still due."""
        self._clear()

        def money(minor: int) -> str:
            return "—" if totals is None else format_minor(minor, currency)

        zero = totals is None
        self._row("subtotal", self.tr("Subtotal"), money(0 if zero else totals.subtotal_minor))
        if discount_percent or (totals and totals.discount_minor):
            self._row("discount",
                      self.tr("Discount (%1)").replace("%1", format_percent(discount_percent)),
                      money(0 if zero else -totals.discount_minor))
        for tax in (() if zero else totals.taxes):
            if tax.rate:
                self._row(f"tax_{tax.rate}",
                          self.tr("Tax %1").replace("%1", format_percent(tax.rate)),
                          format_minor(tax.tax_minor, currency))
        if zero or not any(t.rate for t in totals.taxes):
            self._row("tax", self.tr("Tax"), money(0))
        self._rule()
        self._row("total", self.tr("Total credited") if credit_note else self.tr("Total"),
                  money(0 if zero else totals.total_minor), "totalsStrong")
        if paid_minor is None:
            return
        if paid_minor:
            self._row("paid", self.tr("Paid"), format_minor(-paid_minor, currency))
        if balance_minor is not None:
            self._row("balance", self.tr("Balance due"), format_minor(balance_minor, currency),
                      "totalsDue" if balance_minor else "totalsStrong")
        if overpaid_minor:
            self._row("credit", self.tr("Client credit"), format_minor(overpaid_minor, currency))

    def value(self, key: str) -> str:
        label = self.values.get(key)
        return label.text() if label is not None else ""
