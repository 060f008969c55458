"""+ New field (type, label, options where needed) and editing a field's label and options.

Fields are defined once for the workspace and shown on every client. The dialog saves through
the custom_fields service and reports the core's message next to the form when it refuses.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import custom_fields
from app.services.custom_fields import CHOICE_TYPES, TYPE_LABELS, FieldDef
from app.workspace import Workspace
from ui.i18n import core_message, core_text


class FieldDialog(QDialog):
    """New field in `section_id`, or (with `field`) rename it and edit its options."""

    saved = Signal(int)  # the field id

    def __init__(self, workspace: Workspace, section_id: int, section_name: str,
                 field: FieldDef | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldDialog")
        self._ws = workspace
        self._section_id = section_id
        self._field = field
        self.setWindowTitle(self.tr("New field") if field is None else self.tr("Edit field"))
        self.setMinimumWidth(440)

        title = QLabel(self.windowTitle())
        title.setObjectName("dialogTitle")
        where = QLabel(self.tr("In “%1”. Fields are shared by every client in this workspace.")
                       .replace("%1", section_name))
        where.setObjectName("hint")
        where.setWordWrap(True)

        self.field_type = QComboBox()
        self.field_type.setObjectName("field_type")
        for key, label in TYPE_LABELS.items():
            self.field_type.addItem(core_text(label), key.value)
        self.label = QLineEdit()
        self.label.setObjectName("field_label")
        self.label.setPlaceholderText(self.tr("For example: Occupation"))
        self.options = QPlainTextEdit()
        self.options.setObjectName("field_options")
        self.options.setTabChangesFocus(True)
        self.options.setFixedHeight(100)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options_label = QLabel(self.tr("Options"))
        # Editing a choice field: say what removing an option does to values already chosen.
        self.options_hint = QLabel(self.tr("People who already have an option you remove keep "
                                           "it, marked “no longer an option”, until their "
                                           "value is changed."), objectName="hint")
        self.options_hint.setWordWrap(True)
        self.options_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Type"), self.field_type)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.options_label, self.options)
        form.addRow("", self.options_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Add field") if field is None else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if field is not None:
            self.field_type.setCurrentIndex(self.field_type.findData(field.field_type))
            self.field_type.setEnabled(False)  # values already stored follow the type
            self.label.setText(field.label)
            self.options.setPlainText("\n".join(field.options))
        self.field_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.label.setFocus()

    def _type_changed(self) -> None:
        choice = self.field_type.currentData() in CHOICE_TYPES
        self.options.setVisible(choice)
        self.options_label.setVisible(choice)
        self.options_hint.setVisible(choice and self._field is not None)
        self.adjustSize()

    def set_type(self, field_type: str) -> None:
        self.field_type.setCurrentIndex(self.field_type.findData(field_type))

    def _option_list(self) -> list[str]:
        return [line for line in self.options.toPlainText().splitlines() if line.strip()]

    def save(self) -> None:
        field_type = self.field_type.currentData()
        options = self._option_list() if field_type in CHOICE_TYPES else None
        try:
            if self._field is None:
                field_id = custom_fields.create_field(self._ws, self._section_id, self.label.text(),
                                                      field_type, options)
            else:
                field_id = self._field.id
                custom_fields.update_field(self._ws, field_id, label=self.label.text(),
                                           options=options)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            (self.options if exc.field == "options" else self.label).setFocus()
            return
        self.saved.emit(field_id)
        self.accept()


class NameDialog(QDialog):
    """A name for a new section, or a new name for a section or field: `apply(name)` saves it
    (raising the core's error to show), then the dialog closes."""

    def __init__(self, title: str, intro: str, label: str, current: str, apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NameDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        self._apply = apply
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        text = QLabel(intro)
        text.setObjectName("hint")
        text.setWordWrap(True)
        self.name = QLineEdit(current)
        self.name.setObjectName("name")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(label, self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if intro:
            layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.selectAll()
        self.name.setFocus()

    def save(self) -> None:
        try:
            self._apply(self.name.text())
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self.accept()
