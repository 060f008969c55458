"""The practice's services (Settings → Services): what can be booked, for how long and at what
price. Also the shipped default services a new workspace starts with.

Prices are exact: the UI parses the typed text into a Decimal in the practice currency, and the
store keeps integer minor units (cents) of that currency.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import data_dir
from app.services import audit, validation
from app.store.models import Appointment, Practice, Service

if TYPE_CHECKING:
    from app.workspace import Workspace

MIN_DURATION = 5
MAX_DURATION = 600
MAX_TAX_RATE = Decimal(100)
NAME_MAX = 200
DEFAULTS_FILE = "services/default_services.json"


@dataclass(frozen=True)
class ServiceView:
    id: int
    name: str
    duration_minutes: int
    price_minor: int
    price: Decimal  # price_minor in currency units, e.g. Decimal("65.00")
    currency: str  # the practice currency, e.g. "EUR"
    tax_rate: Decimal  # percent, e.g. Decimal("23")
    active: bool
    position: int
    appointment_count: int | None  # None when not counted (list_services(with_usage=False))

    @property
    def in_use(self) -> bool:
        return bool(self.appointment_count)


@dataclass(frozen=True)
class ServiceInput:
    name: str
    duration_minutes: int = 50
    price: Decimal = Decimal(0)  # in currency units of the practice currency
    tax_rate: Decimal = Decimal(0)  # percent
    active: bool = True


# --- money ------------------------------------------------------------------------------------


def currency_digits(currency: str) -> int:
    """Decimal places of `currency` (EUR 2, JPY 0, BHD 3); 2 when babel does not know it."""
    from babel.numbers import get_currency_precision

    try:
        return get_currency_precision(currency)
    except Exception:  # noqa: BLE001 - an unknown code: fall back to cents
        return 2


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact conversion; refuses more decimals than the currency has."""
    digits = currency_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        if digits == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Core", "Enter a whole amount: {currency} has no decimals."),
                field="price", currency=currency,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Core", "Enter the price with at most {digits} decimals."),
            field="price", digits=digits,
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    digits = currency_digits(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


# --- validation -------------------------------------------------------------------------------


def _name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = validation.clean(name, NAME_MAX)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A service needs a name."), field="name")
    # Compared in Python: SQLite's lower() does not fold accented capitals ("É").
    others = session.scalars(select(Service.name).where(Service.id != (exclude_id or -1)))
    if any(other.casefold() == name.casefold() for other in others):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A service called “{name}” already exists."),
                              field="name", name=name)
    return name


def _decimal(value: object, field: str) -> Decimal:
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return validation.parse_decimal(value, field)


def _plain(value: Decimal) -> Decimal:
    """"23.00" -> 23, "5.50" -> 5.5, and 20 stays 20 (normalize() alone gives 2E+1)."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def _checked(session: Session, data: ServiceInput,
             exclude_id: int | None) -> tuple[dict, list[ValidationError]]:
    """The column values and every problem found (not just the first)."""
    values: dict = {"active": bool(data.active)}
    problems: list[ValidationError] = []

    def check(fn) -> None:
        try:
            fn()
        except ValidationError as exc:
            problems.append(exc)

    def name() -> None:
        values["name"] = _name(session, data.name, exclude_id)

    def duration() -> None:
        minutes = data.duration_minutes
        if not isinstance(minutes, int) or isinstance(minutes, bool) \
                or not MIN_DURATION <= minutes <= MAX_DURATION:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Core", "The duration must be between {min} and {max} minutes."),
                field="duration_minutes", min=MIN_DURATION, max=MAX_DURATION,
            )
        values["duration_minutes"] = minutes

    def price() -> None:
        amount = _decimal(data.price, "price")
        if amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The price cannot be negative."),
                                  field="price")
        currency = session.scalar(select(Practice.currency)) or "EUR"
        values["price_minor"] = to_minor(amount, currency)

    def tax_rate() -> None:
        rate = _decimal(data.tax_rate, "tax_rate")
        if not 0 <= rate <= MAX_TAX_RATE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Core", "The tax rate is a percentage between 0 and 100."),
                field="tax_rate",
            )
        values["tax_rate"] = _plain(rate)

    for fn in (name, duration, price, tax_rate):
        check(fn)
    return values, problems


def _values(session: Session, data: ServiceInput, exclude_id: int | None = None) -> dict:
    values, problems = _checked(session, data, exclude_id)
    if problems:
        raise problems[0]
    return values


def check_service(ws: Workspace, data: ServiceInput,
                  service_id: int | None = None) -> list[ValidationError]:
    """Every problem with `data` (each with its field), so a form can show them all at once;
    [] when create_service / update_service(service_id) would accept it."""
    with ws.read() as s:
        return _checked(s, data, service_id)[1]


# --- reading ----------------------------------------------------------------------------------


def _counts(session: Session, ids: list[int] | None = None) -> dict[int, int]:
    q = (select(Appointment.service_id, func.count()).where(Appointment.service_id.is_not(None))
         .group_by(Appointment.service_id))
    if ids is not None:
        q = q.where(Appointment.service_id.in_(ids))
    return dict(session.execute(q).all())


def _view(svc: Service, currency: str, count: int | None) -> ServiceView:
    return ServiceView(id=svc.id, name=svc.name, duration_minutes=svc.duration_minutes,
                       price_minor=svc.price_minor, price=from_minor(svc.price_minor, currency),
                       currency=currency, tax_rate=Decimal(svc.tax_rate), active=svc.active,
                       position=svc.position, appointment_count=count)


def _get(session: Session, service_id: int) -> Service:
    svc = session.get(Service, service_id)
    if svc is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That service no longer exists."))
    return svc


def list_services(ws: Workspace, include_inactive: bool = True, *,
                  with_usage: bool = True) -> list[ServiceView]:
    """In the user's order. `with_usage=False` skips counting appointments (a scan of the
    appointment table), for pickers that only need names and durations."""
    with ws.read() as s:
        currency = s.scalar(select(Practice.currency)) or "EUR"
        q = select(Service).order_by(Service.position, Service.id)
        if not include_inactive:
            q = q.where(Service.active.is_(True))
        rows = list(s.scalars(q))
        counts = _counts(s) if with_usage else {}
        return [_view(r, currency, counts.get(r.id, 0) if with_usage else None) for r in rows]


def get_service(ws: Workspace, service_id: int) -> ServiceView:
    with ws.read() as s:
        svc = _get(s, service_id)
        currency = s.scalar(select(Practice.currency)) or "EUR"
        return _view(svc, currency, _counts(s, [service_id]).get(service_id, 0))


# --- writing ----------------------------------------------------------------------------------


def _next_position(session: Session) -> int:
    last = session.scalar(select(func.max(Service.position)))
    return 0 if last is None else last + 1


def create_service(ws: Workspace, data: ServiceInput) -> int:
    with ws.write() as s:
        svc = Service(**_values(s, data), position=_next_position(s))
        s.add(svc)
        s.flush()
        audit.record(s, "create", "service", svc.id)
        return svc.id


def update_service(ws: Workspace, service_id: int, data: ServiceInput) -> None:
    with ws.write() as s:
        svc = _get(s, service_id)
        values = _values(s, data, exclude_id=service_id)
        audit.update_fields(s, svc, values, "service", service_id)


def set_active(ws: Workspace, service_id: int, active: bool) -> None:
    """Inactive services stay on past appointments and invoices but are not offered for new
    bookings."""
    with ws.write() as s:
        svc = _get(s, service_id)
        if svc.active != bool(active):
            svc.active = bool(active)
            audit.record(s, "update", "service", service_id, {"fields": ["active"]})


def delete_service(ws: Workspace, service_id: int) -> int:
    """Remove a service; its appointments and invoice lines stay, without a service (the
    foreign keys are ON DELETE SET NULL). Returns how many appointments used it."""
    with ws.write() as s:
        svc = _get(s, service_id)
        used = _counts(s, [service_id]).get(service_id, 0)
        s.delete(svc)
        s.flush()
        audit.record(s, "delete", "service", service_id, {"appointments": used})
        return used


def move_service(ws: Workspace, service_id: int, offset: int) -> bool:
    """Move a service up (offset < 0) or down in the list; False when it is already at that end."""
    with ws.write() as s:
        ordered = list(s.scalars(select(Service).order_by(Service.position, Service.id)))
        index = next((i for i, svc in enumerate(ordered) if svc.id == service_id), None)
        if index is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "That service no longer exists."))
        target = max(0, min(len(ordered) - 1, index + offset))
        if target == index:
            return False
        ordered.insert(target, ordered.pop(index))
        # Renumbered 0..n-1: old files or sample data may hold ties.
        for position, svc in enumerate(ordered):
            svc.position = position
        audit.record(s, "update", "service", service_id, {"fields": ["position"]})
        return True


# --- shipped defaults -------------------------------------------------------------------------


def _localised(value: object, language: str) -> object:
    if isinstance(value, dict) and "en" in value:
        return value.get((language or "en")[:2], value["en"])
    return value


def default_services(language: str) -> list[ServiceInput]:
    """The shipped defaults (data/services/default_services.json) in `language` (en fallback)."""
    spec = json.loads((data_dir() / DEFAULTS_FILE).read_text(encoding="utf-8"))
    return [ServiceInput(name=_localised(svc["name"], language),
                         duration_minutes=svc["duration_minutes"],
                         price=Decimal(svc["price"]), tax_rate=Decimal(svc["tax_rate"]))
            for svc in spec["services"]]


def add_default_services(session: Session, language: str) -> int:
    """Inside the caller's transaction (a new workspace): add the defaults when the workspace
    has no services at all. Returns how many were added."""
    if session.scalar(select(func.count(Service.id))):
        return 0
    currency = session.scalar(select(Practice.currency)) or "EUR"
    digits = currency_digits(currency)
    added = 0
    for position, data in enumerate(default_services(language)):
        # A currency without cents (JPY) rounds the shipped price instead of refusing it.
        price = data.price.quantize(Decimal(1).scaleb(-digits))
        svc = Service(name=data.name, duration_minutes=data.duration_minutes,
                      price_minor=to_minor(price, currency), tax_rate=data.tax_rate,
                      active=True, position=position)
        session.add(svc)
        session.flush()
        audit.record(session, "create", "service", svc.id, {"default": True})
        added += 1
    return added
