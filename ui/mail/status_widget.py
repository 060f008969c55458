"""The mail part of the main window's status bar: "Synced at 10:42", "Syncing 340 of 1,200"
with a progress bar, "Offline — retrying in 2 min", "Login failed — click for details".

Shows what `MailSyncController` reports; never waits on anything. Clicking the text opens the
details (the server's own words, when the next attempt is, a way to Settings → Email); the
"Sync now" button and the window's Sync now action ask the worker to sync at once. GUI thread.
"""

from __future__ import annotations

import datetime as dt
import math
import time

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ui.i18n import core_text
from ui.mail.sync_worker import (
    CERTIFICATE,
    ERROR_STATES,
    LOGIN,
    NO_ACCOUNT,
    OFFLINE,
    STOPPED,
    SYNCED,
    SYNCING,
    MailSyncController,
    SyncStatus,
)

STYLE = """
QPushButton#mailStatusText { border: none; background: transparent; padding: 0 4px;
                             color: #52606d; text-align: left; }
QPushButton#mailStatusText:hover { color: #1f2933; text-decoration: underline; }
QPushButton#mailStatusText[problem="true"] { color: #9b2c3d; font-weight: 600; }
QPushButton#syncNow { padding: 1px 10px; }
QProgressBar#mailProgress { max-height: 8px; min-height: 8px; }
QProgressBar#mailProgress::chunk { background: #3f9b8f; border-radius: 3px; }
"""


class MailStatusWidget(QWidget):
    settings_requested = Signal()  # "Email settings…" in the details

    def __init__(self, controller: MailSyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MailStatus")
        self.setStyleSheet(STYLE)
        self._controller = controller
        self._status = controller.status
        self._done = self._total = 0
        self._retry_at: float | None = None  # monotonic
        self.details: QMessageBox | None = None

        self.text = QPushButton()
        self.text.setObjectName("mailStatusText")
        self.text.setFlat(True)
        self.text.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text.setToolTip(self.tr("Email sync: click for details"))
        self.text.clicked.connect(self.show_details)
        self.bar = QProgressBar()
        self.bar.setObjectName("mailProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.hide()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setToolTip(self.tr("Check for new email and send the Outbox now (F5)"))
        self.sync_button.clicked.connect(controller.sync_now)

        for button in (self.text, self.sync_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addStretch(1)  # extra width stays on the left, the parts keep their size
        layout.addWidget(self.text)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.sync_button)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh)
        controller.state_changed.connect(self._on_state)
        controller.progress.connect(self._on_progress)
        self._on_state(self._status.state, self._status)

    # --- from the controller ---------------------------------------------------------------------

    def _on_state(self, state: str, status: SyncStatus) -> None:
        self._status = status
        if state != SYNCING:
            self._done = self._total = 0
        self._retry_at = (time.monotonic() + status.retry_in
                          if state in ERROR_STATES and status.retry_in is not None else None)
        if self._retry_at is not None:
            self._countdown.start()
        else:
            self._countdown.stop()
        self.setVisible(state != NO_ACCOUNT)
        self._refresh()
        if self.details is not None and self.details.isVisible():
            self._fill_details(self.details)

    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self._refresh()

    # --- what it says ----------------------------------------------------------------------------

    def _refresh(self) -> None:
        state = self._status.state
        syncing = state == SYNCING
        self.bar.setVisible(syncing and self._total > 0)
        if syncing and self._total:
            self.bar.setRange(0, self._total)
            self.bar.setValue(self._done)
        self.sync_button.setEnabled(not syncing)
        self.text.setProperty("problem", state in ERROR_STATES)
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        self.text.setText(self.status_text())

    def status_text(self) -> str:
        """The one line the status bar shows for the current state."""
        status, state = self._status, self._status.state
        if state == SYNCING:
            if not self._total:
                return self.tr("Checking for new email…")
            locale = QLocale()
            if self._done >= self._total:  # fetched: the bodies are being read
                return self.tr("Preparing %Ln new message(s)…", "", self._total)
            return self.tr("Syncing %1 of %2").replace("%1", locale.toString(self._done)) \
                .replace("%2", locale.toString(self._total))
        if state == LOGIN:
            return self.tr("Login failed — click for details")
        if state in ERROR_STATES:
            headline = self._headline(state)
            wait = self._retry_wait()
            return (self.tr("%1 — retrying in %2").replace("%1", headline).replace("%2", wait)
                    if wait else self.tr("%1 — click for details").replace("%1", headline))
        text = self._synced_text(status.last_synced)
        if status.waiting:
            text += " · " + self.tr("%n message(s) waiting to be sent", "", status.waiting)
        return text

    def _headline(self, state: str) -> str:
        if state == OFFLINE:
            return self.tr("Offline")
        if state == LOGIN:
            return self.tr("Login failed")
        if state == CERTIFICATE:
            return self.tr("Certificate problem")
        return self.tr("Mail server error")

    def _synced_text(self, when: dt.datetime | None) -> str:
        if when is None:
            return self.tr("Not synced yet") if self._status.state in (SYNCED, STOPPED) \
                else self.tr("Email")
        local = when.astimezone()
        locale = QLocale()
        clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        if local.date() == dt.date.today():
            return self.tr("Synced at %1").replace("%1", clock)
        day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
        return self.tr("Synced on %1 at %2").replace("%1", day).replace("%2", clock)

    def _retry_wait(self) -> str:
        if self._retry_at is None:
            return ""
        seconds = max(0, math.ceil(self._retry_at - time.monotonic()))
        if seconds < 60:
            return self.tr("%n s", "", seconds)
        return self.tr("%n min", "", max(1, round(seconds / 60)))

    # --- details -----------------------------------------------------------------------------------

    def show_details(self) -> QMessageBox:
        if self.details is not None and self.details.isVisible():
            self.details.raise_()
            return self.details
        box = QMessageBox(self.window())
        box.setObjectName("mailStatusDetails")
        box.setWindowTitle(self.tr("Email sync"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        settings = box.addButton(self.tr("Email &settings…"), QMessageBox.ButtonRole.ActionRole)
        settings.setObjectName("openEmailSettings")
        retry = box.addButton(self.tr("Sync &now"), QMessageBox.ButtonRole.ActionRole)
        retry.setObjectName("detailsSyncNow")
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)

        def clicked(button) -> None:
            if button is settings:
                self.settings_requested.emit()
            elif button is retry:
                self._controller.sync_now()

        box.buttonClicked.connect(clicked)
        box.destroyed.connect(lambda *_: setattr(self, "details", None))
        self._fill_details(box)
        self.details = box
        box.open()
        return box

    def _fill_details(self, box: QMessageBox) -> None:
        status, state = self._status, self._status.state
        problem = state in ERROR_STATES
        box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
        if problem:
            box.setText(self._headline(state))
            lines = [status.error.text(core_text)] if status.error else []
            wait = self._retry_wait()
            if state == LOGIN:
                lines.append(self.tr("Consulta does not try again by itself, so that your "
                                     "provider does not lock the account. Check the password "
                                     "in Settings → Email, or choose Sync now."))
            elif wait:
                lines.append(self.tr("Consulta tries again in %1.").replace("%1", wait))
            box.setInformativeText("\n\n".join(lines))
            box.setDetailedText(status.error.detail if status.error else "")
        else:
            box.setText(self.status_text())
            lines = []
            if status.send_error is not None:
                lines.append(self.tr("Sending: %1").replace(
                    "%1", status.send_error.text(core_text)))
            if not lines:
                lines.append(self.tr("Consulta checks for new email every few minutes, and at "
                                     "once when your server announces new mail."))
            box.setInformativeText("\n\n".join(lines))
            box.setDetailedText(status.send_error.detail if status.send_error else "")
