"""Relationships read from both sides with reciprocal wording; no self-links, no duplicates."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services import clients, contacts, relationships
from app.services.people import PersonInput


@pytest.fixture
def family(workspace):
    ana = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Ruiz"))
    luis = clients.create_client(workspace, PersonInput(first_name="Luis", last_name="Ruiz"))
    return workspace, ana, luis


def _seen_by(ws, person_id):
    return [(r.other_id, r.relation_type, r.is_emergency_contact) for r in
            relationships.list_relationships(ws, person_id)]


def test_connect_reads_both_ways_with_reciprocals(family):
    ws, ana, luis = family
    rid = relationships.connect(ws, ana, luis, "parent", emergency_contact=True, note="Dad")
    assert _seen_by(ws, ana) == [(luis, "parent", True)]  # Luis is Ana's parent
    assert _seen_by(ws, luis) == [(ana, "child", False)]  # Ana is Luis's child
    assert relationships.list_relationships(ws, ana)[0].id == rid
    assert relationships.list_relationships(ws, luis)[0].other_name == "Ana Ruiz"


def test_custom_wording_reads_the_same_from_both_sides_unless_given(family):
    ws, ana, luis = family
    relationships.connect(ws, ana, luis, "Godfather", reciprocal_type="Goddaughter")
    assert _seen_by(ws, ana) == [(luis, "Godfather", False)]
    assert _seen_by(ws, luis) == [(ana, "Goddaughter", False)]


def test_self_links_and_duplicates_are_refused(family):
    ws, ana, luis = family
    with pytest.raises(ValidationError) as info:
        relationships.connect(ws, ana, ana, "sibling")
    assert info.value.field == "related"
    relationships.connect(ws, ana, luis, "parent")
    for a, b in ((ana, luis), (luis, ana)):
        with pytest.raises(ValidationError):
            relationships.connect(ws, a, b, "sibling")
    with pytest.raises(ValidationError) as info:
        relationships.connect(ws, luis, ana, "")
    assert info.value.field == "relation_type"
    assert len(relationships.list_relationships(ws, ana)) == 1


def test_two_contacts_cannot_be_linked(workspace):
    a = contacts.create_contact(workspace, PersonInput(first_name="A"))
    b = contacts.create_contact(workspace, PersonInput(first_name="B"))
    with pytest.raises(ValidationError):
        relationships.connect(workspace, a, b, "other")


def test_update_from_the_other_side_and_remove(family):
    ws, ana, luis = family
    rid = relationships.connect(ws, ana, luis, "parent")
    # Luis edits it: Ana is now his ward, and she is his emergency contact.
    relationships.update_relationship(ws, rid, luis, "ward", emergency_contact=True, note="since 2024")
    assert _seen_by(ws, luis) == [(ana, "ward", True)]
    assert _seen_by(ws, ana) == [(luis, "guardian", False)]
    assert relationships.list_relationships(ws, ana)[0].note == "since 2024"

    relationships.update_relationship(ws, rid, ana, "spouse_partner")
    assert _seen_by(ws, ana) == [(luis, "spouse_partner", False)]
    assert _seen_by(ws, luis) == [(ana, "spouse_partner", True)]

    relationships.remove_relationship(ws, rid)
    assert _seen_by(ws, ana) == [] and _seen_by(ws, luis) == []


def test_trashed_people_drop_out_of_relationship_lists(family):
    ws, ana, luis = family
    relationships.connect(ws, ana, luis, "sibling")
    clients.trash_client(ws, luis)
    assert _seen_by(ws, ana) == []
    clients.restore_client(ws, luis)
    assert _seen_by(ws, ana) == [(luis, "sibling", False)]
    clients.delete_client_permanently(ws, luis)
    assert _seen_by(ws, ana) == []
