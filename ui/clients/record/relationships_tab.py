"""The Relationships tab: everyone related to this client (clients and contacts), each with the
relationship type, an emergency-contact mark, and Open / Edit / Remove; `+ New relationship`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import relationships
from app.services.relationships import RelationshipView, label_of
from app.workspace import Workspace
from ui.clients.record.confirm import ask, tell
from ui.clients.record.new_relationship_dialog import (
    EditRelationshipDialog,
    NewRelationshipDialog,
    kind_label,
)
from ui.i18n import core_message, core_text
from ui.navigation import RELATIONSHIPS, Navigator


class RelationshipRow(QFrame):
    def __init__(self, view: RelationshipView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipRow")
        self.view = view
        self.name = QPushButton(view.other_name)
        self.name.setObjectName("relatedName")
        self.name.setFlat(True)
        self.name.setCursor(Qt.CursorShape.PointingHandCursor)
        self.name.setToolTip(self.tr("Open %1").replace("%1", view.other_name))
        self.type_label = QLabel(core_text(label_of(view.relation_type)))
        self.type_label.setObjectName("relationType")
        # Types are short (at most 80 characters): wrapping split "Cônjuge/companheiro(a)".
        self.type_label.setWordWrap(False)
        self.kind = QLabel(kind_label(view.other_kind))
        self.kind.setObjectName("hint")
        self.emergency = QLabel(self.tr("Emergency contact"))
        self.emergency.setObjectName("badge")
        self.emergency.setVisible(view.is_emergency_contact)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit relationship with %1")
                                           .replace("%1", view.other_name))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove relationship with %1")
                                             .replace("%1", view.other_name))

        who = QVBoxLayout()
        who.setSpacing(2)
        name_line = QHBoxLayout()
        name_line.setSpacing(10)
        name_line.addWidget(self.name)
        name_line.addWidget(self.emergency)
        name_line.addStretch(1)
        who.addLayout(name_line)
        detail = QHBoxLayout()
        detail.addWidget(self.type_label)
        detail.addWidget(QLabel("·"))
        detail.addWidget(self.kind)
        detail.addStretch(1)
        who.addLayout(detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(who, 1)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignVCenter)


class RelationshipsTab(QWidget):
    changed = Signal(str)

    def __init__(self, workspace: Workspace, navigator: Navigator, client_id: int,
                 client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RelationshipsTab")
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        self.client_name = client_name
        self.rows: list[RelationshipRow] = []
        self.dialog = None
        self.prompt = None

        self.new_button = QPushButton(self.tr("+ New relationship"))
        self.new_button.setObjectName("new_relationship")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_relationship)
        intro = QLabel(self.tr("Family, emergency contacts and practitioners linked to this "
                               "client. Each link shows on the other person's record too."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.empty = QLabel(self.tr("No relationships yet. Use “+ New relationship” to link a "
                                    "family member, an emergency contact or a practitioner."))
        self.empty.setObjectName("emptyText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list = QVBoxLayout()
        self._list.setSpacing(8)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("relationshipsScroll")
        content.setObjectName("relationshipsContent")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 8)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        for row in self.rows:
            self._list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for view in relationships.list_relationships(self._ws, self.client_id):
            row = RelationshipRow(view)
            row.name.clicked.connect(lambda _c=False, v=view: self._nav.open_person(v.other_id,
                                                                                    v.other_kind))
            row.edit_button.clicked.connect(lambda _c=False, v=view: self.edit(v))
            row.remove_button.clicked.connect(lambda _c=False, v=view: self.remove(v))
            self._list.addWidget(row)
            row.show()
            self.rows.append(row)
        self.empty.setVisible(not self.rows)

    def new_relationship(self) -> None:
        dialog = NewRelationshipDialog(self._ws, self.client_id, self.client_name, self)
        dialog.connected.connect(lambda _id: self.changed.emit(RELATIONSHIPS))
        self._open(dialog)

    def edit(self, view: RelationshipView) -> None:
        dialog = EditRelationshipDialog(self._ws, self.client_id, view, self)
        dialog.accepted.connect(lambda: self.changed.emit(RELATIONSHIPS))
        self._open(dialog)

    def remove(self, view: RelationshipView) -> None:
        text = self.tr("Remove the relationship between %1 and %2? Neither person is deleted.")
        text = text.replace("%1", self.client_name).replace("%2", view.other_name)

        def remove() -> None:
            try:
                relationships.remove_relationship(self._ws, view.id)
            except ConsultaError as exc:
                tell(self, self.tr("Not removed"), core_message(exc))
                return
            self.changed.emit(RELATIONSHIPS)

        ask(self, self.tr("Remove relationship"), text, self.tr("Remove"), remove)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed_dialog(self, dialog) -> None:
        if self.dialog is dialog:  # a dialog may open the next one before it finishes
            self.dialog = None
