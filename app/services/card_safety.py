"""Keeps full card numbers and security codes out of the workspace.

Consulta does no card processing (it works offline) and stores a card only as brand, last four
digits and expiry. Anything that looks like a full card number (a Luhn-valid run of 12 to 19
digits starting like a card, spaces or dashes between them allowed) or a security code is refused with a message
that says why, wherever payment details are typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

# A run of digits with single spaces, dashes or dots between groups: "4111 1111-1111.1111".
_DIGIT_RUN = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)*")
_SECURITY_WORDS = re.compile(
    r"\b(cvv2?|cvc2?|csc|cid|cvn|security\s*code|card\s*code|code\s+de\s+s[ée]curit[ée]|"
    r"cryptogramme|c[óo]digo\s+de\s+seguridad|c[óo]digo\s+de\s+seguran[çc]a)\b\W{0,3}\d{3,4}\b",
    re.IGNORECASE)
SECURITY_CODE_FIELDS = frozenset({
    "cvv", "cvv2", "cvc", "cvc2", "csc", "cid", "cvn", "security_code", "card_code",
    "card_security_code", "card_verification", "verification_code",
})
FULL_NUMBER_FIELDS = frozenset({"card_number", "number", "pan", "full_number"})

FULL_NUMBER_MESSAGE = QT_TRANSLATE_NOOP(
    "Core", "This looks like a full card number, and Consulta never stores full card numbers "
            "or security codes: it does no card processing (it works offline). Keep only the "
            "brand, the last 4 digits and the expiry date.")
SECURITY_CODE_MESSAGE = QT_TRANSLATE_NOOP(
    "Core", "Consulta never stores a card's security code (CVC/CVV) or its full number: it "
            "does no card processing (it works offline). Keep only the brand, the last 4 "
            "digits and the expiry date.")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def find_card_number(text: str) -> bool:
    """True if the text holds a card-like, Luhn-valid run of 12–19 digits (separators allowed)."""
    for match in _DIGIT_RUN.finditer(text or ""):
        digits = re.sub(r"\D", "", match.group())
        # Card numbers start with 2–6 (Mastercard, Amex, Diners, JCB, Visa, Maestro, Discover,
        # UnionPay); other long numbers (bank references, phone numbers) are left alone.
        if 12 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits):
            return True
    return False


def mentions_security_code(text: str) -> bool:
    return bool(_SECURITY_WORDS.search(text or ""))


def refuse_card_data(fields: Iterable[tuple[str, str]]) -> None:
    """Raise ValidationError (on the first offending field) for a full card number or a
    security code in any of the (field name, text) pairs."""
    for name, text in fields:
        if find_card_number(text):
            raise ValidationError(FULL_NUMBER_MESSAGE, field=name)
        if mentions_security_code(text):
            raise ValidationError(SECURITY_CODE_MESSAGE, field=name)


def refuse_card_fields(names: Iterable[str]) -> None:
    """Raise ValidationError if a caller passes a security-code or full-number field at all."""
    for name in names:
        key = name.lower().replace("-", "_").replace(" ", "_")
        if key in SECURITY_CODE_FIELDS:
            raise ValidationError(SECURITY_CODE_MESSAGE, field=name)
        if key in FULL_NUMBER_FIELDS:
            raise ValidationError(FULL_NUMBER_MESSAGE, field=name)
