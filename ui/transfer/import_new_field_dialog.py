""""New custom field…" for one column of an import: label, type (the types of Settings →
custom fields), options for choice types, and the Personal-tab section it goes in (an existing
one, or a new one named here). Nothing is created here: the field is made by the
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

from app.services.custom_fields import BUILTIN_NAMES, CHOICE_TYPES, TYPE_LABELS, SectionDef
from app.transfer.csv_mapping import ColumnMapping, Target
from ui.i18n import core_text


class NewColumnFieldDialog(QDialog):
    """Emits `chosen(ColumnMapping)` (a NEW_CUSTOM mapping) when confirmed."""

    chosen = Signal(object)

    def __init__(self, start: ColumnMapping, header: str, section: str,
                 sections: list[SectionDef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewColumnFieldDialog")
        self.setWindowTitle(self.tr("New custom field"))
        self.setMinimumWidth(460)
        self._start = start
        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        where = QLabel(self.tr("For the column “%1”. The field is created when the import runs, "
                               "and removed again if you undo the import.")
                       .replace("%1", header))
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
        # Existing sections by their shown name; any other text typed is a new section.
        self.section = QComboBox(objectName="field_section")
        self.section.setEditable(True)
        self.section.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for sec in sections:
            shown = core_text(BUILTIN_NAMES[sec.builtin]) if sec.builtin else sec.name
            self.section.addItem(shown, (sec.builtin or "", "" if sec.builtin else sec.name))
        if self.section.findText(section) < 0:
            self.section.addItem(section, ("", section))
        wanted = (start.new_builtin_section, start.new_section) \
            if (start.new_builtin_section or start.new_section) else ("", section)
        at = self.section.findData(wanted)
        self.section.setCurrentIndex(at if at >= 0 else self.section.findText(section))
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Type"), self.field_type)
        form.addRow(self.tr("Section"), self.section)
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

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def confirm(self) -> None:
        label = " ".join(self.label.text().split())
        if not label:
            self._refuse(self.tr("The field needs a label."), self.label)
            return
        typed = " ".join(self.section.currentText().split())
        if not typed:
            self._refuse(self.tr("Choose a section for the field, or type a new one."),
                         self.section)
            return
        field_type = self.field_type.currentData()
        options = tuple(dict.fromkeys(
            line.strip() for line in self.options.toPlainText().splitlines() if line.strip()))
        at = self.section.findText(typed)
        builtin, section = self.section.itemData(at) if at >= 0 else ("", typed)
        column = dataclasses.replace(
            self._start, target=Target.NEW_CUSTOM, new_label=label, new_type=field_type,
            new_builtin_section=builtin, new_section=section,
            new_options=options if field_type in CHOICE_TYPES else (), date_format=None,
            date_ambiguous=False)
        self.chosen.emit(column)
        self.accept()
