"""The Billing area: every client's invoices, status and date filters with their totals, the
derived overdue status, opening an invoice or its client, the row menu, the CSV export (formula
neutralised) and a list of thousands of invoices."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from app.services import invoices, payments
from app.store.models import Invoice
from tests.app.billing_helpers import client, line
from tests.conftest import PASSPHRASE
from tests.ui.screens import save, save_with_popup
from ui.main_window import MainWindow
from ui.models.invoice_table_model import InvoiceTableModel
from ui.navigation import BILLING

TODAY = dt.date.today()
HOSTILE = '=HYPERLINK("http://evil.example","click")'


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _fill(ws) -> dict[str, int]:  # noqa: ANN001
    """Five clients and every kind of row, issued oldest first (numbers follow the dates).
    Payment terms are the default 14 days."""
    ana = client(ws, "Ana", "García")
    bruno = client(ws, "Bruno", "Costa")
    carla = client(ws, "Carla", "Dias")
    hostile = client(ws, "", HOSTILE)  # a client "named" like a spreadsheet formula
    ids = {"ana": ana, "bruno": bruno, "carla": carla, "hostile": hostile}

    def issue(cid: int, unit: int, on: dt.date, description: str = "Session") -> int:
        draft = invoices.create_draft(ws, cid, [line(description, unit)])
        return invoices.issue(ws, draft.id, on).id

    ids["overdue"] = issue(ana, 10000, _ago(60))  # due 46 days ago, unpaid
    ids["cancelled"] = issue(ana, 5000, _ago(40))
    ids["partly"] = issue(carla, 8000, _ago(10))  # due in 4 days
    payments.record_payment(ws, carla, ids["partly"], _ago(9), 2000, "cash")
    ids["paid"] = issue(hostile, 7000, _ago(5))
    payments.record_payment(ws, hostile, ids["paid"], _ago(5), 7000, "card")
    ids["open"] = issue(bruno, 6000, _ago(3))
    ids["credit_note"] = invoices.cancel_with_credit_note(ws, ids["cancelled"], "Wrong fee").id
    ids["draft"] = invoices.create_draft(ws, bruno, [line("=1+2", 3000)]).id
    return ids


@pytest.fixture(scope="module")
def billing_file(tmp_path_factory):
    """One filled workspace for the module; each test gets its own copy."""
    from app.workspace import create_workspace

    path = tmp_path_factory.mktemp("billing") / "template.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice")
    ids = _fill(ws)
    ws.close()
    return path, ids


@pytest.fixture
def billing(billing_file, tmp_path):
    from app.workspace import open_workspace

    template, ids = billing_file
    path = tmp_path / "practice.consulta"
    shutil.copy(template, path)
    ws = open_workspace(path, passphrase=PASSPHRASE)
    yield ws, ids
    ws.close()


def _window(qtbot, ws) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.show_area("billing")
    return window


def _ids(area) -> list[int]:  # noqa: ANN001
    return [r.id for r in area.table.invoices.rows()]


def _cell(area, invoice_id: int, column: int) -> str:  # noqa: ANN001
    model = area.table.invoices
    return model.index(model.row_of(invoice_id), column).data()


def test_every_client_and_the_totals_of_each_status(qtbot, billing):
    ws, ids = billing
    window = _window(qtbot, ws)
    area = window.billing
    assert window.stack.currentWidget() is area
    assert set(_ids(area)) == {ids[k] for k in ("overdue", "cancelled", "partly", "paid", "open",
                                                "credit_note", "draft")}
    assert _ids(area)[0] == ids["draft"], "drafts (no date yet) first, then the newest"
    assert _cell(area, ids["overdue"], InvoiceTableModel.STATUS) == "Overdue", "derived"
    assert _cell(area, ids["partly"], InvoiceTableModel.STATUS) == "Partly paid"
    assert _cell(area, ids["credit_note"], InvoiceTableModel.STATUS) == "Credit note"
    assert _cell(area, ids["draft"], InvoiceTableModel.NUMBER) == "Draft"
    assert _cell(area, ids["partly"], InvoiceTableModel.BALANCE) == "€60.00"
    assert _cell(area, ids["paid"], InvoiceTableModel.CLIENT) == HOSTILE, "shown as typed"
    totals = area.totals
    # Billed: 100 + 50 (cancelled) − 50 (its credit note) + 80 + 70 + 60; the draft is not.
    assert totals.billed.value.text() == "€310.00"
    assert "1 draft" in area.count_label.text() and "not in the totals" in area.count_label.text()
    assert totals.paid.value.text() == "€90.00"
    assert totals.outstanding.value.text() == "€220.00"
    assert totals.overdue.value.text() == "€100.00"
    save(window, "billing-area")

    expected = {
        "drafts": {ids["draft"]},
        "open": {ids["overdue"], ids["partly"], ids["open"]},  # not the credit note
        "overdue": {ids["overdue"]},
        "paid": {ids["paid"]},
        "cancelled": {ids["cancelled"]},
        "credit_notes": {ids["credit_note"]},
    }
    for key, wanted in expected.items():
        qtbot.mouseClick(area.filters.status_buttons[key], Qt.MouseButton.LeftButton)
        assert set(_ids(area)) == wanted, key
    qtbot.mouseClick(area.filters.status_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert totals.outstanding.value.text() == "€100.00"
    assert totals.overdue.value.text() == "€100.00"
    assert totals.paid.value.text() == "€0.00"
    qtbot.mouseClick(area.filters.status_buttons["credit_notes"], Qt.MouseButton.LeftButton)
    assert totals.billed.value.text() == "-€50.00"
    qtbot.mouseClick(area.filters.status_buttons["open"], Qt.MouseButton.LeftButton)
    assert totals.outstanding.value.text() == "€220.00"
    assert area.count_label.text().startswith("3 ")


def test_date_range_and_periods(qtbot, billing):
    ws, ids = billing
    area = _window(qtbot, ws).billing
    area.filters.set_dates(_ago(45), None)
    assert ids["overdue"] not in _ids(area), "issued 60 days ago"
    assert ids["draft"] not in _ids(area), "a draft has no issue date yet"
    assert ids["partly"] in _ids(area) and ids["credit_note"] in _ids(area)
    assert area.filters.period.currentData() == "custom"
    assert area.totals.overdue.value.text() == "€0.00"
    assert area.totals.billed.value.text() == "€210.00"

    qtbot.mouseClick(area.filters.status_buttons["drafts"], Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.empty
    assert "Drafts have no date" in area.empty.text.text()

    area.filters.set_period("all_time")
    assert _ids(area) == [ids["draft"]]
    assert area.filters.date_from.text() == "any"

    area.filters.set_period("last_month", today=dt.date(2026, 3, 15))
    assert (area.filters.date_from.value(), area.filters.date_to.value()) == (
        dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    area.filters.set_period("this_year", today=dt.date(2026, 3, 15))
    assert area.filters.date_to.value() == dt.date(2026, 12, 31)
    area.filters.set_dates(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert area.filters.period.currentData() == "this_month", "dates that make a period name it"


def test_open_the_invoice_or_the_client_and_the_row_menu(qtbot, billing):
    ws, ids = billing
    window = _window(qtbot, ws)
    area = window.billing
    table = area.table
    row = table.invoices.row_of(ids["overdue"])
    rect = table.visualRect(table.invoices.index(row, InvoiceTableModel.NUMBER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from ui.billing.invoice_editor import InvoiceEditor

    assert isinstance(area.editor, InvoiceEditor) and area.editor.isVisible()
    area.editor.reject()

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = area.menu
    assert menu is not None and menu.isVisible()
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert {"view", "pdf", "payment", "cancel", "open_client"} <= set(names)
    assert "García" in next(a for a in menu.actions() if a.objectName() == "open_client").text()
    save_with_popup(window, menu, "billing-area-menu")
    next(a for a in menu.actions() if a.objectName() == "open_client").trigger()
    menu.close()
    assert window.stack.currentWidget() is window.clients
    assert window.clients.record.client_id == ids["ana"]

    # A click on a client's name (not on the blank beside it) opens that client too.
    window.show_area("billing")
    row = table.invoices.row_of(ids["partly"])
    cell = table.visualRect(table.invoices.index(row, InvoiceTableModel.CLIENT))
    blank = cell.right() - 5
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(blank, cell.center().y()))
    assert window.stack.currentWidget() is area, "the blank beside the name only selects"
    with qtbot.waitSignal(window.navigator.client_requested) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(cell.left() + 12, cell.center().y()))
    assert opened.args == [ids["carla"]]


def test_refreshes_on_billing_changes_even_when_hidden(qtbot, billing):
    ws, ids = billing
    window = _window(qtbot, ws)
    area = window.billing
    area.table.select_invoice(ids["open"])
    payments.record_payment(ws, ids["bruno"], ids["open"], TODAY, 6000, "cash")
    window.navigator.changed(BILLING)
    qtbot.waitUntil(lambda: _cell(area, ids["open"], InvoiceTableModel.STATUS) == "Paid")
    assert area.table.current_row().id == ids["open"], "the selection stays on its invoice"

    window.show_area("clients")
    invoices.delete_draft(ws, ids["draft"])
    window.navigator.changed(BILLING)
    qtbot.wait(20)
    assert ids["draft"] in _ids(area), "not reloaded while hidden"
    window.show_area("billing")
    assert ids["draft"] not in _ids(area), "reloaded when shown again"


def test_csv_export_is_filtered_bom_utf8_and_inert(qtbot, billing, tmp_path):
    ws, ids = billing
    area = _window(qtbot, ws).billing
    target = tmp_path / "all.csv"
    area.export_csv(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheets read the accents"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + 7
    names = [r[3] for r in rows[1:]]
    assert "Ana García" in names, "accents survive"
    assert "'" + HOSTILE in names, "a leading quote: text, not a formula"
    assert HOSTILE not in names
    assert "Exported 7 invoice" in area.feedback.text()

    qtbot.mouseClick(area.filters.status_buttons["paid"], Qt.MouseButton.LeftButton)
    # Through the file dialog this time (Qt's own, so a test can answer it).
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    dialog = area.file_dialog
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.selectedFiles()[0].endswith(".csv") and "paid" in dialog.selectedFiles()[0]
    chosen = tmp_path / "paid.csv"
    dialog.selectFile(str(chosen))
    dialog.accept()
    rows = list(csv.reader(chosen.read_bytes().decode("utf-8-sig").splitlines()))
    assert len(rows) == 2
    assert rows[1][3] == "'" + HOSTILE
    assert "Exported 1 invoice" in area.feedback.text()


def test_thousands_of_invoices_open_at_once(qtbot, workspace):
    cids = [client(workspace, f"Client{i}", "Lopes") for i in range(20)]
    start = TODAY - dt.timedelta(days=3000)
    with workspace.write() as s:  # straight to the store: the services are not what is timed
        s.add_all(Invoice(client_id=cids[i % 20], kind="invoice", status="issued",
                          number=f"INV-{i:05}", issue_date=start + dt.timedelta(days=i),
                          due_date=start + dt.timedelta(days=i + 14), currency="EUR",
                          discount_percent=Decimal(0), subtotal_minor=6500, tax_minor=0,
                          total_minor=6500) for i in range(3000))
    window = _window(qtbot, workspace)
    area = window.billing
    # How long it takes is a benchmark's business (tests/benchmarks); here, that the list
    # stays light: only the rows on screen are formatted, before and after a sort.
    area.reload()
    qtbot.wait(1)
    assert area.table.invoices.rowCount() == 3000
    assert len(area.table.invoices._texts) < 100, "only the rows on screen are formatted"
    area.table.sortByColumn(InvoiceTableModel.CLIENT, Qt.SortOrder.AscendingOrder)
    qtbot.wait(1)
    assert len(area.table.invoices._texts) < 100
    assert area.table.invoices.index(0, InvoiceTableModel.CLIENT).data() == "Client0 Lopes"


def test_an_erased_clients_invoice_stays_listed_without_client_actions(qtbot, billing):
    from app.services import clients as client_service

    ws, ids = billing
    client_service.trash_client(ws, ids["bruno"])
    client_service.delete_client_permanently(ws, ids["bruno"], reason="Asked to be forgotten")
    window = _window(qtbot, ws)
    area = window.billing
    assert ids["open"] in _ids(area)  # issued invoices are kept exactly as issued
    row = next(r for r in area.table.invoices.rows() if r.id == ids["open"])
    assert row.client_id is None and "Bruno" in row.client_name
    area.show_menu(row, area.mapToGlobal(area.rect().center()))
    actions = {a.objectName(): a for a in area.menu.actions() if a.objectName()}
    assert actions["view"].isEnabled() and actions["pdf"].isEnabled()
    assert not actions["payment"].isEnabled() and not actions["open_client"].isEnabled()
    assert not actions["duplicate"].isEnabled()
    area.menu.close()


def test_new_invoice_asks_for_the_client_then_saves_a_draft_listed_here(qtbot, billing):
    from tests.ui.test_invoice_editor import type_cell
    from ui.billing.invoice_editor import InvoiceEditor
    from ui.billing.invoice_lines_table import DESCRIPTION, UNIT_PRICE
    from ui.clients.client_choice_dialog import ClientChoiceDialog

    ws, ids = billing
    window = _window(qtbot, ws)
    area = window.billing
    before = set(_ids(area))
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    dialog = area.client_dialog
    assert isinstance(dialog, ClientChoiceDialog) and dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()  # nobody chosen yet
    qtbot.keyClicks(dialog.picker.search, "Carla")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    save(dialog, "billing-area-new-invoice-client")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    editor = area.editor
    assert isinstance(editor, InvoiceEditor) and editor.isVisible()
    assert editor.client_name.text() == "Carla Dias"
    type_cell(qtbot, editor.lines, 0, DESCRIPTION, "Assessment")
    type_cell(qtbot, editor.lines, 0, UNIT_PRICE, "90")
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    draft = invoices.get_invoice(ws, saved.args[0])
    assert draft.client_id == ids["carla"] and draft.is_draft and draft.total_minor == 9000
    qtbot.waitUntil(lambda: set(_ids(area)) == before | {draft.id}, timeout=3000)
