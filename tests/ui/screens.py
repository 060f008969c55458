"""Where UI tests save what they show, for review (and resources/screenshots via
make_screenshots.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

SCREENS = Path(os.environ.get("CONSULTA_SCREENSHOT_DIR",
                              Path(__file__).resolve().parent.parent / "_screens"))


def save(widget: QWidget, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def compose_with_popup(widget: QWidget, popup: QWidget, at: QPoint | None = None) -> QPixmap:
    """The widget with an open popup (a menu) painted on it: a popup is its own window, so
    grabbing the widget alone leaves it out. `at` is the popup's intended global top-left,
    for windows wider than the offscreen screen (800×800), where Qt pushes popups inside it."""
    QApplication.processEvents()
    shot = widget.grab()
    painter = QPainter(shot)
    top_left = at if at is not None else popup.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(top_left - widget.mapToGlobal(QPoint(0, 0)), popup.grab())
    painter.end()
    return shot


def save_with_popup(widget: QWidget, popup: QWidget, name: str, at: QPoint | None = None) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    assert compose_with_popup(widget, popup, at).save(str(path)), f"could not save {path}"
    return path
