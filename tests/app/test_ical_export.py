"""The .ics export, parsed back with the icalendar package: upcoming scheduled appointments only,
initials unless full names are asked for, UTC instants unchanged."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app.services import appointments as appts
from app.services import clients, practice
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.store.models import Service
from app.transfer.ical_export import export_ics, initials

LISBON = ZoneInfo("Europe/Lisbon")
NOW = dt.datetime(2026, 6, 10, 12, tzinfo=LISBON)


def _setup(ws):
    practice.update_practice(ws, time_zone="Europe/Lisbon")
    client = clients.create_client(ws, PersonInput(first_name="Joana", last_name="Conceição",
                                                   preferred_name="Jo"))
    with ws.write() as s:
        svc = Service(name="Follow-up session", duration_minutes=50)
        s.add(svc)
        s.flush()
        service = svc.id
    book = lambda day, **kw: appts.book(ws, AppointmentInput(  # noqa: E731
        client, dt.datetime(2026, 6, day, 10, tzinfo=LISBON), 50, service, **kw))[0]
    past = book(1)
    future = book(17, location="Rua das Flores 12")
    cancelled = book(24)
    appts.cancel(ws, cancelled, "Holiday")
    return past, future


def _events(path):
    return [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_export_holds_upcoming_appointments_with_initials_only(workspace, tmp_path):
    _, future = _setup(workspace)
    target = tmp_path / "consulta.ics"
    assert export_ics(workspace, target, since=NOW) == 1
    [event] = _events(target)
    assert str(event["summary"]) == "J.C. · Follow-up session"
    assert event.decoded("dtstart") == dt.datetime(2026, 6, 17, 9, tzinfo=dt.UTC)
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=50)
    assert "location" not in event
    raw = target.read_bytes()
    assert b"Joana" not in raw and "Conceição".encode() not in raw and b"Flores" not in raw
    assert str(event["uid"]).startswith(f"appointment-{future}@")
    # The same UIDs on a second export: a phone calendar updates instead of duplicating.
    again = tmp_path / "again.ics"
    export_ics(workspace, again, since=NOW)
    assert [str(e["uid"]) for e in _events(again)] == [str(event["uid"])]


def test_export_with_names_when_asked(workspace, tmp_path):
    _setup(workspace)
    target = tmp_path / "named.ics"
    export_ics(workspace, target, include_names=True, since=NOW)
    [event] = _events(target)
    assert str(event["summary"]) == "Joana Conceição (Jo) · Follow-up session"
    assert str(event["location"]) == "Rua das Flores 12"


def test_initials():
    assert initials("Sofia Martins (Sofi)") == "S.M."
    assert initials("élodie de la Tour") == "É.D.L.T."
    assert initials("") == "?"
