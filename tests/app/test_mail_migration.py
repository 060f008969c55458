"""Migration 0005 (mail sync state): a workspace holding mail written by schema 0004 upgrades
with its messages, attachments and outbox intact and the new columns at their defaults; the
reminder index refuses a second item for the same purpose; downgrading returns to 0004."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.store import migrate


def _to(ws, target: str, *, down: bool) -> None:
    cfg = migrate._config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_mail_written_at_0004_upgrades_to_0005(workspace):
    ws = workspace
    _to(ws, "0004", down=True)
    assert migrate.current_revision(ws.engine) == "0004"
    with ws.engine.begin() as conn:
        conn.execute(text("INSERT INTO email_account (id, email, display_name, imap_host, imap_port,"
                          " imap_security, imap_user, smtp_host, smtp_port, smtp_security,"
                          " smtp_user, ca_file, imap_password, smtp_password, signature_html,"
                          " created_at, updated_at) VALUES (1, 'me@example.test', '', 'h', 993,"
                          " 'tls', 'me', 'h', 465, 'tls', 'me', '', '', '', '',"
                          " '2026-01-01', '2026-01-01')"))
        conn.execute(text("INSERT INTO mail_message (id, account_id, message_id_header, content_hash,"
                          " subject, from_addr, to_addrs, cc_addrs, in_reply_to, \"references\","
                          " body_text, body_html, flags, raw) VALUES (1, 1, '<a@x>', 'h1', 'Hello',"
                          " 'ana@example.test', 'me@example.test', '', '', '', 'hi', '', '\\Seen',"
                          " X'00')"))
        conn.execute(text("INSERT INTO mail_attachment (id, message_id, filename, mime_type, size,"
                          " content) VALUES (1, 1, 'a.pdf', 'application/pdf', 3, X'010203')"))
        conn.execute(text("INSERT INTO outbox_item (id, account_id, raw, status, attempts, last_error,"
                          " created_at, updated_at) VALUES (1, 1, X'00', 'queued', 0, '',"
                          " '2026-01-01', '2026-01-01')"))

    _to(ws, "head", down=False)
    assert migrate.current_revision(ws.engine) == migrate.head_revision()
    with ws.engine.begin() as conn:
        row = conn.execute(text("SELECT subject, size, problem, raw_partial, flags_pending,"
                                " thread_key FROM mail_message")).one()
        assert tuple(row) == ("Hello", 0, "", 0, 0, "")
        assert tuple(conn.execute(text("SELECT filename, part, content_id, content"
                                       " FROM mail_attachment")).one()) == ("a.pdf", "", "", b"\x01\x02\x03")
        assert tuple(conn.execute(text("SELECT status, purpose, sent_at FROM outbox_item")).one()) \
            == ("queued", "", None)
        conn.execute(text("INSERT INTO mail_address (message_id, address_lower, role)"
                          " VALUES (1, 'ana@example.test', 'from')"))
        # Any number of ordinary items, but one reminder per purpose.
        for i in (2, 3):
            conn.execute(text(f"INSERT INTO outbox_item (id, account_id, raw, status, attempts,"
                              f" last_error, purpose, created_at, updated_at) VALUES ({i}, 1, X'00',"
                              f" 'queued', 0, '', '', '2026-01-01', '2026-01-01')"))
        conn.execute(text("INSERT INTO outbox_item (id, account_id, raw, status, attempts,"
                          " last_error, purpose, created_at, updated_at) VALUES (4, 1, X'00',"
                          " 'queued', 0, '', 'reminder:1:x', '2026-01-01', '2026-01-01')"))
    with pytest.raises(IntegrityError), ws.engine.begin() as conn:
        conn.execute(text("INSERT INTO outbox_item (id, account_id, raw, status, attempts,"
                          " last_error, purpose, created_at, updated_at) VALUES (5, 1, X'00',"
                          " 'queued', 0, '', 'reminder:1:x', '2026-01-01', '2026-01-01')"))

    _to(ws, "0004", down=True)
    with ws.engine.begin() as conn:
        assert conn.execute(text("SELECT subject FROM mail_message")).scalar() == "Hello"
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "mail_address" not in tables


def test_mail_written_at_0005_upgrades_to_0006_as_fully_parsed(workspace):
    ws = workspace
    _to(ws, "0005", down=True)
    with ws.engine.begin() as conn:
        conn.execute(text("INSERT INTO email_account (id, email, display_name, imap_host, imap_port,"
                          " imap_security, imap_user, smtp_host, smtp_port, smtp_security,"
                          " smtp_user, ca_file, imap_password, smtp_password, signature_html,"
                          " created_at, updated_at) VALUES (1, 'me@example.test', '', 'h', 993,"
                          " 'tls', 'me', 'h', 465, 'tls', 'me', '', '', '', '',"
                          " '2026-01-01', '2026-01-01')"))
        conn.execute(text("INSERT INTO mail_message (id, account_id, message_id_header, content_hash,"
                          " subject, from_addr, to_addrs, cc_addrs, in_reply_to, \"references\","
                          " body_text, body_html, flags, raw) VALUES (1, 1, '<a@x>', 'h1', 'Hello',"
                          " 'ana@example.test', 'me@example.test', '', '', '', 'hi', '', '',"
                          " X'00')"))
    _to(ws, "0006", down=False)
    with ws.engine.begin() as conn:
        row = conn.execute(text("SELECT subject, body_text, body_pending, maybe_attachments"
                                " FROM mail_message")).one()
        assert tuple(row) == ("Hello", "hi", 0, 0)
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM mail_message WHERE body_pending = 1")))
        assert "ix_mail_message_body_pending" in plan
    _to(ws, "0005", down=True)
    with ws.engine.begin() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(mail_message)"))}
        assert "body_pending" not in columns and "Hello" == conn.execute(
            text("SELECT subject FROM mail_message")).scalar()
    _to(ws, "head", down=False)
