"""Files uploaded into a client's Documentation, stored encrypted inside the workspace.

Each file has a name, a type, a size, the day it was added and a SHA-256 checksum. A per-file
size limit (Settings: Practice.max_file_mb, 100 MB by default) is checked before anything is
written. Adding the same bytes twice for one client is allowed but flagged (`duplicate_of`).

Large files are streamed: from a path, the bytes go from disk into the database through
SQLite's incremental blob I/O one chunk at a time (hashed on the way), and `save_copy` streams
them back out; neither holds the whole file in memory. A copy is written only when asked
(`save_copy`, atomic); nothing here leaves decrypted copies behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.atomic_files import write_atomically
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, doc_index
from app.services.documentation import require_client
from app.store.models import Practice, StoredFile, utcnow

if TYPE_CHECKING:
    from app.workspace import Workspace

MB = 1024 * 1024
CHUNK = 1 * MB
# SQLite here refuses values over 1,000,000,000 bytes (SQLITE_MAX_LENGTH): a ceiling even when
# the practice sets no limit (0).
HARD_LIMIT = 950 * MB
MAX_NAME = 255
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+$")


@dataclass(frozen=True)
class FileView:
    id: int
    client_id: int
    name: str
    mime_type: str
    size: int  # bytes
    sha256: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    duplicate_of: int | None = None  # an earlier file of this client with the same bytes


# --- helpers ----------------------------------------------------------------------------------


def format_size(size: int) -> str:
    """"100 MB", "12.5 MB", "340 KB" (the size in messages; the UI may format its own)."""
    if size >= MB:
        value = size / MB
        return f"{value:.0f} MB" if value >= 100 or value == int(value) else f"{value:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def clean_name(name: str | os.PathLike[str] | None) -> str:
    """A file name without folders or control characters, at most 255 characters (the
    extension kept)."""
    text = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(c for c in unicodedata.normalize("NFC", text)
                   if unicodedata.category(c)[0] != "C").strip().strip(".")
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = (stem[:MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 20 else text[:MAX_NAME]
    return text


def _mime(name: str, mime: str | None) -> str:
    if mime and _MIME.match(mime.strip()):
        return mime.strip().lower()
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def limit_bytes(session: Session) -> int:
    mb = session.scalar(select(Practice.max_file_mb))
    return min(int(mb) * MB, HARD_LIMIT) if mb else HARD_LIMIT


def _check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{name}” is {size}, over the {limit} limit for one file. "
                                      "It was not added. (The limit is in Settings → General.)"),
            field="file", name=name, size=format_size(size), limit=format_size(limit))


def _duplicate_of(session: Session, f: StoredFile) -> int | None:
    return session.scalar(select(func.min(StoredFile.id)).where(
        StoredFile.client_id == f.client_id, StoredFile.sha256 == f.sha256,
        StoredFile.id < f.id, StoredFile.deleted_at.is_(None)))


def _view(session: Session, f: StoredFile) -> FileView:
    return FileView(f.id, f.client_id, f.name, f.mime_type, f.size, f.sha256, f.created_at,
                    f.updated_at, f.deleted_at,
                    _duplicate_of(session, f) if f.deleted_at is None else None)


def _load(session: Session, file_id: int) -> StoredFile:
    f = session.get(StoredFile, file_id)
    if f is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This file no longer exists."))
    return f


def _raw(session: Session):  # noqa: ANN202 - the driver's connection
    return session.connection().connection.dbapi_connection


# --- adding -----------------------------------------------------------------------------------


def add_file(ws: Workspace, client_id: int, name: str | None, data: bytes | str | os.PathLike[str],
             mime: str | None = None) -> FileView:
    """Store `data` (bytes, or the path of a file to read) for the client under `name` (the
    path's own name when None). Refused with a ValidationError naming the size and the limit
    when too large; nothing is stored then."""
    from_path = not isinstance(data, (bytes, bytearray, memoryview))
    if from_path:
        path = Path(data)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        name = clean_name(name if name is not None else path.name)
    else:
        size = len(data)
        name = clean_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Give the file a name."), field="name")
    with ws.read() as s:
        limit = limit_bytes(s)
    _check_size(name, size, limit)  # before the write transaction: nothing to undo
    with ws.write() as s:
        require_client(s, client_id)
        _check_size(name, size, limit_bytes(s))
        f = StoredFile(client_id=client_id, name=name, mime_type=_mime(name, mime), size=size,
                       sha256="")
        if from_path:
            # Hash first: SQLite rewrites a whole row on UPDATE, so the checksum cannot be
            # written after the bytes without copying them all again.
            f.sha256 = _sha256_of(path, size)
            f.content = func.zeroblob(size)
            s.add(f)
            s.flush()
            if _stream_in(s, f.id, path, size) != f.sha256:
                raise _changed(path)
        else:
            f.content = bytes(data)
            f.sha256 = hashlib.sha256(data).hexdigest()
            s.add(f)
        s.flush()
        doc_index.index_file(s, f)
        view = _view(s, f)
        audit.record(s, "create", "file", f.id, {"client_id": client_id, "size": size,
                                                 "duplicate_of": view.duplicate_of})
        return view


def _changed(path: Path) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Core", "“{name}” changed while it was being added. Try again."), field="file",
        name=path.name)


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Core", "“{name}” cannot be read: {reason}"),
                           field="file", name=path.name, reason=exc.strerror or str(exc))


def _sha256_of(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    read = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                read += len(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if read != size:
        raise _changed(path)
    return digest.hexdigest()


def _stream_in(session: Session, file_id: int, path: Path, size: int) -> str:
    """Copy the file into the row's zero-filled blob chunk by chunk; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    blob = _raw(session).open_blob("stored_file", "content", file_id)
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                if written + len(chunk) > size:
                    break
                blob.write(chunk)
                digest.update(chunk)
                written += len(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        blob.close()
    if written != size or os.path.getsize(path) != size:
        raise _changed(path)
    return digest.hexdigest()


# --- reading ----------------------------------------------------------------------------------


def get_file(ws: Workspace, file_id: int) -> FileView:
    with ws.read() as s:
        return _view(s, _load(s, file_id))


def list_files(ws: Workspace, client_id: int, *, trashed: bool = False) -> list[FileView]:
    """A client's files, newest first (their bytes are not read)."""
    with ws.read() as s:
        q = select(StoredFile).where(StoredFile.client_id == client_id)
        q = q.where(StoredFile.deleted_at.is_not(None) if trashed else StoredFile.deleted_at.is_(None))
        return [_view(s, f) for f in s.scalars(q.order_by(StoredFile.created_at.desc(),
                                                          StoredFile.id.desc()))]


def get_file_bytes(ws: Workspace, file_id: int) -> bytes:
    """The whole file in memory (for previews); use save_copy for large files."""
    with ws.read() as s:
        content = s.scalar(select(StoredFile.content).where(StoredFile.id == file_id))
        if content is None:
            _load(s, file_id)
        return bytes(content or b"")


def write_to(ws: Workspace, file_id: int, out: BinaryIO) -> int:
    """Stream the file's bytes into an open binary file object; returns the bytes written."""
    with ws.read() as s:
        f = _load(s, file_id)
        written = 0
        if f.size == 0:
            return 0
        blob = _raw(s).open_blob("stored_file", "content", f.id, readonly=True)
        try:
            while chunk := blob.read(CHUNK):
                out.write(chunk)
                written += len(chunk)
        finally:
            blob.close()
        return written


def save_copy(ws: Workspace, file_id: int, path: str | os.PathLike[str]) -> Path:
    """Write the file to `path` (temp file, fsync, rename: never half a file there). The copy
    is the user's, outside the encrypted workspace; the audit log records the export."""
    target = write_atomically(Path(path), lambda fh: write_to(ws, file_id, fh))
    with ws.write() as s:
        audit.record(s, "export", "file", file_id)
    return target


# --- changing ---------------------------------------------------------------------------------


def rename_file(ws: Workspace, file_id: int, name: str) -> FileView:
    name = clean_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Give the file a name."), field="name")
    with ws.write() as s:
        f = _load(s, file_id)
        if f.name != name:
            f.name = name
            s.flush()
            doc_index.index_file(s, f)
            audit.record(s, "update", "file", f.id, {"fields": ["name"]})
        return _view(s, f)


def trash_file(ws: Workspace, file_id: int) -> None:
    with ws.write() as s:
        f = _load(s, file_id)
        if f.deleted_at is None:
            f.deleted_at = utcnow()
            s.flush()
            doc_index.index_file(s, f)
            audit.record(s, "trash", "file", f.id, {"client_id": f.client_id})


def restore_file(ws: Workspace, file_id: int) -> None:
    with ws.write() as s:
        f = _load(s, file_id)
        if f.deleted_at is not None:
            require_client(s, f.client_id)
            f.deleted_at = None
            s.flush()
            doc_index.index_file(s, f)
            audit.record(s, "restore", "file", f.id)


def delete_file(ws: Workspace, file_id: int) -> None:
    """Erase a file for good (secure_delete overwrites its pages)."""
    with ws.write() as s:
        f = _load(s, file_id)
        client_id = f.client_id
        s.delete(f)
        s.flush()
        audit.record(s, "delete", "file", file_id, {"client_id": client_id})
