"""The Billing area of the main navigation: every invoice and credit note across clients,
filtered by status and issue date, with the totals of what is shown, the row actions, and an
export of the same list to CSV.

The list is read when the area is on screen: a billing, practice or client change seen while
it is hidden only marks it stale, so work elsewhere never pays for reloading thousands of rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import invoices
from app.services.billing_lists import BillingSummary, InvoiceRow
from app.transfer import csv_export
from app.workspace import Workspace
from ui.billing.billing_filters import BillingFilter, BillingFilters
from ui.billing.invoice_table import InvoiceTable
from ui.empty_state import EmptyState
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.money_text import format_minor
from ui.navigation import BILLING, CLIENTS, PRACTICE, Navigator

EXPORT_FOLDER_KEY = "billing/export_folder"  # a folder path only: never personal data
STYLE = """
#billingTotals { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#billingTotals QLabel { background: transparent; }
#statCaption { color: #52606d; font-size: 9pt; font-weight: 600; }
#statValue { font-size: 12.5pt; font-weight: 600; color: #1f2933; }
#statValue[alert="true"] { color: #9b2c3d; }
#billingFilters QPushButton { padding: 5px 12px; }
QDateEdit { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px; padding: 4px 6px;
            min-height: 20px; min-width: 96px; }
QDateEdit:focus { border-color: #3f9b8f; }
"""


class _Stat(QWidget):
    """A caption, an amount and a short detail line."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = QLabel(caption, objectName="statCaption")
        self.value = QLabel(objectName="statValue")
        self.detail = QLabel(objectName="hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str = "", alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setProperty("alert", alert)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)


class TotalsStrip(QFrame):
    """Billed, paid, outstanding, overdue and credit for the invoices the filters show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingTotals")
        self.billed = _Stat(self.tr("Billed"), "total_billed")
        self.paid = _Stat(self.tr("Paid"), "total_paid")
        self.outstanding = _Stat(self.tr("Outstanding"), "total_outstanding")
        self.overdue = _Stat(self.tr("Overdue"), "total_overdue")
        self.credit = _Stat(self.tr("Client credit"), "total_credit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(24)
        for stat in (self.billed, self.paid, self.outstanding, self.overdue, self.credit):
            layout.addWidget(stat, 1)

    def show_summary(self, s: BillingSummary) -> None:
        money = lambda minor: format_minor(minor, s.currency)  # noqa: E731
        self.billed.show_values(money(s.billed_minor),
                                self.tr("%n invoice(s)", "", s.invoice_count))
        self.paid.show_values(money(s.paid_minor))
        self.outstanding.show_values(money(s.outstanding_minor))
        self.overdue.show_values(money(s.overdue_minor),
                                 self.tr("%n invoice(s)", "", s.overdue_count)
                                 if s.overdue_count else "", alert=bool(s.overdue_minor))
        self.credit.show_values(money(s.credit_minor),
                                self.tr("overpaid or paid ahead") if s.credit_minor else "")


class BillingArea(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BillingArea")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._nav = navigator
        self._stale = True
        self.editor = None  # the invoice editor last opened
        self.menu: QMenu | None = None  # the row menu last shown
        self.file_dialog: QFileDialog | None = None

        heading = QLabel(self.tr("Billing"), objectName="areaTitle")
        self.export_button = QPushButton(self.tr("&Export CSV…"), objectName="export_csv")
        self.export_button.setToolTip(self.tr(
            "Save the invoices shown, with the filters applied, as a spreadsheet file"))
        self.new_button = QPushButton(self.tr("+ New invoice"), objectName="new_invoice")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_invoice)
        self.client_dialog: QDialog | None = None
        self.filters = BillingFilters()
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.filters.period_bar)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)

        self.totals = TotalsStrip()
        self.table = InvoiceTable()
        self.empty = EmptyState(self.tr("No invoices yet"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count_label = QLabel(objectName="hint")
        self.feedback = QLabel(objectName="hint")
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.feedback)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        # Several changes in a row (a payment, then its receipt) reload once.
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self.filters.changed.connect(self.reload)
        self.table.open_requested.connect(self.open_invoice)
        self.table.client_requested.connect(navigator.open_client)
        self.table.menu_requested.connect(self.show_menu)
        self.export_button.clicked.connect(lambda: self.export_csv())
        navigator.data_changed.connect(self._data_changed)

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        f = self.filters.value()
        keep = self.table.current_row()
        today = dt.date.today()
        try:
            rows = invoices.list_invoices(self._ws, status=f.status, kind=f.kind,
                                          date_from=f.date_from, date_to=f.date_to, today=today)
            summary = invoices.practice_totals(self._ws, status=f.status, kind=f.kind,
                                               date_from=f.date_from, date_to=f.date_to,
                                               today=today)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self.error.hide()
        self.table.invoices.set_rows(rows, today)
        self.totals.show_summary(summary)
        if keep is None or not self.table.select_invoice(keep.id):
            self.table.clearSelection()
        count = self.tr("%n invoice(s) shown", "", len(rows))
        if summary.draft_count:  # the totals leave drafts out: say so where they are counted
            count += " · " + self.tr("%n draft(s), not in the totals", "", summary.draft_count)
        self.count_label.setText(count)
        self._show_empty(f, not rows)

    def _show_empty(self, f: BillingFilter, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        if not empty:
            return
        if f == BillingFilter():
            self.empty.title.setText(self.tr("No invoices yet"))
            self.empty.text.setText(self.tr(
                "Invoices for all your clients show here. Create one with + New invoice, from "
                "a client’s Billing tab, or from a completed appointment’s ⋮ menu."))
        else:
            self.empty.title.setText(self.tr("No invoices match these filters"))
            text = self.tr("Choose another status or period to see more.")
            if f.key == "drafts" and (f.date_from or f.date_to):
                text = self.tr("Drafts have no date until they are issued, so a date range "
                               "leaves them out. Choose All time to see them.")
            self.empty.text.setText(text)
        # The text changes after the layout sized the label: give it the height its (fixed)
        # width needs, or a third wrapped line (French, Portuguese) is cut off.
        label = self.empty.text
        label.setFixedHeight(label.heightForWidth(label.width()))

    def _data_changed(self, kind: str) -> None:
        if kind not in (BILLING, PRACTICE, CLIENTS):
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- one invoice ---------------------------------------------------------------------------

    def new_invoice(self) -> QDialog:
        """Choose the client, then the invoice editor opens on a new draft for them."""
        from ui.clients.client_choice_dialog import choose_client

        self.client_dialog = choose_client(
            self, self._ws, self.tr("New invoice"),
            self.tr("Choose the client to invoice. The invoice starts as a draft you can edit "
                    "until you issue it."), self.tr("Continue"), self._new_invoice_for)
        return self.client_dialog

    def _new_invoice_for(self, client_id: int) -> None:
        self._open_editor(client_id=client_id)

    def open_invoice(self, invoice_id: int) -> None:
        self._open_editor(invoice_id=invoice_id)

    def _open_editor(self, **which: int) -> None:
        from ui.billing.invoice_editor import InvoiceEditor

        editor = InvoiceEditor(self._ws, self._nav, parent=self, **which)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _id: self._data_changed(BILLING))
        self.editor = editor
        editor.open()

    def show_menu(self, row: InvoiceRow, pos: QPoint) -> None:
        from ui.billing.invoice_actions import invoice_menu

        menu = invoice_menu(self, self._ws, self._nav, row)
        menu.addSeparator()
        open_client = menu.addAction(self.tr("Open client: %1").replace("%1", row.client_name))
        open_client.setObjectName("open_client")
        open_client.triggered.connect(lambda: self._nav.open_client(row.client_id))
        open_client.setEnabled(row.client_id is not None)  # None: the client was erased
        self.menu = menu
        menu.popup(pos)

    # --- CSV -----------------------------------------------------------------------------------

    def suggested_filename(self) -> str:
        f = self.filters.value()
        parts = ["invoices"] if f.key == "all" else ["invoices", f.key.replace("_", "-")]
        if f.date_from or f.date_to:
            parts.append(f"{f.date_from or ''}--{f.date_to or ''}".strip("-"))
        else:
            parts.append(dt.date.today().isoformat())
        return "-".join(parts) + ".csv"

    def export_csv(self, path: Path | str | None = None) -> None:
        """Save the list as shown to `path`, or to a file the user picks (Qt's own dialog)."""
        if path is not None:
            self._write_csv(Path(path))
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        folder = last_folder(EXPORT_FOLDER_KEY, documents)
        dialog = QFileDialog(self, self.tr("Export invoices"),
                             str(Path(folder) / self.suggested_filename()),
                             self.tr("CSV files (*.csv)"))
        dialog.setObjectName("export_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self._write_csv(Path(chosen)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _write_csv(self, path: Path) -> None:
        f = self.filters.value()
        try:
            count = csv_export.export_invoices_csv(
                self._ws, path, status=f.status, kind=f.kind, date_from=f.date_from,
                date_to=f.date_to, language=QLocale().name()[:2])
        except ConsultaError as exc:
            self._export_failed(core_message(exc))
            return
        except OSError as exc:
            self._export_failed(self.tr("The file could not be written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        remember_folder(EXPORT_FOLDER_KEY, str(path.parent))
        self.error.hide()
        self.feedback.setText(self.tr("Exported %n invoice(s) to %1", "", count)
                              .replace("%1", str(path)))

    def _export_failed(self, message: str) -> None:
        self.feedback.clear()
        self.error.setText(message)
        self.error.show()
