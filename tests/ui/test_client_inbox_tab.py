"""A client's Inbox tab: the email history with the client in conversations, newest first, a
reply grouped under its conversation (which then comes first); opening a message marks it read;
`+ Compose` writes to the client; the appointment-reminder opt-in and its language are kept.

Mail comes from the real Dovecot through the real SyncEngine (tests/ui/mail_fixtures.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.mail import messages, reminders
from app.mail.sync import sync_once
from app.services import clients
from app.services.people import PersonInput
from tests.app.mail_helpers import message
from tests.mail_servers import dovecot, mail_certificates  # noqa: F401 (fixtures)
from tests.ui.mail_fixtures import make_template
from tests.ui.record_helpers import make_harness
from tests.ui.screens import save
from ui.clients.record.inbox_tab import InboxTab
from ui.navigation import Navigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def template(tmp_path_factory, dovecot):  # noqa: F811
    return make_template(tmp_path_factory.mktemp("client-inbox"), dovecot)


@pytest.fixture
def ws(template, tmp_path):
    workspace = template.open_copy(tmp_path)
    yield workspace
    workspace.close()


def make_tab(qtbot, ws, client_id: int) -> InboxTab:
    tab = InboxTab(ws, Navigator(), client_id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def outline(tab) -> list[tuple[str, list[str]]]:
    """(conversation, [its messages' senders]) as listed."""
    out = []
    for i in range(tab.tree.topLevelItemCount()):
        top = tab.tree.topLevelItem(i)
        out.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return out


def bold(item) -> bool:
    return item.font(0).bold()


def test_conversations_newest_first_with_replies_grouped_and_a_thread_open(qtbot, ws, template,
                                                                          dovecot):  # noqa: F811
    window = make_harness(qtbot, ws)
    window.clients.resize(1180, 760)
    window.navigator.open_client(template.ana)
    record = window.clients.record
    record.tabs.setCurrentWidget(record.inbox)
    tab = record.inbox
    assert outline(tab) == [("Rescheduling Thursday  (3)", ["Ana Costa", "You", "Ana Costa"]),
                            ("Exercise sheet", [])]
    assert tab.title.text() == "2 conversations · 4 messages"
    first = tab.tree.topLevelItem(0)
    assert first.isExpanded() and bold(first)  # Ana's answer is unread
    assert not bold(first.child(0)) and bold(first.child(2))

    # Her answer: opened, read, and the conversation no longer bold.
    rect = tab.tree.visualItemRect(first.child(2))
    qtbot.mouseClick(tab.tree.viewport(), LEFT, pos=rect.center())
    view = tab.view
    assert view.detail.summary.subject == "Re: Rescheduling Thursday"
    assert "Friday at 10 is perfect" in view.browser.toPlainText()
    assert not messages.get_message(ws, view.message_id).summary.unread
    qtbot.waitUntil(lambda: not bold(tab.tree.topLevelItem(0)))
    assert tab.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == view.message_id
    save(window.clients, "record-inbox")

    # Ana answers the exercise sheet (In-Reply-To only): that conversation moves to the top,
    # her reply under it.
    dovecot.append(template.user, [message(
        9, sender="Ana Costa <ana@example.org>", subject="Re: Exercise sheet",
        in_reply_to="<sheet@example.org>", body="I did the exercise twice a day.\n",
        when=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC))])
    assert sync_once(ws).new == 1
    record.inbox.refresh()
    assert outline(tab) == [("Exercise sheet  (2)", ["Ana Costa", "Ana Costa"]),
                            ("Rescheduling Thursday  (3)", ["Ana Costa", "You", "Ana Costa"])]
    assert tab.tree.currentItem().parent().text(0) == "Rescheduling Thursday  (3)"  # kept


def test_a_single_message_opens_from_its_conversation_line(qtbot, ws, template):
    tab = make_tab(qtbot, ws, template.luis)
    assert outline(tab) == [("Scan of my report", [])]
    item = tab.tree.topLevelItem(0)
    qtbot.mouseClick(tab.tree.viewport(), LEFT, pos=tab.tree.visualItemRect(item).center())
    assert tab.view.detail.summary.subject == "Scan of my report"
    assert tab.view.attachments.button(tab.view.detail.attachments[0].id, "download")


def test_reminders_opt_in_and_language_are_kept(qtbot, ws, template):
    tab = make_tab(qtbot, ws, template.ana)
    assert not tab.reminders.isChecked() and not tab.language.isEnabled()
    assert "24 hour" in tab.reminder_hint.text() and "no health details" in tab.reminder_hint.text()
    tab.reminders.click()
    assert tab.language.isEnabled()
    assert reminders.client_reminders(ws, template.ana) == reminders.ClientReminders(True, "en")
    tab.language.setCurrentIndex(tab.language.findData("es"))
    tab.language.activated.emit(tab.language.currentIndex())
    assert reminders.client_reminders(ws, template.ana).language == "es"

    again = make_tab(qtbot, ws, template.ana)
    assert again.reminders.isChecked() and again.language.currentData() == "es"
    again.reminders.click()
    assert not reminders.client_reminders(ws, template.ana).enabled
    assert not again.language.isEnabled()
    save(again, "record-inbox-reminders")


def test_compose_writes_to_the_client_and_a_client_without_address_is_told_why_not(
        qtbot, ws, template):
    tab = make_tab(qtbot, ws, template.ana)
    tab.compose_button.click()
    composer = tab.composer
    assert composer is not None and composer.isVisible()
    assert "ana@example.org" in composer.to_edit.text()
    composer.close()

    nobody = clients.create_client(ws, PersonInput(first_name="Rui", last_name="Sem Email"))
    tab = make_tab(qtbot, ws, nobody)
    assert not tab.compose_button.isEnabled()
    assert "Add an email address" in tab.compose_button.toolTip()
    assert not tab.reminders.isEnabled() and "Add an email address" in tab.reminder_hint.text()
    assert tab.list_stack.currentWidget() is tab.empty
    assert "No email with this client yet" in tab.empty.text()
