"""What can be done to one invoice or credit note — shared by the client's Billing tab, the
Billing area and the invoice editor — and the right-click / `⋮` menu that lists it all.

`invoice_actions()` says, for one row, which actions apply and why the others do not; the
Billing tab's hover strip and `invoice_menu()` both show that same list. Actions that change
data end with `navigator.changed(BILLING)`; the PDF and email actions only read. Dialogs open
with open(), never exec(). File dialogs are Qt's own (not the platform's), so they look alike
everywhere and tests can drive them; every PDF function also takes the path directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from app.documents import invoice_pdf, receipt_pdf
from app.errors import ConsultaError
from app.services import clients, invoices, practice
from app.store.models import InvoiceKind, InvoiceStatus
from app.workspace import Workspace
from ui.billing.action_icons import ICONS, action_icon
from ui.confirm import ask, tell
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.money_text import format_minor
from ui.navigation import BILLING, COMPOSE_EMAIL, Navigator

if TYPE_CHECKING:
    from ui.billing.credit_note_dialog import CreditNoteDialog
    from ui.billing.payment_dialog import PaymentDialog

FOLDER_KEY = "billing/pdf_folder"  # where the last PDF was saved: the next one starts there
PDF_MIME = "application/pdf"
OPEN_STATUSES = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)


class InvoiceActions(QObject):
    """Only the translation context of the action texts: pyside6-lupdate reads
    InvoiceActions.tr(…) under this context (an alias such as `tr = QCoreApplication.translate`
    loses it)."""


class InvoiceLike(Protocol):
    """An InvoiceRow (lists) or an InvoiceView (editor): both carry these."""

    id: int
    number: str | None
    kind: str
    status: str
    client_id: int


@dataclass(frozen=True)
class InvoiceAction:
    name: str  # view, pdf, email, payment, cancel, duplicate, delete
    text: str  # as the menu says it
    enabled: bool
    reason: str  # why not, when disabled
    trigger: Callable[[], object]

    @property
    def tip(self) -> str:
        """For an icon button: what it does, and why it is off when it is."""
        text = self.text.replace("…", "").replace("&", "")
        return f"{text}\n{self.reason}" if self.reason else text


# --- saving PDFs -------------------------------------------------------------------------------

def pdf_folder() -> Path:
    saved = last_folder(FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def ask_pdf_path(parent: QWidget, title: str, filename: str,
                 on_chosen: Callable[[Path], object]) -> QFileDialog:
    """A Save dialog for a PDF, opened in the folder used last, with the file name filled in."""
    dialog = QFileDialog(parent, title, str(pdf_folder() / filename),
                         QCoreApplication.translate("InvoiceActions", "PDF documents (*.pdf)"))
    dialog.setObjectName("pdf_file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def save_pdf(parent: QWidget, write: Callable[[Path], Path], path: Path,
             on_saved: Callable[[Path], object] | None = None) -> Path | None:
    """Write a PDF with `write(path)`; on failure, say why (the old file, if any, is intact:
    the writers replace it atomically)."""
    try:
        written = Path(write(path))
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "The PDF was not saved"),
             core_message(exc))
        return None
    except OSError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "The PDF was not saved"),
             QCoreApplication.translate("InvoiceActions", "%1 could not be written: %2")
             .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return None
    remember_folder(FOLDER_KEY, str(written.parent))
    if on_saved is not None:
        on_saved(written)
    return written


def download_pdf(parent: QWidget, ws: Workspace, invoice_id: int, path: Path | str | None = None,
                 *, on_saved: Callable[[Path], object] | None = None) -> Path | None:
    """Save the invoice's (or credit note's) PDF: to `path` at once, or where the user picks
    in a Save dialog (then the result goes to `on_saved`, and this returns None)."""
    if path is not None:
        return save_pdf(parent, lambda p: invoice_pdf.write_invoice_pdf(ws, invoice_id, p),
                        Path(path), on_saved)
    try:
        view = invoices.get_invoice(ws, invoice_id)
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "The PDF was not saved"),
             core_message(exc))
        return None
    title = (QCoreApplication.translate("InvoiceActions", "Save credit note PDF")
             if view.is_credit_note else
             QCoreApplication.translate("InvoiceActions", "Save invoice PDF"))
    ask_pdf_path(parent, title, invoice_pdf.suggested_filename(view),
                 lambda chosen: download_pdf(parent, ws, invoice_id, chosen, on_saved=on_saved))
    return None


def download_receipt(parent: QWidget, ws: Workspace, payment_id: int,
                     path: Path | str | None = None, *,
                     on_saved: Callable[[Path], object] | None = None) -> Path | None:
    """Save a payment's receipt PDF, like download_pdf."""
    if path is not None:
        return save_pdf(parent, lambda p: receipt_pdf.write_receipt_pdf(ws, payment_id, p),
                        Path(path), on_saved)
    from app.services import payments

    try:
        payment = payments.get_payment(ws, payment_id)
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "The PDF was not saved"),
             core_message(exc))
        return None
    ask_pdf_path(parent, QCoreApplication.translate("InvoiceActions", "Save receipt PDF"),
                 receipt_pdf.suggested_filename(payment),
                 lambda chosen: download_receipt(parent, ws, payment_id, chosen,
                                                 on_saved=on_saved))
    return None


# --- opening, creating, changing ---------------------------------------------------------------

def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_invoice(parent: QWidget, ws: Workspace, nav: Navigator, invoice_id: int) -> QDialog:
    """The invoice editor: editable for a draft, a read-only view once issued."""
    from ui.billing.invoice_editor import InvoiceEditor

    return _show(InvoiceEditor(ws, nav, invoice_id=invoice_id, parent=parent))


def new_invoice(parent: QWidget, ws: Workspace, nav: Navigator, client_id: int) -> QDialog:
    from ui.billing.invoice_editor import InvoiceEditor

    return _show(InvoiceEditor(ws, nav, client_id=client_id, parent=parent))


def record_payment(parent: QWidget, ws: Workspace, nav: Navigator, client_id: int,
                   invoice_id: int | None = None) -> PaymentDialog:
    """Record a payment (for this invoice, or chosen in the dialog); the dialog then offers
    the receipt PDF."""
    from ui.billing.payment_dialog import PaymentDialog

    dialog = PaymentDialog(ws, nav, client_id, invoice_id=invoice_id, parent=parent)
    _show(dialog)
    return dialog


def cancel_with_credit_note(parent: QWidget, ws: Workspace, nav: Navigator,
                            invoice_id: int) -> CreditNoteDialog:
    """Ask for the reason, issue the credit note; the dialog then offers its PDF and a
    corrected copy of the invoice."""
    from ui.billing.credit_note_dialog import CreditNoteDialog

    dialog = CreditNoteDialog(ws, nav, invoice_id, parent=parent)
    _show(dialog)
    return dialog


def duplicate(parent: QWidget, ws: Workspace, nav: Navigator, invoice_id: int, *,
              open_editor: bool = True) -> invoices.InvoiceView | None:
    """A new draft with the same lines; it opens in the editor so it can be corrected."""
    try:
        new = invoices.duplicate(ws, invoice_id)
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "Not duplicated"),
             core_message(exc))
        return None
    nav.changed(BILLING)
    if open_editor:
        open_invoice(parent, ws, nav, new.id)
    return new


def delete_draft(parent: QWidget, ws: Workspace, nav: Navigator, invoice_id: int) -> None:
    def erase() -> None:
        try:
            invoices.delete_draft(ws, invoice_id)
        except ConsultaError as exc:
            tell(parent, QCoreApplication.translate("InvoiceActions", "Not deleted"),
                 core_message(exc))
            return
        nav.changed(BILLING)

    ask(parent, QCoreApplication.translate("InvoiceActions", "Delete draft"),
        QCoreApplication.translate("InvoiceActions", "Delete this draft invoice? It has no number "
                                   "yet, so no number is lost."),
        QCoreApplication.translate("InvoiceActions", "Delete draft"), erase)


# --- email -------------------------------------------------------------------------------------

def email_unavailable(nav: Navigator, row: InvoiceLike) -> str:
    """Why the invoice cannot be emailed now, or "" when it can."""
    if nav.handler(COMPOSE_EMAIL) is None:
        return QCoreApplication.translate("InvoiceActions", "Email comes with the Inbox part of "
                                          "Consulta.")
    if row.status == InvoiceStatus.DRAFT:
        return QCoreApplication.translate("InvoiceActions", "Issue the invoice before sending it.")
    return ""


def email_invoice(parent: QWidget, ws: Workspace, nav: Navigator, invoice_id: int) -> bool:
    """Hand the PDF to the inbox composer, with a subject from the invoice number and a short
    message the practitioner can change before sending. False when it could not."""
    handler = nav.handler(COMPOSE_EMAIL)
    try:
        view = invoices.get_invoice(ws, invoice_id)
        if handler is None or email_unavailable(nav, view):
            tell(parent, QCoreApplication.translate("InvoiceActions", "Not sent"),
                 email_unavailable(nav, view))
            return False
        pdf = invoice_pdf.invoice_pdf_bytes(ws, invoice_id)
        client = clients.get_client(ws, view.client_id)
        settings = practice.get_practice(ws)
    except ConsultaError as exc:
        tell(parent, QCoreApplication.translate("InvoiceActions", "Not sent"), core_message(exc))
        return False
    if view.is_credit_note:
        subject = QCoreApplication.translate("InvoiceActions", "Credit note %1")
        body = QCoreApplication.translate(
            "InvoiceActions", "Hello %1,\n\nPlease find attached credit note %2, which cancels "
                              "invoice %3.\n\nKind regards,\n%4")
        body = body.replace("%3", view.credited_invoice_number or "")
    else:
        subject = QCoreApplication.translate("InvoiceActions", "Invoice %1")
        body = QCoreApplication.translate(
            "InvoiceActions", "Hello %1,\n\nPlease find attached invoice %2 for %3.\n\n"
                              "Kind regards,\n%4")
        body = body.replace("%3", format_minor(view.total_minor, view.currency))
    greeting = client.preferred_name or client.first_name or client.display_name
    signature = settings.practitioner_name or settings.name
    body = body.replace("%1", greeting).replace("%2", view.number or "").replace("%4", signature)
    handler(parent, view.client_id, subject.replace("%1", view.number or ""), body,
            [(invoice_pdf.suggested_filename(view), pdf, PDF_MIME)])
    return True


# --- the list of actions, and the menu -----------------------------------------------------------

def _payment_unavailable(row: InvoiceLike) -> str:
    if row.kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceActions.tr("A credit note is not paid: it cancels an invoice.")
    if row.status == InvoiceStatus.DRAFT:
        return InvoiceActions.tr("Issue the invoice before recording a payment.")
    if row.status == InvoiceStatus.PAID:
        return InvoiceActions.tr("This invoice is paid.")
    if row.status == InvoiceStatus.CANCELLED:
        return InvoiceActions.tr("This invoice is cancelled.")
    return ""


def _cancel_unavailable(row: InvoiceLike) -> str:
    if row.kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceActions.tr("A credit note cannot be cancelled.")
    if row.status == InvoiceStatus.DRAFT:
        return InvoiceActions.tr("A draft has no number yet: delete it instead.")
    if row.status == InvoiceStatus.CANCELLED:
        return InvoiceActions.tr("This invoice is already cancelled.")
    return ""


def invoice_actions(parent: QWidget, ws: Workspace, nav: Navigator,
                    row: InvoiceLike, *, on_saved: Callable[[Path], object] | None = None
                    ) -> list[InvoiceAction]:
    """View, PDF, email, record payment, cancel with credit note, duplicate (and delete, for a
    draft): each enabled, or disabled with the reason. `on_saved` hears where a PDF went."""
    draft = row.status == InvoiceStatus.DRAFT
    credit_note = row.kind == InvoiceKind.CREDIT_NOTE
    email_reason = email_unavailable(nav, row)
    pay_reason = _payment_unavailable(row)
    cancel_reason = _cancel_unavailable(row)
    dup_reason = (InvoiceActions.tr("Duplicate the invoice instead of its credit note.")
                  if credit_note else "")
    if row.client_id is None:  # the client was erased: the invoice stays only as issued
        erased = InvoiceActions.tr("The client was erased; this invoice is kept as issued.")
        email_reason = email_reason or erased
        pay_reason = pay_reason or erased
        dup_reason = dup_reason or erased
    view_text = (InvoiceActions.tr("Edit draft…") if draft else
                 InvoiceActions.tr("View credit note") if credit_note else
                 InvoiceActions.tr("View invoice"))
    out = [
        InvoiceAction("view", view_text, True, "",
                      lambda: open_invoice(parent, ws, nav, row.id)),
        InvoiceAction("pdf", InvoiceActions.tr("Download PDF…"), True, "",
                      lambda: download_pdf(parent, ws, row.id, on_saved=on_saved)),
        InvoiceAction("email", InvoiceActions.tr("Email…"), not email_reason, email_reason,
                      lambda: email_invoice(parent, ws, nav, row.id)),
        InvoiceAction("payment", InvoiceActions.tr("Record payment…"), not pay_reason,
                      pay_reason, lambda: record_payment(parent, ws, nav, row.client_id, row.id)),
        InvoiceAction("cancel", InvoiceActions.tr("Cancel with credit note…"),
                      not cancel_reason, cancel_reason,
                      lambda: cancel_with_credit_note(parent, ws, nav, row.id)),
        InvoiceAction("duplicate", InvoiceActions.tr("Duplicate"), not dup_reason, dup_reason,
                      lambda: duplicate(parent, ws, nav, row.id)),
    ]
    if draft:
        out.append(InvoiceAction("delete", InvoiceActions.tr("Delete draft…"), True, "",
                                 lambda: delete_draft(parent, ws, nav, row.id)))
    return out


def invoice_menu(parent: QWidget, ws: Workspace, nav: Navigator, row: InvoiceLike, *,
                 on_saved: Callable[[Path], object] | None = None) -> QMenu:
    """Every action on one invoice; the ones that do not apply say why in their tooltip."""
    menu = QMenu(parent)
    menu.setObjectName("invoice_menu")
    menu.setToolTipsVisible(True)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for action in invoice_actions(parent, ws, nav, row, on_saved=on_saved):
        if action.name in ("payment", "delete"):
            menu.addSeparator()
        item = menu.addAction(action.text)
        if action.name in ICONS:
            item.setIcon(action_icon(action.name))
        item.setObjectName(action.name)
        item.setEnabled(action.enabled)
        item.setToolTip(action.reason)
        item.triggered.connect(action.trigger)
    return menu
