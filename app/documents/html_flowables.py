"""Sanitized note HTML (app.services.html_sanitizer's subset) turned into reportlab flowables:
headings, paragraphs, bold/italic/underline/strike, lists (nested), tables, block quotes, links
and embedded PNG/JPEG images.

The HTML is parsed into a small tree first; Paragraph markup is then built from it with every
piece of text escaped, so nothing the user typed can act as reportlab markup. Runs on any
thread; reportlab objects are made per call.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import fonts
from app.documents import pdf_layout as lay

log = logging.getLogger(__name__)

VOID = {"br", "hr", "img"}
BLOCK = {"p", "div", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tfoot",
         "tr", "td", "th", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "img"}
INLINE_MARKUP = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "s": "strike",
                 "strike": "strike", "del": "strike", "sub": "sub", "sup": "super"}
ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}
MAX_IMAGE_H = 110 * mm


@dataclass
class Node:
    tag: str  # "" for the root, "#text" for text
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(Node("#text", text=data))


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.root


def _style_props(node: Node) -> dict[str, str]:
    props = {}
    for decl in node.attrs.get("style", "").split(";"):
        name, _, value = decl.partition(":")
        if name.strip():
            props[name.strip().lower()] = value.strip().lower()
    return props


def _span_wrappers(node: Node) -> list[str]:
    """Qt's editor writes bold, italic and underline as span styles."""
    props = _style_props(node)
    tags = []
    weight = props.get("font-weight", "")
    if weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600):
        tags.append("b")
    if props.get("font-style") in ("italic", "oblique"):
        tags.append("i")
    decoration = props.get("text-decoration", "")
    if "underline" in decoration:
        tags.append("u")
    if "line-through" in decoration:
        tags.append("strike")
    return tags


def paragraph_styles() -> dict[str, ParagraphStyle]:
    family = fonts.register_fonts()
    base = ParagraphStyle("note_body", fontName=family, fontSize=10, leading=14,
                          textColor=lay.INK, spaceAfter=4)

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    sizes = {1: 16, 2: 13.5, 3: 12, 4: 11, 5: 10, 6: 10}
    out = {f"h{n}": s(f"note_h{n}", fontName=fonts.BOLD, fontSize=size, leading=size * 1.3,
                      spaceBefore=8 if n <= 2 else 6, spaceAfter=3,
                      textColor=lay.ACCENT if n <= 2 else lay.INK)
           for n, size in sizes.items()}
    out.update({
        "p": base,
        "cell": s("note_cell", fontSize=9, leading=12, spaceAfter=0),
        "th": s("note_th", fontName=fonts.BOLD, fontSize=9, leading=12, spaceAfter=0),
        "quote": s("note_quote", leftIndent=8 * mm, textColor=lay.MUTED),
        "pre": s("note_pre", fontSize=9, leading=12),
        "li": s("note_li", spaceAfter=2),
    })
    return out


class Renderer:
    """Turns a parsed tree into flowables that fit `width`."""

    def __init__(self, styles: dict[str, ParagraphStyle] | None = None) -> None:
        self.st = styles or paragraph_styles()

    # --- inline ---------------------------------------------------------------------------

    def inline(self, node: Node, pre: bool = False) -> str:
        if node.tag == "#text":
            text = escape(node.text)
            return text.replace("\n", "<br/>") if pre else text
        if node.tag == "br":
            return "<br/>"
        inner = "".join(self.inline(c, pre) for c in node.children)
        if node.tag in INLINE_MARKUP:
            tag = INLINE_MARKUP[node.tag]
            return f"<{tag}>{inner}</{tag}>" if inner else ""
        if node.tag == "a":
            href = node.attrs.get("href", "")
            if href.split(":", 1)[0].lower() in ("http", "https", "mailto"):
                return f'<a href={quoteattr(href)} color="#2c5282"><u>{inner}</u></a>'
            return inner
        if node.tag == "span":
            for tag in reversed(_span_wrappers(node)):
                inner = f"<{tag}>{inner}</{tag}>" if inner else ""
        return inner

    def _paragraph(self, markup: str, style: ParagraphStyle, node: Node | None = None) -> Flowable:
        if node is not None:
            align = _style_props(node).get("text-align")
            if align in ALIGN:
                style = ParagraphStyle(f"{style.name}_{align}", parent=style,
                                       alignment=ALIGN[align])
        if not markup.replace("<br/>", "").strip():
            return Spacer(1, style.leading * 0.6)
        return Paragraph(markup, style)

    # --- blocks ---------------------------------------------------------------------------

    def blocks(self, node: Node, width: float, style: ParagraphStyle | None = None
               ) -> list[Flowable]:
        """The children of `node` as flowables: runs of inline content become paragraphs."""
        style = style or self.st["p"]
        out: list[Flowable] = []
        run: list[str] = []

        def flush() -> None:
            markup = "".join(run).strip()
            run.clear()
            if markup.replace("<br/>", "").strip():
                out.append(Paragraph(markup, style))

        for child in node.children:
            if child.tag == "#text" or child.tag not in BLOCK:
                run.append(self.inline(child))
                continue
            flush()
            out.extend(self.block(child, width, style))
        flush()
        return out

    def block(self, node: Node, width: float, style: ParagraphStyle) -> list[Flowable]:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return [self._paragraph(self.inline(node), self.st[tag], node)]
        if tag == "p":
            return [self._paragraph("".join(self.inline(c) for c in node.children), style, node)]
        if tag == "pre":
            return [self._paragraph("".join(self.inline(c, pre=True) for c in node.children),
                                    self.st["pre"])]
        if tag in ("div", "li", "thead", "tbody", "tfoot", "tr", "td", "th"):
            return self.blocks(node, width, style)
        if tag == "blockquote":
            return self.blocks(node, width - 8 * mm, self.st["quote"])
        if tag in ("ul", "ol"):
            return [self.list_flowable(node, width)]
        if tag == "table":
            table = self.table(node, width)
            return [table, Spacer(1, 3 * mm)] if table is not None else []
        if tag == "hr":
            return [Spacer(1, 2 * mm), lay.rule(width), Spacer(1, 2 * mm)]
        if tag == "img":
            img = self.image(node, width)
            return [img] if img is not None else []
        return self.blocks(node, width, style)

    def list_flowable(self, node: Node, width: float) -> Flowable:
        ordered = node.tag == "ol"
        indent = 6 * mm
        items = []
        for child in node.children:
            if child.tag == "#text" and not child.text.strip():
                continue
            content = (self.blocks(child, width - indent, self.st["li"]) if child.tag == "li"
                       else self.block(child, width - indent, self.st["li"]))
            items.append(ListItem(content or [Spacer(1, self.st["li"].leading)]))
        kw: dict[str, Any] = {"bulletFontName": self.st["p"].fontName, "bulletFontSize": self.st["li"].fontSize,
                              "leftIndent": indent, "bulletColor": lay.INK}
        if ordered:
            start = node.attrs.get("start", "")
            kw.update(bulletType="1", bulletFormat="%s.",
                      start=int(start) if start.isdigit() else 1)
        else:
            kw.update(bulletType="bullet", start="•")
        return ListFlowable(items, spaceAfter=3, **kw)

    def table(self, node: Node, width: float) -> Table | None:
        rows: list[tuple[Node, bool]] = []  # (tr, in thead)

        def collect(n: Node, head: bool) -> None:
            for c in n.children:
                if c.tag == "tr":
                    rows.append((c, head))
                elif c.tag in ("thead", "tbody", "tfoot"):
                    collect(c, c.tag == "thead")

        collect(node, False)
        grid = [[c for c in tr.children if c.tag in ("td", "th")] for tr, _ in rows]
        spans = [[max(1, min(int(c.attrs.get("colspan", "1") or 1), 20))
                  if c.attrs.get("colspan", "").isdigit() else 1 for c in r] for r in grid]
        ncols = max((sum(s) for s in spans), default=0)
        if not ncols:
            return None
        col_w = width / ncols
        data, commands = [], []
        for r, (cells, row_spans) in enumerate(zip(grid, spans, strict=True)):
            line: list[Any] = []
            col = 0
            for cell, span in zip(cells, row_spans, strict=True):
                style = self.st["th"] if cell.tag == "th" or rows[r][1] else self.st["cell"]
                line.append(self.blocks(cell, col_w * span - 8, style) or "")
                if span > 1:
                    commands.append(("SPAN", (col, r), (col + span - 1, r)))
                    line.extend([""] * (span - 1))
                col += span
            line.extend([""] * (ncols - len(line)))
            data.append(line)
            if rows[r][1] or (cells and all(c.tag == "th" for c in cells) and len(cells) > 1):
                commands.append(("BACKGROUND", (0, r), (-1, r), lay.BAND))
        table = Table(data, colWidths=[col_w] * ncols, repeatRows=1 if rows and rows[0][1] else 0,
                      hAlign="LEFT")
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, lay.RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 4), *commands]))
        return table

    def image(self, node: Node, width: float) -> Flowable | None:
        src = node.attrs.get("src", "")
        if not src.startswith(("data:image/png;base64,", "data:image/jpeg;base64,")):
            return None  # only images embedded in the note; never anything fetched
        try:
            raw = base64.b64decode(src.split(",", 1)[1], validate=False)
            img = Image(io.BytesIO(raw))
            ratio = min(width / img.imageWidth, MAX_IMAGE_H / img.imageHeight, 1.0)
            img.drawWidth, img.drawHeight = img.imageWidth * ratio, img.imageHeight * ratio
            img.hAlign = "LEFT"
            return img
        except (binascii.Error, ValueError, OSError, ZeroDivisionError) as exc:
            log.warning("image in a note not printed: %s", type(exc).__name__)
            return None


def html_flowables(html: str, width: float = lay.FRAME_WIDTH,
                   styles: dict[str, ParagraphStyle] | None = None) -> list[Flowable]:
    """The flowables for one sanitized HTML fragment."""
    return Renderer(styles).blocks(parse(html), width)


__all__ = ["Node", "Renderer", "html_flowables", "paragraph_styles", "parse"]
