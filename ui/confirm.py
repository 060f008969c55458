"""Window-modal questions and notices opened with open(), never exec(): the event loop keeps
running (tests can click the buttons) and the caller gets a callback on the answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, confirm_label: str,
        on_confirm: Callable[[], None], *, destructive: bool = True) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirm")
    yes = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirm_yes")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else yes)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_confirm()
        box.deleteLater()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notice")
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
