"""Clinical notes: drafts with autosave, completion (the body is frozen from then on), dated
addenda for later corrections, sharing with the client, duplicating, deleting drafts and moving
completed notes to the trash with a reason.

A completed note's body is never written again: corrections are addenda shown under it, as
clinical record-keeping requires. Every body is sanitized (app.services.html_sanitizer) before
it is stored, and the full-text index is updated in the same transaction.

Draft saves (the editor autosaves every few seconds) are not audited one by one: creating,
completing, amending, sharing, trashing, restoring and deleting are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, doc_index, validation
from app.services.documentation import (  # noqa: F401  (re-exported for callers of notes)
    DocItem,
    client_name,
    list_documentation,
    note_status,
    practice_today,
    require_client,
)
from app.services.html_sanitizer import is_blank, sanitize
from app.store.models import (
    Appointment,
    Note,
    NoteAddendum,
    NoteStatus,
    NoteTemplate,
    Practice,
    utcnow,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

MAX_TITLE = 300
# Generous: a pasted inline image is stored in the note itself.
MAX_BODY_CHARS = 10_000_000


@dataclass(frozen=True)
class NoteInput:
    title: str
    note_date: dt.date
    body_html: str
    appointment_id: int | None = None
    template_id: int | None = None


@dataclass(frozen=True)
class AddendumView:
    id: int
    note_id: int
    body_html: str
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class NoteView:
    id: int
    client_id: int
    client_name: str
    appointment_id: int | None
    template_id: int | None
    title: str
    note_date: dt.date
    body_html: str  # sanitized
    status: str  # NoteStatus: "draft" or "completed"
    completed_at: dt.datetime | None
    completed_by: str
    is_shared: bool
    shared_at: dt.datetime | None
    deleted_at: dt.datetime | None
    delete_reason: str
    created_at: dt.datetime
    updated_at: dt.datetime
    addenda: tuple[AddendumView, ...] = ()

    @property
    def display_status(self) -> str:
        """"draft", "completed" or "shared" (the Documentation tab's status)."""
        return note_status(self.status, self.is_shared)

    @property
    def is_completed(self) -> bool:
        return self.status == NoteStatus.COMPLETED.value

    @property
    def editable(self) -> bool:
        """The body may still be changed (a draft not in the trash)."""
        return not self.is_completed and self.deleted_at is None


# --- helpers ----------------------------------------------------------------------------------


def _load(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This note no longer exists."))
    return note


def _view(session: Session, note: Note, *, with_addenda: bool = True) -> NoteView:
    addenda: tuple[AddendumView, ...] = ()
    if with_addenda:
        addenda = tuple(
            AddendumView(a.id, a.note_id, a.body_html, a.created_at, a.created_by)
            for a in session.scalars(select(NoteAddendum).where(NoteAddendum.note_id == note.id)
                                     .order_by(NoteAddendum.created_at, NoteAddendum.id)))
    return NoteView(
        id=note.id, client_id=note.client_id, client_name=client_name(session, note.client_id),
        appointment_id=note.appointment_id, template_id=note.template_id, title=note.title,
        note_date=note.note_date, body_html=note.body_html, status=note.status,
        completed_at=note.completed_at, completed_by=note.completed_by,
        is_shared=bool(note.is_shared), shared_at=note.shared_at, deleted_at=note.deleted_at,
        delete_reason=note.delete_reason or "", created_at=note.created_at,
        updated_at=note.updated_at, addenda=addenda)


def _clean_body(html: str | None, field: str = "body_html") -> str:
    if html and len(html) > MAX_BODY_CHARS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This text is too long to save (over 10 MB). Remove large pasted images."),
            field=field)
    return sanitize(html)


def _checked(session: Session, client_id: int, data: NoteInput) -> dict:
    """The note's fields, validated and cleaned."""
    if data.note_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose the note's date."),
                              field="note_date")
    if not isinstance(data.note_date, dt.date):
        data = NoteInput(data.title, validation.parse_date(data.note_date, "note_date"),
                         data.body_html, data.appointment_id, data.template_id)
    if data.appointment_id is not None:
        appt_client = session.scalar(select(Appointment.client_id)
                                     .where(Appointment.id == data.appointment_id))
        if appt_client != client_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "That appointment is not one of this client's."), field="appointment_id")
    if data.template_id is not None and session.get(NoteTemplate, data.template_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "That template no longer exists."),
                              field="template_id")
    return {"title": validation.clean(data.title, MAX_TITLE), "note_date": data.note_date,
            "body_html": _clean_body(data.body_html), "appointment_id": data.appointment_id,
            "template_id": data.template_id}


def _refuse_if_completed(note: Note) -> None:
    if note.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This note is in the trash. Restore it first."))
    if note.status == NoteStatus.COMPLETED.value:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This note is completed and can no longer be changed. Add an addendum instead."))


def signer(session: Session, by: str | None) -> str:
    """Who completes or amends: as given, else the practitioner's name, else the practice's."""
    by = validation.clean(by)
    if by:
        return by
    row = session.execute(select(Practice.practitioner_name, Practice.name)).first()
    return (row[0] or row[1]) if row else ""


# --- use cases --------------------------------------------------------------------------------


def insert_note(session: Session, client_id: int, data: NoteInput) -> NoteView:
    """create_note inside the caller's transaction (new_note_from_template uses it)."""
    require_client(session, client_id)
    note = Note(client_id=client_id, status=NoteStatus.DRAFT.value, is_shared=False,
                **_checked(session, client_id, data))
    session.add(note)
    session.flush()
    doc_index.index_note(session, note)
    audit.record(session, "create", "note", note.id,
                 {"client_id": client_id, "template_id": note.template_id})
    return _view(session, note)


def create_note(ws: Workspace, client_id: int, data: NoteInput) -> NoteView:
    """A new draft, private (not shared)."""
    with ws.write() as s:
        return insert_note(s, client_id, data)


def save_draft(ws: Workspace, note_id: int, data: NoteInput) -> NoteView:
    """Replace a draft's title, date, links and body (the editor's autosave). Refused once the
    note is completed or trashed."""
    with ws.write() as s:
        note = _load(s, note_id)
        _refuse_if_completed(note)
        for name, value in _checked(s, note.client_id, data).items():
            setattr(note, name, value)
        s.flush()
        doc_index.index_note(s, note)
        return _view(s, note)


def complete(ws: Workspace, note_id: int, by: str | None = None) -> NoteView:
    """Finish a draft: records who and when; the body is read-only from now on."""
    with ws.write() as s:
        note = _load(s, note_id)
        _refuse_if_completed(note)
        if not note.title:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Give the note a title before completing it."), field="title")
        if is_blank(note.body_html):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "The note is empty. Write something before completing it."),
                field="body_html")
        note.status = NoteStatus.COMPLETED.value
        note.completed_at = utcnow()
        note.completed_by = signer(s, by)
        s.flush()
        audit.record(s, "complete", "note", note.id)
        return _view(s, note)


def add_addendum(ws: Workspace, note_id: int, body_html: str, by: str | None = None
                 ) -> AddendumView:
    """A dated correction or addition under a completed note; the original is not touched."""
    with ws.write() as s:
        note = _load(s, note_id)
        if note.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "This note is in the trash. Restore it first."))
        if note.status != NoteStatus.COMPLETED.value:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Addenda are for completed notes; a draft can still be edited."))
        body = _clean_body(body_html)
        if is_blank(body):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The addendum is empty."),
                                  field="body_html")
        addendum = NoteAddendum(note_id=note.id, body_html=body, created_at=utcnow(),
                                created_by=signer(s, by))
        s.add(addendum)
        s.flush()
        doc_index.index_note(s, note)
        audit.record(s, "addendum", "note", note.id, {"addendum_id": addendum.id})
        return AddendumView(addendum.id, note.id, addendum.body_html, addendum.created_at,
                            addendum.created_by)


def share(ws: Workspace, note_id: int) -> NoteView:
    """Mark a completed note as shared with the client (when: now). The PDF and the email are
    the caller's: app.documents.note_pdf and the composer."""
    with ws.write() as s:
        note = _load(s, note_id)
        if note.deleted_at is not None or note.status != NoteStatus.COMPLETED.value:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Only a completed note can be shared. Complete it first."))
        note.is_shared = True
        note.shared_at = utcnow()
        s.flush()
        audit.record(s, "share", "note", note.id, {"client_id": note.client_id})
        return _view(s, note)


def unshare(ws: Workspace, note_id: int) -> NoteView:
    """Back to private (what was already sent stays sent; the audit log keeps the sharing)."""
    with ws.write() as s:
        note = _load(s, note_id)
        if note.is_shared:
            note.is_shared = False
            note.shared_at = None
            s.flush()
            audit.record(s, "unshare", "note", note.id)
        return _view(s, note)


def duplicate(ws: Workspace, note_id: int) -> NoteView:
    """A new draft with the same title, template and body (not the addenda), dated today."""
    with ws.write() as s:
        src = _load(s, note_id)
        require_client(s, src.client_id)
        note = Note(client_id=src.client_id, template_id=src.template_id, title=src.title,
                    note_date=practice_today(s), body_html=src.body_html,
                    status=NoteStatus.DRAFT.value, is_shared=False)
        s.add(note)
        s.flush()
        doc_index.index_note(s, note)
        audit.record(s, "create", "note", note.id, {"client_id": note.client_id,
                                                    "duplicate_of": src.id})
        return _view(s, note)


def delete_draft(ws: Workspace, note_id: int) -> None:
    """Delete a draft for good. Completed notes cannot be deleted, only trashed with a reason."""
    with ws.write() as s:
        note = _load(s, note_id)
        if note.status == NoteStatus.COMPLETED.value:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A completed note cannot be deleted. Move it to the trash with a reason."))
        client_id = note.client_id
        s.delete(note)  # the delete trigger takes it out of the search index
        s.flush()
        audit.record(s, "delete", "note", note_id, {"client_id": client_id})


def trash_completed(ws: Workspace, note_id: int, reason: str) -> NoteView:
    """Move a completed note to the trash; the reason is required and kept in the audit log."""
    reason = " ".join((reason or "").split())[:1000]
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Say why this note is being moved to the trash."), field="reason")
    with ws.write() as s:
        note = _load(s, note_id)
        if note.status != NoteStatus.COMPLETED.value:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A draft is deleted, not trashed."))
        if note.deleted_at is not None:
            return _view(s, note)
        note.deleted_at = utcnow()
        note.delete_reason = reason
        s.flush()
        doc_index.index_note(s, note)
        audit.record(s, "trash", "note", note.id, {"client_id": note.client_id, "reason": reason})
        return _view(s, note)


def restore(ws: Workspace, note_id: int) -> NoteView:
    with ws.write() as s:
        note = _load(s, note_id)
        if note.deleted_at is None:
            return _view(s, note)
        require_client(s, note.client_id)
        note.deleted_at = None
        note.delete_reason = ""
        s.flush()
        doc_index.index_note(s, note)
        audit.record(s, "restore", "note", note.id)
        return _view(s, note)


def get_note(ws: Workspace, note_id: int) -> NoteView:
    """The note with its addenda, oldest addendum first."""
    with ws.read() as s:
        return _view(s, _load(s, note_id))


def notes_for_appointment(ws: Workspace, appointment_id: int) -> list[NoteView]:
    """Notes linked to an appointment (not trashed), oldest first, without addenda."""
    with ws.read() as s:
        q = (select(Note).where(Note.appointment_id == appointment_id, Note.deleted_at.is_(None))
             .order_by(Note.created_at, Note.id))
        return [_view(s, n, with_addenda=False) for n in s.scalars(q)]
