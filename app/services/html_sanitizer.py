"""Make note HTML safe to store, show and print, and turn it into plain text for search.

Notes come from the rich-text editor (Qt's `toHtml()`: spans with inline styles) or from
whatever was pasted into it. Only a small allow-list survives: headings, paragraphs, line
breaks, bold/italic/underline/strike, lists, tables, block quotes and links (http, https,
mailto; rel="noopener noreferrer"). Scripts, styles sheets, event handlers, iframes, forms and
every external resource are removed. The only image kept is one embedded in the note itself as
a `data:image/png` or `data:image/jpeg` URI: nothing is ever fetched from anywhere. Inline
styles keep only bold, italic, underline/strike and paragraph alignment, with fixed values, so
no `url()` or expression can slip through.

Pure functions; safe on any thread.
"""

from __future__ import annotations

import html as html_lib
import re

import nh3

TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "pre", "blockquote",
    "b", "strong", "i", "em", "u", "s", "strike", "del", "span", "sub", "sup",
    "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img",
}
# Removed together with everything inside them (their text is not note text).
DROP_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "template", "svg", "math", "noscript", "head", "title", "textarea", "select", "button",
    "audio", "video", "canvas",
}
STYLED = {"span", "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
    **{tag: {"style"} | ({"colspan", "rowspan"} if tag in ("td", "th") else set())
       for tag in STYLED},
}
LINK_SCHEMES = ("http", "https", "mailto")
DATA_IMAGE = re.compile(r"^data:image/(?:png|jpeg);base64,[A-Za-z0-9+/=\s]+$")

# Inline style: property → accepted values (lower case). Anything else is dropped.
_WEIGHTS = {"bold", "bolder", "normal"} | {str(n) for n in range(100, 1000, 100)}
STYLE_VALUES = {
    "font-weight": _WEIGHTS,
    "font-style": {"italic", "oblique", "normal"},
    "text-decoration": {"underline", "line-through", "none", "underline line-through",
                        "line-through underline"},
    "text-align": {"left", "right", "center", "justify"},
}
BLOCK_ONLY = {"text-align"}


def _clean_style(tag: str, value: str) -> str | None:
    kept = []
    for declaration in value.split(";"):
        name, sep, val = declaration.partition(":")
        name, val = name.strip().lower(), " ".join(val.lower().split())
        if not sep or name not in STYLE_VALUES or val not in STYLE_VALUES[name]:
            continue
        if name in BLOCK_ONLY and tag == "span":
            continue
        kept.append(f"{name}:{val}")
    return "; ".join(kept) or None


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "style":
        return _clean_style(tag, value)
    if tag == "a" and attr == "href":
        scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
        return value.strip() if scheme in LINK_SCHEMES else None
    if tag == "img" and attr == "src":
        return value if DATA_IMAGE.match(value) else None
    if attr in ("width", "height", "colspan", "rowspan", "start"):
        return value if value.strip().isdigit() and len(value.strip()) <= 5 else None
    return value


# An <img> whose src was refused (remote, file:, a script URI…) is removed whole.
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=\")[^>]*>", re.IGNORECASE)


def sanitize(html: str | None) -> str:
    """The editor's (or pasted) HTML reduced to the allow-list; "" for nothing."""
    if not html or not html.strip():
        return ""
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={*LINK_SCHEMES, "data"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    return _IMG_WITHOUT_SRC.sub("", cleaned).strip()


# --- plain text -------------------------------------------------------------------------------

# One tag, quoted attribute values included (a ">" inside quotes does not end it).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_BREAKING = {"br", "p", "div", "pre", "blockquote", "li", "tr", "table", "ul", "ol", "hr",
             "h1", "h2", "h3", "h4", "h5", "h6", "thead", "tbody", "tfoot"}
_CELL = {"td", "th"}


def _tag_to_text(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name in _BREAKING:
        return "\n"
    if name in _CELL:
        return " \t"
    return ""


def plain_text(html: str | None) -> str:
    """The words of a note (stored, sanitized HTML) for search and previews: one line per
    paragraph, heading, list item or table row; no markup, entities decoded."""
    if not html:
        return ""
    text = html_lib.unescape(_TAG.sub(_tag_to_text, html))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def is_blank(html: str | None) -> bool:
    """True when the HTML holds no words (an empty editor gives `<p><br></p>` and the like)."""
    return not plain_text(html) and "<img" not in (html or "")
