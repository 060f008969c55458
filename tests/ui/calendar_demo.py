"""A realistic working week for calendar screenshots (README and test review): a few sessions a
day, two that overlap, one cancelled; those already over are completed, one a no-show."""

from __future__ import annotations

import datetime as dt

from app.services import appointments, clients, service_catalog
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.store.models import AppointmentStatus

# weekday (0 = Monday), time, client, service key, what happens to it
PLAN = [
    (0, "09:00", "Ana García López", "initial", None),
    (0, "10:30", "Emily Watson", "follow_up", None),
    (0, "14:00", "François Dupont", "follow_up", None),
    (1, "10:00", "Lucía Fernández", "follow_up", None),
    (1, "11:00", "Mathilde Lefèvre", "initial", None),
    (1, "16:00", "João Carvalho", "follow_up", None),
    (2, "09:00", "Emily Watson", "follow_up", None),
    (2, "09:30", "Ana García López", "follow_up", None),
    (2, "13:00", "François Dupont", "follow_up", "cancelled"),
    (2, "17:30", "Sofia Martins", "follow_up", None),
    (3, "08:30", "João Carvalho", "follow_up", None),
    (3, "12:00", "Mathilde Lefèvre", "follow_up", None),
    (3, "15:00", "Lucía Fernández", "initial", None),
    (4, "10:00", "Ana García López", "follow_up", None),
    (4, "11:00", "Emily Watson", "follow_up", "no_show"),
    (4, "14:30", "François Dupont", "follow_up", None),
]
SERVICE_NAMES = {"initial": "Initial consultation", "follow_up": "Follow-up session"}


def _client_id(ws, name: str) -> int:
    first, last = name.split(" ", 1)
    ids = clients.list_client_ids(ws, clients.ClientQuery(text=name.split(" ")[0]))
    for row in clients.client_rows(ws, ids):
        if row.name.startswith(name):
            return row.id
    return clients.create_client(ws, PersonInput(first_name=first, last_name=last))


def book_demo_week(ws, day_in_week: dt.date, now: dt.datetime | None = None) -> int:
    """Book the plan in the Monday-to-Friday around `day_in_week`; returns how many."""
    zone = appointments.zone_of(ws)
    now = now or dt.datetime.now(zone)
    services = {s.name: s for s in service_catalog.list_services(ws, include_inactive=False,
                                                                   with_usage=False)}
    monday = day_in_week - dt.timedelta(days=day_in_week.weekday())
    for weekday, time, name, service_key, outcome in PLAN:
        service = services.get(SERVICE_NAMES[service_key])
        hour, minute = map(int, time.split(":"))
        start = dt.datetime.combine(monday + dt.timedelta(days=weekday), dt.time(hour, minute),
                                    tzinfo=zone)
        length = service.duration_minutes if service else 50
        [appt] = appointments.book(ws, AppointmentInput(
            _client_id(ws, name), start, length, service.id if service else None))
        if outcome == "cancelled":
            appointments.cancel(ws, appt, "Client unwell")
        elif start + dt.timedelta(minutes=length) <= now:
            status = AppointmentStatus.NO_SHOW if outcome == "no_show" else AppointmentStatus.COMPLETED
            appointments.set_status(ws, appt, status.value, now=now)
    return len(PLAN)
