"""The client record's Documentation tab on the sample workspace (Sofia Martins has a completed
note, "Initial assessment"): notes, forms and files listed together newest first with their
statuses, the kind filter and search, uploads through the Open dialog and by dropping several
files (size-limit refusal stores nothing, duplicates flagged), the image preview, Save a copy,
"Open in another program" through a private temporary copy that the cleanup removes, and the
trash with Restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from app.services import clients, files, forms, notes, practice, templates
from app.services.notes import NoteInput
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.sample_images import BAR, PAPER, sleep_diary_png
from tests.ui.screens import save
from ui.documentation import file_actions, temp_copies
from ui.documentation.doc_list_model import DocListModel
from ui.documentation.file_preview import FilePreview
from ui.documentation.temp_copies import TempCopies

LEFT = Qt.MouseButton.LeftButton
DOCS_TAB = 3


@pytest.fixture(scope="module")
def _sample_template(tmp_path_factory):
    """One sample workspace for the module, copied per test (a copy of a closed workspace is a
    complete workspace; copying skips creation and key derivation)."""
    path = tmp_path_factory.mktemp("docs-template") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice", sample_data=True,
                          language="en")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def sample_workspace(tmp_path, _sample_template):
    template, key = _sample_template
    shutil.copy(template, tmp_path / "practice.consulta")
    ws = open_workspace(tmp_path / "practice.consulta", key=key)
    yield ws
    ws.close()


@pytest.fixture
def copies(tmp_path):
    """Temporary copies in a private folder of this test, opened by a recorder (no program is
    ever launched)."""
    opened: list[Path] = []
    base = tmp_path / "private"
    base.mkdir(mode=0o700)
    tc = TempCopies(base=base, opener=lambda p: opened.append(p) or True)
    tc.opened = opened
    yield tc
    tc.cleanup()


@pytest.fixture
def window(qtbot, sample_workspace):
    return make_harness(qtbot, sample_workspace)


def docs(window, copies=None):
    record = open_sofia(window)
    record.tabs.setCurrentIndex(DOCS_TAB)
    if copies is not None:
        record.documentation.copies = copies
    return record.documentation


def sofia_id(ws) -> int:
    return next(r.id for r in clients.client_rows(ws, clients.list_client_ids(
        ws, clients.ClientQuery())) if r.name.startswith("Sofia"))


def column(tab, col: int) -> list[str]:
    model = tab.table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def rows(tab) -> list[tuple[str, str, str]]:
    """(kind, title, status) per visible row."""
    return list(zip(column(tab, DocListModel.KIND), column(tab, DocListModel.TITLE),
                    column(tab, DocListModel.STATUS), strict=True))


def png_bytes(width: int = 640, height: int = 400) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#dcefec"))
    painter = QPainter(image)
    painter.fillRect(40, 40, width // 2, height // 2, QColor("#3f9b8f"))
    painter.fillRect(width // 2, height // 2, width // 3, height // 3, QColor("#c0843d"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"x" * 200_000


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def wait_report(qtbot, tab, previous=None):
    qtbot.waitUntil(lambda: tab.last_report is not previous and not tab.uploader.busy,
                    timeout=10_000)
    QApplication.processEvents()  # the coalesced refresh
    return tab.last_report


def drop(tab, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(tab.width() / 2, tab.height() / 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), action, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    # "file(s)" until the English catalogue gives the plural forms
    assert tab.drop_hint.isVisible() and f"add {len(paths)} file" in tab.drop_hint.text()
    event = QDropEvent(pos, action, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, event)
    assert event.isAccepted() and not tab.drop_hint.isVisible()
    return event


def mixed_items(ws, tmp_path: Path) -> int:
    """Sofia's documentation as a practitioner would have it after a few weeks."""
    sofia = sofia_id(ws)
    today = dt.date.today()
    shared = notes.create_note(ws, sofia, NoteInput(
        "Session 2 — sleep routine", today - dt.timedelta(days=6),
        "<p>Reviewed the sleep diary; bedtime moved earlier.</p>"))
    notes.complete(ws, shared.id)
    notes.share(ws, shared.id)
    form_tpl = templates.create_form_template(ws, "Sleep questionnaire", [
        {"type": "scale", "label": "How well do you sleep?"},
        {"type": "long_text", "label": "What wakes you up at night?"}])
    forms.fill_form(ws, sofia, form_tpl.id, {"q1": 4, "q2": "Work emails late in the evening."},
                    completed_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    files.add_file(ws, sofia, "sleep-diary-week-1.png", png_bytes())
    files.add_file(ws, sofia, "GP referral letter.pdf", PDF_BYTES)
    notes.create_note(ws, sofia, NoteInput("Session 3 — progress", today,
                                           "<p>Sleeping better; still tired at work.</p>"))
    return sofia


# --- the list --------------------------------------------------------------------------------

def test_mixed_list_newest_first_with_statuses_filters_and_search(qtbot, window, tmp_path):
    ws = window._ws
    mixed_items(ws, tmp_path)
    tab = docs(window)
    kinds_titles = [(k, t) for k, t, _s in rows(tab)]
    # Today: the draft note, then the two files added today (the later first); then the form
    # (3 days ago), the shared note (6 days ago) and the sample's assessment (older).
    assert kinds_titles[:3] == [("Note", "Session 3 — progress"),
                                ("File", "GP referral letter.pdf"),
                                ("File", "sleep-diary-week-1.png")]
    assert kinds_titles[3:5] == [("Form", "Sleep questionnaire"),
                                 ("Note", "Session 2 — sleep routine")]
    assert kinds_titles[-1] == ("Note", "Initial assessment")
    statuses = {t: s for _k, t, s in rows(tab)}
    assert statuses["Session 3 — progress"] == "Draft"
    assert statuses["Session 2 — sleep routine"] == "Shared"
    assert statuses["Initial assessment"] == "Completed"
    assert statuses["Sleep questionnaire"] == "Completed"
    assert statuses["GP referral letter.pdf"] == ""
    details = dict(zip(column(tab, DocListModel.TITLE), column(tab, DocListModel.DETAILS),
                       strict=True))
    assert details["GP referral letter.pdf"].startswith("PDF · ") and "KB" in details[
        "GP referral letter.pdf"]
    assert tab.title.text() == "Documentation (6)"
    window.clients.resize(1100, 720)
    save(window.clients, "documentation-tab")

    qtbot.mouseClick(tab.kind_buttons["file"], LEFT)
    assert {k for k, _t, _s in rows(tab)} == {"File"} and len(rows(tab)) == 2
    qtbot.mouseClick(tab.kind_buttons["form"], LEFT)
    assert [t for _k, t, _s in rows(tab)] == ["Sleep questionnaire"]
    qtbot.mouseClick(tab.kind_buttons["note"], LEFT)
    assert [t for _k, t, _s in rows(tab)] == ["Session 3 — progress", "Session 2 — sleep routine",
                                              "Initial assessment"]
    qtbot.mouseClick(tab.kind_buttons[None], LEFT)

    # Words inside a note's text and a form's answers are found, not only titles.
    qtbot.keyClicks(tab.search, "diary")
    qtbot.waitUntil(lambda: [t for _k, t, _s in rows(tab)] == [
        "sleep-diary-week-1.png", "Session 2 — sleep routine", "Initial assessment"], timeout=5000)
    tab.search.setText("emails")
    qtbot.waitUntil(lambda: [t for _k, t, _s in rows(tab)] == ["Sleep questionnaire"],
                    timeout=5000)
    tab.search.setText("zebra")
    qtbot.waitUntil(lambda: tab.empty.isVisible() and not tab.table.isVisible(), timeout=5000)
    assert "Nothing matches" in tab.empty.text()


def test_a_new_client_sees_what_the_tab_is_for_and_the_tab_follows_the_client_trash(
        qtbot, window):
    ws = window._ws
    tab = docs(window)
    assert tab.isEnabled()
    notes.trash_completed(ws, notes.get_note(ws, tab.table.docs.item(0).id).id, "Wrong client")
    window.navigator.changed("notes")
    qtbot.waitUntil(lambda: tab.empty.isVisible(), timeout=5000)
    assert "No notes, forms or files" in tab.empty.text()
    assert tab.trash_button.text() == "Trash (1)"
    record = window.clients.record
    clients.trash_client(ws, record.client_id)
    window.navigator.changed("clients")
    assert not tab.isEnabled()


# --- uploading -------------------------------------------------------------------------------

def test_upload_several_files_through_the_dialog_and_by_dropping_them(qtbot, window, tmp_path):
    ws = window._ws
    tab = docs(window)
    folder = tmp_path / "scans"
    folder.mkdir()
    a = write(folder, "consent form.pdf", PDF_BYTES)
    b = write(folder, "sleep diary.png", png_bytes())
    c = write(folder, "letter.txt", b"Dear colleague,\n")

    dialog = tab.upload_files()
    assert dialog is tab.file_dialog and dialog.isVisible()
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(folder))
    dialog.selectFile(f'"{a.name}" "{b.name}"')
    dialog.accept()
    report = wait_report(qtbot, tab)
    assert sorted(o.added.name for o in report.added) == ["consent form.pdf", "sleep diary.png"]
    assert "Added 2 file" in tab.report.text()
    titles = [t for _k, t, _s in rows(tab)]
    assert {"consent form.pdf", "sleep diary.png"} <= set(titles)

    # Dropping three: one new, and the same scan again under another name (flagged).
    again = write(folder, "consent form (1).pdf", PDF_BYTES)
    drop(tab, [c, again, folder])
    report = wait_report(qtbot, tab, report)
    assert sorted(o.added.name for o in report.added) == ["consent form (1).pdf", "letter.txt"]
    assert [o.problem for o in report.refused] == [
        "“scans” is a folder. Add the files inside it instead."]
    (dup,) = report.duplicates
    assert dup.added.name == "consent form (1).pdf"
    assert dup.duplicate.startswith(
        "“consent form (1).pdf” is the same as “consent form.pdf”, uploaded ")
    assert dup.duplicate.endswith(". Both are kept.") and dup.duplicate in tab.report.text()
    row = column(tab, DocListModel.TITLE).index("consent form (1).pdf")
    index = tab.table.model().index(row, DocListModel.STATUS)
    assert index.data() == "Duplicate"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Same as “consent form.pdf”")
    save(window.clients, "documentation-upload-report")
    qtbot.mouseClick(tab.findChild(QToolButton, "dismiss_report"), LEFT)
    assert not tab.report_box.isVisible()
    stored = {f.name: f for f in files.list_files(ws, tab.client_id)}
    assert files.get_file_bytes(ws, stored["letter.txt"].id) == b"Dear colleague,\n"
    assert len(stored) == 4


def test_a_file_over_the_limit_is_refused_with_a_message_and_nothing_is_stored(
        qtbot, window, tmp_path):
    ws = window._ws
    practice.update_practice(ws, max_file_mb=1)
    tab = docs(window)
    big = write(tmp_path, "scan of the whole file.pdf", b"%PDF" + os.urandom(1_500_000))
    small = write(tmp_path, "note from GP.txt", b"Referral for sleep problems.")
    tab.upload_files([big, small])
    assert tab.progress.isVisible() and "Adding 1 of 2" in tab.progress_text.text()
    report = wait_report(qtbot, tab)
    assert [o.added.name for o in report.added] == ["note from GP.txt"]
    (refused,) = report.refused
    assert refused.problem == ("“scan of the whole file.pdf” is 1.4 MB, over the 1 MB limit for "
                               "one file. It was not added. (The limit is in Settings → General.)")
    assert refused.problem in tab.report.text() and "Added 1 file" in tab.report.text()
    assert not tab.progress.isVisible()
    assert [f.name for f in files.list_files(ws, tab.client_id)] == ["note from GP.txt"]
    assert "scan of the whole file.pdf" not in column(tab, DocListModel.TITLE)


# --- preview, copies ------------------------------------------------------------------------

def open_row(qtbot, tab, title: str):
    row = column(tab, DocListModel.TITLE).index(title)
    rect = tab.table.visualRect(tab.table.model().index(row, DocListModel.TITLE))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())  # a view opens what was
    qtbot.mouseDClick(tab.table.viewport(), LEFT, pos=rect.center())  # pressed first
    return tab.dialog


def test_image_preview_shows_the_image_and_save_a_copy_writes_the_same_bytes(
        qtbot, window, tmp_path):
    ws = window._ws
    data = sleep_diary_png(1600, 1000)
    files.add_file(ws, sofia_id(ws), "sleep-diary-week-1.png", data)
    tab = docs(window)
    tab.refresh()
    preview = open_row(qtbot, tab, "sleep-diary-week-1.png")
    assert isinstance(preview, FilePreview) and preview.isVisible()
    # Scaled down to fit the screen, proportions kept, all of it in view; the pixels are the
    # image's (paper in the corner, Monday's bar).
    image = preview.image
    fit = preview._fit_in()
    assert image.width() == fit.width() or image.height() == fit.height()
    assert abs(image.width() / image.height() - 1.6) < 0.01
    shown = preview.picture.pixmap().size()
    assert shown.width() <= preview.picture.width() and shown.height() <= preview.picture.height()
    assert abs(shown.width() / shown.height() - 1.6) < 0.02 and shown.width() >= 600
    screen = preview.screen().availableSize()
    assert preview.width() <= screen.width() and preview.height() <= screen.height()
    assert image.pixelColor(5, 5) == PAPER
    assert image.pixelColor(int(image.width() * 0.16), int(image.height() * 0.75)) == BAR
    assert "PNG · " in preview.summary.text()
    save(preview, "documentation-file-preview")

    dialog = preview.save_copy()
    assert dialog.objectName() == "copy_file_dialog"
    assert dialog.selectedFiles()[0].endswith("sleep-diary-week-1.png")
    target = tmp_path / "exports" / "diary.png"
    target.parent.mkdir()
    dialog.setDirectory(str(target.parent))
    dialog.selectFile(target.name)
    dialog.accept()
    qtbot.waitUntil(lambda: preview.saved_copy is not None, timeout=5000)
    assert target.read_bytes() == data
    assert str(target) in preview.notice.text()
    # The next Save dialog starts where this copy went.
    preview.close()


def test_open_in_another_program_uses_a_private_temporary_copy_removed_by_the_cleanup(
        qtbot, window, copies):
    ws = window._ws
    files.add_file(ws, sofia_id(ws), "GP referral letter.pdf", PDF_BYTES)
    tab = docs(window, copies)
    tab.refresh()
    preview = open_row(qtbot, tab, "GP referral letter.pdf")
    # No PDF renderer: what the file is, and the ways to open it.
    assert preview.image.isNull() and "cannot show this kind of file" in preview.no_preview.text()
    view = files.list_files(ws, tab.client_id)[0]
    assert preview.findChild(type(preview.summary), "checksum").text() == view.sha256
    assert "temporary decrypted copy" in preview.notice.text() and preview.notice.isVisible()
    save(preview, "documentation-file-details")

    qtbot.mouseClick(preview.open_button, LEFT)
    qtbot.waitUntil(lambda: preview.opened_copy is not None, timeout=5000)
    path = preview.opened_copy
    assert copies.opened == [path] and path.name == "GP referral letter.pdf"
    assert path.read_bytes() == PDF_BYTES
    assert "deletes it when it closes" in preview.notice.text() and str(path) in preview.notice.text()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for folder in (copies.folder, path.parent):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert copies.copies() == [path]
    copies.cleanup()
    assert not path.exists() and not path.parent.parent.exists()
    assert copies.copies() == []


def test_leftover_copies_of_ended_sessions_go_at_start_and_quit_removes_this_session(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    base = temp_copies.base_folder()
    if os.name == "posix":
        assert stat.S_IMODE(base.stat().st_mode) == 0o700
    crashed = TempCopies(base=base, opener=lambda p: True)
    left = crashed.write_copy("old scan.pdf", lambda p: p.write_bytes(b"old"))
    crashed._lock.unlock()  # its process is gone (the lock no longer held)
    running = TempCopies(base=base, opener=lambda p: True)
    kept = running.write_copy("open now.pdf", lambda p: p.write_bytes(b"now"))
    assert temp_copies.remove_leftovers(base) == 1
    assert not left.exists() and kept.exists()

    monkeypatch.setattr(temp_copies, "_ACTIVE", None)
    app = QApplication.instance()
    temp_copies.install_cleanup(app)
    assert kept.exists()  # another running session's copy is not touched
    mine = temp_copies.session_copies().write_copy("x.pdf", lambda p: p.write_bytes(b"x"))
    app.aboutToQuit.emit()
    assert not mine.exists()
    running.cleanup()

    # A link planted where the private folder should be is refused, never written through.
    shutil.rmtree(base)
    (tmp_path / "elsewhere").mkdir()
    base.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(PermissionError):
        temp_copies.base_folder()


# --- trash -----------------------------------------------------------------------------------

def confirm(tab) -> None:
    box = next(w for w in tab.findChildren(QMessageBox, "confirm") if w.isVisible())
    box.findChild(QPushButton, "confirm_yes").click()


def menu_action(tab, title: str, name: str):
    row = column(tab, DocListModel.TITLE).index(title)
    tab.table.request_menu(row)
    return next(a for a in tab.menu.actions() if a.objectName() == name)


def test_trash_and_restore_files_forms_and_notes(qtbot, window, tmp_path):
    ws = window._ws
    mixed_items(ws, tmp_path)
    tab = docs(window)
    assert [a.objectName() for a in menu_action(tab, "GP referral letter.pdf", "trash")
            .parent().actions() if a.objectName()] == ["preview", "save_copy", "rename", "trash"]
    tab.menu.close()
    menu_action(tab, "GP referral letter.pdf", "trash").trigger()
    confirm(tab)
    qtbot.waitUntil(lambda: "GP referral letter.pdf" not in column(tab, DocListModel.TITLE),
                    timeout=5000)
    menu_action(tab, "Sleep questionnaire", "trash").trigger()
    confirm(tab)
    qtbot.waitUntil(lambda: "Sleep questionnaire" not in column(tab, DocListModel.TITLE),
                    timeout=5000)
    note_id = next(i.id for i in tab.table.docs.items() if i.title == "Initial assessment")
    notes.trash_completed(ws, note_id, "Written in the wrong client's record")
    window.navigator.changed("notes")
    qtbot.waitUntil(lambda: tab.trash_button.text() == "Trash (3)", timeout=5000)

    qtbot.mouseClick(tab.trash_button, LEFT)
    assert sorted(column(tab, DocListModel.TITLE)) == [
        "GP referral letter.pdf", "Initial assessment", "Sleep questionnaire"]
    details = dict(zip(column(tab, DocListModel.TITLE), column(tab, DocListModel.DETAILS),
                       strict=True))
    assert details["Initial assessment"].startswith("In the trash since ")
    assert details["Initial assessment"].endswith(": Written in the wrong client's record")
    save(window.clients, "documentation-trash")

    menu_action(tab, "GP referral letter.pdf", "restore").trigger()
    qtbot.waitUntil(lambda: "GP referral letter.pdf" not in column(tab, DocListModel.TITLE),
                    timeout=5000)
    menu_action(tab, "Sleep questionnaire", "restore").trigger()
    qtbot.waitUntil(lambda: tab.trash_button.text() == "Trash (1)", timeout=5000)
    qtbot.mouseClick(tab.trash_button, LEFT)
    titles = column(tab, DocListModel.TITLE)
    assert "GP referral letter.pdf" in titles and "Sleep questionnaire" in titles
    assert files.get_file_bytes(ws, next(i.id for i in tab.table.docs.items()
                                         if i.title == "GP referral letter.pdf")) == PDF_BYTES


def test_rename_a_file_from_its_menu(qtbot, window, tmp_path):
    ws = window._ws
    files.add_file(ws, sofia_id(ws), "IMG_2041.jpg", png_bytes(20, 20), "image/png")
    tab = docs(window)
    menu_action(tab, "IMG_2041.jpg", "rename").trigger()
    dialog = tab.findChild(QInputDialog, "rename_file_dialog")
    assert dialog.textValue() == "IMG_2041.jpg"
    dialog.setTextValue("Sleep diary, week 2.jpg")
    dialog.accept()
    qtbot.waitUntil(lambda: "Sleep diary, week 2.jpg" in column(tab, DocListModel.TITLE),
                    timeout=5000)


# --- the other parts' dialogs -----------------------------------------------------------------

def test_the_buttons_open_the_note_editor_template_picker_and_form_and_rows_open_their_item(
        qtbot, window, tmp_path):
    from ui.documentation.form_fill_dialog import FormFillDialog
    from ui.documentation.note_editor import NoteEditor
    from ui.documentation.template_picker import NoteTemplatePicker

    ws = window._ws
    sofia = mixed_items(ws, tmp_path)
    templates.install_shipped_templates(ws, "en")
    tab = docs(window)
    qtbot.mouseClick(tab.new_button, LEFT)
    assert isinstance(tab.dialog, NoteEditor) and tab.dialog.isVisible()
    assert tab.dialog.client_id == sofia and tab.dialog.note_id is None
    tab.dialog.close()

    qtbot.mouseClick(tab.template_button, LEFT)
    picker = tab.dialog
    assert isinstance(picker, NoteTemplatePicker) and picker.isVisible()
    picker.filter.setText("SOAP")
    qtbot.mouseClick(picker.use_button, LEFT)
    editor = tab.dialog
    assert isinstance(editor, NoteEditor) and editor.title.text() == "SOAP note"
    editor.save_now()
    qtbot.waitUntil(lambda: "SOAP note" in column(tab, DocListModel.TITLE), timeout=5000)
    editor.close()

    qtbot.mouseClick(tab.form_button, LEFT)
    assert isinstance(tab.dialog, FormFillDialog) and tab.dialog.isVisible()
    assert tab.dialog.client_id == sofia and tab.dialog.response is None
    tab.dialog.close()

    # A form's ⋮: open, export its PDF, move to trash.
    form_item = tab.table.docs.item(column(tab, DocListModel.TITLE).index("Sleep questionnaire"))
    tab.table.request_menu(tab.table.docs.row_of("form", form_item.id))
    assert [a.objectName() for a in tab.menu.actions() if a.objectName()] == [
        "open", "export_pdf", "trash"]
    tab.menu.close()
    pdf = file_actions.export_form_pdf(tab, ws, form_item.id, tmp_path / "questionnaire.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    dialog = open_row(qtbot, tab, "Sleep questionnaire")
    assert isinstance(dialog, FormFillDialog)
    assert dialog.response is not None and dialog.response.title == "Sleep questionnaire"
    dialog.close()
    editor = open_row(qtbot, tab, "Session 2 — sleep routine")
    assert isinstance(editor, NoteEditor) and editor.view.title == "Session 2 — sleep routine"
    editor.close()
    # A note's ⋮ is the note menu (Share, Export PDF, …).
    row = column(tab, DocListModel.TITLE).index("Session 2 — sleep routine")
    tab.table.request_menu(row)
    assert tab.menu.objectName() == "note_menu"
    assert {"share", "unshare"} & {a.objectName() for a in tab.menu.actions()}
    tab.menu.close()
