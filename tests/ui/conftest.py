from __future__ import annotations

import pytest

# The real mail servers (Dovecot, aiosmtpd) for the mail UI tests, as in tests/app.
from tests.mail_servers import dovecot, imap_user, mail_certificates, smtp_server  # noqa: F401


@pytest.fixture(autouse=True)
def styled_app(qapp):
    """The real application look (style sheet, names) on pytest-qt's QApplication."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.application import make_application
    from ui.i18n import install_translators

    # pytest-qt closes the last test's widgets with deleteLater(), which only an event loop
    # carries out; without this, every window ever made stays alive and each new style sheet
    # below re-polishes all of them (seconds per test late in a run).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app = make_application()
    install_translators(app, "en")
    return app
