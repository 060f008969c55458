"""import batches; invoices and payments outlive an erased client

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 09:00:00

- `import_batch` and `import_batch_item`: what each CSV import created or changed (with the
  values it replaced), so that it can be undone; items cascade with their person.
- `invoice.client_id` and `payment.client_id` become nullable: erasing a client keeps issued
  invoices, credit notes and payments exactly as issued (their frozen `issued_snapshot`) with
  no link to anyone.

Dropping NOT NULL changes nothing on disk, so it is done the way SQLite documents for such
changes (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema
changes"): edit the stored CREATE TABLE text under `writable_schema` and bump
`schema_version`. A batch table rebuild is not an option here: migrations run in a
transaction with foreign keys on, where dropping the old `invoice` table would cascade-delete
every invoice line.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ("invoice", "payment")


def _set_client_id_sql(nullable: bool) -> None:
    conn = op.get_bind()
    old, new = "client_id INTEGER NOT NULL,", "client_id INTEGER,"
    if not nullable:
        old, new = new, old
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table in TABLES:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                (table,)).scalar()
            if old not in sql:
                raise RuntimeError(f"unexpected schema for {table}: {sql}")
            conn.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                (sql.replace(old, new, 1), table))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.create_table(
        'import_batch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('source_name', sa.String(length=500), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('created_count', sa.Integer(), nullable=False),
        sa.Column('updated_count', sa.Integer(), nullable=False),
        sa.Column('skipped_count', sa.Integer(), nullable=False),
        sa.Column('invalid_count', sa.Integer(), nullable=False),
        sa.Column('created_definitions', sa.String(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')),
    )
    op.create_table(
        'import_batch_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('previous', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'],
                                name=op.f('fk_import_batch_item_batch_id_import_batch'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_import_batch_item_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_item')),
    )
    op.create_index(op.f('ix_import_batch_item_batch_id'), 'import_batch_item', ['batch_id'],
                    unique=False)
    op.create_index(op.f('ix_import_batch_item_person_id'), 'import_batch_item', ['person_id'],
                    unique=False)
    _set_client_id_sql(nullable=True)


def downgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE client_id IS NULL LIMIT 1").first():
            raise RuntimeError(f"{table} rows of erased clients cannot go back to schema 0006")
    _set_client_id_sql(nullable=False)
    op.drop_index(op.f('ix_import_batch_item_person_id'), table_name='import_batch_item')
    op.drop_index(op.f('ix_import_batch_item_batch_id'), table_name='import_batch_item')
    op.drop_table('import_batch_item')
    op.drop_table('import_batch')
