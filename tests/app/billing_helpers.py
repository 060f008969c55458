"""Small builders shared by the billing tests: clients, services and appointments written
straight to the store (the appointment rules are not what these tests are about)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services import clients, invoices
from app.services.invoices import InvoiceLineInput
from app.services.people import PersonInput
from app.store.models import Appointment, Service

TODAY = dt.date.today()


def client(ws, first: str = "Ana", last: str = "Silva", **extra) -> int:  # noqa: ANN001
    return clients.create_client(ws, PersonInput(first_name=first, last_name=last, **extra))


def service(ws, name: str = "Session", price_minor: int = 6000,  # noqa: ANN001
            tax_rate: Decimal = Decimal(0)) -> int:
    with ws.write() as s:
        svc = Service(name=name, duration_minutes=50, price_minor=price_minor, tax_rate=tax_rate)
        s.add(svc)
        s.flush()
        return svc.id


def appointment(ws, client_id: int, service_id: int | None, days_ago: int = 7,  # noqa: ANN001
                status: str = "completed") -> int:
    start = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10), tzinfo=dt.UTC)
    with ws.write() as s:
        appt = Appointment(client_id=client_id, service_id=service_id, starts_at=start,
                           ends_at=start + dt.timedelta(minutes=50), status=status)
        s.add(appt)
        s.flush()
        return appt.id


def line(description: str = "Session", unit: int = 6000, qty: str = "1", tax: str = "0",
         disc: str = "0", on: dt.date | None = None) -> InvoiceLineInput:
    return InvoiceLineInput(description, Decimal(qty), unit, Decimal(tax), Decimal(disc), on)


def issued(ws, client_id: int, *lines: InvoiceLineInput, on: dt.date | None = None,  # noqa: ANN001
           discount: str = "0"):
    draft = invoices.create_draft(ws, client_id, list(lines) or [line()],
                                  discount_percent=Decimal(discount))
    return invoices.issue(ws, draft.id, on)
