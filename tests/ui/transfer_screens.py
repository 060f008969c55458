"""README screenshots of import and export (called by tests.ui.make_screenshots): the column
mapping of a Spanish file in the Spanish interface, the dry-run report, the import's progress
and the export dialog. Synthetic data only."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

PACIENTES = [
    ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Fecha de nacimiento",
     "Etiquetas", "Notas", "Cómo nos conoció"],
    ["Carmen", "Ibáñez Ruiz", "carmen.ibanez@example.es", "+34 611 222 333", "17/04/1988",
     "Adultos", "Derivada por su médica", "Internet"],
    ["José", "Núñez", "jose@", "+34 622 333 444", "03/02/1975", "", "", "Una amiga"],
    ["Lucía", "Peña", "lucia.p@example.es", "", "31/02/1990", "", "", ""],
    ["", "", "sin.nombre@example.es", "", "", "", "Fila sin nombre", ""],
    ["Ana", "García López", "ana.garcia@example.com", "+34 612 345 678", "25/12/1980",
     "Parejas", "", "Internet"],
    ["Tomás", "Ortega", "tomas.o@example.es", "+34 633 444 555", "05/11/1992",
     "Adultos, Parejas", "", ""],
    ["Inés", "Rocha Vidal", "ines.rv@example.es", "+34 644 555 666", "12/06/1979", "",
     "Segunda opinión", "Su médico"],
]


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return path


def _big_csv(path: Path, count: int) -> Path:
    rows = [PACIENTES[0]] + [
        [f"Paciente{i}", f"Apellido {i}", f"p{i}@example.es", "", "01/02/1990", "", "", ""]
        for i in range(count)]
    return _write_csv(path, rows)


def transfer_screens(app, ws, window, save, home: str) -> None:  # noqa: ANN001
    from app.services import clients
    from ui.i18n import install_translators
    from ui.transfer.export_dialog import ExportDialog
    from ui.transfer.import_wizard import ImportWizard

    folder = Path(home)
    path = _write_csv(folder / "pacientes.csv", PACIENTES)
    spanish = install_translators(app, "es")
    wizard = ImportWizard(ws, window.navigator, "client", window)
    wizard.load_file(path)
    wizard.go_to_columns()
    save(wizard, "import-columns-es")
    wizard.go_to_check(synchronous=True)
    save(wizard, "import-check-es")
    wizard.close()
    wizard.deleteLater()
    for translator in spanish:
        app.removeTranslator(translator)
    install_translators(app, "en")

    wizard = ImportWizard(ws, window.navigator, "client", window)
    wizard.load_file(path)
    wizard.go_to_columns()
    wizard.go_to_check(synchronous=True)
    check = wizard.check_page
    check.tabs.setCurrentIndex(check.duplicates_tab)
    save(wizard, "import-duplicates")
    # The progress of a real import of 5,000 rows, caught halfway.
    wizard.load_file(_big_csv(folder / "lista.csv", 5000))
    wizard.go_to_columns()
    wizard.go_to_check(synchronous=True)
    wizard.start_import()
    bar = wizard.progress_page.bar
    deadline = time.monotonic() + 20
    while not (bar.maximum() > 0 and bar.maximum() * 0.3 <= bar.value() < bar.maximum()):
        app.processEvents()
        if time.monotonic() > deadline:
            break
    save(wizard, "import-progress")
    while wizard.task is not None and time.monotonic() < deadline + 20:
        app.processEvents()
        time.sleep(0.01)
    wizard.undo_import(confirm=False)
    while wizard.task is not None and time.monotonic() < deadline + 40:
        app.processEvents()
        time.sleep(0.01)
    wizard.close()

    ana = next(r.id for r in clients.client_rows(ws, clients.list_client_ids(
        ws, clients.ClientQuery())) if r.name.startswith("Ana"))
    export = ExportDialog(ws, window, person_id=ana)
    save(export, "export-client")
    export.close()
