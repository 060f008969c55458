"""The background mail worker and the status bar, against a real Dovecot: first sync with
progress, IDLE and Sync now, a refused password (no retry until the settings change), a server
that went away (offline, retried after the backoff), and a stop within two seconds."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox

from app.mail.account import AccountInput, save_account
from app.mail.errors import MailErrorKind
from app.mail.sync import folder_counts
from tests.app.mail_helpers import make_account, message
from tests.conftest import PASSPHRASE
from tests.mail_servers import PASSWORD
from tests.ui.screens import save
from ui.mail.status_widget import MailStatusWidget
from ui.mail.sync_worker import (
    LOGIN,
    OFFLINE,
    STOPPED,
    SYNCED,
    SYNCING,
    MailSyncController,
)
from ui.navigation import MAIL, Navigator

RETRY = 0.4  # seconds: the tests' backoff for every kind but a refused password


def quick_backoff(kind: MailErrorKind, failures: int) -> float | None:
    return None if kind == MailErrorKind.LOGIN else RETRY


class Recorder:
    """Everything the controller says, in order, as seen on the GUI thread."""

    def __init__(self, controller: MailSyncController, navigator: Navigator,
                 widget: MailStatusWidget | None = None) -> None:
        self.states: list[str] = []
        self.texts: list[str] = []
        self.progress: list[tuple[int, int]] = []
        self.bar_shown = False
        self.reports = []
        self.changes: list[str] = []
        self.widget = widget
        controller.state_changed.connect(self._state)
        controller.progress.connect(self._progress)
        controller.synced.connect(self.reports.append)
        navigator.data_changed.connect(self.changes.append)

    def _state(self, state, _status) -> None:
        self.states.append(state)
        if self.widget is not None:
            self.texts.append(self.widget.text.text())

    def _progress(self, done, total) -> None:
        self.progress.append((done, total))
        if self.widget is not None:
            self.texts.append(self.widget.text.text())
            self.bar_shown |= self.widget.bar.isVisible()


@pytest.fixture
def sync(qtbot, workspace):
    """A controller with a status widget; stopped at the end."""
    made = []

    def make(**options):
        navigator = Navigator()
        options = {"backoff": quick_backoff, "timeout": 5.0, **options}
        controller = MailSyncController(workspace, navigator, **options)
        widget = MailStatusWidget(controller)
        qtbot.addWidget(widget)
        widget.resize(520, 28)
        widget.show()
        made.append(controller)
        return controller, widget, Recorder(controller, navigator, widget)

    yield make
    for controller in made:
        controller.stop()


def test_first_sync_in_the_main_window_shows_progress_then_synced_and_refreshes_views(
        qtbot, workspace, dovecot, imap_user):
    from ui.main_window import MainWindow

    dovecot.write_maildir(imap_user, [message(i) for i in range(1, 401)])
    account_id = make_account(workspace, dovecot, imap_user)
    window = MainWindow(workspace)  # an account exists: it starts syncing by itself
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    controller, widget = window.mail_sync, window.mail_status
    seen = Recorder(controller, window.navigator, widget)
    shot = []

    def capture(done, total) -> None:
        if 0 < done < total and not shot:
            shot.append(save(window, "mail-status-syncing"))

    controller.progress.connect(capture)
    assert controller.running and widget.isVisible()
    qtbot.waitUntil(lambda: bool(seen.reports), timeout=20000)
    qtbot.waitUntil(lambda: controller.status.state == SYNCED, timeout=5000)

    assert folder_counts(workspace, account_id) == {"INBOX": 400}
    assert seen.progress[0] == (0, 0) and seen.progress[-1] == (400, 400)
    assert any(t == "Syncing 200 of 400" for t in seen.texts), seen.texts
    assert seen.bar_shown, "a progress bar while messages come in"
    assert MAIL in seen.changes, "the inbox views are told to refresh"
    assert widget.text.text().startswith("Synced at "), widget.text.text()
    assert not widget.bar.isVisible()
    assert shot, "the status bar was captured while syncing"
    save(window.statusBar(), "mail-status-synced")

    # F5 / Sync now: the worker is waiting in IDLE; it runs again at once.
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: len(seen.reports) == 2, timeout=5000)
    assert seen.reports[-1].new == 0

    # New mail arrives: IDLE brings it in without waiting for the 5-minute sync.
    dovecot.append(imap_user, [message(500, subject="Arrived during IDLE")])
    qtbot.waitUntil(lambda: any(r.new == 1 for r in seen.reports), timeout=8000)

    # Locking stops the worker (no sync while locked); unlocking starts it again.
    window.lock.lock()
    assert not controller.running and not widget.isVisible()
    dialog = window.lock.dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=10000)
    assert controller.running and widget.isVisible()
    qtbot.waitUntil(lambda: controller.status.state == SYNCED, timeout=10000)
    window.close()  # quitting stops it too
    assert not controller.running


def test_a_server_that_went_away_shows_offline_and_is_retried_after_the_backoff(
        qtbot, workspace, dovecot, imap_user, sync):
    dovecot.append(imap_user, [message(1), message(2)])
    make_account(workspace, dovecot, imap_user)
    dovecot.kill()
    controller, widget, seen = sync(use_idle=False)
    controller.start()
    qtbot.waitUntil(lambda: OFFLINE in seen.states, timeout=10000)
    assert widget.text.text().startswith("Offline — retrying in "), widget.text.text()
    assert "refused the connection" in controller.status.error.text()
    save(widget, "mail-status-offline")
    # Retried after the backoff, again and again.
    qtbot.waitUntil(lambda: seen.states.count(OFFLINE) >= 3, timeout=5000)

    dovecot.start()
    qtbot.waitUntil(lambda: controller.status.state == SYNCED, timeout=10000)
    assert seen.reports and seen.reports[-1].new == 2
    assert widget.text.text().startswith("Synced at ")


def test_stop_during_a_sync_ends_the_thread_within_two_seconds(qtbot, workspace, dovecot,
                                                               imap_user, sync):
    dovecot.write_maildir(imap_user, [message(i, body="y" * 5000) for i in range(1, 401)])
    account_id = make_account(workspace, dovecot, imap_user)
    controller, widget, seen = sync(batch_size=20)
    controller.start()
    qtbot.waitUntil(lambda: any(done > 0 for done, _ in seen.progress), timeout=10000)
    thread: QThread = controller._thread
    asked = time.monotonic()
    assert controller.stop() is True
    assert time.monotonic() - asked < 2.0
    assert thread.isFinished() and not controller.running
    assert controller.status.state == STOPPED
    assert 0 < sum(folder_counts(workspace, account_id).values()) < 400, "stopped mid-sync"


# Last in the module: after a refused login Dovecot delays the next one (~4 s).
def test_a_refused_password_says_login_failed_and_waits_for_new_settings(
        qtbot, workspace, dovecot, imap_user, sync):
    account_id = make_account(workspace, dovecot, imap_user)
    save_account(workspace, AccountInput(), account_id=account_id, imap_password="wrong")
    controller, widget, seen = sync()
    opened = []
    widget.settings_requested.connect(lambda: opened.append(True))
    controller.start()
    qtbot.waitUntil(lambda: LOGIN in seen.states, timeout=10000)
    assert widget.text.text() == "Login failed — click for details"
    assert widget.sync_button.isEnabled()
    time.sleep(4 * RETRY)  # other failures would have been retried by now
    qtbot.wait(50)
    after = seen.states[seen.states.index(LOGIN):]
    assert SYNCING not in after, "a wrong password is not tried again by itself"
    assert controller.running

    widget.text.click()
    box = widget.details
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "refused the user name or password" in box.informativeText()
    assert "does not try again by itself" in box.informativeText()
    save(box, "mail-status-login-details")
    settings = next(b for b in box.buttons() if b.objectName() == "openEmailSettings")
    settings.click()
    assert opened == [True]

    # The settings change (Settings → Email saves, the main window restarts the worker).
    save_account(workspace, AccountInput(), account_id=account_id, imap_password=PASSWORD)
    controller.restart()
    qtbot.waitUntil(lambda: controller.status.state == SYNCED, timeout=10000)
    assert widget.text.text().startswith("Synced at ")
