"""Progress and cancellation for long transfers (imports, exports) run on a worker thread.

The caller passes `on_progress(done, total)` (the UI turns it into a signal) and a
`threading.Event` it sets to cancel; the work checks the event between items and raises
`Cancelled` after undoing what it did.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import ConsultaError
from app.i18n import QT_TRANSLATE_NOOP

ProgressCallback = Callable[[int, int], None]


class Cancelled(ConsultaError):
    """The user cancelled; nothing of the operation remains."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Core", "Cancelled. Nothing was changed."))


class Tracker:
    """Counts done items against a total, reports each step, raises Cancelled when asked to."""

    def __init__(self, total: int, on_progress: ProgressCallback | None = None,
                 cancel_event: threading.Event | None = None) -> None:
        self.total, self.done = total, 0
        self._report, self._cancel = on_progress, cancel_event
        self.report()

    def report(self) -> None:
        if self._report:
            self._report(min(self.done, self.total), self.total)

    def step(self, count: int = 1) -> None:
        self.done += count
        self.report()

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()
