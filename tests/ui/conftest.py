from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def styled_app(qapp):
    """The real application look (style sheet, names) on pytest-qt's QApplication."""
    from ui.application import make_application
    from ui.i18n import install_translators

    app = make_application()
    install_translators(app, "en")
    return app
