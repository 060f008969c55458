"""Practice settings: the one practice row, and small named settings."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app import timezones
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, numbering, service_catalog, templates, validation
from app.services.custom_fields import ensure_builtin_sections
from app.store.models import Practice, Setting

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class PracticeSettings:
    name: str
    practitioner_name: str
    email: str
    phone: str
    address: str
    tax_number: str
    currency: str
    time_zone: str
    language: str
    invoice_number_format: str
    credit_note_number_format: str
    payment_terms_days: int
    payment_instructions: str
    invoice_footer: str
    auto_lock_minutes: int
    max_file_mb: int


EDITABLE = {f.name for f in fields(PracticeSettings)}


def _view(p: Practice) -> PracticeSettings:
    return PracticeSettings(**{name: getattr(p, name) for name in EDITABLE})


def locale_currency(locale_name: str, fallback: str = "EUR") -> str:
    """The currency in use where a locale's country is ("pt_BR" → BRL, "en_GB" → GBP,
    "fr_FR" → EUR): a new workspace's default. `fallback` when the locale names no country
    ("C", "en") or Babel does not know it."""
    from babel.numbers import get_territory_currencies

    territory = locale_name.replace("-", "_").split(".")[0].split("@")[0].partition("_")[2]
    if len(territory) != 2 and not territory.isdigit():  # "zh_Hans_CN": the last part
        territory = territory.rpartition("_")[2]
    try:
        found = get_territory_currencies(territory.upper(), tender=True) if territory else []
    except Exception:  # noqa: BLE001 - an unknown territory
        found = []
    return found[0] if found else fallback


def initialise(ws: Workspace, *, name: str, language: str = "", currency: str = "EUR",
               time_zone: str | None = None) -> None:
    """The practice row, built-in sections, default services and shipped note and form
    templates (in `language`) of a new workspace. `time_zone` None means this computer's zone."""
    time_zone = time_zone or timezones.system_time_zone()
    _check_time_zone(time_zone)
    with ws.write() as s:
        if s.scalar(select(Practice.id)) is None:
            s.add(Practice(name=validation.clean(name), language=language, currency=currency,
                           time_zone=time_zone))
        ensure_builtin_sections(s)
        audit.record(s, "workspace.create", "workspace")
        service_catalog.add_default_services(s, language)
        templates.ensure_shipped_templates(s, language)


def _check_time_zone(name: object) -> None:
    if not isinstance(name, str) or not timezones.is_valid_zone(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "“{value}” is not a time zone: choose one from the list, "
                                      "like Europe/Lisbon."),
            field="time_zone", value=str(name),
        )


def get_practice(ws: Workspace) -> PracticeSettings:
    with ws.read() as s:
        return _view(s.scalars(select(Practice)).one())


def update_practice(ws: Workspace, **changes: Any) -> PracticeSettings:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not practice settings: {sorted(unknown)}")
    if "name" in changes and not validation.clean(changes["name"]):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Please give your practice a name."), field="name")
    if "time_zone" in changes:
        _check_time_zone(changes["time_zone"])
    if "email" in changes and changes["email"]:
        changes["email"] = validation.email(changes["email"])
    for fmt in ("invoice_number_format", "credit_note_number_format"):
        if fmt in changes:
            changes[fmt] = numbering.validate_number_format(changes[fmt], field=fmt)
    for number in ("auto_lock_minutes", "max_file_mb", "payment_terms_days"):
        if number in changes and (not isinstance(changes[number], int) or changes[number] < 0):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Enter a whole number of zero or more."),
                                  field=number)
    with ws.write() as s:
        p = s.scalars(select(Practice)).one()
        audit.update_fields(s, p, changes, "practice")
        s.flush()
        return _view(p)


def get_setting(ws: Workspace, key: str, default: Any = None) -> Any:
    with ws.read() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(ws: Workspace, key: str, value: Any) -> None:
    with ws.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
