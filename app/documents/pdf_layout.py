"""What invoices and receipts share: page, fonts, styles, the letterhead, the footer with
"Page 1 of 2", and `text()` which escapes everything the user typed.

Runs on any thread (PDF batches run on a worker); reportlab objects are made per document.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import fonts
from app.services.invoice_records import IssuerDetails, RecipientDetails

log = logging.getLogger(__name__)

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
FOOTER_GAP = 8 * mm  # between the last line of content and the footer
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#66707a")
ACCENT = colors.HexColor("#2c5282")
RULE = colors.HexColor("#d5dae0")
BAND = colors.HexColor("#eef2f7")
GOOD = colors.HexColor("#2f7d4f")
BAD = colors.HexColor("#b83232")


def text(value: object) -> str:
    """User text as Paragraph markup that prints literally: `<b>Fees & co</b>` stays as typed;
    line breaks are kept."""
    return escape(str(value or "")).replace("\r\n", "\n").replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    family = fonts.register_fonts()
    base = ParagraphStyle("base", fontName=family, fontSize=9, leading=12, textColor=INK)

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": s("small", fontSize=8, leading=10.5, textColor=MUTED),
        "practice": s("practice", fontName=fonts.BOLD, fontSize=13, leading=16),
        "title": s("title", fontName=fonts.BOLD, fontSize=20, leading=24, alignment=TA_RIGHT,
                   textColor=ACCENT),
        "meta_label": s("meta_label", fontSize=8.5, textColor=MUTED, alignment=TA_RIGHT),
        "meta_value": s("meta_value", fontName=fonts.BOLD, fontSize=9, alignment=TA_RIGHT),
        "section": s("section", fontName=fonts.BOLD, fontSize=7.5, leading=10, textColor=MUTED),
        "party": s("party", fontName=fonts.BOLD, fontSize=10.5, leading=14),
        "th": s("th", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=INK),
        "th_r": s("th_r", fontName=fonts.BOLD, fontSize=8, leading=10, alignment=TA_RIGHT),
        "td": s("td", fontSize=8.8, leading=11.5),
        "td_r": s("td_r", fontSize=8.8, leading=11.5, alignment=TA_RIGHT),
        "sum_label": s("sum_label", alignment=TA_RIGHT, textColor=MUTED),
        "sum_value": s("sum_value", alignment=TA_RIGHT),
        "total_label": s("total_label", fontName=fonts.BOLD, fontSize=11, leading=14,
                         alignment=TA_RIGHT),
        "total_value": s("total_value", fontName=fonts.BOLD, fontSize=11, leading=14,
                         alignment=TA_RIGHT),
        "due_label": s("due_label", fontName=fonts.BOLD, alignment=TA_RIGHT, textColor=ACCENT),
        "due_value": s("due_value", fontName=fonts.BOLD, alignment=TA_RIGHT, textColor=ACCENT),
        "badge_good": s("badge_good", fontName=fonts.BOLD, alignment=TA_RIGHT, textColor=GOOD),
        "badge_bad": s("badge_bad", fontName=fonts.BOLD, alignment=TA_RIGHT, textColor=BAD),
        "footer": s("footer", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER),
        "left": s("left", alignment=TA_LEFT),
        "amount_label": s("amount_label", fontName=fonts.BOLD, fontSize=11, leading=14),
    }


def logo(png: bytes | None, max_w: float = 55 * mm, max_h: float = 22 * mm) -> Flowable | None:
    """The practice logo scaled to fit, or None (no logo, or an image reportlab cannot read)."""
    if not png:
        return None
    try:
        img = Image(io.BytesIO(png))
        ratio = min(max_w / img.imageWidth, max_h / img.imageHeight, 1.0)  # never enlarged
        img.drawWidth, img.drawHeight = img.imageWidth * ratio, img.imageHeight * ratio
        img.hAlign = "LEFT"
        return img
    except Exception as exc:  # noqa: BLE001 - a broken logo must not stop the invoice
        log.warning("logo not printed: %s", type(exc).__name__)
        return None


def issuer_block(issuer: IssuerDetails, logo_png: bytes | None, st: dict, tax_label: str) -> list:
    out: list = []
    img = logo(logo_png)
    if img is not None:
        out += [img, Spacer(1, 3 * mm)]
    out.append(Paragraph(text(issuer.name), st["practice"]))
    details = []
    if issuer.practitioner_name and issuer.practitioner_name != issuer.name:
        details.append(text(issuer.practitioner_name))
    if issuer.address:
        details.append(text(issuer.address))
    contact = " · ".join(text(x) for x in (issuer.email, issuer.phone) if x)
    if contact:
        details.append(contact)
    if issuer.tax_number:
        details.append(escape(tax_label.format(number=issuer.tax_number)))
    if details:
        out.append(Paragraph("<br/>".join(details), st["small"]))
    return out


def recipient_block(recipient: RecipientDetails, heading: str, st: dict) -> list:
    lines = [text(x) for x in (recipient.organization, *recipient.address_lines, recipient.email) if x]
    out = [Paragraph(escape(heading.upper()), st["section"]),
           Paragraph(text(recipient.name), st["party"])]
    if lines:
        out.append(Paragraph("<br/>".join(lines), st["body"]))
    return out


def meta_table(rows: list[tuple[str, str]], st: dict, width: float = FRAME_WIDTH * 0.44) -> Table:
    """Number / date / due date, right aligned under the title."""
    t = Table([[Paragraph(escape(k), st["meta_label"]), Paragraph(text(v), st["meta_value"])]
               for k, v in rows], colWidths=[width * 0.34, width * 0.66], hAlign="RIGHT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def header(left: list, right: list) -> Table:
    """The letterhead: the practice on the left, the document's title and numbers on the right."""
    t = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.56, FRAME_WIDTH * 0.44])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def rule(width: float = FRAME_WIDTH, color: colors.Color = RULE, thickness: float = 0.6) -> Table:
    t = Table([[""]], colWidths=[width], rowHeights=[thickness])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), thickness, color)]))
    return t


def footer_paragraph(footer_text: str, st: dict) -> tuple[Paragraph | None, float]:
    """The practice's footer text and the height it takes (the bottom margin grows with it)."""
    if not (footer_text or "").strip():
        return None, 0.0
    p = Paragraph(text(footer_text.strip()), st["footer"])
    _, h = p.wrap(FRAME_WIDTH, PAGE[1])
    return p, h


def numbered_canvas(draw_footer: Callable[[rl_canvas.Canvas, int, int], None]) -> type:
    """A canvas class that knows the page count when each page's footer is drawn, for
    "Page 1 of 2": pages are kept until save() and finished then."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def footer_drawer(footer: Paragraph | None, footer_h: float, left_text: str, page_label: str,
                  ) -> Callable[[rl_canvas.Canvas, int, int], None]:
    """Draws, at the bottom of every page: a thin rule, the practice's footer text, the
    document number on the left and "Page n of N" on the right."""
    family = fonts.register_fonts()

    def draw(c: rl_canvas.Canvas, page: int, pages: int) -> None:
        c.saveState()
        base_y = 10 * mm
        c.setFont(family, 7.5)
        c.setFillColor(MUTED)
        c.drawString(MARGIN_X, base_y, left_text)
        c.drawRightString(PAGE[0] - MARGIN_X, base_y, page_label.format(page=page, pages=pages))
        top = base_y + 4 * mm
        if footer is not None:
            footer.wrapOn(c, FRAME_WIDTH, footer_h)
            footer.drawOn(c, MARGIN_X, top)
            top += footer_h + 2 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top, PAGE[0] - MARGIN_X, top)
        c.restoreState()

    return draw


def bottom_margin(footer_h: float) -> float:
    return 10 * mm + 4 * mm + (footer_h + 2 * mm if footer_h else 0) + FOOTER_GAP


def build(fh: Any, story: list, *, footer: Paragraph | None, footer_h: float, label: str,
          page_label: str, author: str) -> None:
    """Lay `story` out on A4 pages (one frame with no inner padding, so full-width tables line
    up with the margins) and finish every page with the footer."""
    bottom = bottom_margin(footer_h)
    frame = Frame(MARGIN_X, bottom, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(fh, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=bottom, title=label, author=author,
                          creator="Consulta", pageTemplates=[PageTemplate("page", [frame])])
    doc.build(story, canvasmaker=numbered_canvas(footer_drawer(footer, footer_h, label, page_label)))
