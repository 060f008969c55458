"""The composer's header: From (the account), To, Cc and Bcc (Cc and Bcc shown on demand),
Subject, each recipient box with its own error line; and the reading of what was typed in a
recipient box. GUI thread only."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import validation

RECIPIENTS = ("to", "cc", "bcc")
_ANGLE = re.compile(r"^(?P<name>.*?)\s*<(?P<addr>[^<>]*)>\s*$", re.DOTALL)


def split_addresses(text: str) -> list[str]:
    """The pieces of a recipients box, split at commas, semicolons and line breaks (not inside
    "quotes" or <angle brackets>): 'Ana <ana@x.org>; "Dupont, F." <f@x.fr>' → two pieces."""
    parts: list[str] = []
    current: list[str] = []
    quoted = angled = False
    for ch in text:
        if ch == '"' and not angled:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        if ch in ",;\n" and not quoted and not angled:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def parse_address(piece: str, field: str) -> str:
    """"Ana García <ana@x.org>" or "ana@x.org", checked; the core's refusal names the piece as
    typed when it is not an address."""
    found = _ANGLE.match(piece)
    name, addr = (found.group("name").strip().strip('"').strip(), found.group("addr").strip()) \
        if found else ("", piece.strip())
    try:
        validation.email(addr, field=field)
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field, value=piece) from None
    if not name:
        return addr
    if re.search(r'[,;:<>@"()\[\]\\]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def parse_addresses(text: str, field: str) -> list[str]:
    return [parse_address(piece, field) for piece in split_addresses(text)]


class AddressFields(QWidget):
    """`edits[name]` for "to", "cc", "bcc"; `subject`; `errors[name]` under each recipient
    box. Typing in a box clears its error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressFields")
        self.from_line = QLabel(objectName="fromLine")
        self.from_line.setTextFormat(Qt.TextFormat.PlainText)
        self.edits: dict[str, QLineEdit] = {}
        for name in RECIPIENTS:
            edit = QLineEdit(objectName=name)
            edit.setPlaceholderText(self.tr("name@example.com, another@example.com"))
            edit.textEdited.connect(lambda _t, name=name: self.clear_error(name))
            self.edits[name] = edit
        self.subject = QLineEdit(objectName="subject")
        self.show_cc = QPushButton(self.tr("Cc"), objectName="showCc")
        self.show_cc.setToolTip(self.tr("Add Cc recipients"))
        self.show_cc.clicked.connect(lambda: self.reveal("cc", focus=True))
        self.show_bcc = QPushButton(self.tr("Bcc"), objectName="showBcc")
        self.show_bcc.setToolTip(self.tr("Add Bcc recipients: the others do not see them"))
        self.show_bcc.clicked.connect(lambda: self.reveal("bcc", focus=True))
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, list[QWidget]] = {}

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("From"), objectName="fieldLabel"), 0, 0)
        grid.addWidget(self.from_line, 0, 1)
        row = 1
        for name, text, edit in (("to", self.tr("&To"), self.edits["to"]),
                                 ("cc", self.tr("&Cc"), self.edits["cc"]),
                                 ("bcc", self.tr("&Bcc"), self.edits["bcc"]),
                                 ("subject", self.tr("&Subject"), self.subject)):
            label = QLabel(text, objectName="fieldLabel")
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            if name == "to":
                line = QHBoxLayout()
                line.setSpacing(4)
                line.addWidget(edit, 1)
                line.addWidget(self.show_cc)
                line.addWidget(self.show_bcc)
                grid.addLayout(line, row, 1)
            else:
                grid.addWidget(edit, row, 1)
            if name in RECIPIENTS:
                error = QLabel(objectName="fieldError")
                error.setWordWrap(True)
                error.hide()
                self.errors[name] = error
                grid.addWidget(error, row + 1, 1)
            self._rows[name] = [label, edit]
            row += 2
        grid.setColumnStretch(1, 1)

    def set_recipients(self, to: list[str], cc: list[str], bcc: list[str]) -> None:
        """Fill the boxes; Cc and Bcc show only when they hold something."""
        for name, values in (("to", to), ("cc", cc), ("bcc", bcc)):
            self.edits[name].setText(", ".join(values))
        for name, button in (("cc", self.show_cc), ("bcc", self.show_bcc)):
            shown = bool(self.edits[name].text())
            for widget in self._rows[name]:
                widget.setVisible(shown)
            button.setVisible(not shown)

    def reveal(self, name: str, *, focus: bool = False) -> None:
        for widget in self._rows[name]:
            widget.show()
        button = {"cc": self.show_cc, "bcc": self.show_bcc}.get(name)
        if button is not None:
            button.hide()
        if focus:
            self.edits[name].setFocus()

    def recipients(self) -> tuple[list[str], list[str], list[str]]:
        """(to, cc, bcc), each address checked; ValidationError naming the box ("to", "cc",
        "bcc") otherwise, or when there is no recipient at all."""
        to, cc, bcc = (parse_addresses(self.edits[name].text(), name) for name in RECIPIENTS)
        if not (to or cc or bcc):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Add at least one recipient."),
                                  field="to")
        return to, cc, bcc

    def texts(self) -> tuple[str, ...]:
        return (*(self.edits[name].text() for name in RECIPIENTS), self.subject.text())

    # --- errors --------------------------------------------------------------------------------

    def _mark(self, edit: QLineEdit, invalid: bool) -> None:
        edit.setProperty("invalid", invalid)
        edit.style().unpolish(edit)
        edit.style().polish(edit)

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self._mark(self.edits[name], False)

    def clear_errors(self) -> None:
        for name in RECIPIENTS:
            self.clear_error(name)

    def show_error(self, name: str, text: str) -> None:
        """`text` under the box `name` (shown if it was hidden), which takes the focus."""
        self.reveal(name)
        self.errors[name].setText(text)
        self.errors[name].show()
        self._mark(self.edits[name], True)
        self.edits[name].setFocus()
