"""Files in a client's Documentation: stored inside the encrypted workspace, refused over the
size limit with nothing stored, duplicates flagged, a 100 MB file back byte for byte."""

from __future__ import annotations

import hashlib
import os
import time

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.services import audit, clients, files, notes, practice
from app.services.people import PersonInput
from app.store.models import StoredFile

MB = 1024 * 1024


def _client(ws, first="Nuno") -> int:
    return clients.create_client(ws, PersonInput(first_name=first, last_name="Alves"))


def _stored(ws) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count(StoredFile.id)))


def test_add_bytes_and_read_them_back(workspace, tmp_path):
    cid = _client(workspace)
    data = "Relatório médico — página 1\n".encode() * 100
    f = files.add_file(workspace, cid, "../../etc/Relatório médico.pdf", data)
    assert f.name == "Relatório médico.pdf"  # no folders from a name
    assert (f.size, f.mime_type, f.duplicate_of) == (len(data), "application/pdf", None)
    assert f.sha256 == hashlib.sha256(data).hexdigest()
    assert files.get_file_bytes(workspace, f.id) == data
    exports = tmp_path / "exports"
    exports.mkdir()
    out = files.save_copy(workspace, f.id, exports / "copy.pdf")
    assert out.read_bytes() == data
    assert [p.name for p in exports.iterdir()] == ["copy.pdf"]  # no temp file left behind
    actions = [e.action for e in audit.list_events(workspace, entity_type="file", entity_id=f.id)]
    assert actions == ["export", "create"]


def test_the_same_bytes_twice_for_a_client_are_flagged(workspace, tmp_path):
    cid, other = _client(workspace), _client(workspace, "Rita")
    first = files.add_file(workspace, cid, "scan.jpg", b"\xff\xd8same bytes")
    path = tmp_path / "scan (1).jpg"
    path.write_bytes(b"\xff\xd8same bytes")
    second = files.add_file(workspace, cid, None, path)
    assert second.name == "scan (1).jpg" and second.mime_type == "image/jpeg"
    assert second.duplicate_of == first.id and first.sha256 == second.sha256
    assert files.get_file(workspace, first.id).duplicate_of is None
    assert files.add_file(workspace, other, "scan.jpg", b"\xff\xd8same bytes").duplicate_of is None
    flags = {i.id: i.duplicate_of for i in notes.list_documentation(workspace, cid)}
    assert flags == {first.id: None, second.id: first.id}


def test_a_file_over_the_limit_is_refused_and_nothing_is_stored(workspace, tmp_path):
    cid = _client(workspace)
    practice.update_practice(workspace, max_file_mb=1)
    events_before = len(audit.list_events(workspace, limit=10_000))
    big = tmp_path / "holiday video.mp4"
    with open(big, "wb") as fh:
        fh.truncate(MB + 1)
    with pytest.raises(ValidationError) as exc:
        files.add_file(workspace, cid, None, big)
    assert exc.value.field == "file"
    assert str(exc.value) == ("“holiday video.mp4” is 1.0 MB, over the 1 MB limit for one file. "
                              "It was not added. (The limit is in Settings → General.)")
    with pytest.raises(ValidationError, match="over the 1 MB limit"):
        files.add_file(workspace, cid, "b.bin", b"\0" * (MB + 1))
    assert _stored(workspace) == 0
    assert len(audit.list_events(workspace, limit=10_000)) == events_before
    # Exactly at the limit is fine.
    assert files.add_file(workspace, cid, "ok.bin", b"\1" * MB).size == MB


def test_a_100_mb_file_round_trips_byte_for_byte(workspace, tmp_path):
    cid = _client(workspace)
    source = tmp_path / "scan-archive.zip"
    digest = hashlib.sha256()
    with open(source, "wb") as fh:  # incompressible, and every MB different
        for i in range(100):
            chunk = hashlib.sha256(str(i).encode()).digest() * (MB // 32)
            chunk = os.urandom(16) + chunk[16:]
            fh.write(chunk)
            digest.update(chunk)
    assert source.stat().st_size == 100 * MB  # the default limit, exactly

    t0 = time.perf_counter()
    f = files.add_file(workspace, cid, None, source)
    t_add = time.perf_counter() - t0
    assert (f.size, f.sha256) == (100 * MB, digest.hexdigest())
    t0 = time.perf_counter()
    copy = files.save_copy(workspace, f.id, tmp_path / "back.zip")
    t_copy = time.perf_counter() - t0
    back = hashlib.sha256()
    with open(copy, "rb") as fh:
        while chunk := fh.read(MB):
            back.update(chunk)
    assert back.hexdigest() == digest.hexdigest() and copy.stat().st_size == 100 * MB
    print(f"\n100 MB: add {t_add:.2f} s, save_copy {t_copy:.2f} s")


def test_rename_trash_restore_delete(workspace):
    cid = _client(workspace)
    f = files.add_file(workspace, cid, "notes.txt", b"hello")
    assert files.rename_file(workspace, f.id, " letter to GP.txt ").name == "letter to GP.txt"
    with pytest.raises(ValidationError):
        files.rename_file(workspace, f.id, "/")
    files.trash_file(workspace, f.id)
    assert files.list_files(workspace, cid) == []
    assert [x.id for x in files.list_files(workspace, cid, trashed=True)] == [f.id]
    files.restore_file(workspace, f.id)
    assert [x.name for x in files.list_files(workspace, cid)] == ["letter to GP.txt"]
    files.delete_file(workspace, f.id)
    assert _stored(workspace) == 0
    actions = [e.action for e in reversed(audit.list_events(workspace, entity_type="file"))]
    assert actions == ["create", "update", "trash", "restore", "delete"]


def test_empty_files_and_long_names(workspace, tmp_path):
    cid = _client(workspace)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    f = files.add_file(workspace, cid, None, empty)
    assert f.size == 0 and files.get_file_bytes(workspace, f.id) == b""
    assert files.save_copy(workspace, f.id, tmp_path / "e2.txt").read_bytes() == b""
    long_name = "x" * 300 + ".pdf"
    assert files.add_file(workspace, cid, long_name, b"1").name == "x" * 251 + ".pdf"
