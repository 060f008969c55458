"""Sections and fields of the Personal tab, defined once for the workspace, and their values.

Three built-in sections (Details, Contact information, Address) hold the standard fields; the
practitioner can add fields to them and add sections of their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, people, validation
from app.store.models import (
    BuiltinSection,
    CustomField,
    CustomFieldValue,
    CustomSection,
    FieldType,
    Person,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

BUILTIN_NAMES = {
    BuiltinSection.DETAILS: QT_TRANSLATE_NOOP("Core", "Details"),
    BuiltinSection.CONTACT: QT_TRANSLATE_NOOP("Core", "Contact information"),
    BuiltinSection.ADDRESS: QT_TRANSLATE_NOOP("Core", "Address"),
}
TYPE_LABELS = {
    FieldType.TEXT: QT_TRANSLATE_NOOP("Core", "Text"),
    FieldType.LONG_TEXT: QT_TRANSLATE_NOOP("Core", "Long text"),
    FieldType.NUMBER: QT_TRANSLATE_NOOP("Core", "Number"),
    FieldType.DATE: QT_TRANSLATE_NOOP("Core", "Date"),
    FieldType.SINGLE_CHOICE: QT_TRANSLATE_NOOP("Core", "Single choice"),
    FieldType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("Core", "Multiple choice"),
    FieldType.CHECKBOX: QT_TRANSLATE_NOOP("Core", "Checkbox"),
    FieldType.EMAIL: QT_TRANSLATE_NOOP("Core", "Email"),
    FieldType.PHONE: QT_TRANSLATE_NOOP("Core", "Phone"),
    FieldType.ADDRESS: QT_TRANSLATE_NOOP("Core", "Address"),
}
CHOICE_TYPES = {FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE}


@dataclass(frozen=True)
class FieldDef:
    id: int
    section_id: int
    label: str
    field_type: str
    options: list[str]
    position: int


@dataclass(frozen=True)
class SectionDef:
    id: int
    builtin: str | None
    name: str  # for built-ins, the English name to translate; else the user's own
    position: int
    fields: list[FieldDef]


def ensure_builtin_sections(session: Session) -> None:
    have = set(session.scalars(select(CustomSection.builtin).where(CustomSection.builtin.is_not(None))))
    for pos, (key, name) in enumerate(BUILTIN_NAMES.items()):
        if key.value not in have:
            session.add(CustomSection(builtin=key.value, name=name, position=pos))
    session.flush()


def list_sections(ws: Workspace) -> list[SectionDef]:
    with ws.read() as s:
        sections = s.scalars(select(CustomSection).options(selectinload(CustomSection.fields))
                             .order_by(CustomSection.position, CustomSection.id))
        return [SectionDef(sec.id, sec.builtin, sec.name, sec.position,
                           [FieldDef(f.id, sec.id, f.label, f.field_type, list(f.options or []), f.position)
                            for f in sec.fields])
                for sec in sections]


def _section(s: Session, section_id: int) -> CustomSection:
    sec = s.get(CustomSection, section_id)
    if sec is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This section no longer exists."))
    return sec


def _field(s: Session, field_id: int) -> CustomField:
    fld = s.get(CustomField, field_id)
    if fld is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This field no longer exists."))
    return fld


def _label(value: str, what: str = "label") -> str:
    value = validation.clean(value, 200)
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A name is required."), field=what)
    return value


def _options(field_type: str, options: list[str] | None) -> list[str] | None:
    if field_type not in CHOICE_TYPES:
        return None
    cleaned = list(dict.fromkeys(validation.clean(o, 200) for o in (options or []) if validation.clean(o, 200)))
    if len(cleaned) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A choice field needs at least two options."),
                              field="options")
    return cleaned


def create_section(ws: Workspace, name: str) -> int:
    with ws.write() as s:
        pos = (s.scalar(select(func.max(CustomSection.position))) or 0) + 1
        sec = CustomSection(name=_label(name, "name"), position=pos)
        s.add(sec)
        s.flush()
        audit.record(s, "create", "custom_section", sec.id)
        return sec.id


def rename_section(ws: Workspace, section_id: int, name: str) -> None:
    with ws.write() as s:
        sec = _section(s, section_id)
        sec.name = _label(name, "name")
        audit.record(s, "update", "custom_section", sec.id, {"fields": ["name"]})


def _move(items: list, item, new_index: int) -> None:
    items.remove(item)
    items.insert(max(0, min(new_index, len(items))), item)
    for pos, it in enumerate(items):
        it.position = pos


def move_section(ws: Workspace, section_id: int, new_index: int) -> None:
    with ws.write() as s:
        sections = list(s.scalars(select(CustomSection).order_by(CustomSection.position, CustomSection.id)))
        _move(sections, _section(s, section_id), new_index)
        audit.record(s, "update", "custom_section", section_id, {"fields": ["position"]})


def count_values(ws: Workspace, *, field_id: int | None = None, section_id: int | None = None) -> int:
    """How many people have a value in this field (or any field of this section)."""
    stmt = select(func.count(func.distinct(CustomFieldValue.person_id))).join(
        Person, Person.id == CustomFieldValue.person_id)
    if field_id is not None:
        stmt = stmt.where(CustomFieldValue.field_id == field_id)
    else:
        stmt = stmt.join(CustomField, CustomField.id == CustomFieldValue.field_id).where(
            CustomField.section_id == section_id)
    with ws.read() as s:
        return s.scalar(stmt) or 0


def delete_section(ws: Workspace, section_id: int) -> None:
    with ws.write() as s:
        sec = _section(s, section_id)
        if sec.builtin:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "The standard sections cannot be deleted; delete their custom fields instead."))
        s.delete(sec)
        audit.record(s, "delete", "custom_section", section_id)


def create_field(ws: Workspace, section_id: int, label: str, field_type: str,
                 options: list[str] | None = None) -> int:
    if field_type not in set(FieldType):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a field type."), field="field_type")
    with ws.write() as s:
        sec = _section(s, section_id)
        pos = (s.scalar(select(func.max(CustomField.position)).where(CustomField.section_id == sec.id)) or 0) + 1
        fld = CustomField(section_id=sec.id, label=_label(label), field_type=field_type,
                          options=_options(field_type, options), position=pos)
        s.add(fld)
        s.flush()
        audit.record(s, "create", "custom_field", fld.id)
        return fld.id


def update_field(ws: Workspace, field_id: int, *, label: str | None = None,
                 options: list[str] | None = None) -> None:
    with ws.write() as s:
        fld = _field(s, field_id)
        changed = []
        if label is not None:
            fld.label = _label(label)
            changed.append("label")
        if options is not None and fld.field_type in CHOICE_TYPES:
            fld.options = _options(fld.field_type, options)
            changed.append("options")
        audit.record(s, "update", "custom_field", fld.id, {"fields": changed})


def move_field(ws: Workspace, field_id: int, new_index: int, section_id: int | None = None) -> None:
    with ws.write() as s:
        fld = _field(s, field_id)
        if section_id is not None and section_id != fld.section_id:
            old = list(s.scalars(select(CustomField).where(CustomField.section_id == fld.section_id,
                                                           CustomField.id != fld.id)
                                 .order_by(CustomField.position)))
            for pos, it in enumerate(old):
                it.position = pos
            fld.section_id = _section(s, section_id).id
            s.flush()
        fields = list(s.scalars(select(CustomField).where(CustomField.section_id == fld.section_id)
                                .order_by(CustomField.position, CustomField.id)))
        _move(fields, fld, new_index)
        audit.record(s, "update", "custom_field", field_id, {"fields": ["position"]})


def delete_field(ws: Workspace, field_id: int) -> None:
    with ws.write() as s:
        s.delete(_field(s, field_id))
        audit.record(s, "delete", "custom_field", field_id)


# --- values ---------------------------------------------------------------------------------


def _is_empty(value: Any) -> bool:
    # Whitespace only counts as empty: a field "cleared" with spaces must not keep a value.
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == [] or value == {} or (
        isinstance(value, dict) and not any(str(v).strip() for v in value.values()))


def normalise_value(fld: FieldDef | CustomField, value: Any, stored: Any = None) -> Any:
    """Check a value against its field type; returns the JSON-able form to store.

    `stored` is the person's current value: a choice it holds stays valid after its option was
    removed from the field, so saving a section never drops it unless the user unticks it."""
    t = fld.field_type
    where = f"custom.{fld.id}"
    if _is_empty(value) and t != FieldType.CHECKBOX:
        return None
    if t in (FieldType.TEXT, FieldType.LONG_TEXT):
        return str(value).strip() if t == FieldType.LONG_TEXT else validation.clean(str(value), 1000)
    if t == FieldType.NUMBER:
        return str(validation.parse_decimal(value, where))
    if t == FieldType.DATE:
        return validation.parse_date(value, where).isoformat()
    if t == FieldType.CHECKBOX:
        return bool(value)
    if t == FieldType.EMAIL:
        return validation.email(str(value), where)
    if t == FieldType.PHONE:
        return validation.phone(str(value), where)
    if t in CHOICE_TYPES:
        kept = stored if isinstance(stored, list) else [] if stored is None else [stored]
        allowed = list(dict.fromkeys([*(fld.options or []), *kept]))
    if t == FieldType.SINGLE_CHOICE:
        if value not in allowed:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose one of the options."), field=where)
        return value
    if t == FieldType.MULTIPLE_CHOICE:
        chosen = list(value) if isinstance(value, (list, tuple)) else [value]
        if any(c not in allowed for c in chosen):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose among the options."), field=where)
        return [o for o in allowed if o in chosen]
    if t == FieldType.ADDRESS:
        if not isinstance(value, dict):
            return {"street": str(value)}
        return {k: validation.clean(str(value.get(k, "")), 300)
                for k in ("street", "city", "postal_code", "region", "country") if value.get(k)}
    raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a field type."), field=where)


def values_for(session: Session, person_id: int) -> dict[int, Any]:
    return dict(session.execute(select(CustomFieldValue.field_id, CustomFieldValue.value)
                                .where(CustomFieldValue.person_id == person_id)).all())


def set_values(ws: Workspace, person_id: int, values: dict[int, Any]) -> dict[int, Any]:
    """Save several custom values for one person at once (a section's Save)."""
    with ws.write() as s:
        people.load(s, person_id, include_deleted=False)
        changed = _write_values(s, person_id, values)
        if changed:
            kind = s.scalar(select(Person.kind).where(Person.id == person_id))
            audit.record(s, "update", kind, person_id, {"custom_fields": sorted(changed)})
        s.flush()
        return values_for(s, person_id)


def _write_values(s: Session, person_id: int, values: dict[int, Any]) -> list[int]:
    """Normalise and write custom values (raising on the first bad one); the changed field ids."""
    existing = {v.field_id: v for v in s.scalars(
        select(CustomFieldValue).where(CustomFieldValue.person_id == person_id))}
    changed = []
    for field_id, raw in values.items():
        fld = _field(s, int(field_id))
        row = existing.get(fld.id)
        value = normalise_value(fld, raw, row.value if row is not None else None)
        if value is None or (fld.field_type == FieldType.CHECKBOX and value is False):
            if row is not None:
                s.delete(row)
                changed.append(fld.id)
        elif row is None:
            s.add(CustomFieldValue(person_id=person_id, field_id=fld.id, value=value))
            changed.append(fld.id)
        elif row.value != value:
            row.value = value
            changed.append(fld.id)
    return changed


def save_section(ws: Workspace, person_id: int, data: people.PersonInput,
                 values: dict[int, Any]) -> people.PersonRecord:
    """A Personal-tab section's Save: standard fields and custom values in one transaction, so
    a bad value anywhere leaves everything as it was."""
    with ws.write() as s:
        person = people.load(s, person_id, include_deleted=False)
        checked = people.validate(data.given(), creating=False, current=person)
        if person.kind != "client":
            checked.pop("status", None)
            checked.pop("tag_ids", None)
        changed_fields = people.apply(s, person, checked)
        changed_values = _write_values(s, person_id, values)
        if changed_fields or changed_values:
            details: dict[str, Any] = {}
            if changed_fields:
                details["fields"] = sorted(changed_fields)
            if changed_values:
                details["custom_fields"] = sorted(changed_values)
            audit.record(s, "update", person.kind, person_id, details)
        s.flush()
        return people.to_record(s, person)


def format_value(fld: FieldDef, value: Any) -> str:
    """Plain text for showing a stored value (dates ISO; the UI localises them)."""
    if value is None:
        return ""
    if fld.field_type == FieldType.MULTIPLE_CHOICE:
        return ", ".join(value)
    if fld.field_type == FieldType.ADDRESS and isinstance(value, dict):
        return ", ".join(v for v in value.values() if v)
    if fld.field_type == FieldType.DATE:
        return dt.date.fromisoformat(value).isoformat()
    return str(value)
