"""Dates and yes/no values as other programs write them in CSV files.

A column's date order is inferred from all its values: ISO (2024-03-05) is always read as ISO;
for the others (05/03/2024, 5.3.24) the order that makes every value a real date wins; when
both orders do (every day ≤ 12) the practice's locale decides: month first for US English,
day first otherwise (Spanish, French, Portuguese, British English...).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.text import fold

ISO, DAY_FIRST, MONTH_FIRST = "iso", "dmy", "mdy"
FORMATS = (ISO, DAY_FIRST, MONTH_FIRST)

_TIME = re.compile(r"^(\S+?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?"
                   r"\s*(?:Z|[+-]\d{2}:?\d{2})?)$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_OTHER = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$")

TRUE_WORDS = {"true", "yes", "y", "x", "si", "oui", "sim", "verdadero", "vrai", "verdadeiro",
              "checked", "on", "1", "✓", "✔"}
FALSE_WORDS = {"false", "no", "n", "non", "nao", "falso", "faux", "off", "0", "unchecked"}


@dataclass(frozen=True)
class DateGuess:
    format: str  # ISO, DAY_FIRST or MONTH_FIRST
    ambiguous: bool  # both orders fit every value: the locale decided (worth a look)
    unreadable: int  # values no order can read


def locale_default(locale: str | None) -> str:
    """Month first only where people write it so (US English); day first elsewhere."""
    norm = (locale or "").replace("-", "_").lower()
    return MONTH_FIRST if norm in ("en_us", "en", "c", "") else DAY_FIRST


def _strip_time(text: str) -> str:
    m = _TIME.match(text)
    return m.group(1) if m else text


def _year(text: str, today: dt.date | None = None) -> int:
    year = int(text)
    if len(text) == 2:
        # The latest century not ahead, as the date field does: 85 → 1985, 05 → 2005.
        current = (today or dt.date.today()).year
        year += 2000 if 2000 + year <= current else 1900
    return year


def parse_date(text: str, fmt: str | None) -> dt.date | None:
    """A date, or None when `text` is not one in `fmt` (ISO text is read as ISO whatever
    `fmt` says). Raises nothing."""
    text = _strip_time((text or "").strip())
    if m := _ISO.match(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _OTHER.match(text)) and fmt in (DAY_FIRST, MONTH_FIRST):
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        d, mo = (a, b) if fmt == DAY_FIRST else (b, a)
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def looks_like_date(text: str) -> bool:
    text = _strip_time((text or "").strip())
    return bool(_ISO.match(text) or _OTHER.match(text))


def _fits(text: str, fmt: str) -> bool:
    """Whether the numbers sit where `fmt` wants them (a day ≤ 31, a month ≤ 12), even if the
    date itself is impossible: "31/02/1990" is written day first, it is just wrong."""
    m = _OTHER.match(_strip_time(text))
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    day, month = (a, b) if fmt == DAY_FIRST else (b, a)
    return 1 <= day <= 31 and 1 <= month <= 12


def guess_format(values: list[str], locale: str | None = None) -> DateGuess:
    present = [v.strip() for v in values if v and v.strip()]
    others = [v for v in present if not _ISO.match(_strip_time(v))]
    if not others:
        unreadable = sum(1 for v in present if parse_date(v, ISO) is None)
        return DateGuess(ISO, False, unreadable)
    fits = {fmt: sum(1 for v in others if _fits(v, fmt)) for fmt in (DAY_FIRST, MONTH_FIRST)}
    if fits[DAY_FIRST] == fits[MONTH_FIRST]:
        fmt, ambiguous = locale_default(locale), fits[DAY_FIRST] > 0
    else:
        fmt, ambiguous = max(fits, key=lambda f: fits[f]), False
    unreadable = sum(1 for v in present if parse_date(v, fmt) is None)
    return DateGuess(fmt, ambiguous, unreadable)


def parse_bool(text: str) -> bool | None:
    """True/False for the usual yes/no words in en/es/fr/pt; None when it is neither."""
    word = fold((text or "").strip())
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or not word:
        return False
    return None
