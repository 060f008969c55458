"""Documentation benchmarks over the generated workspace (100,000 notes at default scale): the
global full-text search (FTS5 in the encrypted file) for a rare word, common words, accents
and a two-letter prefix, and a client's Documentation tab with and without its search box."""

from __future__ import annotations

import functools

from sqlalchemy import func, select

from app.services import notes, search
from app.store.models import Note
from tests.benchmarks.run_benchmarks import benchmark


def _hits(hits) -> str:  # noqa: ANN001
    if not hits:
        return "0 hits"
    return f"{len(hits)} hits, first {hits[0].kind} {hits[0].id}"


def _items(items) -> str:  # noqa: ANN001
    return f"{len(items)} items"


@functools.cache
def _most_notes(ws) -> int:  # noqa: ANN001
    with ws.read() as s:
        return s.execute(select(Note.client_id).group_by(Note.client_id)
                         .order_by(func.count().desc(), Note.client_id).limit(1)).scalar_one()


@benchmark("full-text: rare word 'quetiapine'", describe=_hits)
def _rare(ws):  # noqa: ANN001
    return search.search_documentation(ws, "quetiapine")


@benchmark("full-text: common word 'sleep', top 50", describe=_hits)
def _common(ws):  # noqa: ANN001
    return search.search_documentation(ws, "sleep")


@benchmark("full-text: two words 'breathing minutes'", describe=_hits)
def _two_words(ws):  # noqa: ANN001
    return search.search_documentation(ws, "breathing minutes")


@benchmark("full-text: accents folded 'respiracion diafrag'", describe=_hits)
def _accents(ws):  # noqa: ANN001
    return search.search_documentation(ws, "respiracion diafrag")


@benchmark("full-text: prefix 'res' (half the notes)", describe=_hits)
def _short_prefix(ws):  # noqa: ANN001
    return search.search_documentation(ws, "res")


@benchmark("full-text: typing q, qu, que, quet (4 calls)", describe=_hits)
def _typing(ws):  # noqa: ANN001
    for typed in ("q", "qu", "que"):
        search.search_documentation(ws, typed)
    return search.search_documentation(ws, "quet")


@benchmark("full-text: a client's tab filtered 'sleep'", describe=_items)
def _tab_filtered(ws):  # noqa: ANN001
    return notes.list_documentation(ws, _most_notes(ws), text="sleep")


@benchmark("documentation tab: client with most notes", describe=_items)
def _tab(ws):  # noqa: ANN001
    return notes.list_documentation(ws, _most_notes(ws))
