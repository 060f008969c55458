"""Import, step 2: where each column goes. One line per column of the file: its name, a few of
its values, what it is imported as (a field, a custom field, a new custom field, the tags, or
nothing) and, for dates, the order they are written in. Starts from csv_mapping.auto_map; a
mapping can be saved under a name and used again for the next file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import custom_fields
from app.transfer import csv_mapping
from app.transfer.csv_dates import DAY_FIRST, ISO, MONTH_FIRST
from app.transfer.csv_mapping import ColumnMapping, Mapping, Target
from app.transfer.csv_sniff import ParsedCsv
from app.workspace import Workspace
from ui.clients.record.new_field_dialog import NameDialog
from ui.i18n import core_message, core_text
from ui.transfer.import_new_field_dialog import NewColumnFieldDialog

NAME_FIELDS = {"first_name", "last_name", "full_name"}
NEW, PENDING = "new", "pending"  # combo keys: "New custom field…", and the one defined


def target_key(col: ColumnMapping) -> str:
    if col.target == Target.FIELD:
        return f"field:{col.field}"
    if col.target == Target.CUSTOM:
        return f"custom:{col.custom_field_id}"
    if col.target == Target.NEW_CUSTOM:
        return PENDING
    return str(col.target)  # "tags", "ignore"


def samples(values: list[str], count: int = 3, width: int = 28) -> str:
    seen: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if value and value not in seen:
            seen.append(value if len(value) <= width else value[:width - 1] + "…")
            if len(seen) == count:
                break
    return "  ·  ".join(seen)


class _Row:
    """The widgets of one column's line."""

    def __init__(self, target: QComboBox, dates: QComboBox, note: QLabel) -> None:
        self.target, self.dates, self.note = target, dates, note
        self.key = ""
        self.pending: ColumnMapping | None = None  # its new custom field, once defined


class ColumnsPage(QWidget):
    mapping_changed = Signal()

    def __init__(self, workspace: Workspace, kind: str, locale: str, new_section: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_columns_page")
        self._ws, self._kind, self._locale, self._section = workspace, kind, locale, new_section
        self.parsed: ParsedCsv | None = None
        self.mapping: Mapping | None = None
        self.rows: list[_Row] = []
        self.new_field_dialog: NewColumnFieldDialog | None = None
        self.name_dialog: NameDialog | None = None
        self._choices: dict[str, ColumnMapping] = {}
        self._fields: dict[int, custom_fields.FieldDef] = {}

        intro = QLabel(self.tr("Say where each column of the file goes. Columns were matched by "
                               "their names: check them, and pick “Do not import” for what you "
                               "do not need."), objectName="intro")
        intro.setWordWrap(True)
        self.saved = QComboBox(objectName="saved_mappings")
        self.saved.setMinimumWidth(220)
        self.saved.activated.connect(lambda _i: self.apply_saved(self.saved.currentData()))
        self.save_button = QPushButton(self.tr("Save mapping…"), objectName="save_mapping")
        self.save_button.setToolTip(self.tr("Remember these choices to use them for the next file"))
        self.save_button.clicked.connect(self.ask_mapping_name)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Saved mappings:")))
        bar.addWidget(self.saved)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        self.status = QLabel(objectName="hint")
        bar.addWidget(self.status)

        self.name_warning = QLabel(self.tr(
            "No column is imported as a name. Every person needs a first or a last name: choose "
            "the column that holds it, or every row will be refused."), objectName="error")
        self.name_warning.setWordWrap(True)
        self.name_warning.hide()

        self.scroll = QScrollArea(objectName="columns_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.name_warning)
        layout.addWidget(self.scroll, 1)

    # --- the file and its mapping ---------------------------------------------------------

    def set_file(self, path: Path | None, parsed: ParsedCsv) -> None:
        definitions = csv_mapping.read_definitions_beside(path) if path is not None else None
        mapping = csv_mapping.auto_map(self._ws, parsed, self._kind, locale=self._locale,
                                       definitions=definitions, new_section=self._section)
        self._set(parsed, mapping)
        self._fill_saved()

    def _set(self, parsed: ParsedCsv, mapping: Mapping) -> None:
        self.parsed, self.mapping = parsed, mapping
        self._fields = {f.id: f for sec in custom_fields.list_sections(self._ws) for f in sec.fields}
        self._choices = {target_key(col): col
                         for col, _label in csv_mapping.target_choices(self._ws, self._kind)}
        self._build()
        self._changed()

    def _build(self) -> None:
        assert self.parsed is not None and self.mapping is not None
        body = QWidget(objectName="columns_body")
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for col, text in enumerate((self.tr("Column in the file"), self.tr("Examples"),
                                    self.tr("Import as"), self.tr("Dates written as"))):
            grid.addWidget(QLabel(text, objectName="sectionTitle"), 0, col)
        grid.setRowMinimumHeight(1, 4)
        self.rows = []
        for i, header in enumerate(self.parsed.header):
            name = QLabel(header, objectName="column_name")
            name.setWordWrap(True)
            example = QLabel(samples(self.parsed.column(i)), objectName="hint")
            example.setWordWrap(True)
            target = QComboBox(objectName=f"target_{i}")
            target.setMinimumWidth(300)  # "Full name (first word is the first name)" fits
            target.setAccessibleName(self.tr("Import “%1” as").replace("%1", header))
            dates = QComboBox(objectName=f"dates_{i}")
            for label, fmt in ((self.tr("Year-month-day (2024-12-31)"), ISO),
                               (self.tr("Day first (31/12/2024)"), DAY_FIRST),
                               (self.tr("Month first (12/31/2024)"), MONTH_FIRST)):
                dates.addItem(label, fmt)
            note = QLabel(self.tr("Both orders fit every date here: check"), objectName="hint")
            date_box = QWidget()
            box = QVBoxLayout(date_box)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(dates)
            box.addWidget(note)
            row = _Row(target, dates, note)
            self.rows.append(row)
            self._fill_targets(i)
            target.currentIndexChanged.connect(lambda _x, i=i: self._target_chosen(i))
            dates.currentIndexChanged.connect(lambda _x, i=i: self._dates_chosen(i))
            self._show_dates(i)
            for c, widget in enumerate((name, example, target, date_box)):
                # Text level with the combos' text; a date's note hangs below its combo.
                align = Qt.AlignmentFlag.AlignTop if c == 3 else Qt.AlignmentFlag.AlignVCenter
                grid.addWidget(widget, i + 2, c, align)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 0)
        grid.setColumnStretch(3, 3)
        grid.setRowStretch(len(self.rows) + 2, 1)
        self.scroll.setWidget(body)

    def _fill_targets(self, i: int) -> None:
        assert self.mapping is not None
        row, col = self.rows[i], self.mapping.columns[i]
        combo = row.target
        combo.blockSignals(True)
        combo.clear()
        ignore = ""
        custom_started = False
        for choice, label in csv_mapping.target_choices(self._ws, self._kind):
            if choice.target == Target.IGNORE:
                ignore = core_text(label)
                continue
            if choice.target == Target.CUSTOM:
                if not custom_started:
                    combo.insertSeparator(combo.count())
                    custom_started = True
                combo.addItem(label, target_key(choice))
            else:
                combo.addItem(core_text(label), target_key(choice))
        combo.insertSeparator(combo.count())
        if col.target == Target.NEW_CUSTOM:
            row.pending = col
        if row.pending is not None:
            combo.addItem(self._pending_text(row.pending), PENDING)
        combo.addItem(self.tr("New custom field…"), NEW)
        combo.addItem(ignore, str(Target.IGNORE))
        row.key = target_key(col)
        combo.setCurrentIndex(max(0, combo.findData(row.key)))
        combo.blockSignals(False)

    def _pending_text(self, col: ColumnMapping) -> str:
        kind = core_text(custom_fields.TYPE_LABELS.get(col.new_type, col.new_type))
        return self.tr("New field: %1 (%2)").replace("%1", col.new_label).replace("%2", kind)

    def _target_chosen(self, i: int) -> None:
        assert self.mapping is not None and self.parsed is not None
        row = self.rows[i]
        key = row.target.currentData()
        if key == NEW:
            self._ask_new_field(i)
            return
        col = row.pending if key == PENDING else self._choices.get(key, ColumnMapping())
        self._set_column(i, dataclasses.replace(col, date_format=None, date_ambiguous=False))

    def _set_column(self, i: int, col: ColumnMapping) -> None:
        assert self.mapping is not None and self.parsed is not None
        mapping = self.mapping.with_column(i, col)
        self.mapping = csv_mapping.with_dates(self._ws, self.parsed, mapping, self._locale)
        self.rows[i].key = target_key(col)
        self._show_dates(i)
        self._changed()

    def _ask_new_field(self, i: int) -> None:
        assert self.parsed is not None
        row = self.rows[i]
        start = row.pending or csv_mapping.new_custom_column(self.parsed, i, self._locale)
        dialog = NewColumnFieldDialog(start, self.parsed.header[i], self._section,
                                      custom_fields.list_sections(self._ws), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(col: ColumnMapping) -> None:
            row.pending = col
            self._set_column(i, col)
            self._fill_targets(i)

        def revert() -> None:
            row.target.blockSignals(True)
            row.target.setCurrentIndex(max(0, row.target.findData(row.key)))
            row.target.blockSignals(False)

        dialog.chosen.connect(chosen)
        dialog.rejected.connect(revert)
        self.new_field_dialog = dialog
        dialog.open()

    def _show_dates(self, i: int) -> None:
        assert self.mapping is not None
        row, col = self.rows[i], self.mapping.columns[i]
        is_date = csv_mapping.is_date_column(self._fields, col)
        row.dates.setVisible(is_date)
        row.note.setVisible(is_date and col.date_ambiguous)
        if is_date and col.date_format:
            row.dates.blockSignals(True)
            row.dates.setCurrentIndex(max(0, row.dates.findData(col.date_format)))
            row.dates.blockSignals(False)

    def _dates_chosen(self, i: int) -> None:
        assert self.mapping is not None
        col = dataclasses.replace(self.mapping.columns[i],
                                  date_format=self.rows[i].dates.currentData(),
                                  date_ambiguous=False)
        self.mapping = self.mapping.with_column(i, col)
        self.rows[i].note.hide()
        self._changed()

    def _changed(self) -> None:
        self.name_warning.setVisible(not self.has_name_column())
        self.mapping_changed.emit()

    # --- for the wizard and tests ---------------------------------------------------------

    def has_name_column(self) -> bool:
        return self.mapping is not None and any(
            c.target == Target.FIELD and c.field in NAME_FIELDS for c in self.mapping.columns)

    def target_of(self, i: int) -> str:
        """The combo's key for column i ("field:email", "custom:3", "tags", "ignore"...)."""
        return self.rows[i].target.currentData()

    def set_target(self, i: int, key: str) -> None:
        """Choose in column i's combo, as the user would."""
        index = self.rows[i].target.findData(key)
        if index < 0:
            raise KeyError(key)
        self.rows[i].target.setCurrentIndex(index)

    def set_date_format(self, i: int, fmt: str) -> None:
        self.rows[i].dates.setCurrentIndex(self.rows[i].dates.findData(fmt))

    # --- saved mappings -------------------------------------------------------------------

    def _fill_saved(self, current: str | None = None) -> None:
        names = csv_mapping.list_saved_mappings(self._ws, self._kind)
        self.saved.clear()
        self.saved.addItem(self.tr("Choose one…") if names else self.tr("None saved yet"), None)
        for name in names:
            self.saved.addItem(name, name)
        self.saved.setEnabled(bool(names))
        self.saved.setCurrentIndex(max(0, self.saved.findData(current)))

    def apply_saved(self, name: str | None) -> None:
        if not name or self.parsed is None:
            return
        try:
            mapping = csv_mapping.load_mapping(self._ws, name, self.parsed, locale=self._locale)
        except ConsultaError as exc:
            self.status.setText(core_message(exc))
            return
        for row in self.rows:
            row.pending = None
        self._set(self.parsed, mapping)
        self.status.setText(self.tr("Using the mapping “%1”.").replace("%1", name))

    def ask_mapping_name(self) -> NameDialog:
        current = self.saved.currentData() or (Path(self.parsed.name).stem if self.parsed else "")
        self.name_dialog = NameDialog(
            self.tr("Save mapping"),
            self.tr("Give these choices a name. The next time, pick it under “Saved mappings” "
                    "and columns with the same names are set the same way."),
            self.tr("Name"), current, self.save_mapping, self)
        self.name_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.name_dialog.open()
        return self.name_dialog

    def save_mapping(self, name: str) -> None:
        """Raises the core's error for NameDialog to show."""
        assert self.parsed is not None and self.mapping is not None
        csv_mapping.save_mapping(self._ws, name, self.parsed, self.mapping)
        clean = " ".join(name.split())[:100]
        self._fill_saved(clean)
        self.status.setText(self.tr("Mapping “%1” saved.").replace("%1", clean))
