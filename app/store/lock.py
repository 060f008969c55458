"""One process per workspace: an OS file lock beside the file, released by the OS if we crash."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from app.errors import WorkspaceInUseError
from app.i18n import QT_TRANSLATE_NOOP


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        # The lock file holds nothing: the OS lock on it is what counts, and a crashed process
        # leaves it unlocked, so a stale file never blocks anyone.
        self.path = workspace.with_name(workspace.name + ".lock")
        self._lock = FileLock(self.path, timeout=0, is_singleton=False, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise WorkspaceInUseError(
                QT_TRANSLATE_NOOP("Core", "This workspace is already open in another Consulta window: {path}"),
                path=str(self.path.with_suffix("")),
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)


def in_use(workspace: Path) -> bool:
    """Whether another process holds the workspace (checked before asking for a passphrase)."""
    probe = WorkspaceLock(workspace)
    try:
        probe.acquire()
    except WorkspaceInUseError:
        return True
    probe.release()
    return False
