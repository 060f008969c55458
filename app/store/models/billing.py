"""Invoices and credit notes, their lines, payments and stored payment methods.

Money is integer minor units of the practice currency; rates and quantities are exact decimals.
A payment method never holds a full card number or a security code: only brand, last 4, expiry.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, DecimalText, JSONText, Timestamps, UTCDateTime


class InvoiceStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CANCELLED = "cancelled"


class InvoiceKind(enum.StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class Invoice(Timestamps, Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None once the client was erased (0007): an issued invoice stays, as printed in
    # `issued_snapshot`, and nothing else of the client does.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                                  index=True)
    kind: Mapped[str] = mapped_column(String(20), default=InvoiceKind.INVOICE)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=InvoiceStatus.DRAFT, index=True)
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    subtotal_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    credited_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT")
    )
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The practice and client details as printed when issued: an issued invoice never changes.
    issued_snapshot: Mapped[Any] = mapped_column(JSONText, nullable=True)


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    line_date: Mapped[dt.date | None] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("1"))
    unit_price_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))
    discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0"))


class Payment(Timestamps, Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None once the client was erased (0007); the payment stays with its receipt number.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                                  index=True)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True
    )
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))  # cash, card, bank_transfer, insurance, other
    reference: Mapped[str] = mapped_column(String(200), default="")
    receipt_number: Mapped[str | None] = mapped_column(String(60), unique=True)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PaymentMethod(Timestamps, Base):
    __tablename__ = "payment_method"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # card, bank_account
    card_brand: Mapped[str] = mapped_column(String(40), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    card_exp_month: Mapped[int | None] = mapped_column(Integer)
    card_exp_year: Mapped[int | None] = mapped_column(Integer)
    holder_name: Mapped[str] = mapped_column(String(200), default="")
    bank_label: Mapped[str] = mapped_column(String(200), default="")
    is_default: Mapped[bool] = mapped_column(default=False)
