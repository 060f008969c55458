"""mail: bodies parsed after the sync

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:00:00

The initial sync stores each message's headers and raw bytes and leaves the full MIME parse
(text and sanitized HTML bodies, attachments) for afterwards, so mail appears as fast as the
network brings it: `body_pending` marks the messages still to parse (a partial index finds
them), `maybe_attachments` is the quick guess shown until their attachment rows exist. Rows
written before this revision are fully parsed already (both columns 0). Plain ADD COLUMN: no
table rebuild, however much mail the file holds.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('mail_message', sa.Column('body_pending', sa.Boolean(), server_default='0',
                                            nullable=False))
    op.add_column('mail_message', sa.Column('maybe_attachments', sa.Boolean(),
                                            server_default='0', nullable=False))
    op.create_index('ix_mail_message_body_pending', 'mail_message', ['id'], unique=False,
                    sqlite_where=sa.text('body_pending = 1'))


def downgrade() -> None:
    # Bodies not parsed yet would read as empty under 0005: parse them first (the raw message
    # is kept, so nothing is lost if this is skipped, only shown blank until re-synced).
    op.drop_index('ix_mail_message_body_pending', table_name='mail_message',
                  sqlite_where=sa.text('body_pending = 1'))
    with op.batch_alter_table('mail_message', schema=None) as batch_op:
        batch_op.drop_column('maybe_attachments')
        batch_op.drop_column('body_pending')
