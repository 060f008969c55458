"""The strip at the top of a client's Billing tab: billed, paid, outstanding, overdue and credit,
each a caption, an amount and a short hint."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.billing_lists import BillingSummary
from ui.money_text import format_minor


class _Stat(QWidget):
    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = QLabel(caption, objectName="statCaption")
        self.value = QLabel(objectName="statValue")
        self.detail = QLabel(objectName="hint")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setObjectName("statValueAlert" if alert else "statValue")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class BillingSummaryStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingSummary")
        self.billed = _Stat(self.tr("Total billed"), "summary_billed")
        self.paid = _Stat(self.tr("Paid"), "summary_paid")
        self.outstanding = _Stat(self.tr("Outstanding"), "summary_outstanding")
        self.overdue = _Stat(self.tr("Overdue"), "summary_overdue")
        self.credit = _Stat(self.tr("Credit"), "summary_credit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(24)
        for stat in (self.billed, self.paid, self.outstanding, self.overdue, self.credit):
            layout.addWidget(stat, 1)

    def show_summary(self, s: BillingSummary) -> None:
        money = lambda minor: format_minor(minor, s.currency)  # noqa: E731
        billed = [self.tr("%n invoice(s)", "", s.invoice_count)]
        if s.draft_count:
            billed.append(self.tr("%n draft(s) not issued", "", s.draft_count))
        self.billed.show_values(money(s.billed_minor), " · ".join(billed))
        self.paid.show_values(money(s.paid_minor))
        self.outstanding.show_values(
            money(s.outstanding_minor),
            self.tr("All invoices paid") if s.invoice_count and not s.outstanding_minor else "")
        self.overdue.show_values(
            money(s.overdue_minor),
            self.tr("%n invoice(s) past due", "", s.overdue_count) if s.overdue_count else "",
            alert=bool(s.overdue_minor))
        self.credit.show_values(money(s.credit_minor),
                                self.tr("paid in advance or beyond what was owed")
                                if s.credit_minor else "")
