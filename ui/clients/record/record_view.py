"""The client record: a header (name, status, tags, quick actions) and six tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services import clients
from app.services.people import STATUS_LABELS
from app.workspace import Workspace
from ui.empty_state import EmptyState
from ui.i18n import core_text
from ui.navigation import Navigator


class ClientRecordView(QWidget):
    close_requested = Signal()

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientRecordView")
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        record = clients.get_client(workspace, client_id)

        back = QPushButton(self.tr("← Clients"))
        back.setFlat(True)
        back.clicked.connect(self.close_requested)
        self.name = QLabel(record.display_name)
        self.name.setObjectName("areaTitle")
        self.status = QLabel(core_text(STATUS_LABELS.get(record.status, record.status)))
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.status)
        header.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        later = self.tr("This part of Consulta is not in this version yet. "
                        "Anything already in your workspace is kept safe and will show here.")
        for title in (self.tr("Overview"), self.tr("Personal"), self.tr("Relationships"),
                      self.tr("Documentation"), self.tr("Inbox"), self.tr("Billing")):
            self.tabs.addTab(EmptyState(title, later), title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(back)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
