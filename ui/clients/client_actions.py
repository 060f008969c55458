"""What can be done to the clients selected in the list: status, tags, trash, restore, erase.

Shared by the list's context menu and its Actions button; every change tells the navigator so
that each view showing clients or tags refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from app.errors import ConsultaError
from app.services import clients, tags
from app.services.people import STATUS_LABELS
from app.store.models import ClientStatus
from app.workspace import Workspace
from ui.confirm import ask, tell
from ui.i18n import core_message, core_text
from ui.navigation import CLIENTS, TAGS, Navigator


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ClientActions(QObject):
    def __init__(self, workspace: Workspace, navigator: Navigator, parent: QWidget,
                 selected_ids: Callable[[], list[int]], in_trash: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._nav = navigator
        self._parent = parent
        self._selected = selected_ids
        self._in_trash = in_trash
        self.dialog = None  # the last confirmation or tag manager opened (tests drive it)

    # --- the menu ----------------------------------------------------------------------

    def build_menu(self, menu: QMenu) -> QMenu:
        """Fill `menu` for the current selection (rebuilt each time it opens)."""
        menu.clear()
        ids = self._selected()
        if self._in_trash():
            restore = menu.addAction(self.tr("Restore"), lambda: self.restore(self._selected()))
            restore.setObjectName("restore")
            restore.setEnabled(bool(ids))
            erase = menu.addAction(self.tr("Delete permanently…"),
                                   lambda: self.delete_permanently(self._selected()))
            erase.setObjectName("delete_permanently")
            erase.setEnabled(bool(ids))
            return menu
        book = menu.addAction(self.tr("Book appointment…"), lambda: self.book(self._selected()))
        book.setObjectName("book_appointment")
        book.setEnabled(len(ids) == 1)
        menu.addSeparator()
        status_menu = menu.addMenu(self.tr("Set status"))
        status_menu.setObjectName("set_status")
        status_menu.setEnabled(bool(ids))
        for status in ClientStatus:
            action = status_menu.addAction(core_text(STATUS_LABELS[status]))
            action.setObjectName("status_" + status.value)
            action.triggered.connect(lambda _=False, s=status.value: self.set_status(self._selected(), s))
        all_tags = tags.list_tags(self._ws)
        add_menu = menu.addMenu(self.tr("Add tag"))
        add_menu.setObjectName("add_tag")
        remove_menu = menu.addMenu(self.tr("Remove tag"))
        remove_menu.setObjectName("remove_tag")
        for sub in (add_menu, remove_menu):
            sub.setEnabled(bool(ids) and bool(all_tags))
        for tag in all_tags:
            add = add_menu.addAction(color_icon(tag.color), tag.name)
            add.triggered.connect(lambda _=False, t=tag.id: self.add_tag(self._selected(), t))
            rem = remove_menu.addAction(color_icon(tag.color), tag.name)
            rem.triggered.connect(lambda _=False, t=tag.id: self.remove_tag(self._selected(), t))
        manage = menu.addAction(self.tr("Manage tags…"), self.manage_tags)
        manage.setObjectName("manage_tags")
        menu.addSeparator()
        trash = menu.addAction(self.tr("Move to trash…"), lambda: self.trash(self._selected()))
        trash.setObjectName("trash")
        trash.setEnabled(bool(ids))
        return menu

    # --- the actions -------------------------------------------------------------------

    def _run(self, fn: Callable[[], None], kinds: tuple[str, ...] = (CLIENTS,)) -> bool:
        try:
            fn()
        except ConsultaError as exc:
            self.dialog = tell(self._parent, self.tr("Not done"), core_message(exc))
            return False
        finally:
            for kind in kinds:
                self._nav.changed(kind)
        return True

    def book(self, ids: list[int]) -> None:
        from ui.appointments.booking_dialog import BookingDialog

        if len(ids) != 1:
            return
        self.dialog = BookingDialog(self._ws, self._nav, client_id=ids[0], parent=self._parent)
        self.dialog.open()

    def set_status(self, ids: list[int], status: str) -> None:
        if ids:
            self._run(lambda: clients.set_status(self._ws, ids, status))

    def add_tag(self, ids: list[int], tag_id: int) -> None:
        if ids:
            self._run(lambda: tags.add_tag(self._ws, ids, tag_id), (CLIENTS, TAGS))

    def remove_tag(self, ids: list[int], tag_id: int) -> None:
        if ids:
            self._run(lambda: tags.remove_tag(self._ws, ids, tag_id), (CLIENTS, TAGS))

    def manage_tags(self) -> None:
        from ui.clients.tag_manager_dialog import TagManagerDialog

        self.dialog = TagManagerDialog(self._ws, self._nav, self._parent)
        self.dialog.open()

    def trash(self, ids: list[int]) -> None:
        if not ids:
            return
        text = self.tr("Move %n client(s) to the trash? You can restore them from "
                       "Show ▸ Trash.", "", len(ids))

        def go() -> None:
            self._run(lambda: [clients.trash_client(self._ws, i) for i in ids] and None)

        self.dialog = ask(self._parent, self.tr("Move to trash"), text, self.tr("Move to trash"), go)

    def restore(self, ids: list[int]) -> None:
        if ids:
            self._run(lambda: [clients.restore_client(self._ws, i) for i in ids] and None)

    def delete_permanently(self, ids: list[int]) -> None:
        """Erase for good, after a stated reason (the dialog tells the navigator)."""
        from ui.clients.erase_dialog import EraseDialog

        if not ids:
            return
        self.dialog = EraseDialog(self._ws, self._nav, ids, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
