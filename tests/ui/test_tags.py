"""Tags: the manager (create, rename, recolor, delete with counts) and tagging several clients
at once from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.services import clients, tags
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


def _tag_id(ws, name):
    return next(t.id for t in tags.list_tags(ws) if t.name == name)


def test_tag_several_clients_at_once_and_remove(qtbot, sample_workspace):
    ids = add_people(sample_workspace)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    select_rows(lst, ["João Carvalho", "Lucía Fernández", "Emily Watson"])
    assert len(lst.selected_ids()) == 3
    menu_action(open_actions_menu(lst), "Add tag", "Sliding scale").trigger()
    sliding = _tag_id(sample_workspace, "Sliding scale")
    for first in ("João", "Lucía", "Emily"):
        assert sliding in [t.id for t in clients.get_client(sample_workspace, ids[first]).tags]
    # The list and the tag filter show it at once.
    lst.tag_filter.setCurrentIndex(lst.tag_filter.findText("Sliding scale"))
    assert len(visible_names(lst)) == 6
    lst.tag_filter.setCurrentIndex(0)
    select_rows(lst, ["Emily Watson"])
    menu_action(open_actions_menu(lst), "Remove tag", "Couples").trigger()
    assert [t.name for t in clients.get_client(sample_workspace, ids["Emily"]).tags] == ["Sliding scale"]


def test_tag_manager_create_rename_recolor_delete(qtbot, sample_workspace):
    add_people(sample_workspace)
    window = _window(qtbot, sample_workspace)
    lst = window.clients.list
    menu_action(open_actions_menu(lst), "Manage tags…").trigger()
    dialog = lst.actions.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == ["Couples — 2 clients", "Sample — 1 client", "Sliding scale — 3 clients"]
    save(dialog, "tag-manager")

    # New
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    ask = dialog.dialog
    qtbot.waitUntil(ask.isVisible, timeout=3000)
    ask.setTextValue("Online")
    ask.accept()
    online = _tag_id(sample_workspace, "Online")
    assert dialog.list.currentItem().text() == "Online — 0 clients"
    assert lst.tag_filter.findText("Online") > 0  # the list's tag filter refreshed

    # A clash is explained inline and nothing changes.
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    dialog.dialog.setTextValue("couples")
    dialog.dialog.accept()
    assert dialog.error.isVisible() and "already exists" in dialog.error.text()
    # Rename
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    dialog.dialog.setTextValue("Video sessions")
    dialog.dialog.accept()
    assert not dialog.error.isVisible()
    assert [t.name for t in tags.list_tags(sample_workspace) if t.id == online] == ["Video sessions"]

    # Color (QColorDialog opened with open(), answered here)
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    colors = dialog.dialog
    qtbot.waitUntil(colors.isVisible, timeout=3000)
    colors.setCurrentColor(QColor("#b8556a"))
    colors.accept()
    assert [t.color for t in tags.list_tags(sample_workspace) if t.id == online] == ["#b8556a"]

    # Delete a tag two clients carry: the question says so.
    couples_row = next(i for i in range(dialog.list.count())
                       if dialog.list.item(i).text().startswith("Couples"))
    dialog.list.setCurrentRow(couples_row)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "2 clients carry it" in dialog.dialog.text()
    click_confirm(qtbot, dialog.dialog)
    assert "Couples" not in [t.name for t in tags.list_tags(sample_workspace)]
    assert lst.tag_filter.findText("Couples") < 0
