"""Import, step 3: the dry run (csv_import.plan_import), before anything is written. How many
people will be created or updated, the rows that cannot be imported and why (they can be saved
as a CSV for fixing), and the possible duplicates, each with its own choice: skip, import
anyway, or update the existing person. The counts follow the choices as they change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.transfer.csv_import import Choice, DryRun
from ui.i18n import core_text
from ui.transfer.import_common import RowsModel

Index = QModelIndex | QPersistentModelIndex
CHOICE_COLUMN = 4
OPEN_EDITORS = 300  # combos shown at once; past these a click opens one (thousands would be slow)
WRAP_ROWS = 200  # invalid rows given the height of their wrapped reasons


class CheckText(QObject):
    """The translation context of the choice labels."""


def choice_label(choice: str) -> str:
    return {Choice.SKIP: CheckText.tr("Skip"), Choice.IMPORT: CheckText.tr("Import anyway"),
            Choice.UPDATE: CheckText.tr("Update the existing one")}.get(choice, choice)


class DuplicatesModel(QAbstractTableModel):
    """The possible duplicates; the last column is what to do with each (editable)."""

    choice_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: DryRun | None = None
        self.choices: dict[int, str] = {}
        self._rows: list[tuple[Any, ...]] = []
        self._headers = [self.tr("Line"), self.tr("Name in the file"), self.tr("Looks like"),
                         self.tr("Because of"), self.tr("What to do")]

    def set_plan(self, plan: DryRun) -> None:
        self.beginResetModel()
        # Going back to Columns and forward again re-runs the check: a choice already made for
        # the same row and the same match is kept rather than silently reset.
        before = {self._key(self.plan, d): self.choices.get(d.row)
                  for d in (self.plan.duplicates if self.plan else ())}
        self.plan = plan
        self.choices = {}
        for d in plan.duplicates:
            kept = before.get(self._key(plan, d))
            self.choices[d.row] = kept if kept in d.options else d.default
        rows = plan.rows
        self._rows = []
        for d in plan.duplicates:
            if d.existing_id is not None:
                like = d.existing_name
            else:
                like = self.tr("Line %1 of this file").replace("%1", str(rows[d.same_as_row].line))
            why = self.tr("Same email") if d.reason == "email" else \
                self.tr("Same name and date of birth")
            self._rows.append((d, str(rows[d.row].line), rows[d.row].name, like, why))
        self.endResetModel()

    @staticmethod
    def _key(plan: DryRun, dup: Any) -> tuple[Any, ...]:
        return (plan.source_name, dup.row, plan.rows[dup.row].name, dup.existing_id,
                dup.same_as_row)

    def duplicate(self, row: int) -> Any:
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        dup = self._rows[index.row()][0]
        if index.column() == CHOICE_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return choice_label(self.choices[dup.row])
            if role == Qt.ItemDataRole.EditRole:
                return self.choices[dup.row]
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column() + 1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == CHOICE_COLUMN else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        dup = self._rows[index.row()][0]
        if index.column() != CHOICE_COLUMN or value not in dup.options:
            return False
        if self.choices[dup.row] != value:
            self.choices[dup.row] = value
            self.dataChanged.emit(index, index)
            self.choice_changed.emit()
        return True

    def set_all(self, choice: str) -> None:
        """`choice` for every duplicate that offers it."""
        for dup, *_rest in self._rows:
            if choice in dup.options:
                self.choices[dup.row] = choice
        if self._rows:
            self.dataChanged.emit(self.index(0, CHOICE_COLUMN),
                                  self.index(len(self._rows) - 1, CHOICE_COLUMN))
        self.choice_changed.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of the duplicate's options; a choice counts as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("duplicate_choice")
        for choice in index.model().duplicate(index.row()).options:
            combo.addItem(choice_label(choice), choice)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData())


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(34)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class CheckPage(QWidget):
    choices_changed = Signal()
    save_rejected_requested = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_check_page")
        self._kind = kind
        self.plan: DryRun | None = None
        self.notice = QLabel(objectName="error")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.busy = QLabel(self.tr("Checking every row…"), objectName="sectionTitle")
        self.summary = QLabel(objectName="sectionTitle")
        self.summary.setWordWrap(True)
        self.problems = QLabel(objectName="intro")
        self.problems.setWordWrap(True)
        self.details = QLabel(objectName="hint")
        self.details.setWordWrap(True)

        self.invalid_model = RowsModel([self.tr("Line"), self.tr("Name"), self.tr("Why")], self)
        self.invalid_table = _table("invalid_rows", self.invalid_model)
        self.invalid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invalid_table.setWordWrap(True)
        header = self.invalid_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.invalid_table.setColumnWidth(0, 60)
        self.invalid_table.setColumnWidth(1, 200)
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows…"),
                                                objectName="save_rejected")
        self.save_rejected_button.setToolTip(self.tr("A CSV of these rows with what is wrong in "
                                                     "each, to fix and import again"))
        self.save_rejected_button.clicked.connect(self.save_rejected_requested)
        invalid_page = QWidget()
        box = QVBoxLayout(invalid_page)
        box.addWidget(self.invalid_table, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("These rows are left out. Fix them in the file, or save them apart "
                              "and import them again later."), objectName="hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self.save_rejected_button)
        box.addLayout(row)

        self.duplicates_model = DuplicatesModel(self)
        self.duplicates_model.choice_changed.connect(self._update_summary)
        self.duplicates_table = _table("duplicates", self.duplicates_model)
        self.duplicates_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates_table.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self))
        header = self.duplicates_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 60), (3, 200), (4, 220)):
            self.duplicates_table.setColumnWidth(col, width)
        self.skip_all = QPushButton(self.tr("Skip all"), objectName="skip_all")
        self.skip_all.clicked.connect(lambda: self.set_all(Choice.SKIP))
        self.import_all = QPushButton(self.tr("Import all anyway"), objectName="import_all")
        self.import_all.clicked.connect(lambda: self.set_all(Choice.IMPORT))
        self.update_all = QPushButton(self.tr("Update all existing"), objectName="update_all")
        self.update_all.clicked.connect(lambda: self.set_all(Choice.UPDATE))
        dup_page = QWidget()
        box = QVBoxLayout(dup_page)
        box.addWidget(self.duplicates_table, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Skipped rows are not imported. “Update” writes what the row has "
                              "onto the existing person."), objectName="hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        for button in (self.skip_all, self.import_all, self.update_all):
            row.addWidget(button)
        box.addLayout(row)

        self.tabs = QTabWidget(objectName="check_tabs")
        self.invalid_tab = self.tabs.addTab(invalid_page, "")
        self.duplicates_tab = self.tabs.addTab(dup_page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.show_busy()

    # --- states ---------------------------------------------------------------------------

    def show_busy(self) -> None:
        self.plan = None
        self.busy.show()
        for widget in (self.summary, self.problems, self.details, self.tabs):
            widget.hide()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_plan(self, plan: DryRun) -> None:
        self.plan = plan
        self.busy.hide()
        for widget in (self.summary, self.problems, self.tabs):
            widget.show()
        invalid = plan.invalid_rows
        tr = core_text
        self.invalid_model.set_rows([(str(r.line), r.name or "—",
                                      "  ·  ".join(p.render(tr) for p in r.problems))
                                     for r in invalid])
        if len(invalid) <= WRAP_ROWS:
            self.invalid_table.resizeRowsToContents()
        self.duplicates_model.set_plan(plan)
        for r in range(min(len(plan.duplicates), OPEN_EDITORS)):
            self.duplicates_table.openPersistentEditor(self.duplicates_model.index(r, CHOICE_COLUMN))
        has_update = any(Choice.UPDATE in d.options for d in plan.duplicates)
        self.update_all.setVisible(has_update)
        self.tabs.setTabText(self.invalid_tab, self.tr("Cannot be imported (%1)")
                             .replace("%1", str(len(invalid))))
        self.tabs.setTabText(self.duplicates_tab, self.tr("Possible duplicates (%1)")
                             .replace("%1", str(len(plan.duplicates))))
        self.tabs.setTabEnabled(self.invalid_tab, bool(invalid))
        self.tabs.setTabEnabled(self.duplicates_tab, bool(plan.duplicates))
        self.tabs.setVisible(bool(invalid or plan.duplicates))
        self.tabs.setCurrentIndex(self.invalid_tab if invalid else self.duplicates_tab)
        new = []
        if plan.new_fields:
            new.append(self.tr("New custom fields: %1")
                       .replace("%1", ", ".join(f.label for f in plan.new_fields)))
        if plan.new_tags:
            new.append(self.tr("New tags: %1").replace("%1", ", ".join(plan.new_tags)))
        self.details.setText("\n".join(new))
        self.details.setVisible(bool(new))
        self._update_summary()

    # --- choices and counts ---------------------------------------------------------------

    @property
    def choices(self) -> dict[int, str]:
        return dict(self.duplicates_model.choices)

    def set_choice(self, row_index: int, choice: str) -> None:
        """The choice for the duplicate of the file's row `row_index` (ImportRow.index)."""
        for r in range(self.duplicates_model.rowCount()):
            if self.duplicates_model.duplicate(r).row == row_index:
                index = self.duplicates_model.index(r, CHOICE_COLUMN)
                self.duplicates_model.setData(index, choice)
                editor = self.duplicates_table.indexWidget(index)
                if editor is not None:
                    ChoiceDelegate().setEditorData(editor, index)
                return
        raise KeyError(row_index)

    def set_all(self, choice: str) -> None:
        self.duplicates_model.set_all(choice)
        for r in range(min(self.duplicates_model.rowCount(), OPEN_EDITORS)):
            index = self.duplicates_model.index(r, CHOICE_COLUMN)
            editor = self.duplicates_table.indexWidget(index)
            if editor is not None:
                ChoiceDelegate().setEditorData(editor, index)

    def counts(self) -> tuple[int, int]:
        """(people to create, people to update) with the current choices."""
        if self.plan is None:
            return 0, 0
        choices = self.choices
        updated = sum(1 for d in self.plan.duplicates if choices.get(d.row) == Choice.UPDATE)
        return self.plan.count_created(choices), updated

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        created, updated = self.counts()
        contact = self._kind == "contact"
        parts = [self.tr("%n new contact(s) will be created", "", created) if contact
                 else self.tr("%n new client(s) will be created", "", created)]
        if updated:
            parts.append(self.tr("%n existing contact(s) updated", "", updated) if contact
                         else self.tr("%n existing client(s) updated", "", updated))
        self.summary.setText("  ·  ".join(parts))
        self.problems.setText("  ·  ".join((
            self.tr("%n row(s) cannot be imported", "", len(plan.invalid_rows)),
            self.tr("%n possible duplicate(s)", "", len(plan.duplicates)))))
        self.choices_changed.emit()
