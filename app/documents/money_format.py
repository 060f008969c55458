"""Money, dates, quantities and rates written the way the document's language writes them.

Babel does the locale work: a French invoice reads "1 234,50 €" and "23 novembre 2026", a
Spanish one "1.234,50 €", a Portuguese one "1 234,50 €", an English one "€1,234.50". Babel
uses no-break spaces (U+00A0, and the narrow U+202F in French): they keep an amount on one line,
and the shipped DejaVu font has both glyphs. Amounts arrive as integer minor units and are
converted exactly; nothing passes through float.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_precision

LANGUAGES = ("en", "es", "fr", "pt")
DEFAULT_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_PT"}
# Where the currency says more about the reader than the language alone.
CURRENCY_LOCALES = {
    ("en", "USD"): "en_US", ("en", "CAD"): "en_CA", ("en", "AUD"): "en_AU",
    ("en", "NZD"): "en_NZ", ("en", "GBP"): "en_GB", ("pt", "BRL"): "pt_BR",
    ("es", "MXN"): "es_MX", ("es", "ARS"): "es_AR", ("es", "COP"): "es_CO",
    ("es", "CLP"): "es_CL", ("fr", "CAD"): "fr_CA", ("fr", "CHF"): "fr_CH",
}


def base_language(language: str | None) -> str:
    """"fr_FR", "fr-CA", "FR" → "fr"; anything unsupported → "en" (the labels we ship)."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


@lru_cache(maxsize=64)
def locale_for(language: str | None, currency: str | None = None) -> Locale:
    """The Babel locale for a document: a full tag ("pt_BR") is used as given; a bare language
    gets its usual European locale, or the one its currency points to (en + USD → en_US)."""
    tag = (language or "").replace("-", "_")
    if "_" in tag:
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            pass
    lang = base_language(tag)
    return Locale.parse(CURRENCY_LOCALES.get((lang, (currency or "").upper()),
                                             DEFAULT_LOCALES[lang]))


def currency_digits(currency: str) -> int:
    try:
        return get_currency_precision(currency)
    except Exception:  # noqa: BLE001 - an unknown code: cents
        return 2


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    if isinstance(minor, float):
        raise TypeError("floats are not accepted for money")
    digits = currency_digits(currency)
    return Decimal(int(minor)).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def format_money(minor: int, currency: str, language: str | None) -> str:
    """1234.50 EUR in "fr" → "1 234,50 €" (with no-break spaces)."""
    return format_currency(minor_to_decimal(minor, currency), currency,
                           locale=locale_for(language, currency))


def format_date(value: dt.date | None, language: str | None, style: str = "long",
                currency: str | None = None) -> str:
    """style "long": "23 novembre 2026"; "numeric": "23/11/2026" (day-month order per locale)."""
    if value is None:
        return ""
    loc = locale_for(language, currency)
    if style == "numeric":
        return format_skeleton("yMMdd", value, locale=loc)
    return _babel_date(value, format=style, locale=loc)


def format_quantity(value: Decimal, language: str | None, currency: str | None = None) -> str:
    """1 → "1", 1.50 → "1,5" in French: no trailing zeros."""
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_decimal(value, locale=locale_for(language, currency), decimal_quantization=False)


def format_rate(percent: Decimal, language: str | None, currency: str | None = None) -> str:
    """A rate given in percent: 20 → "20 %" (fr), 5.5 → "5,5 %"."""
    return format_percent(Decimal(percent) / 100, locale=locale_for(language, currency),
                          decimal_quantization=False)
