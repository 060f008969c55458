"""The receipt PDF for one payment, in the practice's language (or the one given).

The letterhead and the client are printed as they are now (a receipt is not frozen like an
invoice); the amount, date, method and reference, and, for a payment on an invoice, what the
invoice totals, what is paid up to and including this payment and what remains.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select

from app.documents import pdf_layout as lay
from app.documents.labels import labels_for
from app.documents.money_format import format_date, format_money
from app.documents.pdf_files import write_pdf_atomically
from app.services import invoices, payments
from app.services.invoice_records import InvoiceView, IssuerDetails, RecipientDetails
from app.services.payments import PaymentView
from app.store.models import Invoice, Practice

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class PrintableReceipt:
    payment: PaymentView
    issuer: IssuerDetails
    recipient: RecipientDetails
    language: str
    currency: str
    invoice: InvoiceView | None = None
    paid_to_date_minor: int = 0  # on the invoice, up to and including this payment
    logo_png: bytes | None = None


def suggested_filename(payment: PaymentView) -> str:
    stem = payment.receipt_number or f"receipt-{payment.id}"
    return re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._") + ".pdf"


def printable_receipt(ws: Workspace, payment_id: int, language: str | None = None) -> PrintableReceipt:
    payment = payments.get_payment(ws, payment_id)
    invoice = invoices.get_invoice(ws, payment.invoice_id) if payment.invoice_id else None
    paid_to_date = 0
    if invoice is not None:
        paid_to_date = sum(p.amount_minor for p in payments.list_payments(ws, invoice_id=invoice.id)
                           if p.id <= payment.id)
    with ws.read() as s:
        practice = s.scalars(select(Practice)).one()
        return PrintableReceipt(
            payment=payment, issuer=invoices.issuer_of(practice),
            recipient=_recipient(s, payment, invoice),
            language=language or practice.language or "en",
            currency=invoice.currency if invoice else practice.currency, invoice=invoice,
            paid_to_date_minor=paid_to_date, logo_png=practice.logo_png)


def _recipient(session, payment: PaymentView, invoice: InvoiceView | None) -> RecipientDetails:  # noqa: ANN001
    if payment.client_id is not None:
        return invoices.recipient_of(session, payment.client_id)
    # The client was erased: only what their issued invoice printed is left.
    inv = session.get(Invoice, invoice.id) if invoice is not None else None
    if inv is not None and inv.issued_snapshot:
        return invoices._from_snapshot(inv.issued_snapshot)[1]
    return RecipientDetails()


def build_receipt_pdf(doc: PrintableReceipt, fh: BinaryIO) -> None:
    lang, cur, pay = doc.language, doc.currency, doc.payment
    L = labels_for(lang)  # noqa: N806
    st = lay.styles()

    def money(minor: int) -> str:
        return format_money(minor, cur, lang)

    meta = [(L["number"], pay.receipt_number or ""),
            (L["issue_date"], format_date(pay.paid_on, lang, currency=cur))]
    right = [Paragraph(escape(L["receipt"]), st["title"]), Spacer(1, 2.5 * mm),
             lay.meta_table(meta, st)]
    amount_box = Table([[Paragraph(escape(L["amount_received"]), st["amount_label"]),
                         Paragraph(escape(money(pay.amount_minor)), st["total_value"])]],
                       colWidths=[lay.FRAME_WIDTH - 60 * mm, 60 * mm])
    amount_box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), lay.BAND),
                                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    rows = [(L["payment_date"], format_date(pay.paid_on, lang, currency=cur)),
            (L["method"], L.get(f"method_{pay.method}", pay.method))]
    if pay.reference:
        rows.append((L["reference"], pay.reference))
    if doc.invoice is not None:
        inv = doc.invoice
        rows += [(L["for_invoice"], inv.number or ""),
                 (L["invoice_total"], money(inv.total_minor)),
                 (L["paid_to_date"], money(doc.paid_to_date_minor)),
                 (L["remaining"], money(max(inv.total_minor - doc.paid_to_date_minor, 0)))]
    else:
        rows.append((L["for_invoice"], L["no_invoice"]))
    if pay.credit_minor and doc.invoice is not None:
        rows.append((L["kept_as_credit"], money(pay.credit_minor)))
    details = Table([[Paragraph(escape(k), st["small"]), Paragraph(lay.text(v), st["body"])]
                     for k, v in rows], colWidths=[55 * mm, lay.FRAME_WIDTH - 55 * mm])
    details.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, lay.RULE),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [lay.header(lay.issuer_block(doc.issuer, doc.logo_png, st, L["tax_number"]), right),
             Spacer(1, 8 * mm),
             *lay.recipient_block(doc.recipient, L["received_from"], st),
             Spacer(1, 8 * mm), amount_box, Spacer(1, 6 * mm), details]
    footer, footer_h = lay.footer_paragraph(doc.issuer.invoice_footer, st)
    label = f"{L['receipt']} {pay.receipt_number or ''}".strip()
    lay.build(fh, story, footer=footer, footer_h=footer_h, label=label, page_label=L["page"],
              author=doc.issuer.name)


def receipt_pdf_bytes(ws: Workspace, payment_id: int, language: str | None = None) -> bytes:
    buf = io.BytesIO()
    build_receipt_pdf(printable_receipt(ws, payment_id, language), buf)
    return buf.getvalue()


def write_receipt_pdf(ws: Workspace, payment_id: int, path: Path | str,
                      language: str | None = None) -> Path:
    """The receipt's PDF at `path` (temp file → fsync → rename: never half-written)."""
    doc = printable_receipt(ws, payment_id, language)
    return write_pdf_atomically(path, lambda fh: build_receipt_pdf(doc, fh))
