"""Export from the UI: a client's record as a zip from the record's ⋮ menu, the practice as a
folder from File → Export practice…, Cancel (nothing left behind, said so), an existing target
(refused, the old one intact), a full disk (said so, the form back), closing while running."""

from __future__ import annotations

import errno
import json
import threading
import zipfile

import pytest
from PySide6.QtCore import Qt

from app.transfer import export, export_record
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.screens import save
from ui.main_window import MainWindow
from ui.transfer import export_dialog
from ui.transfer.export_dialog import DONE, FORM, PROGRESS, ExportDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def blocked(monkeypatch):
    """Each person written waits for `gate`: the export is caught running, deterministically."""
    gate, entered = threading.Event(), threading.Event()
    real = export_record.write_person

    def slow(*args, **kwargs):
        counts = real(*args, **kwargs)
        entered.set()
        gate.wait(10)
        return counts

    monkeypatch.setattr(export_record, "write_person", slow)
    yield gate, entered
    gate.set()


def _practice_dialog(qtbot, ws, out) -> ExportDialog:
    dialog = ExportDialog(ws)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(out))
    dialog.open()
    return dialog


def test_a_clients_record_exports_as_a_zip_from_the_record_menu(qtbot, sample_workspace, out,
                                                                 monkeypatch):
    harness = make_harness(qtbot, sample_workspace)
    record = open_sofia(harness)
    assert record.menu_button.text() == "⋮" and record.menu_button.toolTip() == "More actions"
    assert [a.text() for a in record.record_menu.actions()] == [
        "Book appointment…", "Export client record…"]
    save(harness.clients, "record-menu-button")
    record.book_action.trigger()  # the same booking dialog as the list's
    assert record.dialog.isVisible() and "Sofia Martins" in record.dialog.client_name.text()
    record.dialog.reject()
    record.export_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Export client record"
    assert dialog.zip_radio.isChecked() and dialog.name_edit.text().endswith(".zip")
    assert "Sofia Martins" in dialog.name_edit.text()
    assert dialog.language.currentText() == "English"  # the practice's language
    assert "Emails, as .eml files" in dialog.included.text()
    assert "unencrypted" in dialog.safety.text()
    save(dialog, "export-dialog-client")
    # The suffix follows the format.
    qtbot.mouseClick(dialog.folder_radio, LEFT)
    assert not dialog.name_edit.text().endswith(".zip")
    qtbot.mouseClick(dialog.zip_radio, LEFT)
    assert dialog.name_edit.text().endswith(".zip")

    dialog.folder_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=15000)
    (written,) = out.iterdir()
    assert written.name == dialog.name_edit.text() and dialog.exported == written
    assert str(written) in dialog.exported_path.text()
    with zipfile.ZipFile(written) as archive:
        doc = json.loads(archive.read("client.json"))
    assert "Sofia" in json.dumps(doc, ensure_ascii=False)
    save(dialog, "export-dialog-done")

    opened = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    qtbot.mouseClick(dialog.show_button, LEFT)
    assert [u.toLocalFile() for u in opened] == [str(out)]
    qtbot.mouseClick(dialog.done_close_button, LEFT)
    assert not dialog.isVisible()


def test_the_practice_exports_as_a_folder_from_the_file_menu(qtbot, sample_workspace, out):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in file_menu.actions() if a.objectName() == "export_practice"]
    assert action.text().replace("&", "") == "Export practice…"
    action.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Export practice"
    assert dialog.folder_radio.isChecked() and not dialog.name_edit.text().endswith(".zip")
    assert "Spreadsheet files (CSV)" in dialog.included.text()
    save(dialog, "export-dialog-practice")
    dialog.folder_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=20000)
    (written,) = out.iterdir()
    assert written.is_dir()
    names = {p.name for p in written.iterdir()}
    assert set(export.CSV_FILES) <= names and "clients" in names
    assert "Sofia" in (written / "clients.csv").read_text("utf-8-sig")


def test_cancel_leaves_nothing_and_says_so(qtbot, sample_workspace, out, blocked):
    gate, entered = blocked
    dialog = _practice_dialog(qtbot, sample_workspace, out)
    dialog.start_export()
    assert dialog.pages.currentIndex() == PROGRESS
    assert entered.wait(10)
    qtbot.waitUntil(lambda: dialog.progress.bar.maximum() > 0, timeout=5000)
    assert dialog.progress.title.text() == "Exporting the practice…"
    save(dialog, "export-dialog-progress")
    qtbot.mouseClick(dialog.progress.cancel_button, LEFT)
    gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10000)
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == "Export cancelled. Nothing was left behind."
    assert not dialog.error.isVisible()
    assert list(out.iterdir()) == []  # no export, no temporary leftovers
    save(dialog, "export-dialog-cancelled")


def test_closing_while_running_asks_to_cancel_first(qtbot, sample_workspace, out, blocked):
    gate, entered = blocked
    dialog = _practice_dialog(qtbot, sample_workspace, out)
    dialog.start_export()
    assert entered.wait(10)
    dialog.reject()  # Escape or the window's close button
    assert dialog.isVisible() and dialog.prompt is not None
    assert "still running" in dialog.prompt.text()
    dialog.prompt.button(dialog.prompt.StandardButton.Cancel).click()  # keep exporting
    assert dialog.isVisible() and dialog.running()
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.prompt is not None and dialog.prompt.isVisible(), timeout=3000)
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(dialog.prompt.findChild(QPushButton, "confirm_yes"), LEFT)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert not dialog.running()
    assert list(out.iterdir()) == []


def test_an_existing_target_is_refused_and_kept(qtbot, sample_workspace, out):
    harness = make_harness(qtbot, sample_workspace)
    record = open_sofia(harness)
    record.export_record()
    dialog = record.dialog
    dialog.folder_edit.setText(str(out))
    existing = out / dialog.name_edit.text()
    existing.write_bytes(b"an earlier export")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM and dialog.error.isVisible(),
                    timeout=10000)
    assert "already exists" in dialog.error.text()
    assert existing.read_bytes() == b"an earlier export"
    assert [p.name for p in out.iterdir()] == [existing.name]
    save(dialog, "export-dialog-exists")


def test_a_full_disk_is_said_plainly_and_the_form_comes_back(qtbot, sample_workspace, out,
                                                               monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "export_practice", full)
    dialog = _practice_dialog(qtbot, sample_workspace, out)
    name = dialog.name_edit.text()
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert dialog.pages.currentIndex() == FORM
    assert "The disk is full" in dialog.error.text()
    assert dialog.name_edit.text() == name and dialog.export_button.isEnabled()


def test_a_contacts_record_exports_from_the_profile_menu(qtbot, sample_workspace, out):
    from app.services import contacts
    from app.services.people import PersonInput
    from ui.contacts.contact_profile_view import ContactProfileView
    from ui.navigation import Navigator

    rosa = contacts.create_contact(sample_workspace, PersonInput(
        first_name="Rosa", last_name="Costa", organization="Centro de Saúde", role="GP"))
    profile = ContactProfileView(sample_workspace, Navigator(), rosa)
    qtbot.addWidget(profile)
    profile.resize(900, 400)
    profile.show()
    assert profile.menu_button.text() == "⋮"
    save(profile, "contact-profile-menu-button")
    (action,) = profile.more_menu.actions()
    assert action.text() == "Export contact record…"
    action.trigger()
    dialog = profile.dialog
    assert dialog.windowTitle() == "Export contact record" and dialog.zip_radio.isChecked()
    dialog.folder_edit.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=15000)
    with zipfile.ZipFile(dialog.exported) as archive:
        assert "Rosa" in archive.read("contact.json").decode("utf-8")
