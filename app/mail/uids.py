"""Small helpers for IMAP UID lists."""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def chunks(items: Sequence, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def uid_set(uids: Sequence[int]) -> str:
    """"1:3,7,9:10" for [1, 2, 3, 7, 9, 10]: short commands for long runs of UIDs."""
    out: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(out)
