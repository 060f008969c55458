"""Upgrading: a workspace written by schema 0001 (tests/fixtures/workspace-0001.consulta, made by
make_workspace_0001.py) opens in this version, is upgraded to head after a pre-upgrade copy is
kept, and all its data reads back through the services."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import audit, clients, custom_fields, relationships, tags
from app.services.clients import ClientQuery
from app.store import migrate
from app.store.engine import make_engine
from app.store.models import Appointment, Invoice, InvoiceLine, Person, Service
from app.workspace import open_workspace
from tests.app.helpers import fingerprint, key_for, ws_integrity

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-0001.consulta"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


@pytest.fixture
def old_copy(tmp_path):
    path = tmp_path / "Old practice" / "practice.consulta"
    path.parent.mkdir()
    shutil.copy(FIXTURE, path)
    return path


def _revision(path: Path, passphrase: str) -> str | None:
    engine = make_engine(path, key_for(path, passphrase))
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def test_fixture_really_is_at_revision_0001(old_copy):
    assert migrate.head_revision() != "0001", "add a fixture for the newest old revision"
    assert _revision(old_copy, FIXTURE_PASSPHRASE) == "0001"


def test_opening_an_0001_workspace_upgrades_it_and_keeps_a_copy_first(old_copy):
    original = fingerprint(old_copy)
    ws = open_workspace(old_copy, passphrase=FIXTURE_PASSPHRASE)
    try:
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
        assert ws_integrity(ws) == "ok"
    finally:
        ws.close()

    backups = list((old_copy.parent / "Backups").iterdir())
    assert len(backups) == 1
    kept = backups[0]
    assert "before-upgrade" in kept.name and kept.suffix == ".consulta"
    assert _revision(kept, FIXTURE_PASSPHRASE) == "0001"  # the copy was made before upgrading
    assert fingerprint(old_copy) != original

    # A second open does not upgrade (or copy) again.
    open_workspace(old_copy, passphrase=FIXTURE_PASSPHRASE).close()
    assert len(list((old_copy.parent / "Backups").iterdir())) == 1


def test_upgraded_data_reads_back_through_the_services(old_copy):
    ws = open_workspace(old_copy, passphrase=FIXTURE_PASSPHRASE)
    try:
        maria = clients.get_client(ws, 1)
        assert maria.full_name == "María José García López"
        assert maria.display_name == "María José García López (Majo)"
        assert maria.date_of_birth == dt.date(1985, 4, 12)
        assert maria.emails == ["majo@example.org", "maria.garcia@work.example"]
        assert maria.phones == ["+34 612 345 678"]
        assert [t.name for t in maria.tags] == ["Adults", "Insurance"]
        assert maria.custom_values == {1: "Architect", 2: "Doctor",
                                       3: "Sleeps badly since the move to Sevilla.", 4: "12",
                                       5: True, 6: "2025-11-03"}
        tomas = clients.get_client(ws, 2)
        assert (tomas.full_name, tomas.status) == ("Tomás Núñez", "lead")

        # The list: accent-insensitive search over what 0001 stored, tags, statuses.
        assert clients.list_client_ids(ws, ClientQuery(text="garcia")) == [1]
        assert clients.list_client_ids(ws, ClientQuery(text="612345")) == [1]
        assert clients.list_client_ids(ws, ClientQuery(tag_id=2)) == [1]
        assert clients.list_client_ids(ws, ClientQuery(status="lead")) == [2]
        assert {t.name: t.client_count for t in tags.list_tags(ws)} == {"Adults": 2, "Insurance": 1}

        (from_maria,) = relationships.list_relationships(ws, 1)
        (from_tomas,) = relationships.list_relationships(ws, 2)
        assert (from_maria.other_id, from_maria.relation_type) == (2, "child")
        assert (from_tomas.other_id, from_tomas.relation_type, from_tomas.is_emergency_contact) == (
            1, "parent", True)

        sections = {s.name: s for s in custom_fields.list_sections(ws)}
        assert [f.label for f in sections["Background"].fields] == [
            "Referral source", "Intake notes", "Sessions agreed", "Consent signed", "First contact"]
        assert custom_fields.count_values(ws, field_id=2) == 2

        report = audit.verify(ws)  # the 0001 chain, plus the unlock just recorded
        assert report.ok and report.checked > 10
        assert audit.list_events(ws, limit=1)[0].action == "workspace.unlock"
    finally:
        ws.close()


def test_tables_added_after_0001_are_usable(old_copy):
    ws = open_workspace(old_copy, passphrase=FIXTURE_PASSPHRASE)
    try:
        start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=2)
        with ws.write() as s:
            svc = Service(name="Session", duration_minutes=50, price_minor=6000,
                          tax_rate=Decimal("0"))
            s.add(svc)
            s.flush()
            appt = Appointment(client_id=1, service_id=svc.id, starts_at=start,
                               ends_at=start + dt.timedelta(minutes=50))
            inv = Invoice(client_id=1, number="INV-2027-0001", issue_date=start.date(),
                          subtotal_minor=6000, total_minor=6000)
            s.add_all([appt, inv])
            s.flush()
            s.add(InvoiceLine(invoice_id=inv.id, appointment_id=appt.id, service_id=svc.id,
                              description="Session", quantity=Decimal("1"), unit_price_minor=6000))
        with ws.read() as s:
            line = s.scalars(select(InvoiceLine)).one()
            assert (line.quantity, line.unit_price_minor) == (Decimal("1"), 6000)
            assert s.scalar(select(Person.first_name).where(Person.id == 1)) == "María José"
        assert clients.get_client(ws, 1).next_appointment == start
    finally:
        ws.close()
