"""Files that are either the old version or the complete new one, never half-written:
build beside the target, fsync, `os.replace`, fsync the folder. Every file Consulta writes
(workspace copies, exports, PDFs) goes through here."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

TEMP_MARK = ".partial-"


def temp_beside(target: Path) -> Path:
    """A fresh temporary name in the target's own folder (so the final rename stays on one
    file system); leftovers are recognisable by TEMP_MARK."""
    return target.with_name(f"{target.name}{TEMP_MARK}{secrets.token_hex(4)}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; the rename is durable there
        return
    fsync_file(path)


def write_atomically(target: Path | str, build: Callable[[BinaryIO], None]) -> Path:
    """Call `build(fh)` to write into a temp file, then move it over `target`."""
    target = Path(target)
    temp = temp_beside(target)
    try:
        with open(temp, "xb") as fh:
            build(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target
