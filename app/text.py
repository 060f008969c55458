"""Text helpers shared by every layer (no dependencies)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, for search and sorting: "José" matches and sorts as "jose"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
