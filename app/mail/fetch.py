"""Getting message bytes from IMAP: whole messages in batches, and large messages without their
large parts.

A message bigger than the attachment limit is rebuilt from its BODYSTRUCTURE: headers and every
part under the limit are fetched, each part over it becomes an empty placeholder carrying an
`X-Consulta-Omitted: section=<n>; size=<bytes>` header, which app/mail/parse.py lists as an
attachment to fetch on demand (`fetch_part`). So a 30 MB attachment costs nothing until the
practitioner asks for it.

The sync fetches on a helper thread (`Prefetcher`), batches cut by count and by bytes
(`batches_by_size`), while its own thread stores the previous ones. Runs on those threads.
"""

from __future__ import annotations

import datetime as dt
import email
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email import policy
from typing import Generic, TypeVar

from app.mail.parse import OMITTED_HEADER

META_ITEMS = ["FLAGS", "RFC822.SIZE", "INTERNALDATE"]
BATCH_BYTES = 16 * 1024 * 1024  # whole messages held per batch (a few prefetched ones wait)
T = TypeVar("T")


@dataclass(frozen=True)
class Fetched:
    uid: int
    flags: tuple[str, ...]
    size: int
    internal_date: dt.datetime | None
    raw: bytes
    partial: bool


def flag_names(flags) -> tuple[str, ...]:
    return tuple(sorted(f.decode() if isinstance(f, bytes) else str(f) for f in flags))


def _aware(value) -> dt.datetime | None:
    if not isinstance(value, dt.datetime):
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def fetch_sizes(client, uids: list[int], chunk: int = 2000) -> dict[int, int]:
    """RFC822.SIZE of each UID (selected folder): tells whole messages from large ones before
    their batches are fetched, so a batch of ordinary mail is one command."""
    sizes: dict[int, int] = {}
    for i in range(0, len(uids), chunk):
        for uid, data in client.fetch(uids[i:i + chunk], ["RFC822.SIZE"]).items():
            sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
    return sizes


def fetch_messages(client, uids: list[int], limit: int,
                   sizes: dict[int, int] | None = None) -> list[Fetched]:
    """The messages `uids` (already selected folder), in UID order; UIDs that vanished on the
    server meanwhile are simply absent. `sizes` (fetch_sizes) saves a round trip."""
    if not uids:
        return []
    if sizes is None:
        sizes = fetch_sizes(client, uids)
    small = [u for u in uids if u in sizes and sizes[u] <= limit]
    large = [u for u in uids if u in sizes and sizes[u] > limit]
    got = client.fetch(small, [*META_ITEMS, "BODY.PEEK[]"]) if small else {}
    if large:
        got.update(client.fetch(large, META_ITEMS))
    out = []
    for uid in uids:
        m = got.get(uid)
        if m is None:
            continue  # expunged meanwhile
        if uid in large:
            raw, partial = partial_message(client, uid, limit), True
        else:
            raw, partial = m.get(b"BODY[]") or b"", False
        out.append(Fetched(uid, flag_names(m.get(b"FLAGS", ())), int(m.get(b"RFC822.SIZE", 0)),
                           _aware(m.get(b"INTERNALDATE")), raw, partial))
    return out


def batches_by_size(uids: list[int], sizes: dict[int, int], count: int,
                    max_bytes: int = BATCH_BYTES) -> list[list[int]]:
    """`uids` in order, cut into batches of at most `count` UIDs and (unless a single message
    is larger) `max_bytes` of whole messages; UIDs over `limit` cost nothing here."""
    out: list[list[int]] = []
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if batch and (len(batch) >= count or total + size > max_bytes):
            out.append(batch)
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        out.append(batch)
    return out


class Prefetcher(Generic[T]):
    """Runs `work` — an iterator whose every step fetches a batch — on a helper thread, a few
    steps ahead of the caller, so that the server's and the network's time overlaps the
    caller's storing. `groups` hands the results over in order; a failure of `work` is raised
    there at its place in that order (what came before it is delivered first).

    Use it as a context manager: the connection belongs to the helper thread until the block
    ends, and leaving the block early calls `abort` (shut the socket: a read in flight returns)
    and waits for the thread. At most `depth` results wait besides the one being fetched.
    """

    _DONE = object()

    def __init__(self, work: Iterator[T], abort: Callable[[], None],
                 stop_event: threading.Event | None = None, depth: int = 4) -> None:
        self._work_steps = work
        self._abort = abort
        self._stop = stop_event or threading.Event()
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._cancel = threading.Event()
        self._drained = False  # everything delivered: the thread is ending on its own
        self._thread = threading.Thread(target=self._work, name="imap prefetch", daemon=True)

    def __enter__(self) -> Prefetcher[T]:
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._cancel.set()
        if not self._drained and self._thread.is_alive():
            self._abort()
        self._thread.join()

    def _put(self, item) -> None:
        while not self._cancel.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _work(self) -> None:
        try:
            while not (self._cancel.is_set() or self._stop.is_set()):
                try:
                    item = next(self._work_steps)
                except StopIteration:
                    return
                self._put(item)
        except BaseException as exc:  # handed to the caller's thread, raised there
            self._put(exc)
        finally:
            self._put(self._DONE)

    def _wait(self):
        while True:
            try:
                return self._queue.get(timeout=0.2)
            except queue.Empty:
                if self._stop.is_set():
                    return self._DONE  # the caller checks its stop event and ends the run

    def groups(self, limit: int, weight: Callable[[T], int]) -> Iterator[list[T]]:
        """The results in order, a list at a time: the next one (waited for) and those already
        waiting, while their total `weight` stays under `limit` — when the caller falls
        behind, it takes bigger helpings (one transaction, one disk flush for several)."""
        held = None  # the end, or a failure, met while filling a group
        while True:
            item, held = (held, None) if held is not None else (self._wait(), None)
            if item is self._DONE:
                self._drained = not self._stop.is_set()
                return
            if isinstance(item, BaseException):
                raise item
            group, total = [item], weight(item)
            while total < limit:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is self._DONE or isinstance(more, BaseException):
                    held = more
                    break
                group.append(more)
                total += weight(more)
            yield group


# --- large messages ----------------------------------------------------------------------------


def _is_multipart(node) -> bool:
    return bool(node) and isinstance(node[0], list)


def _leaf_size(node) -> int:
    """Decoded size estimate of a leaf part from its BODYSTRUCTURE (size is encoded octets)."""
    try:
        size = int(node[6])
    except (IndexError, TypeError, ValueError):
        return 0
    encoding = (node[5] or b"").lower() if len(node) > 5 else b""
    # Base64 in 76-character lines plus CRLF: 57 bytes per 78 octets.
    return size * 57 // 78 if encoding == b"base64" else size


def _plan(node, section: str, limit: int, items: list[str]) -> None:
    """Which BODY[] items the rebuild needs."""
    if _is_multipart(node):
        if section:
            items.append(f"{section}.MIME")
        for i, child in enumerate(node[0], 1):
            _plan(child, f"{section}.{i}" if section else str(i), limit, items)
        return
    sec = section or "1"
    if section:
        items.append(f"{sec}.MIME")
    if _leaf_size(node) <= limit:
        items.append(sec)


def _boundary(header: bytes) -> bytes:
    part = email.message_from_bytes(header + b"\r\n", policy=policy.compat32)
    boundary = part.get_boundary()
    return boundary.encode("ascii", "replace") if boundary else b""


def _omitted_header(header: bytes, section: str, size: int) -> bytes:
    body = header.rstrip(b"\r\n")
    return body + f"\r\n{OMITTED_HEADER}: section={section}; size={size}\r\n\r\n".encode()


def _build(node, section: str, header: bytes, got: dict, limit: int) -> bytes:
    """One entity: `header` (ending in a blank line) and its body."""
    if _is_multipart(node):
        boundary = _boundary(header)
        out = [header]
        for i, child in enumerate(node[0], 1):
            sec = f"{section}.{i}" if section else str(i)
            out.append(b"--" + boundary + b"\r\n")
            out.append(_build(child, sec, got.get(f"BODY[{sec}.MIME]", b"\r\n"), got, limit))
            out.append(b"\r\n")
        out.append(b"--" + boundary + b"--\r\n")
        return b"".join(out)
    sec = section or "1"
    if _leaf_size(node) > limit:
        return _omitted_header(header, sec, _leaf_size(node))
    return header + got.get(f"BODY[{sec}]", b"")


def partial_message(client, uid: int, limit: int) -> bytes:
    """The message with every part larger than `limit` left out (as a placeholder)."""
    first = client.fetch([uid], ["BODYSTRUCTURE", "BODY.PEEK[HEADER]"])[uid]
    structure = first[b"BODYSTRUCTURE"]
    header = first.get(b"BODY[HEADER]") or b"\r\n"
    items: list[str] = []
    _plan(structure, "", limit, items)
    got: dict[str, bytes] = {}
    if items:
        resp = client.fetch([uid], [f"BODY.PEEK[{i}]" for i in items])[uid]
        got = {k.decode(): v or b"" for k, v in resp.items() if k.startswith(b"BODY[")}
    return _build(structure, "", header, got, limit)


def fetch_part(client, uid: int, section: str) -> bytes | None:
    """The decoded content of one body section (selected folder); None if the message is gone."""
    header_item = "HEADER" if section == "1" else f"{section}.MIME"
    resp = client.fetch([uid], [f"BODY.PEEK[{header_item}]", f"BODY.PEEK[{section}]"])
    if uid not in resp:
        return None
    data = resp[uid]
    header = data.get(f"BODY[{header_item}]".encode()) or b"\r\n"
    body = data.get(f"BODY[{section}]".encode())
    if body is None:
        return None
    part = email.message_from_bytes(header.rstrip(b"\r\n") + b"\r\n\r\n" + body,
                                    policy=policy.compat32)
    if part.get_content_type() == "message/rfc822":
        return body
    return part.get_payload(decode=True) or b""
