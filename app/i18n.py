"""Marks user-facing text in the Qt-free core for translation.

The core cannot call Qt, so it only *marks* strings; `pyside6-lupdate` picks the marks up by
name, and the UI translates the message in the "Core" context when it shows it.
"""

from __future__ import annotations

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


def N_(text: str) -> str:
    """Shorthand kept for readability in data tables; lupdate does not see it, so prefer the
    explicit QT_TRANSLATE_NOOP("Core", ...) where the string must be extracted."""
    return text
