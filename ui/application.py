"""The composition root: builds the QApplication, picks the language, obtains an unlocked
workspace (create, remembered key or unlock dialog) and shows the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import default_workspace_path, resources_dir


def _style_sheet() -> str:
    path = resources_dir() / "styles" / "consulta.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Consulta")
    app.setOrganizationName("Consulta")
    app.setDesktopFileName("consulta")
    icon = resources_dir() / "icons" / "consulta.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(_style_sheet())
    return app


def obtain_workspace(path: Path, language: str):
    """Create or unlock the workspace at `path`; None if the user gave up (or it is in use)."""
    from app.errors import ConsultaError
    from app.store.keys import RememberedKeys
    from app.store.lock import in_use
    from ui.i18n import core_message
    from ui.workspace.create_dialog import CreateWorkspaceDialog
    from ui.workspace.unlock_dialog import UnlockDialog

    keys = RememberedKeys()
    status = keys.status()
    if not path.exists():
        dialog = CreateWorkspaceDialog(path, status, language)
        return dialog.workspace if dialog.exec() else None
    if in_use(path):
        QMessageBox.information(
            None, QApplication.translate("Startup", "Consulta"),
            QApplication.translate("Startup", "This workspace is already open in another "
                                   "Consulta window:\n%1").replace("%1", str(path)))
        return None
    message = ""
    if status.available:  # only then can a key be remembered; skip loading the store otherwise
        from app.workspace import unlock_with_remembered_key

        try:
            workspace = unlock_with_remembered_key(path, keys)
            if workspace is not None:
                return workspace
        except ConsultaError as exc:
            message = core_message(exc)
    dialog = UnlockDialog(path, status, message=message)
    return dialog.workspace if dialog.exec() else None


def run_app(args: argparse.Namespace) -> int:
    from ui import crash
    from ui.i18n import chosen_language, install_translators

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    crash.install()
    app = make_application()
    from ui.documentation.temp_copies import install_cleanup

    install_cleanup(app)  # temporary copies of files opened in other programs
    language = chosen_language(args.language)
    app._translators = install_translators(app, language)  # keep them alive
    path = (args.workspace or default_workspace_path()).expanduser().absolute()
    workspace = obtain_workspace(path, language)
    if workspace is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    window.show()
    # What start-up built lives as long as the app: full collections skip it from now on.
    # Otherwise one (triggered by the mail sync's allocations on its thread) holds the GIL
    # ~100+ ms, and the GUI thread with it (tests/benchmarks/mail_benchmarks.py, UI stall).
    gc.freeze()
    try:
        return app.exec()
    finally:
        workspace.close()
