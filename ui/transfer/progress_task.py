"""Long transfers (imports, exports, undo) on a pool thread, with progress and cancel.

The work is a callable `fn(on_progress, cancel_event)`; it reports `(done, total)` from its
thread and checks the event between items (app.transfer.progress.Tracker). Progress reaches
the GUI thread as a queued signal, at most every PROGRESS_INTERVAL seconds plus the last one,
so a fast import does not flood the event loop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.transfer.progress import Cancelled, ProgressCallback

PROGRESS_INTERVAL = 0.05

Work = Callable[[ProgressCallback, threading.Event], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, fn: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._fn, self._signals, self._cancel = fn, signals, cancel
        self._last = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._report, self._cancel)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # handed to the GUI thread, which says what went wrong
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class ProgressTask(QObject):
    """Start it, connect its signals; keep a reference until `finished` (its signals live on
    it). Exactly one of succeeded(result) / failed(exception) / cancelled() is emitted, then
    finished()."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self._runner = _Runner(fn, self._signals, self._cancel)
        self._runner.setAutoDelete(True)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> ProgressTask:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; `cancelled` follows once it has undone what it did."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _end(self) -> None:
        self.running = False
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        try:
            self.succeeded.emit(result)
        finally:
            self._end()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            self.failed.emit(exc)
        finally:
            self._end()

    @Slot()
    def _cancelled(self) -> None:
        try:
            self.cancelled.emit()
        finally:
            self._end()
