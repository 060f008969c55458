"""The contacts table: one query per filter change, rows kept as plain ContactRow values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.contacts import ContactRow


class ContactTableModel(QAbstractTableModel):
    COLUMNS = ("name", "organization", "role", "email", "phone")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._headers = (self.tr("Name"), self.tr("Organization"), self.tr("Role"),
                         self.tr("Email"), self.tr("Phone"))

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def contact_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return getattr(self._rows[index.row()], self.COLUMNS[index.column()])
