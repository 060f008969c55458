"""Requests that cross areas, as signals: "open this client", "this kind of data changed".

Areas emit requests here instead of knowing each other; the main window routes them, and
every view that shows a kind of data refreshes itself when `data_changed` names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

# Kinds for data_changed.
CLIENTS = "clients"
CONTACTS = "contacts"
TAGS = "tags"
RELATIONSHIPS = "relationships"
CUSTOM_FIELDS = "custom_fields"
PRACTICE = "practice"
APPOINTMENTS = "appointments"
SERVICES = "services"
BILLING = "billing"  # invoices, credit notes, payments, payment methods
NOTES = "notes"
MAIL = "mail"  # synced messages, outbox, account settings

# Hand-offs between parts that may or may not be present: the part that can do the job
# registers a handler; the part that offers it (a menu item) asks whether one exists.
CREATE_INVOICE = "create_invoice"  # handler(parent, client_id, appointment_ids)
CREATE_NOTE = "create_note"  # handler(parent, client_id, appointment_id)
# handler(parent, client_id, subject, body, attachments: list[(filename, bytes, mime)])
COMPOSE_EMAIL = "compose_email"
# handler(): the background mail worker (ui/mail/sync_worker) sends the Outbox now; offered by
# whoever starts the worker. Without it, queued messages wait for the worker's next cycle.
SEND_MAIL = "send_mail"


class Navigator(QObject):
    client_requested = Signal(int)
    contact_requested = Signal(int)
    area_requested = Signal(str)
    data_changed = Signal(str)
    documentation_requested = Signal(int, str, int)  # client id, "note"/"form"/"file", its id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[str, Callable[..., Any]] = {}

    def provide(self, name: str, handler: Callable[..., Any]) -> None:
        self._handlers[name] = handler

    def handler(self, name: str) -> Callable[..., Any] | None:
        return self._handlers.get(name)

    def open_client(self, client_id: int) -> None:
        self.client_requested.emit(client_id)

    def open_contact(self, contact_id: int) -> None:
        self.contact_requested.emit(contact_id)

    def open_documentation(self, client_id: int, kind: str, item_id: int) -> None:
        """The client's Documentation tab, on one note, form or file."""
        self.documentation_requested.emit(client_id, kind, item_id)

    def open_person(self, person_id: int, kind: str) -> None:
        if kind == "client":
            self.open_client(person_id)
        else:
            self.open_contact(person_id)

    def changed(self, kind: str) -> None:
        self.data_changed.emit(kind)


class UnsavedChanges:
    """Mixin protocol: a view with edits not yet saved says so, so that closing or locking
    can ask first. Views that never hold unsaved edits need not implement it."""

    def has_unsaved_changes(self) -> bool:
        return False

    def unsaved_description(self) -> str:
        return ""
