"""Shared by the client record tests: the Clients area with its navigator, and Sofia's record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import clients
from ui.clients.clients_area import ClientsArea
from ui.clients.record.record_view import ClientRecordView
from ui.navigation import Navigator


class Harness:
    """The Clients area as the main window hosts it, with its navigator (the main window only
    adds the sidebar around it)."""

    def __init__(self, ws) -> None:
        self._ws = ws
        self.navigator = Navigator()
        self.clients = ClientsArea(ws, self.navigator)
        self.navigator.client_requested.connect(self.clients.open_client)
        self.clients.resize(1000, 780)


def make_harness(qtbot, ws) -> Harness:
    harness = Harness(ws)
    qtbot.addWidget(harness.clients)
    harness.clients.show()
    return harness


def open_sofia(window) -> ClientRecordView:
    ws = window._ws
    (sofia,) = [r.id for r in clients.client_rows(ws, clients.list_client_ids(ws, clients.ClientQuery()))
                if r.name.startswith("Sofia")]
    window.navigator.open_client(sofia)
    record = window.clients.record
    record.tabs.setCurrentIndex(1)
    return record


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def section(record, title: str):
    return next(w for w in record.personal.sections if w.title.text() == title)
