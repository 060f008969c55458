"""Where Consulta keeps its files on this computer (platformdirs), and where shipped data lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Consulta"
WORKSPACE_SUFFIX = ".consulta"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_workspace_path() -> Path:
    return user_data_dir() / f"practice{WORKSPACE_SUFFIX}"


def default_backup_dir(workspace: Path) -> Path:
    return workspace.parent / "Backups"


def install_root() -> Path:
    """The folder that holds `data/` and `resources/`: the source tree, or the frozen bundle."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return install_root() / "data"


def resources_dir() -> Path:
    """Shipped fonts, icons, styles and translations.

    `CONSULTA_RESOURCES_DIR` overrides it: support and the tests use it to check that the
    self-check notices a broken installation (e.g. point it at an empty folder).
    """
    override = os.environ.get("CONSULTA_RESOURCES_DIR")
    if override:
        return Path(override)
    return install_root() / "resources"
