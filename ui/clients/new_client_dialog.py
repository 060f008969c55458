"""`+ New client`: the few fields needed to start a record, checked as the user goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import clients, tags
from app.services.people import STATUS_LABELS, PersonInput
from app.store.models import ClientStatus
from app.workspace import Workspace
from ui.clients.client_actions import color_icon
from ui.i18n import core_message, core_text
from ui.navigation import CLIENTS, Navigator
from ui.person_form import DateField, FieldWithMessage, check_date, check_email, check_phone


class NewClientDialog(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(500)
        self._ws = workspace
        self._nav = navigator
        self.created_id: int | None = None

        title = QLabel(self.tr("New client"))
        title.setObjectName("dialogTitle")
        self.first_name = QLineEdit(objectName="first_name")
        self.last_name = QLineEdit(objectName="last_name")
        self.preferred_name = QLineEdit(objectName="preferred_name")
        self.preferred_name.setPlaceholderText(self.tr("What they like to be called"))
        self.email = QLineEdit(objectName="email")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText(self.tr("+34 612 345 678"))
        self.date_of_birth = DateField()
        self.status = QComboBox(objectName="status")
        for status in ClientStatus:
            if status != ClientStatus.ARCHIVED:
                self.status.addItem(core_text(STATUS_LABELS[status]), status.value)
        self.status.setCurrentIndex(self.status.findData(ClientStatus.ACTIVE.value))
        self.tags = QListWidget(objectName="tags")
        self.tags.setMaximumHeight(96)
        for tag in tags.list_tags(workspace):
            item = QListWidgetItem(color_icon(tag.color), tag.name)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)

        self.fields = {
            "first_name": FieldWithMessage(self.first_name),
            "last_name": FieldWithMessage(self.last_name),
            "preferred_name": FieldWithMessage(self.preferred_name),
            "email": FieldWithMessage(self.email),
            "phone": FieldWithMessage(self.phone),
            "date_of_birth": FieldWithMessage(self.date_of_birth),
            "status": FieldWithMessage(self.status),
        }
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "first_name": self.tr("&First name"), "last_name": self.tr("&Last name"),
            "preferred_name": self.tr("P&referred name"), "email": self.tr("&Email"),
            "phone": self.tr("P&hone"), "date_of_birth": self.tr("&Date of birth"),
            "status": self.tr("&Status"),
        }
        for key, field in self.fields.items():
            label = QLabel(labels[key])
            label.setContentsMargins(0, 6, 0, 0)  # level with the text in the field
            label.setBuddy(field.editor.focusProxy() or field.editor)
            form.addRow(label, field)
        tags_label = QLabel(self.tr("&Tags"))
        tags_label.setBuddy(self.tags)
        if self.tags.count():
            form.addRow(tags_label, self.tags)
        else:
            self.tags.hide()
            hint = QLabel(self.tr("No tags yet: create them from the list's Actions ▸ Manage tags."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            form.addRow(self.tr("Tags"), hint)
        self.name_hint = QLabel(self.tr("A first name or a last name is required."))
        self.name_hint.setObjectName("hint")
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create")
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.name_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.first_name.textChanged.connect(self._update_create)
        self.last_name.textChanged.connect(self._update_create)
        self.email.editingFinished.connect(lambda: self._check("email"))
        self.phone.editingFinished.connect(lambda: self._check("phone"))
        self.date_of_birth.edit.editingFinished.connect(lambda: self._check("date_of_birth"))
        self._update_create()

    def _has_name(self) -> bool:
        return bool(self.first_name.text().strip() or self.last_name.text().strip())

    def _update_create(self) -> None:
        self.create_button.setEnabled(self._has_name())
        self.name_hint.setVisible(not self._has_name())
        if self._has_name():
            self.fields["first_name"].set_error("")

    def _check(self, key: str) -> bool:
        message = {"email": lambda: check_email(self.email.text()),
                   "phone": lambda: check_phone(self.phone.text()),
                   "date_of_birth": lambda: check_date(self.date_of_birth)}[key]()
        self.fields[key].set_error(message)
        return not message

    def checked_tag_ids(self) -> list[int]:
        return [self.tags.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tags.count())
                if self.tags.item(i).checkState() == Qt.CheckState.Checked]

    def create(self) -> None:
        results = [self._check(key) for key in ("email", "phone", "date_of_birth")]
        if not self._has_name():
            self.fields["first_name"].set_error(self.tr("Give a first name or a last name."))
            results.append(False)
        if not all(results):
            self._focus_first_error()
            return
        data = PersonInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            preferred_name=self.preferred_name.text(),
            emails=[self.email.text()] if self.email.text().strip() else [],
            phones=[self.phone.text()] if self.phone.text().strip() else [],
            date_of_birth=self.date_of_birth.parse()[0], status=self.status.currentData(),
            tag_ids=self.checked_tag_ids(),
        )
        try:
            self.created_id = clients.create_client(self._ws, data)
        except ConsultaError as exc:
            key = (exc.field or "").split(".")[0].rstrip("s")
            key = {"email": "email", "phone": "phone"}.get(key, exc.field or "")
            if key in self.fields:
                self.fields[key].set_error(core_message(exc))
                self._focus_first_error()
            else:
                self.error.setText(core_message(exc))
                self.error.show()
            return
        self.accept()
        self._nav.changed(CLIENTS)
        self._nav.open_client(self.created_id)

    def _focus_first_error(self) -> None:
        for field in self.fields.values():
            if field.message.isVisible():
                field.editor.setFocus()
                return
