"""Settings → Billing: what invoices, credit notes and receipts print (letterhead, logo, payment
instructions, footer), the currency, payment terms, tax rates and the number formats with a
preview of the next numbers.

Like Settings → General, each field is saved as soon as it is committed (Enter, leaving the
field, choosing from a list); a refusal from the core is shown under that field and nothing is
saved. Issued invoices keep what they were issued with.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, ValidationError
from app.services import billing_settings, numbering, practice
from app.workspace import Workspace
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.money_text import parse_number
from ui.navigation import PRACTICE, Navigator
from ui.settings.billing_fields import (
    CommitTextEdit,
    Field,
    LogoPicker,
    TaxRatesEditor,
    currency_items,
)

LOGO_FOLDER_KEY = "billing/logo_folder"  # a folder path only
MAX_TERMS_DAYS = 365
# field → the sequence whose next number it previews
FORMATS = {"invoice_number_format": numbering.INVOICE,
           "credit_note_number_format": numbering.CREDIT_NOTE,
           "receipt_number_format": numbering.RECEIPT}
LINE_FIELDS = ("practitioner_name", "tax_number", "email", "phone", *FORMATS)
TEXT_FIELDS = ("address", "payment_instructions", "invoice_footer")
# The app's style sheet dresses line edits and combos; these editors get the same look here
# (spin boxes keep the native look General's has).
STYLE = """
QPlainTextEdit, QListWidget { background: #ffffff; border: 1px solid #cbd2d9;
                              border-radius: 6px; padding: 4px 6px; }
QListWidget { padding: 2px; }
QPlainTextEdit:focus, QListWidget:focus { border-color: #3f9b8f; }
QPlainTextEdit[invalid="true"] { border-color: #c2506a; background: #fff8f9; }
QListWidget { outline: 0; }
QListWidget::item { padding: 3px 6px; }
QListWidget::item:selected { background: #d6efeb; color: #1f2933; }
#logoPreview { background: #ffffff; border: 1px dashed #cbd2d9; border-radius: 6px;
               color: #7b8794; }
#practice_name_shown { font-weight: 600; }
"""


class BillingSettingsPage(QWidget):
    """The "Billing" box, as wide as General and Services at most.

    The box sits in a row with a stretch rather than being capped directly: the settings
    column would otherwise size a capped box for the column's width, where wrapped notes take
    fewer lines, and squeeze its fields."""

    general_requested = Signal()  # "change the practice name" lives in General

    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BillingSettingsPage")
        self.setStyleSheet(STYLE)
        self.box = QGroupBox(self.tr("Billing"))
        self.box.setMaximumWidth(720)  # level with General and Services
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row_layout = QHBoxLayout(self)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(0)
        row_layout.addWidget(self.box, 1)
        row_layout.addStretch(0)
        self._ws = workspace
        self._nav = navigator
        self.file_dialog: QFileDialog | None = None
        current = practice.get_practice(workspace)
        self._saved: dict[str, str] = {k: getattr(current, k) for k in LINE_FIELDS + TEXT_FIELDS
                                       if k != "receipt_number_format"}
        self._saved["receipt_number_format"] = billing_settings.get_receipt_number_format(workspace)
        self._saved_currency = current.currency
        self._labels = {
            "practitioner_name": self.tr("Your name"), "address": self.tr("Address"),
            "tax_number": self.tr("Tax / registration no."), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "logo": self.tr("Logo"), "currency": self.tr("Currency"),
            "payment_terms_days": self.tr("Payment terms"), "tax_rates": self.tr("Tax rates"),
            "invoice_number_format": self.tr("Invoice numbers"),
            "credit_note_number_format": self.tr("Credit-note numbers"),
            "receipt_number_format": self.tr("Receipt numbers"),
            "payment_instructions": self.tr("Payment instructions"),
            "invoice_footer": self.tr("Footer"),
        }

        intro = QLabel(self.tr("What your invoices, credit notes and receipts show. Changes are "
                               "saved as you make them; invoices already issued keep what they "
                               "were issued with."), objectName="hint")
        intro.setWordWrap(True)

        self.practice_name = QLabel(current.name, objectName="practice_name_shown")
        self.practice_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change_name = QPushButton(self.tr("Change in General"), objectName="change_name")
        change_name.setFlat(True)
        change_name.setCursor(Qt.CursorShape.PointingHandCursor)
        change_name.clicked.connect(self.general_requested)
        name_row = QHBoxLayout()
        name_row.addWidget(self.practice_name)
        name_row.addSpacing(8)
        name_row.addWidget(change_name)
        name_row.addStretch(1)

        self.fields: dict[str, Field] = {}
        self.edits: dict[str, QLineEdit | CommitTextEdit] = {}
        for key in LINE_FIELDS:
            edit = QLineEdit(self._saved[key], objectName=key)
            edit.setMaxLength(200 if key not in FORMATS else numbering.MAX_LENGTH + 20)
            edit.editingFinished.connect(lambda key=key: self._commit_text(key))
            self.edits[key] = edit
            self.fields[key] = Field(edit)
        for key in TEXT_FIELDS:
            edit = CommitTextEdit(4 if key == "address" else 3)
            edit.setObjectName(key)
            edit.setPlainText(self._saved[key])
            edit.editingFinished.connect(lambda key=key: self._commit_text(key))
            self.edits[key] = edit
            self.fields[key] = Field(edit)
        self.edits["email"].setPlaceholderText(self.tr("Printed beside your address"))
        self.edits["address"].setPlaceholderText(self.tr("Street, postal code and city, country"))
        self.edits["payment_instructions"].setPlaceholderText(
            self.tr("e.g. Bank transfer to IBAN PT50 0000 0000 0000 0000 0000 0"))
        self.edits["invoice_footer"].setPlaceholderText(
            self.tr("e.g. VAT exempt under article 9 of the VAT Code"))
        for key in FORMATS:
            self.edits[key].textChanged.connect(lambda _t, key=key: self._format_typed(key))

        self.logo = LogoPicker()
        self.fields["logo"] = Field(self.logo, input_widget=self.logo.preview)
        self.fields["logo"].set_note(self.tr("Printed at the top of invoices and receipts. A PNG "
                                             "image of up to 2 MB."))
        self.logo.show_logo(billing_settings.get_logo(workspace))
        self.logo.choose_requested.connect(lambda: self.choose_logo())
        self.logo.remove_requested.connect(self.remove_logo)

        self.currency = QComboBox(objectName="currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setMaxVisibleItems(15)
        for text, code in currency_items(current.currency):
            self.currency.addItem(text, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(current.currency)))
        completer = QCompleter(self.currency.model(), self.currency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "franc" finds CHF
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.currency.setCompleter(completer)
        self.currency.activated.connect(lambda _i: self._commit_currency())
        self.currency.lineEdit().editingFinished.connect(self._commit_currency)
        self.fields["currency"] = Field(self.currency)
        self.fields["currency"].set_note(self.tr("New invoices, and drafts when they are issued, "
                                                 "use this currency; issued ones keep theirs."))

        self.terms = QSpinBox(objectName="payment_terms_days")
        self.terms.setRange(0, MAX_TERMS_DAYS)
        self.terms.setSpecialValueText(self.tr("Due on the issue date"))
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(current.payment_terms_days)
        self.terms.setMinimumWidth(180)
        self._saved_terms = current.payment_terms_days
        # Typing 3-0 passes through 3: save once the typing stops.
        self._terms_debounce = QTimer(self, singleShot=True, interval=600)
        self._terms_debounce.timeout.connect(self._commit_terms)
        self.terms.valueChanged.connect(self._terms_debounce.start)
        self.terms.editingFinished.connect(self._commit_terms)
        terms_row = QWidget()
        terms_layout = QHBoxLayout(terms_row)
        terms_layout.setContentsMargins(0, 0, 0, 0)
        terms_layout.addWidget(self.terms)
        terms_layout.addWidget(QLabel(self.tr("after the issue date"), objectName="hint"))
        terms_layout.addStretch(1)
        self.fields["payment_terms_days"] = Field(terms_row, input_widget=self.terms)

        self.tax_rates = TaxRatesEditor()
        self.tax_rates.set_rates(billing_settings.get_tax_rates(workspace))
        self.tax_rates.add_requested.connect(self.add_tax_rate)
        self.tax_rates.remove_requested.connect(self.remove_tax_rate)
        self.fields["tax_rates"] = Field(self.tax_rates, input_widget=self.tax_rates.rate)
        self.fields["tax_rates"].set_note(self.tr("Offered on invoice lines. Each service has "
                                                  "its own rate too (Services above)."))

        formats_hint = QLabel(self.tr(
            "{year} is the year of the issue date and {seq} the running count; {seq:04} writes "
            "it with four digits (0007). Numbers run on across years and are never reused."),
            objectName="hint")
        formats_hint.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)

        def section(title: str) -> None:
            label = QLabel(title, objectName="sectionTitle")
            label.setContentsMargins(0, 10, 0, 0)
            form.addRow(label)

        def row(key: str) -> None:
            label = QLabel(self._labels[key])
            label.setBuddy(self.fields[key].input)
            label.setContentsMargins(0, 6, 0, 0)  # level with the editor's text, not its top
            form.addRow(label, self.fields[key])

        section(self.tr("Letterhead"))
        name_label = QLabel(self.tr("Practice name"))
        form.addRow(name_label, name_row)
        for key in ("practitioner_name", "address", "tax_number", "email", "phone", "logo"):
            row(key)
        section(self.tr("Money"))
        for key in ("currency", "payment_terms_days", "tax_rates"):
            row(key)
        section(self.tr("Numbering"))
        form.addRow(formats_hint)
        for key in FORMATS:
            row(key)
        section(self.tr("Printed below the invoice"))
        for key in ("payment_instructions", "invoice_footer"):
            row(key)

        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(16, 20, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)

        for key in FORMATS:
            self._format_typed(key)
        navigator.data_changed.connect(self._data_changed)

    # --- texts ---------------------------------------------------------------------------------

    def _text(self, key: str) -> str:
        edit = self.edits[key]
        if isinstance(edit, QLineEdit):
            return edit.text().strip()
        return edit.toPlainText().strip()

    def _commit_text(self, key: str) -> None:
        value = self._text(key)
        if value == self._saved[key]:
            return
        if key in FORMATS and not self._format_typed(key):
            return  # the message is already under the field; nothing is saved
        try:
            if key == "receipt_number_format":
                value = billing_settings.set_receipt_number_format(self._ws, value)
            else:
                value = getattr(practice.update_practice(self._ws, **{key: value}), key)
        except ConsultaError as exc:
            self.fields[key].set_error(core_message(exc))
            return
        self._saved[key] = value
        self._done(key)
        if key in FORMATS:
            self._format_typed(key, saved=True)

    def _done(self, key: str, note: str | None = None) -> None:
        field = self.fields[key]
        field.set_error("")
        if note is not None or key not in ("logo", "currency", "tax_rates"):
            field.set_note(note if note is not None else self.tr("Saved."))
        self._nav.changed(PRACTICE)

    # --- number formats ------------------------------------------------------------------------

    def _format_typed(self, key: str, saved: bool = False) -> bool:
        """Check the typed format at once and preview the next number it would give."""
        field = self.fields[key]
        try:
            fmt = numbering.validate_number_format(self.edits[key].text(), field=key)
            preview = billing_settings.preview_numbers(self._ws, formats={FORMATS[key]: fmt})
        except ValidationError as exc:
            field.set_error(core_message(exc))
            return False
        field.set_error("")
        text = self.tr("Next number: %1").replace("%1", preview[FORMATS[key]])
        field.set_note(self.tr("Saved. %1").replace("%1", text) if saved else text)
        return True

    def preview(self, key: str) -> str:
        return self.fields[key].note.text()

    # --- currency and terms --------------------------------------------------------------------

    def _commit_currency(self) -> None:
        text = self.currency.currentText().strip()
        index = self.currency.findText(text)
        if index < 0:  # typed: a bare code ("chf") or a name chosen elsewhere
            index = self.currency.findData(text.upper()[:3]) if len(text) == 3 else -1
        if index < 0:
            self.fields["currency"].set_error(self.tr("Choose a currency from the list."))
            return
        code = self.currency.itemData(index)
        self.currency.setCurrentIndex(index)
        if code == self._saved_currency:
            self.fields["currency"].set_error("")
            return
        try:
            practice.update_practice(self._ws, currency=code)
        except ConsultaError as exc:
            self.fields["currency"].set_error(core_message(exc))
            return
        self._saved_currency = code
        self._done("currency", self.tr("Saved: new invoices are in %1.").replace("%1", code))

    def _commit_terms(self) -> None:
        self._terms_debounce.stop()
        days = self.terms.value()
        if days == self._saved_terms:
            return
        try:
            practice.update_practice(self._ws, payment_terms_days=days)
        except ConsultaError as exc:
            self.fields["payment_terms_days"].set_error(core_message(exc))
            return
        self._saved_terms = days
        self._done("payment_terms_days",
                   self.tr("Saved: new invoices are due %n day(s) after they are issued.", "", days)
                   if days else self.tr("Saved: new invoices are due on their issue date."))

    # --- tax rates -----------------------------------------------------------------------------

    def add_tax_rate(self, text: str) -> None:
        if not text.strip():
            return
        try:
            rate = parse_number(text, "tax_rates")
            self._save_rates([*self.tax_rates.rates(), rate])
        except ConsultaError as exc:
            self.fields["tax_rates"].set_error(core_message(exc))
            return
        self.tax_rates.rate.clear()

    def remove_tax_rate(self, rate: Decimal) -> None:
        try:
            self._save_rates([r for r in self.tax_rates.rates() if r != rate])
        except ConsultaError as exc:
            self.fields["tax_rates"].set_error(core_message(exc))

    def _save_rates(self, rates: list[Decimal]) -> None:
        self.tax_rates.set_rates(billing_settings.set_tax_rates(self._ws, rates))
        self._done("tax_rates", self.tr("Saved."))

    # --- logo ----------------------------------------------------------------------------------

    def choose_logo(self, path: Path | str | None = None) -> None:
        """Use the PNG at `path`, or one the user picks (Qt's own file dialog)."""
        if path is not None:
            self._use_logo(Path(path))
            return
        pictures = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose a logo"),
                             last_folder(LOGO_FOLDER_KEY, pictures),
                             self.tr("PNG images (*.png)"))
        dialog.setObjectName("logo_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self._use_logo(Path(chosen)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _use_logo(self, path: Path) -> None:
        field = self.fields["logo"]
        try:
            with path.open("rb") as fh:  # a little past the limit is enough to refuse it
                png = fh.read(billing_settings.MAX_LOGO_BYTES + 1)
        except OSError as exc:
            field.set_error(self.tr("The file could not be read: %1")
                            .replace("%1", exc.strerror or str(exc)))
            return
        remember_folder(LOGO_FOLDER_KEY, str(path.parent))
        previous = billing_settings.get_logo(self._ws)
        if png.startswith(billing_settings.PNG_MAGIC) and len(png) <= billing_settings.MAX_LOGO_BYTES \
                and not self.logo.show_logo(png):
            self.logo.show_logo(previous)
            field.set_error(self.tr("This PNG image could not be read. Choose another one, or "
                                    "save it again from an image editor."))
            return
        try:
            billing_settings.set_logo(self._ws, png)
        except ConsultaError as exc:
            self.logo.show_logo(previous)
            field.set_error(core_message(exc))
            return
        self._done("logo", self.tr("Saved: %1 is printed on new invoices and receipts.")
                   .replace("%1", path.name))

    def remove_logo(self) -> None:
        try:
            billing_settings.set_logo(self._ws, None)
        except ConsultaError as exc:
            self.fields["logo"].set_error(core_message(exc))
            return
        self.logo.show_logo(None)
        self._done("logo", self.tr("Logo removed: new invoices and receipts have none."))

    # --- elsewhere -----------------------------------------------------------------------------

    def _data_changed(self, kind: str) -> None:
        if kind == PRACTICE:  # the name is edited in General
            self.practice_name.setText(practice.get_practice(self._ws).name)

    def has_unsaved_changes(self) -> bool:
        return bool(self._unsaved())

    def _unsaved(self) -> list[str]:
        return [self._labels[k] for k in self.edits if self._text(k) != self._saved[k]]

    def unsaved_description(self) -> str:
        unsaved = self._unsaved()
        return (self.tr("Settings → Billing: %1").replace("%1", ", ".join(unsaved))
                if unsaved else "")
