"""Notes (with addenda), note and intake-form templates, form responses and uploaded files."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.store.models.base import Base, JSONText, Timestamps, UTCDateTime


class NoteStatus(enum.StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


class NoteTemplate(Timestamps, Base):
    __tablename__ = "note_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    shipped_key: Mapped[str | None] = mapped_column(String(80))


class FormTemplate(Timestamps, Base):
    __tablename__ = "form_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="")
    # [{"id": "q1", "type": "short_text"|"long_text"|..., "label": "...", "options": [...]}]
    questions: Mapped[Any] = mapped_column(JSONText, default=list)
    shipped_key: Mapped[str | None] = mapped_column(String(80))


class Note(Timestamps, Base):
    __tablename__ = "note"
    __table_args__ = (Index("ix_note_client_date", "client_id", "note_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("note_template.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    note_date: Mapped[dt.date] = mapped_column(Date)
    body_html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=NoteStatus.DRAFT)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    completed_by: Mapped[str] = mapped_column(String(200), default="")
    is_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    shared_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    delete_reason: Mapped[str] = mapped_column(Text, default="")


class NoteAddendum(Base):
    __tablename__ = "note_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")


class FormResponse(Timestamps, Base):
    __tablename__ = "form_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    form_template_id: Mapped[int | None] = mapped_column(
        ForeignKey("form_template.id", ondelete="SET NULL")
    )
    # The questions as they were when filled in, so editing the template never changes answers.
    title: Mapped[str] = mapped_column(String(300), default="")
    questions: Mapped[Any] = mapped_column(JSONText, default=list)
    answers: Mapped[Any] = mapped_column(JSONText, default=dict)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class StoredFile(Timestamps, Base):
    __tablename__ = "stored_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Deferred: listing files never loads their bytes.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
