"""Write a PDF so that the target is either the old file or the complete new one, never half.

The PDF is built into a temporary file in the target's own folder (so `os.replace` is a rename
on one file system), flushed to disk, then moved over the target. Any failure removes the temp.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

TEMP_MARK = ".partial-"


def write_pdf_atomically(target: Path | str, build: Callable[[BinaryIO], None]) -> Path:
    """Call `build(fh)` to write the PDF into a temp file, then move it to `target`.

    `build` receives a binary file object (reportlab's `canvas.Canvas(fh)` and
    `SimpleDocTemplate(fh)` both accept one).
    """
    target = Path(target)
    temp = target.with_name(f"{target.name}{TEMP_MARK}{secrets.token_hex(4)}")
    try:
        with open(temp, "xb") as fh:
            build(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; the rename is durable there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
