"""The window's search box and the relationship picker find people by name, email or phone."""

from __future__ import annotations

from app.services import clients, contacts
from app.services.people import PersonInput
from app.services.search import search_people


def test_finds_clients_then_contacts_by_any_word(workspace):
    ana = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Núñez",
                                                       emails=["ana@example.com"]))
    dad = contacts.create_contact(workspace, PersonInput(first_name="Pedro", last_name="Núñez",
                                                         phones=["+34 600 111 222"]))
    hits = search_people(workspace, "nunez")
    assert [(h.id, h.kind) for h in hits] == [(ana, "client"), (dad, "contact")]
    assert [h.id for h in search_people(workspace, "600111")] == [dad]
    assert [h.id for h in search_people(workspace, "ana example")] == [ana]
    assert search_people(workspace, "nunez", kinds=("contact",))[0].id == dad
    assert search_people(workspace, "nunez", exclude_ids=(ana,))[0].id == dad
    assert search_people(workspace, "   ") == []


def test_trashed_people_are_not_found(workspace):
    ana = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Núñez"))
    clients.trash_client(workspace, ana)
    assert search_people(workspace, "ana") == []
