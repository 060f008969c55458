"""How an invoice's status reads and looks in lists: the words, the pill colours, and a short
date format for billing columns. Overdue is derived (past the due date, not fully paid)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.services.invoice_records import OVERDUE
from app.store.models import InvoiceKind, InvoiceStatus
from ui.money_text import format_minor

CREDIT_NOTE = "credit_note"  # shown in place of a credit note's status

# (background, text): calm blue while unpaid, amber when partly paid, red once overdue, green
# when paid, grey for drafts and cancelled ones, violet for a credit note.
STATUS_COLORS = {
    InvoiceStatus.DRAFT.value: ("#eceff2", "#3e4c59"),
    InvoiceStatus.ISSUED.value: ("#e8eef8", "#34568b"),
    InvoiceStatus.PARTIALLY_PAID.value: ("#fdf0d5", "#7a4b00"),
    OVERDUE: ("#fbe3e7", "#9b2c3d"),
    InvoiceStatus.PAID.value: ("#e3f2e8", "#276749"),
    InvoiceStatus.CANCELLED.value: ("#eceff2", "#616e7c"),
    CREDIT_NOTE: ("#efe9f7", "#5b3f8c"),
}


def shown_status(kind: str, effective_status: str) -> str:
    """The key of STATUS_COLORS / status_text for a row."""
    return CREDIT_NOTE if kind == InvoiceKind.CREDIT_NOTE else effective_status


def status_text(key: str) -> str:
    # Literal translate() calls: lupdate misreads an alias such as `tr = translate`.
    return {
        InvoiceStatus.DRAFT.value: QCoreApplication.translate("InvoiceStatus", "Draft"),
        InvoiceStatus.ISSUED.value: QCoreApplication.translate("InvoiceStatus", "Unpaid"),
        InvoiceStatus.PARTIALLY_PAID.value: QCoreApplication.translate("InvoiceStatus",
                                                                       "Partly paid"),
        OVERDUE: QCoreApplication.translate("InvoiceStatus", "Overdue"),
        InvoiceStatus.PAID.value: QCoreApplication.translate("InvoiceStatus", "Paid"),
        InvoiceStatus.CANCELLED.value: QCoreApplication.translate("InvoiceStatus", "Cancelled"),
        CREDIT_NOTE: QCoreApplication.translate("InvoiceStatus", "Credit note"),
    }.get(key, key)


def money(minor: int, currency: str) -> str:
    """format_minor, remembered: a list of hundreds of invoices repeats the same few amounts,
    and each babel call costs a tenth of a millisecond."""
    return _money(minor, currency, QLocale().name())


@lru_cache(maxsize=4096)
def _money(minor: int, currency: str, _locale: str) -> str:
    return format_minor(minor, currency)


def short_date_format() -> str:
    """The locale's long date format with the month abbreviated and no weekday (also for a
    QDateEdit's display format)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"d{4}[,.\s]*", "", fmt).replace("MMMM", "MMM").strip(" ,")


def short_date(day: dt.date | None) -> str:
    """"Dec 9, 2026", "9 déc. 2026", "9 de dez. de 2026": unambiguous, and short enough for a
    column."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), short_date_format())
