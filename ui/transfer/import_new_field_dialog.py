""""New custom field…" for one column of an import: label and type (the types of Settings →
custom fields), options for choice types. Nothing is created here: the field is made by the
import itself, so undoing the import takes it away again."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.custom_fields import CHOICE_TYPES, TYPE_LABELS
from app.transfer.csv_mapping import ColumnMapping, Target
from ui.i18n import core_text


class NewColumnFieldDialog(QDialog):
    """Emits `chosen(ColumnMapping)` (a NEW_CUSTOM mapping) when confirmed."""

    chosen = Signal(object)

    def __init__(self, start: ColumnMapping, header: str, section: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewColumnFieldDialog")
        self.setWindowTitle(self.tr("New custom field"))
        self.setMinimumWidth(460)
        self._start = start
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        where = QLabel(self.tr("For the column “%1”. The field is added to the “%2” section when "
                               "the import runs, and removed again if you undo the import.")
                       .replace("%1", header).replace("%2", section))
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.label = QLineEdit(start.new_label or header, objectName="field_label")
        self.field_type = QComboBox(objectName="field_type")
        for key, text in TYPE_LABELS.items():
            self.field_type.addItem(core_text(text), key.value)
        self.field_type.setCurrentIndex(max(0, self.field_type.findData(start.new_type)))
        self.options = QPlainTextEdit(objectName="field_options")
        self.options.setTabChangesFocus(True)
        self.options.setFixedHeight(90)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setPlainText("\n".join(start.new_options))
        self.options_label = QLabel(self.tr("Options"))
        self.options_hint = QLabel(self.tr("Values in the column that are not listed here are "
                                           "added as options."), objectName="hint")
        self.options_hint.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Type"), self.field_type)
        form.addRow(self.options_label, self.options)
        form.addRow("", self.options_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Use this field"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("use_field")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.field_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.label.selectAll()
        self.label.setFocus()

    def _type_changed(self) -> None:
        choice = self.field_type.currentData() in CHOICE_TYPES
        for widget in (self.options, self.options_label, self.options_hint):
            widget.setVisible(choice)
        self.adjustSize()

    def confirm(self) -> None:
        label = " ".join(self.label.text().split())
        if not label:
            self.error.setText(self.tr("The field needs a label."))
            self.error.show()
            self.label.setFocus()
            return
        field_type = self.field_type.currentData()
        options = tuple(dict.fromkeys(
            line.strip() for line in self.options.toPlainText().splitlines() if line.strip()))
        column = dataclasses.replace(
            self._start, target=Target.NEW_CUSTOM, new_label=label, new_type=field_type,
            new_options=options if field_type in CHOICE_TYPES else (), date_format=None,
            date_ambiguous=False)
        self.chosen.emit(column)
        self.accept()
