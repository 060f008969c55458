"""The Inbox area: every synced message newest first with the person it is filed to, the unread
count in the navigation, filters and search; opening a message marks it read; HTML that tries
to load remote content loads nothing and a link asks before it opens; a damaged message says so
and shows its raw source; attachments are saved byte for byte, pictures previewed, a large one
downloaded from the server; a message from an unknown address is linked to a client (and the
address added), after which it is in that client's Inbox tab.

Mail comes from the real Dovecot through the real SyncEngine (tests/ui/mail_fixtures.py)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from app.mail import messages
from app.mail.sync import sync_once
from app.services import clients
from app.workspace import create_workspace
from tests.app.mail_helpers import PRACTITIONER, make_account
from tests.conftest import PASSPHRASE
from tests.mail_servers import dovecot, mail_certificates  # noqa: F401 (fixtures)
from tests.ui.mail_fixtures import BIG_PDF, EXERCISE_PNG, SMALL_PDF, make_template
from tests.ui.screens import save
from ui.clients.record.inbox_tab import InboxTab
from ui.mail.inbox_area import InboxArea
from ui.mail.message_table import MessageTableModel
from ui.main_window import MainWindow
from ui.navigation import Navigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def template(tmp_path_factory, dovecot):  # noqa: F811
    return make_template(tmp_path_factory.mktemp("inbox"), dovecot)


@pytest.fixture
def ws(template, tmp_path):
    workspace = template.open_copy(tmp_path)
    yield workspace
    workspace.close()


class Opened:
    """Links the area would have opened in a browser."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def area(qtbot, ws):
    nav = Navigator()
    opened = Opened()
    widget = InboxArea(ws, nav, open_url=opened)
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(area) -> list[tuple[str, str, str]]:
    """(from, subject, filed to) as listed."""
    model = area.table.messages
    return [tuple(model.data(model.index(r, c)) for c in (MessageTableModel.WHO,
                                                           MessageTableModel.SUBJECT,
                                                           MessageTableModel.PEOPLE))
            for r in range(model.rowCount())]


def subjects(area) -> list[str]:
    return [r[1] for r in rows(area)]


def is_bold(area, subject: str) -> bool:
    model = area.table.messages
    row = subjects(area).index(subject)
    font = model.data(model.index(row, MessageTableModel.SUBJECT), Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.bold()


def open_row(qtbot, area, subject: str) -> None:
    row = subjects(area).index(subject)
    table = area.table
    rect = table.visualRect(table.model().index(row, MessageTableModel.SUBJECT))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert area.view.detail is not None and area.view.detail.summary.subject == subject


def test_lists_every_message_newest_first_with_its_person_and_the_unread_count_in_the_nav(
        qtbot, ws, template):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.show_area("inbox")
    area = window.stack.currentWidget()
    assert isinstance(area, InboxArea)
    nav_titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Inbox (3)" in nav_titles  # Ana's answer, her exercise sheet, Joana's question
    assert rows(area) == [
        ("Joana Pires", "Question about your sessions", ""),
        ("Dr Marta Reis", "Referral for Ana", "Marta Reis"),
        ("Luis Ferreira", "Scan of my report", "Luis Ferreira"),
        ("Ana Costa", "Re: Rescheduling Thursday", "Ana Costa"),
        ("someone@else.example", "Broken", ""),
        ("To: Ana Costa", "Re: Rescheduling Thursday", "Ana Costa"),
        ("Ana Costa", "Rescheduling Thursday", "Ana Costa"),
        ("Ana Costa", "Exercise sheet", "Ana Costa"),
    ]
    assert is_bold(area, "Question about your sessions") and not is_bold(area, "Referral for Ana")
    # "8 messages" once the English catalogue has the plural ("message(s)" before).
    assert area.count_label.text() == "8 messages · 3 unread"
    open_row(qtbot, area, "Exercise sheet")
    save(window, "inbox-main")

    # Filters: whose messages, and unread ones.
    area.filter_buttons["unlinked"].click()
    assert subjects(area) == ["Question about your sessions", "Broken"]
    area.filter_buttons["contacts"].click()
    assert subjects(area) == ["Referral for Ana"]
    area.filter_buttons["clients"].click()
    assert len(subjects(area)) == 5 and "Referral for Ana" not in subjects(area)
    area.filter_buttons["unread"].click()
    assert subjects(area) == ["Question about your sessions", "Re: Rescheduling Thursday"]
    area.filter_buttons["all"].click()
    # Search: subject, addresses and text; several words narrow it down.
    qtbot.keyClicks(area.search, "friday")
    qtbot.waitUntil(lambda: len(subjects(area)) == 3)
    assert subjects(area) == ["Re: Rescheduling Thursday", "Re: Rescheduling Thursday",
                              "Rescheduling Thursday"]
    area.search.setText("tuesday joana")
    qtbot.waitUntil(lambda: subjects(area) == ["Question about your sessions"])
    area.search.setText("nothing like this")
    qtbot.waitUntil(lambda: area.list_stack.currentWidget() is area.list_empty)
    assert area.list_empty.text() == "No message matches."


def test_opening_a_message_marks_it_read_and_mark_as_unread_takes_it_back(qtbot, area, ws):
    titles = []
    area.title_changed.connect(titles.append)
    assert area.title() == "Inbox (3)" and is_bold(area, "Question about your sessions")
    open_row(qtbot, area, "Question about your sessions")
    assert titles == ["Inbox (2)"] and area.title() == "Inbox (2)"
    qtbot.waitUntil(lambda: not is_bold(area, "Question about your sessions"))
    mid = area.view.message_id
    assert not messages.get_message(ws, mid).summary.unread
    assert area.table.current_id() == mid  # the list was re-read, the selection kept
    view = area.view
    assert view.header_values["from"].text() == "Joana Pires <new.person@example.net>"
    assert "Do you have openings on Tuesday evenings?" in view.browser.toPlainText()
    assert view.more_button.menu() is view.menu and view.read_action in view.menu.actions()
    assert view.read_action.text() == "Mark as unread"
    view.read_action.trigger()
    assert titles[-1] == "Inbox (3)" and messages.get_message(ws, mid).summary.unread
    qtbot.waitUntil(lambda: is_bold(area, "Question about your sessions"))
    assert view.read_action.text() == "Mark as read"


def test_html_with_remote_images_scripts_and_forms_makes_no_request_and_links_ask_first(
        qtbot, tmp_path, dovecot):  # noqa: F811
    hits: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    hostile = f"""<html><head><link rel="stylesheet" href="{base}/style.css">
<style>body {{ background: url({base}/bg.png) }}</style>
<script src="{base}/script.js"></script><script>new Image().src="{base}/js-pixel";</script>
</head><body background="{base}/body.png">
<p style="background-image: url('{base}/p.png')">Dear practitioner, <b>welcome</b>.</p>
<img src="{base}/pixel.gif" width="1" height="1"><img src="{base}/logo.png">
<form action="{base}/post" method="post"><input name="q" value="x"><button>Send</button></form>
<iframe src="{base}/frame"></iframe>
<p><a href="{base}/article">Read the article</a></p></body></html>"""
    try:
        ws = create_workspace(tmp_path / "html.consulta", PASSPHRASE, practice_name="P",
                              language="en")
        user = dovecot.new_user()
        from email.message import EmailMessage

        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = "news@shop.example", PRACTITIONER, "Newsletter"
        m.set_content("Dear practitioner, welcome.")
        m.add_alternative(hostile, subtype="html")
        dovecot.append(user, [m.as_bytes()])
        sync_once(ws, make_account(ws, dovecot, user))

        opened = Opened()
        area = InboxArea(ws, Navigator(), open_url=opened)
        qtbot.addWidget(area)
        area.resize(1100, 700)
        area.show()
        qtbot.waitExposed(area)
        open_row(qtbot, area, "Newsletter")
        browser = area.view.browser
        assert "Dear practitioner, welcome." in browser.toPlainText()
        assert "Read the article" in browser.toPlainText()
        # The sanitizer kept none of it; the browser refuses what might slip through anyway.
        browser.show_html(hostile)
        qtbot.wait(300)
        assert any(u.startswith(base) for u in browser.refused)
        area.view.show_message(area.view.message_id)
        qtbot.wait(200)
        assert hits == []

        # A click on the link shows where it goes; nothing opens until the user says so.
        found = browser.document().find("Read the article")
        cursor = browser.textCursor()
        cursor.setPosition(found.selectionStart() + 4)  # inside the link text
        link_at = browser.cursorRect(cursor).center()
        qtbot.mouseClick(browser.viewport(), LEFT, pos=link_at)
        box = browser.link_question
        assert box is not None and box.isVisible()
        assert box.informativeText() == f"{base}/article"
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert opened.urls == []
        qtbot.mouseClick(browser.viewport(), LEFT, pos=link_at)
        browser.link_question.findChild(type(box.button(QMessageBox.StandardButton.Cancel)),
                                        "open_link").click()
        assert opened.urls == [f"{base}/article"]
        assert hits == []  # the opener is the browser's business, not ours
        ws.close()
    finally:
        server.shutdown()
        server.server_close()


def test_a_damaged_message_says_so_and_shows_its_raw_source(qtbot, area):
    open_row(qtbot, area, "Broken")
    view = area.view
    assert view.problem.isVisible()
    assert view.problem_title.text() == "This message could not be displayed fully."
    assert "damaged" in view.problem_detail.text()
    assert area.table.messages.data(
        area.table.messages.index(subjects(area).index("Broken"), MessageTableModel.SUBJECT),
        Qt.ItemDataRole.ToolTipRole) == "Could not be displayed fully"
    view.raw_button.click()
    dialog = view.raw_dialog
    assert dialog is not None and dialog.isVisible()
    source = dialog.text.toPlainText()
    assert "Content-Type: multipart/mixed" in source and "no parts here" in source
    save(dialog, "inbox-raw-source")
    dialog.close()
    open_row(qtbot, area, "Referral for Ana")
    assert not view.problem.isVisible()


def test_attachments_save_a_copy_byte_for_byte_and_pictures_preview(qtbot, area, tmp_path):
    open_row(qtbot, area, "Exercise sheet")
    box = area.view.attachments
    atts = {a.filename: a for a in area.view.detail.attachments}
    assert set(atts) == {"breathing-notes.png", "exercise-sheet.pdf"}
    png, pdf = atts["breathing-notes.png"], atts["exercise-sheet.pdf"]
    assert box.button(png.id, "preview") is not None and box.button(pdf.id, "preview") is None

    box.button(png.id, "preview").click()
    preview = box.preview
    assert preview is not None and preview.isVisible()
    assert (preview.image.width(), preview.image.height()) == (320, 200)
    assert preview.image.pixelColor(10, 10).name() == "#3f9b8f"
    preview.close()

    box.button(pdf.id, "save_copy").click()
    dialog = box.file_dialog
    assert dialog is not None and dialog.selectedFiles()[0].endswith("exercise-sheet.pdf")
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    dialog.setDirectory(str(target.parent))
    dialog.selectFile(target.name)
    dialog.accept()
    qtbot.waitUntil(lambda: box.saved_copy is not None, timeout=5000)
    assert target.read_bytes() == SMALL_PDF
    assert str(target) in box.notice.text() and box.notice.isVisible()
    box.save(png, tmp_path / "out" / "notes.png")
    qtbot.waitUntil(lambda: (tmp_path / "out" / "notes.png").exists(), timeout=5000)
    assert (tmp_path / "out" / "notes.png").read_bytes() == EXERCISE_PNG


def test_an_attachment_left_on_the_server_is_downloaded_on_demand(qtbot, area, ws):
    open_row(qtbot, area, "Scan of my report")
    (att,) = area.view.detail.attachments
    assert att.on_server and messages.attachment_content(ws, att.id) is None
    box = area.view.attachments
    assert box.button(att.id, "save_copy") is None
    box.button(att.id, "download").click()
    qtbot.waitUntil(lambda: box.button(att.id, "save_copy") is not None, timeout=10000)
    assert messages.attachment_content(ws, att.id) == BIG_PDF
    assert "on the server" not in " ".join(
        label.text() for label in box.rows[att.id].findChildren(type(area.count_label)))


def test_link_to_client_files_an_unknown_sender_and_adds_the_address(qtbot, area, ws, template):
    open_row(qtbot, area, "Question about your sessions")
    view = area.view
    assert view.unfiled.isVisible() and view.link_button.isVisible()
    save(area, "inbox-unknown-sender")
    view.link_button.click()
    dialog = view.link_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.add_address.text() == "Also add new.person@example.net to the client's email addresses"
    assert dialog.add_address.isChecked() and not dialog.link_button.isEnabled()
    qtbot.keyClicks(dialog.picker.search, "Luis")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.client_id == template.luis and dialog.link_button.isEnabled()
    save(dialog, "inbox-link-to-client")
    dialog.link_button.click()
    assert not dialog.isVisible()

    assert clients.get_client(ws, template.luis).emails == ["luis@example.org",
                                                            "new.person@example.net"]
    assert view.header_values["people"].text().count("Luis Ferreira") == 1
    assert not view.unfiled.isVisible()  # filed to a client now
    qtbot.waitUntil(lambda: ("Joana Pires", "Question about your sessions", "Luis Ferreira")
                    in rows(area))
    area.filter_buttons["unlinked"].click()
    assert subjects(area) == ["Broken"]

    # Luis's Inbox tab has it, beside his own message.
    tab = InboxTab(ws, Navigator(), template.luis)
    qtbot.addWidget(tab)
    tab.show()
    titles = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert titles == ["Question about your sessions", "Scan of my report"]


def test_delete_asks_first_and_removes_the_message_here_only(qtbot, area, ws):
    open_row(qtbot, area, "Broken")
    mid = area.view.message_id
    area.view.delete_action.trigger()
    box = area.view.prompt
    assert "The copy on the mail server is not touched" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Broken" in subjects(area)
    area.view.delete_action.trigger()
    area.view.prompt.findChild(type(box.button(QMessageBox.StandardButton.Cancel)),
                               "confirm_yes").click()
    qtbot.waitUntil(lambda: "Broken" not in subjects(area))
    assert area.view.detail is None and area.view.stack.currentWidget() is area.view.placeholder
    assert mid not in messages.list_message_ids(ws)


def test_without_an_account_the_area_says_how_to_connect(qtbot, workspace):
    area = InboxArea(workspace, Navigator())
    qtbot.addWidget(area)
    area.show()
    assert area.stack.currentWidget() is area.no_account
    assert "Settings → Email" in area.no_account.text.text()
    assert area.title() == "Inbox" and not area.compose_button.isEnabled()
