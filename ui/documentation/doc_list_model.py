"""The Documentation tab's list: notes, filled-in forms and files of one client as a light
table (kind, title, date, a status pill, details such as a file's type and size, and a `⋮`
cell). One model over plain DocItem values, formatted once per refresh; pills and the `⋮`
button are painted by delegates, so a long history opens at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from app.services.documentation import (
    KIND_FILE,
    KIND_FORM,
    KIND_LABELS,
    KIND_NOTE,
    STATUS_COMPLETED,
    STATUS_DRAFT,
    STATUS_LABELS,
    STATUS_SHARED,
    DocItem,
)
from ui.billing.status_text import short_date
from ui.clients.record.appointment_list import (
    AppointmentTable,
    MenuButtonDelegate,
    PillDelegate,
    PillsRole,
)
from ui.i18n import core_text
from ui.row_menu_table import RowMenuTable

ItemRole = Qt.ItemDataRole.UserRole + 1  # the row's DocItem

# (background, text): a draft still needs work (warm), completed is done (green), shared
# has left the practice (blue); a duplicate file is a mild warning.
STATUS_COLORS = {
    STATUS_DRAFT: ("#fdf0d5", "#8a5300"),
    STATUS_COMPLETED: ("#e3f2e8", "#276749"),
    STATUS_SHARED: ("#e8eef8", "#34568b"),
}
DUPLICATE_COLORS = ("#fbe9ec", "#9b2c3d")
KIND_COLORS = {KIND_NOTE: "#2f7d73", KIND_FORM: "#7d63b0", KIND_FILE: "#8a5a2b"}
ROW_HEIGHT = 36


def size_text(size: int) -> str:
    """"340 KB", "2.1 MB", "120 MB" (as the core's messages count them, in binary units) in
    the interface's number format."""
    mb = 1024 * 1024
    if size < mb:
        return f"{QLocale().toString(max(1, round(size / 1024)))} KB"
    value = size / mb
    decimals = 0 if value >= 100 or value == int(value) else 1
    return f"{QLocale().toString(value, 'f', decimals)} MB"


def type_text(name: str, mime: str) -> str:
    """A short type a practitioner recognises: the extension ("PDF", "JPG"), else the MIME
    subtype."""
    suffix = PurePath(name).suffix.lstrip(".")
    if suffix and len(suffix) <= 5:
        return suffix.upper()
    return (mime.split("/", 1)[-1] if mime else "").upper()[:12]


@dataclass(frozen=True)
class Original:
    """The earlier file a duplicate has the same bytes as."""

    name: str
    added: dt.date


@dataclass(frozen=True)
class _Row:
    item: DocItem
    kind: str
    title: str
    date: str
    status: str
    pill: tuple[str, str, str] | None
    status_tip: str
    details: str
    details_tip: str


class DocListModel(QAbstractTableModel):
    COLUMNS = ("kind", "title", "date", "status", "details", "menu")
    KIND, TITLE, DATE, STATUS, DETAILS, MENU = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._headers = (self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Status"),
                         self.tr("Details"), "")

    def set_items(self, items: list[DocItem], originals: dict[int, Original] | None = None,
                  trash_zone=None) -> None:
        """`originals`: for duplicates, the file each one repeats; `trash_zone`: the zone
        trash dates are shown in (the trash view)."""
        self.beginResetModel()
        self._rows = [self._row(i, originals or {}, trash_zone) for i in items]
        self.endResetModel()

    def _row(self, i: DocItem, originals: dict[int, Original], trash_zone) -> _Row:
        pill = None
        status_tip = ""
        if i.status:
            label = core_text(STATUS_LABELS.get(i.status, i.status))
            pill = (label, *STATUS_COLORS.get(i.status, STATUS_COLORS[STATUS_COMPLETED]))
            status_tip = {STATUS_DRAFT: self.tr("Draft: still being written."),
                          STATUS_COMPLETED: self.tr("Completed: the text can no longer be "
                                                    "changed; corrections go in addenda."),
                          STATUS_SHARED: self.tr("Shared with the client.")}.get(i.status, label)
            if i.kind == KIND_FORM:
                status_tip = self.tr("Filled in.")
        elif i.duplicate_of is not None:
            pill = (self.tr("Duplicate"), *DUPLICATE_COLORS)
            original = originals.get(i.duplicate_of)
            status_tip = (duplicate_text(original.name, original.added) if original
                          else self.tr("Another file of this client has the same content."))
        details = details_tip = ""
        if i.kind == KIND_FILE and i.size is not None:
            details = f"{type_text(i.title, i.mime_type)} · {size_text(i.size)}"
            details_tip = i.mime_type
        if i.deleted_at is not None:
            day = i.deleted_at.astimezone(trash_zone).date() if trash_zone else i.deleted_at.date()
            details = self.tr("In the trash since %1").replace("%1", short_date(day))
            if i.delete_reason:
                details = f"{details}: {i.delete_reason}"
            details_tip = details
        return _Row(i, core_text(KIND_LABELS[i.kind]), i.title or self.tr("(untitled)"),
                    short_date(i.date), pill[0] if pill else "", pill, status_tip, details,
                    details_tip)

    def item(self, row: int) -> DocItem:
        return self._rows[row].item

    def items(self) -> list[DocItem]:
        return [r.item for r in self._rows]

    def row_of(self, kind: str, item_id: int) -> int:
        return next((n for n, r in enumerate(self._rows)
                     if r.item.kind == kind and r.item.id == item_id), -1)

    def texts(self, column: int) -> set[str]:
        return {getattr(r, self.COLUMNS[column]) for r in self._rows}

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ItemRole:
            return row.item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "menu":
                return "⋮" if role == Qt.ItemDataRole.DisplayRole else self.tr("Actions")
            return getattr(row, column)
        if role == PillsRole and column == "status":
            return [row.pill] if row.pill else []
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"title": row.title, "status": row.status_tip, "details": row.details_tip,
                    "menu": self.tr("Actions")}.get(column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return QColor(KIND_COLORS[row.item.kind])
        return None


def duplicate_text(name: str, added: dt.date) -> str:
    """The flag shown on a duplicate file (and after an upload)."""
    return (DocListModel.tr("Same as “%1”, uploaded %2")
            .replace("%1", name).replace("%2", short_date(added)))


class DocTable(RowMenuTable):
    """Emits `menu_requested(item, global_pos, below_button)` from the `⋮` cell, a right-click
    or the Menu key, and `open_requested(item)` on a double-click or Enter."""

    menu_requested = Signal(object, QPoint, bool)
    open_requested = Signal(object)
    MENU_WIDTH = AppointmentTable.MENU_WIDTH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentation_list")
        self.docs = DocListModel(self)
        self.setModel(self.docs)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setItemDelegateForColumn(DocListModel.STATUS, PillDelegate(self))
        self.setItemDelegateForColumn(DocListModel.MENU, MenuButtonDelegate(self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DocListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.setColumnWidth(DocListModel.MENU, self.MENU_WIDTH)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._double_clicked)

    def set_items(self, items: list[DocItem], originals: dict[int, Original] | None = None,
                  trash_zone=None) -> None:
        self.docs.set_items(items, originals, trash_zone)
        self._size_columns()

    def _size_columns(self) -> None:
        """Each column as wide as its header and texts (within reason); the title takes the
        rest."""
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        header_font = self.horizontalHeader().font()
        header_font.setBold(True)
        header_metrics = QFontMetrics(header_font)
        # In the trash, details hold the reason: give it more room.
        trash = any(i.deleted_at is not None for i in self.docs.items())
        for column, cap in ((DocListModel.KIND, 140), (DocListModel.DATE, 160),
                            (DocListModel.STATUS, 160), (DocListModel.DETAILS, 480 if trash else 320)):
            texts = self.docs.texts(column)
            if column == DocListModel.STATUS:
                needed = max((PillDelegate.width_for(self, [t]) for t in texts if t), default=0)
            else:
                needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 24
            title = self.docs.headerData(column, Qt.Orientation.Horizontal) or ""
            self.setColumnWidth(column, min(max(needed, header_metrics.horizontalAdvance(title)
                                                + 28), cap))

    # --- menu and opening ---------------------------------------------------------------

    def _menu_point(self, row: int) -> QPoint:
        rect = self.visualRect(self.docs.index(row, DocListModel.MENU))
        return self.viewport().mapToGlobal(rect.bottomRight())

    def open_row(self, row: int) -> bool:
        self.open_requested.emit(self.docs.item(row))
        return True

    def request_menu(self, row: int, at: QPoint | None = None) -> None:
        if 0 <= row < self.docs.rowCount():
            self.selectRow(row)
            self.menu_requested.emit(self.docs.item(row), at or self._menu_point(row), at is None)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == DocListModel.MENU:
            self.request_menu(index.row())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != DocListModel.MENU:
            self.open_requested.emit(self.docs.item(index.row()))
