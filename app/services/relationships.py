"""Relationships between a client and another client or a contact, read from either side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, people, validation
from app.store.models import ClientStatus, Person, PersonKind, Relationship

if TYPE_CHECKING:
    from app.workspace import Workspace

# Standard types: key -> (label, reciprocal key). Stored as keys; anything else is the user's own
# words, shown as typed, and reads the same from both sides unless a reciprocal is given.
TYPES: dict[str, tuple[str, str]] = {
    "parent": (QT_TRANSLATE_NOOP("Core", "Parent"), "child"),
    "child": (QT_TRANSLATE_NOOP("Core", "Child"), "parent"),
    "spouse_partner": (QT_TRANSLATE_NOOP("Core", "Spouse/partner"), "spouse_partner"),
    "sibling": (QT_TRANSLATE_NOOP("Core", "Sibling"), "sibling"),
    "guardian": (QT_TRANSLATE_NOOP("Core", "Guardian"), "ward"),
    "ward": (QT_TRANSLATE_NOOP("Core", "Under guardianship"), "guardian"),
    "emergency_contact": (QT_TRANSLATE_NOOP("Core", "Emergency contact"), "emergency_contact_for"),
    "emergency_contact_for": (QT_TRANSLATE_NOOP("Core", "Emergency contact for"), "emergency_contact"),
    "referring_practitioner": (QT_TRANSLATE_NOOP("Core", "Referring practitioner"), "referred_client"),
    "referred_client": (QT_TRANSLATE_NOOP("Core", "Referred client"), "referring_practitioner"),
    "referred_to": (QT_TRANSLATE_NOOP("Core", "Referred to"), "referred_from"),
    "referred_from": (QT_TRANSLATE_NOOP("Core", "Referred by"), "referred_to"),
    "other": (QT_TRANSLATE_NOOP("Core", "Other"), "other"),
}
# The types offered in the picker (the reciprocal-only ones appear when read from the other side).
PICKER_TYPES = ("parent", "child", "spouse_partner", "sibling", "guardian", "emergency_contact",
                "referring_practitioner", "referred_to", "other")


def reciprocal_of(relation_type: str) -> str:
    return TYPES[relation_type][1] if relation_type in TYPES else relation_type


def label_of(relation_type: str) -> str:
    """The English label (for translation by the UI) or the user's own words."""
    return TYPES[relation_type][0] if relation_type in TYPES else relation_type


@dataclass(frozen=True)
class RelationshipView:
    """One relationship as seen from `viewer`: `other` is `relation_type` of the viewer."""

    id: int
    other_id: int
    other_kind: str
    other_name: str
    relation_type: str
    is_emergency_contact: bool  # `other` is the viewer's emergency contact
    note: str


def _type(value: str) -> str:
    value = validation.clean(value, 80)
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose or type a relationship type."),
                              field="relation_type")
    # Accept a translated label typed back in: callers pass keys for the standard types.
    return value


def connect(ws: Workspace, person_id: int, related_id: int, relation_type: str, *,
            reciprocal_type: str | None = None, emergency_contact: bool = False,
            note: str = "") -> int:
    """Record that `related` is `relation_type` of `person` (e.g. their parent)."""
    relation_type = _type(relation_type)
    reciprocal = _type(reciprocal_type) if reciprocal_type else reciprocal_of(relation_type)
    if person_id == related_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A person cannot be related to themselves."),
                              field="related")
    with ws.write() as s:
        a = people.load(s, person_id, include_deleted=False)
        b = people.load(s, related_id, include_deleted=False)
        if a.kind != PersonKind.CLIENT and b.kind != PersonKind.CLIENT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Relationships link a client to another client or to a contact."), field="related")
        exists = s.scalar(select(Relationship.id).where(or_(
            (Relationship.person_id == person_id) & (Relationship.related_id == related_id),
            (Relationship.person_id == related_id) & (Relationship.related_id == person_id))))
        if exists:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "These two are already connected; edit the existing relationship instead."),
                field="related")
        rel = Relationship(person_id=person_id, related_id=related_id, relation_type=relation_type,
                           reciprocal_type=reciprocal, related_is_emergency_contact=emergency_contact,
                           note=validation.clean(note, 1000))
        s.add(rel)
        s.flush()
        audit.record(s, "create", "relationship", rel.id, {"person_ids": [person_id, related_id]})
        return rel.id


def connect_new_person(ws: Workspace, person_id: int, kind: str, data: people.PersonInput,
                       relation_type: str, *, emergency_contact: bool = False) -> tuple[int, int]:
    """Create a client or contact and connect them to `person` in one transaction ("Create new
    client/contact, then Connect"): if anything is refused, nobody is created.
    Returns (new person id, relationship id)."""
    relation_type = _type(relation_type)
    if kind not in (PersonKind.CLIENT.value, PersonKind.CONTACT.value):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose client or contact."), field="kind")
    values = people.validate(data.given(), creating=True)
    values.pop("tag_ids", None)
    status = values.pop("status", None)
    with ws.write() as s:
        people.load(s, person_id, include_deleted=False)
        new = Person(kind=kind)
        if kind == PersonKind.CLIENT.value:
            new.status = status or ClientStatus.ACTIVE.value
        s.add(new)
        changed = people.apply(s, new, values)
        new.search_text = people.search_text(new)
        new.sort_name = people.sort_name(new)
        s.flush()
        audit.record(s, "create", kind, new.id, {"fields": sorted(changed)})
        rel = Relationship(person_id=person_id, related_id=new.id, relation_type=relation_type,
                           reciprocal_type=reciprocal_of(relation_type),
                           related_is_emergency_contact=emergency_contact, note="")
        s.add(rel)
        s.flush()
        audit.record(s, "create", "relationship", rel.id, {"person_ids": [person_id, new.id]})
        return new.id, rel.id


def update_relationship(ws: Workspace, relationship_id: int, viewer_id: int, relation_type: str,
                        *, reciprocal_type: str | None = None,
                        emergency_contact: bool | None = None, note: str | None = None) -> None:
    """Edit as seen from `viewer_id` (the other side's wording follows)."""
    relation_type = _type(relation_type)
    reciprocal = _type(reciprocal_type) if reciprocal_type else reciprocal_of(relation_type)
    with ws.write() as s:
        rel = s.get(Relationship, relationship_id)
        if rel is None or viewer_id not in (rel.person_id, rel.related_id):
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This relationship no longer exists."))
        if viewer_id == rel.person_id:
            rel.relation_type, rel.reciprocal_type = relation_type, reciprocal
            if emergency_contact is not None:
                rel.related_is_emergency_contact = emergency_contact
        else:
            rel.reciprocal_type, rel.relation_type = relation_type, reciprocal
            if emergency_contact is not None:
                rel.person_is_emergency_contact = emergency_contact
        if note is not None:
            rel.note = validation.clean(note, 1000)
        audit.record(s, "update", "relationship", rel.id)


def remove_relationship(ws: Workspace, relationship_id: int) -> None:
    with ws.write() as s:
        rel = s.get(Relationship, relationship_id)
        if rel is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This relationship no longer exists."))
        s.delete(rel)
        audit.record(s, "delete", "relationship", relationship_id)


def list_relationships(ws: Workspace, person_id: int) -> list[RelationshipView]:
    other = aliased(Person)
    out: list[RelationshipView] = []
    with ws.read() as s:
        forward = s.execute(select(Relationship, other).join(other, other.id == Relationship.related_id)
                            .where(Relationship.person_id == person_id, other.deleted_at.is_(None)))
        for rel, o in forward:
            out.append(RelationshipView(rel.id, o.id, o.kind,
                                        people.display_name(o.first_name, o.last_name, o.preferred_name),
                                        rel.relation_type, rel.related_is_emergency_contact, rel.note))
        backward = s.execute(select(Relationship, other).join(other, other.id == Relationship.person_id)
                             .where(Relationship.related_id == person_id, other.deleted_at.is_(None)))
        for rel, o in backward:
            out.append(RelationshipView(rel.id, o.id, o.kind,
                                        people.display_name(o.first_name, o.last_name, o.preferred_name),
                                        rel.reciprocal_type, rel.person_is_emergency_contact, rel.note))
    return sorted(out, key=lambda r: (not r.is_emergency_contact, r.other_name.lower()))
