"""Invoice, credit-note and receipt PDFs read back with pypdf (lines, totals, the invoice's
language, accents, literal user markup, pages), locale formatting, and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.atomic_files import TEMP_MARK
from app.documents import invoice_pdf, receipt_pdf
from app.documents.money_format import format_date, format_money, format_rate
from app.services import billing_settings, invoices, payments, practice
from app.transfer.csv_export import export_invoices_csv, neutralise_cell
from tests.app.billing_helpers import TODAY, client, issued, line

SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def pdf_text(data: bytes) -> list[str]:
    """Each page's text, with Babel's no-break spaces read as plain spaces."""
    return [(p.extract_text() or "").translate(SPACES) for p in PdfReader(io.BytesIO(data)).pages]


def test_money_and_dates_follow_the_language():
    assert format_money(123450, "EUR", "fr").translate(SPACES) == "1 234,50 €"
    assert format_money(123450, "EUR", "es").translate(SPACES) == "1.234,50 €"
    assert format_money(123450, "EUR", "pt").translate(SPACES) == "1 234,50 €"
    assert format_money(123450, "EUR", "en") == "€1,234.50"
    assert format_money(-500, "USD", "en") == "-$5.00"
    assert format_money(1234, "JPY", "en") == "JP¥1,234"  # no minor unit in yen
    d = dt.date(2026, 11, 23)
    assert format_date(d, "fr") == "23 novembre 2026"
    assert format_date(d, "es") == "23 de noviembre de 2026"
    assert format_date(d, "pt") == "23 de novembro de 2026"
    assert format_date(d, "en") == "23 November 2026"
    assert format_rate(Decimal("5.5"), "fr").translate(SPACES) == "5,5 %"


@pytest.fixture
def french_invoice(workspace):
    practice.update_practice(workspace, name="Cabinet Lefèvre", language="fr",
                             practitioner_name="François Lefèvre",
                             address="12 rue des Écoles\n75005 Paris",
                             payment_instructions="IBAN FR76 3000 6000 0112 3456 7890 189",
                             invoice_footer="TVA non applicable, art. 293 B du CGI")
    cid = client(workspace, "José", "Peña", city="Madrid")
    inv = issued(workspace, cid,
                 line("Séance avec João Conceição", 123450, on=dt.date(2026, 11, 2)),
                 line("<b>Fees & co</b>", 1000, qty="2", tax="20", on=dt.date(2026, 11, 9)))
    return inv


def test_the_french_invoice_pdf(workspace, french_invoice):
    inv = french_invoice
    pages = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, inv.id))
    txt = pages[0]
    assert "Facture" in txt and inv.number in txt
    assert format_date(inv.issue_date, "fr") in txt  # e.g. "23 novembre 2026"
    assert "02/11/2026" in txt  # the line dates, day first
    assert "Échéance" in txt
    # accents survive the font and the extraction
    for name in ("José Peña", "François Lefèvre", "Cabinet Lefèvre", "João Conceição", "Écoles"):
        assert name in txt
    # the lines, the tax and the totals in French format
    assert "1 234,50 €" in txt
    assert "20,00 €" in txt and "TVA 20 % sur 20,00 €" in txt and "4,00 €" in txt
    assert "1 258,50 €" in txt  # total: 1 234,50 + 20,00 + 4,00
    assert "Reste à payer" in txt and "IBAN FR76" in txt
    assert "TVA non applicable" in txt and "Page 1 sur 1" in txt
    # what the user typed is printed literally, never as markup
    assert "<b>Fees & co</b>" in txt


def test_english_language_can_be_asked_for_and_a_payment_shows(workspace, french_invoice):
    payments.record_payment(workspace, french_invoice.client_id, french_invoice.id, TODAY,
                            50000, "card")
    txt = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, french_invoice.id, "en"))[0]
    assert "Invoice" in txt and "Balance due" in txt
    assert "€1,258.50" in txt and "-€500.00" in txt and "€758.50" in txt


def test_a_long_invoice_spans_pages_with_the_table_header_repeated(workspace):
    practice.update_practice(workspace, language="en")
    cid = client(workspace, "François", "Lefèvre")
    inv = issued(workspace, cid, *[line(f"Session number {i}", 6000 + i) for i in range(120)])
    pages = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, inv.id))
    assert len(pages) >= 3
    assert "Page 2 of " in pages[1] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    for page in pages:
        assert "Description" in page and "Unit price" in page and inv.number in page
    everything = "\n".join(pages)
    assert all(f"Session number {i}\n" in everything or f"Session number {i} " in everything
               for i in range(120))
    assert format_money(inv.total_minor, "EUR", "en") in pages[-1]


def test_credit_note_and_draft_pdfs(workspace):
    practice.update_practice(workspace, language="en")
    cid = client(workspace)
    inv = issued(workspace, cid, line("Session", 6000))
    cn = invoices.cancel_with_credit_note(workspace, inv.id, "Billed twice <oops>")
    txt = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, cn.id))[0]
    assert "Credit note" in txt and cn.number in txt
    assert f"Cancels invoice {inv.number} of {format_date(inv.issue_date, 'en')}" in txt
    assert "Reason: Billed twice <oops>" in txt and "-€60.00" in txt
    original = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, inv.id))[0]
    assert f"Cancelled by credit note {cn.number}" in original
    draft = invoices.duplicate(workspace, inv.id)
    txt = pdf_text(invoice_pdf.invoice_pdf_bytes(workspace, draft.id))[0]
    assert "Draft invoice" in txt and "not a valid invoice" in txt
    assert invoice_pdf.suggested_filename(draft) == f"draft-{draft.id}.pdf"
    assert invoice_pdf.suggested_filename(cn) == f"{cn.number}.pdf"


def test_the_logo_is_printed_and_the_file_written_atomically(workspace, tmp_path):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (300, 100), (44, 82, 130)).save(buf, "PNG")
    billing_settings.set_logo(workspace, buf.getvalue())
    inv = issued(workspace, client(workspace))
    target = tmp_path / "out" / "invoice.pdf"
    target.parent.mkdir()
    invoice_pdf.write_invoice_pdf(workspace, inv.id, target)
    reader = PdfReader(target)
    assert len(reader.pages[0].images) == 1
    fonts = {str(f["/BaseFont"]) for p in reader.pages
             for f in p["/Resources"]["/Font"].get_object().values()}
    assert any("DejaVuSans" in f for f in fonts)
    assert [p.name for p in target.parent.iterdir() if TEMP_MARK in p.name] == []
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do: nothing is stored
        billing_settings.set_logo(workspace, b"GIF89a not a png")


def test_the_receipt_pdf(workspace):
    practice.update_practice(workspace, language="pt", name="Clínica Conceição")
    cid = client(workspace, "João", "Conceição")
    inv = issued(workspace, cid, line("Sessão", 8000))
    p1 = payments.record_payment(workspace, cid, inv.id, TODAY, 3000, "bank_transfer", "TRF 77")
    p2 = payments.record_payment(workspace, cid, inv.id, TODAY, 6000, "cash")
    txt = pdf_text(receipt_pdf.receipt_pdf_bytes(workspace, p1.id))[0]
    assert "Recibo" in txt and p1.receipt_number in txt and "João Conceição" in txt
    assert "30,00 €" in txt and "Transferência" in txt and "TRF 77" in txt
    assert inv.number in txt and "50,00 €" in txt  # still due after this payment
    txt = pdf_text(receipt_pdf.receipt_pdf_bytes(workspace, p2.id))[0]
    assert "Mantido como crédito" in txt and "10,00 €" in txt


# --- CSV ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+33 1 23", "'+33 1 23"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"), ("\rcmd", "'\rcmd"), ("\0x", "'\0x"),
    ("Ana", "Ana"), ("", ""), (None, ""),
    (Decimal("-92.34"), "-92.34"), (-5, "-5"), (dt.date(2026, 1, 2), "2026-01-02"),
])
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def test_the_invoice_export_neutralises_formulas_and_keeps_numbers(workspace, tmp_path):
    evil = client(workspace, "=HYPERLINK(\"http://x\",\"y\")", "@Silva")
    plus = client(workspace, "+Ana", "Costa")
    inv = issued(workspace, evil, line("Session", 9234))
    invoices.cancel_with_credit_note(workspace, inv.id, "=1+1")
    issued(workspace, plus, line("Session", 100050))
    path = tmp_path / "invoices.csv"
    assert export_invoices_csv(workspace, path, language="fr") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Numéro", "Type", "Statut", "Client"]
    names = {r[3] for r in rows[1:]}
    assert names == {"'=HYPERLINK(\"http://x\",\"y\") @Silva", "'+Ana Costa"}
    by_kind = {r[1]: r for r in rows[1:] if r[3].startswith("'=")}
    assert by_kind["Avoir"][10] == "-92.34" and by_kind["Facture"][10] == "92.34"
    assert by_kind["Facture"][2] == "Annulée"
    assert all(not cell.startswith(("=", "+", "@")) for r in rows for cell in r)
