"""Contact use cases: the simpler profile (no tags, no status), and converting to a client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select

from app.services import audit, people, validation
from app.services.people import PersonInput, PersonRecord
from app.store.models import ClientStatus, EmailAddress, Person, PersonKind, PhoneNumber, utcnow

if TYPE_CHECKING:
    from app.workspace import Workspace

KIND = PersonKind.CONTACT


def create_contact(ws: Workspace, data: PersonInput) -> int:
    return people.create(ws, KIND, data)


def update_contact(ws: Workspace, contact_id: int, data: PersonInput) -> PersonRecord:
    return people.update(ws, KIND, contact_id, data)


def get_contact(ws: Workspace, contact_id: int) -> PersonRecord:
    return people.get(ws, KIND, contact_id)


def trash_contact(ws: Workspace, contact_id: int) -> None:
    people.trash(ws, KIND, contact_id)


def restore_contact(ws: Workspace, contact_id: int) -> None:
    people.restore(ws, KIND, contact_id)


def delete_contact_permanently(ws: Workspace, contact_id: int,
                               reason: str = "") -> people.ErasureSummary:
    return people.delete_permanently(ws, KIND, contact_id, reason)


def convert_to_client(ws: Workspace, contact_id: int, status: str = ClientStatus.LEAD) -> None:
    """The same person, now a client: relationships, emails and history stay attached."""
    with ws.write() as s:
        person = people.load(s, contact_id, KIND.value, include_deleted=False)
        person.kind = PersonKind.CLIENT.value
        person.status = ClientStatus(status).value
        person.updated_at = utcnow()
        audit.record(s, "convert_to_client", "contact", contact_id)


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organization: str
    role: str
    email: str
    phone: str


def list_contacts(ws: Workspace, text: str = "", *, trashed: bool = False) -> list[ContactRow]:
    email = (select(EmailAddress.address).where(EmailAddress.person_id == Person.id)
             .order_by(EmailAddress.position).limit(1).scalar_subquery())
    phone = (select(PhoneNumber.number).where(PhoneNumber.person_id == Person.id)
             .order_by(PhoneNumber.position).limit(1).scalar_subquery())
    conds = [Person.kind == KIND.value,
             Person.deleted_at.is_not(None) if trashed else Person.deleted_at.is_(None)]
    for term in validation.fold(text).split():
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
    stmt = (select(Person.id, Person.first_name, Person.last_name, Person.preferred_name,
                   Person.organization, Person.role, email, phone)
            .where(and_(*conds))
            .order_by(Person.sort_name,
                      Person.id))
    with ws.read() as s:
        return [ContactRow(r[0], people.display_name(r[1], r[2], r[3]), r[4], r[5], r[6] or "", r[7] or "")
                for r in s.execute(stmt)]
