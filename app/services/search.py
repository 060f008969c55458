"""Find clients and contacts by name, email or phone: the window's search box and the pickers
(new relationship) use this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select

from app.services import doc_index, people, validation
from app.services.appointments import practice_zone
from app.store.models import EmailAddress, FormResponse, Note, Person, PhoneNumber, StoredFile

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class PersonHit:
    id: int
    kind: str  # "client" or "contact"
    name: str
    status: str
    email: str
    phone: str


def search_people(ws: Workspace, text: str, *, kinds: tuple[str, ...] = ("client", "contact"),
                  limit: int = 20, exclude_ids: tuple[int, ...] = ()) -> list[PersonHit]:
    """Up to `limit` people of each kind matching every word of `text` (accents ignored),
    clients first, then contacts, each by name. Trashed people are not found."""
    terms = validation.fold(text).split()
    if not terms:
        return []
    email = (select(EmailAddress.address).where(EmailAddress.person_id == Person.id)
             .order_by(EmailAddress.position).limit(1).scalar_subquery())
    phone = (select(PhoneNumber.number).where(PhoneNumber.person_id == Person.id)
             .order_by(PhoneNumber.position).limit(1).scalar_subquery())
    hits: list[PersonHit] = []
    with ws.read() as s:
        for kind in kinds:
            conds = [Person.kind == kind, Person.deleted_at.is_(None)]
            if exclude_ids:
                conds.append(Person.id.not_in(exclude_ids))
            for term in terms:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conds.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
            stmt = (select(Person.id, Person.kind, Person.first_name, Person.last_name,
                           Person.preferred_name, Person.status, email, phone)
                    .where(and_(*conds))
                    .order_by(Person.sort_name, Person.id)
                    .limit(limit))
            for r in s.execute(stmt):
                hits.append(PersonHit(r[0], r[1], people.display_name(r[2], r[3], r[4]),
                                      r[5], r[6] or "", r[7] or ""))
    return hits


# --- documentation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocHit:
    """A note, filled-in form or file whose words match, with its client."""

    kind: str  # "note", "form" or "file"
    id: int
    client_id: int
    client_name: str
    title: str
    date: dt.date
    snippet: str  # the matching passage, plain text ("…" where cut)
    highlights: tuple[tuple[int, int], ...]  # (start, end) of matched words in `snippet`


def _split_snippet(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """FTS5's snippet with its markers → plain text with whitespace collapsed, and where the
    matched words are in it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    space = False
    for ch in marked:
        if ch == doc_index.HIGHLIGHT_END:
            if start is not None and len(out) > start:
                spans.append((start, len(out)))
            start = None
        elif ch.isspace():
            space = True
        else:
            if space and out:
                out.append(" ")
            space = False
            if ch == doc_index.HIGHLIGHT_START:
                start = len(out)
            else:
                out.append(ch)
    return "".join(out), tuple(spans)


def search_documentation(ws: Workspace, text: str, limit: int = 50) -> list[DocHit]:
    """Notes, forms and files whose title or words contain every word of `text` (accents and
    case ignored, word starts match), best matches first, with the matching passage. Trashed
    documents and documents of trashed clients are not found. Words under two letters are
    ignored; nothing searchable gives []."""
    with ws.read() as s:
        # A few more than asked: hits of trashed clients are dropped below.
        top = doc_index.ranked(s, text, limit + limit // 4 + 5)
        if not top:
            return []
        by_kind: dict[str, list[int]] = {}
        for kind, doc_id, _snip in top:
            by_kind.setdefault(kind, []).append(doc_id)
        rows: dict[tuple[str, int], tuple] = {}
        zone = practice_zone(s)
        sources = (("note", Note, Note.title, Note.note_date),
                   ("form", FormResponse, FormResponse.title, FormResponse.completed_at),
                   ("file", StoredFile, StoredFile.name, StoredFile.created_at))
        for kind, model, title_col, date_col in sources:
            ids = by_kind.get(kind)
            if not ids:
                continue
            q = (select(model.id, model.client_id, title_col, date_col, Person.first_name,
                        Person.last_name, Person.preferred_name)
                 .join(Person, Person.id == model.client_id)
                 .where(model.id.in_(ids), model.deleted_at.is_(None),
                        Person.deleted_at.is_(None)))
            for doc_id, cid, title, when, first, last, preferred in s.execute(q):
                day = when.astimezone(zone).date() if isinstance(when, dt.datetime) else when
                rows[(kind, doc_id)] = (cid, people.display_name(first, last, preferred),
                                        title, day)
    hits = []
    for kind, doc_id, marked in top:
        row = rows.get((kind, doc_id))
        if row is None:
            continue
        snippet, spans = _split_snippet(marked)
        hits.append(DocHit(kind, doc_id, row[0], row[1], row[2], row[3], snippet, spans))
    return hits[:limit]
