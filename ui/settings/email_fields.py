"""Parts of Settings → Email: one server's fields (host, port, security, user, password), the
folder ticks, and the result of "Test connection" naming the stage that failed. GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.mail.account import DEFAULT_SYNC_DAYS, AccountSettings, CheckResult, ConnectionReport
from app.mail.connect import SECURITY_STARTTLS, SECURITY_TLS
from ui.i18n import core_text

# (implicit TLS, STARTTLS) ports per protocol
DEFAULT_PORTS = {"imap": (993, 143), "smtp": (465, 587)}


def default_port(kind: str, security: str) -> int:
    tls, starttls = DEFAULT_PORTS[kind]
    return tls if security == SECURITY_TLS else starttls


class ServerFields(QObject):
    """Host, port, security, user name and password of the IMAP or the SMTP server, as rows of
    the page's form (one label column for the whole page)."""

    edited = Signal()

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.host = QLineEdit()
        self.host.setObjectName(f"{kind}_host")
        self.host.setMaxLength(253)
        self.port = QSpinBox()
        self.port.setObjectName(f"{kind}_port")
        self.port.setRange(1, 65535)
        self.port.setValue(default_port(kind, SECURITY_TLS))
        self.port.setGroupSeparatorShown(False)
        self.security = QComboBox()
        self.security.setObjectName(f"{kind}_security")
        self.security.addItem(self.tr("TLS (encrypted from the start)"), SECURITY_TLS)
        self.security.addItem(self.tr("STARTTLS (encrypted after connecting)"),
                              SECURITY_STARTTLS)
        self.user = QLineEdit()
        self.user.setObjectName(f"{kind}_user")
        self.user.setMaxLength(320)
        self.password = QLineEdit()
        self.password.setObjectName(f"{kind}_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self._security = SECURITY_TLS
        self.security.currentIndexChanged.connect(self._security_changed)
        for edit in (self.host, self.user, self.password):
            edit.textEdited.connect(self.edited)
        self.port.valueChanged.connect(self.edited)

    def add_rows(self, form: QFormLayout) -> None:
        server_row = QHBoxLayout()
        server_row.setSpacing(8)
        server_row.addWidget(self.host, 1)
        port_label = QLabel(self.tr("Port"))
        port_label.setBuddy(self.port)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port)
        for text, field, buddy in ((self.tr("Server"), server_row, self.host),
                                   (self.tr("Security"), self.security, self.security),
                                   (self.tr("User name"), self.user, self.user),
                                   (self.tr("Password"), self.password, self.password)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

    def _security_changed(self) -> None:
        new = self.security.currentData()
        # The usual port follows the security, unless the user typed another one.
        if self.port.value() == default_port(self.kind, self._security):
            self.port.setValue(default_port(self.kind, new))
        self._security = new
        self.edited.emit()

    def load(self, host: str, port: int, security: str, user: str) -> None:
        self.host.setText(host)
        self._security = security
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(security)))
        self.security.blockSignals(False)
        self.port.setValue(port)
        self.user.setText(user)
        self.password.clear()

    def field(self, name: str) -> QWidget | None:
        return {"host": self.host, "port": self.port, "security": self.security,
                "user": self.user, "password": self.password}.get(name)


class FolderList(QListWidget):
    """Server folders besides the inbox and the sent folder, ticked to be synced too."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folders")
        self.setMaximumHeight(130)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def show_folders(self, names: list[str], ticked: set[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.setVisible(self.count() > 0)  # an empty box says nothing: the button explains

    def ticked(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class ConnectionResult(QWidget):
    """What "Test connection" found, one line per server: ✓, or the stage that failed and why
    (the server's technical answer under it, small)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionResult")
        self.report: ConnectionReport | None = None
        self.imap_label, self.imap_detail = self._line("imap")
        self.smtp_label, self.smtp_detail = self._line("smtp")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.imap_label, self.imap_detail, self.smtp_label, self.smtp_detail):
            layout.addWidget(widget)
        self.hide()

    @staticmethod
    def _line(kind: str) -> tuple[QLabel, QLabel]:
        label = QLabel()
        label.setObjectName(f"{kind}_result")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        detail = QLabel()
        detail.setObjectName("hint")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.hide()
        return label, detail

    def stage_name(self, stage: str) -> str:
        return {
            "dns": self.tr("Finding the server (DNS)"),
            "connect": self.tr("Connecting"),
            "tls": self.tr("Security certificate (TLS)"),
            "login": self.tr("Logging in"),
            "capability": self.tr("Server features"),
            "server": self.tr("Server answer"),
        }.get(stage, stage)

    def show_running(self) -> None:
        self.report = None
        self.imap_label.setText(html.escape(self.tr("Testing the connection…")))
        for widget in (self.imap_detail, self.smtp_label, self.smtp_detail):
            widget.hide()
        self.show()

    def show_report(self, report: ConnectionReport) -> None:
        self.report = report
        self._fill(self.imap_label, self.imap_detail, self.tr("Incoming mail (IMAP)"),
                   report.imap, self.tr("connected and logged in; the inbox opens."))
        self._fill(self.smtp_label, self.smtp_detail, self.tr("Outgoing mail (SMTP)"),
                   report.smtp, self.tr("connected and logged in; ready to send."))
        self.smtp_label.show()
        self.show()

    def show_problem(self, text: str) -> None:
        self.report = None
        self.imap_label.setText(f'<span style="color:#9b2c3d">{html.escape(text)}</span>')
        for widget in (self.imap_detail, self.smtp_label, self.smtp_detail):
            widget.hide()
        self.show()

    def _fill(self, label: QLabel, detail: QLabel, server: str, result: CheckResult,
              ok_text: str) -> None:
        if result.ok:
            label.setText(f'<b>{html.escape(server)}</b> <span style="color:#2f7d73">✓ '
                          f"{html.escape(ok_text)}</span>")
            detail.hide()
            return
        failed = self.tr("✗ failed at “%1”").replace("%1", self.stage_name(result.stage))
        label.setText(f'<b>{html.escape(server)}</b> <span style="color:#9b2c3d"><b>'
                      f"{html.escape(failed)}</b></span><br>"
                      f"{html.escape(result.text(core_text))}")
        detail.setText(result.detail)
        detail.setVisible(bool(result.detail))


def settings_summary(settings: AccountSettings | None) -> dict:
    """The saved values the form starts from (a new account: the usual defaults)."""
    if settings is None:
        return {"email": "", "display_name": "", "imap": ("", 993, SECURITY_TLS, ""),
                "smtp": ("", 465, SECURITY_TLS, ""), "ca_file": "", "sync_days": DEFAULT_SYNC_DAYS,
                "extra_folders": ()}
    smtp_host = "" if settings.smtp_host == settings.imap_host else settings.smtp_host
    smtp_user = "" if settings.smtp_user == settings.imap_user else settings.smtp_user
    return {"email": settings.email, "display_name": settings.display_name,
            "imap": (settings.imap_host, settings.imap_port, settings.imap_security,
                     settings.imap_user),
            "smtp": (smtp_host, settings.smtp_port, settings.smtp_security, smtp_user),
            "ca_file": settings.ca_file, "sync_days": settings.sync_days,
            "extra_folders": settings.extra_folders}
