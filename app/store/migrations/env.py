"""Alembic environment: always run on a connection handed in by app.store.migrate."""

from __future__ import annotations

from alembic import context

from app.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through app.store.migrate, on an unlocked workspace")


def _include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # The full-text index (0004) is FTS5 virtual tables, not models: autogenerate leaves it be.
    if type_ == "table" and name and name.startswith("doc_search"):
        return False
    custom = config.attributes.get("include_object")
    return custom(obj, name, type_, reflected, compare_to) if custom else True


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_object=_include_object,
)
with context.begin_transaction():
    context.run_migrations()
