"""The PDF of a clinical note, in the practice's language (or the one given): the practice's
letterhead, the client, the note's date and status ("Completed on … by …"), the note as
written, then each addendum under it with its date and author. Every page is marked
confidential and numbered.

Runs on any thread (exports may run on a worker).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select

from app.documents import pdf_layout as lay
from app.documents.doc_labels import doc_labels_for
from app.documents.html_flowables import html_flowables, paragraph_styles
from app.documents.money_format import format_date
from app.documents.pdf_files import write_pdf_atomically
from app.services import notes
from app.services.invoice_records import IssuerDetails
from app.store.models import Practice

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class PrintableNote:
    note: notes.NoteView
    issuer: IssuerDetails
    language: str
    time_zone: str = "UTC"
    logo_png: bytes | None = None


def letterhead_of(practice: Practice) -> IssuerDetails:
    """The practice as printed on clinical documents: no tax number, no invoice footer."""
    return IssuerDetails(name=practice.name, practitioner_name=practice.practitioner_name,
                         address=practice.address, email=practice.email, phone=practice.phone)


def printable_note(ws: Workspace, note_id: int, language: str | None = None) -> PrintableNote:
    note = notes.get_note(ws, note_id)
    with ws.read() as s:
        practice = s.scalars(select(Practice)).one()
        return PrintableNote(note=note, issuer=letterhead_of(practice),
                             language=language or practice.language or "en",
                             time_zone=practice.time_zone or "UTC", logo_png=practice.logo_png)


def suggested_filename(note: notes.NoteView) -> str:
    stem = f"{note.note_date.isoformat()} {note.title or 'note'}"
    return re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._")[:120] + ".pdf"


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_when(at: dt.datetime, language: str, zone_name: str) -> str:
    """"23 November 2026 at 14:05" in the practice's time zone and the document's language."""
    local = at.astimezone(zone_of(zone_name))
    return doc_labels_for(language)["at"].format(date=format_date(local.date(), language),
                                                 time=local.strftime("%H:%M"))


def status_line(note: notes.NoteView, language: str, zone: str) -> str:
    L = doc_labels_for(language)  # noqa: N806
    if note.deleted_at is not None:
        return L["in_trash"].format(reason=note.delete_reason)
    if not note.is_completed or note.completed_at is None:
        return L["draft"]
    when = local_when(note.completed_at, language, zone)
    line = (L["completed_on"].format(date=when, name=note.completed_by) if note.completed_by
            else L["completed_on_anon"].format(date=when))
    if note.is_shared and note.shared_at is not None:
        line += "\n" + L["shared_on"].format(date=format_date(
            note.shared_at.astimezone(zone_of(zone)).date(), language))
    return line


def document_header(doc_issuer: IssuerDetails, logo_png: bytes | None, title: str,
                    meta: list[tuple[str, str]], st: dict) -> Table:
    right = [Paragraph(escape(title), st["title"]), Spacer(1, 2.5 * mm), lay.meta_table(meta, st)]
    return lay.header(lay.issuer_block(doc_issuer, logo_png, st, ""), right)


def _addendum_header(header: str, st: dict) -> Flowable:
    """A tinted band with the addendum's date and author; its body follows as plain flowables
    (so a long addendum can run over pages)."""
    band = Table([[Paragraph(escape(header), st["meta_value"].clone("addendum_head",
                                                                      alignment=0))]],
                 colWidths=[lay.FRAME_WIDTH])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), lay.BAND),
                              ("LINEBEFORE", (0, 0), (0, -1), 2, lay.ACCENT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                              ("TOPPADDING", (0, 0), (-1, -1), 3),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return band


def build_note_pdf(doc: PrintableNote, fh: BinaryIO) -> None:
    lang, note = doc.language, doc.note
    L = doc_labels_for(lang)  # noqa: N806
    st = lay.styles()
    body_st = paragraph_styles()
    meta = [(L["client"], note.client_name), (L["date"], format_date(note.note_date, lang))]
    status_style = st["badge_good"] if note.is_completed and note.deleted_at is None else st["badge_bad"]
    story: list[Flowable] = [
        document_header(doc.issuer, doc.logo_png, L["note"], meta, st), Spacer(1, 4 * mm),
        Paragraph(lay.text(status_line(note, lang, doc.time_zone)), status_style),
        Spacer(1, 2 * mm), lay.rule(), Spacer(1, 4 * mm),
        Paragraph(lay.text(note.title), body_st["h1"]), Spacer(1, 2 * mm),
        *html_flowables(note.body_html, lay.FRAME_WIDTH, body_st),
    ]
    if note.addenda:
        story += [Spacer(1, 6 * mm), Paragraph(escape(L["addenda"].upper()), st["section"]),
                  Spacer(1, 1 * mm), lay.rule(), Spacer(1, 3 * mm)]
        for add in note.addenda:
            when = local_when(add.created_at, lang, doc.time_zone)
            header = (L["addendum_by"].format(date=when, name=add.created_by) if add.created_by
                      else L["addendum"].format(date=when))
            body = html_flowables(add.body_html, lay.FRAME_WIDTH, body_st)
            # The band never ends a page alone: it keeps with the first part of its text.
            story += [KeepTogether([_addendum_header(header, st), Spacer(1, 2 * mm), *body[:1]]),
                      *body[1:], Spacer(1, 4 * mm)]
    label = f"{L['confidential']} · {note.client_name} · {format_date(note.note_date, lang, 'numeric')}"
    lay.build(fh, story, footer=None, footer_h=0.0, label=label, page_label=L["page"],
              author=doc.issuer.practitioner_name or doc.issuer.name)


def note_pdf_bytes(ws: Workspace, note_id: int, language: str | None = None) -> bytes:
    buf = io.BytesIO()
    build_note_pdf(printable_note(ws, note_id, language), buf)
    return buf.getvalue()


def write_note_pdf(ws: Workspace, note_id: int, path: Path | str,
                   language: str | None = None) -> Path:
    """The note's PDF at `path` (temp file → fsync → rename: never half-written)."""
    doc = printable_note(ws, note_id, language)
    return write_pdf_atomically(path, lambda fh: build_note_pdf(doc, fh))
