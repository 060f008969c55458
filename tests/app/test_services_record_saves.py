"""One-transaction saves behind the client record: a Personal section's Save (standard fields and
custom values together) and "Create new client/contact, then Connect"."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services import audit, clients, contacts, custom_fields, relationships
from app.services.people import PersonInput
from app.store.models import FieldType


def _details(ws) -> int:
    return next(s.id for s in custom_fields.list_sections(ws) if s.builtin == "details")


def test_section_save_writes_fields_and_values_together(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    fid = custom_fields.create_field(workspace, _details(workspace), "Occupation", FieldType.TEXT)
    record = custom_fields.save_section(workspace, cid, PersonInput(pronouns="she/her"),
                                        {fid: " Nurse "})
    assert record.pronouns == "she/her"
    assert record.custom_values == {fid: "Nurse"}
    last = audit.list_events(workspace, entity_type="client", entity_id=cid)
    assert any(e.details == {"fields": ["pronouns"], "custom_fields": [fid]} for e in last)


def test_section_save_with_a_bad_value_saves_nothing(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    fid = custom_fields.create_field(workspace, _details(workspace), "Sessions", FieldType.NUMBER)
    with pytest.raises(ValidationError) as info:
        custom_fields.save_section(workspace, cid, PersonInput(first_name="Anabel"), {fid: "lots"})
    assert info.value.field == f"custom.{fid}"
    record = clients.get_client(workspace, cid)
    assert record.first_name == "Ana" and record.custom_values == {}
    with pytest.raises(ValidationError) as info:
        custom_fields.save_section(workspace, cid, PersonInput(emails=["ok@example.com", "bad@"]),
                                   {fid: "3"})
    assert info.value.field == "emails.1"
    record = clients.get_client(workspace, cid)
    assert record.emails == [] and record.custom_values == {}


def test_connect_new_person_creates_and_connects_in_one_go(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    new_id, rel_id = relationships.connect_new_person(
        workspace, cid, "contact", PersonInput(first_name="Luis", emails=["luis@example.com"]),
        "parent", emergency_contact=True)
    assert contacts.get_contact(workspace, new_id).emails == ["luis@example.com"]
    (mine,) = relationships.list_relationships(workspace, cid)
    assert (mine.id, mine.other_id, mine.relation_type, mine.is_emergency_contact) == (
        rel_id, new_id, "parent", True)
    (theirs,) = relationships.list_relationships(workspace, new_id)
    assert (theirs.other_id, theirs.relation_type) == (cid, "child")


@pytest.mark.parametrize("data, rel_type, field", [
    (PersonInput(first_name=""), "parent", "first_name"),
    (PersonInput(first_name="Luis", emails=["nope"]), "parent", "emails.0"),
    (PersonInput(first_name="Luis"), "  ", "relation_type"),
])
def test_connect_new_person_refused_creates_nobody(workspace, data, rel_type, field):
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    with pytest.raises(ValidationError) as info:
        relationships.connect_new_person(workspace, cid, "client", data, rel_type)
    assert info.value.field == field
    assert clients.count_clients(workspace, clients.ClientQuery()) == 1
    assert relationships.list_relationships(workspace, cid) == []
