"""Pieces shared by the import wizard's pages and the Past imports dialog: a read-only table
model over plain rows, saving the rejected rows as a CSV (written off the GUI thread), and the
wording that depends on whether clients or contacts are imported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.atomic_files import write_atomically
from app.transfer.csv_import import DryRun, rejected_rows_csv
from ui.i18n import core_text
from ui.last_folder import last_folder, remember_folder
from ui.workers import run_in_background

FOLDER_KEY = "import"  # the folder of the last CSV chosen, also where rejected rows are saved

Index = QModelIndex | QPersistentModelIndex


class ImportText(QObject):
    """The translation context of the module-level texts (pyside6-lupdate reads its tr)."""


class RowsModel(QAbstractTableModel):
    """Plain rows of text under column titles; optional tooltips (the full text of a cell) and
    vertical header labels (file line numbers)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Sequence[str]] = []
        self._side: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], side: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._rows, self._side = list(rows), list(side)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return self._side[section] if section < len(self._side) else None


def rejected_rows_bytes(plan: DryRun) -> bytes:
    return rejected_rows_csv(plan, problem_header=ImportText.tr("Problem"), translate=core_text)


def rejected_rows_name(source_name: str) -> str:
    stem = Path(source_name).stem or "import"
    return ImportText.tr("%1 - rejected rows.csv").replace("%1", stem)


def save_rejected_rows(parent: QWidget, plan: DryRun, path: Path | str | None,
                       on_saved: Callable[[Path], object],
                       on_failed: Callable[[BaseException], object]) -> QFileDialog | None:
    """Write the rejected rows to `path`, or ask where first (the Save dialog is returned)."""
    if path is None:
        start = Path(last_folder(FOLDER_KEY, str(Path.home()))) / rejected_rows_name(plan.source_name)
        dialog = QFileDialog(parent, ImportText.tr("Save rejected rows"), str(start),
                             ImportText.tr("CSV files (*.csv)"))
        dialog.setObjectName("save_rejected_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda chosen: save_rejected_rows(parent, plan, chosen, on_saved, on_failed))
        dialog.open()
        return dialog
    target = Path(path)
    data = rejected_rows_bytes(plan)

    def saved(written: object) -> None:
        remember_folder(FOLDER_KEY, target.parent)
        on_saved(Path(written))

    task = run_in_background(lambda: write_atomically(target, lambda fh: fh.write(data)),
                             saved, on_failed, parent)
    task.finished.connect(task.deleteLater)
    return None


def people_text(kind: str, n: int) -> str:
    """"3 clients" / "3 contacts"."""
    if kind == "contact":
        return ImportText.tr("%n contact(s)", "", n)
    return ImportText.tr("%n client(s)", "", n)
