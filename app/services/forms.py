"""Intake forms: the question types, checking a form's questions and a client's answers, and the
filled-in forms (responses) of a client.

A question is a dict: {"id": "q1", "type": one of QUESTION_TYPES, "label": "...",
"required": bool, "options": [...] (choice types only), "help": "..." (optional)}. A response
keeps a snapshot of the questions as they were when it was filled in, so editing or deleting
the template never changes what a client answered.

Answers by type (as stored): short_text/long_text → str; single_choice → one of the options;
multiple_choice → list of options (in the form's order); date → "YYYY-MM-DD"; yes_no → bool;
scale → int 1–10; signature → {"name": str, "date": "YYYY-MM-DD"}; heading → none (a title
between groups of questions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, doc_index, validation
from app.services.documentation import client_name, require_client
from app.store.models import FormResponse, FormTemplate, utcnow

if TYPE_CHECKING:
    from app.workspace import Workspace

SHORT_TEXT, LONG_TEXT = "short_text", "long_text"
SINGLE_CHOICE, MULTIPLE_CHOICE = "single_choice", "multiple_choice"
DATE, YES_NO, SCALE, SIGNATURE, HEADING = "date", "yes_no", "scale", "signature", "heading"
QUESTION_TYPES = {
    SHORT_TEXT: QT_TRANSLATE_NOOP("Core", "Short text"),
    LONG_TEXT: QT_TRANSLATE_NOOP("Core", "Long text"),
    SINGLE_CHOICE: QT_TRANSLATE_NOOP("Core", "Single choice"),
    MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("Core", "Multiple choice"),
    DATE: QT_TRANSLATE_NOOP("Core", "Date"),
    YES_NO: QT_TRANSLATE_NOOP("Core", "Yes / no"),
    SCALE: QT_TRANSLATE_NOOP("Core", "Scale 1–10"),
    SIGNATURE: QT_TRANSLATE_NOOP("Core", "Signature (name and date)"),
    HEADING: QT_TRANSLATE_NOOP("Core", "Heading"),
}
CHOICE_TYPES = {SINGLE_CHOICE, MULTIPLE_CHOICE}
SCALE_MIN, SCALE_MAX = 1, 10
MAX_QUESTIONS = 200
MAX_SHORT, MAX_LONG = 1000, 20_000


# --- questions --------------------------------------------------------------------------------


def validate_questions(questions: Any) -> list[dict[str, Any]]:
    """The questions cleaned up (ids given where missing, labels trimmed, options deduplicated),
    or a ValidationError naming the first problem (its `field` is the question's position)."""
    if not isinstance(questions, list) or not questions:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Add at least one question."),
                              field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A form can have at most {n} questions."),
                              field="questions", n=MAX_QUESTIONS)
    out: list[dict[str, Any]] = []
    used = {str(q.get("id")) for q in questions if isinstance(q, dict) and q.get("id")}
    seen: set[str] = set()
    counter = 0
    for position, q in enumerate(questions, start=1):
        field = f"questions.{position}"
        if not isinstance(q, dict) or q.get("type") not in QUESTION_TYPES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Question {n} has no type; choose one from the list."), field=field,
                n=position)
        qid = validation.clean(str(q.get("id") or ""), 40)
        if not qid:
            while True:
                counter += 1
                qid = f"q{counter}"
                if qid not in used:
                    break
        if qid in seen:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Two questions have the same identifier “{id}”."), field=field, id=qid)
        seen.add(qid)
        label = validation.clean(str(q.get("label") or ""), 500)
        if not label:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Question {n} needs a text."),
                                  field=field, n=position)
        clean: dict[str, Any] = {"id": qid, "type": q["type"], "label": label}
        if q["type"] != HEADING:
            clean["required"] = bool(q.get("required"))
        help_text = validation.clean(str(q.get("help") or ""), 500)
        if help_text:
            clean["help"] = help_text
        if q["type"] in CHOICE_TYPES:
            options: list[str] = []
            for opt in q.get("options") or []:
                opt = validation.clean(str(opt), 200)
                if opt and opt not in options:
                    options.append(opt)
            if len(options) < 2:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Core", "“{label}” needs at least two different options."), field=field,
                    label=label)
            clean["options"] = options
        out.append(clean)
    if all(q["type"] == HEADING for q in out):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Add at least one question."),
                              field="questions")
    return out


# --- answers ----------------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set)):
        return not value
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return False


def _iso(value: Any, label: str, field: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{label}”: “{value}” is not a date."),
                              field=field, label=label, value=str(value)) from None


def _answer(q: dict[str, Any], value: Any) -> Any:
    """One answer normalised, or ValidationError (field = the question id)."""
    kind, label, field = q["type"], q["label"], q["id"]

    def refuse(message: str, **params: Any) -> ValidationError:
        return ValidationError(message, field=field, label=label, **params)

    if kind == SHORT_TEXT:
        return validation.clean(str(value), MAX_SHORT)
    if kind == LONG_TEXT:
        text = "\n".join(line.rstrip() for line in str(value).strip().splitlines())
        if len(text) > MAX_LONG:
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: the answer is too long."))
        return text
    if kind == SINGLE_CHOICE:
        if str(value) not in q["options"]:
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: choose one of the options."))
        return str(value)
    if kind == MULTIPLE_CHOICE:
        chosen = [value] if isinstance(value, str) else list(value)
        if any(str(c) not in q["options"] for c in chosen):
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: choose among the options."))
        return [o for o in q["options"] if o in {str(c) for c in chosen}]
    if kind == DATE:
        return _iso(value, label, field)
    if kind == YES_NO:
        if not isinstance(value, bool):
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: answer yes or no."))
        return value
    if kind == SCALE:
        try:
            number = int(str(value).strip()) if not isinstance(value, bool) else None
        except ValueError:
            number = None
        if number is None or isinstance(value, float) or not SCALE_MIN <= number <= SCALE_MAX:
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: choose a number from {low} to {high}."),
                         low=SCALE_MIN, high=SCALE_MAX)
        return number
    if kind == SIGNATURE:
        if not isinstance(value, dict):
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: enter the name and the date."))
        name = validation.clean(str(value.get("name") or ""), 200)
        if not name or _empty(value.get("date")):
            raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}”: enter both the name and the date."))
        return {"name": name, "date": _iso(value.get("date"), label, field)}
    raise refuse(QT_TRANSLATE_NOOP("Core", "“{label}” takes no answer."))


def check_answers(questions: list[dict[str, Any]], answers: dict[str, Any]
                  ) -> tuple[dict[str, Any], list[ValidationError]]:
    """Answers normalised per type and every problem (each with the question id as `field`),
    so the form can show them all at once. Unanswered optional questions are left out;
    answers to unknown questions are dropped."""
    clean: dict[str, Any] = {}
    problems: list[ValidationError] = []
    answers = answers or {}
    for q in questions:
        if q["type"] == HEADING:
            continue
        value = answers.get(q["id"])
        if _empty(value):
            if q.get("required"):
                problems.append(ValidationError(
                    QT_TRANSLATE_NOOP("Core", "Please answer “{label}”."), field=q["id"],
                    label=q["label"]))
            continue
        try:
            clean[q["id"]] = _answer(q, value)
        except ValidationError as exc:
            problems.append(exc)
    return clean, problems


def _checked_answers(questions: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, Any]:
    clean, problems = check_answers(questions, answers)
    if problems:
        raise problems[0]
    return clean


# --- responses --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormResponseView:
    id: int
    client_id: int
    client_name: str
    form_template_id: int | None
    title: str
    questions: tuple[dict[str, Any], ...]  # the snapshot taken when it was filled in
    answers: dict[str, Any]
    completed_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


def _view(session: Session, r: FormResponse) -> FormResponseView:
    return FormResponseView(r.id, r.client_id, client_name(session, r.client_id),
                            r.form_template_id, r.title, tuple(r.questions or ()),
                            dict(r.answers or {}), r.completed_at, r.created_at, r.updated_at,
                            r.deleted_at)


def _load(session: Session, response_id: int) -> FormResponse:
    r = session.get(FormResponse, response_id)
    if r is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This form no longer exists."))
    return r


def fill_form(ws: Workspace, client_id: int, form_template_id: int, answers: dict[str, Any],
              completed_at: dt.datetime | None = None) -> FormResponseView:
    """Save a client's answers to a form template (all checked first; nothing is stored if any
    answer is refused). `completed_at`: when it was filled in (now by default)."""
    if completed_at is not None and completed_at.tzinfo is None:
        raise ValueError("completed_at must be an aware datetime")
    with ws.write() as s:
        require_client(s, client_id)
        tpl = s.get(FormTemplate, form_template_id)
        if tpl is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That form template no longer exists."))
        questions = validate_questions(tpl.questions)
        r = FormResponse(client_id=client_id, form_template_id=tpl.id, title=tpl.name,
                         questions=questions, answers=_checked_answers(questions, answers),
                         completed_at=completed_at or utcnow())
        s.add(r)
        s.flush()
        doc_index.index_form(s, r)
        audit.record(s, "create", "form_response", r.id,
                     {"client_id": client_id, "form_template_id": tpl.id})
        return _view(s, r)


def update_answers(ws: Workspace, response_id: int, answers: dict[str, Any]) -> FormResponseView:
    """Correct the answers of a filled-in form (checked against its own snapshot)."""
    with ws.write() as s:
        r = _load(s, response_id)
        if r.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "This form is in the trash. Restore it first."))
        clean = _checked_answers(list(r.questions or []), answers)
        changed = sorted(k for k in set(clean) | set(r.answers or {})
                         if clean.get(k) != (r.answers or {}).get(k))
        if changed:
            r.answers = clean
            s.flush()
            doc_index.index_form(s, r)
            audit.record(s, "update", "form_response", r.id, {"fields": changed})
        return _view(s, r)


def get_form_response(ws: Workspace, response_id: int) -> FormResponseView:
    with ws.read() as s:
        return _view(s, _load(s, response_id))


def list_form_responses(ws: Workspace, client_id: int, *, trashed: bool = False
                        ) -> list[FormResponseView]:
    """A client's filled-in forms, newest first."""
    with ws.read() as s:
        q = select(FormResponse).where(FormResponse.client_id == client_id)
        q = q.where(FormResponse.deleted_at.is_not(None) if trashed
                    else FormResponse.deleted_at.is_(None))
        q = q.order_by(FormResponse.completed_at.desc(), FormResponse.id.desc())
        return [_view(s, r) for r in s.scalars(q)]


def trash_form_response(ws: Workspace, response_id: int) -> None:
    with ws.write() as s:
        r = _load(s, response_id)
        if r.deleted_at is None:
            r.deleted_at = utcnow()
            s.flush()
            doc_index.index_form(s, r)
            audit.record(s, "trash", "form_response", r.id, {"client_id": r.client_id})


def restore_form_response(ws: Workspace, response_id: int) -> None:
    with ws.write() as s:
        r = _load(s, response_id)
        if r.deleted_at is not None:
            require_client(s, r.client_id)
            r.deleted_at = None
            s.flush()
            doc_index.index_form(s, r)
            audit.record(s, "restore", "form_response", r.id)


def delete_form_response(ws: Workspace, response_id: int) -> None:
    """Erase a filled-in form that is in the trash."""
    with ws.write() as s:
        r = _load(s, response_id)
        if r.deleted_at is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Move the form to the trash before deleting it for good."))
        client_id = r.client_id
        s.delete(r)
        s.flush()
        audit.record(s, "delete", "form_response", response_id, {"client_id": client_id})
