"""Invoice read models, inputs, status rules and checks shared by the billing services.

`app.services.invoices` holds the use cases (drafts, issuing, credit notes) and re-exports the
dataclasses defined here; `app.services.billing_lists` the lists and summaries;
`app.services.payments` the payments. Functions here that take a `Session` run inside the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import invoice_totals, people, validation
from app.services.appointments import practice_zone  # noqa: F401  (re-exported)
from app.services.invoice_totals import Totals
from app.store.models import (
    Appointment,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    Service,
)

OVERDUE = "overdue"  # an effective status, never stored
OPEN_STATUSES = (InvoiceStatus.ISSUED.value, InvoiceStatus.PARTIALLY_PAID.value)
MAX_QUANTITY = Decimal(100_000)
MAX_UNIT_MINOR = 10**11  # a billion in a two-decimal currency: a typo, not a fee
MAX_LINES = 500


@dataclass(frozen=True)
class InvoiceLineInput:
    description: str
    quantity: Decimal = Decimal(1)
    unit_price_minor: int = 0
    tax_rate: Decimal = Decimal(0)  # percent: Decimal("20") is 20 %
    discount_percent: Decimal = Decimal(0)
    line_date: dt.date | None = None
    service_id: int | None = None
    appointment_id: int | None = None


@dataclass(frozen=True)
class InvoiceLineView:
    id: int
    position: int
    description: str
    quantity: Decimal
    unit_price_minor: int
    tax_rate: Decimal
    discount_percent: Decimal
    line_date: dt.date | None
    service_id: int | None
    appointment_id: int | None
    amount_minor: int  # after the line's discount, before tax: what the line shows
    tax_minor: int

    def as_input(self) -> InvoiceLineInput:
        return InvoiceLineInput(self.description, self.quantity, self.unit_price_minor,
                                self.tax_rate, self.discount_percent, self.line_date,
                                self.service_id, self.appointment_id)


@dataclass(frozen=True)
class InvoiceView:
    id: int
    number: str | None  # None while a draft
    kind: str  # InvoiceKind
    status: str  # InvoiceStatus, as stored
    effective_status: str  # status, or "overdue"
    client_id: int | None  # None: the client was erased (the name is the one printed)
    client_name: str
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str
    discount_percent: Decimal  # invoice-level
    lines: tuple[InvoiceLineView, ...]
    subtotal_minor: int
    discount_minor: int  # invoice-level discount amount
    tax_minor: int
    total_minor: int
    taxes: tuple[invoice_totals.TaxLine, ...]
    paid_minor: int  # payments recorded against it
    balance_minor: int  # still to pay (0 once paid, cancelled, or for a credit note)
    overpaid_minor: int  # paid beyond the total: the client's credit
    credited_invoice_id: int | None  # a credit note: the invoice it cancels
    credited_invoice_number: str | None
    credit_note_id: int | None  # a cancelled invoice: the credit note that cancelled it
    credit_note_number: str | None
    cancel_reason: str
    notes: str
    created_at: dt.datetime

    @property
    def is_draft(self) -> bool:
        return self.status == InvoiceStatus.DRAFT

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE

    @property
    def can_record_payment(self) -> bool:
        return not self.is_credit_note and self.status in OPEN_STATUSES

    @property
    def can_cancel(self) -> bool:
        return not self.is_credit_note and self.status in (*OPEN_STATUSES, InvoiceStatus.PAID)


@dataclass(frozen=True)
class UninvoicedAppointment:
    id: int
    starts_at: dt.datetime
    status: str
    service_id: int | None
    service_name: str
    price_minor: int
    tax_rate: Decimal


@dataclass(frozen=True)
class IssuerDetails:
    """The practice as printed on a document (frozen into an issued invoice)."""

    name: str = ""
    practitioner_name: str = ""
    address: str = ""  # multi-line
    tax_number: str = ""
    email: str = ""
    phone: str = ""
    payment_instructions: str = ""
    invoice_footer: str = ""


@dataclass(frozen=True)
class RecipientDetails:
    """The client as printed on a document (frozen into an issued invoice)."""

    name: str = ""
    organization: str = ""
    address_lines: tuple[str, ...] = ()
    email: str = ""


@dataclass(frozen=True)
class PrintableInvoice:
    """Everything an invoice PDF shows: frozen details for issued documents, live for drafts."""

    invoice: InvoiceView
    issuer: IssuerDetails
    recipient: RecipientDetails
    language: str  # "en", "es", "fr", "pt" (or with a region, "pt_BR")
    logo_png: bytes | None = None
    credited_issue_date: dt.date | None = None


# --- status --------------------------------------------------------------------------------------

def effective_status(kind: str, status: str, due_date: dt.date | None,
                     today: dt.date | None = None) -> str:
    """The status to show: an unpaid or partly paid invoice past its due date is overdue."""
    today = today or dt.date.today()
    if (kind == InvoiceKind.INVOICE and status in OPEN_STATUSES and due_date is not None
            and due_date < today):
        return OVERDUE
    return status


def payment_status(total_minor: int, paid_minor: int) -> str:
    """The stored status of an issued invoice from what was paid (nothing owed counts as paid)."""
    if paid_minor >= total_minor:
        return InvoiceStatus.PAID.value
    if paid_minor > 0:
        return InvoiceStatus.PARTIALLY_PAID.value
    return InvoiceStatus.ISSUED.value


def balances(kind: str, status: str, total: int, paid: int) -> tuple[int, int]:
    """(still to pay, paid beyond what is owed). Money paid on a cancelled invoice is credit."""
    if status == InvoiceStatus.DRAFT or kind == InvoiceKind.CREDIT_NOTE:
        return 0, 0
    if status == InvoiceStatus.CANCELLED:
        return 0, paid
    return max(total - paid, 0), max(paid - total, 0)


# --- helpers shared with payments and lists ------------------------------------------------------

def printed_client_name(snapshot: dict[str, Any] | None) -> str:
    """The client's name as frozen on an issued document (all that is left once the client
    was erased)."""
    return str(((snapshot or {}).get("client") or {}).get("name") or "")


def load_invoice(session: Session, invoice_id: int) -> Invoice:
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This invoice no longer exists."))
    return inv


def paid_on_invoice(session: Session, invoice_id: int) -> int:
    return session.scalar(select(func.coalesce(func.sum(Payment.amount_minor), 0))
                          .where(Payment.invoice_id == invoice_id)) or 0


def invoice_lines(session: Session, invoice_id: int) -> list[InvoiceLine]:
    return list(session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                                .order_by(InvoiceLine.position, InvoiceLine.id)))


def totals_of(inv: Invoice, lines: Sequence[InvoiceLine]) -> Totals:
    return invoice_totals.compute(
        ((ln.quantity, ln.unit_price_minor, ln.tax_rate, ln.discount_percent) for ln in lines),
        inv.discount_percent)


def view_of(session: Session, inv: Invoice, today: dt.date | None = None) -> InvoiceView:
    lines = invoice_lines(session, inv.id)
    totals = totals_of(inv, lines)
    paid = paid_on_invoice(session, inv.id)
    balance, overpaid = balances(inv.kind, inv.status, inv.total_minor, paid)
    client = people.load(session, inv.client_id) if inv.client_id is not None else None
    credited = session.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
    credit_note = session.scalars(select(Invoice).where(Invoice.credited_invoice_id == inv.id)
                                  .limit(1)).first()
    return InvoiceView(
        id=inv.id, number=inv.number, kind=inv.kind, status=inv.status,
        effective_status=effective_status(inv.kind, inv.status, inv.due_date, today),
        client_id=inv.client_id,
        client_name=(people.display_name(client.first_name, client.last_name,
                                         client.preferred_name) if client is not None
                     else printed_client_name(inv.issued_snapshot)),
        issue_date=inv.issue_date, due_date=inv.due_date, currency=inv.currency,
        discount_percent=inv.discount_percent,
        lines=tuple(InvoiceLineView(
            id=ln.id, position=ln.position, description=ln.description, quantity=ln.quantity,
            unit_price_minor=ln.unit_price_minor, tax_rate=ln.tax_rate,
            discount_percent=ln.discount_percent, line_date=ln.line_date,
            service_id=ln.service_id, appointment_id=ln.appointment_id,
            amount_minor=a.net_minor, tax_minor=a.tax_minor)
            for ln, a in zip(lines, totals.lines, strict=True)),
        subtotal_minor=inv.subtotal_minor, discount_minor=totals.discount_minor,
        tax_minor=inv.tax_minor, total_minor=inv.total_minor, taxes=totals.taxes,
        paid_minor=paid, balance_minor=balance, overpaid_minor=overpaid,
        credited_invoice_id=inv.credited_invoice_id,
        credited_invoice_number=credited.number if credited else None,
        credit_note_id=credit_note.id if credit_note else None,
        credit_note_number=credit_note.number if credit_note else None,
        cancel_reason=inv.cancel_reason, notes=inv.notes, created_at=inv.created_at,
    )


# --- validation -----------------------------------------------------------------------------------

def check_percent(value: object, field: str) -> Decimal:
    if isinstance(value, float):
        raise TypeError("floats are not accepted for rates")
    pct = validation.parse_decimal(value, field)
    if not Decimal(0) <= pct <= Decimal(100) or pct.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Enter a percentage between 0 and 100."), field=field)
    return invoice_totals.plain_rate(pct)


def line_values(session: Session, client_id: int, invoice_id: int | None, i: int,
                 line: InvoiceLineInput) -> dict[str, Any]:
    if isinstance(line.quantity, float):
        raise TypeError("floats are not accepted for quantities")
    qty = validation.parse_decimal(line.quantity, f"lines.{i}.quantity")
    if not Decimal(0) < qty <= MAX_QUANTITY or qty.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The quantity must be more than 0 (up to 4 decimals)."),
            field=f"lines.{i}.quantity")
    unit = line.unit_price_minor
    if isinstance(unit, bool) or not isinstance(unit, int):
        raise TypeError("unit_price_minor must be an int of minor units")
    if abs(unit) > MAX_UNIT_MINOR:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "The unit price is too large."),
                              field=f"lines.{i}.unit_price")
    if line.line_date is not None and not isinstance(line.line_date, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid date."),
                              field=f"lines.{i}.line_date", value=str(line.line_date))
    if line.service_id is not None and session.get(Service, line.service_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "That service no longer exists."),
                              field=f"lines.{i}.service")
    if line.appointment_id is not None:
        check_appointment_free(session, client_id, line.appointment_id, invoice_id)
    return dict(description=(line.description or "").strip()[:1000], quantity=qty,
                unit_price_minor=unit,
                tax_rate=check_percent(line.tax_rate, f"lines.{i}.tax_rate"),
                discount_percent=check_percent(line.discount_percent, f"lines.{i}.discount"),
                line_date=line.line_date, service_id=line.service_id,
                appointment_id=line.appointment_id)


def invoice_holding(session: Session, appointment_id: int, other_than: int | None) -> Invoice | None:
    q = (select(Invoice).join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
         .where(InvoiceLine.appointment_id == appointment_id,
                Invoice.status != InvoiceStatus.CANCELLED.value))
    if other_than is not None:
        q = q.where(Invoice.id != other_than)
    return session.scalars(q.limit(1)).first()


def check_appointment_free(session: Session, client_id: int, appointment_id: int,
                            invoice_id: int | None) -> Appointment:
    appt = session.get(Appointment, appointment_id)
    if appt is None or appt.client_id != client_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "That appointment does not belong to this client."), field="appointments")
    holder = invoice_holding(session, appointment_id, invoice_id)
    if holder is not None:
        if holder.number:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "This appointment is already on invoice {number}. Cancel that invoice "
                        "with a credit note first to invoice it again."),
                field="appointments", number=holder.number)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This appointment is already on a draft invoice: finish or delete that "
                    "draft first."), field="appointments")
    return appt


def totals_for(lines: Sequence[InvoiceLineInput], discount_percent: Decimal = Decimal(0)) -> Totals:
    """What a draft with these lines would total (the editor's live totals); no database.
    Raises ValidationError for a bad rate or quantity, TypeError for a float."""
    def quantity(value: object) -> Decimal:
        if isinstance(value, float):
            raise TypeError("floats are not accepted for quantities")
        return validation.parse_decimal(value, "quantity")

    return invoice_totals.compute(
        ((quantity(ln.quantity), ln.unit_price_minor, check_percent(ln.tax_rate, "tax_rate"),
          check_percent(ln.discount_percent, "discount")) for ln in lines),
        check_percent(discount_percent, "discount_percent"))
