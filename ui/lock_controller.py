"""Locking the running session: File → Lock (Ctrl+L) and auto-lock after an idle time.

While locked, the main window shows an opaque lock page instead of its content, its title says
only "Consulta", every other Consulta window is hidden and the unlock dialog asks for the
passphrase. Nothing is destroyed: the areas, the open record, its tab and any unsaved edits stay
in memory and come back exactly as they were. Runs on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services import practice
from app.workspace import Workspace
from ui.navigation import PRACTICE

# What counts as the user being there (mouse moves included: reading is activity too).
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class LockPage(QWidget):
    """What the main window shows while locked: nothing from the workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockPage")
        # Opaque without painting: the main window's own background is drawn behind it. The
        # lock screen (a dialog) carries the title; this page only says what happens next.
        self.text = QLabel(self.tr("Enter your passphrase to carry on where you left off. "
                                   "Anything you had not saved yet is still there."))
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        # Low on the page: the lock screen itself sits in the middle of the window.
        layout.addStretch(5)
        layout.addWidget(self.text)
        layout.addStretch(1)


class LockController(QObject):
    """Owns the idle timer, the lock page and the lock screen of one main window."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace, navigator=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._ws = workspace
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._content: QWidget | None = None
        self._page: LockPage | None = None
        self._saved: dict = {}
        self.dialog = None
        self.set_auto_lock_minutes(practice.get_practice(workspace).auto_lock_minutes)
        if navigator is not None:
            navigator.data_changed.connect(self._on_data_changed)
        QApplication.instance().installEventFilter(self)

    # --- the idle timer ------------------------------------------------------------------------

    def set_auto_lock_minutes(self, minutes: int) -> None:
        """0 means never."""
        self.set_idle_limit_ms(max(0, int(minutes)) * 60_000)

    def set_idle_limit_ms(self, ms: int) -> None:
        self._timer.setInterval(max(0, ms))
        if ms > 0 and not self.is_locked:
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def idle_limit_ms(self) -> int:
        return self._timer.interval()

    @property
    def is_locked(self) -> bool:
        return self._page is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.is_locked and self._timer.interval() > 0:
            self._timer.start()
        return False

    def _on_data_changed(self, kind: str) -> None:
        if kind == PRACTICE:
            self.set_auto_lock_minutes(practice.get_practice(self._ws).auto_lock_minutes)

    # --- lock and unlock -----------------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked or self._ws.closed:
            return
        self._timer.stop()
        window = self._window
        app = QApplication.instance()
        focus = app.focusWidget()
        others = [w for w in app.topLevelWidgets()
                  if w is not window and w.isVisible() and not isinstance(w, QMainWindow)]
        actions = [a for a in window.findChildren(QAction) if a.isEnabled()]
        toolbars = [t for t in window.findChildren(QToolBar) if t.isVisible()]
        self._saved = {
            "focus": focus, "others": others, "actions": actions, "toolbars": toolbars,
            "title": window.windowTitle(), "file_path": window.windowFilePath(),
        }
        for widget in others:
            widget.hide()
        # Open menus and completion lists are closed for good, not brought back after unlock.
        self._saved["others"] = [w for w in others
                                 if w.windowType() != Qt.WindowType.Popup]
        for toolbar in toolbars:
            toolbar.hide()
        for action in actions:  # no shortcut reaches a hidden record while locked
            action.setEnabled(False)
        window.statusBar().clearMessage()
        self._content = window.takeCentralWidget()
        self._page = LockPage()
        window.setCentralWidget(self._page)
        self._page.show()  # at once: the layout would only show it on the next event loop pass
        # The taskbar shows the title: never a client's name while locked.
        window.setWindowFilePath("")
        window.setWindowTitle(self.tr("Consulta (locked)"))
        self._show_lock_screen()
        self.locked.emit()

    def _show_lock_screen(self) -> None:
        from app.store.keys import KeyringStatus
        from ui.workspace.unlock_dialog import UnlockDialog

        # The lock screen offers no "remember" option, so the keyring is not asked (on some
        # desktops asking it can itself pop up a prompt).
        self.dialog = UnlockDialog(self._ws.path, KeyringStatus(True), self._window,
                                   lock_screen_for=self._ws)
        self.dialog.setObjectName("LockScreen")
        self.dialog.installEventFilter(self._escape_guard)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.rejected.connect(self._quit)
        self.dialog.open()
        self.dialog.passphrase.setFocus()

    @property
    def _escape_guard(self) -> QObject:
        # Escape in the lock screen must not quit Consulta by accident; Quit stays a button.
        guard = getattr(self, "_guard", None)
        if guard is None:
            guard = self._guard = _EscapeGuard(self)
        return guard

    def _unlock(self) -> None:
        window = self._window
        page = window.takeCentralWidget()
        window.setCentralWidget(self._content)
        self._content.show()
        if page is not None:
            page.deleteLater()
        self._page = None
        self._content = None
        saved, self._saved = self._saved, {}
        window.setWindowTitle(saved.get("title", "Consulta"))
        window.setWindowFilePath(saved.get("file_path", ""))
        for action in saved.get("actions", []):
            action.setEnabled(True)
        for toolbar in saved.get("toolbars", []):
            toolbar.show()
        for widget in saved.get("others", []):
            widget.show()
        self._forget_dialog()
        focus = saved.get("focus")
        if focus is not None and _alive(focus) and focus.isVisible():
            focus.setFocus()
        if self._timer.interval() > 0:
            self._timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        """Quit from the lock screen: nothing is shown, so there is nobody to ask about edits."""
        self._forget_dialog()
        self.quit_requested.emit()

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


class _EscapeGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return (event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape)


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted on the C++ side while locked
        return False
    return True
