"""Where an export is written: a folder or a zip file, built under a temporary name beside the
target and renamed to it only when complete, so an export that is interrupted (an error, a
cancel, a crash, the process killed) never looks like a finished one. Leftovers of an earlier
interrupted export carry `atomic_files.TEMP_MARK` in their name and are removed by the next
export to the same target.

Also: safe, unique file names inside the export (Windows, macOS and Linux alike).
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from app.atomic_files import TEMP_MARK, fsync_dir, temp_beside
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

_BAD = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
MAX_NAME = 120


def safe_name(name: str, fallback: str = "file") -> str:
    """A file or folder name any system accepts: no separators or reserved characters, no
    trailing dots or spaces, not a reserved device name, at most MAX_NAME characters (the
    extension kept)."""
    name = unicodedata.normalize("NFC", name or "")
    name = " ".join(_BAD.sub("_", name).split()).strip(" .")
    if not name:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, ext = name, ""
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"_{stem}"
    stem = stem[:MAX_NAME - len(ext) - 1].rstrip(" .") or fallback
    return f"{stem}.{ext}" if ext else stem


class UniqueNames:
    """Hands out names unique within each folder, ignoring case (as Windows and macOS do):
    "report.pdf", "report (2).pdf", ..."""

    def __init__(self) -> None:
        self._taken: dict[str, set[str]] = {}

    def take(self, folder: str, name: str) -> str:
        name = safe_name(name)
        taken = self._taken.setdefault(folder.casefold(), set())
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        taken.add(candidate.casefold())
        return f"{folder}/{candidate}" if folder else candidate


class ExportSink:
    """Write files into the export under relative POSIX paths; `finish()` publishes it."""

    def __init__(self, target: Path, as_zip: bool) -> None:
        self.target = Path(target).absolute()
        if self.target.exists():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "“{path}” already exists. Choose another name or folder."),
                path=str(self.target))
        if not self.target.parent.is_dir():
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The folder {path} does not exist."),
                                  path=str(self.target.parent))
        remove_stale_partials(self.target)
        self.as_zip = as_zip
        self.temp = temp_beside(self.target)
        self._zip: zipfile.ZipFile | None = None
        if as_zip:
            self._zip = zipfile.ZipFile(self.temp, "x", compression=zipfile.ZIP_DEFLATED,
                                        compresslevel=6)
        else:
            self.temp.mkdir()

    def write_bytes(self, path: str, data: bytes) -> None:
        self.write_stream(path, lambda fh: fh.write(data))

    def write_stream(self, path: str, fill: Callable[[BinaryIO], object]) -> None:
        rel = PurePosixPath(path)
        if self._zip is not None:
            with self._zip.open(str(rel), "w", force_zip64=True) as fh:
                fill(fh)
            return
        full = self.temp.joinpath(*rel.parts)
        full.parent.mkdir(parents=True, exist_ok=True)
        with open(full, "xb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())

    def finish(self) -> Path:
        if self._zip is not None:
            self._zip.close()
            with open(self.temp, "rb+") as fh:
                os.fsync(fh.fileno())
        else:
            for folder, _dirs, _files in os.walk(self.temp):
                fsync_dir(Path(folder))
        os.replace(self.temp, self.target)
        fsync_dir(self.target.parent)
        return self.target

    def abort(self) -> None:
        if self._zip is not None:
            try:
                self._zip.close()
            except (OSError, ValueError):
                pass
            self.temp.unlink(missing_ok=True)
        else:
            shutil.rmtree(self.temp, ignore_errors=True)


def remove_stale_partials(target: Path) -> None:
    """What an interrupted export to this target left behind."""
    for leftover in target.parent.glob(f"{glob_escape(target.name)}{TEMP_MARK}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
