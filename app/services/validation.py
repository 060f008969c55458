"""Checks shared by the services; each raises ValidationError with a message for the user."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.text import fold  # noqa: F401  (re-exported: services search with it)

# Deliberately simple: one @, a dot in the domain, no spaces. Real validation is delivery.
EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9 ().\-/]{6,30}$")


def clean(text: str | None, max_len: int = 200) -> str:
    return " ".join((text or "").split())[:max_len]


def email(value: str, field: str = "email") -> str:
    value = (value or "").strip()
    if not EMAIL_RE.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid email address (like name@example.com)."),
            field=field, value=value,
        )
    return value


def phone(value: str, field: str = "phone") -> str:
    value = " ".join((value or "").split())
    digits = sum(c.isdigit() for c in value)
    if not PHONE_RE.match(value) or digits < 6:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid phone number: use digits, spaces and an optional leading +."),
            field=field, value=value,
        )
    return value


def birth_date(value: dt.date | None, field: str = "date_of_birth") -> dt.date | None:
    if value is None:
        return None
    if value > dt.date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "The date of birth cannot be in the future."), field=field
        )
    if value.year < 1900:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "The date of birth must be after 1900."), field=field
        )
    return value


def parse_date(value: object, field: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid date."), field=field, value=str(value)
        ) from None


def parse_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, float):
        value = repr(value)
    try:
        result = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a number."), field=field, value=str(value)
        ) from None
    if not result.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a number."), field=field, value=str(value)
        )
    return result


def required(value: str, field: str, message: str) -> str:
    if not value:
        raise ValidationError(message, field=field)
    return value
