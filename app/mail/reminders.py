"""Appointment reminder emails: opt-in per client, in the client's language, with no health
details (only the date, time, practice and practitioner), queued in the Outbox once per
appointment time.

Storage (Settings, no schema): `mail.reminder.client.<id>` = {"language": "es"} exists while the
client has opted in; `mail.reminders` = {"lead_hours": 24}. A reminder's outbox `purpose` is
`reminder:<appointment id>:<start in UTC>`, unique in the table, so it is queued exactly once,
and again only if the appointment moves. The worker calls `queue_due_reminders` each cycle,
then `send.send_pending`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import account as account_service
from app.mail.send import Draft, queue_message
from app.services import audit
from app.services.people import display_name
from app.store.models import (
    Appointment,
    AppointmentStatus,
    EmailAddress,
    OutboxItem,
    Person,
    Practice,
    Setting,
    utcnow,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)

DEFAULT_LEAD_HOURS = 24
LANGUAGES = ("en", "es", "fr", "pt")
SETTINGS_KEY = "mail.reminders"
CLIENT_PREFIX = "mail.reminder.client."

# Deliberately no service name, notes or place: a reminder may be read by anyone.
TEMPLATES = {
    "en": ("Appointment reminder: {date}",
           "Hello {name},\n\nThis is a reminder of your appointment with {practitioner} on "
           "{date} at {time}.\n\nIf you cannot come, please let us know as soon as possible."
           "\n\nKind regards,\n{practice}\n"),
    "es": ("Recordatorio de cita: {date}",
           "Hola {name}:\n\nLe recordamos su cita con {practitioner} el {date} a las {time}."
           "\n\nSi no puede acudir, por favor avísenos lo antes posible.\n\nUn saludo,\n"
           "{practice}\n"),
    "fr": ("Rappel de rendez-vous : {date}",
           "Bonjour {name},\n\nNous vous rappelons votre rendez-vous avec {practitioner} le "
           "{date} à {time}.\n\nSi vous ne pouvez pas venir, merci de nous prévenir dès que "
           "possible.\n\nCordialement,\n{practice}\n"),
    "pt": ("Lembrete de consulta: {date}",
           "Olá {name},\n\nLembramos a sua consulta com {practitioner} em {date} às {time}."
           "\n\nSe não puder comparecer, por favor avise-nos o mais cedo possível.\n\n"
           "Com os melhores cumprimentos,\n{practice}\n"),
}


@dataclass(frozen=True)
class ClientReminders:
    enabled: bool
    language: str


def _language(value: str) -> str:
    code = (value or "").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def lead_hours(ws: Workspace) -> int:
    with ws.read() as s:
        row = s.get(Setting, SETTINGS_KEY)
        return int((row.value or {}).get("lead_hours", DEFAULT_LEAD_HOURS)) if row else \
            DEFAULT_LEAD_HOURS


def set_lead_hours(ws: Workspace, hours: int) -> None:
    if not isinstance(hours, int) or not 1 <= hours <= 24 * 14:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "Enter a number of hours between 1 and 336."), field="lead_hours")
    with ws.write() as s:
        row = s.get(Setting, SETTINGS_KEY)
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value={"lead_hours": hours}))
        else:
            row.value = {**(row.value or {}), "lead_hours": hours}


def client_reminders(ws: Workspace, client_id: int) -> ClientReminders:
    with ws.read() as s:
        row = s.get(Setting, f"{CLIENT_PREFIX}{client_id}")
        if row is None:
            practice = s.scalars(select(Practice.language)).first() or ""
            return ClientReminders(False, _language(practice))
        return ClientReminders(True, _language((row.value or {}).get("language", "")))


def set_client_reminders(ws: Workspace, client_id: int, enabled: bool,
                         language: str = "") -> None:
    """Opt a client in (in `language`; "" = the practice's) or out."""
    with ws.write() as s:
        key = f"{CLIENT_PREFIX}{client_id}"
        row = s.get(Setting, key)
        if not enabled:
            if row is not None:
                s.delete(row)
                audit.record(s, "update", "client", client_id, {"fields": ["email_reminders"]})
            return
        if not language:
            language = s.scalars(select(Practice.language)).first() or ""
        value = {"language": _language(language)}
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(s, "update", "client", client_id, {"fields": ["email_reminders"]})


def render_reminder(language: str, *, starts_at: dt.datetime, time_zone: str, client_name: str,
                    practice_name: str, practitioner_name: str = "") -> tuple[str, str]:
    """(subject, text) in the client's language, in the practice's time zone."""
    language = _language(language)
    local = starts_at.astimezone(ZoneInfo(time_zone or "UTC"))
    subject, body = TEMPLATES[language]
    values = {
        "date": format_date(local.date(), format="full", locale=language),
        "time": format_time(local.time(), format="short", locale=language),
        "name": client_name, "practice": practice_name,
        "practitioner": practitioner_name or practice_name,
    }
    return subject.format(**values), body.format(**values)


def _purpose(appointment_id: int, starts_at: dt.datetime) -> str:
    return f"reminder:{appointment_id}:{starts_at.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def queue_due_reminders(ws: Workspace, *, now: dt.datetime | None = None) -> list[int]:
    """Queue a reminder for every scheduled appointment of an opted-in client starting within
    the lead time from now, unless it was queued already. Returns the new outbox ids."""
    if account_service.get_account(ws) is None:
        return []
    now = now or utcnow()
    until = now + dt.timedelta(hours=lead_hours(ws))
    with ws.read() as s:
        opted = {int(k.removeprefix(CLIENT_PREFIX)): (v or {}).get("language", "")
                 for k, v in s.execute(select(Setting.key, Setting.value)
                                       .where(Setting.key.like(f"{CLIENT_PREFIX}%")))}
        if not opted:
            return []
        practice = s.scalars(select(Practice)).one()
        due = s.execute(
            select(Appointment.id, Appointment.starts_at, Person.id, Person.first_name,
                   Person.last_name, Person.preferred_name)
            .join(Person, Person.id == Appointment.client_id)
            .where(Appointment.status == AppointmentStatus.SCHEDULED,
                   Appointment.starts_at > now, Appointment.starts_at <= until,
                   Appointment.client_id.in_(opted), Person.deleted_at.is_(None))
            .order_by(Appointment.starts_at)).all()
        done = set(s.scalars(select(OutboxItem.purpose).where(
            OutboxItem.purpose.in_([_purpose(a, t) for a, t, *_ in due]))))
        emails = {pid: addr for pid, addr in s.execute(
            select(EmailAddress.person_id, EmailAddress.address)
            .where(EmailAddress.person_id.in_({row[2] for row in due}))
            .order_by(EmailAddress.person_id, EmailAddress.position.desc()))}
        practice_name, practitioner, tz = (practice.name, practice.practitioner_name,
                                           practice.time_zone)
    queued = []
    for appt_id, starts_at, pid, first, last, preferred in due:
        purpose = _purpose(appt_id, starts_at)
        if purpose in done or pid not in emails:
            continue
        subject, text = render_reminder(
            opted[pid], starts_at=starts_at, time_zone=tz,
            client_name=preferred or first or display_name(first, last),
            practice_name=practice_name, practitioner_name=practitioner)
        try:
            queued.append(queue_message(ws, Draft(to=[emails[pid]], subject=subject, text=text,
                                                  person_id=pid), purpose=purpose))
        except IntegrityError:
            continue  # queued meanwhile by another caller: once is enough
    return queued
