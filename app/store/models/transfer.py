"""Import batches: what one CSV import created and changed, so it can be undone as a whole.

Each item points at the person it created or updated; `previous` holds, for an update, the
values the import replaced (fields it did not touch are absent). Items cascade with the person,
so erasing a client also erases what any import batch remembered about them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, JSONText, UTCDateTime, utcnow


class ImportStatus:
    RUNNING = "running"  # left so only by a crash mid-import: what was committed can be undone
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # rolled back when cancelled: nothing of it remains
    UNDONE = "undone"


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # client, contact
    source_name: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=ImportStatus.RUNNING)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    invalid_count: Mapped[int] = mapped_column(Integer, default=0)
    # Custom fields, sections and tags the import created: undo removes those left unused.
    created_definitions: Mapped[Any] = mapped_column(JSONText, nullable=True)


class ImportBatchItem(Base):
    __tablename__ = "import_batch_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"),
                                          index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10))  # created, updated
    previous: Mapped[Any] = mapped_column(JSONText, nullable=True)
