"""Payments (partial, exact, over-payment as credit, receipts, deletion) and payment methods,
which refuse full card numbers and security codes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from app.errors import ValidationError
from app.services import audit, invoices, payments
from app.store.models import Payment, PaymentMethod
from tests.app.billing_helpers import TODAY, client, issued, line

YEAR = TODAY.year
NEVER_STORED = "never stores"


def test_partial_then_full_payment_with_receipt_numbers(workspace):
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 8000))
    p1 = payments.record_payment(workspace, cid, inv.id, TODAY, 3000, "cash", "till 1")
    assert p1.receipt_number == f"REC-{YEAR}-0001" and p1.credit_minor == 0
    after = invoices.get_invoice(workspace, inv.id)
    assert (after.status, after.paid_minor, after.balance_minor) == ("partially_paid", 3000, 5000)
    p2 = payments.record_payment(workspace, cid, inv.id, TODAY, 5000, "bank_transfer")
    assert p2.receipt_number == f"REC-{YEAR}-0002"
    assert invoices.get_invoice(workspace, inv.id).status == "paid"
    with pytest.raises(ValidationError, match="already paid"):
        payments.record_payment(workspace, cid, inv.id, TODAY, 100, "cash")
    assert [p.id for p in payments.list_payments(workspace, invoice_id=inv.id)] == [p2.id, p1.id]


def test_over_payment_becomes_client_credit(workspace):
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 8000))
    p = payments.record_payment(workspace, cid, inv.id, TODAY, 10000, "card")
    assert p.credit_minor == 2000
    view = invoices.get_invoice(workspace, inv.id)
    assert (view.status, view.balance_minor, view.overpaid_minor) == ("paid", 0, 2000)
    loose = payments.record_payment(workspace, cid, None, TODAY, 500, "insurance")
    assert loose.credit_minor == 500 and loose.invoice_id is None
    summary = invoices.client_summary(workspace, cid)
    assert (summary.paid_minor, summary.outstanding_minor, summary.credit_minor) == (10500, 0, 2500)


def test_deleting_a_payment_recorded_by_mistake(workspace):
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 8000))
    p = payments.record_payment(workspace, cid, inv.id, TODAY, 8000, "cash")
    payments.delete_payment(workspace, p.id)
    assert invoices.get_invoice(workspace, inv.id).status == "issued"
    events = audit.list_events(workspace, entity_type="payment", entity_id=p.id)
    assert [e.action for e in events] == ["delete", "create"]
    assert events[0].details["receipt"] == p.receipt_number
    # The receipt number is not given again.
    again = payments.record_payment(workspace, cid, inv.id, TODAY, 8000, "cash")
    assert again.receipt_number == f"REC-{YEAR}-0002"


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"amount_minor": 0}, "greater than zero"),
    ({"amount_minor": -100}, "greater than zero"),
    ({"method": "bitcoin"}, "how it was paid"),
    ({"paid_on": TODAY + dt.timedelta(days=1)}, "future"),
    ({"reference": "card 4111 1111 1111 1111"}, NEVER_STORED),
])
def test_bad_payments_are_refused(workspace, kwargs, match):
    cid = client(workspace)
    inv = issued(workspace, cid)
    args = {"paid_on": TODAY, "amount_minor": 100, "method": "cash", "reference": ""} | kwargs
    with pytest.raises(ValidationError, match=match):
        payments.record_payment(workspace, cid, inv.id, **args)
    with workspace.read() as s:
        assert s.scalar(select(Payment.id)) is None


def test_drafts_and_other_clients_invoices_cannot_be_paid(workspace):
    cid, other = client(workspace), client(workspace, "Rui", "Lopes")
    draft = invoices.create_draft(workspace, cid, [line()])
    with pytest.raises(ValidationError, match="draft"):
        payments.record_payment(workspace, cid, draft.id, TODAY, 100, "cash")
    inv = invoices.issue(workspace, draft.id)
    with pytest.raises(ValidationError, match="another client"):
        payments.record_payment(workspace, other, inv.id, TODAY, 100, "cash")
    with pytest.raises(TypeError):
        payments.record_payment(workspace, cid, inv.id, TODAY, 1.5, "cash")


# --- payment methods --------------------------------------------------------------------------

def test_a_card_is_kept_as_brand_last4_and_expiry(workspace):
    cid = client(workspace)
    card = payments.add_payment_method(workspace, cid, kind="card", card_brand="Visa",
                                       last4="4242", exp_month=8, exp_year=27,
                                       holder_name="Ana Silva")
    assert (card.last4, card.exp_month, card.exp_year, card.is_default) == ("4242", 8, 2027, True)
    assert card.summary == "Visa ···· 4242 · 08/27"
    assert card.expired(dt.date(2027, 9, 1)) and not card.expired(dt.date(2027, 8, 31))
    bank = payments.add_payment_method(workspace, cid, kind="bank_account",
                                       bank_label="Caixa, IBAN PT50 0002 0123 1234 5678 9015 4")
    assert not bank.is_default
    payments.set_default_payment_method(workspace, bank.id)
    assert [m.id for m in payments.list_payment_methods(workspace, cid)] == [bank.id, card.id]
    payments.remove_payment_method(workspace, bank.id)
    assert [(m.id, m.is_default) for m in payments.list_payment_methods(workspace, cid)] == [
        (card.id, True)]


@pytest.mark.parametrize(("fields", "field"), [
    ({"last4": "4111 1111 1111 1111"}, "last4"),
    ({"last4": "4242", "holder_name": "Ana 4111-1111-1111-1111"}, "holder_name"),
    ({"last4": "4242", "card_brand": "5555555555554444"}, "card_brand"),
    ({"last4": "4242", "holder_name": "Amex 3782 822463 10005"}, "holder_name"),
    ({"kind": "bank_account", "bank_label": "card 4000 0566 5566 5556"}, "bank_label"),
])
def test_full_card_numbers_are_refused_with_the_reason(workspace, fields, field):
    cid = client(workspace)
    args = {"kind": "card"} | fields
    with pytest.raises(ValidationError) as err:
        payments.add_payment_method(workspace, cid, **args)
    assert err.value.field == field
    assert "never stores full card numbers" in str(err.value)
    assert "no card processing" in str(err.value) and "offline" in str(err.value)
    with workspace.read() as s:
        assert s.scalar(select(PaymentMethod.id)) is None


@pytest.mark.parametrize("fields", [
    {"cvc": "123"}, {"cvv": "123"}, {"security_code": "1234"}, {"CVV2": "123"},
    {"holder_name": "Ana Silva CVV 123"}, {"holder_name": "cryptogramme: 987"},
])
def test_security_codes_are_refused(workspace, fields):
    cid = client(workspace)
    args = {"kind": "card", "last4": "4242"} | fields
    with pytest.raises(ValidationError, match="security code"):
        payments.add_payment_method(workspace, cid, **args)


def test_numbers_that_are_not_cards_are_accepted(workspace):
    cid = client(workspace)
    # Not Luhn-valid, or not starting like a card, or not 12–19 digits: kept as typed.
    for label in ("Ref 4111 1111 1111 1112", "Order 9111111111111111",
                  "FR76 3000 6000 0112 3456 7890 189", "Phone +351 912 345 678"):
        payments.add_payment_method(workspace, cid, kind="bank_account", bank_label=label)
    with pytest.raises(ValidationError, match="last 4 digits"):
        payments.add_payment_method(workspace, cid, kind="card", last4="42")
    with pytest.raises(ValidationError, match="expiry"):
        payments.add_payment_method(workspace, cid, kind="card", last4="4242", exp_month=13,
                                    exp_year=2027)


def test_no_full_card_number_reaches_the_file(workspace):
    cid = client(workspace)
    for attempt in ({"last4": "4111111111111111"}, {"last4": "4242", "cvc": "123"}):
        with pytest.raises(ValidationError):
            payments.add_payment_method(workspace, cid, kind="card", **attempt)
    payments.add_payment_method(workspace, cid, kind="card", last4="1111", card_brand="Visa")
    with workspace.read() as s:
        dump = " ".join(str(v) for row in s.execute(text("SELECT * FROM payment_method"))
                        for v in row)
    assert "4111111111111111" not in dump
    assert dump.count("1111") == 1  # the last 4 digits, once
