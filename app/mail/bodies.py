"""Bodies and attachments of synced messages, parsed after the sync has stored them.

The sync (app/mail/store.py) stores each new message with its headers, links, thread and raw
bytes only, marked `body_pending`, so mail shows up — linked, threaded, counted — as fast as the
server sends it; the full MIME parse (text and sanitized HTML bodies, attachments, the "could not
be displayed fully" check) costs several times the fetch and is done here:

- `finish_pending` — by `SyncEngine.run()` once its fetching is done: newest first, in small
  batches read in one short read transaction, parsed with no transaction open and written in
  one short write transaction (the UI's own writes never wait long); the stop event is checked
  between messages.
- `parse_if_pending` — when a message is opened before its turn (`messages.get_message`).

Both write only rows still pending, so a message is never parsed into the workspace twice.
The attachment size limit is the account's at parse time; parts the fetch left on the server
(app/mail/fetch.py) stay listed for on-demand fetching. Any thread, own sessions.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, true, update
from sqlalchemy.orm import Session

from app.mail.account import read_options
from app.mail.parse import PROBLEM_UNREADABLE, ParsedMessage, parse_headers, parse_message
from app.mail.store import attachment_rows
from app.store.models import MailAttachment, MailMessage

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)

BATCH = 50                     # messages per write: ~50 ms of parsing, a short transaction
BATCH_BYTES = 16 * 1024 * 1024  # …or fewer when they are large (raw bytes held at once)


@dataclass
class ParseStats:
    parsed: int = 0
    problems: int = 0
    stopped: bool = False


def _pending():
    # `= 1` (not `IS 1`) so SQLite uses the partial index ix_mail_message_body_pending.
    return MailMessage.body_pending == true()


def _limit(session: Session, account_id: int) -> int:
    return int(read_options(session, account_id)["attachment_limit_mb"]) * 1024 * 1024


def _parse(mid: int, raw: bytes | None, partial: bool, size: int, limit: int) -> ParsedMessage:
    try:
        return parse_message(raw or b"", attachment_limit=limit, raw_partial=partial, size=size)
    except Exception as exc:  # parse_message does not raise; this is the last line of defence
        log.warning("message %s could not be parsed: %s", mid, type(exc).__name__)
        return replace(parse_headers(raw or b"", raw_partial=partial, size=size),
                       problem=PROBLEM_UNREADABLE)


def _store(session: Session, parsed: list[tuple[int, ParsedMessage]]) -> list[ParsedMessage]:
    """Write the bodies of those still pending (inside the caller's write transaction)."""
    if not parsed:
        return []
    still = set(session.scalars(select(MailMessage.id).where(
        MailMessage.id.in_([mid for mid, _ in parsed]), _pending())))
    done = [(mid, p) for mid, p in parsed if mid in still]
    if not done:
        return []
    session.execute(update(MailMessage), [
        {"id": mid, "body_text": p.body_text, "body_html": p.body_html, "problem": p.problem,
         "body_pending": False, "maybe_attachments": bool(p.attachments)}
        for mid, p in done])
    files = [row for mid, p in done for row in attachment_rows(mid, p)]
    if files:
        session.execute(insert(MailAttachment), files)
    return [p for _, p in done]


def parse_if_pending(ws: Workspace, message_id: int) -> bool:
    """Parse and store one message now if the sync has not yet; True when it did."""
    with ws.read() as s:
        row = s.execute(select(MailMessage.raw, MailMessage.raw_partial, MailMessage.size,
                               MailMessage.account_id)
                        .where(MailMessage.id == message_id, _pending())).one_or_none()
        if row is None:
            return False
        limit = _limit(s, row.account_id)
    parsed = _parse(message_id, row.raw, row.raw_partial, row.size, limit)
    with ws.write() as s:
        return bool(_store(s, [(message_id, parsed)]))


def count_pending(ws: Workspace, account_id: int) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count(MailMessage.id)).where(
            MailMessage.account_id == account_id, _pending())) or 0


def _next_batch(session: Session, account_id: int, after: int | None) -> list[int]:
    stmt = (select(MailMessage.id, func.length(MailMessage.raw))
            .where(MailMessage.account_id == account_id, _pending())
            .order_by(MailMessage.id.desc()).limit(BATCH))
    if after is not None:
        stmt = stmt.where(MailMessage.id < after)
    ids, total = [], 0
    for mid, length in session.execute(stmt):
        if ids and total + (length or 0) > BATCH_BYTES:
            break
        ids.append(mid)
        total += length or 0
    return ids


def finish_pending(ws: Workspace, account_id: int,
                   stop_event: threading.Event | None = None) -> ParseStats:
    """Parse every pending message of the account, newest first, until done or stopped."""
    stats = ParseStats()
    after = None  # ids below the last batch: a message that keeps failing is not retried
    while True:
        with ws.read() as s:
            ids = _next_batch(s, account_id, after)
            if not ids:
                return stats
            limit = _limit(s, account_id)
            rows = s.execute(select(MailMessage.id, MailMessage.raw, MailMessage.raw_partial,
                                    MailMessage.size).where(MailMessage.id.in_(ids))).all()
        after = min(ids)
        parsed = []
        for row in sorted(rows, key=lambda r: -r.id):
            if stop_event is not None and stop_event.is_set():
                stats.stopped = True
                break
            parsed.append((row.id, _parse(row.id, row.raw, row.raw_partial, row.size, limit)))
        del rows
        with ws.write() as s:
            stored = _store(s, parsed)
        stats.parsed += len(stored)
        stats.problems += sum(bool(p.problem) for p in stored)
        if stats.stopped:
            return stats
