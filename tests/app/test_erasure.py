"""Erasing a client ("Delete permanently" from the trash): every record about them goes, stored
emails filed only to them included; issued invoices and payments stay exactly as issued and
point at no one; the audit log says so with the reason given. Their words are found neither in
the workspace file (page by page, free pages included) nor in a practice export made after."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from app.documents import invoice_pdf, receipt_pdf
from app.errors import NotFoundError
from app.services import audit, billing_lists, clients, invoices, payments
from app.store.models import (
    Appointment,
    CustomFieldValue,
    FormResponse,
    ImportBatchItem,
    Invoice,
    MailLink,
    MailMessage,
    Note,
    NoteAddendum,
    Payment,
    Relationship,
    StoredFile,
)
from app.transfer import csv_mapping, csv_sniff, export
from app.transfer.csv_import import Choice, plan_import
from app.transfer.import_batches import run_import
from app.workspace import open_workspace
from tests.app.helpers import decrypted_pages, found_in
from tests.app.transfer_helpers import csv_text, full_client
from tests.conftest import PASSPHRASE

SECRET = "Zorblaxian"


def _count(ws, model, *where) -> int:  # noqa: ANN001
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_erasure_removes_the_record_and_keeps_issued_invoices_as_issued(workspace):
    ws = workspace
    rec = full_client(ws, secret=SECRET)
    cid = rec.client_id
    before = invoices.get_invoice(ws, rec.invoice_id)
    with ws.read() as s:
        snapshot = s.get(Invoice, rec.invoice_id).issued_snapshot
    receipt = payments.list_payments(ws, client_id=cid)[0].receipt_number
    clients.trash_client(ws, cid)

    summary = clients.delete_client_permanently(ws, cid, reason="Client asked for erasure (GDPR art. 17)")

    with pytest.raises(NotFoundError):
        clients.get_client(ws, cid)
    for model, col in ((Note, Note.client_id), (FormResponse, FormResponse.client_id),
                       (StoredFile, StoredFile.client_id), (Appointment, Appointment.client_id),
                       (CustomFieldValue, CustomFieldValue.person_id), (MailLink, MailLink.person_id)):
        assert _count(ws, model, col == cid) == 0, model.__name__
    assert _count(ws, NoteAddendum) == 0
    assert _count(ws, Relationship) == 0
    # The email filed only to the client is gone; the one also filed to Luis stays, his.
    assert _count(ws, MailMessage, MailMessage.id == rec.email_id) == 0
    assert _count(ws, MailLink, MailLink.message_id == rec.shared_email_id,
                  MailLink.person_id == rec.other_id) == 1
    with ws.read() as s:
        assert s.execute(text("SELECT count(*) FROM doc_search")).scalar() == 0

    # The invoice stands exactly as issued, linked to no one; so does the payment.
    after = invoices.get_invoice(ws, rec.invoice_id)
    assert after.client_id is None and after.client_name == "Ermintrude Vexworthy"
    assert (after.number, after.total_minor, after.status, after.lines, after.issue_date) == (
        before.number, before.total_minor, before.status, before.lines, before.issue_date)
    with ws.read() as s:
        assert s.get(Invoice, rec.invoice_id).issued_snapshot == snapshot
        assert s.scalars(select(Payment.client_id)).all() == [None]
    assert [r.client_name for r in billing_lists.list_invoices(ws)] == ["Ermintrude Vexworthy"]
    assert invoice_pdf.invoice_pdf_bytes(ws, rec.invoice_id).startswith(b"%PDF")
    pay = payments.list_payments(ws)[0]
    assert receipt_pdf.receipt_pdf_bytes(ws, pay.id).startswith(b"%PDF")
    assert receipt_pdf.printable_receipt(ws, pay.id).recipient.name == "Ermintrude Vexworthy"

    assert summary.kept_invoice_numbers == (rec.invoice_number,)
    assert summary.kept_receipt_numbers == (receipt,)
    assert summary.erased["notes"] == 1 and summary.erased["emails"] == 1
    event = audit.list_events(ws, entity_type="client", entity_id=cid, limit=1)[0]
    assert event.action == "delete_permanently"
    assert event.details["reason"] == "Client asked for erasure (GDPR art. 17)"
    assert event.details["kept_invoices"] == [rec.invoice_id]
    assert event.details["erased"]["files"] == 1
    # A kept invoice can still be cancelled by a credit note, printed to the same person; it
    # cannot be billed again to someone who no longer exists.
    credit = invoices.cancel_with_credit_note(ws, rec.invoice_id, "Refund")
    assert credit.client_id is None and credit.client_name == "Ermintrude Vexworthy"
    with pytest.raises(NotFoundError):
        invoices.duplicate(ws, rec.invoice_id)
    assert audit.verify(ws).ok


def test_an_import_forgets_what_it_replaced_of_an_erased_client(workspace):
    ws = workspace
    cid = clients.create_client(ws, clients.PersonInput(
        first_name="Ottoline", last_name="Pemberton", emails=["otto@example.org"],
        street="Old Lighthouse Road"))
    data = csv_text([["First name", "Last name", "Email", "Street"],
                     ["Ottoline", "Pemberton", "otto@example.org", "New Street 1"]]).encode()
    parsed = csv_sniff.parse_csv(data, name="update.csv")
    plan = plan_import(ws, parsed, csv_mapping.auto_map(ws, parsed))
    run_import(ws, plan, {0: Choice.UPDATE})
    with ws.read() as s:
        (item,) = s.scalars(select(ImportBatchItem)).all()
        assert item.previous["fields"]["street"] == "Old Lighthouse Road"
    clients.delete_client_permanently(ws, cid)
    assert _count(ws, ImportBatchItem) == 0


def test_erased_words_are_in_neither_the_file_nor_a_new_export(workspace, tmp_path):
    ws = workspace
    rec = full_client(ws, secret=SECRET)
    path, key = ws.path, ws._key
    secrets = [f"{SECRET}note", f"{SECRET}file", f"{SECRET}mail", "+34 699 123 456", "GP referral"]
    ws.close()
    pages = {f"page {n}": p for n, p in enumerate(decrypted_pages(path, key))}
    assert {needle for _page, needle in found_in(pages, secrets)} == set(secrets), \
        "the scan must see every secret before the erasure"

    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        clients.trash_client(ws, rec.client_id)
        clients.delete_client_permanently(ws, rec.client_id, reason="Asked by the client")
        target = export.export_practice(ws, tmp_path / "after erasure")
    finally:
        ws.close()
    pages = {f"page {n}": p for n, p in enumerate(decrypted_pages(path, key))}
    assert found_in(pages, secrets) == []
    assert found_in(pages, ["Luis"]), "the rest of the file is still readable the same way"
    exported = {str(p.relative_to(target)): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    assert "clients.csv" in exported and any(k.startswith("clients/Mora Luis") for k in exported)
    assert found_in(exported, secrets) == []
    assert not any("Vexworthy" in name for name in exported)
    # The kept invoice is in the export, under the invoices of erased clients.
    assert f"invoices/{rec.invoice_number}.pdf" in exported
    assert dt.date.today().isoformat() in exported["invoices.csv"].decode("utf-8-sig")
