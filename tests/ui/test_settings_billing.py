"""Settings → Billing: each field saved when committed, refusals shown by their field and not
saved, number formats checked and previewed as they are typed, the logo chosen and removed,
tax rates, currency; and a new workspace's currency from the system locale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog

from app.services import billing_settings, practice
from app.store.keys import RememberedKeys
from tests.app.billing_helpers import client, issued
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.main_window import MainWindow
from ui.workspace.create_dialog import CreateWorkspaceDialog


def _page(qtbot, ws):  # noqa: ANN001, ANN202
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    with qtbot.waitActive(window):  # leaving a multi-line field (focus out) commits it
        window.show()
        window.activateWindow()
    window.show_area("settings")
    return window, window.settings.billing


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _png(path, color: str = "#3f9b8f", size=(240, 90)):  # noqa: ANN001, ANN202
    """A small logo: a disc and the practice's name."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(10, 15, 60, 60)
    painter.setPen(QColor("#213a3f"))
    font = painter.font()
    font.setPixelSize(26)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(82, 15, 150, 60, Qt.AlignmentFlag.AlignVCenter, "Lumen")
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def test_letterhead_fields_are_saved_when_committed(qtbot, workspace):
    window, page = _page(qtbot, workspace)
    _type(qtbot, page.edits["practitioner_name"], "Dr Ana Ferreira")
    qtbot.keyClick(page.edits["practitioner_name"], Qt.Key.Key_Return)
    assert practice.get_practice(workspace).practitioner_name == "Dr Ana Ferreira"
    assert page.fields["practitioner_name"].note.text() == "Saved."

    address = page.edits["address"]
    address.setFocus()
    qtbot.keyClicks(address, "Rua das Flores 12")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.keyClicks(address, "1200-195 Lisboa")
    assert window.unsaved_changes() == ["Settings → Billing: Address"], "typed, not yet saved"
    page.edits["tax_number"].setFocus()  # leaving the box commits it
    assert practice.get_practice(workspace).address == "Rua das Flores 12\n1200-195 Lisboa"
    assert not window.unsaved_changes()

    _type(qtbot, page.edits["email"], "not an email")
    qtbot.keyClick(page.edits["email"], Qt.Key.Key_Return)
    assert page.fields["email"].error.isVisible()
    assert "email" in page.fields["email"].error.text().lower()
    assert practice.get_practice(workspace).email == "", "refused, so not saved"
    _type(qtbot, page.edits["email"], "ana@clinica.pt")
    qtbot.keyClick(page.edits["email"], Qt.Key.Key_Return)
    assert not page.fields["email"].error.isVisible()
    assert practice.get_practice(workspace).email == "ana@clinica.pt"

    payment = page.edits["payment_instructions"]
    payment.setFocus()
    qtbot.keyClicks(payment, "IBAN PT50 0002 0123 1234 5678 9015 4")
    page.edits["invoice_footer"].setFocus()
    qtbot.keyClicks(page.edits["invoice_footer"], "Isento de IVA")
    page.edits["email"].setFocus()
    saved = practice.get_practice(workspace)
    assert saved.payment_instructions == "IBAN PT50 0002 0123 1234 5678 9015 4"
    assert saved.invoice_footer == "Isento de IVA"

    # The name is General's: shown here, and kept up to date.
    general = window.settings.general
    general.practice_name.setText("Clínica Lumen")
    general.save_name.click()
    assert page.practice_name.text() == "Clínica Lumen"
    page.findChild(type(general.save_name), "change_name").click()
    assert general.practice_name.hasFocus()


def test_number_formats_are_checked_and_previewed_as_typed(qtbot, workspace):
    cid = client(workspace)
    issued(workspace, cid)  # INV-…-0001 is taken: the next invoice is number 2
    window, page = _page(qtbot, workspace)
    window.settings.show_billing()
    year = str(__import__("datetime").date.today().year)
    assert page.preview("invoice_number_format") == f"Next number: INV-{year}-0002"
    assert page.preview("credit_note_number_format") == f"Next number: CN-{year}-0001"

    edit = page.edits["invoice_number_format"]
    _type(qtbot, edit, "F{year}/{seq:03}")
    assert page.preview("invoice_number_format") == f"Next number: F{year}/002", "as typed"
    assert practice.get_practice(workspace).invoice_number_format == "INV-{year}-{seq:04}"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert practice.get_practice(workspace).invoice_number_format == "F{year}/{seq:03}"
    assert page.preview("invoice_number_format") == f"Saved. Next number: F{year}/002"

    _type(qtbot, edit, "F-{year}")
    field = page.fields["invoice_number_format"]
    assert field.error.isVisible() and "{seq}" in field.error.text(), "checked while typing"
    assert edit.property("invalid") is True
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert practice.get_practice(workspace).invoice_number_format == "F{year}/{seq:03}"
    assert window.unsaved_changes() == ["Settings → Billing: Invoice numbers"]
    window.settings.scroll.ensureWidgetVisible(edit, 0, 120)
    save(window, "settings-billing-format-error")
    _type(qtbot, edit, "F-{client}-{seq}")
    assert "only use" in field.error.text()

    receipt = page.edits["receipt_number_format"]
    _type(qtbot, receipt, "R{seq:05}")
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    assert billing_settings.get_receipt_number_format(workspace) == "R{seq:05}"
    assert page.preview("receipt_number_format") == "Saved. Next number: R00001"


def test_logo_is_chosen_previewed_and_removed(qtbot, workspace, tmp_path):
    window, page = _page(qtbot, workspace)
    logo = page.logo
    assert not logo.has_logo() and logo.preview.text() == "No logo"
    png = _png(tmp_path / "logo.png")
    # Through Qt's own file dialog, as the practitioner does.
    qtbot.mouseClick(logo.choose, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.testOption(
        QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(png))
    dialog.accept()
    assert billing_settings.get_logo(workspace) == png.read_bytes()
    assert logo.has_logo() and not logo.preview.pixmap().isNull()
    assert "logo.png" in page.fields["logo"].note.text()

    not_png = tmp_path / "logo.jpg"
    QImage(20, 20, QImage.Format.Format_RGB32).save(str(not_png), "JPG")
    page.choose_logo(not_png)
    assert page.fields["logo"].error.text() == "The logo must be a PNG image."
    assert billing_settings.get_logo(workspace) == png.read_bytes(), "the old one stays"
    assert logo.has_logo()

    qtbot.mouseClick(logo.remove, Qt.MouseButton.LeftButton)
    assert billing_settings.get_logo(workspace) is None
    assert not logo.has_logo() and not logo.remove.isEnabled()
    assert not page.fields["logo"].error.isVisible()


def test_money_currency_terms_and_tax_rates(qtbot, workspace):
    window, page = _page(qtbot, workspace)
    assert page.currency.currentData() == "EUR"
    assert page.currency.currentText() == "EUR — Euro", "code and name"
    index = page.currency.findData("CHF")
    page.currency.setCurrentIndex(index)
    page.currency.activated.emit(index)
    assert practice.get_practice(workspace).currency == "CHF"
    services = window.settings.services.table
    assert "CHF" in services.item(0, 2).text(), "prices elsewhere follow at once"
    _type(qtbot, page.currency.lineEdit(), "Klingon darsek")
    page.currency.lineEdit().editingFinished.emit()
    assert page.fields["currency"].error.text() == "Choose a currency from the list."
    assert practice.get_practice(workspace).currency == "CHF"

    page.terms.setValue(30)
    page.terms.editingFinished.emit()
    assert practice.get_practice(workspace).payment_terms_days == 30
    assert "30 day" in page.fields["payment_terms_days"].note.text()

    rates = page.tax_rates
    _type(qtbot, rates.rate, "23")
    qtbot.keyClick(rates.rate, Qt.Key.Key_Return)
    _type(qtbot, rates.rate, "6")
    qtbot.mouseClick(rates.add, Qt.MouseButton.LeftButton)
    assert billing_settings.get_tax_rates(workspace) == [Decimal(0), Decimal(6), Decimal(23)]
    assert [rates.list.item(i).text() for i in range(rates.list.count())] == ["0%", "6%", "23%"]
    assert rates.rate.text() == "", "ready for the next one"
    for wrong in ("abc", "150"):
        _type(qtbot, rates.rate, wrong)
        qtbot.keyClick(rates.rate, Qt.Key.Key_Return)
        assert page.fields["tax_rates"].error.isVisible(), wrong
        assert billing_settings.get_tax_rates(workspace) == [Decimal(0), Decimal(6), Decimal(23)]
    rates.list.setCurrentRow(0)
    qtbot.mouseClick(rates.remove, Qt.MouseButton.LeftButton)
    assert billing_settings.get_tax_rates(workspace) == [Decimal(6), Decimal(23)]
    assert not page.fields["tax_rates"].error.isVisible()
    save(window, "settings-billing-money")


def test_settings_billing_screenshot(qtbot, workspace, tmp_path):
    practice.update_practice(workspace, practitioner_name="Dr Ana Ferreira",
                             address="Rua das Flores 12\n1200-195 Lisboa\nPortugal",
                             tax_number="PT 123 456 789", email="ana@clinica.pt",
                             phone="+351 912 000 111",
                             payment_instructions="IBAN PT50 0002 0123 1234 5678 9015 4",
                             invoice_footer="Isento de IVA ao abrigo do artigo 9.º do CIVA")
    billing_settings.set_logo(workspace, _png(tmp_path / "logo.png").read_bytes())
    billing_settings.set_tax_rates(workspace, [0, 6, 23])
    window, page = _page(qtbot, workspace)
    save(page.box, "settings-billing")
    window.settings.show_billing()
    save(window, "settings-billing-window")


def test_a_new_workspace_takes_the_currency_of_the_locale(qtbot, workspace_path):
    dialog = CreateWorkspaceDialog(workspace_path, RememberedKeys().status(), "pt")
    qtbot.addWidget(dialog)
    dialog.locale_name = "pt_BR"  # as if this computer were set up in Brazil
    dialog.practice_name.setText("Clínica")  # (QTest cannot type accented letters)
    qtbot.keyClicks(dialog.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.sample_data.setChecked(False)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    try:
        assert practice.get_practice(dialog.workspace).currency == "BRL"
    finally:
        dialog.workspace.close()


def test_locale_currency():
    assert [practice.locale_currency(n) for n in ("en_GB", "fr_FR", "en_US", "de_CH.UTF-8")] == [
        "GBP", "EUR", "USD", "CHF"]
    assert practice.locale_currency("C") == "EUR", "no country: the default"
    assert practice.locale_currency("en", fallback="USD") == "USD"
