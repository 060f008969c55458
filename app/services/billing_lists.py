"""The billing lists and their totals: a client's Billing tab and the practice-wide Billing area.

One query gives every row (client name, amount paid and the credited invoice's number come from
joins and a correlated sum on the payment index, not one query per row), so a client with
hundreds of invoices or a practice with thousands opens at once. Totals are summed from the
rows, so the figures above a list always agree with the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.services import people
from app.services.invoice_records import (
    OPEN_STATUSES,
    OVERDUE,
    balances,
    effective_status,
    printed_client_name,
)
from app.store.models import Invoice, InvoiceKind, InvoiceStatus, Payment, Person, Practice

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.workspace import Workspace

OPEN = "open"  # a list filter: issued or partially paid, overdue or not


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str | None
    kind: str
    status: str
    effective_status: str  # status, or "overdue"
    client_id: int | None  # None: the client was erased (the name is the one printed)
    client_name: str
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str
    subtotal_minor: int
    discount_minor: int
    tax_minor: int
    total_minor: int
    paid_minor: int
    balance_minor: int
    overpaid_minor: int
    credited_invoice_id: int | None
    credited_invoice_number: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class BillingSummary:
    currency: str
    billed_minor: int  # issued invoices less credit notes
    paid_minor: int  # every payment, including those kept as credit
    outstanding_minor: int  # still to pay on issued invoices (overdue included)
    overdue_minor: int  # the part of outstanding past its due date
    credit_minor: int  # over-payments, payments without an invoice, paid on cancelled ones
    invoice_count: int  # issued invoices standing (not cancelled; no credit notes, no drafts)
    overdue_count: int
    draft_count: int


def _statement(*, status: str | None, date_from: dt.date | None, date_to: dt.date | None,
               client_id: int | None, kind: str | None, today: dt.date) -> Select:
    credited = aliased(Invoice)
    paid = (select(func.coalesce(func.sum(Payment.amount_minor), 0))
            .where(Payment.invoice_id == Invoice.id).correlate(Invoice).scalar_subquery())
    stmt = (select(Invoice.id, Invoice.number, Invoice.kind, Invoice.status, Invoice.client_id,
                   Person.first_name, Person.last_name, Person.preferred_name,
                   Invoice.issue_date, Invoice.due_date, Invoice.currency,
                   Invoice.subtotal_minor, Invoice.tax_minor, Invoice.total_minor, paid,
                   Invoice.credited_invoice_id, credited.number, Invoice.created_at,
                   Invoice.issued_snapshot)
            .outerjoin(Person, Person.id == Invoice.client_id)
            .outerjoin(credited, credited.id == Invoice.credited_invoice_id))
    if client_id is not None:
        stmt = stmt.where(Invoice.client_id == client_id)
    if kind:
        stmt = stmt.where(Invoice.kind == kind)
    if status == OVERDUE:
        stmt = stmt.where(Invoice.kind == InvoiceKind.INVOICE.value,
                          Invoice.status.in_(OPEN_STATUSES), Invoice.due_date < today)
    elif status == OPEN:
        stmt = stmt.where(Invoice.status.in_(OPEN_STATUSES))
    elif status:
        stmt = stmt.where(Invoice.status == status)
    if date_from is not None:
        stmt = stmt.where(Invoice.issue_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Invoice.issue_date <= date_to)
    # Drafts (no date yet) first, then the newest.
    return stmt.order_by(Invoice.issue_date.desc().nulls_first(), Invoice.id.desc())


def _rows(session: Session, today: dt.date, **filters) -> list[InvoiceRow]:  # noqa: ANN003
    out = []
    for r in session.execute(_statement(today=today, **filters)):
        (inv_id, number, kind, status, client_id, first, last, preferred, issue_date, due_date,
         currency, subtotal, tax, total, paid, credited_id, credited_number, created_at,
         snapshot) = r
        balance, overpaid = balances(kind, status, total, paid)
        name = (people.display_name(first, last, preferred) if client_id is not None
                else printed_client_name(snapshot))
        out.append(InvoiceRow(
            id=inv_id, number=number, kind=kind, status=status,
            effective_status=effective_status(kind, status, due_date, today),
            client_id=client_id, client_name=name,
            issue_date=issue_date, due_date=due_date, currency=currency,
            subtotal_minor=subtotal, discount_minor=subtotal + tax - total, tax_minor=tax,
            total_minor=total, paid_minor=paid, balance_minor=balance, overpaid_minor=overpaid,
            credited_invoice_id=credited_id, credited_invoice_number=credited_number,
            created_at=created_at))
    return out


def list_invoices(ws: Workspace, *, status: str | None = None, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, client_id: int | None = None,
                  kind: str | None = None, today: dt.date | None = None) -> list[InvoiceRow]:
    """Invoices and credit notes, drafts first then newest first.

    `status`: an InvoiceStatus value, "overdue", "open" (issued or partly paid), or None for
    all. The dates filter on the issue date (drafts have none, so a date range leaves them out).
    """
    with ws.read() as s:
        return _rows(s, today or dt.date.today(), status=status, date_from=date_from,
                     date_to=date_to, client_id=client_id, kind=kind)


def list_client_invoices(ws: Workspace, client_id: int, *,
                         today: dt.date | None = None) -> list[InvoiceRow]:
    return list_invoices(ws, client_id=client_id, today=today)


def summarize(rows: Iterable[InvoiceRow], currency: str, unapplied_minor: int = 0) -> BillingSummary:
    """The totals of a list of rows, plus payments kept as credit without an invoice."""
    billed = paid = outstanding = overdue = credit = count = overdue_count = drafts = 0
    for r in rows:
        if r.status == InvoiceStatus.DRAFT:
            drafts += 1
            continue
        billed += r.total_minor
        paid += r.paid_minor
        outstanding += r.balance_minor
        credit += r.overpaid_minor
        if r.kind == InvoiceKind.INVOICE and r.status != InvoiceStatus.CANCELLED:
            count += 1
        if r.effective_status == OVERDUE:
            overdue += r.balance_minor
            overdue_count += 1
    return BillingSummary(currency=currency, billed_minor=billed, paid_minor=paid + unapplied_minor,
                          outstanding_minor=outstanding, overdue_minor=overdue,
                          credit_minor=credit + unapplied_minor, invoice_count=count,
                          overdue_count=overdue_count, draft_count=drafts)


def _unapplied(session: Session, *, client_id: int | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None) -> int:
    q = select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(Payment.invoice_id.is_(None))
    if client_id is not None:
        q = q.where(Payment.client_id == client_id)
    if date_from is not None:
        q = q.where(Payment.paid_on >= date_from)
    if date_to is not None:
        q = q.where(Payment.paid_on <= date_to)
    return session.scalar(q) or 0


def client_summary(ws: Workspace, client_id: int, *, today: dt.date | None = None) -> BillingSummary:
    """Above a client's Billing tab: billed, paid, outstanding, overdue, and credit."""
    with ws.read() as s:
        rows = _rows(s, today or dt.date.today(), status=None, date_from=None, date_to=None,
                     client_id=client_id, kind=None)
        currency = s.scalar(select(Practice.currency)) or "EUR"
        return summarize(rows, currency, _unapplied(s, client_id=client_id))


def practice_totals(ws: Workspace, *, status: str | None = None, date_from: dt.date | None = None,
                    date_to: dt.date | None = None, kind: str | None = None,
                    today: dt.date | None = None) -> BillingSummary:
    """The Billing area's totals for the same filters as `list_invoices`. Payments without an
    invoice count (as paid and as credit) when neither status nor kind is filtered, by their
    payment date."""
    with ws.read() as s:
        rows = _rows(s, today or dt.date.today(), status=status, date_from=date_from,
                     date_to=date_to, client_id=None, kind=kind)
        currency = s.scalar(select(Practice.currency)) or "EUR"
        unapplied = 0 if status or kind else _unapplied(s, date_from=date_from, date_to=date_to)
        return summarize(rows, currency, unapplied)
