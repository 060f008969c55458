"""Appointments: booking (single or recurring), conflicts, edits of one occurrence or of this and
all following, statuses, rebooking, and the reads behind a client's Overview and the calendar.

Instants are stored in UTC; wall-clock reasoning (recurrence, "same weekday and time next week")
uses the practice's time zone (Settings → General).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, exists, func, select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, people, validation
from app.services.recurrence import Recurrence, occurrences, shift_wall_time
from app.store.models import (
    Appointment,
    AppointmentStatus,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    LocationKind,
    Note,
    Person,
    PersonKind,
    Practice,
    RecurrenceSeries,
    Service,
    utcnow,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

MIN_MINUTES, MAX_MINUTES = 5, 600
# Longest possible appointment: lets range reads use the start-time index alone.
MAX_SPAN = dt.timedelta(minutes=MAX_MINUTES)

STATUS_LABELS = {
    AppointmentStatus.SCHEDULED: QT_TRANSLATE_NOOP("Core", "Scheduled"),
    AppointmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Core", "Completed"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Core", "Cancelled"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Core", "No-show"),
}
THIS, FOLLOWING = "this", "following"


@dataclass(frozen=True)
class AppointmentInput:
    client_id: int
    starts_at: dt.datetime  # aware
    duration_minutes: int
    service_id: int | None = None
    location_kind: str = LocationKind.IN_PERSON.value
    location: str = ""  # the address (in person) or the number to call (phone)
    video_url: str = ""
    private_note: str = ""


@dataclass(frozen=True)
class AppointmentView:
    id: int
    client_id: int
    client_name: str
    service_id: int | None
    service_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    cancel_reason: str
    location_kind: str
    location: str
    video_url: str
    private_note: str
    series_id: int | None
    invoiced: bool
    note_count: int

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def as_input(self) -> AppointmentInput:
        return AppointmentInput(self.client_id, self.starts_at, self.duration_minutes,
                                self.service_id, self.location_kind, self.location,
                                self.video_url, self.private_note)


@dataclass(frozen=True)
class Conflict:
    starts_at: dt.datetime  # the occurrence being booked
    other: AppointmentView  # what it overlaps


@dataclass(frozen=True)
class ClientOverview:
    upcoming: list[AppointmentView]  # next first
    past: list[AppointmentView]  # latest first
    next_appointment: AppointmentView | None
    last_seen: dt.datetime | None  # start of the latest completed appointment
    sessions_this_year: int  # completed, in the practice's current year
    past_scheduled: int  # past appointments still marked scheduled


# --- helpers -----------------------------------------------------------------------------------

def practice_zone(session: Session) -> ZoneInfo:
    name = session.scalar(select(Practice.time_zone)) or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def zone_of(ws: Workspace) -> ZoneInfo:
    with ws.read() as s:
        return practice_zone(s)


def _aware(value: dt.datetime, field: str = "starts_at") -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a date and a start time."), field=field)
    return value.astimezone(dt.UTC)


def _validated(s: Session, data: AppointmentInput) -> AppointmentInput:
    client = people.load(s, data.client_id, PersonKind.CLIENT, include_deleted=False)
    if not isinstance(data.duration_minutes, int) or not MIN_MINUTES <= data.duration_minutes <= MAX_MINUTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "The duration must be between {min} and {max} minutes."), field="duration",
            min=MIN_MINUTES, max=MAX_MINUTES)
    if data.service_id is not None and s.get(Service, data.service_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "That service no longer exists."),
                              field="service")
    if data.location_kind not in set(LocationKind):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose where the appointment takes place."),
                              field="location_kind")
    url = validation.clean(data.video_url, 1000)
    if data.location_kind == LocationKind.VIDEO and url and not url.lower().startswith(("https://", "http://")):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "A video link starts with https:// (copy it from your video service)."),
            field="video_url")
    return replace(data, client_id=client.id, starts_at=_aware(data.starts_at),
                   location=validation.clean(data.location, 500),
                   video_url=url if data.location_kind == LocationKind.VIDEO else "",
                   private_note=(data.private_note or "").strip()[:10_000])


def _views(s: Session, where, order, limit: int | None = None) -> list[AppointmentView]:
    invoiced = exists().where(
        InvoiceLine.appointment_id == Appointment.id, Invoice.id == InvoiceLine.invoice_id,
        Invoice.status != InvoiceStatus.CANCELLED.value)
    notes = (select(func.count(Note.id)).where(Note.appointment_id == Appointment.id)
             .correlate(Appointment).scalar_subquery())
    stmt = (select(Appointment, Person.first_name, Person.last_name, Person.preferred_name,
                   Service.name, invoiced, notes)
            .join(Person, Person.id == Appointment.client_id)
            .outerjoin(Service, Service.id == Appointment.service_id)
            .where(where).order_by(*order))
    if limit:
        stmt = stmt.limit(limit)
    return [AppointmentView(
        id=a.id, client_id=a.client_id, client_name=people.display_name(first, last, preferred),
        service_id=a.service_id, service_name=service or "", starts_at=a.starts_at,
        ends_at=a.ends_at, status=a.status, cancel_reason=a.cancel_reason,
        location_kind=a.location_kind, location=a.location, video_url=a.video_url,
        private_note=a.private_note, series_id=a.series_id, invoiced=bool(inv),
        note_count=n or 0) for a, first, last, preferred, service, inv, n in s.execute(stmt)]


def _load(s: Session, appointment_id: int) -> Appointment:
    appt = s.get(Appointment, appointment_id)
    if appt is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This appointment no longer exists."))
    return appt


def _overlapping(start: dt.datetime, end: dt.datetime, exclude: tuple[int, ...] = ()):
    cond = and_(Appointment.starts_at < end, Appointment.starts_at > start - MAX_SPAN,
                Appointment.ends_at > start,
                Appointment.status != AppointmentStatus.CANCELLED.value)
    return and_(cond, Appointment.id.not_in(exclude)) if exclude else cond


# --- reads -------------------------------------------------------------------------------------

def get_appointment(ws: Workspace, appointment_id: int) -> AppointmentView:
    with ws.read() as s:
        _load(s, appointment_id)
        return _views(s, Appointment.id == appointment_id, [Appointment.id])[0]


def appointments_between(ws: Workspace, start: dt.datetime, end: dt.datetime) -> list[AppointmentView]:
    """Every appointment overlapping [start, end), earliest first: what a calendar page shows."""
    start, end = _aware(start), _aware(end)
    with ws.read() as s:
        where = and_(Appointment.starts_at < end, Appointment.starts_at > start - MAX_SPAN,
                     Appointment.ends_at > start, Person.deleted_at.is_(None))
        return _views(s, where, [Appointment.starts_at, Appointment.id])


def client_overview(ws: Workspace, client_id: int, now: dt.datetime | None = None) -> ClientOverview:
    now = _aware(now or utcnow())
    with ws.read() as s:
        people.load(s, client_id, PersonKind.CLIENT)
        zone = practice_zone(s)
        upcoming = _views(s, and_(Appointment.client_id == client_id, Appointment.ends_at > now),
                          [Appointment.starts_at, Appointment.id])
        past = _views(s, and_(Appointment.client_id == client_id, Appointment.ends_at <= now),
                      [Appointment.starts_at.desc(), Appointment.id.desc()])
    completed = [a for a in past if a.status == AppointmentStatus.COMPLETED]
    year = now.astimezone(zone).year
    return ClientOverview(
        upcoming=upcoming, past=past,
        next_appointment=next((a for a in upcoming if a.status == AppointmentStatus.SCHEDULED), None),
        last_seen=completed[0].starts_at if completed else None,
        sessions_this_year=sum(1 for a in completed if a.starts_at.astimezone(zone).year == year),
        past_scheduled=sum(1 for a in past if a.status == AppointmentStatus.SCHEDULED))


def find_conflicts(ws: Workspace, starts_at: dt.datetime, duration_minutes: int,
                   recurrence: Recurrence | None = None,
                   exclude_ids: tuple[int, ...] = ()) -> list[Conflict]:
    """Non-cancelled appointments that the booking (every occurrence of it) would overlap."""
    starts_at = _aware(starts_at)
    length = dt.timedelta(minutes=duration_minutes)
    with ws.read() as s:
        starts = occurrences(starts_at, recurrence, practice_zone(s)) if recurrence else [starts_at]
        found = []
        for start in starts:
            for other in _views(s, _overlapping(start, start + length, tuple(exclude_ids)),
                                [Appointment.starts_at]):
                found.append(Conflict(start, other))
        return found


def suggest_rebook(ws: Workspace, appointment_id: int, now: dt.datetime | None = None) -> AppointmentInput:
    """Same client, service, duration and place, on the same weekday and wall time a week later —
    or the first such week still ahead when that is already past."""
    now = _aware(now or utcnow())
    with ws.read() as s:
        _load(s, appointment_id)
        zone = practice_zone(s)
        view = _views(s, Appointment.id == appointment_id, [Appointment.id])[0]
    weeks = 1
    start = shift_wall_time(view.starts_at, 7, None, zone)
    while start <= now:
        weeks += 1
        start = shift_wall_time(view.starts_at, 7 * weeks, None, zone)
    return replace(view.as_input(), starts_at=start)


# --- writes ------------------------------------------------------------------------------------

def book(ws: Workspace, data: AppointmentInput, recurrence: Recurrence | None = None) -> list[int]:
    """Create the appointment (or every occurrence of a series) in one transaction. Conflicts are
    the caller's to show beforehand (`find_conflicts`): double-booking is sometimes intended."""
    with ws.write() as s:
        data = _validated(s, data)
        length = dt.timedelta(minutes=data.duration_minutes)
        series_id = None
        starts = [data.starts_at]
        if recurrence is not None:
            starts = occurrences(data.starts_at, recurrence, practice_zone(s))
            series = RecurrenceSeries(frequency=recurrence.frequency, count=recurrence.count,
                                      until=recurrence.until)
            s.add(series)
            s.flush()
            series_id = series.id
        ids = []
        for start in starts:
            appt = Appointment(client_id=data.client_id, service_id=data.service_id,
                               series_id=series_id, starts_at=start, ends_at=start + length,
                               status=AppointmentStatus.SCHEDULED.value,
                               location_kind=data.location_kind, location=data.location,
                               video_url=data.video_url, private_note=data.private_note)
            s.add(appt)
            s.flush()
            ids.append(appt.id)
        audit.record(s, "create", "appointment", ids[0],
                     {"client_id": data.client_id, "occurrences": len(ids), "series_id": series_id})
        return ids


def _following(s: Session, appt: Appointment) -> list[Appointment]:
    if appt.series_id is None:
        return [appt]
    return list(s.scalars(select(Appointment).where(
        Appointment.series_id == appt.series_id, Appointment.starts_at >= appt.starts_at)
        .order_by(Appointment.starts_at)))


def _split_series(s: Session, appt: Appointment, targets: list[Appointment]) -> None:
    """"This and all following" becomes its own series, so later edits of the earlier part
    leave it alone."""
    if appt.series_id is None:
        return
    earlier = s.scalar(select(func.count(Appointment.id)).where(
        Appointment.series_id == appt.series_id, Appointment.starts_at < appt.starts_at))
    if not earlier:
        return
    old = s.get(RecurrenceSeries, appt.series_id)
    new = RecurrenceSeries(frequency=old.frequency, count=len(targets), until=old.until)
    s.add(new)
    s.flush()
    for a in targets:
        a.series_id = new.id


def update_appointment(ws: Workspace, appointment_id: int, data: AppointmentInput,
                       scope: str = THIS) -> list[int]:
    """Edit or reschedule. With scope "following", every later occurrence of the series moves by
    the same number of days to the same new wall time and takes the same details."""
    with ws.write() as s:
        appt = _load(s, appointment_id)
        data = _validated(s, replace(data, client_id=appt.client_id))
        zone = practice_zone(s)
        old_local, new_local = appt.starts_at.astimezone(zone), data.starts_at.astimezone(zone)
        day_shift = (new_local.date() - old_local.date()).days
        new_wall = new_local.time().replace(tzinfo=None)
        targets = _following(s, appt) if scope == FOLLOWING else [appt]
        targets = [a for a in targets if a.id == appt.id or a.status == AppointmentStatus.SCHEDULED]
        length = dt.timedelta(minutes=data.duration_minutes)
        for a in targets:
            start = data.starts_at if a.id == appt.id else shift_wall_time(a.starts_at, day_shift,
                                                                           new_wall, zone)
            a.starts_at, a.ends_at = start, start + length
            a.service_id, a.location_kind, a.location = data.service_id, data.location_kind, data.location
            a.video_url, a.private_note = data.video_url, data.private_note
        if scope == FOLLOWING:
            _split_series(s, appt, targets)
        elif appt.series_id is not None and day_shift:
            appt.series_id = None  # moved to another day: no longer part of the pattern
        audit.record(s, "update", "appointment", appt.id, {"scope": scope, "count": len(targets)})
        return [a.id for a in targets]


def cancel(ws: Workspace, appointment_id: int, reason: str, scope: str = THIS) -> list[int]:
    reason = validation.required(validation.clean(reason, 500), "reason", QT_TRANSLATE_NOOP(
        "Core", "Give a reason for the cancellation."))
    with ws.write() as s:
        appt = _load(s, appointment_id)
        if appt.status != AppointmentStatus.SCHEDULED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Only a scheduled appointment can be cancelled."), field="status")
        targets = _following(s, appt) if scope == FOLLOWING else [appt]
        targets = [a for a in targets if a.status == AppointmentStatus.SCHEDULED]
        for a in targets:
            a.status, a.cancel_reason = AppointmentStatus.CANCELLED.value, reason
        audit.record(s, "cancel", "appointment", appt.id, {"scope": scope, "count": len(targets)})
        return [a.id for a in targets]


def set_status(ws: Workspace, appointment_id: int, status: str,
               now: dt.datetime | None = None) -> None:
    """Completed and no-show once the appointment has started; back to scheduled to undo either
    (or to restore a cancelled one)."""
    now = _aware(now or utcnow())
    if status not in set(AppointmentStatus) or status == AppointmentStatus.CANCELLED:
        raise ValueError(f"use cancel() for {status!r}" if status == "cancelled" else status)
    with ws.write() as s:
        appt = _load(s, appointment_id)
        if status in (AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW) and appt.starts_at > now:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "An appointment that has not started yet cannot be marked completed or "
                        "no-show."), field="status")
        if appt.status == status:
            return
        old = appt.status
        appt.status = status
        if status == AppointmentStatus.SCHEDULED:
            appt.cancel_reason = ""
        audit.record(s, "status", "appointment", appt.id, {"from": old, "to": status})


def count_past_scheduled(ws: Workspace, now: dt.datetime | None = None) -> int:
    now = _aware(now or utcnow())
    with ws.read() as s:
        return s.scalar(select(func.count(Appointment.id)).where(
            Appointment.status == AppointmentStatus.SCHEDULED.value, Appointment.ends_at <= now)) or 0


def complete_past(ws: Workspace, client_id: int | None = None, now: dt.datetime | None = None) -> int:
    """Mark every past appointment still 'scheduled' as completed (one client, or all)."""
    now = _aware(now or utcnow())
    with ws.write() as s:
        where = and_(Appointment.status == AppointmentStatus.SCHEDULED.value,
                     Appointment.ends_at <= now)
        if client_id is not None:
            where = and_(where, Appointment.client_id == client_id)
        ids = list(s.scalars(select(Appointment.id).where(where)))
        if ids:
            s.execute(update(Appointment).where(Appointment.id.in_(ids))
                      .values(status=AppointmentStatus.COMPLETED.value, updated_at=utcnow()))
            audit.record(s, "complete_past", "appointment", None,
                         {"count": len(ids), "client_id": client_id})
        return len(ids)


def delete_appointment(ws: Workspace, appointment_id: int) -> None:
    """Remove an appointment booked by mistake. One that was invoiced or has notes stays (cancel
    it instead), so the clinical and billing record keeps what it refers to."""
    with ws.write() as s:
        appt = _load(s, appointment_id)
        view = _views(s, Appointment.id == appointment_id, [Appointment.id])[0]
        if view.invoiced or view.note_count:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "This appointment has an invoice or notes; cancel it instead of deleting "
                        "it."), field="status")
        s.delete(appt)
        audit.record(s, "delete", "appointment", appointment_id, {"client_id": view.client_id})
