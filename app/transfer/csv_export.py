"""CSV files for spreadsheets: a safe writer, and the invoices export of the Billing area.

Files are UTF-8 with a byte-order mark (so Excel reads accents right) and written atomically.
A text cell that a spreadsheet would take for a formula (starting with = + - @, a tab, a
carriage return or a NUL) is neutralised by a leading single quote: a client named
`=HYPERLINK(...)` cannot run anything when the export is opened. Numbers we produce ourselves
(amounts, as plain decimals with a dot) are written as numbers, so a negative credit-note amount
stays a number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic_files import write_atomically
from app.documents.labels import labels_for
from app.documents.money_format import minor_to_decimal
from app.services import billing_lists

if TYPE_CHECKING:
    from app.workspace import Workspace

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise_cell(value: object) -> str:
    """A cell's text, made inert for spreadsheets when it could be read as a formula.

    Only text is touched: ints and Decimals pass through as numbers (use them for amounts), and
    None is an empty cell. Dates are written ISO (2026-11-23).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        raise TypeError("floats are not written: pass a Decimal")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(header: Sequence[object], rows: Iterable[Sequence[object]],
              delimiter: str = ",") -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow([neutralise_cell(c) for c in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(path: Path | str, header: Sequence[object], rows: Iterable[Sequence[object]],
              delimiter: str = ",") -> Path:
    """Write a CSV (UTF-8 with BOM, CRLF, every text cell neutralised) atomically."""
    data = csv_bytes(header, rows, delimiter)
    return write_atomically(path, lambda fh: fh.write(data))


def export_invoices_csv(ws: Workspace, path: Path | str, *, status: str | None = None,
                        date_from: dt.date | None = None, date_to: dt.date | None = None,
                        client_id: int | None = None, kind: str | None = None,
                        language: str | None = None, delimiter: str = ",") -> int:
    """The invoices the Billing area shows for these filters, one row each; returns the count.
    Headers and statuses are in `language` (default English); amounts in currency units."""
    data, count = invoices_csv_bytes(ws, status=status, date_from=date_from, date_to=date_to,
                                     client_id=client_id, kind=kind, language=language,
                                     delimiter=delimiter)
    write_atomically(path, lambda fh: fh.write(data))
    return count


def invoices_csv_bytes(ws: Workspace, *, status: str | None = None,
                       date_from: dt.date | None = None, date_to: dt.date | None = None,
                       client_id: int | None = None, kind: str | None = None,
                       language: str | None = None, delimiter: str = ",") -> tuple[bytes, int]:
    """export_invoices_csv's file as bytes (for the practice export), and the row count."""
    L = labels_for(language)  # noqa: N806
    rows = billing_lists.list_invoices(ws, status=status, date_from=date_from, date_to=date_to,
                                       client_id=client_id, kind=kind)
    header = [L["number"], L["kind"], L["status"], L["client"], L["issue_date"], L["due_date"],
              L["currency"], L["subtotal"], L["discount_total"], L["tax"],
              L["total"], L["paid"], L["balance_due"], L["credited_invoice"]]

    def amount(minor: int, currency: str) -> Decimal:
        return minor_to_decimal(minor, currency)

    out = [[r.number or "", L["credit_note"] if r.kind == "credit_note" else L["invoice"],
            L.get(f"st_{r.effective_status}", r.effective_status), r.client_name,
            r.issue_date, r.due_date, r.currency,
            amount(r.subtotal_minor, r.currency), amount(r.discount_minor, r.currency),
            amount(r.tax_minor, r.currency), amount(r.total_minor, r.currency),
            amount(r.paid_minor, r.currency), amount(r.balance_minor, r.currency),
            r.credited_invoice_number or ""] for r in rows]
    return csv_bytes(header, out, delimiter), len(out)
