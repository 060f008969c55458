"""iCalendar (.ics) export of upcoming appointments, for the practitioner's phone calendar.

A phone calendar syncs to someone else's cloud, so by default an event carries only the client's
initials and the service; full names, places and video links go in only when asked for.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from app.atomic_files import write_atomically
from app.services import appointments, practice
from app.store.models import AppointmentStatus, LocationKind, utcnow
from app.version import __version__

if TYPE_CHECKING:
    from app.workspace import Workspace

HORIZON = dt.timedelta(days=366)
_UID_KEY = "ical.uid_domain"


def initials(name: str) -> str:
    """'Sofia Martins (Sofi)' → 'S.M.': the preferred name in brackets is left out."""
    words = name.split(" (")[0].split()
    return "".join(f"{w[0].upper()}." for w in words if w[:1].isalpha()) or "?"


def _uid_domain(ws: Workspace) -> str:
    # Random per workspace: stable UIDs let a re-import update events instead of duplicating them.
    value = practice.get_setting(ws, _UID_KEY)
    if not value:
        value = f"{uuid.uuid4().hex}.consulta"
        practice.set_setting(ws, _UID_KEY, value)
    return value


def build_calendar(ws: Workspace, *, include_names: bool = False, since: dt.datetime | None = None,
                   until: dt.datetime | None = None) -> tuple[Calendar, int]:
    since = since or utcnow()
    items = [a for a in appointments.appointments_between(ws, since, until or since + HORIZON)
             if a.status == AppointmentStatus.SCHEDULED and a.starts_at >= since]
    domain = _uid_domain(ws)
    cal = Calendar()
    cal.add("prodid", f"-//Consulta//{__version__}//EN")
    cal.add("version", "2.0")
    stamp = utcnow()
    for a in items:
        who = a.client_name if include_names else initials(a.client_name)
        event = Event()
        event.add("uid", f"appointment-{a.id}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", a.starts_at)
        event.add("dtend", a.ends_at)
        event.add("summary", f"{who} · {a.service_name}" if a.service_name else who)
        if include_names:
            where = a.video_url if a.location_kind == LocationKind.VIDEO else a.location
            if where:
                event.add("location", where)
        cal.add_component(event)
    return cal, len(items)


def export_ics(ws: Workspace, path: Path | str, *, include_names: bool = False,
               since: dt.datetime | None = None) -> int:
    """Write the .ics file atomically; returns how many appointments it holds."""
    cal, count = build_calendar(ws, include_names=include_names, since=since)
    data = cal.to_ical()
    write_atomically(Path(path), lambda f: f.write(data))
    return count
