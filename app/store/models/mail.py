"""Email accounts, IMAP folders with their sync state, messages, attachments, links, outbox."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.store.models.base import Base, Timestamps, UTCDateTime


class EmailAccount(Timestamps, Base):
    __tablename__ = "email_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    imap_host: Mapped[str] = mapped_column(String(255), default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993)
    imap_security: Mapped[str] = mapped_column(String(10), default="tls")
    imap_user: Mapped[str] = mapped_column(String(320), default="")
    smtp_host: Mapped[str] = mapped_column(String(255), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=465)
    smtp_security: Mapped[str] = mapped_column(String(10), default="tls")
    smtp_user: Mapped[str] = mapped_column(String(320), default="")
    ca_file: Mapped[str] = mapped_column(String(1000), default="")
    # Used only when the OS keyring is unavailable; the workspace itself is encrypted.
    imap_password: Mapped[str] = mapped_column(String(500), default="")
    smtp_password: Mapped[str] = mapped_column(String(500), default="")
    signature_html: Mapped[str] = mapped_column(Text, default="")


class MailFolder(Base):
    __tablename__ = "mail_folder"
    __table_args__ = (UniqueConstraint("account_id", "name", name="account_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("email_account.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(20), default="")  # inbox, sent, or "" (user-ticked)
    selected: Mapped[bool] = mapped_column(Boolean, default=True)
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    highest_modseq: Mapped[int | None] = mapped_column(Integer)
    last_synced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MailMessage(Base):
    __tablename__ = "mail_message"
    __table_args__ = (
        Index("ix_mail_message_msgid", "message_id_header"),
        Index("ix_mail_message_hash", "content_hash"),
        # 0006: the few messages whose bodies still await the full parse, found without a scan.
        Index("ix_mail_message_body_pending", "id", sqlite_where=text("body_pending = 1")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("email_account.id", ondelete="CASCADE"))
    message_id_header: Mapped[str] = mapped_column(String(1000), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text, default="")
    from_addr: Mapped[str] = mapped_column(Text, default="")
    to_addrs: Mapped[str] = mapped_column(Text, default="")
    cc_addrs: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    in_reply_to: Mapped[str] = mapped_column(String(1000), default="")
    references: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[str] = mapped_column(String(500), default="")
    raw: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    # 0005: the server's RFC822.SIZE; why the message could not be shown fully ("" = it could);
    # whether parts too large to store were left on the server (then `raw` lacks them);
    # a read/unread change made here and not yet pushed to the server; the thread it belongs to.
    size: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    problem: Mapped[str] = mapped_column(Text, default="", server_default="")
    raw_partial: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    flags_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    thread_key: Mapped[str] = mapped_column(String(1000), default="", server_default="",
                                            index=True)
    # 0006: the sync stores headers and the raw message; bodies and attachments are parsed
    # afterwards (app/mail/bodies.py) or when the message is first opened. Until then
    # `maybe_attachments` (a quick scan of the raw message) stands in for the attachment rows.
    body_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    maybe_attachments: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class MailAddress(Base):
    """Each From/To/Cc address of a message, lower-cased: exact, indexed matching to people."""

    __tablename__ = "mail_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_message.id", ondelete="CASCADE"), index=True
    )
    address_lower: Mapped[str] = mapped_column(String(320), index=True)
    role: Mapped[str] = mapped_column(String(4))  # from, to, cc


class MailLocation(Base):
    """Where a stored message sits on the server; it may go while the message stays filed."""

    __tablename__ = "mail_location"
    __table_args__ = (UniqueConstraint("folder_id", "uid", name="folder_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_message.id", ondelete="CASCADE"), index=True
    )
    folder_id: Mapped[int] = mapped_column(ForeignKey("mail_folder.id", ondelete="CASCADE"))
    uid: Mapped[int] = mapped_column(Integer)
    modseq: Mapped[int | None] = mapped_column(Integer)


class MailAttachment(Base):
    __tablename__ = "mail_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_message.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(500), default="")
    mime_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    # 0005: the IMAP body section of a part left on the server (fetched on demand), and the
    # Content-ID that inline HTML images refer to as "cid:".
    part: Mapped[str] = mapped_column(String(100), default="", server_default="")
    content_id: Mapped[str] = mapped_column(String(500), default="", server_default="")


class MailLink(Base):
    __tablename__ = "mail_link"
    __table_args__ = (UniqueConstraint("message_id", "person_id", name="message_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("mail_message.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    filed_manually: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxItem(Timestamps, Base):
    __tablename__ = "outbox_item"
    __table_args__ = (
        # What an automatic message is for ("reminder:<appointment>:<start>"): queued once.
        Index("ux_outbox_item_purpose", "purpose", unique=True, sqlite_where=text("purpose != ''")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("email_account.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20), default="queued")  # queued, sent, failed
    send_after: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
