"""The window's search box: clients and contacts grouped, keyboard and mouse, opens the person;
words inside notes and filled-in forms, opening the client's Documentation on them; Ctrl+F goes
to the list's own filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import clients, contacts, forms, notes, search, templates
from app.services.notes import NoteInput
from app.services.people import PersonInput
from tests.ui.screens import save
from ui.documentation.form_fill_dialog import FormFillDialog
from ui.documentation.note_editor import NoteEditor
from ui.global_search import DocRole, HtmlRole, PersonRole
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
    assert box.popup.empty.text() == "Nothing found for “nobody-here”."
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


def test_words_in_notes_and_forms_are_found_and_open_the_client(qtbot, sample_workspace):
    ws = sample_workspace
    window = _window(qtbot, ws)
    ana, bruno = (search.search_people(ws, name, kinds=("client",))[0].id
                  for name in ("Ana Costa", "Bruno Costa"))
    note = notes.create_note(ws, ana, NoteInput(
        title="Session 3", note_date=dt.date(2026, 3, 2),
        body_html="<p>Talked about the <b>marmalade</b> episode & her sister.</p>"))
    tpl = templates.create_form_template(ws, "Sleep check", [
        {"type": "short_text", "label": "What keeps you awake?"}])
    form = forms.fill_form(ws, bruno, tpl.id, {"q1": "Neighbours making marmalade at night"})
    box = window.global_search
    qtbot.keyClicks(box, "marmalade")
    qtbot.waitUntil(lambda: "NOTES AND FORMS" in box.result_names(), timeout=3000)
    names = box.result_names()
    assert names[0] == "NOTES AND FORMS" and len(names) == 3
    found = {box.popup.list.item(i).data(DocRole) for i in (1, 2)}
    assert found == {(ana, "note", note.id), (bruno, "form", form.id)}
    ana_row = next(i for i in (1, 2) if box.popup.list.item(i).data(DocRole)[0] == ana)
    assert names[ana_row].startswith("Session 3 · Ana Costa — ")
    assert "marmalade episode & her sister" in names[ana_row]
    # The matched word is bold, the user's text escaped (the "&" stays text).
    html = box.popup.list.item(ana_row).data(HtmlRole)
    assert "<b>marmalade</b>" in html and "&amp; her sister" in html
    save(window, "global-search-documentation")
    # Enter on the first hit (the list starts on it) opens the client on the item.
    first = box.popup.list.item(1).data(DocRole)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    record = window.clients.record
    assert window.stack.currentWidget() is window.clients and record.client_id == first[0]
    assert record.tabs.currentWidget() is record.documentation
    opened = record.documentation.dialog
    assert isinstance(opened, NoteEditor if first[1] == "note" else FormFillDialog)
    opened.close()
    # A click on the other hit opens the other client's record.
    qtbot.keyClicks(box, "marmalade")
    qtbot.waitUntil(lambda: "NOTES AND FORMS" in box.result_names(), timeout=3000)
    lst = box.popup.list
    other = next(i for i in (1, 2) if lst.item(i).data(DocRole) != first)
    target = lst.item(other).data(DocRole)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.visualItemRect(lst.item(other)).center())
    record = window.clients.record
    assert record.client_id == target[0] and record.tabs.currentWidget() is record.documentation
    assert record.documentation.table.docs.row_of(target[1], target[2]) >= 0
