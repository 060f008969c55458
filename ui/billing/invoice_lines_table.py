"""The invoice editor's lines: a small spreadsheet (service, description, date, quantity, unit
price, tax %, line discount %, amount) edited in place, and read back as exact core inputs.

Numbers are kept as the user typed them and parsed only when read, with the interface
locale's conventions ("33,33" in French); a cell that does not parse is tinted and carries its
message, so the editor can refuse to save and say which cell is wrong. Read-only for issued
invoices and credit notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.invoice_records import (
    MAX_QUANTITY,
    MAX_UNIT_MINOR,
    InvoiceLineInput,
    check_percent,
)
from app.services.invoice_totals import Totals, plain_rate
from app.services.service_catalog import ServiceView, currency_digits
from ui.appointments.time_text import qdate
from ui.i18n import core_message
from ui.money_text import format_minor, format_number, minor_to_decimal, parse_money, parse_number

SERVICE, DESCRIPTION, DATE, QUANTITY, UNIT_PRICE, TAX, DISCOUNT, AMOUNT = range(8)
NUMERIC = (QUANTITY, UNIT_PRICE, TAX, DISCOUNT, AMOUNT)
DataRole = Qt.ItemDataRole.UserRole  # SERVICE: service id; DESCRIPTION: appointment id; DATE: date
INVALID, INVALID_TEXT = QBrush(QColor("#fbe3e7")), QBrush(QColor("#9b2c3d"))
ROW_HEIGHT = 34


@dataclass(frozen=True)
class LineProblem:
    row: int
    column: int
    message: str


def date_format() -> str:
    """The locale's short date with a four-digit year (12/03/2026, not 12/03/26)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _plain(value: Decimal) -> str:
    return format_number(plain_rate(value))


class _LineDelegate(QStyledItemDelegate):
    """Editors per column: a service list, a date picker, the practice's tax rates (or any rate
    typed), and right-aligned text for the numbers."""

    def __init__(self, table: InvoiceLinesTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column = index.column()
        if column == SERVICE:
            combo = QComboBox(parent, objectName="service_editor")
            # The class, not self.table.tr(): lupdate would take "self.table" as the context.
            combo.addItem(InvoiceLinesTable.tr("No service"), None)
            for svc in self.table.services_for(index.data(DataRole)):
                combo.addItem(svc.name, svc.id)
            return combo
        if column == DATE:
            edit = QDateEdit(parent, objectName="date_editor", calendarPopup=True)
            edit.setDisplayFormat(date_format())
            return edit
        if column == TAX:
            combo = QComboBox(parent, objectName="tax_editor", editable=True)
            combo.addItems([_plain(rate) for rate in self.table.tax_rates])
            combo.lineEdit().setAlignment(Qt.AlignmentFlag.AlignRight)
            return combo
        edit = QLineEdit(parent, objectName="cell_editor")
        if column in NUMERIC:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def setEditorData(self, editor: QWidget,  # noqa: N802
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDateEdit):
            day = index.data(DataRole)
            editor.setDate(qdate(day) if isinstance(day, dt.date) else QDate.currentDate())
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            editor.setCurrentIndex(max(editor.findData(index.data(DataRole)), 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(index.data() or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDateEdit):
            day = editor.date().toPython()
            model.setData(index, QLocale().toString(editor.date(), date_format()))
            model.setData(index, day, DataRole)
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            service_id = editor.currentData()
            if service_id != index.data(DataRole):
                self.table.choose_service(index.row(), service_id)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
        else:
            super().setModelData(editor, model, index)


class InvoiceLinesTable(QTableWidget):
    """`edited` after every change the user makes (not after set_lines)."""

    edited = Signal()

    def __init__(self, currency: str, services: Sequence[ServiceView], tax_rates: Sequence[Decimal],
                 parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("invoice_lines")
        self.currency = currency
        self.services = list(services)  # every service: a line may name an inactive one
        self.tax_rates = list(tax_rates)
        self._loading = False
        self.setHorizontalHeaderLabels([
            self.tr("Service"), self.tr("Description"), self.tr("Date"), self.tr("Qty"),
            self.tr("Unit price"), self.tr("Tax %"), self.tr("Disc. %"), self.tr("Amount")])
        self.horizontalHeaderItem(DISCOUNT).setToolTip(self.tr("Discount on this line, in percent"))
        for column in NUMERIC:
            self.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # At least as wide as the (bold) header: "Prix unitaire" or "Remise %" are longer than
        # the English words.
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        for column, width in ((SERVICE, 170), (DATE, 112), (QUANTITY, 56), (UNIT_PRICE, 96),
                              (TAX, 72), (DISCOUNT, 72), (AMOUNT, 104)):
            title = self.horizontalHeaderItem(column).text()
            self.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 18))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setItemDelegate(_LineDelegate(self))
        self.set_read_only(False)
        self.itemChanged.connect(self._item_changed)

    # --- content ---------------------------------------------------------------------------

    def services_for(self, current_id: int | None) -> list[ServiceView]:
        """The services a line may pick: the active ones, and the line's own even if inactive."""
        return [s for s in self.services if s.active or s.id == current_id]

    def _service(self, service_id: int | None) -> ServiceView | None:
        return next((s for s in self.services if s.id == service_id), None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        trigger = QAbstractItemView.EditTrigger
        # Spreadsheet-like: moving to a cell (click, Tab, arrows) or typing starts editing it.
        self.setEditTriggers(
            trigger.NoEditTriggers if read_only else
            trigger.DoubleClicked | trigger.SelectedClicked | trigger.EditKeyPressed
            | trigger.AnyKeyPressed | trigger.CurrentChanged)
        self.setColumnHidden(SERVICE, read_only)  # the description says it; the PDF has no column
        # Nothing to act on in a frozen invoice: no current cell, no focus frame.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection if read_only
                              else QAbstractItemView.SelectionMode.SingleSelection)

    def set_lines(self, lines: Sequence[InvoiceLineInput]) -> None:
        self._loading = True
        try:
            self.setRowCount(0)
            for line in lines:
                self._append(line)
        finally:
            self._loading = False
        if self.read_only:
            # An issued invoice without line discounts does not need the column.
            self.setColumnHidden(DISCOUNT, all(not ln.discount_percent for ln in lines))
        else:
            self.setColumnHidden(DISCOUNT, False)

    def add_line(self, line: InvoiceLineInput | None = None) -> int:
        """A new line at the end (today's date, quantity 1, the lowest tax rate); its row."""
        line = line or InvoiceLineInput(
            description="", line_date=dt.date.today(),
            tax_rate=self.tax_rates[0] if self.tax_rates else Decimal(0))
        self._loading = True
        try:
            row = self._append(line, blank_price=not line.unit_price_minor)
        finally:
            self._loading = False
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.removeRow(row)
            self.edited.emit()

    def _append(self, line: InvoiceLineInput, blank_price: bool = False) -> int:
        row = self.rowCount()
        self.insertRow(row)
        svc = self._service(line.service_id)
        digits = currency_digits(self.currency)
        values = {
            SERVICE: svc.name if svc else "",
            DESCRIPTION: line.description,
            DATE: (QLocale().toString(qdate(line.line_date), date_format())
                   if line.line_date else ""),
            QUANTITY: _plain(line.quantity),
            UNIT_PRICE: "" if blank_price else format_number(
                minor_to_decimal(line.unit_price_minor, self.currency), digits),
            TAX: _plain(line.tax_rate),
            DISCOUNT: _plain(line.discount_percent) if line.discount_percent else "",
            AMOUNT: "",
        }
        for column, text in values.items():
            item = QTableWidgetItem(text)
            if column in NUMERIC:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == AMOUNT:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, column, item)
        self.item(row, SERVICE).setData(DataRole, line.service_id)
        self.item(row, DESCRIPTION).setData(DataRole, line.appointment_id)
        self.item(row, DATE).setData(DataRole, line.line_date)
        return row

    def choose_service(self, row: int, service_id: int | None) -> None:
        """The user picked a service on a line: it fills the description (unless the user wrote
        their own), the unit price and the tax rate."""
        old = self._service(self.item(row, SERVICE).data(DataRole))
        svc = self._service(service_id)
        self._loading = True
        try:
            self.item(row, SERVICE).setData(DataRole, service_id)
            self.item(row, SERVICE).setText(svc.name if svc else "")
            if svc is not None:
                description = self.item(row, DESCRIPTION)
                if not description.text().strip() or (old and description.text() == old.name):
                    description.setText(svc.name)
                self.item(row, UNIT_PRICE).setText(
                    format_number(svc.price, currency_digits(self.currency)))
                self.item(row, TAX).setText(_plain(svc.tax_rate))
        finally:
            self._loading = False
        self.edited.emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading and not self.read_only:
            self.edited.emit()

    # --- reading back ------------------------------------------------------------------------

    def is_blank(self, row: int) -> bool:
        """A line the user never filled in (no service, description or price): not saved."""
        return (self.item(row, SERVICE).data(DataRole) is None
                and not self.item(row, DESCRIPTION).text().strip()
                and not self.item(row, UNIT_PRICE).text().strip())

    def read(self) -> tuple[list[tuple[int, InvoiceLineInput]], list[LineProblem]]:
        """(row, core input) for every row whose cells parse, in row order, and what is wrong
        with the others' cells."""
        lines: list[tuple[int, InvoiceLineInput]] = []
        problems: list[LineProblem] = []
        for row in range(self.rowCount()):
            before = len(problems)
            values = {}
            for column, parse in ((QUANTITY, self._quantity), (UNIT_PRICE, self._unit_price),
                                  (TAX, self._percent), (DISCOUNT, self._percent)):
                try:
                    values[column] = parse(self.item(row, column).text(), column)
                except ValidationError as exc:
                    problems.append(LineProblem(row, column, core_message(exc)))
            if len(problems) > before:
                continue
            lines.append((row, InvoiceLineInput(
                description=self.item(row, DESCRIPTION).text().strip(),
                quantity=values[QUANTITY], unit_price_minor=values[UNIT_PRICE],
                tax_rate=values[TAX], discount_percent=values[DISCOUNT],
                line_date=self.item(row, DATE).data(DataRole),
                service_id=self.item(row, SERVICE).data(DataRole),
                appointment_id=self.item(row, DESCRIPTION).data(DataRole))))
        return lines, problems

    @staticmethod
    def _quantity(text: str, _column: int) -> Decimal:
        qty = parse_number(text, "quantity")
        too_fine = qty.as_tuple().exponent < -4  # type: ignore[operator]
        if not Decimal(0) < qty <= MAX_QUANTITY or too_fine:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "The quantity must be more than 0 (up to 4 decimals)."), field="quantity")
        return qty

    def _unit_price(self, text: str, _column: int) -> int:
        minor = parse_money(text, self.currency, "unit_price")
        if abs(minor) > MAX_UNIT_MINOR:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The unit price is too large."),
                                  field="unit_price")
        return minor

    @staticmethod
    def _percent(text: str, column: int) -> Decimal:
        return check_percent(parse_number(text, "percent"),
                             "tax_rate" if column == TAX else "discount")

    # --- showing results ---------------------------------------------------------------------

    def show_problems(self, problems: Sequence[LineProblem]) -> None:
        """Tint the cells that are wrong, with the reason on hover; clear the others."""
        wrong = {(p.row, p.column): p.message for p in problems}
        self._loading = True
        try:
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    message = wrong.get((row, column))
                    item.setBackground(INVALID if message else QBrush())
                    item.setForeground(INVALID_TEXT if message else QBrush())
                    item.setToolTip(message or "")
        finally:
            self._loading = False

    def show_amounts(self, amounts: Sequence[int | None]) -> None:
        """The amount of each row (after its discount, before tax); None shows a dash."""
        self._loading = True
        try:
            for row in range(self.rowCount()):
                minor = amounts[row] if row < len(amounts) else None
                self.item(row, AMOUNT).setText(
                    "—" if minor is None else format_minor(minor, self.currency))
        finally:
            self._loading = False

    def amounts_from(self, totals: Totals | None, rows: Sequence[int]) -> list[int | None]:
        """Per-row amounts from totals computed over the rows that parsed (`rows`, in order)."""
        out: list[int | None] = [None] * self.rowCount()
        if totals is not None:
            for row, amounts in zip(rows, totals.lines, strict=True):
                out[row] = amounts.net_minor
        return out
