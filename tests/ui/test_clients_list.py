"""The clients list: filters (text, status, leads, tag, show), status from the list,
trash and restore, keyboard opening."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import clients
from tests.ui.helpers_people import (
    add_people,
    click_confirm,
    menu_action,
    open_actions_menu,
    select_rows,
    visible_names,
)
from tests.ui.screens import save
from ui.main_window import MainWindow


def _window(qtbot, ws):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    return window


def _erase_with_reason(qtbot, dialog) -> None:
    """The erase dialog: a reason first (Erase is disabled without one), then Erase."""
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert not dialog.erase_button.isEnabled()
    dialog.reason.setCurrentIndex(0)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)


def test_list_shows_tags_as_chips_and_filters_by_text_status_tag(qtbot, sample_workspace):
    add_people(sample_workspace)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    assert len(visible_names(lst)) == 7
    tags_index = lst.model.index(visible_names(lst).index("Ana García López"), 2)
    assert lst.model.data(tags_index, Qt.ItemDataRole.ToolTipRole) == "Couples, Sliding scale"
    save(window, "clients-list-sample")
    # A tag whose name holds ", " is still one chip, in its own colour.
    from app.services import tags as tag_service
    from ui.clients.tag_chips import TagsRole

    (sliding,) = [t for t in tag_service.list_tags(sample_workspace) if t.name == "Sliding scale"]
    tag_service.rename_tag(sample_workspace, sliding.id, "Sliding scale, 50%")
    lst.refresh()
    tags_index = lst.model.index(visible_names(lst).index("Ana García López"), 2)
    assert lst.model.data(tags_index, TagsRole) == [
        ("Couples", next(t.color for t in tag_service.list_tags(sample_workspace)
                         if t.name == "Couples")), ("Sliding scale, 50%", sliding.color)]
    assert lst.model.data(tags_index) == "Couples, Sliding scale, 50%"

    qtbot.keyClicks(lst.search, "699111")  # phone digits, no spaces
    qtbot.waitUntil(lambda: visible_names(lst) == ["Lucía Fernández"], timeout=3000)
    lst.search.clear()
    qtbot.keyClicks(lst.search, "ana.garcia@")  # email
    qtbot.waitUntil(lambda: visible_names(lst) == ["Ana García López"], timeout=3000)
    lst.search.clear()
    qtbot.waitUntil(lambda: len(visible_names(lst)) == 7, timeout=3000)

    # Status combo by keyboard: focus it and pick "Inactive".
    lst.status_filter.setFocus()
    lst.status_filter.setCurrentIndex(lst.status_filter.findText("Inactive"))
    assert visible_names(lst) == ["Lucía Fernández"]
    lst.status_filter.setCurrentIndex(0)

    # Leads quick filter.
    qtbot.mouseClick(lst.leads_button, Qt.MouseButton.LeftButton)
    assert sorted(visible_names(lst)) == ["João Carvalho", "Mathilde Lefèvre"]
    assert lst.status_filter.currentText() == "Lead"
    qtbot.mouseClick(lst.leads_button, Qt.MouseButton.LeftButton)
    assert len(visible_names(lst)) == 7

    # Tag filter.
    lst.tag_filter.setCurrentIndex(lst.tag_filter.findText("Sliding scale"))
    assert visible_names(lst) == ["François Dupont", "Ana García López", "Mathilde Lefèvre"]
    assert lst.count_label.text() == "3 clients"
    lst.tag_filter.setCurrentIndex(0)


def test_set_status_from_the_list_and_archived_are_hidden(qtbot, sample_workspace):
    ids = add_people(sample_workspace)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    select_rows(lst, ["João Carvalho"])
    assert lst.selected_ids() == [ids["João"]]
    menu_action(open_actions_menu(lst), "Set status", "Active").trigger()
    assert clients.get_client(sample_workspace, ids["João"]).status == "active"
    select_rows(lst, ["Emily Watson", "Lucía Fernández"])
    menu_action(open_actions_menu(lst), "Set status", "Archived").trigger()
    assert "Emily Watson" not in visible_names(lst)
    lst.show_filter.setCurrentIndex(lst.show_filter.findText("Archived"))
    assert visible_names(lst) == ["Lucía Fernández", "Emily Watson"]


def test_trash_with_confirmation_then_restore(qtbot, sample_workspace):
    ids = add_people(sample_workspace)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    select_rows(lst, ["François Dupont", "Emily Watson"])
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete)  # the Delete key moves to trash, after asking
    assert "2 clients" in lst.actions.dialog.text()
    click_confirm(qtbot, lst.actions.dialog)
    assert "François Dupont" not in visible_names(lst)
    lst.show_filter.setCurrentIndex(lst.show_filter.findText("Trash"))
    assert visible_names(lst) == ["François Dupont", "Emily Watson"]
    select_rows(lst, ["Emily Watson"])
    menu = open_actions_menu(lst)
    assert [a.text() for a in menu.actions()] == ["Restore", "Delete permanently…"]
    menu_action(menu, "Restore").trigger()
    assert visible_names(lst) == ["François Dupont"]
    assert clients.get_client(sample_workspace, ids["Emily"]).deleted_at is None
    # Erase the other one for good.
    select_rows(lst, ["François Dupont"])
    menu_action(open_actions_menu(lst), "Delete permanently…").trigger()
    _erase_with_reason(qtbot, lst.actions.dialog)
    assert lst.stack.currentWidget() is lst.empty
    assert lst.empty.title.text() == "The trash is empty"


def test_enter_opens_and_new_client_button_is_top_right(qtbot, sample_workspace):
    add_people(sample_workspace, with_tags=False)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    assert lst.new_button.property("primary") is True
    assert lst.new_button.geometry().right() > lst.width() - 60
    lst.table.setFocus()
    lst.table.setCurrentIndex(lst.model.index(1, 0))
    qtbot.keyClick(lst.table, Qt.Key.Key_Down)
    qtbot.keyClick(lst.table, Qt.Key.Key_Return)
    assert window.clients.current_client_id == lst.model.client_id(2)


def test_erasing_a_client_with_issued_invoices_keeps_the_invoices(qtbot, sample_workspace):
    import datetime as dt

    from app.services import billing_lists
    from app.store.models import Invoice, InvoiceStatus

    ids = add_people(sample_workspace, with_tags=False)
    with sample_workspace.write() as s:
        s.add(Invoice(client_id=ids["Emily"], number="TEST-ERASE-0001", issue_date=dt.date.today(),
                      subtotal_minor=6000, total_minor=6000, status=InvoiceStatus.ISSUED))
    clients.trash_client(sample_workspace, ids["Emily"])
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    lst.show_filter.setCurrentIndex(lst.show_filter.findText("Trash"))
    select_rows(lst, ["Emily Watson"])
    menu_action(open_actions_menu(lst), "Delete permanently…").trigger()
    _erase_with_reason(qtbot, lst.actions.dialog)
    qtbot.waitUntil(lambda: visible_names(lst) == [], timeout=3000)
    # The invoice stays, as issued (kept by law), linked to no one.
    kept = [r for r in billing_lists.list_invoices(sample_workspace) if r.number == "TEST-ERASE-0001"]
    assert [r.client_id for r in kept] == [None]


def test_book_appointment_from_the_list_for_one_selected_client(qtbot, sample_workspace):
    from app.services import appointments

    ids = add_people(sample_workspace, with_tags=False)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    select_rows(lst, ["Emily Watson", "Lucía Fernández"])
    assert not menu_action(open_actions_menu(lst), "Book appointment…").isEnabled()
    select_rows(lst, ["Emily Watson"])
    menu_action(open_actions_menu(lst), "Book appointment…").trigger()
    dialog = lst.actions.dialog
    assert dialog.isVisible() and dialog.client_name.text() == "Emily Watson"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(appointments.client_overview(sample_workspace, ids["Emily"]).upcoming) == 1
