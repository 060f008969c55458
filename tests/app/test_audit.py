"""The audit trail: every change to personal records leaves an event naming the record (never its
values); the log refuses edits and deletions, and tampering breaks the hash chain."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.services import audit, clients, contacts, custom_fields, relationships, tags
from app.services.people import PersonInput
from app.store.models import AuditEvent, FieldType
from app.workspace import open_workspace
from tests.conftest import PASSPHRASE

NAME = "Wilhelmina Quarrington"
EMAIL = "wquarrington@example.org"
SECRET_NOTE = "recurring nightmares about lighthouses"


def _all_events(ws):
    with ws.read() as s:
        return [(e.id, e.action, e.entity_type, e.entity_id, e.details)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


class Recorder:
    """Runs one use case and returns the events it appended."""

    def __init__(self, ws) -> None:
        self.ws = ws

    def __call__(self, fn, *args, **kwargs):
        before = len(_all_events(self.ws))
        result = fn(*args, **kwargs)
        self.new = [(a, t, i) for _, a, t, i, _ in _all_events(self.ws)[before:]]
        return result


def test_every_change_is_audited_with_entity_and_no_personal_values(workspace):
    ws, rec = workspace, Recorder(workspace)

    cid = rec(clients.create_client, ws, PersonInput(first_name="Wilhelmina", last_name="Quarrington",
                                                     emails=[EMAIL], phones=["+44 20 7946 0000"]))
    assert rec.new == [("create", "client", cid)]
    rec(clients.update_client, ws, cid, PersonInput(city="Lisboa", pronouns="she/her"))
    assert rec.new == [("update", "client", cid)]
    rec(clients.update_client, ws, cid, PersonInput(city="Lisboa"))
    assert rec.new == []  # nothing changed, nothing logged
    rec(clients.trash_client, ws, cid)
    assert rec.new == [("trash", "client", cid)]
    rec(clients.restore_client, ws, cid)
    assert rec.new == [("restore", "client", cid)]
    rec(clients.set_status, ws, [cid], "inactive")
    assert rec.new == [("update", "client", cid)]

    kid = rec(contacts.create_contact, ws, PersonInput(first_name="Dr. Ottoline", last_name="Pemberton"))
    assert rec.new == [("create", "contact", kid)]
    rec(contacts.update_contact, ws, kid, PersonInput(organization="Saint Elsewhere"))
    assert rec.new == [("update", "contact", kid)]
    rec(contacts.trash_contact, ws, kid)
    assert rec.new == [("trash", "contact", kid)]
    rec(contacts.restore_contact, ws, kid)
    assert rec.new == [("restore", "contact", kid)]

    tid = rec(tags.create_tag, ws, "Couples")
    assert rec.new == [("create", "tag", tid)]
    rec(tags.rename_tag, ws, tid, "Couples therapy")
    assert rec.new == [("update", "tag", tid)]
    rec(tags.recolor_tag, ws, tid, "#112233")
    assert rec.new == [("update", "tag", tid)]
    rec(tags.add_tag, ws, [cid], tid)
    assert rec.new == [("update", "client", cid)]
    rec(tags.remove_tag, ws, [cid], tid)
    assert rec.new == [("update", "client", cid)]
    rec(tags.delete_tag, ws, tid)
    assert rec.new == [("delete", "tag", tid)]

    rid = rec(relationships.connect, ws, cid, kid, "referring_practitioner", note=SECRET_NOTE)
    assert rec.new == [("create", "relationship", rid)]
    rec(relationships.update_relationship, ws, rid, kid, "referred_client", note="changed")
    assert rec.new == [("update", "relationship", rid)]
    rec(relationships.remove_relationship, ws, rid)
    assert rec.new == [("delete", "relationship", rid)]

    sid = rec(custom_fields.create_section, ws, "History")
    assert rec.new == [("create", "custom_section", sid)]
    rec(custom_fields.rename_section, ws, sid, "Personal history")
    assert rec.new == [("update", "custom_section", sid)]
    fid = rec(custom_fields.create_field, ws, sid, "Presenting problem", FieldType.LONG_TEXT)
    assert rec.new == [("create", "custom_field", fid)]
    rec(custom_fields.update_field, ws, fid, label="Reason for consulting")
    assert rec.new == [("update", "custom_field", fid)]
    rec(custom_fields.set_values, ws, cid, {fid: SECRET_NOTE})
    assert rec.new == [("update", "client", cid)]
    rec(custom_fields.set_values, ws, kid, {fid: SECRET_NOTE})
    assert rec.new == [("update", "contact", kid)]
    rec(custom_fields.set_values, ws, cid, {fid: ""})  # clearing a value is a change too
    assert rec.new == [("update", "client", cid)]
    rec(custom_fields.delete_field, ws, fid)
    assert rec.new == [("delete", "custom_field", fid)]
    rec(custom_fields.delete_section, ws, sid)
    assert rec.new == [("delete", "custom_section", sid)]

    rec(contacts.convert_to_client, ws, kid)
    assert rec.new == [("convert_to_client", "contact", kid)]
    rec(clients.delete_client_permanently, ws, kid)
    assert rec.new == [("delete_permanently", "client", kid)]
    rec(clients.delete_client_permanently, ws, cid)
    assert rec.new == [("delete_permanently", "client", cid)]

    everything = json.dumps([e[4] for e in _all_events(ws)], ensure_ascii=False)
    for personal in ("Wilhelmina", "Quarrington", EMAIL, "7946", "Ottoline", "Pemberton",
                     "Lisboa", "Saint Elsewhere", SECRET_NOTE, "lighthouses"):
        assert personal not in everything
    assert audit.verify(ws).ok


def test_deleting_a_contact_is_audited(workspace):
    kid = contacts.create_contact(workspace, PersonInput(first_name="Gone", last_name="Soon"))
    contacts.delete_contact_permanently(workspace, kid)
    last = audit.list_events(workspace, limit=1)[0]
    assert (last.action, last.entity_type, last.entity_id) == ("delete_permanently", "contact", kid)


def test_unlock_is_recorded(workspace):
    path = workspace.path
    workspace.close()
    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        last = audit.list_events(ws, limit=1)[0]
        assert (last.action, last.entity_type) == ("workspace.unlock", "workspace")
    finally:
        ws.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET details = '{}' WHERE id = (SELECT max(id) FROM audit_event)",
    "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
    "DELETE FROM audit_event",
])
def test_the_log_refuses_updates_and_deletes(workspace, statement):
    clients.create_client(workspace, PersonInput(first_name="Logged"))
    before = _all_events(workspace)
    with pytest.raises(DBAPIError, match="append-only"):
        with workspace.write() as s:
            s.execute(text(statement))
    assert _all_events(workspace) == before


def test_tampering_is_found_by_verify(workspace):
    for n in range(5):
        clients.create_client(workspace, PersonInput(first_name=f"Client{n}"))
    events = _all_events(workspace)
    assert audit.verify(workspace).ok
    victim = events[len(events) // 2][0]

    # Someone with the key edits the file behind the app's back.
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET details = '{\"fields\": []}' WHERE id = ?",
                             (victim,))

    report = audit.verify(workspace)
    assert report.ok is False
    assert report.first_broken_id == victim
    assert report.checked == victim - events[0][0]
