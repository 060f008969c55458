"""The sync when things go wrong: the server dies mid-fetch, the app quits mid-sync or
mid-IDLE, messages are broken or huge. Against a real Dovecot."""

from __future__ import annotations

import base64
import os
import threading
import time
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from app.mail import fetch as fetch_module
from app.mail import messages, sync
from app.mail.errors import MailError, MailErrorKind
from app.mail.parse import PROBLEM_CHARACTERS
from app.mail.sync import SyncEngine, sync_once
from app.store.models import MailAttachment, MailMessage
from tests.app.mail_helpers import (
    folder_row,
    make_account,
    message,
    message_count,
    messages_in,
    subjects,
    uids_of,
)


def _assert_no_gaps_no_duplicates(ws, expected: int) -> None:
    uids = uids_of(ws, "INBOX")
    assert uids == list(range(1, len(uids) + 1)), "a gap in the stored UIDs"
    assert len({m.message_id_header for m in messages_in(ws)}) == message_count(ws)
    assert message_count(ws) == expected


def test_server_killed_mid_fetch_resumes_without_duplicates_or_gaps(workspace, dovecot,
                                                                    imap_user, monkeypatch):
    dovecot.append(imap_user, [message(i, body="x" * 2000 + f" {i}") for i in range(1, 61)])
    account_id = make_account(workspace, dovecot, imap_user)
    real_fetch = fetch_module.fetch_messages
    calls = []

    def dying_fetch(client, uids, limit, sizes=None):
        calls.append(uids)
        if len(calls) == 3:
            # Two batches are in; the server dies as this one's bodies are asked for.
            real_fetch_meta = client.fetch

            def fetch_then_die(ids, items, *a, **kw):
                if any("BODY" in str(i) for i in items):
                    dovecot.kill()
                return real_fetch_meta(ids, items, *a, **kw)

            client.fetch = fetch_then_die
        return real_fetch(client, uids, limit, sizes)

    monkeypatch.setattr(sync, "fetch_messages", dying_fetch)
    with pytest.raises(MailError) as err:
        sync_once(workspace, account_id, batch_size=10)
    assert err.value.kind == MailErrorKind.OFFLINE
    # The two committed batches are kept, the one in flight is not, and the folder's
    # last UID says exactly that.
    assert uids_of(workspace, "INBOX") == list(range(1, 21))
    assert folder_row(workspace, "INBOX").last_uid == 20

    monkeypatch.setattr(sync, "fetch_messages", real_fetch)
    with pytest.raises(MailError) as err:  # still down
        sync_once(workspace, account_id)
    assert err.value.kind == MailErrorKind.OFFLINE

    dovecot.start()
    report = sync_once(workspace, account_id, batch_size=10)
    assert report.new == 40
    _assert_no_gaps_no_duplicates(workspace, 60)
    assert subjects(workspace) == sorted(f"Message {i}" for i in range(1, 61))


def test_stop_ends_a_running_sync_within_two_seconds(workspace, dovecot, imap_user):
    dovecot.write_maildir(imap_user, [message(i, body="y" * 5000) for i in range(1, 401)])
    account_id = make_account(workspace, dovecot, imap_user)
    first_batch = threading.Event()
    engine = SyncEngine(workspace, account_id, batch_size=20,
                        on_progress=lambda done, total: done and first_batch.set())
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("report", engine.run()))
    worker.start()
    assert first_batch.wait(10)
    asked = time.monotonic()
    engine.stop()
    worker.join(5)
    assert not worker.is_alive() and time.monotonic() - asked < 2.0
    assert result["report"].stopped
    stored = len(uids_of(workspace, "INBOX"))
    assert 20 <= stored < 400
    _assert_no_gaps_no_duplicates(workspace, stored)
    engine.close()

    # The next run picks up where the stopped one ended.
    assert sync_once(workspace, account_id).new == 400 - stored
    _assert_no_gaps_no_duplicates(workspace, 400)


def test_idle_wakes_on_new_mail_times_out_and_stops_quickly(workspace, dovecot, imap_user):
    account_id = make_account(workspace, dovecot, imap_user)
    engine = SyncEngine(workspace, account_id)
    engine.run()
    assert engine.supports_idle

    started = time.monotonic()
    assert engine.idle(max_seconds=0.5) is False  # nothing happened: re-issue it
    assert 0.4 < time.monotonic() - started < 3

    outcome = {}
    waiter = threading.Thread(target=lambda: outcome.setdefault("changed", engine.idle(
        max_seconds=20)))
    waiter.start()
    time.sleep(0.3)
    dovecot.append(imap_user, [message(1)])
    waiter.join(10)
    assert outcome.get("changed") is True
    assert engine.run().new == 1

    waiter = threading.Thread(target=lambda: outcome.setdefault("stopped", engine.idle(
        max_seconds=60)))
    waiter.start()
    time.sleep(0.3)
    asked = time.monotonic()
    engine.stop()
    waiter.join(5)
    assert not waiter.is_alive() and time.monotonic() - asked < 2.0
    assert outcome["stopped"] is False
    engine.close()


def test_broken_and_non_utf8_messages_are_kept_raw_and_never_stop_the_sync(workspace, dovecot,
                                                                         imap_user):
    good = [message(1), message(5)]
    broken = [
        b"From: Jos\xe9 <jose@example.org>\r\nSubject: Caf\xe9\r\nMessage-ID: <latin@x>\r\n\r\n"
        b"na\xefve\r\n",
        b"From: a@example.org\r\nSubject: no boundary\r\nMessage-ID: <nob@x>\r\n"
        b"Content-Type: multipart/mixed\r\n\r\nparts?\r\n",
        b"\x00\x01\x02 total garbage \xff\xfe\r\n",
    ]
    dovecot.write_maildir(imap_user, [good[0], *broken, good[1]])
    account_id = make_account(workspace, dovecot, imap_user)
    report = sync_once(workspace, account_id)
    assert (report.new, report.problems) == (5, 3)
    by_subject = {m.subject: m for m in messages_in(workspace)}
    assert {"Message 1", "Message 5", "Café", "no boundary"} <= set(by_subject)
    latin = by_subject["Café"]
    assert latin.problem == PROBLEM_CHARACTERS and latin.body_text == "naïve"
    assert latin.raw.replace(b"\r\n", b"\n") == broken[0].replace(b"\r\n", b"\n")
    assert by_subject["no boundary"].problem
    assert not by_subject["Message 1"].problem
    garbage = [m for m in messages_in(workspace) if b"total garbage" in m.raw]
    assert len(garbage) == 1 and garbage[0].problem
    detail = messages.get_message(workspace, latin.id)
    assert detail.summary.has_problem and detail.problem == PROBLEM_CHARACTERS


def test_a_30_mb_attachment_is_listed_and_fetched_on_demand(workspace, dovecot, imap_user):
    payload = os.urandom(30 * 1024 * 1024)
    m = EmailMessage()
    m["From"] = "client@example.org"
    m["To"] = "practitioner@example.test"
    m["Subject"] = "Scans"
    m["Message-ID"] = "<scans@example.org>"
    m.set_content("The scans you asked for.")
    m.add_attachment(b"%PDF-1.7 small", maintype="application", subtype="pdf",
                     filename="letter.pdf")
    m.add_attachment(payload, maintype="application", subtype="zip", filename="scans.zip")
    raw = m.as_bytes()
    assert b"Content-Transfer-Encoding: base64" in raw
    dovecot.write_maildir(imap_user, [raw, message(2)])
    account_id = make_account(workspace, dovecot, imap_user)

    assert sync_once(workspace, account_id).new == 2
    with workspace.read() as s:
        row = s.scalars(select(MailMessage).where(MailMessage.subject == "Scans")).one()
        assert row.raw_partial and len(row.raw) < 100_000 and row.size > 40_000_000
        scans_id = s.scalar(select(MailAttachment.id).where(
            MailAttachment.filename == "scans.zip"))
        msg_id = row.id
    detail = messages.get_message(workspace, msg_id)
    assert detail.body_text == "The scans you asked for."
    letter, scans = detail.attachments
    assert (letter.filename, letter.on_server) == ("letter.pdf", False)
    assert messages.attachment_content(workspace, letter.id) == b"%PDF-1.7 small"
    assert (scans.filename, scans.on_server, scans.id) == ("scans.zip", True, scans_id)
    assert abs(scans.size - len(payload)) < len(payload) / 100  # estimated from the server
    assert messages.attachment_content(workspace, scans.id) is None

    engine = SyncEngine(workspace, account_id)
    try:
        assert engine.fetch_attachment(scans.id) == payload
    finally:
        engine.close()
    assert messages.attachment_content(workspace, scans.id) == payload
    assert not messages.get_message(workspace, msg_id).attachments[1].on_server


def test_attachment_limit_follows_the_setting(workspace, dovecot, imap_user):
    m = EmailMessage()
    m["From"], m["Subject"] = "client@example.org", "Photo"
    m.set_content("see photo")
    m.add_attachment(base64.b64decode(base64.b64encode(os.urandom(2 * 1024 * 1024))),
                     maintype="image", subtype="jpeg", filename="photo.jpg")
    dovecot.append(imap_user, [m.as_bytes()])
    account_id = make_account(workspace, dovecot, imap_user, attachment_limit_mb=1)
    sync_once(workspace, account_id)
    (photo,) = messages.get_message(workspace, messages.list_message_ids(workspace)[0]).attachments
    assert photo.on_server and photo.is_image
