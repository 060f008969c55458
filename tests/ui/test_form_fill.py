"""Filling in an intake form for a client: one input per question type, every problem shown
under its question with nothing stored, then saved; a filled-in form opens read-only, exports
a PDF and can be corrected; the form is chosen from a list when none is given."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.services import forms, search, templates
from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.ui.screens import save
from ui.documentation.form_fill_dialog import FormFillDialog
from ui.navigation import NOTES, Navigator

LEFT = Qt.MouseButton.LeftButton
QUESTIONS = [
    {"id": "about", "type": "heading", "label": "About you"},
    {"id": "name", "type": "short_text", "label": "What should we call you?", "required": True},
    {"id": "reason", "type": "long_text", "label": "What brings you here?", "required": True},
    {"id": "heard", "type": "single_choice", "label": "How did you hear about us?",
     "options": ["My doctor", "A friend", "The internet"]},
    {"id": "noticed", "type": "multiple_choice", "label": "Which have you noticed lately?",
     "options": ["Low mood", "Poor sleep", "Worry"], "required": True},
    {"id": "born", "type": "date", "label": "Date of birth", "required": True},
    {"id": "before", "type": "yes_no", "label": "Have you seen a therapist before?",
     "required": True},
    {"id": "impact", "type": "scale", "label": "How much does it affect your days?",
     "help": "1 = not at all, 10 = a great deal.", "required": True},
    {"id": "signed", "type": "signature", "label": "Client's signature", "required": True},
]


@pytest.fixture(scope="module")
def _made(tmp_path_factory):
    path = tmp_path_factory.mktemp("form-fill") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Consulta Ribera", language="en",
                          sample_data=True)
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def ws(tmp_path, _made):
    source, key = _made
    shutil.copy(source, tmp_path / "practice.consulta")
    workspace = open_workspace(tmp_path / "practice.consulta", key=key)
    yield workspace
    workspace.close()


@pytest.fixture
def sofia(ws):
    return search.search_people(ws, "Sofia", kinds=("client",))[0].id


@pytest.fixture
def form_id(ws):
    return templates.create_form_template(ws, "First visit", QUESTIONS).id


def _dialog(qtbot, ws, **kwargs) -> FormFillDialog:
    nav = Navigator()
    dialog = FormFillDialog(ws, nav, **kwargs)
    dialog.changes = []
    nav.data_changed.connect(dialog.changes.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _button(widget, text: str):
    return next(b for b, _v in widget.buttons if b.text() == text)


def _messages(dialog) -> dict[str, str]:
    return {qid: w.message.text() for qid, w in dialog.widgets.items() if w.message.isVisibleTo(dialog)}


def test_every_question_type_checked_inline_then_saved(qtbot, ws, sofia, form_id):
    dialog = _dialog(qtbot, ws, client_id=sofia, form_template_id=form_id)
    assert dialog.title.text() == "First visit" and not dialog.choice_row.isVisible()
    assert "For Sofia Martins (Sofi)." in dialog.subtitle.text()
    w = dialog.widgets
    assert set(w) == {q["id"] for q in QUESTIONS if q["type"] != "heading"}
    assert w["impact"].help.text() == "1 = not at all, 10 = a great deal."

    # Save with nothing: every required question says so, and nothing is stored.
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _messages(dialog) == {
        "name": "Please answer “What should we call you?”.",
        "reason": "Please answer “What brings you here?”.",
        "noticed": "Please answer “Which have you noticed lately?”.",
        "born": "Please answer “Date of birth”.",
        "before": "Please answer “Have you seen a therapist before?”.",
        "impact": "Please answer “How much does it affect your days?”.",
        "signed": "Please answer “Client's signature”.",
    }
    assert dialog.error.text() == "7 answers need attention; nothing was saved yet."
    assert forms.list_form_responses(ws, sofia) == []

    # Answer everything; the date is unreadable and the signature has no name.
    qtbot.keyClicks(w["name"].edit, "Marta")
    assert "name" not in _messages(dialog)  # the message goes as the answer is typed
    w["reason"].edit.setFocus()
    qtbot.keyClicks(w["reason"].edit, "I sleep badly")
    qtbot.keyClick(w["reason"].edit, Qt.Key.Key_Return)
    qtbot.keyClicks(w["reason"].edit, "since March")
    friend = _button(w["heard"], "A friend")
    qtbot.mouseClick(friend, LEFT, pos=QPoint(12, friend.height() // 2))  # on the text
    for option in ("Low mood", "Worry"):
        _button(w["noticed"], option).click()
    qtbot.keyClicks(w["born"].date.edit, "31/31/1990")
    _button(w["before"], "No").click()
    qtbot.mouseClick(w["impact"].scale_buttons[6], LEFT)
    w["signed"].date.set_date(dt.date(2026, 3, 2))
    qtbot.mouseClick(dialog.save_button, LEFT)
    problems = _messages(dialog)
    assert set(problems) == {"born", "signed"}
    assert problems["born"].startswith("Write the date like ")
    assert problems["signed"] == "“Client's signature”: enter both the name and the date."
    assert dialog.error.text() == "2 answers need attention; nothing was saved yet."
    assert forms.list_form_responses(ws, sofia) == []
    save(dialog, "form-fill")

    w["born"].date.edit.clear()
    qtbot.keyClicks(w["born"].date.edit, "1990-05-14")
    qtbot.keyClicks(w["signed"].name, "Marta Ruiz")
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = forms.list_form_responses(ws, sofia)
    assert saved.title == "First visit"
    assert saved.answers == {
        "name": "Marta", "reason": "I sleep badly\nsince March", "heard": "A friend",
        "noticed": ["Low mood", "Worry"], "born": "1990-05-14", "before": False, "impact": 7,
        "signed": {"name": "Marta Ruiz", "date": "2026-03-02"}}
    assert NOTES in dialog.changes
    # Saved: the same dialog now shows the form as filled in.
    assert dialog.is_read_only() and dialog.pdf_button.isVisible()
    assert "I sleep badly" in dialog.answers_view.toPlainText()


def test_a_filled_in_form_opens_read_only_exports_pdf_and_is_corrected(qtbot, ws, sofia,
                                                                       form_id, tmp_path):
    answers = {"name": "Marta", "reason": "Trouble sleeping since the move",
               "heard": "My doctor", "noticed": ["Poor sleep"], "born": "1990-05-14",
               "before": True, "impact": 8, "signed": {"name": "Marta Ruiz",
                                                       "date": "2026-03-02"}}
    response = forms.fill_form(ws, sofia, form_id, answers)
    dialog = _dialog(qtbot, ws, client_id=sofia, response_id=response.id)
    assert dialog.is_read_only() and not dialog.save_button.isVisible()
    text = dialog.answers_view.toPlainText()
    for shown in ("Trouble sleeping since the move", "☒ My doctor", "☐ A friend", "Yes",
                  "8 out of 10", "Signed by Marta Ruiz on", "About you"):
        assert shown in text, shown
    assert dialog.subtitle.text().startswith("Sofia Martins (Sofi) · filled in on ")
    save(dialog, "form-filled-read-only")

    # Export PDF…: the Save dialog, then the file with the answers in it.
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    file_dialog = dialog.file_dialog
    assert file_dialog.isVisible() and file_dialog.selectedFiles()[0].endswith(".pdf")
    target = tmp_path / "out" / "first-visit.pdf"
    target.parent.mkdir()
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    assert target.is_file()
    pdf_text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Trouble sleeping since the move" in pdf_text and "Marta Ruiz" in pdf_text
    assert dialog.subtitle.text() == f"Saved {target}"

    # Correct answers: the inputs come back filled in; Save stores the change.
    qtbot.mouseClick(dialog.correct_button, LEFT)
    assert not dialog.is_read_only()
    w = dialog.widgets
    assert w["name"].edit.text() == "Marta" and w["impact"].value() == 8
    assert w["noticed"].value() == ["Poor sleep"] and w["before"].value() is True
    assert w["signed"].value() == {"name": "Marta Ruiz", "date": "2026-03-02"}
    w["name"].edit.clear()
    qtbot.keyClicks(w["name"].edit, "Marta R.")
    # Cancel asks before dropping the change; answered "Cancel", the edit stays.
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert isinstance(dialog.prompt, QMessageBox) and dialog.prompt.isVisible()
    dialog.prompt.reject()
    assert not dialog.is_read_only()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.is_read_only() and "Marta R." in dialog.answers_view.toPlainText()
    assert forms.get_form_response(ws, response.id).answers["name"] == "Marta R."


def test_the_form_is_chosen_from_a_list_when_none_is_given(qtbot, ws, sofia, form_id):
    dialog = _dialog(qtbot, ws, client_id=sofia)
    choice = dialog.form_choice
    assert dialog.choice_row.isVisible()
    names = [choice.itemText(i) for i in range(choice.count())]
    assert sorted(names) == ["First visit", "Intake form"]
    choice.setCurrentIndex(names.index("Intake form"))
    assert dialog.title.text() == "Intake form" and "date_of_birth" in dialog.widgets
    choice.setCurrentIndex(names.index("First visit"))
    assert dialog.title.text() == "First visit" and "impact" in dialog.widgets
    dialog.close()
    for tpl in templates.list_form_templates(ws):
        templates.delete_form_template(ws, tpl.id)
    empty = _dialog(qtbot, ws, client_id=sofia)
    assert empty.empty.text() == ("There are no intake forms yet. Create one in the Templates "
                                  "area.")
    assert not empty.save_button.isEnabled()
