"""+ New relationship: find an existing client or contact (or create one inline), choose or type
the relationship type, mark an emergency contact, Connect. Also the dialog that edits one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import relationships, search
from app.services.people import PersonInput
from app.services.relationships import PICKER_TYPES, TYPES, label_of
from app.workspace import Workspace
from ui.i18n import core_message, core_text


def _left(widget: QWidget) -> QHBoxLayout:
    """A checkbox at its own size (a stretched one only toggles on its box and text)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class TypeCombo(QComboBox):
    """The standard types, translated, and room to type one's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relation_type")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in PICKER_TYPES:
            self.addItem(core_text(label_of(key)), key)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Choose or type a relationship"))

    def key(self) -> str:
        """A standard type's key when the text is one of the labels; else the typed words."""
        text = self.currentText().strip()
        for key in TYPES:  # reciprocal-only types too ("Under guardianship" stays "ward")
            if core_text(label_of(key)).casefold() == text.casefold():
                return key
        return text

    def set_key(self, key: str) -> None:
        index = self.findData(key)
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a reciprocal-only type or the user's own words
            self.setEditText(core_text(label_of(key)))


def kind_label(kind: str) -> str:
    return (QCoreApplication.translate("Relationships", "Client") if kind == "client"
            else QCoreApplication.translate("Relationships", "Contact"))


class NewRelationshipDialog(QDialog):
    connected = Signal(int)  # the related person's id

    def __init__(self, workspace: Workspace, client_id: int, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewRelationshipDialog")
        self._ws = workspace
        self._client_id = client_id
        self.setWindowTitle(self.tr("New relationship"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("New relationship"))
        title.setObjectName("dialogTitle")
        intro = QLabel(self.tr("Who is related to %1? Search your clients and contacts, or "
                               "create someone new.").replace("%1", client_name))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setObjectName("relationship_search")
        self.search.setPlaceholderText(self.tr("Search by name, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("relationship_results")
        self.results.setMinimumHeight(150)
        self.no_results = QLabel()
        self.no_results.setObjectName("hint")
        self.no_results.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.results.setFocus)
        # Enter on a person moves on to the type (keyboard: search, Enter, Enter, type, Connect).
        self.results.itemActivated.connect(lambda _item: self.type.setFocus())

        self.create_toggle = QPushButton(self.tr("+ Create new client/contact"))
        self.create_toggle.setObjectName("create_new_person")
        self.create_toggle.setFlat(True)
        self.create_toggle.clicked.connect(lambda: self._toggle_create(not self.creating))
        self.creating = False

        self.type = TypeCombo()
        self.type.currentIndexChanged.connect(self._type_chosen)
        self.type.editTextChanged.connect(lambda _t: self.error.hide())
        self.emergency = QCheckBox(self.tr("Emergency contact"))
        self.emergency.setObjectName("emergency_contact")
        type_form = QFormLayout()  # one form, so the new person's rows line up with the type
        self._build_create_rows(type_form)
        type_form.addRow(self.tr("Relationship"), self.type)
        type_form.addRow("", _left(self.emergency))
        self.type_hint = QLabel(self.tr("The relationship says who this person is for %1: "
                                        "choose “Parent” if they are the parent of %1.")
                                .replace("%1", client_name))
        self.type_hint.setObjectName("hint")
        self.type_hint.setWordWrap(True)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connect")
        self.connect_button.setProperty("primary", True)
        buttons.accepted.connect(self.connect_person)
        buttons.rejected.connect(self.reject)
        # Enter moves through the steps instead of pressing Connect early: search → list →
        # type → Connect (see keyPressEvent).
        self.type.lineEdit().returnPressed.connect(self.connect_person)
        self.new_email.returnPressed.connect(self.type.setFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.no_results)
        layout.addWidget(self.create_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(type_form)
        layout.addWidget(self.type_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.search.setFocus()
        self.run_search()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the fields move on themselves; never press Connect from the search box
        super().keyPressEvent(event)

    def _build_create_rows(self, form: QFormLayout) -> None:
        self._form = form
        self.new_first = QLineEdit()
        self.new_first.setObjectName("new_first_name")
        self.new_last = QLineEdit()
        self.new_last.setObjectName("new_last_name")
        self.new_email = QLineEdit()
        self.new_email.setObjectName("new_email")
        self.new_email.setPlaceholderText("name@example.com")
        self.as_contact = QRadioButton(self.tr("Contact (family, another practitioner…)"))
        self.as_contact.setObjectName("as_contact")
        self.as_client = QRadioButton(self.tr("Client"))
        self.as_client.setObjectName("as_client")
        self.as_contact.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_contact)
        group.addButton(self.as_client)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_contact)
        kinds.addWidget(self.as_client)
        kinds.addStretch(1)
        form.addRow(self.tr("First name"), self.new_first)
        form.addRow(self.tr("Last name"), self.new_last)
        form.addRow(self.tr("Email"), self.new_email)
        form.addRow(self.tr("Add as"), kinds)
        self._create_rows = [self.new_first, self.new_last, self.new_email, kinds]
        for row in self._create_rows:
            form.setRowVisible(row, False)
        for edit in (self.new_first, self.new_last, self.new_email):
            edit.textChanged.connect(lambda _t: self.error.hide())

    def _toggle_create(self, on: bool) -> None:
        self.creating = on
        self.error.hide()
        for row in self._create_rows:
            self._form.setRowVisible(row, on)
        self.search.setVisible(not on)
        self.results.setVisible(not on)
        self.no_results.setVisible(not on and self.results.count() == 0)
        self.create_toggle.setText(self.tr("Pick an existing person instead") if on
                                   else self.tr("+ Create new client/contact"))
        if on:
            first, _, last = self.search.text().strip().partition(" ")
            self.new_first.setText(self.new_first.text() or first)
            self.new_last.setText(self.new_last.text() or last)
            self.new_first.setFocus()
        else:
            self.search.setFocus()
        self.layout().activate()
        self.adjustSize()  # no empty space where the search list was

    def _type_chosen(self) -> None:
        if self.type.currentData() == "emergency_contact":
            self.emergency.setChecked(True)

    def run_search(self) -> None:
        self.error.hide()
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            self.no_results.setText(self.tr("Type a name, email or phone to find someone."))
            self.no_results.show()
            return
        hits = search.search_people(self._ws, text, exclude_ids=(self._client_id,))
        for hit in hits:
            detail = " · ".join(p for p in (kind_label(hit.kind), hit.email or hit.phone) if p)
            item = QListWidgetItem(f"{hit.name}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, hit.kind)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.no_results.hide()
        else:
            self.no_results.setText(self.tr("No one found. You can create them: “+ Create new "
                                            "client/contact”."))
            self.no_results.show()

    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def connect_person(self) -> None:
        self.error.hide()
        try:
            if self.creating:
                data = PersonInput(first_name=self.new_first.text(), last_name=self.new_last.text(),
                                   emails=[self.new_email.text()])
                kind = "client" if self.as_client.isChecked() else "contact"
                other, _rel = relationships.connect_new_person(
                    self._ws, self._client_id, kind, data, self.type.key(),
                    emergency_contact=self.emergency.isChecked())
            else:
                other = self.selected_id()
                if other is None:
                    self.error.setText(self.tr("Choose someone from the list, or create a new "
                                               "client or contact."))
                    self.error.show()
                    self.search.setFocus()
                    return
                relationships.connect(self._ws, self._client_id, other, self.type.key(),
                                      emergency_contact=self.emergency.isChecked())
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            if exc.field == "relation_type":
                self.type.setFocus()
            return
        self.connected.emit(other)
        self.accept()


class EditRelationshipDialog(QDialog):
    def __init__(self, workspace: Workspace, client_id: int, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EditRelationshipDialog")
        self._ws = workspace
        self._client_id = client_id
        self._view = view
        self.setWindowTitle(self.tr("Edit relationship"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Edit relationship"))
        title.setObjectName("dialogTitle")
        who = QLabel(self.tr("%1 is this client's…").replace("%1", view.other_name))
        who.setWordWrap(True)
        self.type = TypeCombo()
        self.type.set_key(view.relation_type)
        self.emergency = QCheckBox(self.tr("Emergency contact"))
        self.emergency.setObjectName("emergency_contact")
        self.emergency.setChecked(view.is_emergency_contact)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Relationship"), self.type)
        form.addRow("", _left(self.emergency))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.type.setFocus()

    def save(self) -> None:
        try:
            relationships.update_relationship(self._ws, self._view.id, self._client_id,
                                              self.type.key(),
                                              emergency_contact=self.emergency.isChecked())
        except ConsultaError as exc:
            self.error.setText(core_message(exc))
            self.error.show()
            return
        self.accept()
