"""The exceptions the core raises for the user to read.

Every message is an English source string marked for translation in the "Core" context, with
`{placeholders}` filled from `params` after translation.
"""

from __future__ import annotations

from typing import Any


class ConsultaError(Exception):
    """Base of all errors meant for the user."""

    def __init__(self, message: str, *, field: str | None = None, **params: Any) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        text = translate(self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(ConsultaError):
    """Input that a service refuses; nothing was written."""


class NotFoundError(ConsultaError):
    """The record asked for does not exist (any more)."""


class WorkspaceError(ConsultaError):
    """The workspace file cannot be created, opened or used."""


class WrongPassphraseError(WorkspaceError):
    """The passphrase or remembered key does not open this file."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a Consulta workspace, or it is damaged."""


class WorkspaceInUseError(WorkspaceError):
    """Another Consulta process has this workspace open."""


class StorageFullError(WorkspaceError):
    """The disk is full; the last change was not saved."""
