""""Remember on this computer": the OS keyring holds the raw key, follows a passphrase change,
and its absence (headless Linux) never stops the passphrase from working."""

from __future__ import annotations

import pytest

from app.errors import WrongPassphraseError
from app.services import practice
from app.store.keys import KEYRING_SERVICE, RememberedKeys
from app.workspace import create_workspace, open_workspace, unlock_with_remembered_key
from tests.app.helpers import fingerprint, folder_listing
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase 2027"


def test_remembered_key_opens_without_asking(workspace_path, memory_keyring):
    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Remembered", remember=True)
    salt = ws.salt
    ws.close()
    assert (KEYRING_SERVICE, salt.hex()) in memory_keyring.entries
    assert PASSPHRASE not in memory_keyring.entries.values()  # the key, never the passphrase

    ws = unlock_with_remembered_key(workspace_path)
    assert ws is not None
    try:
        assert practice.get_practice(ws).name == "Remembered"
    finally:
        ws.close()


def test_without_remember_nothing_is_stored_and_unlock_asks(workspace_path, memory_keyring):
    create_workspace(workspace_path, PASSPHRASE, practice_name="P").close()
    assert memory_keyring.entries == {}
    assert unlock_with_remembered_key(workspace_path) is None


def test_keyring_entry_follows_a_passphrase_change(workspace_path, memory_keyring):
    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="P", remember=True)
    old_salt = ws.salt
    ws.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    new_salt = ws.salt
    ws.close()

    assert new_salt != old_salt
    assert (KEYRING_SERVICE, old_salt.hex()) not in memory_keyring.entries
    assert (KEYRING_SERVICE, new_salt.hex()) in memory_keyring.entries

    ws = unlock_with_remembered_key(workspace_path)
    assert ws is not None
    ws.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(workspace_path, passphrase=PASSPHRASE)
    open_workspace(workspace_path, passphrase=NEW_PASSPHRASE).close()


def test_no_keyring_service_is_reported_and_the_passphrase_still_works(workspace_path, no_keyring):
    status = RememberedKeys().status()
    assert status.available is False
    assert status.reason

    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Headless", remember=True)
    assert RememberedKeys().remember(ws._key) is False
    ws.close()

    assert unlock_with_remembered_key(workspace_path) is None
    ws = open_workspace(workspace_path, passphrase=PASSPHRASE)
    assert practice.get_practice(ws).name == "Headless"
    ws.close()


def test_deleted_keyring_entry_means_ask_and_touches_nothing(workspace_path, memory_keyring):
    create_workspace(workspace_path, PASSPHRASE, practice_name="P", remember=True).close()
    memory_keyring.entries.clear()  # the user removed it in their keyring manager
    before = fingerprint(workspace_path)
    listing = folder_listing(workspace_path.parent)

    assert unlock_with_remembered_key(workspace_path) is None

    assert fingerprint(workspace_path) == before
    assert folder_listing(workspace_path.parent) == listing
    assert memory_keyring.entries == {}


def test_unlock_of_a_missing_file_creates_nothing(tmp_path, memory_keyring):
    path = tmp_path / "nowhere" / "gone.consulta"
    assert unlock_with_remembered_key(path) is None
    assert not path.parent.exists()


def test_stale_keyring_entry_is_forgotten_and_passphrase_asked(workspace_path, memory_keyring):
    """The passphrase was changed on another computer: the remembered key no longer opens."""
    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="P", remember=True)
    entry = (KEYRING_SERVICE, ws.salt.hex())
    ws.close()
    memory_keyring.entries[entry] = "ab" * 32
    before = fingerprint(workspace_path)

    assert unlock_with_remembered_key(workspace_path) is None

    assert entry not in memory_keyring.entries
    assert fingerprint(workspace_path) == before
    open_workspace(workspace_path, passphrase=PASSPHRASE).close()
