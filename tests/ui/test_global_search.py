"""The window's search box: clients and contacts grouped, keyboard and mouse, opens the person;
Ctrl+F goes to the list's own filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import clients, contacts
from app.services.people import PersonInput
from tests.ui.screens import save
from ui.global_search import PersonRole
from ui.main_window import MainWindow


def _window(qtbot, ws):
    clients.create_client(ws, PersonInput(first_name="Ana", last_name="Costa",
                                          emails=["ana.costa@example.pt"]))
    clients.create_client(ws, PersonInput(first_name="Bruno", last_name="Costa", status="lead",
                                          phones=["+351 912 555 000"]))
    contacts.create_contact(ws, PersonInput(first_name="Rosa", last_name="Costa",
                                            emails=["rosa.costa@example.pt"]))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    return window


def test_results_grouped_and_enter_opens_with_the_keyboard(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    box = window.global_search
    qtbot.keyClicks(box, "costa")
    qtbot.waitUntil(lambda: bool(box.result_names()), timeout=3000)
    names = box.result_names()
    assert names[0] == "CLIENTS" and names[3] == "CONTACTS"
    assert names[1].startswith("Ana Costa") and "ana.costa@example.pt" in names[1]
    assert names[2].startswith("Bruno Costa") and "Lead" in names[2]
    assert names[4].startswith("Rosa Costa")
    save(window, "global-search-popup")
    # Down twice skips the header and lands on the contact; Up goes back.
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.popup.list.currentItem().text().startswith("Bruno Costa")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.list.currentItem().data(PersonRole)[1] == "contact"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.popup.isVisible() and box.text() == ""
    assert window.stack.currentWidget() is window.contacts
    assert window.contacts.profile.name.text() == "Rosa Costa"


def test_phone_search_click_opens_client_and_escape_closes(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    box = window.global_search
    qtbot.keyClicks(box, "912555")
    qtbot.waitUntil(lambda: len(box.result_names()) == 2, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible()
    box.clear()
    qtbot.keyClicks(box, "nobody-here")
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.empty.isVisible(), timeout=3000)
    assert box.popup.empty.text() == "Nobody found for “nobody-here”."
    box.clear()
    qtbot.keyClicks(box, "bruno")
    qtbot.waitUntil(lambda: len(box.result_names()) == 2, timeout=3000)
    lst = box.popup.list
    rect = lst.visualItemRect(lst.item(1))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.clients
    assert window.clients.record is not None
    assert window.clients.record.name.text() == "Bruno Costa"


def test_ctrl_f_focuses_the_list_filter_or_the_window_search(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    window.activateWindow()
    window.find_action.trigger()
    assert window.clients.list.search.hasFocus() or window.focusWidget() is window.clients.list.search
    window.show_area("contacts")
    window.find_action.trigger()
    assert window.focusWidget() is window.contacts.search
    window.show_area("calendar")
    window.find_action.trigger()
    assert window.focusWidget() is window.global_search
    assert window.find_action.shortcut().toString() == "Ctrl+F"
