"""Invoice arithmetic: exact decimals, rounded to whole minor units once per line. Pure, no I/O.

The rule (what the PDF, the lists and the stored totals all use):

For each line, with the rates given in percent (``Decimal("20")`` is 20 %):

    gross       = quantity × unit_price_minor                         (exact)
    net         = round(gross × (1 − line_discount / 100))            the line's amount
    inv_disc    = round(net × invoice_discount / 100)                 its share of the
                                                                       invoice-level discount
    taxable     = net − inv_disc
    tax         = round(taxable × tax_rate / 100)

and for the invoice:

    subtotal = Σ net        discount = Σ inv_disc        tax = Σ tax
    total    = subtotal − discount + tax

`round` is ROUND_HALF_UP to a whole minor unit (0.5 cent goes away from zero), so a credit note
(same lines with negated unit prices) has exactly the negated amounts of the invoice it cancels.
Every amount is an `int` of minor units; a float is refused anywhere on the way in. The lines'
amounts add up to the subtotal as printed, and the printed total is the printed subtotal minus
the printed discount plus the printed tax, with no cent of drift.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)


def round_minor(value: Decimal) -> int:
    """Half-up (away from zero) to a whole minor unit."""
    if isinstance(value, float):
        raise TypeError("floats are not accepted for money")
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LineAmounts:
    net_minor: int  # after the line's own discount: the amount printed on the line
    invoice_discount_minor: int  # this line's share of the invoice-level discount
    taxable_minor: int
    tax_minor: int


@dataclass(frozen=True)
class TaxLine:
    rate: Decimal  # percent
    base_minor: int
    tax_minor: int


@dataclass(frozen=True)
class Totals:
    lines: tuple[LineAmounts, ...]
    subtotal_minor: int
    discount_minor: int  # the invoice-level discount only; line discounts are in the lines
    tax_minor: int
    total_minor: int
    taxes: tuple[TaxLine, ...]  # one per distinct rate, in ascending rate order


def _exact(value: object) -> Decimal:
    if isinstance(value, float):
        raise TypeError("floats are not accepted for money, quantities or rates")
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    return value if isinstance(value, Decimal) else Decimal(value)  # type: ignore[arg-type]


def plain_rate(rate: Decimal) -> Decimal:
    """20, 20.0 and 2E+1 are one rate: the shortest plain form (20, 5.5), for grouping and print."""
    rate = _exact(rate)
    return rate.quantize(Decimal(1)) if rate == rate.to_integral_value() else rate.normalize()


def line_amounts(quantity: Decimal, unit_price_minor: int, tax_rate: Decimal,
                 discount_percent: Decimal, invoice_discount_percent: Decimal) -> LineAmounts:
    gross = _exact(quantity) * _exact(unit_price_minor)
    net = round_minor(gross * (1 - _exact(discount_percent) / HUNDRED))
    inv_disc = round_minor(net * _exact(invoice_discount_percent) / HUNDRED)
    taxable = net - inv_disc
    tax = round_minor(taxable * _exact(tax_rate) / HUNDRED)
    return LineAmounts(net, inv_disc, taxable, tax)


def compute(lines: Iterable[tuple[Decimal, int, Decimal, Decimal]],
            invoice_discount_percent: Decimal = Decimal(0)) -> Totals:
    """Totals for lines given as (quantity, unit_price_minor, tax_rate, discount_percent)."""
    amounts = []
    taxes: dict[Decimal, list[int]] = {}
    for quantity, unit, rate, disc in lines:
        a = line_amounts(quantity, unit, rate, disc, invoice_discount_percent)
        amounts.append(a)
        bucket = taxes.setdefault(plain_rate(rate), [0, 0])
        bucket[0] += a.taxable_minor
        bucket[1] += a.tax_minor
    subtotal = sum(a.net_minor for a in amounts)
    discount = sum(a.invoice_discount_minor for a in amounts)
    tax = sum(a.tax_minor for a in amounts)
    return Totals(
        lines=tuple(amounts), subtotal_minor=subtotal, discount_minor=discount, tax_minor=tax,
        total_minor=subtotal - discount + tax,
        taxes=tuple(TaxLine(rate, base, t) for rate, (base, t) in sorted(taxes.items())),
    )
