"""The main window after unlock: navigation, the clients list from the store, Back up now."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from app.services import clients
from app.services.people import PersonInput
from app.version import __version__
from app.workspace import open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.mail.inbox_area import InboxArea
from ui.main_window import MainWindow


def _visible_names(area) -> list[str]:
    model = area.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_navigation_has_every_area_and_the_inbox_says_how_to_connect_email(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Clients", "Contacts", "Calendar", "Inbox", "Billing", "Templates", "Settings"]
    window.show_area("inbox")
    page = window.stack.currentWidget()
    assert isinstance(page, InboxArea)  # no email account yet: how to connect one
    assert page.stack.currentWidget() is page.no_account
    assert "Settings → Email" in page.no_account.text.text()
    save(window, "main-inbox-empty")


def test_calendar_billing_templates_and_settings_are_built_when_first_shown(qtbot, sample_workspace):
    from ui.calendar.calendar_area import CalendarArea
    from ui.settings.settings_area import SettingsArea

    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    lazy = ("calendar", "billing", "templates", "settings")
    assert not any(window.stack.is_built(key) for key in lazy)
    # From the sidebar: the real area, in its row's place, on screen.
    window.nav.setCurrentRow(2)
    assert isinstance(window.stack.currentWidget(), CalendarArea)
    assert window.stack.is_built("calendar") and window.stack.indexOf(window.calendar) == 2
    # From the Go menu; the area already built comes back as it was.
    window.go_actions["settings"].trigger()
    settings = window.stack.currentWidget()
    assert isinstance(settings, SettingsArea) and window.settings is settings
    window.show_area("clients")
    window.show_area("settings")
    assert window.stack.currentWidget() is settings and window.stack.count() == 7
    # Saving an email account restarts the sync: connected when Settings was built.
    assert settings.email.receivers("2account_saved()") == 1
    assert [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(7)] == [
        window.stack.widget(i).property("areaKey") for i in range(7)]


def test_clients_list_shows_store_and_filters_as_you_type(qtbot, sample_workspace):
    for first, last, email in [("Ana", "García", "ana@example.com"),
                               ("François", "Dupont", "f.dupont@example.fr")]:
        clients.create_client(sample_workspace, PersonInput(first_name=first, last_name=last,
                                                            emails=[email]))
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    area = window.clients.list
    assert _visible_names(area) == ["François Dupont", "Ana García", "Sofia Martins (Sofi)"]
    assert area.count_label.text() == "3 clients"
    save(window, "main-clients")
    qtbot.keyClicks(area.search, "garcia")  # accents do not matter
    qtbot.waitUntil(lambda: _visible_names(area) == ["Ana García"], timeout=3000)
    area.search.clear()
    qtbot.keyClicks(area.search, "zzz")
    qtbot.waitUntil(lambda: area.model.rowCount() == 0, timeout=3000)
    assert area.stack.currentWidget() is area.empty
    assert area.empty.title.text() == "No clients match"


def test_sorting_by_column_header(qtbot, sample_workspace):
    clients.create_client(sample_workspace, PersonInput(first_name="Zoe", last_name="Abbott"))
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    area = window.clients.list
    area.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _visible_names(area) == ["Sofia Martins (Sofi)", "Zoe Abbott"]


def test_back_up_now_from_the_menu(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup.last_backup is not None, timeout=15000)
    backup = window.backup.last_backup
    assert backup.is_file() and backup.parent.name == "Backups"
    with open_workspace(backup, passphrase=PASSPHRASE) as copy:
        assert clients.count_clients(copy, clients.ClientQuery()) == 1


def test_version_from_the_command_line():
    out = subprocess.run([sys.executable, "-m", "ui", "--version"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert out.strip() == f"Consulta {__version__}"


def test_enter_on_a_client_opens_the_record_and_back_returns(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    area = window.clients
    table = area.list.table
    table.setFocus()
    table.setCurrentIndex(area.list.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert area.currentWidget() is area.record
    assert area.record.name.text() == "Sofia Martins (Sofi)"
    tabs = [area.record.tabs.tabText(i) for i in range(area.record.tabs.count())]
    assert tabs == ["Overview", "Personal", "Relationships", "Documentation", "Inbox", "Billing"]
    area.record.close_requested.emit()
    assert area.currentWidget() is area.list


def test_change_passphrase_from_the_menu(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.change_passphrase_action.trigger()
    dialog = window.passphrase_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.passphrase, "another long passphrase")
    qtbot.keyClicks(dialog.new.confirmation, "another long passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Passphrase changed",
                    timeout=15000)
    assert sample_workspace.key_matches("another long passphrase")
