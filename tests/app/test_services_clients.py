"""Client use cases: validation that writes nothing, trash and restore, erasure that leaves no
trace in the file, and the list's search, filters and sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.services import clients
from app.services.clients import ClientQuery
from app.services.people import PersonInput
from app.store.models import AuditEvent, EmailAddress, Person
from app.workspace import open_workspace
from tests.app.helpers import decrypted_pages, found_in
from tests.conftest import PASSPHRASE


def _counts(ws):
    with ws.read() as s:
        return (s.scalar(select(func.count(Person.id))), s.scalar(select(func.count(EmailAddress.id))),
                s.scalar(select(func.count(AuditEvent.id))))


TOMORROW = dt.date.today() + dt.timedelta(days=1)


@pytest.mark.parametrize(("data", "field"), [
    (PersonInput(first_name="  ", last_name=""), "first_name"),
    (PersonInput(), "first_name"),
    (PersonInput(first_name="Ana", emails=["ana@example.org", "ana@"]), "emails.1"),
    (PersonInput(first_name="Ana", phones=["abc"]), "phones.0"),
    (PersonInput(first_name="Ana", date_of_birth=TOMORROW), "date_of_birth"),
    (PersonInput(first_name="Ana", date_of_birth=TOMORROW.isoformat()), "date_of_birth"),
    (PersonInput(first_name="Ana", date_of_birth="31/02/1990"), "date_of_birth"),
    (PersonInput(first_name="Ana", status="vip"), "status"),
])
def test_invalid_input_is_refused_with_its_field_and_nothing_is_written(workspace, data, field):
    before = _counts(workspace)
    with pytest.raises(ValidationError) as info:
        clients.create_client(workspace, data)
    assert info.value.field == field
    assert info.value.message  # a sentence the UI can translate
    assert _counts(workspace) == before


def test_invalid_update_changes_nothing(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Ruiz",
                                                       emails=["ana@example.org"]))
    before = (_counts(workspace), clients.get_client(workspace, cid))
    for bad in (PersonInput(first_name="", last_name=""),
                PersonInput(city="Madrid", emails=["ana@"]),
                PersonInput(city="Madrid", phones=["abc"])):
        with pytest.raises(ValidationError):
            clients.update_client(workspace, cid, bad)
    assert (_counts(workspace), clients.get_client(workspace, cid)) == before


def test_valid_input_is_normalised(workspace):
    cid = clients.create_client(workspace, PersonInput(
        first_name="  Ana  María ", last_name="Ruiz", emails=["ana@example.org", "ANA@example.org", ""],
        phones=["  +34  600 11 22 33 "], date_of_birth="1990-05-01"))
    rec = clients.get_client(workspace, cid)
    assert rec.first_name == "Ana María"
    assert rec.emails == ["ana@example.org"]  # case-insensitive duplicate and blank dropped
    assert rec.phones == ["+34 600 11 22 33"]
    assert rec.date_of_birth == dt.date(1990, 5, 1)
    assert rec.status == "active"


def test_trash_hides_from_the_list_and_restore_brings_back(workspace):
    keep = clients.create_client(workspace, PersonInput(first_name="Kept"))
    gone = clients.create_client(workspace, PersonInput(first_name="Trashed"))
    clients.trash_client(workspace, gone)

    assert clients.list_client_ids(workspace, ClientQuery()) == [keep]
    assert clients.list_client_ids(workspace, ClientQuery(show="all")) == [keep]
    assert clients.list_client_ids(workspace, ClientQuery(show="trash")) == [gone]
    assert clients.count_clients(workspace, ClientQuery(show="trash")) == 1
    assert clients.get_client(workspace, gone).deleted_at is not None

    clients.restore_client(workspace, gone)
    assert set(clients.list_client_ids(workspace, ClientQuery())) == {keep, gone}
    assert clients.list_client_ids(workspace, ClientQuery(show="trash")) == []


def test_permanent_delete_erases_the_person_from_the_file(workspace):
    path, key = workspace.path, workspace._key
    other = clients.create_client(workspace, PersonInput(first_name="Someone", last_name="Else"))
    cid = clients.create_client(workspace, PersonInput(
        first_name="Ermintrude", last_name="Vexworthy", emails=["ermintrude.v@example.org"],
        phones=["+34 699 123 456"]))
    clients.trash_client(workspace, cid)
    workspace.close()
    secrets = ["Ermintrude", "Vexworthy", "ermintrude.v@example.org"]
    pages = {f"page {n}": p for n, p in enumerate(decrypted_pages(path, key))}
    assert found_in(pages, secrets), "the page decryption must see the client before erasure"

    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        clients.delete_client_permanently(ws, cid)
        with pytest.raises(NotFoundError):
            clients.get_client(ws, cid)
        with ws.read() as s:
            assert s.get(Person, cid) is None
            assert s.scalar(select(func.count(EmailAddress.id)).where(EmailAddress.person_id == cid)) == 0
        assert clients.list_client_ids(ws, ClientQuery(show="trash")) == []
        assert clients.get_client(ws, other).full_name == "Someone Else"
    finally:
        ws.close()

    pages = {f"page {n}": p for n, p in enumerate(decrypted_pages(path, key))}
    assert found_in(pages, secrets) == [], "secure_delete should have overwritten the erased rows"
    assert found_in(pages, ["Someone"])  # the rest is still readable the same way


def _people(ws):
    data = [
        ("García", "María", "active", ["maria@zeta.example"], ["+34 600 000 003"]),
        ("Gómez", "Álvaro", "lead", ["alvaro@alpha.example"], ["+34 600 000 001"]),
        ("Ortega", "Lucía", "inactive", [], ["+34 600 000 002"]),
        ("Abad", "Íñigo", "archived", ["inigo@beta.example"], []),
        ("", "Zoë", "active", ["zoe@gamma.example"], []),
    ]
    ids = {}
    for last, first, status, emails, phones in data:
        ids[first] = clients.create_client(ws, PersonInput(first_name=first, last_name=last,
                                                           status=status, emails=emails, phones=phones))
    return ids


def test_list_search_is_accent_and_case_insensitive(workspace):
    ids = _people(workspace)

    def find(text, **kw):
        return clients.list_client_ids(workspace, ClientQuery(text=text, **kw))

    assert find("garcia") == [ids["María"]]
    assert find("GARCÍA maria") == [ids["María"]]
    assert find("alvaro") == [ids["Álvaro"]]
    assert find("zoe") == [ids["Zoë"]]
    assert find("beta.example") == []  # Íñigo is archived: not in the current list
    assert find("inigo", show="all") == [ids["Íñigo"]]
    assert find("600000002") == [ids["Lucía"]]  # phone digits without spaces
    assert find("100%") == [] and find("_") == []  # LIKE wildcards are literal
    assert find("nobody") == []


def test_list_filters_by_status_and_show(workspace):
    ids = _people(workspace)

    def ids_for(**kw):
        return set(clients.list_client_ids(workspace, ClientQuery(**kw)))

    assert ids_for() == {ids[n] for n in ("María", "Álvaro", "Lucía", "Zoë")}
    assert ids_for(status="active") == {ids["María"], ids["Zoë"]}
    assert ids_for(status="lead") == {ids["Álvaro"]}
    assert ids_for(status="archived") == {ids["Íñigo"]}
    assert ids_for(show="archived") == {ids["Íñigo"]}
    assert ids_for(show="all") == set(ids.values())
    clients.archive_client(workspace, ids["Lucía"])
    assert ids_for(show="archived") == {ids["Íñigo"], ids["Lucía"]}


def test_list_sorts_by_each_key(workspace):
    ids = _people(workspace)
    q = ClientQuery(show="all")

    def order(sort, descending=False):
        found = clients.list_client_ids(workspace, ClientQuery(show="all", sort=sort, descending=descending))
        names = {v: k for k, v in ids.items()}
        return [names[i] for i in found]

    # By last name, or the first name when there is none (case-insensitive).
    assert order("name") == ["Íñigo", "María", "Álvaro", "Lucía", "Zoë"]
    assert order("name", descending=True) == ["Zoë", "Lucía", "Álvaro", "María", "Íñigo"]
    assert order("email") == ["Álvaro", "Íñigo", "María", "Zoë", "Lucía"]  # no email last
    assert order("phone") == ["Álvaro", "Lucía", "María", "Íñigo", "Zoë"]  # no phone last
    assert order("status") == ["María", "Zoë", "Íñigo", "Lucía", "Álvaro"]  # then by name
    assert len(clients.list_client_ids(workspace, q)) == 5

    rows = clients.client_rows(workspace, [ids["Zoë"], ids["María"]])
    assert [r.name for r in rows] == ["Zoë", "María García"]
    assert rows[1].email == "maria@zeta.example" and rows[1].phone == "+34 600 000 003"


def test_names_starting_with_an_accent_sort_with_their_letter(workspace):
    """Spanish lists: "Álvarez" belongs among the A's, "Éboli" among the E's, not after Z."""
    names = ["Zubiri", "Álvarez", "Abad", "Éboli", "Echeverría", "ávila", "Bravo", "Ñúñez", "Nadal"]
    ids = {clients.create_client(workspace, PersonInput(first_name="X", last_name=n)): n for n in names}
    found = [ids[i] for i in clients.list_client_ids(workspace, ClientQuery())]
    assert found == ["Abad", "Álvarez", "ávila", "Bravo", "Éboli", "Echeverría", "Nadal", "Ñúñez",
                     "Zubiri"]
