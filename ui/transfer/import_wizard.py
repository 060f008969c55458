"""Clients (or Contacts) → Import…: a CSV file into the workspace in four steps — the file, its
columns, a dry run, the import — each a page of its own module (import_*_page.py).

The dry run, the import and its undo run off the GUI thread (ui/workers, ProgressTask); the
import can be cancelled, which leaves nothing behind. It is one batch: `Undo import` here, or
later in Past imports (import_history_dialog.py), takes it back as a whole.

Driving it from code (tests, screenshots): load_file(path), go_to_columns(), go_to_check()
(synchronous=True runs the dry run on the spot), start_import(), undo_import().
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.store.models import PersonKind
from app.transfer.csv_import import DryRun, plan_import
from app.transfer.import_batches import ImportResult, run_import, undo_import
from app.workspace import Workspace
from ui.confirm import ask, tell
from ui.navigation import CLIENTS, CONTACTS, CUSTOM_FIELDS, TAGS, Navigator
from ui.transfer.import_check_page import CheckPage
from ui.transfer.import_columns_page import ColumnsPage
from ui.transfer.import_common import save_rejected_rows
from ui.transfer.import_done_page import DonePage
from ui.transfer.import_file_page import FilePage
from ui.transfer.progress_panel import ProgressPanel, failure_text
from ui.transfer.progress_task import ProgressTask
from ui.workers import BackgroundTask, run_in_background

FILE, COLUMNS, CHECK, PROGRESS, DONE = range(5)


class ImportWizard(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator, kind: str = "client",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self._ws, self._nav = workspace, navigator
        self.kind = PersonKind(kind).value
        contact = self.kind == PersonKind.CONTACT
        self.setWindowTitle(self.tr("Import contacts") if contact else self.tr("Import clients"))
        self.resize(960, 640)
        self.setMinimumSize(860, 560)
        self.plan: DryRun | None = None  # the plan being imported (or last imported)
        self.result: ImportResult | None = None
        self.task: ProgressTask | None = None  # the import or the undo, while it runs
        self.check_task: BackgroundTask | None = None
        self.confirm_box: QMessageBox | None = None
        self.save_dialog: Any = None
        self._check_run = 0  # dry runs started: an older one's late answer is dropped
        self._undoing = False
        self._close_when_stopped = False

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        self.steps = QLabel(objectName="import_steps")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.steps)

        self.file_page = FilePage()
        self.columns_page = ColumnsPage(workspace, self.kind, QLocale().name(), self.tr("Imported"))
        self.check_page = CheckPage(self.kind)
        self.progress_page = ProgressPanel()
        self.done_page = DonePage(self.kind)
        self.stack = QStackedWidget()
        for page in (self.file_page, self.columns_page, self.check_page, self.progress_page,
                     self.done_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"), objectName="import_back")
        self.next_button = QPushButton(self.tr("&Next >"), objectName="import_next")
        self.next_button.setProperty("primary", True)
        self.import_button = QPushButton(self.tr("&Import"), objectName="import_run")
        self.import_button.setProperty("primary", True)
        self.close_button = QPushButton(self.tr("Close"), objectName="import_close")
        self.status = QLabel(objectName="hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.file_page.changed.connect(self._update_buttons)
        self.check_page.choices_changed.connect(self._update_buttons)
        self.check_page.save_rejected_requested.connect(lambda: self.save_rejected_rows())
        self.done_page.save_rejected_requested.connect(lambda: self.save_rejected_rows())
        self.done_page.undo_requested.connect(lambda: self.undo_import())
        self.progress_page.cancel_clicked.connect(self._cancel_task)
        self._show(FILE)

    # --- steps ----------------------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def _show(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr("1 File"), self.tr("2 Columns"), self.tr("3 Check"), self.tr("4 Import")]
        current = min(step, 3)
        parts = [f"<b>{html.escape(n)}</b>" if i == current
                 else f"<span style='color:#9aa5b1'>{html.escape(n)}</span>"
                 for i, n in enumerate(names)]
        self.steps.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step()
        self.back_button.setVisible(step in (COLUMNS, CHECK))
        self.next_button.setVisible(step in (FILE, COLUMNS))
        self.next_button.setEnabled(step == COLUMNS or self.file_page.ready)
        self.import_button.setVisible(step == CHECK)
        created, updated = self.check_page.counts()
        self.import_button.setEnabled(step == CHECK and created + updated > 0)
        primary = self.import_button if step == CHECK else self.next_button
        primary.setDefault(True)

    def back(self) -> None:
        if self.step() == COLUMNS:
            self._show(FILE)
        elif self.step() == CHECK:
            self._check_run += 1  # a dry run still going is no longer wanted
            self._show(COLUMNS)

    def next(self) -> None:
        if self.step() == FILE:
            self.go_to_columns()
        elif self.step() == COLUMNS:
            self.go_to_check()

    def load_file(self, path: Path | str) -> None:
        self.file_page.load(path)
        self._show(FILE)

    def go_to_columns(self) -> None:
        page = self.file_page
        if not page.ready:
            return
        if self.columns_page.parsed is not page.parsed:  # a new file, or read differently
            self.columns_page.set_file(page.path, page.parsed)
        self._show(COLUMNS)

    def go_to_check(self, synchronous: bool = False) -> None:
        """The dry run of the current mapping; on a pool thread unless `synchronous`."""
        parsed, mapping = self.columns_page.parsed, self.columns_page.mapping
        if parsed is None or mapping is None:
            return
        self._check_run += 1
        run = self._check_run
        self.check_page.show_busy()
        self.check_page.show_notice("")
        self._show(CHECK)
        ws, kind = self._ws, self.kind
        if synchronous:
            self._checked(run, plan_import(ws, parsed, mapping, kind))
            return
        self.check_task = run_in_background(lambda: plan_import(ws, parsed, mapping, kind),
                                            lambda plan: self._checked(run, plan),
                                            lambda exc: self._check_failed(run, exc), self)

    def _checked(self, run: int, plan: DryRun) -> None:
        if run == self._check_run and self.step() == CHECK:
            self.check_page.set_plan(plan)
            self._update_buttons()

    def _check_failed(self, run: int, exc: BaseException) -> None:
        if run == self._check_run and self.step() == CHECK:
            self.check_page.busy.hide()
            self.check_page.show_notice(failure_text(exc))

    # --- the import -----------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.check_page.plan
        if plan is None or self.task is not None:
            return
        choices = self.check_page.choices
        self.plan = plan
        ws = self._ws
        created, updated = self.check_page.counts()
        title = (self.tr("Importing %Ln contact(s)…", "", created + updated)
                 if self.kind == PersonKind.CONTACT
                 else self.tr("Importing %Ln client(s)…", "", created + updated))
        self.progress_page.cancel_button.show()
        self.progress_page.start(title)
        self._show(PROGRESS)
        task = ProgressTask(lambda on_progress, cancel: run_import(
            ws, plan, choices, on_progress=on_progress, cancel_event=cancel), self)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        task.cancelled.connect(self._import_cancelled)
        self._run(task)

    def _run(self, task: ProgressTask) -> None:
        self.task = task
        task.progress.connect(self.progress_page.set_progress)
        task.finished.connect(self._task_finished)
        task.start()

    def _cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _task_finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.done_page.show_result(result)
        self._show(DONE)
        self._notify()

    def _import_cancelled(self) -> None:
        self._show(CHECK)
        self.check_page.show_notice(self.tr("Import cancelled. Nothing was changed."))

    def _import_failed(self, exc: BaseException) -> None:
        self._notify()  # the chunks written before the failure are in the store (and undoable)
        text = failure_text(exc)
        self.go_to_check()  # again: what is in the store now may have changed the duplicates
        self.check_page.show_notice(self.tr("The import stopped: %1").replace("%1", text))

    def _notify(self) -> None:
        self._nav.changed(CONTACTS if self.kind == PersonKind.CONTACT else CLIENTS)
        if self.plan is not None and self.plan.new_tags:
            self._nav.changed(TAGS)
        if self.plan is not None and self.plan.new_fields:
            self._nav.changed(CUSTOM_FIELDS)

    # --- undo -----------------------------------------------------------------------------

    def undo_import(self, confirm: bool = True) -> None:
        if self.result is None or self.task is not None:
            return
        if confirm:
            self.confirm_box = ask(
                self, self.tr("Undo this import?"),
                self.tr("The people this import created are removed, and the people it updated "
                        "get their previous details back."),
                self.tr("Undo import"), lambda: self.undo_import(confirm=False))
            return
        batch_id, ws = self.result.batch_id, self._ws
        self.progress_page.start(self.tr("Undoing the import…"))
        self.progress_page.cancel_button.hide()  # an undo runs to its end
        self._show(PROGRESS)
        self._undoing = True
        task = ProgressTask(lambda on_progress, _cancel: undo_import(
            ws, batch_id, on_progress=on_progress), self)
        task.succeeded.connect(self._undone)
        task.failed.connect(self._undo_failed)
        self._run(task)

    def _undone(self, undone: Any) -> None:
        self._undoing = False
        self.done_page.show_undone(undone)
        self._show(DONE)
        self._notify()

    def _undo_failed(self, exc: BaseException) -> None:
        self._undoing = False
        self._show(DONE)
        self.done_page.show_message(failure_text(exc))
        self._notify()

    # --- rejected rows --------------------------------------------------------------------

    def save_rejected_rows(self, path: Path | str | None = None) -> None:
        plan = self.plan if self.step() == DONE else self.check_page.plan
        if plan is None or not plan.invalid_rows:
            return

        def saved(written: Path) -> None:
            self.status.setText(self.tr("Rejected rows saved as “%1”.").replace("%1", written.name))

        def failed(exc: BaseException) -> None:
            tell(self, self.tr("The rejected rows were not saved"), failure_text(exc))

        self.save_dialog = save_rejected_rows(self, plan, path, saved, failed)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing (Close, Esc, the window's button) while the import runs asks to cancel it
        first: no thread is left writing behind a closed window."""
        if self.task is None:
            super().reject()
            return
        if self._undoing:
            tell(self, self.tr("Undoing the import"),
                 self.tr("Please wait until the import has been undone."))
            return
        self.confirm_box = ask(
            self, self.tr("Cancel the import?"),
            self.tr("The import is still running. If you cancel it, what it has imported so far "
                    "is taken back and nothing is changed."),
            self.tr("Cancel import"), self._cancel_and_close)

    def _cancel_and_close(self) -> None:
        if self.task is None:
            super().reject()
            return
        self._close_when_stopped = True
        if self.progress_page.cancel_button.isEnabled():
            self.progress_page.cancel_button.click()
