"""Saving a document remembers its folder for the next dialog, but only in memory: a folder
named after a client must not end up in QSettings, outside the encrypted workspace."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.services import clients, invoices
from ui.billing.invoice_actions import FOLDER_KEY, download_pdf
from ui.last_folder import last_folder


def test_a_saved_pdf_folder_is_remembered_in_memory_only(qtbot, sample_workspace, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    sofia = clients.list_client_ids(sample_workspace, clients.ClientQuery())[0]
    invoice = invoices.list_client_invoices(sample_workspace, sofia)[0]
    folder = tmp_path / "Clients" / "Sofia Martins"
    folder.mkdir(parents=True)
    written = download_pdf(parent, sample_workspace, invoice.id, folder / "invoice.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert last_folder(FOLDER_KEY) == str(folder)
    stored = " ".join(f"{k}={QSettings().value(k)}" for k in QSettings().allKeys())
    assert "Sofia" not in stored and "Clients" not in stored
