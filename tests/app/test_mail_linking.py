"""Messages belong to the people whose addresses they carry: every From/To/Cc address, any
case, all of a person's addresses, clients and contacts; people added or changed later pick up
mail already synced and the server is searched for their older mail."""

from __future__ import annotations

import datetime as dt

from app.mail import messages
from app.mail.account import AccountInput, save_account
from app.mail.messages import FILTER_CLIENTS, FILTER_CONTACTS, FILTER_UNLINKED, MessageQuery
from app.mail.sync import SyncEngine, sync_once
from app.services import clients, contacts
from app.services.people import PersonInput
from tests.app.mail_helpers import (
    PRACTITIONER,
    linked_subjects,
    make_account,
    message,
    subjects,
)

LONG_AGO = dt.datetime(2019, 3, 4, 10, 0, tzinfo=dt.UTC)


def test_any_from_to_cc_address_of_a_person_links_whatever_its_case(workspace, dovecot,
                                                                   imap_user):
    ana = clients.create_client(workspace, PersonInput(
        first_name="Ana", emails=["ana@example.org", "Ana.Work@Office.example"]))
    dr = contacts.create_contact(workspace, PersonInput(first_name="Dr", last_name="Costa",
                                                        emails=["costa@clinic.example"]))
    dovecot.append(imap_user, [
        message(1, sender="ANA@EXAMPLE.ORG", subject="From Ana"),
        message(2, sender="someone@else.example", to=PRACTITIONER,
                cc="ana.work@office.example", subject="Ana in Cc"),
        message(3, sender="someone@else.example", subject="Nobody's"),
        message(4, sender="costa@clinic.example", cc="ana@example.org", subject="Both"),
    ])
    dovecot.append(imap_user, [message(5, sender=PRACTITIONER, to="Ana <ana@example.org>",
                                       subject="To Ana")], folder="Sent")
    sync_once(workspace, make_account(workspace, dovecot, imap_user))
    assert linked_subjects(workspace, ana) == ["Ana in Cc", "Both", "From Ana", "To Ana"]
    assert linked_subjects(workspace, dr) == ["Both"]

    def listed(**query):
        ids = messages.list_message_ids(workspace, MessageQuery(**query))
        return sorted(r.subject for r in messages.message_rows(workspace, ids))

    assert listed(filter=FILTER_UNLINKED) == ["Nobody's"]
    assert listed(filter=FILTER_CONTACTS) == ["Both"]
    assert listed(filter=FILTER_CLIENTS) == ["Ana in Cc", "Both", "From Ana", "To Ana"]
    both = [r for r in messages.message_rows(workspace, messages.list_message_ids(workspace))
            if r.subject == "Both"][0]
    assert sorted(p.name for p in both.people) == ["Ana", "Dr Costa"]


def test_a_client_added_later_gets_synced_mail_at_once_and_older_mail_from_the_server(
        workspace, dovecot, imap_user):
    # Two old messages (outside the one-year window of the first sync) and two recent ones.
    with dovecot.client(imap_user) as c:
        c.append("INBOX", message(1, sender="luis@example.org", subject="Old from Luis"),
                 msg_time=LONG_AGO)
        c.append("INBOX", message(2, sender="other@example.org", subject="Old, not Luis"),
                 msg_time=LONG_AGO)
        c.append("Sent", message(3, sender=PRACTITIONER, to="luis@example.org",
                                 subject="Old to Luis"), msg_time=LONG_AGO)
    dovecot.append(imap_user, [message(4, sender="luis@example.org", subject="Recent"),
                               message(5, subject="Recent, not Luis")])
    account_id = make_account(workspace, dovecot, imap_user, sync_days=365)
    sync_once(workspace, account_id)
    assert subjects(workspace) == ["Recent", "Recent, not Luis"]

    luis = clients.create_client(workspace, PersonInput(first_name="Luis",
                                                        emails=["luis@example.org"]))
    assert linked_subjects(workspace, luis) == ["Recent"]  # no network needed for this

    report = sync_once(workspace, account_id)  # the queued server search runs
    assert report.history == 2
    assert linked_subjects(workspace, luis) == ["Old from Luis", "Old to Luis", "Recent"]
    assert "Old, not Luis" not in subjects(workspace)
    assert sync_once(workspace, account_id).history == 0  # searched once


def test_a_new_address_links_and_a_removed_one_unlinks_but_filing_by_hand_stays(
        workspace, dovecot, imap_user):
    dovecot.append(imap_user, [message(1, sender="eva@home.example", subject="Home"),
                               message(2, sender="eva@work.example", subject="Work"),
                               message(3, sender="unknown@else.example", subject="Filed")])
    eva = clients.create_client(workspace, PersonInput(first_name="Eva",
                                                       emails=["eva@home.example"]))
    account_id = make_account(workspace, dovecot, imap_user)
    sync_once(workspace, account_id)
    filed = [r for r in messages.message_rows(workspace, messages.list_message_ids(workspace))
             if r.subject == "Filed"][0]
    messages.link_to_person(workspace, filed.id, eva)
    assert linked_subjects(workspace, eva) == ["Filed", "Home"]

    clients.update_client(workspace, eva, PersonInput(emails=["eva@work.example"]))
    assert linked_subjects(workspace, eva) == ["Filed", "Work"]

    messages.unlink_from_person(workspace, filed.id, eva)
    assert linked_subjects(workspace, eva) == ["Work"]
    assert "Filed" in subjects(workspace)  # still on the server, so still in the inbox


def test_fetch_history_searches_the_server_right_away(workspace, dovecot, imap_user):
    with dovecot.client(imap_user) as c:
        c.append("INBOX", message(1, sender="mia@example.org", subject="Old from Mia"),
                 msg_time=LONG_AGO)
    account_id = make_account(workspace, dovecot, imap_user, sync_days=30)
    engine = SyncEngine(workspace, account_id)
    try:
        engine.run()
        assert subjects(workspace) == []
        assert engine.fetch_history(["MIA@example.org"]) == 1
    finally:
        engine.close()
    mia = contacts.create_contact(workspace, PersonInput(first_name="Mia",
                                                         emails=["mia@example.org"]))
    assert linked_subjects(workspace, mia) == ["Old from Mia"]


def test_widening_the_date_window_fetches_the_older_mail_once(workspace, dovecot, imap_user):
    with dovecot.client(imap_user) as c:
        c.append("INBOX", message(1, subject="From 2019"), msg_time=LONG_AGO)
    dovecot.append(imap_user, [message(2, subject="Recent")])
    account_id = make_account(workspace, dovecot, imap_user, sync_days=30)
    sync_once(workspace, account_id)
    assert subjects(workspace) == ["Recent"]
    assert sync_once(workspace, account_id).history == 0

    save_account(workspace, AccountInput(sync_days=0), account_id=account_id)  # everything
    assert sync_once(workspace, account_id).history == 1
    assert subjects(workspace) == ["From 2019", "Recent"]
    assert sync_once(workspace, account_id).history == 0
