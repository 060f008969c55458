"""The invoice and credit-note PDF (reportlab platypus), in the invoice's language.

Letterhead with the practice's logo and details, the client, the lines (the table header is
repeated on every page of a long invoice), discount, taxes per rate, totals, what is paid and
still due, payment instructions, notes, and on every page the practice's footer text and
"Page n of N". Everything the user typed is escaped: it prints exactly as typed.

    write_invoice_pdf(ws, invoice_id, path)        # atomically, to a file
    invoice_pdf_bytes(ws, invoice_id)              # for an email attachment
    build_invoice_pdf(printable, fh)               # from already-read data, no database
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import pdf_layout as lay
from app.documents.labels import labels_for
from app.documents.money_format import format_date, format_money, format_quantity, format_rate
from app.documents.pdf_files import write_pdf_atomically
from app.services import invoices
from app.services.invoice_records import OVERDUE, InvoiceView, PrintableInvoice
from app.store.models import InvoiceStatus

if TYPE_CHECKING:
    from app.workspace import Workspace


def suggested_filename(view: InvoiceView) -> str:
    """"INV-2026-0001.pdf", or "draft-12.pdf" for a draft; safe on every file system."""
    stem = view.number or f"draft-{view.id}"
    return re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._") + ".pdf"


def _title(inv: InvoiceView, L: dict[str, str]) -> str:  # noqa: N803 - the labels table
    if inv.is_credit_note:
        return L["credit_note"]
    return L["draft_invoice"] if inv.is_draft else L["invoice"]


def _badge(inv: InvoiceView, L: dict[str, str], st: dict) -> Paragraph | None:  # noqa: N803
    if inv.is_draft:
        return Paragraph(escape(L["draft_notice"]), st["badge_bad"])
    if inv.is_credit_note:
        return None
    if inv.status == InvoiceStatus.CANCELLED:
        return Paragraph(escape(L["status_cancelled"].format(number=inv.credit_note_number or "")),
                         st["badge_bad"])
    if inv.status == InvoiceStatus.PAID:
        return Paragraph(escape(L["status_paid"]), st["badge_good"])
    if inv.effective_status == OVERDUE:
        return Paragraph(escape(L["status_overdue"]), st["badge_bad"])
    return None


def _lines_table(doc: PrintableInvoice, L: dict[str, str], st: dict) -> Table:  # noqa: N803
    inv, lang, cur = doc.invoice, doc.language, doc.invoice.currency
    with_tax = any(ln.tax_rate for ln in inv.lines)
    widths = [21 * mm, None, 13 * mm, 26 * mm] + ([15 * mm] if with_tax else []) + [29 * mm]
    fixed = sum(w for w in widths if w)
    widths[1] = lay.FRAME_WIDTH - fixed
    head = [L["date"], L["description"], L["quantity"], L["unit_price"]]
    head += [L["tax"]] if with_tax else []
    head += [L["amount"]]
    rows = [[Paragraph(escape(h), st["th"] if i < 2 else st["th_r"]) for i, h in enumerate(head)]]
    for ln in inv.lines:
        desc = lay.text(ln.description)
        if ln.discount_percent:
            desc += (f'<br/><font size="7.5" color="#66707a">'
                     f'{escape(L["line_discount"].format(rate=format_rate(ln.discount_percent, lang, cur)))}'
                     f"</font>")
        row = [Paragraph(escape(format_date(ln.line_date, lang, "numeric", cur)), st["td"]),
               Paragraph(desc, st["td"]),
               Paragraph(escape(format_quantity(ln.quantity, lang, cur)), st["td_r"]),
               Paragraph(escape(format_money(ln.unit_price_minor, cur, lang)), st["td_r"])]
        if with_tax:
            row.append(Paragraph(escape(format_rate(ln.tax_rate, lang, cur)), st["td_r"]))
        row.append(Paragraph(escape(format_money(ln.amount_minor, cur, lang)), st["td_r"]))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), lay.BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, lay.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, lay.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _totals_table(doc: PrintableInvoice, L: dict[str, str], st: dict) -> Table:  # noqa: N803
    inv, lang, cur = doc.invoice, doc.language, doc.invoice.currency

    def money(minor: int) -> str:
        return escape(format_money(minor, cur, lang))

    rows: list[tuple[str, str, str]] = [(L["subtotal"], money(inv.subtotal_minor), "sum")]
    if inv.discount_minor:
        rows.append((L["discount"].format(rate=format_rate(inv.discount_percent, lang, cur)),
                     money(-inv.discount_minor), "sum"))
    if inv.tax_minor or any(t.rate for t in inv.taxes):
        for t in inv.taxes:
            rows.append((L["tax_line"].format(rate=format_rate(t.rate, lang, cur),
                                              base=format_money(t.base_minor, cur, lang)),
                         money(t.tax_minor), "sum"))
    total_row = len(rows)
    rows.append((L["credit_total"] if inv.is_credit_note else L["total"],
                 money(inv.total_minor), "total"))
    standing = not inv.is_draft and not inv.is_credit_note and inv.status != InvoiceStatus.CANCELLED
    if standing:
        if inv.paid_minor:
            rows.append((L["paid"], money(-inv.paid_minor), "sum"))
        rows.append((L["balance_due"], money(inv.balance_minor), "due"))
        if inv.overpaid_minor:
            rows.append((L["overpaid"], money(inv.overpaid_minor), "sum"))
    data = [[Paragraph(escape(label), st[f"{kind}_label"]), Paragraph(value, st[f"{kind}_value"])]
            for label, value, kind in rows]
    table = Table(data, colWidths=[66 * mm, 34 * mm], hAlign="RIGHT")
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
             ("LINEABOVE", (0, total_row), (-1, total_row), 0.9, lay.INK),
             ("TOPPADDING", (0, total_row), (-1, total_row), 5),
             ("BOTTOMPADDING", (0, total_row), (-1, total_row), 5)]
    if standing:
        due_row = total_row + (2 if inv.paid_minor else 1)
        style += [("BACKGROUND", (0, due_row), (-1, due_row), lay.BAND)]
    table.setStyle(TableStyle(style))
    return table


def _boxed(flowables: list, width: float = lay.FRAME_WIDTH) -> Table:
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), lay.BAND),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def build_invoice_pdf(doc: PrintableInvoice, fh: BinaryIO) -> None:
    """Write the PDF of `doc` into the binary file object `fh`."""
    inv, lang, cur = doc.invoice, doc.language, doc.invoice.currency
    L = labels_for(lang)  # noqa: N806
    st = lay.styles()
    title = _title(inv, L)

    meta = []
    if inv.number:
        meta.append((L["number"], inv.number))
    if inv.issue_date:
        meta.append((L["issue_date"], format_date(inv.issue_date, lang, currency=cur)))
    if inv.due_date and not inv.is_credit_note:
        meta.append((L["due_date"], format_date(inv.due_date, lang, currency=cur)))
    right: list = [Paragraph(escape(title), st["title"]), Spacer(1, 2.5 * mm)]
    if meta:
        right.append(lay.meta_table(meta, st))
    badge = _badge(inv, L, st)
    if badge is not None:
        right += [Spacer(1, 2 * mm), badge]

    story: list = [lay.header(lay.issuer_block(doc.issuer, doc.logo_png, st, L["tax_number"]), right),
                   Spacer(1, 8 * mm),
                   Table([[lay.recipient_block(doc.recipient, L["bill_to"], st)]],
                         colWidths=[lay.FRAME_WIDTH * 0.56], hAlign="LEFT",
                         style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
                   Spacer(1, 7 * mm)]
    if inv.is_credit_note:
        ref = L["credits_invoice"].format(
            number=inv.credited_invoice_number or "",
            date=format_date(doc.credited_issue_date, lang, currency=cur))
        story += [_boxed([Paragraph(escape(ref), st["body"]),
                          Paragraph(lay.text(L["reason"].format(reason=inv.cancel_reason)), st["body"])]),
                  Spacer(1, 6 * mm)]
    story += [_lines_table(doc, L, st), Spacer(1, 5 * mm), KeepTogether(_totals_table(doc, L, st))]

    extra: list = []
    if (doc.issuer.payment_instructions.strip() and not inv.is_credit_note
            and inv.status != InvoiceStatus.CANCELLED and (inv.is_draft or inv.balance_minor > 0)):
        extra.append(KeepTogether([
            Paragraph(escape(L["payment_instructions"].upper()), st["section"]), Spacer(1, 1.5 * mm),
            Paragraph(lay.text(doc.issuer.payment_instructions.strip()), st["body"])]))
    if inv.notes.strip():
        extra.append(KeepTogether([
            Paragraph(escape(L["notes"].upper()), st["section"]), Spacer(1, 1.5 * mm),
            Paragraph(lay.text(inv.notes.strip()), st["body"])]))
    for block in extra:
        story += [Spacer(1, 7 * mm), block]

    footer, footer_h = lay.footer_paragraph(doc.issuer.invoice_footer, st)
    label = f"{title} {inv.number}" if inv.number else title
    lay.build(fh, story, footer=footer, footer_h=footer_h, label=label, page_label=L["page"],
              author=doc.issuer.name)


def invoice_pdf_bytes(ws: Workspace, invoice_id: int, language: str | None = None) -> bytes:
    buf = io.BytesIO()
    build_invoice_pdf(invoices.printable(ws, invoice_id, language), buf)
    return buf.getvalue()


def write_invoice_pdf(ws: Workspace, invoice_id: int, path: Path | str,
                      language: str | None = None) -> Path:
    """The invoice's PDF at `path` (temp file → fsync → rename: never half-written)."""
    doc = invoices.printable(ws, invoice_id, language)
    return write_pdf_atomically(path, lambda fh: build_invoice_pdf(doc, fh))
