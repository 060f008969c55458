"""Settings → General: interface language (this computer), auto-lock, the practice name and
the practice time zone (in the workspace). Each change applies as soon as it is made."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import timezones
from app.errors import ConsultaError
from app.services import practice
from app.workspace import Workspace
from ui.i18n import LANGUAGES, SETTINGS_KEY, core_message
from ui.navigation import PRACTICE, Navigator

MAX_AUTO_LOCK_MINUTES = 240


class GeneralSettingsPage(QGroupBox):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GeneralSettingsPage")
        self.setTitle(self.tr("General"))
        self._ws = workspace
        self._nav = navigator
        current = practice.get_practice(workspace)

        self.language = QComboBox()
        self.language.setObjectName("language")
        system = LANGUAGES.get(QLocale.system().name()[:2], LANGUAGES["en"])
        self.language.addItem(self.tr("The system's language (%1)").replace("%1", system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = QSettings().value(SETTINGS_KEY, "", str)
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language_note = QLabel(self.tr("Applies the next time Consulta starts. "
                                            "Kept on this computer, not in the workspace."))
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)

        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("auto_lock")
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccelerated(True)
        self.auto_lock_note = QLabel(self.tr("After this many minutes without you using "
                                             "Consulta, it locks and asks for the passphrase. "
                                             "0 means never."))
        self.auto_lock_note.setObjectName("hint")
        self.auto_lock_note.setWordWrap(True)

        self.practice_name = QLineEdit(current.name)
        self.practice_name.setObjectName("practice_name")
        self.practice_name.setMaxLength(200)
        self.save_name = QPushButton(self.tr("&Save name"))
        self.save_name.setObjectName("save_name")
        self.save_name.setEnabled(False)
        name_row = QHBoxLayout()
        name_row.addWidget(self.practice_name, 1)
        name_row.addWidget(self.save_name)

        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.setMaxVisibleItems(15)
        self.time_zone.addItems(list(timezones.zone_names()))
        if self.time_zone.findText(current.time_zone) < 0:  # an old alias like "US/Eastern"
            self.time_zone.addItem(current.time_zone)
        self.time_zone.setCurrentText(current.time_zone)
        # Typing "lisb" finds Europe/Lisbon: match anywhere in the name, in a popup.
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.setCompleter(completer)
        self.time_zone_note = QLabel(self.tr("Appointment times are shown in this zone, and "
                                             "repeating appointments keep their time in it "
                                             "across summer-time changes."))
        self.time_zone_note.setObjectName("hint")
        self.time_zone_note.setWordWrap(True)

        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        lock_label = QLabel(self.tr("&Auto-lock after"))
        lock_label.setBuddy(self.auto_lock)
        form.addRow(lock_label, self.auto_lock)
        form.addRow("", self.auto_lock_note)
        name_label = QLabel(self.tr("&Practice name"))
        name_label.setBuddy(self.practice_name)
        form.addRow(name_label, name_row)
        zone_label = QLabel(self.tr("&Time zone"))
        zone_label.setBuddy(self.time_zone)
        form.addRow(zone_label, self.time_zone)
        form.addRow("", self.time_zone_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 20, 16, 16)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.feedback)
        self.setMaximumWidth(720)

        self._saved_name = current.name
        self._saved_zone = current.time_zone
        # Typing 1-2-0 in the spin box passes through 1 and 12: save once the typing stops.
        self._lock_debounce = QTimer(self, singleShot=True, interval=600)
        self._lock_debounce.timeout.connect(self._save_auto_lock)
        self.language.currentIndexChanged.connect(self._save_language)
        self.auto_lock.valueChanged.connect(self._lock_debounce.start)
        self.auto_lock.editingFinished.connect(self._save_auto_lock)
        self.practice_name.textChanged.connect(self._name_edited)
        self.practice_name.returnPressed.connect(self._save_name)
        self.save_name.clicked.connect(self._save_name)
        self.time_zone.activated.connect(lambda _i: self._save_time_zone())
        self.time_zone.lineEdit().editingFinished.connect(self._save_time_zone)

    # --- saving --------------------------------------------------------------------------------

    def _save_language(self) -> None:
        code = self.language.currentData()
        if code:
            QSettings().setValue(SETTINGS_KEY, code)  # the language only: never personal data
        else:
            QSettings().remove(SETTINGS_KEY)
        self._say(self.tr("Language saved: %1. It applies the next time Consulta starts.")
                  .replace("%1", self.language.currentText()))

    def _save_auto_lock(self) -> None:
        self._lock_debounce.stop()
        minutes = self.auto_lock.value()
        if minutes == practice.get_practice(self._ws).auto_lock_minutes:
            return
        if self._update(auto_lock_minutes=minutes):
            self._say(self.tr("Consulta now locks after %n minute(s) without use.", "", minutes)
                      if minutes else self.tr("Consulta no longer locks by itself."))

    def _name_edited(self, text: str) -> None:
        self.save_name.setEnabled(text.strip() != self._saved_name)

    def _save_name(self) -> None:
        if not self.save_name.isEnabled():
            return
        if self._update(name=self.practice_name.text().strip()):
            self._saved_name = self.practice_name.text().strip()
            self.practice_name.setText(self._saved_name)
            self.save_name.setEnabled(False)
            self._say(self.tr("Practice name saved."))

    def _save_time_zone(self) -> None:
        name = self.time_zone.currentText().strip()
        if name == self._saved_zone:
            self.error.hide()
            return
        if self._update(time_zone=name):
            self._saved_zone = name
            self._say(self.tr("Time zone saved: %1.").replace("%1", name))

    def _update(self, **changes) -> bool:
        try:
            practice.update_practice(self._ws, **changes)
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            self.feedback.clear()
            return False
        self.error.hide()
        self._nav.changed(PRACTICE)
        return True

    def _say(self, text: str) -> None:
        self.feedback.setText(text)

    # --- the UnsavedChanges protocol -----------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.practice_name.text().strip() != self._saved_name

    def unsaved_description(self) -> str:
        return self.tr("Settings: the practice name") if self.has_unsaved_changes() else ""
