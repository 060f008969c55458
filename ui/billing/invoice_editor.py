"""The invoice editor: a draft's lines, discount and notes with live totals, saved as a draft or
issued; once issued (or for a credit note), the same layout read-only, with the number, dates,
status, payments and balance, and the actions that still apply (PDF, email, payment, credit
note, duplicate) from `ui.billing.invoice_actions`.

Nothing reaches the store until Save draft or Issue: the typed cells are parsed first, and a
cell that does not read as a number is marked and named, with nothing saved.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError, ValidationError
from app.services import billing_settings, clients, invoices, numbering, practice, service_catalog
from app.services.invoice_totals import Totals
from app.services.invoices import InvoiceLineInput, InvoiceView
from app.workspace import Workspace
from ui.billing.invoice_heading import InvoiceHeading
from ui.billing.invoice_lines_table import (
    DATE,
    DESCRIPTION,
    DISCOUNT,
    QUANTITY,
    SERVICE,
    TAX,
    UNIT_PRICE,
    InvoiceLinesTable,
    LineProblem,
)
from ui.billing.invoice_options import InvoiceOptions
from ui.billing.invoice_payments import InvoicePayments
from ui.billing.invoice_totals_box import InvoiceTotalsBox
from ui.confirm import ask
from ui.i18n import core_message
from ui.money_text import format_minor, format_number, parse_number
from ui.navigation import APPOINTMENTS, BILLING, Navigator

# The core names a line's fields "lines.<i>.<name>"; the table's columns for those names.
FIELD_COLUMNS = {"description": DESCRIPTION, "quantity": QUANTITY, "unit_price": UNIT_PRICE,
                 "tax_rate": TAX, "discount": DISCOUNT, "line_date": DATE, "service": SERVICE}

STYLE = """
QPushButton:disabled { color: #9aa5b1; background: #f3f4f5; border-color: #e4e7eb; }
"""


class InvoiceEditor(QDialog):
    """Opened with open(). `invoice_id` opens an existing invoice (a draft is editable);
    without it, a new draft for `client_id` that exists once saved. `saved(invoice_id)` after
    each successful save or issue; `deleted(invoice_id)` when a draft is deleted."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, *, invoice_id: int | None = None,
                 client_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if invoice_id is None and client_id is None:
            raise ValueError("an invoice id or a client id is needed")
        self.setObjectName("InvoiceEditor")
        self.setStyleSheet(STYLE)
        self.setMinimumSize(960, 620)
        self._ws, self._nav = workspace, navigator
        self.view: InvoiceView | None = (invoices.get_invoice(workspace, invoice_id)
                                         if invoice_id is not None else None)
        self.client_id = self.view.client_id if self.view else client_id
        settings = practice.get_practice(workspace)
        self.currency = self.view.currency if self.view else settings.currency
        self._practice_language = settings.language or "en"
        self._dirty = False
        self._closing = False
        self._focused = False
        self._filled = False
        self._saved_appointments: frozenset[int] = frozenset()

        self.heading = InvoiceHeading(self.view.client_name if self.view else
                                      clients.get_client(workspace, client_id).display_name)
        # Shortcuts to what the heading shows.
        self.title, self.pill, self.dates, self.banner = (
            self.heading.title, self.heading.pill, self.heading.dates, self.heading.banner)
        self.client_name = self.heading.client_name

        self.lines = InvoiceLinesTable(
            self.currency, service_catalog.list_services(workspace, with_usage=False),
            billing_settings.get_tax_rates(workspace))
        self.lines.edited.connect(self._edited)
        self.add_button = QPushButton(self.tr("+ Add line"), objectName="add_line")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove line"), objectName="remove_line")
        self.remove_button.clicked.connect(self.remove_line)
        self.line_buttons = QWidget()
        row = QHBoxLayout(self.line_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        self.options = InvoiceOptions()
        self.options.edited.connect(self._edited)
        self.discount, self.language, self.notes = (
            self.options.discount, self.options.language, self.options.notes)
        self.payments = InvoicePayments()
        left = QVBoxLayout()
        left.addWidget(self.options)
        left.addWidget(self.payments)
        left.addStretch(1)
        self.totals = InvoiceTotalsBox()
        bottom = QHBoxLayout()
        bottom.addLayout(left, 1)
        bottom.addSpacing(16)
        bottom.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignTop)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.delete_button = QPushButton(self.tr("Delete draft…"), objectName="delete_draft")
        self.delete_button.clicked.connect(self.delete_draft)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save draft"), objectName="save_draft")
        self.save_button.clicked.connect(self.save_draft)
        self.issue_button = QPushButton(self.tr("&Issue…"), objectName="issue")
        self.issue_button.setProperty("primary", True)
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setToolTip(self.tr("Give the invoice its number and freeze it"))
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addLayout(self.actions_row)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.save_button, self.issue_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.line_buttons)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setStyleSheet("color: #e4e7eb;")
        layout.addWidget(separator)
        layout.addLayout(buttons)

        self._show_invoice(self.view)
        navigator.data_changed.connect(self._data_changed)

    # --- showing -------------------------------------------------------------------------------

    @property
    def is_draft(self) -> bool:
        return self.view is None or self.view.is_draft

    def _show_invoice(self, view: InvoiceView | None) -> None:
        """Fill every part from `view` (None: a new draft), editable or read-only."""
        self.view = view
        draft = self.is_draft
        self.heading.show_invoice(view)
        self.setWindowTitle(self.title.text())

        self.lines.set_read_only(not draft)
        self.lines.set_lines([ln.as_input() for ln in view.lines] if view else [])
        if view is None:
            self.lines.add_line()
        self._saved_appointments = self._appointment_ids([ln.as_input() for ln in view.lines]
                                                         if view else [])
        self.line_buttons.setVisible(draft)
        self.options.fill(editable=draft, notes=view.notes if view else "",
                          discount_text=format_number(view.discount_percent)
                          if view and view.discount_percent else "",
                          language=None if self._filled else self._practice_language)
        self._filled = True
        self.payments.setVisible(not draft and not view.is_credit_note)
        if not draft and not view.is_credit_note:
            self.payments.show_payments(self._ws, view)

        for button in (self.cancel_button, self.save_button, self.issue_button):
            button.setVisible(draft)
        self.delete_button.setVisible(view is not None and draft)
        self.close_button.setVisible(not draft)
        self._show_actions(None if draft else view)
        self.error.hide()
        self._dirty = False
        if draft:
            self._refresh_totals()
        else:
            self.lines.show_problems([])
            self.lines.show_amounts([ln.amount_minor for ln in view.lines])
            self.totals.show_totals(
                self._view_totals(view), view.currency, view.discount_percent,
                credit_note=view.is_credit_note,
                paid_minor=None if view.is_credit_note else view.paid_minor,
                balance_minor=None if view.is_credit_note or view.status == "cancelled"
                else view.balance_minor, overpaid_minor=view.overpaid_minor)
            self.close_button.setDefault(True)

    @staticmethod
    def _view_totals(view: InvoiceView) -> Totals:
        """The stored figures of an issued document, as the totals box takes them."""
        return Totals(lines=(), subtotal_minor=view.subtotal_minor,
                      discount_minor=view.discount_minor, tax_minor=view.tax_minor,
                      total_minor=view.total_minor, taxes=view.taxes)

    def _show_actions(self, view: InvoiceView | None) -> None:
        """Issued: the actions of the Billing lists, as buttons (each says why when it is off)."""
        from ui.billing.invoice_actions import invoice_actions

        for button in self.action_buttons.values():
            button.deleteLater()
        self.action_buttons = {}
        if view is None:
            return
        for action in invoice_actions(self, self._ws, self._nav, view):
            if action.name in ("view", "delete"):
                continue
            button = QPushButton(action.text, objectName=f"action_{action.name}")
            button.setEnabled(action.enabled)
            button.setToolTip(action.reason)
            # What can never apply to this document (paying a credit note, cancelling a
            # cancelled invoice) is left out; email stays, greyed, saying what it waits for.
            button.setVisible(action.enabled or action.name == "email")
            button.clicked.connect(action.trigger)
            self.actions_row.addWidget(button)
            self.action_buttons[action.name] = button

    def _data_changed(self, kind: str) -> None:
        # A payment, a credit note or a duplicate made from this view: show the new state.
        if kind != BILLING or self.view is None or self._dirty or self._closing:
            return
        try:
            self._show_invoice(invoices.get_invoice(self._ws, self.view.id))
        except NotFoundError:
            self._closing = True
            self.done(QDialog.DialogCode.Rejected)

    # --- editing ---------------------------------------------------------------------------

    def add_line(self) -> None:
        row = self.lines.add_line()
        self.lines.setCurrentCell(row, SERVICE)
        self.lines.setFocus()

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        self.lines.remove_line(row if row >= 0 else self.lines.rowCount() - 1)

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._refresh_totals()

    def _discount(self) -> Decimal:
        return invoices.check_percent(parse_number(self.discount.text(), "discount_percent"),
                                      "discount_percent")

    def _mark_discount(self, message: str) -> str:
        """The field's red border; the message goes in the editor's error line (under a field
        this narrow it would wrap word by word)."""
        self.options.mark_discount(bool(message))
        return self.tr("Invoice discount: %1").replace("%1", message) if message else ""

    def _refresh_totals(self) -> tuple[list[tuple[int, InvoiceLineInput]], list[LineProblem],
                                       Decimal | None]:
        """Parse everything, mark what is wrong, and show the totals when all of it reads."""
        rows, problems = self.lines.read()
        try:
            discount: Decimal | None = self._discount()
            discount_problem = self._mark_discount("")
        except ValidationError as exc:
            discount = None
            discount_problem = self._mark_discount(core_message(exc))
        self.lines.show_problems(problems)
        inputs = [line for _row, line in rows]
        totals = invoices.totals_for(inputs, discount or Decimal(0))
        self.lines.show_amounts(self.lines.amounts_from(totals, [row for row, _ in rows]))
        whole = not problems and discount is not None
        self.totals.show_totals(totals if whole else None, self.currency, discount or Decimal(0))
        if whole:
            self.error.hide()
        else:
            self._show_error(self._problem_text(problems[0]) if problems else discount_problem)
        return rows, problems, discount

    def _problem_text(self, problem: LineProblem) -> str:
        column = self.lines.horizontalHeaderItem(problem.column).text()
        return (self.tr("Line %1, %2: %3").replace("%1", str(problem.row + 1))
                .replace("%2", column).replace("%3", problem.message))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _appointment_ids(self, lines: list[InvoiceLineInput]) -> frozenset[int]:
        return frozenset(ln.appointment_id for ln in lines if ln.appointment_id)

    # --- saving ------------------------------------------------------------------------------

    def _collect(self) -> tuple[list[int], list[InvoiceLineInput], Decimal] | None:
        """The rows kept (blank ones are dropped) and their inputs, or None after showing
        what is wrong."""
        rows, problems, discount = self._refresh_totals()
        if problems or discount is None:
            if problems:
                self.lines.setCurrentCell(problems[0].row, problems[0].column)
                self.lines.setFocus()
            else:
                self.discount.setFocus()
            return None
        kept = [(row, line) for row, line in rows if not self.lines.is_blank(row)]
        return [row for row, _ in kept], [line for _, line in kept], discount

    def _write(self, rows: list[int], lines: list[InvoiceLineInput],
               discount: Decimal) -> InvoiceView | None:
        notes = self.notes.toPlainText()
        try:
            if self.view is None:
                view = invoices.create_draft(self._ws, self.client_id, lines,
                                             discount_percent=discount, notes=notes)
            else:
                view = invoices.update_draft(self._ws, self.view.id, lines=lines,
                                             discount_percent=discount, notes=notes)
        except ConsultaError as exc:
            self._show_core_error(exc, rows)
            return None
        self.view = view
        self._dirty = False
        self._announce(self._appointment_ids(lines))
        return view

    def _announce(self, appointments: frozenset[int]) -> None:
        """Tell the other views: billing changed, and the appointments' "Invoiced" badges if
        the set of appointments on this invoice did."""
        changed = appointments != self._saved_appointments
        self._saved_appointments = appointments
        self.saved.emit(self.view.id)
        self._nav.changed(BILLING)
        if changed:
            self._nav.changed(APPOINTMENTS)

    def _show_core_error(self, exc: ConsultaError, rows: list[int]) -> None:
        message = core_message(exc)
        parts = (exc.field or "").split(".")
        if (parts[0] == "lines" and len(parts) == 3 and parts[1].isdigit()
                and int(parts[1]) < len(rows)):
            problem = LineProblem(rows[int(parts[1])], FIELD_COLUMNS.get(parts[2], DESCRIPTION),
                                  message)
            self.lines.show_problems([problem])
            self.lines.setCurrentCell(problem.row, problem.column)
            message = self._problem_text(problem)
        elif exc.field == "discount_percent":
            message = self._mark_discount(message)
        self._show_error(message)

    def save_draft(self) -> None:
        collected = self._collect()
        if collected is not None and self._write(*collected) is not None:
            self._closing = True
            self.accept()

    def issue(self) -> None:
        collected = self._collect()
        if collected is None:
            return
        rows, lines, discount = collected
        problem = self._issue_problem(rows, lines)
        if problem:
            self._show_error(problem)
            return
        total = invoices.totals_for(lines, discount).total_minor
        number = billing_settings.preview_numbers(self._ws)[numbering.INVOICE]
        ask(self, self.tr("Issue invoice"),
            self.tr("Issue this invoice to %1 for %2?\n\nIt gets the number %3 and today's date. "
                    "An issued invoice can no longer be changed or deleted: to correct it, you "
                    "cancel it with a credit note and issue a new one.")
            .replace("%1", self.client_name.text())
            .replace("%2", format_minor(total, self.currency))
            .replace("%3", number),
            self.tr("Issue invoice"), lambda: self._issue(rows, lines, discount), destructive=False)

    def _issue_problem(self, rows: list[int], lines: list[InvoiceLineInput]) -> str:
        """What the core would refuse at issue, said before asking (and before saving)."""
        if not lines:
            return self.tr("Add at least one line before issuing the invoice.")
        for row, line in zip(rows, lines, strict=True):
            if not line.description:
                problem = LineProblem(row, DESCRIPTION, self.tr(
                    "Every line needs a description: it is printed on the invoice."))
                self.lines.show_problems([problem])
                self.lines.setCurrentCell(row, DESCRIPTION)
                return self._problem_text(problem)
        return ""

    def _issue(self, rows: list[int], lines: list[InvoiceLineInput], discount: Decimal) -> None:
        if self._write(rows, lines, discount) is None:
            return
        try:
            view = invoices.issue(self._ws, self.view.id, language=self.language.currentData())
        except ConsultaError as exc:
            self._show_invoice(self.view)  # saved as a draft; say why it is not issued
            self._show_core_error(exc, list(range(len(lines))))
            return
        self._show_invoice(view)
        self._announce(self._saved_appointments)

    def delete_draft(self) -> None:
        if self.view is None:
            return
        view = self.view

        def erase() -> None:
            try:
                invoices.delete_draft(self._ws, view.id)
            except ConsultaError as exc:
                self._show_error(core_message(exc))
                return
            self._closing = True
            self.deleted.emit(view.id)
            self._nav.changed(BILLING)
            if self._saved_appointments:
                self._nav.changed(APPOINTMENTS)
            self._dirty = False
            self.done(QDialog.DialogCode.Rejected)

        ask(self, self.tr("Delete draft"),
            self.tr("Delete this draft invoice for %1? It has no number yet, so no number is "
                    "lost; its appointments can be invoiced again.").replace(
                "%1", self.client_name.text()),
            self.tr("Delete draft"), erase)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._focused:
            return
        self._focused = True
        # A new invoice starts on its first line's service; a saved draft on Save draft (a
        # cell given the focus would open its editor at once, which reads as a glitch).
        if self.view is None:
            self.lines.setCurrentCell(0, SERVICE)
            self.lines.setFocus()
        elif self.is_draft:
            self.save_button.setFocus()
        else:
            self.close_button.setFocus()

    # --- closing -------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.is_draft and self.isVisible()

    def unsaved_description(self) -> str:
        return self.tr("An invoice for %1 that is not saved").replace("%1", self.client_name.text())

    def reject(self) -> None:
        if not self.has_unsaved_changes() or self._closing:
            super().reject()
            return
        ask(self, self.tr("Unsaved changes"),
            self.tr("This invoice has changes that are not saved. Close it and lose them?"),
            self.tr("Discard changes"), self._discard)

    def _discard(self) -> None:
        self._dirty = False
        self._closing = True
        super().reject()

    def done(self, result: int) -> None:
        # An editor opened from this one (Duplicate, a corrected copy after a credit note)
        # outlives it: handed to this editor's parent rather than deleted along with it.
        for heir in self.findChildren(InvoiceEditor):
            if heir.isVisible():
                heir.setParent(self.parentWidget(), heir.windowFlags())
                heir.open()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.has_unsaved_changes() and not self._closing:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
