"""Write a PDF so that the target is either the old file or the complete new one, never half."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.atomic_files import TEMP_MARK, write_atomically

__all__ = ["TEMP_MARK", "write_pdf_atomically"]


def write_pdf_atomically(target: Path | str, build: Callable[[BinaryIO], None]) -> Path:
    """Call `build(fh)` to write the PDF into a temp file, then move it to `target`.

    `build` receives a binary file object (reportlab's `canvas.Canvas(fh)` and
    `SimpleDocTemplate(fh)` both accept one).
    """
    return write_atomically(target, build)
