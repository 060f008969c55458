"""Email HTML made safe to store and show: nothing in it can run, fetch or submit anything.

Kept: text formatting, tables (mail layouts are tables), lists, links and images that come with
the message itself (`cid:` parts, `data:image/...`). Removed: scripts, style sheets (`<style>`,
`<link>`), event handlers, frames, forms and their fields, `<meta>`/`<base>`, media, SVG, and
every remote resource: an `<img>` pointing at http(s) (a tracking pixel, usually) disappears,
`background=` attributes go, and inline styles keep only plain properties whose values hold no
`url(`, `expression(`, `@import` or escapes. Links stay clickable but are marked
(`class="external-link"`, `title` = the target, `rel="noopener noreferrer nofollow"`) so the UI
can show where a link goes before opening it. Pure functions; any thread.
"""

from __future__ import annotations

import re

import nh3

TAGS = {
    "a", "abbr", "b", "big", "blockquote", "br", "caption", "center", "cite", "code", "col",
    "colgroup", "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul",
}
DROP_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "template", "svg", "math", "noscript", "head", "title", "textarea", "select", "button",
    "audio", "video", "canvas", "input", "option", "datalist", "output", "map",
}
_COMMON = {"style", "align", "dir", "lang"}
ATTRIBUTES = {
    "*": _COMMON,
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "border"},
    "table": {"width", "cellpadding", "cellspacing", "border", "bgcolor"},
    "td": {"colspan", "rowspan", "width", "height", "valign", "bgcolor", "nowrap"},
    "th": {"colspan", "rowspan", "width", "height", "valign", "bgcolor", "nowrap"},
    "tr": {"valign", "bgcolor"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "font": {"color", "face", "size"},
    "ol": {"start", "type"},
    "ul": {"type"},
    "li": {"value"},
}
LINK_SCHEMES = ("http", "https", "mailto")
_DATA_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", re.I)
_CID = re.compile(r"^cid:[^\s\"'<>]+$", re.I)

STYLE_PROPERTIES = {
    "color", "background-color", "font", "font-family", "font-size", "font-weight", "font-style",
    "font-variant", "text-align", "text-decoration", "text-transform", "text-indent",
    "line-height", "letter-spacing", "word-spacing", "white-space", "vertical-align",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-color",
    "border-style", "border-width", "border-collapse", "border-spacing", "border-radius",
    "width", "height", "max-width", "min-width", "max-height", "min-height", "display",
    "list-style-type", "direction", "table-layout",
}
_BAD_VALUE = re.compile(r"url\s*\(|expression\s*\(|image\s*\(|image-set|@import|javascript:|"
                        r"\\|/\*|behavio(u)?r|-moz-binding", re.I)
_SIZE = re.compile(r"^\s*\d{1,5}%?\s*$")


def _clean_style(value: str) -> str | None:
    kept = []
    for declaration in value.split(";"):
        name, sep, val = declaration.partition(":")
        name, val = name.strip().lower(), " ".join(val.split())
        if sep and name in STYLE_PROPERTIES and val and not _BAD_VALUE.search(val):
            kept.append(f"{name}: {val}")
    return "; ".join(kept) or None


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "style":
        return _clean_style(value)
    if tag == "a" and attr == "href":
        value = value.strip()
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        return value if scheme in LINK_SCHEMES else None
    if tag == "img" and attr == "src":
        value = value.strip()
        return value if (_CID.match(value) or _DATA_IMAGE.match(value)) else None
    if attr in ("width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan",
                "span", "start", "value", "size"):
        return value if _SIZE.match(value) else None
    if attr in ("bgcolor", "color") and _BAD_VALUE.search(value):
        return None
    return value


_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=\")[^>]*>", re.I)
_LINK_OPEN = re.compile(r"<a ([^>]*?)href=\"([^\"]*)\"")


def sanitize_email_html(html: str | None) -> str:
    """The message's HTML reduced to the safe subset; "" when nothing is left."""
    if not html or not html.strip():
        return ""
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={*LINK_SCHEMES, "cid", "data"},
        strip_comments=True,
        link_rel="noopener noreferrer nofollow",
    )
    cleaned = _IMG_WITHOUT_SRC.sub("", cleaned)
    # Mark each link and show its real target (its text may claim another).
    cleaned = _LINK_OPEN.sub(r'<a \1class="external-link" title="\2" href="\2"', cleaned)
    return cleaned.strip()


def content_ids(html: str) -> set[str]:
    """The `cid:` references an (already sanitized) body makes, without the scheme."""
    return {m.group(1) for m in re.finditer(r"src=\"cid:([^\"]+)\"", html, re.I)}
