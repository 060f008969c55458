"""The billing screens: invoice editor, actions, payments, the Billing area."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.navigation import Navigator


def register_billing_handlers(navigator: Navigator, workspace: Workspace) -> None:
    """Offer billing's hand-offs to the other parts (an appointment's `Create invoice`).
    Called once by the main window at start-up."""
    from ui.billing.create_from_appointments import register_handlers

    register_handlers(navigator, workspace)
