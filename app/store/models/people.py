"""Clients and contacts (one `person` table), their emails, phones, tags and relationships.

Clients and contacts share one table so that a contact can become a client without losing its
relationships, emails or history: converting only changes `kind`.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import Base, Timestamps, UTCDateTime


class PersonKind(enum.StrEnum):
    CLIENT = "client"
    CONTACT = "contact"


class ClientStatus(enum.StrEnum):
    LEAD = "lead"
    ACTIVE = "active"
    INACTIVE = "inactive"
    ARCHIVED = "archived"


client_tag = Table(
    "client_tag",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Person(Timestamps, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_kind_status", "kind", "status", "deleted_at"),
        Index("ix_person_sort", "kind", "sort_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default=PersonKind.CLIENT)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(60), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    # Clients only.
    status: Mapped[str] = mapped_column(String(20), default=ClientStatus.ACTIVE)
    # Contacts only.
    organization: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    # Address (structured so that invoices can print it).
    street: Mapped[str] = mapped_column(String(300), default="")
    street2: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    # Lower-cased, accent-folded "first last preferred emails phones" kept by the service layer
    # so that the list filters with one indexed-table LIKE instead of joins.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Folded "last first" kept by the service layer: lists sort by an index, accents ignored.
    sort_name: Mapped[str] = mapped_column(String(400), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    emails: Mapped[list[EmailAddress]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="EmailAddress.position"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PhoneNumber.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tag, order_by="Tag.name")


class EmailAddress(Base):
    __tablename__ = "email_address"
    __table_args__ = (Index("ix_email_address_lower", "address_lower"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    address_lower: Mapped[str] = mapped_column(String(320))
    label: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="emails")


class PhoneNumber(Base):
    __tablename__ = "phone_number"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="phones")


class Tag(Timestamps, Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#5b7db1")


class Relationship(Timestamps, Base):
    """`related` is `relation_type` of `person`: (Ana, Luis, "parent") reads "Luis is Ana's parent".

    Seen from `related`, the link reads with `reciprocal_type` ("Ana is Luis's child").
    """

    __tablename__ = "relationship"
    __table_args__ = (UniqueConstraint("person_id", "related_id", name="person_related"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    related_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    relation_type: Mapped[str] = mapped_column(String(80))
    reciprocal_type: Mapped[str] = mapped_column(String(80))
    # Whether `related` is an emergency contact of `person` (and the reverse).
    related_is_emergency_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    person_is_emergency_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
