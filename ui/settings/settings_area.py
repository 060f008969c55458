"""The Settings area: General, Services, Billing and Email, one scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.workspace import Workspace
from ui.navigation import Navigator
from ui.settings.billing_page import BillingSettingsPage
from ui.settings.email_page import EmailSettingsPage
from ui.settings.general_page import GeneralSettingsPage
from ui.settings.services_page import ServicesSettingsPage


class SettingsArea(QWidget):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsArea")
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("areaTitle")
        self.general = GeneralSettingsPage(workspace, navigator)
        self.services = ServicesSettingsPage(workspace, navigator)
        self.billing = BillingSettingsPage(workspace, navigator)
        self.billing.general_requested.connect(self.show_general_name)
        self.email = EmailSettingsPage(workspace, navigator)

        body = QWidget()
        body.setObjectName("settingsBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(16)
        body_layout.addWidget(self.general)
        body_layout.addWidget(self.services)
        body_layout.addWidget(self.billing)
        body_layout.addWidget(self.email)
        body_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        # The area's own background shows through, as on every other page.
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

    def show_services(self) -> None:
        """Scroll the Services page into view (e.g. from a booking dialog's "Manage services")."""
        self.scroll.ensureWidgetVisible(self.services, 0, 0)
        self.services.table.setFocus()

    def show_general_name(self) -> None:
        """Scroll up to the practice name (Settings → Billing shows it; General edits it)."""
        self.scroll.ensureWidgetVisible(self.general.practice_name)
        self.general.practice_name.setFocus()

    def show_billing(self) -> None:
        """Scroll Settings → Billing to the top of the view."""
        self.scroll.verticalScrollBar().setValue(self.billing.y())

    def show_email(self) -> None:
        """Scroll to Settings → Email (e.g. from the mail status's details)."""
        self.scroll.verticalScrollBar().setValue(self.email.y())
        self.email.email.setFocus()

    # The Billing page answers for itself: the main window asks every widget.
    def has_unsaved_changes(self) -> bool:
        return self.general.has_unsaved_changes()

    def unsaved_description(self) -> str:
        return self.general.unsaved_description()
