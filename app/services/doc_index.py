"""The full-text index of a client's documentation (notes with their addenda, filled-in forms,
file names), kept in the encrypted workspace as the SQLite FTS5 table `doc_search`.

The table (migration 0004) is a regular FTS5 table with `secure-delete` on, so a removed
document leaves no words behind in the index. Row ids encode what a row is: `id * 4 + kind`.
The `owner` column holds one token, `c<client id>`, so a search inside one client's records is
an FTS intersection rather than a scan. Accents and case are ignored (unicode61,
remove_diacritics 2): "ansiedad" finds "Ansiedad", "sueno" finds "sueño".

The services keep rows current in the same transaction as the document they describe (the
words come from Python: HTML to text, form answers to text); SQL triggers delete the row when
the document row itself is deleted, which also covers erasing a client (cascades). Trashed
documents are taken out of the index and put back when restored.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.services.html_sanitizer import plain_text
from app.store.models import NoteAddendum
from app.text import fold

TABLE = "doc_search"
NOTE, FORM, FILE = 1, 2, 3
KIND_NAMES = {NOTE: "note", FORM: "form", FILE: "file"}
KIND_CODES = {v: k for k, v in KIND_NAMES.items()}
# Terms shorter than this are ignored: "a*" would match nearly every document.
MIN_TERM = 2
MIN_PREFIX = 3
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


def row_id(kind: int, doc_id: int) -> int:
    return doc_id * 4 + kind


def split_row_id(rowid: int) -> tuple[str, int]:
    return KIND_NAMES[rowid % 4], rowid // 4


def owner_token(client_id: int) -> str:
    return f"c{int(client_id)}"


# --- the words of a document ------------------------------------------------------------------


def note_text(body_html: str, addenda_html: Iterable[str] = ()) -> str:
    return "\n".join(t for t in (plain_text(body_html), *(plain_text(a) for a in addenda_html)) if t)


def answer_text(question: dict[str, Any], answer: Any) -> str:
    """What of an answer is worth finding: typed text, chosen options, the signer's name.
    Yes/no, scale values and dates are not words anyone searches for."""
    kind = question.get("type")
    if answer is None or kind in ("yes_no", "scale", "date"):
        return ""
    if kind == "signature" and isinstance(answer, dict):
        return str(answer.get("name") or "")
    if isinstance(answer, list):
        return ", ".join(str(a) for a in answer)
    return str(answer)


def form_text(questions: list[dict[str, Any]], answers: dict[str, Any]) -> str:
    parts = (answer_text(q, (answers or {}).get(q.get("id"))) for q in questions or [])
    return "\n".join(p for p in parts if p)


# --- writing ----------------------------------------------------------------------------------

_DELETE = text(f"DELETE FROM {TABLE} WHERE rowid = :rowid")
_INSERT = text(f"INSERT INTO {TABLE} (rowid, title, body, owner) "
               "VALUES (:rowid, :title, :body, :owner)")


def put(where: Session | Connection, kind: int, doc_id: int, client_id: int, title: str,
        body: str) -> None:
    """Index (or re-index) one document inside the caller's transaction."""
    rid = row_id(kind, doc_id)
    where.execute(_DELETE, {"rowid": rid})
    where.execute(_INSERT, {"rowid": rid, "title": title or "", "body": body or "",
                            "owner": owner_token(client_id)})


def remove(where: Session | Connection, kind: int, doc_id: int) -> None:
    where.execute(_DELETE, {"rowid": row_id(kind, doc_id)})


def index_note(session: Session, note: Any) -> None:
    """(Re-)index a Note model with its addenda; trashed notes are taken out."""
    if note.deleted_at is not None:
        remove(session, NOTE, note.id)
        return
    addenda = session.scalars(select(NoteAddendum.body_html).where(NoteAddendum.note_id == note.id)
                              .order_by(NoteAddendum.id)).all()
    put(session, NOTE, note.id, note.client_id, note.title, note_text(note.body_html, addenda))


def index_form(session: Session, response: Any) -> None:
    if response.deleted_at is not None:
        remove(session, FORM, response.id)
        return
    put(session, FORM, response.id, response.client_id, response.title,
        form_text(response.questions, response.answers))


def index_file(session: Session, stored: Any) -> None:
    if stored.deleted_at is not None:
        remove(session, FILE, stored.id)
        return
    put(session, FILE, stored.id, stored.client_id, stored.name, "")


def rebuild(conn: Connection, batch: int = 5_000) -> int:
    """Empty the index and fill it from every document not in the trash (used after bulk
    inserts that bypass the services, e.g. the benchmark generator). Returns rows indexed."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    rows: list[dict[str, Any]] = []
    count = 0

    def flush() -> None:
        nonlocal rows, count
        if rows:
            conn.execute(_INSERT, rows)
            count += len(rows)
            rows = []

    addenda: dict[int, list[str]] = {}
    for note_id, body in conn.execute(text(
            "SELECT note_id, body_html FROM note_addendum ORDER BY note_id, id")):
        addenda.setdefault(note_id, []).append(body)
    for nid, cid, title, body in conn.execute(text(
            "SELECT id, client_id, title, body_html FROM note WHERE deleted_at IS NULL")):
        rows.append({"rowid": row_id(NOTE, nid), "title": title or "",
                     "body": note_text(body, addenda.get(nid, ())), "owner": owner_token(cid)})
        if len(rows) >= batch:
            flush()
    for fid, cid, title, questions, answers in conn.execute(text(
            "SELECT id, client_id, title, questions, answers FROM form_response "
            "WHERE deleted_at IS NULL")):
        rows.append({"rowid": row_id(FORM, fid), "title": title or "",
                     "body": form_text(json.loads(questions or "[]"), json.loads(answers or "{}")),
                     "owner": owner_token(cid)})
    for fid, cid, name in conn.execute(text(
            "SELECT id, client_id, name FROM stored_file WHERE deleted_at IS NULL")):
        rows.append({"rowid": row_id(FILE, fid), "title": name, "body": "",
                     "owner": owner_token(cid)})
    flush()
    return count


# --- querying ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w", re.UNICODE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 16
RANK_AT_MOST = 20_000


def match_expression(user_text: str, client_id: int | None = None) -> str | None:
    """The FTS5 query for what the user typed: every word must appear (as a word or the start of
    one) in the title or the text; None when nothing searchable was typed. User text never
    reaches FTS5 syntax unquoted."""
    terms = []
    for raw in (user_text or "").split():
        letters = sum(1 for _ in _WORD.finditer(raw))
        if letters < MIN_TERM:
            continue
        # Two letters match a whole word ("GP", "TOC"); from three on, the start of words.
        # (A two-letter prefix matches nearly every note and costs ~0.1 s to gather.)
        star = "*" if letters >= MIN_PREFIX else ""
        terms.append('"' + raw.replace('"', '""') + '"' + star)
    if not terms:
        return None
    expr = "{title body} : (" + " AND ".join(terms) + ")"
    if client_id is not None:
        expr = f'owner : "{owner_token(client_id)}" AND {expr}'
    return expr


def matching_ids(session: Session, user_text: str, client_id: int | None = None
                 ) -> dict[str, set[int]] | None:
    """Ids of matching documents by kind ("note", "form", "file"); None if nothing searchable
    was typed (the caller then does not filter)."""
    expr = match_expression(user_text, client_id)
    if expr is None:
        return None
    found: dict[str, set[int]] = {name: set() for name in KIND_NAMES.values()}
    for (rowid,) in session.execute(text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q"),
                                    {"q": expr}):
        kind, doc_id = split_row_id(rowid)
        found[kind].add(doc_id)
    return found


_fold_word = functools.lru_cache(maxsize=20_000)(fold)  # the same words recur in every note


def _terms(user_text: str) -> list[str]:
    """The folded word pieces of what was typed (each matches the start of a word)."""
    return [_fold_word(t) for t in _TOKEN.findall(user_text or "") if t]


def make_snippet(body: str, user_text: str, words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `body` around the densest cluster of matches, matched words
    wrapped in HIGHLIGHT_START/HIGHLIGHT_END, "…" where cut. Done here rather than with FTS5's
    snippet(), which re-runs the whole query for each row (hundreds of ms for common words)."""
    terms = _terms(user_text)
    spans = [(m.start(), m.end(), _fold_word(m.group())) for m in _TOKEN.finditer(body or "")]
    if not spans:
        return ""
    hit = [any(w.startswith(t) for t in terms) for _s, _e, w in spans]
    best_start, best_score = 0, -1
    for i, is_hit in enumerate(hit):
        if not is_hit:
            continue
        start = max(0, i - 3)
        window = spans[start:start + words]
        score = len({t for _s, _e, w in window for t in terms if w.startswith(t)})
        if score > best_score:
            best_start, best_score = start, score
    end = min(len(spans), best_start + words)
    out = ["…"] if best_start > 0 else []
    pos = spans[best_start][0]
    for i in range(best_start, end):
        s0, e0, _w = spans[i]
        out.append(body[pos:s0])
        out.append(f"{HIGHLIGHT_START}{body[s0:e0]}{HIGHLIGHT_END}" if hit[i] else body[s0:e0])
        pos = e0
    if end < len(spans):
        out.append(body[pos:spans[end][0]].rstrip(" \n\t") + "…")
    return "".join(out)


def ranked(session: Session, user_text: str, limit: int) -> list[tuple[str, int, str]]:
    """The best `limit` matches as (kind, id, snippet), best first (title matches weigh more;
    when very many match, the most recently written first). The snippet marks matched words
    with HIGHLIGHT_START/HIGHLIGHT_END."""
    expr = match_expression(user_text)
    if expr is None:
        return []
    # Ranking scores every match: cheap for a few thousand, ~0.3 s when a short prefix matches
    # nearly every note. Past RANK_AT_MOST matches relevance means little anyway: newest first.
    count = session.execute(text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :q"),
                            {"q": expr}).scalar_one()
    order = "rank" if count <= RANK_AT_MOST else "rowid DESC"
    top = [r for (r,) in session.execute(
        text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q ORDER BY {order} LIMIT :n"),
        {"q": expr, "n": int(limit)})]
    if not top:
        return []
    bodies = dict(session.execute(text(
        f"SELECT rowid, body FROM {TABLE} WHERE rowid IN ({','.join(str(int(r)) for r in top)})")
    ).all())
    return [(*split_row_id(r), make_snippet(bodies.get(r, ""), user_text)) for r in top]
