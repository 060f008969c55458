"""`+ New contact`: someone around a client (a parent, a referring doctor), not a client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import contacts
from app.services.people import PersonInput
from app.workspace import Workspace
from ui.i18n import core_message
from ui.navigation import CONTACTS, Navigator
from ui.person_form import FieldWithMessage, check_email, check_phone


class ContactForm(QWidget):
    """Name, email, phone, organization and role, with inline messages (new and edit)."""

    KEYS = ("first_name", "last_name", "email", "phone", "organization", "role")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = {key: QLineEdit(objectName=key) for key in self.KEYS}
        self.edits["email"].setPlaceholderText(self.tr("name@example.com"))
        self.edits["organization"].setPlaceholderText(self.tr("e.g. Health centre, school"))
        self.edits["role"].setPlaceholderText(self.tr("e.g. Family doctor"))
        self.fields = {key: FieldWithMessage(edit) for key, edit in self.edits.items()}
        labels = {"first_name": self.tr("&First name"), "last_name": self.tr("&Last name"),
                  "email": self.tr("&Email"), "phone": self.tr("P&hone"),
                  "organization": self.tr("&Organization"), "role": self.tr("&Role")}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in self.KEYS:
            label = QLabel(labels[key])
            label.setContentsMargins(0, 6, 0, 0)  # level with the text in the field
            label.setBuddy(self.edits[key])
            form.addRow(label, self.fields[key])
        self.edits["email"].editingFinished.connect(self.check_email)
        self.edits["phone"].editingFinished.connect(self.check_phone)

    def has_name(self) -> bool:
        return bool(self.edits["first_name"].text().strip() or self.edits["last_name"].text().strip())

    def check_email(self) -> bool:
        message = check_email(self.edits["email"].text())
        self.fields["email"].set_error(message)
        return not message

    def check_phone(self) -> bool:
        message = check_phone(self.edits["phone"].text())
        self.fields["phone"].set_error(message)
        return not message

    def check_all(self) -> bool:
        ok = [self.check_email(), self.check_phone()]
        if not self.has_name():
            self.fields["first_name"].set_error(self.tr("Give a first name or a last name."))
            ok.append(False)
        else:
            self.fields["first_name"].set_error("")
        return all(ok)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        for field in self.fields.values():
            field.set_error("")

    def to_input(self) -> PersonInput:
        v = self.values()
        return PersonInput(first_name=v["first_name"], last_name=v["last_name"],
                           organization=v["organization"], role=v["role"],
                           emails=[v["email"]] if v["email"] else [],
                           phones=[v["phone"]] if v["phone"] else [])

    def show_error(self, exc: ConsultaError) -> bool:
        """Put the core's message under its field; False when no field fits."""
        key = (exc.field or "").split(".")[0]
        key = {"emails": "email", "phones": "phone"}.get(key, key)
        if key in self.fields:
            self.fields[key].set_error(core_message(exc))
            self.edits[key].setFocus()
            return True
        return False


class NewContactDialog(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewContactDialog")
        self.setWindowTitle(self.tr("New contact"))
        self.setMinimumWidth(460)
        self._ws = workspace
        self._nav = navigator
        self.created_id: int | None = None
        title = QLabel(self.tr("New contact"))
        title.setObjectName("dialogTitle")
        intro = QLabel(self.tr("Contacts are people around your clients, such as relatives or "
                               "other practitioners. They have no status or tags."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.form = ContactForm()
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create")
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for key in ("first_name", "last_name"):
            self.form.edits[key].textChanged.connect(self._update_create)
        self._update_create()

    def _update_create(self) -> None:
        self.create_button.setEnabled(self.form.has_name())

    def create(self) -> None:
        if not self.form.check_all():
            return
        try:
            self.created_id = contacts.create_contact(self._ws, self.form.to_input())
        except ConsultaError as exc:
            if not self.form.show_error(exc):
                self.error.setText(core_message(exc))
                self.error.show()
            return
        self.accept()
        self._nav.changed(CONTACTS)
        self._nav.open_contact(self.created_id)
