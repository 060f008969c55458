"""Fetched messages → rows, inside the caller's transaction (one per sync batch).

What is stored at once is what lists, links and threads a message: its headers (read by
`prepare`, on the fetch thread), addresses, links to people, thread key and raw bytes; its
bodies and attachments are parsed afterwards (app/mail/bodies.py). The rows go in with
multi-row INSERTs (`_bulk_insert`): a first sync writes tens of thousands.

A message is stored once per account however many folders hold it: a message whose content
hash is already known only gains a location (folder, UID). After a UIDVALIDITY change the old
locations of that folder are kept as "stale" (negative UIDs) until the folder is fetched again;
each refetched message is matched back by content hash, then by Message-ID among the stale ones,
so nothing is duplicated and links to people survive. Runs on the sync thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from operator import itemgetter

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.mail import linking
from app.mail.fetch import Fetched
from app.mail.parse import (
    PROBLEM_UNREADABLE,
    ParsedMessage,
    content_hash,
    join_addresses,
    may_have_attachments,
    parse_headers,
    parse_message,
)
from app.store.models import (
    MailAddress,
    MailAttachment,
    MailFolder,
    MailLink,
    MailLocation,
    MailMessage,
)

log = logging.getLogger(__name__)

SESSION_FLAGS = {"\\Recent"}


def flags_text(flags) -> str:
    return " ".join(sorted(f for f in flags if f not in SESSION_FLAGS))


@dataclass
class StoreStats:
    new: int = 0
    known: int = 0


@dataclass(frozen=True)
class Incoming:
    """A fetched message with what the sync stores about it at once (`prepare`)."""
    fetched: Fetched
    parsed: ParsedMessage      # headers only: the bodies are parsed later (app/mail/bodies.py)
    addresses: list[tuple[str, str]]  # parsed.addresses()
    row: dict                  # its mail_message row but for the id, account and thread


def safe_parse(f: Fetched) -> ParsedMessage:
    try:
        return parse_headers(f.raw, raw_partial=f.partial, size=f.size)
    except Exception as exc:  # parse_headers does not raise; this is the last line of defence
        log.warning("message uid %s could not be parsed: %s", f.uid, type(exc).__name__)
        return ParsedMessage(
            message_id="", subject="", from_=(), to=(), cc=(), sent_at=None, in_reply_to="",
            references=(), body_text="", body_html="", attachments=(),
            problem=PROBLEM_UNREADABLE, content_hash=content_hash(f.raw),
            raw_partial=f.partial, size=f.size)


def prepare(fetched: list[Fetched]) -> list[Incoming]:
    """The no-database part of storing a batch, so the fetch thread can do it (fetch.Prefetcher):
    the thread that writes then holds the GIL less often, and hands it back less often."""
    out = []
    for f in fetched:
        p = safe_parse(f)
        row = _row_values(p, f.raw, flags_text(f.flags), f.internal_date, pending=True,
                          maybe_attachments=may_have_attachments(f.raw))
        out.append(Incoming(f, p, p.addresses(), row))
    return out


def _thread_key(session: Session, p: ParsedMessage, batch: dict[str, str] | None = None) -> str:
    """The root of the conversation: first of References, else the parent's thread (looked up
    in this batch, then stored), else the message itself."""
    if p.references:
        return p.references[0][:1000]
    if p.in_reply_to:
        parent = (batch or {}).get(p.in_reply_to) or session.scalar(
            select(MailMessage.thread_key)
            .where(MailMessage.message_id_header == p.in_reply_to).limit(1))
        return (parent or p.in_reply_to)[:1000]
    return (p.message_id or f"h:{p.content_hash}")[:1000]


def _stale_match(session: Session, folder_id: int, p: ParsedMessage) -> int | None:
    """After a UIDVALIDITY change: a stored message of this folder with the same Message-ID."""
    if not p.message_id:
        return None
    return session.scalar(
        select(MailMessage.id).join(MailLocation, MailLocation.message_id == MailMessage.id)
        .where(MailLocation.folder_id == folder_id, MailLocation.uid < 0,
               MailMessage.message_id_header == p.message_id).limit(1))


def store_batch(session: Session, account_id: int, folder: MailFolder,
                batch: list[Incoming]) -> StoreStats:
    """Store one batch (`prepare`); the caller commits it together with the folder's new
    `last_uid`. New messages are stored with their headers, links and raw bytes, their bodies
    pending."""
    stats = StoreStats()
    if not batch:
        return stats
    known_uids = set(session.scalars(select(MailLocation.uid).where(
        MailLocation.folder_id == folder.id,
        MailLocation.uid.in_([i.fetched.uid for i in batch]))))
    incoming = [i for i in batch if i.fetched.uid not in known_uids]
    by_hash: dict[str, tuple[int, bool]] = {
        h: (mid, pending) for mid, h, pending in session.execute(
            select(MailMessage.id, MailMessage.content_hash, MailMessage.flags_pending)
            .where(MailMessage.account_id == account_id,
                   MailMessage.content_hash.in_({i.parsed.content_hash for i in incoming})))}
    people = linking.people_for_addresses(
        session, {addr for i in incoming for _, addr in i.addresses})
    has_stale = session.scalar(select(MailLocation.id).where(
        MailLocation.folder_id == folder.id, MailLocation.uid < 0).limit(1)) is not None
    locations, fresh = [], []
    fresh_hashes: dict[str, int] = {}  # content hash → index in `fresh` (repeats in a batch)
    for i in incoming:
        f, p = i.fetched, i.parsed
        match = by_hash.get(p.content_hash)
        if match is None and has_stale:
            mid = _stale_match(session, folder.id, p)
            if mid is not None:
                match = (mid, False)
        if match is not None:
            mid, pending = match
            stats.known += 1
            if has_stale:
                session.execute(delete(MailLocation).where(
                    MailLocation.folder_id == folder.id, MailLocation.message_id == mid,
                    MailLocation.uid < 0))
            if not pending:
                session.execute(update(MailMessage).where(MailMessage.id == mid)
                                .values(flags=flags_text(f.flags)))
            locations.append({"message_id": mid, "folder_id": folder.id, "uid": f.uid})
        elif p.content_hash in fresh_hashes:
            stats.known += 1
            locations.append({"fresh": fresh_hashes[p.content_hash], "folder_id": folder.id,
                              "uid": f.uid})
        else:
            fresh_hashes[p.content_hash] = len(fresh)
            locations.append({"fresh": len(fresh), "folder_id": folder.id, "uid": f.uid})
            fresh.append(i)
    ids = _insert_messages(session, account_id, fresh)
    addresses, links = [], []
    for mid, i in zip(ids, fresh, strict=True):
        stats.new += 1
        addresses += _address_rows(mid, i.addresses)
        links += _link_rows(mid, i.addresses, people)
    for loc in locations:
        if "fresh" in loc:
            loc["message_id"] = ids[loc.pop("fresh")]
    for table, rows in ((MailLocation, locations), (MailAddress, addresses), (MailLink, links)):
        _bulk_insert(session, table.__table__, rows)
    return stats


_MAX_VARIABLES = 30_000  # SQLite's limit is 32,766 parameters a statement
_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}


def _bulk_insert(session: Session, table: Table, rows: list[dict]) -> None:
    """Multi-row INSERTs straight to the driver, for the sync's thousands of rows. Not the
    ORM's bulk insert nor a Core executemany: their per-row parameter handling cost more than
    SQLCipher's inserting, and an executemany steps (and releases the GIL, for the fetch
    thread to take) once a row. Each value still goes through its column type's own bind
    processor (booleans, UTC datetimes) and every row names every column without a server
    default, so the rows are what an ORM insert writes."""
    if not rows:
        return
    conn = session.connection()
    keys = tuple(rows[0])
    cached = _INSERTS.get((table.name, keys))
    if cached is None:
        quote = conn.dialect.identifier_preparer.quote
        head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) VALUES "
        procs = [table.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                 for k in keys]
        converted = [(n, proc) for n, proc in enumerate(procs) if proc is not None]
        cached = _INSERTS[(table.name, keys)] = (head, converted)
    head, converted = cached
    values_of = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    one = "(" + ", ".join("?" * len(keys)) + ")"
    step = max(1, _MAX_VARIABLES // len(keys))
    for i in range(0, len(rows), step):
        chunk = rows[i:i + step]
        params: list = []
        for row in chunk:
            values = values_of(row)
            if converted:
                values = list(values)
                for n, proc in converted:
                    values[n] = proc(values[n])
            params.extend(values)
        conn.exec_driver_sql(head + ", ".join([one] * len(chunk)), tuple(params))


def _row_values(p: ParsedMessage, raw: bytes, flags: str, received: dt.datetime | None,
                pending: bool = False, maybe_attachments: bool = False) -> dict:
    return dict(
        message_id_header=p.message_id[:1000],
        content_hash=p.content_hash, subject=p.subject, from_addr=join_addresses(p.from_),
        to_addrs=join_addresses(p.to), cc_addrs=join_addresses(p.cc),
        sent_at=p.sent_at or received, in_reply_to=p.in_reply_to[:1000],
        references=" ".join(p.references), body_text=p.body_text, body_html=p.body_html,
        flags=flags, raw=raw, size=p.size, problem=p.problem, raw_partial=p.raw_partial,
        flags_pending=False, body_pending=pending,
        maybe_attachments=maybe_attachments or bool(p.attachments))


def _insert_messages(session: Session, account_id: int, fresh: list[Incoming]) -> list[int]:
    """The batch's new messages, bodies pending; their ids in order."""
    if not fresh:
        return []
    batch_threads: dict[str, str] = {}
    rows = []
    for i in fresh:
        row = {**i.row, "account_id": account_id,
               "thread_key": _thread_key(session, i.parsed, batch_threads)}
        if i.parsed.message_id:
            batch_threads.setdefault(i.parsed.message_id, row["thread_key"])
        rows.append(row)
    # The write transaction holds the database's only write lock, so the ids after the highest
    # are ours: a plain executemany, without RETURNING's row-by-row round trips.
    first = (session.scalar(select(func.max(MailMessage.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    for mid, row in zip(ids, rows, strict=True):
        row["id"] = mid
    _bulk_insert(session, MailMessage.__table__, rows)
    return ids


def _new_message(session: Session, account_id: int, p: ParsedMessage, raw: bytes, flags: str,
                 received: dt.datetime | None) -> int:
    row = {**_row_values(p, raw, flags, received), "account_id": account_id,
           "thread_key": _thread_key(session, p)}
    return session.execute(insert(MailMessage).returning(MailMessage.id), [row]).scalar_one()


def _address_rows(mid: int, addresses: list[tuple[str, str]]) -> list[dict]:
    return [{"message_id": mid, "address_lower": a[:320], "role": role}
            for role, a in addresses]


def attachment_rows(mid: int, p: ParsedMessage) -> list[dict]:
    return [{"message_id": mid, "filename": a.filename[:500], "mime_type": a.mime_type[:200],
             "size": a.size, "content": a.content, "part": a.part,
             "content_id": a.content_id[:500]} for a in p.attachments]


def _link_rows(mid: int, addresses: list[tuple[str, str]], people: dict[str, set[int]],
               extra: set[int] = frozenset()) -> list[dict]:
    person_ids = set(extra)
    for _, a in addresses:
        person_ids |= people.get(a, set())
    return [{"message_id": mid, "person_id": pid, "filed_manually": pid in extra}
            for pid in sorted(person_ids)]


def insert_message(session: Session, account_id: int, raw: bytes, *, flags: str = "",
                   when: dt.datetime | None = None, person_id: int | None = None,
                   limit: int = 25 * 1024 * 1024) -> int:
    """Store one message that came from here rather than from a folder (a sent message,
    before its Sent-folder copy is synced); linked by its addresses, and to `person_id` as if
    filed by hand. An identical message already stored is reused. Returns its id."""
    p = parse_message(raw, attachment_limit=limit)
    existing = session.scalar(select(MailMessage.id).where(
        MailMessage.account_id == account_id, MailMessage.content_hash == p.content_hash))
    if existing is not None:
        return existing
    people = linking.people_for_addresses(session, {a for _, a in p.addresses()})
    mid = _new_message(session, account_id, p, raw, flags, when)
    extra = {person_id} if person_id is not None else set()
    for table, rows in ((MailAddress, _address_rows(mid, p.addresses())),
                        (MailAttachment, attachment_rows(mid, p)),
                        (MailLink, _link_rows(mid, p.addresses(), people, extra))):
        if rows:
            session.execute(insert(table), rows)
    return mid


def drop_locations(session: Session, folder_id: int, uids: list[int]) -> int:
    """The server no longer has these UIDs: forget where they were, and forget messages that
    are now nowhere unless they are filed to a person. Returns messages deleted."""
    if not uids:
        return 0
    message_ids = set()
    for chunk in _chunks(uids, 500):
        message_ids |= set(session.scalars(select(MailLocation.message_id).where(
            MailLocation.folder_id == folder_id, MailLocation.uid.in_(chunk))))
        session.execute(delete(MailLocation).where(MailLocation.folder_id == folder_id,
                                                   MailLocation.uid.in_(chunk)))
    return delete_orphans(session, message_ids)


def delete_orphans(session: Session, message_ids: set[int]) -> int:
    """Messages with no server location left and no link to a person are removed."""
    deleted = 0
    for chunk in _chunks(sorted(message_ids), 500):
        located = set(session.scalars(select(MailLocation.message_id)
                                       .where(MailLocation.message_id.in_(chunk))))
        linked = set(session.scalars(select(MailLink.message_id)
                                     .where(MailLink.message_id.in_(chunk))))
        gone = [m for m in chunk if m not in located and m not in linked]
        if gone:
            session.execute(delete(MailMessage).where(MailMessage.id.in_(gone)))
            deleted += len(gone)
    return deleted


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
