"""Client use cases: create, update, status, archive, trash/restore, erase, and the list query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Select, and_, func, select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, people, validation
from app.services.people import PersonInput, PersonRecord
from app.store.models import (
    Appointment,
    AppointmentStatus,
    ClientStatus,
    EmailAddress,
    Person,
    PersonKind,
    PhoneNumber,
    Tag,
    client_tag,
    utcnow,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

KIND = PersonKind.CLIENT


def create_client(ws: Workspace, data: PersonInput) -> int:
    return people.create(ws, KIND, data)


def update_client(ws: Workspace, client_id: int, data: PersonInput) -> PersonRecord:
    return people.update(ws, KIND, client_id, data)


def get_client(ws: Workspace, client_id: int) -> PersonRecord:
    return people.get(ws, KIND, client_id)


def set_status(ws: Workspace, client_ids: list[int], status: str) -> None:
    if status not in set(ClientStatus):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Unknown status."), field="status")
    with ws.write() as s:
        for cid in client_ids:
            person = people.load(s, cid, KIND.value)
            if person.status != status:
                person.status = status
                person.updated_at = utcnow()
                audit.record(s, "update", KIND.value, cid, {"fields": ["status"]})


def archive_client(ws: Workspace, client_id: int) -> None:
    set_status(ws, [client_id], ClientStatus.ARCHIVED)


def trash_client(ws: Workspace, client_id: int) -> None:
    people.trash(ws, KIND, client_id)


def restore_client(ws: Workspace, client_id: int) -> None:
    people.restore(ws, KIND, client_id)


def delete_client_permanently(ws: Workspace, client_id: int,
                              reason: str = "") -> people.ErasureSummary:
    """Erase a client (see people.delete_permanently: issued invoices stay as issued)."""
    return people.delete_permanently(ws, KIND, client_id, reason)


# --- the list ---------------------------------------------------------------------------------

SHOW_CURRENT = "current"  # everything but archived and trashed
SHOW_ARCHIVED = "archived"
SHOW_TRASH = "trash"
SHOW_ALL = "all"  # archived included, trash not

SORT_KEYS = ("name", "status", "tags", "email", "phone", "next_appointment")


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    status: str | None = None
    tag_id: int | None = None
    show: str = SHOW_CURRENT
    sort: str = "name"
    descending: bool = False


# Between the tag names of a ClientRow: whitespace to validation.clean, so no tag name holds it
# (a name may hold ", ").
TAG_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    status: str
    tags: str  # tag names joined by TAG_SEPARATOR, in name order
    tag_colors: str  # their colours, joined by ","
    email: str
    phone: str
    next_appointment: dt.datetime | None


def _columns(now: dt.datetime):
    email = (select(EmailAddress.address).where(EmailAddress.person_id == Person.id)
             .order_by(EmailAddress.position).limit(1).scalar_subquery())
    phone = (select(PhoneNumber.number).where(PhoneNumber.person_id == Person.id)
             .order_by(PhoneNumber.position).limit(1).scalar_subquery())
    tag_rows = (select(Tag.name.label("name"), Tag.color.label("color"))
                .join(client_tag, client_tag.c.tag_id == Tag.id)
                .where(client_tag.c.person_id == Person.id).order_by(Tag.name)
                .correlate(Person).subquery())
    tags = select(func.group_concat(tag_rows.c.name, TAG_SEPARATOR)).scalar_subquery()
    colors = select(func.group_concat(tag_rows.c.color, ",")).scalar_subquery()
    nxt = (select(func.min(Appointment.starts_at))
           .where(Appointment.client_id == Person.id, Appointment.starts_at >= now,
                  Appointment.status == AppointmentStatus.SCHEDULED).scalar_subquery())
    return email, phone, tags, colors, nxt


def _filtered(query: ClientQuery, stmt: Select) -> Select:
    conds = [Person.kind == KIND.value]
    if query.show == SHOW_TRASH:
        conds.append(Person.deleted_at.is_not(None))
    else:
        conds.append(Person.deleted_at.is_(None))
        if query.show == SHOW_ARCHIVED:
            conds.append(Person.status == ClientStatus.ARCHIVED.value)
        elif query.show == SHOW_CURRENT and query.status != ClientStatus.ARCHIVED:
            conds.append(Person.status != ClientStatus.ARCHIVED.value)
    if query.status:
        conds.append(Person.status == query.status)
    if query.tag_id is not None:
        conds.append(Person.id.in_(select(client_tag.c.person_id)
                                   .where(client_tag.c.tag_id == query.tag_id)))
    for term in validation.fold(query.text).split():
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
    return stmt.where(and_(*conds))


def count_clients(ws: Workspace, query: ClientQuery) -> int:
    with ws.read() as s:
        return s.scalar(_filtered(query, select(func.count(Person.id)))) or 0


def list_client_ids(ws: Workspace, query: ClientQuery) -> list[int]:
    """All matching ids in display order: cheap even at 10,000 clients; rows load by page."""
    now = utcnow()
    email, phone, tags, _colors, nxt = _columns(now)
    name_key = Person.sort_name
    order = {
        "name": [name_key],
        "status": [Person.status, name_key],
        "tags": [func.coalesce(tags, "~"), name_key],
        "email": [func.lower(func.coalesce(email, "~")), name_key],
        "phone": [func.coalesce(phone, "~"), name_key],
        "next_appointment": [func.coalesce(nxt, dt.datetime(9999, 1, 1)), name_key],
    }[query.sort if query.sort in SORT_KEYS else "name"]
    if query.descending:
        order = [o.desc() for o in order]
    stmt = _filtered(query, select(Person.id)).order_by(*order, Person.id)
    with ws.read() as s:
        return list(s.scalars(stmt))


def client_rows(ws: Workspace, ids: list[int]) -> list[ClientRow]:
    """The list columns for the given ids, in the given order."""
    if not ids:
        return []
    now = utcnow()
    email, phone, tags, colors, nxt = _columns(now)
    stmt = select(Person.id, Person.first_name, Person.last_name, Person.preferred_name,
                  Person.status, tags, colors, email, phone, nxt).where(Person.id.in_(ids))
    with ws.read() as s:
        by_id = {}
        for row in s.execute(stmt):
            next_at = row[9]
            if isinstance(next_at, str):  # scalar subqueries lose the column type
                next_at = dt.datetime.fromisoformat(next_at)
            if next_at is not None and next_at.tzinfo is None:
                next_at = next_at.replace(tzinfo=dt.UTC)
            by_id[row[0]] = ClientRow(
                id=row[0], name=people.display_name(row[1], row[2], row[3]), status=row[4],
                tags=row[5] or "", tag_colors=row[6] or "", email=row[7] or "",
                phone=row[8] or "", next_appointment=next_at,
            )
    return [by_id[i] for i in ids if i in by_id]
