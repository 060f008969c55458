"""Settings → General, and closing the window with unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services import practice
from tests.ui.screens import save
from ui.i18n import SETTINGS_KEY
from ui.main_window import MainWindow
from ui.navigation import UnsavedChanges


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.show_area("settings")
    return window


def test_general_settings_page(qtbot, sample_workspace):
    QSettings().remove(SETTINGS_KEY)
    window = _window(qtbot, sample_workspace)
    assert window.stack.currentWidget() is window.settings
    page = window.settings.general
    assert page.auto_lock.value() == 10, "ten minutes by default"
    assert page.practice_name.text() == "Test practice"
    assert window.settings.email.title() == "Email", "email settings are here now"
    save(window, "settings-general")

    assert page.language.currentData() == "", "the system's language until one is chosen"
    assert page.language.currentText().startswith("The system's language")
    page.language.setCurrentIndex(page.language.findData("es"))
    assert QSettings().value(SETTINGS_KEY) == "es"
    assert "next time" in page.feedback.text()
    page.language.setCurrentIndex(0)
    assert QSettings().value(SETTINGS_KEY) is None, "back to following the system"

    page.auto_lock.setValue(3)
    page.auto_lock.editingFinished.emit()
    assert practice.get_practice(sample_workspace).auto_lock_minutes == 3
    assert window.lock.idle_limit_ms == 3 * 60_000, "applied to the lock at once"
    page.auto_lock.setValue(0)
    qtbot.waitUntil(lambda: practice.get_practice(sample_workspace).auto_lock_minutes == 0,
                    timeout=3000)
    assert window.lock.idle_limit_ms == 0
    assert page.auto_lock.text() == "Never"


def test_practice_name_is_saved_and_shown_in_the_sidebar(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    page = window.settings.general
    page.practice_name.clear()
    page.practice_name.setText("Clínica Lumen")  # (QTest cannot type accented letters)
    assert window.unsaved_changes(), "a typed name not yet saved counts as unsaved"
    qtbot.keyClick(page.practice_name, Qt.Key.Key_Return)
    assert practice.get_practice(sample_workspace).name == "Clínica Lumen"
    assert window.brand.text() == "Clínica Lumen"
    assert not window.unsaved_changes()
    page.practice_name.setText("   ")
    page.save_name.click()
    assert page.error.isVisible() and "name" in page.error.text()
    assert practice.get_practice(sample_workspace).name == "Clínica Lumen"


class _EditingView(QWidget, UnsavedChanges):
    """A stand-in for a record view with edits not yet saved."""

    def __init__(self) -> None:
        super().__init__()
        self.dirty = True

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def unsaved_description(self) -> str:
        return "Sofia Martins: Personal details"


def _question(window: MainWindow) -> QMessageBox:
    box = window.close_question
    assert box is not None and box.isVisible()
    return box


def test_closing_with_unsaved_edits_asks(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    view = _EditingView()
    window.clients.addWidget(view)

    window.close()
    assert window.isVisible(), "not closed before the answer"
    box = _question(window)
    assert "Sofia Martins: Personal details" in box.informativeText()
    save(box, "unsaved-question")
    box.findChild(QWidget, "cancel").click()
    QApplication.processEvents()
    assert window.isVisible(), "Cancel keeps the window and the edits"
    assert view.dirty

    window.close()
    _question(window).findChild(QWidget, "discard").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_closing_without_unsaved_edits_does_not_ask(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert not window.isVisible()
    assert window.close_question is None
