"""Find clients and contacts by name, email or phone: the window's search box and the pickers
(new relationship) use this."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select

from app.services import people, validation
from app.store.models import EmailAddress, Person, PhoneNumber

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class PersonHit:
    id: int
    kind: str  # "client" or "contact"
    name: str
    status: str
    email: str
    phone: str


def search_people(ws: Workspace, text: str, *, kinds: tuple[str, ...] = ("client", "contact"),
                  limit: int = 20, exclude_ids: tuple[int, ...] = ()) -> list[PersonHit]:
    """Up to `limit` people of each kind matching every word of `text` (accents ignored),
    clients first, then contacts, each by name. Trashed people are not found."""
    terms = validation.fold(text).split()
    if not terms:
        return []
    email = (select(EmailAddress.address).where(EmailAddress.person_id == Person.id)
             .order_by(EmailAddress.position).limit(1).scalar_subquery())
    phone = (select(PhoneNumber.number).where(PhoneNumber.person_id == Person.id)
             .order_by(PhoneNumber.position).limit(1).scalar_subquery())
    hits: list[PersonHit] = []
    with ws.read() as s:
        for kind in kinds:
            conds = [Person.kind == kind, Person.deleted_at.is_(None)]
            if exclude_ids:
                conds.append(Person.id.not_in(exclude_ids))
            for term in terms:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conds.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
            stmt = (select(Person.id, Person.kind, Person.first_name, Person.last_name,
                           Person.preferred_name, Person.status, email, phone)
                    .where(and_(*conds))
                    .order_by(Person.sort_name, Person.id)
                    .limit(limit))
            for r in s.execute(stmt):
                hits.append(PersonHit(r[0], r[1], people.display_name(r[2], r[3], r[4]),
                                      r[5], r[6] or "", r[7] or ""))
    return hits
