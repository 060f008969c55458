"""Running an import as one batch that can be undone (undo_import, in import_undo.py, is
re-exported here), and the list of past imports.

`run_import` writes a DryRun (csv_import.plan_import) in chunks of `CHUNK` rows, one
transaction each, so a progress bar can move and the workspace stays usable; every chunk
records in `import_batch_item` what it created and, for updated people, the values it replaced,
in the same transaction as the change itself. So the batch always describes exactly what is in
the file, even after a crash mid-import (the batch is then left "running" and can be undone).

Cancelling (`cancel_event` set) stops before the next chunk and rolls the batch back: what the
earlier chunks wrote is undone and the batch removed, then `Cancelled` is raised. Nothing of a
cancelled import remains.

Runs on any thread (give it the workspace; it opens its own sessions per chunk).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import linking
from app.services import audit, people, tags
from app.store.models import (
    ClientStatus,
    CustomField,
    CustomFieldValue,
    CustomSection,
    EmailAccount,
    EmailAddress,
    ImportBatch,
    ImportBatchItem,
    ImportStatus,
    Person,
    PhoneNumber,
    Tag,
    client_tag,
    utcnow,
)
from app.transfer.csv_import import Choice, DryRun, ImportRow
from app.transfer.import_undo import UndoResult, roll_back, undo_import  # noqa: F401  (API)
from app.transfer.progress import Cancelled, ProgressCallback

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.workspace import Workspace

CHUNK = 250


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int  # duplicates left out
    invalid: int  # rows refused by the dry run


@dataclass(frozen=True)
class ImportBatchView:
    id: int
    kind: str
    source_name: str
    status: str  # ImportStatus: running (interrupted), completed, undone
    started_at: dt.datetime
    finished_at: dt.datetime | None
    undone_at: dt.datetime | None
    created_count: int
    updated_count: int
    skipped_count: int
    invalid_count: int

    @property
    def can_undo(self) -> bool:
        return self.status in (ImportStatus.RUNNING, ImportStatus.COMPLETED)


def _actions(plan: DryRun, choices: dict[int, str] | None) -> tuple[list[ImportRow], list[tuple[ImportRow, int]], int]:
    dups = {d.row: d for d in plan.duplicates}
    create, update, skipped = [], [], 0
    for r in plan.rows:
        if not r.valid:
            continue
        d = dups.get(r.index)
        choice = (choices or {}).get(r.index, d.default) if d else Choice.IMPORT
        if d and choice not in d.options:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose what to do with each duplicate."))
        if choice == Choice.SKIP:
            skipped += 1
        elif choice == Choice.UPDATE:
            update.append((r, d.existing_id))
        else:
            create.append(r)
    return create, update, skipped


def run_import(ws: Workspace, plan: DryRun, choices: dict[int, str] | None = None, *,
               on_progress: ProgressCallback | None = None,
               cancel_event: threading.Event | None = None) -> ImportResult:
    """Write the plan: valid rows are created, duplicates follow `choices` (row index →
    Choice; default skip). `on_progress(done, total)` after each chunk. Raises Cancelled."""
    create, update, skipped = _actions(plan, choices)
    total = len(create) + len(update)
    with ws.write() as s:
        batch = ImportBatch(kind=plan.kind, source_name=plan.source_name[:500],
                            status=ImportStatus.RUNNING, skipped_count=skipped,
                            invalid_count=len(plan.invalid_rows))
        s.add(batch)
        s.flush()
        field_ids, tag_ids, created_defs = _definitions(s, plan)
        batch.created_definitions = created_defs
        audit.record(s, "import.start", "import_batch", batch.id, {"kind": plan.kind, "rows": total})
        batch_id = batch.id
    if on_progress:
        on_progress(0, total)
    work: list[tuple[ImportRow, int | None]] = [(r, None) for r in create] + update
    done = 0
    for start in range(0, len(work), CHUNK):
        if cancel_event is not None and cancel_event.is_set():
            roll_back(ws, batch_id)
            raise Cancelled()
        with ws.write() as s:
            _write_chunk(s, plan.kind, batch_id, work[start:start + CHUNK], field_ids, tag_ids)
        done += len(work[start:start + CHUNK])
        if on_progress:
            on_progress(done, total)
    if cancel_event is not None and cancel_event.is_set():
        roll_back(ws, batch_id)
        raise Cancelled()
    with ws.write() as s:
        batch = s.get(ImportBatch, batch_id)
        batch.status, batch.finished_at = ImportStatus.COMPLETED, utcnow()
        audit.record(s, "import.finish", "import_batch", batch_id,
                     {"created": len(create), "updated": len(update), "skipped": skipped})
    return ImportResult(batch_id, len(create), len(update), skipped, len(plan.invalid_rows))


def _definitions(s: Session, plan: DryRun) -> tuple[dict[str, int], dict[str, int], dict[str, list[int]]]:
    """Create the new custom fields (and their sections) and tags the plan needs."""
    created: dict[str, list[int]] = {"sections": [], "fields": [], "tags": []}
    all_sections = list(s.scalars(select(CustomSection)))
    sections = {(sec.name or "").casefold(): sec for sec in all_sections if not sec.builtin}
    builtins = {sec.builtin: sec for sec in all_sections if sec.builtin}
    field_ids: dict[str, int] = {}
    for i, nf in enumerate(plan.new_fields):
        sec = builtins.get(nf.builtin_section) or sections.get(nf.section.casefold())
        if sec is None:
            pos = (s.scalar(select(func.max(CustomSection.position))) or 0) + 1
            sec = CustomSection(name=nf.section[:120], position=pos)
            s.add(sec)
            s.flush()
            sections[nf.section.casefold()] = sec
            created["sections"].append(sec.id)
            audit.record(s, "create", "custom_section", sec.id, {"import": True})
        pos = (s.scalar(select(func.max(CustomField.position))
                        .where(CustomField.section_id == sec.id)) or 0) + 1
        options = list(nf.options) if nf.options else None
        fld = CustomField(section_id=sec.id, label=nf.label[:200], field_type=nf.field_type,
                          options=options if options and len(options) >= 1 else None, position=pos)
        s.add(fld)
        s.flush()
        field_ids[f"n{i}"] = fld.id
        created["fields"].append(fld.id)
        audit.record(s, "create", "custom_field", fld.id, {"import": True})
    tag_ids = {t.name.casefold(): t.id for t in s.scalars(select(Tag))}
    count = len(tag_ids)
    for name in plan.new_tags:
        if name.casefold() in tag_ids:
            continue
        tag = Tag(name=name, color=tags.PALETTE[count % len(tags.PALETTE)])
        count += 1
        s.add(tag)
        s.flush()
        tag_ids[name.casefold()] = tag.id
        created["tags"].append(tag.id)
        audit.record(s, "create", "tag", tag.id, {"import": True})
    return field_ids, tag_ids, created


def _field_id(key: str, field_ids: dict[str, int]) -> int:
    return field_ids[key] if key.startswith("n") else int(key[1:])


def _write_chunk(s: Session, kind: str, batch_id: int, work: list[tuple[ImportRow, int | None]],
                 field_ids: dict[str, int], tag_ids: dict[str, int]) -> None:
    events: list[tuple[str, str, int | None, dict[str, Any] | None]] = []
    has_mail = s.scalar(select(EmailAccount.id).limit(1)) is not None
    updated = 0
    for row, existing_id in work:
        if existing_id is None:
            continue
        person = people.load(s, existing_id, kind)
        wanted_tags = [tag_ids[t.casefold()] for t in row.tags]
        previous, old_emails = _update(s, person, row, dict(row.values), wanted_tags, field_ids)
        s.add(ImportBatchItem(batch_id=batch_id, person_id=person.id, action="updated",
                              previous=previous))
        events.append(("update", kind, person.id, {
            "import_batch": batch_id, "fields": sorted(previous.get("fields", {})),
            "custom_fields": sorted(previous.get("custom", {}))}))
        updated += 1
        if "emails" in previous.get("fields", {}) and has_mail:
            linking.person_addresses_changed(s, person.id, old_emails)
    created = [row for row, existing_id in work if existing_id is None]
    if created:
        ids = _insert_people(s, kind, created, field_ids, tag_ids, batch_id)
        events += [("create", kind, pid, {"import_batch": batch_id}) for pid in ids]
        addresses = [a.lower() for row in created for a in row.values.get("emails", [])]
        if has_mail and addresses:
            for pid, row in zip(ids, created, strict=True):
                if row.values.get("emails"):
                    linking.link_person(s, pid)
            linking.queue_history_search(s, addresses)
    audit.record_many(s, events)
    batch = s.get(ImportBatch, batch_id)
    batch.created_count += len(created)
    batch.updated_count += updated


def _insert_people(s: Session, kind: str, rows: list[ImportRow], field_ids: dict[str, int],
                   tag_ids: dict[str, int], batch_id: int) -> list[int]:
    """New people as people.create would write them (same validated values, search and sort
    keys from people.search_text / people.sort_name), in a few multi-row INSERTs: the ORM unit
    of work would take several times longer for thousands of rows."""
    now = utcnow()
    person_rows = []
    for row in rows:
        v = row.values
        values: dict[str, Any] = {f: v.get(f, "") for f in people.TEXT_FIELDS}
        emails = [SimpleNamespace(address=a) for a in v.get("emails", [])]
        phones = [SimpleNamespace(number=n) for n in v.get("phones", [])]
        keys = SimpleNamespace(**values, emails=emails, phones=phones)
        person_rows.append(values | {
            "kind": kind, "date_of_birth": v.get("date_of_birth"),
            "status": v.get("status", ClientStatus.ACTIVE.value) if kind == "client"
            else ClientStatus.ACTIVE.value,
            "search_text": people.search_text(keys), "sort_name": people.sort_name(keys),
            "deleted_at": None, "created_at": now, "updated_at": now})
    ids = list(s.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True),
                         person_rows))
    emails, phones, tag_links, values_, items = [], [], [], [], []
    for pid, row in zip(ids, rows, strict=True):
        emails += [{"person_id": pid, "address": a, "address_lower": a.lower(), "label": "",
                    "position": i} for i, a in enumerate(row.values.get("emails", []))]
        phones += [{"person_id": pid, "number": n, "label": "", "position": i}
                   for i, n in enumerate(row.values.get("phones", []))]
        if kind == "client":
            tag_links += [{"person_id": pid, "tag_id": t}
                          for t in dict.fromkeys(tag_ids[name.casefold()] for name in row.tags)]
        values_ += [{"person_id": pid, "field_id": _field_id(key, field_ids), "value": value}
                    for key, value in row.custom.items()]
        items.append({"batch_id": batch_id, "person_id": pid, "action": "created",
                      "previous": None})
    for model, data in ((EmailAddress, emails), (PhoneNumber, phones), (client_tag, tag_links),
                        (CustomFieldValue, values_), (ImportBatchItem, items)):
        if data:
            s.execute(insert(model), data)
    return ids


def _update(s: Session, person: Person, row: ImportRow, values: dict[str, Any],
            wanted_tags: list[int], field_ids: dict[str, int]) -> tuple[dict[str, Any], list[str]]:
    """Write a row onto an existing person (addresses, phones and tags are added to theirs);
    returns the values replaced, for undo."""
    old_emails = [e.address_lower for e in person.emails]
    if "emails" in values:
        have = [e.address for e in person.emails]
        values["emails"] = have + [e for e in values["emails"] if e.lower() not in old_emails]
    if "phones" in values:
        have = [p.number for p in person.phones]
        values["phones"] = have + [p for p in values["phones"] if p not in have]
    if person.kind == "client" and wanted_tags:
        values["tag_ids"] = sorted({t.id for t in person.tags} | set(wanted_tags))
    else:
        values.pop("tag_ids", None)
    if person.kind != "client":
        values.pop("status", None)
    before = _snapshot(person)
    changed = people.apply(s, person, values)
    previous: dict[str, Any] = {"fields": {k: before[k] for k in
                                           (("tag_ids" if c == "tags" else c) for c in changed)}}
    current = {v.field_id: v for v in s.scalars(select(CustomFieldValue)
                                                .where(CustomFieldValue.person_id == person.id))}
    custom_prev: dict[str, Any] = {}
    for key, value in row.custom.items():
        fid = _field_id(key, field_ids)
        old = current.get(fid)
        if old is None:
            s.add(CustomFieldValue(person_id=person.id, field_id=fid, value=value))
            custom_prev[str(fid)] = None
        elif old.value != value:
            custom_prev[str(fid)] = old.value
            old.value = value
    if custom_prev:
        previous["custom"] = custom_prev
    return previous, old_emails


def _snapshot(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {f: getattr(person, f) for f in people.TEXT_FIELDS}
    out["status"] = person.status
    out["date_of_birth"] = person.date_of_birth.isoformat() if person.date_of_birth else None
    out["emails"] = [e.address for e in person.emails]
    out["phones"] = [p.number for p in person.phones]
    out["tag_ids"] = sorted(t.id for t in person.tags)
    return out


def list_import_batches(ws: Workspace) -> list[ImportBatchView]:
    """Imports, newest first (cancelled ones leave none)."""
    with ws.read() as s:
        return [ImportBatchView(b.id, b.kind, b.source_name, b.status, b.started_at,
                                b.finished_at, b.undone_at, b.created_count, b.updated_count,
                                b.skipped_count, b.invalid_count)
                for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))]
