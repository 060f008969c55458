"""Create and unlock a workspace through the real dialogs, as a practitioner would."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import clients
from app.store.keys import RememberedKeys
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.workspace.create_dialog import CreateWorkspaceDialog
from ui.workspace.unlock_dialog import UnlockDialog


def _fill_create(qtbot, dialog, name="Lisbon Family Therapy", pw=PASSPHRASE, again=PASSPHRASE):
    qtbot.keyClicks(dialog.practice_name, name)
    qtbot.keyClicks(dialog.passphrase.passphrase, pw)
    qtbot.keyClicks(dialog.passphrase.confirmation, again)


def test_create_workspace_with_sample_data(qtbot, workspace_path):
    dialog = CreateWorkspaceDialog(workspace_path, RememberedKeys().status(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    _fill_create(qtbot, dialog)
    assert dialog.sample_data.isChecked(), "sample data is on by default"
    assert "Strength" in dialog.passphrase.hint.text()
    save(dialog, "create-workspace")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    ws = dialog.workspace
    try:
        assert workspace_path.is_file()
        rows = clients.client_rows(ws, clients.list_client_ids(ws, clients.ClientQuery()))
        assert [r.name for r in rows] == ["Sofia Martins (Sofi)"]
    finally:
        ws.close()


def test_create_refuses_short_or_mismatched_passphrase(qtbot, workspace_path):
    dialog = CreateWorkspaceDialog(workspace_path, RememberedKeys().status(), "en")
    qtbot.addWidget(dialog)
    _fill_create(qtbot, dialog, pw="short", again="short")
    assert not dialog.create_button.isEnabled()
    assert "Too short" in dialog.passphrase.hint.text()
    dialog.passphrase.passphrase.setText(PASSPHRASE)
    dialog.passphrase.confirmation.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.confirmation.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()


def test_remember_is_explained_when_no_keyring(qtbot, workspace_path, no_keyring):
    dialog = CreateWorkspaceDialog(workspace_path, RememberedKeys().status(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert dialog.remember_note.isVisible()
    assert "keyring" in dialog.remember_note.text()
    save(dialog, "create-workspace-no-keyring")


def test_remember_stores_key_so_next_start_is_silent(qtbot, workspace_path, memory_keyring):
    from ui.application import obtain_workspace

    dialog = CreateWorkspaceDialog(workspace_path, RememberedKeys().status(), "en")
    qtbot.addWidget(dialog)
    _fill_create(qtbot, dialog)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=10000)
    dialog.workspace.close()
    assert memory_keyring.entries, "the key was stored in the keyring"
    ws = obtain_workspace(workspace_path, "en")  # no dialog: would block the test if shown
    assert ws is not None
    ws.close()


def test_wrong_passphrase_is_said_and_can_be_retried(qtbot, workspace_path):
    create_workspace(workspace_path, PASSPHRASE, practice_name="P").close()
    before = hashlib.sha256(workspace_path.read_bytes()).hexdigest()
    dialog = UnlockDialog(workspace_path, RememberedKeys().status())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "does not open this workspace" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert hashlib.sha256(workspace_path.read_bytes()).hexdigest() == before
    save(dialog, "unlock-wrong-passphrase")
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    dialog.workspace.close()


def test_a_file_that_is_not_a_workspace_is_named(qtbot, tmp_path):
    bogus = tmp_path / "holiday-photos.consulta"
    bogus.write_text("not a database at all\n" * 10)
    dialog = UnlockDialog(bogus, RememberedKeys().status())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "holiday-photos.consulta" in dialog.error.text()
    assert "not a Consulta workspace" in dialog.error.text()


def test_lock_screen_checks_passphrase_without_reopening(qtbot, workspace):
    dialog = UnlockDialog(workspace.path, RememberedKeys().status(), lock_screen_for=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong one, sorry")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert not workspace.closed


def test_changed_passphrase_opens_and_old_does_not(qtbot, workspace):
    from ui.workspace.change_passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(workspace)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.passphrase, "a brand new passphrase")
    qtbot.keyClicks(dialog.new.confirmation, "a brand new passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
    path = workspace.path
    workspace.close()
    open_workspace(path, passphrase="a brand new passphrase").close()
