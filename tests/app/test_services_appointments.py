"""Booking, recurrence (across daylight-saving changes), conflicts, rebooking, statuses and the
Overview read, on a real encrypted workspace."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.services import appointments as appts
from app.services import clients, practice
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.services.recurrence import Recurrence
from app.store.models import Appointment, Service

LISBON = ZoneInfo("Europe/Lisbon")


@pytest.fixture
def ws(workspace):
    practice.update_practice(workspace, time_zone="Europe/Lisbon")
    return workspace


def _client(ws, first="Ana", last="Silva") -> int:
    return clients.create_client(ws, PersonInput(first_name=first, last_name=last))


def _service(ws, name="Follow-up", minutes=50) -> int:
    with ws.write() as s:
        svc = Service(name=name, duration_minutes=minutes, price_minor=6500)
        s.add(svc)
        s.flush()
        return svc.id


def _at(y, m, d, h, mi=0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=LISBON)


def _book(ws, client, start, minutes=50, service=None, recurrence=None) -> list[int]:
    return appts.book(ws, AppointmentInput(client, start, minutes, service), recurrence)


def test_weekly_series_keeps_the_wall_time_across_the_october_change(ws):
    client = _client(ws)
    ids = _book(ws, client, _at(2026, 10, 13, 10), recurrence=Recurrence("weekly", count=4))
    got = [appts.get_appointment(ws, i).starts_at for i in ids]
    assert [g.astimezone(LISBON).strftime("%a %d %H:%M") for g in got] == [
        "Tue 13 10:00", "Tue 20 10:00", "Tue 27 10:00", "Tue 03 10:00"]
    # Summer time (UTC+1) before 25 October, winter time (UTC+0) after: the instant moves.
    assert [g.hour for g in got] == [9, 9, 10, 10]


def test_spring_forward_gap_lands_after_the_change_and_biweekly_spacing(ws):
    client = _client(ws)
    # 29 March 2026, 01:00 → 02:00 in Lisbon: 01:30 does not exist that day.
    ids = _book(ws, client, _at(2026, 3, 15, 1, 30), recurrence=Recurrence("biweekly", count=3))
    local = [appts.get_appointment(ws, i).starts_at.astimezone(LISBON) for i in ids]
    assert [x.date() for x in local] == [dt.date(2026, 3, 15), dt.date(2026, 3, 29),
                                        dt.date(2026, 4, 12)]
    assert local[1].strftime("%H:%M") == "02:30" and local[2].strftime("%H:%M") == "01:30"


def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months_until_a_date(ws):
    client = _client(ws)
    ids = _book(ws, client, _at(2027, 1, 31, 9),
                recurrence=Recurrence("monthly", until=dt.date(2027, 5, 31)))
    days = [appts.get_appointment(ws, i).starts_at.astimezone(LISBON).date() for i in ids]
    assert days == [dt.date(2027, 1, 31), dt.date(2027, 2, 28), dt.date(2027, 3, 31),
                    dt.date(2027, 4, 30), dt.date(2027, 5, 31)]


def test_a_series_needs_a_count_or_an_end_date_and_nothing_is_booked_when_refused(ws):
    client = _client(ws)
    for bad in (Recurrence("weekly"), Recurrence("weekly", count=1),
                Recurrence("weekly", until=dt.date(2026, 1, 1)), Recurrence("daily", count=3)):
        with pytest.raises(ValidationError):
            _book(ws, client, _at(2026, 6, 1, 9), recurrence=bad)
    with ws.read() as s:
        assert s.scalars(select(Appointment)).all() == []


def test_booking_refuses_bad_durations_and_links(ws):
    client = _client(ws)
    with pytest.raises(ValidationError) as err:
        _book(ws, client, _at(2026, 6, 1, 9), minutes=2)
    assert err.value.field == "duration"
    with pytest.raises(ValidationError) as err:
        appts.book(ws, AppointmentInput(client, _at(2026, 6, 1, 9), 50, location_kind="video",
                                        video_url="zoom.example/123"))
    assert err.value.field == "video_url"
    with pytest.raises(ValidationError):
        appts.book(ws, AppointmentInput(client, dt.datetime(2026, 6, 1, 9), 50))  # naive


def test_conflicts_name_the_overlapping_appointment_and_skip_cancelled_ones(ws):
    ana, rui = _client(ws), _client(ws, "Rui", "Costa")
    [first] = _book(ws, ana, _at(2026, 6, 1, 10), minutes=50)
    found = appts.find_conflicts(ws, _at(2026, 6, 1, 10, 30), 50)
    assert [(c.other.id, c.other.client_name) for c in found] == [(first, "Ana Silva")]
    assert appts.find_conflicts(ws, _at(2026, 6, 1, 10, 50), 50) == []  # back to back is fine
    assert appts.find_conflicts(ws, _at(2026, 6, 1, 9, 10), 50) == []
    # A series conflicts on the occurrence that overlaps, and says which one.
    series = appts.find_conflicts(ws, _at(2026, 5, 18, 10, 15), 30, Recurrence("weekly", count=3))
    assert [c.starts_at.astimezone(LISBON).date() for c in series] == [dt.date(2026, 6, 1)]
    # Double-booking stays possible when intended.
    _book(ws, rui, _at(2026, 6, 1, 10, 30))
    appts.cancel(ws, first, "Client is ill")
    assert [c.other.client_name for c in appts.find_conflicts(ws, _at(2026, 6, 1, 10), 40)] == ["Rui Costa"]


def test_rebook_suggests_the_same_weekday_and_time_in_the_week_ahead(ws):
    client = _client(ws)
    svc = _service(ws, minutes=45)
    [past] = _book(ws, client, _at(2026, 3, 3, 16, 30), minutes=45, service=svc)  # a Tuesday
    now = _at(2026, 3, 19, 12)  # a Thursday, two weeks later
    suggestion = appts.suggest_rebook(ws, past, now=now)
    local = suggestion.starts_at.astimezone(LISBON)
    assert (local.date(), local.strftime("%H:%M")) == (dt.date(2026, 3, 24), "16:30")
    assert (suggestion.service_id, suggestion.duration_minutes, suggestion.client_id) == (svc, 45, client)
    # Across the March change the wall time holds (16:30 stays 16:30).
    assert local.utcoffset() == dt.timedelta(0)
    assert appts.suggest_rebook(ws, past, now=_at(2026, 3, 4, 9)).starts_at.astimezone(
        LISBON).date() == dt.date(2026, 3, 10)


def test_statuses_completed_no_show_cancel_and_restore(ws):
    client = _client(ws)
    now = _at(2026, 6, 10, 12)
    [past, future] = [_book(ws, client, _at(2026, 6, 3, 10))[0], _book(ws, client, _at(2026, 6, 17, 10))[0]]
    with pytest.raises(ValidationError):
        appts.set_status(ws, future, "completed", now=now)
    appts.set_status(ws, past, "no_show", now=now)
    assert appts.get_appointment(ws, past).status == "no_show"
    appts.set_status(ws, past, "completed", now=now)
    with pytest.raises(ValidationError):
        appts.cancel(ws, future, "  ")
    appts.cancel(ws, future, "Holiday")
    view = appts.get_appointment(ws, future)
    assert (view.status, view.cancel_reason) == ("cancelled", "Holiday")
    with pytest.raises(ValidationError):
        appts.cancel(ws, future, "twice")
    appts.set_status(ws, future, "scheduled", now=now)
    assert appts.get_appointment(ws, future).cancel_reason == ""


def test_complete_past_marks_only_past_scheduled_appointments(ws):
    ana, rui = _client(ws), _client(ws, "Rui", "Costa")
    now = _at(2026, 6, 10, 12)
    a1 = _book(ws, ana, _at(2026, 6, 1, 10))[0]
    a2 = _book(ws, ana, _at(2026, 6, 2, 10))[0]
    a3 = _book(ws, ana, _at(2026, 6, 20, 10))[0]
    r1 = _book(ws, rui, _at(2026, 6, 1, 12))[0]
    appts.set_status(ws, a2, "no_show", now=now)
    assert appts.client_overview(ws, ana, now=now).past_scheduled == 1
    assert appts.complete_past(ws, ana, now=now) == 1
    status = {i: appts.get_appointment(ws, i).status for i in (a1, a2, a3, r1)}
    assert status == {a1: "completed", a2: "no_show", a3: "scheduled", r1: "scheduled"}
    assert appts.complete_past(ws, now=now) == 1


def test_edit_this_and_following_moves_later_occurrences_only(ws):
    client = _client(ws)
    ids = _book(ws, client, _at(2026, 9, 1, 10), recurrence=Recurrence("weekly", count=5))
    third = appts.get_appointment(ws, ids[2])
    moved = appts.update_appointment(ws, ids[2], AppointmentInput(
        client, _at(2026, 9, 16, 15), 60, location="Room 2"), scope="following")
    assert moved == ids[2:]
    local = [appts.get_appointment(ws, i).starts_at.astimezone(LISBON) for i in ids]
    assert [x.strftime("%m-%d %H:%M") for x in local] == [
        "09-01 10:00", "09-08 10:00", "09-16 15:00", "09-23 15:00", "09-30 15:00"]
    later = [appts.get_appointment(ws, i) for i in ids[2:]]
    assert {(v.duration_minutes, v.location) for v in later} == {(60, "Room 2")}
    assert {v.series_id for v in later} != {third.series_id}
    # Cancelling this and following from the second one leaves the first alone.
    cancelled = appts.cancel(ws, ids[1], "Moving away", scope="following")
    assert cancelled == [ids[1]]  # the split-off part is its own series now
    assert appts.get_appointment(ws, ids[0]).status == "scheduled"


def test_edit_one_occurrence_leaves_the_series(ws):
    client = _client(ws)
    ids = _book(ws, client, _at(2026, 9, 1, 10), recurrence=Recurrence("weekly", count=3))
    appts.update_appointment(ws, ids[1], AppointmentInput(client, _at(2026, 9, 9, 11), 50))
    starts = [appts.get_appointment(ws, i).starts_at.astimezone(LISBON).strftime("%m-%d %H") for i in ids]
    assert starts == ["09-01 10", "09-09 11", "09-15 10"]
    assert appts.get_appointment(ws, ids[1]).series_id is None
    assert appts.cancel(ws, ids[0], "Ill", scope="following") == [ids[0], ids[2]]


def test_overview_orders_and_summarises(ws):
    client = _client(ws)
    now = _at(2026, 6, 10, 12)
    old = _book(ws, client, _at(2025, 12, 1, 10))[0]
    p1 = _book(ws, client, _at(2026, 5, 1, 10))[0]
    p2 = _book(ws, client, _at(2026, 6, 1, 10))[0]
    u1 = _book(ws, client, _at(2026, 6, 20, 10))[0]
    u2 = _book(ws, client, _at(2026, 6, 13, 10))[0]
    for i in (old, p1, p2):
        appts.set_status(ws, i, "completed", now=now)
    appts.cancel(ws, u2, "Clash")
    ov = appts.client_overview(ws, client, now=now)
    assert [a.id for a in ov.upcoming] == [u2, u1]
    assert [a.id for a in ov.past] == [p2, p1, old]
    assert ov.next_appointment.id == u1  # the cancelled one is not "next"
    assert ov.last_seen == appts.get_appointment(ws, p2).starts_at
    assert ov.sessions_this_year == 2


def test_calendar_range_reads_only_what_overlaps(ws):
    client = _client(ws)
    inside = _book(ws, client, _at(2026, 6, 8, 9))[0]
    crossing = _book(ws, client, _at(2026, 6, 7, 23, 30), minutes=60)[0]
    _book(ws, client, _at(2026, 6, 15, 0, 0))
    _book(ws, client, _at(2026, 6, 7, 22, 0), minutes=60)
    got = appts.appointments_between(ws, _at(2026, 6, 8, 0), _at(2026, 6, 15, 0))
    assert [a.id for a in got] == [crossing, inside]


def test_delete_refuses_an_appointment_with_notes(ws):
    from app.store.models import Note
    client = _client(ws)
    [a, b] = [_book(ws, client, _at(2026, 6, 1, 10))[0], _book(ws, client, _at(2026, 6, 2, 10))[0]]
    with ws.write() as s:
        s.add(Note(client_id=client, appointment_id=a, title="Session", note_date=dt.date(2026, 6, 1),
                   body_html="<p>x</p>"))
    assert appts.get_appointment(ws, a).note_count == 1
    with pytest.raises(ValidationError):
        appts.delete_appointment(ws, a)
    appts.delete_appointment(ws, b)
    assert [x.id for x in appts.client_overview(ws, client).past] == [a]
