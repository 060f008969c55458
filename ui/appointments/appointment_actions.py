"""What can be done to one appointment — the `⋮` menu shared by the client's Overview and the
calendar — and the small dialogs behind it (cancel with a reason, mark past ones completed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import appointments
from app.services.appointments import FOLLOWING, THIS, AppointmentView
from app.store.models import AppointmentStatus
from app.workspace import Workspace
from ui.appointments.booking_dialog import APPOINTMENTS, BookingDialog
from ui.appointments.time_text import when_text
from ui.confirm import ask, tell
from ui.i18n import core_message
from ui.navigation import CREATE_INVOICE, CREATE_NOTE, Navigator


class AppointmentActions(QObject):
    """Only the translation context of the module's counted message: pyside6-lupdate takes a
    class's tr(text, "", n) as a plural, but QCoreApplication.translate(…, n) only when n is a
    literal number (then English would show "(s)" and the plural forms would be lost)."""


def _failed(parent: QWidget, exc: ConsultaError) -> None:
    tell(parent, QCoreApplication.translate("AppointmentActions", "Could not change the appointment"), core_message(exc))


def open_appointment(parent: QWidget, workspace: Workspace, navigator: Navigator,
                     appointment_id: int) -> BookingDialog:
    dialog = BookingDialog(workspace, navigator, appointment_id=appointment_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def rebook(parent: QWidget, workspace: Workspace, navigator: Navigator,
           appointment_id: int) -> BookingDialog:
    suggestion = appointments.suggest_rebook(workspace, appointment_id)
    dialog = BookingDialog(workspace, navigator, client_id=suggestion.client_id,
                           suggestion=suggestion, parent=parent)
    dialog.setWindowTitle(QCoreApplication.translate("AppointmentActions", "Rebook"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def set_status(parent: QWidget, workspace: Workspace, navigator: Navigator, appointment_id: int,
               status: str) -> None:
    try:
        appointments.set_status(workspace, appointment_id, status)
    except ConsultaError as exc:
        _failed(parent, exc)
        return
    navigator.changed(APPOINTMENTS)


def delete(parent: QWidget, workspace: Workspace, navigator: Navigator, view: AppointmentView) -> None:
    zone = appointments.zone_of(workspace)

    def erase() -> None:
        try:
            appointments.delete_appointment(workspace, view.id)
        except ConsultaError as exc:
            _failed(parent, exc)
            return
        navigator.changed(APPOINTMENTS)

    ask(parent, QCoreApplication.translate("AppointmentActions", "Delete appointment"),
        QCoreApplication.translate("AppointmentActions", "Delete the appointment of %1 on %2? Use this for a booking made by mistake; "
                  "to keep a record that it was called off, cancel it instead.")
        .replace("%1", view.client_name).replace("%2", when_text(view.starts_at, view.ends_at, zone)),
        QCoreApplication.translate("AppointmentActions", "Delete"), erase)


def complete_past(parent: QWidget, workspace: Workspace, navigator: Navigator,
                  client_id: int | None) -> None:
    count = (appointments.client_overview(workspace, client_id).past_scheduled
             if client_id is not None else appointments.count_past_scheduled(workspace))
    if not count:
        return

    def mark() -> None:
        appointments.complete_past(workspace, client_id)
        navigator.changed(APPOINTMENTS)

    question = AppointmentActions.tr(
        "Mark %n past appointment(s) that are still scheduled as completed?", "", count)
    ask(parent, QCoreApplication.translate("AppointmentActions", "Mark as completed"), question,
        QCoreApplication.translate("AppointmentActions", "Mark completed"), mark, destructive=False)


class CancelDialog(QDialog):
    """The reason (a few usual ones, or the user's words) and, in a series, how far it goes."""

    def __init__(self, workspace: Workspace, navigator: Navigator, view: AppointmentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CancelDialog")
        self.setWindowTitle(self.tr("Cancel appointment"))
        self.setMinimumWidth(460)
        self._ws, self._nav, self.view = workspace, navigator, view
        zone = appointments.zone_of(workspace)
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        what = QLabel(self.tr("%1 — %2").replace("%1", view.client_name).replace(
            "%2", when_text(view.starts_at, view.ends_at, zone)))
        what.setWordWrap(True)
        self.reason = QComboBox(objectName="reason", editable=True)
        self.reason.addItems([self.tr("Cancelled by the client"), self.tr("Cancelled by me"),
                              self.tr("Illness"), self.tr("Rescheduled")])
        self.reason.setCurrentIndex(0)
        self.only_this = QRadioButton(self.tr("Only this appointment"), objectName="scope_this")
        self.following = QRadioButton(self.tr("This and all following in the series"),
                                      objectName="scope_following")
        self.only_this.setChecked(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        if view.series_id is not None:
            form.addRow(self.tr("Which"), self.only_this)
            form.addRow("", self.following)
        buttons = QDialogButtonBox()
        keep = buttons.addButton(self.tr("Keep appointment"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        self.confirm = buttons.addButton(self.tr("Cancel appointment"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("confirm_cancel")
        buttons.accepted.connect(self.cancel_appointment)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def cancel_appointment(self) -> None:
        scope = FOLLOWING if self.following.isChecked() else THIS
        try:
            appointments.cancel(self._ws, self.view.id, self.reason.currentText(), scope)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self._nav.changed(APPOINTMENTS)
        self.accept()


def cancel(parent: QWidget, workspace: Workspace, navigator: Navigator,
           view: AppointmentView) -> CancelDialog:
    dialog = CancelDialog(workspace, navigator, view, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def appointment_menu(parent: QWidget, workspace: Workspace, navigator: Navigator,
                     view: AppointmentView, now: dt.datetime | None = None, *,
                     show_client: bool = False) -> QMenu:
    """Past appointments: invoice, note, rebook, outcome. Upcoming ones: edit, reschedule,
    cancel, no-show (once started). Every item works or says why it is not available."""
    now = now or dt.datetime.now(dt.UTC)
    menu = QMenu(parent)
    menu.setObjectName("appointment_menu")
    menu.setToolTipsVisible(True)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def item(text: str, name: str, slot, enabled: bool = True, tip: str = "") -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)

    status = view.status
    past = view.ends_at <= now
    started = view.starts_at <= now
    if show_client:
        item(QCoreApplication.translate("AppointmentActions", "Open client record"), "open_client", lambda: navigator.open_client(view.client_id))
        menu.addSeparator()
    if past:
        invoice = navigator.handler(CREATE_INVOICE)
        note = navigator.handler(CREATE_NOTE)
        item(QCoreApplication.translate("AppointmentActions", "Create invoice"), "create_invoice",
             lambda: invoice(parent, view.client_id, [view.id]),
             enabled=invoice is not None and not view.invoiced and status != AppointmentStatus.CANCELLED,
             tip=(QCoreApplication.translate("AppointmentActions", "Already on an invoice.") if view.invoiced else
                  QCoreApplication.translate("AppointmentActions", "Invoices come with the Billing part of Consulta.") if invoice is None else ""))
        item(QCoreApplication.translate("AppointmentActions", "Create note"), "create_note",
             lambda: note(parent, view.client_id, view.id), enabled=note is not None,
             tip=QCoreApplication.translate("AppointmentActions", "Notes come with the Documentation part of Consulta.") if note is None else "")
        item(QCoreApplication.translate("AppointmentActions", "Rebook…"), "rebook", lambda: rebook(parent, workspace, navigator, view.id))
        menu.addSeparator()
    if status == AppointmentStatus.SCHEDULED:
        item(QCoreApplication.translate("AppointmentActions", "Edit…"), "edit", lambda: open_appointment(parent, workspace, navigator, view.id))
        if not past:
            item(QCoreApplication.translate("AppointmentActions", "Reschedule…"), "reschedule",
                 lambda: open_appointment(parent, workspace, navigator, view.id).date.setFocus())
        item(QCoreApplication.translate("AppointmentActions", "Cancel appointment…"), "cancel", lambda: cancel(parent, workspace, navigator, view))
    if started and status != AppointmentStatus.COMPLETED and status != AppointmentStatus.CANCELLED:
        item(QCoreApplication.translate("AppointmentActions", "Mark completed"), "mark_completed",
             lambda: set_status(parent, workspace, navigator, view.id, AppointmentStatus.COMPLETED))
    if status == AppointmentStatus.SCHEDULED:
        item(QCoreApplication.translate("AppointmentActions", "Mark no-show"), "mark_no_show",
             lambda: set_status(parent, workspace, navigator, view.id, AppointmentStatus.NO_SHOW),
             enabled=started, tip="" if started else QCoreApplication.translate("AppointmentActions", "Possible once the appointment has started."))
    if status != AppointmentStatus.SCHEDULED:
        label = QCoreApplication.translate("AppointmentActions", "Restore appointment") if status == AppointmentStatus.CANCELLED else QCoreApplication.translate("AppointmentActions", "Back to scheduled")
        item(label, "back_to_scheduled",
             lambda: set_status(parent, workspace, navigator, view.id, AppointmentStatus.SCHEDULED))
    if not view.invoiced and not view.note_count:
        menu.addSeparator()
        item(QCoreApplication.translate("AppointmentActions", "Delete…"), "delete", lambda: delete(parent, workspace, navigator, view))
    return menu
