"""A window-modal question that never blocks the event loop (open(), not exec()): the action
runs when the user confirms. Tests find the box as `owner.prompt`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(owner: QWidget, title: str, text: str, action: str,
        on_yes: Callable[[], None], *, destructive: bool = True) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.Cancel, owner)
    box.setObjectName("confirm")
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else yes)
    box.yes_button = yes

    def finished() -> None:
        owner.prompt = None
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    owner.prompt = box
    box.open()
    return box


def tell(owner: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, owner)
    box.setObjectName("notice")
    box.finished.connect(lambda _r: (setattr(owner, "prompt", None), box.deleteLater()))
    owner.prompt = box
    box.open()
    return box
