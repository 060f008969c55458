"""The top of the invoice editor: title with the number, the status pill, the client, the dates,
and for a credit note or a cancelled invoice the line that ties the two together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.invoices import InvoiceView
from app.store.models import InvoiceStatus
from ui.billing.status_text import STATUS_COLORS, short_date, shown_status, status_text

STYLE = """
#invoiceBanner { background: #f3f0fa; border: 1px solid #ddd3ef; border-radius: 6px;
    padding: 8px; color: #3e2f63; }
#subTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }
"""


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
    if view.is_credit_note:
        text = QCoreApplication.translate("InvoiceEditor", "Cancels invoice %1.").replace(
            "%1", view.credited_invoice_number or "")
    elif view.status == InvoiceStatus.CANCELLED:
        text = QCoreApplication.translate("InvoiceEditor", "Cancelled by credit note %1."
                                          ).replace("%1", view.credit_note_number or "")
    else:
        return ""
    if view.cancel_reason:
        text += " " + QCoreApplication.translate("InvoiceEditor", "Reason: %1").replace(
            "%1", view.cancel_reason)
    return text


class InvoiceHeading(QWidget):
    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.title = QLabel(objectName="dialogTitle")
        self.pill = StatusPill()
        self.client_name = QLabel(client_name, objectName="subTitle")
        self.dates = QLabel(objectName="hint")
        self.banner = QLabel(objectName="invoiceBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the reason is the user's text
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        who = QHBoxLayout()
        who.addWidget(self.client_name)
        who.addSpacing(12)
        who.addWidget(self.dates, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(who)
        layout.addWidget(self.banner)

    def show_invoice(self, view: InvoiceView | None) -> None:
        if view is None:
            self.title.setText(QCoreApplication.translate("InvoiceEditor", "New invoice"))
        elif view.is_draft:
            self.title.setText(QCoreApplication.translate("InvoiceEditor", "Draft invoice"))
        else:
            title = (QCoreApplication.translate("InvoiceEditor", "Credit note %1")
                     if view.is_credit_note else
                     QCoreApplication.translate("InvoiceEditor", "Invoice %1"))
            self.title.setText(title.replace("%1", view.number or ""))
        if view is not None:
            self.pill.show_status(view.kind, view.effective_status)
        self.pill.setVisible(view is not None)
        self.dates.setText(self._dates_text(view))
        banner = reference_text(view) if view else ""
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

    @staticmethod
    def _dates_text(view: InvoiceView | None) -> str:
        if view is None or view.issue_date is None:
            return QCoreApplication.translate(
                "InvoiceEditor", "Not issued yet: no number, and it can still be changed.")
        if view.is_credit_note:
            return QCoreApplication.translate("InvoiceEditor", "Issued %1").replace(
                "%1", short_date(view.issue_date))
        return (QCoreApplication.translate("InvoiceEditor", "Issued %1 · Due %2")
                .replace("%1", short_date(view.issue_date))
                .replace("%2", short_date(view.due_date)))
