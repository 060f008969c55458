"""Tags on clients: create, rename, recolor, delete, and assign to one or many clients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, validation
from app.store.models import Person, PersonKind, Tag, client_tag

if TYPE_CHECKING:
    from app.workspace import Workspace

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
PALETTE = ("#5b7db1", "#3f9b8f", "#c0843d", "#b8556a", "#7d63b0", "#5f8f3e", "#a0a33b", "#6b7280")


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str
    client_count: int


def _name(session, name: str, exclude_id: int | None = None) -> str:
    name = validation.clean(name, 80)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A tag needs a name."), field="name")
    # Compared in Python: SQLite's lower() leaves "Á" as it is, so "ánimo" would slip past "Ánimo".
    others = session.scalars(select(Tag.name).where(Tag.id != (exclude_id or -1)))
    clash = any(other.casefold() == name.casefold() for other in others)
    if clash:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A tag called “{name}” already exists."),
                              field="name", name=name)
    return name


def _color(color: str) -> str:
    if not COLOR_RE.match(color or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a color."), field="color")
    return color.lower()


def _get(session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That tag no longer exists."))
    return tag


def list_tags(ws: Workspace) -> list[TagInfo]:
    counts = (select(client_tag.c.tag_id, func.count().label("n"))
              .join(Person, Person.id == client_tag.c.person_id)
              .where(Person.deleted_at.is_(None)).group_by(client_tag.c.tag_id).subquery())
    stmt = (select(Tag.id, Tag.name, Tag.color, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.tag_id == Tag.id).order_by(func.fold(Tag.name)))
    with ws.read() as s:
        return [TagInfo(*row) for row in s.execute(stmt)]


def create_tag(ws: Workspace, name: str, color: str | None = None) -> int:
    with ws.write() as s:
        count = s.scalar(select(func.count(Tag.id))) or 0
        tag = Tag(name=_name(s, name), color=_color(color or PALETTE[count % len(PALETTE)]))
        s.add(tag)
        s.flush()
        audit.record(s, "create", "tag", tag.id)
        return tag.id


def rename_tag(ws: Workspace, tag_id: int, name: str) -> None:
    with ws.write() as s:
        tag = _get(s, tag_id)
        tag.name = _name(s, name, exclude_id=tag_id)
        audit.record(s, "update", "tag", tag_id, {"fields": ["name"]})


def recolor_tag(ws: Workspace, tag_id: int, color: str) -> None:
    with ws.write() as s:
        tag = _get(s, tag_id)
        tag.color = _color(color)
        audit.record(s, "update", "tag", tag_id, {"fields": ["color"]})


def delete_tag(ws: Workspace, tag_id: int) -> None:
    with ws.write() as s:
        s.delete(_get(s, tag_id))
        audit.record(s, "delete", "tag", tag_id)


def _client_ids(session, client_ids: list[int]) -> list[int]:
    found = list(session.scalars(select(Person.id).where(Person.id.in_(client_ids),
                                                         Person.kind == PersonKind.CLIENT.value)))
    if len(found) != len(set(client_ids)):
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
    return found


def add_tag(ws: Workspace, client_ids: list[int], tag_id: int) -> None:
    """Tag several clients at once (the list's multi-select)."""
    with ws.write() as s:
        _get(s, tag_id)
        ids = _client_ids(s, client_ids)
        have = set(s.scalars(select(client_tag.c.person_id).where(
            client_tag.c.tag_id == tag_id, client_tag.c.person_id.in_(ids))))
        new = [i for i in ids if i not in have]
        if new:
            s.execute(insert(client_tag), [{"person_id": i, "tag_id": tag_id} for i in new])
        for i in new:
            audit.record(s, "update", "client", i, {"fields": ["tags"]})


def remove_tag(ws: Workspace, client_ids: list[int], tag_id: int) -> None:
    with ws.write() as s:
        ids = _client_ids(s, client_ids)
        have = set(s.scalars(select(client_tag.c.person_id).where(
            client_tag.c.tag_id == tag_id, client_tag.c.person_id.in_(ids))))
        s.execute(delete(client_tag).where(client_tag.c.tag_id == tag_id,
                                           client_tag.c.person_id.in_(have)))
        for i in sorted(have):
            audit.record(s, "update", "client", i, {"fields": ["tags"]})


def set_client_tags(ws: Workspace, client_id: int, tag_ids: list[int]) -> None:
    from app.services.clients import update_client
    from app.services.people import PersonInput

    update_client(ws, client_id, PersonInput(tag_ids=tag_ids))
