"""Choose a client by typing part of their name, email or phone (booking from the calendar)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services import search
from app.workspace import Workspace


class ClientPicker(QWidget):
    chosen = Signal(int)  # client id, or 0 when the choice is cleared

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.client_id: int | None = None
        self.search = QLineEdit(objectName="client_search")
        self.search.setPlaceholderText(self.tr("Type a client's name, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(objectName="search_results")
        self.results.setMaximumHeight(120)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(self._edited)
        self.results.itemClicked.connect(self._pick)
        self.results.itemActivated.connect(self._pick)
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Enter picks the first match; it must not also press the dialog's default button.
        # Once a client is chosen, Enter goes on to the dialog as usual.
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.client_id is None):
            self._pick_first()
            return True
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        if self.client_id is not None:
            self.client_id = None
            self.chosen.emit(0)
        self._timer.start()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            return
        hits = search.search_people(self._ws, text, kinds=("client",), limit=8)
        for hit in hits:
            detail = hit.email or hit.phone
            item = QListWidgetItem(f"{hit.name}  ·  {detail}" if detail else hit.name)
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.name))
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("No client matches “%1”.").replace("%1", text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.show()
        self._fit()

    def _pick_first(self) -> None:
        self._timer.stop()
        self.run_search()
        first = self.results.item(0)
        if first is not None and first.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._pick(first)

    def _pick(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        self.set_client(*data)

    def set_client(self, client_id: int, name: str) -> None:
        self.client_id = client_id
        self.search.setText(name)
        self.results.hide()
        self._fit()
        self.chosen.emit(client_id)

    def _fit(self) -> None:
        # The list comes and goes: let the window take back the room instead of spreading gaps.
        QTimer.singleShot(0, self.window().adjustSize)
