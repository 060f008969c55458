"""The note editor on the sample workspace (Sofia Martins: past appointments, one completed
note): formatting with the toolbar saved as HTML, autosave after a pause and on close,
completing, addenda that leave the original untouched, sharing with Save PDF, trash with a
reason, deleting a draft, Create note from an appointment's ⋮ menu, and pasted HTML that makes
no request."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import shutil
import subprocess
import threading
import urllib.error
import urllib.request

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.services import appointments, documentation, notes, practice, templates
from app.services.notes import NoteInput
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import SCREENS, save
from ui.appointments.appointment_actions import appointment_menu
from ui.documentation.note_actions import (
    export_pdf,
    note_menu,
    open_note,
    register_documentation_handlers,
)
from ui.documentation.note_dialogs import ShareDialog, TrashDialog
from ui.documentation.note_editor import NoteEditor
from ui.documentation.rich_text_edit import png_data_uri
from ui.navigation import COMPOSE_EMAIL, CREATE_NOTE, NOTES, Navigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def _sample_template(tmp_path_factory):
    """One sample workspace for the module, copied per test (opening a copy with its key skips
    creation and key derivation)."""
    path = tmp_path_factory.mktemp("notes-template") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice", sample_data=True,
                          language="en")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def ws(tmp_path, _sample_template):
    template, key = _sample_template
    shutil.copy(template, tmp_path / "practice.consulta")
    workspace = open_workspace(tmp_path / "practice.consulta", key=key)
    yield workspace
    workspace.close()


@pytest.fixture
def nav():
    navigator = Navigator()
    navigator.kinds = []
    navigator.data_changed.connect(navigator.kinds.append)
    return navigator


def sofia(ws) -> int:
    return _sample_note(ws).client_id


def _sample_note(ws) -> notes.NoteView:
    with ws.read() as s:
        from sqlalchemy import select

        from app.store.models import Note

        note_id = s.scalar(select(Note.id).order_by(Note.id))
    return notes.get_note(ws, note_id)


def note_ids(ws, client_id: int) -> list[int]:
    return [i.id for i in documentation.list_documentation(ws, client_id, ["note"])]


def open_editor(qtbot, ws, nav, **kwargs) -> NoteEditor:
    editor = NoteEditor(ws, nav, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)
    QApplication.processEvents()


def answer(qtbot, yes: bool = True) -> str:
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "confirm" and w.isVisible())
    text = box.text()
    click(qtbot, next(b for b in box.buttons() if (b.objectName() == "confirm_yes") == yes))
    return text


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def write(qtbot, editor: NoteEditor, text: str) -> None:
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, text)


# --- formatting and autosave ---------------------------------------------------------------


def test_toolbar_formatting_is_saved_as_html(qtbot, ws, nav):
    client = sofia(ws)
    editor = open_editor(qtbot, ws, nav, client_id=client)
    bar = editor.toolbar
    qtbot.keyClicks(editor.title, "Second session")
    write(qtbot, editor, "Mood")
    bar.heading.setCurrentIndex(bar.heading.findData(2))
    bar.heading.activated.emit(bar.heading.currentIndex())
    assert editor.editor.textCursor().blockFormat().headingLevel() == 2
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    assert bar.heading.currentData() == 0, "Enter after a heading starts a paragraph"
    click(qtbot, bar.button(bar.bold))
    write(qtbot, editor, "Much better")
    click(qtbot, bar.button(bar.bold))
    assert not bar.bold.isChecked()
    write(qtbot, editor, " than ")
    qtbot.keyClick(editor.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert bar.italic.isChecked(), "the shortcuts work while typing"
    write(qtbot, editor, "last")
    qtbot.keyClick(editor.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    write(qtbot, editor, " week.")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    click(qtbot, bar.button(bar.bullet_list))
    write(qtbot, editor, "Sleeps six hours")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    write(qtbot, editor, "Walks daily")
    assert bar.bullet_list.isChecked()
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    click(qtbot, bar.button(bar.bullet_list))  # the list ends
    click(qtbot, bar.button(bar.insert_table))
    table = bar.table_dialog
    table.rows.setValue(2)
    table.columns.setValue(2)
    click(qtbot, table.findChild(QPushButton, "insert"))
    write(qtbot, editor, "Week 1")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    write(qtbot, editor, "Reading: ")
    click(qtbot, bar.button(bar.insert_link))
    link = bar.link_dialog
    qtbot.keyClicks(link.text, "sleep guide")
    qtbot.keyClicks(link.address, "javascript:alert(1)")
    click(qtbot, link.findChild(QPushButton, "insert"))
    assert link.isVisible() and "not allowed" in link.error.text(), "only web and email links"
    save(link, "note-link-dialog")
    link.address.setText("example.org/sleep")
    click(qtbot, link.findChild(QPushButton, "insert"))
    assert bar.link_dialog is None, "closed"
    write(qtbot, editor, " weekly")

    qtbot.waitUntil(lambda: editor.saved_state.text().startswith("Saved"), timeout=4000)
    body = notes.get_note(ws, editor.note_id).body_html
    assert "<h2>" in body and "Mood" in body
    assert '<span style="font-weight:700">Much better</span>' in body
    assert '<span style="font-style:italic">last</span>' in body
    assert "<ul>" in body and "<li>Sleeps six hours</li>" in body
    assert "<table>" in body and "Week 1" in body
    assert '<a href="https://example.org/sleep"' in body and ">sleep guide<" in body
    assert "weekly" in body and "weekly</a>" not in body.replace("</span>", "")
    assert "<script" not in body and "style=\" margin" not in body
    assert NOTES in nav.kinds


def test_autosave_after_a_pause_and_on_close(qtbot, ws, nav):
    client = sofia(ws)
    before = note_ids(ws, client)
    untouched = open_editor(qtbot, ws, nav, client_id=client)
    untouched.close()
    assert note_ids(ws, client) == before, "an empty new note is never created"

    editor = open_editor(qtbot, ws, nav, client_id=client)
    qtbot.keyClicks(editor.title, "Phone call")
    write(qtbot, editor, "Asked to move")
    assert note_ids(ws, client) == before, "not before the pause"
    qtbot.waitUntil(lambda: len(note_ids(ws, client)) == len(before) + 1, timeout=4000)
    assert editor.saved_state.text().startswith("Saved")
    note_id = editor.note_id
    assert notes.get_note(ws, note_id).title == "Phone call"
    write(qtbot, editor, " the next session.")
    editor.date.setDate(editor.date.date().addDays(-1))
    editor.close()  # at once, before the autosave timer
    saved = notes.get_note(ws, note_id)
    assert "Asked to move the next session." in saved.body_html
    assert saved.note_date == dt.datetime.now(appointments.zone_of(ws)).date() - dt.timedelta(1)
    assert saved.status == "draft" and not saved.is_shared
    assert len(note_ids(ws, client)) == len(before) + 1


# --- complete, addenda ----------------------------------------------------------------------


def test_complete_makes_the_note_read_only(qtbot, ws, nav):
    practice.update_practice(ws, practitioner_name="Dr. Ana Costa")
    editor = open_editor(qtbot, ws, nav, client_id=sofia(ws))
    assert "Private" in editor.privacy.text()
    write(qtbot, editor, "Discussed the sleep diary.")
    click(qtbot, editor.complete_button)
    assert "title" in editor.error.text(), "a title first"
    qtbot.keyClicks(editor.title, "Session 3")
    click(qtbot, editor.complete_button)
    assert "can no longer be changed" in answer(qtbot)
    view = notes.get_note(ws, editor.note_id)
    assert view.is_completed and view.completed_by == "Dr. Ana Costa"
    assert editor.pill.text() == "Completed"
    assert editor.completed_line.isVisible()
    line = editor.completed_line.text()
    assert line.startswith("Completed on ") and line.endswith("by Dr. Ana Costa")
    assert editor.pages.currentWidget() is editor.reading
    assert not editor.fields.isVisible() and not editor.complete_button.isVisible()
    assert "Discussed the sleep diary." in editor.reading.body.toPlainText()
    assert editor.addendum_button.isVisible() and editor.share_button.isVisible()


def test_addendum_is_shown_under_the_unchanged_original(qtbot, ws, nav, tmp_path):
    original = _sample_note(ws)
    editor = open_editor(qtbot, ws, nav, note_id=original.id)
    assert editor.reading.cards == []
    click(qtbot, editor.addendum_button)
    dialog = editor.addendum_dialog
    assert not dialog.save_button.isEnabled(), "an empty addendum cannot be added"
    dialog.editor.setFocus()
    qtbot.keyClicks(dialog.editor, "Correction: the sleep problems started four months ago.")
    save(dialog, "note-addendum-dialog")
    click(qtbot, dialog.save_button)
    assert editor.addendum_dialog is None, "closed"
    stored = notes.get_note(ws, original.id)
    assert stored.body_html == original.body_html, "the original is never rewritten"
    assert len(stored.addenda) == 1 and "four months" in stored.addenda[0].body_html
    (card,) = editor.reading.cards
    assert card.header.text().startswith("Addendum of ")
    assert "four months" in card.body.toPlainText()
    assert editor.reading.addenda_title.isVisible()
    layout = editor.reading.widget().layout()
    assert layout.indexOf(editor.reading.body) < layout.indexOf(card), "under the original"
    editor.resize(900, 760)
    save(editor, "note-completed-addendum")
    pdf = export_pdf(editor, ws, original.id, tmp_path / "note.pdf")
    text = pdf_text(pdf.read_bytes())
    assert "Initial assessment" in text and "four months" in text
    if shutil.which("pdftoppm"):  # to look at it
        SCREENS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                        str(SCREENS / "note-pdf")], check=True)


# --- share, PDF, email ------------------------------------------------------------------------


def test_share_marks_shared_and_saves_the_pdf(qtbot, ws, nav, tmp_path):
    note = _sample_note(ws)
    editor = open_editor(qtbot, ws, nav, note_id=note.id)
    click(qtbot, editor.share_button)
    (dialog,) = visible(ShareDialog)
    shared = notes.get_note(ws, note.id)
    assert shared.is_shared and shared.shared_at is not None
    assert editor.pill.text() == "Shared" and "Shared with the client on" in editor.privacy.text()
    assert not dialog.email_button.isEnabled()
    assert dialog.email_button.toolTip() == "Email comes with the Inbox part of Consulta."
    save(dialog, "note-share")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(visible(QFileDialog)), timeout=2000)
    (files,) = visible(QFileDialog)
    assert files.testOption(QFileDialog.Option.DontUseNativeDialog)
    target = tmp_path / "note.pdf"
    # As a user does: go to the folder, type the name (the name field has the focus, so
    # selectFile() would leave the suggested name in it).
    assert files.selectedFiles()[0].endswith("Initial_assessment.pdf"), "a name is suggested"
    files.setDirectory(str(tmp_path))
    name = files.findChild(QLineEdit, "fileNameEdit")
    name.clear()
    qtbot.keyClicks(name, target.name)
    files.accept()
    assert dialog.saved_path == target and str(target) in dialog.feedback.text()
    data = target.read_bytes()
    assert data[:5] == b"%PDF-"
    assert note.title in pdf_text(data)

    # The menu can take the sharing back; with an inbox, Email hands over the PDF.
    menu = note_menu(editor, ws, nav, notes.get_note(ws, note.id), in_editor=True)
    next(a for a in menu.actions() if a.objectName() == "unshare").trigger()
    assert not notes.get_note(ws, note.id).is_shared and editor.pill.text() == "Completed"
    sent = []
    nav.provide(COMPOSE_EMAIL, lambda *args: sent.append(args))
    click(qtbot, editor.share_button)
    dialog = next(d for d in visible(ShareDialog) if d.email_button.isEnabled())
    click(qtbot, dialog.email_button)
    (owner, client_id, subject, body, attachments), = sent
    assert not isinstance(owner, ShareDialog | NoteEditor), "the composer outlives them"
    assert client_id == note.client_id and note.title in subject and note.title in body
    (name, pdf, mime), = attachments
    assert name.endswith(".pdf") and mime == "application/pdf" and note.title in pdf_text(pdf)


def test_draft_menu_duplicate_but_no_share(qtbot, ws, nav):
    client = sofia(ws)
    draft = notes.create_note(ws, client, NoteInput("Draft", dt.date.today(), "<p>x</p>"))
    menu = note_menu(None, ws, nav, draft)
    share = next(a for a in menu.actions() if a.objectName() == "share")
    assert not share.isEnabled() and "Complete the note" in share.toolTip()
    assert "trash" not in [a.objectName() for a in menu.actions()]
    before = note_ids(ws, client)
    next(a for a in menu.actions() if a.objectName() == "duplicate").trigger()
    (copy_id,) = set(note_ids(ws, client)) - set(before)
    copy = notes.get_note(ws, copy_id)
    assert copy.title == "Draft" and copy.body_html == draft.body_html and copy.status == "draft"
    (opened,) = [w for w in visible(NoteEditor) if w.note_id == copy_id]
    qtbot.addWidget(opened)
    assert opened.title.text() == "Draft"


# --- trash and delete ---------------------------------------------------------------------------


def test_trash_a_completed_note_needs_a_reason(qtbot, ws, nav):
    note = _sample_note(ws)
    item = next(i for i in documentation.list_documentation(ws, note.client_id) if i.id == note.id)
    editor = open_editor(qtbot, ws, nav, note_id=note.id)
    menu = note_menu(editor, ws, nav, item)
    names = [a.objectName() for a in menu.actions()]
    assert "delete" not in names, "a completed note is never deleted"
    next(a for a in menu.actions() if a.objectName() == "trash").trigger()
    (dialog,) = visible(TrashDialog)
    assert not dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.confirm.isEnabled(), "blanks are no reason"
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Filed under the wrong client")
    save(dialog, "note-trash-dialog")
    click(qtbot, dialog.confirm)
    assert not visible(TrashDialog)
    trashed = notes.get_note(ws, note.id)
    assert trashed.deleted_at is not None and trashed.delete_reason == "Filed under the wrong client"
    assert editor.pill.text() == "In the trash"
    assert "Filed under the wrong client" in editor.completed_line.text()
    assert not editor.addendum_button.isVisible() and not editor.share_button.isVisible()
    save(editor, "note-in-trash")

    menu = note_menu(editor, ws, nav, trashed, in_editor=True)
    assert "restore" in [a.objectName() for a in menu.actions()]
    menu.close()
    click(qtbot, editor.restore_button)
    assert notes.get_note(ws, note.id).deleted_at is None
    assert editor.addendum_button.isVisible() and not editor.restore_button.isVisible()


def test_delete_a_draft(qtbot, ws, nav):
    client = sofia(ws)
    draft = notes.create_note(ws, client, NoteInput("Scratch", dt.date.today(), "<p>tmp</p>"))
    editor = open_editor(qtbot, ws, nav, note_id=draft.id)
    assert editor.delete_button.isVisible()
    click(qtbot, editor.delete_button)
    assert "Delete this draft" in answer(qtbot)
    assert draft.id not in note_ids(ws, client)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)


def test_one_window_per_note_owned_by_the_main_window(qtbot, ws, nav):
    note = _sample_note(ws)
    main = QWidget()
    qtbot.addWidget(main)
    tab = QWidget(main)
    first = open_note(tab, ws, nav, note.id)
    qtbot.addWidget(first)
    assert first.parent() is main, "not the tab: a rebuilt tab must not close the note"
    assert open_note(tab, ws, nav, note.id) is first, "the open window comes to the front"
    tab.deleteLater()
    qtbot.wait(10)
    assert first.isVisible()


# --- from an appointment ----------------------------------------------------------------------


def test_create_note_from_an_appointment_menu(qtbot, ws, nav):
    client = sofia(ws)
    register_documentation_handlers(nav, ws)
    assert nav.handler(CREATE_NOTE) is not None
    past = appointments.client_overview(ws, client).past[0]
    menu = appointment_menu(None, ws, nav, past)
    create = next(a for a in menu.actions() if a.objectName() == "create_note")
    assert create.isEnabled()
    create.trigger()
    editor = next(w for w in visible(NoteEditor) if w.note_id is None)
    qtbot.addWidget(editor)
    assert editor.appointment.currentData() == past.id
    assert past.service_name in editor.title.text()
    zone = appointments.zone_of(ws)
    day = past.starts_at.astimezone(zone).date()
    assert editor.date.date().toPython() == day
    write(qtbot, editor, "Notes about this session")
    editor.close()
    (linked,) = [n for n in notes.notes_for_appointment(ws, past.id) if n.status == "draft"]
    assert linked.client_id == client and linked.note_date == day
    assert "Notes about this session" in linked.body_html


# --- nothing remote -----------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def web_server():
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.requests
    server.shutdown()
    server.server_close()


def test_pasted_remote_image_makes_no_request(qtbot, ws, nav, web_server, tmp_path):
    base, requests = web_server
    with pytest.raises(urllib.error.HTTPError):  # it answers (404): the test sees requests
        urllib.request.urlopen(f"{base}/probe", timeout=2)
    assert requests == ["/probe"]
    requests.clear()

    editor = open_editor(qtbot, ws, nav, client_id=sofia(ws))
    red = QImage(8, 8, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    embedded = png_data_uri(red)
    local = tmp_path / "local.png"
    red.save(str(local))  # a real picture on disk: Qt's own document would read it
    hostile = (f'<p>Pasted <b>text</b><img src="{base}/pixel.png">'
               f'<img src="{local.as_uri()}"><img src="{embedded}"></p>'
               f'<link rel="stylesheet" href="{base}/style.css">'
               f'<p style="background-image: url({base}/bg.png)">more</p>'
               f'<script>fetch("{base}/script")</script>')
    mime = QMimeData()
    mime.setHtml(hostile)
    mime.setText("Pasted text more")
    QApplication.clipboard().setMimeData(mime)
    editor.editor.setFocus()
    editor.editor.paste()
    # The clipboard now owns a Python-made object: left there, Qt would delete it after
    # Python has shut down, and the test process would crash on exit.
    QApplication.clipboard().clear()
    editor.editor.grab()  # lay out and paint: every image is asked for now
    html = editor.editor.toHtml()
    assert "Pasted" in html and base not in html and "file:" not in html and "script" not in html
    doc = editor.editor.document()
    shown = doc.resource(QTextDocument.ResourceType.ImageResource, embedded)
    shown = shown if isinstance(shown, QImage) else QImage.fromData(shown)
    assert not shown.isNull() and shown.width() == 8, "an embedded picture shows"
    # Even HTML that skipped the sanitizer loads nothing: the document itself refuses.
    doc.setHtml(hostile)
    editor.editor.grab()
    assert any("pixel.png" in url for url in doc.refused)
    # Qt's image handler would open the file itself (and keep it as a resource) when the
    # document gave nothing: after painting, the document still holds no picture of it.
    from_disk = doc.resource(QTextDocument.ResourceType.ImageResource, local.as_uri())
    assert from_disk.width() != 8, "no local file is read either"
    qtbot.wait(300)
    assert requests == [], "the editor made a request"
    editor.close()


# --- screenshot ---------------------------------------------------------------------------------


def test_editor_with_a_template_applied(qtbot, ws, nav):
    templates.install_shipped_templates(ws, "en")
    soap = next(t for t in templates.list_note_templates(ws, "en") if t.shipped_key == "soap@en")
    client = sofia(ws)
    past = appointments.client_overview(ws, client).past[0]
    day = past.starts_at.astimezone(appointments.zone_of(ws)).date()
    note = templates.new_note_from_template(ws, client, soap.id, appointment_id=past.id,
                                            note_date=day)
    editor = open_editor(qtbot, ws, nav, note_id=note.id)
    editor.resize(900, 720)
    text = editor.editor.toPlainText()
    assert "Subjective" in text and "Plan" in text
    assert editor.title.text() == soap.name and editor.appointment.currentData() == past.id
    assert editor.toolbar.isEnabled() and not editor.editor.isReadOnly()
    save(editor, "note-editor-template")
