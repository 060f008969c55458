"""The SQLCipher engine: one per open workspace file, every connection keyed with the raw key.

Pragmas chosen for a file that must survive a crash and leave no plaintext behind:
WAL with synchronous=FULL (every reported commit is durable), temp_store=MEMORY (no temp files),
secure_delete (erased rows are overwritten), foreign keys on.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError

from app.errors import NotAWorkspaceError, StorageFullError, WrongPassphraseError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.keys import SALT_BYTES, WorkspaceKey
from app.text import fold

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"


def sort_fold(text: str | None) -> str | None:
    """SQL `fold(x)`: lower case without accents, for ORDER BY. SQLite's own lower() only knows
    ASCII, which would sort "Álvarez" after "Zubiri"."""
    return None if text is None else fold(text)


def register_functions(dbapi_conn: sqlcipher3.Connection) -> None:
    """SQL functions the queries rely on; every connection needs them."""
    dbapi_conn.create_function("fold", 1, sort_fold, deterministic=True)


def _configure(dbapi_conn: sqlcipher3.Connection, key: WorkspaceKey) -> None:
    # The key must be the very first statement on a connection.
    dbapi_conn.execute(f"PRAGMA key = {key.pragma_value()}")
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    # A wrong key only shows at the first read; fail here with a clean error.
    dbapi_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 10000",
        "PRAGMA cache_size = -65536",
    ):
        dbapi_conn.execute(pragma).fetchall()
    register_functions(dbapi_conn)


def make_engine(path: Path, key: WorkspaceKey) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        module=sqlcipher3,
        connect_args={"check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        # Let SQLAlchemy, not the driver, decide when transactions begin (see "begin" below).
        dbapi_conn.isolation_level = None
        _configure(dbapi_conn, key)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Writers take the write lock up front so two writers queue on busy_timeout instead of
        # failing when a read transaction upgrades.
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def classify_open_error(path: Path, exc: BaseException) -> Exception:
    """Turn the driver's "file is not a database" into what the user needs to hear."""
    if is_disk_full(exc):
        return StorageFullError(
            QT_TRANSLATE_NOOP("Core", "The disk is full. Free some space and try again."),
        )
    if not looks_like_workspace(path) or is_damaged(exc):
        return NotAWorkspaceError(
            QT_TRANSLATE_NOOP(
                "Core", "“{path}” is not a Consulta workspace, or it is damaged."
            ),
            path=str(path),
        )
    return WrongPassphraseError(
        QT_TRANSLATE_NOOP("Core", "That passphrase does not open this workspace. Check it and try again."),
    )


def looks_like_workspace(path: Path) -> bool:
    """An encrypted workspace is whole pages of random-looking bytes; plain SQLite, empty or
    truncated files are not one. (A wrong passphrase and a damaged first page cannot be told
    apart cryptographically; we call it a wrong passphrase, the likelier case.)"""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if size < PAGE_SIZE or size % 512 != 0:
        return False
    return head != SQLITE_HEADER and len(head) >= SALT_BYTES


def is_damaged(exc: BaseException) -> bool:
    """SQLITE_CORRUPT: page 1 decrypted and passed its HMAC (so the key is right) but later pages
    are missing or broken, as in a truncated copy. A wrong key fails on page 1 as SQLITE_NOTADB."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT:
            return True
        if "database disk image is malformed" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "orig", None)
    return False


def is_disk_full(exc: BaseException) -> bool:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        message = str(exc).lower()
        if "database or disk is full" in message or "no space left" in message:
            return True
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "orig", None)
    return False


DRIVER_ERRORS = (DatabaseError, OperationalError, sqlcipher3.DatabaseError, sqlite3.DatabaseError)


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file so the file alone is complete (used before close/copy)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).fetchall()
