"""The import's dry run: every row of a mapped CSV checked exactly as the client form checks
it (people.validate, custom_fields.normalise_value), and compared with the existing people and
with the file's other rows. Nothing is written; `import_batches.run_import` writes the plan.

A row is *invalid* when something in it is refused (bad email, impossible date, missing name,
...): each problem is a "Core" message with its params and the column at fault. A valid row is
a *duplicate* when it shares an email, or the same name and date of birth, with an existing
client (or contact, for a contacts import) or with an earlier row; each duplicate defaults to
"skip" and offers "import anyway" and, for an existing person, "update existing".
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import custom_fields, people
from app.store.models import ClientStatus, EmailAddress, FieldType, Person, PersonKind
from app.text import fold
from app.transfer import csv_dates
from app.transfer.csv_export import FORMULA_STARTS, csv_bytes
from app.transfer.csv_mapping import Mapping, Target
from app.transfer.csv_sniff import ParsedCsv

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.workspace import Workspace

_STATUS_WORDS = {
    ClientStatus.LEAD: ("lead", "prospect", "potential", "potencial", "prospecto", "interesado",
                        "prospect e", "potentiel", "interessado", "new", "nuevo", "nouveau"),
    ClientStatus.ACTIVE: ("active", "activo", "activa", "actif", "active e", "ativo", "ativa",
                          "current", "actual"),
    ClientStatus.INACTIVE: ("inactive", "inactivo", "inactiva", "inactif", "inativo", "inativa",
                            "former", "antiguo", "ancien"),
    ClientStatus.ARCHIVED: ("archived", "archivado", "archivada", "archive", "archivee",
                            "arquivado", "arquivada"),
}
STATUS_BY_WORD = {w: s.value for s, words in _STATUS_WORDS.items() for w in words}


class Choice(enum.StrEnum):
    SKIP = "skip"
    IMPORT = "import"  # import anyway, as a new person
    UPDATE = "update"  # write the row onto the existing person


@dataclass(frozen=True)
class RowProblem:
    message: str  # English "Core" source text with {placeholders}
    params: dict[str, Any] = field(default_factory=dict)
    column: str = ""  # the header of the column at fault ("" for the row as a whole)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        return ValidationError(self.message, **self.params).render(translate)


@dataclass(frozen=True)
class ImportRow:
    index: int  # among the data rows, from 0
    line: int  # where it starts in the file, from 1 (for "line 12: ...")
    cells: tuple[str, ...]  # as read
    name: str  # display name, for the report
    problems: tuple[RowProblem, ...]
    values: dict[str, Any]  # validated standard fields (people.apply's input)
    custom: dict[str, Any]  # "f<id>" (existing field) or "n<i>" (new_fields[i]) → stored value
    tags: tuple[str, ...]

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Duplicate:
    row: int  # ImportRow.index
    reason: str  # "email" or "name_and_birth"
    existing_id: int | None  # the existing person it matches
    existing_name: str
    same_as_row: int | None  # an earlier row of the file it matches
    default: str = Choice.SKIP.value
    options: tuple[str, ...] = (Choice.SKIP.value, Choice.IMPORT.value)


@dataclass(frozen=True)
class NewField:
    label: str
    field_type: str
    options: tuple[str, ...]
    section: str  # created if no section has this name
    builtin_section: str = ""  # or this built-in section (BuiltinSection key)


@dataclass(frozen=True)
class DryRun:
    kind: str
    source_name: str
    header: tuple[str, ...]
    delimiter: str
    rows: tuple[ImportRow, ...]
    duplicates: tuple[Duplicate, ...]
    new_fields: tuple[NewField, ...]
    new_tags: tuple[str, ...]  # tag names that do not exist yet

    @property
    def invalid_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.valid)

    def count_created(self, choices: dict[int, str] | None = None) -> int:
        """Rows that would become new people with these duplicate choices (default: skip)."""
        dup = {d.row: (choices or {}).get(d.row, d.default) for d in self.duplicates}
        return sum(1 for r in self.rows if r.valid and dup.get(r.index, Choice.IMPORT) == Choice.IMPORT)

    @property
    def to_create(self) -> int:
        return self.count_created()


def plan_import(ws: Workspace, parsed: ParsedCsv, mapping: Mapping,
                kind: str | None = None) -> DryRun:
    """Check every row against `mapping`; writes nothing."""
    kind = PersonKind(kind or mapping.kind).value
    fields = {f.id: f for sec in custom_fields.list_sections(ws) for f in sec.fields}
    new_fields = _new_fields(parsed, mapping)
    defs: dict[str, Any] = {f"f{fid}": f for fid, f in fields.items()}
    for i, nf in enumerate(new_fields):
        defs[f"n{i}"] = SimpleNamespace(id=0, field_type=nf.field_type, options=list(nf.options))
    rows = [_row(parsed, mapping, kind, i, defs, new_fields) for i in range(len(parsed.rows))]
    existing_tags = {fold(n) for n in _tag_names(ws)}
    new_tags: dict[str, str] = {}
    for r in rows:
        for t in r.tags:
            if r.valid and fold(t) not in existing_tags:
                new_tags.setdefault(fold(t), t)
    return DryRun(kind=kind, source_name=parsed.name, header=parsed.header,
                  delimiter=parsed.delimiter, rows=tuple(rows),
                  duplicates=tuple(_duplicates(ws, kind, rows)), new_fields=tuple(new_fields),
                  new_tags=tuple(new_tags.values()))


def rejected_rows_csv(plan: DryRun, *, problem_header: str = "Problem",
                      translate: Callable[[str], str] | None = None) -> bytes:
    """The invalid rows as read, with a last column saying what is wrong, for fixing and
    importing again (UTF-8 with BOM, the file's own delimiter, formulas made inert)."""
    rows = [[*r.cells, "; ".join(p.render(translate) for p in r.problems)]
            for r in plan.invalid_rows]
    return csv_bytes([*plan.header, problem_header], rows, plan.delimiter)


# --- one row ----------------------------------------------------------------------------------


def clean_cell(text: str) -> str:
    """A cell as meant: trimmed, with the quote our own CSV export puts before a formula-like
    value taken off again ("'+34 600…" was "+34 600…")."""
    text = (text or "").strip()
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _new_fields(parsed: ParsedCsv, mapping: Mapping) -> list[NewField]:
    out: list[NewField] = []
    for i, col in enumerate(mapping.columns):
        if col.target != Target.NEW_CUSTOM:
            continue
        options = list(col.new_options)
        if col.new_type in custom_fields.CHOICE_TYPES:
            for cell in parsed.column(i):
                for v in _split_choices(clean_cell(cell), col.new_type):
                    if v not in options:
                        options.append(v)
        label = col.new_label or parsed.header[i]
        out.append(NewField(label, col.new_type, tuple(options),
                            col.new_section or mapping.new_section, col.new_builtin_section))
    return out


def _split_list(text: str) -> list[str]:
    """"a; b" or "a | b" or one per line; else "a, b"."""
    separator = r"[;|\n]" if any(c in text for c in ";|\n") else r","
    return [v.strip() for v in re.split(separator, text) if v.strip()]


def _split_choices(text: str, field_type: str) -> list[str]:
    if not text:
        return []
    return [text] if field_type == FieldType.SINGLE_CHOICE else _split_list(text)


def split_name(text: str) -> tuple[str, str]:
    """"García López, María" → (María, García López); "María García López" → (María,
    García López): the first word is the first name."""
    if "," in text:
        last, first = (p.strip() for p in text.split(",", 1))
        return first, last
    parts = text.split()
    return (parts[0], " ".join(parts[1:])) if parts else ("", "")


def _row(parsed: ParsedCsv, mapping: Mapping, kind: str, index: int, defs: dict[str, Any],
         new_fields: list[NewField]) -> ImportRow:
    cells = parsed.rows[index]
    header = parsed.header
    data: dict[str, Any] = {"emails": [], "phones": []}
    where: dict[str, str] = {}
    custom: dict[str, Any] = {}
    tags: list[str] = []
    problems: list[RowProblem] = []
    new_index = 0
    for ci, col in enumerate(mapping.columns):
        text = clean_cell(cells[ci])
        if col.target == Target.NEW_CUSTOM:
            key = f"n{new_index}"
            new_index += 1
        elif col.target == Target.CUSTOM:
            key = f"f{col.custom_field_id}"
        else:
            key = ""
        if not text:
            continue
        if col.target == Target.FIELD:
            f = col.field
            where.setdefault(f, header[ci])
            if f == "full_name":
                first, last = split_name(text)
                data.setdefault("first_name", first)
                data.setdefault("last_name", last)
                where.setdefault("first_name", header[ci])
            elif f == "email":
                data["emails"] += [e for e in re.split(r"[;,\s]+", text) if e]
                where.setdefault("emails", header[ci])
            elif f == "phone":
                data["phones"] += [p.strip() for p in re.split(r"[;,\n]+", text) if p.strip()]
                where.setdefault("phones", header[ci])
            elif f == "date_of_birth":
                day = csv_dates.parse_date(text, col.date_format)
                if day is None:
                    problems.append(_bad_date(text, header[ci]))
                else:
                    data["date_of_birth"] = day
            elif f == "status":
                status = STATUS_BY_WORD.get(fold(text))
                if status is None:
                    problems.append(RowProblem(QT_TRANSLATE_NOOP(
                        "Core", "“{value}” is not a known status (lead, active, inactive or "
                                "archived)."), {"value": text}, header[ci]))
                else:
                    data["status"] = status
            else:
                data[f] = text
        elif col.target == Target.TAGS:
            # Split on ";" or "|" when the cell has them (so "Couples, weekly" stays one tag,
            # as our own export writes it), else on commas.
            tags += [t for t in (" ".join(p.split())[:80] for p in _split_list(text)) if t]
        elif key in defs:
            value, problem = _custom_value(defs[key], text, col.date_format, header[ci])
            if problem:
                problems.append(problem)
            elif value is not None:
                custom[key] = value
    values = _validated(data, kind, where, problems)
    seen: dict[str, str] = {}
    for t in tags:
        seen.setdefault(fold(t), t)
    name = people.display_name(values.get("first_name", "") or "", values.get("last_name", "") or "",
                               values.get("preferred_name", "") or "")
    return ImportRow(index=index, line=parsed.lines[index], cells=cells, name=name,
                     problems=tuple(problems), values=values, custom=custom,
                     tags=tuple(seen.values()) if kind == PersonKind.CLIENT else ())


def _bad_date(text: str, column: str) -> RowProblem:
    return RowProblem(QT_TRANSLATE_NOOP("Core", "“{value}” is not a valid date."),
                      {"value": text}, column)


def _problem(exc: ValidationError, column: str) -> RowProblem:
    return RowProblem(exc.message, dict(exc.params), column)


def _validated(data: dict[str, Any], kind: str, where: dict[str, str],
               problems: list[RowProblem]) -> dict[str, Any]:
    """people.validate, group by group, so that every problem of the row is reported."""
    out: dict[str, Any] = {}
    texts = {k: v for k, v in data.items() if k in people.TEXT_FIELDS}
    try:
        out.update(people.validate(texts, creating=True))
    except ValidationError as exc:
        problems.append(_problem(exc, ""))
    for key in ("date_of_birth", "status"):
        if key in data:
            try:
                out.update(people.validate({key: data[key]}, creating=False))
            except ValidationError as exc:
                problems.append(_problem(exc, where.get(key, "")))
    for key in ("emails", "phones"):
        good = []
        for item in data[key]:
            try:
                people.validate({key: [item]}, creating=False)
                good.append(item)
            except ValidationError as exc:
                problems.append(_problem(exc, where.get(key, "")))
        if good:
            out.update(people.validate({key: good}, creating=False))
    if kind != PersonKind.CLIENT:
        out.pop("status", None)
    return out


def _custom_value(fld: Any, text: str, date_format: str | None,
                  column: str) -> tuple[Any, RowProblem | None]:
    t = fld.field_type
    raw: Any = text
    if t == FieldType.DATE:
        day = csv_dates.parse_date(text, date_format)
        if day is None:
            return None, _bad_date(text, column)
        raw = day
    elif t == FieldType.CHECKBOX:
        raw = csv_dates.parse_bool(text)
        if raw is None:
            return None, RowProblem(QT_TRANSLATE_NOOP("Core", "“{value}” is not yes or no."),
                                    {"value": text}, column)
    elif t == FieldType.MULTIPLE_CHOICE:
        raw = _split_choices(text, t)
    elif t == FieldType.ADDRESS:
        # Our export writes an address field as five lines (street, city, postal code,
        # region, country); one line from elsewhere is the street.
        parts = text.split("\n")
        keys = ("street", "city", "postal_code", "region", "country")
        raw = dict(zip(keys, parts, strict=False)) if len(parts) > 1 else {"street": text}
    try:
        return custom_fields.normalise_value(fld, raw), None
    except ValidationError as exc:
        return None, _problem(exc, column)


# --- duplicates -------------------------------------------------------------------------------


def _name_key(values: dict[str, Any]) -> tuple[str, str] | None:
    dob = values.get("date_of_birth")
    if not isinstance(dob, dt.date):
        return None
    name = fold(f"{values.get('first_name') or ''} {values.get('last_name') or ''}")
    return (" ".join(name.split()), dob.isoformat())


def _duplicates(ws: Workspace, kind: str, rows: list[ImportRow]) -> list[Duplicate]:
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    names: dict[int, str] = {}
    with ws.read() as s:
        for pid, first, last, preferred, dob in s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.preferred_name,
                       Person.date_of_birth)
                .where(Person.kind == kind, Person.deleted_at.is_(None)).order_by(Person.id)):
            names[pid] = people.display_name(first, last, preferred)
            key = _name_key({"first_name": first, "last_name": last, "date_of_birth": dob})
            if key:
                by_name.setdefault(key, pid)
        for addr, pid in s.execute(
                select(EmailAddress.address_lower, EmailAddress.person_id)
                .join(Person, Person.id == EmailAddress.person_id)
                .where(Person.kind == kind, Person.deleted_at.is_(None))
                .order_by(EmailAddress.person_id)):
            by_email.setdefault(addr, pid)
    row_email: dict[str, int] = {}
    row_name: dict[tuple[str, str], int] = {}
    out = []
    for r in rows:
        if not r.valid:
            continue
        emails = [e.lower() for e in r.values.get("emails", [])]
        key = _name_key(r.values)
        hit = next((("email", by_email[e]) for e in emails if e in by_email), None)
        if hit is None and key in by_name:
            hit = ("name_and_birth", by_name[key])
        earlier = next((("email", row_email[e]) for e in emails if e in row_email), None)
        if earlier is None and key in row_name:
            earlier = ("name_and_birth", row_name[key])
        if hit:
            out.append(Duplicate(row=r.index, reason=hit[0], existing_id=hit[1],
                                 existing_name=names.get(hit[1], ""),
                                 same_as_row=earlier[1] if earlier else None,
                                 options=tuple(c.value for c in Choice)))
        elif earlier:
            out.append(Duplicate(row=r.index, reason=earlier[0], existing_id=None,
                                 existing_name="", same_as_row=earlier[1]))
        for e in emails:
            row_email.setdefault(e, r.index)
        if key:
            row_name.setdefault(key, r.index)
    return out


def _tag_names(ws: Workspace) -> list[str]:
    from app.store.models import Tag

    with ws.read() as s:
        return list(s.scalars(select(Tag.name)))
