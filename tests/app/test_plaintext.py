"""No personal data in clear on disk: not in the workspace, not in its WAL or shared memory,
not in any stray file, while open or after close."""

from __future__ import annotations

import sqlite3

from app.services import clients, custom_fields
from app.services.people import PersonInput
from app.store.models import FieldType
from app.workspace import create_workspace
from tests.app.helpers import found_in
from tests.conftest import PASSPHRASE

NAME_FIRST = "Zyxwvutsrqp"
NAME_LAST = "Quenched"
EMAILS = ["zyxw.quenched@example.org", "qzx-private@mailbox.test"]
NOTES = "Flibbertigibbet xylophonist recounted quixotry hypnagogic apricots"
SECRETS = [NAME_FIRST, NAME_LAST, f"{NAME_FIRST} {NAME_LAST}", *EMAILS,
           "Flibbertigibbet", "xylophonist", "hypnagogic apricots"]


def _read_folder(folder):
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_scan_finds_plaintext_when_it_is_there(tmp_path):
    """The scanner itself can fail: an unencrypted SQLite file with the same data is caught."""
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE t (a TEXT, b TEXT)")
    conn.execute("INSERT INTO t VALUES (?, ?)", (f"{NAME_FIRST} {NAME_LAST}", NOTES))
    conn.commit()
    conn.close()
    (tmp_path / "wide.txt").write_bytes(NAME_LAST.lower().encode("utf-16-le"))
    hits = found_in(_read_folder(tmp_path), SECRETS)
    assert ("plain.db", NAME_FIRST) in hits
    assert ("wide.txt", NAME_LAST) in hits


def test_no_plaintext_while_open_or_after_close(tmp_path):
    folder = tmp_path / "Practice"
    path = folder / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Private practice")
    section = custom_fields.create_section(ws, "History")
    notes = custom_fields.create_field(ws, section, "Background", FieldType.LONG_TEXT)
    cid = clients.create_client(ws, PersonInput(first_name=NAME_FIRST, last_name=NAME_LAST,
                                                emails=EMAILS, phones=["+34 600 111 222"]))
    custom_fields.set_values(ws, cid, {notes: NOTES * 3})
    clients.update_client(ws, cid, PersonInput(preferred_name="Zyx"))

    files_open = _read_folder(folder)
    assert "practice.consulta-wal" in files_open, "expected WAL mode with uncheckpointed commits"
    assert len(files_open["practice.consulta-wal"]) > 0
    assert found_in(files_open, SECRETS) == []

    ws.close()

    files_closed = _read_folder(folder)
    assert set(files_closed) == {"practice.consulta", "practice.consulta.lock"}
    assert found_in(files_closed, SECRETS) == []


def test_no_plaintext_in_a_backup(workspace, tmp_path):
    cid = clients.create_client(workspace, PersonInput(first_name=NAME_FIRST, last_name=NAME_LAST,
                                                       emails=EMAILS))
    assert cid
    dest = tmp_path / "Elsewhere"
    workspace.backup(dest)
    files = _read_folder(dest)
    assert len(files) == 1
    assert found_in(files, SECRETS) == []
