"""Erasing clients from the trash with a stated reason: Erase stays disabled until a reason is
given, the reason lands in the audit log, and the summary names the invoices and receipts kept
as the law requires."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.errors import NotFoundError
from app.services import audit, billing_lists, clients
from app.store.models import Invoice, InvoiceStatus
from tests.ui.helpers_people import add_people, menu_action, open_actions_menu, select_rows
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.screens import save
from ui.clients.erase_dialog import EraseDialog

LEFT = Qt.MouseButton.LeftButton


def _trash_view(qtbot, ws):
    harness = make_harness(qtbot, ws)
    lst = harness.clients.list
    lst.show_filter.setCurrentIndex(lst.show_filter.findText("Trash"))
    return harness, lst


def test_erase_needs_a_reason_and_the_audit_log_keeps_it(qtbot, sample_workspace):
    ws = sample_workspace
    ids = add_people(ws, with_tags=False)
    with ws.write() as s:
        s.add(Invoice(client_id=ids["Emily"], number="TEST-ERASE-0001", issue_date=dt.date.today(),
                      subtotal_minor=6000, total_minor=6000, status=InvoiceStatus.ISSUED))
    clients.trash_client(ws, ids["Emily"])
    _harness, lst = _trash_view(qtbot, ws)
    select_rows(lst, ["Emily Watson"])
    menu_action(open_actions_menu(lst), "Delete permanently…").trigger()
    dialog = lst.actions.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    assert "Emily Watson" in dialog.question.text()
    assert "exactly as issued" in dialog.kept_note.text()
    assert not dialog.erase_button.isEnabled()  # no reason yet
    assert dialog.cancel_button.isDefault()
    save(dialog, "erase-dialog")

    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not dialog.erase_button.isEnabled()  # "Other…" needs words
    qtbot.keyClicks(dialog.details, "  ")
    assert not dialog.erase_button.isEnabled()
    dialog.details.clear()
    dialog.reason.setCurrentIndex(
        dialog.reason.findText("The client asked for their data to be erased"))
    assert dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.details, "Email of 2 December")
    qtbot.mouseClick(dialog.erase_button, LEFT)

    with pytest.raises(NotFoundError):
        clients.get_client(ws, ids["Emily"])
    event = audit.list_events(ws, entity_type="client", entity_id=ids["Emily"], limit=1)[0]
    assert event.action == "delete_permanently"
    assert event.details["reason"] == ("The client asked for their data to be erased: "
                                       "Email of 2 December")
    assert dialog.pages.currentIndex() == 1
    assert dialog.done_title.text() == "Emily Watson was erased"
    assert "TEST-ERASE-0001" in dialog.kept_text.text()
    save(dialog, "erase-dialog-done")
    # The list refreshed; the invoice stays as issued, linked to no one.
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=3000)
    kept = [r for r in billing_lists.list_invoices(ws) if r.number == "TEST-ERASE-0001"]
    assert [r.client_id for r in kept] == [None]
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()


def test_cancel_erases_nothing(qtbot, sample_workspace):
    ws = sample_workspace
    ids = add_people(ws, with_tags=False)
    for name in ("Emily", "Lucía"):
        clients.trash_client(ws, ids[name])
    _harness, lst = _trash_view(qtbot, ws)
    select_rows(lst, ["Emily Watson", "Lucía Fernández"])
    menu_action(open_actions_menu(lst), "Delete permanently…").trigger()
    dialog = lst.actions.dialog
    assert "Emily Watson" in dialog.question.text() and "Lucía Fernández" in dialog.question.text()
    dialog.reason.setCurrentIndex(dialog.reason.findText("Duplicate record"))
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    assert clients.get_client(ws, ids["Emily"]).deleted_at is not None
    assert clients.get_client(ws, ids["Lucía"]).deleted_at is not None


def test_erasing_from_the_record_closes_it_and_names_what_was_kept(qtbot, sample_workspace):
    ws = sample_workspace
    harness = make_harness(qtbot, ws)
    record = open_sofia(harness)
    cid = record.client_id
    (invoice,) = billing_lists.list_invoices(ws)
    clients.trash_client(ws, cid)
    record.refresh()
    qtbot.mouseClick(record.delete_button, LEFT)
    dialog = record.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    dialog.reason.setCurrentIndex(dialog.reason.findText("Added by mistake"))
    qtbot.mouseClick(dialog.erase_button, LEFT)
    assert harness.clients.record is None  # the record closed; the summary stays
    assert dialog.isVisible()
    assert invoice.number in dialog.kept_text.text()
    assert "Receipts kept" in dialog.kept_text.text()
    assert "Notes: " in dialog.erased_text.text()
    save(dialog, "erase-dialog-record-done")
    event = audit.list_events(ws, entity_type="client", entity_id=cid, limit=1)[0]
    assert event.details["reason"] == "Added by mistake"


def test_a_client_already_gone_is_said_plainly(qtbot, sample_workspace):
    ws = sample_workspace
    ids = add_people(ws, with_tags=False)
    clients.trash_client(ws, ids["Emily"])
    _harness, lst = _trash_view(qtbot, ws)
    select_rows(lst, ["Emily Watson"])
    menu_action(open_actions_menu(lst), "Delete permanently…").trigger()
    dialog = lst.actions.dialog
    clients.delete_client_permanently(ws, ids["Emily"], "elsewhere")  # e.g. another window
    dialog.reason.setCurrentIndex(0)
    qtbot.mouseClick(dialog.erase_button, LEFT)
    assert dialog.pages.currentIndex() == 0 and dialog.error.isVisible()
    assert dialog.error.text() == "This record no longer exists."
