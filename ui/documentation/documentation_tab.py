"""The client record's Documentation tab: notes, filled-in forms and uploaded files in one list,
newest first, each with its status (draft, completed, shared; a duplicate file is flagged),
filtered by kind and by a search box (words inside notes and forms too), and a Trash view
(trashed items, why, Restore).

Top right: `New note`, `From template…`, `Fill in a form…`, `Upload files…`; files may also be
dropped onto the tab, several at once. Double-click opens an item (the note editor, the form,
the file preview); `⋮`, right-click or the Menu key give its actions.

It reads the store once per refresh; refreshes are coalesced and wait until the tab is shown.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError
from app.services import appointments, documentation, files
from app.services.documentation import KIND_FILE, KIND_FORM, KIND_NOTE, KINDS, DocItem
from app.workspace import Workspace
from ui.confirm import tell
from ui.documentation import file_actions
from ui.documentation.doc_list_model import DocTable, Original
from ui.documentation.temp_copies import TempCopies, session_copies
from ui.documentation.uploads import Uploader, UploadReport
from ui.i18n import core_message
from ui.navigation import NOTES, Navigator

REFRESH_KINDS = frozenset({NOTES})
SEARCH_DELAY_MS = 250

STYLE = """
#listTitle { font-size: 11pt; font-weight: 600; color: #3e4c59; }
#listEmpty { color: #616e7c; padding: 10px 2px; }
QPushButton#kindFilter { border-radius: 0; padding: 5px 12px; margin: 0; }
QPushButton#kindFilter[first="true"] { border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }
QPushButton#kindFilter[last="true"] { border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }
#uploadReport { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; }
#uploadReport QLabel, #uploadReport QToolButton { background: transparent; }
#dropHint { background: #eef6f5; border: 2px dashed #3f9b8f; border-radius: 8px; color: #1f5f57;
    padding: 14px; font-weight: 600; }
#DocumentationTab { background: transparent; }
"""


def room_for_bold(button: QPushButton) -> None:
    """A checked button's text is bold (style sheet): make room so it is not cut off."""
    bold = QFont(button.font())
    bold.setBold(True)
    button.setMinimumWidth(int(QFontMetricsF(bold).horizontalAdvance(button.text())) + 34)


class DocumentationTabText(QObject):
    """The context of counted messages (pyside6-lupdate reads DocumentationTabText.tr(…, n))."""


class DocumentationTab(QWidget):
    """`file_dialog`, `dialog`, `menu` and `prompt` are the last opened (tests read them)."""

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int, *,
                 copies: TempCopies | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentationTab")
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)
        self._ws, self._nav, self.client_id = workspace, navigator, client_id
        self.copies = copies or session_copies()
        self.file_dialog: QFileDialog | None = None
        self.dialog: QWidget | None = None
        self.menu: QMenu | None = None
        self.last_report: UploadReport | None = None
        self._stale = False

        self.title = QLabel(objectName="listTitle")
        self.new_button = QPushButton(self.tr("New note"), objectName="new_note")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.new_note())
        self.template_button = QPushButton(self.tr("From template…"), objectName="from_template")
        self.template_button.clicked.connect(lambda: self.note_from_template())
        self.form_button = QPushButton(self.tr("Fill in a form…"), objectName="fill_form")
        self.form_button.clicked.connect(lambda: self.fill_form())
        self.upload_button = QPushButton(self.tr("Upload files…"), objectName="upload_files")
        self.upload_button.setToolTip(self.tr("Or drop files onto this tab"))
        self.upload_button.clicked.connect(lambda: self.upload_files())
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addStretch(1)
        for button in (self.form_button, self.upload_button, self.template_button,
                       self.new_button):
            head.addWidget(button)

        self.kinds = QButtonGroup(self)
        filters = QHBoxLayout()
        filters.setSpacing(0)
        choices = ((None, self.tr("All")), (KIND_NOTE, self.tr("Notes")),
                   (KIND_FORM, self.tr("Forms")), (KIND_FILE, self.tr("Files")))
        self.kind_buttons: dict[str | None, QPushButton] = {}
        for n, (kind, text) in enumerate(choices):
            button = QPushButton(text, objectName="kindFilter")
            button.setCheckable(True)
            button.setProperty("first", n == 0)
            button.setProperty("last", n == len(choices) - 1)
            button.setAccessibleName(self.tr("Show: %1").replace("%1", text))
            room_for_bold(button)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            filters.addWidget(button)
        self.kind_buttons[None].setChecked(True)
        self.kinds.buttonToggled.connect(lambda _b, on: on and self.refresh())
        self.search = QLineEdit(objectName="documentation_search")
        self.search.setPlaceholderText(self.tr("Search notes, forms and files"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.trash_button = QPushButton(objectName="show_trash")
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("Notes, forms and files moved to the trash"))
        self.trash_button.toggled.connect(lambda _on: self.refresh())
        tools = QHBoxLayout()
        tools.setSpacing(10)
        tools.addLayout(filters)
        tools.addWidget(self.search)
        tools.addStretch(1)
        tools.addWidget(self.trash_button)

        self.trash_hint = QLabel(self.tr(
            "In the trash: restore an item from its ⋮ menu. A completed note shows why it was "
            "moved here."), objectName="hint")
        self.trash_hint.setWordWrap(True)
        self.trash_hint.hide()
        self.progress_text = QLabel(objectName="hint")
        self.progress = QProgressBar(objectName="upload_progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.report = QLabel(objectName="reportText")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.linkActivated.connect(
            lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link)))
        dismiss = QToolButton(objectName="dismiss_report")
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss"))
        dismiss.clicked.connect(lambda: self._say(""))
        self.report_box = QFrame(objectName="uploadReport")
        report_line = QHBoxLayout(self.report_box)
        report_line.setContentsMargins(10, 6, 6, 6)
        report_line.addWidget(self.report, 1)
        report_line.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.drop_hint = QLabel(objectName="dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.progress_text, self.progress, self.report_box, self.drop_hint):
            widget.hide()

        self.table = DocTable()
        self.table.open_requested.connect(self.open_item)
        self.table.menu_requested.connect(self.show_menu)
        self.empty = QLabel(objectName="listEmpty")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(tools)
        layout.addWidget(self.trash_hint)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_box)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

        self.uploader = Uploader(workspace, navigator, client_id, self)
        self.uploader.progress.connect(self._upload_progress)
        self.uploader.finished.connect(self._upload_finished)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        navigator.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    @property
    def kind(self) -> str | None:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    @property
    def showing_trash(self) -> bool:
        return self.trash_button.isChecked()

    def refresh(self) -> None:
        self._stale = False
        kinds = [self.kind] if self.kind else list(KINDS)
        text = self.search.text().strip()
        try:
            items = documentation.list_documentation(self._ws, self.client_id, kinds, text or None,
                                                     trashed=self.showing_trash)
            filtered = bool(text or self.kind or self.showing_trash)
            everything = (documentation.list_documentation(self._ws, self.client_id)
                          if filtered else items)
            in_trash = len(documentation.list_documentation(self._ws, self.client_id,
                                                            trashed=True))
            zone = appointments.zone_of(self._ws)
            originals = self._originals(items, everything)
        except NotFoundError:  # the client was deleted: the record closes itself
            return
        self.title.setText(self.tr("Documentation (%1)").replace("%1", str(len(everything))))
        self.trash_button.setText(self.tr("Trash (%1)").replace("%1", str(in_trash))
                                  if in_trash else self.tr("Trash"))
        room_for_bold(self.trash_button)
        self.table.set_items(items, originals, zone)
        self.table.setVisible(bool(items))
        self.trash_hint.setVisible(self.showing_trash and bool(items))
        self.empty.setVisible(not items)
        if self.showing_trash:
            self.empty.setText(self.tr("Nothing here matches your search.") if text or self.kind
                               else self.tr("The trash is empty."))
        elif text or self.kind:
            self.empty.setText(self.tr("Nothing matches. Try other words or show all kinds."))
        else:
            self.empty.setText(self.tr(
                "No notes, forms or files for this client yet. Write a note, fill in a form, "
                "or drop files here to keep them with the record, encrypted."))

    def _originals(self, items: list[DocItem], everything: list[DocItem]) -> dict[int, Original]:
        """Name and day of the earlier file each listed duplicate repeats."""
        wanted = {i.duplicate_of for i in items if i.duplicate_of is not None}
        found = {i.id: Original(i.title, i.date) for i in everything
                 if i.kind == KIND_FILE and i.id in wanted}
        for missing in wanted - set(found):
            try:
                view = files.get_file(self._ws, missing)
            except ConsultaError:
                continue
            with self._ws.read() as s:
                found[missing] = Original(view.name, documentation.local_date(s, view.created_at))
        return found

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    # --- creating --------------------------------------------------------------------------

    def _keep(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._dialog_gone(d))
        saved = getattr(dialog, "saved", None)
        if saved is not None:  # the editors say when they stored something
            saved.connect(lambda *_: self._nav.changed(NOTES))
        dialog.show()
        return dialog

    def _dialog_gone(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_note(self, template_id: int | None = None) -> QWidget:
        from ui.documentation.note_editor import NoteEditor

        return self._keep(NoteEditor(self._ws, self._nav, client_id=self.client_id,
                                     template_id=template_id, parent=self))

    def note_from_template(self) -> QWidget:
        from ui.documentation.template_picker import choose_note_template

        # The picker hands back the template (or its id).
        picker = choose_note_template(self, self._ws, lambda chosen: self.new_note(
            getattr(chosen, "id", chosen)))
        self.dialog = picker
        return picker

    def fill_form(self) -> QWidget:
        from ui.documentation.form_fill_dialog import FormFillDialog

        return self._keep(FormFillDialog(self._ws, self._nav, client_id=self.client_id,
                                         parent=self))

    # --- uploading -------------------------------------------------------------------------

    def upload_files(self, paths: list[Path | str] | None = None) -> QFileDialog | None:
        """Add files: these paths, or those picked in an Open dialog (returned)."""
        if paths is not None:
            if paths:
                self.uploader.add(list(paths))
            return None
        dialog = QFileDialog(self, self.tr("Upload files"), str(file_actions.copy_folder()))
        dialog.setObjectName("upload_file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Upload"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda chosen: self.upload_files(list(chosen)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _upload_progress(self, done: int, total: int, name: str) -> None:
        self.progress_text.setText(self.tr("Adding %1 of %2: %3").replace("%1", str(done + 1))
                                   .replace("%2", str(total)).replace("%3", name))
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.show()
        self.progress.show()

    def _upload_finished(self, report: UploadReport) -> None:
        self.last_report = report
        self.progress_text.hide()
        self.progress.hide()
        lines = []
        added = len(report.added)
        if added:
            lines.append(DocumentationTabText.tr("Added %n file(s).", "", added))
        for o in report.refused:
            lines.append(f"<span style='color: #9b2c3d;'>{html.escape(o.problem)}</span>")
        lines += [html.escape(o.duplicate) for o in report.duplicates]
        self._say("<br>".join(lines))

    def _say(self, rich_text: str) -> None:
        self.report.setText(rich_text)
        self.report_box.setVisible(bool(rich_text))

    def _dropped_paths(self, event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = self._dropped_paths(event)
        if not paths or not self.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_hint.setText(DocumentationTabText.tr(
            "Drop to add %n file(s) to this client's documentation", "", len(paths)))
        self.drop_hint.show()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_hint.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_hint.hide()
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.upload_files(paths)

    # --- opening and item actions ----------------------------------------------------------

    def open_item(self, item: DocItem) -> QWidget | None:
        try:
            if item.kind == KIND_NOTE:
                from ui.documentation.note_editor import NoteEditor

                return self._keep(NoteEditor(self._ws, self._nav, note_id=item.id, parent=self))
            if item.kind == KIND_FORM:
                from ui.documentation.form_fill_dialog import FormFillDialog

                return self._keep(FormFillDialog(self._ws, self._nav, client_id=self.client_id,
                                                 response_id=item.id, parent=self))
            from ui.documentation.file_preview import FilePreview

            return self._keep(FilePreview(self._ws, self._nav, item.id, copies=self.copies,
                                          parent=self))
        except NotFoundError as exc:
            tell(self, self.tr("Not found"), core_message(exc))
            self.refresh()
            return None

    def show_item(self, kind: str, item_id: int) -> QWidget | None:
        """One note, form or file listed, selected and opened (a search result): the
        filters are cleared first so that it is in the list."""
        for widget in (self.trash_button, self.search, *self.kind_buttons.values()):
            widget.blockSignals(True)
        self.trash_button.setChecked(False)
        self.search.clear()
        self.kind_buttons[None].setChecked(True)
        for widget in (self.trash_button, self.search, *self.kind_buttons.values()):
            widget.blockSignals(False)
        self.refresh()
        row = self.table.docs.row_of(kind, item_id)
        if row < 0:
            return None
        self.table.selectRow(row)
        self.table.scrollTo(self.table.docs.index(row, 0))
        return self.open_item(self.table.docs.item(row))

    def show_menu(self, item: DocItem, at: QPoint, below_button: bool = False) -> QMenu:
        if item.kind == KIND_NOTE:
            from ui.documentation.note_actions import note_menu

            menu = note_menu(self, self._ws, self._nav, item)
        else:
            menu = file_actions.item_menu(self, self._ws, self._nav, item,
                                          open_item=self.open_item, on_saved=self._saved)
        self.menu = menu
        menu.destroyed.connect(lambda _o=None, m=menu: self._menu_gone(m))
        if below_button:
            at = QPoint(at.x() - menu.sizeHint().width(), at.y())
        menu.popup(at)
        return menu

    def _menu_gone(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def _saved(self, path: Path) -> None:
        folder = html.escape(str(path.parent))
        self._say(self.tr("Saved %1 in %2").replace("%1", html.escape(path.name)).replace(
            "%2", f"<a href='{folder}' style='color: #2f7d73;'>{folder}</a>"))
