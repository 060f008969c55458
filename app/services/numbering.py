"""Gap-free document numbers: invoice, credit-note and receipt numbers from their format strings.

A number is taken from its `NumberSequence` counter inside the transaction that issues the
document, so a failed issue rolls the counter back with everything else, and drafts (which have
no number) never consume one. One counter per kind of document, never reset: numbers stay
unique and continuous across years even when the format shows the year.
"""

from __future__ import annotations

import datetime as dt
import re
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.models import Invoice, NumberSequence, Payment, Setting

INVOICE = "invoice"
CREDIT_NOTE = "credit_note"
RECEIPT = "receipt"

DEFAULT_INVOICE_FORMAT = "INV-{year}-{seq:04}"
DEFAULT_CREDIT_NOTE_FORMAT = "CN-{year}-{seq:04}"
DEFAULT_RECEIPT_FORMAT = "REC-{year}-{seq:04}"
RECEIPT_FORMAT_SETTING = "billing.receipt_number_format"

MAX_LENGTH = 60  # the number columns' width
_SPEC = re.compile(r"^0?[1-9]?d?$")  # "", "04", "4", "04d": a plain zero-padded integer


def validate_number_format(fmt: str, field: str = "invoice_number_format") -> str:
    """The format, stripped, if it is usable; raises ValidationError otherwise.

    Usable: text with one `{seq}` (optionally zero-padded, `{seq:04}`) and at most `{year}`;
    no other placeholder, and the number it makes fits the stored column.
    """
    fmt = (fmt or "").strip()
    names = []
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(fmt):
            if name is None:
                continue
            if name not in ("seq", "year") or conversion or not _SPEC.match(spec or ""):
                raise ValueError(name)
            names.append(name)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The number format may only use {{year}} and {{seq}} (for example "
                    "INV-{{year}}-{{seq:04}}); curly brackets must come in pairs."),
            field=field) from None
    if names.count("seq") != 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The number format needs {{seq}} exactly once: it is the running counter "
                    "that makes each number unique."), field=field)
    if len(format_number(fmt, 2099, 999_999)) > MAX_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The number format is too long: numbers may have up to {max} characters."),
            field=field, max=MAX_LENGTH)
    return fmt


def format_number(fmt: str, year: int, seq: int) -> str:
    return fmt.format(year=year, seq=seq)


def receipt_format(session: Session) -> str:
    row = session.get(Setting, RECEIPT_FORMAT_SETTING)
    return row.value if row is not None and row.value else DEFAULT_RECEIPT_FORMAT


def _exists(session: Session, sequence: str, number: str) -> bool:
    if sequence == RECEIPT:
        return session.scalar(select(Payment.id).where(Payment.receipt_number == number)) is not None
    return session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None


def peek_number(session: Session, sequence: str, fmt: str, on: dt.date) -> str:
    """The number the next document would get (for a preview), without taking it."""
    row = session.get(NumberSequence, sequence)
    return format_number(fmt, on.year, row.next_value if row else 1)


def take_number(session: Session, sequence: str, fmt: str, on: dt.date) -> str:
    """The next number of `sequence`, counted as used once the caller's transaction commits.

    The write transaction is BEGIN IMMEDIATE, so no other writer can read the same counter.
    If the format was changed so that the number already exists, nothing is taken and the user
    is told to change the format (numbers are never reused).
    """
    fmt = validate_number_format(fmt, field="number_format")
    row = session.get(NumberSequence, sequence)
    if row is None:
        row = NumberSequence(name=sequence, next_value=1)
        session.add(row)
    number = format_number(fmt, on.year, row.next_value)
    if _exists(session, sequence, number):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The number {number} is already used, and numbers are never reused. Change "
                    "the number format in Settings → Billing (for example add a prefix)."),
            field="number_format", number=number)
    row.next_value += 1
    session.flush()
    return number
