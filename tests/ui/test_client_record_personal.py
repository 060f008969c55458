"""The client record's header and Personal tab, driven through the real widgets: sections, an
added section, a custom field of every type filled in, inline validation, Cancel, rename /
reorder / delete, Ctrl+W."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import billing_lists, clients, custom_fields, tags
from app.services.people import PersonInput
from app.store.models import FieldType
from tests.ui.record_helpers import make_harness, open_sofia, section, texts
from tests.ui.screens import save
from ui.clients.record.inbox_tab import InboxTab

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, sample_workspace):
    return make_harness(qtbot, sample_workspace)


def test_record_has_six_tabs(window):
    record = open_sofia(window)
    titles = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert titles == ["Overview", "Personal", "Relationships", "Documentation", "Inbox", "Billing"]
    assert isinstance(record.tabs.widget(4), InboxTab)
    assert record.name.text() == "Sofia Martins (Sofi)" and record.pronouns.text() == "she/her"
    details = section(record, "Details")
    assert "Sofia" in texts(details) and "4/17/1988" in texts(details)  # locale short date
    assert [w.title.text() for w in record.personal.sections] == [
        "Details", "Contact information", "Address"]
    save(window.clients, "record-personal-view")


def add_field(qtbot, record, sec, label: str, field_type: str, options=()) -> None:
    qtbot.mouseClick(sec.new_field_button, LEFT)
    dialog = record.personal.dialog
    dialog.field_type.setCurrentIndex(dialog.field_type.findData(field_type))
    assert dialog.options.isVisible() == bool(options)
    qtbot.keyClicks(dialog.label, label)
    for i, option in enumerate(options):
        if i:
            qtbot.keyClick(dialog.options, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.options, option)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert record.personal.dialog is None


def test_add_a_section_and_a_field_of_every_type_then_fill_them(qtbot, window):
    record = open_sofia(window)
    ws = window._ws
    qtbot.mouseClick(record.personal.add_section_button, LEFT)
    name_dialog = record.personal.dialog
    qtbot.mouseClick(name_dialog.save_button, LEFT)  # no name: refused, said why
    assert name_dialog.error.isVisible() and name_dialog.error.text() == "A name is required."
    qtbot.keyClicks(name_dialog.name, "Intake")
    qtbot.mouseClick(name_dialog.save_button, LEFT)
    # Naming the section goes straight on to its first field.
    first = record.personal.dialog
    assert first is not None and "Intake" in first.findChild(QLabel, "hint").text()
    first.reject()
    intake = section(record, "Intake")
    assert "No fields yet" in " ".join(texts(intake))

    choice = ("Doctor", "Friend", "Web")
    for t in FieldType:
        add_field(qtbot, record, section(record, "Intake"), f"My {t.value}", t,
                  choice if t in custom_fields.CHOICE_TYPES else ())
    intake = section(record, "Intake")
    assert [f.label for f in intake.section.fields] == [f"My {t.value}" for t in FieldType]
    assert all(f"My {t.value}" in texts(intake) for t in FieldType)

    qtbot.mouseClick(intake.edit_button, LEFT)
    ids = {f.field_type: f.id for f in intake.section.fields}
    ed = {t: intake.editors[f"custom.{ids[t]}"] for t in FieldType}
    qtbot.keyClicks(ed[FieldType.TEXT], "Teacher")
    qtbot.keyClicks(ed[FieldType.LONG_TEXT], "Two lines")
    qtbot.keyClicks(ed[FieldType.NUMBER], "3,5")
    ed[FieldType.DATE].setDate(ed[FieldType.DATE].date().fromString("2024-03-01", "yyyy-MM-dd"))
    ed[FieldType.SINGLE_CHOICE].setFocus()
    qtbot.keyClicks(ed[FieldType.SINGLE_CHOICE], "Friend")
    for box in (ed[FieldType.MULTIPLE_CHOICE].boxes[0], ed[FieldType.MULTIPLE_CHOICE].boxes[2],
                ed[FieldType.CHECKBOX]):
        qtbot.wait(20)  # layouts settle, as between a user's actions
        record.personal.ensureWidgetVisible(box)  # scrolled to, as a user would
        qtbot.mouseClick(box, LEFT)
    qtbot.keyClicks(ed[FieldType.EMAIL], "gp@example.org")
    qtbot.keyClicks(ed[FieldType.PHONE], "+351 210 000 000")
    qtbot.keyClicks(ed[FieldType.ADDRESS].parts["street"], "Rua Nova 3")
    qtbot.keyClicks(ed[FieldType.ADDRESS].parts["city"], "Porto")
    assert record.has_unsaved_changes()
    qtbot.wait(20)
    record.personal.ensureWidgetVisible(intake.save_button)
    qtbot.wait(20)
    save(window.clients, "record-personal-edit-custom")
    qtbot.mouseClick(intake.save_button, LEFT)

    stored = clients.get_client(ws, record.client_id).custom_values
    assert stored == {
        ids[FieldType.TEXT]: "Teacher", ids[FieldType.LONG_TEXT]: "Two lines",
        ids[FieldType.NUMBER]: "3.5", ids[FieldType.DATE]: "2024-03-01",
        ids[FieldType.SINGLE_CHOICE]: "Friend", ids[FieldType.MULTIPLE_CHOICE]: ["Doctor", "Web"],
        ids[FieldType.CHECKBOX]: True, ids[FieldType.EMAIL]: "gp@example.org",
        ids[FieldType.PHONE]: "+351 210 000 000",
        ids[FieldType.ADDRESS]: {"street": "Rua Nova 3", "city": "Porto"},
    }
    intake = section(record, "Intake")
    shown = texts(intake)
    for value in ("Teacher", "3.5", "3/1/2024", "Friend", "Doctor, Web", "Yes", "gp@example.org",
                  "Rua Nova 3\nPorto"):
        assert value in shown
    assert not record.has_unsaved_changes()
    # Defined once for the workspace: another client shows the same section, empty.
    other = clients.create_client(ws, PersonInput(first_name="Zé"))
    window.navigator.open_client(other)
    assert "My text" in texts(section(window.clients.record, "Intake"))


def test_standard_fields_save_with_inline_errors_and_nothing_partial(qtbot, window):
    record = open_sofia(window)
    ws = window._ws
    contact = section(record, "Contact information")
    qtbot.mouseClick(contact.edit_button, LEFT)
    phones = contact.editors["phones"]
    phones.rows[0].clear()
    qtbot.keyClicks(phones.rows[0], "+351 999 888 777")
    emails = contact.editors["emails"]
    qtbot.mouseClick(emails.add_button, LEFT)
    qtbot.keyClicks(emails.rows[1], "not-an-email")
    qtbot.mouseClick(contact.save_button, LEFT)
    error = contact.errors["emails"]
    assert error.isVisible() and "is not a valid email address" in error.text()
    assert emails.rows[1].hasFocus()
    save(window.clients, "record-personal-edit-contact")
    before = clients.get_client(ws, record.client_id)
    assert before.phones == ["+351 912 345 678"]  # nothing partial
    emails.rows[1].clear()
    qtbot.keyClicks(emails.rows[1], "sofi@example.pt")
    qtbot.mouseClick(contact.save_button, LEFT)
    after = clients.get_client(ws, record.client_id)
    assert after.emails == ["sofia.martins@example.com", "sofi@example.pt"]
    assert after.phones == ["+351 999 888 777"]
    assert "sofia.martins@example.com\nsofi@example.pt" in texts(section(record, "Contact information"))

    details = section(record, "Details")
    qtbot.mouseClick(details.edit_button, LEFT)
    details.editors["first_name"].clear()
    details.editors["last_name"].clear()
    qtbot.mouseClick(details.save_button, LEFT)
    assert details.errors["first_name"].text() == "A first name or a last name is required."
    save(window.clients, "record-personal-edit")
    qtbot.mouseClick(details.cancel_button, LEFT)  # Cancel restores
    details = section(record, "Details")
    assert not details.editing and "Sofia" in texts(details)
    assert clients.get_client(ws, record.client_id).first_name == "Sofia"


def test_rename_reorder_and_delete_fields_and_sections(qtbot, window):
    record = open_sofia(window)
    ws = window._ws
    details = section(record, "Details")
    add_field(qtbot, record, details, "Occupation", FieldType.TEXT)
    add_field(qtbot, record, section(record, "Details"), "Referred by", FieldType.TEXT)
    occupation = next(f for f in section(record, "Details").section.fields if f.label == "Occupation")
    custom_fields.set_values(ws, record.client_id, {occupation.id: "Nurse"})
    window.navigator.changed("clients")

    section(record, "Details").field_actions[occupation.id]["down"].trigger()
    assert [f.label for f in section(record, "Details").section.fields] == ["Referred by", "Occupation"]
    section(record, "Details").field_actions[occupation.id]["edit"].trigger()
    dialog = record.personal.dialog
    assert not dialog.field_type.isEnabled()
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "Job")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Job" in texts(section(record, "Details"))

    section(record, "Details").field_actions[occupation.id]["delete"].trigger()
    box = record.personal.prompt
    assert "1 person has a value in it" in box.text()
    box.yes_button.click()
    assert "Job" not in texts(section(record, "Details"))
    assert occupation.id not in clients.get_client(ws, record.client_id).custom_values

    qtbot.mouseClick(record.personal.add_section_button, LEFT)
    qtbot.keyClicks(record.personal.dialog.name, "Insurance")
    qtbot.mouseClick(record.personal.dialog.save_button, LEFT)
    record.personal.dialog.reject()
    insurance = section(record, "Insurance")
    assert not insurance.down_action.isEnabled()
    insurance.up_action.trigger()
    assert [w.title.text() for w in record.personal.sections] == [
        "Details", "Contact information", "Insurance", "Address"]
    section(record, "Insurance").rename_action.trigger()
    record.personal.dialog.name.selectAll()
    qtbot.keyClicks(record.personal.dialog.name, "Health insurance")
    qtbot.mouseClick(record.personal.dialog.save_button, LEFT)
    assert not section(record, "Details").delete_action.isVisible()  # built-ins stay
    section(record, "Health insurance").delete_action.trigger()
    assert "No one has a value in it yet." in record.personal.prompt.text()
    record.personal.prompt.yes_button.click()
    assert [w.title.text() for w in record.personal.sections] == [
        "Details", "Contact information", "Address"]


def test_header_status_tags_archive_trash_and_erasure(qtbot, window):
    record = open_sofia(window)
    ws = window._ws
    cid = record.client_id
    record.status.setFocus()
    record.status.setCurrentIndex(record.status.findData("lead"))
    record.status.activated.emit(record.status.currentIndex())
    assert clients.get_client(ws, cid).status == "lead"

    tags.create_tag(ws, "Couples", "#7d63b0")
    window.navigator.changed("tags")
    couples = next(a for a in record.tags_menu.actions() if a.text() == "Couples")
    couples.trigger()
    assert "Couples" in [t.name for t in clients.get_client(ws, cid).tags]
    assert "Couples" in texts(record)
    sample = next(a for a in record.tags_menu.actions() if a.text() == "Sample")
    assert sample.isChecked()
    sample.trigger()
    assert [t.name for t in clients.get_client(ws, cid).tags] == ["Couples"]

    qtbot.mouseClick(record.archive_button, LEFT)
    assert clients.get_client(ws, cid).status == "archived"
    assert record.archive_button.text() == "Unarchive"
    qtbot.mouseClick(record.archive_button, LEFT)
    assert clients.get_client(ws, cid).status == "active"

    assert not record.delete_button.isVisible()
    qtbot.mouseClick(record.trash_button, LEFT)
    record.prompt.yes_button.click()
    assert clients.get_client(ws, cid).deleted_at is not None
    assert record.trash_banner.isVisible() and record.delete_button.isVisible()
    qtbot.mouseClick(record.trash_button, LEFT)  # Restore
    assert clients.get_client(ws, cid).deleted_at is None and not record.trash_banner.isVisible()
    qtbot.mouseClick(record.trash_button, LEFT)
    record.prompt.yes_button.click()
    qtbot.mouseClick(record.delete_button, LEFT)
    record.dialog.reason.setCurrentIndex(0)  # a reason is required
    qtbot.mouseClick(record.dialog.erase_button, LEFT)
    # Erased; the sample client's paid invoice stays exactly as issued (kept by law), no
    # longer linked to anyone.
    assert clients.list_client_ids(ws, clients.ClientQuery(show="trash")) == []
    (kept,) = billing_lists.list_invoices(ws)
    assert kept.client_id is None and kept.client_name == "Sofia Martins"


def test_ctrl_w_closes_and_asks_first_about_unsaved_edits(qtbot, window):
    record = open_sofia(window)
    details = section(record, "Details")
    qtbot.mouseClick(details.edit_button, LEFT)
    qtbot.keyClicks(details.editors["pronouns"], "x")
    qtbot.keyClick(details.editors["pronouns"], Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.clients.record is record and record.prompt is not None
    assert "not saved" in record.prompt.text()
    record.prompt.yes_button.click()
    assert window.clients.record is None
    assert window.clients.currentWidget() is window.clients.list
    record2 = open_sofia(window)
    qtbot.keyClick(record2.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.clients.record is None


def test_escape_cancels_a_section_edit(qtbot, window):
    record = open_sofia(window)
    address = section(record, "Address")
    address.edit_button.setFocus()
    qtbot.keyClick(address.edit_button, Qt.Key.Key_Space)
    assert address.editing
    qtbot.keyClicks(address.editors["city"], " Norte")
    qtbot.keyClick(address.editors["city"], Qt.Key.Key_Escape)
    assert not address.editing and "Lisboa" in texts(address)
    assert clients.get_client(window._ws, record.client_id).city == "Lisboa"


def test_date_of_birth_editor_and_clearing(qtbot, window):
    record = open_sofia(window)
    details = section(record, "Details")
    qtbot.mouseClick(details.edit_button, LEFT)
    details.editors["date_of_birth"].set_value(None)
    qtbot.mouseClick(details.save_button, LEFT)
    assert clients.get_client(window._ws, record.client_id).date_of_birth is None
    details = section(record, "Details")
    qtbot.mouseClick(details.edit_button, LEFT)
    details.editors["date_of_birth"].set_value(dt.date(1990, 5, 2))
    qtbot.mouseClick(details.save_button, LEFT)
    assert clients.get_client(window._ws, record.client_id).date_of_birth == dt.date(1990, 5, 2)


def test_opening_another_client_asks_before_dropping_unsaved_edits(qtbot, window):
    record = open_sofia(window)
    other = clients.create_client(window._ws, PersonInput(first_name="Zé", last_name="Nunes"))
    details = section(record, "Details")
    qtbot.mouseClick(details.edit_button, LEFT)
    qtbot.keyClicks(details.editors["pronouns"], "x")
    window.navigator.open_client(other)
    assert window.clients.record is record, "the edited record stays until the user decides"
    box = window.clients.prompt
    assert box is not None and "discard" in box.text()
    box.findChild(type(box.defaultButton()), "confirm_yes").click()
    assert window.clients.record.client_id == other


def test_a_choice_whose_option_was_removed_is_kept_until_the_user_changes_it(qtbot, window):
    ws = window._ws
    sofia = [r.id for r in clients.client_rows(ws, clients.list_client_ids(ws, clients.ClientQuery()))
             if r.name.startswith("Sofia")][0]
    intake = custom_fields.create_section(ws, "Intake")
    single = custom_fields.create_field(ws, intake, "Referred by", FieldType.SINGLE_CHOICE,
                                        ["Doctor", "Friend", "Web"])
    multiple = custom_fields.create_field(ws, intake, "Interests", FieldType.MULTIPLE_CHOICE,
                                          ["Art", "Music", "Sport"])
    custom_fields.set_values(ws, sofia, {single: "Web", multiple: ["Art", "Sport"]})
    # Editing the options says what becomes of values already chosen; "Web" is removed there.
    from ui.clients.record.new_field_dialog import FieldDialog

    (fld,) = [f for s in custom_fields.list_sections(ws) if s.id == intake for f in s.fields
              if f.id == single]
    dialog = FieldDialog(ws, intake, "Intake", fld)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.options_hint.isVisible() and "keep it" in dialog.options_hint.text()
    dialog.options.setPlainText("Doctor\nFriend")
    save(dialog, "field-edit-options")
    dialog.save()
    custom_fields.update_field(ws, multiple, options=["Art", "Music"])

    record = open_sofia(window)
    sec = section(record, "Intake")
    assert "Web" in texts(sec) and "Art, Sport" in texts(sec)
    qtbot.mouseClick(sec.edit_button, LEFT)
    combo, boxes = sec.editors[f"custom.{single}"], sec.editors[f"custom.{multiple}"]
    assert combo.currentText() == "Web (no longer an option)"
    assert [(b.text(), b.isChecked()) for b in boxes.boxes] == [
        ("Art", True), ("Music", False), ("Sport (no longer an option)", True)]
    save(window.clients, "record-personal-removed-option")
    # Saving something else in the section leaves both as they were.
    qtbot.mouseClick(boxes.boxes[1], LEFT)
    qtbot.mouseClick(sec.save_button, LEFT)
    assert clients.get_client(ws, sofia).custom_values == {
        single: "Web", multiple: ["Art", "Music", "Sport"]}
    # Unticked by the user, it goes.
    sec = section(record, "Intake")
    qtbot.mouseClick(sec.edit_button, LEFT)
    boxes = sec.editors[f"custom.{multiple}"]
    record.personal.ensureWidgetVisible(boxes.boxes[2])
    qtbot.mouseClick(boxes.boxes[2], LEFT)
    qtbot.mouseClick(sec.save_button, LEFT)
    assert clients.get_client(ws, sofia).custom_values[multiple] == ["Art", "Music"]
