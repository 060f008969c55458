"""The client record's Billing tab: a summary (total billed, paid, outstanding, overdue, credit),
`+ New invoice`, `Invoice completed appointments…` and `Record payment…`, the client's invoices
and credit notes (hover a row for its actions; right-click or the Menu key for the same as a
menu), the payments received, and the payment methods kept for the client.

It reads the store once per refresh; refreshes are coalesced and wait until the tab is shown,
so a burst of changes elsewhere costs one read.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError
from app.services import invoices, payments, practice
from app.services.billing_lists import InvoiceRow
from app.services.payments import PaymentView
from app.workspace import Workspace
from ui.billing import invoice_actions as actions
from ui.clients.record.billing_summary import BillingSummaryStrip
from ui.clients.record.client_invoices_table import InvoiceTable
from ui.clients.record.payment_lists import PaymentMethodsPanel, PaymentTable, payment_menu
from ui.navigation import APPOINTMENTS, BILLING, PRACTICE, Navigator

REFRESH_KINDS = frozenset({BILLING, APPOINTMENTS, PRACTICE})
PAYMENT_ROWS = 4  # the payments list grows to this many rows, then scrolls

STYLE = """
#billingSummary { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#billingSummary QLabel { background: transparent; }
#statCaption { color: #52606d; font-size: 9pt; font-weight: 600; }
#statValue { font-size: 11.5pt; font-weight: 600; color: #1f2933; }
#statValueAlert { font-size: 11.5pt; font-weight: 600; color: #9b2c3d; }
#listTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }
#listEmpty { color: #616e7c; padding: 6px 2px; }
#invoiceActionStrip { background: #eef6f5; border: none; }
#invoiceActionStrip QToolButton { border: 1px solid transparent; border-radius: 6px; }
#invoiceActionStrip QToolButton:hover { background: #ffffff; border-color: #3f9b8f; }
#invoiceActionStrip QToolButton#more { background: #ffffff; border-color: #3f9b8f; }
#paymentMethodRow { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#paymentMethodRow QLabel { background: transparent; }
#methodSummary { font-weight: 600; }
#paymentMethodRow QLabel#defaultBadge { background: #dcefec; color: #1f5f57; border-radius: 8px;
    padding: 1px 8px; font-size: 9pt; }
#paymentMethodRow QLabel#badge { background: #fbeef0; color: #9b2c3d; border-radius: 8px;
    padding: 1px 8px; font-size: 9pt; }
#BillingTab, #paymentMethods { background: transparent; }
"""


class BillingTab(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BillingTab")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        self.menu: QMenu | None = None  # the menu last popped (tests read it)
        self.dialog: QDialog | None = None  # the dialog last opened from here
        self.last_pdf: Path | None = None
        self._stale = False

        self.summary = BillingSummaryStrip()
        self.invoices_title = QLabel(objectName="listTitle")
        self.from_appointments = QPushButton(self.tr("Invoice completed appointments…"),
                                             objectName="invoice_appointments")
        self.from_appointments.clicked.connect(self.invoice_appointments)
        self.record_button = QPushButton(self.tr("Record payment…"), objectName="record_payment")
        self.record_button.clicked.connect(lambda: self.record_payment())
        self.new_button = QPushButton(self.tr("+ New invoice"), objectName="new_invoice")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_invoice)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.invoices_title)
        head.addStretch(1)
        head.addWidget(self.from_appointments)
        head.addWidget(self.record_button)
        head.addWidget(self.new_button)

        self.table = InvoiceTable()
        self.table.actions_for = lambda row: actions.invoice_actions(
            self, self._ws, self._nav, row, on_saved=self._pdf_saved)
        self.table.open_requested.connect(self.open_invoice)
        self.table.menu_requested.connect(self.show_menu)
        self.empty = QLabel(objectName="listEmpty")
        self.empty.setText(self.tr("No invoices for this client yet. Create one with "
                                   "+ New invoice, or from their completed appointments."))
        self.empty.setWordWrap(True)
        self.notice = QLabel(objectName="hint")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.linkActivated.connect(
            lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link)))
        self.notice.hide()

        self.payments_title = QLabel(objectName="listTitle")
        self.payments = PaymentTable()
        self.payments.menu_requested.connect(self.show_payment_menu)
        self.payments_empty = QLabel(self.tr("No payments received yet."), objectName="listEmpty")
        self.methods = PaymentMethodsPanel(workspace, navigator, client_id)
        self.methods.setFixedWidth(310)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.payments_title)
        left.addWidget(self.payments)
        left.addWidget(self.payments_empty)
        left.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(20)
        bottom.addLayout(left, 1)
        bottom.addWidget(self.methods)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 8)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.table, 100)
        layout.addWidget(self.empty)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addLayout(bottom)
        layout.addStretch(1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        navigator.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        try:
            rows = invoices.list_client_invoices(self._ws, self.client_id)
            summary = invoices.client_summary(self._ws, self.client_id)
            paid = payments.list_payments(self._ws, client_id=self.client_id)
            methods = payments.list_payment_methods(self._ws, self.client_id)
            waiting = invoices.uninvoiced_appointments(self._ws, self.client_id)
            currency = practice.get_practice(self._ws).currency
        except NotFoundError:  # the client was deleted: the record closes itself
            return
        self.summary.show_summary(summary)
        self.invoices_title.setText(self.tr("Invoices (%1)").replace("%1", str(len(rows))))
        self.table.set_invoices(rows)
        # A few invoices end where their rows end; many take the height left and scroll.
        self.table.setMinimumHeight(self.table.rows_height(min(len(rows), 3)))
        self.table.setMaximumHeight(self.table.rows_height(len(rows)))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.from_appointments.setEnabled(bool(waiting))
        self.from_appointments.setToolTip(
            self.tr("%n completed appointment(s) not invoiced yet", "", len(waiting)) if waiting
            else self.tr("No completed appointment is waiting for an invoice."))
        self.payments_title.setText(self.tr("Payments (%1)").replace("%1", str(len(paid))))
        self.payments.payments.set_payments(paid, currency)
        header = self.payments.horizontalHeader().sizeHint().height()
        self.payments.setFixedHeight(header + min(len(paid), PAYMENT_ROWS) * self.payments
                                     .verticalHeader().defaultSectionSize() + 2)
        self.payments.setVisible(bool(paid))
        self.payments_empty.setVisible(not paid)
        self.methods.set_methods(methods)

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    # --- actions ---------------------------------------------------------------------------

    def _keep(self, dialog: QDialog | None) -> QDialog | None:
        if dialog is not None:
            self.dialog = dialog
            dialog.destroyed.connect(lambda _o=None, d=dialog: self._dialog_gone(d))
        return dialog

    def _dialog_gone(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_invoice(self) -> QDialog | None:
        return self._keep(actions.new_invoice(self, self._ws, self._nav, self.client_id))

    def invoice_appointments(self) -> QDialog | None:
        from ui.billing.create_from_appointments import invoice_completed_appointments

        return self._keep(invoice_completed_appointments(self, self._ws, self._nav,
                                                         self.client_id))

    def record_payment(self, invoice_id: int | None = None) -> QDialog | None:
        return self._keep(actions.record_payment(self, self._ws, self._nav, self.client_id,
                                                 invoice_id))

    def open_invoice(self, invoice_id: int) -> QDialog | None:
        return self._keep(actions.open_invoice(self, self._ws, self._nav, invoice_id))

    def show_menu(self, row: InvoiceRow, at: QPoint) -> QMenu:
        menu = actions.invoice_menu(self, self._ws, self._nav, row, on_saved=self._pdf_saved)
        return self._popup(menu, at)

    def show_payment_menu(self, payment: PaymentView, at: QPoint) -> QMenu:
        currency = practice.get_practice(self._ws).currency
        menu = payment_menu(self, self._ws, self._nav, payment, currency,
                            on_saved=self._pdf_saved)
        return self._popup(menu, at)

    def _popup(self, menu: QMenu, at: QPoint) -> QMenu:
        self.menu = menu
        menu.destroyed.connect(lambda _o=None, m=menu: self._menu_gone(m))
        menu.popup(at)
        return menu

    def _menu_gone(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def _pdf_saved(self, path: Path) -> None:
        """Say where the PDF went, with a link to its folder."""
        self.last_pdf = path
        folder = html.escape(str(path.parent))
        self.notice.setText(self.tr("Saved %1 in %2").replace("%1", html.escape(path.name))
                            .replace("%2", f"<a href='{folder}' style='color: #2f7d73;'>"
                                           f"{folder}</a>"))
        self.notice.show()
