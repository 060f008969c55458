"""A new passphrase typed twice, with a live strength hint. Used when creating a workspace and
when changing its passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from app.store.keys import MIN_PASSPHRASE_LENGTH, STRENGTH_LABELS, passphrase_strength
from ui.i18n import core_text

STRENGTH_COLORS = ("#b8556a", "#b8556a", "#c0843d", "#3f9b8f", "#2f7d5b")


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(
            self.tr("At least %n characters", "", MIN_PASSPHRASE_LENGTH))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setObjectName("confirmation")
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setFixedHeight(6)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat passphrase"), self.confirmation)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        level = passphrase_strength(text)
        self.strength.setValue(level)
        self.strength.setStyleSheet(
            f"QProgressBar::chunk {{ background: {STRENGTH_COLORS[level]}; border-radius: 3px; }}")
        if not text:
            self.hint.setText(self.tr(
                "A few unrelated words are easy to remember and hard to guess. "
                "Nobody can recover your data without it: write it down somewhere safe."))
        elif level == 0:
            self.hint.setText(self.tr("Too short: %n more characters needed.", "",
                                      MIN_PASSPHRASE_LENGTH - len(text)))
        else:
            self.hint.setText(self.tr("Strength: %1").replace("%1", core_text(STRENGTH_LABELS[level])))
        self.changed.emit()

    def is_acceptable(self) -> bool:
        return (len(self.passphrase.text()) >= MIN_PASSPHRASE_LENGTH
                and self.passphrase.text() == self.confirmation.text())
