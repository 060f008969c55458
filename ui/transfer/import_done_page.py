"""Import, last step: what the import did, `Undo import` (the whole batch), and the rejected
rows to save when some were left out. After an undo, what it removed, restored and kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.transfer.import_batches import ImportResult
from app.transfer.import_undo import UndoResult


class DonePage(QWidget):
    undo_requested = Signal()
    save_rejected_requested = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_done_page")
        self._kind = kind
        self.result: ImportResult | None = None
        self.undo_result: UndoResult | None = None
        self.title = QLabel(objectName="dialogTitle")
        self.summary = QLabel(objectName="intro")
        self.summary.setWordWrap(True)
        self.undo_hint = QLabel(self.tr("Changed your mind? Undo import removes the people this "
                                        "import created and gives the people it updated their "
                                        "previous details back. You can also do it later from "
                                        "Past imports."), objectName="hint")
        self.undo_hint.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo import"), objectName="undo_import")
        self.undo_button.clicked.connect(self.undo_requested)
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows…"),
                                                objectName="save_rejected_done")
        self.save_rejected_button.clicked.connect(self.save_rejected_requested)
        self.message = QLabel(objectName="hint")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_rejected_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addSpacing(18)
        layout.addWidget(self.undo_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_result(self, result: ImportResult) -> None:
        self.result, self.undo_result = result, None
        contact = self._kind == "contact"
        self.title.setText(self.tr("Import finished"))
        lines = [self.tr("%n contact(s) created.", "", result.created) if contact
                 else self.tr("%n client(s) created.", "", result.created)]
        if result.updated:
            lines.append(self.tr("%n existing contact(s) updated.", "", result.updated) if contact
                         else self.tr("%n existing client(s) updated.", "", result.updated))
        if result.skipped:
            lines.append(self.tr("%n duplicate(s) skipped.", "", result.skipped))
        if result.invalid:
            lines.append(self.tr("%n row(s) could not be imported.", "", result.invalid))
        self.summary.setText("\n".join(lines))
        undoable = bool(result.created or result.updated)
        self.undo_hint.setVisible(undoable)
        self.undo_button.setVisible(undoable)
        self.undo_button.setEnabled(True)
        self.save_rejected_button.setVisible(bool(result.invalid))
        self.message.setText("")

    def show_undone(self, undone: UndoResult) -> None:
        self.undo_result = undone
        contact = self._kind == "contact"
        self.title.setText(self.tr("Import undone"))
        lines = [self.tr("%n contact(s) removed.", "", undone.removed) if contact
                 else self.tr("%n client(s) removed.", "", undone.removed)]
        if undone.restored:
            lines.append(self.tr("%n person(s) given their previous details back.", "",
                                 undone.restored))
        if undone.kept:
            lines.append(self.tr("%n person(s) kept: they have notes, forms, files, appointments, "
                                 "invoices or payments since the import.", "", len(undone.kept)))
        self.summary.setText("\n".join(lines))
        self.undo_hint.hide()
        self.undo_button.hide()
        self.message.setText("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
