"""Contacts: their own list, and becoming a client without losing relationships or details."""

from __future__ import annotations

from app.services import clients, contacts, relationships
from app.services.clients import ClientQuery
from app.services.people import PersonInput


def test_contacts_have_their_own_list_and_search(workspace):
    doc = contacts.create_contact(workspace, PersonInput(
        first_name="Íñigo", last_name="Sáenz", organization="Clínica Norte", role="GP",
        emails=["isaenz@clinica.example"]))
    clients.create_client(workspace, PersonInput(first_name="Not", last_name="A contact"))
    rows = contacts.list_contacts(workspace)
    assert [(r.id, r.name, r.organization, r.email) for r in rows] == [
        (doc, "Íñigo Sáenz", "Clínica Norte", "isaenz@clinica.example")]
    assert [r.id for r in contacts.list_contacts(workspace, "clinica norte")] == [doc]
    assert [r.id for r in contacts.list_contacts(workspace, "saenz")] == [doc]
    assert contacts.list_contacts(workspace, "nobody") == []
    assert clients.list_client_ids(workspace, ClientQuery(text="saenz")) == []

    contacts.trash_contact(workspace, doc)
    assert contacts.list_contacts(workspace) == []
    assert [r.id for r in contacts.list_contacts(workspace, trashed=True)] == [doc]


def test_convert_to_client_keeps_relationships_and_details(workspace):
    client = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Ruiz"))
    mum = contacts.create_contact(workspace, PersonInput(first_name="Carmen", last_name="Ruiz",
                                                         emails=["carmen@example.org"]))
    rid = relationships.connect(workspace, client, mum, "parent", emergency_contact=True)

    contacts.convert_to_client(workspace, mum)

    record = clients.get_client(workspace, mum)
    assert (record.kind, record.status, record.emails) == ("client", "lead", ["carmen@example.org"])
    assert contacts.list_contacts(workspace) == []
    assert mum in clients.list_client_ids(workspace, ClientQuery(text="carmen"))
    (seen_by_ana,) = relationships.list_relationships(workspace, client)
    assert (seen_by_ana.id, seen_by_ana.other_id, seen_by_ana.other_kind) == (rid, mum, "client")
    assert (seen_by_ana.relation_type, seen_by_ana.is_emergency_contact) == ("parent", True)
    (seen_by_mum,) = relationships.list_relationships(workspace, mum)
    assert (seen_by_mum.other_id, seen_by_mum.relation_type) == (client, "child")
