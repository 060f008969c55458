"""documentation full-text search (FTS5)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00

`doc_search` indexes notes (title, text, addenda), filled-in forms (answers) and file names; see
app/services/doc_index.py for how rows are kept current. Triggers remove a document's row when
the document row is deleted, including by cascade when a client is erased. `secure-delete`
makes FTS5 remove a deleted row's words from the index itself, not just hide them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from app.services.doc_index import form_text, note_text

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

KINDS = (("note", 1), ("form_response", 2), ("stored_file", 3))


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text(
        "CREATE VIRTUAL TABLE doc_search USING fts5("
        "title, body, owner, tokenize = 'unicode61 remove_diacritics 2')"))
    conn.execute(sa.text("INSERT INTO doc_search (doc_search, rank) VALUES ('secure-delete', 1)"))
    # Title matches weigh more than body matches; the owner token never counts.
    conn.execute(sa.text(
        "INSERT INTO doc_search (doc_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 0.0)')"))
    for table, code in KINDS:
        conn.execute(sa.text(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM doc_search WHERE rowid = old.id * 4 + {code}; END"))
    _fill(conn)


def _fill(conn: sa.engine.Connection) -> None:
    """Index what the workspace already holds (trashed documents are not searchable)."""
    insert = sa.text("INSERT INTO doc_search (rowid, title, body, owner) "
                     "VALUES (:rowid, :title, :body, :owner)")
    addenda: dict[int, list[str]] = {}
    for note_id, body in conn.execute(sa.text(
            "SELECT note_id, body_html FROM note_addendum ORDER BY note_id, id")):
        addenda.setdefault(note_id, []).append(body)
    rows = []
    for nid, cid, title, body in conn.execute(sa.text(
            "SELECT id, client_id, title, body_html FROM note WHERE deleted_at IS NULL")):
        rows.append({"rowid": nid * 4 + 1, "title": title or "", "owner": f"c{cid}",
                     "body": note_text(body or "", addenda.get(nid, ()))})
        if len(rows) >= 5000:
            conn.execute(insert, rows)
            rows = []
    for fid, cid, title, questions, answers in conn.execute(sa.text(
            "SELECT id, client_id, title, questions, answers FROM form_response "
            "WHERE deleted_at IS NULL")):
        rows.append({"rowid": fid * 4 + 2, "title": title or "", "owner": f"c{cid}",
                     "body": form_text(json.loads(questions or "[]"), json.loads(answers or "{}"))})
    for fid, cid, name in conn.execute(sa.text(
            "SELECT id, client_id, name FROM stored_file WHERE deleted_at IS NULL")):
        rows.append({"rowid": fid * 4 + 3, "title": name or "", "body": "", "owner": f"c{cid}"})
    if rows:
        conn.execute(insert, rows)


def downgrade() -> None:
    conn = op.get_bind()
    for table, _code in KINDS:
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {table}_search_delete"))
    conn.execute(sa.text("DROP TABLE IF EXISTS doc_search"))
