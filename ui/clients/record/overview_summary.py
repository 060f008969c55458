"""The strip at the top of a client's Overview: next appointment, last seen, sessions this year
and (when billing is there) the outstanding balance — each a small caption, a value and a hint."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.appointments import AppointmentView, ClientOverview
from app.services.billing_lists import BillingSummary
from ui.appointments.time_text import time_range_text
from ui.clients.record.appointment_list import day_text


class OverviewSummary(QObject):
    """Only the translation context of relative_day_text(): pyside6-lupdate takes a class's
    tr(text, "", n) as a plural, but QCoreApplication.translate(…, n) only when n is a literal
    number (then English would show "(s)" and the plural forms would be lost)."""


def relative_day_text(day: dt.date, today: dt.date) -> str:
    """'today', 'in 3 days', '2 weeks ago'… counted in calendar days of the practice zone."""
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("OverviewSummary", "today")
    if days == 1:
        return QCoreApplication.translate("OverviewSummary", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("OverviewSummary", "yesterday")
    span = abs(days)
    # The counts are worked out first: lupdate reads "//" inside a call as a C++ comment, and
    # drops a call whose count is an expression.
    weeks, months, years = span // 7, round(span / 30.44), span // 365
    if span < 14:
        amount = OverviewSummary.tr("%n day(s)", "", span)
    elif span < 63:
        amount = OverviewSummary.tr("%n week(s)", "", weeks)
    elif span < 730:
        amount = OverviewSummary.tr("%n month(s)", "", months)
    else:
        amount = OverviewSummary.tr("%n year(s)", "", years)
    text = QCoreApplication.translate("OverviewSummary", "in %1") if days > 0 else QCoreApplication.translate("OverviewSummary", "%1 ago")
    return text.replace("%1", amount)


def money_text(minor: int, currency: str) -> str:
    """An amount in the practice currency, written the interface locale's way (€65.00,
    65,00 €). The float exists only for display; every amount in it is exact to the cent."""
    from babel.numbers import get_currency_precision, get_currency_symbol

    try:
        digits = get_currency_precision(currency)
        symbol = get_currency_symbol(currency, locale=QLocale().name())
    except Exception:  # noqa: BLE001 - a code babel does not know: show the code itself
        digits, symbol = 2, currency
    amount = Decimal(minor).scaleb(-digits)
    return QLocale().toCurrencyString(float(amount), symbol, digits)


class _Stat(QWidget):
    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        self.value = QLabel()
        self.value.setObjectName("statValue")
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class SummaryStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewSummary")
        self.next = _Stat(self.tr("Next appointment"), "summary_next")
        self.last_seen = _Stat(self.tr("Last seen"), "summary_last_seen")
        self.sessions = _Stat(self.tr("Sessions this year"), "summary_sessions")
        self.balance = _Stat(self.tr("Outstanding"), "summary_balance")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(24)
        layout.addWidget(self.next, 3)
        layout.addWidget(self.last_seen, 2)
        layout.addWidget(self.sessions, 2)
        layout.addWidget(self.balance, 2)

    def show_overview(self, overview: ClientOverview, zone: ZoneInfo, now: dt.datetime) -> None:
        today = now.astimezone(zone).date()
        nxt: AppointmentView | None = overview.next_appointment
        if nxt is None:
            self.next.show_values(self.tr("None booked"))
        else:
            detail = [time_range_text(nxt.starts_at, nxt.ends_at, zone)]
            if nxt.service_name:
                detail.append(nxt.service_name)
            detail.append(relative_day_text(nxt.starts_at.astimezone(zone).date(), today))
            self.next.show_values(day_text(nxt.starts_at, zone), " · ".join(detail))
        if overview.last_seen is None:
            self.last_seen.show_values(self.tr("Not yet"))
        else:
            self.last_seen.show_values(
                day_text(overview.last_seen, zone),
                relative_day_text(overview.last_seen.astimezone(zone).date(), today))
        self.sessions.show_values(QLocale().toString(overview.sessions_this_year),
                                  self.tr("completed in %1").replace("%1", str(today.year)))

    def show_balance(self, billing: BillingSummary) -> None:
        parts = []
        if billing.overdue_minor:
            parts.append(self.tr("%1 overdue").replace(
                "%1", money_text(billing.overdue_minor, billing.currency)))
        elif not billing.outstanding_minor and billing.invoice_count:
            parts.append(self.tr("All invoices paid"))
        if billing.credit_minor:
            parts.append(self.tr("%1 in credit").replace(
                "%1", money_text(billing.credit_minor, billing.currency)))
        self.balance.show_values(money_text(billing.outstanding_minor, billing.currency),
                                 " · ".join(parts))
