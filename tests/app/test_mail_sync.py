"""The IMAP sync against a real Dovecot: first and incremental runs, flags both ways (with and
without CONDSTORE), expunges, a UIDVALIDITY change, and which folders are synced."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.mail import messages
from app.mail.account import AccountInput, save_account
from app.mail.sync import SyncEngine, sync_once
from app.services import clients
from app.services.people import PersonInput
from app.store.models import MailLink, MailLocation, MailMessage
from tests.app.mail_helpers import (
    PRACTITIONER,
    folder_row,
    linked_subjects,
    make_account,
    message,
    message_count,
    subjects,
    uids_of,
)


def _flags_on_server(dovecot, user, folder="INBOX") -> dict[int, set[str]]:
    with dovecot.client(user) as c:
        c.select_folder(folder, readonly=True)
        return {uid: {f.decode() for f in data[b"FLAGS"]}
                for uid, data in c.fetch(c.search("ALL"), ["FLAGS"]).items()}


def _id_by_subject(ws, subject: str) -> int:
    with ws.read() as s:
        return s.scalar(select(MailMessage.id).where(MailMessage.subject == subject))


def test_first_sync_then_incremental_runs_fetch_only_what_is_new(workspace, dovecot, imap_user):
    dovecot.append(imap_user, [message(i) for i in range(1, 6)])
    dovecot.append(imap_user, [message(i, sender=PRACTITIONER, to="client@example.org")
                               for i in (6, 7)], folder="Sent")
    account_id = make_account(workspace, dovecot, imap_user)
    progress = []
    report = sync_once(workspace, account_id, batch_size=3,
                       on_progress=lambda done, total: progress.append((done, total)))
    assert (report.new, report.folders, report.stopped) == (7, ["INBOX", "Sent"], False)
    # Batches of 3 (INBOX: 3 + 2, Sent: 2); a store that falls behind takes waiting batches
    # together, so a step may be skipped, but counts only ever end a batch, and rise to 7.
    dones = [done for done, _total in progress]
    assert {total for _done, total in progress} == {7}
    assert dones[0] == 0 and dones[-1] == 7 and dones == sorted(set(dones))
    assert set(dones) <= {0, 3, 5, 7}
    assert subjects(workspace) == [f"Message {i}" for i in range(1, 8)]
    assert uids_of(workspace, "INBOX") == [1, 2, 3, 4, 5]
    assert uids_of(workspace, "Sent") == [1, 2]
    inbox = folder_row(workspace, "INBOX")
    assert (inbox.role, inbox.last_uid) == ("inbox", 5) and inbox.highest_modseq
    assert folder_row(workspace, "Sent").role == "sent"

    progress.clear()
    again = sync_once(workspace, account_id, on_progress=lambda d, t: progress.append((d, t)))
    assert (again.new, again.flags_pulled, again.removed) == (0, 0, 0)
    assert progress == [(0, 0)]

    dovecot.append(imap_user, [message(8), message(9)])
    progress.clear()
    later = sync_once(workspace, account_id, on_progress=lambda d, t: progress.append((d, t)))
    assert later.new == 2 and progress[-1] == (2, 2)
    assert uids_of(workspace, "INBOX") == [1, 2, 3, 4, 5, 6, 7]
    assert message_count(workspace) == 9


@pytest.mark.parametrize("condstore", [True, False], ids=["condstore", "full-rescan"])
def test_read_and_unread_flow_both_ways(workspace, dovecot, imap_user, condstore):
    dovecot.append(imap_user, [message(i) for i in range(1, 4)])
    account_id = make_account(workspace, dovecot, imap_user)
    sync_once(workspace, account_id, use_condstore=condstore)
    rows = {r.subject: r for r in messages.message_rows(
        workspace, messages.list_message_ids(workspace))}
    assert all(r.unread for r in rows.values())

    # Read on another device → read here.
    with dovecot.client(imap_user) as c:
        c.select_folder("INBOX")
        c.add_flags([1], [b"\\Seen", b"\\Flagged"])
    report = sync_once(workspace, account_id, use_condstore=condstore)
    assert report.flags_pulled == 1
    assert not messages.get_message(workspace, rows["Message 1"].id).summary.unread
    assert messages.unread_count(workspace) == 2

    # Read here → read on the server; unread here → unread there.
    messages.set_read(workspace, [rows["Message 2"].id], True)
    messages.set_read(workspace, [rows["Message 1"].id], False)
    report = sync_once(workspace, account_id, use_condstore=condstore)
    assert report.flags_pushed == 2
    flags = _flags_on_server(dovecot, imap_user)
    assert "\\Seen" in flags[2] and "\\Seen" not in flags[1] and "\\Flagged" in flags[1]
    with workspace.read() as s:
        assert not any(s.scalars(select(MailMessage.flags_pending)))
    # The pushed state is what comes back: nothing flips on the next run.
    sync_once(workspace, account_id, use_condstore=condstore)
    assert messages.get_message(workspace, rows["Message 1"].id).summary.unread
    assert not messages.get_message(workspace, rows["Message 2"].id).summary.unread


def test_deleted_on_the_server_goes_here_unless_filed_to_a_client(workspace, dovecot, imap_user):
    dovecot.append(imap_user, [message(1, sender="ana@example.org"), message(2), message(3)])
    ana = clients.create_client(workspace, PersonInput(first_name="Ana",
                                                       emails=["ana@example.org"]))
    account_id = make_account(workspace, dovecot, imap_user)
    sync_once(workspace, account_id)
    assert linked_subjects(workspace, ana) == ["Message 1"]

    with dovecot.client(imap_user) as c:
        c.select_folder("INBOX")
        c.delete_messages([1, 2])
        c.expunge()
    report = sync_once(workspace, account_id)
    assert report.removed == 1  # message 2; message 1 is filed to Ana and stays
    assert subjects(workspace) == ["Message 1", "Message 3"]
    assert uids_of(workspace, "INBOX") == [3]
    (kept,) = [t for t in messages.person_threads(workspace, ana)]
    assert not kept.messages[0].on_server
    assert messages.get_message(workspace, kept.messages[0].id).body_text.startswith("Body")

    # The user may still remove it; then it is gone.
    messages.delete_local(workspace, kept.messages[0].id)
    assert linked_subjects(workspace, ana) == []


@pytest.mark.parametrize("folder", ["INBOX", "Sent"])
def test_a_uidvalidity_change_remaps_without_duplicates_and_keeps_filed_mail(
        workspace, dovecot, imap_user, folder):
    dovecot.append(imap_user, [message(i, sender="ana@example.org" if i == 1 else
                                       "other@example.org") for i in range(1, 5)],
                   folder=folder)
    ana = clients.create_client(workspace, PersonInput(first_name="Ana",
                                                       emails=["ana@example.org"]))
    account_id = make_account(workspace, dovecot, imap_user)
    sync_once(workspace, account_id)
    before = {m: _id_by_subject(workspace, m) for m in subjects(workspace)}
    messages.link_to_person(workspace, before["Message 2"], ana)  # filed by hand
    old_uids = uids_of(workspace, folder)

    old, new = dovecot.recreate_mailbox(imap_user, folder)
    with dovecot.client(imap_user) as c:  # and meanwhile two messages went away for good
        c.select_folder(folder)
        gone = c.search(["OR", "SUBJECT", "Message 1", "SUBJECT", "Message 3"])
        c.delete_messages(gone)
        c.expunge()
    report = sync_once(workspace, account_id)

    assert folder_row(workspace, folder).uidvalidity == new != old
    after = {m: _id_by_subject(workspace, m) for m in subjects(workspace)}
    # Same rows (no duplicate, links intact); 3 went away; 1 is filed to Ana so it stays.
    assert after == {k: v for k, v in before.items() if k != "Message 3"}
    assert report.new == 0 and report.known == 2
    assert linked_subjects(workspace, ana) == ["Message 1", "Message 2"]
    new_uids = uids_of(workspace, folder)
    assert len(new_uids) == 2 and (folder == "Sent" or not set(new_uids) & set(old_uids))
    with workspace.read() as s:
        assert not list(s.scalars(select(MailLocation).where(MailLocation.uid < 0)))
    assert sync_once(workspace, account_id).new == 0


def test_sent_folder_by_special_use_first_then_by_name_in_four_languages(workspace, dovecot):
    user = dovecot.new_user(sent_folder="Enviados")
    with dovecot.client(user) as c:
        c.create_folder("Posted")  # flagged \\Sent by the server's configuration
    dovecot.append(user, [message(1)], folder="Posted")
    dovecot.append(user, [message(2)], folder="Enviados")
    account_id = make_account(workspace, dovecot, user)
    assert sync_once(workspace, account_id).folders == ["INBOX", "Posted"]

    for name in ("Itens Enviados", "Envoyés", "Elementos enviados"):
        other = dovecot.new_user(sent_folder=name)
        settings = save_account(workspace, AccountInput(imap_user=other),
                                account_id=account_id)
        assert SyncEngine(workspace, settings.id).run().folders == ["INBOX", name]


def test_ticked_folders_are_synced_and_unticked_ones_keep_their_mail(workspace, dovecot,
                                                                     imap_user):
    with dovecot.client(imap_user) as c:
        c.create_folder("Clients/Ana")
    dovecot.append(imap_user, [message(1, subject="In a folder")], folder="Clients/Ana")
    account_id = make_account(workspace, dovecot, imap_user, extra_folders=["Clients/Ana",
                                                                             "Missing"])
    assert sync_once(workspace, account_id).folders == ["INBOX", "Sent", "Clients/Ana"]
    assert subjects(workspace) == ["In a folder"]

    save_account(workspace, AccountInput(extra_folders=[]), account_id=account_id)
    assert sync_once(workspace, account_id).folders == ["INBOX", "Sent"]
    assert subjects(workspace) == ["In a folder"]
    assert not folder_row(workspace, "Clients/Ana").selected


def test_threads_group_replies_and_list_newest_first(workspace, dovecot, imap_user):
    dovecot.append(imap_user, [
        message(1, sender="ana@example.org", subject="Hello", msgid="<a1@x>"),
        message(3, sender="ana@example.org", subject="Re: Hello", msgid="<a3@x>",
                in_reply_to="<a2@x>", references="<a1@x> <a2@x>"),
        message(5, sender="ana@example.org", subject="New topic", msgid="<b1@x>"),
    ])
    dovecot.append(imap_user, [message(2, sender=PRACTITIONER, to="ana@example.org",
                                       subject="Re: Hello", msgid="<a2@x>",
                                       in_reply_to="<a1@x>", references="<a1@x>")],
                   folder="Sent")
    ana = clients.create_client(workspace, PersonInput(first_name="Ana",
                                                       emails=["ana@example.org"]))
    sync_once(workspace, make_account(workspace, dovecot, imap_user))
    threads = messages.person_threads(workspace, ana)
    assert [t.subject for t in threads] == ["New topic", "Hello"]
    assert [m.subject for m in threads[1].messages] == ["Hello", "Re: Hello", "Re: Hello"]
    assert threads[1].unread == 3
    assert messages.count_messages(workspace, messages.MessageQuery(text="topic")) == 1
    with workspace.read() as s:
        assert len(list(s.scalars(select(MailLink)))) == 4
