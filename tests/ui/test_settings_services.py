"""Settings → Services: create a service by typing, edit it in a French locale, deactivate,
reorder and delete one in use; and the practice time zone on the General page."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import ValidationError
from app.services import practice
from app.services import service_catalog as catalog
from app.services.service_catalog import ServiceInput
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.main_window import MainWindow
from ui.settings.service_dialog import ServiceDialog, parse_number


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1100, 700)  # the size the other settings tests use
    window.show()
    window.show_area("settings")
    return window


def _rows(page) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _select(page, name: str) -> None:
    row = next(r for r, cells in enumerate(_rows(page)) if cells[0] == name)
    page.table.selectRow(row)


def _open_dialog(qtbot, page, button) -> ServiceDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ServiceDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


@pytest.fixture(scope="module")
def _sample_template(tmp_path_factory):
    """One sample workspace for the module, copied per test: a copy of a closed workspace is a
    complete workspace, and copying skips creation and key derivation."""
    path = tmp_path_factory.mktemp("services-template") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice", sample_data=True,
                          language="en")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def sample_workspace(tmp_path, _sample_template):
    template, key = _sample_template
    shutil.copy(template, tmp_path / "practice.consulta")
    ws = open_workspace(tmp_path / "practice.consulta", key=key)
    yield ws
    ws.close()


@pytest.fixture
def french_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_services_page_lists_the_defaults_and_creates_a_service(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    area = window.settings
    page = area.services
    assert _rows(page) == [
        ["Initial consultation", "60 min", "€80.00", "0%", "Active"],
        ["Follow-up session", "50 min", "€65.00", "0%", "Active"],
    ]
    area.show_services()
    save(window, "settings-services")
    assert page.visibleRegion().boundingRect().height() >= page.table.height(), \
        "the whole list is in view at the default window size"

    dialog = _open_dialog(qtbot, page, page.new_button)
    assert dialog.windowTitle() == "New service"
    qtbot.keyClicks(dialog.name, "Couples session")
    dialog.duration.lineEdit().selectAll()
    qtbot.keyClicks(dialog.duration, "80")
    qtbot.keyClicks(dialog.price, "90.5")
    _type(qtbot, dialog.tax_rate, "23")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    assert _rows(page)[-1] == ["Couples session", "80 min", "€90.50", "23%", "Active"]
    assert page.current().name == "Couples session", "the new service is selected"
    assert "Couples session" in page.feedback.text()
    svc = page.current()
    assert (svc.price_minor, svc.tax_rate) == (9050, Decimal("23"))

    # Reorder: up once, then it can go down again.
    assert not page.down_button.isEnabled(), "already last"
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in _rows(page)] == ["Initial consultation", "Couples session",
                                           "Follow-up session"]
    assert page.current().name == "Couples session", "the moved service stays selected"
    assert page.down_button.isEnabled()


def test_the_dialog_shows_mistakes_next_to_the_fields(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    page = window.settings.services
    dialog = _open_dialog(qtbot, page, page.new_button)

    qtbot.keyClicks(dialog.name, "follow-up SESSION")
    qtbot.keyClicks(dialog.price, "sixty")
    dialog.tax_rate.setFocus()
    dialog.price.editingFinished.emit()
    assert dialog.fields["price"].message.text() == "“sixty” is not a number."
    _type(qtbot, dialog.tax_rate, "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "nothing saved while the price is not a number"

    _type(qtbot, dialog.price, "60")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.fields["price"].message.isVisible()
    assert dialog.fields["name"].message.text() == \
        "A service called “follow-up SESSION” already exists."
    assert dialog.fields["tax_rate"].message.text() == \
        "The tax rate is a percentage between 0 and 100.", "all the mistakes at once"
    assert dialog.focusWidget() is dialog.name, "the cursor goes to the first field to fix"
    save(dialog, "service-dialog-error")

    _type(qtbot, dialog.name, "Walk and talk")
    assert not dialog.fields["name"].message.isVisible(), "typing clears the message"
    _type(qtbot, dialog.tax_rate, "20")
    qtbot.keyClick(dialog.tax_rate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    walk = catalog.list_services(sample_workspace)[-1]
    assert (walk.name, walk.price_minor, walk.tax_rate) == ("Walk and talk", 6000, Decimal(20))
    assert _rows(page)[-1][3] == "20%"


def test_edit_a_price_with_a_decimal_comma_in_french(qtbot, sample_workspace, french_locale):
    window = _window(qtbot, sample_workspace)
    page = window.settings.services
    assert _rows(page)[1][2] == "65,00\u00a0€"
    _select(page, "Follow-up session")
    dialog = _open_dialog(qtbot, page, page.edit_button)
    assert dialog.windowTitle() == "Edit service"
    assert dialog.price.text() == "65,00"
    _type(qtbot, dialog.price, "72,50")
    _type(qtbot, dialog.tax_rate, "5,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    svc = catalog.list_services(sample_workspace)[1]
    assert (svc.price_minor, svc.tax_rate) == (7250, Decimal("5.5"))
    assert _rows(page)[1][2:4] == ["72,50\u00a0€", "5,5\u00a0%"]


def test_numbers_typed_the_french_way(french_locale):
    for text, expected in (("72,50", "72.50"), ("72.5", "72.5"), ("1 234,5", "1234.5"),
                           ("1\u202f234,5", "1234.5"), ("", "0")):
        assert parse_number(text, "price") == Decimal(expected), text
    for text in ("1.234,5", "sept", "7,5,0"):
        with pytest.raises(ValidationError):
            parse_number(text, "price")


def test_deactivate_and_delete_a_service_in_use(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    page = window.settings.services
    _select(page, "Follow-up session")
    assert page.active_button.text().replace("&", "") == "Deactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _rows(page)[1][4] == "Inactive"
    assert page.active_button.text().replace("&", "") == "Activate"
    assert "no longer offered" in page.feedback.text()
    assert [s.name for s in catalog.list_services(sample_workspace, include_inactive=False)] == \
        ["Initial consultation"]

    # Delete asks, naming how many appointments use it; Cancel keeps it.
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    # ("4 appointments" once the English catalogue has this plural form.)
    assert "4 appointment" in box.text() and "deactivate it instead" in box.text()
    save(box, "service-delete-question")
    box.button(QMessageBox.StandardButton.Cancel).click()
    QApplication.processEvents()
    assert len(_rows(page)) == 2

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.dialog.findChild(QWidget, "confirm_yes").click()
    QApplication.processEvents()
    assert [r[0] for r in _rows(page)] == ["Initial consultation"]
    assert "Follow-up session" in page.feedback.text()
    assert catalog.get_service(sample_workspace, catalog.list_services(sample_workspace)[0].id)


def test_deleting_an_unused_service_says_so(qtbot, sample_workspace):
    workspace = sample_workspace
    catalog.create_service(workspace, ServiceInput(name="Short session", duration_minutes=30))
    window = _window(qtbot, workspace)
    page = window.settings.services
    _select(page, "Short session")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "No appointment uses it" in page.dialog.text()
    page.dialog.findChild(QWidget, "confirm_yes").click()
    QApplication.processEvents()
    assert "Short session" not in [r[0] for r in _rows(page)]


def test_time_zone_setting(qtbot, sample_workspace):
    window = _window(qtbot, sample_workspace)
    general = window.settings.general
    combo = general.time_zone
    assert combo.currentText() == practice.get_practice(sample_workspace).time_zone
    assert combo.count() > 400 and combo.itemText(0) == "UTC"

    completer = combo.completer()
    completer.setCompletionPrefix("lisb")
    assert completer.currentCompletion() == "Europe/Lisbon", "found by any part of its name"

    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Europe/Lisbon")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: practice.get_practice(sample_workspace).time_zone == "Europe/Lisbon",
                    timeout=3000)
    assert general.feedback.text() == "Time zone saved: Europe/Lisbon."

    # Picking from the list saves too.
    combo.setCurrentIndex(combo.findText("America/Sao_Paulo"))
    combo.activated.emit(combo.currentIndex())
    assert practice.get_practice(sample_workspace).time_zone == "America/Sao_Paulo"

    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Mars/Olympus")
    combo.lineEdit().editingFinished.emit()
    assert general.error.isVisible() and "is not a time zone" in general.error.text()
    assert practice.get_practice(sample_workspace).time_zone == "America/Sao_Paulo"
    save(window, "settings-general-time-zone")
