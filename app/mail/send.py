"""Composing and sending: a draft becomes a MIME message, waits in the Outbox, goes out by SMTP
(TLS or STARTTLS) in the order it was queued, is copied to the server's Sent folder (\\Seen) and
filed to its client.

Outbox item states: `queued` (waiting: no connection yet, or a temporary refusal), `failed` (the
server refused it for good; the reason is kept and `retry()` queues it again), `unfiled` (sent,
its copy not yet in the Sent folder), `sent`. `send_pending` is blocking (network): the worker
calls it at each cycle; with the server down everything simply stays queued.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import mimetypes
import smtplib
import threading
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses, make_msgid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import account as account_service
from app.mail.connect import open_imap, open_smtp
from app.mail.errors import MailError, classify
from app.mail.folders import find_sent, list_server_folders
from app.mail.html import sanitize_email_html
from app.mail.store import insert_message
from app.services import audit, validation
from app.services.html_sanitizer import plain_text
from app.store.models import MailFolder, MailLocation, OutboxItem, utcnow

if TYPE_CHECKING:
    from app.mail.account import AccountSettings
    from app.workspace import Workspace

log = logging.getLogger(__name__)

QUEUED, FAILED, UNFILED, SENT = "queued", "failed", "unfiled", "sent"


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content: bytes
    mime_type: str = ""   # guessed from the file name when empty


@dataclass
class Draft:
    to: list[str]
    subject: str
    text: str = ""        # plain text; made from `html` when empty
    html: str = ""        # rich text (sanitized before sending); "" for plain text only
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    attachments: list[OutgoingAttachment] = field(default_factory=list)
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    person_id: int | None = None  # the client (or contact) it is filed to


def _check_addresses(values: list[str], name: str) -> list[str]:
    out = []
    for i, value in enumerate(values):
        if value and value.strip():
            for display, addr in getaddresses([value]):
                validation.email(addr, field=f"{name}.{i}")
                out.append(formataddr((display, addr)) if display else addr)
    return out


def _header_addresses(values: list[str]) -> list[Address]:
    return [Address(display, addr_spec=addr) for display, addr in getaddresses(values) if addr]


def build_message(settings: AccountSettings, draft: Draft, *,
                  now: dt.datetime | None = None) -> EmailMessage:
    """The MIME message (policy SMTP: CRLF line ends, ready for SMTP and IMAP APPEND). Bcc is
    kept in it (for the Sent copy) and removed when transmitting."""
    to = _check_addresses(draft.to, "to")
    cc = _check_addresses(draft.cc, "cc")
    bcc = _check_addresses(draft.bcc, "bcc")
    if not (to or cc or bcc):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Add at least one recipient."),
                              field="to")
    msg = EmailMessage(policy=policy.SMTP)
    # Address objects, not joined strings: Python 3.11 folds a joined "Dupont, François" (a
    # quoted name needing encoding) without its quotes, making "Dupont" a recipient of its own.
    msg["From"] = Address(settings.display_name, addr_spec=settings.email)
    if to:
        msg["To"] = _header_addresses(draft.to)
    if cc:
        msg["Cc"] = _header_addresses(draft.cc)
    if bcc:
        msg["Bcc"] = _header_addresses(draft.bcc)
    msg["Subject"] = " ".join((draft.subject or "").split())
    msg["Date"] = format_datetime((now or utcnow()).astimezone(dt.UTC))
    msg["Message-ID"] = make_msgid(domain=settings.email.rpartition("@")[2] or None)
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        msg["References"] = " ".join(draft.references)
    html = sanitize_email_html(draft.html) if draft.html else ""
    text = draft.text or (plain_text(html) if html else "")
    msg.set_content(text or "\n")
    if html:
        msg.add_alternative(html, subtype="html")
    for att in draft.attachments:
        mime = att.mime_type or mimetypes.guess_type(att.filename)[0] or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        msg.add_attachment(att.content, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=att.filename)
    return msg


def queue_message(ws: Workspace, draft: Draft, *, account_id: int | None = None,
                  send_after: dt.datetime | None = None, purpose: str = "") -> int:
    """Put a message in the Outbox; it goes out at the next `send_pending`. Returns its id.
    `purpose` (e.g. a reminder's) makes it unique: queuing the same purpose twice raises
    sqlalchemy's IntegrityError and queues nothing."""
    settings = account_service.get_account(ws, account_id)
    if settings is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Set up your email account first (Settings → Email)."))
    raw = build_message(settings, draft).as_bytes()
    with ws.write() as s:
        item = OutboxItem(account_id=settings.id, person_id=draft.person_id, raw=raw,
                          status=QUEUED, send_after=send_after, purpose=purpose[:200])
        s.add(item)
        s.flush()
        if draft.person_id is not None:
            audit.record(s, "mail.queue", "person", draft.person_id, {"outbox": item.id})
        return item.id


# --- the outbox --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    subject: str
    to: str
    status: str
    attempts: int
    error_message: str          # translatable ("Core") template; "" when no error
    error_params: dict[str, Any]
    created_at: dt.datetime
    sent_at: dt.datetime | None
    person_id: int | None
    purpose: str

    def error_text(self, translate=None) -> str:
        template = translate(self.error_message) if translate else self.error_message
        try:
            return template.format(**self.error_params)
        except (KeyError, IndexError, ValueError):
            return template


def _error_json(error: MailError) -> str:
    return json.dumps({"message": error.message, "params": {k: str(v) for k, v in
                                                             error.params.items()},
                       "detail": error.detail}, ensure_ascii=False)


def _entry(item: OutboxItem) -> OutboxEntry:
    headers = BytesParser(policy=policy.default).parsebytes(item.raw, headersonly=True)
    err = json.loads(item.last_error) if item.last_error.startswith("{") else {}
    return OutboxEntry(
        id=item.id, subject=str(headers.get("Subject", "")),
        to=", ".join(str(headers.get(h, "")) for h in ("To", "Cc") if headers.get(h)),
        status=item.status, attempts=item.attempts, error_message=err.get("message", ""),
        error_params=err.get("params", {}), created_at=item.created_at, sent_at=item.sent_at,
        person_id=item.person_id, purpose=item.purpose)


def list_outbox(ws: Workspace, *, include_sent: bool = False) -> list[OutboxEntry]:
    """Waiting and failed messages in sending order (and sent ones when asked)."""
    with ws.read() as s:
        stmt = select(OutboxItem).order_by(OutboxItem.id)
        if not include_sent:
            stmt = stmt.where(OutboxItem.status.in_((QUEUED, FAILED)))
        return [_entry(i) for i in s.scalars(stmt)]


def retry(ws: Workspace, outbox_id: int) -> None:
    with ws.write() as s:
        item = s.get(OutboxItem, outbox_id)
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
        if item.status == FAILED:
            item.status = QUEUED


def discard(ws: Workspace, outbox_id: int) -> None:
    """Remove a message that has not gone out (queued or failed)."""
    with ws.write() as s:
        item = s.get(OutboxItem, outbox_id)
        if item is not None and item.status in (QUEUED, FAILED):
            s.delete(item)


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)      # outbox ids that went out now
    failed: list[int] = field(default_factory=list)    # refused for good now
    filed: list[int] = field(default_factory=list)     # copied to the Sent folder now
    waiting: int = 0                                    # still queued
    error: MailError | None = None                      # why sending (or filing) stopped


def _transmitted(raw: bytes) -> tuple[str, list[str], bytes]:
    """Envelope sender, recipients (To, Cc, Bcc) and the bytes to send (without Bcc)."""
    msg = BytesParser(policy=policy.SMTP).parsebytes(raw)
    rcpts = [a for _, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc")
                                         for v in msg.get_all(h, [])]) if a]
    sender = getaddresses([str(msg.get("From", ""))])[0][1]
    del msg["Bcc"]
    return sender, rcpts, msg.as_bytes()


def _permanent(exc: smtplib.SMTPException) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code >= 500


def send_pending(ws: Workspace, account_id: int | None = None, *,
                 smtp_password: str | None = None, imap_password: str | None = None,
                 stop_event: threading.Event | None = None, timeout: float = 30.0,
                 now: dt.datetime | None = None) -> SendReport:
    """Send what is queued, in order, then file sent messages into the Sent folder."""
    report = SendReport()
    settings = account_service.get_account(ws, account_id)
    if settings is None:
        return report
    now = now or utcnow()
    with ws.read() as s:
        queue = [i.id for i in s.scalars(
            select(OutboxItem).where(OutboxItem.account_id == settings.id,
                                     OutboxItem.status == QUEUED)
            .order_by(OutboxItem.id)) if i.send_after is None or i.send_after <= now]
    if queue:
        _send(ws, settings, queue, report, smtp_password, stop_event, timeout)
    with ws.read() as s:
        report.waiting = len(list(s.scalars(select(OutboxItem.id).where(
            OutboxItem.account_id == settings.id, OutboxItem.status == QUEUED))))
        unfiled = list(s.scalars(select(OutboxItem.id).where(
            OutboxItem.account_id == settings.id, OutboxItem.status == UNFILED)
            .order_by(OutboxItem.id)))
    if unfiled and not (stop_event and stop_event.is_set()):
        _file_sent(ws, settings, unfiled, report, imap_password, timeout)
    return report


def _send(ws, settings, queue, report, password, stop_event, timeout) -> None:
    password = password or account_service.smtp_password(ws, settings.id)
    try:
        smtp = open_smtp(settings.smtp, password, timeout=timeout)
    except MailError as exc:
        report.error = exc
        _note_waiting(ws, queue, exc)
        return
    try:
        for item_id in queue:
            if stop_event is not None and stop_event.is_set():
                return
            with ws.read() as s:
                item = s.get(OutboxItem, item_id)
                raw, person_id = item.raw, item.person_id
            sender, rcpts, data = _transmitted(raw)
            try:
                refused = smtp.sendmail(sender or settings.email, rcpts, data)
            except smtplib.SMTPException as exc:
                error = classify(exc, settings.smtp_host, settings.smtp_port)
                if _permanent(exc):
                    _mark(ws, item_id, FAILED, error)
                    report.failed.append(item_id)
                    continue
                # Temporary, or the connection went: keep the order, try again later.
                _mark(ws, item_id, QUEUED, error)
                report.error = error
                return
            except OSError as exc:
                error = classify(exc, settings.smtp_host, settings.smtp_port)
                _mark(ws, item_id, QUEUED, error)
                report.error = error
                return
            with ws.write() as s:
                item = s.get(OutboxItem, item_id)
                item.status, item.sent_at = UNFILED, utcnow()
                item.attempts += 1
                item.last_error = ""
                if refused:
                    item.last_error = _error_json(classify(
                        smtplib.SMTPRecipientsRefused(refused), settings.smtp_host))
                insert_message(s, settings.id, raw, flags="\\Seen", when=item.sent_at,
                               person_id=person_id, limit=settings.attachment_limit)
                if person_id is not None:
                    audit.record(s, "mail.send", "person", person_id, {"outbox": item_id})
            report.sent.append(item_id)
    finally:
        try:
            smtp.quit()
        except Exception:  # the messages went out; closing politely is optional
            pass


def _mark(ws, item_id: int, status: str, error: MailError) -> None:
    with ws.write() as s:
        item = s.get(OutboxItem, item_id)
        item.status = status
        item.attempts += 1
        item.last_error = _error_json(error)


def _note_waiting(ws, queue: list[int], error: MailError) -> None:
    """No connection: every queued item shows why it waits (attempts do not grow)."""
    with ws.write() as s:
        for item in s.scalars(select(OutboxItem).where(OutboxItem.id.in_(queue))):
            item.last_error = _error_json(error)


def _file_sent(ws, settings, unfiled, report, password, timeout) -> None:
    password = password or account_service.imap_password(ws, settings.id)
    try:
        client = open_imap(settings.imap, password, timeout=timeout)
    except MailError as exc:
        report.error = report.error or exc
        return
    try:
        folders = list_server_folders(client)
        name = find_sent(folders, settings.sent_folder)
        if name is None:
            name = settings.sent_folder or "Sent"
            client.create_folder(name)
        for item_id in unfiled:
            with ws.read() as s:
                item = s.get(OutboxItem, item_id)
                raw, sent_at = item.raw, item.sent_at
            resp = client.append(name, raw, flags=[b"\\Seen"], msg_time=sent_at)
            _filed(ws, settings.id, item_id, name, raw, resp)
            report.filed.append(item_id)
    except Exception as exc:
        report.error = report.error or classify(exc, settings.imap_host, settings.imap_port)
    finally:
        try:
            client.logout()
        except Exception:  # filing is done or failed already
            pass


def _filed(ws, account_id: int, item_id: int, folder_name: str, raw: bytes, resp) -> None:
    """Mark the item sent and, with UIDPLUS, record where its copy now is (so the next sync
    does not fetch it again)."""
    from app.mail.parse import content_hash

    text = resp.decode(errors="replace") if isinstance(resp, bytes) else str(resp)
    with ws.write() as s:
        item = s.get(OutboxItem, item_id)
        item.status = SENT
        if "APPENDUID" not in text:
            return
        uidvalidity, uid = (int(x) for x in text.split("APPENDUID", 1)[1].split("]")[0].split())
        folder = s.scalar(select(MailFolder).where(MailFolder.account_id == account_id,
                                                   MailFolder.name == folder_name))
        if folder is None or folder.uidvalidity != uidvalidity:
            return  # the sync will fetch it and match it by content
        from app.store.models import MailMessage

        mid = s.scalar(select(MailMessage.id).where(MailMessage.account_id == account_id,
                                                    MailMessage.content_hash == content_hash(raw)))
        exists = s.scalar(select(MailLocation.id).where(MailLocation.folder_id == folder.id,
                                                        MailLocation.uid == uid))
        if mid is not None and exists is None:
            s.add(MailLocation(message_id=mid, folder_id=folder.id, uid=uid))
