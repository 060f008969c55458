"""The navigation shell: a sidebar of areas, the current area, menus and the status bar.

It only assembles screens; each area lives in its own module and refreshes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import practice
from app.version import __version__
from app.workspace import Workspace
from ui.backup_action import BackupController
from ui.clients.clients_area import ClientsArea
from ui.contacts.contacts_area import ContactsArea
from ui.empty_state import EmptyState
from ui.navigation import Navigator
from ui.workspace.change_passphrase_dialog import ChangePassphraseDialog


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._ws = workspace
        self.setWindowTitle("Consulta")
        self.resize(1200, 760)
        self.backup = BackupController(workspace, self)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        self.stack.setObjectName("areas")

        practice_name = practice.get_practice(workspace).name
        brand = QLabel(practice_name)
        brand.setObjectName("brand")
        brand.setWordWrap(True)
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 18, 12, 12)
        side_layout.addWidget(brand)
        side_layout.addSpacing(10)
        side_layout.addWidget(self.nav, 1)
        side.setFixedWidth(224)

        self.navigator = Navigator(self)
        self.clients = ClientsArea(workspace, self.navigator)
        self._add_area("clients", self.tr("Clients"), self.clients)
        self.contacts = ContactsArea(workspace, self.navigator)
        self._add_area("contacts", self.tr("Contacts"), self.contacts)
        self.navigator.client_requested.connect(self._open_client)
        self.navigator.contact_requested.connect(self._open_contact)
        self.navigator.area_requested.connect(self.show_area)
        for key, title, heading, text in self._upcoming_areas():
            self._add_area(key, title, EmptyState(heading, text))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Workspace unlocked"), 5000)

    def _upcoming_areas(self) -> list[tuple[str, str, str, str]]:
        later = self.tr("This part of Consulta is not in this version yet. "
                        "Anything already in your workspace is kept safe and will show here.")
        return [
            ("calendar", self.tr("Calendar"), self.tr("Calendar"),
             self.tr("Your appointments by day, week and month. ") + later),
            ("inbox", self.tr("Inbox"), self.tr("Inbox"),
             self.tr("Email with your clients, filed to each record. ") + later),
            ("billing", self.tr("Billing"), self.tr("Billing"),
             self.tr("Invoices, payments and credit notes across all clients. ") + later),
            ("templates", self.tr("Templates"), self.tr("Templates"),
             self.tr("Note templates and intake forms. ") + later),
            ("settings", self.tr("Settings"), self.tr("Settings"),
             self.tr("Practice details, services, email and billing settings. ") + later),
        ]

    def _add_area(self, key: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        widget.setProperty("areaKey", key)
        self.stack.addWidget(widget)

    def show_area(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _open_client(self, client_id: int) -> None:
        self.show_area("clients")
        self.clients.open_client(client_id)

    def _open_contact(self, contact_id: int) -> None:
        self.show_area("contacts")
        self.contacts.open_contact(contact_id)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setObjectName("backup_now")
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup.back_up_now)
        file_menu.addAction(self.backup_action)
        self.change_passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        self.change_passphrase_action.triggered.connect(self._change_passphrase)
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Consulta"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._ws, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Passphrase changed"), 8000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Consulta"), self.tr(
            "<b>Consulta %1</b><p>Your practice in one encrypted file on this computer.</p>"
            "<p>Workspace: %2</p>").replace("%1", __version__).replace("%2", str(self._ws.path)))
