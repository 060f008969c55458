"""Creating and unlocking a workspace: right and wrong passphrases, files that are not
workspaces, and never overwriting an existing file."""

from __future__ import annotations

import sqlite3

import pytest

from app.errors import NotAWorkspaceError, WorkspaceError, WrongPassphraseError
from app.services import clients, practice
from app.services.people import PersonInput
from app.workspace import create_workspace, open_workspace
from tests.app.helpers import fingerprint, folder_listing
from tests.conftest import PASSPHRASE


def test_create_then_open_with_the_passphrase(workspace_path):
    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Consulta Luz")
    cid = clients.create_client(ws, PersonInput(first_name="Ana", last_name="Ruiz"))
    ws.close()

    ws = open_workspace(workspace_path, passphrase=PASSPHRASE)
    try:
        assert practice.get_practice(ws).name == "Consulta Luz"
        assert clients.get_client(ws, cid).full_name == "Ana Ruiz"
    finally:
        ws.close()


def test_wrong_passphrase_is_refused_leaves_file_untouched_and_can_be_retried(workspace_path):
    create_workspace(workspace_path, PASSPHRASE, practice_name="P").close()
    before = fingerprint(workspace_path)
    listing = folder_listing(workspace_path.parent)

    for attempt in ("correct horse battery stapler", "x" * 12):
        with pytest.raises(WrongPassphraseError):
            open_workspace(workspace_path, passphrase=attempt)
        assert fingerprint(workspace_path) == before, "a wrong passphrase must not write"
        assert folder_listing(workspace_path.parent) == listing  # no -wal/-shm left behind

    ws = open_workspace(workspace_path, passphrase=PASSPHRASE)  # the lock was released
    assert practice.get_practice(ws).name == "P"
    ws.close()


def _plain_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def _text_file(path):
    path.write_text("Dear diary,\n" * 500, encoding="utf-8")


def _empty_file(path):
    path.write_bytes(b"")


def _make_truncator(fraction, extra=0):
    def truncate(path):
        create_workspace(path, PASSPHRASE, practice_name="P").close()
        data = path.read_bytes()
        pages = max(1, int(len(data) // 4096 * fraction))
        path.write_bytes(data[:pages * 4096 + extra])
    return truncate


@pytest.mark.parametrize("make", [
    _plain_sqlite, _text_file, _empty_file,
    _make_truncator(0.5), _make_truncator(0.5, extra=1000), _make_truncator(0.01),
], ids=["plain-sqlite", "text", "empty", "truncated-half", "truncated-mid-page", "first-page-only"])
def test_a_file_that_is_not_a_workspace_is_named_in_the_error(tmp_path, make):
    path = tmp_path / "Not mine.consulta"
    make(path)
    before = fingerprint(path)

    with pytest.raises(NotAWorkspaceError) as info:
        open_workspace(path, passphrase=PASSPHRASE)

    assert str(path) in str(info.value)
    assert fingerprint(path) == before


def test_a_missing_file_is_named_in_the_error(tmp_path):
    path = tmp_path / "gone.consulta"
    with pytest.raises(NotAWorkspaceError) as info:
        open_workspace(path, passphrase=PASSPHRASE)
    assert str(path) in str(info.value)
    assert not path.exists()


@pytest.mark.parametrize("existing", ["workspace", "other"])
def test_create_refuses_to_overwrite_an_existing_file(workspace_path, existing):
    if existing == "workspace":
        create_workspace(workspace_path, PASSPHRASE, practice_name="First").close()
    else:
        workspace_path.write_bytes(b"precious bytes that are not ours")
    before = fingerprint(workspace_path)
    listing = folder_listing(workspace_path.parent)

    with pytest.raises(WorkspaceError) as info:
        create_workspace(workspace_path, "another passphrase 123", practice_name="Second")

    assert str(workspace_path) in str(info.value)
    assert fingerprint(workspace_path) == before
    assert folder_listing(workspace_path.parent) == listing
    if existing == "workspace":
        ws = open_workspace(workspace_path, passphrase=PASSPHRASE)
        assert practice.get_practice(ws).name == "First"
        ws.close()


def test_workspace_file_is_encrypted_from_the_first_byte(workspace_path):
    create_workspace(workspace_path, PASSPHRASE, practice_name="P").close()
    head = workspace_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
