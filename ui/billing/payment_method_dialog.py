"""`+ New payment method` for a client: a card (brand, last 4 digits, expiry, holder) or a bank
account label. It says plainly that Consulta does no card processing, and refuses a full card
number or a security code wherever one is typed, with the core's message on that field, as
soon as it is typed and again on saving: nothing of it is stored."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, ValidationError
from app.services import card_safety, payments
from app.workspace import Workspace
from ui.billing.dialog_fit import fit_height_soon
from ui.i18n import core_message
from ui.navigation import BILLING, Navigator
from ui.person_form import FieldWithMessage

BRANDS = ("Visa", "Mastercard", "American Express", "Maestro", "Discover", "JCB")
# The core's field names → this form's fields.
STYLE = """
#noCardProcessing { background: #eef6f5; border: 1px solid #cfe5e1; border-radius: 6px;
    padding: 8px 10px; color: #1f5f57; }
"""
FIELD_OF = {"exp_month": "expiry", "exp_year": "expiry", "kind": "card_brand"}


def split_expiry(text: str) -> tuple[str, str]:
    """"08/27", "8/2027", "08-27", "08 27" or "0827" → ("08", "27"); anything else is handed to
    the core as it is, which says how to write it."""
    text = text.strip()
    parts = [p for p in re.split(r"[/\-.\s]+", text) if p]
    if len(parts) == 2:
        return parts[0], parts[1]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (4, 6):
        return parts[0][:2], parts[0][2:]
    return (text, "?") if text else ("", "")


class PaymentMethodDialog(QDialog):
    """Opened with open(); `saved(method_id)` once stored."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentMethodDialog")
        self.setWindowTitle(self.tr("New payment method"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(520)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        self.notice = QLabel(self.tr(
            "Consulta does no card processing: it works offline and never charges a card. It "
            "keeps only what helps you recognise one — the brand, the last 4 digits and the "
            "expiry date — never the full card number or the security code."),
            objectName="noCardProcessing")
        self.notice.setWordWrap(True)
        self.card_kind = QRadioButton(self.tr("&Card"), objectName="kind_card")
        self.bank_kind = QRadioButton(self.tr("&Bank account"), objectName="kind_bank")
        self.card_kind.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.card_kind)
        kinds.addButton(self.bank_kind)
        kind_row = QWidget()
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.card_kind)
        row.addWidget(self.bank_kind)
        row.addStretch(1)

        self.card_brand = QComboBox(objectName="card_brand", editable=True)
        self.card_brand.addItems(BRANDS)
        self.card_brand.setCurrentIndex(-1)
        self.card_brand.lineEdit().setPlaceholderText(self.tr("e.g. Visa"))
        self.last4 = QLineEdit(objectName="last4")
        self.last4.setMaxLength(40)  # room for a pasted full number, so it can be refused
        self.last4.setPlaceholderText("1234")
        self.last4.setMaximumWidth(160)
        self.expiry = QLineEdit(objectName="expiry")
        self.expiry.setMaxLength(40)
        self.expiry.setPlaceholderText(self.tr("MM/YY"))
        self.expiry.setMaximumWidth(160)
        self.holder_name = QLineEdit(objectName="holder_name")
        self.holder_name.setMaxLength(200)
        self.bank_label = QLineEdit(objectName="bank_label")
        self.bank_label.setMaxLength(200)
        self.bank_label.setPlaceholderText(self.tr("e.g. Joint account, Caixa"))
        self.make_default = QCheckBox(self.tr("Use as this client's default"),
                                      objectName="make_default")

        self.fields = {"card_brand": FieldWithMessage(self.card_brand),
                       "last4": FieldWithMessage(self.last4),
                       "expiry": FieldWithMessage(self.expiry),
                       "holder_name": FieldWithMessage(self.holder_name),
                       "bank_label": FieldWithMessage(self.bank_label)}
        labels = {"card_brand": self.tr("B&rand"), "last4": self.tr("&Last 4 digits"),
                  "expiry": self.tr("&Expiry"), "holder_name": self.tr("&Holder name"),
                  "bank_label": self.tr("Account &label")}
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Type"), kind_row)
        for key, field in self.fields.items():
            label = QLabel(labels[key])
            label.setContentsMargins(0, 6, 0, 0)
            label.setBuddy(field.editor)
            self.form.addRow(label, field)
        self.form.addRow("", self.make_default)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)

        self.card_kind.toggled.connect(self._kind_changed)
        for key, editor in self._texts().items():
            edit = editor.lineEdit() if isinstance(editor, QComboBox) else editor
            edit.textEdited.connect(lambda text, k=key: self._check_typed(k, text))
        self._kind_changed()

    def _grow(self) -> None:
        """Make room for a message that just appeared (a wrapped label does not grow a dialog
        that is already shown)."""
        fit_height_soon(self)

    def _texts(self) -> dict[str, QWidget]:
        return {"card_brand": self.card_brand, "last4": self.last4, "expiry": self.expiry,
                "holder_name": self.holder_name, "bank_label": self.bank_label}

    def _text(self, key: str) -> str:
        editor = self._texts()[key]
        return editor.currentText() if isinstance(editor, QComboBox) else editor.text()

    def _kind_changed(self) -> None:
        card = self.card_kind.isChecked()
        for key in ("card_brand", "last4", "expiry", "holder_name"):
            self.form.setRowVisible(self.fields[key], card)
        self.form.setRowVisible(self.fields["bank_label"], not card)
        self.adjustSize()

    def _check_typed(self, key: str, text: str) -> None:
        """Refuse a card number or security code the moment it is typed or pasted."""
        try:
            card_safety.refuse_card_data([(key, text)])
        except ValidationError as exc:
            self.fields[key].set_error(core_message(exc))
            self._grow()
            return
        self.fields[key].set_error("")

    def save(self) -> None:
        self.error.hide()
        for field in self.fields.values():
            field.set_error("")
        card = self.card_kind.isChecked()
        month, year = split_expiry(self.expiry.text()) if card else ("", "")
        try:
            # Every field as typed (the expiry too, before it is split), with this form's names.
            shown = ("card_brand", "last4", "expiry", "holder_name") if card else ("bank_label",)
            card_safety.refuse_card_data((k, self._text(k)) for k in shown)
            method = payments.add_payment_method(
                self._ws, self.client_id, kind=payments.CARD if card else payments.BANK_ACCOUNT,
                card_brand=self._text("card_brand") if card else "",
                last4=self.last4.text() if card else "",
                exp_month=month or None, exp_year=year or None,
                holder_name=self.holder_name.text() if card else "",
                bank_label=self.bank_label.text() if not card else "",
                make_default=self.make_default.isChecked())
        except ConsultaError as exc:
            key = FIELD_OF.get(exc.field or "", exc.field or "")
            field = self.fields.get(key)
            if field is not None:
                field.set_error(core_message(exc))
                field.editor.setFocus()
            else:
                self.error.setText(core_message(exc))
                self.error.show()
            self._grow()
            return
        self._nav.changed(BILLING)
        self.saved.emit(method.id)
        self.accept()
