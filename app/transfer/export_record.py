"""One person's record as files: what a client's request for a copy of their record needs.

    client.json (or contact.json)  details, custom fields, tags, status, relationships,
                                   appointments, notes with addenda, form responses, files,
                                   emails and the invoices and payments, as structured data
    notes/*.pdf  forms/*.pdf  invoices/*.pdf  files/<original names>  emails/*.eml (raw)

Items in the trash are included and marked so (they are still part of the record until
erased). Runs on any thread; every read is its own short transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.documents import form_pdf, invoice_pdf, note_pdf
from app.documents.money_format import minor_to_decimal
from app.mail import messages
from app.services import (
    billing_lists,
    custom_fields,
    files,
    forms,
    notes,
    payments,
    people,
    relationships,
)
from app.services.html_sanitizer import plain_text
from app.store.models import (
    Appointment,
    FormResponse,
    InvoiceStatus,
    MailLink,
    MailMessage,
    Note,
    Service,
    StoredFile,
)
from app.transfer.export_files import ExportSink, UniqueNames

if TYPE_CHECKING:
    from app.transfer.progress import Tracker
    from app.workspace import Workspace

FORMAT = "consulta-person-record"


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _money(minor: int, currency: str) -> str:
    return str(minor_to_decimal(minor, currency))


def _json(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def custom_field_list(record: people.PersonRecord,
                      sections: list[custom_fields.SectionDef]) -> list[dict[str, Any]]:
    out = []
    for sec in sections:
        for f in sec.fields:
            if f.id in record.custom_values:
                out.append({"section": sec.name, "label": f.label, "type": f.field_type,
                            "value": record.custom_values[f.id]})
    return out


def person_ids_of(ws: Workspace, person_id: int) -> dict[str, list[int]]:
    """Every stored item of the person, by kind, oldest first (trash included)."""
    with ws.read() as s:
        def ids(col, where, order) -> list[int]:  # noqa: ANN001
            return list(s.scalars(select(col).where(where).order_by(*order)))

        return {
            "notes": ids(Note.id, Note.client_id == person_id, (Note.note_date, Note.id)),
            "forms": ids(FormResponse.id, FormResponse.client_id == person_id,
                         (FormResponse.created_at, FormResponse.id)),
            "files": ids(StoredFile.id, StoredFile.client_id == person_id,
                         (StoredFile.created_at, StoredFile.id)),
            "emails": ids(MailLink.message_id, MailLink.person_id == person_id,
                          (MailLink.message_id,)),
        }


def count_items(ws: Workspace, person_id: int) -> int:
    """How many steps `write_person` reports for this person (for a progress total)."""
    ids = person_ids_of(ws, person_id)
    return sum(len(v) for v in ids.values()) + len(
        billing_lists.list_client_invoices(ws, person_id)) + 1


def write_person(ws: Workspace, person_id: int, sink: ExportSink, folder: str, *,
                 language: str | None = None, tracker: Tracker | None = None,
                 sections: list[custom_fields.SectionDef] | None = None) -> dict[str, int]:
    """Write the person's record under `folder` ("" for the export's top); returns counts."""
    record = people.get(ws, None, person_id)
    sections = sections if sections is not None else custom_fields.list_sections(ws)
    names = UniqueNames()
    ids = person_ids_of(ws, person_id)
    prefix = f"{folder}/" if folder else ""

    def step() -> None:
        if tracker is not None:
            tracker.check()
            tracker.step()

    note_items = []
    for nid in ids["notes"]:
        n = notes.get_note(ws, nid)
        path = names.take(f"{prefix}notes", f"{n.note_date.isoformat()} {n.title or 'note'}.pdf")
        sink.write_bytes(path, note_pdf.note_pdf_bytes(ws, nid, language))
        note_items.append({
            "title": n.title, "date": n.note_date, "status": n.status, "shared": n.is_shared,
            "completed_at": n.completed_at, "completed_by": n.completed_by,
            "in_trash": n.deleted_at is not None, "trash_reason": n.delete_reason,
            "created_at": n.created_at, "text": plain_text(n.body_html), "html": n.body_html,
            "addenda": [{"created_at": a.created_at, "created_by": a.created_by,
                         "text": plain_text(a.body_html), "html": a.body_html}
                        for a in n.addenda],
            "pdf": path.removeprefix(prefix)})
        step()
    form_items = []
    for fid in ids["forms"]:
        r = forms.get_form_response(ws, fid)
        day = (r.completed_at or r.created_at).date().isoformat()
        path = names.take(f"{prefix}forms", f"{day} {r.title or 'form'}.pdf")
        sink.write_bytes(path, form_pdf.form_pdf_bytes(ws, fid, language))
        form_items.append({"title": r.title, "completed_at": r.completed_at,
                           "questions": list(r.questions), "answers": r.answers,
                           "in_trash": r.deleted_at is not None, "pdf": path.removeprefix(prefix)})
        step()
    file_items = []
    for fid in ids["files"]:
        f = files.get_file(ws, fid)
        path = names.take(f"{prefix}files", f.name)
        sink.write_stream(path, lambda fh, fid=fid: files.write_to(ws, fid, fh))
        file_items.append({"name": f.name, "path": path.removeprefix(prefix),
                           "mime_type": f.mime_type, "size": f.size, "sha256": f.sha256,
                           "uploaded_at": f.created_at, "in_trash": f.deleted_at is not None})
        step()
    email_items = []
    for mid in ids["emails"]:
        with ws.read() as s:
            m = s.get(MailMessage, mid)
            head = {"subject": m.subject, "from": m.from_addr, "to": m.to_addrs,
                    "cc": m.cc_addrs, "date": m.sent_at, "incomplete": bool(m.raw_partial)}
        day = head["date"].date().isoformat() if head["date"] else "undated"
        path = names.take(f"{prefix}emails", f"{day} {head['subject'] or 'email'}.eml")
        sink.write_bytes(path, messages.raw_message(ws, mid))
        email_items.append(head | {"file": path.removeprefix(prefix)})
        step()
    invoice_items = []
    for inv in reversed(billing_lists.list_client_invoices(ws, person_id)):
        item: dict[str, Any] = {
            "number": inv.number, "kind": inv.kind, "status": inv.status,
            "issue_date": inv.issue_date, "due_date": inv.due_date, "currency": inv.currency,
            "total": _money(inv.total_minor, inv.currency),
            "paid": _money(inv.paid_minor, inv.currency),
            "balance": _money(inv.balance_minor, inv.currency)}
        if inv.status != InvoiceStatus.DRAFT:
            path = names.take(f"{prefix}invoices", f"{inv.number or inv.id}.pdf")
            sink.write_bytes(path, invoice_pdf.invoice_pdf_bytes(ws, inv.id, language))
            item["pdf"] = path.removeprefix(prefix)
        invoice_items.append(item)
        step()
    doc = {
        "format": FORMAT, "version": 1, "exported_at": dt.datetime.now(dt.UTC),
        record.kind: _details(record),
        "custom_fields": custom_field_list(record, sections),
        "relationships": [{"name": r.other_name, "kind": r.other_kind,
                           "relation": relationships.label_of(r.relation_type),
                           "emergency_contact": r.is_emergency_contact, "note": r.note}
                          for r in relationships.list_relationships(ws, person_id)],
        "appointments": _appointments(ws, person_id),
        "notes": note_items, "forms": form_items, "files": file_items, "emails": email_items,
        "invoices": invoice_items, "payments": _payments(ws, person_id),
    }
    data = json.dumps(doc, ensure_ascii=False, indent=2, default=_json).encode("utf-8")
    sink.write_bytes(f"{prefix}{record.kind}.json", data)
    step()
    return {"notes": len(note_items), "forms": len(form_items), "files": len(file_items),
            "emails": len(email_items), "invoices": len(invoice_items)}


def _details(r: people.PersonRecord) -> dict[str, Any]:
    return {
        "first_name": r.first_name, "last_name": r.last_name, "preferred_name": r.preferred_name,
        "pronouns": r.pronouns, "date_of_birth": r.date_of_birth, "status": r.status,
        "organization": r.organization, "role": r.role,
        "address": {"street": r.street, "street2": r.street2, "city": r.city,
                    "region": r.region, "postal_code": r.postal_code, "country": r.country},
        "emails": r.emails, "phones": r.phones, "tags": [t.name for t in r.tags],
        "created_at": r.created_at, "in_trash": r.deleted_at is not None,
    }


def _appointments(ws: Workspace, person_id: int) -> list[dict[str, Any]]:
    with ws.read() as s:
        rows = s.execute(select(Appointment, Service.name)
                         .outerjoin(Service, Service.id == Appointment.service_id)
                         .where(Appointment.client_id == person_id)
                         .order_by(Appointment.starts_at, Appointment.id))
        return [{"starts_at": a.starts_at, "ends_at": a.ends_at, "status": a.status,
                 "service": service or "", "location_kind": a.location_kind,
                 "location": a.location, "video_url": a.video_url,
                 "cancel_reason": a.cancel_reason, "private_note": a.private_note}
                for a, service in rows]


def _payments(ws: Workspace, person_id: int) -> list[dict[str, Any]]:
    from app.services import practice

    currency = practice.get_practice(ws).currency
    return [{"receipt_number": p.receipt_number, "paid_on": p.paid_on,
             "amount": _money(p.amount_minor, currency), "method": p.method,
             "reference": p.reference, "invoice_number": p.invoice_number}
            for p in reversed(payments.list_payments(ws, client_id=person_id))]
