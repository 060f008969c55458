"""Unexpected errors: tell the user, and print only where it happened — never the message,
which could quote client data (a name in a validation error, a note's text in a parse error)."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def scrubbed_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    return "Consulta: unexpected " + exc_type.__name__ + "\n" + "\n".join(lines)


def install() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        print(scrubbed_report(exc_type, tb), file=sys.stderr)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QApplication.translate("Crash", "Something went wrong"),
                QApplication.translate(
                    "Crash", "Consulta hit an unexpected problem. Your saved work is safe in the "
                    "workspace; the last unsaved change may need to be made again."))

    sys.excepthook = hook
