"""What the Inbox screens read and change: message lists (main inbox with filters, a person's
threads), one message in full, attachments, read/unread, manual filing. Plain frozen dataclasses
out; each function is one transaction (`get_message` may first parse, in a write transaction, a
message whose bodies the sync has not parsed yet: app/mail/bodies.py). Until then a message's
body text is not searched. Local only: a read/unread change is pushed to the server by the next
sync run (`flags_pending`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Select, and_, exists, func, or_, select

from app.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail.bodies import parse_if_pending
from app.mail.store import delete_orphans
from app.services import audit
from app.services.people import display_name
from app.store.models import (
    MailAttachment,
    MailLink,
    MailLocation,
    MailMessage,
    Person,
    PersonKind,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

FILTER_ALL = "all"
FILTER_UNLINKED = "unlinked"
FILTER_CLIENTS = "clients"
FILTER_CONTACTS = "contacts"
FILTERS = (FILTER_ALL, FILTER_UNLINKED, FILTER_CLIENTS, FILTER_CONTACTS)


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size: int            # bytes (estimated within ~1% while still on the server)
    on_server: bool      # too large to keep: `SyncEngine.fetch_attachment(id)` brings it
    content_id: str      # what the HTML body's "cid:" images refer to

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


@dataclass(frozen=True)
class MessageSummary:
    id: int
    subject: str
    from_addr: str
    to_addrs: str
    sent_at: dt.datetime | None
    unread: bool
    has_attachments: bool
    thread_key: str
    people: tuple[PersonRef, ...]
    has_problem: bool
    on_server: bool      # False: deleted on the server, kept here because it is filed


@dataclass(frozen=True)
class MessageDetail:
    summary: MessageSummary
    cc_addrs: str
    body_text: str
    body_html: str       # sanitized: safe to show; resolve "cid:" with `attachments`
    attachments: tuple[AttachmentInfo, ...]
    problem: str         # translatable ("Core"); "" when the message displays fully
    message_id_header: str
    in_reply_to: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class Thread:
    key: str
    subject: str
    last_at: dt.datetime | None
    unread: int
    messages: tuple[MessageSummary, ...]   # oldest first


@dataclass(frozen=True)
class MessageQuery:
    person_id: int | None = None
    filter: str = FILTER_ALL
    text: str = ""
    unread_only: bool = False


def _unread(flags: str) -> bool:
    return "\\Seen" not in flags.split()


def _filtered(query: MessageQuery, stmt: Select) -> Select:
    conds = []
    if query.person_id is not None:
        conds.append(exists(select(MailLink.id).where(MailLink.message_id == MailMessage.id,
                                                      MailLink.person_id == query.person_id)))
    if query.filter == FILTER_UNLINKED:
        conds.append(~exists(select(MailLink.id).where(MailLink.message_id == MailMessage.id)))
    elif query.filter in (FILTER_CLIENTS, FILTER_CONTACTS):
        kind = PersonKind.CLIENT if query.filter == FILTER_CLIENTS else PersonKind.CONTACT
        conds.append(exists(select(MailLink.id).join(Person, Person.id == MailLink.person_id)
                            .where(MailLink.message_id == MailMessage.id,
                                   Person.kind == kind.value)))
    if query.unread_only:
        conds.append(~MailMessage.flags.like("%\\Seen%"))
    for term in query.text.split():
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        conds.append(or_(*(col.like(like, escape="\\") for col in (
            MailMessage.subject, MailMessage.from_addr, MailMessage.to_addrs,
            MailMessage.cc_addrs, MailMessage.body_text))))
    return stmt.where(and_(*conds)) if conds else stmt


def count_messages(ws: Workspace, query: MessageQuery = MessageQuery()) -> int:
    with ws.read() as s:
        return s.scalar(_filtered(query, select(func.count(MailMessage.id)))) or 0


def list_message_ids(ws: Workspace, query: MessageQuery = MessageQuery()) -> list[int]:
    """Every matching id, newest first (cheap at 10,000s; rows load by page)."""
    stmt = _filtered(query, select(MailMessage.id)).order_by(
        MailMessage.sent_at.desc(), MailMessage.id.desc())
    with ws.read() as s:
        return list(s.scalars(stmt))


def _people(s, ids: list[int]) -> dict[int, tuple[PersonRef, ...]]:
    out: dict[int, list[PersonRef]] = {}
    for mid, pid, first, last, preferred, kind in s.execute(
            select(MailLink.message_id, Person.id, Person.first_name, Person.last_name,
                   Person.preferred_name, Person.kind)
            .join(Person, Person.id == MailLink.person_id)
            .where(MailLink.message_id.in_(ids)).order_by(Person.sort_name)):
        out.setdefault(mid, []).append(PersonRef(pid, display_name(first, last, preferred), kind))
    return {k: tuple(v) for k, v in out.items()}


def message_rows(ws: Workspace, ids: list[int]) -> list[MessageSummary]:
    """The list columns for the given ids, in the given order."""
    if not ids:
        return []
    with ws.read() as s:
        return _summaries(s, ids)


def _summaries(s, ids: list[int]) -> list[MessageSummary]:
    people = _people(s, ids)
    with_files = set(s.scalars(select(MailAttachment.message_id)
                               .where(MailAttachment.message_id.in_(ids))))
    located = set(s.scalars(select(MailLocation.message_id)
                            .where(MailLocation.message_id.in_(ids), MailLocation.uid > 0)))
    rows = {}
    for m in s.execute(select(MailMessage.id, MailMessage.subject, MailMessage.from_addr,
                              MailMessage.to_addrs, MailMessage.sent_at, MailMessage.flags,
                              MailMessage.thread_key, MailMessage.problem,
                              MailMessage.body_pending, MailMessage.maybe_attachments)
                       .where(MailMessage.id.in_(ids))):
        # Bodies not parsed yet (app/mail/bodies.py): the sync's quick guess stands in.
        files = m.id in with_files or (m.body_pending and m.maybe_attachments)
        rows[m.id] = MessageSummary(
            id=m.id, subject=m.subject, from_addr=m.from_addr, to_addrs=m.to_addrs,
            sent_at=m.sent_at, unread=_unread(m.flags), has_attachments=files,
            thread_key=m.thread_key, people=people.get(m.id, ()), has_problem=bool(m.problem),
            on_server=m.id in located)
    return [rows[i] for i in ids if i in rows]


def person_threads(ws: Workspace, person_id: int) -> list[Thread]:
    """A person's conversation history: threads newest first, messages oldest first."""
    with ws.read() as s:
        ids = list(s.scalars(select(MailMessage.id).join(MailLink, MailLink.message_id ==
                                                         MailMessage.id)
                             .where(MailLink.person_id == person_id)
                             .order_by(MailMessage.sent_at, MailMessage.id)))
        summaries = _summaries(s, ids) if ids else []
    threads: dict[str, list[MessageSummary]] = {}
    for m in summaries:
        threads.setdefault(m.thread_key or f"#{m.id}", []).append(m)
    out = [Thread(key, msgs[0].subject, msgs[-1].sent_at, sum(m.unread for m in msgs),
                  tuple(msgs)) for key, msgs in threads.items()]
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    out.sort(key=lambda t: (t.last_at or floor, t.messages[-1].id), reverse=True)
    return out


def unread_count(ws: Workspace, person_id: int | None = None) -> int:
    return count_messages(ws, MessageQuery(person_id=person_id, unread_only=True))


def _load(s, message_id: int) -> MailMessage:
    msg = s.get(MailMessage, message_id)
    if msg is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This message no longer exists."))
    return msg


def get_message(ws: Workspace, message_id: int) -> MessageDetail:
    """The message in full. One the sync stored without its bodies yet is parsed (and kept)
    now, in its own write transaction."""
    parse_if_pending(ws, message_id)
    with ws.read() as s:
        msg = _load(s, message_id)
        attachments = tuple(
            AttachmentInfo(a.id, a.filename, a.mime_type, a.size, bool(a.part), a.content_id)
            for a in s.execute(select(MailAttachment.id, MailAttachment.filename,
                                      MailAttachment.mime_type, MailAttachment.size,
                                      MailAttachment.part, MailAttachment.content_id)
                               .where(MailAttachment.message_id == message_id)
                               .order_by(MailAttachment.id)))
        return MessageDetail(
            summary=_summaries(s, [message_id])[0], cc_addrs=msg.cc_addrs,
            body_text=msg.body_text, body_html=msg.body_html, attachments=attachments,
            problem=msg.problem, message_id_header=msg.message_id_header,
            in_reply_to=msg.in_reply_to, references=tuple(msg.references.split()))


def raw_message(ws: Workspace, message_id: int) -> bytes:
    """The message exactly as the server gave it (with large parts left out if `raw_partial`)."""
    with ws.read() as s:
        return _load(s, message_id).raw or b""


def attachment_content(ws: Workspace, attachment_id: int) -> bytes | None:
    """The stored bytes; None when the attachment is still on the server (fetch it first)."""
    with ws.read() as s:
        att = s.get(MailAttachment, attachment_id)
        if att is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
        return att.content


def set_read(ws: Workspace, message_ids: list[int], read: bool = True) -> None:
    """Mark read or unread here; the next sync tells the server."""
    with ws.write() as s:
        for msg in s.scalars(select(MailMessage).where(MailMessage.id.in_(message_ids))):
            flags = set(msg.flags.split())
            new = flags | {"\\Seen"} if read else flags - {"\\Seen"}
            if new != flags:
                msg.flags = " ".join(sorted(new))
                msg.flags_pending = True


def link_to_person(ws: Workspace, message_id: int, person_id: int) -> None:
    """File a message to a client or contact by hand ("Link to client…")."""
    with ws.write() as s:
        _load(s, message_id)
        if s.get(Person, person_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
        link = s.scalar(select(MailLink).where(MailLink.message_id == message_id,
                                               MailLink.person_id == person_id))
        if link is None:
            s.add(MailLink(message_id=message_id, person_id=person_id, filed_manually=True))
        else:
            link.filed_manually = True
        audit.record(s, "mail.link", "person", person_id, {"message": message_id})


def unlink_from_person(ws: Workspace, message_id: int, person_id: int) -> None:
    """Take a message off a person's record. A message already gone from the server and now
    filed nowhere is deleted."""
    with ws.write() as s:
        link = s.scalar(select(MailLink).where(MailLink.message_id == message_id,
                                               MailLink.person_id == person_id))
        if link is None:
            return
        s.delete(link)
        s.flush()
        audit.record(s, "mail.unlink", "person", person_id, {"message": message_id})
        delete_orphans(s, {message_id})


def delete_local(ws: Workspace, message_id: int) -> None:
    """Remove the message from this workspace (the user's choice, e.g. for one kept after it
    was deleted on the server). A server copy is not touched and is not fetched again by the
    incremental sync (only a UIDVALIDITY re-map or an address search would bring it back)."""
    with ws.write() as s:
        msg = _load(s, message_id)
        person_ids = list(s.scalars(select(MailLink.person_id)
                                    .where(MailLink.message_id == message_id)))
        s.delete(msg)
        for pid in person_ids:
            audit.record(s, "mail.delete", "person", pid, {"message": message_id})
