"""Adding files to a client's Documentation, one after another off the GUI thread.

`Uploader.add(paths)` queues files (more may be queued while it works); each is stored by
files.add_file on a pool thread (it streams a big file in chunks), and `progress` /
`finished` report back on the GUI thread. Each file succeeds or fails on its own: one over the
size limit is refused with the core's message and nothing of it is stored; the others go in.
A file with the same bytes as an earlier one of the client is added and flagged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.errors import ConsultaError
from app.services import documentation, files
from app.services.files import FileView
from app.workspace import Workspace
from ui.billing.status_text import short_date
from ui.i18n import core_message
from ui.navigation import NOTES, Navigator
from ui.workers import BackgroundTask, run_in_background


@dataclass(frozen=True)
class Outcome:
    path: Path
    added: FileView | None = None
    problem: str = ""  # why it was refused
    duplicate: str = ""  # "“y” is the same as “x”, uploaded <date>. Both are kept."


@dataclass
class UploadReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def added(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.added is not None]

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.added is None]

    @property
    def duplicates(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.duplicate]


class Uploader(QObject):
    """progress(done, total, name of the file being added); finished(UploadReport) when the
    queue is empty."""

    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self._queue: list[Path] = []
        self._done = 0
        self._total = 0
        self._report = UploadReport()
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def add(self, paths: list[Path | str]) -> None:
        for p in paths:
            path = Path(p)
            if path.is_dir():
                self._report.outcomes.append(Outcome(path, problem=self.tr(
                    "“%1” is a folder. Add the files inside it instead.").replace("%1", path.name)))
                continue
            self._queue.append(path)
            self._total += 1
        if not self.busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            report, self._report = self._report, UploadReport()
            self._done = self._total = 0
            if report.outcomes:
                self.finished.emit(report)
            return
        path = self._queue.pop(0)
        self.progress.emit(self._done, self._total, path.name)
        self._task = run_in_background(
            lambda: files.add_file(self._ws, self.client_id, None, path),
            lambda view: self._stored(path, view), lambda exc: self._refused(path, exc), self)
        self._task.finished.connect(self._task.deleteLater)

    def _stored(self, path: Path, view: FileView) -> None:
        duplicate = ""
        if view.duplicate_of is not None:
            try:
                original = files.get_file(self._ws, view.duplicate_of)
                with self._ws.read() as s:
                    day = documentation.local_date(s, original.created_at)
                duplicate = (self.tr("“%1” is the same as “%2”, uploaded %3. Both are kept.")
                             .replace("%1", view.name).replace("%2", original.name)
                             .replace("%3", short_date(day)))
            except ConsultaError:
                duplicate = self.tr("“%1” is the same as another file of this client. Both are "
                                    "kept.").replace("%1", view.name)
        self._report.outcomes.append(Outcome(path, added=view, duplicate=duplicate))
        self._nav.changed(NOTES)
        self._step()

    def _refused(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, ConsultaError):
            problem = core_message(exc)
        elif isinstance(exc, OSError):
            problem = self.tr("“%1” could not be read: %2").replace("%1", path.name).replace(
                "%2", exc.strerror or os.strerror(exc.errno or 0) or str(exc))
        else:
            self._step()
            raise exc
        self._report.outcomes.append(Outcome(path, problem=problem))
        self._step()

    def _step(self) -> None:
        self._done += 1
        self._task = None
        self._next()
