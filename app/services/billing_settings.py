"""Billing settings that are not columns of the practice row editable through
`practice.update_practice`: the logo printed on invoices, the receipt number format and the
list of tax rates offered in the invoice editor.

The rest of Settings → Billing (name, address, tax number, currency, invoice and credit-note
number formats, payment terms, payment instructions, footer) goes through
`app.services.practice.update_practice`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, invoice_records, numbering
from app.store.models import Practice, Setting

if TYPE_CHECKING:
    from app.workspace import Workspace

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 2 * 1024 * 1024
TAX_RATES_SETTING = "billing.tax_rates"
DEFAULT_TAX_RATES = ("0",)


def _set(ws_session, key: str, value: object) -> None:  # noqa: ANN001
    row = ws_session.get(Setting, key)
    if row is None:
        ws_session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_logo(ws: Workspace) -> bytes | None:
    with ws.read() as s:
        return s.scalar(select(Practice.logo_png))


def set_logo(ws: Workspace, png: bytes | None) -> None:
    """The logo printed at the top of invoices and receipts (PNG, up to 2 MB); None removes it."""
    if png is not None:
        if not png.startswith(PNG_MAGIC):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "The logo must be a PNG image."), field="logo")
        if len(png) > MAX_LOGO_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "The logo is too large: choose an image under 2 MB."), field="logo")
    with ws.write() as s:
        p = s.scalars(select(Practice)).one()
        p.logo_png = png
        audit.record(s, "update", "practice", p.id, {"fields": ["logo_png"]})


def get_receipt_number_format(ws: Workspace) -> str:
    with ws.read() as s:
        return numbering.receipt_format(s)


def set_receipt_number_format(ws: Workspace, fmt: str) -> str:
    fmt = numbering.validate_number_format(fmt, field="receipt_number_format")
    with ws.write() as s:
        _set(s, numbering.RECEIPT_FORMAT_SETTING, fmt)
    return fmt


def preview_numbers(ws: Workspace, on: dt.date | None = None,
                    formats: dict[str, str] | None = None) -> dict[str, str]:
    """The numbers the next invoice, credit note and receipt would get (for Settings).
    `formats` ({numbering.INVOICE: "F-{seq}"}, …) previews formats being typed, not yet saved;
    each must be valid (numbering.validate_number_format)."""
    on = on or dt.date.today()
    formats = formats or {}
    with ws.read() as s:
        p = s.scalars(select(Practice)).one()
        saved = {numbering.INVOICE: p.invoice_number_format,
                 numbering.CREDIT_NOTE: p.credit_note_number_format,
                 numbering.RECEIPT: numbering.receipt_format(s)}
        return {kind: numbering.peek_number(s, kind, formats.get(kind) or fmt, on)
                for kind, fmt in saved.items()}


def get_tax_rates(ws: Workspace) -> list[Decimal]:
    """The tax rates (percent) offered in the invoice editor, ascending."""
    with ws.read() as s:
        row = s.get(Setting, TAX_RATES_SETTING)
        values = row.value if row is not None and row.value else DEFAULT_TAX_RATES
    return sorted({Decimal(v) for v in values})


def set_tax_rates(ws: Workspace, rates: list[Decimal | str | int]) -> list[Decimal]:
    checked = sorted({invoice_records.check_percent(r, "tax_rates") for r in rates})
    with ws.write() as s:
        _set(s, TAX_RATES_SETTING, [str(r) for r in checked])
    return checked
