"""Clients → Import…: a Spanish spreadsheet's CSV read as it is (cp1252, semicolons, day-first
dates), its columns recognised, the dry run's refused rows and duplicate, the import and its
undo; a file that is not a CSV; cancelling; contacts; Past imports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from app.services import clients, contacts, custom_fields, tags
from app.services.clients import ClientQuery
from app.services.people import PersonInput
from app.transfer.csv_import import Choice
from app.transfer.import_batches import list_import_batches
from tests.ui.screens import save
from ui.navigation import CLIENTS, CONTACTS, CUSTOM_FIELDS, TAGS, Navigator
from ui.transfer import import_wizard
from ui.transfer.import_history_dialog import ImportHistoryDialog
from ui.transfer.import_wizard import ImportWizard

SPANISH = [
    ["Nombre", "Apellidos", "Correo electrónico", "Fecha de nacimiento", "Etiquetas", "Notas",
     "Cómo nos conoció"],
    ["María", "García López", "maria@example.es", "17/04/1988", "Adultos", "Primera visita", "Internet"],
    ["José", "Núñez", "jose@", "03/02/1975", "", "", "Una amiga"],
    ["Lucía", "Peña", "lucia@example.es", "31/02/1990", "", "", ""],
    ["", "", "nadie@example.es", "", "", "Sin nombre", ""],
    ["Ana", "Silva Nueva", "ana@example.org", "25/12/1980", "Parejas", "", "Internet"],
    ["Tomás", "Ortega", "tomas@example.es", "05/11/1992", "Adultos, Parejas", "", ""],
]


def counted(text: str) -> str:
    """English plurals whether or not the catalogue has them yet ("2 row(s)" → "2 rows")."""
    return re.sub(r"(\d+)(\D*?)\(s\)",
                  lambda m: m.group(1) + m.group(2) + ("" if m.group(1) == "1" else "s"), text)


def _csv(path, rows, delimiter=";", encoding="cp1252"):  # noqa: ANN001, ANN202
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _wizard(qtbot, ws, kind="client"):  # noqa: ANN001, ANN202
    navigator = Navigator()
    changed: list[str] = []
    navigator.data_changed.connect(changed.append)
    wizard = ImportWizard(ws, navigator, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, changed


def _names(ws) -> list[str]:  # noqa: ANN001
    ids = clients.list_client_ids(ws, ClientQuery(show="all"))
    return sorted(r.name for r in clients.client_rows(ws, ids))


def _confirm(qtbot, box) -> None:  # noqa: ANN001
    qtbot.waitUntil(box.isVisible, timeout=2000)
    box.findChild(QPushButton, "confirm_yes").click()


def test_a_spanish_csv_is_checked_imported_and_undone(qtbot, workspace, tmp_path):
    ws = workspace
    ana = clients.create_client(ws, PersonInput(first_name="Ana", last_name="Silva",
                                                emails=["ana@example.org"]))
    path = _csv(tmp_path / "pacientes.csv", SPANISH)
    wizard, changed = _wizard(qtbot, ws)
    assert not wizard.next_button.isEnabled()
    wizard.load_file(path)
    page = wizard.file_page
    assert page.encoding.currentData() == "cp1252" and page.delimiter.currentData() == ";"
    assert counted(page.rows_label.text()) == "6 rows to import"
    assert page.preview_model.headerData(2, Qt.Orientation.Horizontal) == "Correo electrónico"
    assert page.preview_model.index(0, 1).data() == "García López"
    assert wizard.next_button.isEnabled()
    save(wizard, "import-1-file")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    cols = wizard.columns_page
    assert [cols.target_of(i) for i in range(7)] == [
        "field:first_name", "field:last_name", "field:email", "field:date_of_birth", "tags",
        "pending", "ignore"]
    assert cols.rows[3].dates.isVisibleTo(wizard) and cols.rows[3].dates.currentData() == "dmy"
    assert not cols.rows[0].dates.isVisibleTo(wizard)
    assert not cols.name_warning.isVisibleTo(wizard)
    # "Cómo nos conoció" becomes a new custom field, through its dialog.
    cols.set_target(6, "new")
    dialog = cols.new_field_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.label.text() == "Cómo nos conoció" and dialog.field_type.currentData() == "text"
    dialog.label.setText("Referred by")
    # It goes in the "Imported" section unless another one is chosen or typed.
    assert dialog.section.currentText() == "Imported"
    assert dialog.section.findText("Contact information") >= 0
    dialog.section.setCurrentText("Contact information")
    save(dialog, "import-2-new-field")
    dialog.ok_button.click()
    assert cols.target_of(6) == "pending"
    assert cols.mapping.columns[6].new_label == "Referred by"
    # Without a name column the page warns; back to the first name.
    cols.set_target(0, "ignore")
    cols.set_target(1, "ignore")
    assert cols.name_warning.isVisibleTo(wizard)
    cols.set_target(0, "field:first_name")
    cols.set_target(1, "field:last_name")
    assert not cols.name_warning.isVisibleTo(wizard)
    save(wizard, "import-2-columns")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None, timeout=5000)
    reasons = {check.invalid_model.index(r, 0).data(): check.invalid_model.index(r, 2).data()
               for r in range(check.invalid_model.rowCount())}
    assert reasons == {
        "3": "“jose@” is not a valid email address (like name@example.com).",
        "4": "“31/02/1990” is not a valid date.",
        "5": "A first name or a last name is required."}
    dups = check.duplicates_model
    assert dups.rowCount() == 1
    assert [dups.index(0, c).data() for c in range(5)] == [
        "6", "Ana Silva Nueva", "Ana Silva", "Same email", "Skip"]
    assert counted(check.summary.text()) == "2 new clients will be created"
    assert counted(check.problems.text()) == "3 rows cannot be imported  ·  1 possible duplicate"
    assert "Referred by" in check.details.text() and "Adultos" in check.details.text()
    assert clients.count_clients(ws, ClientQuery(show="all")) == 1  # nothing written yet
    # The duplicate's own combo: update the existing client.
    combo = check.duplicates_table.indexWidget(dups.index(0, 4))
    assert isinstance(combo, QComboBox) and combo.count() == 3
    combo.setCurrentIndex(combo.findData(Choice.UPDATE))
    assert check.choices == {4: "update"}
    assert counted(check.summary.text()) == "2 new clients will be created  ·  1 existing client updated"
    # Back to the columns and forward again: the check runs again and the choice is kept.
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step() == import_wizard.COLUMNS
    check.plan = None
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.plan is not None, timeout=5000)
    assert check.choices == {4: "update"}
    assert dups.index(0, 4).data() == "Update the existing one"
    check.tabs.setCurrentIndex(check.invalid_tab)
    save(wizard, "import-3-check")
    check.tabs.setCurrentIndex(check.duplicates_tab)
    save(wizard, "import-3-duplicates")

    # Rejected rows, with the reason in a last column.
    target = tmp_path / "rechazadas.csv"
    wizard.save_rejected_rows(target)
    qtbot.waitUntil(target.exists, timeout=3000)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][-1] == "Problem" and len(rows) == 4
    assert rows[1][2] == "jose@" and "not a valid email" in rows[1][-1]

    assert wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    done = wizard.done_page
    qtbot.waitUntil(lambda: wizard.step() == import_wizard.DONE, timeout=10000)
    assert counted(done.summary.text()).splitlines() == [
        "2 clients created.", "1 existing client updated.", "3 rows could not be imported."]
    assert done.save_rejected_button.isVisibleTo(wizard)
    assert _names(ws) == ["Ana Silva Nueva", "María García López", "Tomás Ortega"]
    assert clients.get_client(ws, ana).date_of_birth == dt.date(1980, 12, 25)
    assert {CLIENTS, TAGS, CUSTOM_FIELDS} <= set(changed)
    assert {t.name for t in tags.list_tags(ws)} == {"Adultos", "Parejas"}
    assert [s.builtin for s in custom_fields.list_sections(ws)
            if any(f.label == "Referred by" for f in s.fields)] == ["contact"]
    save(wizard, "import-4-done")

    changed.clear()
    qtbot.mouseClick(done.undo_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, wizard.confirm_box)
    qtbot.waitUntil(lambda: done.undo_result is not None, timeout=10000)
    assert wizard.step() == import_wizard.DONE
    assert counted(done.summary.text()).splitlines() == [
        "2 clients removed.", "1 person given their previous details back."]
    assert _names(ws) == ["Ana Silva"]
    restored = clients.get_client(ws, ana)
    assert restored.date_of_birth is None and restored.emails == ["ana@example.org"]
    assert tags.list_tags(ws) == []
    assert all(f.label != "Referred by" for s in custom_fields.list_sections(ws) for f in s.fields)
    assert CLIENTS in changed
    save(wizard, "import-5-undone")


def test_a_binary_or_empty_file_says_why_and_nothing_is_written(qtbot, workspace, tmp_path):
    wizard, _changed = _wizard(qtbot, workspace)
    page = wizard.file_page
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    wizard.load_file(png)
    assert page.error.isVisibleTo(wizard)
    assert page.error.text() == ("“photo.csv” is not a text file, so it cannot be a CSV file. "
                                 "Nothing was imported.")
    assert not wizard.next_button.isEnabled() and not page.preview.isVisibleTo(wizard)
    save(wizard, "import-1-not-a-csv")
    wizard.next()  # the Next button is disabled; asking anyway does nothing
    assert wizard.step() == import_wizard.FILE

    header_only = _csv(tmp_path / "vacío.csv", [SPANISH[0]])
    wizard.load_file(header_only)
    assert "has column names but no rows" in page.error.text()
    assert not wizard.next_button.isEnabled()

    # A wrong encoding chosen by hand says so; the right one reads the file again.
    wizard.load_file(_csv(tmp_path / "pacientes.csv", SPANISH))
    assert wizard.next_button.isEnabled() and not page.error.isVisibleTo(wizard)
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    page.reread()
    assert page.error.text() == "“pacientes.csv” cannot be read as utf-8."
    assert not wizard.next_button.isEnabled() and page.encoding.isVisibleTo(wizard)
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    page.reread()
    assert wizard.next_button.isEnabled()
    assert page.preview_model.index(1, 1).data() == "Núñez"
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0
    assert list_import_batches(workspace) == []


def _big_file(tmp_path, count=3000):  # noqa: ANN001, ANN202
    rows = [["First name", "Last name", "Email"]]
    rows += [[f"Persona{i}", "Prueba", f"p{i}@example.org"] for i in range(count)]
    return _csv(tmp_path / "grande.csv", rows, delimiter=",", encoding="utf-8")


def _ready_to_import(qtbot, ws, path):  # noqa: ANN001, ANN202
    wizard, changed = _wizard(qtbot, ws)
    wizard.load_file(path)
    wizard.go_to_columns()
    wizard.go_to_check(synchronous=True)
    assert wizard.check_page.counts() == (3000, 0)
    return wizard, changed


def test_cancelling_the_import_leaves_nothing(qtbot, workspace, tmp_path):
    wizard, _changed = _ready_to_import(qtbot, workspace, _big_file(tmp_path))
    wizard.start_import()
    assert wizard.step() == import_wizard.PROGRESS
    save(wizard, "import-4-progress")
    # Cancel before the import can have finished: the event is set while the worker is
    # still writing (or before its first chunk), and it always checks once more at the end.
    qtbot.mouseClick(wizard.progress_page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in wizard.progress_page.count.text()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=15000)
    assert wizard.step() == import_wizard.CHECK
    assert wizard.check_page.notice.text() == "Import cancelled. Nothing was changed."
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0
    assert list_import_batches(workspace) == []
    assert wizard.import_button.isEnabled()  # the same plan can be imported after all


def test_closing_while_importing_asks_then_cancels(qtbot, workspace, tmp_path):
    wizard, _changed = _ready_to_import(qtbot, workspace, _big_file(tmp_path))
    wizard.start_import()
    wizard.close_button.click()
    assert wizard.isVisible()
    _confirm(qtbot, wizard.confirm_box)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15000)
    assert wizard.task is None
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0


def test_contacts_import_with_a_saved_mapping(qtbot, workspace, tmp_path):
    ws = workspace
    rows = [["First name", "Last name", "Email", "Organization", "Notes"],
            ["Marta", "Ribeiro", "marta@clinica.pt", "Clínica Sol", "Refers couples"],
            ["Paul", "Durand", "paul@cabinet.fr", "Cabinet Durand", ""]]
    path = _csv(tmp_path / "contacts.csv", rows, delimiter=",", encoding="utf-8-sig")
    wizard, changed = _wizard(qtbot, ws, "contact")
    assert wizard.windowTitle() == "Import contacts"
    # Through Choose file…: the file is read in the background.
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    chooser = wizard.file_page.file_dialog
    qtbot.waitUntil(chooser.isVisible, timeout=2000)
    chooser.selectFile(str(path))
    chooser.accept()
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled(), timeout=5000)
    assert wizard.file_page.encoding.currentData() == "utf-8-sig"
    wizard.go_to_columns()
    cols = wizard.columns_page
    assert cols.target_of(3) == "field:organization"
    assert cols.rows[0].target.findData("tags") < 0  # contacts have no tags
    cols.set_target(3, "ignore")
    dialog = cols.ask_mapping_name()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.name.setText("Referrers")
    dialog.save_button.click()
    assert cols.saved.currentText() == "Referrers"
    wizard.go_to_check(synchronous=True)
    assert counted(wizard.check_page.summary.text()) == "2 new contacts will be created"
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.step() == import_wizard.DONE, timeout=10000)
    assert counted(wizard.done_page.summary.text()) == "2 contacts created."
    assert sorted(c.name for c in contacts.list_contacts(ws)) == ["Marta Ribeiro", "Paul Durand"]
    assert contacts.get_contact(ws, contacts.list_contacts(ws)[0].id).organization == ""
    assert CONTACTS in changed and CLIENTS not in changed
    wizard.close()

    # The next file: the saved mapping sets the columns the same way.
    again, _changed = _wizard(qtbot, ws, "contact")
    again.load_file(path)
    again.go_to_columns()
    cols = again.columns_page
    assert cols.target_of(3) == "field:organization"
    cols.saved.setCurrentIndex(cols.saved.findData("Referrers"))
    cols.saved.activated.emit(cols.saved.currentIndex())
    assert cols.target_of(3) == "ignore" and cols.target_of(4) == "pending"


def test_past_imports_can_be_undone(qtbot, workspace, tmp_path):
    ws = workspace
    from app.transfer import csv_mapping
    from app.transfer.csv_import import plan_import
    from app.transfer.csv_sniff import read_csv_file
    from app.transfer.import_batches import run_import, undo_import

    def imported(name, people):  # noqa: ANN001, ANN202
        path = _csv(tmp_path / name, [["Name", "Email"], *people], delimiter=",", encoding="utf-8")
        parsed = read_csv_file(path)
        return run_import(ws, plan_import(ws, parsed, csv_mapping.auto_map(ws, parsed, "client")))

    first = imported("first.csv", [["Ana Costa", "ana@example.pt"]])
    undo_import(ws, first.batch_id)
    imported("second.csv", [["Rui Lopes", "rui@example.pt"], ["Eva Luz", "eva@example.pt"]])
    navigator = Navigator()
    changed: list[str] = []
    navigator.data_changed.connect(changed.append)
    dialog = ImportHistoryDialog(ws, navigator)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert [[model.index(r, c).data() for c in (1, 2, 3, 7)] for r in range(2)] == [
        ["second.csv", "Clients", "2", "Completed"], ["first.csv", "Clients", "1", "Undone"]]
    assert dialog.undo_button.isEnabled()  # the newest is selected
    save(dialog, "import-history")
    dialog.table.selectRow(1)
    assert not dialog.undo_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.undo_button.click()
    _confirm(qtbot, dialog.confirm_box)
    qtbot.waitUntil(lambda: dialog.task is None and "Undone:" in dialog.message.text(),
                    timeout=10000)
    assert model.index(0, 7).data() == "Undone" and not dialog.undo_button.isEnabled()
    assert clients.count_clients(ws, ClientQuery(show="all")) == 0
    assert CLIENTS in changed


def test_import_buttons_open_the_wizard(qtbot, workspace):
    from ui.clients.client_list_view import ClientListView
    from ui.contacts.contacts_area import ContactsArea

    navigator = Navigator()
    view = ClientListView(workspace, navigator)
    qtbot.addWidget(view)
    view.show()
    view.findChild(QPushButton, "import_clients").click()
    qtbot.waitUntil(lambda: view.import_dialog is not None and view.import_dialog.isVisible(),
                    timeout=2000)
    assert view.import_dialog.kind == "client"
    area = ContactsArea(workspace, navigator)
    qtbot.addWidget(area)
    area.show()
    area.findChild(QPushButton, "import_contacts").click()
    qtbot.waitUntil(lambda: area.import_dialog is not None and area.import_dialog.isVisible(),
                    timeout=2000)
    assert area.import_dialog.kind == "contact"


def test_dates_that_fit_both_orders_are_marked_and_can_be_set(qtbot, workspace, tmp_path):
    rows = [["Name", "Born", "Last visit"], ["Ana Costa", "03/04/1980", "2024-05-06"],
            ["Rui Lopes", "11/12/1975", "2024-06-07"]]
    wizard, _changed = _wizard(qtbot, workspace)
    wizard.load_file(_csv(tmp_path / "ambiguous.csv", rows, delimiter=",", encoding="utf-8"))
    wizard.go_to_columns()
    cols = wizard.columns_page
    assert cols.target_of(1) == "field:date_of_birth"
    born = cols.rows[1]
    assert born.note.isVisibleTo(wizard) and "Both orders fit" in born.note.text()
    assert born.dates.currentData() == "mdy"  # the interface's locale (US English) decided
    # "Last visit" as a new date field: its ISO order is found once the target changes.
    cols.set_target(2, "new")
    dialog = cols.new_field_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.field_type.currentData() == "date"
    dialog.section.setCurrentText("  Clinical   history ")  # typed: a new section
    dialog.ok_button.click()
    assert cols.rows[2].dates.isVisibleTo(wizard) and cols.mapping.columns[2].date_format == "iso"
    save(wizard, "import-2-ambiguous-dates")
    cols.set_date_format(1, "dmy")
    assert not born.note.isVisibleTo(wizard) and cols.mapping.columns[1].date_format == "dmy"
    wizard.go_to_check(synchronous=True)
    wizard.start_import()
    qtbot.waitUntil(lambda: wizard.step() == import_wizard.DONE, timeout=10000)
    born_on = {r.display_name: r.date_of_birth for r in
               (clients.get_client(workspace, i)
                for i in clients.list_client_ids(workspace, ClientQuery(show="all")))}
    assert born_on == {"Ana Costa": dt.date(1980, 4, 3), "Rui Lopes": dt.date(1975, 12, 11)}
    assert [[f.label for f in s.fields] for s in custom_fields.list_sections(workspace)
            if s.name == "Clinical history"] == [["Last visit"]]


def test_the_file_menu_imports_clients_and_contacts_and_lists_past_imports(qtbot, workspace):
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    (import_menu,) = [a.menu() for a in file_menu.actions()
                      if a.menu() is not None and a.menu().objectName() == "import_menu"]
    labels = [a.text() for a in import_menu.actions() if not a.isSeparator()]
    assert labels == ["Clients from a CSV file…", "Contacts from a CSV file…", "Past imports…"]
    window.import_contacts_action.trigger()
    assert window.contacts.import_dialog.isVisible()
    assert window.contacts.import_dialog.kind == "contact"
    window.contacts.import_dialog.close()
    window.import_clients_action.trigger()
    assert window.clients.list.import_dialog.isVisible()
    assert window.clients.list.import_dialog.kind == "client"
    window.clients.list.import_dialog.close()
    window.past_imports_action.trigger()
    assert window.history_dialog.isVisible()


def test_a_new_field_needs_a_label_and_a_section(qtbot, workspace):
    from app.transfer.csv_mapping import ColumnMapping
    from ui.transfer.import_new_field_dialog import NewColumnFieldDialog

    dialog = NewColumnFieldDialog(ColumnMapping(), "Referral", "Imported",
                                  custom_fields.list_sections(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    chosen: list = []
    dialog.chosen.connect(chosen.append)
    dialog.label.setText("   ")
    dialog.ok_button.click()
    assert dialog.error.isVisible() and dialog.error.text() == "The field needs a label."
    assert dialog.focusWidget() is dialog.label and dialog.isVisible()
    dialog.label.setText("Referral")
    dialog.section.setCurrentText("  ")
    dialog.ok_button.click()
    assert dialog.error.text() == "Choose a section for the field, or type a new one."
    assert dialog.focusWidget() in (dialog.section, dialog.section.lineEdit()) and chosen == []
    dialog.section.setCurrentText("Address")  # a built-in section, by the name it shows
    dialog.ok_button.click()
    (column,) = chosen
    assert (column.new_label, column.new_builtin_section, column.new_section) == (
        "Referral", "address", "")
