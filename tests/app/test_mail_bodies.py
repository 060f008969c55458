"""Bodies parsed after the sync (app/mail/bodies.py): new mail is listed, linked, threaded and
counted as soon as it is stored; its text, sanitized HTML and attachments follow — in the same
run, or at once when the message is opened first — and a message that turns out damaged gets
its "could not be displayed fully" note then. Against a real Dovecot."""

from __future__ import annotations

import threading
import time
from email.message import EmailMessage

from sqlalchemy import select

from app.mail import bodies, messages
from app.mail.parse import PROBLEM_DAMAGED
from app.mail.sync import SyncEngine, sync_once
from app.services import clients
from app.services.people import PersonInput
from app.store.models import MailAttachment, MailMessage
from tests.app.mail_helpers import make_account, message


def _with_pdf(subject: str = "Invoice") -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "Ana <ana@example.org>", "practitioner@example.test"
    m["Subject"], m["Message-ID"] = subject, "<pdf@example.org>"
    m.set_content("Plain words")
    m.add_alternative("<p>Hello <b>Ana</b><img src='https://t.example/p.gif'>"
                      "<script>x()</script></p>", subtype="html")
    m.add_attachment(b"%PDF-1.7 letter", maintype="application", subtype="pdf",
                     filename="letter.pdf")
    return m.as_bytes()


DAMAGED = (b"From: ana@example.org\r\nSubject: no boundary\r\nMessage-ID: <nob@x>\r\n"
           b"Content-Type: multipart/mixed\r\n\r\nparts?\r\n")


def _row(ws, subject: str) -> MailMessage:
    with ws.read() as s:
        row = s.scalars(select(MailMessage).where(MailMessage.subject == subject)).one()
        s.expunge(row)
        return row


def _id(ws, subject: str) -> int:
    return _row(ws, subject).id


def test_mail_is_listed_linked_and_threaded_before_its_bodies_are_parsed(workspace, dovecot,
                                                                         imap_user):
    ana = clients.create_client(workspace, PersonInput(first_name="Ana",
                                                       emails=["ana@example.org"]))
    dovecot.append(imap_user, [
        _with_pdf(), DAMAGED,
        message(3, sender="ana@example.org", subject="Question", msgid="<q@x>"),
        message(4, sender="practitioner@example.test", to="ana@example.org",
                subject="Re: Question", in_reply_to="<q@x>", references="<q@x>")])
    account_id = make_account(workspace, dovecot, imap_user)

    report = sync_once(workspace, account_id, parse_bodies=False)
    assert (report.new, report.parsed) == (4, 0) and report.visible_at is not None
    assert bodies.count_pending(workspace, account_id) == 4
    assert messages.count_messages(workspace) == 4
    assert messages.unread_count(workspace, ana) == 4
    threads = messages.person_threads(workspace, ana)
    assert sorted(len(t.messages) for t in threads) == [1, 1, 2]
    rows = {m.subject: m for m in messages.message_rows(
        workspace, messages.list_message_ids(workspace))}
    assert rows["Invoice"].has_attachments and not rows["Question"].has_attachments
    assert not rows["no boundary"].has_problem  # not known until its body is read
    assert _row(workspace, "Invoice").body_text == ""

    # Opening a message parses it and keeps the result.
    detail = messages.get_message(workspace, rows["Invoice"].id)
    assert detail.body_text == "Plain words"
    assert "<b>Ana</b>" in detail.body_html
    assert "script" not in detail.body_html and "https://t.example" not in detail.body_html
    (pdf,) = detail.attachments
    assert (pdf.filename, pdf.on_server) == ("letter.pdf", False)
    assert messages.attachment_content(workspace, pdf.id) == b"%PDF-1.7 letter"
    assert not _row(workspace, "Invoice").body_pending
    assert messages.get_message(workspace, rows["Invoice"].id) == detail  # parsed once
    with workspace.read() as s:
        assert len(list(s.scalars(select(MailAttachment.id)))) == 1

    # The next run parses the rest; a damaged one shows its note from then on.
    report = sync_once(workspace, account_id)
    assert (report.new, report.parsed, report.problems) == (0, 3, 1)
    assert bodies.count_pending(workspace, account_id) == 0
    damaged = messages.get_message(workspace, _id(workspace, "no boundary"))
    assert damaged.summary.has_problem and damaged.problem == PROBLEM_DAMAGED
    assert messages.count_messages(workspace, messages.MessageQuery(text="Body")) == 2


def test_one_run_leaves_nothing_pending_and_body_text_is_searchable(workspace, dovecot,
                                                                    imap_user):
    dovecot.append(imap_user, [message(i, body=f"word{i} here") for i in range(1, 31)])
    account_id = make_account(workspace, dovecot, imap_user)
    report = sync_once(workspace, account_id, batch_size=7)
    assert (report.new, report.parsed, report.problems) == (30, 30, 0)
    assert bodies.count_pending(workspace, account_id) == 0
    assert messages.count_messages(workspace, messages.MessageQuery(text="word17")) == 1


def test_stop_during_the_body_pass_ends_quickly_and_the_next_run_finishes(workspace, dovecot,
                                                                          imap_user, monkeypatch):
    dovecot.append(imap_user, [message(i, body="z " * 3000) for i in range(1, 121)])
    account_id = make_account(workspace, dovecot, imap_user)
    engine = SyncEngine(workspace, account_id)
    real_parse = bodies.parse_message
    parsing = threading.Event()

    def slow_parse(*args, **kwargs):
        parsing.set()
        time.sleep(0.01)
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(bodies, "parse_message", slow_parse)
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("report", engine.run()))
    worker.start()
    assert parsing.wait(20)
    asked = time.monotonic()
    engine.stop()
    worker.join(5)
    assert not worker.is_alive() and time.monotonic() - asked < 2.0
    report = result["report"]
    assert report.stopped and report.new == 120 and report.parsed < 120
    engine.close()
    left = bodies.count_pending(workspace, account_id)
    assert left == 120 - report.parsed > 0

    monkeypatch.setattr(bodies, "parse_message", real_parse)
    again = sync_once(workspace, account_id)
    assert (again.new, again.parsed) == (0, left)
    assert bodies.count_pending(workspace, account_id) == 0
