"""The audit trail: who did what to which record, when; append-only and hash-chained.

Events carry ids and field names, never personal values, so erasing a person leaves none of
their data here. Triggers in the schema refuse UPDATE and DELETE on the table; `verify` walks the
chain and names the first event whose hash does not match.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.store.models import AuditEvent, utcnow

if TYPE_CHECKING:
    from app.workspace import Workspace

GENESIS = "0" * 64


def _digest(prev_hash: str, at: dt.datetime, action: str, entity_type: str,
            entity_id: int | None, details: Any) -> str:
    payload = json.dumps(
        [prev_hash, at.astimezone(dt.UTC).isoformat(timespec="microseconds"), action,
         entity_type, entity_id, details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, action: str, entity_type: str, entity_id: int | None = None,
           details: dict[str, Any] | None = None) -> None:
    """Append one event inside the caller's (write) transaction."""
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev = prev or GENESIS
    # Stored at microsecond precision; hash what will be read back.
    at = utcnow()
    details = details or {}
    session.add(AuditEvent(
        at=at, action=action, entity_type=entity_type, entity_id=entity_id, details=details,
        prev_hash=prev, hash=_digest(prev, at, action, entity_type, entity_id, details),
    ))
    session.flush()


def update_fields(session: Session, obj: Any, values: dict[str, Any], entity_type: str,
                  entity_id: int | None = None) -> list[str]:
    """Set the attributes of `obj` whose value differs and record one "update" event naming
    them (none when nothing changed). Returns the changed names, sorted."""
    changed = sorted(k for k, v in values.items() if getattr(obj, k) != v)
    for k in changed:
        setattr(obj, k, values[k])
    if changed:
        session.flush()
        record(session, "update", entity_type, obj.id if entity_id is None else entity_id,
               {"fields": changed})
    return changed


def record_many(session: Session,
                events: Iterable[tuple[str, str, int | None, dict[str, Any] | None]]) -> None:
    """Append several events (action, entity_type, entity_id, details) in one go: the same
    chain as calling `record` for each, with one read of the last hash (bulk imports)."""
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev = prev or GENESIS
    rows = []
    for action, entity_type, entity_id, details in events:
        at = utcnow()
        details = details or {}
        digest = _digest(prev, at, action, entity_type, entity_id, details)
        rows.append({"at": at, "action": action, "entity_type": entity_type,
                     "entity_id": entity_id, "details": details, "prev_hash": prev,
                     "hash": digest})
        prev = digest
    if rows:
        session.execute(insert(AuditEvent), rows)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    action: str
    entity_type: str
    entity_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None


def verify(ws: Workspace) -> ChainReport:
    prev = GENESIS
    checked = 0
    with ws.read() as s:
        for ev in s.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
            expected = _digest(prev, ev.at, ev.action, ev.entity_type, ev.entity_id, ev.details)
            if ev.prev_hash != prev or ev.hash != expected:
                return ChainReport(False, checked, ev.id)
            prev = ev.hash
            checked += 1
    return ChainReport(True, checked)


def list_events(ws: Workspace, *, entity_type: str | None = None, entity_id: int | None = None,
                limit: int = 200) -> list[AuditEntry]:
    with ws.read() as s:
        q = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if entity_type:
            q = q.where(AuditEvent.entity_type == entity_type)
        if entity_id is not None:
            q = q.where(AuditEvent.entity_id == entity_id)
        return [AuditEntry(e.id, e.at, e.action, e.entity_type, e.entity_id, e.details or {})
                for e in s.scalars(q)]
