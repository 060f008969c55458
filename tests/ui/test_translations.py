"""Every shipped language translates every string the code shows, and the UI really speaks it.

The source strings come from pyside6-lupdate run afresh over app/ and ui/ (the same command as
packaging/update_translations.sh), so a string added to the code without a translation in
resources/translations/consulta_<lang>.ts fails here, with the list of what is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("es", "fr", "pt")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py")
                     if "__pycache__" not in p.parts)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources,
                    "-ts", str(out)], check=True, timeout=120)
    found = _messages(out)
    assert len(found) > 100, "lupdate found the strings"
    return found


def test_core_strings_are_extracted(current_sources):
    assert ("Core", "That passphrase does not open this workspace. Check it and try again.") \
        in current_sources
    assert all(context for context, _ in current_sources), \
        "every string has a context (a bare tr() helper hides it from lupdate)"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_source_string_is_translated(current_sources, lang):
    shipped = _messages(TRANSLATIONS / f"consulta_{lang}.ts")
    problems = []
    for key, source_message in sorted(current_sources.items()):
        message = shipped.get(key)
        translation = None if message is None else message.find("translation")
        if translation is None:
            problems.append(f"missing: [{key[0]}] {key[1]!r}")
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{translation.get('type')}: [{key[0]}] {key[1]!r}")
            continue
        forms = ([f.text or "" for f in translation.findall("numerusform")]
                 if source_message.get("numerus") == "yes" else [translation.text or ""])
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"empty: [{key[0]}] {key[1]!r}")
            continue
        needed = set(PLACEHOLDER.findall(key[1]))
        for form in forms:
            if not needed <= set(PLACEHOLDER.findall(form)):
                problems.append(f"placeholder lost: [{key[0]}] {key[1]!r} → {form!r}")
        if "%n" in key[1] and "%n" not in forms[-1]:
            problems.append(f"%n lost: [{key[0]}] {key[1]!r}")
        if re.search(r"&[^&\s]", key[1]) and not all(re.search(r"&[^&\s]", f) for f in forms):
            problems.append(f"keyboard shortcut letter lost: [{key[0]}] {key[1]!r}")
    assert not problems, (f"{lang}: {len(problems)} problem(s); run packaging/update_translations.sh"
                          " and add the texts to resources/translations/catalog.py:\n"
                          + "\n".join(problems))


@pytest.fixture(scope="module")
def compiled():
    """The .qm files are build products (packaging/bootstrap.sh makes them); compile them here
    too so that these tests always check the .ts files as they are now."""
    for lang in SHIPPED:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent",
                        str(TRANSLATIONS / f"consulta_{lang}.ts"),
                        "-qm", str(TRANSLATIONS / f"consulta_{lang}.qm")], check=True, timeout=60)


@contextmanager
def _speaking(qapp, lang: str):
    """The interface in `lang`, as `consulta --language <lang>` starts it."""
    from ui.i18n import install_translators

    translators = install_translators(qapp, lang)
    assert translators, f"the {lang} translation loaded"
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


@pytest.fixture
def spanish(qapp, compiled):
    with _speaking(qapp, "es"):
        yield


@pytest.mark.parametrize("lang", SHIPPED)
def test_menu_letters_are_unique_in_each_language(qapp, qtbot, sample_workspace, compiled, lang):
    from ui.main_window import MainWindow

    def letters(texts: list[str]) -> list[str]:
        return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]

    with _speaking(qapp, lang):
        window = MainWindow(sample_workspace)
        qtbot.addWidget(window)
        menus = window.menuBar().actions()
        clashes = []
        for texts in [[m.text() for m in menus]] + [
                [a.text() for a in m.menu().actions() if not a.isSeparator()] for m in menus]:
            found = letters(texts)
            if len(found) != len(set(found)):
                clashes.append(texts)
        assert not clashes, f"{lang}: two entries share an Alt+letter: {clashes}"


def test_the_window_speaks_spanish(qtbot, sample_workspace, spanish):
    from app.errors import WrongPassphraseError
    from app.store.keys import RememberedKeys
    from ui.i18n import core_message
    from ui.main_window import MainWindow
    from ui.workspace.create_dialog import CreateWorkspaceDialog

    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Clientes", "Contactos"]
    assert "Configuración" in titles
    assert window.menuBar().actions()[0].text() == "&Archivo"
    assert window.lock_action.text() == "&Bloquear"

    dialog = CreateWorkspaceDialog(sample_workspace.path.with_name("other.consulta"),
                                   RememberedKeys().status(), "es")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() != "Create your workspace"
    assert "espacio de trabajo" in dialog.windowTitle().lower()

    message = core_message(WrongPassphraseError(
        "That passphrase does not open this workspace. Check it and try again."))
    assert message == ("Esa frase de contraseña no abre este espacio de trabajo. "
                       "Revísala y vuelve a intentarlo.")
    assert QCoreApplication.translate("ClientListView", "%n client(s)", "", 3) == "3 clientes"
    assert QCoreApplication.translate("ClientListView", "%n client(s)", "", 1) == "1 cliente"


def test_the_record_personal_tab_in_spanish(qtbot, sample_workspace, spanish):
    from tests.ui.screens import save
    from ui.main_window import MainWindow

    window = MainWindow(sample_workspace)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    area = window.clients
    client_id = area.list.model.data(area.list.model.index(0, 0), area.list.model.IdRole)
    window.navigator.open_client(client_id)
    record = area.record
    tabs = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert tabs[:4] == ["Resumen", "Personal", "Relaciones", "Documentación"]
    record.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    save(window, "record-personal-es")


@pytest.mark.parametrize("lang", SHIPPED)
def test_qt_standard_buttons_are_translated_too(qapp, compiled, lang):
    with _speaking(qapp, lang):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_counts_read_naturally(qapp):
    """English is the source language, but "1 client(s)" is not English: its plural forms ship."""
    from ui.i18n import install_translators

    install_translators(qapp, "en")
    assert QCoreApplication.translate("ClientListView", "%n client(s)", "", 1) == "1 client"
    assert QCoreApplication.translate("ClientListView", "%n client(s)", "", 3) == "3 clients"


def test_relationship_types_stay_on_one_line_in_portuguese(qapp, qtbot, compiled):
    from app.services.relationships import RelationshipView
    from ui.clients.record.relationships_tab import RelationshipRow

    with _speaking(qapp, "pt"):
        row = RelationshipRow(RelationshipView(1, 2, "contact", "Miguel Martins Fernandes",
                                               "spouse_partner", True, ""))
    qtbot.addWidget(row)
    row.resize(700, 80)
    row.show()
    qtbot.waitExposed(row)
    label = row.type_label
    assert label.text() == "Cônjuge/companheiro(a)"
    assert label.height() < 2 * label.fontMetrics().height()  # not wrapped after the "/"
