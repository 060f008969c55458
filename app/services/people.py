"""What clients and contacts share: input, validation, read models, and writing a person.

The public use cases live in `clients.py` and `contacts.py`; this module holds their common parts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, validation
from app.store.models import (
    Appointment,
    AppointmentStatus,
    ClientStatus,
    EmailAddress,
    Person,
    PersonKind,
    PhoneNumber,
    Tag,
    utcnow,
)

ADDRESS_FIELDS = ("street", "street2", "city", "region", "postal_code", "country")
TEXT_FIELDS = ("first_name", "last_name", "preferred_name", "pronouns", "organization", "role",
               *ADDRESS_FIELDS)
STATUS_LABELS = {
    ClientStatus.LEAD: QT_TRANSLATE_NOOP("Core", "Lead"),
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Core", "Active"),
    ClientStatus.INACTIVE: QT_TRANSLATE_NOOP("Core", "Inactive"),
    ClientStatus.ARCHIVED: QT_TRANSLATE_NOOP("Core", "Archived"),
}


@dataclass
class PersonInput:
    """The editable standard fields of a person. `None` means "leave as it is" on update."""

    first_name: str | None = None
    last_name: str | None = None
    preferred_name: str | None = None
    pronouns: str | None = None
    date_of_birth: dt.date | None | str = None
    status: str | None = None
    organization: str | None = None
    role: str | None = None
    street: str | None = None
    street2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    emails: list[str] | None = None
    phones: list[str] | None = None
    tag_ids: list[int] | None = None

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


@dataclass(frozen=True)
class TagView:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class PersonRecord:
    id: int
    kind: str
    first_name: str
    last_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: dt.date | None
    status: str
    organization: str
    role: str
    street: str
    street2: str
    city: str
    region: str
    postal_code: str
    country: str
    emails: list[str]
    phones: list[str]
    tags: list[TagView]
    deleted_at: dt.datetime | None
    created_at: dt.datetime
    next_appointment: dt.datetime | None = None
    custom_values: dict[int, Any] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def primary_email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def primary_phone(self) -> str:
        return self.phones[0] if self.phones else ""


def display_name(first: str, last: str, preferred: str = "") -> str:
    name = " ".join(p for p in (first, last) if p)
    if preferred and preferred != first:
        return f"{name} ({preferred})" if name else preferred
    return name


def search_text(person: Person) -> str:
    parts = [person.first_name, person.last_name, person.preferred_name, person.organization]
    parts += [e.address for e in person.emails]
    parts += [p.number for p in person.phones]
    # Phones are also indexed without separators so "612345" finds "+34 612 34 5".
    parts += ["".join(c for c in p.number if c.isdigit()) for p in person.phones]
    return validation.fold(" ".join(p for p in parts if p))


def sort_name(person: Person) -> str:
    return validation.fold(f"{person.last_name or person.first_name} {person.first_name}".strip())


def load(session: Session, person_id: int, kind: str | None = None, *, include_deleted: bool = True) -> Person:
    # None: the client of an invoice whose client was erased.
    person = None if person_id is None else session.get(
        Person, person_id, options=[selectinload(Person.emails), selectinload(Person.phones),
                                    selectinload(Person.tags)])
    if person is None or (kind and person.kind != kind) or (not include_deleted and person.deleted_at):
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
    return person


def to_record(session: Session, person: Person, *, with_custom: bool = True) -> PersonRecord:
    from app.services.custom_fields import values_for

    next_appt = session.scalar(
        select(Appointment.starts_at)
        .where(Appointment.client_id == person.id, Appointment.starts_at >= utcnow(),
               Appointment.status == AppointmentStatus.SCHEDULED)
        .order_by(Appointment.starts_at).limit(1)
    )
    return PersonRecord(
        id=person.id, kind=person.kind, first_name=person.first_name, last_name=person.last_name,
        preferred_name=person.preferred_name, pronouns=person.pronouns,
        date_of_birth=person.date_of_birth, status=person.status,
        organization=person.organization, role=person.role,
        street=person.street, street2=person.street2, city=person.city, region=person.region,
        postal_code=person.postal_code, country=person.country,
        emails=[e.address for e in person.emails], phones=[p.number for p in person.phones],
        tags=[TagView(t.id, t.name, t.color) for t in person.tags],
        deleted_at=person.deleted_at, created_at=person.created_at, next_appointment=next_appt,
        custom_values=values_for(session, person.id) if with_custom else {},
    )


def validate(data: dict[str, Any], *, creating: bool, current: Person | None = None) -> dict[str, Any]:
    """Normalise and check the given fields; raises ValidationError on the first bad one."""
    out: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if name in data:
            out[name] = validation.clean(data[name], 300)
    first = out.get("first_name", current.first_name if current else "")
    last = out.get("last_name", current.last_name if current else "")
    if (creating or "first_name" in out or "last_name" in out) and not (first or last):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "A first name or a last name is required."), field="first_name"
        )
    if "date_of_birth" in data:
        dob = data["date_of_birth"]
        if dob in ("", None):
            out["date_of_birth"] = None
        else:
            if isinstance(dob, str):
                dob = validation.parse_date(dob, "date_of_birth")
            out["date_of_birth"] = validation.birth_date(dob)
    if "status" in data:
        if data["status"] not in set(ClientStatus):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Unknown status."), field="status")
        out["status"] = ClientStatus(data["status"]).value
    if "emails" in data:
        seen: list[str] = []
        for i, raw in enumerate(data["emails"]):
            if not (raw or "").strip():
                continue
            addr = validation.email(raw, field=f"emails.{i}")
            if addr.lower() not in [s.lower() for s in seen]:
                seen.append(addr)
        out["emails"] = seen
    if "phones" in data:
        out["phones"] = [validation.phone(p, field=f"phones.{i}")
                         for i, p in enumerate(data["phones"]) if (p or "").strip()]
    if "tag_ids" in data:
        out["tag_ids"] = list(dict.fromkeys(int(t) for t in data["tag_ids"]))
    return out


def apply(session: Session, person: Person, values: dict[str, Any]) -> list[str]:
    """Write validated values onto `person`; returns the names of the fields that changed."""
    changed: list[str] = []
    for name, value in values.items():
        if name == "emails":
            if [e.address for e in person.emails] != value:
                person.emails = [EmailAddress(address=a, address_lower=a.lower(), position=i)
                                 for i, a in enumerate(value)]
                changed.append(name)
        elif name == "phones":
            if [p.number for p in person.phones] != value:
                person.phones = [PhoneNumber(number=n, position=i) for i, n in enumerate(value)]
                changed.append(name)
        elif name == "tag_ids":
            tags = list(session.scalars(select(Tag).where(Tag.id.in_(value)))) if value else []
            if len(tags) != len(value):
                raise ValidationError(QT_TRANSLATE_NOOP("Core", "That tag no longer exists."), field="tags")
            if sorted(t.id for t in person.tags) != sorted(value):
                person.tags = tags
                changed.append("tags")
        elif getattr(person, name) != value:
            setattr(person, name, value)
            changed.append(name)
    if changed:
        person.search_text = search_text(person)
        person.sort_name = sort_name(person)
        person.updated_at = utcnow()
    return changed


def create(ws, kind: PersonKind, data: PersonInput) -> int:
    values = validate(data.given(), creating=True)
    if kind == PersonKind.CONTACT:
        values.pop("status", None)
        values.pop("tag_ids", None)
    with ws.write() as s:
        person = Person(kind=kind.value)
        if kind == PersonKind.CLIENT:
            person.status = values.pop("status", ClientStatus.ACTIVE.value)
        s.add(person)
        changed = apply(s, person, values)
        person.search_text = search_text(person)
        person.sort_name = sort_name(person)
        s.flush()
        audit.record(s, "create", kind.value, person.id, {"fields": sorted(changed)})
        if person.emails:
            _mail_addresses_changed(s, person.id, [])
        return person.id


def update(ws, kind: PersonKind, person_id: int, data: PersonInput) -> PersonRecord:
    with ws.write() as s:
        person = load(s, person_id, kind.value)
        values = validate(data.given(), creating=False, current=person)
        if kind == PersonKind.CONTACT:
            values.pop("status", None)
            values.pop("tag_ids", None)
        old_emails = [e.address_lower for e in person.emails]
        changed = apply(s, person, values)
        if changed:
            audit.record(s, "update", kind.value, person.id, {"fields": sorted(changed)})
        s.flush()
        if "emails" in changed:
            _mail_addresses_changed(s, person.id, old_emails)
        return to_record(s, person)


def _mail_addresses_changed(session: Session, person_id: int, old_emails: list[str]) -> None:
    """Synced mail follows the person's addresses (linked now; older mail is looked up on the
    server at the next sync): see app/mail/linking.py."""
    from app.mail import linking

    linking.person_addresses_changed(session, person_id, old_emails)


def get(ws, kind: PersonKind | None, person_id: int) -> PersonRecord:
    with ws.read() as s:
        return to_record(s, load(s, person_id, kind.value if kind else None))


def trash(ws, kind: PersonKind, person_id: int) -> None:
    with ws.write() as s:
        person = load(s, person_id, kind.value)
        if person.deleted_at is None:
            person.deleted_at = utcnow()
            audit.record(s, "trash", kind.value, person.id)


def restore(ws, kind: PersonKind, person_id: int) -> None:
    with ws.write() as s:
        person = load(s, person_id, kind.value)
        if person.deleted_at is not None:
            person.deleted_at = None
            audit.record(s, "restore", kind.value, person.id)


@dataclass(frozen=True)
class ErasureSummary:
    """What erasing a person removed, and the legal records kept (now linked to no one)."""

    erased: dict[str, int]  # kind of record → how many were erased
    kept_invoice_numbers: tuple[str, ...]  # issued invoices and credit notes, exactly as issued
    kept_receipt_numbers: tuple[str, ...]  # payments (with their receipts)


def delete_permanently(ws, kind: PersonKind, person_id: int, reason: str = "") -> ErasureSummary:
    """Erase the person and everything recorded about them; secure_delete overwrites the pages.

    Gone: the record, its emails, phones, tags, custom field values, relationships, notes with
    addenda (and their search-index rows), forms, files, appointments, draft invoices, stored
    payment methods, what import batches remember of them, outbox messages to them, and stored
    emails filed only to them (a message also filed to someone else stays, with that link).
    Kept, because tax law requires it: issued invoices and credit notes exactly as issued (the
    client's details frozen in `issued_snapshot`; frozen now if an older one lacks it) and the
    payments with their receipt numbers; they keep no link to the person. The audit log records
    the erasure with `reason` and counts, never the erased values.
    """
    from app.services import invoices as invoice_service
    from app.store.models import (
        Appointment,
        CustomFieldValue,
        FormResponse,
        Invoice,
        InvoiceStatus,
        MailLink,
        MailMessage,
        Note,
        OutboxItem,
        Payment,
        PaymentMethod,
        Practice,
        Relationship,
        StoredFile,
    )

    reason = (reason or "").strip()[:1000]
    with ws.write() as s:
        person = load(s, person_id, kind.value)

        def count(model, *where) -> int:  # noqa: ANN001
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        erased = {
            "notes": count(Note, Note.client_id == person_id),
            "forms": count(FormResponse, FormResponse.client_id == person_id),
            "files": count(StoredFile, StoredFile.client_id == person_id),
            "appointments": count(Appointment, Appointment.client_id == person_id),
            "relationships": count(Relationship, or_(Relationship.person_id == person_id,
                                                     Relationship.related_id == person_id)),
            "custom_values": count(CustomFieldValue, CustomFieldValue.person_id == person_id),
            "payment_methods": count(PaymentMethod, PaymentMethod.client_id == person_id),
        }
        kept_invoices, kept_receipts = [], []
        practice = None
        for inv in s.scalars(select(Invoice).where(Invoice.client_id == person_id)
                             .order_by(Invoice.id)):
            if inv.status == InvoiceStatus.DRAFT:
                s.delete(inv)
                erased["draft_invoices"] = erased.get("draft_invoices", 0) + 1
                continue
            if not inv.issued_snapshot:
                practice = practice or s.scalars(select(Practice)).one()
                inv.issued_snapshot = invoice_service._snapshot(
                    invoice_service.issuer_of(practice),
                    invoice_service.recipient_of(s, person_id), practice.language or "en")
            inv.client_id = None
            kept_invoices.append(inv)
        for pay in s.scalars(select(Payment).where(Payment.client_id == person_id)
                             .order_by(Payment.id)):
            pay.client_id = None
            kept_receipts.append(pay)
        s.flush()

        linked = set(s.scalars(select(MailLink.message_id).where(MailLink.person_id == person_id)))
        shared = set(s.scalars(select(MailLink.message_id).where(
            MailLink.message_id.in_(linked), MailLink.person_id != person_id))) if linked else set()
        only_theirs = sorted(linked - shared)
        for i in range(0, len(only_theirs), 500):
            s.execute(delete(MailMessage).where(MailMessage.id.in_(only_theirs[i:i + 500])))
        erased["emails"] = len(only_theirs)
        erased["outbox"] = s.execute(delete(OutboxItem).where(OutboxItem.person_id == person_id)
                                     ).rowcount or 0
        _forget_history_search(s, [e.address_lower for e in person.emails])

        s.delete(person)
        s.flush()
        details: dict[str, Any] = {"erased": {k: v for k, v in erased.items() if v}}
        if reason:
            details["reason"] = reason
        if kept_invoices:
            details["kept_invoices"] = [i.id for i in kept_invoices]
        if kept_receipts:
            details["kept_payments"] = [p.id for p in kept_receipts]
        audit.record(s, "delete_permanently", kind.value, person_id, details)
        return ErasureSummary(
            erased={k: v for k, v in erased.items() if v},
            kept_invoice_numbers=tuple(i.number or "" for i in kept_invoices),
            kept_receipt_numbers=tuple(p.receipt_number or "" for p in kept_receipts))


def _forget_history_search(session: Session, addresses: list[str]) -> None:
    """The erased person's addresses leave the queue of server searches for older mail."""
    from app.mail import linking
    from app.store.models import Setting

    row = session.get(Setting, linking.HISTORY_QUEUE_KEY)
    if row is not None and addresses and set(row.value or []) & set(addresses):
        row.value = sorted(set(row.value or []) - set(addresses))
