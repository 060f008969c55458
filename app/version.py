"""The application version, read from the one place it is written: pyproject.toml."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path


def _read_version() -> str:
    # Running from the source tree (or a frozen bundle that ships pyproject.toml) the file is
    # the truth; an installed distribution's metadata was made from the same file.
    roots = [Path(__file__).resolve().parent.parent]
    if getattr(sys, "frozen", False):
        roots.insert(0, Path(getattr(sys, "_MEIPASS", ".")))
    for root in roots:
        pyproject = root / "pyproject.toml"
        if pyproject.is_file():
            with pyproject.open("rb") as fh:
                return tomllib.load(fh)["project"]["version"]
    try:
        return metadata.version("consulta")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
