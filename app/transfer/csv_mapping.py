"""Which column of an imported CSV goes where: a client (or contact) field, an existing custom
field, a new custom field made on import, tags, or nowhere.

`auto_map` recognises headers in English, Spanish, French and Portuguese (case, accents and
punctuation ignored), matches other headers to existing custom fields by label, and, for a
CSV from a Consulta practice export, recreates its custom fields exactly (types, options and
sections come from the `custom_fields.json` written beside it: `read_definitions_beside`).
Date columns get their order inferred (csv_dates). A mapping can be saved under a name and
applied to the next file by header.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import custom_fields, practice
from app.store.models import FieldType, PersonKind
from app.text import fold
from app.transfer import csv_dates
from app.transfer.csv_sniff import ParsedCsv

if TYPE_CHECKING:
    from app.workspace import Workspace

SAVED_KEY = "import.saved_mappings"
DEFINITIONS_FILE = "custom_fields.json"
DEFINITIONS_FORMAT = "consulta-custom-fields"


class Target(enum.StrEnum):
    FIELD = "field"  # a standard field (STANDARD_FIELDS)
    CUSTOM = "custom"  # an existing custom field
    NEW_CUSTOM = "new_custom"  # a custom field created by the import
    TAGS = "tags"  # tag names, split on , ; |  (clients only)
    IGNORE = "ignore"


# key → (label for the UI, kinds it exists for). Emails and phones take several columns.
STANDARD_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "first_name": (QT_TRANSLATE_NOOP("Core", "First name"), ("client", "contact")),
    "last_name": (QT_TRANSLATE_NOOP("Core", "Last name"), ("client", "contact")),
    "full_name": (QT_TRANSLATE_NOOP("Core", "Full name (first word is the first name)"),
                  ("client", "contact")),
    "preferred_name": (QT_TRANSLATE_NOOP("Core", "Preferred name"), ("client", "contact")),
    "pronouns": (QT_TRANSLATE_NOOP("Core", "Pronouns"), ("client", "contact")),
    "date_of_birth": (QT_TRANSLATE_NOOP("Core", "Date of birth"), ("client", "contact")),
    "status": (QT_TRANSLATE_NOOP("Core", "Status"), ("client",)),
    "organization": (QT_TRANSLATE_NOOP("Core", "Organization"), ("client", "contact")),
    "role": (QT_TRANSLATE_NOOP("Core", "Role"), ("client", "contact")),
    "email": (QT_TRANSLATE_NOOP("Core", "Email"), ("client", "contact")),
    "phone": (QT_TRANSLATE_NOOP("Core", "Phone"), ("client", "contact")),
    "street": (QT_TRANSLATE_NOOP("Core", "Street"), ("client", "contact")),
    "street2": (QT_TRANSLATE_NOOP("Core", "Address line 2"), ("client", "contact")),
    "city": (QT_TRANSLATE_NOOP("Core", "City"), ("client", "contact")),
    "region": (QT_TRANSLATE_NOOP("Core", "Region"), ("client", "contact")),
    "postal_code": (QT_TRANSLATE_NOOP("Core", "Postal code"), ("client", "contact")),
    "country": (QT_TRANSLATE_NOOP("Core", "Country"), ("client", "contact")),
}
MULTI_FIELDS = {"email", "phone"}
TAGS_KEY = "tags"
NOTES_KEY = "notes"  # not a standard field: becomes a long-text custom field

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "forename", "nombre",
                   "nombres", "nombre de pila", "prenom", "prenoms", "nome", "primeiro nome",
                   "nome proprio"),
    "last_name": ("last name", "lastname", "surname", "family name", "last", "apellido",
                  "apellidos", "primer apellido", "nom", "nom de famille", "apelido",
                  "apelidos", "sobrenome", "ultimo nome"),
    "full_name": ("name", "full name", "client name", "contact name", "client", "patient",
                  "patient name", "nombre completo", "nombre y apellidos", "cliente",
                  "paciente", "nom complet", "nom et prenom", "nom prenom", "patient e",
                  "nome completo"),
    "preferred_name": ("preferred name", "nickname", "known as", "goes by", "nombre preferido",
                       "apodo", "nombre de preferencia", "prenom d usage", "surnom",
                       "nom prefere", "prenom prefere", "nome preferido", "nome social"),
    "pronouns": ("pronouns", "pronoun", "pronombres", "pronombre", "pronoms", "pronom",
                 "pronomes", "pronome"),
    "date_of_birth": ("date of birth", "birth date", "birthdate", "dob", "d o b", "birthday",
                      "born", "fecha de nacimiento", "fecha nacimiento", "f nacimiento",
                      "nacimiento", "fecha de nac", "date de naissance", "naissance",
                      "date naissance", "ne le", "data de nascimento", "data nascimento",
                      "nascimento", "data de nasc"),
    "status": ("status", "client status", "estado", "estatus", "situacion", "statut",
               "situacao", "estado do cliente"),
    "organization": ("organization", "organisation", "company", "employer", "organizacion",
                     "empresa", "entidad", "entreprise", "societe", "organisme",
                     "organizacao", "instituicao"),
    "role": ("role", "job title", "position", "occupation", "cargo", "puesto", "ocupacion",
             "profesion", "fonction", "poste", "profession", "funcao", "profissao"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "primary email",
              "other emails", "email 2", "secondary email", "correo", "correo electronico",
              "email personal", "otros correos", "courriel", "adresse e mail",
              "adresse email", "adresse courriel", "mel", "autres courriels",
              "endereco de email", "endereco de e mail", "endereco eletronico",
              "outros emails"),
    "phone": ("phone", "telephone", "phone number", "mobile", "mobile phone", "cell",
              "cell phone", "tel", "other phones", "phone 2", "home phone", "work phone",
              "telefono", "movil", "celular", "telefono movil", "otros telefonos",
              "numero de telephone", "portable", "tel portable", "autres telephones",
              "telefone", "telemovel", "outros telefones"),
    "street": ("street", "address", "address 1", "address line 1", "street address",
               "direccion", "calle", "domicilio", "adresse", "rue", "adresse 1", "endereco",
               "morada", "rua", "logradouro"),
    "street2": ("street 2", "address 2", "address line 2", "apartment", "direccion 2",
                "piso", "complement d adresse", "adresse 2", "complemento"),
    "city": ("city", "town", "ciudad", "localidad", "poblacion", "municipio", "ville",
             "commune", "cidade", "localidade", "concelho"),
    "region": ("region", "state", "province", "county", "provincia", "comunidad autonoma",
               "departement", "etat", "canton", "distrito", "uf"),
    "postal_code": ("postal code", "postcode", "post code", "zip", "zip code", "codigo postal",
                    "cp", "c p", "code postal", "cep"),
    "country": ("country", "pais", "pays", "nation"),
    TAGS_KEY: ("tags", "tag", "labels", "label", "groups", "etiquetas", "etiqueta",
               "etiquettes", "etiquette", "mots cles", "marcadores", "grupos"),
    NOTES_KEY: ("notes", "note", "comments", "comment", "remarks", "notas", "nota",
                "comentarios", "observaciones", "remarques", "commentaires", "observations",
                "observacoes"),
}
_BY_ALIAS = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
# The headers of Consulta's own clients.csv / contacts.csv (practice export). They win over a
# custom field of the same name, which in turn wins over the looser aliases above.
EXPORT_HEADERS = {
    "first_name": "First name", "last_name": "Last name", "preferred_name": "Preferred name",
    "pronouns": "Pronouns", "date_of_birth": "Date of birth", "status": "Status",
    "organization": "Organization", "role": "Role", "email": "Email",
    "other_emails": "Other emails", "phone": "Phone", "other_phones": "Other phones",
    "street": "Street", "street2": "Address line 2", "city": "City", "region": "Region",
    "postal_code": "Postal code", "country": "Country", TAGS_KEY: "Tags",
}
_CANONICAL = {fold_header_key: ("email" if key == "other_emails" else
                                "phone" if key == "other_phones" else key)
              for key, header in EXPORT_HEADERS.items()
              for fold_header_key in [" ".join(header.lower().split())]}


def fold_header(text: str) -> str:
    """"Prénom:" → "prenom"; "E-mail address" → "e mail address"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text or "")).split())


def recognise_header(text: str) -> str | None:
    """The standard field (or TAGS_KEY / NOTES_KEY) a header names, if any."""
    return _BY_ALIAS.get(fold_header(text))


@dataclass(frozen=True)
class FieldSpec:
    """A custom field as a practice export describes it (custom_fields.json)."""

    label: str
    field_type: str
    options: tuple[str, ...] = ()
    section: str = ""  # a custom section's name ("" with `builtin`)
    builtin: str = ""  # a built-in section's key (BuiltinSection), else ""


@dataclass(frozen=True)
class ColumnMapping:
    target: str = Target.IGNORE
    field: str = ""  # FIELD: a STANDARD_FIELDS key
    custom_field_id: int | None = None  # CUSTOM
    new_label: str = ""  # NEW_CUSTOM
    new_type: str = FieldType.TEXT.value
    new_options: tuple[str, ...] = ()  # choice types; values not listed are added on import
    new_section: str = ""  # NEW_CUSTOM: section name ("" = Mapping.new_section)
    new_builtin_section: str = ""  # NEW_CUSTOM: or a built-in section (BuiltinSection key)
    date_format: str | None = None  # date columns: csv_dates ISO / DAY_FIRST / MONTH_FIRST
    date_ambiguous: bool = False  # both orders fit: the locale decided


@dataclass(frozen=True)
class Mapping:
    kind: str  # "client" or "contact"
    columns: tuple[ColumnMapping, ...]  # one per CSV column, in order
    new_section: str = "Imported"  # where new custom fields go; the UI passes a translated name

    def with_column(self, index: int, column: ColumnMapping) -> Mapping:
        cols = list(self.columns)
        cols[index] = column
        return dataclasses.replace(self, columns=tuple(cols))


def target_choices(ws: Workspace, kind: str) -> list[tuple[ColumnMapping, str]]:
    """What a column can map to, for the mapping step's combo boxes: (mapping, label); labels
    of standard fields are English "Core" strings to translate, custom fields the user's own."""
    out = [(ColumnMapping(Target.FIELD, field=key), label)
           for key, (label, kinds) in STANDARD_FIELDS.items() if kind in kinds]
    if kind == PersonKind.CLIENT:
        out.append((ColumnMapping(Target.TAGS), QT_TRANSLATE_NOOP("Core", "Tags")))
    for sec in custom_fields.list_sections(ws):
        for f in sec.fields:
            out.append((ColumnMapping(Target.CUSTOM, custom_field_id=f.id), f.label))
    out.append((ColumnMapping(Target.IGNORE), QT_TRANSLATE_NOOP("Core", "Do not import")))
    return out


def is_date_column(ws_fields: dict[int, Any], column: ColumnMapping) -> bool:
    if column.target == Target.FIELD:
        return column.field == "date_of_birth"
    if column.target == Target.NEW_CUSTOM:
        return column.new_type == FieldType.DATE
    if column.target == Target.CUSTOM:
        f = ws_fields.get(column.custom_field_id or -1)
        return f is not None and f.field_type == FieldType.DATE
    return False


def _fields_by_id(ws: Workspace) -> dict[int, custom_fields.FieldDef]:
    return {f.id: f for sec in custom_fields.list_sections(ws) for f in sec.fields}


def with_dates(ws: Workspace, parsed: ParsedCsv, mapping: Mapping,
               locale: str | None = None) -> Mapping:
    """Fill in the inferred order of every date column that has none yet (after the user
    changed a column's target, call this again)."""
    fields = _fields_by_id(ws)
    cols = []
    for i, col in enumerate(mapping.columns):
        if is_date_column(fields, col) and col.date_format is None:
            guess = csv_dates.guess_format(parsed.column(i), locale)
            col = dataclasses.replace(col, date_format=guess.format,
                                      date_ambiguous=guess.ambiguous)
        cols.append(col)
    return dataclasses.replace(mapping, columns=tuple(cols))


def infer_type(values: Sequence[str], locale: str | None = None) -> str:
    """A custom field type for a new column, from what its cells hold."""
    present = [v.strip() for v in values if v and v.strip()]
    if not present:
        return FieldType.TEXT.value
    if any("\n" in v or len(v) > 200 for v in present):
        return FieldType.LONG_TEXT.value
    words = {fold(v) for v in present}
    if words <= (csv_dates.TRUE_WORDS | csv_dates.FALSE_WORDS) - {"1", "0"}:
        return FieldType.CHECKBOX.value
    if all(csv_dates.looks_like_date(v) for v in present):
        guess = csv_dates.guess_format(present, locale)
        if guess.unreadable == 0:
            return FieldType.DATE.value
    if all(re.fullmatch(r"-?(0|[1-9]\d{0,14})([.,]\d+)?", v) for v in present):
        return FieldType.NUMBER.value
    if all(re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}", v) for v in present):
        return FieldType.EMAIL.value
    return FieldType.TEXT.value


def auto_map(ws: Workspace, parsed: ParsedCsv, kind: str = PersonKind.CLIENT.value, *,
             locale: str | None = None, definitions: Sequence[FieldSpec] | None = None,
             new_section: str = "Imported") -> Mapping:
    """The mapping the wizard starts from (see the module docstring)."""
    kind = PersonKind(kind).value
    existing: dict[str, int] = {}
    for sec in custom_fields.list_sections(ws):
        for f in sec.fields:
            existing.setdefault(fold_header(f.label), f.id)
    specs = {fold_header(d.label): d for d in definitions or ()}
    used: set[str] = set()
    columns = []

    def standard(key: str | None) -> ColumnMapping | None:
        if key == TAGS_KEY and kind == PersonKind.CLIENT and TAGS_KEY not in used:
            used.add(TAGS_KEY)
            return ColumnMapping(Target.TAGS)
        if key in STANDARD_FIELDS and kind in STANDARD_FIELDS[key][1] and (
                key in MULTI_FIELDS or key not in used):
            used.add(key)
            return ColumnMapping(Target.FIELD, field=key)
        return None

    for header in parsed.header:
        folded, alias = fold_header(header), recognise_header(header)
        col = standard(_CANONICAL.get(folded))
        if col is None and folded in existing:
            col = ColumnMapping(Target.CUSTOM, custom_field_id=existing[folded])
        elif col is None and folded in specs:
            spec = specs[folded]
            col = ColumnMapping(Target.NEW_CUSTOM, new_label=spec.label,
                                new_type=spec.field_type, new_options=tuple(spec.options),
                                new_section=spec.section, new_builtin_section=spec.builtin)
        elif col is None:
            col = standard(alias)
        if col is None and alias == NOTES_KEY:
            col = ColumnMapping(Target.NEW_CUSTOM, new_label=header,
                                new_type=FieldType.LONG_TEXT.value)
        columns.append(col or ColumnMapping(Target.IGNORE))
    # A name given both whole and in parts: the parts win.
    if "full_name" in used and {"first_name", "last_name"} & used:
        columns = [ColumnMapping(Target.IGNORE) if c.field == "full_name" else c for c in columns]
    mapping = Mapping(kind=kind, columns=tuple(columns), new_section=new_section)
    return with_dates(ws, parsed, mapping, locale)


def new_custom_column(parsed: ParsedCsv, index: int, locale: str | None = None) -> ColumnMapping:
    """"Create a new custom field" for a column: named after its header, typed by its cells."""
    return ColumnMapping(Target.NEW_CUSTOM, new_label=parsed.header[index],
                         new_type=infer_type(parsed.column(index), locale))


# --- practice-export definitions -------------------------------------------------------------


def definitions_json(ws: Workspace) -> bytes:
    """custom_fields.json for a practice export: every section's fields with types and options."""
    sections = [{"name": s.name, "builtin": s.builtin,
                 "fields": [{"label": f.label, "type": f.field_type, "options": f.options}
                            for f in s.fields]}
                for s in custom_fields.list_sections(ws)]
    doc = {"format": DEFINITIONS_FORMAT, "version": 1, "sections": sections}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def read_definitions_beside(csv_path: Path | str) -> list[FieldSpec] | None:
    """The custom field definitions of the practice export a CSV belongs to, if it is one."""
    path = Path(csv_path).with_name(DEFINITIONS_FILE)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != DEFINITIONS_FORMAT:
        return None
    out = []
    for sec in doc.get("sections") or []:
        for f in sec.get("fields") or []:
            if f.get("type") in set(FieldType) and f.get("label"):
                builtin = str(sec.get("builtin") or "")
                out.append(FieldSpec(str(f["label"]), f["type"], tuple(f.get("options") or ()),
                                     "" if builtin else str(sec.get("name") or ""), builtin))
    return out


# --- saved mappings ---------------------------------------------------------------------------


def list_saved_mappings(ws: Workspace, kind: str | None = None) -> list[str]:
    saved = practice.get_setting(ws, SAVED_KEY, {}) or {}
    return sorted((n for n, m in saved.items() if kind is None or m.get("kind") == kind),
                  key=fold)


def save_mapping(ws: Workspace, name: str, parsed: ParsedCsv, mapping: Mapping) -> None:
    """Remember this mapping under `name` (replacing one of that name), by column header."""
    name = " ".join((name or "").split())[:100]
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A name is required."), field="name")
    columns = {fold_header(h): dataclasses.asdict(c)
               for h, c in zip(parsed.header, mapping.columns, strict=True)}
    saved = dict(practice.get_setting(ws, SAVED_KEY, {}) or {})
    saved[name] = {"kind": mapping.kind, "columns": columns, "new_section": mapping.new_section}
    practice.set_setting(ws, SAVED_KEY, saved)


def delete_saved_mapping(ws: Workspace, name: str) -> None:
    saved = dict(practice.get_setting(ws, SAVED_KEY, {}) or {})
    if saved.pop(name, None) is not None:
        practice.set_setting(ws, SAVED_KEY, saved)


def load_mapping(ws: Workspace, name: str, parsed: ParsedCsv, *,
                 locale: str | None = None) -> Mapping:
    """A saved mapping applied to this file: columns by header; a column the saved one did not
    have, or whose custom field was deleted since, is mapped automatically."""
    saved = (practice.get_setting(ws, SAVED_KEY, {}) or {}).get(name)
    if saved is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "There is no saved mapping called “{name}”."),
                              name=name)
    auto = auto_map(ws, parsed, saved["kind"], locale=locale,
                    new_section=saved.get("new_section") or "Imported")
    fields = _fields_by_id(ws)
    names = {f.name for f in dataclasses.fields(ColumnMapping)}
    columns: list[ColumnMapping | None] = []
    for header in parsed.header:
        raw = saved["columns"].get(fold_header(header))
        col = None
        if raw is not None:
            raw = {k: v for k, v in raw.items() if k in names}
            raw["new_options"] = tuple(raw.get("new_options") or ())
            candidate = ColumnMapping(**raw)
            if candidate.target != Target.CUSTOM or candidate.custom_field_id in fields:
                col = candidate
        columns.append(col)
    # New columns are mapped automatically, but not onto a single field a saved column has.
    taken = {c.field for c in columns if c is not None and c.target == Target.FIELD}
    final = []
    for col, auto_col in zip(columns, auto.columns, strict=True):
        if col is None:
            clash = (auto_col.target == Target.FIELD and auto_col.field in taken
                     and auto_col.field not in MULTI_FIELDS)
            col = ColumnMapping(Target.IGNORE) if clash else auto_col
        final.append(col)
    return dataclasses.replace(auto, columns=tuple(final))
