"""Record a payment: which invoice (or none: the client's credit), date, amount (the balance to
start with), method and reference; then the receipt, with `Save receipt PDF…`.

More than the balance is allowed (the rest becomes the client's credit) and so is less (the
invoice becomes partly paid); the dialog says which before the payment is recorded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, ValidationError
from app.services import invoices, payments, practice
from app.services.billing_lists import InvoiceRow
from app.services.payments import METHOD_LABELS, METHODS, PaymentView
from app.services.service_catalog import currency_digits
from app.store.models import InvoiceKind
from app.workspace import Workspace
from ui.billing.dialog_fit import fit_height_soon
from ui.billing.invoice_actions import OPEN_STATUSES, download_receipt
from ui.billing.status_text import short_date, short_date_format
from ui.i18n import core_message, core_text
from ui.money_text import (
    currency_symbol,
    format_minor,
    format_number,
    minor_to_decimal,
    parse_money,
)
from ui.navigation import BILLING, Navigator
from ui.person_form import FieldWithMessage

NO_INVOICE = -1  # the invoice box's item for a payment kept as credit


class PaymentDialog(QDialog):
    """Opened with open(). `recorded(payment_id)` once the payment is stored; the dialog then
    shows the receipt number and offers its PDF (`save_receipt(path=None)`)."""

    recorded = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int, *,
                 invoice_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.setWindowTitle(self.tr("Record payment"))
        self.setMinimumWidth(500)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self.currency = practice.get_practice(workspace).currency
        self.payment: PaymentView | None = None
        self.receipt_path: Path | None = None
        self._amount_typed = False
        self._open = [r for r in invoices.list_client_invoices(workspace, client_id)
                      if r.kind == InvoiceKind.INVOICE and r.status in OPEN_STATUSES]

        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page(invoice_id))
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- the form --------------------------------------------------------------------------

    def _form_page(self, invoice_id: int | None) -> QWidget:
        page = QWidget()
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        self.invoice = QComboBox(objectName="invoice")
        for row in reversed(self._open):  # the oldest first: usually the one being paid
            self.invoice.addItem(self.tr("%1 · %2 to pay").replace("%1", row.number or "")
                                 .replace("%2", format_minor(row.balance_minor, row.currency)),
                                 row.id)
        self.invoice.addItem(self.tr("No invoice: keep as the client's credit"), NO_INVOICE)
        wanted = self.invoice.findData(invoice_id) if invoice_id is not None else 0
        self.invoice.setCurrentIndex(max(wanted, 0))
        self.paid_on = QDateEdit(objectName="paid_on", calendarPopup=True)
        today = dt.date.today()
        self.paid_on.setDate(QDate(today.year, today.month, today.day))
        self.paid_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.paid_on.setDisplayFormat(short_date_format())
        self.paid_on.setMaximumWidth(180)
        self.amount = QLineEdit(objectName="amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setMaximumWidth(150)
        self.method = QComboBox(objectName="method")
        for key in METHODS:
            self.method.addItem(core_text(METHOD_LABELS[key]), key)
        self.method.setCurrentIndex(max(self.method.findData(self._usual_method()), 0))
        self.reference = QLineEdit(objectName="reference")
        self.reference.setMaxLength(200)
        self.reference.setPlaceholderText(self.tr("e.g. transfer reference, cheque number"))
        self.effect = QLabel(objectName="hint")
        self.effect.setWordWrap(True)

        amount_row = QWidget()
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.amount)
        row.addWidget(QLabel(currency_symbol(self.currency), objectName="unit"))
        row.addStretch(1)
        amount_row.setFocusProxy(self.amount)

        self.fields = {"invoice": FieldWithMessage(self.invoice),
                       "paid_on": FieldWithMessage(self.paid_on),
                       "amount": FieldWithMessage(amount_row),
                       "method": FieldWithMessage(self.method),
                       "reference": FieldWithMessage(self.reference)}
        self.fields["amount"].editor = self.amount
        labels = {"invoice": self.tr("&Invoice"), "paid_on": self.tr("&Date received"),
                  "amount": self.tr("&Amount"), "method": self.tr("&Method"),
                  "reference": self.tr("&Reference")}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            label = QLabel(labels[key])
            label.setContentsMargins(0, 6, 0, 0)
            label.setBuddy(field.editor)
            form.addRow(label, field)
            if key == "amount":
                form.addRow("", self.effect)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("Record payment"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("record")
        self.record_button.setProperty("primary", True)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.record_button.setDefault(True)

        self.invoice.currentIndexChanged.connect(self._invoice_chosen)
        self.amount.textEdited.connect(self._amount_edited)
        self.reference.textEdited.connect(lambda _t: self.fields["reference"].set_error(""))
        self._invoice_chosen()
        return page

    def _usual_method(self) -> str:
        """The method of the client's last payment, else a bank transfer."""
        last = payments.list_payments(self._ws, client_id=self.client_id)
        return last[0].method if last else "bank_transfer"

    def chosen_invoice(self) -> InvoiceRow | None:
        invoice_id = self.invoice.currentData()
        return next((r for r in self._open if r.id == invoice_id), None)

    def _invoice_chosen(self) -> None:
        row = self.chosen_invoice()
        if not self._amount_typed:
            self.amount.setText(format_number(minor_to_decimal(row.balance_minor, self.currency),
                                              currency_digits(self.currency)) if row else "")
        self._show_effect()

    def _amount_edited(self, _text: str) -> None:
        self._amount_typed = True
        self.fields["amount"].set_error("")
        self._show_effect()

    def _typed_amount(self) -> int | None:
        try:
            return parse_money(self.amount.text(), self.currency, "amount")
        except ValidationError:
            return None

    def _show_effect(self) -> None:
        """What this payment will do, in words, before it is recorded."""
        row = self.chosen_invoice()
        amount = self._typed_amount()
        if row is None:
            text = self.tr("The whole amount is kept as the client's credit.")
        elif amount is None or amount <= 0:
            text = self.tr("%1 is still to pay on %2.").replace(
                "%1", format_minor(row.balance_minor, self.currency)).replace("%2", row.number or "")
        elif amount == row.balance_minor:
            text = self.tr("%1 will be paid in full.").replace("%1", row.number or "")
        elif amount < row.balance_minor:
            text = self.tr("A part payment: %1 will remain to pay.").replace(
                "%1", format_minor(row.balance_minor - amount, self.currency))
        else:
            text = self.tr("%1 more than is owed: kept as the client's credit.").replace(
                "%1", format_minor(amount - row.balance_minor, self.currency))
        self.effect.setText(text)

    def record(self) -> None:
        self.error.hide()
        for field in self.fields.values():
            field.set_error("")
        row = self.chosen_invoice()
        paid_on = self.paid_on.date().toPython()
        try:
            amount = parse_money(self.amount.text(), self.currency, "amount")
            payment = payments.record_payment(
                self._ws, self.client_id, row.id if row else None, paid_on, amount,
                self.method.currentData(), self.reference.text())
        except ConsultaError as exc:
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(core_message(exc))
                field.editor.setFocus()
            else:
                self.error.setText(core_message(exc))
                self.error.show()
            fit_height_soon(self)  # room for the message
            return
        self.payment = payment
        self._show_done(payment, row)
        self._nav.changed(BILLING)
        self.recorded.emit(payment.id)

    # --- after: the receipt ------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel(self.tr("Payment recorded"), objectName="dialogTitle")
        self.done_text = QLabel(objectName="done_text")
        self.done_text.setWordWrap(True)
        self.saved_text = QLabel(objectName="hint")
        self.saved_text.setWordWrap(True)
        self.saved_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_text.hide()
        self.receipt_button = QPushButton(self.tr("Save receipt PDF…"), objectName="save_receipt")
        self.receipt_button.setProperty("primary", True)
        self.receipt_button.clicked.connect(lambda: self.save_receipt())
        close = QPushButton(self.tr("Done"), objectName="done")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addWidget(self.saved_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, payment: PaymentView, row: InvoiceRow | None) -> None:
        amount = format_minor(payment.amount_minor, self.currency)
        if row is None:
            text = self.tr("%1 received on %2, kept as the client's credit.")
        else:
            after = invoices.get_invoice(self._ws, row.id)
            text = (self.tr("%1 received on %2 for %3, which is now paid.")
                    if after.balance_minor == 0 else
                    self.tr("%1 received on %2 for %3; %4 remains to pay.")
                    .replace("%4", format_minor(after.balance_minor, self.currency)))
            text = text.replace("%3", row.number or "")
        text = text.replace("%1", amount).replace("%2", short_date(payment.paid_on))
        receipt = self.tr("Receipt number: %1").replace("%1", payment.receipt_number or "")
        self.done_text.setText(f"{text}\n{receipt}")
        self.pages.setCurrentIndex(1)
        self.receipt_button.setFocus()

    def save_receipt(self, path: Path | str | None = None) -> Path | None:
        """Save the receipt PDF to `path`, or where the user picks in a Save dialog."""
        if self.payment is None:
            return None
        return download_receipt(self, self._ws, self.payment.id, path, on_saved=self._saved)

    def _saved(self, path: Path) -> None:
        self.receipt_path = path
        self.saved_text.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.saved_text.show()
