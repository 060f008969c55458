"""Temporary decrypted copies for "Open in another program", and their removal.

A stored file can only be opened by another program from a plain file on disk. Those copies
go in a private folder (mode 0700, owned by this user) under the system's temp folder, one
sub-folder per running Consulta holding a QLockFile, and are deleted when the app quits
(QApplication.aboutToQuit). A copy that could not be deleted then (the other program still
had it open on Windows, or Consulta crashed) is removed at the next start: the folders of
Consulta processes no longer running are cleared; those of a Consulta still running are not.

Imports only QtCore and the standard library: it is installed at start-up.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QUrl

LOCK_NAME = ".in-use.lock"
_ACTIVE: TempCopies | None = None


def _default_opener(path: Path) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def base_folder() -> Path:
    """The private folder all sessions' copies live under, created 0700 if missing."""
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    base = Path(tempfile.gettempdir()) / f"consulta-open-{uid}"
    try:
        base.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = os.lstat(base)
    # Someone else's folder, or a link planted in a shared /tmp: never write through it.
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or (
            hasattr(os, "getuid") and info.st_uid != os.getuid()):
        raise PermissionError(f"{base} is not a private folder of this user")
    if os.name == "posix" and stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(base, 0o700)
    return base


class TempCopies:
    """This session's folder of temporary copies. `opener(path) -> bool` opens a file in the
    system's program for it (injectable: tests never launch programs)."""

    def __init__(self, base: Path | None = None,
                 opener: Callable[[Path], bool] | None = None) -> None:
        self._base = base
        self.opener = opener or _default_opener
        self._folder: Path | None = None
        self._lock: QLockFile | None = None
        self._count = 0

    @property
    def folder(self) -> Path:
        """Made on first use (a session that opens nothing leaves nothing)."""
        if self._folder is None or not self._folder.is_dir():
            base = self._base or base_folder()
            self._folder = Path(tempfile.mkdtemp(prefix="session-", dir=base))  # 0700
            self._lock = QLockFile(str(self._folder / LOCK_NAME))
            self._lock.setStaleLockTime(0)  # stale only when its process is gone
            self._lock.tryLock(0)
        return self._folder

    def place_for(self, name: str) -> Path:
        """A fresh path for a copy named `name` (each copy in its own sub-folder, so two files
        with one name do not clash and the other program shows the real name)."""
        self._count += 1
        slot = self.folder / str(self._count)
        slot.mkdir(mode=0o700)
        return slot / name

    def write_copy(self, name: str, write: Callable[[Path], object]) -> Path:
        """Write a copy with `write(path)`, readable by this user only."""
        path = self.place_for(name)
        write(path)
        if os.name == "posix":
            os.chmod(path, 0o600)
        return path

    def open(self, path: Path) -> bool:
        return bool(self.opener(path))

    def copies(self) -> list[Path]:
        if self._folder is None or not self._folder.is_dir():
            return []
        return sorted(p for p in self._folder.rglob("*") if p.is_file() and p.name != LOCK_NAME)

    def cleanup(self) -> None:
        """Delete this session's copies and folder (errors ignored: the next start retries)."""
        folder, self._folder = self._folder, None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def remove_leftovers(base: Path | None = None) -> int:
    """Delete the folders of Consulta sessions that are no longer running; returns how many."""
    try:
        base = base or base_folder()
    except OSError:
        return 0
    removed = 0
    for folder in base.glob("session-*"):
        if not folder.is_dir() or (_ACTIVE is not None and folder == _ACTIVE._folder):
            continue
        lock = QLockFile(str(folder / LOCK_NAME))
        lock.setStaleLockTime(0)
        # Taking the lock succeeds when no live process holds it (a stale one is broken).
        if (folder / LOCK_NAME).exists() and not lock.tryLock(0):
            continue
        lock.unlock()
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def session_copies() -> TempCopies:
    """The app's one TempCopies (made on first use)."""
    global _ACTIVE
    if _ACTIVE is None:
        _ACTIVE = TempCopies()
    return _ACTIVE


def install_cleanup(app: QCoreApplication) -> None:
    """At start: clear what earlier sessions left; at quit: delete this session's copies."""
    remove_leftovers()
    app.aboutToQuit.connect(lambda: _ACTIVE.cleanup() if _ACTIVE is not None else None)
