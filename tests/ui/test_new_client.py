"""+ New client: inline messages, Create disabled until a name, the new record opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import clients, tags
from tests.ui.screens import save
from ui.main_window import MainWindow


def _open_form(qtbot, ws):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.clients.list.new_button, Qt.MouseButton.LeftButton)
    dialog = window.clients.list.new_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return window, dialog


def test_create_a_client_through_the_form(qtbot, sample_workspace):
    couples = tags.create_tag(sample_workspace, "Couples", "#7d63b0")
    window, dialog = _open_form(qtbot, sample_workspace)
    assert not dialog.create_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.first_name, "Ines")
    assert dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.last_name, "Rocha")
    qtbot.keyClicks(dialog.preferred_name, "Nes")

    # A bad email: the message appears under the field when leaving it.
    qtbot.keyClicks(dialog.email, "ines.rocha@example")
    dialog.phone.setFocus()
    dialog.email.editingFinished.emit()
    message = dialog.fields["email"].message
    assert message.isVisible()
    assert "is not a valid email address" in message.text()
    qtbot.keyClicks(dialog.phone, "12ab")
    dialog.phone.editingFinished.emit()
    assert "is not a valid phone number" in dialog.fields["phone"].message.text()
    qtbot.keyClicks(dialog.date_of_birth.edit, "2999-01-01")
    dialog.date_of_birth.edit.editingFinished.emit()
    assert dialog.fields["date_of_birth"].message.text() == "The date of birth cannot be in the future."
    save(dialog, "new-client-validation")

    # Create refuses while something is wrong, and stores nothing.
    before = clients.count_clients(sample_workspace, clients.ClientQuery())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert clients.count_clients(sample_workspace, clients.ClientQuery()) == before

    # Fix them.
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ines.rocha@example.pt")
    dialog.email.editingFinished.emit()
    assert not dialog.fields["email"].message.isVisible()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+351 912 000 111")
    dialog.date_of_birth.edit.clear()
    qtbot.keyClicks(dialog.date_of_birth.edit, "1990-05-17")
    dialog.status.setCurrentIndex(dialog.status.findText("Lead"))
    item = dialog.tags.findItems("Couples", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    record = clients.get_client(sample_workspace, dialog.created_id)
    assert (record.first_name, record.last_name, record.preferred_name) == ("Ines", "Rocha", "Nes")
    assert record.emails == ["ines.rocha@example.pt"] and record.phones == ["+351 912 000 111"]
    assert record.date_of_birth.isoformat() == "1990-05-17"
    assert record.status == "lead" and [t.id for t in record.tags] == [couples]
    # The new record is open, and the list knows about the new client.
    assert window.clients.current_client_id == dialog.created_id
    names = [window.clients.list.model.data(window.clients.list.model.index(r, 0))
             for r in range(window.clients.list.model.rowCount())]
    assert "Ines Rocha (Nes)" in names


def test_ctrl_n_opens_the_form_and_escape_cancels(qtbot, sample_workspace):
    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.show()
    window.show_area("contacts")
    window.new_client_action.trigger()  # Ctrl+N
    dialog = window.clients.list.new_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert window.stack.currentWidget() is window.clients
    assert window.new_client_action.shortcut().toString() == "Ctrl+N"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert clients.count_clients(sample_workspace, clients.ClientQuery()) == 1


def test_a_last_name_alone_is_enough(qtbot, sample_workspace):
    _window, dialog = _open_form(qtbot, sample_workspace)
    qtbot.keyClicks(dialog.last_name, "Okafor")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)  # Enter creates (default button)
    assert dialog.created_id is not None
    assert clients.get_client(sample_workspace, dialog.created_id).last_name == "Okafor"
