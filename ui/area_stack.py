"""The main window's stack of areas, some of them built the first time they are shown.

Building Settings and the Calendar costs more than half a second of the unlock (the style sheet
polishes hundreds of widgets); most sessions open neither, so they wait until asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget


class AreaStack(QStackedWidget):
    """Areas by key, in the order added; `area(key)` builds a deferred one in its place."""

    built = Signal(str, QWidget)  # key, the area just built

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}

    def add(self, key: str, widget: QWidget | None = None,
            factory: Callable[[], QWidget] | None = None) -> None:
        """Add `widget` now, or an empty stand-in that `factory` replaces when first needed."""
        if widget is None:
            assert factory is not None
            self._factories[key] = factory
            widget = QWidget()
        widget.setProperty("areaKey", key)
        self._keys.append(key)
        self.addWidget(widget)

    def is_built(self, key: str) -> bool:
        return key not in self._factories

    def area(self, key: str) -> QWidget:
        index = self._keys.index(key)
        factory = self._factories.pop(key, None)
        if factory is None:
            return self.widget(index)
        showing = self.currentIndex()
        stand_in = self.widget(index)
        widget = factory()
        widget.setProperty("areaKey", key)
        self.insertWidget(index, widget)
        self.removeWidget(stand_in)
        stand_in.deleteLater()
        self.setCurrentIndex(showing)
        self.built.emit(key, widget)
        return widget

    def show_index(self, index: int) -> None:
        """Show the area at `index` (the sidebar's row), building it first if need be."""
        if 0 <= index < len(self._keys):
            self.area(self._keys[index])
        self.setCurrentIndex(index)
