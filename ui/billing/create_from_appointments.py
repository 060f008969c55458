"""Invoices made from appointments: the handler behind an appointment's `⋮ → Create invoice`
(registered on the navigator at start-up) and the "Invoice completed appointments…" dialog,
which lists a client's completed appointments not yet on an invoice and makes one draft of the
ones left ticked. Both open the new draft in the invoice editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import appointments, clients, invoices, practice
from app.services.invoice_records import UninvoicedAppointment
from app.store.models import AppointmentStatus
from app.workspace import Workspace
from ui.appointments.time_text import time_text
from ui.billing.invoice_editor import InvoiceEditor
from ui.clients.record.appointment_list import day_text
from ui.confirm import tell
from ui.i18n import core_message
from ui.money_text import format_minor
from ui.navigation import APPOINTMENTS, BILLING, CREATE_INVOICE, Navigator

IdRole = Qt.ItemDataRole.UserRole


def open_editor(parent: QWidget | None, workspace: Workspace, navigator: Navigator,
                invoice_id: int) -> InvoiceEditor:
    editor = InvoiceEditor(workspace, navigator, invoice_id=invoice_id, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


def create_invoice(parent: QWidget, workspace: Workspace, navigator: Navigator, client_id: int,
                   appointment_ids: Sequence[int]) -> InvoiceEditor | None:
    """A draft with a line per appointment, opened in the editor; None (after saying why) when
    the core refuses, e.g. an appointment already on another invoice."""
    try:
        draft = invoices.create_from_appointments(workspace, client_id, list(appointment_ids))
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("CreateInvoice", "No invoice created"),
             core_message(exc))
        return None
    navigator.changed(BILLING)
    navigator.changed(APPOINTMENTS)  # their "Invoiced" badge
    return open_editor(parent, workspace, navigator, draft.id)


def register_handlers(navigator: Navigator, workspace: Workspace) -> None:
    """What the billing part offers to the others: `Create invoice` on an appointment."""
    navigator.provide(CREATE_INVOICE, lambda parent, client_id, appointment_ids: create_invoice(
        parent, workspace, navigator, client_id, appointment_ids))


class InvoiceAppointmentsDialog(QDialog):
    """The client's completed appointments not yet invoiced, all ticked; Create draft makes one
    invoice of the ticked ones and opens it. `created(invoice_id)` then."""

    created = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InvoiceAppointmentsDialog")
        self.setWindowTitle(self.tr("Invoice completed appointments"))
        self.setMinimumSize(600, 420)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self._zone = appointments.zone_of(workspace)
        self._currency = practice.get_practice(workspace).currency
        self.editor: InvoiceEditor | None = None
        name = clients.get_client(workspace, client_id).display_name

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        intro = QLabel(self.tr("Appointments of %1 that are not on an invoice yet. The ticked "
                               "ones become the lines of one draft invoice, which you can still "
                               "change before issuing it.").replace("%1", name), objectName="intro")
        intro.setWordWrap(True)
        self.list = QTreeWidget(objectName="appointments")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Service"),
                                   self.tr("Price")])
        self.list.headerItem().setTextAlignment(
            3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.itemChanged.connect(lambda *_: self._update())
        self.empty = QLabel(objectName="hint")
        self.empty.setWordWrap(True)
        self.no_shows = QCheckBox(self.tr("Also list no-shows (to charge a missed session)"),
                                  objectName="include_no_shows")
        self.no_shows.toggled.connect(self.reload)
        self.summary = QLabel(objectName="summary")
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create draft invoice"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create_draft")
        self.create_button.setProperty("primary", True)
        buttons.accepted.connect(self.create_draft)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_shows)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.create_button.setDefault(True)
        self.reload()
        # Enter creates the draft; and no focus frame sits on the first row at opening.
        self.create_button.setFocus()

    def reload(self) -> None:
        statuses = [AppointmentStatus.COMPLETED.value]
        if self.no_shows.isChecked():
            statuses.append(AppointmentStatus.NO_SHOW.value)
        self._rows: list[UninvoicedAppointment] = invoices.uninvoiced_appointments(
            self._ws, self.client_id, statuses=statuses)
        self.list.blockSignals(True)
        self.list.clear()
        for appt in self._rows:
            service = appt.service_name or self.tr("No service")
            if appt.status == AppointmentStatus.NO_SHOW:
                service = self.tr("%1 (no-show)").replace("%1", service)
            item = QTreeWidgetItem([
                day_text(appt.starts_at, self._zone), time_text(appt.starts_at, self._zone),
                service, format_minor(appt.price_minor, self._currency)])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # No-shows are listed to be chosen, not ticked for the user.
            ticked = appt.status != AppointmentStatus.NO_SHOW
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(0, IdRole, appt.id)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(self._rows))
        self.empty.setText(self.tr("No completed appointment is waiting to be invoiced: each one "
                                   "is on an invoice or a draft already."))
        self.empty.setVisible(not self._rows)
        self._update()

    def checked_ids(self) -> list[int]:
        out = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, IdRole))
        return out

    def _update(self) -> None:
        ids = set(self.checked_ids())
        total = sum(a.price_minor for a in self._rows if a.id in ids)
        self.summary.setText(self.tr("%n appointment(s) ticked, %1 before tax.", "", len(ids))
                             .replace("%1", format_minor(total, self._currency)))
        self.summary.setVisible(bool(self._rows))
        self.create_button.setEnabled(bool(ids))

    def create_draft(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        try:
            draft = invoices.create_from_appointments(self._ws, self.client_id, ids)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            self.reload()  # someone else may have invoiced one meanwhile
            return
        self._nav.changed(BILLING)
        self._nav.changed(APPOINTMENTS)
        self.created.emit(draft.id)
        # Not a child of this dialog, which is deleted once closed.
        self.editor = open_editor(self.parentWidget(), self._ws, self._nav, draft.id)
        self.accept()


def invoice_completed_appointments(parent: QWidget, workspace: Workspace, navigator: Navigator,
                                   client_id: int) -> InvoiceAppointmentsDialog:
    """Open the dialog (for the client's Billing tab)."""
    dialog = InvoiceAppointmentsDialog(workspace, navigator, client_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
