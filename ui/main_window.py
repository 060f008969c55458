"""The navigation shell: a sidebar of areas, the current area, menus and the status bar.

It only assembles screens; each area lives in its own module and refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import practice
from app.version import __version__
from app.workspace import Workspace
from ui.area_stack import AreaStack
from ui.backup_action import BackupController
from ui.billing import register_billing_handlers
from ui.billing.billing_area import BillingArea
from ui.calendar.calendar_area import CalendarArea
from ui.clients.clients_area import ClientsArea
from ui.contacts.contacts_area import ContactsArea
from ui.documentation.note_actions import register_documentation_handlers
from ui.global_search import GlobalSearch
from ui.lock_controller import LockController
from ui.mail.composer import register_mail_handlers
from ui.mail.inbox_area import InboxArea
from ui.mail.status_widget import MailStatusWidget
from ui.mail.sync_worker import MailSyncController
from ui.navigation import PRACTICE, SEND_MAIL, Navigator
from ui.settings.settings_area import SettingsArea
from ui.templates.templates_area import TemplatesArea
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
        self.stack = AreaStack()
        self.stack.setObjectName("areas")

        practice_name = practice.get_practice(workspace).name
        self.brand = brand = QLabel(practice_name)
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
        register_billing_handlers(self.navigator, workspace)
        register_documentation_handlers(self.navigator, workspace)
        # Email sync runs in its own thread; it starts below once the window is built.
        self.mail_sync = MailSyncController(workspace, self.navigator, self)
        self.navigator.provide(SEND_MAIL, self.mail_sync.request_send)
        register_mail_handlers(self.navigator, workspace)
        self.clients = ClientsArea(workspace, self.navigator)
        self._add_area("clients", self.tr("Clients"), self.clients)
        self.contacts = ContactsArea(workspace, self.navigator)
        self._add_area("contacts", self.tr("Contacts"), self.contacts)
        self.navigator.client_requested.connect(self._open_client)
        self.navigator.contact_requested.connect(self._open_contact)
        self.navigator.documentation_requested.connect(self._open_documentation)
        self.navigator.area_requested.connect(self.show_area)
        self._add_area("calendar", self.tr("Calendar"),
                       factory=lambda: CalendarArea(workspace, self.navigator))
        self.inbox = InboxArea(workspace, self.navigator)
        self._add_area("inbox", self.inbox.title(), self.inbox)  # "Inbox (3)": unread ones
        self.inbox.title_changed.connect(self._show_inbox_title)
        self._add_area("billing", self.tr("Billing"),
                       factory=lambda: BillingArea(workspace, self.navigator))
        self._add_area("templates", self.tr("Templates"),
                       factory=lambda: TemplatesArea(workspace, self.navigator))
        self._add_area("settings", self.tr("Settings"),
                       factory=lambda: SettingsArea(workspace, self.navigator))
        self.stack.built.connect(self._area_built)
        self.navigator.data_changed.connect(self._on_data_changed)
        self.nav.currentRowChanged.connect(self.stack.show_index)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_search_and_new_actions()
        self._build_lock()
        self._build_go_menu()
        self._build_mail_status()
        self.statusBar().showMessage(self.tr("Workspace unlocked"), 5000)

    def _show_inbox_title(self, title: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == "inbox":
                self.nav.item(row).setText(title)

    def _add_area(self, key: str, title: str, widget: QWidget | None = None,
                  factory: Callable[[], QWidget] | None = None) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.stack.add(key, widget, factory)

    # Built the first time they are shown or asked for (see ui/area_stack.py).
    calendar = property(lambda self: self.stack.area("calendar"))
    billing = property(lambda self: self.stack.area("billing"))
    templates = property(lambda self: self.stack.area("templates"))
    settings = property(lambda self: self.stack.area("settings"))

    def _area_built(self, key: str, widget: QWidget) -> None:
        if key == "settings":
            widget.email.account_saved.connect(self.mail_sync.restart)

    def show_area(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _open_client(self, client_id: int) -> None:
        self.show_area("clients")
        self.clients.open_client(client_id)

    def _open_documentation(self, client_id: int, kind: str, item_id: int) -> None:
        self._open_client(client_id)
        record = self.clients.record
        if record is not None and record.client_id == client_id:  # not if the user was asked
            record.show_documentation(kind, item_id)

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
        self.export_practice_action = QAction(self.tr("&Export practice…"), self)
        self.export_practice_action.setObjectName("export_practice")
        self.export_practice_action.triggered.connect(self._export_practice)
        file_menu.addAction(self.export_practice_action)
        import_menu = file_menu.addMenu(self.tr("&Import"))
        import_menu.setObjectName("import_menu")
        self.import_clients_action = import_menu.addAction(self.tr("Clients from a CSV file…"),
                                                           self._import_clients)
        self.import_clients_action.setObjectName("import_clients")
        self.import_contacts_action = import_menu.addAction(
            self.tr("Contacts from a CSV file…"), self._import_contacts)
        self.import_contacts_action.setObjectName("import_contacts")
        import_menu.addSeparator()
        self.past_imports_action = import_menu.addAction(self.tr("Past imports…"),
                                                         self._past_imports)
        self.past_imports_action.setObjectName("past_imports")
        self.change_passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        self.change_passphrase_action.triggered.connect(self._change_passphrase)
        file_menu.addAction(self.change_passphrase_action)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Consulta"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- global search, New client / New contact, Ctrl+F ---------------------------------------

    def _build_search_and_new_actions(self) -> None:
        bar = self.addToolBar(self.tr("Search"))
        bar.setObjectName("globalSearchBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.global_search = GlobalSearch(self._ws, self.navigator, bar)
        self.global_search.setMaximumWidth(520)
        lead = QWidget(bar)
        lead.setFixedWidth(224)  # the box starts where the areas start, right of the sidebar
        bar.addWidget(lead)
        bar.addWidget(self.global_search)
        self.new_client_action = QAction(self.tr("&New client…"), self)
        self.new_client_action.setObjectName("new_client")
        self.new_client_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_client_action.triggered.connect(self._new_client)
        self.new_contact_action = QAction(self.tr("New &contact…"), self)
        self.new_contact_action.setObjectName("new_contact")
        self.new_contact_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_contact_action.triggered.connect(self._new_contact)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_find)
        self.search_all_action = QAction(self.tr("Search clients, contacts, notes and forms"),
                                         self)
        self.search_all_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_all_action.triggered.connect(self.global_search.focus_search)
        self.global_search.setToolTip(self.tr("Search clients, contacts, notes and forms "
                                              "(Ctrl+K)"))
        file_menu = self.menuBar().actions()[0].menu()
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertActions(first, [self.new_client_action, self.new_contact_action])
        file_menu.insertSeparator(first)
        for action in (self.find_action, self.search_all_action):
            self.addAction(action)

    def _new_client(self) -> None:
        self.show_area("clients")
        self.clients.list.new_client()

    def _new_contact(self) -> None:
        self.show_area("contacts")
        self.contacts.new_contact()

    def focus_find(self) -> None:
        """Ctrl+F: the filter box of the list on screen, else the window's search box."""
        area = self.stack.currentWidget()
        page = area.currentWidget() if isinstance(area, QStackedWidget) else area
        for owner in (page, area):
            box = getattr(owner, "search", None)
            if isinstance(box, QLineEdit) and box.isVisible():
                box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                box.selectAll()
                return
        self.global_search.focus_search()

    # Both open() rather than exec(): the event loop (auto-lock, background work) keeps running.
    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Passphrase changed"), 8000))
        self.passphrase_dialog = dialog
        dialog.open()

    def _import_clients(self) -> None:
        self.show_area("clients")
        self.clients.list.import_csv()

    def _import_contacts(self) -> None:
        self.show_area("contacts")
        self.contacts.import_csv()

    def _past_imports(self) -> None:
        from ui.transfer.import_history_dialog import ImportHistoryDialog

        self.history_dialog = ImportHistoryDialog(self._ws, self.navigator, self)
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.open()

    def _export_practice(self) -> None:
        from ui.transfer.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self._ws, self)
        self.export_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog.open()

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Consulta"), self.tr(
            "<b>Consulta %1</b><p>Your practice in one encrypted file on this computer.</p>"
            "<p>Workspace: %2</p>").replace("%1", __version__).replace("%2", str(self._ws.path)),
            QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- keyboard: every area one shortcut away ---------------------------------------------

    def _build_go_menu(self) -> None:
        go_menu = QMenu(self.tr("&Go"), self)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], go_menu)  # before Help
        self.go_actions: dict[str, QAction] = {}
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            action = QAction(item.text(), self)
            action.setObjectName(f"go_{key}")
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, key=key: self._go_to(key))
            go_menu.addAction(action)
            self.go_actions[key] = action

    def _go_to(self, key: str) -> None:
        self.show_area(key)
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- email sync ----------------------------------------------------------------------------

    def _build_mail_status(self) -> None:
        self.mail_status = MailStatusWidget(self.mail_sync)
        self.mail_status.settings_requested.connect(self.show_email_settings)
        self.statusBar().addPermanentWidget(self.mail_status)
        self.sync_action = QAction(self.tr("S&ync email now"), self)
        self.sync_action.setObjectName("sync_now")
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.mail_sync.sync_now)
        self.menuBar().actions()[0].menu().insertAction(self.backup_action, self.sync_action)
        # Nothing syncs while locked; the lock screen shows no mail state either.
        self.lock.locked.connect(self.mail_sync.stop)
        self.lock.locked.connect(self.mail_status.hide)
        self.lock.unlocked.connect(self._resume_mail)
        self.mail_sync.start()  # only if an account is set up

    def _resume_mail(self) -> None:
        self.mail_status.setVisible(self.mail_sync.has_account())
        self.mail_sync.start()

    def show_email_settings(self) -> None:
        self.show_area("settings")
        self.settings.show_email()

    # --- locking and closing ----------------------------------------------------------------

    def _build_lock(self) -> None:
        self.lock = LockController(self, self._ws, self.navigator)
        self.lock_action.triggered.connect(self.lock.lock)
        self.lock.quit_requested.connect(self._quit_from_lock_screen)
        self._closing_confirmed = False
        self.close_question: QMessageBox | None = None

    def _on_data_changed(self, kind: str) -> None:
        if kind == PRACTICE:
            self.brand.setText(practice.get_practice(self._ws).name)

    def unsaved_changes(self) -> list[str]:
        """What the open views hold unsaved (one line each); empty when nothing is."""
        found: list[str] = []
        for widget in [self, *self.findChildren(QWidget)]:
            ask = getattr(widget, "has_unsaved_changes", None)
            if callable(ask) and ask():
                describe = getattr(widget, "unsaved_description", None)
                text = describe() if callable(describe) else ""
                if text and text not in found:
                    found.append(text)
                elif not found:
                    found.append("")
        return found

    def _quit_from_lock_screen(self) -> None:
        # Nothing is on screen while locked, so there is nothing to ask about: quit cleanly.
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._closing_confirmed or self.lock.is_locked or not self.unsaved_changes():
            self.lock.set_idle_limit_ms(0)
            self.mail_sync.stop()  # within ~2 s, before the workspace closes
            event.accept()
            return
        event.ignore()
        if self.close_question is not None and self.close_question.isVisible():
            self.close_question.raise_()
            return
        details = [line for line in self.unsaved_changes() if line]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Some changes have not been saved yet. If you quit now, "
                                  "they are lost."), parent=self)
        box.setObjectName("unsaved_question")
        if details:
            box.setInformativeText("\n".join(details))
        discard = box.addButton(self.tr("&Discard and quit"),
                                QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard")
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button) -> None:
            if button is discard:
                self._closing_confirmed = True
                QTimer.singleShot(0, self.close)

        box.buttonClicked.connect(answered)
        self.close_question = box
        box.open()
