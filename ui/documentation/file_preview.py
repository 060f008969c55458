"""Look at an uploaded file without leaving Consulta: images are shown (decoded at the size
shown, so a huge photo stays light), PDFs page by page (ui/documentation/pdf_pages.py); other
types show their name, type, size, date and checksum. `Open in another program` writes a
temporary copy in a private folder, says so, and the copy is deleted when Consulta closes
(ui/documentation/temp_copies.py); `Save a copy…` exports the file on purpose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import documentation, files
from app.services.files import FileView
from app.workspace import Workspace
from ui.billing.status_text import short_date
from ui.documentation import file_actions
from ui.documentation.doc_list_model import size_text, type_text
from ui.documentation.pdf_pages import PdfPages, open_pdf
from ui.documentation.temp_copies import TempCopies, session_copies
from ui.navigation import Navigator

MAX_IMAGE_BYTES = 80 * 1024 * 1024  # beyond this a "preview" is not quick: open it elsewhere
VIEW = QSize(860, 540)  # the largest the image is shown
CHROME = QSize(60, 280)  # the dialog around the image: margins, title, details, buttons

STYLE = """
#previewArea { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#typeBadge { background: #eef2f5; color: #3e4c59; border-radius: 10px; font-size: 18pt;
    font-weight: 600; padding: 18px 22px; }
#noPreview { color: #52606d; }
#checksum { font-family: monospace; font-size: 9pt; color: #3e4c59; }
#fieldLabel { color: #52606d; }
"""


def load_image(data: bytes, fit: QSize = VIEW) -> QImage:
    """The image scaled down to fit `fit` while decoding (null when not an image Qt reads)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if size.isValid() and (size.width() > fit.width() or size.height() > fit.height()):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ImageView(QLabel):
    """The image at the size it was decoded, or smaller (proportions kept) when the window is
    smaller than that: all of it is always in view."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_image(image)

    def set_image(self, image: QImage) -> None:
        self._full = QPixmap.fromImage(image)
        self.setPixmap(self._full)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._full.size()

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self.contentsRect().size()
        fits = self._full.width() <= room.width() and self._full.height() <= room.height()
        self.setPixmap(self._full if fits else self._full.scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


class FilePreview(QDialog):
    """Opened with show(); `copies` is where "Open in another program" puts its copy."""

    def __init__(self, workspace: Workspace, navigator: Navigator, file_id: int, *,
                 copies: TempCopies | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilePreview")
        self.setStyleSheet(STYLE)
        self._ws, self._nav = workspace, navigator
        self.copies = copies or session_copies()
        self.file: FileView = files.get_file(workspace, file_id)
        self.image = QImage()
        self.opened_copy: Path | None = None
        self.saved_copy: Path | None = None
        f = self.file
        self.setWindowTitle(f.name)

        title = QLabel(f.name, objectName="dialogTitle")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        with workspace.read() as s:
            added = documentation.local_date(s, f.created_at)
        self.summary = QLabel(self.tr("%1 · %2 · added %3").replace("%1", type_text(f.name, f.mime_type))
                              .replace("%2", size_text(f.size)).replace("%3", short_date(added)),
                              objectName="hint")

        self.picture: ImageView | None = None
        self.pdf: PdfPages | None = None
        body = self._body()

        details = QFormLayout()
        details.setHorizontalSpacing(14)
        details.setVerticalSpacing(4)
        for label, value, name in (
                (self.tr("Type"), f.mime_type, "type"),
                (self.tr("Size"), self.tr("%1 (%2 bytes)").replace("%1", size_text(f.size))
                 .replace("%2", f"{f.size:,}".replace(",", "\u202f")), "size"),
                (self.tr("Added"), short_date(added), "added"),
                (self.tr("Checksum (SHA-256)"), f.sha256, "checksum")):
            value_label = QLabel(value, objectName="checksum" if name == "checksum" else name)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(QLabel(label, objectName="fieldLabel"), value_label)

        self.notice = QLabel(objectName="hint")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        # Said before it happens: opening elsewhere puts a decrypted copy on the disk.
        self.notice.setText(self.tr(
            "“Open in another program” makes a temporary decrypted copy in a private folder on "
            "this computer; Consulta deletes it when it closes."))
        self.open_button = QPushButton(self.tr("Open in another program"),
                                       objectName="open_elsewhere")
        self.open_button.clicked.connect(self.open_elsewhere)
        self.save_button = QPushButton(self.tr("Save a copy…"), objectName="save_copy")
        self.save_button.clicked.connect(lambda: self.save_copy())
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addLayout(details)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self._fit()

    def _body(self) -> QWidget:
        """The image, or what the file is when it cannot be shown here."""
        f = self.file
        if f.mime_type.startswith("image/") and f.size <= MAX_IMAGE_BYTES:
            try:
                self.image = load_image(files.get_file_bytes(self._ws, f.id), self._fit_in())
            except ConsultaError:
                self.image = QImage()
        elif f.mime_type == "application/pdf" or f.name.lower().endswith(".pdf"):
            try:
                self.pdf = open_pdf(files.get_file_bytes(self._ws, f.id))
            except ConsultaError:
                self.pdf = None
            if self.pdf is not None:
                self.image = self.pdf.render(0, self._fit_in())
        if not self.image.isNull():
            self.picture = ImageView(self.image)
            frame = QFrame(objectName="previewArea")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(1, 1, 1, 1)
            inner.addWidget(self.picture)
            if self.pdf is not None and self.pdf.count > 1:
                inner.addLayout(self._page_buttons())
            return frame
        box = QFrame(objectName="previewArea")
        box.setMinimumHeight(230)  # room for the badge and two lines of text
        badge = QLabel(type_text(f.name, f.mime_type) or "?", objectName="typeBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = (self.tr("Consulta cannot show this kind of file. Open it in another program, "
                        "or save a copy.") if not f.mime_type.startswith("image/") else
                self.tr("This image cannot be shown here (it is too large or damaged). Open "
                        "it in another program, or save a copy."))
        self.no_preview = QLabel(text, objectName="noPreview")
        self.no_preview.setWordWrap(True)
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(40, 16, 40, 16)
        inner.addStretch(1)
        inner.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(8)
        # Without an alignment flag the layout gives a wrapped label the height its width needs.
        inner.addWidget(self.no_preview)
        inner.addStretch(1)
        return box

    def _page_buttons(self) -> QHBoxLayout:
        self.page = 0
        self.previous_page = QPushButton("‹", objectName="previous_page")
        self.next_page = QPushButton("›", objectName="next_page")
        self.previous_page.setToolTip(self.tr("Previous page"))
        self.next_page.setToolTip(self.tr("Next page"))
        self.page_label = QLabel(objectName="page_label")
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.previous_page)
        row.addWidget(self.page_label)
        row.addWidget(self.next_page)
        row.addStretch(1)
        self._update_page_buttons()
        return row

    def show_page(self, index: int) -> None:
        if self.pdf is None or not 0 <= index < self.pdf.count:
            return
        self.page = index
        self.image = self.pdf.render(index, self._fit_in())
        self.picture.set_image(self.image)
        self._update_page_buttons()

    def _update_page_buttons(self) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(self.pdf.count)))
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < self.pdf.count - 1)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        super().closeEvent(event)

    def _fit_in(self) -> QSize:
        """VIEW, or less on a small screen: the whole dialog stays on the screen."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return VIEW
        room = screen.availableSize() - CHROME
        return VIEW.boundedTo(room.expandedTo(QSize(320, 200)))

    def _fit(self) -> None:
        self.setMinimumWidth(700)  # the checksum's 64 digits beside their label
        # Not adjustSize(): it caps a window at 2/3 of the screen, and the image fits already.
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        hint = self.sizeHint().expandedTo(self.minimumSizeHint())
        self.resize(hint.boundedTo(screen.availableSize()) if screen is not None else hint)

    # --- actions -----------------------------------------------------------------------------

    def open_elsewhere(self) -> None:
        self.open_button.setEnabled(False)
        self._say(self.tr("Preparing a temporary copy…"))
        file_actions.open_elsewhere(self, self._ws, self.file.id, self.copies,
                                    on_opened=self._opened)

    def _opened(self, path: Path, launched: bool) -> None:
        self.opened_copy = path
        self.open_button.setEnabled(True)
        if launched:
            text = self.tr("Opened a temporary copy: %1. Consulta deletes it when it closes; "
                           "save your changes elsewhere with “Save as” in that program.")
        else:
            text = self.tr("No program on this computer opens this kind of file. The temporary "
                           "copy %1 is deleted when Consulta closes.")
        self._say(text.replace("%1", str(path)))

    def save_copy(self, path: Path | str | None = None):
        return file_actions.save_copy(self, self._ws, self.file.id, path, on_saved=self._saved)

    def _saved(self, path: Path) -> None:
        self.saved_copy = path
        self._say(self.tr("Saved a copy as %1").replace("%1", str(path)))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
