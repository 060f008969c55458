"""The IMAP client the sync uses: `imapclient.IMAPClient` with a quicker reading of FETCH responses.

imapclient reads a FETCH response with a general lexer, one character at a time in Python; for a
first sync of thousands of messages that cost more than anything else on our side of the wire.
The responses the sync asks for are simple — numbers, flag lists, quoted dates, one literal per
message — so `parse_fetch` reads them with a regular expression, item by item, into exactly what
imapclient's parser gives (message id → {item: value}, with `SEQ`). A response of any other
shape (nested lists, several literals, an unexpected token) is read by imapclient's own parser,
so nothing depends on the shortcut being complete. And imaplib's tracing is left off unless its
logger listens (see `SyncIMAPClient.__init__`). Any thread, one connection per thread.
"""

from __future__ import annotations

import logging
import re

import imapclient
from imapclient.datetime_util import parse_to_datetime
from imapclient.response_parser import parse_fetch_response
from imapclient.util import to_ints

# One item: a name (BODY[...]<n> included) and a simple value: a number, NIL, an atom, a quoted
# string without escapes, or a flat parenthesized list.
_ITEM = re.compile(rb'([A-Za-z0-9.-]+(?:\[[^\]\s]*\](?:<\d+>)?)?) '
                   rb'(\d+|"[^"\\]*"|\([^()"{}]*\)|[^\s()"{}]+)(?: |$)')
_HEAD = re.compile(rb"(\d+) \((.*)\)", re.S)
_NAME = re.compile(rb"[A-Za-z0-9.-]+(?:\[[^\]\s]*\](?:<\d+>)?)?")


class _Unusual(Exception):
    """A response this reader leaves to imapclient's parser."""


_STRUCTURED = {b"BODY", b"BODYSTRUCTURE", b"ENVELOPE"}  # nested lists: imapclient reads them


def _items(text: bytes, out: dict, normalise: bool) -> None:
    pos, end = 0, len(text)
    while pos < end:
        m = _ITEM.match(text, pos)
        if m is None or m[1].upper() in _STRUCTURED:
            raise _Unusual
        name, value = m[1].upper(), m[2]
        if value[:1] == b"(":
            out[name] = tuple(_atom(t) for t in value[1:-1].split())
        elif value[:1] == b'"':
            out[name] = _date(value[1:-1], normalise) if name == b"INTERNALDATE" \
                else value[1:-1]
        else:
            out[name] = _atom(value)
        pos = m.end()


def _atom(token: bytes):
    """As imapclient's `atom`: NIL, a number (not one with leading zeros), else the bytes."""
    if token == b"NIL":
        return None
    if token.isdigit() and (token[:1] != b"0" or len(token) == 1):
        return int(token)
    return token


def _date(value: bytes, normalise: bool):
    try:
        return parse_to_datetime(value, normalise=normalise)
    except ValueError:
        return None


def parse_fetch(data: list, normalise: bool, uid_is_key: bool = True) -> dict[int, dict]:
    """imaplib's untagged FETCH data → {message id: {item: value}}, as imapclient reads it."""
    out: dict[int, dict] = {}
    i, n = 0, len(data)
    while i < n:
        part = data[i]
        item: dict = {}
        if isinstance(part, tuple):
            # b'12 (UID 12 FLAGS () BODY[] {5876}', literal; then b')' or b' MORE ITEMS)'
            head, literal = part
            rest = data[i + 1] if i + 1 < n else None
            number, _, inner = head.partition(b" (")
            before, _, size = inner.rpartition(b" {")
            before, _, name = before.rpartition(b" ")
            if not (number.isdigit() and size == f"{len(literal)}}}".encode()
                    and _NAME.fullmatch(name) and isinstance(rest, bytes)
                    and rest.endswith(b")")) or name.upper() in _STRUCTURED:
                raise _Unusual
            seq = int(number)
            _items(before, item, normalise)
            item[name.upper()] = literal
            _items(rest[:-1].strip(), item, normalise)
            i += 2
        elif isinstance(part, bytes):
            m = _HEAD.fullmatch(part)
            if m is None:
                raise _Unusual
            seq = int(m[1])
            _items(m[2], item, normalise)
            i += 1
        else:
            raise _Unusual
        key = seq
        if b"UID" in item:
            uid = item[b"UID"]
            if not isinstance(uid, int):
                raise _Unusual
            if uid_is_key:
                key = item.pop(b"UID")
        entry = out.setdefault(key, {})
        entry[b"SEQ"] = seq
        entry.update(item)
    return out


class SyncIMAPClient(imapclient.IMAPClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # IMAPClient turns imaplib's own tracing fully on (level 5) and sends it to a debug
        # logger; imaplib then formats every line it reads — with each message's bytes and,
        # per command, the repr of the whole response — whether or not anything is logged.
        # That cost more than parsing the responses, and puts mail contents in the debug log.
        # Traced only when someone does listen on that logger.
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            self._imap.debug = 0

    def fetch(self, messages, data, modifiers=None):
        """`IMAPClient.fetch`, reading simple responses quickly (see the module docstring)."""
        if not messages:
            return {}
        args = ["FETCH", imapclient.imapclient.join_message_ids(messages),
                imapclient.imapclient.seq_to_parenstr_upper(data),
                imapclient.imapclient.seq_to_parenstr_upper(modifiers) if modifiers else None]
        if self.use_uid:
            args.insert(0, "UID")
        tag = self._imap._command(*args)
        typ, raw = self._imap._command_complete("FETCH", tag)
        self._checkok("fetch", typ, raw)
        typ, raw = self._imap._untagged_response(typ, raw, "FETCH")
        try:
            response = parse_fetch(raw, self.normalise_times, self.use_uid) \
                if raw != [None] else {}
        except (_Unusual, ValueError, IndexError):
            response = parse_fetch_response(raw, self.normalise_times, self.use_uid)
        # Unsolicited responses for other messages are dropped, as IMAPClient.fetch does.
        return {mid: response[mid] for mid in to_ints(messages) if mid in response}
