"""Where a message's body is shown: a read-only QTextBrowser that fetches nothing.

Stored HTML is sanitized already (app/mail/html.py); this is the second wall. The document
answers every resource request itself: an image is shown only when it travels with the message
(`cid:` parts, from the stored attachments; `data:image/...`); anything else (http, file, qrc,
style sheets) gets an empty picture or nothing, so Qt's own loaders (which read local files) are
never reached and no request leaves the computer. Links do not navigate: a click shows the
target and opens it only when the user confirms (`open_url` is injectable for tests).

GUI thread only.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

STYLE = """
a { color: #2f7d73; }
table { border-collapse: collapse; }
pre { white-space: pre-wrap; }
"""
FRAME_STYLE = "QTextBrowser { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; }"
_DATA_IMAGE = re.compile(r"^image/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$", re.I)
_URL = re.compile(r"\b(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])|\b(mailto:[^\s<>\"']+)", re.I)
OPENABLE = ("http", "https", "mailto")
ImageSource = Callable[[str], bytes | None]  # content id → the stored bytes (None: not here)


def _nothing() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _image(data: bytes | None) -> QImage | None:
    if not data:
        return None
    image = QImage.fromData(QByteArray(data))
    return None if image.isNull() else image


def text_as_html(text: str) -> str:
    """A plain-text body as HTML: escaped, line breaks kept, web and mail addresses clickable."""
    escaped = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"))
    linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
    return f'<pre style="font-family: sans-serif; white-space: pre-wrap; margin: 0">{linked}</pre>'


class MailDocument(QTextDocument):
    """Loads only what the message carries. `refused` lists what was asked for and refused."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDefaultStyleSheet(STYLE)
        self.images: ImageSource = lambda _cid: None
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        is_image = kind == QTextDocument.ResourceType.ImageResource.value
        if is_image:
            scheme = name.scheme().lower()
            found = None
            if scheme == "data":
                match = _DATA_IMAGE.match(name.path())
                if match:
                    try:
                        found = _image(base64.b64decode(match.group(1), validate=False))
                    except ValueError:
                        found = None
            elif scheme == "cid":
                found = _image(self.images(name.path()))
            if found is not None:
                return found
        if len(self.refused) < 200:
            self.refused.append(name.toString()[:300])
        # An empty answer would send Qt to its own loader, which opens the name as a file.
        return _nothing() if is_image else ""


class MailBrowser(QTextBrowser):
    """`link_question` is the confirmation last shown (tests answer it)."""

    def __init__(self, parent: QWidget | None = None, *,
                 open_url: Callable[[QUrl], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailBody")
        self.setStyleSheet(FRAME_STYLE)
        self.setDocument(MailDocument(self))
        self.document().setDocumentMargin(12)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.open_url = open_url or QDesktopServices.openUrl
        self.link_question: QMessageBox | None = None
        self.anchorClicked.connect(self.ask_to_open)

    @property
    def refused(self) -> list[str]:
        return self.document().refused

    def show_html(self, body_html: str, images: ImageSource | None = None) -> None:
        doc: MailDocument = self.document()
        doc.images = images or (lambda _cid: None)
        doc.setHtml(body_html)

    def show_text(self, text: str) -> None:
        self.show_html(text_as_html(text))

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        # QTextBrowser's own would read local files: everything goes through the document.
        return self.document().loadResource(kind, name)

    def doSetSource(self, name: QUrl, type=None) -> None:  # noqa: N802, A002 (Qt's names)
        """Never navigate to another document: links go through `ask_to_open`."""

    def ask_to_open(self, url: QUrl) -> None:
        if url.scheme().lower() not in OPENABLE:
            return
        target = url.toString()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open link"),
                          self.tr("This link goes to:"), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("open_link_question")
        box.setInformativeText(target)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        opener = box.addButton(self.tr("Open in browser") if url.scheme().lower() != "mailto"
                               else self.tr("Open in mail program"),
                               QMessageBox.ButtonRole.AcceptRole)
        opener.setObjectName("open_link")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is opener:
                self.open_url(QUrl(url))
            box.deleteLater()

        box.finished.connect(lambda _result: answered())
        self.link_question = box
        box.open()
