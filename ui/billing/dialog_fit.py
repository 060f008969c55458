"""Resize a shown dialog to its content's height after a wrapped message appears or goes: a
wrapped label does not grow a window that is already on screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog


def fit_height(dialog: QDialog) -> None:
    """As tall as its content needs at its current width (taller or shorter)."""
    layout = dialog.layout()
    layout.activate()
    width = dialog.width()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


def fit_height_soon(dialog: QDialog) -> None:
    """fit_height once the labels have their new text laid out."""
    QTimer.singleShot(0, lambda: fit_height(dialog))
