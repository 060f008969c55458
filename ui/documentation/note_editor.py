"""The note editor: a window (not modal) for one clinical note of one client.

A draft is edited in place — title, date, linked appointment and rich text — and saved on its
own: 1.5 s after the last change and again when the window closes ("Saved 10:42" says when).
A new note exists in the workspace from its first save; one left untouched is never created.
`Complete` freezes the body (it records who and when); the window then shows the note read-only
with "Completed on … by …" and its dated addenda under it, and offers Add addendum, Share and
Export PDF. The `⋮` button holds the rest of ui.documentation.note_actions.note_menu.

GUI thread only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError, NotFoundError
from app.services import appointments, clients, notes, templates
from app.services.appointments import AppointmentView
from app.services.notes import NoteInput, NoteView
from app.store.models import AppointmentStatus
from app.workspace import Workspace
from ui.appointments.time_text import qdate, time_text
from ui.billing.action_icons import action_icon
from ui.confirm import ask
from ui.documentation import note_actions
from ui.documentation.addenda_view import (
    AddendumDialog,
    NoteReadingView,
    day_format,
    day_text,
)
from ui.documentation.note_heading import NoteHeading
from ui.documentation.rich_text_toolbar import RichTextEdit, RichTextToolbar
from ui.i18n import core_message
from ui.navigation import APPOINTMENTS, NOTES, Navigator

AUTOSAVE_MS = 1500

STYLE = """
#fieldLabel { color: #52606d; font-size: 9pt; }
QDateEdit { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px; padding: 4px 6px;
    min-height: 20px; min-width: 96px; }
QDateEdit:focus { border-color: #3f9b8f; }
QToolButton#more { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px;
    padding: 5px; }
QToolButton#more:hover { border-color: #3f9b8f; }
"""


class NoteEditor(QDialog):
    """`note_id` opens a note; without it, a new draft for `client_id` (linked to
    `appointment_id`, started from `template_id`, when given). `saved(note_id)` after every
    save, completion and addendum. Show it with show(): it does not block other windows."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, *, note_id: int | None = None,
                 client_id: int | None = None, appointment_id: int | None = None,
                 template_id: int | None = None, parent: QWidget | None = None) -> None:
        # Owned by the main window, not by the list or tab that opened it: rebuilding or
        # closing that view must not take an open note (and its unsaved words) with it.
        super().__init__(note_actions.owner_window(parent))
        if note_id is None and client_id is None:
            raise ValueError("a note id or a client id is needed")
        self.setObjectName("NoteEditor")
        self.setStyleSheet(STYLE)
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint
                            | Qt.WindowType.WindowCloseButtonHint)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumSize(680, 520)
        self.resize(900, 720)
        self.workspace, self._ws, self._nav = workspace, workspace, navigator
        self._zone = appointments.zone_of(workspace)
        self.view: NoteView | None = notes.get_note(workspace, note_id) if note_id else None
        self.client_id = self.view.client_id if self.view else client_id
        self._template_id = self.view.template_id if self.view else template_id
        self._dirty = False
        self._loading = False
        self._closing = False
        self._announcing = False
        self._saved_appointment = self.view.appointment_id if self.view else None
        self.menu: QMenu | None = None
        self.addendum_dialog: AddendumDialog | None = None

        self._build()
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        if self.view is not None:
            self._show(self.view)
        else:
            self._start_new(appointment_id, template_id)
        navigator.data_changed.connect(self._data_changed)
        if self.editable:  # takes effect when the window shows
            (self.editor if self.title.text() else self.title).setFocus()
            self.saved_state.setText(self.tr("Changes are saved as you type."))

    @property
    def note_id(self) -> int | None:
        return self.view.id if self.view else None

    @property
    def editable(self) -> bool:
        return self.view is None or self.view.editable

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.top = NoteHeading(clients.get_client(self._ws, self.client_id).display_name)
        # Shortcuts to what the heading shows.
        self.heading, self.pill, self.client_name, self.privacy, self.completed_line = (
            self.top.title, self.top.pill, self.top.client_name, self.top.privacy,
            self.top.completed_line)

        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("Title of the note"))
        self.title.setMaxLength(notes.MAX_TITLE)
        self.date = QDateEdit(objectName="note_date", calendarPopup=True)
        self.date.setDisplayFormat(day_format())
        self.appointment = QComboBox(objectName="appointment")
        # As wide as its longest entry ("25 November 2026, 10:00 · Follow-up session"); the
        # title takes the rest.
        self.appointment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.appointment.setMinimumWidth(220)
        self.appointment.setMaximumWidth(440)
        self.fields = QWidget()
        grid = QGridLayout(self.fields)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for column, (text, field) in enumerate(((self.tr("&Title"), self.title),
                                                (self.tr("&Date"), self.date),
                                                (self.tr("A&ppointment"), self.appointment))):
            label = QLabel(text, objectName="fieldLabel")
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(0, 1)

        self.editor = RichTextEdit()
        self.editor.setObjectName("note_text")
        self.toolbar = RichTextToolbar(self.editor)
        editing = QWidget()
        edit_layout = QVBoxLayout(editing)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.setSpacing(4)
        edit_layout.addWidget(self.toolbar)
        edit_layout.addWidget(self.editor, 1)
        self.reading = NoteReadingView()
        self.pages = QStackedWidget()
        self.pages.addWidget(editing)
        self.pages.addWidget(self.reading)

        self.saved_state = QLabel(objectName="hint")
        self.saved_state.setObjectName("saved_state")
        self.saved_state.setStyleSheet("color: #616e7c; font-size: 9pt;")
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.more_button = QToolButton(objectName="more")
        self.more_button.setIcon(action_icon("more"))
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.clicked.connect(self.show_menu)
        self.delete_button = QPushButton(self.tr("Delete draft…"), objectName="delete_draft")
        self.delete_button.clicked.connect(self.delete_draft)
        self.addendum_button = QPushButton(self.tr("Add addendum…"), objectName="add_addendum")
        self.addendum_button.clicked.connect(self.add_addendum)
        self.share_button = QPushButton(self.tr("Share…"), objectName="share")
        self.share_button.setToolTip(self.tr("Mark the note as shared with the client and give "
                                             "it to them as a PDF"))
        self.share_button.clicked.connect(
            lambda: note_actions.share_note(self, self._ws, self._nav, self.view.id))
        self.export_button = QPushButton(self.tr("Export PDF…"), objectName="export_pdf")
        self.export_button.clicked.connect(
            lambda: note_actions.export_pdf(self, self._ws, self.view.id))
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restore")
        self.restore_button.setToolTip(self.tr("Take the note out of the trash"))
        self.restore_button.clicked.connect(
            lambda: note_actions.restore_note(self, self._ws, self._nav, self.view.id))
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.clicked.connect(self.close)
        self.complete_button = QPushButton(self.tr("Complete…"), objectName="complete")
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(self.tr("Finish the note: its text can no longer be "
                                                "changed afterwards"))
        self.complete_button.clicked.connect(self.complete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.saved_state)
        buttons.addStretch(1)
        for button in (self.addendum_button, self.share_button, self.export_button,
                       self.restore_button, self.close_button, self.complete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.top)
        layout.addWidget(self.fields)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setStyleSheet("color: #e4e7eb;")
        layout.addWidget(separator)
        layout.addLayout(buttons)

        self.title.textEdited.connect(self._edited)
        self.title.textChanged.connect(self._retitle)
        self.date.dateChanged.connect(self._edited)
        self.appointment.currentIndexChanged.connect(self._edited)
        self.editor.textChanged.connect(self._edited)

    # --- showing -----------------------------------------------------------------------------

    def _fill_appointments(self, selected: int | None) -> None:
        """The client's appointments, latest first (cancelled ones only when linked)."""
        overview = appointments.client_overview(self._ws, self.client_id)
        rows: list[AppointmentView] = sorted(overview.upcoming + overview.past,
                                             key=lambda a: a.starts_at, reverse=True)
        self.appointment.clear()
        self.appointment.addItem(self.tr("No appointment"), None)
        for appt in rows:
            if appt.status == AppointmentStatus.CANCELLED and appt.id != selected:
                continue
            self.appointment.addItem(self._appointment_text(appt), appt.id)
        index = self.appointment.findData(selected) if selected is not None else 0
        self.appointment.setCurrentIndex(max(index, 0))

    def _appointment_text(self, appt: AppointmentView) -> str:
        """"25 November 2026, 10:00 · Follow-up session"."""
        text = self.tr("%1, %2").replace(
            "%1", day_text(appt.starts_at.astimezone(self._zone).date())).replace(
            "%2", time_text(appt.starts_at, self._zone))
        return f"{text} · {appt.service_name}" if appt.service_name else text

    def _start_new(self, appointment_id: int | None, template_id: int | None) -> None:
        """A new draft: dated today (or the appointment's day), titled after the template or
        the appointment's service and day. Nothing is stored until something is written —
        except from a template, which was a choice already made."""
        self._loading = True
        day = dt.datetime.now(self._zone).date()
        title = ""
        if appointment_id is not None:
            appt = appointments.get_appointment(self._ws, appointment_id)
            day = appt.starts_at.astimezone(self._zone).date()
            title = (self.tr("%1 – %2").replace("%1", appt.service_name)
                     .replace("%2", day_text(day)) if appt.service_name else day_text(day))
        if template_id is not None:
            template = templates.get_note_template(self._ws, template_id)
            title = template.name
            self.editor.set_html(template.body_html)
        self.title.setText(title)
        self.date.setDate(qdate(day))
        self._fill_appointments(appointment_id)
        self._set_mode(editable=True)
        self._show_status(None)
        self._loading = False
        self._dirty = template_id is not None
        if self._dirty:
            self._timer.start()

    def _show(self, view: NoteView) -> None:
        """Everything from `view`: the draft's fields, or the read-only completed note."""
        self.view = view
        self._loading = True
        self.title.setText(view.title)
        self.date.setDate(qdate(view.note_date))
        self._fill_appointments(view.appointment_id)
        self._set_mode(editable=view.editable)
        if view.editable:
            if self.editor.body_html() != view.body_html:
                self.editor.set_html(view.body_html)
        else:
            self.reading.show_note(view, self._zone)
        self._show_status(view)
        self._loading = False
        self._dirty = False

    def _set_mode(self, *, editable: bool) -> None:
        self.fields.setVisible(editable)
        self.pages.setCurrentIndex(0 if editable else 1)
        self.editor.setReadOnly(not editable)
        self.toolbar.set_read_only(not editable)
        view = self.view
        trashed = view is not None and view.deleted_at is not None
        completed = view is not None and view.is_completed and not trashed
        self.delete_button.setVisible(editable and view is not None)
        self.complete_button.setVisible(editable)
        self.addendum_button.setVisible(completed)
        self.share_button.setVisible(completed)
        self.export_button.setVisible(view is not None and not editable)
        self.restore_button.setVisible(trashed)
        self.more_button.setEnabled(view is not None)
        self.saved_state.setVisible(editable)

    def _show_status(self, view: NoteView | None) -> None:
        linked = self.appointment.currentText() if self.appointment.currentData() else ""
        self.top.show_status(view, self._zone, linked)
        self._retitle()

    def _retitle(self, *_args) -> None:
        title = self.title.text().strip() or (self.tr("New note") if self.view is None
                                              else self.tr("Untitled note"))
        self.heading.setText(title)
        self.setWindowTitle(f"{title} — {self.client_name.text()}")

    # --- saving ------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading or not self.editable or self._closing:
            return
        self._dirty = True
        self._timer.start()

    def has_unsaved_changes(self) -> bool:
        """Asked when the app closes: a pending autosave is written now, so only a draft that
        cannot be saved counts as unsaved."""
        return not self.save_now()

    def unsaved_description(self) -> str:
        return self.tr("The note “%1” could not be saved.").replace("%1", self.heading.text())

    def _input(self) -> NoteInput:
        d = self.date.date()
        return NoteInput(title=self.title.text(), note_date=dt.date(d.year(), d.month(), d.day()),
                         body_html=self.editor.body_html(),
                         appointment_id=self.appointment.currentData(),
                         template_id=self._template_id)

    def save_now(self) -> bool:
        """Write the draft if anything changed. False (and the reason shown) when it could
        not be saved."""
        self._timer.stop()
        if not self._dirty or not self.editable:
            return True
        data = self._input()
        try:
            if self.view is None:
                view = notes.create_note(self._ws, self.client_id, data)
            else:
                view = notes.save_draft(self._ws, self.view.id, data)
        except NotFoundError:
            self._gone()
            return True
        except ConsultaError as exc:
            self._show_error(self.tr("Not saved: %1").replace("%1", core_message(exc)))
            return False
        was_new = self.view is None
        self.view = view
        self._dirty = False
        self._show_error("")
        self.saved_state.setText(self.tr("Saved %1").replace(
            "%1", QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))
        if was_new:
            self._set_mode(editable=True)
            self._show_status(view)
        self._announce(view.appointment_id)
        return True

    def _announce(self, appointment_id: int | None) -> None:
        """Tell the other views (the Documentation tab, an appointment's note count)."""
        self._announcing = True
        try:
            self.saved.emit(self.view.id)
            self._nav.changed(NOTES)
            if appointment_id != self._saved_appointment:
                self._saved_appointment = appointment_id
                self._nav.changed(APPOINTMENTS)
        finally:
            self._announcing = False

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _gone(self) -> None:
        """The note was deleted (from its menu, or elsewhere): close without saving."""
        self._closing = True
        self._timer.stop()
        super().done(QDialog.DialogCode.Rejected)
        self.close()

    def _data_changed(self, kind: str) -> None:
        if kind != NOTES or self.view is None or self._announcing or self._closing:
            return
        try:
            fresh = notes.get_note(self._ws, self.view.id)
        except NotFoundError:
            self._gone()
            return
        old = self.view
        if (fresh.status, fresh.is_shared, fresh.deleted_at, len(fresh.addenda)) != (
                old.status, old.is_shared, old.deleted_at, len(old.addenda)):
            if not fresh.editable:
                self._timer.stop()
                self._dirty = False
            self._show(fresh)

    # --- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if not self._closing and not self.save_now():
            ask(self, self.tr("Note not saved"),
                self.error.text() + "\n\n" + self.tr("Close anyway? The changes since the last "
                                                     "save are lost."),
                self.tr("Close without saving"), lambda: self._close_anyway(result))
            return
        self._closing = True
        self._timer.stop()
        super().done(result)

    def _close_anyway(self, result: int) -> None:
        self._closing = True
        self._timer.stop()
        super().done(result)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._closing and not self.save_now():
            event.ignore()
            self.done(QDialog.DialogCode.Rejected)  # asks whether to close anyway
            return
        self._closing = True
        self._timer.stop()
        super().closeEvent(event)

    # --- actions -----------------------------------------------------------------------------

    def show_menu(self) -> QMenu | None:
        if self.view is None or not self.save_now():
            return None
        self.menu = note_actions.note_menu(self, self._ws, self._nav, self.view,
                                           in_editor=True)
        self.menu.popup(self.more_button.mapToGlobal(QPoint(0, self.more_button.height())))
        return self.menu

    def delete_draft(self) -> None:
        if self.view is None or not self.save_now():
            return
        note_actions.delete_draft(self, self._ws, self._nav, self.view.id)

    def complete(self) -> None:
        if not self.save_now():
            return
        if not self.title.text().strip():
            self._show_error(self.tr("Give the note a title before completing it."))
            self.title.setFocus()
            return
        if self.editor.is_blank():
            self._show_error(self.tr("The note is empty. Write something before completing it."))
            self.editor.setFocus()
            return
        if self.view is None:  # a title and text, but not saved yet: save it first
            self._dirty = True
            if not self.save_now():
                return
        ask(self, self.tr("Complete note"),
            self.tr("Complete “%1”?\n\nThe text can no longer be changed afterwards. Later "
                    "corrections are added as dated addenda under it.")
            .replace("%1", self.title.text().strip()),
            self.tr("Complete note"), self._complete, destructive=False)

    def _complete(self) -> None:
        try:
            view = notes.complete(self._ws, self.view.id)
        except ConsultaError as exc:
            self._show_error(core_message(exc))
            return
        self._show(view)
        self._announce(view.appointment_id)

    def add_addendum(self) -> AddendumDialog | None:
        if self.view is None or not self.view.is_completed:
            return None
        dialog = AddendumDialog(self._ws, self._nav, self.view.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._addendum_added)
        dialog.destroyed.connect(lambda: setattr(self, "addendum_dialog", None))
        self.addendum_dialog = dialog
        dialog.open()
        return dialog

    def _addendum_added(self, _addendum_id: int) -> None:
        # The navigator's NOTES change shows it already; scroll to it.
        self._show(notes.get_note(self._ws, self.view.id))
        self.reading.scroll_to_end()
        self.saved.emit(self.view.id)
