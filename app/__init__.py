"""Consulta's core: storage, domain services, mail, documents and transfer.

Nothing in this package imports Qt; it can be used from a script or a test with no display.
"""

from __future__ import annotations

from app.version import __version__

__all__ = ["__version__"]
