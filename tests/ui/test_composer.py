"""The composer and the Outbox against real servers (aiosmtpd with TLS, Dovecot): a message to a
client with an attached file goes into the Outbox, out by SMTP with the file and into the Sent
folder; a malformed address is explained under its box and nothing is queued; reply, reply all
and forward are prefilled; with the SMTP server down the message waits in the Outbox, Retry
sends it once the server is back, a refused one shows the server's reason; an invoice's Email
action opens the composer with its PDF attached.

SEND_MAIL stands for the background worker here: it runs send_pending at once, in the test's
thread (the worker itself is tested in its own module)."""

from __future__ import annotations

import datetime as dt
import shutil
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from app.mail import account as account_service
from app.mail import messages, send
from app.mail.account import AccountInput
from app.mail.send import Draft
from app.mail.sync import sync_once
from app.services import clients
from app.services.people import PersonInput
from app.store.models import MailMessage
from app.workspace import create_workspace, open_workspace
from tests.app.mail_helpers import PRACTITIONER, make_account, message
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.mail.composer import Composer, forward, register_mail_handlers, reply
from ui.mail.outbox_view import open_outbox
from ui.navigation import COMPOSE_EMAIL, MAIL, SEND_MAIL, Navigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    """The sample workspace made once; each test works on a copy (a closed workspace file is a
    complete workspace)."""
    path = tmp_path_factory.mktemp("composer") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Lisbon Family Therapy",
                          sample_data=True, language="en")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def ws(tmp_path, _template):
    template, key = _template
    shutil.copy(template, tmp_path / "practice.consulta")
    workspace = open_workspace(tmp_path / "practice.consulta", key=key)
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def _close_notices():
    """Notices without a parent window (a composer opened on its own) outlive their test."""
    yield
    for box in notices():
        box.close()
        box.deleteLater()


class Worker:
    """What the SEND_MAIL hand-off does in the app (send the Outbox now), done at once."""

    def __init__(self, ws, nav: Navigator) -> None:
        self.ws, self.nav, self.reports = ws, nav, []
        nav.provide(SEND_MAIL, self.send_now)

    def send_now(self) -> None:
        self.reports.append(send.send_pending(self.ws))
        self.nav.changed(MAIL)


def ana(ws) -> int:
    return clients.create_client(ws, PersonInput(first_name="Ana", last_name="García López",
                                                 emails=["ana@example.org", "ana@work.example"]))


def composer(qtbot, ws, nav, **kwargs) -> Composer:
    window = Composer(ws, nav, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Typed key by key (Qt's test keyboard has no key for a newline character)."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def cells(view, row: int) -> list[str]:
    """To, Subject, Status, Details of one Outbox row."""
    return [view.table.item(row, column).text() for column in range(4)]


def drop_files(target, paths) -> None:
    """Files dragged from the file manager and dropped on `target`."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, data, LEFT, Qt.KeyboardModifier.NoModifier)
    centre = target.rect().center()
    for event in (QDragEnterEvent(centre, *args), QDropEvent(QPointF(centre), *args)):
        QApplication.sendEvent(target, event)
        assert event.isAccepted()


def visible_composers() -> list[Composer]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, Composer) and w.isVisible()]


def notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_message_to_a_client_with_a_file_goes_out_and_into_sent(qtbot, ws, dovecot, imap_user,
                                                                   smtp_server, tmp_path):
    client = ana(ws)
    make_account(ws, dovecot, imap_user, smtp=smtp_server)
    nav = Navigator()
    asked = []
    nav.provide(SEND_MAIL, lambda: asked.append(True))
    window = composer(qtbot, ws, nav, person_id=client)
    # Prefilled with the client's first address, the practitioner's account as sender.
    assert window.to_edit.text() == "Ana García López <ana@example.org>"
    assert window.from_line.text() == f"Dr. Ana Silva <{PRACTITIONER}>"
    assert window.filed_to.text() == "Filed to Ana García López"
    assert not window.cc_edit.isVisible() and window.send_button.isEnabled()
    assert window.focusWidget() is window.subject_edit

    plan = tmp_path / "Sleep plan – week 2.pdf"
    plan.write_bytes(b"%PDF-1.7 sleep plan " + b"x" * 40_000)
    window.add_files([plan])
    (row,) = window.attachments.rows
    assert row.name.text() == "Sleep plan – week 2.pdf" and row.size.text() == "39 KB"
    window.subject_edit.setText("Your sleep plan")
    type_text(qtbot, window.plain, "Hello Ana,\n\nHere is the plan we discussed.")
    window.resize(760, 560)
    save(window, "composer-attachment")

    with qtbot.waitSignal(window.queued) as queued:
        qtbot.mouseClick(window.send_button, LEFT)
    assert asked == [True], "the worker was asked to send now"
    assert not window.isVisible()
    (entry,) = send.list_outbox(ws)
    assert (entry.id, entry.status, entry.subject) == (queued.args[0], "queued",
                                                       "Your sleep plan")
    assert entry.to == "Ana García López <ana@example.org>" and entry.person_id == client

    report = send.send_pending(ws)
    assert report.sent == report.filed == [entry.id]
    (got,) = smtp_server.messages()
    assert got.rcpt_tos == ["ana@example.org"] and got.mail_from == PRACTITIONER
    sent = message_from_bytes(got.data, policy=policy.default)
    assert sent["Subject"] == "Your sleep plan" and "García López" in str(sent["To"])
    assert "Here is the plan we discussed." in sent.get_body(("plain",)).get_content()
    (attached,) = sent.iter_attachments()
    assert attached.get_filename() == plan.name
    assert attached.get_content() == plan.read_bytes()
    with dovecot.client(imap_user) as c:
        c.select_folder("Sent", readonly=True)
        (uid,) = c.search("ALL")
        copy = c.fetch([uid], ["RFC822"])[uid][b"RFC822"]
    assert message_from_bytes(copy)["Subject"] == "Your sleep plan"
    (thread,) = messages.person_threads(ws, client)
    assert [m.subject for m in thread.messages] == ["Your sleep plan"]


def test_formatted_text_and_removing_an_attachment(qtbot, ws, dovecot, imap_user, smtp_server,
                                                   tmp_path):
    make_account(ws, dovecot, imap_user, smtp=smtp_server)
    nav = Navigator()
    window = composer(qtbot, ws, nav)
    assert window.focusWidget() is window.to_edit and window.windowTitle() == "New message"
    window.to_edit.setText('"Dupont, François" <f.dupont@example.fr>; bea@example.org')
    window.subject_edit.setText("Agenda")
    window.plain.setPlainText("Points for Monday")
    qtbot.mouseClick(window.format_button, LEFT)
    assert window.toolbar.isVisible() and window.rich.toPlainText() == "Points for Monday"
    window.rich.selectAll()
    window.toolbar.bold.trigger()
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
    window.add_files([tmp_path / "a.txt"])
    drop_files(window.rich.viewport(), [tmp_path / "b.txt"])  # dropped on the text: attached
    assert "b.txt" not in window.rich.toPlainText()
    save(window, "composer-formatted")
    qtbot.mouseClick(window.attachments.rows[0].remove_button, LEFT)
    assert [a.filename for a in window.attachments.items] == ["b.txt"]
    assert window.send() is not None
    send.send_pending(ws)
    (got,) = smtp_server.messages()
    assert sorted(got.rcpt_tos) == ["bea@example.org", "f.dupont@example.fr"]
    sent = message_from_bytes(got.data, policy=policy.default)
    assert "Dupont, François" in str(sent["To"])
    html = sent.get_body(("html",)).get_content()
    assert "Points for Monday" in html and ("<b>" in html or "font-weight" in html)
    assert [a.get_filename() for a in sent.iter_attachments()] == ["b.txt"]


def test_a_formatted_draft_opens_formatted(qtbot, ws):
    window = composer(qtbot, ws, Navigator(), draft=Draft(
        to=["ana@example.org"], subject="Hi", html="<p>Hello <b>Ana</b></p>"))
    assert window.is_rich() and window.toolbar.isVisible()
    assert window.rich.toPlainText() == "Hello Ana"
    window.set_rich(False)
    assert window.plain.toPlainText() == "Hello Ana" and not window.toolbar.isVisible()


def test_a_malformed_address_is_explained_and_nothing_is_queued(qtbot, ws, memory_keyring):
    nav = Navigator()
    client = ana(ws)
    window = composer(qtbot, ws, nav, person_id=client)
    # No account yet: the window says what to do, and Send waits for it.
    assert window.account_box.isVisible() and not window.send_button.isEnabled()
    assert "Set up your email account first" in window.account_problem.text()
    account_service.save_account(ws, AccountInput(
        email=PRACTITIONER, display_name="Dr. Ana Silva", imap_host="127.0.0.1", imap_port=993,
        imap_security="tls", imap_user=PRACTITIONER, smtp_host="127.0.0.1", smtp_port=465,
        smtp_security="tls", smtp_user=PRACTITIONER), imap_password="x", smtp_password="x")
    nav.changed(MAIL)
    assert not window.account_box.isVisible() and window.send_button.isEnabled()

    window.to_edit.setText("Ana <ana@example.org>, bea@example")
    window.subject_edit.setText("Hello")
    qtbot.mouseClick(window.send_button, LEFT)
    error = window.errors["to"]
    assert error.isVisible()
    assert error.text() == "“bea@example” is not a valid email address (like name@example.com)."
    assert window.to_edit.property("invalid") is True and window.focusWidget() is window.to_edit
    assert window.isVisible() and send.list_outbox(ws) == []
    save(window, "composer-bad-address")
    qtbot.keyClick(window.to_edit, Qt.Key.Key_End)
    qtbot.keyClicks(window.to_edit, ".org")
    assert not error.isVisible(), "typing clears the message"

    qtbot.mouseClick(window.show_bcc, LEFT)
    window.bcc_edit.setText("archive at example.org")
    qtbot.mouseClick(window.send_button, LEFT)
    assert window.errors["bcc"].isVisible() and "archive at example.org" in \
        window.errors["bcc"].text()
    window.to_edit.clear()
    window.bcc_edit.clear()
    qtbot.mouseClick(window.send_button, LEFT)
    assert window.errors["to"].text() == "Add at least one recipient."
    assert send.list_outbox(ws) == []

    # Closing with what was typed asks first; saying no keeps the window.
    window.close()
    box = next(b for b in notices() if b.objectName() == "confirm")
    assert "not been sent" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert window.isVisible()
    qtbot.mouseClick(window.discard_button, LEFT)
    yes = next(b for b in window.discard_question.buttons() if b.objectName() == "confirm_yes")
    qtbot.mouseClick(yes, LEFT)
    assert not window.isVisible() and send.list_outbox(ws) == []


def _question(dovecot, imap_user) -> None:
    mail = EmailMessage()
    mail["From"] = "Ana <ana@example.org>"
    mail["To"] = PRACTITIONER
    mail["Cc"] = f"bea@example.org, {PRACTITIONER}"
    mail["Subject"] = "Question"
    mail["Message-ID"] = "<q1@example.org>"
    mail["Date"] = "Sun, 01 Nov 2026 09:01:00 +0000"
    mail.set_content("Can we move Tuesday?\nThe afternoon suits me better.")
    mail.add_attachment(b"%PDF-1.7 referral", maintype="application", subtype="pdf",
                        filename="referral.pdf")
    # Over the account's 1 MB limit: listed, left on the server until fetched.
    mail.add_attachment(b"\xff" * 1_300_000, maintype="image", subtype="jpeg",
                        filename="scan.jpg")
    dovecot.append(imap_user, [mail.as_bytes(), message(2, sender="bea@example.org")])


def test_reply_reply_all_and_forward_are_prefilled(qtbot, ws, dovecot, imap_user, smtp_server):
    client = ana(ws)
    _question(dovecot, imap_user)
    make_account(ws, dovecot, imap_user, smtp=smtp_server, attachment_limit_mb=1)
    sync_once(ws)
    with ws.read() as s:
        question = s.scalar(select(MailMessage.id).where(MailMessage.subject == "Question"))
    nav = Navigator()

    answer = reply(None, ws, nav, question)
    qtbot.addWidget(answer)
    assert answer.heading.text() == "Reply" and answer.windowTitle() == "Re: Question"
    assert answer.to_edit.text() == "Ana García López <ana@example.org>"
    assert not answer.cc_edit.isVisible()
    assert answer.subject_edit.text() == "Re: Question"
    assert answer.filed_to.text() == "Filed to Ana García López"
    body = answer.plain.toPlainText()
    assert "> Can we move Tuesday?\n> The afternoon suits me better." in body
    assert answer.plain.textCursor().position() == 0 and answer.focusWidget() is answer.plain
    assert answer.attachments.items == []

    everyone = reply(None, ws, nav, question, reply_all=True)
    qtbot.addWidget(everyone)
    assert everyone.heading.text() == "Reply all"
    assert everyone.cc_edit.isVisible() and everyone.cc_edit.text() == "bea@example.org"
    assert PRACTITIONER not in everyone.to_edit.text() + everyone.cc_edit.text()

    onward = forward(None, ws, nav, question)
    qtbot.addWidget(onward)
    assert onward.heading.text() == "Forward" and onward.to_edit.text() == ""
    assert onward.subject_edit.text() == "Fwd: Question" and onward.focusWidget() is onward.to_edit
    assert "Forwarded message" in onward.plain.toPlainText()
    assert "Can we move Tuesday?" in onward.plain.toPlainText()
    assert [a.filename for a in onward.attachments.items] == ["referral.pdf"]
    assert onward.notice.isVisible() and "scan.jpg" in onward.notice.text()
    assert not answer.notice.isVisible()
    save(onward, "composer-forward")

    qtbot.keyClicks(answer.plain, "Yes, Thursday at 16:00 works.")
    answer.send()
    send.send_pending(ws)
    got = message_from_bytes(smtp_server.messages()[0].data, policy=policy.default)
    assert got["In-Reply-To"] == "<q1@example.org>" and got["References"] == "<q1@example.org>"
    text = got.get_body(("plain",)).get_content()
    assert text.startswith("Yes, Thursday at 16:00 works.") and "> Can we move" in text
    sync_once(ws)
    (thread,) = messages.person_threads(ws, client)
    assert [m.subject for m in thread.messages] == ["Question", "Re: Question"]


def test_the_outbox_waits_retries_and_shows_refusals(qtbot, ws, dovecot, imap_user, smtp_server):
    make_account(ws, dovecot, imap_user, smtp=smtp_server)
    nav = Navigator()
    worker = Worker(ws, nav)
    smtp_server.stop()
    window = composer(qtbot, ws, nav)
    window.to_edit.setText("ana@example.org")
    window.subject_edit.setText("Moving Tuesday")
    window.send()
    assert worker.reports[-1].waiting == 1, "no server: it waits"

    main = QWidget()
    qtbot.addWidget(main)
    view = open_outbox(main, ws, nav)
    assert view.table.rowCount() == 1 and view.pages.currentWidget() is view.table
    assert cells(view, 0)[:3] == ["ana@example.org", "Moving Tuesday", "Waiting"]
    assert "refused the connection" in view.table.item(0, 3).text()
    assert "as soon as the connection is back" in view.detail.text()
    assert view.summary.text().startswith("1 message")

    smtp_server.start()
    qtbot.mouseClick(view.retry_button, LEFT)
    assert [m.rcpt_tos for m in smtp_server.messages()] == [["ana@example.org"]]
    assert cells(view, 0)[2:] == ["Sent", ""] and not view.retry_button.isEnabled()
    assert view.summary.text().startswith("Nothing waits to be sent")

    # A recipient the server refuses for good: the reason stays with the message.
    refused = composer(qtbot, ws, nav)
    refused.to_edit.setText("nobody@example.org")
    refused.subject_edit.setText("Invoice INV-2026-0002")
    refused.send()
    assert view.table.rowCount() == 2
    assert cells(view, 0)[:3] == ["nobody@example.org", "Invoice INV-2026-0002", "Not sent"]
    assert "550 5.1.1 No such user here" in view.table.item(0, 3).text()
    assert view.selected().subject == "Invoice INV-2026-0002"
    assert "No such user here" in view.detail.text()
    assert view.detail.property("state") == "failed"
    view.resize(860, 420)
    save(view, "outbox-failed")
    qtbot.mouseClick(view.retry_button, LEFT)  # refused again: still there, tried twice
    (failed,) = send.list_outbox(ws)
    assert failed.attempts == 2 and failed.status == "failed"

    qtbot.mouseClick(view.discard_button, LEFT)
    box = view.question
    assert "Invoice INV-2026-0002" in box.text()
    qtbot.mouseClick(next(b for b in box.buttons() if b.objectName() == "confirm_yes"), LEFT)
    assert send.list_outbox(ws) == [] and view.table.rowCount() == 1
    assert open_outbox(main, ws, nav) is view, "one Outbox window at a time"


def test_through_the_background_worker_it_goes_out_and_the_outbox_follows(
        qtbot, ws, dovecot, imap_user, smtp_server):
    from ui.mail.sync_worker import MailSyncController

    make_account(ws, dovecot, imap_user, smtp=smtp_server)
    nav = Navigator()
    controller = MailSyncController(ws, nav, use_idle=False, timeout=5.0)
    nav.provide(SEND_MAIL, controller.request_send)  # as the main window wires it
    main = QWidget()
    qtbot.addWidget(main)
    view = open_outbox(main, ws, nav)
    try:
        assert controller.start()
        window = composer(qtbot, ws, nav)
        window.to_edit.setText("ana@example.org")
        window.subject_edit.setText("Through the worker")
        window.send()
        qtbot.waitUntil(lambda: len(smtp_server.messages()) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: view.table.rowCount() == 1
                        and cells(view, 0)[2] == "Sent", timeout=10_000)
    finally:
        assert controller.stop()


def test_without_a_worker_the_message_waits_and_the_window_says_so(qtbot, ws, dovecot,
                                                                  imap_user, smtp_server):
    make_account(ws, dovecot, imap_user, smtp=smtp_server)
    window = composer(qtbot, ws, Navigator(), draft=Draft(to=["ana@example.org"],
                                                          subject="Later"))
    window.send()
    (box,) = [b for b in notices() if b.objectName() == "notice"]
    assert "Outbox" in box.text()
    box.close()
    assert [e.status for e in send.list_outbox(ws)] == ["queued"]
    assert smtp_server.messages() == []


def test_email_an_invoice_from_the_billing_menu(qtbot, ws):
    from ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.navigator.handler(COMPOSE_EMAIL) is not None
    window.show_area("billing")
    area = window.billing
    table = area.table
    (row,) = [r for r in range(table.invoices.rowCount())
              if table.invoices.index(r, 0).data() == "INV-2026-0001"]
    table.selectRow(row)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    email = next(a for a in area.menu.actions() if a.objectName() == "email")
    assert email.isEnabled()
    email.trigger()
    area.menu.close()
    (opened,) = window.findChildren(Composer)
    assert opened.isVisible() and opened.parentWidget() is window
    sofia = clients.get_client(ws, opened.person_id)
    assert opened.to_edit.text() == f"{sofia.full_name} <{sofia.primary_email}>"
    assert opened.subject_edit.text() == "Invoice INV-2026-0001"
    assert "€145.00" in opened.plain.toPlainText()
    (pdf,) = opened.attachments.items
    assert pdf.filename == "INV-2026-0001.pdf" and pdf.content.startswith(b"%PDF-")
    assert pdf.mime_type == "application/pdf"
    # No account yet: the composer says so rather than failing on Send.
    assert opened.account_box.isVisible() and not opened.send_button.isEnabled()


def test_a_note_is_handed_over_the_same_way(qtbot, ws):
    from app.services import notes
    from app.services.notes import NoteInput
    from ui.documentation.note_actions import email_note

    nav = Navigator()
    register_mail_handlers(nav, ws)
    client = ana(ws)
    note = notes.create_note(ws, client, NoteInput("Session summary", dt.date(2026, 11, 3), "<p>Summary</p>"))
    before = set(visible_composers())
    assert email_note(None, ws, nav, note.id)
    (opened,) = set(visible_composers()) - before
    qtbot.addWidget(opened)
    assert opened.to_edit.text() == "Ana García López <ana@example.org>"
    assert opened.subject_edit.text() == "Note: Session summary"
    (pdf,) = opened.attachments.items
    assert pdf.filename.endswith(".pdf") and pdf.content.startswith(b"%PDF-")
