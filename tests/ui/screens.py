"""Where UI tests save what they show, for review (and resources/screenshots via
make_screenshots.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SCREENS = Path(os.environ.get("CONSULTA_SCREENSHOT_DIR",
                              Path(__file__).resolve().parent.parent / "_screens"))


def save(widget: QWidget, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
