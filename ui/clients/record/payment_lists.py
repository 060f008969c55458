"""The lower half of a client's Billing tab: the payments received (date, amount, method,
invoice, receipt number, reference; `⋮` → Save receipt PDF… / Delete…) and the payment methods
kept for the client (`+ New payment method`, make default, remove), with the plain statement
that Consulta does no card processing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import payments
from app.services.payments import METHOD_LABELS, PaymentMethodView, PaymentView
from app.workspace import Workspace
from ui.billing.action_icons import action_icon
from ui.billing.invoice_actions import download_receipt
from ui.billing.payment_method_dialog import PaymentMethodDialog
from ui.billing.status_text import money, short_date
from ui.clients.record.appointment_list import AppointmentTable, MenuButtonDelegate
from ui.confirm import ask, tell
from ui.i18n import core_message, core_text
from ui.navigation import BILLING, Navigator
from ui.row_menu_table import RowMenuTable

ROW_HEIGHT = 34


class PaymentList(QObject):
    """Only the translation context of the payment menu: pyside6-lupdate reads
    PaymentList.tr(…) under this context (an alias such as `tr = QCoreApplication.translate`
    loses it)."""


class PaymentTableModel(QAbstractTableModel):
    COLUMNS = ("date", "amount", "invoice", "receipt", "method", "menu")
    METHOD, MENU = 4, 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[PaymentView, tuple[str, ...], str]] = []
        self._headers = (self.tr("Date"), self.tr("Amount"), self.tr("Invoice"),
                         self.tr("Receipt"), self.tr("Method"), "")

    def set_payments(self, views: Sequence[PaymentView], currency: str) -> None:
        self.beginResetModel()
        self._rows = []
        for p in views:
            invoice = p.invoice_number or self.tr("Credit")
            tip = (self.tr("%1 of it is kept as the client's credit.")
                   .replace("%1", money(p.credit_minor, currency))
                   if p.credit_minor and p.invoice_id else "")
            method = core_text(METHOD_LABELS.get(p.method, p.method))
            how = f"{method} · {p.reference}" if p.reference else method
            self._rows.append((p, (short_date(p.paid_on), money(p.amount_minor, currency),
                                   invoice, p.receipt_number or "", how, "⋮"), tip))
        self.endResetModel()

    def payment(self, row: int) -> PaymentView:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (orientation == Qt.Orientation.Horizontal and section == 1
                and role == Qt.ItemDataRole.TextAlignmentRole):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        payment, texts, tip = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.MENU:
            return self.tr("Actions")
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.MENU:
                return self.tr("Receipt PDF, delete")
            if index.column() in (1, 2):
                return tip or None
            if index.column() == self.METHOD:
                return texts[self.METHOD]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PaymentTable(RowMenuTable):
    """Emits `menu_requested(payment, global_pos)` from the `⋮` cell, a right-click or the
    Menu key."""

    menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_payments")
        self.payments = PaymentTableModel(self)
        self.setModel(self.payments)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setItemDelegateForColumn(PaymentTableModel.MENU, MenuButtonDelegate(self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The method and reference take what is left, cut short with "…" (full in the tooltip).
        header.setSectionResizeMode(PaymentTableModel.METHOD, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(PaymentTableModel.MENU, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(PaymentTableModel.MENU, AppointmentTable.MENU_WIDTH)
        self.clicked.connect(self._clicked)

    def request_menu(self, row: int, at: QPoint | None = None) -> None:
        if not 0 <= row < self.payments.rowCount():
            return
        self.selectRow(row)
        if at is None:
            cell = self.visualRect(self.payments.index(row, PaymentTableModel.MENU))
            at = self.viewport().mapToGlobal(cell.bottomLeft())
        self.menu_requested.emit(self.payments.payment(row), at)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == PaymentTableModel.MENU:
            self.request_menu(index.row())


def payment_menu(parent: QWidget, ws: Workspace, nav: Navigator, payment: PaymentView,
                 currency: str, *, on_saved: Callable[[Path], object] | None = None) -> QMenu:
    """Save the receipt PDF, or delete a payment recorded by mistake (after asking)."""
    menu = QMenu(parent)
    menu.setObjectName("payment_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    receipt = menu.addAction(action_icon("pdf"), PaymentList.tr("Save receipt PDF…"))
    receipt.setObjectName("save_receipt")
    receipt.triggered.connect(lambda: download_receipt(parent, ws, payment.id, on_saved=on_saved))
    menu.addSeparator()
    remove = menu.addAction(PaymentList.tr("Delete payment…"))
    remove.setObjectName("delete_payment")

    def erase() -> None:
        try:
            payments.delete_payment(ws, payment.id)
        except ConsultaError as exc:
            tell(parent, PaymentList.tr("Not deleted"), core_message(exc))
            return
        nav.changed(BILLING)

    question = PaymentList.tr("Delete the payment of %1 received on %2? Do this only for a "
                              "payment recorded by mistake: its receipt number %3 is not "
                              "reused, and the log keeps that it was deleted.")
    remove.triggered.connect(lambda: ask(
        parent, PaymentList.tr("Delete payment"),
        question.replace("%1", money(payment.amount_minor, currency))
        .replace("%2", short_date(payment.paid_on)).replace("%3", payment.receipt_number or ""),
        PaymentList.tr("Delete payment"), erase))
    return menu


class MethodRow(QFrame):
    """One kept payment method: what it is, whose, default / expired marks, and a `⋮` menu."""

    def __init__(self, view: PaymentMethodView, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentMethodRow")
        self.view = view
        card = view.kind == payments.CARD
        self.summary = QLabel(view.summary if card else view.bank_label, objectName="methodSummary")
        kind = self.tr("Card") if card else self.tr("Bank account")
        detail = " · ".join(p for p in (kind, view.holder_name) if p)
        self.detail = QLabel(detail, objectName="hint")
        self.default_badge = QLabel(self.tr("Default"), objectName="defaultBadge")
        self.default_badge.setVisible(view.is_default)
        self.expired_badge = QLabel(self.tr("Expired"), objectName="badge")
        self.expired_badge.setVisible(view.expired(today))
        self.menu_button = QToolButton(objectName="itemMenu")
        self.menu_button.setText("⋮")
        self.menu_button.setAccessibleName(self.tr("Actions for %1").replace("%1", view.summary))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        self.make_default = self.menu.addAction(self.tr("Make default"))
        self.make_default.setObjectName("make_default")
        self.make_default.setEnabled(not view.is_default)
        self.remove = self.menu.addAction(self.tr("Remove…"))
        self.remove.setObjectName("remove")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.summary)
        top.addWidget(self.default_badge)
        top.addWidget(self.expired_badge)
        top.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addLayout(top)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignVCenter)


class PaymentMethodsPanel(QFrame):
    """The client's payment methods, `+ New payment method`, and the no-card-processing note."""

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentMethods")
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self.dialog: PaymentMethodDialog | None = None
        self.rows: list[MethodRow] = []
        title = QLabel(self.tr("Payment methods"), objectName="listTitle")
        self.new_button = QPushButton(self.tr("+ New payment method"),
                                      objectName="new_payment_method")
        self.new_button.clicked.connect(self.new_method)
        self.empty = QLabel(self.tr("None kept for this client."), objectName="listEmpty")
        note = QLabel(self.tr("Consulta does no card processing: it only keeps a note of how "
                              "the client pays (never a full card number or security code)."),
                      objectName="hint")
        note.setWordWrap(True)
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        layout.addStretch(1)

    def set_methods(self, views: Sequence[PaymentMethodView]) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        today = dt.date.today()
        self.rows = [MethodRow(v, today) for v in views]
        for row in self.rows:
            row.make_default.triggered.connect(lambda _c=False, r=row: self._make_default(r))
            row.remove.triggered.connect(lambda _c=False, r=row: self._remove(r))
            self.list.addWidget(row)
        self.empty.setVisible(not views)

    def new_method(self) -> PaymentMethodDialog:
        self.dialog = PaymentMethodDialog(self._ws, self._nav, self.client_id, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()
        return self.dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _make_default(self, row: MethodRow) -> None:
        self._run(lambda: payments.set_default_payment_method(self._ws, row.view.id))

    def _remove(self, row: MethodRow) -> None:
        ask(self, self.tr("Remove payment method"),
            self.tr("Remove %1 from this client's payment methods?").replace("%1", row.view.summary),
            self.tr("Remove"),
            lambda: self._run(lambda: payments.remove_payment_method(self._ws, row.view.id)))

    def _run(self, change) -> None:  # noqa: ANN001
        try:
            change()
        except ConsultaError as exc:
            tell(self, self.tr("Not changed"), core_message(exc))
            return
        self._nav.changed(BILLING)
