"""Settings → Email: the practitioner's email account (IMAP and SMTP servers, an optional CA
file, how far back to sync, extra folders), "Test connection" (run in the background, naming the
stage that failed), Save (passwords to the system keyring when there is one, otherwise inside
the encrypted workspace — never into plain settings), and the appointment reminders' lead time.

Unlike General, the account is saved with Save: half-typed server settings must not start a
sync. The lead time saves itself like the General settings do. GUI thread; the network is only
touched from background tasks (ui/workers.py).
"""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.mail import account, reminders
from app.mail.account import AccountInput, AccountSettings
from app.mail.folders import find_sent
from app.workspace import Workspace
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.navigation import MAIL, Navigator
from ui.settings.email_fields import ConnectionResult, FolderList, ServerFields, settings_summary
from ui.workers import run_in_background

CA_FOLDER_KEY = "mail/ca_folder"  # a folder path only, never anything secret
MAX_SYNC_DAYS = 3650


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setContentsMargins(0, 10, 0, 0)  # air above each part of the form
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    # The form sizes a wrapped label for a narrow width (taller than needed): keep the text
    # right under its field rather than floating in the middle.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class EmailSettingsPage(QGroupBox):
    account_saved = Signal()  # the main window restarts the mail worker

    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmailSettingsPage")
        self.setTitle(self.tr("Email"))
        self._ws = workspace
        self._nav = navigator
        self.timeout = 15.0  # seconds per server for Test connection
        self._saved: AccountSettings | None = account.get_account(workspace)
        self._dirty = False
        self._task = None
        self._folders_task = None
        self.file_dialog: QFileDialog | None = None

        intro = _hint(self.tr(
            "Connect the email account you use with clients. Consulta brings its mail in "
            "the background, files each message to the client it belongs to (Inbox tab), and "
            "sends from this account."))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.imap = ServerFields("imap", self)
        self.smtp = ServerFields("smtp", self)
        smtp_note = _hint(self.tr("Left empty, the server name, user name and password of "
                                  "incoming mail are used."))
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("ca_file")
        self.ca_file.setPlaceholderText(self.tr("None: the system's trusted authorities"))
        self.choose_ca = QPushButton(self.tr("C&hoose…"))
        self.choose_ca.setObjectName("choose_ca")
        self.choose_ca.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        ca_note = _hint(self.tr("Only for a self-hosted server with its own certificate "
                                "authority. Certificates are always checked."))
        self.sync_days = QSpinBox()
        self.sync_days.setObjectName("sync_days")
        self.sync_days.setRange(0, MAX_SYNC_DAYS)
        self.sync_days.setSpecialValueText(self.tr("Everything"))
        self.sync_days.setSuffix(self.tr(" days"))
        self.sync_days.setMinimumWidth(150)
        self.sync_days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.folders = FolderList()
        self.load_folders = QPushButton(self.tr("&Load folders from the server"))
        self.load_folders.setObjectName("load_folders")
        self.load_folders.clicked.connect(self.fetch_folders)
        folders_note = _hint(self.tr("The inbox and the sent folder are always synced. Load "
                                     "the server's other folders to tick some to sync too."))
        self.password_note = _hint("")
        self.password_note.setObjectName("hint")

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save email settings"))
        self.save_button.setObjectName("save_email")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.result = ConnectionResult()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.feedback = _hint("")
        self.feedback.setObjectName("emailFeedback")

        self.lead_hours = QSpinBox()
        self.lead_hours.setObjectName("lead_hours")
        self.lead_hours.setRange(1, 24 * 14)
        self.lead_hours.setSuffix(self.tr(" hours before"))
        self.lead_hours.setValue(reminders.lead_hours(workspace))
        self.lead_hours.setMinimumWidth(150)
        self.lead_hours.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        reminders_note = _hint(self.tr(
            "Reminders are switched on for each client, in their Inbox tab, with the language "
            "to write in. They give the date and time only, never health details, and go out "
            "from this account like any message in the Outbox."))

        # One form for the whole page: every label in one column, sections spanning both.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(intro)
        self._row(form, self.tr("&Email address"), self.email)
        self._row(form, self.tr("&Name shown to recipients"), self.display_name)
        form.addRow(_section(self.tr("Incoming mail (IMAP)")))
        self.imap.add_rows(form)
        form.addRow(_section(self.tr("Outgoing mail (SMTP)")))
        self.smtp.add_rows(form)
        form.addRow("", smtp_note)
        form.addRow(_section(self.tr("Security")))
        self._row(form, self.tr("Certificate &authority"), ca_row, self.ca_file)
        form.addRow("", ca_note)
        form.addRow(_section(self.tr("What to sync")))
        self._row(form, self.tr("Fetch mail from the &last"), self.sync_days)
        form.addRow("", _hint(self.tr("Older mail of a client is still fetched when you add "
                                      "the client or their address.")))
        folder_box = QVBoxLayout()
        folder_box.setSpacing(6)
        folder_box.addWidget(self.folders)
        folder_box.addWidget(self.load_folders, 0, Qt.AlignmentFlag.AlignLeft)
        folder_box.addWidget(folders_note)
        self._row(form, self.tr("Other folders"), folder_box, self.load_folders)
        form.addRow("", self.password_note)
        form.addRow(buttons)
        form.addRow(self.result)
        form.addRow(self.error)
        form.addRow(self.feedback)
        form.addRow(_section(self.tr("Appointment reminders")))
        self._row(form, self.tr("Send &reminders"), self.lead_hours)
        form.addRow("", reminders_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 20, 16, 16)
        layout.addLayout(form)
        self.setMaximumWidth(720)

        self._load(self._saved)
        for widget in (self.imap, self.smtp, self.folders):
            widget.edited.connect(self._edited)
        for edit in (self.email, self.display_name, self.ca_file):
            edit.textEdited.connect(self._edited)
        self.sync_days.valueChanged.connect(self._edited)
        self.imap.host.textChanged.connect(self._mirror_imap)
        self.imap.user.textChanged.connect(self._mirror_imap)
        # Typing 4-8 passes through 4: save the lead time once the typing stops.
        self._lead_debounce = QTimer(self, singleShot=True, interval=600)
        self._lead_debounce.timeout.connect(self._save_lead_hours)
        self.lead_hours.valueChanged.connect(self._lead_debounce.start)
        self.lead_hours.editingFinished.connect(self._save_lead_hours)

    # --- layout helpers ----------------------------------------------------------------------------

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    # --- the form ----------------------------------------------------------------------------------

    def _load(self, settings: AccountSettings | None) -> None:
        values = settings_summary(settings)
        self.email.setText(values["email"])
        self.display_name.setText(values["display_name"])
        self.imap.load(*values["imap"])
        self.smtp.load(*values["smtp"])
        self.ca_file.setText(values["ca_file"])
        self.sync_days.blockSignals(True)
        self.sync_days.setValue(values["sync_days"])
        self.sync_days.blockSignals(False)
        self.folders.show_folders(list(values["extra_folders"]), set(values["extra_folders"]))
        stored = self.tr("Saved — type a new one to change it")
        self.imap.password.setPlaceholderText(stored if settings else "")
        self.smtp.password.setPlaceholderText(stored if settings else self.tr("Same as incoming"))
        self._mirror_imap()
        self._say_where_passwords_go()
        self._dirty = False

    def _mirror_imap(self) -> None:
        """The SMTP fields show what they default to."""
        self.smtp.host.setPlaceholderText(self.imap.host.text().strip())
        self.smtp.user.setPlaceholderText(self.imap.user.text().strip())

    def _say_where_passwords_go(self) -> None:
        if account.keyring_available():
            text = self.tr("Passwords are kept in this computer's keyring, not in the "
                           "workspace file.")
        else:
            text = self.tr("This computer has no keyring service, so passwords are kept "
                           "inside the encrypted workspace file.")
        self.password_note.setText(text)

    def _edited(self) -> None:
        self._dirty = True

    def _changes(self) -> dict:
        """The form as AccountSettings fields; SMTP blanks take the IMAP values."""
        imap_host, imap_user = self.imap.host.text().strip(), self.imap.user.text().strip()
        return {
            "email": self.email.text().strip(),
            "display_name": self.display_name.text().strip(),
            "imap_host": imap_host, "imap_port": self.imap.port.value(),
            "imap_security": self.imap.security.currentData(), "imap_user": imap_user,
            "smtp_host": self.smtp.host.text().strip() or imap_host,
            "smtp_port": self.smtp.port.value(),
            "smtp_security": self.smtp.security.currentData(),
            "smtp_user": self.smtp.user.text().strip() or imap_user,
            "ca_file": self.ca_file.text().strip(),
            "sync_days": self.sync_days.value(),
            "extra_folders": self.folders.ticked(),
        }

    def _field_widget(self, name: str) -> QWidget | None:
        if name.startswith(("imap_", "smtp_")):
            kind, _, part = name.partition("_")
            return (self.imap if kind == "imap" else self.smtp).field(part)
        return {"email": self.email, "display_name": self.display_name,
                "ca_file": self.ca_file, "sync_days": self.sync_days,
                "lead_hours": self.lead_hours}.get(name)

    def _show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        self.feedback.clear()
        widget = self._field_widget(field) if field else None
        if widget is not None:
            widget.setFocus()

    def _clear_error(self) -> None:
        self.error.hide()

    def _missing(self) -> tuple[str, str] | None:
        """A required field left empty: (field, message)."""
        for name, edit in (("imap_host", self.imap.host), ("imap_user", self.imap.user)):
            if not edit.text().strip():
                return name, self.tr("Enter the incoming mail server and your user name.")
        return None

    # --- Test connection (background) -------------------------------------------------------------

    def test_connection(self) -> None:
        missing = self._missing()
        if missing:
            self._show_error(missing[1], missing[0])
            return
        self._clear_error()
        settings = account.unsaved(self._saved, **self._changes())
        typed_imap = self.imap.password.text() or None
        typed_smtp = self.smtp.password.text() or None
        ws, account_id, timeout = self._ws, self._saved.id if self._saved else None, self.timeout

        def work():
            imap_pw = typed_imap or (account.imap_password(ws, account_id) if account_id
                                     else None)
            smtp_pw = typed_smtp or (typed_imap if typed_imap else None) or (
                account.smtp_password(ws, account_id) if account_id else None) or imap_pw
            return account.test_connection(settings, imap_pw, smtp_pw, timeout=timeout)

        self.test_button.setEnabled(False)
        self.result.show_running()
        self._task = run_in_background(work, self._tested, self._test_failed, self)

    def _tested(self, report) -> None:
        self.test_button.setEnabled(True)
        self.result.show_report(report)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        text = core_message(exc) if isinstance(exc, ConsultaError) else str(exc)
        self.result.show_problem(text)

    # --- folders (background) ---------------------------------------------------------------------

    def fetch_folders(self) -> None:
        missing = self._missing()
        if missing:
            self._show_error(missing[1], missing[0])
            return
        settings = account.unsaved(self._saved, **self._changes())
        typed = self.imap.password.text() or None
        ws, account_id, timeout = self._ws, self._saved.id if self._saved else None, self.timeout

        def work():
            password = typed or (account.imap_password(ws, account_id) if account_id else None)
            return account.server_folders(settings, password, timeout=timeout)

        self.load_folders.setEnabled(False)
        self._folders_task = run_in_background(work, self._folders_loaded,
                                               self._folders_failed, self)

    def _folders_loaded(self, folders) -> None:
        self.load_folders.setEnabled(True)
        self._clear_error()
        sent = find_sent(folders, self._saved.sent_folder if self._saved else "")
        names = [f.name for f in folders if f.name.upper() != "INBOX" and f.name != sent]
        self.folders.show_folders(names, set(self.folders.ticked()))

    def _folders_failed(self, exc: BaseException) -> None:
        self.load_folders.setEnabled(True)
        self._show_error(core_message(exc) if isinstance(exc, ConsultaError) else str(exc))

    # --- CA file ------------------------------------------------------------------------------------

    def choose_ca_file(self) -> None:
        home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        dialog = QFileDialog(self, self.tr("Choose the certificate authority file"),
                             last_folder(CA_FOLDER_KEY, home),
                             self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        dialog.setObjectName("ca_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._use_ca_file)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _use_ca_file(self, path: str) -> None:
        self.ca_file.setText(path)
        self._dirty = True
        remember_folder(CA_FOLDER_KEY, str(path).rsplit("/", 1)[0])

    # --- saving -------------------------------------------------------------------------------------

    def save(self) -> bool:
        missing = self._missing()
        if missing:
            self._show_error(missing[1], missing[0])
            return False
        imap_pw = self.imap.password.text() or None
        smtp_pw = self.smtp.password.text() or None
        if self._saved is None and not imap_pw:
            self._show_error(self.tr("Enter the password of your email account."),
                             "imap_password")
            return False
        try:
            changes = self._changes()
            settings = account.save_account(
                self._ws, AccountInput(**changes),
                account_id=self._saved.id if self._saved else None,
                imap_password=imap_pw, smtp_password=smtp_pw)
        except ConsultaError as exc:
            self._show_error(core_message(exc), getattr(exc, "field", None))
            return False
        self._clear_error()
        self._saved = settings
        self._load(settings)
        if settings.password_in_keyring:
            self.feedback.setText(self.tr("Email settings saved. The passwords are in this "
                                          "computer's keyring."))
        else:
            self.feedback.setText(self.tr("Email settings saved. The passwords are inside the "
                                          "encrypted workspace file (this computer has no "
                                          "keyring)."))
        self.account_saved.emit()
        self._nav.changed(MAIL)
        return True

    def _save_lead_hours(self) -> None:
        self._lead_debounce.stop()
        hours = self.lead_hours.value()
        if hours == reminders.lead_hours(self._ws):
            return
        try:
            reminders.set_lead_hours(self._ws, hours)
        except ConsultaError as exc:
            self._show_error(core_message(exc), "lead_hours")
            return
        self.feedback.setText(self.tr("Reminders now go out %n hour(s) before an appointment.",
                                      "", hours))

    def revert(self) -> None:
        """Back to the saved settings (typed passwords forgotten)."""
        self._clear_error()
        self.result.hide()
        self._load(self._saved)

    # --- the UnsavedChanges protocol ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def unsaved_description(self) -> str:
        return self.tr("Settings: the email account") if self._dirty else ""

