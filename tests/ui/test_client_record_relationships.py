"""The Relationships tab and the new-relationship dialog, driven through the real widgets:
connect an existing client (read both ways), create a contact inline, edit and remove."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import clients, contacts, relationships
from app.services.people import PersonInput
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.screens import save

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, sample_workspace):
    return make_harness(qtbot, sample_workspace)


def rows(tab) -> list[tuple[str, str, str, bool]]:
    return [(r.name.text(), r.type_label.text(), r.kind.text(), r.emergency.isVisibleTo(r))
            for r in tab.rows]


def choose_type(qtbot, dialog, text: str) -> None:
    dialog.type.lineEdit().clear()
    qtbot.keyClicks(dialog.type.lineEdit(), text)


def test_sample_relationship_is_listed_with_type_and_emergency_mark(qtbot, window):
    record = open_sofia(window)
    record.tabs.setCurrentIndex(2)
    assert rows(record.relationships) == [("Rui Martins", "Spouse/partner", "Contact", True)]
    assert not record.relationships.empty.isVisibleTo(record.relationships)
    save(window.clients, "record-relationships")


def test_connect_an_existing_client_reads_both_ways(qtbot, window):
    ws = window._ws
    luis = clients.create_client(ws, PersonInput(first_name="Luís", last_name="Pereira",
                                                 emails=["luis@example.pt"]))
    record = open_sofia(window)
    record.tabs.setCurrentIndex(2)
    tab = record.relationships
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.search, "luis")  # accents do not matter
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    item = dialog.results.item(0)
    assert item.text() == "Luís Pereira\nClient · luis@example.pt"
    qtbot.mouseClick(dialog.connect_button, LEFT)  # no type yet: refused, said why
    assert dialog.error.text() == "Choose or type a relationship type."
    choose_type(qtbot, dialog, "Parent")
    save(dialog, "new-relationship-dialog")
    qtbot.mouseClick(dialog.connect_button, LEFT)
    assert tab.dialog is None
    assert ("Luís Pereira", "Parent", "Client", False) in rows(tab)
    # The other side reads the reciprocal type.
    (theirs,) = relationships.list_relationships(ws, luis)
    assert theirs.relation_type == "child"
    row = next(r for r in tab.rows if r.name.text() == "Luís Pereira")
    qtbot.mouseClick(row.name, LEFT)  # quick link: opens Luís's record
    other = window.clients.record
    assert other.client_id == luis
    other.tabs.setCurrentIndex(2)
    assert rows(other.relationships) == [("Sofia Martins (Sofi)", "Child", "Client", False)]


def test_create_a_contact_inline_then_connect(qtbot, window):
    ws = window._ws
    record = open_sofia(window)
    record.tabs.setCurrentIndex(2)
    tab = record.relationships
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.search, "Marta Lopes")
    qtbot.wait(200)
    assert dialog.results.count() == 0 and "No one found" in dialog.no_results.text()
    qtbot.mouseClick(dialog.create_toggle, LEFT)
    assert dialog.new_first.isVisible() and dialog.as_contact.isChecked()
    assert (dialog.new_first.text(), dialog.new_last.text()) == ("Marta", "Lopes")
    qtbot.keyClicks(dialog.new_email, "marta@")
    dialog.type.setCurrentIndex(dialog.type.findData("emergency_contact"))
    assert dialog.emergency.isChecked()  # the type says it
    qtbot.mouseClick(dialog.connect_button, LEFT)
    assert "is not a valid email address" in dialog.error.text()
    assert contacts.list_contacts(ws, "Marta") == []  # nobody half-created
    qtbot.keyClicks(dialog.new_email, "example.com")
    save(dialog, "new-relationship-dialog-create")
    qtbot.mouseClick(dialog.connect_button, LEFT)
    assert tab.dialog is None
    (marta,) = contacts.list_contacts(ws, "Marta")
    assert marta.email == "marta@example.com"
    assert ("Marta Lopes", "Emergency contact", "Contact", True) in rows(tab)
    (theirs,) = relationships.list_relationships(ws, marta.id)
    assert theirs.relation_type == "emergency_contact_for"


def test_edit_with_own_words_and_remove(qtbot, window):
    ws = window._ws
    record = open_sofia(window)
    record.tabs.setCurrentIndex(2)
    tab = record.relationships
    (row,) = tab.rows
    qtbot.mouseClick(row.edit_button, LEFT)
    dialog = tab.dialog
    assert dialog.type.currentText() == "Spouse/partner" and dialog.emergency.isChecked()
    choose_type(qtbot, dialog, "Partner (not married)")
    qtbot.mouseClick(dialog.emergency, LEFT)
    dialog.save()
    assert rows(tab) == [("Rui Martins", "Partner (not married)", "Contact", False)]
    (row,) = tab.rows
    qtbot.mouseClick(row.remove_button, LEFT)
    assert "Neither person is deleted" in tab.prompt.text()
    tab.prompt.yes_button.click()
    assert tab.rows == [] and tab.empty.isVisibleTo(tab)
    assert relationships.list_relationships(ws, record.client_id) == []
    assert contacts.list_contacts(ws, "Rui")  # the contact stays


def test_new_relationship_by_keyboard_only(qtbot, window):
    ws = window._ws
    ana = clients.create_client(ws, PersonInput(first_name="Ana", last_name="Martins"))
    record = open_sofia(window)
    record.tabs.setCurrentIndex(2)
    tab = record.relationships
    tab.new_button.setFocus()
    qtbot.keyClick(tab.new_button, Qt.Key.Key_Space)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.search.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.search, "ana mart")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.results.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.type.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.type.lineEdit(), "sibling")  # a standard type, typed
    qtbot.keyClick(dialog.type.lineEdit(), Qt.Key.Key_Return)  # Enter connects
    assert tab.dialog is None
    (theirs,) = relationships.list_relationships(ws, ana)
    assert theirs.relation_type == "sibling"  # stored as the key, so it translates
