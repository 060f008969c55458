"""The clients table: all matching ids are fetched at once (cheap), rows a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services import clients
from app.services.clients import TAG_SEPARATOR, ClientQuery, ClientRow
from app.services.people import STATUS_LABELS
from app.workspace import Workspace
from ui.clients.tag_chips import TagsRole
from ui.i18n import core_text

PAGE = 100  # a screenful is ~20 rows: small pages keep each keystroke cheap
STATUS_COLORS = {"lead": "#c0843d", "active": "#2f7d5b", "inactive": "#6b7280", "archived": "#6b7280"}


def tag_pairs(row: ClientRow) -> list[tuple[str, str]]:
    """(name, color) per tag; both lists come from one query in the same (name) order."""
    if not row.tags:
        return []
    return list(zip(row.tags.split(TAG_SEPARATOR), row.tag_colors.split(","), strict=True))


class ClientTableModel(QAbstractTableModel):
    COLUMNS = ("name", "status", "tags", "email", "phone", "next_appointment")
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._query = ClientQuery()
        self._ids: list[int] = []
        self._pages: dict[int, list[ClientRow]] = {}
        self._headers = (self.tr("Name"), self.tr("Status"), self.tr("Tags"), self.tr("Email"),
                         self.tr("Phone"), self.tr("Next appointment"))

    # --- querying -----------------------------------------------------------------------

    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        self._query = query
        self.refresh()

    def hold(self) -> None:
        """While the view is being set up (sorting, filters), remember queries but do not run
        them: the list is read once, by `release`."""
        self._held = True

    def release(self) -> None:
        self._held = False
        self.refresh()

    def refresh(self) -> None:
        if getattr(self, "_held", False):
            return
        self.beginResetModel()
        self._ids = clients.list_client_ids(self._ws, self._query)
        self._pages.clear()
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> ClientRow | None:
        page = row // PAGE
        if page not in self._pages:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            rows = clients.client_rows(self._ws, ids)
            by_id = {r.id: r for r in rows}
            self._pages[page] = [by_id.get(i) for i in ids]
        return self._pages[page][row % PAGE]

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return core_text(STATUS_LABELS.get(row.status, row.status))
            if column == "next_appointment":
                if row.next_appointment is None:
                    return ""
                local = row.next_appointment.astimezone()
                return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
            if column == "tags":
                return ", ".join(name for name, _color in tag_pairs(row))
            return getattr(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLORS.get(row.status, "#333333"))
        if role == TagsRole and column == "tags":
            return tag_pairs(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == "tags" and row.tags:
            return ", ".join(name for name, _color in tag_pairs(row))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        from dataclasses import replace

        self.set_query(replace(self._query, sort=self.COLUMNS[column],
                               descending=order == Qt.SortOrder.DescendingOrder))
