"""Everything in the main window can be reached from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ui.main_window import MainWindow


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        assert "&" in top.text(), f"menu {top.text()!r} has no Alt+letter"
        found += [a for a in top.menu().actions() if not a.isSeparator()]
    return found


def test_every_menu_action_has_a_shortcut_or_a_letter(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    actions = _menu_actions(window)
    assert len(actions) >= 10
    missing = [a.text() for a in actions if a.shortcut().isEmpty() and "&" not in a.text()]
    assert not missing, f"reachable only with the mouse: {missing}"
    shortcuts = {a.objectName(): a.shortcut().toString() for a in actions}
    assert shortcuts["lock"] == "Ctrl+L"
    assert shortcuts["new_client"] == "Ctrl+N"
    assert shortcuts["go_clients"] == "Ctrl+1" and shortcuts["go_settings"] == "Ctrl+7"
    used = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(used) == len(set(used)), f"a shortcut is used twice: {sorted(used)}"


def test_ctrl_number_goes_to_each_area(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.contacts
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert window.stack.currentWidget() is window.clients, "arrow keys move between areas"
