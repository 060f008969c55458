"""The rich-text editing surface of notes, addenda and note templates.

Its document never fetches anything: an image is shown only when it is embedded in the text
itself as a `data:image/png` or `data:image/jpeg` URI; any other URL (http, file, qrc, a style
sheet link, a CSS background) loads nothing, so opening or pasting hostile HTML makes no request
and reads no local file. Pasted or dropped HTML goes through app.services.html_sanitizer before
it reaches the document; a pasted picture is embedded as PNG.

GUI thread only.
"""

from __future__ import annotations

import base64
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.services.html_sanitizer import sanitize

# Same rule as the sanitizer: only images carried inside the note.
_DATA_IMAGE = re.compile(r"^image/(?:png|jpeg);base64,([A-Za-z0-9+/=\s]+)$")
# A pasted screenshot is kept, but not at a size that bloats the note for nothing.
MAX_PASTED_IMAGE_WIDTH = 1200

# Tables come back from storage without Qt's border attributes (the sanitizer keeps none):
# draw them ruled anyway, as in the PDF.
DEFAULT_STYLE = """
table { border-collapse: collapse; }
td, th { border: 1px solid #9aa5b1; padding: 4px; }
a { color: #2f7d73; }
"""
FRAME_STYLE = """
QTextEdit { background: #ffffff; border: 1px solid #cbd2d9; border-radius: 6px; }
QTextEdit:focus { border-color: #3f9b8f; }
"""

# Heading level → Qt's font size adjustment (what its HTML reader gives <h1>…<h3>).
HEADING_SIZES = {0: 0, 1: 3, 2: 2, 3: 1, 4: 0, 5: -1, 6: -2}


def table_format(fmt: QTextTableFormat | None = None) -> QTextTableFormat:
    """Ruled, full width, a little padding: how note tables look in the editor."""
    fmt = QTextTableFormat(fmt) if fmt is not None else QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    return fmt


def _rule_tables(frame: QTextFrame) -> None:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            child.setFormat(table_format(child.format()))
        _rule_tables(child)


def load_html(doc: QTextDocument, html: str) -> None:
    """Put sanitized `html` in `doc` as a fresh, unmodified document (stored tables carry no
    border or width: they get the editor's)."""
    doc.setHtml(sanitize(html))
    _rule_tables(doc.rootFrame())
    doc.clearUndoRedoStacks()
    doc.setModified(False)


def embedded_image(url: QUrl) -> QImage | None:
    """The picture of a data:image/png|jpeg;base64 URL, else None."""
    if url.scheme().lower() != "data":
        return None
    found = _DATA_IMAGE.match(url.path())
    if not found:
        return None
    try:
        image = QImage.fromData(QByteArray(base64.b64decode(found.group(1), validate=False)))
    except ValueError:
        return None
    return None if image.isNull() else image


def _nothing_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads no resource except images embedded as data: URIs.

    Qt's own loadResource would read local files and ask the owning widget; and when a
    document gives no image, Qt's image handler opens the image's name as a file itself. So
    every other image is answered with an empty 1×1 picture and every other resource with
    nothing: Qt's loaders are never reached."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDefaultStyleSheet(DEFAULT_STYLE)
        self.refused: list[str] = []  # URLs asked for and refused (for tests and debugging)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        image_kind = kind == QTextDocument.ResourceType.ImageResource.value
        if image_kind:
            image = embedded_image(name)
            if image is not None:
                return image
        if len(self.refused) < 100:
            self.refused.append(name.toString()[:200])
        return _nothing_image() if image_kind else ""


def png_data_uri(image: QImage) -> str:
    if image.width() > MAX_PASTED_IMAGE_WIDTH:
        image = image.scaledToWidth(MAX_PASTED_IMAGE_WIDTH,
                                    Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(buffer.data())).decode("ascii")


class RichTextEdit(QTextEdit):
    """QTextEdit on a SafeTextDocument, with sanitized paste and drop, and Enter after a
    heading starting an ordinary paragraph (as in a word processor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richText")
        self.setStyleSheet(FRAME_STYLE)
        self.setDocument(SafeTextDocument(self))
        self.setAcceptRichText(True)
        self.document().setDocumentMargin(10)

    def set_html(self, html: str) -> None:
        """Show stored (or template) HTML; it is sanitized again on the way in."""
        load_html(self.document(), html)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def body_html(self) -> str:
        """The document as HTML (the core sanitizes it when it is saved)."""
        return self.document().toHtml()

    def is_blank(self) -> bool:
        doc = self.document()
        return not doc.toPlainText().strip() and "<img" not in doc.toHtml()

    # --- paste and drop ------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        if source.hasHtml():
            html = sanitize(source.html())
            if html:
                cursor.insertHtml(html)
                self.ensureCursorVisible()
                return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                cursor.insertHtml(f'<img src="{png_data_uri(image)}">')
                self.ensureCursorVisible()
                return
        if source.hasText():
            plain = QMimeData()
            plain.setText(source.text())
            super().insertFromMimeData(plain)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return source.hasHtml() or source.hasText() or source.hasImage()

    # --- Enter after a heading -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        cursor = self.textCursor()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not cursor.hasSelection()
                and cursor.atBlockEnd() and cursor.blockFormat().headingLevel() > 0
                and not self.isReadOnly()):
            block = QTextBlockFormat(cursor.blockFormat())
            block.setHeadingLevel(0)
            chars = QTextCharFormat(cursor.charFormat())
            chars.setFontWeight(400)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            cursor.insertBlock(block, chars)
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(chars)
            return
        super().keyPressEvent(event)


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text (a completed note, an addendum): same safe document; links open in
    the system's browser or mail program only when clicked, and only http(s) and mailto."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richTextView")
        self.setDocument(SafeTextDocument(self))
        self.document().setDocumentMargin(10)
        self.setOpenLinks(False)
        self.anchorClicked.connect(_open_link)

    def set_html(self, html: str) -> None:
        load_html(self.document(), html)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        # QTextBrowser's own would read local files; the document asks it nothing, but be sure.
        return self.document().loadResource(kind, name)


def _open_link(url: QUrl) -> None:
    from PySide6.QtGui import QDesktopServices

    if url.scheme().lower() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)

