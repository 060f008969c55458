"""Clinical notes on a real encrypted workspace: private drafts, autosave, completion freezing
the body, addenda that never touch the original, sharing, duplicating, deleting drafts,
trashing completed notes with a reason, and the Documentation tab's merged list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.errors import NotFoundError, ValidationError
from app.services import audit, clients, files, forms, notes, search, templates
from app.services.appointments import AppointmentInput, book
from app.services.notes import NoteInput
from app.services.people import PersonInput

DAY = dt.date(2026, 11, 20)


def _client(ws, first="Marta", last="Ruiz") -> int:
    return clients.create_client(ws, PersonInput(first_name=first, last_name=last))


def _draft(ws, cid, title="Session 3", body="<p>Worked on <b>sleep</b> hygiene.</p>", **kw):
    return notes.create_note(ws, cid, NoteInput(title, kw.pop("day", DAY), body, **kw))


def _stored_body(ws, note_id) -> bytes:
    """The body exactly as stored, read with SQL (no service in between)."""
    with ws.read() as s:
        return s.execute(text("SELECT CAST(body_html AS BLOB) FROM note WHERE id = :i"),
                         {"i": note_id}).scalar_one()


def _actions(ws, note_id) -> list[str]:
    return [e.action for e in reversed(audit.list_events(ws, entity_type="note", entity_id=note_id))]


def test_a_new_note_is_a_private_draft_and_autosave_keeps_it_sanitized(workspace):
    cid = _client(workspace)
    note = _draft(workspace, cid, body='<p onclick="steal()">Hello<script>alert(1)</script></p>')
    assert (note.status, note.display_status, note.is_shared, note.editable) == (
        "draft", "draft", False, True)
    assert note.body_html == "<p>Hello</p>"
    assert note.client_name == "Marta Ruiz"

    saved = notes.save_draft(workspace, note.id, NoteInput(
        "Session 3 (edited)", DAY, '<p>Better <img src="https://tracker.example/p.gif">now</p>'))
    assert saved.title == "Session 3 (edited)"
    assert saved.body_html == "<p>Better now</p>"
    assert notes.get_note(workspace, note.id).body_html == "<p>Better now</p>"
    # Autosaves are not audited one by one; creation is.
    assert _actions(workspace, note.id) == ["create"]


def test_complete_then_amend_keeps_the_original_byte_for_byte(workspace):
    cid = _client(workspace)
    note = _draft(workspace, cid, body="<h2>Plan</h2><p>Café & “quotes” — <i>as typed</i></p>")
    done = notes.complete(workspace, note.id, by="Dr. Ana Lopes")
    assert done.status == "completed" and done.completed_by == "Dr. Ana Lopes"
    assert done.completed_at is not None and done.editable is False
    original = _stored_body(workspace, note.id)

    with pytest.raises(ValidationError, match="Add an addendum"):
        notes.save_draft(workspace, note.id, NoteInput("Changed", DAY, "<p>rewritten</p>"))
    first = notes.add_addendum(workspace, note.id, "<p>Correction: the plan starts <b>Monday</b>.</p>")
    second = notes.add_addendum(workspace, note.id, "<p>Second thought.</p>", by="Locum")

    assert _stored_body(workspace, note.id) == original
    got = notes.get_note(workspace, note.id)
    assert got.title == "Session 3" and got.status == "completed"
    assert [a.id for a in got.addenda] == [first.id, second.id]
    assert got.addenda[0].body_html == "<p>Correction: the plan starts <b>Monday</b>.</p>"
    assert got.addenda[0].created_by == "Test practice"  # no name given: the practice's
    assert got.addenda[1].created_by == "Locum"
    assert got.addenda[0].created_at <= got.addenda[1].created_at
    assert _actions(workspace, note.id) == ["create", "complete", "addendum", "addendum"]


def test_completion_and_addenda_refuse_what_does_not_make_sense(workspace):
    cid = _client(workspace)
    untitled = _draft(workspace, cid, title="  ")
    with pytest.raises(ValidationError) as exc:
        notes.complete(workspace, untitled.id)
    assert exc.value.field == "title"
    empty = _draft(workspace, cid, body="<p><br></p>")
    with pytest.raises(ValidationError, match="empty"):
        notes.complete(workspace, empty.id)
    draft = _draft(workspace, cid)
    with pytest.raises(ValidationError, match="completed notes"):
        notes.add_addendum(workspace, draft.id, "<p>too early</p>")
    notes.complete(workspace, draft.id)
    with pytest.raises(ValidationError, match="empty"):
        notes.add_addendum(workspace, draft.id, "<script>only()</script>")
    with pytest.raises(ValidationError):
        notes.complete(workspace, draft.id)  # twice
    with pytest.raises(NotFoundError):
        notes.get_note(workspace, 9999)


def test_a_note_links_only_to_its_own_clients_appointment(workspace):
    cid, other = _client(workspace), _client(workspace, "Other", "Person")
    start = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    (appt,) = book(workspace, AppointmentInput(cid, start, 50))
    (foreign,) = book(workspace, AppointmentInput(other, start + dt.timedelta(hours=2), 50))
    note = _draft(workspace, cid, appointment_id=appt)
    assert note.appointment_id == appt
    assert [n.id for n in notes.notes_for_appointment(workspace, appt)] == [note.id]
    with pytest.raises(ValidationError) as exc:
        _draft(workspace, cid, appointment_id=foreign)
    assert exc.value.field == "appointment_id"


def test_share_marks_when_and_is_audited_and_unshare_reverts(workspace):
    cid = _client(workspace)
    note = _draft(workspace, cid)
    with pytest.raises(ValidationError, match="completed"):
        notes.share(workspace, note.id)
    notes.complete(workspace, note.id)
    before = dt.datetime.now(dt.UTC)
    shared = notes.share(workspace, note.id)
    assert shared.is_shared and shared.display_status == "shared"
    assert before <= shared.shared_at <= dt.datetime.now(dt.UTC)
    (item,) = notes.list_documentation(workspace, cid)
    assert item.status == "shared"
    back = notes.unshare(workspace, note.id)
    assert (back.is_shared, back.shared_at, back.display_status) == (False, None, "completed")
    assert _actions(workspace, note.id) == ["create", "complete", "share", "unshare"]
    share_event = next(e for e in audit.list_events(workspace, entity_type="note")
                       if e.action == "share")
    assert share_event.details == {"client_id": cid}


def test_duplicate_makes_a_new_draft_dated_today_without_addenda(workspace):
    cid = _client(workspace)
    note = _draft(workspace, cid, day=dt.date(2025, 1, 7))
    notes.complete(workspace, note.id)
    notes.add_addendum(workspace, note.id, "<p>later</p>")
    copy = notes.duplicate(workspace, note.id)
    assert copy.id != note.id and copy.status == "draft" and copy.addenda == ()
    assert (copy.title, copy.body_html) == (note.title, note.body_html)
    assert copy.note_date != dt.date(2025, 1, 7)
    assert audit.list_events(workspace, entity_type="note", entity_id=copy.id)[0].details == {
        "client_id": cid, "duplicate_of": note.id}


def test_drafts_are_deleted_completed_notes_are_trashed_with_a_reason(workspace):
    cid = _client(workspace)
    draft = _draft(workspace, cid, title="Scratch")
    done = _draft(workspace, cid, title="Session 1")
    notes.complete(workspace, done.id)

    with pytest.raises(ValidationError, match="cannot be deleted"):
        notes.delete_draft(workspace, done.id)
    with pytest.raises(ValidationError, match="deleted, not trashed"):
        notes.trash_completed(workspace, draft.id, "mistake")
    notes.delete_draft(workspace, draft.id)
    with pytest.raises(NotFoundError):
        notes.get_note(workspace, draft.id)
    assert audit.list_events(workspace, entity_type="note", entity_id=draft.id)[0].action == "delete"

    with pytest.raises(ValidationError) as exc:
        notes.trash_completed(workspace, done.id, "   ")
    assert exc.value.field == "reason"
    trashed = notes.trash_completed(workspace, done.id, "Written in the wrong client's record")
    assert trashed.deleted_at is not None
    assert trashed.delete_reason == "Written in the wrong client's record"
    event = audit.list_events(workspace, entity_type="note", entity_id=done.id)[0]
    assert (event.action, event.details["reason"]) == ("trash", "Written in the wrong client's record")
    assert notes.list_documentation(workspace, cid) == []
    assert [i.id for i in notes.list_documentation(workspace, cid, trashed=True)] == [done.id]
    assert search.search_documentation(workspace, "sleep") == []
    with pytest.raises(ValidationError, match="trash"):
        notes.add_addendum(workspace, done.id, "<p>x</p>")

    restored = notes.restore(workspace, done.id)
    assert restored.deleted_at is None and restored.delete_reason == ""
    assert [h.id for h in search.search_documentation(workspace, "sleep")] == [done.id]
    assert audit.verify(workspace).ok


def test_the_documentation_list_merges_kinds_newest_first_with_filters(workspace):
    cid = _client(workspace)
    old = _draft(workspace, cid, title="First contact", day=dt.date(2025, 3, 1),
                 body="<p>Referred by her GP for insomnia.</p>")
    notes.complete(workspace, old.id)
    recent = _draft(workspace, cid, title="Session 2", day=dt.date.today(),
                    body="<p>Discussed the breathing exercise.</p>")
    form_tpl = templates.list_form_templates(workspace)[0]
    answers = {"date_of_birth": "1990-01-02", "emergency_contact": "Luis 600 111 222",
               "reason": "Insomnia since the move", "impact": 6, "self_harm": False,
               "consent": True, "signature": {"name": "Marta Ruiz", "date": "2026-11-20"}}
    filled = forms.fill_form(workspace, cid, form_tpl.id, answers,
                             completed_at=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC))
    upload = files.add_file(workspace, cid, "referral letter.pdf", b"%PDF-1.4 letter")

    items = notes.list_documentation(workspace, cid)
    assert [(i.kind, i.id) for i in items] == [
        ("file", upload.id), ("note", recent.id), ("form", filled.id), ("note", old.id)]
    assert [i.status for i in items] == ["", "draft", "completed", "completed"]
    assert items[0].size == len(b"%PDF-1.4 letter") and items[0].mime_type == "application/pdf"
    assert items[2].title == "Intake form" and items[2].date == dt.date(2025, 6, 1)

    assert [i.kind for i in notes.list_documentation(workspace, cid, kinds=["note"])] == ["note", "note"]
    assert {(i.kind, i.id) for i in notes.list_documentation(workspace, cid, text="insomn")} == {
        ("note", old.id), ("form", filled.id)}
    assert [i.id for i in notes.list_documentation(workspace, cid, text="letter")] == [upload.id]
    assert notes.list_documentation(workspace, cid, text="breathing exer")[0].id == recent.id
    other = _client(workspace, "Luis", "Mora")
    assert notes.list_documentation(workspace, other, text="insomnia") == []


def test_erasing_a_client_leaves_no_words_in_the_search_index(workspace):
    cid = _client(workspace)
    note = _draft(workspace, cid, body="<p>Xylophonist with stage fright.</p>")
    notes.complete(workspace, note.id)
    notes.add_addendum(workspace, note.id, "<p>Quetzalcoatl dream.</p>")
    files.add_file(workspace, cid, "zanzibar.txt", b"x")
    assert len(search.search_documentation(workspace, "quetzalcoatl")) == 1
    clients.trash_client(workspace, cid)
    assert search.search_documentation(workspace, "quetzalcoatl") == []  # trashed client
    with pytest.raises(ValidationError, match="trash"):
        _draft(workspace, cid)
    clients.delete_client_permanently(workspace, cid)
    with workspace.read() as s:
        assert s.execute(text("SELECT count(*) FROM doc_search")).scalar() == 0
        blob = b"".join(r[0] or b"" for r in s.execute(text("SELECT block FROM doc_search_data")))
    assert b"quetzalcoatl" not in blob and b"xylophonist" not in blob
