"""Locking a running session: Ctrl+L, the lock screen, unlocking back to the same place, and
auto-lock after the idle time."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit

from app.services import practice
from tests.conftest import PASSPHRASE
from tests.ui.screens import SCREENS
from ui.clients.record.record_view import ClientRecordView
from ui.lock_controller import LockPage
from ui.main_window import MainWindow


def _open_sample_record(window: MainWindow):
    area = window.clients
    area.list.table.setCurrentIndex(area.list.model.index(0, 0))
    client_id = area.list.model.data(area.list.model.index(0, 0), area.list.model.IdRole)
    window.navigator.open_client(client_id)
    assert area.currentWidget() is area.record
    return area.record


def _visible_records(window: MainWindow) -> list:
    return [w for w in window.findChildren(ClientRecordView) if w.isVisible()]


def _type_passphrase(qtbot, window: MainWindow, text: str) -> None:
    dialog = window.lock.dialog
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def _save_composite(window: MainWindow, name: str) -> None:
    """The window with the lock screen over it, as the user sees it."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    shot = window.grab()
    dialog = window.lock.dialog.grab()
    painter = QPainter(shot)
    corner = QPoint((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 2)
    painter.drawPixmap(corner, dialog)
    painter.setPen(QColor("#9aa5b1"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, dialog.width() + 1, dialog.height() + 1)
    painter.end()
    assert QPixmap(shot).save(str(SCREENS / f"{name}.png"))


def test_ctrl_l_hides_everything_and_the_passphrase_returns_to_the_same_record(
        qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    record = _open_sample_record(window)
    record.tabs.setCurrentIndex(1)
    assert _visible_records(window) == [record]

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(record.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked
    assert isinstance(window.centralWidget(), LockPage)
    assert _visible_records(window) == [], "no record is visible while locked"
    assert window.windowTitle() == "Consulta (locked)"
    dialog = window.lock.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.windowTitle() == "Consulta is locked"
    assert not dialog.other_button.isVisible(), "no other workspace from the lock screen"
    assert not window.lock_action.isEnabled(), "no shortcut works behind the lock screen"
    _save_composite(window, "lock-screen")

    _type_passphrase(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "passphrase" in dialog.error.text()
    assert window.lock.is_locked and _visible_records(window) == []

    _type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=10000)
    assert window.stack.currentWidget() is window.clients
    assert window.clients.record is record
    assert _visible_records(window) == [record]
    assert record.tabs.currentIndex() == 1
    assert window.windowTitle() == "Consulta"
    assert window.lock_action.isEnabled()


def test_unsaved_edits_survive_locking(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.show_area("settings")
    field = window.settings.general.practice_name
    field.setFocus()
    field.setText("Edited but not saved")
    window.lock.lock()
    assert not field.isVisible()
    _type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=10000)
    assert window.stack.currentWidget() is window.settings
    assert field.isVisible() and field.text() == "Edited but not saved"
    assert window.unsaved_changes()


def test_auto_lock_after_the_idle_time(qtbot, sample_workspace):
    practice.update_practice(sample_workspace, auto_lock_minutes=1)
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.lock.idle_limit_ms == 60_000, "the practice's setting is used"
    window.lock.set_idle_limit_ms(300)
    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=5000)
    assert isinstance(window.centralWidget(), LockPage)
    _type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=10000)


def test_activity_postpones_auto_lock_and_zero_means_never(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.lock.idle_limit_ms == 10 * 60_000, "ten minutes by default"
    window.lock.set_idle_limit_ms(600)
    search = window.findChild(QLineEdit)
    for _ in range(6):  # 6 × 200 ms of typing: longer than the limit, never idle that long
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(200)
    assert not window.lock.is_locked
    window.lock.set_auto_lock_minutes(0)
    qtbot.wait(800)
    assert not window.lock.is_locked


def test_quit_from_the_lock_screen_closes_the_window(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.lock.lock()
    qtbot.keyClick(window.lock.dialog.passphrase, Qt.Key.Key_Escape)
    assert window.lock.is_locked, "Escape does not quit by accident"
    quit_button = window.lock.dialog.findChild(object, "quit")
    quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_other_windows_are_hidden_while_locked_and_come_back(qtbot, sample_workspace):
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    side = QDialog(window)
    QVBoxLayout(side).addWidget(QLabel("Sofia Martins: session notes"))
    side.show()
    window.lock.lock()
    assert not side.isVisible(), "no record data in another window while locked"
    _type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=10000)
    assert side.isVisible()
