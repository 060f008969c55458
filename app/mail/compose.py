"""Drafts prefilled for the composer: new to a person, reply, reply all, forward."""

from __future__ import annotations

from email.utils import getaddresses
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.mail import account as account_service
from app.mail import messages
from app.mail.send import Draft, OutgoingAttachment
from app.store.models import EmailAddress, MailAttachment

if TYPE_CHECKING:
    from app.workspace import Workspace

_REPLY_PREFIXES = ("re:", "aw:", "sv:", "rv:", "res:", "r:")
_FORWARD_PREFIXES = ("fwd:", "fw:", "tr:", "enc:", "rv:", "wg:")


def _prefixed(prefix: str, subject: str, known: tuple[str, ...]) -> str:
    return subject if subject.strip().lower().startswith(known) else f"{prefix} {subject}".strip()


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def new_draft(ws: Workspace, person_id: int) -> Draft:
    """A message to a client or contact, addressed to their first address."""
    with ws.read() as s:
        first = s.scalar(select(EmailAddress.address).where(EmailAddress.person_id == person_id)
                         .order_by(EmailAddress.position).limit(1))
    return Draft(to=[first] if first else [], subject="", person_id=person_id)


def reply_draft(ws: Workspace, message_id: int, *, reply_all: bool = False,
                person_id: int | None = None) -> Draft:
    detail = messages.get_message(ws, message_id)
    own = {a.email.lower() for a in [account_service.get_account(ws)] if a}
    sender = [a for _, a in getaddresses([detail.summary.from_addr]) if a]
    to = [a for a in sender if a.lower() not in own] or sender
    cc: list[str] = []
    if reply_all:
        others = [a for _, a in getaddresses([detail.summary.to_addrs, detail.cc_addrs]) if a]
        seen = {a.lower() for a in to} | own
        for a in others:
            if a.lower() not in seen:
                seen.add(a.lower())
                cc.append(a)
    refs = list(detail.references)
    if detail.message_id_header and detail.message_id_header not in refs:
        refs.append(detail.message_id_header)
    when = detail.summary.sent_at.strftime("%Y-%m-%d %H:%M") if detail.summary.sent_at else ""
    intro = f"{when} {detail.summary.from_addr}:".strip()
    people = [p.id for p in detail.summary.people]
    return Draft(to=to, cc=cc, subject=_prefixed("Re:", detail.summary.subject, _REPLY_PREFIXES),
                 text=f"\n\n{intro}\n{_quote(detail.body_text)}\n",
                 in_reply_to=detail.message_id_header, references=refs,
                 person_id=person_id if person_id is not None else (people[0] if people else None))


def forward_draft(ws: Workspace, message_id: int, *, person_id: int | None = None) -> Draft:
    """Forward with the attachments that are stored here (large ones left on the server must
    be fetched first)."""
    detail = messages.get_message(ws, message_id)
    with ws.read() as s:
        files = [OutgoingAttachment(a.filename, a.content, a.mime_type) for a in s.scalars(
            select(MailAttachment).where(MailAttachment.message_id == message_id,
                                         MailAttachment.content.is_not(None))
            .order_by(MailAttachment.id))]
    header = "\n".join(f"{label}: {value}" for label, value in (
        ("From", detail.summary.from_addr), ("To", detail.summary.to_addrs),
        ("Subject", detail.summary.subject)) if value)
    return Draft(to=[], subject=_prefixed("Fwd:", detail.summary.subject, _FORWARD_PREFIXES),
                 text=f"\n\n---------- Forwarded message ----------\n{header}\n\n"
                      f"{detail.body_text}\n",
                 attachments=files, person_id=person_id)
