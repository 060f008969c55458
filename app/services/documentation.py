"""A client's Documentation tab: notes, filled-in forms and files in one list, newest first,
plus what the notes, forms and files services share (kinds, statuses, the client check, the
practice's "today").

`list_documentation` reads only list columns (never a file's bytes or a note's body).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import doc_index, people, validation
from app.services.appointments import practice_zone
from app.store.models import FormResponse, Note, NoteStatus, Person, PersonKind, StoredFile

if TYPE_CHECKING:
    from app.workspace import Workspace

KIND_NOTE, KIND_FORM, KIND_FILE = "note", "form", "file"
KINDS = (KIND_NOTE, KIND_FORM, KIND_FILE)
KIND_LABELS = {
    KIND_NOTE: QT_TRANSLATE_NOOP("Core", "Note"),
    KIND_FORM: QT_TRANSLATE_NOOP("Core", "Form"),
    KIND_FILE: QT_TRANSLATE_NOOP("Core", "File"),
}
STATUS_DRAFT, STATUS_COMPLETED, STATUS_SHARED = "draft", "completed", "shared"
STATUS_LABELS = {
    STATUS_DRAFT: QT_TRANSLATE_NOOP("Core", "Draft"),
    STATUS_COMPLETED: QT_TRANSLATE_NOOP("Core", "Completed"),
    STATUS_SHARED: QT_TRANSLATE_NOOP("Core", "Shared"),
}


# --- shared helpers ---------------------------------------------------------------------------


def require_client(session: Session, client_id: int) -> Person:
    """The client documents are written for: it must exist and not be in the trash."""
    person = session.get(Person, client_id)
    if person is None or person.kind != PersonKind.CLIENT.value:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
    if person.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This client is in the trash. Restore the client to add documentation."))
    return person


def client_name(session: Session, client_id: int) -> str:
    row = session.execute(select(Person.first_name, Person.last_name, Person.preferred_name)
                          .where(Person.id == client_id)).first()
    return people.display_name(*row) if row else ""


def practice_today(session: Session) -> dt.date:
    return dt.datetime.now(practice_zone(session)).date()


def local_date(session: Session, at: dt.datetime | None) -> dt.date | None:
    return None if at is None else at.astimezone(practice_zone(session)).date()


def note_status(status: str, is_shared: bool) -> str:
    if status == NoteStatus.COMPLETED.value:
        return STATUS_SHARED if is_shared else STATUS_COMPLETED
    return STATUS_DRAFT


# --- the tab's list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DocItem:
    """One row of the Documentation tab."""

    kind: str  # KIND_NOTE, KIND_FORM or KIND_FILE
    id: int
    client_id: int
    title: str  # note title, form name, file name
    date: dt.date  # note date; day the form was filled in; day the file was added
    status: str  # notes: draft/completed/shared; forms: completed; files: ""
    created_at: dt.datetime
    updated_at: dt.datetime
    size: int | None = None  # files, in bytes
    mime_type: str = ""  # files
    duplicate_of: int | None = None  # files: an earlier file of this client with the same bytes
    deleted_at: dt.datetime | None = None
    delete_reason: str = ""  # trashed completed notes


def _wanted(kinds: Iterable[str] | None) -> set[str]:
    wanted = set(kinds or KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown documentation kinds: {sorted(unknown)}")
    return wanted


def list_documentation(ws: Workspace, client_id: int, kinds: Iterable[str] | None = None,
                       text: str | None = None, *, trashed: bool = False) -> list[DocItem]:
    """Notes, forms and files of a client, newest first (by their date, then by when they were
    made). `kinds` filters by kind; `text` keeps items whose title or words contain every word
    typed (accents ignored, word starts match); `trashed=True` lists the trash instead."""
    wanted = _wanted(kinds)
    items: list[DocItem] = []
    with ws.read() as s:
        # The trash is not indexed: there, titles are filtered below.
        found = doc_index.matching_ids(s, text or "", client_id) if not trashed else None

        def keep(kind: str, item_id: int) -> bool:
            return found is None or item_id in found[kind]

        in_trash = (lambda col: col.is_not(None)) if trashed else (lambda col: col.is_(None))
        if KIND_NOTE in wanted:
            q = (select(Note.id, Note.title, Note.note_date, Note.status, Note.is_shared,
                        Note.created_at, Note.updated_at, Note.deleted_at, Note.delete_reason)
                 .where(Note.client_id == client_id, in_trash(Note.deleted_at)))
            for nid, title, day, status, shared, created, updated, deleted, reason in s.execute(q):
                if keep(KIND_NOTE, nid):
                    items.append(DocItem(KIND_NOTE, nid, client_id, title, day,
                                         note_status(status, shared), created, updated,
                                         deleted_at=deleted, delete_reason=reason or ""))
        if KIND_FORM in wanted:
            q = (select(FormResponse.id, FormResponse.title, FormResponse.completed_at,
                        FormResponse.created_at, FormResponse.updated_at, FormResponse.deleted_at)
                 .where(FormResponse.client_id == client_id, in_trash(FormResponse.deleted_at)))
            for fid, title, completed, created, updated, deleted in s.execute(q):
                if keep(KIND_FORM, fid):
                    items.append(DocItem(KIND_FORM, fid, client_id, title,
                                         local_date(s, completed or created), STATUS_COMPLETED,
                                         created, updated, deleted_at=deleted))
        if KIND_FILE in wanted:
            q = (select(StoredFile.id, StoredFile.name, StoredFile.mime_type, StoredFile.size,
                        StoredFile.sha256, StoredFile.created_at, StoredFile.updated_at,
                        StoredFile.deleted_at)
                 .where(StoredFile.client_id == client_id).order_by(StoredFile.id))
            first_with: dict[str, int] = {}
            for fid, name, mime, size, sha, created, updated, deleted in s.execute(q):
                # Like files.get_file: the earliest file not in the trash with the same bytes.
                original = first_with.setdefault(sha, fid) if deleted is None else fid
                if (deleted is not None) != trashed or not keep(KIND_FILE, fid):
                    continue
                items.append(DocItem(KIND_FILE, fid, client_id, name, local_date(s, created), "",
                                     created, updated, size=size, mime_type=mime,
                                     duplicate_of=original if original != fid else None,
                                     deleted_at=deleted))
    if text and trashed:
        words = [validation.fold(w) for w in text.split()]
        items = [i for i in items if all(w in validation.fold(i.title) for w in words)]
    items.sort(key=lambda i: (i.date, i.created_at, i.id), reverse=True)
    return items
