"""Book, edit or reschedule an appointment: client, service, date and time, duration, place,
repetition and a private note; overlaps are named as they appear and can be booked anyway."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import appointments, service_catalog
from app.services.appointments import FOLLOWING, THIS, AppointmentInput
from app.services.recurrence import Frequency, Recurrence
from app.store.models import AppointmentStatus, LocationKind
from app.workspace import Workspace
from ui.appointments.client_picker import ClientPicker
from ui.appointments.time_text import date_text, qdate, qtime, time_range_text
from ui.i18n import core_message, core_text
from ui.navigation import Navigator
from ui.person_form import FieldWithMessage

APPOINTMENTS = "appointments"
MAX_CONFLICTS_NAMED = 2


class BookingDialog(QDialog):
    saved = Signal(list)

    def __init__(self, workspace: Workspace, navigator: Navigator, *, client_id: int | None = None,
                 appointment_id: int | None = None, suggestion: AppointmentInput | None = None,
                 start: dt.datetime | None = None, duration_minutes: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookingDialog")
        self.setMinimumWidth(540)
        self._ws = workspace
        self._nav = navigator
        self._zone = appointments.zone_of(workspace)
        self.existing = appointments.get_appointment(workspace, appointment_id) if appointment_id else None
        if self.existing:
            client_id = self.existing.client_id
            suggestion = self.existing.as_input()
        editing = self.existing is not None
        self.setWindowTitle(self.tr("Edit appointment") if editing else self.tr("Book appointment"))
        self._conflicts: list[appointments.Conflict] = []
        self._duration_touched = duration_minutes is not None or editing

        title = QLabel(self.windowTitle(), objectName="dialogTitle")
        self.client = ClientPicker(workspace)
        self.client_name = QLabel(objectName="client_name")
        if client_id is not None:
            self.client.hide()
            self.client.client_id = client_id
            from app.services import clients  # the record's name, for the heading
            self.client_name.setText(clients.get_client(workspace, client_id).display_name)
        else:
            self.client_name.hide()

        self.service = QComboBox(objectName="service")
        self.service.addItem(self.tr("No service"), None)
        self._durations: dict[int, int] = {}
        for svc in service_catalog.list_services(workspace, include_inactive=False, with_usage=False):
            self.service.addItem(svc.name, svc.id)
            self._durations[svc.id] = svc.duration_minutes
        if editing and suggestion.service_id and self.service.findData(suggestion.service_id) < 0:
            self.service.addItem(self.existing.service_name, suggestion.service_id)  # inactive now

        self.date = QDateEdit(objectName="date", calendarPopup=True)
        self.date.setDisplayFormat(self.date.displayFormat().replace("yy", "yyyy").replace("yyyyyyyy", "yyyy"))
        self.time = QTimeEdit(objectName="time")
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.duration = QSpinBox(objectName="duration")
        self.duration.setRange(appointments.MIN_MINUTES, appointments.MAX_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.time, 1)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.duration, 1)

        self.location_kind = QComboBox(objectName="location_kind")
        self.location_kind.addItem(self.tr("In person"), LocationKind.IN_PERSON.value)
        self.location_kind.addItem(self.tr("Phone"), LocationKind.PHONE.value)
        self.location_kind.addItem(self.tr("Video"), LocationKind.VIDEO.value)
        self.location = QLineEdit(objectName="location")
        self.video_url = QLineEdit(objectName="video_url")
        self.video_url.setPlaceholderText("https://")
        self.video_field = FieldWithMessage(self.video_url)
        where = QHBoxLayout()
        where.addWidget(self.location_kind)
        where.addWidget(self.location, 1)
        where.addWidget(self.video_field, 1)

        self.repeat = QComboBox(objectName="repeat")
        self.repeat.addItem(self.tr("Does not repeat"), None)
        self.repeat.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.repeat.addItem(self.tr("Every two weeks"), Frequency.BIWEEKLY.value)
        self.repeat.addItem(self.tr("Every month"), Frequency.MONTHLY.value)
        self.ends_after = QRadioButton(self.tr("After"), objectName="ends_after")
        self.count = QSpinBox(objectName="count")
        self.count.setRange(2, 200)
        self.count.setValue(6)
        self.count.setSuffix(self.tr(" appointments"))
        self.ends_on = QRadioButton(self.tr("Until"), objectName="ends_on")
        self.until = QDateEdit(objectName="until", calendarPopup=True)
        self.until.setDisplayFormat(self.date.displayFormat())
        group = QButtonGroup(self)
        group.addButton(self.ends_after)
        group.addButton(self.ends_on)
        self.ends_after.setChecked(True)
        self.repeat_end = QWidget()
        end_row = QHBoxLayout(self.repeat_end)
        end_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.ends_after, self.count, self.ends_on, self.until):
            end_row.addWidget(w)
        end_row.addStretch(1)

        self.private_note = QPlainTextEdit(objectName="private_note")
        self.private_note.setPlaceholderText(self.tr("Only you see this note."))
        self.private_note.setFixedHeight(64)

        self.conflict = QLabel(objectName="conflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("#conflict { color: #7a4b00; background: #fff6e0; border: 1px "
                                    "solid #f0d9a8; border-radius: 6px; padding: 8px; }")
        self.conflict.hide()
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Client"), self.client_name if client_id is not None else self.client)
        form.addRow(self.tr("&Service"), self.service)
        when_label = QLabel(self.tr("&When"))
        when_label.setBuddy(self.date)
        form.addRow(when_label, when)
        where_label = QLabel(self.tr("W&here"))
        where_label.setBuddy(self.location_kind)
        form.addRow(where_label, where)
        if not editing:
            form.addRow(self.tr("&Repeat"), self.repeat)
            form.addRow("", self.repeat_end)
        form.addRow(self.tr("Private &note"), self.private_note)
        if editing:
            self.status_line = QLabel(objectName="hint")
            status = core_text(appointments.STATUS_LABELS[AppointmentStatus(self.existing.status)])
            if self.existing.cancel_reason:
                status = f"{status} — {self.existing.cancel_reason}"
            self.status_line.setText(status)
            form.addRow(self.tr("Status"), self.status_line)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save") if editing else self.tr("Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if editing:
            self.more = QPushButton(self.tr("More actions"), objectName="more_actions")
            from ui.appointments.appointment_actions import appointment_menu
            self.more.clicked.connect(lambda: self._more_menu(appointment_menu))
            self.buttons.addButton(self.more, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.conflict)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill(suggestion, start, duration_minutes)
        self._check_timer = QTimer(self, singleShot=True, interval=120)
        self._check_timer.timeout.connect(self.check_conflicts)
        for signal in (self.date.dateChanged, self.time.timeChanged, self.duration.valueChanged,
                       self.repeat.currentIndexChanged, self.count.valueChanged,
                       self.until.dateChanged, self.ends_after.toggled):
            signal.connect(lambda *_: self._check_timer.start())
        self.duration.valueChanged.connect(self._duration_edited)
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.location_kind.currentIndexChanged.connect(self._location_kind_chosen)
        self.repeat.currentIndexChanged.connect(self._repeat_chosen)
        self.ends_after.toggled.connect(self._repeat_chosen)
        self.client.chosen.connect(lambda _id: self._update_save())
        self._location_kind_chosen()
        self._repeat_chosen()
        self._update_save()
        self.check_conflicts()
        if client_id is None:
            self.client.setFocus()

    # --- filling and reading -----------------------------------------------------------------

    def _fill(self, data: AppointmentInput | None, start: dt.datetime | None,
              duration: int | None) -> None:
        if data is not None:
            start = data.starts_at
            duration = data.duration_minutes
            self.service.setCurrentIndex(max(0, self.service.findData(data.service_id)))
            self.location_kind.setCurrentIndex(max(0, self.location_kind.findData(data.location_kind)))
            self.location.setText(data.location)
            self.video_url.setText(data.video_url)
            self.private_note.setPlainText(data.private_note)
        elif self.service.count() > 1:
            self.service.setCurrentIndex(1)  # the first active service: the usual case
        if start is None:  # the next full hour
            now = dt.datetime.now(self._zone).replace(minute=0, second=0, microsecond=0)
            start = now + dt.timedelta(hours=1)
        local = start.astimezone(self._zone)
        self.date.setDate(qdate(local.date()))
        self.time.setTime(qtime(local.time()))
        self.until.setDate(qdate(local.date() + dt.timedelta(weeks=12)))
        if duration is None:
            duration = self._durations.get(self.service.currentData(), 50)
        self.duration.blockSignals(True)
        self.duration.setValue(duration)
        self.duration.blockSignals(False)

    def _duration_edited(self) -> None:
        self._duration_touched = True

    def _service_chosen(self) -> None:
        # The service's length, unless the user already chose one for this booking.
        minutes = self._durations.get(self.service.currentData())
        if minutes and not self._duration_touched:
            self.duration.blockSignals(True)
            self.duration.setValue(minutes)
            self.duration.blockSignals(False)
            self._check_timer.start()

    def _location_kind_chosen(self) -> None:
        kind = self.location_kind.currentData()
        self.location.setVisible(kind != LocationKind.VIDEO)
        self.video_field.setVisible(kind == LocationKind.VIDEO)
        self.location.setPlaceholderText(self.tr("Phone number to call") if kind == LocationKind.PHONE
                                         else self.tr("Address or room"))

    def _repeat_chosen(self) -> None:
        repeating = self.repeat.currentData() is not None
        self.repeat_end.setEnabled(repeating)
        self.count.setEnabled(repeating and self.ends_after.isChecked())
        self.until.setEnabled(repeating and self.ends_on.isChecked())

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.client.client_id is not None)

    def start(self) -> dt.datetime:
        d, t = self.date.date(), self.time.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone)

    def recurrence(self) -> Recurrence | None:
        frequency = self.repeat.currentData()
        if self.existing is not None or frequency is None:
            return None
        if self.ends_after.isChecked():
            return Recurrence(frequency, count=self.count.value())
        u = self.until.date()
        return Recurrence(frequency, until=dt.date(u.year(), u.month(), u.day()))

    def data(self) -> AppointmentInput:
        return AppointmentInput(
            client_id=self.client.client_id or 0, starts_at=self.start(),
            duration_minutes=self.duration.value(), service_id=self.service.currentData(),
            location_kind=self.location_kind.currentData(), location=self.location.text(),
            video_url=self.video_url.text(), private_note=self.private_note.toPlainText())

    # --- conflicts -------------------------------------------------------------------------------

    def check_conflicts(self) -> None:
        exclude = (self.existing.id,) if self.existing else ()
        try:
            self._conflicts = appointments.find_conflicts(
                self._ws, self.start(), self.duration.value(), self.recurrence(), exclude)
        except ConsultaError:
            self._conflicts = []  # an incomplete repetition: said when saving
        if not self._conflicts:
            self.conflict.hide()
            self.save_button.setText(self.tr("Save") if self.existing else self.tr("Book"))
            return
        named = [self.tr("%1 on %2, %3").replace("%1", c.other.client_name).replace(
            "%2", date_text(c.other.starts_at, self._zone)).replace(
            "%3", time_range_text(c.other.starts_at, c.other.ends_at, self._zone))
            for c in self._conflicts[:MAX_CONFLICTS_NAMED]]
        text = self.tr("This overlaps another appointment: %1.").replace("%1", "; ".join(named))
        more = len(self._conflicts) - MAX_CONFLICTS_NAMED
        if more > 0:
            text += " " + self.tr("And %n more.", "", more)
        self.conflict.setText(text + " " + self.tr("You can still book it if that is intended."))
        if not self.conflict.isVisible():
            self.conflict.show()
            self.adjustSize()  # room for the warning; nothing above it gets squeezed
        self.save_button.setText(self.tr("Save anyway") if self.existing else self.tr("Book anyway"))

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        self.error.hide()
        self.video_field.set_error("")
        if self.existing and self.existing.series_id is not None:
            self._ask_scope()
            return
        self._save(THIS)

    def _ask_scope(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Repeating appointment"),
                          self.tr("This appointment is part of a series. Change only this one, "
                                  "or this one and all the following ones?"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("scope_question")
        only = box.addButton(self.tr("Only this one"), QMessageBox.ButtonRole.AcceptRole)
        only.setObjectName("scope_this")
        following = box.addButton(self.tr("This and following"), QMessageBox.ButtonRole.AcceptRole)
        following.setObjectName("scope_following")

        def answered() -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is only:
                self._save(THIS)
            elif clicked is following:
                self._save(FOLLOWING)

        box.finished.connect(lambda _r: answered())
        box.open()

    def _save(self, scope: str) -> None:
        try:
            if self.existing:
                ids = appointments.update_appointment(self._ws, self.existing.id, self.data(), scope)
            else:
                ids = appointments.book(self._ws, self.data(), self.recurrence())
        except ConsultaError as exc:
            if exc.field == "video_url":
                self.video_field.set_error(core_message(exc))
            else:
                self.error.setText(core_message(exc))
                self.error.show()
            return
        self.saved.emit(ids)
        self._nav.changed(APPOINTMENTS)
        self.accept()

    def _more_menu(self, build) -> None:
        # Parented to the dialog's own parent: what an action opens outlives this dialog.
        menu = build(self.parentWidget() or self, self._ws, self._nav, self.existing)
        menu.triggered.connect(lambda _a: self.reject())
        menu.popup(self.more.mapToGlobal(self.more.rect().bottomLeft()))
