"""The client record: a header (name, pronouns, status, tags, quick actions) and six tabs.

The record refreshes itself when the navigator says clients, tags, relationships or custom
fields changed; Ctrl+W closes it (asking first if a section has unsaved edits).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError
from app.services import clients, tags
from app.services.people import STATUS_LABELS, PersonRecord
from app.store.models import ClientStatus
from app.workspace import Workspace
from ui.clients.record.billing_tab import BillingTab
from ui.clients.record.confirm import ask, tell
from ui.clients.record.inbox_tab import InboxTab
from ui.clients.record.overview_tab import OverviewTab
from ui.clients.record.personal_tab import PersonalTab
from ui.clients.record.relationships_tab import RelationshipsTab
from ui.documentation.documentation_tab import DocumentationTab
from ui.i18n import core_message, core_text
from ui.navigation import CLIENTS, CUSTOM_FIELDS, RELATIONSHIPS, TAGS, Navigator, UnsavedChanges

STYLE = """
#personalSection, #relationshipRow { background: #ffffff; border: 1px solid #e4e7eb;
    border-radius: 8px; }
#sectionTitle { font-size: 12pt; font-weight: 600; }
#fieldLabel { color: #52606d; }
#fieldError { color: #9b2c3d; font-size: 9pt; }
#badge { background: #fbeef0; color: #9b2c3d; border-radius: 8px; padding: 1px 8px;
    font-size: 9pt; }
#tagChip { color: #ffffff; border-radius: 9px; padding: 2px 9px; font-size: 9pt; }
#relatedName { font-size: 11pt; font-weight: 600; }
#trashBanner { background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px; padding: 8px; }
QDateEdit, QPlainTextEdit { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px;
    padding: 4px 6px; }
QToolButton#itemMenu, QToolButton#tagsButton { border: 1px solid #cbd2d9; border-radius: 6px;
    background: #ffffff; padding: 4px 8px; }
QToolButton#itemMenu::menu-indicator, QToolButton#record_menu::menu-indicator { image: none;
    width: 0; }
QToolButton#record_menu { border: 1px solid #cbd2d9; border-radius: 6px; background: #ffffff;
    padding: 5px 10px; font-weight: 600; }
QToolButton#tagsButton { padding-right: 20px; }
QListWidget#relationship_results { background: #ffffff; border: 1px solid #cbd2d9;
    border-radius: 6px; outline: 0; }
QListWidget#relationship_results::item { padding: 6px 8px; border-bottom: 1px solid #eef0f2; }
QListWidget#relationship_results::item:selected { background: #d6efeb; color: #1f2933; }
#relationshipsScroll, #relationshipsContent, #PersonalTab, #personalContent {
    background: transparent; }
"""


class ClientRecordView(QWidget, UnsavedChanges):
    close_requested = Signal()

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientRecordView")
        self.setStyleSheet(STYLE)
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        self.prompt = None
        self.dialog = None  # the last dialog opened from the ⋮ menu or Delete (tests drive it)
        self._closed = False
        self.record: PersonRecord = clients.get_client(workspace, client_id)

        back = QPushButton(self.tr("← Clients"))
        back.setObjectName("back_to_clients")
        back.setFlat(True)
        back.setToolTip(self.tr("Back to the list (Ctrl+W)"))
        back.clicked.connect(self.request_close)
        self.name = QLabel()
        self.name.setObjectName("areaTitle")
        self.name.setWordWrap(True)
        self.pronouns = QLabel()
        self.pronouns.setObjectName("hint")
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Status"))
        for key, label in STATUS_LABELS.items():
            self.status.addItem(core_text(label), key.value)
        self.status.activated.connect(self._status_chosen)
        self.trash_banner = QLabel(self.tr("This client is in the trash. Restore them to work "
                                           "with the record again, or delete them permanently."))
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setWordWrap(True)

        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.tags_button = QToolButton()
        self.tags_button.setObjectName("tagsButton")
        self.tags_button.setText(self.tr("Tags"))
        self.tags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tags_menu = QMenu(self.tags_button)
        self.tags_button.setMenu(self.tags_menu)

        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive")
        self.archive_button.clicked.connect(self._archive_toggle)
        self.trash_button = QPushButton()
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(self._trash_toggle)
        self.delete_button = QPushButton(self.tr("Delete permanently…"))
        self.delete_button.setObjectName("delete_permanently")
        self.delete_button.clicked.connect(self._delete_permanently)
        self.record_menu = QMenu(self)
        self.record_menu.setObjectName("record_actions")
        self.book_action = self.record_menu.addAction(self.tr("Book appointment…"), self._book)
        self.book_action.setObjectName("book_appointment")
        self.export_action = self.record_menu.addAction(self.tr("Export client record…"),
                                                        self.export_record)
        self.export_action.setObjectName("export_record")
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("record_menu")
        self.menu_button.setText("⋮")
        self.menu_button.setToolTip(self.tr("More actions"))
        self.menu_button.setAccessibleName(self.tr("More actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.record_menu)

        title_line = QHBoxLayout()
        title_line.addWidget(self.name, 0)
        title_line.addWidget(self.pronouns, 0, Qt.AlignmentFlag.AlignBottom)
        title_line.addStretch(1)
        title_line.addWidget(self.archive_button)
        title_line.addWidget(self.trash_button)
        title_line.addWidget(self.delete_button)
        title_line.addWidget(self.menu_button)
        tag_line = QHBoxLayout()
        tag_line.addWidget(self.status)
        tag_line.addSpacing(8)
        tag_line.addLayout(self.chips)
        tag_line.addWidget(self.tags_button)
        tag_line.addStretch(1)

        self.personal = PersonalTab(workspace, client_id)
        self.personal.changed.connect(navigator.changed)
        self.relationships = RelationshipsTab(workspace, navigator, client_id,
                                              self.record.display_name)
        self.relationships.changed.connect(navigator.changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        self.overview = OverviewTab(workspace, navigator, client_id)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.personal, self.tr("Personal"))
        self.tabs.addTab(self.relationships, self.tr("Relationships"))
        self.documentation = DocumentationTab(workspace, navigator, client_id)
        self.tabs.addTab(self.documentation, self.tr("Documentation"))
        self.inbox = InboxTab(workspace, navigator, client_id)
        self.tabs.addTab(self.inbox, self.tr("Inbox"))
        self.billing = BillingTab(workspace, navigator, client_id)
        self.tabs.addTab(self.billing, self.tr("Billing"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(title_line)
        layout.addLayout(tag_line)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.tabs, 1)

        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.request_close)
        navigator.data_changed.connect(self._on_data_changed)
        self._show_header()

    # --- header ---------------------------------------------------------------------------

    def show_documentation(self, kind: str, item_id: int) -> None:
        """The Documentation tab, on one note, form or file (a search result)."""
        self.tabs.setCurrentWidget(self.documentation)
        self.documentation.show_item(kind, item_id)

    def _show_header(self) -> None:
        r = self.record
        self.name.setText(r.display_name)
        self.pronouns.setText(r.pronouns)
        self.pronouns.setVisible(bool(r.pronouns))
        self.status.setCurrentIndex(self.status.findData(r.status))
        trashed = r.deleted_at is not None
        archived = r.status == ClientStatus.ARCHIVED
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
        self.trash_button.setText(self.tr("Restore") if trashed else self.tr("Move to trash…"))
        self.delete_button.setVisible(trashed)
        self.book_action.setEnabled(not trashed)
        self.archive_button.setEnabled(not trashed)
        self.status.setEnabled(not trashed)
        self.tags_button.setEnabled(not trashed)
        self.trash_banner.setVisible(trashed)
        self.personal.setEnabled(not trashed)
        self.relationships.setEnabled(not trashed)
        self.overview.setEnabled(not trashed)
        self.billing.setEnabled(not trashed)
        self.documentation.setEnabled(not trashed)
        self.inbox.setEnabled(not trashed)
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for tag in r.tags:
            chip = QLabel(tag.name)
            chip.setObjectName("tagChip")
            chip.setStyleSheet(f"background: {tag.color};")
            self.chips.addWidget(chip)
            chip.show()
        self._build_tags_menu()

    def _build_tags_menu(self) -> None:
        self.tags_menu.clear()
        mine = {t.id for t in self.record.tags}
        available = tags.list_tags(self._ws)
        if not available:
            empty = self.tags_menu.addAction(self.tr("No tags yet: create them from the "
                                                     "clients list."))
            empty.setEnabled(False)
        for tag in available:
            action = self.tags_menu.addAction(tag.name)
            action.setCheckable(True)
            action.setChecked(tag.id in mine)
            action.setData(tag.id)
            action.toggled.connect(lambda on, tid=tag.id: self._set_tag(tid, on))

    def _set_tag(self, tag_id: int, on: bool) -> None:
        self._run(lambda: (tags.add_tag if on else tags.remove_tag)(self._ws, [self.client_id],
                                                                    tag_id), CLIENTS)

    def _status_chosen(self, _index: int) -> None:
        status = self.status.currentData()
        if status != self.record.status:
            self._run(lambda: clients.set_status(self._ws, [self.client_id], status), CLIENTS)

    def _archive_toggle(self) -> None:
        status = (ClientStatus.ACTIVE if self.record.status == ClientStatus.ARCHIVED
                  else ClientStatus.ARCHIVED)
        self._run(lambda: clients.set_status(self._ws, [self.client_id], status), CLIENTS)

    def _trash_toggle(self) -> None:
        if self.record.deleted_at is not None:
            self._run(lambda: clients.restore_client(self._ws, self.client_id), CLIENTS)
            return
        ask(self, self.tr("Move to trash"),
            self.tr("Move %1 to the trash? The record is kept and can be restored from the "
                    "trash.").replace("%1", self.record.display_name),
            self.tr("Move to trash"),
            lambda: self._run(lambda: clients.trash_client(self._ws, self.client_id), CLIENTS))

    def _book(self) -> None:
        from ui.appointments.booking_dialog import BookingDialog

        self.dialog = BookingDialog(self._ws, self._nav, client_id=self.client_id, parent=self)
        self.dialog.open()

    def export_record(self) -> None:
        from ui.transfer.export_dialog import ExportDialog

        self.dialog = ExportDialog(self._ws, self, person_id=self.client_id)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def _delete_permanently(self) -> None:
        from ui.clients.erase_dialog import EraseDialog

        # Parented to the window: the record closes itself once the client is erased, and
        # the dialog stays to say what was erased and kept.
        self.dialog = EraseDialog(self._ws, self._nav, [self.client_id], self.window(),
                                  on_done=lambda: self.request_close(force=True))
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def _run(self, action, kind: str) -> None:
        try:
            action()
        except ConsultaError as exc:
            tell(self, self.tr("Not changed"), core_message(exc))
            self.refresh()
            return
        self._nav.changed(kind)

    # --- refresh and closing --------------------------------------------------------------

    def _on_data_changed(self, kind: str) -> None:
        if kind in (CLIENTS, TAGS, RELATIONSHIPS, CUSTOM_FIELDS, "contacts") and not self._closed:
            self.refresh()

    def refresh(self) -> None:
        try:
            self.record = clients.get_client(self._ws, self.client_id)
        except NotFoundError:
            self.request_close(force=True)
            return
        self._show_header()
        self.relationships.client_name = self.record.display_name
        self.personal.refresh()
        self.relationships.reload()

    def has_unsaved_changes(self) -> bool:
        return self.personal.has_unsaved_changes()

    def unsaved_description(self) -> str:
        return self.tr("Unsaved changes in %1's Personal tab").replace("%1", self.record.display_name)

    def request_close(self, force: bool = False) -> None:
        if self._closed:
            return
        if not force and self.has_unsaved_changes():
            ask(self, self.tr("Unsaved changes"),
                self.tr("You have changes in the Personal tab that are not saved. Close the "
                        "record and discard them?"),
                self.tr("Discard changes"), lambda: self.request_close(force=True))
            return
        self._closed = True
        self.close_requested.emit()
