"""A table whose rows each have a menu: right-click opens it at the pointer, the Menu key and
Shift+F10 under the current row; Enter opens the current row. The lists of the client record
(appointments, invoices, payments, documents) share this keyboard and mouse behaviour."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QTableView


def is_menu_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Menu or (
        event.key() == Qt.Key.Key_F10
        and bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))


class RowMenuTable(QTableView):
    def request_menu(self, row: int, at: QPoint | None = None) -> None:
        """Show row `row`'s menu at `at` (global), or under the row when None."""
        raise NotImplementedError

    def open_row(self, row: int) -> bool:
        """Enter on `row`: open it and return True, or False to let the table have the key."""
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
            if index.isValid():
                self.request_menu(index.row(), event.globalPos())
        elif self.currentIndex().isValid():
            self.request_menu(self.currentIndex().row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        current = self.currentIndex()
        if current.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_row(current.row()):
                return
            if is_menu_key(event):
                self.request_menu(current.row())
                return
        super().keyPressEvent(event)
