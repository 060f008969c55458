"""The Billing area's filters: a status (All, Drafts, Open, Overdue, Paid, Cancelled, Credit
notes) as a row of buttons, and an issue-date range (`period_bar`, placed by the owner), typed
as From/To dates ("any" at either end) or picked as a period (this month, last month, this
year, all time). `changed` fires once per change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.billing_lists import OPEN
from app.services.invoice_records import OVERDUE
from app.store.models import InvoiceKind, InvoiceStatus

ANY_DATE = QDate(2000, 1, 1)  # shown as "any": no limit at that end

# status key → (status, kind) for list_invoices / practice_totals / the CSV export. A credit
# note is stored "issued", so the payment filters name the kind to leave credit notes out.
STATUS_FILTERS: dict[str, tuple[str | None, str | None]] = {
    "all": (None, None),
    "drafts": (InvoiceStatus.DRAFT.value, None),
    "open": (OPEN, InvoiceKind.INVOICE.value),
    "overdue": (OVERDUE, InvoiceKind.INVOICE.value),
    "paid": (InvoiceStatus.PAID.value, InvoiceKind.INVOICE.value),
    "cancelled": (InvoiceStatus.CANCELLED.value, None),
    "credit_notes": (None, InvoiceKind.CREDIT_NOTE.value),
}
PERIODS = ("all_time", "this_month", "last_month", "this_year", "custom")


@dataclass(frozen=True)
class BillingFilter:
    key: str = "all"  # a STATUS_FILTERS key
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def status(self) -> str | None:
        return STATUS_FILTERS[self.key][0]

    @property
    def kind(self) -> str | None:
        return STATUS_FILTERS[self.key][1]


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if period == "this_month":
        start = today.replace(day=1)
        return start, (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if period == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


class AnyDateEdit(QDateEdit):
    """A date with "any" as its lowest value; its calendar opens on today's month when "any"."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(ANY_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(ANY_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == ANY_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(ANY_DATE if day is None else QDate(day.year, day.month, day.day))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            obj.setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)


class BillingFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingFilters")
        labels = {"all": self.tr("All"), "drafts": self.tr("Drafts"), "open": self.tr("Open"),
                  "overdue": self.tr("Overdue"), "paid": self.tr("Paid"),
                  "cancelled": self.tr("Cancelled"), "credit_notes": self.tr("Credit notes")}
        tips = {"open": self.tr("Issued and not fully paid, overdue or not"),
                "overdue": self.tr("Not fully paid and past the due date"),
                "drafts": self.tr("Not issued yet: drafts have no date, so a date range "
                                  "leaves them out")}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[str, QPushButton] = {}
        statuses = QHBoxLayout()
        statuses.setSpacing(4)
        for key in STATUS_FILTERS:
            button = QPushButton(labels[key], objectName=f"status_{key}")
            button.setCheckable(True)
            button.setToolTip(tips.get(key, ""))
            # The checked button's text is bold: leave room for it ("Toutes" was cut off).
            bold = QFont(button.font())
            bold.setWeight(QFont.Weight.DemiBold)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(labels[key]) + 30)
            self.status_group.addButton(button)
            self.status_buttons[key] = button
            statuses.addWidget(button)
        self.status_buttons["all"].setChecked(True)

        self.period = QComboBox(objectName="period")
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("This month"),
                                       self.tr("Last month"), self.tr("This year"),
                                       self.tr("Chosen dates")), strict=True):
            self.period.addItem(text, key)
        self.date_from = AnyDateEdit(self.tr("any"))
        self.date_from.setObjectName("date_from")
        self.date_from.setAccessibleName(self.tr("Issued from"))
        self.date_to = AnyDateEdit(self.tr("any"))
        self.date_to.setObjectName("date_to")
        self.date_to.setAccessibleName(self.tr("Issued until"))
        from_label = QLabel(self.tr("Fro&m"))  # Alt+F is the File menu's
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.date_to)

        statuses.setContentsMargins(0, 0, 0, 0)
        statuses.addStretch(1)
        self.setLayout(statuses)
        # The period goes where its owner has room (the Billing area: beside its title).
        self.period_bar = QWidget(objectName="billingPeriod")
        period = QHBoxLayout(self.period_bar)
        period.setContentsMargins(0, 0, 0, 0)
        period.setSpacing(8)
        period.addWidget(self.period)
        period.addSpacing(4)
        period.addWidget(from_label)
        period.addWidget(self.date_from)
        period.addWidget(to_label)
        period.addWidget(self.date_to)

        self._quiet = False
        self._today: dt.date | None = None  # tests pin it; else the real today
        self.status_group.buttonToggled.connect(lambda _b, on: on and self._emit())
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.dateChanged.connect(self._dates_typed)
        self.date_to.dateChanged.connect(self._dates_typed)

    # --- reading and setting -------------------------------------------------------------------

    def value(self) -> BillingFilter:
        key = next((k for k, b in self.status_buttons.items() if b.isChecked()), "all")
        return BillingFilter(key, self.date_from.value(), self.date_to.value())

    def set_status(self, key: str) -> None:
        self.status_buttons[key].setChecked(True)

    def set_period(self, period: str, today: dt.date | None = None) -> None:
        """One of PERIODS but "custom"; `today` for tests."""
        self._today = today
        self.period.setCurrentIndex(self.period.findData(period))

    def set_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        self._quiet = True
        self.date_from.set_value(date_from)
        self.date_to.set_value(date_to)
        self._quiet = False
        self._dates_typed()

    def _period_chosen(self) -> None:
        period = self.period.currentData()
        if period == "custom" or self._quiet:
            return
        start, end = period_range(period, self._today or dt.date.today())
        self._quiet = True
        self.date_from.set_value(start)
        self.date_to.set_value(end)
        self._quiet = False
        self._emit()

    def _dates_typed(self) -> None:
        if self._quiet:
            return
        # Dates that happen to match a period show that period's name.
        today = self._today or dt.date.today()
        dates = (self.date_from.value(), self.date_to.value())
        match = next((p for p in PERIODS[:-1] if period_range(p, today) == dates), "custom")
        self._quiet = True
        self.period.setCurrentIndex(self.period.findData(match))
        self._quiet = False
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
