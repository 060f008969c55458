"""Exporting a client's record, or the whole practice, as a folder or a zip file.

    export_client(ws, client_id, target)   one person (export_record.py describes the content)
    export_practice(ws, target)            every client and contact, each in their own folder
                                           (clients/<name (id)>/, contacts/<name (id)>/), plus
                                           clients.csv, contacts.csv, appointments.csv,
                                           invoices.csv, payments.csv, custom_fields.json and,
                                           for invoices whose client was erased,
                                           invoices/*.pdf

Both are written under a temporary name beside `target` and renamed to it when complete
(export_files.ExportSink): an error, a cancel or a killed process leaves nothing at `target`.
Both report progress as `on_progress(done, total)` and stop when `cancel_event` is set
(raising progress.Cancelled, with nothing left behind). Both are recorded in the audit log.
Run them on a worker thread; they read the workspace in short transactions.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.documents import invoice_pdf
from app.services import audit, custom_fields, invoices, people
from app.store.models import Invoice, InvoiceStatus, Person, PersonKind
from app.transfer import export_record, practice_csv
from app.transfer.csv_mapping import DEFINITIONS_FILE, definitions_json
from app.transfer.export_files import ExportSink, UniqueNames, safe_name
from app.transfer.progress import ProgressCallback, Tracker

if TYPE_CHECKING:
    from app.workspace import Workspace

CSV_FILES = ("clients.csv", "contacts.csv", "appointments.csv", "invoices.csv", "payments.csv")


def suggested_client_export_name(ws: Workspace, client_id: int, *, as_zip: bool = True,
                                 today: str | None = None) -> str:
    """"María García López – record 2026-12-04.zip" (the UI puts it in a save dialog)."""
    record = people.get(ws, None, client_id)
    stem = safe_name(f"{record.full_name or record.display_name} - record "
                     f"{today or practice_csv.export_date()}", "record")
    return f"{stem}.zip" if as_zip else stem


def suggested_practice_export_name(ws: Workspace, *, as_zip: bool = False,
                                   today: str | None = None) -> str:
    from app.services import practice

    name = practice.get_practice(ws).name or "Practice"
    stem = safe_name(f"{name} - export {today or practice_csv.export_date()}", "export")
    return f"{stem}.zip" if as_zip else stem


def export_client(ws: Workspace, client_id: int, target: Path | str, *, as_zip: bool = True,
                  language: str | None = None, on_progress: ProgressCallback | None = None,
                  cancel_event: threading.Event | None = None) -> Path:
    """One client's (or contact's) record at `target` (a .zip, or a folder with as_zip=False);
    returns the path written. `language`: of the PDFs (default: the practice's)."""
    record = people.get(ws, None, client_id)  # NotFoundError before anything is created
    tracker = Tracker(export_record.count_items(ws, client_id), on_progress, cancel_event)
    sink = ExportSink(Path(target), as_zip)
    try:
        counts = export_record.write_person(ws, client_id, sink, "", language=language,
                                            tracker=tracker)
        tracker.check()
        path = sink.finish()
    except BaseException:
        sink.abort()
        raise
    with ws.write() as s:
        audit.record(s, "export", record.kind, client_id,
                     {"items": counts, "zip": as_zip})
    return path


def export_practice(ws: Workspace, target: Path | str, *, as_zip: bool = False,
                    language: str | None = None, on_progress: ProgressCallback | None = None,
                    cancel_event: threading.Event | None = None) -> Path:
    """Everything, for leaving or for an accountant (see the module docstring)."""
    with ws.read() as s:
        everyone = list(s.execute(select(Person.id, Person.kind, Person.first_name,
                                         Person.last_name).order_by(Person.kind, Person.sort_name,
                                                                    Person.id)))
        orphans = list(s.scalars(select(Invoice.id).where(
            Invoice.client_id.is_(None), Invoice.status != InvoiceStatus.DRAFT)
            .order_by(Invoice.id)))
    clients = [p for p in everyone if p.kind == PersonKind.CLIENT]
    contacts = [p for p in everyone if p.kind == PersonKind.CONTACT]
    # A step per person (their items are not counted ahead: that would read everything twice),
    # one per CSV, one per invoice of an erased client.
    tracker = Tracker(len(everyone) + len(CSV_FILES) + len(orphans) + 1, on_progress, cancel_event)
    sink = ExportSink(Path(target), as_zip)
    totals: dict[str, int] = {}
    try:
        sections = custom_fields.list_sections(ws)
        sink.write_bytes(DEFINITIONS_FILE, definitions_json(ws))
        tracker.step()
        for name, build in (("clients.csv", lambda: practice_csv.people_csv(
                                 ws, "client", [p.id for p in clients])),
                            ("contacts.csv", lambda: practice_csv.people_csv(
                                ws, "contact", [p.id for p in contacts])),
                            ("appointments.csv", lambda: practice_csv.appointments_csv(ws)),
                            ("invoices.csv", lambda: practice_csv.invoices_csv(ws)),
                            ("payments.csv", lambda: practice_csv.payments_csv(ws))):
            tracker.check()
            sink.write_bytes(name, build())
            tracker.step()
        folders = UniqueNames()
        for group, members in (("clients", clients), ("contacts", contacts)):
            for p in members:
                tracker.check()
                label = " ".join(x for x in (p.last_name, p.first_name) if x) or "-"
                folder = folders.take(group, f"{label} ({p.id})")
                counts = export_record.write_person(ws, p.id, sink, folder, language=language,
                                                    sections=sections)
                for k, v in counts.items():
                    totals[k] = totals.get(k, 0) + v
                tracker.step()
        for inv_id in orphans:
            tracker.check()
            view = invoices.get_invoice(ws, inv_id)
            path = folders.take("invoices", f"{view.number or inv_id}.pdf")
            sink.write_bytes(path, invoice_pdf.invoice_pdf_bytes(ws, inv_id, language))
            tracker.step()
        tracker.check()
        path = sink.finish()
    except BaseException:
        sink.abort()
        raise
    with ws.write() as s:
        audit.record(s, "export", "practice", None,
                     {"clients": len(clients), "contacts": len(contacts), "items": totals,
                      "zip": as_zip})
    return path
