"""Sections and fields of the Personal tab, defined once for the workspace, and their values."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import Base, JSONText, Timestamps


class FieldType(enum.StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    CHECKBOX = "checkbox"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"


class BuiltinSection(enum.StrEnum):
    DETAILS = "details"
    CONTACT = "contact"
    ADDRESS = "address"


class CustomSection(Timestamps, Base):
    __tablename__ = "custom_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Set for the three built-in sections (their standard fields live on `person`); custom
    # fields can be added to them as to any custom section.
    builtin: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)

    fields: Mapped[list[CustomField]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="CustomField.position"
    )


class CustomField(Timestamps, Base):
    __tablename__ = "custom_field"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("custom_section.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    field_type: Mapped[str] = mapped_column(String(20))
    options: Mapped[list[str] | None] = mapped_column(JSONText)
    position: Mapped[int] = mapped_column(Integer, default=0)

    section: Mapped[CustomSection] = relationship(back_populates="fields")


class CustomFieldValue(Base):
    __tablename__ = "custom_field_value"
    __table_args__ = (UniqueConstraint("person_id", "field_id", name="person_field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[Any] = mapped_column(JSONText)
