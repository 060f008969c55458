"""Invoice arithmetic: the documented rounding rule, checked against an independent exact
oracle (fractions) over many generated invoices, and the number-format rules."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services import invoice_totals, numbering
from app.services.invoice_totals import compute


def half_up(x: Fraction) -> int:
    """Round half away from zero, exactly."""
    n = (abs(x) + Fraction(1, 2)).__floor__()
    return n if x >= 0 else -n


def oracle(lines, inv_disc):  # noqa: ANN001
    nets, discs, taxes = [], [], []
    for qty, unit, rate, disc in lines:
        net = half_up(Fraction(qty) * unit * (1 - Fraction(disc) / 100))
        d = half_up(Fraction(net) * Fraction(inv_disc) / 100)
        nets.append(net)
        discs.append(d)
        taxes.append(half_up(Fraction(net - d) * Fraction(rate) / 100))
    return nets, discs, taxes


def decimals(max_value: int, places: int, min_value: int = 0):  # noqa: ANN201
    return st.decimals(min_value=min_value, max_value=max_value, places=places,
                       allow_nan=False, allow_infinity=False)


LINES = st.lists(st.tuples(
    decimals(1000, 4).filter(lambda q: q > 0),
    st.integers(min_value=-10**7, max_value=10**8),
    st.one_of(st.sampled_from([Decimal(r) for r in ("0", "5.5", "6", "10", "13", "20", "21", "23")]),
              decimals(100, 3)),
    st.one_of(st.just(Decimal(0)), decimals(100, 2)),
), min_size=0, max_size=12)


@settings(max_examples=300, deadline=None)
@given(lines=LINES, inv_disc=st.one_of(st.just(Decimal(0)), decimals(100, 2)))
def test_totals_follow_the_documented_rule_exactly(lines, inv_disc):
    t = compute(lines, inv_disc)
    nets, discs, taxes = oracle(lines, inv_disc)
    # each line rounded once, half up, to whole minor units
    assert [a.net_minor for a in t.lines] == nets
    assert [a.invoice_discount_minor for a in t.lines] == discs
    assert [a.tax_minor for a in t.lines] == taxes
    # the printed figures add up with no drift
    assert t.subtotal_minor == sum(nets)
    assert t.discount_minor == sum(discs)
    assert t.tax_minor == sum(taxes)
    assert t.total_minor == t.subtotal_minor - t.discount_minor + t.tax_minor
    assert sum(x.tax_minor for x in t.taxes) == t.tax_minor
    assert sum(x.base_minor for x in t.taxes) == t.subtotal_minor - t.discount_minor
    # never a float anywhere: every amount is an int
    for value in (t.subtotal_minor, t.discount_minor, t.tax_minor, t.total_minor,
                  *[v for a in t.lines for v in (a.net_minor, a.tax_minor, a.taxable_minor)]):
        assert type(value) is int


@settings(max_examples=150, deadline=None)
@given(lines=LINES, inv_disc=st.one_of(st.just(Decimal(0)), decimals(100, 2)))
def test_a_credit_note_is_the_exact_negative_of_its_invoice(lines, inv_disc):
    t = compute(lines, inv_disc)
    cn = compute([(q, -u, r, d) for q, u, r, d in lines], inv_disc)
    assert (cn.subtotal_minor, cn.discount_minor, cn.tax_minor, cn.total_minor) == (
        -t.subtotal_minor, -t.discount_minor, -t.tax_minor, -t.total_minor)


def test_half_cents_round_up_per_line_not_on_the_sum():
    # Half a cent on each of two lines: each line rounds to 1 cent, so the total is 2 cents
    # (rounding the sum instead would give 1).
    t = compute([(Decimal("0.5"), 1, Decimal(0), Decimal(0))] * 2)
    assert [a.net_minor for a in t.lines] == [1, 1]
    assert t.total_minor == 2
    assert compute([(Decimal("0.5"), -1, Decimal(0), Decimal(0))]).total_minor == -1
    t = compute([(Decimal(1), 1000, Decimal("20"), Decimal("10"))], Decimal("5"))
    # net 900; invoice discount 45; taxable 855; tax 171
    assert (t.subtotal_minor, t.discount_minor, t.tax_minor, t.total_minor) == (900, 45, 171, 1026)
    t = compute([(Decimal(1), 1999, Decimal("5.5"), Decimal(0))])
    assert t.tax_minor == 110  # 109.945 → 110
    assert [x.rate for x in compute([(Decimal(1), 100, Decimal("20.0"), Decimal(0)),
                                     (Decimal(1), 100, Decimal("20"), Decimal(0))]).taxes] == [Decimal(20)]


def test_floats_are_refused():
    with pytest.raises(TypeError):
        compute([(1.5, 100, Decimal(0), Decimal(0))])
    with pytest.raises(TypeError):
        invoice_totals.round_minor(0.5)


@pytest.mark.parametrize("fmt", ["INV-{year}-{seq:04}", "{seq}", "F{year}/{seq:05}", "A-{seq:4}"])
def test_usable_number_formats(fmt):
    assert numbering.validate_number_format(fmt) == fmt
    assert "1" in numbering.format_number(fmt, 2026, 1)


@pytest.mark.parametrize("fmt", ["INV-{year}", "", "{seq}{seq}", "{client}-{seq}", "{seq!r}",
                                 "{seq:>10}", "{seq", "INV-{0}", "{seq.real}", "X" * 70 + "{seq}"])
def test_unusable_number_formats_are_refused(fmt):
    with pytest.raises(ValidationError):
        numbering.validate_number_format(fmt)
