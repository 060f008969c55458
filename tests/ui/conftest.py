from __future__ import annotations

import pytest

# The real mail servers (Dovecot, aiosmtpd) for the mail UI tests, as in tests/app.
from tests.mail_servers import dovecot, imap_user, mail_certificates, smtp_server  # noqa: F401


@pytest.fixture(autouse=True)
def styled_app(qapp):
    """The real application look (style sheet, names) on pytest-qt's QApplication."""
    from ui.application import make_application
    from ui.i18n import install_translators

    app = make_application()
    install_translators(app, "en")
    return app
