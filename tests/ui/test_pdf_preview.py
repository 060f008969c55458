"""A PDF uploaded to a client is previewed inside Consulta, page by page."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.services import clients, files
from app.services.people import PersonInput
from tests.ui.screens import save
from ui.documentation.file_preview import FilePreview
from ui.navigation import Navigator


def _two_page_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for n in (1, 2):
        pdf.setFont("Helvetica-Bold", 40)
        pdf.drawString(80, 700, f"Referral letter, page {n}")
        pdf.rect(80, 200, 400, 300 if n == 1 else 100, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _dark_share(image) -> float:
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 60)
    return dark / ((image.width() // 4 + 1) * (image.height() // 4 + 1))


def test_pdf_pages_are_shown_and_turned(qtbot, workspace):
    client = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Silva"))
    view = files.add_file(workspace, client, "referral.pdf", _two_page_pdf(), "application/pdf")
    preview = FilePreview(workspace, Navigator(), view.id)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.picture is not None and not preview.image.isNull()
    assert preview.page_label.text() == "Page 1 of 2" and not preview.previous_page.isEnabled()
    first = _dark_share(preview.image)
    assert first > 0.1  # the big black box of page 1 is drawn
    save(preview, "file-preview-pdf")
    qtbot.mouseClick(preview.next_page, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == "Page 2 of 2" and not preview.next_page.isEnabled()
    assert _dark_share(preview.image) < first  # page 2's box is a third of the size
    preview.close()


def test_a_damaged_pdf_says_it_cannot_be_shown(qtbot, workspace):
    client = clients.create_client(workspace, PersonInput(first_name="Ana", last_name="Silva"))
    view = files.add_file(workspace, client, "broken.pdf", b"%PDF-1.4 not really", "application/pdf")
    preview = FilePreview(workspace, Navigator(), view.id)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.picture is None and preview.no_preview.isVisible()
