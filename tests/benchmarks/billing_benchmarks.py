"""Billing benchmarks: building invoice PDFs, and what a client's Billing tab reads when it
opens (the list of their invoices and the summary above it) for a client with 200 invoices.

The generated benchmark workspace has no invoices, and these benchmarks must not add any to a
cached file, so each engine gets its own small temporary workspace, built once (during the
untimed warm-up) with the real services: one client with 200 issued invoices (some paid, some
partly paid, some overdue, one cancelled by a credit note). The plain side is a
sqlcipher_export copy of it, opened the way run_benchmarks opens its plain copy. Everything is
deleted when the process exits.
"""

from __future__ import annotations

import atexit
import datetime as dt
import io
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from app.documents import invoice_pdf
from app.services import invoices, payments, practice
from app.services.invoices import InvoiceLineInput
from app.workspace import Workspace, create_workspace
from tests.benchmarks.generate import DEFAULT_PASSPHRASE
from tests.benchmarks.run_benchmarks import (
    benchmark,
    connection_pragmas,
    export_plain_copy,
    open_plain,
)

INVOICES = 200
_temp: dict[str, tuple[Workspace, dict[str, int]]] = {}
_folder: Path | None = None


def _fill(ws: Workspace) -> dict[str, int]:
    practice.update_practice(ws, name="Cabinet Lefèvre", practitioner_name="François Lefèvre",
                             address="12 rue des Écoles\n75005 Paris", language="fr",
                             payment_instructions="IBAN FR76 3000 6000 0112 3456 7890 189",
                             invoice_footer="TVA non applicable, art. 293 B du CGI")
    from app.services import clients
    from app.services.people import PersonInput

    cid = clients.create_client(ws, PersonInput(first_name="José", last_name="Peña",
                                                street="Calle Mayor 5", city="Madrid",
                                                emails=["jose@example.com"]))
    start = dt.date.today() - dt.timedelta(days=INVOICES * 3)
    ids = []
    with ws.write() as s:
        for i in range(INVOICES):
            on = start + dt.timedelta(days=3 * i)
            lines = [InvoiceLineInput("Séance individuelle", Decimal(1), 6500, Decimal(0),
                                      Decimal(0), on),
                     InvoiceLineInput("Bilan écrit", Decimal("1.5"), 4000, Decimal(20),
                                      Decimal(10), on)]
            inv = invoices.add_draft(s, cid, lines[: 1 + i % 2])
            invoices.issue_draft(s, inv, on)
            if i % 3 == 0:
                payments.add_payment(s, cid, inv.id, on, inv.total_minor, "card")
            elif i % 3 == 1:
                payments.add_payment(s, cid, inv.id, on, 2000, "cash")
            ids.append(inv.id)
    invoices.cancel_with_credit_note(ws, ids[-1], "Erreur de tarif")
    long_draft = invoices.create_draft(ws, cid, [
        InvoiceLineInput(f"Séance de suivi n° {i}", Decimal(1), 6500, Decimal(0), Decimal(0),
                         dt.date.today()) for i in range(120)])
    return {"client": cid, "invoice": ids[-2], "long": long_draft.id}


def _workspace_for(ws: Workspace) -> tuple[Workspace, dict[str, int]]:
    """The temporary billing workspace on the same engine (encrypted or plain) as `ws`."""
    global _folder
    label = "plain" if getattr(ws, "_key", None) is None else "encrypted"
    if label in _temp:
        return _temp[label]
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="consulta-bench-billing-"))
        atexit.register(_cleanup)
    enc_path = _folder / "billing.consulta"
    if "encrypted" not in _temp:
        enc = create_workspace(enc_path, DEFAULT_PASSPHRASE, practice_name="Billing benchmark")
        _temp["encrypted"] = (enc, _fill(enc))
    if label == "plain":
        enc, ids = _temp["encrypted"]
        pragmas = connection_pragmas(enc.engine)
        enc.close()
        plain_path = _folder / "billing-plain.sqlite"
        export_plain_copy(enc_path, DEFAULT_PASSPHRASE, plain_path)
        from app.workspace import open_workspace

        _temp["encrypted"] = (open_workspace(enc_path, passphrase=DEFAULT_PASSPHRASE), ids)
        _temp["plain"] = (open_plain(plain_path, pragmas), ids)
    return _temp[label]


def _cleanup() -> None:
    for ws, _ids in _temp.values():
        ws.close()
    _temp.clear()
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)


def _pdf_pages(data: bytes) -> str:
    from pypdf import PdfReader

    return f"{len(PdfReader(io.BytesIO(data)).pages)} page(s), {len(data) // 1024} KB"


@benchmark("invoice: build one PDF (2 lines)", describe=_pdf_pages)
def _one_pdf(ws: Workspace) -> bytes:
    bws, ids = _workspace_for(ws)
    return invoice_pdf.invoice_pdf_bytes(bws, ids["invoice"])


@benchmark("invoice: build one PDF (120 lines)", runs=7, describe=_pdf_pages)
def _long_pdf(ws: Workspace) -> bytes:
    bws, ids = _workspace_for(ws)
    return invoice_pdf.invoice_pdf_bytes(bws, ids["long"])


@benchmark(f"invoice: client Billing tab, {INVOICES} invoices",
           describe=lambda r: f"{len(r[0])} rows, {r[1].overdue_count} overdue")
def _billing_tab(ws: Workspace):
    bws, ids = _workspace_for(ws)
    return (invoices.list_client_invoices(bws, ids["client"]),
            invoices.client_summary(bws, ids["client"]))
