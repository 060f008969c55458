"""The background mail worker: keeps the inbox in step with the server and sends the Outbox.

`MailSyncWorker` is a QObject moved to its own QThread. Its `run()` loop (worker thread) drives
an `app.mail.sync.SyncEngine` — a sync at start, then every `interval` seconds, at once on
`sync_now()`, and whenever IMAP IDLE on the inbox reports a change (re-issued before the server's
29-minute limit) — and after each sync queues due appointment reminders and sends what waits in
the Outbox. Failures are retried after `app.mail.errors.backoff_delay`; a refused password is not
retried until the user asks or the settings change (the controller then starts a new worker).

It never touches a widget: everything it has to say goes out as signals (`state_changed`,
`progress`, `synced`, `sent`), delivered queued on the GUI thread. `sync_now()`,
`request_send()` and `stop()` may be called from any thread; `stop()` makes the loop end within
a second or two (the engine shuts its socket, so even a blocked read returns at once).

`MailSyncController` (GUI thread) owns the thread: start when an account exists, stop (on lock
and quit), restart (when the account changes), and relays the worker's signals — plus
`navigator.changed(MAIL)` when mail arrived, changed or went out.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from app.i18n import QT_TRANSLATE_NOOP
from app.mail import account as account_service
from app.mail.account import CheckResult
from app.mail.errors import MailError, MailErrorKind, backoff_delay
from app.mail.sync import DEFAULT_BATCH, IDLE_MAX_SECONDS, SyncEngine, SyncStopped, last_synced

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 5 * 60  # seconds between full syncs (IDLE brings inbox mail sooner)
STOP_WAIT_MS = 2000
CHANGED_EVERY = 2.0  # seconds: during a long sync, views refresh at most this often

# States (the error ones are MailErrorKind values).
NO_ACCOUNT = "none"
SYNCING = "syncing"
SYNCED = "synced"
STOPPED = "stopped"
OFFLINE = MailErrorKind.OFFLINE.value
LOGIN = MailErrorKind.LOGIN.value
CERTIFICATE = MailErrorKind.CERTIFICATE.value
SERVER = MailErrorKind.SERVER.value
ERROR_STATES = (OFFLINE, LOGIN, CERTIFICATE, SERVER)

Backoff = Callable[[MailErrorKind, int], float | None]


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows. `retry_in`: seconds until the next automatic attempt after
    an error (None: none planned); `waiting`: messages still in the Outbox."""

    state: str
    last_synced: dt.datetime | None = None
    error: CheckResult | None = None
    retry_in: float | None = None
    waiting: int = 0
    send_error: CheckResult | None = None


def _unexpected(exc: BaseException) -> CheckResult:
    return CheckResult(False, "server", SERVER, QT_TRANSLATE_NOOP(
        "Core", "Something went wrong while syncing the mail: {reason}"),
        {"reason": type(exc).__name__}, detail=f"{type(exc).__name__}: {exc}")


class MailSyncWorker(QObject):
    state_changed = Signal(str, object)  # state, SyncStatus
    progress = Signal(int, int)  # messages fetched, messages to fetch in this run
    synced = Signal(object)  # app.mail.sync.SyncReport of a completed run
    sent = Signal(object)  # app.mail.send.SendReport of each Outbox pass
    finished = Signal()

    def __init__(self, workspace, account_id: int, *, interval: float = DEFAULT_INTERVAL,
                 backoff: Backoff | None = None, use_idle: bool = True, timeout: float = 30.0,
                 batch_size: int = DEFAULT_BATCH) -> None:
        super().__init__()
        self._ws = workspace
        self._account_id = account_id
        self._interval = interval
        self._backoff = backoff or (lambda kind, failures: backoff_delay(kind, failures))
        self._use_idle = use_idle
        self._timeout = timeout
        self._batch_size = batch_size
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()  # guards the fields below, shared with other threads
        self._engine: SyncEngine | None = None
        self._idling = False
        self._sync_asked = False
        self._send_asked = False
        # Worker-thread state.
        self._status = SyncStatus(SYNCING)
        self._failures = 0
        self._failed_kind: MailErrorKind | None = None
        self._idle_ok = True

    # --- any thread ------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync at once (also after a refused password: the user asked)."""
        with self._lock:
            self._sync_asked = True
            self._interrupt_idle()
        self._wake.set()

    def request_send(self) -> None:
        """Send the Outbox at once (a message was just queued)."""
        with self._lock:
            self._send_asked = True
            self._interrupt_idle()
        self._wake.set()

    def stop(self) -> None:
        """Ask the loop to end; returns at once, the loop ends within ~1 s."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            engine = self._engine
        if engine is not None:
            engine.stop()

    def _interrupt_idle(self) -> None:
        # Under self._lock. IDLE only ends on a server event or a stop: stopping this engine
        # ends it now; the loop then takes a fresh engine (one more login, only on request).
        if self._idling and self._engine is not None:
            self._engine.stop()

    # --- the worker thread -------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        try:
            self._loop()
        except Exception as exc:  # a bug must show in the status bar, not end silently
            log.exception("the mail worker stopped")
            self._emit(SERVER, error=_unexpected(exc), retry_in=None)
        finally:
            self._drop_engine()
            self.finished.emit()
            QThread.currentThread().quit()  # its event loop has not started: it will not

    def _loop(self) -> None:
        self._status = SyncStatus(SYNCING, last_synced=last_synced(self._ws, self._account_id))
        next_sync = 0.0  # monotonic time of the next full sync: at once
        while not self._stop.is_set():
            self._wake.clear()
            with self._lock:
                sync_asked, self._sync_asked = self._sync_asked, False
                send_asked, self._send_asked = self._send_asked, False
            if sync_asked or time.monotonic() >= next_sync:
                next_sync = self._cycle()
            elif send_asked:
                self._send()
                self._emit(self._status.state)
            else:
                next_sync = self._wait(next_sync)

    def _cycle(self) -> float:
        """One sync, then reminders and the Outbox; returns when the next sync is due."""
        self._emit(SYNCING, error=None, retry_in=None)
        self.progress.emit(0, 0)
        delay: float | None = self._interval
        try:
            engine = self._engine_now()
            if engine is None:
                return float("inf")
            report = engine.run()
        except MailError as exc:
            delay = self._failed(exc)
        else:
            if report.stopped:
                return time.monotonic()  # a stop, or an interrupted IDLE asked for this run
            self._failures, self._failed_kind = 0, None
            self.synced.emit(report)
            self._status = replace(self._status,
                                   last_synced=last_synced(self._ws, self._account_id))
        if not self._stop.is_set():
            self._send()
        if self._failed_kind is None:
            self._emit(SYNCED, error=None, retry_in=None)
        else:
            self._emit(self._status.state)
        return time.monotonic() + delay if delay is not None else float("inf")

    def _failed(self, error: MailError) -> float | None:
        self._failures = self._failures + 1 if error.kind == self._failed_kind else 1
        self._failed_kind = error.kind
        delay = self._backoff(error.kind, self._failures)
        log.info("mail sync failed (%s, attempt %d): %s", error.kind.value, self._failures,
                 error.detail or error.message)
        self._emit(error.kind.value, error=CheckResult.failed(error), retry_in=delay)
        return delay

    def _send(self) -> None:
        from app.mail import reminders, send

        try:
            reminders.queue_due_reminders(self._ws)
        except Exception:  # a reminder must never block sending what the user wrote
            log.exception("queueing reminders failed")
        report = send.send_pending(self._ws, self._account_id, stop_event=self._stop,
                                   timeout=self._timeout)
        self.sent.emit(report)
        self._status = replace(self._status, waiting=report.waiting, send_error=(
            CheckResult.failed(report.error) if report.error is not None else None))

    def _wait(self, next_sync: float) -> float:
        """Until the next sync, a request or a stop; IDLE on the inbox when it can. Returns the
        (possibly earlier) time of the next sync."""
        remaining = next_sync - time.monotonic()
        if remaining <= 0:
            return next_sync
        if self._use_idle and self._idle_ok and self._failed_kind is None:
            try:
                engine = self._engine_now()  # after an interrupted IDLE: a fresh login
                can_idle = engine is not None and engine.supports_idle
            except SyncStopped:
                return next_sync
            except MailError as exc:
                return self._idle_failed(exc)
            if can_idle:
                with self._lock:
                    if self._sync_asked or self._send_asked or self._stop.is_set():
                        return next_sync
                    self._idling = True
                try:
                    changed = engine.idle(max_seconds=min(remaining, IDLE_MAX_SECONDS))
                except MailError as exc:
                    return self._idle_failed(exc)
                finally:
                    with self._lock:
                        self._idling = False
                return time.monotonic() if changed else next_sync
        self._idle_ok = True
        self._wake.wait(None if remaining == float("inf") else remaining)
        return next_sync

    def _idle_failed(self, error: MailError) -> float:
        # The connection went: sync now, which says why if it is still gone. No IDLE in the
        # next wait, so a server that keeps dropping it cannot make the loop spin.
        log.info("IDLE ended: %s", error.detail or error.message)
        self._idle_ok = False
        return time.monotonic()

    def _engine_now(self) -> SyncEngine | None:
        """The engine to use: the open one, or a new one when there is none or it was stopped
        (a stopped engine stays stopped)."""
        with self._lock:
            engine = self._engine
        if engine is not None and not engine.stop_event.is_set():
            return engine
        self._drop_engine()
        try:
            engine = SyncEngine(self._ws, self._account_id, on_progress=self.progress.emit,
                                stop_event=threading.Event(), batch_size=self._batch_size,
                                timeout=self._timeout)
        except ValueError:  # the account was removed meanwhile
            self._emit(NO_ACCOUNT)
            self._stop.set()
            return None
        with self._lock:
            self._engine = engine
        if self._stop.is_set():
            engine.stop()
        return engine

    def _drop_engine(self) -> None:
        with self._lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    def _emit(self, state: str, **changes) -> None:
        self._status = replace(self._status, state=state, **changes)
        self.state_changed.emit(state, self._status)


class MailSyncController(QObject):
    """Owns the worker thread of one main window (GUI thread). `options` go to the worker
    (tests shorten the interval and the backoff)."""

    state_changed = Signal(str, object)  # state, SyncStatus
    progress = Signal(int, int)
    synced = Signal(object)
    sent = Signal(object)

    def __init__(self, workspace, navigator=None, parent: QObject | None = None,
                 **options) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._nav = navigator
        self._options = options
        self._worker: MailSyncWorker | None = None
        self._thread: QThread | None = None
        # Stopped workers and their threads, kept until their threads have finished.
        self._retired: list[tuple[QThread, MailSyncWorker]] = []
        self._ended: list[QThread] = []
        self._last_changed = 0.0
        self.status = SyncStatus(NO_ACCOUNT)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._at_quit)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def has_account(self) -> bool:
        return account_service.get_account(self._ws) is not None

    def start(self) -> bool:
        """Start syncing if an account is set up (and it is not running yet)."""
        if self._thread is not None:
            return True
        if self._ws.closed:
            return False
        settings = account_service.get_account(self._ws)
        if settings is None:
            self._set_status(SyncStatus(NO_ACCOUNT))
            return False
        worker = MailSyncWorker(self._ws, settings.id, **self._options)
        thread = QThread()
        thread.setObjectName("mail sync")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.state_changed.connect(self._on_state)
        worker.progress.connect(self._on_progress)
        worker.synced.connect(self._on_synced)
        worker.sent.connect(self._on_sent)
        thread.finished.connect(self._on_thread_finished)
        self._worker, self._thread = worker, thread
        self._set_status(SyncStatus(SYNCING, last_synced=last_synced(self._ws, settings.id)))
        thread.start()
        return True

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Stop the worker; True when its thread has ended (within `wait_ms`)."""
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return True
        self._worker = self._thread = None  # signals still queued from it are ignored
        self._retired.append((thread, worker))
        worker.stop()
        done = thread.wait(wait_ms)
        if not done:  # a connection attempt still blocked: it ends on its own (timeout)
            log.warning("the mail worker did not stop within %d ms", wait_ms)
        if self.status.state != NO_ACCOUNT:
            self._set_status(replace(self.status, state=STOPPED, retry_in=None))
        return done

    def restart(self) -> None:
        """The account changed (or was removed): a new worker reads it afresh."""
        self.stop()
        if not self.start() and self.status.state != NO_ACCOUNT:
            self._set_status(SyncStatus(NO_ACCOUNT))

    def sync_now(self) -> None:
        if self._worker is not None:
            self._worker.sync_now()
        else:
            self.start()

    def request_send(self) -> None:
        """A message was queued: send it now (the navigator's SEND_MAIL hand-off)."""
        if self._worker is not None:
            self._worker.request_send()
        else:
            self.start()

    # --- relays (GUI thread) -------------------------------------------------------------------

    def _current(self) -> bool:
        return self._worker is not None and self.sender() is self._worker

    @Slot(str, object)
    def _on_state(self, state: str, status: SyncStatus) -> None:
        if self._current():
            self._set_status(status)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._current():
            return
        self.progress.emit(done, total)
        # A long first sync: the inbox fills as it goes, and shows everything once the fetch
        # is done (the bodies are parsed after it, before the run reports back).
        if done and (done == total or time.monotonic() - self._last_changed >= CHANGED_EVERY):
            self._changed()

    @Slot(object)
    def _on_synced(self, report) -> None:
        if not self._current():
            return
        self.synced.emit(report)
        if (report.new or report.removed or report.flags_pulled or report.history
                or report.parsed):  # parsed bodies: attachment and problem marks
            self._changed()

    @Slot(object)
    def _on_sent(self, report) -> None:
        if not self._current():
            return
        self.sent.emit(report)
        if report.sent or report.failed or report.filed:
            self._changed()

    def _changed(self) -> None:
        self._last_changed = time.monotonic()
        if self._nav is not None:
            from ui.navigation import MAIL

            self._nav.changed(MAIL)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.state_changed.emit(status.state, status)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if thread is self._thread:  # the loop ended by itself (the account was removed)
            self._retired.append((self._thread, self._worker))
            self._worker = self._thread = None
        # The worker's queued signals were all delivered before this one (same receiver,
        # posted earlier), so the pair can go — but not from inside its own signal.
        self._ended.append(thread)
        QTimer.singleShot(0, self._bury)

    @Slot()
    def _bury(self) -> None:
        ended, self._ended = self._ended, []
        self._retired = [(t, w) for t, w in self._retired if all(t is not e for e in ended)]

    @Slot()
    def _at_quit(self) -> None:
        self.stop()
        for thread, _worker in self._retired:
            thread.wait()  # a QThread destroyed while running aborts the process
