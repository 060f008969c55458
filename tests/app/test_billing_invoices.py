"""Invoices: drafts, issuing with gap-free numbers, frozen issued invoices, credit notes,
invoicing appointments, overdue derivation, lists and summaries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.services import audit, invoices, payments, practice
from app.store.models import Invoice, NumberSequence
from tests.app.billing_helpers import TODAY, appointment, client, issued, line, service

YEAR = TODAY.year


def seq(ws, name: str = "invoice") -> int:  # noqa: ANN001
    with ws.read() as s:
        row = s.get(NumberSequence, name)
        return row.next_value if row else 1


def test_a_draft_has_no_number_and_issuing_numbers_dates_and_freezes_it(workspace):
    cid = client(workspace, "José", "Peña", street="Calle Mayor 5", city="Madrid",
                 postal_code="28013", emails=["jose@example.com"])
    practice.update_practice(workspace, payment_terms_days=30, address="1 Main St",
                             tax_number="ES123")
    draft = invoices.create_draft(workspace, cid, [line("Session", 6000, tax="21")])
    assert draft.number is None and draft.status == "draft" and draft.issue_date is None
    assert (draft.subtotal_minor, draft.tax_minor, draft.total_minor) == (6000, 1260, 7260)

    inv = invoices.issue(workspace, draft.id)
    assert inv.number == f"INV-{YEAR}-0001"
    assert inv.status == "issued" and inv.issue_date == TODAY
    assert inv.due_date == TODAY + dt.timedelta(days=30)
    assert inv.balance_minor == 7260

    # The printed details are frozen: later changes to the practice or client do not move them.
    practice.update_practice(workspace, address="2 Other St")
    doc = invoices.printable(workspace, inv.id)
    assert doc.issuer.address == "1 Main St" and doc.issuer.tax_number == "ES123"
    assert doc.recipient.name == "José Peña"
    assert doc.recipient.address_lines == ("Calle Mayor 5", "28013 Madrid")
    assert any(e.action == "issue" and e.entity_id == inv.id
               for e in audit.list_events(workspace, entity_type="invoice"))


def test_numbers_are_gap_free_and_never_reused_after_a_deleted_draft_or_a_failed_issue(
        workspace, monkeypatch):
    cid = client(workspace)
    first = issued(workspace, cid)
    doomed = invoices.create_draft(workspace, cid, [line()])
    invoices.delete_draft(workspace, doomed.id)
    # A draft that cannot be issued (a line without a description) takes no number...
    bad = invoices.create_draft(workspace, cid, [line("  ")])
    with pytest.raises(ValidationError):
        invoices.issue(workspace, bad.id)
    # ...nor does an issue that fails after the number was drawn: the transaction rolls back.
    other = invoices.create_draft(workspace, cid, [line()])

    def boom(*_a, **_k):  # noqa: ANN002, ANN003
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(invoices, "recipient_of", boom)
    with pytest.raises(RuntimeError):
        invoices.issue(workspace, other.id)
    monkeypatch.undo()
    assert invoices.get_invoice(workspace, other.id).number is None
    assert seq(workspace) == 2

    second = invoices.issue(workspace, other.id)
    third = issued(workspace, cid)
    assert [first.number, second.number, third.number] == [
        f"INV-{YEAR}-0001", f"INV-{YEAR}-0002", f"INV-{YEAR}-0003"]


def test_get_invoice_of_a_deleted_draft_is_not_found(workspace):
    from app.errors import NotFoundError

    draft = invoices.create_draft(workspace, client(workspace), [line()])
    invoices.delete_draft(workspace, draft.id)
    with pytest.raises(NotFoundError):
        invoices.get_invoice(workspace, draft.id)


def test_a_number_that_already_exists_is_refused_and_nothing_is_taken(workspace):
    cid = client(workspace)
    practice.update_practice(workspace, invoice_number_format="D-{seq}",
                             credit_note_number_format="D-{seq}")
    inv = issued(workspace, cid)
    assert inv.number == "D-1"
    with pytest.raises(ValidationError, match="never reused"):
        invoices.cancel_with_credit_note(workspace, inv.id, "typo")
    assert invoices.get_invoice(workspace, inv.id).status == "issued"
    assert seq(workspace, "credit_note") == 1


def test_settings_refuse_a_number_format_without_its_counter(workspace):
    with pytest.raises(ValidationError, match="seq"):
        practice.update_practice(workspace, invoice_number_format="INV-{year}")
    assert practice.get_practice(workspace).invoice_number_format == "INV-{year}-{seq:04}"
    practice.update_practice(workspace, credit_note_number_format=" AV{year}-{seq:03} ")
    cid = client(workspace)
    inv = issued(workspace, cid)
    assert invoices.cancel_with_credit_note(workspace, inv.id, "x").number == f"AV{YEAR}-001"


def test_issued_invoices_cannot_be_edited_deleted_or_issued_again(workspace):
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 6000))
    with pytest.raises(ValidationError, match="cannot be changed"):
        invoices.update_draft(workspace, inv.id, lines=[line("Other", 1)])
    with pytest.raises(ValidationError, match="cannot be changed"):
        invoices.update_draft(workspace, inv.id, notes="hello")
    with pytest.raises(ValidationError, match="cannot be changed"):
        invoices.delete_draft(workspace, inv.id)
    with pytest.raises(ValidationError, match="already issued"):
        invoices.issue(workspace, inv.id)
    after = invoices.get_invoice(workspace, inv.id)
    assert after.number == inv.number and after.lines == inv.lines and after.notes == ""


def test_issuing_refuses_empty_negative_future_or_out_of_order_invoices(workspace):
    cid = client(workspace)
    empty = invoices.create_draft(workspace, cid)
    with pytest.raises(ValidationError, match="at least one line"):
        invoices.issue(workspace, empty.id)
    negative = invoices.create_draft(workspace, cid, [line("Refund", -500)])
    with pytest.raises(ValidationError, match="negative total"):
        invoices.issue(workspace, negative.id)
    ok = invoices.create_draft(workspace, cid, [line()])
    with pytest.raises(ValidationError, match="future"):
        invoices.issue(workspace, ok.id, TODAY + dt.timedelta(days=1))
    invoices.issue(workspace, ok.id, TODAY - dt.timedelta(days=3))
    late = invoices.create_draft(workspace, cid, [line()])
    with pytest.raises(ValidationError, match="cannot be before"):
        invoices.issue(workspace, late.id, TODAY - dt.timedelta(days=10))
    assert invoices.issue(workspace, late.id, TODAY - dt.timedelta(days=3)).number.endswith("0002")


def test_drafts_are_edited_freely(workspace):
    cid = client(workspace)
    draft = invoices.create_draft(workspace, cid, [line("A", 1000)])
    edited = invoices.update_draft(workspace, draft.id, lines=[line("B", 2000, qty="2", disc="50"),
                                                               line("C", 999, tax="20")],
                                   discount_percent=Decimal("10"), notes="Thanks")
    assert [ln.description for ln in edited.lines] == ["B", "C"]
    assert edited.subtotal_minor == 2000 + 999
    assert edited.discount_minor == 200 + 100  # 10 % of each line's amount, rounded per line
    assert edited.tax_minor == 180  # 20 % of 899 = 179.8 → 180
    assert edited.total_minor == 2999 - 300 + 180
    assert edited.notes == "Thanks"
    with pytest.raises(ValidationError):
        invoices.update_draft(workspace, draft.id, lines=[line("X", qty="0")])
    with pytest.raises(ValidationError):
        invoices.update_draft(workspace, draft.id, discount_percent=Decimal("101"))
    with pytest.raises(TypeError):
        invoices.update_draft(workspace, draft.id, lines=[invoices.InvoiceLineInput("X", 1.5, 100)])


def test_cancel_with_credit_note(workspace):
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 6000, tax="20"), line("Report", 2550, disc="10"),
                 discount="5")
    payments.record_payment(workspace, cid, inv.id, TODAY, 3000, "cash")
    cn = invoices.cancel_with_credit_note(workspace, inv.id, "Wrong <b>client</b> & amount")
    assert cn.kind == "credit_note" and cn.number == f"CN-{YEAR}-0001"
    assert cn.credited_invoice_id == inv.id and cn.credited_invoice_number == inv.number
    assert cn.cancel_reason == "Wrong <b>client</b> & amount"
    assert (cn.subtotal_minor, cn.discount_minor, cn.tax_minor, cn.total_minor) == (
        -inv.subtotal_minor, -inv.discount_minor, -inv.tax_minor, -inv.total_minor)
    original = invoices.get_invoice(workspace, inv.id)
    assert original.status == "cancelled" and original.credit_note_number == cn.number
    assert original.number == inv.number and original.total_minor == inv.total_minor
    assert original.balance_minor == 0
    # What was paid on it is now the client's credit.
    summary = invoices.client_summary(workspace, cid)
    assert (summary.billed_minor, summary.outstanding_minor, summary.credit_minor) == (0, 0, 3000)
    # Forbidden afterwards.
    for call in (lambda: invoices.cancel_with_credit_note(workspace, inv.id, "again"),
                 lambda: invoices.cancel_with_credit_note(workspace, cn.id, "cn"),
                 lambda: payments.record_payment(workspace, cid, inv.id, TODAY, 100, "cash"),
                 lambda: payments.record_payment(workspace, cid, cn.id, TODAY, 100, "cash"),
                 lambda: invoices.duplicate(workspace, cn.id),
                 lambda: invoices.delete_draft(workspace, cn.id)):
        with pytest.raises(ValidationError):
            call()


def test_cancelling_needs_a_reason_and_an_issued_invoice(workspace):
    cid = client(workspace)
    draft = invoices.create_draft(workspace, cid, [line()])
    with pytest.raises(ValidationError, match="delete it"):
        invoices.cancel_with_credit_note(workspace, draft.id, "x")
    inv = invoices.issue(workspace, draft.id)
    with pytest.raises(ValidationError, match="reason"):
        invoices.cancel_with_credit_note(workspace, inv.id, "   ")


def test_invoicing_appointments_once_and_again_after_a_credit_note(workspace):
    cid = client(workspace)
    svc = service(workspace, "Follow-up", 6500, Decimal("20"))
    a1 = appointment(workspace, cid, svc, days_ago=14)
    a2 = appointment(workspace, cid, svc, days_ago=7)
    a3 = appointment(workspace, cid, None, days_ago=3)
    appointment(workspace, cid, svc, days_ago=-7, status="scheduled")
    assert [u.id for u in invoices.uninvoiced_appointments(workspace, cid)] == [a1, a2, a3]

    one = invoices.create_from_appointments(workspace, cid, [a2])  # the ⋮ → Create invoice
    assert [(ln.description, ln.unit_price_minor, ln.tax_rate, ln.appointment_id, ln.line_date)
            for ln in one.lines] == [("Follow-up", 6500, Decimal(20), a2,
                                      TODAY - dt.timedelta(days=7))]
    with pytest.raises(ValidationError, match="draft"):
        invoices.create_from_appointments(workspace, cid, [a1, a2])
    several = invoices.create_from_appointments(workspace, cid, [a1, a3])
    assert [ln.appointment_id for ln in several.lines] == [a1, a3]
    assert several.lines[1].description == ""  # no service: the practitioner writes it
    assert invoices.uninvoiced_appointments(workspace, cid) == []

    inv = invoices.issue(workspace, one.id)
    with pytest.raises(ValidationError, match=inv.number):
        invoices.create_from_appointments(workspace, cid, [a2])
    other = client(workspace, "Zé", "Outro")
    with pytest.raises(ValidationError, match="does not belong"):
        invoices.create_from_appointments(workspace, other, [a1])

    invoices.cancel_with_credit_note(workspace, inv.id, "Wrong price")
    assert [u.id for u in invoices.uninvoiced_appointments(workspace, cid)] == [a2]
    corrected = invoices.duplicate(workspace, inv.id)  # the corrected invoice keeps the link
    assert corrected.is_draft and corrected.lines[0].appointment_id == a2
    assert invoices.uninvoiced_appointments(workspace, cid) == []


def test_duplicate_drops_links_to_appointments_still_invoiced(workspace):
    cid = client(workspace)
    a = appointment(workspace, cid, service(workspace))
    inv = invoices.issue(workspace, invoices.create_from_appointments(workspace, cid, [a]).id)
    copy = invoices.duplicate(workspace, inv.id)
    assert copy.lines[0].appointment_id is None and copy.lines[0].description == "Session"


def test_overdue_is_derived_from_the_due_date_and_never_stored(workspace):
    cid = client(workspace)
    practice.update_practice(workspace, payment_terms_days=14)
    old = issued(workspace, cid, line("Old", 10000), on=TODAY - dt.timedelta(days=30))
    due = issued(workspace, cid, line("Due today", 5000), on=TODAY - dt.timedelta(days=14))
    paid = issued(workspace, cid, line("Paid", 4000), on=TODAY - dt.timedelta(days=14))
    payments.record_payment(workspace, cid, paid.id, TODAY, 4000, "card")
    assert invoices.get_invoice(workspace, old.id).effective_status == "overdue"
    assert invoices.get_invoice(workspace, due.id).effective_status == "issued"  # due today
    assert invoices.get_invoice(workspace, paid.id).effective_status == "paid"
    tomorrow = TODAY + dt.timedelta(days=1)
    assert invoices.get_invoice(workspace, due.id, today=tomorrow).effective_status == "overdue"

    payments.record_payment(workspace, cid, old.id, TODAY, 2500, "cash")
    part = invoices.get_invoice(workspace, old.id)
    assert (part.status, part.effective_status, part.balance_minor) == (
        "partially_paid", "overdue", 7500)
    assert [r.id for r in invoices.list_invoices(workspace, status="overdue")] == [old.id]
    summary = invoices.client_summary(workspace, cid)
    assert (summary.overdue_minor, summary.overdue_count) == (7500, 1)
    with workspace.read() as s:
        assert "overdue" not in set(s.scalars(select(Invoice.status)))


def test_lists_and_summary(workspace):
    ana, bea = client(workspace, "Ana", "Silva"), client(workspace, "Beatriz", "Costa")
    a1 = issued(workspace, ana, line("A1", 10000), on=TODAY - dt.timedelta(days=40))
    a2 = issued(workspace, ana, line("A2", 5000), on=TODAY - dt.timedelta(days=2))
    b1 = issued(workspace, bea, line("B1", 7000), on=TODAY - dt.timedelta(days=1))
    draft = invoices.create_draft(workspace, ana, [line("D", 100)])
    payments.record_payment(workspace, ana, a2.id, TODAY, 6000, "card")  # 10.00 over
    payments.record_payment(workspace, ana, None, TODAY, 1500, "cash")  # credit, no invoice

    rows = invoices.list_client_invoices(workspace, ana)
    assert [r.id for r in rows] == [draft.id, a2.id, a1.id]  # drafts first, then newest
    assert rows[1].client_name == "Ana Silva" and rows[1].status == "paid"
    assert (rows[1].paid_minor, rows[1].balance_minor, rows[1].overpaid_minor) == (6000, 0, 1000)

    s = invoices.client_summary(workspace, ana)
    assert s.billed_minor == 15000
    assert s.paid_minor == 7500
    assert s.outstanding_minor == 10000
    assert s.overdue_minor == 10000
    assert s.credit_minor == 2500
    assert (s.invoice_count, s.draft_count) == (2, 1)
    assert s.billed_minor - s.paid_minor == s.outstanding_minor - s.credit_minor

    everyone = invoices.list_invoices(workspace)
    assert {r.id for r in everyone} == {a1.id, a2.id, b1.id, draft.id}
    assert {r.id for r in invoices.list_invoices(workspace, status="paid")} == {a2.id}
    assert {r.id for r in invoices.list_invoices(workspace, status="draft")} == {draft.id}
    assert {r.id for r in invoices.list_invoices(workspace, status="open")} == {a1.id, b1.id}
    recent = invoices.list_invoices(workspace, date_from=TODAY - dt.timedelta(days=5),
                                    date_to=TODAY)
    assert {r.id for r in recent} == {a2.id, b1.id}
    totals = invoices.practice_totals(workspace)
    assert (totals.billed_minor, totals.outstanding_minor, totals.credit_minor) == (22000, 17000, 2500)


def test_a_client_with_200_invoices_lists_in_a_few_queries(workspace):
    from sqlalchemy import event

    cid = client(workspace)
    with workspace.write() as s:
        for i in range(200):
            inv = invoices.add_draft(s, cid, [line(f"S{i}", 6000)])
            invoices.issue_draft(s, inv, TODAY - dt.timedelta(days=200 - i))
    statements = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda *a: statements.append(a[2]))
    rows = invoices.list_client_invoices(workspace, cid)
    summary = invoices.client_summary(workspace, cid)
    assert len(rows) == 200 and summary.billed_minor == 200 * 6000
    # One query for the rows, and the summary's rows, currency and credit: not one per invoice.
    assert len([q for q in statements if q.startswith("SELECT")]) <= 4


def test_the_sample_invoice_is_made_by_the_service(sample_workspace):
    rows = invoices.list_invoices(sample_workspace)
    assert len(rows) == 1
    inv = invoices.get_invoice(sample_workspace, rows[0].id)
    assert inv.number == f"INV-{inv.issue_date.year}-0001"
    assert inv.status == "partially_paid" and inv.paid_minor and inv.balance_minor
    assert all(ln.appointment_id for ln in inv.lines)
    assert payments.list_payments(sample_workspace)[0].receipt_number.startswith("REC-")
