"""The PDF font family: DejaVu Sans from `resources/fonts`, registered with reportlab once.

Safe to call from any thread (PDF batches run on a worker thread); registration happens at most
once per process, under a lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.errors import ConsultaError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

# reportlab face name → file in resources/fonts
FACES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontsMissingError(ConsultaError):
    """The shipped fonts are not where the installation says they are."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab (once) and return the family name.

    Raises FontsMissingError if a font file is missing or unreadable: a PDF with the wrong font
    would silently drop accented letters, so we refuse rather than fall back to Helvetica.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        folder = fonts_dir()
        for face, filename in FACES.items():
            path = folder / filename
            try:
                pdfmetrics.registerFont(TTFont(face, str(path)))
            except (OSError, TTFError) as exc:
                raise FontsMissingError(
                    QT_TRANSLATE_NOOP("Core", "The font file {path} cannot be read: {reason}"),
                    path=str(path), reason=str(exc),
                ) from exc
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
        )
        # Mappings for <b>/<i> in platypus Paragraph markup.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, OBLIQUE)
        addMapping(FAMILY, 1, 1, BOLD_OBLIQUE)
        _registered = True
        return FAMILY
