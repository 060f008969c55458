"""Open, create, back up, re-key and close a workspace: one SQLCipher file holding the practice.

`Workspace` is the handle every service takes. It owns the engine (one per file), the process
lock and the key; sessions are short-lived, one per use case: `with ws.write() as s:` commits on
success and rolls back on any error.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.atomic_files import TEMP_MARK, fsync_dir, fsync_file, temp_beside
from app.errors import (
    NotAWorkspaceError,
    StorageFullError,
    ValidationError,
    WorkspaceError,
    WrongPassphraseError,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import default_backup_dir
from app.store import migrate
from app.store.engine import (
    DRIVER_ERRORS,
    checkpoint,
    classify_open_error,
    is_disk_full,
    make_engine,
)
from app.store.keys import (
    SALT_BYTES,
    RememberedKeys,
    WorkspaceKey,
    check_new_passphrase,
    derive_key,
    new_key,
    read_salt,
)
from app.store.lock import WorkspaceLock

log = logging.getLogger(__name__)



class Workspace:
    def __init__(self, path: Path, key: WorkspaceKey, lock: WorkspaceLock) -> None:
        self.path = path
        self._key = key
        self._lock = lock
        self.engine: Engine = make_engine(path, key)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.closed = False

    # --- sessions --------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work on a consistent snapshot."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        try:
            with self._writer() as session, session.begin():
                yield session
        except DBAPIError as exc:
            if is_disk_full(exc):
                raise StorageFullError(
                    QT_TRANSLATE_NOOP(
                        "Core", "The disk is full, so the last change was not saved. Free some space and try again."
                    )
                ) from exc
            raise

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def salt(self) -> bytes:
        return self._key.salt

    def key_matches(self, passphrase: str) -> bool:
        return hmac.compare_digest(derive_key(passphrase, self._key.salt).key, self._key.key)

    def close(self) -> None:
        if self.closed:
            return
        try:
            checkpoint(self.engine)
        except DRIVER_ERRORS as exc:  # closing must not fail; the WAL stays valid
            log.warning("checkpoint at close failed: %s", type(exc).__name__)
        self.engine.dispose()
        self._lock.release()
        self.closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _raw_connect(self, path: Path, key: WorkspaceKey) -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    # --- backup ----------------------------------------------------------------------------

    def backup(self, dest_dir: Path | None = None) -> Path:
        """A consistent, encrypted copy (same passphrase) while the app keeps working."""
        dest_dir = Path(dest_dir) if dest_dir else default_backup_dir(self.path)
        dest_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
        target = dest_dir / f"{self.path.stem}-backup-{stamp}{self.path.suffix}"
        n = 1
        while target.exists():
            n += 1
            target = dest_dir / f"{self.path.stem}-backup-{stamp}-{n}{self.path.suffix}"
        self._copy_to(target, self._key)
        return target

    def _copy_to(self, target: Path, key: WorkspaceKey) -> None:
        temp = temp_beside(target)
        try:
            # The pre-upgrade copy at open is often the first thing to use Backups/.
            target.parent.mkdir(parents=True, exist_ok=True)
            src = self._raw_connect(self.path, self._key)
            dst = sqlcipher3.connect(str(temp), isolation_level=None)
            try:
                dst.execute(f"PRAGMA key = {key.pragma_value()}")
                dst.execute("PRAGMA cipher_log_level = NONE")
                dst.execute("PRAGMA temp_store = MEMORY")
                # One step: the source holds a single read snapshot for the whole copy, so
                # concurrent commits are either wholly in the copy or not at all.
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                dst.close()
                src.close()
            fsync_file(temp)
            os.replace(temp, target)
            fsync_dir(target.parent)
        except (OSError, *DRIVER_ERRORS) as exc:
            temp.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(temp) + suffix).unlink(missing_ok=True)
            if is_disk_full(exc):
                raise StorageFullError(
                    QT_TRANSLATE_NOOP("Core", "The disk is full: the copy was not made. Free some space and try again.")
                ) from exc
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Core", "The copy could not be written to {path}: {reason}"),
                path=str(target.parent), reason=str(exc),
            ) from exc

    # --- change passphrase -----------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, confirmation: str | None = None,
                          keys: RememberedKeys | None = None) -> None:
        """Re-encrypt into a new file with a new salt and key, then swap it in atomically.

        If the process dies at any point, the workspace opens with either the old passphrase
        (before the swap) or the new one (after); never neither.
        """
        if not self.key_matches(old):
            raise WrongPassphraseError(
                QT_TRANSLATE_NOOP("Core", "The current passphrase is not correct."), field="old"
            )
        check_new_passphrase(new, new if confirmation is None else confirmation)
        new_k = new_key(new)
        with self.write() as s:
            from app.services import audit

            audit.record(s, "workspace.rekey", "workspace")
        # No connection may stay open on the old file while it is swapped.
        self.engine.dispose()
        temp = temp_beside(self.path)
        src = self._raw_connect(self.path, self._key)
        try:
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            dst = sqlcipher3.connect(str(temp), isolation_level=None)
            try:
                dst.execute(f"PRAGMA key = {new_k.pragma_value()}")
                dst.execute("PRAGMA cipher_log_level = NONE")
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                dst.close()
            fsync_file(temp)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        finally:
            src.close()
        os.replace(temp, self.path)
        fsync_dir(self.path.parent)
        old_key = self._key
        self._key = new_k
        self.engine = make_engine(self.path, new_k)
        self._reader.configure(bind=self.engine)
        self._writer.configure(bind=self.engine.execution_options(sqlite_begin="IMMEDIATE"))
        keys = keys or RememberedKeys()
        if keys.recall(old_key.salt) is not None:
            keys.forget(old_key.salt)
            keys.remember(new_k)


# --- opening and creating ---------------------------------------------------------------------


def _remove_stale_partials(path: Path) -> None:
    """Leftovers of a copy or re-key that a crash interrupted: never the workspace itself."""
    for stale in path.parent.glob(f"{path.name}{TEMP_MARK}*"):
        stale.unlink(missing_ok=True)


def open_workspace(path: Path | str, *, passphrase: str | None = None,
                   key: WorkspaceKey | None = None) -> Workspace:
    """Unlock an existing workspace with its passphrase or a remembered key.

    A wrong passphrase raises WrongPassphraseError and leaves the file untouched (nothing is
    written before the key has been proven by a read).
    """
    path = Path(path).absolute()
    if not path.is_file():
        raise NotAWorkspaceError(
            QT_TRANSLATE_NOOP("Core", "There is no workspace at “{path}”."), path=str(path)
        )
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        try:
            salt = read_salt(path)
        except OSError as exc:
            raise NotAWorkspaceError(
                QT_TRANSLATE_NOOP("Core", "“{path}” cannot be read: {reason}"),
                path=str(path), reason=exc.strerror or str(exc),
            ) from exc
        if len(salt) < SALT_BYTES:
            # Empty or tiny: SQLCipher would quietly turn it into a new, empty database.
            raise NotAWorkspaceError(
                QT_TRANSLATE_NOOP("Core", "“{path}” is not a Consulta workspace, or it is damaged."),
                path=str(path),
            )
        if key is None:
            if passphrase is None:
                raise ValueError("a passphrase or a key is needed")
            key = derive_key(passphrase, salt)
        elif key.salt != salt:
            raise WrongPassphraseError(
                QT_TRANSLATE_NOOP("Core", "That passphrase does not open this workspace. Check it and try again.")
            )
        ws = Workspace(path, key, lock)
        try:
            with ws.engine.connect():
                pass
        except DRIVER_ERRORS as exc:
            ws.engine.dispose()
            raise classify_open_error(path, exc) from None
        try:
            _upgrade_if_needed(ws)
            with ws.write() as s:
                from app.services import audit

                audit.record(s, "workspace.unlock", "workspace")
        except DRIVER_ERRORS as exc:
            ws.engine.dispose()
            if is_disk_full(exc):
                raise classify_open_error(path, exc) from None
            raise NotAWorkspaceError(
                QT_TRANSLATE_NOOP("Core", "“{path}” is not a Consulta workspace, or it is damaged."),
                path=str(path),
            ) from exc
        _remove_stale_partials(path)
        return ws
    except BaseException:
        lock.release()
        raise


def _upgrade_if_needed(ws: Workspace) -> None:
    current = migrate.current_revision(ws.engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is None:
        # A file we can decrypt but which has other tables is someone else's database.
        names = inspect(ws.engine).get_table_names()
        if names:
            raise NotAWorkspaceError(
                QT_TRANSLATE_NOOP("Core", "“{path}” is not a Consulta workspace, or it is damaged."),
                path=str(ws.path),
            )
    else:
        # Keep the pre-upgrade file, as it was, next to the backups.
        ws._copy_to(
            default_backup_dir(ws.path)
            / f"{ws.path.stem}-before-upgrade-{current}-{dt.datetime.now():%Y-%m-%d_%H%M%S}{ws.path.suffix}",
            ws._key,
        )
    migrate.upgrade(ws.engine)


def create_workspace(path: Path | str, passphrase: str, *, practice_name: str,
                     confirmation: str | None = None, language: str = "",
                     currency: str = "EUR", time_zone: str | None = None,
                     sample_data: bool = False, remember: bool = False,
                     keys: RememberedKeys | None = None) -> Workspace:
    """Make a new workspace file. Never touches an existing file at `path`.

    `time_zone` None: the computer's zone (app.timezones.system_time_zone)."""
    from app.services import practice as practice_service

    path = Path(path).absolute()
    practice_name = (practice_name or "").strip()
    if not practice_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "Please give your practice a name."), field="practice_name"
        )
    check_new_passphrase(passphrase, passphrase if confirmation is None else confirmation)
    if path.exists():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Core", "A file already exists at “{path}”; it was left as it is."),
            path=str(path),
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Core", "The folder {path} cannot be created: {reason}"),
            path=str(path.parent), reason=exc.strerror or str(exc),
        ) from exc
    key = new_key(passphrase)
    lock = WorkspaceLock(path)
    lock.acquire()
    # Build the file under a temporary name and move it into place when complete, so that a
    # crash during creation never leaves a half-made workspace where the app looks for one.
    temp = temp_beside(path)
    try:
        ws = Workspace(temp, key, lock)
        try:
            migrate.upgrade(ws.engine)
            practice_service.initialise(
                ws, name=practice_name, language=language, currency=currency, time_zone=time_zone
            )
            if sample_data:
                from app import sample_data as samples

                samples.load(ws, language=language)
            checkpoint(ws.engine)
        finally:
            ws.engine.dispose()
        fsync_file(temp)
        os.replace(temp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        lock.release()
        if isinstance(exc, (OSError, DBAPIError, sqlite3.DatabaseError)) and is_disk_full(exc):
            raise StorageFullError(
                QT_TRANSLATE_NOOP("Core", "The disk is full: the workspace was not created. Free some space and try again.")
            ) from exc
        raise
    lock.release()
    ws = open_workspace(path, key=key)
    if remember:
        (keys or RememberedKeys()).remember(key)
    return ws


def unlock_with_remembered_key(path: Path | str, keys: RememberedKeys | None = None) -> Workspace | None:
    """Open silently when this computer remembers the key; None means "ask the passphrase"."""
    path = Path(path).absolute()
    keys = keys or RememberedKeys()
    try:
        salt = read_salt(path)
    except OSError:
        return None
    key = keys.recall(salt)
    if key is None:
        return None
    try:
        return open_workspace(path, key=key)
    except WrongPassphraseError:
        # The passphrase was changed elsewhere: the entry is useless now.
        keys.forget(salt)
        return None
