"""Note templates and intake-form templates: the shipped ones (data/templates, in English,
Spanish, French and Portuguese), the practitioner's own, and starting a note from a template.

Shipped templates are copied into the workspace (then they are the practitioner's to edit or
delete). Each copy remembers its `shipped_key` ("soap@es"), and the workspace remembers which
keys it ever received, so installing again adds only what is new and never brings back a
template the practitioner deleted.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import data_dir
from app.services import audit, notes, validation
from app.services.documentation import practice_today
from app.services.forms import validate_questions
from app.services.html_sanitizer import sanitize
from app.store.models import FormResponse, FormTemplate, Note, NoteTemplate, Setting

if TYPE_CHECKING:
    from app.workspace import Workspace

SHIPPED_LANGUAGES = ("en", "es", "fr", "pt")
INSTALLED_SETTING = "templates.shipped_installed"
COPY_SUFFIX = {"en": "copy", "es": "copia", "fr": "copie", "pt": "cópia"}
MAX_NAME = 200


def shipped_language(language: str | None) -> str:
    """"pt_BR", "fr-CA", "ES" → "pt", "fr", "es"; anything else → "en"."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in SHIPPED_LANGUAGES else "en"


# --- the shipped files ------------------------------------------------------------------------


@lru_cache(maxsize=8)
def shipped_note_templates(language: str | None) -> tuple[dict[str, str], ...]:
    """({"key", "name", "body_html"}, ...) from data/templates/notes/<lang>/, sanitized."""
    lang = shipped_language(language)
    folder = data_dir() / "templates" / "notes" / lang
    spec = json.loads((folder / "templates.json").read_text(encoding="utf-8"))
    return tuple({"key": t["key"], "name": t["name"],
                  "body_html": sanitize((folder / t["file"]).read_text(encoding="utf-8"))}
                 for t in spec["templates"])


@lru_cache(maxsize=8)
def shipped_form_templates(language: str | None) -> tuple[dict[str, Any], ...]:
    """({"key", "name", "questions"}, ...) from data/templates/forms/<lang>/*.json, validated."""
    lang = shipped_language(language)
    folder = data_dir() / "templates" / "forms" / lang
    out = []
    for path in sorted(folder.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        out.append({"key": spec["key"], "name": spec["name"],
                    "questions": validate_questions(spec["questions"])})
    return tuple(out)


def ensure_shipped_templates(session: Session, language: str | None) -> int:
    """Inside the caller's transaction: add the shipped note and form templates of `language`
    that this workspace never received. Returns how many were added."""
    lang = shipped_language(language)
    row = session.get(Setting, INSTALLED_SETTING)
    installed = set(row.value or []) if row is not None else set()
    added = 0
    for t in shipped_note_templates(lang):
        key = f"note:{t['key']}@{lang}"
        if key not in installed:
            session.add(NoteTemplate(name=t["name"], language=lang, body_html=t["body_html"],
                                     shipped_key=f"{t['key']}@{lang}"))
            installed.add(key)
            added += 1
    for t in shipped_form_templates(lang):
        key = f"form:{t['key']}@{lang}"
        if key not in installed:
            session.add(FormTemplate(name=t["name"], language=lang,
                                     questions=[dict(q) for q in t["questions"]],
                                     shipped_key=f"{t['key']}@{lang}"))
            installed.add(key)
            added += 1
    if added:
        if row is None:
            session.add(Setting(key=INSTALLED_SETTING, value=sorted(installed)))
        else:
            row.value = sorted(installed)
        session.flush()
        audit.record(session, "install_shipped", "template", None,
                     {"language": lang, "count": added})
    return added


def install_shipped_templates(ws: Workspace, language: str | None) -> int:
    """Add the shipped templates of `language` to an existing workspace (idempotent)."""
    with ws.write() as s:
        return ensure_shipped_templates(s, language)


# --- note templates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteTemplateView:
    id: int
    name: str
    language: str
    body_html: str
    shipped_key: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    note_count: int = 0  # notes started from it


@dataclass(frozen=True)
class FormTemplateView:
    id: int
    name: str
    language: str
    questions: tuple[dict[str, Any], ...]
    shipped_key: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    response_count: int = 0  # forms filled in from it


def _name(name: str | None) -> str:
    name = validation.clean(name, MAX_NAME)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Give the template a name."), field="name")
    return name


def _copy_name(name: str, language: str) -> str:
    return f"{name} ({COPY_SUFFIX[shipped_language(language)]})"[:MAX_NAME]


def _note_tpl(session: Session, template_id: int) -> NoteTemplate:
    tpl = session.get(NoteTemplate, template_id)
    if tpl is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That template no longer exists."))
    return tpl


def _note_view(t: NoteTemplate, count: int = 0) -> NoteTemplateView:
    return NoteTemplateView(t.id, t.name, t.language or "", t.body_html or "", t.shipped_key,
                            t.created_at, t.updated_at, count)


def list_note_templates(ws: Workspace, language: str | None = None) -> list[NoteTemplateView]:
    """By name; `language` keeps that language's templates and those without one."""
    with ws.read() as s:
        q = select(NoteTemplate).order_by(func.fold(NoteTemplate.name), NoteTemplate.id)
        if language:
            q = q.where(NoteTemplate.language.in_((shipped_language(language), "")))
        counts = dict(s.execute(select(Note.template_id, func.count()).where(
            Note.template_id.is_not(None)).group_by(Note.template_id)).all())
        return [_note_view(t, counts.get(t.id, 0)) for t in s.scalars(q)]


def get_note_template(ws: Workspace, template_id: int) -> NoteTemplateView:
    with ws.read() as s:
        return _note_view(_note_tpl(s, template_id))


def create_note_template(ws: Workspace, name: str, body_html: str, language: str = ""
                         ) -> NoteTemplateView:
    with ws.write() as s:
        tpl = NoteTemplate(name=_name(name), body_html=sanitize(body_html),
                           language=shipped_language(language) if language else "")
        s.add(tpl)
        s.flush()
        audit.record(s, "create", "note_template", tpl.id)
        return _note_view(tpl)


def update_note_template(ws: Workspace, template_id: int, *, name: str | None = None,
                         body_html: str | None = None, language: str | None = None
                         ) -> NoteTemplateView:
    """Change a template; notes already started from it keep their text."""
    with ws.write() as s:
        tpl = _note_tpl(s, template_id)
        changes = {}
        if name is not None:
            changes["name"] = _name(name)
        if body_html is not None:
            changes["body_html"] = sanitize(body_html)
        if language is not None:
            changes["language"] = shipped_language(language) if language else ""
        audit.update_fields(s, tpl, changes, "note_template")
        return _note_view(tpl)


def duplicate_note_template(ws: Workspace, template_id: int, name: str | None = None
                            ) -> NoteTemplateView:
    with ws.write() as s:
        src = _note_tpl(s, template_id)
        tpl = NoteTemplate(name=_name(name) if name else _copy_name(src.name, src.language),
                           language=src.language, body_html=src.body_html)
        s.add(tpl)
        s.flush()
        audit.record(s, "create", "note_template", tpl.id, {"duplicate_of": src.id})
        return _note_view(tpl)


def delete_note_template(ws: Workspace, template_id: int) -> None:
    """Notes started from it keep their text (their link to the template is cleared)."""
    with ws.write() as s:
        s.delete(_note_tpl(s, template_id))
        s.flush()
        audit.record(s, "delete", "note_template", template_id)


def new_note_from_template(ws: Workspace, client_id: int, template_id: int, *,
                           note_date: dt.date | None = None, title: str | None = None,
                           appointment_id: int | None = None) -> notes.NoteView:
    """A new draft for the client with the template's text; titled with the template's name
    unless `title` is given, dated today in the practice's time zone unless `note_date` is."""
    with ws.write() as s:
        tpl = _note_tpl(s, template_id)
        data = notes.NoteInput(title=title if title is not None else tpl.name,
                               note_date=note_date or practice_today(s), body_html=tpl.body_html,
                               appointment_id=appointment_id, template_id=tpl.id)
        return notes.insert_note(s, client_id, data)


# --- form templates ---------------------------------------------------------------------------


def _form_tpl(session: Session, template_id: int) -> FormTemplate:
    tpl = session.get(FormTemplate, template_id)
    if tpl is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That form template no longer exists."))
    return tpl


def _form_view(t: FormTemplate, count: int = 0) -> FormTemplateView:
    return FormTemplateView(t.id, t.name, t.language or "", tuple(t.questions or ()),
                            t.shipped_key, t.created_at, t.updated_at, count)


def list_form_templates(ws: Workspace, language: str | None = None) -> list[FormTemplateView]:
    with ws.read() as s:
        q = select(FormTemplate).order_by(func.fold(FormTemplate.name), FormTemplate.id)
        if language:
            q = q.where(FormTemplate.language.in_((shipped_language(language), "")))
        counts = dict(s.execute(select(FormResponse.form_template_id, func.count()).where(
            FormResponse.form_template_id.is_not(None)).group_by(FormResponse.form_template_id)
        ).all())
        return [_form_view(t, counts.get(t.id, 0)) for t in s.scalars(q)]


def get_form_template(ws: Workspace, template_id: int) -> FormTemplateView:
    with ws.read() as s:
        return _form_view(_form_tpl(s, template_id))


def create_form_template(ws: Workspace, name: str, questions: list[dict[str, Any]],
                         language: str = "") -> FormTemplateView:
    with ws.write() as s:
        tpl = FormTemplate(name=_name(name), questions=validate_questions(questions),
                           language=shipped_language(language) if language else "")
        s.add(tpl)
        s.flush()
        audit.record(s, "create", "form_template", tpl.id)
        return _form_view(tpl)


def update_form_template(ws: Workspace, template_id: int, *, name: str | None = None,
                         questions: list[dict[str, Any]] | None = None,
                         language: str | None = None) -> FormTemplateView:
    """Change a form; forms already filled in keep the questions they were answered with."""
    with ws.write() as s:
        tpl = _form_tpl(s, template_id)
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = _name(name)
        if questions is not None:
            changes["questions"] = validate_questions(questions)
        if language is not None:
            changes["language"] = shipped_language(language) if language else ""
        audit.update_fields(s, tpl, changes, "form_template")
        return _form_view(tpl)


def duplicate_form_template(ws: Workspace, template_id: int, name: str | None = None
                            ) -> FormTemplateView:
    with ws.write() as s:
        src = _form_tpl(s, template_id)
        tpl = FormTemplate(name=_name(name) if name else _copy_name(src.name, src.language),
                           language=src.language, questions=[dict(q) for q in src.questions or []])
        s.add(tpl)
        s.flush()
        audit.record(s, "create", "form_template", tpl.id, {"duplicate_of": src.id})
        return _form_view(tpl)


def delete_form_template(ws: Workspace, template_id: int) -> None:
    """Forms already filled in stay, with their own copy of the questions."""
    with ws.write() as s:
        s.delete(_form_tpl(s, template_id))
        s.flush()
        audit.record(s, "delete", "form_template", template_id)
