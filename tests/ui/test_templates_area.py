"""The Templates area: the shipped templates in the practice's language, note templates and
intake forms created, edited, duplicated and deleted through their editors, and a template used
for a client (the note lands in the client's Documentation; a form opens to be filled in)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import documentation, practice, search, templates
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.clients.client_choice_dialog import ClientChoiceDialog
from ui.documentation.form_fill_dialog import FormFillDialog
from ui.documentation.note_editor import NoteEditor
from ui.navigation import NOTES, Navigator
from ui.templates.form_template_editor import FormTemplateEditor
from ui.templates.note_template_editor import NoteTemplateEditor
from ui.templates.templates_area import FORM, NOTE, TemplatesArea

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def _made(tmp_path_factory):
    """A Spanish and an English (sample) workspace made once; each test opens a copy (copying
    a closed workspace skips creation and key derivation)."""
    made = {}
    for language, sample in (("es", False), ("en", True)):
        path = tmp_path_factory.mktemp(f"templates-{language}") / "practice.consulta"
        ws = create_workspace(path, PASSPHRASE, practice_name="Consulta Ribera",
                              language=language, sample_data=sample)
        made[language] = (path, ws._key)
        ws.close()
    return made


def _open(tmp_path, made, language):
    source, key = made[language]
    folder = tmp_path / language
    folder.mkdir()
    shutil.copy(source, folder / "practice.consulta")
    return open_workspace(folder / "practice.consulta", key=key)


@pytest.fixture
def spanish(tmp_path, _made):
    ws = _open(tmp_path, _made, "es")
    yield ws
    ws.close()


@pytest.fixture
def english(tmp_path, _made):
    ws = _open(tmp_path, _made, "en")
    yield ws
    ws.close()


def _area(qtbot, ws) -> TemplatesArea:
    nav = Navigator()
    area = TemplatesArea(ws, nav)
    area.changes = []
    nav.data_changed.connect(area.changes.append)
    qtbot.addWidget(area)
    area.resize(1000, 680)
    area.show()
    return area


def _confirm(qtbot, area) -> None:
    box = area.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "confirm_yes"), LEFT)


def test_shipped_templates_appear_in_the_practice_language(qtbot, spanish, english):
    area = _area(qtbot, spanish)
    assert area.names(NOTE) == ["Evaluación inicial", "Nota DAP", "Nota de evolución",
                                "Nota SOAP"]
    assert area.names(FORM) == ["Formulario de admisión"]
    # The first note template is shown on the right with what can be done with it.
    assert area.name.text() == "Evaluación inicial"
    assert "came with Consulta" in area.facts.text() and "Español" in area.facts.text()
    assert "Motivo de consulta" in area.preview.toPlainText()
    assert area.use_button.text().replace("&", "") == "Use for a client…"
    area.form_list.setCurrentRow(0)
    assert area.name.text() == "Formulario de admisión" and area.note_list.currentRow() == -1
    assert "Fecha de nacimiento" in area.preview.toPlainText()
    assert area.use_button.text().replace("&", "") == "Fill in for a client…"
    # The practice changes language: the next first showing adds that language's templates.
    practice.update_practice(english, language="pt")
    other = _area(qtbot, english)
    assert "Nota de evolução" in other.names(NOTE) and "SOAP note" in other.names(NOTE)
    assert "Formulário de admissão" in other.names(FORM)


def test_note_template_created_edited_duplicated_deleted(qtbot, english):
    area = _area(qtbot, english)
    shipped = len(area.names(NOTE))
    qtbot.mouseClick(area.new_note_button, LEFT)
    editor = area.dialog
    assert isinstance(editor, NoteTemplateEditor) and editor.isVisible()
    # No name: said under the field, nothing stored.
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.name_field.message.text() == "Give the template a name."
    assert len(templates.list_note_templates(english)) == shipped
    qtbot.keyClicks(editor.name, "Couples session")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "What each partner hoped for")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.isVisible()
    assert "Couples session" in area.names(NOTE) and area.name.text() == "Couples session"
    assert "What each partner hoped for" in area.preview.toPlainText()
    assert area.feedback.text() == "Saved “Couples session”." and NOTES in area.changes
    save(area, "templates-area")

    # Edit: the editor opens with the text; the new name replaces the old one in the list.
    qtbot.mouseClick(area.edit_button, LEFT)
    editor = area.dialog
    assert editor.name.text() == "Couples session"
    assert "What each partner hoped for" in editor.body.toPlainText()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Couples session note")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert "Couples session note" in area.names(NOTE) and "Couples session" not in area.names(NOTE)

    # Duplicate: a copy, chosen, ready to be changed.
    qtbot.mouseClick(area.duplicate_button, LEFT)
    assert area.name.text() == "Couples session note (copy)"
    assert "What each partner hoped for" in area.preview.toPlainText()

    # Delete asks first; Cancel keeps it, Delete removes it.
    qtbot.mouseClick(area.delete_button, LEFT)
    box = area.dialog
    assert "Notes already written from it keep their text" in box.text()
    box.reject()
    assert "Couples session note (copy)" in area.names(NOTE)
    qtbot.mouseClick(area.delete_button, LEFT)
    _confirm(qtbot, area)
    assert "Couples session note (copy)" not in area.names(NOTE)
    assert "Couples session note" in area.names(NOTE)
    assert len(templates.list_note_templates(english)) == shipped + 1


def test_form_template_questions_added_reordered_and_options_edited(qtbot, english):
    area = _area(qtbot, english)
    qtbot.mouseClick(area.new_form_button, LEFT)
    editor = area.dialog
    assert isinstance(editor, FormTemplateEditor) and editor.no_question.isVisible()
    qtbot.keyClicks(editor.name, "Couples intake")
    qtbot.mouseClick(editor.add_button, LEFT)
    qtbot.keyClicks(editor.label_edit, "Your partner's name")
    qtbot.mouseClick(editor.add_button, LEFT)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("single_choice"))
    assert editor.options_field.isVisible() and not editor.options_field.isHidden()
    qtbot.keyClicks(editor.label_edit, "How long together?")
    qtbot.keyClicks(editor.options, "Under a year")
    qtbot.mouseClick(editor.add_button, LEFT)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("scale"))
    qtbot.keyClicks(editor.label_edit, "How hopeful are you?")
    editor.required.setChecked(True)
    assert editor.list.item(2).text() == "How hopeful are you?\nScale 1–10 · required"
    # A choice with one option: the message shows under the options, nothing is stored.
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.isVisible() and editor.list.currentRow() == 1
    assert editor.options_field.message.text() == ("“How long together?” needs at least two "
                                                   "different options.")
    assert [t.name for t in templates.list_form_templates(english)] == ["Intake form"]
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_End)
    for option in ("One to five years", "Longer"):
        qtbot.keyClick(editor.options, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.options, option)
    assert editor.options_field.message.isHidden()
    # The scale goes first.
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, LEFT)
    qtbot.mouseClick(editor.up_button, LEFT)
    assert not editor.up_button.isEnabled() and editor.list.currentRow() == 0
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.isVisible()
    (made,) = [t for t in templates.list_form_templates(english) if t.name == "Couples intake"]
    assert [(q["type"], q["label"]) for q in made.questions] == [
        ("scale", "How hopeful are you?"), ("short_text", "Your partner's name"),
        ("single_choice", "How long together?")]
    assert made.questions[0]["required"] is True
    assert made.questions[2]["options"] == ["Under a year", "One to five years", "Longer"]
    assert area.name.text() == "Couples intake" and "3 question" in area.facts.text()

    # Edit: change the options, remove a question; the saved form follows.
    qtbot.mouseClick(area.edit_button, LEFT)
    editor = area.dialog
    editor.list.setCurrentRow(2)
    assert editor.options.toPlainText() == "Under a year\nOne to five years\nLonger"
    editor.options.setPlainText("Under a year\nOne to five years\nFive years or more")
    editor.list.setCurrentRow(1)
    qtbot.mouseClick(editor.remove_button, LEFT)
    assert editor.list.count() == 2
    qtbot.mouseClick(editor.save_button, LEFT)
    changed = templates.get_form_template(english, made.id)
    assert [q["label"] for q in changed.questions] == ["How hopeful are you?",
                                                        "How long together?"]
    assert changed.questions[1]["options"][-1] == "Five years or more"

    # The shipped intake form in its editor, for the screenshot: on a choice question.
    area.select(FORM, next(t.id for t in templates.list_form_templates(english)
                           if t.name == "Intake form"))
    qtbot.mouseClick(area.edit_button, LEFT)
    editor = area.dialog
    editor.list.setCurrentRow(8)
    assert editor.type_combo.currentData() == "multiple_choice"
    save(editor, "form-template-editor")
    # Cancel with no change closes at once; duplicate then delete the form.
    editor.reject()
    assert not editor.isVisible()
    qtbot.mouseClick(area.duplicate_button, LEFT)
    assert area.name.text() == "Intake form (copy)"
    qtbot.mouseClick(area.delete_button, LEFT)
    assert "Forms already filled in keep their questions and answers" in area.dialog.text()
    _confirm(qtbot, area)
    assert area.names(FORM) == ["Couples intake", "Intake form"]


def _choose_client(qtbot, area, name: str) -> None:
    dialog = area.dialog
    assert isinstance(dialog, ClientChoiceDialog) and not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.picker.search, name)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, LEFT)


def test_use_for_a_client_makes_a_note_in_their_documentation(qtbot, english):
    area = _area(qtbot, english)
    sofia = search.search_people(english, "Sofia", kinds=("client",))[0].id
    area.select(NOTE, next(t.id for t in area.note_templates if t.name == "SOAP note"))
    qtbot.mouseClick(area.use_button, LEFT)
    _choose_client(qtbot, area, "Sofia")
    editor = area.dialog
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    listed = [i for i in documentation.list_documentation(english, sofia, ["note"])
              if i.title == "SOAP note"]
    assert len(listed) == 1 and listed[0].status == "draft"
    assert "Subjective" in editor.editor.toPlainText()
    assert NOTES in area.changes
    assert area.feedback.text() == "Note “SOAP note” started for Sofia Martins (Sofi)."
    editor.close()
    # Counted under the template once the list refreshes.
    qtbot.waitUntil(lambda: "1 note" in area.facts.text(), timeout=2000)

    # An intake form: the client is chosen, then the form opens to be filled in.
    area.select(FORM, area.form_templates[0].id)
    qtbot.mouseClick(area.use_button, LEFT)
    _choose_client(qtbot, area, "Sofia")
    dialog = area.dialog
    assert isinstance(dialog, FormFillDialog) and dialog.client_id == sofia
    assert dialog.title.text() == "Intake form" and not dialog.choice_row.isVisible()
    dialog.close()
