"""The CSV files of a practice export: clients, contacts, appointments, invoices, payments.

UTF-8 with BOM, formula-like cells made inert (csv_export.csv_bytes). clients.csv and
contacts.csv use the headers csv_mapping recognises first (EXPORT_HEADERS) and one column per
custom field named by its label, with values written so that importing the file back (with
the custom_fields.json beside it) gives the same values: dates ISO, checkboxes "true",
multiple choices joined by "; ", an address field as five lines (street, city, postal code,
region, country).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.documents.money_format import minor_to_decimal
from app.services import custom_fields, payments, people, practice
from app.services.invoice_records import printed_client_name
from app.store.models import (
    Appointment,
    FieldType,
    Invoice,
    Person,
    Service,
)
from app.transfer.csv_export import csv_bytes, invoices_csv_bytes
from app.transfer.csv_mapping import EXPORT_HEADERS

if TYPE_CHECKING:
    from app.workspace import Workspace

ADDRESS_KEYS = ("street", "city", "postal_code", "region", "country")
_CLIENT_KEYS = ("first_name", "last_name", "preferred_name", "pronouns", "date_of_birth",
                "status", "email", "other_emails", "phone", "other_phones", "street", "street2",
                "city", "region", "postal_code", "country", "tags", "organization", "role")
_CONTACT_KEYS = tuple(k for k in _CLIENT_KEYS if k not in ("status", "tags"))


def custom_cell(field_type: str, value: Any) -> Any:
    if value is None:
        return ""
    if field_type == FieldType.CHECKBOX:
        return "true" if value else ""
    if field_type == FieldType.MULTIPLE_CHOICE:
        return "; ".join(value)
    if field_type == FieldType.ADDRESS and isinstance(value, dict):
        return "\n".join(value.get(k, "") for k in ADDRESS_KEYS)
    return str(value)


def people_csv(ws: Workspace, kind: str, person_ids: list[int]) -> bytes:
    keys = _CLIENT_KEYS if kind == "client" else _CONTACT_KEYS
    fields = [f for sec in custom_fields.list_sections(ws) for f in sec.fields]
    header = ["ID", *(EXPORT_HEADERS[k] for k in keys), *(f.label for f in fields), "In trash"]
    rows = []
    for pid in person_ids:
        r = people.get(ws, None, pid)
        std: dict[str, Any] = {
            "first_name": r.first_name, "last_name": r.last_name,
            "preferred_name": r.preferred_name, "pronouns": r.pronouns,
            "date_of_birth": r.date_of_birth, "status": r.status,
            "email": r.emails[0] if r.emails else "", "other_emails": "; ".join(r.emails[1:]),
            "phone": r.phones[0] if r.phones else "", "other_phones": "; ".join(r.phones[1:]),
            "street": r.street, "street2": r.street2, "city": r.city, "region": r.region,
            "postal_code": r.postal_code, "country": r.country,
            "tags": "; ".join(t.name for t in r.tags), "organization": r.organization,
            "role": r.role}
        rows.append([r.id, *(std[k] for k in keys),
                     *(custom_cell(f.field_type, r.custom_values.get(f.id)) for f in fields),
                     "yes" if r.deleted_at else ""])
    return csv_bytes(header, rows)


def appointments_csv(ws: Workspace) -> bytes:
    zone = ZoneInfo(practice.get_practice(ws).time_zone or "UTC")
    header = ["ID", "Client ID", "Client", "Start", "End", "Status", "Service", "Location type",
              "Location", "Video link", "Cancel reason", "Private note"]
    with ws.read() as s:
        rows = [[a.id, a.client_id, people.display_name(first, last, preferred),
                 a.starts_at.astimezone(zone).isoformat(timespec="minutes"),
                 a.ends_at.astimezone(zone).isoformat(timespec="minutes"), a.status,
                 service or "", a.location_kind, a.location, a.video_url, a.cancel_reason,
                 a.private_note]
                for a, first, last, preferred, service in s.execute(
                    select(Appointment, Person.first_name, Person.last_name,
                           Person.preferred_name, Service.name)
                    .join(Person, Person.id == Appointment.client_id)
                    .outerjoin(Service, Service.id == Appointment.service_id)
                    .order_by(Appointment.starts_at, Appointment.id))]
    return csv_bytes(header, rows)


def invoices_csv(ws: Workspace) -> bytes:
    return invoices_csv_bytes(ws)[0]


def payments_csv(ws: Workspace) -> bytes:
    currency = practice.get_practice(ws).currency
    header = ["ID", "Receipt number", "Client ID", "Client", "Paid on", "Amount", "Currency",
              "Method", "Reference", "Invoice"]
    with ws.read() as s:
        names = {pid: people.display_name(f, la, pr) for pid, f, la, pr in s.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.preferred_name))}
        printed = {iid: printed_client_name(snap) for iid, snap in s.execute(
            select(Invoice.id, Invoice.issued_snapshot).where(Invoice.client_id.is_(None)))}
    rows = []
    for p in reversed(payments.list_payments(ws)):
        name = names.get(p.client_id, "") if p.client_id is not None else printed.get(p.invoice_id, "")
        rows.append([p.id, p.receipt_number or "", p.client_id, name, p.paid_on,
                     minor_to_decimal(p.amount_minor, currency), currency, p.method,
                     p.reference, p.invoice_number or ""])
    return csv_bytes(header, rows)


def export_date(today: dt.date | None = None) -> str:
    return (today or dt.date.today()).isoformat()
