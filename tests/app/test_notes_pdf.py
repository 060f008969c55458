"""Note and intake-form PDFs read back with pypdf: the title, the body as written (markup
rendered, user text printed literally), the addenda under it with their dates, the status,
and the labels in the document's language."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from app.documents import form_pdf, note_pdf
from app.services import clients, forms, notes, practice, templates
from app.services.notes import NoteInput
from app.services.people import PersonInput

PNG = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
       "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_note_pdf_has_title_body_status_and_addenda(workspace, tmp_path):
    practice.update_practice(workspace, practitioner_name="Dr. Ana Lopes", time_zone="Europe/Lisbon")
    cid = clients.create_client(workspace, PersonInput(first_name="Zoë", last_name="Ólafsdóttir"))
    body = ("<h2>Assessment</h2><p>Client reports <b>panic</b> on the <i>underground</i> &lt;b&gt;"
            "literally&lt;/b&gt; &amp; more.</p><ul><li>Breathing 4-7-8</li><li>Graded exposure"
            "<ol><li>one stop</li></ol></li></ul><table><thead><tr><th>Scale</th><th>Score</th>"
            "</tr></thead><tbody><tr><td>GAD-7</td><td>14</td></tr></tbody></table>"
            f'<blockquote>“I felt trapped.”</blockquote><p><img src="{PNG}"></p>'
            '<p><a href="https://example.org/leaflet">Leaflet</a></p>')
    note = notes.create_note(workspace, cid, NoteInput("Session 4: exposure plan",
                                                       dt.date(2026, 11, 20), body))
    notes.complete(workspace, note.id)
    notes.add_addendum(workspace, note.id, "<p>Correction: GAD-7 was <b>15</b>, not 14.</p>")

    out = note_pdf.write_note_pdf(workspace, note.id, tmp_path / "note.pdf")
    text = _squash(_text(out.read_bytes()))
    for expected in ("Clinical note", "Session 4: exposure plan", "Zoë Ólafsdóttir",
                     "20 November 2026", "Completed on", "by Dr. Ana Lopes",
                     "Client reports panic on the underground <b>literally</b> & more.",
                     "Breathing 4-7-8", "one stop", "GAD-7 14", "“I felt trapped.”", "Leaflet",
                     "ADDENDA", "Correction: GAD-7 was 15, not 14.", "Confidential",
                     "Page 1 of"):
        assert expected in text, expected
    assert text.index("Session 4: exposure plan") < text.index("Correction: GAD-7 was 15")
    assert note_pdf.suggested_filename(notes.get_note(workspace, note.id)) == (
        "2026-11-20_Session_4_exposure_plan.pdf")


def test_draft_note_pdf_in_spanish_says_it_is_a_draft(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Íñigo", last_name="Sáez"))
    note = notes.create_note(workspace, cid, NoteInput("Primera sesión", dt.date(2026, 3, 2),
                                                       "<p>Duelo reciente.</p>"))
    text = _squash(_text(note_pdf.note_pdf_bytes(workspace, note.id, language="es")))
    assert "Nota clínica" in text and "Borrador, sin completar" in text
    assert "2 de marzo de 2026" in text and "Duelo reciente." in text and "Página 1 de 1" in text


def test_a_long_note_runs_over_pages(workspace):
    cid = clients.create_client(workspace, PersonInput(first_name="Long", last_name="Note"))
    body = "".join(f"<p>Paragraph {i}: {'words ' * 40}</p>" for i in range(60))
    note = notes.create_note(workspace, cid, NoteInput("Long", dt.date(2026, 1, 1), body))
    notes.complete(workspace, note.id)
    notes.add_addendum(workspace, note.id, "".join(f"<p>Addendum line {i}</p>" for i in range(80)))
    pdf = note_pdf.note_pdf_bytes(workspace, note.id)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    text = _squash(_text(pdf))
    assert "Paragraph 59:" in text and "Addendum line 79" in text


def test_intake_form_pdf_shows_every_answer(workspace, tmp_path):
    cid = clients.create_client(workspace, PersonInput(first_name="Léa", last_name="Martin"))
    intake = next(t for t in templates.list_form_templates(workspace) if t.shipped_key == "intake@en")
    r = forms.fill_form(workspace, cid, intake.id, {
        "date_of_birth": "1990-03-14", "emergency_contact": "Paul Martin 06 12 34 56 78",
        "reason": "Panic attacks <at work> & at home", "duration": "6 to 12 months",
        "symptoms": ["Anxiety or worry", "Trouble sleeping"], "impact": 7,
        "previous_therapy": True, "self_harm": False, "consent": True,
        "signature": {"name": "Léa Martin", "date": "2026-11-20"}})
    out = form_pdf.write_form_pdf(workspace, r.id, tmp_path / "intake.pdf")
    text = _squash(_text(out.read_bytes()))
    for expected in ("Form", "Intake form", "Léa Martin", "14 March 1990",
                     "Panic attacks <at work> & at home", "☒ 6 to 12 months", "☐ Less than a month",
                     "☒ Anxiety or worry", "7 out of 10", "Not answered",
                     "Signed by Léa Martin on 20 November 2026", "Consent"):
        assert expected in text, expected
