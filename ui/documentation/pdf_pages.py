"""PDF pages as images for the file preview, rendered in memory with pdfium (pypdfium2): the
decrypted bytes never touch the disk, and a PDF's scripts, forms and links are not run."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage


class PdfPages:
    """An open PDF: its page count, and any page drawn to fit a size."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # imported on first use: start-up stays fast

        self._pdf = pdfium.PdfDocument(data)
        self.count = len(self._pdf)

    def render(self, index: int, fit: QSize) -> QImage:
        page = self._pdf[index]
        try:
            width, height = page.get_size()  # in points
            scale = min(fit.width() / width, fit.height() / height)
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
            rgba = bitmap.to_pil().convert("RGBA")
            return QImage(rgba.tobytes("raw", "RGBA"), rgba.width, rgba.height,
                          QImage.Format.Format_RGBA8888).copy()
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


def open_pdf(data: bytes) -> PdfPages | None:
    """None when the bytes are not a PDF pdfium can read (damaged, encrypted with a password)."""
    try:
        pages = PdfPages(data)
    except Exception:  # pdfium reports every unreadable file as its own error type
        return None
    return pages if pages.count else None
