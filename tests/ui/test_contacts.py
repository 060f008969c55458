"""Contacts: create one through the form, the profile with related clients (links), edit,
convert to a client keeping relationships, trash and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import clients, contacts, relationships
from app.services.people import PersonInput
from tests.ui.helpers_people import click_confirm
from tests.ui.screens import save
from ui.main_window import MainWindow


def _window(qtbot, ws):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    window.show_area("contacts")
    return window


def _table_names(area):
    model = area.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_create_a_contact_through_the_form(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    area = window.contacts
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    dialog = area.new_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert not dialog.create_button.isEnabled()
    form = dialog.form
    qtbot.keyClicks(form.edits["first_name"], "Marta")
    qtbot.keyClicks(form.edits["last_name"], "Pires")
    qtbot.keyClicks(form.edits["email"], "marta at example")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "is not a valid email address" in form.fields["email"].message.text()
    form.edits["email"].clear()
    qtbot.keyClicks(form.edits["email"], "dr.pires@example.pt")
    qtbot.keyClicks(form.edits["phone"], "+351 210 000 000")
    qtbot.keyClicks(form.edits["organization"], "Centro de Saude")
    qtbot.keyClicks(form.edits["role"], "Family doctor")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    record = contacts.get_contact(sample_workspace, dialog.created_id)
    assert (record.full_name, record.organization, record.role) == (
        "Marta Pires", "Centro de Saude", "Family doctor")
    assert record.emails == ["dr.pires@example.pt"]
    # Its profile opened; the list behind it has the new contact.
    assert area.currentWidget() is area.profile
    assert area.profile.name.text() == "Marta Pires"
    assert area.profile.subtitle.text() == "Family doctor · Centro de Saude"
    assert "Marta Pires" in _table_names(area)


def test_profile_links_to_related_clients_and_edits(qtbot, sample_workspace):
    ana = clients.create_client(sample_workspace, PersonInput(first_name="Ana", last_name="Costa"))
    mother = contacts.create_contact(sample_workspace, PersonInput(
        first_name="Rosa", last_name="Costa", organization="", role="Mother",
        emails=["rosa.costa@example.pt"], phones=["+351 933 000 111"]))
    relationships.connect(sample_workspace, ana, mother, "parent")
    window = _window(qtbot, sample_workspace)
    area = window.contacts
    # Filter, then Enter opens the profile.
    qtbot.keyClicks(area.search, "rosa")
    qtbot.waitUntil(lambda: _table_names(area) == ["Rosa Costa"], timeout=3000)
    area.table.setFocus()
    area.table.setCurrentIndex(area.model.index(0, 0))
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    profile = area.profile
    assert profile.values["email"].text() == "rosa.costa@example.pt"
    assert len(profile.related_links) == 1
    assert "Ana Costa" in profile.related_links[0].text()
    assert "Child" in profile.related_links[0].text()
    save(window, "contact-profile")

    # Edit → the form; a change is "unsaved" until Save.
    qtbot.mouseClick(profile.edit_button, Qt.MouseButton.LeftButton)
    assert not profile.has_unsaved_changes()
    qtbot.keyClicks(profile.form.edits["organization"], "Escola Azul")
    assert profile.has_unsaved_changes()
    assert window.unsaved_changes() == ["Your changes to the contact Rosa Costa are not saved."]
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert not profile.has_unsaved_changes()
    assert profile.values["organization"].text() == "Escola Azul"
    assert contacts.get_contact(sample_workspace, mother).organization == "Escola Azul"

    # The link opens the client's record.
    profile.related_links[0].linkActivated.emit(str(ana))
    assert window.stack.currentWidget() is window.clients
    assert window.clients.current_client_id == ana


def test_convert_a_contact_to_a_client_keeps_relationships(qtbot, sample_workspace):
    ana = clients.create_client(sample_workspace, PersonInput(first_name="Ana", last_name="Costa"))
    rosa = contacts.create_contact(sample_workspace, PersonInput(first_name="Rosa", last_name="Costa"))
    relationships.connect(sample_workspace, ana, rosa, "parent")
    window = _window(qtbot, sample_workspace)
    window.navigator.open_contact(rosa)
    profile = window.contacts.profile
    qtbot.mouseClick(profile.convert_button, Qt.MouseButton.LeftButton)
    assert "Make Rosa Costa a client?" in profile.dialog.text()
    click_confirm(qtbot, profile.dialog)
    assert clients.get_client(sample_workspace, rosa).status == "lead"
    assert window.stack.currentWidget() is window.clients
    assert window.clients.current_client_id == rosa
    assert [r.other_id for r in relationships.list_relationships(sample_workspace, rosa)] == [ana]
    # Gone from contacts, present among clients (as a lead).
    assert "Rosa Costa" not in _table_names(window.contacts)
    assert window.contacts.profile is None
    lst = window.clients.list
    lst.leads_button.click()
    assert [lst.model.data(lst.model.index(r, 0)) for r in range(lst.model.rowCount())] == ["Rosa Costa"]


def test_trash_a_contact_and_restore_it(qtbot, sample_workspace):
    rosa = contacts.create_contact(sample_workspace, PersonInput(first_name="Rosa", last_name="Costa"))
    window = _window(qtbot, sample_workspace)
    area = window.contacts
    window.navigator.open_contact(rosa)
    qtbot.mouseClick(area.profile.trash_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, area.profile.dialog)
    assert area.currentWidget() is area.list_page
    assert "Rosa Costa" not in _table_names(area)
    area.show_filter.setCurrentIndex(1)  # Trash
    assert _table_names(area) == ["Rosa Costa"]
    area.table.setCurrentIndex(area.model.index(0, 0))
    qtbot.mouseClick(area.restore_button, Qt.MouseButton.LeftButton)
    assert contacts.get_contact(sample_workspace, rosa).deleted_at is None
    area.show_filter.setCurrentIndex(0)
    assert "Rosa Costa" in _table_names(area)


def test_opening_another_contact_while_editing_asks_first(qtbot, sample_workspace):
    rosa = contacts.create_contact(sample_workspace, PersonInput(first_name="Rosa", last_name="Costa"))
    rui = contacts.create_contact(sample_workspace, PersonInput(first_name="Rui", last_name="Lopes"))
    window = _window(qtbot, sample_workspace)
    area = window.contacts
    window.navigator.open_contact(rosa)
    qtbot.mouseClick(area.profile.edit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(area.profile.form.edits["role"], "Aunt")
    window.navigator.open_contact(rui)
    assert area.profile.contact_id == rosa  # not replaced yet
    assert area.new_dialog.text() == "Your changes to the contact Rosa Costa are not saved."
    click_confirm(qtbot, area.new_dialog)
    assert area.profile.contact_id == rui
    assert contacts.get_contact(sample_workspace, rosa).role == ""
