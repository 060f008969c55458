"""Tags: create, rename, recolor, delete, no duplicates, tagging many clients, filtering by tag."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services import clients, tags
from app.services.clients import ClientQuery
from app.services.people import PersonInput


def _info(ws):
    return {t.name: t for t in tags.list_tags(ws)}


def test_create_rename_recolor_delete(workspace):
    tid = tags.create_tag(workspace, "  Couples  ")
    assert list(_info(workspace)) == ["Couples"]
    assert _info(workspace)["Couples"].color.startswith("#")

    tags.rename_tag(workspace, tid, "Couples therapy")
    tags.recolor_tag(workspace, tid, "#AABBCC")
    info = _info(workspace)["Couples therapy"]
    assert (info.id, info.color) == (tid, "#aabbcc")

    cid = clients.create_client(workspace, PersonInput(first_name="Ana", tag_ids=[tid]))
    tags.delete_tag(workspace, tid)
    assert tags.list_tags(workspace) == []
    assert clients.get_client(workspace, cid).tags == []  # the client stays, untagged


@pytest.mark.parametrize("name", ["Couples", "couples", " COUPLES ", "Ánimo", "ánimo", "ÁNIMO"])
def test_duplicate_names_are_refused_whatever_the_case(workspace, name):
    tags.create_tag(workspace, "Couples")
    tags.create_tag(workspace, "Ánimo")
    with pytest.raises(ValidationError) as info:
        tags.create_tag(workspace, name)
    assert info.value.field == "name"
    assert len(tags.list_tags(workspace)) == 2


def test_rename_onto_another_tag_is_refused_but_onto_itself_is_fine(workspace):
    a = tags.create_tag(workspace, "Adults")
    tags.create_tag(workspace, "Teens")
    with pytest.raises(ValidationError):
        tags.rename_tag(workspace, a, "teens")
    tags.rename_tag(workspace, a, "ADULTS")
    assert sorted(_info(workspace)) == ["ADULTS", "Teens"]


@pytest.mark.parametrize(("name", "color", "field"), [("", None, "name"), ("   ", None, "name"),
                                                      ("Ok", "red", "color"), ("Ok", "#12345", "color")])
def test_invalid_tags_are_refused(workspace, name, color, field):
    with pytest.raises(ValidationError) as info:
        tags.create_tag(workspace, name, color)
    assert info.value.field == field
    assert tags.list_tags(workspace) == []


def test_tag_many_clients_at_once_and_filter_by_tag(workspace):
    ids = [clients.create_client(workspace, PersonInput(first_name=f"C{n}")) for n in range(6)]
    vip = tags.create_tag(workspace, "VIP")
    other = tags.create_tag(workspace, "Other")

    tags.add_tag(workspace, ids[:4], vip)
    tags.add_tag(workspace, ids[2:4], vip)  # already tagged: no duplicates, no error
    tags.add_tag(workspace, [ids[5]], other)

    assert set(clients.list_client_ids(workspace, ClientQuery(tag_id=vip))) == set(ids[:4])
    assert clients.list_client_ids(workspace, ClientQuery(tag_id=other)) == [ids[5]]
    assert _info(workspace)["VIP"].client_count == 4
    assert [t.name for t in clients.get_client(workspace, ids[0]).tags] == ["VIP"]
    row = clients.client_rows(workspace, [ids[0]])[0]
    assert row.tags == "VIP"

    tags.remove_tag(workspace, ids[:2], vip)
    assert set(clients.list_client_ids(workspace, ClientQuery(tag_id=vip))) == set(ids[2:4])
    clients.trash_client(workspace, ids[2])
    assert _info(workspace)["VIP"].client_count == 1  # trashed clients are not counted

    tags.set_client_tags(workspace, ids[5], [vip, other])
    assert [t.name for t in clients.get_client(workspace, ids[5]).tags] == ["Other", "VIP"]
    assert clients.client_rows(workspace, [ids[5]])[0].tags.split(clients.TAG_SEPARATOR) == ["Other", "VIP"]


def test_tags_are_listed_alphabetically_accents_included(workspace):
    for name in ("Zen", "Ánimo", "adults", "Bienestar"):
        tags.create_tag(workspace, name)
    assert [t.name for t in tags.list_tags(workspace)] == ["adults", "Ánimo", "Bienestar", "Zen"]
