"""The PDF of a filled-in intake form: the practice's letterhead, the client, when it was filled
in, then every question of the form as it was answered (headings between groups; choices shown
with all their options and the chosen ones ticked; the signature with its name and date).

Runs on any thread.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from sqlalchemy import select

from app.documents import pdf_layout as lay
from app.documents.doc_labels import doc_labels_for
from app.documents.html_flowables import paragraph_styles
from app.documents.money_format import format_date
from app.documents.note_pdf import document_header, letterhead_of, local_when, zone_of
from app.documents.pdf_files import write_pdf_atomically
from app.services import forms
from app.services.invoice_records import IssuerDetails
from app.store.models import Practice

if TYPE_CHECKING:
    from app.workspace import Workspace

CHECKED, UNCHECKED = "☒", "☐"


@dataclass(frozen=True)
class PrintableForm:
    response: forms.FormResponseView
    issuer: IssuerDetails
    language: str
    time_zone: str = "UTC"
    logo_png: bytes | None = None


def printable_form(ws: Workspace, response_id: int, language: str | None = None) -> PrintableForm:
    response = forms.get_form_response(ws, response_id)
    with ws.read() as s:
        practice = s.scalars(select(Practice)).one()
        return PrintableForm(response=response, issuer=letterhead_of(practice),
                             language=language or practice.language or "en",
                             time_zone=practice.time_zone or "UTC", logo_png=practice.logo_png)


def suggested_filename(response: forms.FormResponseView) -> str:
    day = (response.completed_at or response.created_at).date().isoformat()
    stem = f"{day} {response.title or 'form'} {response.client_name}"
    return re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._")[:120] + ".pdf"


def _date(value: Any, lang: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(str(value)), lang)
    except ValueError:
        return str(value)


def answer_markup(q: dict[str, Any], answer: Any, lang: str, L: dict[str, str]) -> str:  # noqa: N803
    """The answer as Paragraph markup, user text escaped."""
    kind = q["type"]
    if answer is None or answer == "" or answer == []:
        if kind in forms.CHOICE_TYPES:
            return "<br/>".join(f"{UNCHECKED} {escape(o)}" for o in q.get("options", []))
        return f'<font color="#66707a">{escape(L["not_answered"])}</font>'
    if kind in forms.CHOICE_TYPES:
        chosen = set(answer if isinstance(answer, list) else [answer])
        return "<br/>".join(
            (f"<b>{CHECKED} {escape(o)}</b>" if o in chosen else f"{UNCHECKED} {escape(o)}")
            for o in q.get("options", []))
    if kind == forms.YES_NO:
        return f"<b>{escape(L['yes'] if answer else L['no'])}</b>"
    if kind == forms.SCALE:
        return f"<b>{escape(L['scale'].format(value=answer, high=forms.SCALE_MAX))}</b>"
    if kind == forms.DATE:
        return escape(_date(answer, lang))
    if kind == forms.SIGNATURE and isinstance(answer, dict):
        return (f'<font size="13"><i>{escape(str(answer.get("name", "")))}</i></font><br/>'
                + escape(L["signed"].format(name=answer.get("name", ""),
                                            date=_date(answer.get("date", ""), lang))))
    return lay.text(answer)


def build_form_pdf(doc: PrintableForm, fh: BinaryIO) -> None:
    lang, r = doc.language, doc.response
    L = doc_labels_for(lang)  # noqa: N806
    st = lay.styles()
    body_st = paragraph_styles()
    when = r.completed_at or r.created_at
    meta = [(L["client"], r.client_name),
            (L["date"], format_date(when.astimezone(zone_of(doc.time_zone)).date(), lang))]
    story: list[Flowable] = [
        document_header(doc.issuer, doc.logo_png, L["form"], meta, st), Spacer(1, 4 * mm),
        Paragraph(escape(L["filled_on"].format(date=local_when(when, lang, doc.time_zone))),
                  st["meta_label"]),
        Spacer(1, 2 * mm), lay.rule(), Spacer(1, 4 * mm),
        Paragraph(lay.text(r.title), body_st["h1"]), Spacer(1, 2 * mm),
    ]
    label_st = body_st["p"].clone("form_q", fontName=body_st["th"].fontName, spaceAfter=2)
    answer_st = body_st["p"].clone("form_a", leftIndent=4 * mm, spaceAfter=0)
    help_st = st["small"]
    for q in r.questions:
        if q["type"] == forms.HEADING:
            story.append(Paragraph(lay.text(q["label"]), body_st["h2"]))
            continue
        parts: list[Flowable] = [Paragraph(lay.text(q["label"]), label_st)]
        if q.get("help"):
            parts.append(Paragraph(lay.text(q["help"]), help_st))
        parts.append(Paragraph(answer_markup(q, r.answers.get(q["id"]), lang, L), answer_st))
        # Kept together when it fits; a very long answer still runs over pages.
        story += [KeepTogether(parts), Spacer(1, 2 * mm), lay.rule(), Spacer(1, 3 * mm)]
    footer_label = f"{L['confidential']} · {r.client_name} · {r.title}"
    lay.build(fh, story, footer=None, footer_h=0.0, label=footer_label, page_label=L["page"],
              author=doc.issuer.practitioner_name or doc.issuer.name)


def form_pdf_bytes(ws: Workspace, response_id: int, language: str | None = None) -> bytes:
    buf = io.BytesIO()
    build_form_pdf(printable_form(ws, response_id, language), buf)
    return buf.getvalue()


def write_form_pdf(ws: Workspace, response_id: int, path: Path | str,
                   language: str | None = None) -> Path:
    """The filled-in form's PDF at `path` (temp file → fsync → rename)."""
    doc = printable_form(ws, response_id, language)
    return write_pdf_atomically(path, lambda fh: build_form_pdf(doc, fh))
