"""The clients list: a filterable, sortable table of clients over the store."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import clients
from app.services.people import STATUS_LABELS
from app.store.models import ClientStatus
from app.workspace import Workspace
from ui.empty_state import EmptyState
from ui.i18n import core_text
from ui.models.client_table_model import ClientTableModel


class ClientListView(QWidget):
    open_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientListView")
        self._ws = workspace

        heading = QLabel(self.tr("Clients"))
        heading.setObjectName("areaTitle")
        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Filter by name, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            if status != ClientStatus.ARCHIVED:
                self.status_filter.addItem(core_text(STATUS_LABELS[status]), status.value)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.addItem(self.tr("Current clients"), clients.SHOW_CURRENT)
        self.show_filter.addItem(self.tr("Archived"), clients.SHOW_ARCHIVED)
        self.show_filter.addItem(self.tr("Trash"), clients.SHOW_TRASH)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addSpacing(16)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.show_filter)

        self.model = ClientTableModel(workspace, self)
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
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The name takes what is left; the other columns keep sensible fixed widths.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 130), (3, 220), (4, 165), (5, 150)):
            self.table.setColumnWidth(col, width)

        self.empty = EmptyState(self.tr("No clients here"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        # Typing is applied after a short pause so fast typists are not slowed down.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.show_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open_index)  # double-click, or Enter
        self.apply_filters()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.client_id(index.row()))

    def apply_filters(self) -> None:
        query = replace(self.model.query, text=self.search.text(),
                        status=self.status_filter.currentData(),
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
        filtered = bool(self.search.text().strip() or self.status_filter.currentData())
        if filtered:
            self.empty.title.setText(self.tr("No clients match"))
            self.empty.text.setText(self.tr("Try fewer letters, or another status."))
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
