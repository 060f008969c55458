"""Money, rates and quantities as the interface locale writes them, and typed numbers read back.

Shared by every screen with amounts (services, invoices, payments). Numbers are typed the way
the interface locale writes them ("80,50" in French, "80.50" in English) and parsed into exact
Decimals; amounts cross to the core as integer minor units. Nothing passes through a float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.service_catalog import currency_digits

# "80,5" or "80.50": one separator and at most two digits after it is a decimal whatever the
# locale says; "1.000" stays ambiguous and is refused rather than guessed.
_PLAIN_DECIMAL = re.compile(r"^-?\d+(?:[.,]\d{1,2})?$")


def babel_locale() -> str:
    """The interface locale (QLocale's default, set from the chosen language) for babel."""
    name = QLocale().name()
    return "en_US" if name in ("C", "") else name


def format_money(amount: Decimal, currency: str) -> str:
    """"€80.00" / "80,00 €" in the interface locale."""
    from babel.numbers import format_currency

    try:
        return format_currency(amount, currency, locale=babel_locale())
    except Exception:  # noqa: BLE001 - an unknown locale or code: still show the amount
        return f"{amount} {currency}"


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    """6500 EUR → Decimal("65.00"), exactly."""
    if isinstance(minor, float):
        raise TypeError("floats are not accepted for money")
    digits = currency_digits(currency)
    return Decimal(int(minor)).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def format_minor(minor: int, currency: str) -> str:
    """An amount in minor units written the locale's way: 6500 EUR → "€65.00" / "65,00 €"."""
    return format_money(minor_to_decimal(minor, currency), currency)


def format_number(value: Decimal, digits: int | None = None) -> str:
    """A plain number for an input field, as this locale writes it: "80,50" with digits=2,
    "5,5" without."""
    from babel.numbers import format_decimal

    try:
        if digits is not None:
            pattern = "0." + "0" * digits if digits else "0"
            return format_decimal(value, format=pattern, locale=babel_locale())
        return format_decimal(value, locale=babel_locale(), decimal_quantization=False,
                              group_separator=False)
    except Exception:  # noqa: BLE001
        return str(value)


def format_percent(rate: Decimal) -> str:
    """A rate given in percent, for a column: 23 → "23%", 5.5 → "5,5 %" (fr)."""
    from babel.numbers import format_percent as babel_percent

    try:
        return babel_percent(Decimal(rate) / 100, locale=babel_locale(), decimal_quantization=False)
    except Exception:  # noqa: BLE001
        return f"{rate} %"


def currency_symbol(currency: str) -> str:
    from babel.numbers import get_currency_symbol

    try:
        return get_currency_symbol(currency, locale=babel_locale())
    except Exception:  # noqa: BLE001
        return currency


def parse_number(text: str, field: str) -> Decimal:
    """The typed number as a Decimal; ValidationError (with the core's message) otherwise.
    An empty text is 0."""
    from babel.numbers import NumberFormatError, parse_decimal

    compact = "".join(text.split())  # spaces, no-break spaces: thousands separators
    if not compact:
        return Decimal(0)
    try:
        return parse_decimal(compact, locale=babel_locale(), strict=True)
    except (NumberFormatError, ValueError, InvalidOperation):
        pass
    if _PLAIN_DECIMAL.match(compact):
        return Decimal(compact.replace(",", "."))
    raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{value}” is not a number."), field=field,
                          value=text.strip())


def parse_money(text: str, currency: str, field: str) -> int:
    """The typed amount in minor units of `currency`; refuses letters and more decimals than the
    currency has ("33.333" in euros), with the core's messages, on `field`."""
    from app.services.service_catalog import to_minor

    amount = parse_number(text, field)
    try:
        return to_minor(amount, currency)
    except ValidationError as exc:
        exc.field = field  # to_minor speaks of a service's price; the message fits any amount
        raise
