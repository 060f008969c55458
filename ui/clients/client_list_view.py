"""The clients list: a filterable, sortable table of clients over the store, with actions on
the selection (status, tags, trash) and `+ New client`."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import clients, tags
from app.services.people import STATUS_LABELS
from app.store.models import ClientStatus
from app.workspace import Workspace
from ui.clients.client_actions import ClientActions, color_icon
from ui.clients.tag_chips import TagChipDelegate
from ui.empty_state import EmptyState
from ui.i18n import core_text
from ui.models.client_table_model import ClientTableModel
from ui.navigation import TAGS, Navigator


class ClientListView(QWidget):
    open_requested = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientListView")
        self._ws = workspace
        # Alone (benchmarks, a quick look) the list still works: changes go to its own navigator.
        navigator = navigator if navigator is not None else Navigator(self)
        self._nav = navigator
        self.new_dialog = None

        heading = QLabel(self.tr("Clients"))
        heading.setObjectName("areaTitle")
        self.new_button = QPushButton(self.tr("+ New client"))
        self.new_button.setObjectName("new_client")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("New client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import_clients")
        self.import_button.setToolTip(self.tr("Add clients from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        self.import_dialog = None
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Filter by name, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            if status != ClientStatus.ARCHIVED:
                self.status_filter.addItem(core_text(STATUS_LABELS[status]), status.value)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.leads_button = QPushButton(self.tr("Leads"))
        self.leads_button.setObjectName("leads_filter")
        self.leads_button.setCheckable(True)
        self.leads_button.setToolTip(self.tr("Show only leads: people who have not started yet"))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.show_filter.addItem(self.tr("Current clients"), clients.SHOW_CURRENT)
        self.show_filter.addItem(self.tr("Archived"), clients.SHOW_ARCHIVED)
        self.show_filter.addItem(self.tr("Trash"), clients.SHOW_TRASH)
        self.actions_button = QPushButton(self.tr("Actions"))
        self.actions_button.setObjectName("actions_button")
        self.actions_button.setToolTip(self.tr("Actions on the selected clients (menu key)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.leads_button)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.show_filter)
        bar.addWidget(self.actions_button)

        self.model = ClientTableModel(workspace, self)
        self.model.hold()  # read the list once, when every filter and the sort are set
        self.table = QTableView()
        self.table.setObjectName("client_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setItemDelegateForColumn(2, TagChipDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The name takes what is left; the other columns keep sensible fixed widths.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 80), (2, 170), (3, 190), (4, 150), (5, 150)):
            self.table.setColumnWidth(col, width)

        self.empty = EmptyState(self.tr("No clients here"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.actions = ClientActions(workspace, navigator, self, self.selected_ids,
                                     lambda: self.show_filter.currentData() == clients.SHOW_TRASH)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(lambda: self.actions.build_menu(self.menu))
        self.actions_button.setMenu(self.menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.installEventFilter(self)  # Delete and the menu key on the selection

        # Typing is applied after a short pause so fast typists are not slowed down.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.leads_button.toggled.connect(self._leads_toggled)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.show_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open_index)  # double-click, or Enter
        navigator.data_changed.connect(lambda kind: kind == TAGS and self.reload_tags())
        self.reload_tags()
        self.apply_filters()
        self.model.release()
        self._update_count()

    # --- selection and actions -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(r) for r in rows]

    def _context_menu(self, pos: QPoint) -> None:
        self.actions.build_menu(self.menu)
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete):
                self._delete_key()
                return True
            if event.key() == Qt.Key.Key_Menu:
                rect = self.table.visualRect(self.table.currentIndex())
                self._context_menu(rect.center() if rect.isValid() else QPoint(10, 10))
                return True
        return super().eventFilter(obj, event)

    def _delete_key(self) -> None:
        if self.show_filter.currentData() == clients.SHOW_TRASH:
            self.actions.delete_permanently(self.selected_ids())
        else:
            self.actions.trash(self.selected_ids())

    def new_client(self) -> None:
        from ui.clients.new_client_dialog import NewClientDialog

        self.new_dialog = NewClientDialog(self._ws, self._nav, self)
        self.new_dialog.open()

    def import_csv(self) -> None:
        from ui.transfer.import_wizard import ImportWizard

        self.import_dialog = ImportWizard(self._ws, self._nav, "client", self)
        self.import_dialog.open()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.client_id(index.row()))

    # --- filters ---------------------------------------------------------------------------

    def reload_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags.list_tags(self._ws):
            self.tag_filter.addItem(color_icon(tag.color), tag.name, tag.id)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        if current is not None and index < 0:  # the tag filtered on was deleted
            self.apply_filters()

    def _status_changed(self) -> None:
        self.leads_button.blockSignals(True)
        self.leads_button.setChecked(self.status_filter.currentData() == ClientStatus.LEAD.value)
        self.leads_button.blockSignals(False)
        self.apply_filters()

    def _leads_toggled(self, on: bool) -> None:
        index = self.status_filter.findData(ClientStatus.LEAD.value) if on else 0
        self.status_filter.setCurrentIndex(index)

    def apply_filters(self) -> None:
        query = replace(self.model.query, text=self.search.text(),
                        status=self.status_filter.currentData(),
                        tag_id=self.tag_filter.currentData(),
                        show=self.show_filter.currentData())
        self.model.set_query(query)
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n client(s)", "", n))
        if n:
            self.stack.setCurrentWidget(self.table)
            return
        filtered = bool(self.search.text().strip() or self.status_filter.currentData()
                        or self.tag_filter.currentData() is not None)
        if filtered:
            self.empty.title.setText(self.tr("No clients match"))
            self.empty.text.setText(self.tr("Try fewer letters, or another status or tag."))
        elif self.show_filter.currentData() == clients.SHOW_TRASH:
            self.empty.title.setText(self.tr("The trash is empty"))
            self.empty.text.setText(self.tr("Clients you delete stay here until you erase them."))
        elif self.show_filter.currentData() == clients.SHOW_ARCHIVED:
            self.empty.title.setText(self.tr("No archived clients"))
            self.empty.text.setText(self.tr("Archived clients are kept here, out of your daily list."))
        else:
            self.empty.title.setText(self.tr("No clients yet"))
            self.empty.text.setText(self.tr("The people you serve will be listed here."))
        self.stack.setCurrentWidget(self.empty)
