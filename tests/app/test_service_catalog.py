"""Settings → Services in the core: validation, order, activation, deleting a service in use,
the shipped defaults in each language, and the practice time zone."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import timezones
from app.errors import NotFoundError, ValidationError
from app.paths import data_dir
from app.services import audit, practice
from app.services import service_catalog as catalog
from app.services.service_catalog import ServiceInput
from app.store.models import Appointment, InvoiceLine, Person, PersonKind
from app.workspace import create_workspace
from tests.conftest import PASSPHRASE

DEFAULT_NAMES = {
    "en": ["Initial consultation", "Follow-up session"],
    "es": ["Primera consulta", "Sesión de seguimiento"],
    "fr": ["Première consultation", "Séance de suivi"],
    "pt": ["Consulta inicial", "Sessão de acompanhamento"],
}


def _names(ws, **kw) -> list[str]:
    return [s.name for s in catalog.list_services(ws, **kw)]


def _clear(ws) -> None:
    for svc in catalog.list_services(ws):
        catalog.delete_service(ws, svc.id)


# --- the shipped defaults ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_a_new_workspace_has_the_default_services_in_its_language(tmp_path, language):
    ws = create_workspace(tmp_path / "p.consulta", PASSPHRASE, practice_name="P", language=language)
    try:
        services = catalog.list_services(ws)
        assert [s.name for s in services] == DEFAULT_NAMES[language]
        first, second = services
        assert (first.duration_minutes, first.price, first.price_minor) == (60, Decimal("80.00"), 8000)
        assert (second.duration_minutes, second.price) == (50, Decimal("65.00"))
        assert all(s.active and s.appointment_count == 0 for s in services)
        assert [s.position for s in services] == [0, 1]
    finally:
        ws.close()


def test_defaults_follow_english_for_an_unlisted_language(tmp_path):
    ws = create_workspace(tmp_path / "p.consulta", PASSPHRASE, practice_name="P", language="de")
    try:
        assert _names(ws) == DEFAULT_NAMES["en"]
    finally:
        ws.close()


def test_defaults_and_sample_data_use_the_same_names():
    """The sample loader reuses the defaults by name: the two files must agree."""
    defaults = json.loads((data_dir() / catalog.DEFAULTS_FILE).read_text("utf-8"))["services"]
    sample = json.loads((data_dir() / "sample/sample_workspace.json").read_text("utf-8"))["services"]
    assert {s["key"]: s["name"] for s in sample}.items() <= {d["key"]: d["name"] for d in defaults}.items()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_sample_data_reuses_the_default_services(tmp_path, language):
    ws = create_workspace(tmp_path / "p.consulta", PASSPHRASE, practice_name="P",
                          language=language, sample_data=True)
    try:
        services = catalog.list_services(ws)
        assert [s.name for s in services] == DEFAULT_NAMES[language], "no duplicates"
        # The sample's five appointments sit on those very services.
        assert [s.appointment_count for s in services] == [1, 4]
    finally:
        ws.close()


def test_sample_data_adds_its_services_when_the_defaults_were_removed(workspace):
    from app import sample_data

    _clear(workspace)
    sample_data.load(workspace, "es")
    assert _names(workspace) == DEFAULT_NAMES["es"]


# --- creating, editing and validation ---------------------------------------------------------


def test_create_edit_and_list(workspace):
    sid = catalog.create_service(workspace, ServiceInput(
        name="  Couples   session ", duration_minutes=80, price=Decimal("90.5"),
        tax_rate=Decimal("23.00")))
    svc = catalog.get_service(workspace, sid)
    assert (svc.name, svc.duration_minutes, svc.price_minor, svc.price, svc.tax_rate) == (
        "Couples session", 80, 9050, Decimal("90.50"), Decimal("23"))
    assert svc.currency == "EUR" and svc.active and not svc.in_use
    assert _names(workspace)[-1] == "Couples session", "a new service goes to the end"

    catalog.update_service(workspace, sid, ServiceInput(
        name="Couples session", duration_minutes=90, price=Decimal("100"), tax_rate=Decimal("5.5")))
    svc = catalog.get_service(workspace, sid)
    assert (svc.duration_minutes, svc.price_minor, svc.tax_rate) == (90, 10000, Decimal("5.5"))

    events = [(e.action, e.details) for e in audit.list_events(workspace, entity_type="service",
                                                                entity_id=sid)]
    assert events == [("update", {"fields": ["duration_minutes", "price_minor", "tax_rate"]}),
                      ("create", {})]


@pytest.mark.parametrize(("data", "field"), [
    (ServiceInput(name="   "), "name"),
    (ServiceInput(name="follow-up SESSION"), "name"),
    (ServiceInput(name="Walk", duration_minutes=4), "duration_minutes"),
    (ServiceInput(name="Walk", duration_minutes=601), "duration_minutes"),
    (ServiceInput(name="Walk", price=Decimal("-0.01")), "price"),
    (ServiceInput(name="Walk", price=Decimal("10.005")), "price"),
    (ServiceInput(name="Walk", price="ten"), "price"),
    (ServiceInput(name="Walk", tax_rate=Decimal("-1")), "tax_rate"),
    (ServiceInput(name="Walk", tax_rate=Decimal("100.01")), "tax_rate"),
    (ServiceInput(name="Walk", tax_rate=Decimal("NaN")), "tax_rate"),
])
def test_invalid_services_are_refused_with_the_field_named(workspace, data, field):
    before = catalog.list_services(workspace)
    with pytest.raises(ValidationError) as info:
        catalog.create_service(workspace, data)
    assert info.value.field == field
    assert str(info.value)  # a message to show
    assert catalog.list_services(workspace) == before


def test_limits_are_accepted(workspace):
    for minutes, tax in ((5, Decimal(0)), (600, Decimal(100))):
        catalog.create_service(workspace, ServiceInput(name=f"S{minutes}", duration_minutes=minutes,
                                                       price=Decimal(0), tax_rate=tax))
    assert _names(workspace)[-2:] == ["S5", "S600"]


def test_a_duplicate_message_names_the_service(workspace):
    with pytest.raises(ValidationError) as info:
        catalog.create_service(workspace, ServiceInput(name="INITIAL consultation"))
    assert "INITIAL consultation" in str(info.value)


def test_renaming_onto_itself_is_fine_but_not_onto_another(workspace):
    first, second = catalog.list_services(workspace)
    catalog.update_service(workspace, first.id, ServiceInput(name="INITIAL CONSULTATION",
                                                             duration_minutes=60, price=first.price))
    assert catalog.get_service(workspace, first.id).name == "INITIAL CONSULTATION"
    with pytest.raises(ValidationError):
        catalog.update_service(workspace, second.id, ServiceInput(name="initial consultation"))


def test_currency_without_cents(workspace):
    practice.update_practice(workspace, currency="JPY")
    with pytest.raises(ValidationError) as info:
        catalog.create_service(workspace, ServiceInput(name="Session", price=Decimal("8000.5")))
    assert "JPY" in str(info.value)
    sid = catalog.create_service(workspace, ServiceInput(name="Session", price=Decimal("8000")))
    assert catalog.get_service(workspace, sid).price_minor == 8000


def test_unknown_service(workspace):
    with pytest.raises(NotFoundError):
        catalog.get_service(workspace, 999)
    with pytest.raises(NotFoundError):
        catalog.update_service(workspace, 999, ServiceInput(name="X"))


# --- active, order, delete --------------------------------------------------------------------


def test_deactivated_services_are_left_out_of_new_bookings(workspace):
    first, second = catalog.list_services(workspace)
    catalog.set_active(workspace, first.id, False)
    assert _names(workspace, include_inactive=False) == ["Follow-up session"]
    assert [s.active for s in catalog.list_services(workspace)] == [False, True]
    catalog.set_active(workspace, first.id, True)
    assert len(catalog.list_services(workspace, include_inactive=False)) == 2


def test_move_up_and_down(workspace):
    catalog.create_service(workspace, ServiceInput(name="Short session", duration_minutes=30))
    ids = {s.name: s.id for s in catalog.list_services(workspace)}
    assert catalog.move_service(workspace, ids["Short session"], -1)
    assert _names(workspace) == ["Initial consultation", "Short session", "Follow-up session"]
    assert catalog.move_service(workspace, ids["Initial consultation"], +1)
    assert _names(workspace) == ["Short session", "Initial consultation", "Follow-up session"]
    assert not catalog.move_service(workspace, ids["Short session"], -1), "already first"
    assert [s.position for s in catalog.list_services(workspace)] == [0, 1, 2]


def test_deleting_a_service_in_use_keeps_its_appointments(sample_workspace):
    ws = sample_workspace
    follow_up = catalog.list_services(ws)[1]
    assert follow_up.appointment_count == 4 and follow_up.in_use
    assert catalog.delete_service(ws, follow_up.id) == 4
    assert _names(ws) == ["Initial consultation"]
    with ws.read() as s:
        client_id = s.scalar(select(Person.id).where(Person.kind == PersonKind.CLIENT.value))
        appt_services = list(s.scalars(select(Appointment.service_id)
                                       .where(Appointment.client_id == client_id)))
        lines = list(s.execute(select(InvoiceLine.service_id, InvoiceLine.description)))
    assert len(appt_services) == 5, "no appointment was lost"
    assert appt_services.count(None) == 4
    assert lines and all(text for _sid, text in lines), "invoice lines keep their text"
    event = audit.list_events(ws, entity_type="service", entity_id=follow_up.id)[0]
    assert (event.action, event.details) == ("delete", {"appointments": 4})
    assert audit.verify(ws).ok


def test_list_without_usage_counts(sample_workspace):
    assert [s.appointment_count for s in catalog.list_services(sample_workspace, with_usage=False)] \
        == [None, None]


# --- the practice time zone -------------------------------------------------------------------


def test_a_new_workspace_takes_the_computer_time_zone(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    assert timezones.system_time_zone() == "America/Sao_Paulo"
    ws = create_workspace(tmp_path / "p.consulta", PASSPHRASE, practice_name="P")
    try:
        assert practice.get_practice(ws).time_zone == "America/Sao_Paulo"
        assert timezones.practice_zone(ws) == zoneinfo.ZoneInfo("America/Sao_Paulo")
    finally:
        ws.close()


@pytest.mark.parametrize(("tz", "expected"), [("Etc/UTC", "UTC"), ("Nowhere/Atlantis", "UTC"),
                                               (":Europe/Lisbon", "Europe/Lisbon")])
def test_system_time_zone_falls_back_to_utc(monkeypatch, tz, expected):
    monkeypatch.setenv("TZ", tz)
    assert timezones.system_time_zone() == expected


def test_time_zone_setting_is_validated(workspace):
    practice.update_practice(workspace, time_zone="Europe/Lisbon")
    zone = timezones.practice_zone(workspace)
    assert zone == zoneinfo.ZoneInfo("Europe/Lisbon")
    summer = dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC).astimezone(zone)
    assert summer.hour == 10, "summer time in Lisbon"
    for bad in ("Europe/Atlantis", "", "localtime", "europe/lisbon", None):
        with pytest.raises(ValidationError) as info:
            practice.update_practice(workspace, time_zone=bad)
        assert info.value.field == "time_zone"
    assert practice.get_practice(workspace).time_zone == "Europe/Lisbon"


def test_zone_list_offered_in_settings():
    names = timezones.zone_names()
    assert names[0] == "UTC"
    assert list(names[1:]) == sorted(names[1:])
    assert {"Europe/Lisbon", "America/Sao_Paulo", "Europe/Madrid", "America/Montreal"} <= set(names)
    assert "Portugal" not in names and "localtime" not in names
    assert timezones.is_valid_zone("Portugal"), "old aliases are still accepted"


def test_check_service_reports_every_problem_at_once(workspace):
    problems = catalog.check_service(workspace, ServiceInput(
        name="Follow-up session", duration_minutes=1, price=Decimal(-1), tax_rate=Decimal(101)))
    assert [p.field for p in problems] == ["name", "duration_minutes", "price", "tax_rate"]
    first = catalog.list_services(workspace)[0]
    assert catalog.check_service(workspace, ServiceInput(name=first.name), first.id) == [], \
        "a service keeps its own name"


@pytest.mark.parametrize(("typed", "stored"), [("20", "20"), ("100", "100"), ("23.00", "23"),
                                               ("5.50", "5.5"), ("0.0", "0")])
def test_tax_rates_are_stored_plainly(workspace, typed, stored):
    sid = catalog.create_service(workspace, ServiceInput(name="Taxed", tax_rate=Decimal(typed)))
    assert str(catalog.get_service(workspace, sid).tax_rate) == stored
