"""What can be done to one note — shared by the Documentation tab, the note editor and the
Templates area — the `⋮` / right-click menu that lists it, and the `Create note` hand-off that
appointments offer.

Actions that change data end with `navigator.changed(NOTES)`; PDF and email only read. Dialogs
open with open() (the note editor, a window of its own, with show()); file dialogs are Qt's own
so tests can answer them, and every PDF function also takes the path directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from app.documents import note_pdf
from app.errors import ConsultaError
from app.services import clients, notes, practice
from app.workspace import Workspace
from ui.billing.invoice_actions import ask_pdf_path, save_pdf
from ui.confirm import ask, tell
from ui.documentation.addenda_view import day_text
from ui.i18n import core_message
from ui.navigation import APPOINTMENTS, COMPOSE_EMAIL, CREATE_NOTE, NOTES, Navigator

if TYPE_CHECKING:
    from ui.documentation.note_dialogs import ShareDialog, TrashDialog
    from ui.documentation.note_editor import NoteEditor

PDF_MIME = "application/pdf"


class NoteLike(Protocol):
    """A NoteView (editor) or a Documentation tab DocItem of kind "note"."""

    id: int
    client_id: int
    title: str
    status: str  # NoteView: draft/completed; DocItem: draft/completed/shared
    deleted_at: object


def _state(note: NoteLike) -> str:
    """"draft", "completed" or "shared"."""
    return getattr(note, "display_status", None) or note.status


def owner_window(parent: QWidget | None) -> QWidget | None:
    """An owner that outlives list refreshes and other note windows: the main window."""
    owner = parent.window() if parent is not None else None
    while isinstance(owner, QDialog):  # never another dialog: closing it would close this
        above = owner.parentWidget()
        owner = above.window() if above is not None else None
    return owner


def _failed(parent: QWidget, title: str, exc: ConsultaError) -> None:
    tell(parent, title, core_message(exc))


# --- opening ----------------------------------------------------------------------------------

def open_note(parent: QWidget | None, ws: Workspace, nav: Navigator, note_id: int) -> NoteEditor:
    """The note's window: the one already open for it is brought to the front."""
    from ui.documentation.note_editor import NoteEditor

    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, NoteEditor) and widget.workspace is ws
                and widget.note_id == note_id and widget.isVisible()):
            widget.raise_()
            widget.activateWindow()
            return widget
    return _show(NoteEditor(ws, nav, note_id=note_id, parent=parent))


def new_note(parent: QWidget | None, ws: Workspace, nav: Navigator, client_id: int, *,
             appointment_id: int | None = None, template_id: int | None = None) -> NoteEditor:
    """A new draft for the client (linked to the appointment, started from the template)."""
    from ui.documentation.note_editor import NoteEditor

    return _show(NoteEditor(ws, nav, client_id=client_id, appointment_id=appointment_id,
                            template_id=template_id, parent=parent))


def _show(editor: NoteEditor) -> NoteEditor:
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    editor.raise_()
    return editor


def register_documentation_handlers(navigator: Navigator, workspace: Workspace) -> None:
    """Offer documentation's hand-offs to the other parts (an appointment's `Create note`).
    Called once by the main window at start-up."""
    navigator.provide(CREATE_NOTE, lambda parent, client_id, appointment_id: new_note(
        parent, workspace, navigator, client_id, appointment_id=appointment_id))


# --- sharing, PDF, email ----------------------------------------------------------------------

def share_note(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int
               ) -> ShareDialog | None:
    """Mark the note shared (now), then offer its PDF: Save PDF… and Email to client…"""
    from ui.documentation.note_dialogs import ShareDialog

    try:
        view = notes.share(ws, note_id)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "Not shared"), exc)
        return None
    nav.changed(NOTES)
    dialog = ShareDialog(ws, nav, view, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def unshare_note(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int) -> None:
    try:
        notes.unshare(ws, note_id)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "Not changed"), exc)
        return
    nav.changed(NOTES)


def export_pdf(parent: QWidget, ws: Workspace, note_id: int, path: Path | str | None = None,
               *, on_saved: Callable[[Path], object] | None = None) -> Path | None:
    """Save the note's PDF: to `path` at once, or where the user picks in a Save dialog (then
    the result goes to `on_saved` and this returns None)."""
    if path is not None:
        return save_pdf(parent, lambda p: note_pdf.write_note_pdf(ws, note_id, p), Path(path),
                        on_saved)
    try:
        view = notes.get_note(ws, note_id)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "The PDF was not saved"), exc)
        return None
    ask_pdf_path(parent, QCoreApplication.translate("NoteActions", "Save note PDF"),
                 note_pdf.suggested_filename(view),
                 lambda chosen: export_pdf(parent, ws, note_id, chosen, on_saved=on_saved))
    return None


def email_unavailable(nav: Navigator) -> str:
    """Why a note cannot be emailed now, or "" when it can."""
    if nav.handler(COMPOSE_EMAIL) is None:
        return QCoreApplication.translate("NoteActions",
                                          "Email comes with the Inbox part of Consulta.")
    return ""


def email_note(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int) -> bool:
    """Hand the note's PDF to the email composer with a short message the practitioner can
    change before sending. False when it could not."""
    handler = nav.handler(COMPOSE_EMAIL)
    if handler is None:
        tell(parent, QCoreApplication.translate("NoteActions", "Not sent"),
             email_unavailable(nav))
        return False
    try:
        view = notes.get_note(ws, note_id)
        pdf = note_pdf.note_pdf_bytes(ws, note_id)
        client = clients.get_client(ws, view.client_id)
        settings = practice.get_practice(ws)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "Not sent"), exc)
        return False
    greeting = client.preferred_name or client.first_name or client.display_name
    signature = settings.practitioner_name or settings.name
    subject = QCoreApplication.translate("NoteActions", "Note: %1").replace("%1", view.title)
    body = (QCoreApplication.translate(
        "NoteActions", "Hello %1,\n\nPlease find attached the note “%2” of %3.\n\n"
                       "Kind regards,\n%4")
        .replace("%1", greeting).replace("%2", view.title)
        .replace("%3", day_text(view.note_date)).replace("%4", signature))
    # The composer belongs to the main window: the share dialog (or the note) that asked may
    # close while the message is still being written.
    handler(owner_window(parent), view.client_id, subject, body,
            [(note_pdf.suggested_filename(view), pdf, PDF_MIME)])
    return True


# --- duplicate, delete, trash, restore -----------------------------------------------------------

def duplicate_note(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int, *,
                   open_editor: bool = True) -> notes.NoteView | None:
    """A new draft with the same title and text (dated today), opened in the editor."""
    try:
        copy = notes.duplicate(ws, note_id)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "Not duplicated"), exc)
        return None
    nav.changed(NOTES)
    if open_editor:
        open_note(parent, ws, nav, copy.id)
    return copy


def delete_draft(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int):
    """Ask, then delete the draft for good (a completed note goes to the trash instead)."""

    def erase() -> None:
        try:
            notes.delete_draft(ws, note_id)
        except ConsultaError as exc:
            _failed(parent, QCoreApplication.translate("NoteActions", "Not deleted"), exc)
            return
        nav.changed(NOTES)
        nav.changed(APPOINTMENTS)  # an appointment's note count

    return ask(parent, QCoreApplication.translate("NoteActions", "Delete draft"),
               QCoreApplication.translate("NoteActions", "Delete this draft note for good? It "
                                                         "was never completed, so no record "
                                                         "is lost."),
               QCoreApplication.translate("NoteActions", "Delete draft"), erase)


def move_to_trash(parent: QWidget, ws: Workspace, nav: Navigator, note: NoteLike) -> TrashDialog:
    from ui.documentation.note_dialogs import TrashDialog

    dialog = TrashDialog(ws, nav, note.id, note.title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def restore_note(parent: QWidget, ws: Workspace, nav: Navigator, note_id: int) -> None:
    try:
        notes.restore(ws, note_id)
    except ConsultaError as exc:
        _failed(parent, QCoreApplication.translate("NoteActions", "Not restored"), exc)
        return
    nav.changed(NOTES)


# --- the menu --------------------------------------------------------------------------------

def note_menu(parent: QWidget, ws: Workspace, nav: Navigator, note: NoteLike, *,
              in_editor: bool = False) -> QMenu:
    """Open, Share…, Make private, Export PDF…, Duplicate, then Delete draft… (a draft), Move
    to trash… (a completed note) or Restore (in the trash). Items that do not apply yet say
    why in their tooltip. `in_editor` leaves out Open."""
    state = _state(note)
    trashed = note.deleted_at is not None
    menu = QMenu(parent)
    menu.setObjectName("note_menu")
    menu.setToolTipsVisible(True)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def item(text: str, name: str, slot, enabled: bool = True, tip: str = "") -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.setToolTip(tip)
        action.triggered.connect(slot)

    if not in_editor:
        item(QCoreApplication.translate("NoteActions", "Open"), "open",
             lambda: open_note(parent, ws, nav, note.id))
        menu.addSeparator()
    if not trashed:
        item(QCoreApplication.translate("NoteActions", "Share…"), "share",
             lambda: share_note(parent, ws, nav, note.id), enabled=state != "draft",
             tip=QCoreApplication.translate("NoteActions", "Complete the note before sharing "
                                                           "it.") if state == "draft" else "")
        if state == "shared":
            item(QCoreApplication.translate("NoteActions", "Make private"), "unshare",
                 lambda: unshare_note(parent, ws, nav, note.id))
    item(QCoreApplication.translate("NoteActions", "Export PDF…"), "export_pdf",
         lambda: export_pdf(parent, ws, note.id))
    if not trashed:
        item(QCoreApplication.translate("NoteActions", "Duplicate"), "duplicate",
             lambda: duplicate_note(parent, ws, nav, note.id))
    menu.addSeparator()
    if trashed:
        item(QCoreApplication.translate("NoteActions", "Restore"), "restore",
             lambda: restore_note(parent, ws, nav, note.id))
    elif state == "draft":
        item(QCoreApplication.translate("NoteActions", "Delete draft…"), "delete",
             lambda: delete_draft(parent, ws, nav, note.id))
    else:
        item(QCoreApplication.translate("NoteActions", "Move to trash…"), "trash",
             lambda: move_to_trash(parent, ws, nav, note))
    return menu
