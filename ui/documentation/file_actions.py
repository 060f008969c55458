"""What can be done to one uploaded file or filled-in form, shared by the Documentation tab and
the file preview: save a copy, open in another program (through a temporary copy), rename,
move to the trash, restore; open a form, export its PDF. Plus the `⋮` menus that list them.

Copies are written off the GUI thread (a file may be hundreds of MB); their results come back
through ui/workers.py. Actions that change data end with `navigator.changed(NOTES)`. File
dialogs are Qt's own (not the platform's) so tests can drive them; each function also takes
the path directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QWidget

from app.documents import form_pdf
from app.errors import ConsultaError
from app.services import files, forms
from app.services.documentation import KIND_FILE, KIND_FORM, DocItem
from app.workspace import Workspace
from ui.billing.invoice_actions import ask_pdf_path, save_pdf
from ui.confirm import ask, tell
from ui.documentation.temp_copies import TempCopies
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.navigation import NOTES, Navigator
from ui.workers import run_in_background

FOLDER_KEY = "documentation/copy_folder"  # where the last copy was saved: the next starts there


class FileActions(QObject):
    """The translation context of the texts below (pyside6-lupdate reads FileActions.tr)."""


def _error(parent: QWidget, title: str, exc: BaseException) -> None:
    if isinstance(exc, ConsultaError):
        text = core_message(exc)
    elif isinstance(exc, OSError):
        text = exc.strerror or str(exc)
    else:
        raise exc
    tell(parent, title, text)


def _in_background(parent: QWidget, work: Callable[[], object],
                   done: Callable[[object], None], failed: Callable[[BaseException], None]) -> None:
    # Parented to the widget, so the task lives until it reports (then it is let go).
    task = run_in_background(work, done, failed, parent)
    task.finished.connect(task.deleteLater)


# --- copies ------------------------------------------------------------------------------------

def copy_folder() -> Path:
    saved = last_folder(FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def ask_copy_path(parent: QWidget, name: str, on_chosen: Callable[[Path], object]) -> QFileDialog:
    """A Save dialog in the folder used last, the file's own name filled in."""
    dialog = QFileDialog(parent, FileActions.tr("Save a copy"), str(copy_folder() / name))
    dialog.setObjectName("copy_file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def save_copy(parent: QWidget, ws: Workspace, file_id: int, path: Path | str | None = None, *,
              on_saved: Callable[[Path], object] | None = None) -> QFileDialog | None:
    """Save the file outside the workspace: to `path`, or where the user picks (the dialog is
    returned). The copy is written in the background; `on_saved(path)` when it is there."""
    if path is None:
        try:
            view = files.get_file(ws, file_id)
        except ConsultaError as exc:
            _error(parent, FileActions.tr("The copy was not saved"), exc)
            return None
        return ask_copy_path(parent, view.name,
                             lambda chosen: save_copy(parent, ws, file_id, chosen,
                                                      on_saved=on_saved))
    target = Path(path)

    def saved(written: object) -> None:
        remember_folder(FOLDER_KEY, str(target.parent))
        if on_saved is not None:
            on_saved(Path(written))

    _in_background(parent, lambda: files.save_copy(ws, file_id, target), saved,
                   lambda exc: _error(parent, FileActions.tr("The copy was not saved"), exc))
    return None


def open_elsewhere(parent: QWidget, ws: Workspace, file_id: int, copies: TempCopies, *,
                   on_opened: Callable[[Path, bool], object] | None = None) -> None:
    """Write a temporary copy in the private folder and hand it to the system's program for
    its type. `on_opened(path, launched)`: where the copy is, and whether a program took it."""
    try:
        view = files.get_file(ws, file_id)
    except ConsultaError as exc:
        _error(parent, FileActions.tr("The file was not opened"), exc)
        return

    def written(path: object) -> None:
        launched = copies.open(Path(path))
        if on_opened is not None:
            on_opened(Path(path), launched)

    _in_background(parent, lambda: copies.write_copy(
        view.name, lambda p: files.save_copy(ws, file_id, p)), written,
        lambda exc: _error(parent, FileActions.tr("The file was not opened"), exc))


# --- changes -----------------------------------------------------------------------------------

def rename_file(parent: QWidget, ws: Workspace, nav: Navigator, file_id: int,
                name: str | None = None) -> QInputDialog | None:
    """Rename to `name`, or ask for the new name (the dialog is returned)."""
    if name is not None:
        try:
            files.rename_file(ws, file_id, name)
        except ConsultaError as exc:
            _error(parent, FileActions.tr("Not renamed"), exc)
            return None
        nav.changed(NOTES)
        return None
    try:
        current = files.get_file(ws, file_id).name
    except ConsultaError as exc:
        _error(parent, FileActions.tr("Not renamed"), exc)
        return None
    dialog = QInputDialog(parent)
    dialog.setObjectName("rename_file_dialog")
    dialog.setWindowTitle(FileActions.tr("Rename file"))
    dialog.setLabelText(FileActions.tr("New name:"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(current)
    dialog.setOkButtonText(FileActions.tr("Rename"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda text: rename_file(parent, ws, nav, file_id, text))
    dialog.open()
    return dialog


def trash_item(parent: QWidget, ws: Workspace, nav: Navigator, item: DocItem):
    """Ask, then move a file or a form to the trash (restorable from the tab's Trash view)."""
    if item.kind == KIND_FILE:
        question = FileActions.tr("Move “%1” to the trash? You can restore it from the "
                                  "Documentation tab's trash.")
        action = files.trash_file
    else:
        question = FileActions.tr("Move the form “%1” to the trash? You can restore it from "
                                  "the Documentation tab's trash.")
        action = forms.trash_form_response

    def move() -> None:
        try:
            action(ws, item.id)
        except ConsultaError as exc:
            _error(parent, FileActions.tr("Not moved to the trash"), exc)
            return
        nav.changed(NOTES)

    return ask(parent, FileActions.tr("Move to trash"), question.replace("%1", item.title),
               FileActions.tr("Move to trash"), move)


def restore_item(parent: QWidget, ws: Workspace, nav: Navigator, item: DocItem) -> bool:
    action = files.restore_file if item.kind == KIND_FILE else forms.restore_form_response
    try:
        action(ws, item.id)
    except ConsultaError as exc:
        _error(parent, FileActions.tr("Not restored"), exc)
        return False
    nav.changed(NOTES)
    return True


def export_form_pdf(parent: QWidget, ws: Workspace, response_id: int,
                    path: Path | str | None = None, *,
                    on_saved: Callable[[Path], object] | None = None) -> Path | None:
    """The filled-in form as a PDF: to `path`, or where the user picks in a Save dialog."""
    if path is not None:
        return save_pdf(parent, lambda p: form_pdf.write_form_pdf(ws, response_id, p), Path(path),
                        on_saved)
    try:
        response = forms.get_form_response(ws, response_id)
    except ConsultaError as exc:
        _error(parent, FileActions.tr("The PDF was not saved"), exc)
        return None
    ask_pdf_path(parent, FileActions.tr("Save form PDF"), form_pdf.suggested_filename(response),
                 lambda chosen: export_form_pdf(parent, ws, response_id, chosen,
                                                on_saved=on_saved))
    return None


# --- menus -------------------------------------------------------------------------------------

def item_menu(parent: QWidget, ws: Workspace, nav: Navigator, item: DocItem, *,
              open_item: Callable[[DocItem], object],
              on_saved: Callable[[Path], object] | None = None) -> QMenu:
    """The `⋮` menu of a file or a form (notes have their own: note_actions.note_menu)."""
    menu = QMenu(parent)
    menu.setObjectName("documentation_item_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    trashed = item.deleted_at is not None

    def add(text: str, name: str, trigger: Callable[[], object]) -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: trigger())

    if item.kind == KIND_FILE:
        add(FileActions.tr("Preview"), "preview", lambda: open_item(item))
        add(FileActions.tr("Save a copy…"), "save_copy",
            lambda: save_copy(parent, ws, item.id, on_saved=on_saved))
        if not trashed:
            add(FileActions.tr("Rename…"), "rename", lambda: rename_file(parent, ws, nav, item.id))
    elif item.kind == KIND_FORM:
        add(FileActions.tr("Open"), "open", lambda: open_item(item))
        add(FileActions.tr("Export PDF…"), "export_pdf",
            lambda: export_form_pdf(parent, ws, item.id, on_saved=on_saved))
    menu.addSeparator()
    if trashed:
        add(FileActions.tr("Restore"), "restore", lambda: restore_item(parent, ws, nav, item))
    else:
        add(FileActions.tr("Move to trash…"), "trash", lambda: trash_item(parent, ws, nav, item))
    return menu
