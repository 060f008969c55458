"""The client record's Billing tab on the sample workspace (Sofia Martins: one issued invoice of
€145.00, €80.00 paid by card): the summary, the invoice list with coloured statuses (overdue
derived), the hover action strip and the same actions by menu, recording a payment with its
receipt PDF, cancelling with a credit note, duplicating, PDFs through the real Save dialog,
email through the COMPOSE_EMAIL hand-off, payment methods refusing card numbers, 200 invoices."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton

from app.services import card_safety, clients, invoices, payments, practice
from app.services.invoices import InvoiceLineInput
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.screens import save, save_with_popup
from ui.billing.credit_note_dialog import CreditNoteDialog
from ui.billing.invoice_editor import InvoiceEditor
from ui.billing.payment_dialog import PaymentDialog
from ui.billing.status_text import STATUS_COLORS
from ui.clients.record.client_invoices_table import InvoiceTableModel
from ui.i18n import core_text
from ui.navigation import BILLING, COMPOSE_EMAIL

LEFT = Qt.MouseButton.LeftButton
STATUS = InvoiceTableModel.STATUS


@pytest.fixture(scope="module")
def _sample_template(tmp_path_factory):
    """One sample workspace for the module, copied per test: a copy of a closed workspace is a
    complete workspace, and copying skips creation and key derivation."""
    path = tmp_path_factory.mktemp("billing-template") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice", sample_data=True,
                          language="en")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def sample_workspace(tmp_path, _sample_template):
    template, key = _sample_template
    shutil.copy(template, tmp_path / "practice.consulta")
    ws = open_workspace(tmp_path / "practice.consulta", key=key)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, sample_workspace):
    return make_harness(qtbot, sample_workspace)


def billing(window):
    record = open_sofia(window)
    record.tabs.setCurrentIndex(5)
    return record.billing


def column(table, col: int) -> list[str]:
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def row_of(tab, number: str) -> int:
    return column(tab.table, 0).index(number)


def issue(ws, client_id: int, amount: int, on: dt.date, paid: int = 0) -> int:
    with ws.write() as s:
        inv = invoices.add_draft(s, client_id, [InvoiceLineInput(
            "Follow-up session", Decimal(1), amount, Decimal(0), Decimal(0), on)])
        invoices.issue_draft(s, inv, on)
        if paid:
            payments.add_payment(s, client_id, inv.id, on, paid, "cash")
        return inv.id


def mixed(ws, client_id: int) -> dict[str, int]:
    """Besides the sample's partly paid INV-2026-0001: an overdue one (due the day it was
    issued), a paid one, one cancelled by a credit note, and a draft."""
    sample = invoices.list_client_invoices(ws, client_id)[0]
    on = sample.issue_date
    practice.update_practice(ws, payment_terms_days=0)
    ids = {"sample": sample.id, "overdue": issue(ws, client_id, 6500, on),
           "paid": issue(ws, client_id, 8000, on, paid=8000),
           "cancelled": issue(ws, client_id, 5000, on)}
    invoices.cancel_with_credit_note(ws, ids["cancelled"], "Wrong amount")
    ids["draft"] = invoices.create_draft(ws, client_id, [InvoiceLineInput(
        "Initial consultation", Decimal(1), 8000)]).id
    return ids


def refreshed(qtbot, tab, ws) -> None:
    tab._nav.changed(BILLING)
    qtbot.wait(10)


def hover(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    # Two moves: Qt sends nothing for a "move" to where the pointer already is.
    qtbot.mouseMove(table.viewport(), rect.topLeft() + QPoint(2, 2))
    qtbot.mouseMove(table.viewport(), rect.center())
    qtbot.waitUntil(lambda: table.strip.isVisible() and table.hovered_row == row, timeout=2000)


def strip_button(table, name: str) -> QToolButton:
    return table.strip.buttons[name]


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def choose_file(qtbot, path: Path) -> None:
    """Answer the (Qt, non-native) Save dialog the way a user would."""
    qtbot.waitUntil(lambda: bool(visible(QFileDialog)), timeout=2000)
    (dialog,) = visible(QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(path))
    dialog.accept()


def is_pdf(path: Path) -> bool:
    return path.is_file() and path.read_bytes()[:5] == b"%PDF-"


def test_summary_table_and_coloured_statuses(qtbot, window):
    tab = billing(window)
    ws = window._ws
    mixed(ws, tab.client_id)
    refreshed(qtbot, tab, ws)
    summary = tab.summary
    # Billed 145 + 65 + 80 (+50 − 50 cancelled by its credit note); paid 80 + 80.
    assert summary.billed.value.text() == "€290.00"
    assert summary.paid.value.text() == "€160.00"
    assert summary.outstanding.value.text() == "€130.00"
    assert summary.overdue.value.text() == "€65.00"
    assert summary.overdue.value.objectName() == "statValueAlert"
    # ("1 invoice past due" once the lead's English catalogue has this plural)
    assert summary.overdue.detail.text().startswith("1 invoice")
    assert summary.overdue.detail.text().endswith("past due")
    assert summary.credit.value.text() == "€0.00"
    assert "1 draft" in summary.billed.detail.text()
    assert tab.invoices_title.text() == "Invoices (6)"
    numbers = column(tab.table, 0)
    assert numbers[0] == "—"  # the draft first, then the newest
    assert set(numbers[1:]) == {"INV-2026-0001", "INV-2026-0002", "INV-2026-0003",
                                "INV-2026-0004", "CN-2026-0001"}
    model = tab.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Number", "Issued", "Due", "Total", "Balance", "Status", ""]
    sample = row_of(tab, "INV-2026-0001")
    sample_row = invoices.list_client_invoices(ws, tab.client_id)[-1]
    assert column(tab.table, 3)[sample] == "€145.00" and column(tab.table, 4)[sample] == "€65.00"
    assert str(sample_row.due_date.day) in column(tab.table, 2)[sample]
    statuses = {n: column(tab.table, STATUS)[row_of(tab, n)] for n in numbers[1:]}
    assert statuses == {"INV-2026-0001": "Partly paid · €80.00 paid",
                        "INV-2026-0002": "Overdue",
                        "INV-2026-0003": "Paid",
                        "INV-2026-0004": "Cancelled · by CN-2026-0001",
                        "CN-2026-0001": "Credit note · for INV-2026-0004"}
    assert column(tab.table, STATUS)[0] == "Draft"
    from ui.clients.record.client_invoices_table import PillRole

    colours = {n: model.index(row_of(tab, n), STATUS).data(PillRole)[1] for n in numbers[1:]}
    assert colours["INV-2026-0002"] == STATUS_COLORS["overdue"][0]
    assert len(set(colours.values())) == 5  # each status its own colour
    assert column(tab.table, 4)[row_of(tab, "INV-2026-0003")] == "€0.00"
    assert column(tab.table, 4)[row_of(tab, "CN-2026-0001")] == "—"
    cancelled = model.index(row_of(tab, "INV-2026-0004"), 0)
    assert cancelled.data(Qt.ItemDataRole.ForegroundRole) == QColor("#7b8794")
    tip = model.index(row_of(tab, "CN-2026-0001"), STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Cancels invoice INV-2026-0004"
    assert tab.payments_title.text() == "Payments (2)"


def test_hovering_a_row_shows_its_actions(qtbot, window):
    tab = billing(window)
    ws = window._ws
    mixed(ws, tab.client_id)
    refreshed(qtbot, tab, ws)
    table = tab.table
    assert not table.strip.isVisible()
    sample = row_of(tab, "INV-2026-0001")
    hover(qtbot, table, sample)
    cell = table.visualRect(table.model().index(sample, InvoiceTableModel.ACTIONS))
    assert table.strip.geometry().top() == cell.top() and table.strip.height() == cell.height()
    assert all(strip_button(table, n).isEnabled()
               for n in ("view", "pdf", "payment", "cancel", "duplicate"))
    # Row highlighted while hovered.
    assert table.model().index(sample, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    save(window.clients, "billing-tab")
    # A paid invoice cannot take a payment; a credit note can be neither cancelled nor paid.
    hover(qtbot, table, row_of(tab, "INV-2026-0003"))
    assert not strip_button(table, "payment").isEnabled()
    assert "This invoice is paid." in strip_button(table, "payment").toolTip()
    hover(qtbot, table, row_of(tab, "CN-2026-0001"))
    assert not strip_button(table, "cancel").isEnabled()
    assert not strip_button(table, "duplicate").isEnabled()
    # One strip for the whole table: no widget per row.
    assert len(table.viewport().findChildren(QToolButton)) == 7
    assert table.indexWidget(table.model().index(0, InvoiceTableModel.ACTIONS)) is None
    # Leaving the table hides it; the Menu key gives the same actions as a menu.
    qtbot.mouseMove(tab.summary, QPoint(5, 5))
    qtbot.waitUntil(lambda: not table.strip.isVisible(), timeout=2000)
    table.setFocus()
    table.setCurrentIndex(table.model().index(sample, 0))
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = tab.menu
    assert menu is not None and menu.isVisible()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["view", "pdf", "email", "payment", "cancel", "duplicate"]
    menu.close()
    # Right-click on the draft: its menu also offers to delete it.
    draft_rect = table.visualRect(table.model().index(0, 1))
    table.contextMenuEvent(_context(table, draft_rect.center()))
    assert "delete" in [a.objectName() for a in tab.menu.actions()]
    tab.menu.close()


def _context(table, pos: QPoint):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                             table.viewport().mapToGlobal(pos))


def test_record_payment_then_receipt_pdf(qtbot, window, tmp_path):
    tab = billing(window)
    table = tab.table
    hover(qtbot, table, 0)
    qtbot.mouseClick(strip_button(table, "payment"), LEFT)
    (dialog,) = [d for d in tab.findChildren(PaymentDialog) if d.isVisible()]
    invoice_id = table.model().invoice(0).id
    assert dialog.invoice.currentData() == invoice_id
    assert dialog.amount.text() == "65.00"  # the balance
    assert "will be paid in full" in dialog.effect.text()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "70")
    assert "€5.00 more than is owed" in dialog.effect.text()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "65")
    dialog.method.setCurrentIndex(dialog.method.findData("bank_transfer"))
    qtbot.keyClicks(dialog.reference, "TRF 2026-118")
    save(dialog, "payment-dialog")
    qtbot.mouseClick(dialog.record_button, LEFT)
    assert dialog.pages.currentIndex() == 1
    assert "INV-2026-0001, which is now paid" in dialog.done_text.text()
    assert "REC-2026-0002" in dialog.done_text.text()
    save(dialog, "payment-dialog-recorded")
    qtbot.waitUntil(lambda: column(table, STATUS)[0] == "Paid", timeout=2000)
    assert tab.summary.outstanding.value.text() == "€0.00"
    assert tab.payments_title.text() == "Payments (2)"
    assert "Bank transfer · TRF 2026-118" in column(tab.payments, 4)
    # Save receipt PDF… asks where, in Qt's own Save dialog with the receipt number as name.
    qtbot.mouseClick(dialog.receipt_button, LEFT)
    qtbot.waitUntil(lambda: bool(visible(QFileDialog)), timeout=2000)
    (files,) = visible(QFileDialog)
    assert files.selectedFiles()[0].endswith("REC-2026-0002.pdf")
    target = tmp_path / "receipt.pdf"
    choose_file(qtbot, target)
    assert dialog.receipt_path == target and is_pdf(target)
    assert str(target) in dialog.saved_text.text()
    # A part payment without an invoice is kept as credit.
    again = tab.record_payment()
    assert again.invoice.currentData() == -1 and again.amount.text() == ""
    qtbot.keyClicks(again.amount, "20")
    qtbot.mouseClick(again.record_button, LEFT)
    qtbot.waitUntil(lambda: tab.summary.credit.value.text() == "€20.00", timeout=2000)
    again.accept()
    dialog.accept()


def test_payment_refuses_card_number_in_reference(qtbot, window):
    tab = billing(window)
    dialog = tab.record_payment()
    qtbot.keyClicks(dialog.reference, "card 4111 1111 1111 1111")
    qtbot.mouseClick(dialog.record_button, LEFT)
    assert dialog.fields["reference"].message.text() == core_text(card_safety.FULL_NUMBER_MESSAGE)
    assert dialog.pages.currentIndex() == 0
    assert len(payments.list_payments(window._ws, client_id=tab.client_id)) == 1
    dialog.reject()


def test_cancel_with_credit_note(qtbot, window, tmp_path):
    tab = billing(window)
    ws = window._ws
    table = tab.table
    hover(qtbot, table, 0)
    qtbot.mouseClick(strip_button(table, "cancel"), LEFT)
    (dialog,) = [d for d in tab.findChildren(CreditNoteDialog) if d.isVisible()]
    assert "€145.00" in dialog.findChild(type(dialog.error), "explanation").text()
    # The reason is required: printed on the credit note.
    qtbot.mouseClick(dialog.issue_button, LEFT)
    assert "Give the reason" in dialog.reason_field.message.text()
    save(dialog, "credit-note-dialog-reason")
    assert len(invoices.list_client_invoices(ws, tab.client_id)) == 1
    qtbot.keyClicks(dialog.reason, "Wrong amount: the follow-up was a short session")
    qtbot.mouseClick(dialog.issue_button, LEFT)
    assert dialog.pages.currentIndex() == 1
    assert "CN-2026-0001" in dialog.done_text.text()
    save(dialog, "credit-note-dialog-issued")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=2000)
    note = row_of(tab, "CN-2026-0001")
    assert column(table, STATUS)[note] == "Credit note · for INV-2026-0001"
    assert column(table, 3)[note] == "-€145.00"
    assert (column(table, STATUS)[row_of(tab, "INV-2026-0001")]
            == "Cancelled · by CN-2026-0001 · €80.00 credit")
    # The €80 already paid becomes the client's credit; nothing is outstanding.
    assert tab.summary.credit.value.text() == "€80.00"
    assert tab.summary.outstanding.value.text() == "€0.00"
    path = dialog.save_pdf(tmp_path / "cn.pdf")
    assert path is not None and is_pdf(path)
    # A corrected copy: a new draft of the original, opened in the editor.
    qtbot.mouseClick(dialog.findChild(type(dialog.pdf_button), "corrected_copy"), LEFT)
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=2000)
    assert column(table, STATUS)[0] == "Draft"
    editors = [e for e in tab.findChildren(InvoiceEditor) if e.isVisible()]
    assert len(editors) == 1
    editors[0].close()


def test_duplicate_makes_a_new_draft(qtbot, window):
    tab = billing(window)
    table = tab.table
    hover(qtbot, table, 0)
    qtbot.mouseClick(strip_button(table, "duplicate"), LEFT)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=2000)
    assert column(table, STATUS)[0] == "Draft" and column(table, 0)[0] == "—"
    assert column(table, 3)[0] == "€145.00"
    editors = [e for e in tab.findChildren(InvoiceEditor) if e.isVisible()]
    assert len(editors) == 1 and editors[0].view.id == table.model().invoice(0).id
    editors[0].close()
    # The draft's own actions: no email, no payment, no credit note.
    hover(qtbot, table, 0)
    assert not strip_button(table, "payment").isEnabled()
    assert not strip_button(table, "cancel").isEnabled()


def test_download_pdf_from_the_menu(qtbot, window, tmp_path):
    tab = billing(window)
    table = tab.table
    table.request_menu(0)
    menu = tab.menu
    pdf = next(a for a in menu.actions() if a.objectName() == "pdf")
    save_with_popup(window.clients, menu, "billing-tab-menu")
    menu.close()
    pdf.trigger()
    qtbot.waitUntil(lambda: bool(visible(QFileDialog)), timeout=2000)
    (files,) = visible(QFileDialog)
    assert files.selectedFiles()[0].endswith("INV-2026-0001.pdf")
    target = tmp_path / "folder" / "INV-2026-0001.pdf"
    target.parent.mkdir()
    choose_file(qtbot, target)
    assert is_pdf(target) and tab.last_pdf == target
    assert tab.notice.isVisible() and "INV-2026-0001.pdf" in tab.notice.text()
    # The next Save dialog starts in the same folder.
    from ui.billing.invoice_actions import pdf_folder

    assert pdf_folder() == target.parent


def test_email_disabled_without_inbox_and_handed_over_with_one(qtbot, window):
    tab = billing(window)
    table = tab.table
    hover(qtbot, table, 0)
    button = strip_button(table, "email")
    assert not button.isEnabled()
    assert "Email comes with the Inbox part of Consulta." in button.toolTip()
    calls = []
    window.navigator.provide(COMPOSE_EMAIL, lambda *args: calls.append(args))
    qtbot.mouseMove(tab.summary, QPoint(5, 5))
    qtbot.waitUntil(lambda: not table.strip.isVisible(), timeout=2000)
    hover(qtbot, table, 0)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    assert len(calls) == 1
    parent, client_id, subject, body, attachments = calls[0]
    assert client_id == tab.client_id and subject == "Invoice INV-2026-0001"
    assert "Sofi" in body and "€145.00" in body
    ((name, data, mime),) = attachments
    assert name == "INV-2026-0001.pdf" and mime == "application/pdf" and data[:5] == b"%PDF-"


def test_payment_method_refuses_full_card_number(qtbot, window):
    tab = billing(window)
    ws = window._ws
    qtbot.mouseClick(tab.methods.new_button, LEFT)
    dialog = tab.methods.dialog
    assert "does no card processing" in dialog.notice.text()
    qtbot.keyClicks(dialog.card_brand.lineEdit(), "Visa")
    qtbot.keyClicks(dialog.last4, "4111 1111 1111 1111")
    message = core_text(card_safety.FULL_NUMBER_MESSAGE)
    assert dialog.fields["last4"].message.text() == message  # as soon as it is typed
    qtbot.keyClicks(dialog.expiry, "08/29")
    save(dialog, "payment-method-refused")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.fields["last4"].message.text() == message
    assert payments.list_payment_methods(ws, tab.client_id) == []
    # A security code in the holder's name is refused the same way.
    dialog.last4.clear()
    qtbot.keyClicks(dialog.last4, "1111")
    qtbot.keyClicks(dialog.holder_name, "Sofia Martins CVV 123")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.fields["holder_name"].message.text() == core_text(
        card_safety.SECURITY_CODE_MESSAGE)
    assert payments.list_payment_methods(ws, tab.client_id) == []
    dialog.holder_name.clear()
    qtbot.keyClicks(dialog.holder_name, "Sofia Martins")
    qtbot.mouseClick(dialog.save_button, LEFT)
    (kept,) = payments.list_payment_methods(ws, tab.client_id)
    assert (kept.card_brand, kept.last4, kept.exp_month, kept.exp_year) == ("Visa", "1111", 8, 2029)
    qtbot.waitUntil(lambda: len(tab.methods.rows) == 1, timeout=2000)
    row = tab.methods.rows[0]
    assert row.summary.text() == "Visa ···· 1111 · 08/29" and row.default_badge.isVisibleTo(row)
    # A bank account label.
    dialog = tab.methods.new_method()
    dialog.bank_kind.setChecked(True)
    assert not dialog.last4.isVisibleTo(dialog) and dialog.bank_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "label" in dialog.fields["bank_label"].message.text()
    qtbot.keyClicks(dialog.bank_label, "Joint account, Caixa")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: len(tab.methods.rows) == 2, timeout=2000)
    assert tab.methods.rows[1].summary.text() == "Joint account, Caixa"


def test_trash_disables_the_tab(qtbot, window):
    tab = billing(window)
    clients.trash_client(window._ws, tab.client_id)
    window.navigator.changed("clients")
    qtbot.waitUntil(lambda: not tab.isEnabled(), timeout=2000)


def test_two_hundred_invoices_open_at_once(qtbot, window):
    tab = billing(window)
    ws = window._ws
    on = invoices.list_client_invoices(ws, tab.client_id)[0].issue_date
    with ws.write() as s:
        for i in range(199):
            inv = invoices.add_draft(s, tab.client_id, [InvoiceLineInput(
                "Follow-up session", Decimal(1), 6500, Decimal(0), Decimal(0), on)])
            invoices.issue_draft(s, inv, on)
            if i % 2:
                payments.add_payment(s, tab.client_id, inv.id, on, 6500, "cash")
    tab.refresh()
    tab.table.viewport().repaint()
    assert tab.table.model().rowCount() == 200
    hover(qtbot, tab.table, 5)
    assert len(tab.table.viewport().findChildren(QToolButton)) == 7
