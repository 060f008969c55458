"""Sample people for the clients, tags and contacts UI tests (synthetic names only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from app.services import clients, tags
from app.services.people import PersonInput

PEOPLE = [
    ("Ana", "García López", "ana.garcia@example.com", "+34 612 345 678", "active"),
    ("François", "Dupont", "f.dupont@example.fr", "+33 6 12 34 56 78", "active"),
    ("João", "Carvalho", "joao.carvalho@example.pt", "+351 913 456 789", "lead"),
    ("Emily", "Watson", "emily.w@example.co.uk", "+44 7700 900123", "active"),
    ("Lucía", "Fernández", "lucia.f@example.es", "+34 699 111 222", "inactive"),
    ("Mathilde", "Lefèvre", "m.lefevre@example.fr", "+33 7 98 76 54 32", "lead"),
]


def add_people(ws, with_tags: bool = True) -> dict[str, int]:
    ids = {}
    couples = tags.create_tag(ws, "Couples", "#7d63b0") if with_tags else None
    sliding = tags.create_tag(ws, "Sliding scale", "#c0843d") if with_tags else None
    for i, (first, last, email, phone, status) in enumerate(PEOPLE):
        tag_ids = []
        if with_tags and i in (0, 3):
            tag_ids.append(couples)
        if with_tags and i in (0, 1, 5):
            tag_ids.append(sliding)
        ids[first] = clients.create_client(ws, PersonInput(
            first_name=first, last_name=last, emails=[email], phones=[phone], status=status,
            tag_ids=tag_ids))
    return ids


def visible_names(list_view) -> list[str]:
    model = list_view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def select_rows(list_view, names: list[str]) -> None:
    """Ctrl+click each named row, as a user picking several clients."""
    table = list_view.table
    table.clearSelection()
    for r, name in enumerate(visible_names(list_view)):
        if name in names:
            rect = table.visualRect(list_view.model.index(r, 0))
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.ControlModifier, rect.center())


def open_actions_menu(list_view) -> QMenu:
    menu = list_view.menu
    list_view.actions.build_menu(menu)
    return menu


def menu_action(menu: QMenu, *path: str):
    """The action reached by following the visible texts (submenus first)."""
    current = menu
    for i, text in enumerate(path):
        for action in current.actions():
            if action.text().replace("&", "") == text:
                if i == len(path) - 1:
                    return action
                current = action.menu()
                break
        else:
            raise AssertionError(f"no menu entry {text!r} in {[a.text() for a in current.actions()]}")
    return None


def click_confirm(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    yes = dialog.findChild(QPushButton, "confirm_yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
