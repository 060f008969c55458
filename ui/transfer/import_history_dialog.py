"""Past imports: every import batch (newest first) with what it did, and `Undo import` for one
that can still be undone (completed, or interrupted by a crash). The undo runs off the GUI
thread; the list refreshes when it is done."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.models import ImportStatus
from app.transfer.import_batches import ImportBatchView, list_import_batches, undo_import
from app.workspace import Workspace
from ui.confirm import ask
from ui.navigation import CLIENTS, CONTACTS, CUSTOM_FIELDS, TAGS, Navigator
from ui.transfer.import_common import RowsModel, people_text
from ui.transfer.progress_panel import failure_text
from ui.transfer.progress_task import ProgressTask


class ImportHistoryDialog(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportHistoryDialog")
        self.setWindowTitle(self.tr("Past imports"))
        self.resize(900, 460)
        self._ws, self._nav = workspace, navigator
        self.batches: list[ImportBatchView] = []
        self.task: ProgressTask | None = None
        self.confirm_box: QMessageBox | None = None

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        hint = QLabel(self.tr("Undoing an import removes the people it created and gives the "
                              "people it updated their previous details back. People who have "
                              "notes, appointments or invoices since are kept."), objectName="hint")
        hint.setWordWrap(True)
        self.model = RowsModel([self.tr("Date"), self.tr("File"), self.tr("Of"),
                                self.tr("Created"), self.tr("Updated"), self.tr("Skipped"),
                                self.tr("Not imported"), self.tr("Status")], self)
        self.table = QTableView(objectName="import_batches")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 150), (2, 90), (3, 80), (4, 80), (5, 80), (6, 110), (7, 110)):
            self.table.setColumnWidth(col, width)
        self.empty = QLabel(self.tr("No imports yet."), objectName="hint")
        self.message = QLabel(objectName="hint")
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo import"), objectName="undo_batch")
        self.undo_button.clicked.connect(self.ask_undo)
        self.close_button = QPushButton(self.tr("Close"), objectName="close_history")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.refresh()

    def _status_text(self, batch: ImportBatchView) -> str:
        if batch.status == ImportStatus.COMPLETED:
            return self.tr("Completed")
        if batch.status == ImportStatus.UNDONE:
            return self.tr("Undone")
        if batch.status == ImportStatus.RUNNING:
            return self.tr("Interrupted")
        return batch.status

    def refresh(self) -> None:
        self.batches = list_import_batches(self._ws)
        locale = QLocale()
        rows = []
        for b in self.batches:
            when = locale.toString(b.started_at.astimezone().replace(tzinfo=None),
                                   QLocale.FormatType.ShortFormat)
            rows.append((when, b.source_name,
                         self.tr("Contacts") if b.kind == "contact" else self.tr("Clients"),
                         *(locale.toString(n) for n in (b.created_count, b.updated_count,
                                                        b.skipped_count, b.invalid_count)),
                         self._status_text(b)))
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> ImportBatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.can_undo and self.task is None)

    def select(self, batch_id: int) -> None:
        for row, b in enumerate(self.batches):
            if b.id == batch_id:
                self.table.selectRow(row)

    def ask_undo(self) -> None:
        batch = self.selected()
        if batch is None or not batch.can_undo:
            return
        self.confirm_box = ask(
            self, self.tr("Undo this import?"),
            self.tr("“%1”: the %2 it created are removed, and the people it updated get their "
                    "previous details back.").replace("%1", batch.source_name)
            .replace("%2", people_text(batch.kind, batch.created_count)),
            self.tr("Undo import"), lambda: self.undo(batch))

    def undo(self, batch: ImportBatchView) -> None:
        ws = self._ws
        self.message.setText(self.tr("Undoing the import…"))
        task = ProgressTask(lambda on_progress, _cancel: undo_import(
            ws, batch.id, on_progress=on_progress), self)
        task.progress.connect(lambda done, total: self.message.setText(
            self.tr("Undoing the import… %1 of %2").replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))))
        task.succeeded.connect(lambda result: self._undone(batch, result))
        task.failed.connect(lambda exc: self.message.setText(failure_text(exc)))
        task.finished.connect(self._finished)
        self.task = task
        self._update_button()
        task.start()

    def _undone(self, batch: ImportBatchView, result) -> None:  # noqa: ANN001
        text = self.tr("Undone: %1 removed.").replace("%1", people_text(batch.kind, result.removed))
        if result.restored:
            text += " " + self.tr("%n person(s) given their previous details back.", "",
                                  result.restored)
        if result.kept:
            text += " " + self.tr("%n person(s) kept: they have records since the import.", "",
                                  len(result.kept))
        self.message.setText(text)
        self._nav.changed(CONTACTS if batch.kind == "contact" else CLIENTS)
        self._nav.changed(TAGS)
        self._nav.changed(CUSTOM_FIELDS)

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()
        selected = self.selected()
        self.refresh()
        if selected is not None:
            self.select(selected.id)

    def reject(self) -> None:
        if self.task is None:  # an undo runs to its end before the window goes
            super().reject()
