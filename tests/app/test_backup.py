"""Backups: "Back up now" while work goes on gives a consistent copy; copying the closed file is a
complete backup; a full disk refuses the change and keeps nothing half-written."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from sqlalchemy import event, func, select

from app.errors import StorageFullError
from app.services import audit, clients, custom_fields
from app.services.people import PersonInput
from app.store.models import AuditEvent, FieldType, Person
from app.workspace import TEMP_MARK, create_workspace, open_workspace
from tests.app.helpers import folder_listing, ws_integrity
from tests.conftest import PASSPHRASE


def _client_ids(ws) -> set[int]:
    with ws.read() as s:
        return set(s.scalars(select(Person.id).where(Person.last_name == "Busy")))


def test_backup_while_another_thread_writes_is_a_consistent_prefix(workspace):
    committed: list[int] = []
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_writing():
        n = 0
        try:
            while not stop.is_set():
                cid = clients.create_client(workspace, PersonInput(
                    first_name=f"Writer{n}", last_name="Busy", emails=[f"w{n}@example.org"]))
                committed.append(cid)  # only after the commit returned
                n += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while len(committed) < 40 and time.monotonic() < deadline and not errors:
            time.sleep(0.005)
        before = set(committed)
        target = workspace.backup()
        time.sleep(0.1)  # the writer keeps going after the backup, too
    finally:
        stop.set()
        writer.join()
    assert not errors, errors
    assert len(before) >= 40
    after_backup = [c for c in committed if c not in before]
    assert after_backup, "the writer should have kept committing during and after the backup"

    assert target.parent == workspace.path.parent / "Backups"
    assert folder_listing(target.parent) == {target.name}  # one file: no -wal, no partial copy

    copy = open_workspace(target, passphrase=PASSPHRASE)
    try:
        assert ws_integrity(copy) == "ok"
        in_copy = _client_ids(copy)
        assert audit.verify(copy).ok
    finally:
        copy.close()
    assert before <= in_copy, "rows committed before the backup started are missing"
    # Prefix-consistent: the copy holds exactly the first k commits, no gaps, nothing invented.
    k = max(in_copy)
    assert in_copy == {c for c in committed if c <= k}
    assert _client_ids(workspace) == set(committed)  # the original lost nothing either


def test_copying_the_closed_file_is_a_complete_backup(tmp_path):
    path = tmp_path / "Work" / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Copied")
    field = custom_fields.create_field(ws, custom_fields.create_section(ws, "S"), "Notes",
                                       FieldType.LONG_TEXT)
    ids = [clients.create_client(ws, PersonInput(first_name=f"Copy{n}", last_name="Busy"))
           for n in range(25)]
    custom_fields.set_values(ws, ids[-1], {field: "the last thing written before closing"})
    ws.close()

    usb = tmp_path / "USB stick"
    usb.mkdir()
    copy_path = usb / "practice.consulta"
    shutil.copy(path, copy_path)  # the main file alone: nothing else is needed

    copy = open_workspace(copy_path, passphrase=PASSPHRASE)
    try:
        assert ws_integrity(copy) == "ok"
        assert _client_ids(copy) == set(ids)
        assert clients.get_client(copy, ids[-1]).custom_values == {
            field: "the last thing written before closing"}
    finally:
        copy.close()


def test_backup_to_a_chosen_folder_twice_keeps_both(workspace, tmp_path):
    dest = tmp_path / "Chosen"
    first = workspace.backup(dest)
    second = workspace.backup(dest)
    assert first != second
    assert folder_listing(dest) == {first.name, second.name}
    assert not any(TEMP_MARK in name for name in folder_listing(dest))


def _cap_file_size(engine):
    """Every new connection may not grow the file: the driver reports SQLITE_FULL."""
    def on_connect(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()
    event.listen(engine, "connect", on_connect)  # after the app's own listener (key first)
    engine.dispose()
    return on_connect


def test_full_disk_raises_storage_full_and_commits_nothing(workspace):
    field = custom_fields.create_field(workspace, custom_fields.create_section(workspace, "S"),
                                       "Notes", FieldType.LONG_TEXT)
    cid = clients.create_client(workspace, PersonInput(first_name="Full", last_name="Disk"))
    with workspace.read() as s:
        events_before = s.scalar(select(func.count(AuditEvent.id)))

    listener = _cap_file_size(workspace.engine)
    try:
        with pytest.raises(StorageFullError) as info:
            custom_fields.set_values(workspace, cid, {field: "many words " * 50_000})
        assert "disk is full" in str(info.value)
        with pytest.raises(StorageFullError):
            clients.create_client(workspace, PersonInput(
                first_name="Big", last_name="Batch", emails=[f"b{n}@example.org" for n in range(3000)]))
    finally:
        event.remove(workspace.engine, "connect", listener)
        workspace.engine.dispose()

    assert clients.get_client(workspace, cid).custom_values == {}
    with workspace.read() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == events_before
        assert s.scalar(select(func.count(Person.id)).where(Person.last_name == "Batch")) == 0
    assert ws_integrity(workspace) == "ok"
    # With space again, the same change goes through.
    custom_fields.set_values(workspace, cid, {field: "many words " * 50_000})
    assert clients.get_client(workspace, cid).custom_values[field].startswith("many words")
