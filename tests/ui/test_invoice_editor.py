"""The invoice editor on the sample workspace (Sofia Martins: completed appointments, one issued
invoice partly paid): typing lines with live totals, saving, issuing, deleting, refusing bad
input; Create invoice from an appointment's ⋮ menu, and the Invoice completed appointments
dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QMessageBox, QWidget

from app.services import appointments as appts
from app.services import billing_settings, invoices, numbering, service_catalog
from app.services.appointments import AppointmentInput
from app.services.invoices import InvoiceLineInput
from app.store.models import AppointmentStatus
from tests.ui.screens import save
from ui.appointments.appointment_actions import appointment_menu
from ui.billing import register_billing_handlers
from ui.billing.create_from_appointments import InvoiceAppointmentsDialog
from ui.billing.invoice_editor import InvoiceEditor
from ui.billing.invoice_lines_table import (
    AMOUNT,
    DATE,
    DESCRIPTION,
    DISCOUNT,
    QUANTITY,
    SERVICE,
    TAX,
    UNIT_PRICE,
)
from ui.navigation import APPOINTMENTS, BILLING, CREATE_INVOICE, Navigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ws(sample_workspace):
    return sample_workspace


@pytest.fixture
def nav():
    navigator = Navigator()
    navigator.kinds = []
    navigator.data_changed.connect(navigator.kinds.append)
    return navigator


def sofia(ws) -> int:
    return invoices.list_invoices(ws)[0].client_id


def open_editor(qtbot, ws, nav, **kwargs) -> InvoiceEditor:
    editor = InvoiceEditor(ws, nav, **kwargs)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitExposed(editor)
    return editor


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click the cell, type as a user does (replacing what is there), and press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.edit(table.model().index(row, column))
    editor = next(w for w in table.viewport().findChildren(QWidget)
                  if w.objectName() in ("cell_editor", "tax_editor") and w.isVisible())
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def pick_service(qtbot, table, row: int, name: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, SERVICE)
    table.edit(table.model().index(row, SERVICE))
    combo = next(w for w in table.viewport().findChildren(QComboBox, "service_editor")
                 if w.isVisible())
    combo.setCurrentIndex(combo.findText(name))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    QApplication.processEvents()


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def answer(qtbot, yes: bool = True) -> str:
    """Answer the open question; returns its text."""
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "confirm" and w.isVisible())
    text = box.text()
    button = next(b for b in box.buttons() if (b.objectName() == "confirm_yes") == yes)
    qtbot.mouseClick(button, LEFT)
    QApplication.processEvents()
    return text


def test_typed_lines_give_live_exact_totals_and_save_as_a_draft(qtbot, ws, nav):
    before = len(invoices.list_invoices(ws))
    editor = open_editor(qtbot, ws, nav, client_id=sofia(ws))
    table = editor.lines
    assert editor.windowTitle() == "New invoice" and table.rowCount() == 1
    assert not editor.delete_button.isVisible()  # nothing saved yet, nothing to delete
    type_cell(qtbot, table, 0, DESCRIPTION, "Group session")
    type_cell(qtbot, table, 0, QUANTITY, "3")
    type_cell(qtbot, table, 0, UNIT_PRICE, "33.33")
    type_cell(qtbot, table, 0, TAX, "23")
    assert cell(table, 0, AMOUNT) == "€99.99"
    assert editor.totals.value("total") == "€122.99"  # 99.99 + 23 % = 122.9877 → 122.99
    qtbot.keyClicks(editor.discount, "10")
    # 10 % of 99.99 = 10.00 (9.999 rounded), tax on 89.99 = 20.70, total 110.69.
    assert editor.totals.value("subtotal") == "€99.99"
    assert editor.totals.value("discount") == "-€10.00"
    assert editor.totals.value("tax_23") == "€20.70"
    assert editor.totals.value("total") == "€110.69"
    # A second line from a service: its name, price and tax fill in; a line discount of 50 %.
    qtbot.mouseClick(editor.add_button, LEFT)
    pick_service(qtbot, table, 1, "Follow-up session")
    assert [cell(table, 1, c) for c in (DESCRIPTION, UNIT_PRICE, TAX)] == [
        "Follow-up session", "65.00", "0"]
    type_cell(qtbot, table, 1, DISCOUNT, "50")
    assert cell(table, 1, AMOUNT) == "€32.50"
    # 99.99 + 32.50 = 132.49; 10 %: 10.00 + 3.25; tax 20.70 on the first line only.
    assert editor.totals.value("total") == "€139.94"
    assert editor.has_unsaved_changes()
    save(editor, "invoice-editor-draft")
    # The date from its calendar field; a third line added then removed; a fourth left blank
    # (never filled in: not saved).
    yesterday = dt.date.today() - dt.timedelta(days=1)
    table.setCurrentCell(0, DATE)
    table.edit(table.model().index(0, DATE))
    date_editor = next(w for w in table.viewport().findChildren(QDateEdit) if w.isVisible())
    date_editor.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    assert str(yesterday.day) in cell(table, 0, DATE)
    qtbot.mouseClick(editor.add_button, LEFT)
    type_cell(qtbot, table, 2, UNIT_PRICE, "1000")
    assert editor.totals.value("total") != "€139.94"
    qtbot.mouseClick(editor.remove_button, LEFT)
    assert table.rowCount() == 2 and editor.totals.value("total") == "€139.94"
    qtbot.mouseClick(editor.add_button, LEFT)
    assert table.rowCount() == 3

    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert BILLING in nav.kinds and APPOINTMENTS not in nav.kinds
    draft = invoices.get_invoice(ws, saved.args[0])
    assert len(invoices.list_invoices(ws)) == before + 1
    assert draft.is_draft and draft.number is None and draft.total_minor == 13994
    assert draft.discount_percent == Decimal(10)
    first, second = draft.lines
    assert (first.description, first.quantity, first.unit_price_minor, first.tax_rate) == (
        "Group session", Decimal(3), 3333, Decimal(23))
    assert second.service_id is not None and second.discount_percent == Decimal(50)
    assert first.line_date == yesterday and second.line_date == dt.date.today()


def test_numbers_typed_and_shown_the_french_way(qtbot, ws, nav):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        editor = open_editor(qtbot, ws, nav, client_id=sofia(ws))
        table = editor.lines
        pick_service(qtbot, table, 0, "Follow-up session")
        assert cell(table, 0, UNIT_PRICE) == "65,00"
        type_cell(qtbot, table, 0, QUANTITY, "1,5")
        type_cell(qtbot, table, 0, UNIT_PRICE, "33,33")
        type_cell(qtbot, table, 0, TAX, "5,5")
        assert cell(table, 0, AMOUNT).replace("\u202f", " ").replace("\xa0", " ") == "50,00 €"
        # 1.5 × 33.33 = 49.995 → 50.00; 5.5 % tax = 2.75; total 52.75.
        total = editor.totals.value("total")
        assert total.replace("\u202f", " ").replace("\xa0", " ") == "52,75 €"
        type_cell(qtbot, table, 0, UNIT_PRICE, "1.234,5")  # neither French nor plain: refused
        assert editor.error.text().endswith("“1.234,5” is not a number.")
    finally:
        QLocale.setDefault(previous)


def test_issue_asks_first_then_numbers_and_freezes_the_invoice(qtbot, ws, nav):
    draft = invoices.create_draft(ws, sofia(ws), [InvoiceLineInput(
        "Couples session", Decimal(2), 9000, Decimal(0), line_date=dt.date.today())])
    editor = open_editor(qtbot, ws, nav, invoice_id=draft.id)
    assert editor.windowTitle() == "Draft invoice" and editor.delete_button.isVisible()
    assert editor.totals.value("total") == "€180.00"
    expected = billing_settings.preview_numbers(ws)[numbering.INVOICE]
    editor.language.setCurrentIndex(editor.language.findData("fr"))  # a French-speaking client
    # Saying no leaves a draft.
    qtbot.mouseClick(editor.issue_button, LEFT)
    assert answer(qtbot, yes=False)
    assert invoices.get_invoice(ws, draft.id).is_draft and editor.save_button.isVisible()
    qtbot.mouseClick(editor.issue_button, LEFT)
    question = answer(qtbot, yes=True)
    assert expected in question and "€180.00" in question and "credit note" in question
    issued = invoices.get_invoice(ws, draft.id)
    assert issued.number == expected and issued.status == "issued"
    assert invoices.printable(ws, draft.id).language == "fr"  # the PDF's language, frozen
    assert editor.windowTitle() == f"Invoice {expected}"
    assert editor.pill.text() == "Unpaid"
    assert expected in editor.title.text() and "Due" in editor.dates.text()
    # Read-only: no editing, no draft buttons; the billing actions instead.
    table = editor.lines
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert not table.isColumnHidden(DESCRIPTION) and table.isColumnHidden(SERVICE)
    for button in (editor.save_button, editor.issue_button, editor.delete_button,
                   editor.add_button):
        assert not button.isVisible()
    names = set(editor.action_buttons)
    assert names == {"pdf", "email", "payment", "cancel", "duplicate"}
    assert editor.action_buttons["payment"].isEnabled()
    assert not editor.action_buttons["email"].isEnabled()  # no inbox yet: says why
    assert "Inbox" in editor.action_buttons["email"].toolTip()
    assert editor.totals.value("balance") == "€180.00"
    assert nav.kinds.count(BILLING) >= 1


def test_issued_invoice_view_with_payments(qtbot, ws, nav):
    sample = invoices.list_invoices(ws)[0]  # 80 + 65, 80 paid by card
    editor = open_editor(qtbot, ws, nav, invoice_id=sample.id)
    assert editor.windowTitle() == f"Invoice {sample.number}"
    assert editor.pill.text() == "Partly paid"
    assert [cell(editor.lines, r, DESCRIPTION) for r in range(2)] == [
        "Initial consultation", "Follow-up session"]
    assert editor.totals.value("total") == "€145.00"
    assert editor.totals.value("paid") == "-€80.00"
    assert editor.totals.value("balance") == "€65.00"
    assert editor.payments.table.rowCount() == 1
    assert editor.payments.table.item(0, 1).text() == "Card"
    assert editor.payments.table.item(0, 3).text() == "€80.00"
    assert not editor.has_unsaved_changes()
    save(editor, "invoice-issued")
    # A payment recorded elsewhere (the Billing tab): the open view follows.
    from app.services import payments

    payments.record_payment(ws, sample.client_id, sample.id, dt.date.today(), 6500, "cash")
    nav.changed(BILLING)
    assert editor.pill.text() == "Paid" and editor.totals.value("balance") == "€0.00"
    assert editor.payments.table.rowCount() == 2
    assert editor.action_buttons["payment"].isHidden()  # nothing left to pay


def test_delete_draft_after_asking(qtbot, ws, nav):
    draft = invoices.create_draft(ws, sofia(ws),
                                  [InvoiceLineInput("Session", unit_price_minor=5000)])
    editor = open_editor(qtbot, ws, nav, invoice_id=draft.id)
    qtbot.mouseClick(editor.delete_button, LEFT)
    answer(qtbot, yes=False)
    assert invoices.get_invoice(ws, draft.id).is_draft and editor.isVisible()
    with qtbot.waitSignal(editor.deleted, timeout=2000):
        qtbot.mouseClick(editor.delete_button, LEFT)
        answer(qtbot, yes=True)
    assert draft.id not in [r.id for r in invoices.list_invoices(ws)]
    assert not editor.isVisible() and BILLING in nav.kinds


def test_bad_input_is_named_and_nothing_is_saved(qtbot, ws, nav):
    before = len(invoices.list_invoices(ws))
    editor = open_editor(qtbot, ws, nav, client_id=sofia(ws))
    table = editor.lines
    type_cell(qtbot, table, 0, DESCRIPTION, "Session")
    type_cell(qtbot, table, 0, UNIT_PRICE, "sixty")
    assert editor.error.isVisible()
    assert editor.error.text() == "Line 1, Unit price: “sixty” is not a number."
    assert table.item(0, UNIT_PRICE).toolTip() == "“sixty” is not a number."
    assert editor.totals.value("total") == "—" and cell(table, 0, AMOUNT) == "—"
    table.setCurrentCell(0, QUANTITY)  # moving on: the refused cell stays tinted
    save(editor, "invoice-editor-bad-price")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.mouseClick(editor.issue_button, LEFT)
    assert editor.isVisible() and len(invoices.list_invoices(ws)) == before
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
    type_cell(qtbot, table, 0, UNIT_PRICE, "60")
    assert not editor.error.isVisible() and editor.totals.value("total") == "€60.00"
    type_cell(qtbot, table, 0, QUANTITY, "-2")
    assert "The quantity must be more than 0" in editor.error.text()
    assert editor.error.text().startswith("Line 1, Qty:")
    type_cell(qtbot, table, 0, QUANTITY, "1")
    type_cell(qtbot, table, 0, UNIT_PRICE, "12.345")  # a third of a cent
    assert "at most 2 decimals" in editor.error.text()
    type_cell(qtbot, table, 0, UNIT_PRICE, "12.50")
    qtbot.keyClicks(editor.discount, "150")
    assert editor.error.text() == "Invoice discount: Enter a percentage between 0 and 100."
    assert editor.discount.property("invalid")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.isVisible() and len(invoices.list_invoices(ws)) == before
    save(editor, "invoice-editor-error")
    # Issuing needs a description on every line: said before anything is saved or asked.
    editor.discount.clear()
    type_cell(qtbot, table, 0, DESCRIPTION, " ")
    qtbot.mouseClick(editor.issue_button, LEFT)
    assert "needs a description" in editor.error.text()
    assert len(invoices.list_invoices(ws)) == before
    # Closing with unsaved changes asks first.
    editor.reject()
    answer(qtbot, yes=False)
    assert editor.isVisible()
    editor.reject()
    answer(qtbot, yes=True)
    assert not editor.isVisible() and len(invoices.list_invoices(ws)) == before


def book_past(ws, client_id: int, days_ago: int, status: str, service_name: str) -> int:
    service = next(s for s in service_catalog.list_services(ws) if s.name == service_name)
    start = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).replace(
        minute=0, second=0, microsecond=0)
    (appt_id,) = appts.book(ws, AppointmentInput(client_id, start, 50, service.id))
    appts.set_status(ws, appt_id, status)
    return appt_id


def test_create_invoice_from_an_appointment_menu(qtbot, ws, nav):
    client = sofia(ws)
    appt_id = book_past(ws, client, 3, AppointmentStatus.COMPLETED, "Follow-up session")
    view = appts.get_appointment(ws, appt_id)
    host = QWidget()
    qtbot.addWidget(host)
    menu = appointment_menu(host, ws, nav, view)
    assert not menu.findChild(type(menu.actions()[0]), "create_invoice").isEnabled()
    register_billing_handlers(nav, ws)
    assert nav.handler(CREATE_INVOICE) is not None
    menu = appointment_menu(host, ws, nav, view)
    action = next(a for a in menu.actions() if a.objectName() == "create_invoice")
    assert action.isEnabled()
    action.trigger()
    editor = host.findChild(InvoiceEditor)
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "Draft invoice"
    assert editor.lines.rowCount() == 1
    assert cell(editor.lines, 0, DESCRIPTION) == "Follow-up session"
    assert cell(editor.lines, 0, UNIT_PRICE) == "65.00"
    assert editor.totals.value("total") == "€65.00"
    assert BILLING in nav.kinds and APPOINTMENTS in nav.kinds
    (draft,) = [r for r in invoices.list_invoices(ws) if r.status == "draft"]
    assert invoices.get_invoice(ws, draft.id).lines[0].appointment_id == appt_id
    assert appts.get_appointment(ws, appt_id).invoiced
    # Twice is refused with the reason, and no second draft.
    nav.handler(CREATE_INVOICE)(host, client, [appt_id])
    notice = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QMessageBox) and w.objectName() == "notice" and w.isVisible())
    assert "already on a draft invoice" in notice.text()
    notice.close()
    assert len([r for r in invoices.list_invoices(ws) if r.status == "draft"]) == 1


def test_invoice_completed_appointments_makes_one_draft_of_the_ticked_ones(qtbot, ws, nav):
    client = sofia(ws)
    older = book_past(ws, client, 5, AppointmentStatus.COMPLETED, "Follow-up session")
    newer = book_past(ws, client, 2, AppointmentStatus.COMPLETED, "Initial consultation")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = InvoiceAppointmentsDialog(ws, nav, client, host)
    dialog.open()
    # The sample's two completed ones are invoiced already; its no-show is not listed.
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.checked_ids() == [older, newer]
    # "2 appointments" once the English catalogue has the plural ("appointment(s)" before).
    assert dialog.summary.text().startswith("2 appointment")
    assert dialog.summary.text().endswith("ticked, €145.00 before tax.")
    dialog.no_shows.setChecked(True)
    assert dialog.list.topLevelItemCount() == 3 and len(dialog.checked_ids()) == 2
    assert any("(no-show)" in dialog.list.topLevelItem(i).text(2) for i in range(3))
    save(dialog, "invoice-completed-appointments")
    dialog.no_shows.setChecked(False)
    dialog.list.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.checked_ids() == [older]
    assert dialog.summary.text().startswith("1 appointment")
    assert dialog.summary.text().endswith("ticked, €65.00 before tax.")
    with qtbot.waitSignal(dialog.created, timeout=2000) as created:
        qtbot.mouseClick(dialog.create_button, LEFT)
    draft = invoices.get_invoice(ws, created.args[0])
    assert [ln.appointment_id for ln in draft.lines] == [older]
    assert dialog.editor is not None and dialog.editor.isVisible()
    assert dialog.editor.lines.rowCount() == 1
    assert APPOINTMENTS in nav.kinds
    # Next time only the one left is offered; none left: a plain explanation, no button.
    again = InvoiceAppointmentsDialog(ws, nav, client, host)
    assert again.checked_ids() == [newer]
    invoices.create_from_appointments(ws, client, [newer])
    empty = InvoiceAppointmentsDialog(ws, nav, client, host)
    empty.open()
    assert empty.list.isHidden() and empty.empty.isVisible()
    assert not empty.create_button.isEnabled()


def test_credit_note_and_cancelled_invoice_name_each_other(qtbot, ws, nav):
    sample = invoices.list_invoices(ws)[0]  # 145.00, 80.00 paid
    note = invoices.cancel_with_credit_note(ws, sample.id, "Billed to the wrong person")
    editor = open_editor(qtbot, ws, nav, invoice_id=note.id)
    assert editor.windowTitle() == f"Credit note {note.number}"
    assert editor.pill.text() == "Credit note"
    assert editor.banner.text() == (f"Cancels invoice {sample.number}. "
                                    "Reason: Billed to the wrong person")
    assert editor.totals.value("total") == "-€145.00" and editor.totals.value("balance") == ""
    assert editor.payments.isHidden()
    # Only what a credit note can do: no payment, no cancelling, no duplicate.
    shown = [name for name, b in editor.action_buttons.items() if not b.isHidden()]
    assert shown == ["pdf", "email"]
    save(editor, "invoice-credit-note")
    host = QWidget()
    qtbot.addWidget(host)
    cancelled = InvoiceEditor(ws, nav, invoice_id=sample.id, parent=host)
    cancelled.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the Billing lists open it
    cancelled.open()
    assert cancelled.pill.text() == "Cancelled"
    assert cancelled.banner.text().startswith(f"Cancelled by credit note {note.number}.")
    # What was paid on it is now the client's credit; nothing is due.
    assert cancelled.totals.value("credit") == "€80.00"
    assert cancelled.totals.value("balance") == ""
    assert cancelled.action_buttons["duplicate"].isEnabled()
    assert cancelled.action_buttons["cancel"].isHidden()
    # Duplicate: the corrected copy opens as a draft, and stays open when this view closes.
    qtbot.mouseClick(cancelled.action_buttons["duplicate"], LEFT)
    (copy,) = [w for w in cancelled.findChildren(InvoiceEditor) if w.isVisible()]
    assert copy.windowTitle() == "Draft invoice" and copy.lines.rowCount() == 2
    with qtbot.waitSignal(cancelled.destroyed, timeout=2000):
        qtbot.mouseClick(cancelled.close_button, LEFT)
    assert copy.isVisible() and copy.parentWidget() is host
    assert cell(copy.lines, 1, DESCRIPTION) == "Follow-up session"


def test_the_main_window_offers_create_invoice(qtbot, ws):
    from ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    assert window.navigator.handler(CREATE_INVOICE) is not None
