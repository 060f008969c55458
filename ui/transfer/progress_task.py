"""Long transfers (imports, exports, undo) on a pool thread, with progress and cancel.

The work is a callable `fn(on_progress, cancel_event)`; it reports `(done, total)` from its
thread and checks the event between items (app.transfer.progress.Tracker). Progress reaches
the GUI thread as a queued signal; while one is still on its way, newer reports only replace
the value it will read, so a fast import does not flood the event loop and the bar never
stays behind on a stale count.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.transfer.progress import Cancelled, ProgressCallback

Work = Callable[[ProgressCallback, threading.Event], Any]


class _Signals(QObject):
    progress = Signal()  # "read the latest value": see _Runner.latest
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Latest:
    """The last progress report, handed from the worker to the GUI thread (a plain object: the
    pool deletes the runnable as soon as the work ends, before the last signal is read)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[int, int] | None = None

    def put(self, done: int, total: int) -> bool:
        """Store the report; True when no signal is on its way to read it yet."""
        with self._lock:
            first = self._value is None
            self._value = (done, total)
        return first

    def take(self) -> tuple[int, int] | None:
        with self._lock:
            value, self._value = self._value, None
        return value


class _Runner(QRunnable):
    def __init__(self, fn: Work, signals: _Signals, cancel: threading.Event,
                 latest: _Latest) -> None:
        super().__init__()
        self._fn, self._signals, self._cancel, self._latest = fn, signals, cancel, latest

    def _report(self, done: int, total: int) -> None:
        if self._latest.put(done, total):
            self._signals.progress.emit()

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
        self._signals.progress.connect(self._progressed)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self._latest = _Latest()
        self._runner = _Runner(fn, self._signals, self._cancel, self._latest)
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

    @Slot()
    def _progressed(self) -> None:
        latest = self._latest.take()
        if latest is not None:
            self.progress.emit(*latest)

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
