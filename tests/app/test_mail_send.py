"""Sending: compose → Outbox → SMTP (real aiosmtpd, TLS) in order → Sent folder (real Dovecot),
filed to the client; waiting while a server is down; refusals kept with their reason; reminders
queued once, in the client's language, without health details."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy

from sqlalchemy import select

from app.mail import compose, messages, reminders, send
from app.mail.errors import MailErrorKind
from app.mail.send import Draft, OutgoingAttachment
from app.mail.sync import sync_once
from app.services import appointments, clients, practice
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.store.models import MailMessage
from tests.app.mail_helpers import (
    PRACTITIONER,
    linked_subjects,
    make_account,
    message,
    message_count,
    uids_of,
)


def _client(ws, name="Ana", email="ana@example.org") -> int:
    return clients.create_client(ws, PersonInput(first_name=name, emails=[email]))


def test_send_files_the_message_in_sent_and_on_the_client(workspace, dovecot, imap_user,
                                                        smtp_server):
    ana = _client(workspace)
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    sync_once(workspace, account_id)  # the Sent folder is known: its copy is mapped at once
    invoice = b"%PDF-1.7 invoice INV-2026-0007"
    outbox_id = send.queue_message(workspace, Draft(
        to=["Ana <ana@example.org>"], bcc=["archive@example.test"], subject="Your invoice",
        text="Please find your invoice attached.",
        html="<p>Please find your <b>invoice</b> attached.<script>x()</script>"
             "<img src='https://tracker.example/p.gif'></p>",
        attachments=[OutgoingAttachment("INV-2026-0007.pdf", invoice)], person_id=ana))
    assert [e.status for e in send.list_outbox(workspace)] == ["queued"]

    report = send.send_pending(workspace, account_id)
    assert (report.sent, report.filed, report.error) == ([outbox_id], [outbox_id], None)
    (got,) = smtp_server.messages()
    assert sorted(got.rcpt_tos) == ["ana@example.org", "archive@example.test"]
    assert got.login == smtp_server.user and got.mail_from == PRACTITIONER
    sent = message_from_bytes(got.data, policy=policy.default)
    assert sent["Bcc"] is None and sent["Subject"] == "Your invoice"
    assert "Dr. Ana Silva" in str(sent["From"])
    html = sent.get_body(("html",)).get_content()
    assert "<script" not in html and "tracker.example" not in html
    (pdf,) = list(sent.iter_attachments())
    assert (pdf.get_filename(), pdf.get_content()) == ("INV-2026-0007.pdf", invoice)

    with dovecot.client(imap_user) as c:
        c.select_folder("Sent", readonly=True)
        (uid,) = c.search("ALL")
        flags = c.fetch([uid], ["FLAGS"])[uid][b"FLAGS"]
    assert b"\\Seen" in flags
    assert linked_subjects(workspace, ana) == ["Your invoice"]
    assert uids_of(workspace, "Sent") == [uid]
    assert send.list_outbox(workspace) == []
    assert [e.status for e in send.list_outbox(workspace, include_sent=True)] == ["sent"]

    # The next sync finds the copy already mapped: no duplicate.
    assert sync_once(workspace, account_id).new == 0
    assert message_count(workspace) == 1


def test_with_the_smtp_server_down_messages_wait_then_go_in_order(workspace, dovecot,
                                                                   imap_user, smtp_server):
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    smtp_server.stop()
    ids = [send.queue_message(workspace, Draft(to=["ana@example.org"], subject=f"Note {i}",
                                               text=f"Number {i}")) for i in (1, 2, 3)]
    report = send.send_pending(workspace, account_id)
    assert report.sent == [] and report.waiting == 3
    assert report.error.kind == MailErrorKind.OFFLINE
    waiting = send.list_outbox(workspace)
    assert [e.id for e in waiting] == ids and {e.status for e in waiting} == {"queued"}
    assert "refused the connection" in waiting[0].error_text()

    smtp_server.start()
    report = send.send_pending(workspace, account_id)
    assert report.sent == ids and report.waiting == 0 and report.error is None
    assert [message_from_bytes(m.data)["Subject"] for m in smtp_server.messages()] == \
        ["Note 1", "Note 2", "Note 3"]
    assert send.list_outbox(workspace) == []


def test_a_refused_message_stays_with_its_reason_and_the_rest_still_go(workspace, dovecot,
                                                                       imap_user, smtp_server):
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    bad = send.queue_message(workspace, Draft(to=["nobody@example.org"], subject="Bounces"))
    good = send.queue_message(workspace, Draft(to=["ana@example.org"], subject="Arrives"))
    report = send.send_pending(workspace, account_id)
    assert (report.failed, report.sent) == ([bad], [good])
    (failed,) = send.list_outbox(workspace)
    assert (failed.id, failed.status, failed.attempts) == (bad, "failed", 1)
    assert "No such user here" in failed.error_text()

    send.retry(workspace, bad)
    assert send.list_outbox(workspace)[0].status == "queued"
    assert send.send_pending(workspace, account_id).failed == [bad]
    assert send.list_outbox(workspace)[0].attempts == 2
    send.discard(workspace, bad)
    assert send.list_outbox(workspace) == []


def test_sent_while_imap_is_down_is_filed_in_sent_later(workspace, dovecot, imap_user,
                                                       smtp_server):
    ana = _client(workspace)
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    outbox_id = send.queue_message(workspace, Draft(to=["ana@example.org"], subject="Hi",
                                                    person_id=ana))
    dovecot.kill()
    report = send.send_pending(workspace, account_id)
    assert report.sent == [outbox_id] and report.filed == []
    assert report.error.kind == MailErrorKind.OFFLINE
    assert linked_subjects(workspace, ana) == ["Hi"]  # on the record at once
    assert [e.status for e in send.list_outbox(workspace, include_sent=True)] == ["unfiled"]

    dovecot.start()
    assert send.send_pending(workspace, account_id).filed == [outbox_id]
    assert len(smtp_server.messages()) == 1  # filed, not sent twice
    sync_once(workspace, account_id)  # the Sent copy is matched by content, not duplicated
    assert message_count(workspace) == 1 and uids_of(workspace, "Sent") == [1]


def test_reply_and_forward_drafts(workspace, dovecot, imap_user, smtp_server):
    ana = _client(workspace)
    dovecot.append(imap_user, [message(1, sender="Ana <ana@example.org>",
                                       cc="bea@example.org, practitioner@example.test",
                                       subject="Question", msgid="<q1@example.org>",
                                       body="Can we move Tuesday?")])
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    sync_once(workspace, account_id)
    with workspace.read() as s:
        mid = s.scalar(select(MailMessage.id))
    reply = compose.reply_draft(workspace, mid, reply_all=True)
    assert (reply.to, reply.cc, reply.subject) == (["ana@example.org"], ["bea@example.org"],
                                                   "Re: Question")
    assert (reply.in_reply_to, reply.references, reply.person_id) == (
        "<q1@example.org>", ["<q1@example.org>"], ana)
    assert "> Can we move Tuesday?" in reply.text
    forward = compose.forward_draft(workspace, mid)
    assert forward.subject == "Fwd: Question" and "Can we move Tuesday?" in forward.text
    assert compose.new_draft(workspace, ana).to == ["ana@example.org"]

    send.queue_message(workspace, reply)
    send.send_pending(workspace, account_id)
    sync_once(workspace, account_id)
    (thread,) = messages.person_threads(workspace, ana)
    assert [m.subject for m in thread.messages] == ["Question", "Re: Question"]


def test_reminders_are_queued_once_in_the_clients_language_without_health_details(
        workspace, dovecot, imap_user, smtp_server):
    practice.update_practice(workspace, name="Consulta Serena", practitioner_name="Dra. Silva",
                             time_zone="Europe/Madrid")
    make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    ana = _client(workspace, "Ana", "ana@example.org")
    luis = _client(workspace, "Luis", "luis@example.org")
    reminders.set_client_reminders(workspace, ana, True, "es")
    assert reminders.client_reminders(workspace, ana) == reminders.ClientReminders(True, "es")
    assert not reminders.client_reminders(workspace, luis).enabled

    now = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)
    soon = dt.datetime(2026, 12, 8, 7, 30, tzinfo=dt.UTC)  # 08:30 in Madrid
    later = now + dt.timedelta(hours=30)

    def book(client, start):
        return appointments.book(workspace, AppointmentInput(
            client_id=client, starts_at=start, duration_minutes=50,
            private_note="Panic attacks follow-up"))[0]

    first = book(ana, soon)
    book(ana, later)
    book(luis, now + dt.timedelta(hours=2))  # not opted in
    queued = reminders.queue_due_reminders(workspace, now=now)
    assert len(queued) == 1
    assert reminders.queue_due_reminders(workspace, now=now) == []
    assert reminders.queue_due_reminders(workspace, now=now + dt.timedelta(hours=1)) == []

    (entry,) = send.list_outbox(workspace)
    assert entry.purpose.startswith(f"reminder:{first}:") and entry.person_id == ana
    assert entry.subject == "Recordatorio de cita: martes, 8 de diciembre de 2026"
    send.send_pending(workspace)
    (got,) = smtp_server.messages()
    body = message_from_bytes(got.data, policy=policy.default).get_content()
    assert "Hola Ana" in body and "8:30" in body and "Dra. Silva" in body
    assert "Consulta Serena" in body and "Panic" not in body and "50" not in body

    # A longer lead time reaches the later appointment; moving one re-arms its reminder.
    reminders.set_lead_hours(workspace, 48)
    assert len(reminders.queue_due_reminders(workspace, now=now)) == 1
    appointments.update_appointment(workspace, first, AppointmentInput(
        client_id=ana, starts_at=soon + dt.timedelta(hours=3), duration_minutes=50))
    assert len(reminders.queue_due_reminders(workspace, now=now)) == 1
    reminders.set_client_reminders(workspace, ana, False)
    assert reminders.queue_due_reminders(workspace, now=now) == []


def test_templates_exist_in_four_languages_and_use_the_practice_time_zone():
    start = dt.datetime(2027, 3, 1, 15, 0, tzinfo=dt.UTC)
    for language, word in (("en", "reminder"), ("es", "recordamos"), ("fr", "rappelons"),
                           ("pt", "Lembramos")):
        subject, text = reminders.render_reminder(
            language, starts_at=start, time_zone="America/Sao_Paulo", client_name="Ana",
            practice_name="P", practitioner_name="Dr. X")
        assert word in text and "12:00" in text and "Dr. X" in text, (language, text)
