"""The folder each kind of file dialog last used, for this run of Consulta only.

Kept in memory rather than in QSettings: a folder a practitioner made for one client
(".../Clients/Sofia Martins") would otherwise be written outside the encrypted workspace, as a
recent-files list would. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

_folders: dict[str, str] = {}


def last_folder(key: str, default: str = "") -> str:
    return _folders.get(key, default)


def remember_folder(key: str, folder: str | Path) -> None:
    _folders[key] = str(folder)
