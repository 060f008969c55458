"""Payments (with their receipt numbers) and a client's stored payment methods.

A payment is recorded against an issued invoice or, without one, as the client's credit. It may
be partial (the invoice becomes *partially paid*) or more than what is owed (the invoice becomes
*paid* and the rest is credit, shown in the client's billing summary). Each payment gets a
receipt number from its own gap-free sequence ("REC-{year}-{seq:04}" unless the setting
`billing.receipt_number_format` says otherwise). A payment recorded by mistake can be deleted;
the audit log keeps the fact (and its receipt number), so the gap in receipt numbers is explained.

Payment methods hold a card's brand, last 4 digits and expiry, or a bank account label, never a
full card number nor a security code (see `card_safety`): there is no card processing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, card_safety, numbering, people, validation
from app.services.invoice_records import load_invoice, paid_on_invoice, payment_status
from app.store.models import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Payment,
    PaymentMethod,
    PersonKind,
    utcnow,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

METHODS = ("cash", "card", "bank_transfer", "insurance", "other")
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("Core", "Cash"),
    "card": QT_TRANSLATE_NOOP("Core", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("Core", "Bank transfer"),
    "insurance": QT_TRANSLATE_NOOP("Core", "Insurance"),
    "other": QT_TRANSLATE_NOOP("Core", "Other"),
}
CARD, BANK_ACCOUNT = "card", "bank_account"
MAX_AMOUNT_MINOR = 10**11


@dataclass(frozen=True)
class PaymentView:
    id: int
    client_id: int | None  # None: the client was erased; the payment and receipt stay
    invoice_id: int | None
    invoice_number: str | None
    paid_on: dt.date
    amount_minor: int
    method: str  # one of METHODS
    reference: str
    receipt_number: str | None
    recorded_at: dt.datetime | None
    credit_minor: int  # the part of this payment beyond what its invoice owed: client credit


@dataclass(frozen=True)
class PaymentMethodView:
    id: int
    client_id: int
    kind: str  # "card" or "bank_account"
    card_brand: str
    last4: str
    exp_month: int | None
    exp_year: int | None
    holder_name: str
    bank_label: str
    is_default: bool

    def expired(self, today: dt.date | None = None) -> bool:
        if self.kind != CARD or not self.exp_year or not self.exp_month:
            return False
        today = today or dt.date.today()
        return (self.exp_year, self.exp_month) < (today.year, today.month)

    @property
    def summary(self) -> str:
        """"Visa ···· 4242 · 08/27" or the bank account label (not translated: no words)."""
        if self.kind == BANK_ACCOUNT:
            return self.bank_label
        parts = [" ".join(p for p in (self.card_brand, f"···· {self.last4}" if self.last4 else "") if p)]
        if self.exp_month and self.exp_year:
            parts.append(f"{self.exp_month:02d}/{self.exp_year % 100:02d}")
        return " · ".join(p for p in parts if p)


# --- payments ---------------------------------------------------------------------------------------

def _credit_parts(session: Session, payments: list[Payment]) -> dict[int, int]:
    """How much of each payment is credit: all of it without an invoice or on a cancelled one;
    on an invoice, what goes beyond its total, counting payments in the order recorded."""
    out: dict[int, int] = {}
    invoice_ids = {p.invoice_id for p in payments if p.invoice_id}
    invoices = {i.id: i for i in session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids)))}
    running: dict[int, int] = {}
    all_on = session.scalars(select(Payment).where(Payment.invoice_id.in_(invoice_ids))
                             .order_by(Payment.id)) if invoice_ids else []
    for p in all_on:
        inv = invoices[p.invoice_id]
        before = running.get(inv.id, 0)
        running[inv.id] = before + p.amount_minor
        if inv.status == InvoiceStatus.CANCELLED:
            out[p.id] = p.amount_minor
        else:
            out[p.id] = max(0, min(p.amount_minor, before + p.amount_minor - inv.total_minor))
    for p in payments:
        if p.invoice_id is None:
            out[p.id] = p.amount_minor
    return out


def _views(session: Session, payments: list[Payment]) -> list[PaymentView]:
    credit = _credit_parts(session, payments)
    numbers = dict(session.execute(select(Invoice.id, Invoice.number).where(
        Invoice.id.in_({p.invoice_id for p in payments if p.invoice_id}))).all())
    return [PaymentView(
        id=p.id, client_id=p.client_id, invoice_id=p.invoice_id,
        invoice_number=numbers.get(p.invoice_id) if p.invoice_id else None, paid_on=p.paid_on,
        amount_minor=p.amount_minor, method=p.method, reference=p.reference,
        receipt_number=p.receipt_number, recorded_at=p.recorded_at,
        credit_minor=credit.get(p.id, 0)) for p in payments]


def refresh_invoice_status(session: Session, inv: Invoice) -> None:
    if inv.kind == InvoiceKind.INVOICE and inv.status not in (InvoiceStatus.DRAFT,
                                                              InvoiceStatus.CANCELLED):
        inv.status = payment_status(inv.total_minor, paid_on_invoice(session, inv.id))


def _payable(session: Session, client_id: int, invoice_id: int) -> Invoice:
    inv = load_invoice(session, invoice_id)
    if inv.client_id != client_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "That invoice belongs to another client."), field="invoice")
    if inv.kind == InvoiceKind.CREDIT_NOTE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "A credit note is not paid: it cancels an invoice."), field="invoice")
    if inv.status == InvoiceStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "A draft cannot be paid: issue the invoice first."), field="invoice")
    if inv.status == InvoiceStatus.CANCELLED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This invoice is cancelled. Record the payment without an invoice to keep "
                    "it as the client's credit."), field="invoice")
    if inv.status == InvoiceStatus.PAID:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This invoice is already paid. Record the payment without an invoice to "
                    "keep it as the client's credit."), field="invoice")
    return inv


def add_payment(session: Session, client_id: int, invoice_id: int | None, paid_on: dt.date,
                amount_minor: int, method: str, reference: str = "") -> Payment:
    """Record a payment inside the caller's transaction (record_payment and the sample use it)."""
    people.load(session, client_id, PersonKind.CLIENT, include_deleted=False)
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        raise TypeError("amount_minor must be an int of minor units")
    if not 0 < amount_minor <= MAX_AMOUNT_MINOR:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Enter an amount greater than zero."), field="amount")
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose how it was paid."), field="method")
    paid_on = validation.parse_date(paid_on, "paid_on")
    if paid_on > dt.date.today():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "A payment cannot be dated in the future."), field="paid_on")
    reference = validation.clean(reference, 200)
    card_safety.refuse_card_data([("reference", reference)])
    inv = _payable(session, client_id, invoice_id) if invoice_id is not None else None
    payment = Payment(client_id=client_id, invoice_id=invoice_id, paid_on=paid_on,
                      amount_minor=amount_minor, method=method, reference=reference,
                      receipt_number=numbering.take_number(
                          session, numbering.RECEIPT, numbering.receipt_format(session), paid_on),
                      recorded_at=utcnow())
    session.add(payment)
    session.flush()
    if inv is not None:
        refresh_invoice_status(session, inv)
    audit.record(session, "create", "payment", payment.id,
                 {"receipt": payment.receipt_number, "invoice": inv.number if inv else None})
    return payment


def record_payment(ws: Workspace, client_id: int, invoice_id: int | None, paid_on: dt.date,
                   amount_minor: int, method: str, reference: str = "") -> PaymentView:
    """Record a payment: partial, exact or more than owed (the rest becomes the client's credit);
    `invoice_id=None` keeps it all as credit. Returns it with its receipt number."""
    with ws.write() as s:
        payment = add_payment(s, client_id, invoice_id, paid_on, amount_minor, method, reference)
        return _views(s, [payment])[0]


def delete_payment(ws: Workspace, payment_id: int) -> None:
    """Remove a payment recorded by mistake; its invoice's status follows. The audit log keeps
    the receipt number, so the gap in receipt numbers is accounted for."""
    with ws.write() as s:
        payment = s.get(Payment, payment_id)
        if payment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This payment no longer exists."))
        inv = s.get(Invoice, payment.invoice_id) if payment.invoice_id else None
        receipt = payment.receipt_number
        s.delete(payment)
        s.flush()
        if inv is not None:
            refresh_invoice_status(s, inv)
        audit.record(s, "delete", "payment", payment_id,
                     {"receipt": receipt, "invoice": inv.number if inv else None})


def get_payment(ws: Workspace, payment_id: int) -> PaymentView:
    with ws.read() as s:
        payment = s.get(Payment, payment_id)
        if payment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This payment no longer exists."))
        return _views(s, [payment])[0]


def list_payments(ws: Workspace, *, client_id: int | None = None,
                  invoice_id: int | None = None) -> list[PaymentView]:
    """Newest first."""
    q = select(Payment).order_by(Payment.paid_on.desc(), Payment.id.desc())
    if client_id is not None:
        q = q.where(Payment.client_id == client_id)
    if invoice_id is not None:
        q = q.where(Payment.invoice_id == invoice_id)
    with ws.read() as s:
        return _views(s, list(s.scalars(q)))


# --- payment methods --------------------------------------------------------------------------------

def _method_view(m: PaymentMethod) -> PaymentMethodView:
    return PaymentMethodView(id=m.id, client_id=m.client_id, kind=m.kind, card_brand=m.card_brand,
                             last4=m.card_last4, exp_month=m.card_exp_month,
                             exp_year=m.card_exp_year, holder_name=m.holder_name,
                             bank_label=m.bank_label, is_default=m.is_default)


def _expiry(month: object, year: object) -> tuple[int | None, int | None]:
    if month in (None, "") and year in (None, ""):
        return None, None
    try:
        m, y = int(str(month).strip()), int(str(year).strip())
    except ValueError:
        m = y = 0
    if 0 <= y < 100:
        y += 2000
    if not (1 <= m <= 12 and 2000 <= y <= 2100):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Enter the expiry as a month (1–12) and a year, like 08/2027."), field="expiry")
    return m, y


def add_payment_method(ws: Workspace, client_id: int, *, kind: str, card_brand: str = "",
                       last4: str = "", exp_month: int | None = None, exp_year: int | None = None,
                       holder_name: str = "", bank_label: str = "", make_default: bool = False,
                       **other: object) -> PaymentMethodView:
    """Keep a card (brand, last 4 digits, expiry, holder) or a bank account label for a client.

    Refuses a full card number anywhere in the input and any security-code field or text,
    saying why: Consulta never stores them and does no card processing.
    """
    card_safety.refuse_card_fields(other)
    if other:
        raise TypeError(f"unexpected payment method fields: {sorted(other)}")
    texts = {"card_brand": card_brand, "last4": last4, "holder_name": holder_name,
             "bank_label": bank_label, "exp_month": str(exp_month or ""),
             "exp_year": str(exp_year or "")}
    card_safety.refuse_card_data((k, str(v or "")) for k, v in texts.items())
    if kind not in (CARD, BANK_ACCOUNT):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a card or a bank account."),
                              field="kind")
    holder = validation.clean(holder_name, 200)
    values: dict[str, object] = {"holder_name": holder}
    if kind == CARD:
        digits = "".join(c for c in str(last4 or "") if not c.isspace())
        if len(digits) >= 12:
            raise ValidationError(card_safety.FULL_NUMBER_MESSAGE, field="last4")
        if not (len(digits) == 4 and digits.isdigit()):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Enter only the last 4 digits of the card."), field="last4")
        month, year = _expiry(exp_month, exp_year)
        values.update(card_brand=validation.clean(card_brand, 40), card_last4=digits,
                      card_exp_month=month, card_exp_year=year)
    else:
        label = validation.clean(bank_label, 200)
        if not label:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Give the bank account a label, like “Joint account, Caixa”."),
                field="bank_label")
        values["bank_label"] = label
    with ws.write() as s:
        people.load(s, client_id, PersonKind.CLIENT, include_deleted=False)
        first = s.scalar(select(PaymentMethod.id).where(PaymentMethod.client_id == client_id)) is None
        if make_default and not first:
            s.execute(update(PaymentMethod).where(PaymentMethod.client_id == client_id)
                      .values(is_default=False))
        m = PaymentMethod(client_id=client_id, kind=kind, is_default=make_default or first, **values)
        s.add(m)
        s.flush()
        audit.record(s, "create", "payment_method", m.id, {"client": client_id, "kind": kind})
        return _method_view(m)


def list_payment_methods(ws: Workspace, client_id: int) -> list[PaymentMethodView]:
    """The default first, then in the order added."""
    with ws.read() as s:
        return [_method_view(m) for m in s.scalars(
            select(PaymentMethod).where(PaymentMethod.client_id == client_id)
            .order_by(PaymentMethod.is_default.desc(), PaymentMethod.id))]


def _method(session: Session, method_id: int) -> PaymentMethod:
    m = session.get(PaymentMethod, method_id)
    if m is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This payment method no longer exists."))
    return m


def set_default_payment_method(ws: Workspace, method_id: int) -> None:
    with ws.write() as s:
        m = _method(s, method_id)
        s.execute(update(PaymentMethod).where(PaymentMethod.client_id == m.client_id)
                  .values(is_default=PaymentMethod.id == m.id))
        audit.record(s, "update", "payment_method", m.id, {"fields": ["is_default"]})


def remove_payment_method(ws: Workspace, method_id: int) -> None:
    """Remove it; if it was the default, the oldest remaining one becomes the default."""
    with ws.write() as s:
        m = _method(s, method_id)
        client_id, was_default = m.client_id, m.is_default
        s.delete(m)
        s.flush()
        if was_default:
            nxt = s.scalars(select(PaymentMethod).where(PaymentMethod.client_id == client_id)
                            .order_by(PaymentMethod.id).limit(1)).first()
            if nxt is not None:
                nxt.is_default = True
        audit.record(s, "delete", "payment_method", method_id, {"client": client_id})
