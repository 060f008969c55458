"""One raw message (RFC 5322 bytes) → what the workspace stores about it.

Each message is parsed on its own and parsing never raises: whatever cannot be read leaves a
`problem` (a translatable sentence shown as "could not be displayed fully") and the raw bytes
are kept regardless. Headers are decoded apart from the body so that raw 8-bit headers (UTF-8,
or a legacy charset) come out readable (RFC 2047 words by `email.header`); the MIME tree is read
with the standard `email` parser under its compat32 policy and encoded words in file names are
decoded here: policy.default builds an object per header and measured ~7 ms per ordinary
message on this machine, too slow for a 10,000-message first sync, while compat32 gives the same
parts and payloads. HTML is sanitized (app/mail/html.py). Parts too large to store arrive as
placeholders (see app/mail/fetch.py) and are listed with the IMAP section to fetch them later.

The sync needs only the headers at first (`parse_headers`, plus `may_have_attachments`, a quick
guess standing in for the attachment list); the full parse comes later (app/mail/bodies.py).
Common address lists are read by a regular expression (`simple_addresses`), others by
email.utils.getaddresses.

IMAP section numbers are computed the way servers number body parts (RFC 3501 §6.4.5), so a
listed attachment can be fetched on demand. Pure functions; any thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from app.i18n import QT_TRANSLATE_NOOP
from app.mail.html import sanitize_email_html
from app.services.html_sanitizer import plain_text

DEFAULT_ATTACHMENT_LIMIT = 25 * 1024 * 1024
OMITTED_HEADER = "X-Consulta-Omitted"

PROBLEM_UNREADABLE = QT_TRANSLATE_NOOP(
    "Core", "This message could not be displayed fully. The original is kept unchanged.")
PROBLEM_DAMAGED = QT_TRANSLATE_NOOP(
    "Core", "This message is damaged, so parts of it may be missing. The original is kept "
            "unchanged.")
PROBLEM_CHARACTERS = QT_TRANSLATE_NOOP(
    "Core", "Some characters of this message could not be read and may show wrongly. The "
            "original is kept unchanged.")
# Most serious first: a message keeps the first that applies.
_SEVERITY = (PROBLEM_UNREADABLE, PROBLEM_DAMAGED, PROBLEM_CHARACTERS)

# Defects after which content is likely lost (others, like a missing final boundary, are common
# and harmless).
_SERIOUS_DEFECTS = {
    "NoBoundaryInMultipartDefect", "StartBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect", "InvalidBase64PaddingDefect",
    "InvalidBase64CharactersDefect", "InvalidBase64LengthDefect",
}
_MSGID = re.compile(r"<[^<>\s]+>")
_SURROGATES = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Address:
    name: str
    address: str

    def display(self) -> str:
        if not self.name:
            return self.address
        quoted = f'"{self.name}"' if re.search(r'[,;:<>@"()\[\]\\]', self.name) else self.name
        return f"{quoted} <{self.address}>"


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str
    mime_type: str
    size: int
    content: bytes | None     # None: left on the server (fetch it on demand by `part`)
    part: str = ""            # IMAP body section, e.g. "2" or "1.2"
    content_id: str = ""      # without angle brackets; HTML refers to it as "cid:<id>"


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    sent_at: dt.datetime | None
    in_reply_to: str
    references: tuple[str, ...]
    body_text: str
    body_html: str
    attachments: tuple[ParsedAttachment, ...]
    problem: str
    content_hash: str
    raw_partial: bool = False
    size: int = 0
    notes: tuple[str, ...] = field(default=(), compare=False)  # technical, for the log

    def addresses(self) -> list[tuple[str, str]]:
        """(role, lower-cased address) for every From/To/Cc address, without repeats."""
        seen: set[tuple[str, str]] = set()
        out = []
        for role, group in (("from", self.from_), ("to", self.to), ("cc", self.cc)):
            for a in group:
                key = (role, a.address.lower())
                if key not in seen:
                    seen.add(key)
                    out.append(key)
        return out


_GIL_FREE_HASH = 2047  # hashlib lets go of the GIL for 2,048 bytes or more at once
_SMALL_MESSAGE = 256 * 1024


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message. An ordinary message is fed in pieces under 2 KB: hashing it
    takes microseconds, and letting go of the GIL for each one made the sync's two threads
    wait for each other every time (app/mail/fetch.py Prefetcher); a large one still lets go,
    so other threads run meanwhile."""
    if len(raw) > _SMALL_MESSAGE:
        return hashlib.sha256(raw).hexdigest()
    h = hashlib.sha256()
    view = memoryview(raw)
    for i in range(0, len(raw), _GIL_FREE_HASH):
        h.update(view[i:i + _GIL_FREE_HASH])
    return h.hexdigest()


def join_addresses(addresses: tuple[Address, ...]) -> str:
    return ", ".join(a.display() for a in addresses)


class _Problems:
    def __init__(self) -> None:
        self.found: set[str] = set()
        self.notes: list[str] = []

    def add(self, problem: str, note: str) -> None:
        self.found.add(problem)
        self.notes.append(note)

    def worst(self) -> str:
        return next((p for p in _SEVERITY if p in self.found), "")


# --- headers ---------------------------------------------------------------------------------


def _split_header_block(raw: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i >= 0:
            return raw[: i + len(sep)]
    return raw


def _text_from_bytes(data: bytes, problems: _Problems, what: str) -> str:
    """Undeclared 8-bit text: UTF-8 when it is, otherwise the likeliest legacy charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems.add(PROBLEM_CHARACTERS, f"{what}: not UTF-8, read as Windows-1252")
        return data.decode("cp1252", errors="replace")


def _fix_surrogates(text: str, problems: _Problems, what: str) -> str:
    if not _SURROGATES.search(text):
        return text
    return _text_from_bytes(text.encode("utf-8", "surrogateescape"), problems, what)


# The common shapes of an address list — `a@b.example`, `Name <a@b.example>`, comma-separated —
# read by one regular expression: email.utils.getaddresses is pure Python and cost more than
# the rest of the headers together. Anything else (quotes, comments, groups, non-ASCII
# addresses, …) goes to getaddresses; a test checks that both agree wherever this one answers.
_ADDR_SPEC = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+"
_SIMPLE_ADDRESS = re.compile(
    rf"[ \t]*(?:([^\"(),:;<>@\[\]\\\r\n]*?)[ \t]*<[ \t]*({_ADDR_SPEC})[ \t]*>|({_ADDR_SPEC}))[ \t]*")


def simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """(display name, address) pairs as getaddresses gives them, or None when `value` is not
    of a simple shape."""
    out = []
    for item in value.split(","):
        m = _SIMPLE_ADDRESS.fullmatch(item)
        if m is None:
            if item.strip(" \t"):
                return None
            continue
        out.append((m[1] or "", m[2]) if m[2] else ("", m[3]))
    return out


class _Headers:
    """The top-level headers, each decoded on its own (one bad header spoils nothing else)."""

    def __init__(self, raw: bytes, problems: _Problems) -> None:
        self.problems = problems
        block = _split_header_block(raw)
        text = block.decode("ascii") if block.isascii() else \
            _text_from_bytes(block, problems, "headers")
        self.values: dict[str, list[str]] = {}
        name = None
        for line in text.replace("\r\n", "\n").split("\n"):
            if not line.strip():
                break
            if line[:1] in (" ", "\t") and name:
                self.values[name][-1] += " " + line.strip()
            elif ":" in line:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                self.values.setdefault(name, []).append(value.strip())
            # A line that is neither a header nor a continuation is skipped (it happens).

    def raw(self, name: str) -> str:
        return (self.values.get(name.lower()) or [""])[0]

    def decoded(self, name: str) -> str:
        value = self.raw(name)
        if "=?" not in value:
            return " ".join(value.split())
        try:
            return " ".join(str(make_header(decode_header(value))).split())
        except (LookupError, UnicodeError, ValueError) as exc:
            self.problems.add(PROBLEM_CHARACTERS, f"{name}: {exc}")
            return " ".join(value.split())

    def addresses(self, name: str) -> tuple[Address, ...]:
        out = []
        for value in self.values.get(name.lower(), []):
            pairs = simple_addresses(value)
            if pairs is None:
                try:
                    pairs = getaddresses([value])
                except Exception as exc:  # the email package can trip on odd input
                    self.problems.add(PROBLEM_DAMAGED, f"{name}: {exc}")
                    continue
            for display, addr in pairs:
                addr = addr.strip()
                if "@" not in addr:
                    continue
                if "=?" in display:
                    try:
                        display = str(make_header(decode_header(display)))
                    except (LookupError, UnicodeError, ValueError):
                        self.problems.add(PROBLEM_CHARACTERS, f"{name}: undecodable name")
                out.append(Address(" ".join(display.split()), addr))
        return tuple(out)

    def date(self) -> dt.datetime | None:
        value = self.raw("date")
        if not value:
            return None
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)

    def message_ids(self, name: str) -> list[str]:
        return _MSGID.findall(self.raw(name))


# --- body ------------------------------------------------------------------------------------


def _decode_text_part(part: Message, problems: _Problems) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if not charset:
        return _text_from_bytes(payload, problems, "body")
    try:
        return payload.decode(charset)
    except LookupError:
        problems.add(PROBLEM_CHARACTERS, f"unknown charset {charset!r}")
        return _text_from_bytes(payload, problems, "body")
    except UnicodeDecodeError:
        problems.add(PROBLEM_CHARACTERS, f"body is not valid {charset}")
        return payload.decode(charset, errors="replace")


def _leaves(part: Message, section: str = ""):
    """(leaf part, IMAP section) in order; message/rfc822 parts are leaves (attachments)."""
    if part.is_multipart() and part.get_content_maintype() == "multipart":
        for i, sub in enumerate(part.get_payload(), 1):
            if isinstance(sub, Message):
                yield from _leaves(sub, f"{section}.{i}" if section else str(i))
    else:
        yield part, section or "1"


def _filename(part: Message, problems: _Problems) -> str:
    try:
        name = part.get_filename() or ""
        if "=?" in name:
            name = str(make_header(decode_header(name)))
    except Exception as exc:  # RFC 2231 or RFC 2047 oddities
        problems.add(PROBLEM_CHARACTERS, f"filename: {exc}")
        name = ""
    name = _fix_surrogates(str(name), problems, "filename")
    # Never a path: the UI saves under a folder the user picks.
    return name.replace("\\", "/").rsplit("/", 1)[-1].strip()


def _omitted(part: Message) -> tuple[str, int] | None:
    value = part.get(OMITTED_HEADER)
    if not value:
        return None
    fields_ = dict(p.strip().partition("=")[::2] for p in str(value).split(";"))
    try:
        return fields_["section"].strip(), int(fields_.get("size", "0"))
    except (KeyError, ValueError):
        return None


def _attachment(part: Message, mime_type: str, section: str, limit: int,
                problems: _Problems) -> ParsedAttachment:
    filename = _filename(part, problems)
    cid = _fix_surrogates(str(part.get("Content-ID") or ""), problems, "cid").strip().strip("<>")
    omitted = _omitted(part)
    if omitted:
        return ParsedAttachment(filename, mime_type, omitted[1], None, omitted[0], cid)
    if mime_type == "message/rfc822":
        inner = part.get_payload()
        content = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
        filename = filename or "message.eml"
    else:
        content = part.get_payload(decode=True) or b""
    if len(content) > limit:
        return ParsedAttachment(filename, mime_type, len(content), None, section, cid)
    return ParsedAttachment(filename, mime_type, len(content), content, "", cid)


def _is_body_text(part: Message, mime_type: str) -> bool:
    return (mime_type in ("text/plain", "text/html")
            and part.get_content_disposition() != "attachment"
            and not part.get_filename()
            and _omitted(part) is None)


def _header_fields(headers: _Headers) -> dict:
    message_ids = headers.message_ids("message-id")
    in_reply_to = headers.message_ids("in-reply-to")
    return dict(
        message_id=message_ids[0] if message_ids else headers.raw("message-id").strip()[:900],
        subject=headers.decoded("subject"),
        from_=headers.addresses("from"), to=headers.addresses("to"), cc=headers.addresses("cc"),
        sent_at=headers.date(),
        in_reply_to=in_reply_to[0] if in_reply_to else "",
        references=tuple(headers.message_ids("references")))


def parse_headers(raw: bytes, *, raw_partial: bool = False,
                  size: int | None = None) -> ParsedMessage:
    """What the sync needs at once (addresses, subject, date, threading ids, content hash),
    with no bodies and no attachments: the MIME tree is left for `parse_message`, later.
    `problem` covers the headers only. Never raises."""
    problems = _Problems()
    try:
        fields_ = _header_fields(_Headers(raw, problems))
    except Exception as exc:  # _Headers guards each header; this is the last line of defence
        problems.add(PROBLEM_UNREADABLE, f"headers: {type(exc).__name__}: {exc}")
        fields_ = dict(message_id="", subject="", from_=(), to=(), cc=(), sent_at=None,
                       in_reply_to="", references=())
    return ParsedMessage(
        **fields_, body_text="", body_html="", attachments=(), problem=problems.worst(),
        content_hash=content_hash(raw), raw_partial=raw_partial,
        size=len(raw) if size is None else size, notes=tuple(problems.notes))


# Where a MIME part that `parse_message` would list as an attachment announces itself. A quick
# guess only (a line in a body can look like one; a part named by `name=` alone is missed),
# shown until the full parse has stored the real attachment rows. Plain `bytes.find` on a
# lower-cased copy: a regular expression over every line cost ten times more.
_BODY_TYPES = (b"text/plain", b"text/html", b"multipart/")


def _header_lines(low: bytes, name: bytes):
    """The start of each value of header `name` (lower-case, with the colon) at a line start."""
    i = low.find(name)
    while i >= 0:
        if i == 0 or low[i - 1] == 10:  # b"\n"
            yield i + len(name)
        i = low.find(name, i + len(name))


def may_have_attachments(raw: bytes) -> bool:
    low = raw.lower()
    if b"filename=" in low or b"filename*" in low:
        return True
    if any(True for _ in _header_lines(low, OMITTED_HEADER.lower().encode() + b":")):
        return True
    for i in _header_lines(low, b"content-disposition:"):
        if low[i:i + 40].lstrip(b" \t").startswith(b"attachment"):
            return True
    for i in _header_lines(low, b"content-type:"):
        if not low[i:i + 40].lstrip(b" \t").startswith(_BODY_TYPES):
            return True
    return False


def parse_message(raw: bytes, *, attachment_limit: int = DEFAULT_ATTACHMENT_LIMIT,
                  raw_partial: bool = False, size: int | None = None) -> ParsedMessage:
    """Never raises. `raw_partial`: large parts were replaced by placeholders (fetch.py)."""
    problems = _Problems()
    header_fields = _header_fields(_Headers(raw, problems))
    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[ParsedAttachment] = []
    try:
        msg: Message = BytesParser(policy=policy.compat32).parsebytes(raw)
        for part, section in _leaves(msg):
            for defect in getattr(part, "defects", ()):
                if type(defect).__name__ in _SERIOUS_DEFECTS:
                    problems.add(PROBLEM_DAMAGED, type(defect).__name__)
            mime_type = part.get_content_type()
            if _is_body_text(part, mime_type):
                text = _decode_text_part(part, problems)
                (htmls if mime_type == "text/html" else texts).append(text)
            else:
                attachments.append(_attachment(part, mime_type, section, attachment_limit,
                                               problems))
        for defect in msg.defects:
            if type(defect).__name__ in _SERIOUS_DEFECTS:
                problems.add(PROBLEM_DAMAGED, type(defect).__name__)
    except Exception as exc:  # a parser bug or a truly broken message: keep it raw
        problems.add(PROBLEM_UNREADABLE, f"{type(exc).__name__}: {exc}")
        texts = [raw.decode("utf-8", errors="replace")[:200_000]]
        htmls, attachments = [], []
    body_html = ""
    try:
        body_html = sanitize_email_html("\n".join(htmls)) if htmls else ""
    except Exception as exc:  # nh3 refusing input must not lose the text
        problems.add(PROBLEM_UNREADABLE, f"html: {exc}")
    body_text = _CONTROL.sub("", "\n\n".join(t.strip("\r\n") for t in texts if t.strip()))
    if not body_text and body_html:
        body_text = plain_text(body_html)
    return ParsedMessage(
        **header_fields, body_text=body_text, body_html=body_html,
        attachments=tuple(attachments), problem=problems.worst(),
        content_hash=content_hash(raw), raw_partial=raw_partial,
        size=len(raw) if size is None else size, notes=tuple(problems.notes),
    )
