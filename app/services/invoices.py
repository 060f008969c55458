"""Invoices and credit notes: drafts, issuing, cancelling with a credit note, duplicating.

Life of an invoice: a *draft* is freely edited or deleted and has no number. `issue()` gives it
the next gap-free number, its issue and due dates, and freezes it: the practice's and client's
details as printed are kept in `issued_snapshot`, and from then on it is never edited nor
deleted. Payments (`app.services.payments`) move it to *partially paid* / *paid*; *overdue* is
never stored, it is derived from the due date (`effective_status`). `cancel_with_credit_note()`
issues a credit note (own number, negated lines, the reason, a reference to the original) and
marks the original *cancelled*; a corrected invoice is then made with `duplicate()`.

Amounts follow the rule in `app.services.invoice_totals`. The read models live in
`app.services.invoice_records` and the lists and summaries in `app.services.billing_lists`;
both are re-exported here so callers need only this module. Every public function taking a
workspace is one transaction and returns plain frozen dataclasses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, numbering, people, validation
from app.services.billing_lists import (  # noqa: F401  (re-exported)
    BillingSummary,
    InvoiceRow,
    client_summary,
    list_client_invoices,
    list_invoices,
    practice_totals,
    summarize,
)
from app.services.invoice_records import (  # noqa: F401  (re-exported)
    MAX_LINES,
    OPEN_STATUSES,
    OVERDUE,
    InvoiceLineInput,
    InvoiceLineView,
    InvoiceView,
    IssuerDetails,
    PrintableInvoice,
    RecipientDetails,
    UninvoicedAppointment,
    balances,
    check_appointment_free,
    check_percent,
    effective_status,
    invoice_holding,
    invoice_lines,
    line_values,
    load_invoice,
    payment_status,
    practice_zone,
    totals_for,
    totals_of,
    view_of,
)
from app.store.models import (
    Appointment,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    PersonKind,
    Practice,
    Service,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

# --- writing ---------------------------------------------------------------------------------------

def _write_lines(session: Session, inv: Invoice, values: list[dict[str, Any]]) -> None:
    session.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == inv.id))
    new = [InvoiceLine(invoice_id=inv.id, position=pos, **v) for pos, v in enumerate(values)]
    session.add_all(new)
    session.flush()
    _store_totals(inv, new)


def _store_totals(inv: Invoice, lines: Sequence[InvoiceLine]) -> None:
    totals = totals_of(inv, lines)
    inv.subtotal_minor = totals.subtotal_minor
    inv.tax_minor = totals.tax_minor
    inv.total_minor = totals.total_minor


def add_draft(session: Session, client_id: int, lines: Sequence[InvoiceLineInput] = (), *,
              discount_percent: Decimal = Decimal(0), notes: str = "") -> Invoice:
    """Create a draft inside the caller's transaction (create_draft and the sample data use it)."""
    people.load(session, client_id, PersonKind.CLIENT, include_deleted=False)
    if len(lines) > MAX_LINES:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "An invoice can have up to {max} lines."),
                              field="lines", max=MAX_LINES)
    values = [line_values(session, client_id, None, i, ln) for i, ln in enumerate(lines)]
    practice = session.scalars(select(Practice)).one()
    inv = Invoice(client_id=client_id, kind=InvoiceKind.INVOICE.value,
                  status=InvoiceStatus.DRAFT.value, currency=practice.currency,
                  discount_percent=check_percent(discount_percent, "discount_percent"),
                  notes=(notes or "").strip()[:5000])
    session.add(inv)
    session.flush()
    _write_lines(session, inv, values)
    audit.record(session, "create", "invoice", inv.id)
    return inv


def create_draft(ws: Workspace, client_id: int, lines: Sequence[InvoiceLineInput] = (), *,
                 discount_percent: Decimal = Decimal(0), notes: str = "") -> InvoiceView:
    with ws.write() as s:
        inv = add_draft(s, client_id, lines, discount_percent=discount_percent, notes=notes)
        return view_of(s, inv)


def appointment_lines(session: Session, client_id: int,
                      appointment_ids: Sequence[int]) -> list[InvoiceLineInput]:
    """One line per appointment, from its service (name, price, tax), dated on its local day."""
    zone = practice_zone(session)
    out = []
    for appt_id in dict.fromkeys(appointment_ids):  # keeps order, drops repeats
        appt = check_appointment_free(session, client_id, appt_id, None)
        svc = session.get(Service, appt.service_id) if appt.service_id else None
        out.append(InvoiceLineInput(
            description=svc.name if svc else "", quantity=Decimal(1),
            unit_price_minor=svc.price_minor if svc else 0,
            tax_rate=svc.tax_rate if svc else Decimal(0),
            line_date=appt.starts_at.astimezone(zone).date(),
            service_id=svc.id if svc else None, appointment_id=appt.id))
    return sorted(out, key=lambda ln: ln.line_date or dt.date.min)


def create_from_appointments(ws: Workspace, client_id: int,
                             appointment_ids: Sequence[int]) -> InvoiceView:
    """A draft with a line per appointment (one, from its ⋮ menu, or several uninvoiced ones).
    Refuses an appointment that is already on an invoice or draft that is not cancelled."""
    if not appointment_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose at least one appointment."),
                              field="appointments")
    with ws.write() as s:
        lines = appointment_lines(s, client_id, appointment_ids)
        inv = add_draft(s, client_id, lines)
        return view_of(s, inv)


def uninvoiced_appointments(ws: Workspace, client_id: int, *,
                            statuses: Sequence[str] = ("completed",)) -> list[UninvoicedAppointment]:
    """The client's appointments (completed, by default) on no invoice or draft that stands."""
    invoiced = (select(InvoiceLine.appointment_id)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(InvoiceLine.appointment_id.is_not(None),
                       Invoice.status != InvoiceStatus.CANCELLED.value))
    q = (select(Appointment, Service).outerjoin(Service, Service.id == Appointment.service_id)
         .where(Appointment.client_id == client_id, Appointment.status.in_(list(statuses)),
                Appointment.id.not_in(invoiced))
         .order_by(Appointment.starts_at))
    with ws.read() as s:
        return [UninvoicedAppointment(
            id=a.id, starts_at=a.starts_at, status=a.status, service_id=a.service_id,
            service_name=svc.name if svc else "", price_minor=svc.price_minor if svc else 0,
            tax_rate=svc.tax_rate if svc else Decimal(0)) for a, svc in s.execute(q)]


def _draft(session: Session, invoice_id: int) -> Invoice:
    inv = load_invoice(session, invoice_id)
    if inv.status != InvoiceStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "An issued invoice cannot be changed or deleted. To correct it, cancel it "
                    "with a credit note and issue a corrected invoice."), field="status")
    return inv


def update_draft(ws: Workspace, invoice_id: int, *, lines: Sequence[InvoiceLineInput] | None = None,
                 discount_percent: Decimal | None = None, notes: str | None = None) -> InvoiceView:
    """Change a draft; `None` leaves that part as it is. Refuses anything but a draft."""
    with ws.write() as s:
        inv = _draft(s, invoice_id)
        changed = []
        if discount_percent is not None:
            inv.discount_percent = check_percent(discount_percent, "discount_percent")
            changed.append("discount_percent")
        if notes is not None:
            inv.notes = notes.strip()[:5000]
            changed.append("notes")
        if lines is not None:
            if len(lines) > MAX_LINES:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Core", "An invoice can have up to {max} lines."), field="lines", max=MAX_LINES)
            values = [line_values(s, inv.client_id, inv.id, i, ln) for i, ln in enumerate(lines)]
            _write_lines(s, inv, values)
            changed.append("lines")
        else:
            _store_totals(inv, invoice_lines(s, inv.id))
        audit.record(s, "update", "invoice", inv.id, {"fields": changed})
        return view_of(s, inv)


def delete_draft(ws: Workspace, invoice_id: int) -> None:
    """Delete a draft. It had no number, so no number is lost."""
    with ws.write() as s:
        inv = _draft(s, invoice_id)
        s.delete(inv)
        audit.record(s, "delete", "invoice", invoice_id)


# --- issuing ---------------------------------------------------------------------------------------

def issuer_of(practice: Practice) -> IssuerDetails:
    return IssuerDetails(
        name=practice.name, practitioner_name=practice.practitioner_name,
        address=practice.address, tax_number=practice.tax_number, email=practice.email,
        phone=practice.phone, payment_instructions=practice.payment_instructions,
        invoice_footer=practice.invoice_footer)


def recipient_of(session: Session, client_id: int) -> RecipientDetails:
    p = people.load(session, client_id)
    city = " ".join(x for x in (p.postal_code, p.city) if x)
    return RecipientDetails(
        name=" ".join(x for x in (p.first_name, p.last_name) if x) or p.preferred_name,
        organization=p.organization,
        address_lines=tuple(x for x in (p.street, p.street2, city, p.region, p.country) if x),
        email=p.emails[0].address if p.emails else "")


def _snapshot(issuer: IssuerDetails, recipient: RecipientDetails, language: str) -> dict[str, Any]:
    client = dataclasses.asdict(recipient)
    client["address_lines"] = list(recipient.address_lines)
    return {"practice": dataclasses.asdict(issuer), "client": client, "language": language}


def _from_snapshot(snap: dict[str, Any]) -> tuple[IssuerDetails, RecipientDetails, str]:
    p, c = snap.get("practice") or {}, snap.get("client") or {}
    issuer = IssuerDetails(**{f.name: p.get(f.name, "") or ""
                              for f in dataclasses.fields(IssuerDetails)})
    recipient = RecipientDetails(name=c.get("name", ""), organization=c.get("organization", ""),
                                 address_lines=tuple(c.get("address_lines") or ()),
                                 email=c.get("email", ""))
    return issuer, recipient, snap.get("language") or "en"


def _check_issue_date(session: Session, kind: str, on: dt.date, not_before: dt.date | None = None) -> None:
    if not isinstance(on, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid date."),
                              field="issue_date", value=str(on))
    if on > dt.date.today():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The issue date cannot be in the future."), field="issue_date")
    # Numbers must follow the dates: a document cannot be dated before the previous one.
    last = session.scalar(select(func.max(Invoice.issue_date))
                          .where(Invoice.kind == kind, Invoice.number.is_not(None)))
    limit = max(d for d in (last, not_before) if d) if (last or not_before) else None
    if limit and on < limit:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The issue date cannot be before {date}: numbers follow the order of the "
                    "dates, and a document dated {date} is already issued."),
            field="issue_date", date=limit.isoformat())


def issue_draft(session: Session, inv: Invoice, issue_date: dt.date | None = None, *,
                language: str | None = None) -> None:
    """Number, date and freeze a draft inside the caller's transaction (issue() and the sample
    data use it). Nothing is taken from the number sequence unless the transaction commits."""
    if inv.status != InvoiceStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This invoice is already issued (number {number})."),
            field="status", number=inv.number or "")
    lines = invoice_lines(session, inv.id)
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Add at least one line before issuing the invoice."), field="lines")
    for i, ln in enumerate(lines):
        if not ln.description.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Every line needs a description: it is printed on the invoice."),
                field=f"lines.{i}.description")
    people.load(session, inv.client_id, PersonKind.CLIENT, include_deleted=False)
    totals = totals_of(inv, lines)
    if totals.total_minor < 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "An invoice cannot have a negative total. To give money back, cancel an "
                    "invoice with a credit note."), field="lines")
    issue_date = issue_date or dt.date.today()
    _check_issue_date(session, InvoiceKind.INVOICE, issue_date)
    practice = session.scalars(select(Practice)).one()
    inv.number = numbering.take_number(session, numbering.INVOICE,
                                       practice.invoice_number_format, issue_date)
    inv.issue_date = issue_date
    inv.due_date = issue_date + dt.timedelta(days=max(practice.payment_terms_days, 0))
    inv.currency = practice.currency
    inv.subtotal_minor, inv.tax_minor = totals.subtotal_minor, totals.tax_minor
    inv.total_minor = totals.total_minor
    inv.status = payment_status(inv.total_minor, 0)
    inv.issued_snapshot = _snapshot(issuer_of(practice), recipient_of(session, inv.client_id),
                                    language or practice.language or "en")
    session.flush()
    audit.record(session, "issue", "invoice", inv.id, {"number": inv.number})


def issue(ws: Workspace, invoice_id: int, issue_date: dt.date | None = None, *,
          language: str | None = None) -> InvoiceView:
    """Issue a draft: next number, issue date (today by default), due date from the payment
    terms, and the practice's and client's details frozen for printing. `language` is the
    invoice's language (default: the practice's)."""
    with ws.write() as s:
        inv = load_invoice(s, invoice_id)
        issue_draft(s, inv, issue_date, language=language)
        return view_of(s, inv)


def cancel_with_credit_note(ws: Workspace, invoice_id: int, reason: str,
                            issue_date: dt.date | None = None) -> InvoiceView:
    """Cancel an issued invoice by issuing a credit note for all of it; returns the credit note.

    The credit note has its own number, the original's lines with negated prices, the reason,
    and a reference to the original; the original is marked cancelled and otherwise unchanged.
    Money already paid on it becomes the client's credit.
    """
    reason = validation.clean(reason, 1000)
    with ws.write() as s:
        inv = load_invoice(s, invoice_id)
        if inv.kind == InvoiceKind.CREDIT_NOTE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A credit note cannot be cancelled."), field="status")
        if inv.status == InvoiceStatus.DRAFT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A draft has no number yet: delete it instead of cancelling it."),
                field="status")
        if inv.status == InvoiceStatus.CANCELLED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "This invoice is already cancelled."), field="status")
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Give the reason for the cancellation: it is printed on the credit note."),
                field="reason")
        issue_date = issue_date or dt.date.today()
        _check_issue_date(s, InvoiceKind.CREDIT_NOTE, issue_date, not_before=inv.issue_date)
        practice = s.scalars(select(Practice)).one()
        _, recipient, language = _from_snapshot(inv.issued_snapshot or {})
        cn = Invoice(client_id=inv.client_id, kind=InvoiceKind.CREDIT_NOTE.value,
                     status=InvoiceStatus.ISSUED.value, currency=inv.currency,
                     discount_percent=inv.discount_percent, credited_invoice_id=inv.id,
                     cancel_reason=reason, issue_date=issue_date, due_date=issue_date,
                     number=numbering.take_number(s, numbering.CREDIT_NOTE,
                                                  practice.credit_note_number_format, issue_date),
                     issued_snapshot=_snapshot(issuer_of(practice), recipient, language))
        s.add(cn)
        s.flush()
        # Not the appointment links: those appointments are free to be invoiced again.
        _write_lines(s, cn, [dict(
            description=ln.description, quantity=ln.quantity,
            unit_price_minor=-ln.unit_price_minor, tax_rate=ln.tax_rate,
            discount_percent=ln.discount_percent, line_date=ln.line_date,
            service_id=ln.service_id, appointment_id=None) for ln in invoice_lines(s, inv.id)])
        inv.status = InvoiceStatus.CANCELLED.value
        inv.cancel_reason = reason
        audit.record(s, "cancel", "invoice", inv.id, {"credit_note": cn.number})
        audit.record(s, "issue", "invoice", cn.id, {"number": cn.number, "credits": inv.number})
        return view_of(s, cn)


def duplicate(ws: Workspace, invoice_id: int) -> InvoiceView:
    """A new draft with the same lines, discount and notes (to correct a cancelled invoice, or
    to bill the same again). Appointment links are kept only where the appointment is free."""
    with ws.write() as s:
        inv = load_invoice(s, invoice_id)
        if inv.kind == InvoiceKind.CREDIT_NOTE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A credit note cannot be duplicated; duplicate the invoice instead."),
                field="kind")
        lines = [InvoiceLineInput(
            description=ln.description, quantity=ln.quantity,
            unit_price_minor=ln.unit_price_minor, tax_rate=ln.tax_rate,
            discount_percent=ln.discount_percent, line_date=ln.line_date,
            service_id=ln.service_id if ln.service_id and s.get(Service, ln.service_id) else None,
            appointment_id=ln.appointment_id if ln.appointment_id
            and s.get(Appointment, ln.appointment_id)
            and invoice_holding(s, ln.appointment_id, None) is None else None)
            for ln in invoice_lines(s, inv.id)]
        new = add_draft(s, inv.client_id, lines, discount_percent=inv.discount_percent,
                        notes=inv.notes)
        return view_of(s, new)


def get_invoice(ws: Workspace, invoice_id: int, *, today: dt.date | None = None) -> InvoiceView:
    with ws.read() as s:
        return view_of(s, load_invoice(s, invoice_id), today)


def printable(ws: Workspace, invoice_id: int, language: str | None = None) -> PrintableInvoice:
    """What the PDF prints: the frozen details of an issued document, the live ones of a draft."""
    with ws.read() as s:
        inv = load_invoice(s, invoice_id)
        practice = s.scalars(select(Practice)).one()
        if inv.issued_snapshot:
            issuer, recipient, lang = _from_snapshot(inv.issued_snapshot)
        else:
            issuer, recipient = issuer_of(practice), recipient_of(s, inv.client_id)
            lang = practice.language or "en"
        credited = s.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
        return PrintableInvoice(
            invoice=view_of(s, inv), issuer=issuer, recipient=recipient,
            language=language or lang, logo_png=practice.logo_png,
            credited_issue_date=credited.issue_date if credited else None)
