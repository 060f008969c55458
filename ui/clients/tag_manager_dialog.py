"""Manage tags: create, rename, recolor and delete, with how many clients carry each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import tags
from app.workspace import Workspace
from ui.clients.client_actions import color_icon
from ui.confirm import ask
from ui.i18n import core_message
from ui.navigation import CLIENTS, TAGS, Navigator


class TagManagerDialog(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TagManagerDialog")
        self.setWindowTitle(self.tr("Manage tags"))
        self.setMinimumSize(460, 380)
        self._ws = workspace
        self._nav = navigator
        self.dialog = None  # the input, color or confirmation dialog last opened

        title = QLabel(self.tr("Tags"))
        title.setObjectName("dialogTitle")
        intro = QLabel(self.tr("Tags group clients your way: a service, a referral source, "
                               "a fee arrangement. A client can carry several."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.list = QListWidget(objectName="tag_list")
        self.list.setIconSize(self.list.iconSize().expandedTo(self.list.iconSize()))
        self.new_button = QPushButton(self.tr("&New…"), objectName="new_tag")
        self.rename_button = QPushButton(self.tr("&Rename…"), objectName="rename_tag")
        self.color_button = QPushButton(self.tr("&Color…"), objectName="recolor_tag")
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="delete_tag")
        side = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.color_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.new_button.clicked.connect(self.new_tag)
        self.rename_button.clicked.connect(self.rename_tag)
        self.color_button.clicked.connect(self.recolor_tag)
        self.delete_button.clicked.connect(self.delete_tag)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_tag())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        self.list.clear()
        self._tags = {t.id: t for t in tags.list_tags(self._ws)}
        for tag in self._tags.values():
            text = self.tr("%1 — %n client(s)", "", tag.client_count).replace("%1", tag.name)
            item = QListWidgetItem(color_icon(tag.color, 14), text)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.list.addItem(item)
            if tag.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for button in (self.rename_button, self.color_button, self.delete_button):
            button.setEnabled(has)

    def _do(self, fn, select_id: int | None = None) -> bool:
        try:
            result = fn()
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return False
        self.error.hide()
        self.reload(result if isinstance(result, int) else select_id)
        self._nav.changed(TAGS)
        self._nav.changed(CLIENTS)
        return True

    def _ask_name(self, title: str, label: str, text: str, on_name) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("tag_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(on_name)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def new_tag(self) -> None:
        self._ask_name(self.tr("New tag"), self.tr("Name of the new tag:"), "",
                       lambda name: self._do(lambda: tags.create_tag(self._ws, name)))

    def rename_tag(self) -> None:
        tag_id = self.current_id()
        if tag_id is None:
            return
        self._ask_name(self.tr("Rename tag"), self.tr("New name:"), self._tags[tag_id].name,
                       lambda name: self._do(lambda: tags.rename_tag(self._ws, tag_id, name), tag_id))

    def recolor_tag(self) -> None:
        tag_id = self.current_id()
        if tag_id is None:
            return
        dialog = QColorDialog(QColor(self._tags[tag_id].color), self)
        dialog.setObjectName("tag_color_dialog")
        dialog.setWindowTitle(self.tr("Tag color"))
        for i, color in enumerate(tags.PALETTE):
            QColorDialog.setCustomColor(i, QColor(color))
        dialog.colorSelected.connect(
            lambda color: self._do(lambda: tags.recolor_tag(self._ws, tag_id, color.name()), tag_id))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def delete_tag(self) -> None:
        tag_id = self.current_id()
        if tag_id is None:
            return
        tag = self._tags[tag_id]
        if tag.client_count:
            text = self.tr("Delete the tag “%1”? %n client(s) carry it; they keep everything "
                           "else, only the tag goes.", "", tag.client_count)
        else:
            text = self.tr("Delete the tag “%1”? No client carries it.")
        self.dialog = ask(self, self.tr("Delete tag"), text.replace("%1", tag.name),
                          self.tr("Delete tag"),
                          lambda: self._do(lambda: tags.delete_tag(self._ws, tag_id)))
