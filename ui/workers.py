"""Background work in one shape: run a callable on a pool thread, get its result or exception
back on the GUI thread through a queued signal. No widget is ever touched off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the caller, who decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """Keep a reference to the returned object until it finishes (its signals live on it)."""

    finished = Signal()

    def __init__(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._success)
        self._signals.failed.connect(self._failure)
        self._on_success = on_success
        self._on_failure = on_failure
        self._task = _Task(fn, self._signals)
        self._task.setAutoDelete(True)

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        (pool or QThreadPool.globalInstance()).start(self._task)
        return self

    @Slot(object)
    def _success(self, result: Any) -> None:
        try:
            self._on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failure(self, exc: BaseException) -> None:
        try:
            self._on_failure(exc)
        finally:
            self.finished.emit()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      parent: QObject | None = None) -> BackgroundTask:
    return BackgroundTask(fn, on_success, on_failure, parent).start()
