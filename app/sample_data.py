"""Adds the shipped sample client and contact (data/sample/) to a new workspace, so a new user
can explore every tab: appointments, a note, an invoice and a relationship."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paths import data_dir
from app.services import audit, doc_index, invoices, payments, people, service_catalog
from app.services.people import PersonInput
from app.store.models import (
    Appointment,
    Note,
    NoteStatus,
    Person,
    PersonKind,
    Practice,
    Relationship,
    Service,
    Tag,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

SAMPLE_FILE = "sample/sample_workspace.json"


def _text(value: Any, language: str) -> Any:
    if isinstance(value, dict) and "en" in value:
        return value.get(language[:2], value["en"])
    return value


def _services(s: Session, specs: list[dict[str, Any]], lang: str) -> dict[str, Service]:
    """The sample's services by key: a new workspace already has the shipped defaults under the
    same names (data/services/), so those are reused rather than listed twice."""
    existing = {svc.name.casefold(): svc for svc in s.scalars(select(Service))}
    position = max((svc.position for svc in existing.values()), default=-1) + 1
    currency = s.scalar(select(Practice.currency)) or "EUR"
    services = {}
    for spec in specs:
        name = _text(spec["name"], lang)
        svc = existing.get(name.casefold())
        if svc is None:
            digits = service_catalog.currency_digits(currency)
            price = Decimal(spec["price"]).quantize(Decimal(1).scaleb(-digits))
            svc = Service(name=name, duration_minutes=spec["duration_minutes"],
                          price_minor=service_catalog.to_minor(price, currency),
                          tax_rate=Decimal(spec["tax_rate"]), position=position)
            s.add(svc)
            position += 1
        services[spec["key"]] = svc
    return services


def load(ws: Workspace, language: str = "en") -> int:
    """Insert the sample records in one transaction; returns the sample client's id."""
    spec = json.loads((data_dir() / SAMPLE_FILE).read_text(encoding="utf-8"))
    lang = (language or "en")[:2]
    client_values = people.validate(PersonInput(**spec["client"]).given(), creating=True)
    contact_values = people.validate(PersonInput(**spec["contact"]).given(), creating=True)
    local_tz = dt.datetime.now().astimezone().tzinfo
    today = dt.date.today()
    with ws.write() as s:
        services = _services(s, spec["services"], lang)
        tag = Tag(name=_text(spec["tag"]["name"], lang), color=spec["tag"]["color"])
        s.add(tag)
        client = Person(kind=PersonKind.CLIENT.value, status=client_values.pop("status"))
        s.add(client)
        people.apply(s, client, client_values)
        client.tags = [tag]
        contact = Person(kind=PersonKind.CONTACT.value)
        s.add(contact)
        people.apply(s, contact, contact_values)
        s.flush()
        rel = spec["relationship"]
        s.add(Relationship(person_id=client.id, related_id=contact.id, relation_type=rel["type"],
                           reciprocal_type=rel["type"],
                           related_is_emergency_contact=rel["emergency_contact"]))
        appts = []
        for a in spec["appointments"]:
            svc = services[a["service"]]
            start_local = dt.datetime.combine(today + dt.timedelta(days=a["day"]),
                                              dt.time(a["hour"]), tzinfo=local_tz)
            start = start_local.astimezone(dt.UTC)
            appt = Appointment(client_id=client.id, service_id=None, starts_at=start,
                               ends_at=start + dt.timedelta(minutes=svc.duration_minutes),
                               status=a["status"])
            appt.service_id = None
            appts.append((appt, svc))
            s.add(appt)
        s.flush()
        for appt, svc in appts:
            appt.service_id = svc.id
        note_spec = spec["note"]
        first_appt = appts[note_spec["appointment"]][0]
        note = Note(client_id=client.id, appointment_id=first_appt.id,
                    title=_text(note_spec["title"], lang),
                    note_date=first_appt.starts_at.astimezone(local_tz).date(),
                    body_html=_text(note_spec["body_html"], lang), status=NoteStatus.COMPLETED,
                    completed_at=first_appt.ends_at, completed_by="")
        s.add(note)
        s.flush()
        doc_index.index_note(s, note)  # so the main search finds it
        inv_spec = spec["invoice"]
        billed = [appts[i] for i in inv_spec["appointments"]]
        lines = invoices.appointment_lines(s, client.id, [appt.id for appt, _ in billed])
        invoice = invoices.add_draft(s, client.id, lines)
        issue_date = max(ln.line_date for ln in lines)
        invoices.issue_draft(s, invoice, issue_date, language=lang)
        paid = sum(billed[i][1].price_minor for i in inv_spec["paid"])
        if paid:
            payments.add_payment(s, client.id, invoice.id, issue_date, paid, "card")
        for entity, ident in (("client", client.id), ("contact", contact.id)):
            audit.record(s, "create", entity, ident, {"sample": True})
        return client.id
