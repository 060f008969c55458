"""New service / Edit service: name, duration, price and tax rate, checked as the user goes.

Prices and rates are typed the way the interface locale writes numbers ("80,50" in French,
"80.50" in English) and parsed into exact Decimals; nothing passes through a float.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, ValidationError
from app.services import practice
from app.services import service_catalog as catalog
from app.services.service_catalog import ServiceInput, ServiceView
from app.workspace import Workspace
from ui.i18n import core_message
from ui.money_text import (  # noqa: F401  (moved there; still importable from here)
    babel_locale,
    currency_symbol,
    format_money,
    format_number,
    parse_number,
)
from ui.person_form import FieldWithMessage


class ServiceDialog(QDialog):
    """Opened with open(); `saved(service_id)` after a successful create or update."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, service: ServiceView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServiceDialog")
        self._ws = workspace
        self._service = service
        creating = service is None
        self.setWindowTitle(self.tr("New service") if creating else self.tr("Edit service"))
        self.setMinimumWidth(460)
        currency = service.currency if service else practice.get_practice(workspace).currency

        title = QLabel(self.windowTitle())
        title.setObjectName("dialogTitle")
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(catalog.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Couples session"))
        self.duration = QSpinBox(objectName="duration")
        self.duration.setRange(catalog.MIN_DURATION, catalog.MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccelerated(True)
        self.duration.setMaximumWidth(140)
        self.price = QLineEdit(objectName="price")
        self.tax_rate = QLineEdit(objectName="tax_rate")
        self.active = QCheckBox(self.tr("Offered for new appointments"), objectName="active")
        self.active.setChecked(True)
        for edit in (self.price, self.tax_rate):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setMaximumWidth(140)
        if service:
            self.name.setText(service.name)
            self.duration.setValue(service.duration_minutes)
            self.price.setText(format_number(service.price, catalog.currency_digits(currency)))
            self.tax_rate.setText(format_number(service.tax_rate))
            self.active.setChecked(service.active)
        else:
            self.duration.setValue(50)
            self.price.setPlaceholderText(format_number(Decimal(0), catalog.currency_digits(currency)))
            self.tax_rate.setText("0")

        self.fields = {
            "name": FieldWithMessage(self.name),
            "duration_minutes": FieldWithMessage(self.duration),
            "price": FieldWithMessage(self._with_unit(self.price, currency_symbol(currency))),
            "tax_rate": FieldWithMessage(self._with_unit(self.tax_rate, "%")),
        }
        # The message and the red border belong to the input, not to the input + unit row.
        self.fields["price"].editor = self.price
        self.fields["tax_rate"].editor = self.tax_rate
        labels = {"name": self.tr("&Name"), "duration_minutes": self.tr("&Duration"),
                  "price": self.tr("&Price"), "tax_rate": self.tr("&Tax rate")}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            label = QLabel(labels[key])
            label.setContentsMargins(0, 6, 0, 0)  # level with the text in the field
            label.setBuddy(field.editor)
            form.addRow(label, field)
        self.price_hint = QLabel(self.tr("In %1, the practice currency. The duration and price "
                                         "are suggestions: each appointment can differ.")
                                 .replace("%1", currency))
        self.price_hint.setObjectName("hint")
        self.price_hint.setWordWrap(True)
        form.addRow("", self.price_hint)
        form.addRow("", self.active)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Create") if creating else self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does Qt keep it as the default for Enter
        # (set earlier, the default is lost after another button had the focus).
        self.save_button.setDefault(True)

        self.name.textChanged.connect(lambda _t: self.fields["name"].set_error(""))
        self.price.editingFinished.connect(lambda: self._check("price"))
        self.tax_rate.editingFinished.connect(lambda: self._check("tax_rate"))

    @staticmethod
    def _with_unit(edit: QLineEdit, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(edit)
        label = QLabel(unit)
        label.setObjectName("unit")
        row.addWidget(label)
        row.addStretch(1)
        box.setFocusProxy(edit)
        return box

    def _number(self, key: str) -> Decimal:
        edit = self.price if key == "price" else self.tax_rate
        return parse_number(edit.text(), key)

    def _check(self, key: str) -> bool:
        """Format errors at once, as the user leaves the field; ranges are the core's to judge."""
        try:
            self._number(key)
        except ValidationError as exc:
            self.fields[key].set_error(core_message(exc))
            return False
        self.fields[key].set_error("")
        return True

    def service_input(self) -> ServiceInput:
        return ServiceInput(name=self.name.text(), duration_minutes=self.duration.value(),
                            price=self._number("price"), tax_rate=self._number("tax_rate"),
                            active=self.active.isChecked())

    def save(self) -> None:
        self.error.hide()
        for field in self.fields.values():
            field.set_error("")
        # The typed numbers first, then everything the core would refuse: all shown together.
        if not all([self._check("price"), self._check("tax_rate")]):
            self._focus_first_error()
            return
        data = self.service_input()
        service_id = self._service.id if self._service else None
        try:
            problems = catalog.check_service(self._ws, data, service_id)
            if problems:
                self._show(problems)
                return
            if service_id is None:
                service_id = catalog.create_service(self._ws, data)
            else:
                catalog.update_service(self._ws, service_id, data)
        except ConsultaError as exc:
            self._show([exc])
            return
        self.saved.emit(service_id)
        self.accept()

    def _show(self, problems: list[ConsultaError]) -> None:
        for exc in problems:
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(core_message(exc))
            else:
                self.error.setText(core_message(exc))
                self.error.show()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for field in self.fields.values():
            if field.message.text():
                field.editor.setFocus()
                if isinstance(field.editor, QLineEdit):
                    field.editor.selectAll()
                return
