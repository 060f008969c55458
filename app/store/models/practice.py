"""Practice-wide settings (one row) and a small key/value store for everything else."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, JSONText, Timestamps


class Practice(Timestamps, Base):
    __tablename__ = "practice"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    practitioner_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    tax_number: Mapped[str] = mapped_column(String(80), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    language: Mapped[str] = mapped_column(String(10), default="")
    invoice_number_format: Mapped[str] = mapped_column(String(80), default="INV-{year}-{seq:04}")
    credit_note_number_format: Mapped[str] = mapped_column(String(80), default="CN-{year}-{seq:04}")
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=14)
    payment_instructions: Mapped[str] = mapped_column(Text, default="")
    invoice_footer: Mapped[str] = mapped_column(Text, default="")
    auto_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    max_file_mb: Mapped[int] = mapped_column(Integer, default=100)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText, nullable=True)


class NumberSequence(Base):
    """Gap-free counters (invoice and credit-note numbers): read and bumped in one transaction."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)
