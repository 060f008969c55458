"""Cancel an issued invoice with a credit note: the reason (required, printed on the credit
note), what will happen in plain words, then the credit note's number with `Save credit note
PDF…` and `Make a corrected copy…` (a new draft with the same lines, opened in the editor)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import invoices
from app.services.invoices import InvoiceView
from app.workspace import Workspace
from ui.billing.dialog_fit import fit_height, fit_height_soon
from ui.billing.invoice_actions import download_pdf, duplicate
from ui.i18n import core_message
from ui.money_text import format_minor
from ui.navigation import BILLING, Navigator
from ui.person_form import FieldWithMessage


class CreditNoteDialog(QDialog):
    """Opened with open(). `issued(credit_note_id)` once the credit note exists."""

    issued = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, invoice_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CreditNoteDialog")
        self._ws, self._nav = workspace, navigator
        self.invoice: InvoiceView = invoices.get_invoice(workspace, invoice_id)
        self.credit_note: InvoiceView | None = None
        self.pdf_path: Path | None = None
        self.setWindowTitle(self.tr("Cancel invoice %1").replace("%1", self.invoice.number or ""))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The stacked pages do not pass the wrapped explanation's height on to the first size:
        # a longer translation (four lines in French) would be cut.
        fit_height(self)

    def _form_page(self) -> QWidget:
        inv = self.invoice
        page = QWidget()
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        what = QLabel(self.tr(
            "An issued invoice is never changed or deleted. Cancelling it issues a credit note "
            "for its full amount (%1), with its own number and a reference to %2. You can then "
            "issue a corrected invoice.").replace("%1", format_minor(inv.total_minor, inv.currency))
            .replace("%2", inv.number or ""), objectName="explanation")
        what.setWordWrap(True)
        paid = QLabel(self.tr("The %1 already paid on it stays with the client as credit.")
                      .replace("%1", format_minor(inv.paid_minor, inv.currency)),
                      objectName="hint")
        paid.setWordWrap(True)
        paid.setVisible(inv.paid_minor > 0)
        self.reason = QComboBox(objectName="reason", editable=True)
        self.reason.addItems([self.tr("Wrong amount"), self.tr("Wrong client details"),
                              self.tr("The session did not take place"),
                              self.tr("Invoiced twice")])
        self.reason.setCurrentIndex(-1)  # no reason chosen for the user
        self.reason.lineEdit().setPlaceholderText(self.tr("Printed on the credit note"))
        self.reason.lineEdit().setMaxLength(1000)
        self.reason_field = FieldWithMessage(self.reason)
        self.reason.editTextChanged.connect(lambda _t: self.reason_field.set_error(""))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason)
        label.setContentsMargins(0, 6, 0, 0)
        form.addRow(label, self.reason_field)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        keep = buttons.addButton(self.tr("Keep invoice"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        self.issue_button = buttons.addButton(self.tr("Issue credit note"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setObjectName("issue_credit_note")
        self.issue_button.setProperty("primary", True)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(paid)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.reason.setFocus()
        return page

    def issue(self) -> None:
        self.error.hide()
        try:
            note = invoices.cancel_with_credit_note(self._ws, self.invoice.id,
                                                    self.reason.currentText())
        except ConsultaError as exc:
            if exc.field == "reason":
                self.reason_field.set_error(core_message(exc))
                self.reason.setFocus()
            else:
                self.error.setText(core_message(exc))
                self.error.show()
            fit_height_soon(self)  # room for the message
            return
        self.credit_note = note
        self.done_text.setText(self.tr("Credit note %1 is issued and invoice %2 is cancelled.")
                               .replace("%1", note.number or "")
                               .replace("%2", self.invoice.number or ""))
        self.pages.setCurrentIndex(1)
        self.pdf_button.setFocus()
        self._nav.changed(BILLING)
        self.issued.emit(note.id)

    # --- after ---------------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Credit note issued"), objectName="dialogTitle")
        self.done_text = QLabel(objectName="done_text")
        self.done_text.setWordWrap(True)
        next_step = QLabel(self.tr("Send the credit note to the client. To bill the right "
                                   "amount, make a corrected copy of the invoice and issue it."),
                           objectName="hint")
        next_step.setWordWrap(True)
        self.saved_text = QLabel(objectName="hint")
        self.saved_text.setWordWrap(True)
        self.saved_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_text.hide()
        self.pdf_button = QPushButton(self.tr("Save credit note PDF…"), objectName="save_pdf")
        self.pdf_button.setProperty("primary", True)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        corrected = QPushButton(self.tr("Make a corrected copy…"), objectName="corrected_copy")
        corrected.clicked.connect(self.corrected_copy)
        close = QPushButton(self.tr("Done"), objectName="done")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(corrected)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.done_text)
        layout.addWidget(next_step)
        layout.addWidget(self.saved_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def save_pdf(self, path: Path | str | None = None) -> Path | None:
        if self.credit_note is None:
            return None
        return download_pdf(self, self._ws, self.credit_note.id, path, on_saved=self._saved)

    def _saved(self, path: Path) -> None:
        self.pdf_path = path
        self.saved_text.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.saved_text.show()

    def corrected_copy(self) -> None:
        """A new draft of the cancelled invoice, opened in the editor (this dialog closes)."""
        parent = self.parentWidget() or self
        self.accept()
        duplicate(parent, self._ws, self._nav, self.invoice.id)
