"""Note and form templates: the shipped ones in English, Spanish, French and Portuguese, a new
workspace receiving them in its language, installing them later without duplicates or
resurrections, editing, and notes and forms made from them; intake-form answer checks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import NotFoundError, ValidationError
from app.services import clients, forms, notes, templates
from app.services.html_sanitizer import plain_text
from app.services.people import PersonInput
from app.workspace import create_workspace
from tests.conftest import PASSPHRASE

HEADINGS = {  # one heading each shipped SOAP note must have, by language
    "en": "Subjective", "es": "Subjetivo", "fr": "Subjectif", "pt": "Subjetivo"}
ALL_TYPES = {"short_text", "long_text", "single_choice", "multiple_choice", "date", "yes_no",
             "scale", "signature"}


def _client(ws) -> int:
    return clients.create_client(ws, PersonInput(first_name="Léa", last_name="Martin"))


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_shipped_templates_load_in_every_language(lang):
    note_tpls = templates.shipped_note_templates(lang)
    assert [t["key"] for t in note_tpls] == ["soap", "dap", "progress", "initial_assessment"]
    assert len({t["name"] for t in note_tpls}) == 4
    for t in note_tpls:
        assert t["body_html"].startswith("<h2>") and len(plain_text(t["body_html"])) > 150
    assert f"<h2>{HEADINGS[lang]}</h2>" in note_tpls[0]["body_html"]
    assert "<table>" in note_tpls[3]["body_html"]
    (intake,) = templates.shipped_form_templates(lang)
    assert {q["type"] for q in intake["questions"]} >= ALL_TYPES
    assert [q["id"] for q in intake["questions"]] == [
        q["id"] for q in templates.shipped_form_templates("en")[0]["questions"]]


def test_unknown_languages_fall_back_to_english():
    assert templates.shipped_language("pt_BR") == "pt"
    assert templates.shipped_language("de") == "en"
    assert templates.shipped_note_templates("xx")[0]["name"] == "SOAP note"


def test_a_new_workspace_gets_the_templates_of_its_language(tmp_path):
    ws = create_workspace(tmp_path / "fr.consulta", PASSPHRASE, practice_name="Cabinet",
                          language="fr_FR")
    try:
        names = [t.name for t in templates.list_note_templates(ws)]
        assert names == ["Bilan initial", "Note DAP", "Note de suivi", "Note SOAP"]
        assert [t.name for t in templates.list_form_templates(ws)] == ["Questionnaire d'accueil"]
        # Installing French again adds nothing; Spanish is added beside it.
        assert templates.install_shipped_templates(ws, "fr") == 0
        assert templates.install_shipped_templates(ws, "es") == 5
        assert len(templates.list_note_templates(ws)) == 8
        assert [t.name for t in templates.list_note_templates(ws, language="es")][:1] == [
            "Evaluación inicial"]
    finally:
        ws.close()


def test_a_deleted_shipped_template_is_not_brought_back(workspace):
    soap = next(t for t in templates.list_note_templates(workspace) if t.shipped_key == "soap@en")
    templates.delete_note_template(workspace, soap.id)
    assert templates.install_shipped_templates(workspace, "en") == 0
    assert "SOAP note" not in [t.name for t in templates.list_note_templates(workspace)]


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_templates_produce_notes_in_every_language(workspace, lang):
    templates.install_shipped_templates(workspace, lang)
    cid = _client(workspace)
    for tpl in templates.list_note_templates(workspace, language=lang):
        if tpl.language != lang:
            continue
        note = templates.new_note_from_template(workspace, cid, tpl.id)
        assert (note.title, note.body_html, note.template_id) == (tpl.name, tpl.body_html, tpl.id)
        assert note.status == "draft" and note.note_date == dt.date.today()
    assert len(notes.list_documentation(workspace, cid)) == 4


def test_template_crud_and_notes_keep_their_text(workspace):
    tpl = templates.create_note_template(workspace, "  Couples session ",
                                         "<h2>Goals</h2><script>x</script>", language="en")
    assert (tpl.name, tpl.body_html, tpl.language) == ("Couples session", "<h2>Goals</h2>", "en")
    with pytest.raises(ValidationError) as exc:
        templates.create_note_template(workspace, " ", "<p>x</p>")
    assert exc.value.field == "name"
    note = templates.new_note_from_template(workspace, _client(workspace), tpl.id, title="Mine",
                                            note_date=dt.date(2026, 1, 5))
    assert (note.title, note.note_date) == ("Mine", dt.date(2026, 1, 5))

    copy = templates.duplicate_note_template(workspace, tpl.id)
    assert copy.name == "Couples session (copy)" and copy.body_html == tpl.body_html
    edited = templates.update_note_template(workspace, tpl.id, body_html="<h2>New</h2>")
    assert edited.body_html == "<h2>New</h2>"
    assert notes.get_note(workspace, note.id).body_html == "<h2>Goals</h2>"
    templates.delete_note_template(workspace, tpl.id)
    assert notes.get_note(workspace, note.id).template_id is None
    with pytest.raises(NotFoundError):
        templates.get_note_template(workspace, tpl.id)


def test_form_questions_are_validated():
    with pytest.raises(ValidationError):
        forms.validate_questions([])
    with pytest.raises(ValidationError, match="two different options"):
        forms.validate_questions([{"type": "single_choice", "label": "Pick", "options": ["a", "a"]}])
    with pytest.raises(ValidationError, match="no type"):
        forms.validate_questions([{"type": "essay", "label": "?"}])
    with pytest.raises(ValidationError, match="same identifier"):
        forms.validate_questions([{"id": "a", "type": "yes_no", "label": "1"},
                                  {"id": "a", "type": "yes_no", "label": "2"}])
    with pytest.raises(ValidationError, match="at least one question"):
        forms.validate_questions([{"type": "heading", "label": "Only a title"}])
    got = forms.validate_questions([{"type": "short_text", "label": " Name "},
                                    {"id": "q1", "type": "scale", "label": "Mood"}])
    assert [(q["id"], q["label"]) for q in got] == [("q2", "Name"), ("q1", "Mood")]


@pytest.fixture
def intake(workspace):
    return next(t for t in templates.list_form_templates(workspace) if t.shipped_key == "intake@en")


GOOD = {"date_of_birth": "1988-02-29", "emergency_contact": "Tom 0700 900 123",
        "reason": "  Panic attacks on the train.\n\nSince May.  ", "impact": "8",
        "duration": "1 to 6 months", "symptoms": ["Trouble sleeping", "Anxiety or worry"],
        "self_harm": False, "consent": True,
        "signature": {"name": " Léa  Martin ", "date": dt.date(2026, 11, 20)},
        "not_a_question": "dropped"}


def test_filling_in_the_intake_form_normalises_and_snapshots(workspace, intake):
    cid = _client(workspace)
    r = forms.fill_form(workspace, cid, intake.id, GOOD)
    assert r.answers["impact"] == 8
    assert r.answers["symptoms"] == ["Anxiety or worry", "Trouble sleeping"]  # form order
    assert r.answers["reason"] == "Panic attacks on the train.\n\nSince May."
    assert r.answers["signature"] == {"name": "Léa Martin", "date": "2026-11-20"}
    assert "not_a_question" not in r.answers and "occupation" not in r.answers
    assert r.title == "Intake form" and r.client_name == "Léa Martin"

    # Editing the template later does not change what was answered or asked.
    templates.update_form_template(workspace, intake.id, questions=[
        {"id": "reason", "type": "short_text", "label": "Why?"}])
    again = forms.get_form_response(workspace, r.id)
    assert again.questions == r.questions and again.answers == r.answers
    fixed = forms.update_answers(workspace, r.id, {**GOOD, "impact": 5})
    assert fixed.answers["impact"] == 5


@pytest.mark.parametrize("question, value, message", [
    ("impact", 11, "from 1 to 10"), ("impact", 0, "from 1 to 10"), ("impact", 7.5, "from 1 to 10"),
    ("impact", True, "from 1 to 10"), ("impact", "lots", "from 1 to 10"),
    ("date_of_birth", "31/02/1990", "is not a date"),
    ("duration", "Forever", "choose one of the options"),
    ("symptoms", ["Low mood", "Hiccups"], "choose among the options"),
    ("consent", "yes", "answer yes or no"),
    ("signature", {"name": "Léa"}, "both the name and the date"),
    ("signature", "Léa", "the name and the date"),
    ("reason", "", "Please answer"),
    ("self_harm", None, "Please answer"),
])
def test_refused_answers_name_their_question_and_store_nothing(workspace, intake, question, value,
                                                               message):
    cid = _client(workspace)
    with pytest.raises(ValidationError, match=message) as exc:
        forms.fill_form(workspace, cid, intake.id, {**GOOD, question: value})
    assert exc.value.field == question
    assert forms.list_form_responses(workspace, cid) == []


def test_check_answers_reports_every_problem_at_once(intake):
    questions = forms.validate_questions(list(intake.questions))
    _clean, problems = forms.check_answers(questions, {"impact": 12})
    assert {p.field for p in problems} == {"date_of_birth", "emergency_contact", "reason",
                                           "impact", "self_harm", "consent", "signature"}


def test_form_responses_trash_restore_delete(workspace, intake):
    cid = _client(workspace)
    r = forms.fill_form(workspace, cid, intake.id, GOOD)
    with pytest.raises(ValidationError):
        forms.delete_form_response(workspace, r.id)
    forms.trash_form_response(workspace, r.id)
    assert forms.list_form_responses(workspace, cid) == []
    assert [x.id for x in forms.list_form_responses(workspace, cid, trashed=True)] == [r.id]
    forms.restore_form_response(workspace, r.id)
    assert [x.id for x in forms.list_form_responses(workspace, cid)] == [r.id]
    forms.trash_form_response(workspace, r.id)
    forms.delete_form_response(workspace, r.id)
    with pytest.raises(NotFoundError):
        forms.get_form_response(workspace, r.id)
    dup = templates.duplicate_form_template(workspace, intake.id)
    assert dup.name == "Intake form (copy)" and dup.questions == intake.questions
    templates.delete_form_template(workspace, intake.id)
    assert [t.id for t in templates.list_form_templates(workspace)] == [dup.id]
