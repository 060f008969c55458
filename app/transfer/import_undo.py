"""Undoing an import batch (import_batches.run_import): the people it created are removed,
the people it updated get back the values it replaced, and custom fields, sections and tags it
created go when nothing uses them any more. Also used to roll a cancelled import back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, exists, select

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import linking
from app.services import audit, people
from app.store.models import (
    Appointment,
    CustomField,
    CustomFieldValue,
    CustomSection,
    FormResponse,
    ImportBatch,
    ImportBatchItem,
    ImportStatus,
    Invoice,
    Note,
    Payment,
    Person,
    StoredFile,
    Tag,
    client_tag,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.transfer.progress import ProgressCallback
    from app.workspace import Workspace

CHUNK = 250


@dataclass(frozen=True)
class UndoResult:
    removed: int  # people the import created, now removed
    restored: int  # people it updated, given back their previous values
    kept: tuple[int, ...]  # created people kept: they have notes, appointments, invoices... since


# --- undo -------------------------------------------------------------------------------------


def undo_import(ws: Workspace, batch_id: int, *, on_progress: ProgressCallback | None = None) -> UndoResult:
    """Remove the people the batch created and give the people it updated their previous
    values back (fields the import did not change are left as they are now). A created person
    who has since got notes, forms, files, appointments, invoices or payments is kept (listed
    in `kept`). Custom fields, sections and tags the import created go too when unused."""
    with ws.read() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This import no longer exists."))
        if batch.status not in (ImportStatus.RUNNING, ImportStatus.COMPLETED):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "This import was already undone."))
    result = _undo(ws, batch_id, on_progress)
    with ws.write() as s:
        batch = s.get(ImportBatch, batch_id)
        batch.status, batch.undone_at = ImportStatus.UNDONE, utcnow()
        audit.record(s, "import.undo", "import_batch", batch_id,
                     {"removed": result.removed, "restored": result.restored,
                      "kept": list(result.kept)})
    return result


def roll_back(ws: Workspace, batch_id: int) -> None:
    _undo(ws, batch_id, None)
    with ws.write() as s:
        s.execute(delete(ImportBatch).where(ImportBatch.id == batch_id))
        audit.record(s, "import.cancel", "import_batch", batch_id)


def _undo(ws: Workspace, batch_id: int, on_progress: ProgressCallback | None) -> UndoResult:
    with ws.read() as s:
        kind = s.scalar(select(ImportBatch.kind).where(ImportBatch.id == batch_id))
        created = list(s.scalars(select(ImportBatchItem.person_id).where(
            ImportBatchItem.batch_id == batch_id, ImportBatchItem.action == "created")
            .order_by(ImportBatchItem.id)))
        updated = [(i.person_id, i.previous) for i in s.scalars(select(ImportBatchItem).where(
            ImportBatchItem.batch_id == batch_id, ImportBatchItem.action == "updated")
            .order_by(ImportBatchItem.id.desc()))]
    total, done, kept, removed = len(created) + len(updated), 0, [], 0
    for start in range(0, len(created), CHUNK):
        ids = created[start:start + CHUNK]
        with ws.write() as s:
            busy = set()
            for col in (Note.client_id, FormResponse.client_id, StoredFile.client_id,
                        Appointment.client_id, Invoice.client_id, Payment.client_id):
                busy |= set(s.scalars(select(col).where(col.in_(ids)).distinct()))
            gone = [i for i in ids if i not in busy]
            kept += [i for i in ids if i in busy]
            s.execute(delete(Person).where(Person.id.in_(gone)))
            audit.record_many(s, [("delete", kind, i, {"import_batch": batch_id, "undo": True})
                                  for i in gone])
            removed += len(gone)
        done += len(ids)
        if on_progress:
            on_progress(done, total)
    for start in range(0, len(updated), CHUNK):
        with ws.write() as s:
            for person_id, previous in updated[start:start + CHUNK]:
                _restore(s, person_id, previous or {})
                audit.record(s, "update", kind, person_id, {"import_batch": batch_id, "undo": True})
        done += len(updated[start:start + CHUNK])
        if on_progress:
            on_progress(done, total)
    with ws.write() as s:
        _drop_unused_definitions(s, batch_id)
    return UndoResult(removed, len(updated), tuple(kept))


def _restore(s: Session, person_id: int, previous: dict[str, Any]) -> None:
    person = s.get(Person, person_id)
    if person is None:
        return
    fields = dict(previous.get("fields") or {})
    if fields.get("date_of_birth"):
        fields["date_of_birth"] = dt.date.fromisoformat(fields["date_of_birth"])
    old_emails = [e.address_lower for e in person.emails]
    tag_ids = fields.pop("tag_ids", None)
    if tag_ids is not None:
        fields["tag_ids"] = [t for t in tag_ids if s.get(Tag, t) is not None]
    changed = people.apply(s, person, fields)
    for fid, old in (previous.get("custom") or {}).items():
        row = s.scalar(select(CustomFieldValue).where(CustomFieldValue.person_id == person_id,
                                                      CustomFieldValue.field_id == int(fid)))
        if old is None and row is not None:
            s.delete(row)
        elif old is not None and row is not None:
            row.value = old
        elif old is not None and s.get(CustomField, int(fid)) is not None:
            s.add(CustomFieldValue(person_id=person_id, field_id=int(fid), value=old))
    s.flush()
    if "emails" in changed:
        linking.person_addresses_changed(s, person_id, old_emails)


def _drop_unused_definitions(s: Session, batch_id: int) -> None:
    created = s.scalar(select(ImportBatch.created_definitions)
                       .where(ImportBatch.id == batch_id)) or {}
    for fid in created.get("fields", []):
        if not s.scalar(select(exists().where(CustomFieldValue.field_id == fid))):
            s.execute(delete(CustomField).where(CustomField.id == fid))
    for sid in created.get("sections", []):
        if not s.scalar(select(exists().where(CustomField.section_id == sid))):
            s.execute(delete(CustomSection).where(CustomSection.id == sid))
    for tid in created.get("tags", []):
        if not s.scalar(select(exists().where(client_tag.c.tag_id == tid))):
            s.execute(delete(Tag).where(Tag.id == tid))
