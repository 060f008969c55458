"""Shared by the mail tests: an account on the test Dovecot/SMTP servers, messages to append,
and plain reads of what the workspace holds (straight from the tables, not through the code
under test)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import func, select

from app.mail import account as account_service
from app.mail.account import AccountInput
from app.store.models import MailFolder, MailLink, MailLocation, MailMessage
from tests.mail_servers import HOST, PASSWORD

PRACTITIONER = "practitioner@example.test"


def make_account(ws, dovecot, user: str, *, smtp=None, security: str = "tls",
                 sync_days: int = 0, **extra) -> int:
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    data = AccountInput(
        email=PRACTITIONER, display_name="Dr. Ana Silva", imap_host=HOST, imap_port=port,
        imap_security=security, imap_user=user, ca_file=str(dovecot.ca_file), sync_days=sync_days,
        smtp_host=HOST, smtp_port=smtp.tls_port if smtp else 465, smtp_security="tls",
        smtp_user=smtp.user if smtp else user, **extra)
    settings = account_service.save_account(ws, data, imap_password=PASSWORD,
                                            smtp_password=PASSWORD)
    return settings.id


def message(n: int = 1, *, sender: str = "client@example.org", to: str = PRACTITIONER,
            cc: str = "", subject: str | None = None, body: str | None = None,
            when: dt.datetime | None = None, msgid: str | None = None,
            in_reply_to: str = "", references: str = "") -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject if subject is not None else f"Message {n}"
    m["Date"] = format_datetime(when or dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
                                + dt.timedelta(minutes=n))
    m["Message-ID"] = msgid or make_msgid(domain="example.org")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m.set_content(body if body is not None else f"Body of message {n}.\n")
    return m.as_bytes()


def messages_in(ws) -> list[MailMessage]:
    """Detached rows (every column loaded, `raw` included)."""
    with ws.read() as s:
        rows = list(s.scalars(select(MailMessage).order_by(MailMessage.id)))
        for row in rows:
            _ = row.raw
        s.expunge_all()
        return rows


def subjects(ws) -> list[str]:
    with ws.read() as s:
        return sorted(s.scalars(select(MailMessage.subject)))


def uids_of(ws, folder: str) -> list[int]:
    with ws.read() as s:
        return sorted(s.scalars(select(MailLocation.uid).join(
            MailFolder, MailFolder.id == MailLocation.folder_id).where(MailFolder.name == folder,
                                                                      MailLocation.uid > 0)))


def folder_row(ws, name: str) -> MailFolder:
    with ws.read() as s:
        row = s.scalars(select(MailFolder).where(MailFolder.name == name)).one()
        s.expunge(row)
        return row


def message_count(ws) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count(MailMessage.id)))


def linked_subjects(ws, person_id: int) -> list[str]:
    with ws.read() as s:
        return sorted(s.scalars(select(MailMessage.subject).join(
            MailLink, MailLink.message_id == MailMessage.id).where(MailLink.person_id == person_id)))
