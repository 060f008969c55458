"""Round trip: a practice export's clients.csv and contacts.csv, imported into an empty
workspace with the automatic mapping, give back the same clients, contacts and custom field
values (every field type; values a spreadsheet would take for formulas included)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app.services import clients, contacts, custom_fields, people, tags
from app.services.clients import ClientQuery
from app.store.models import FieldType
from app.transfer import csv_mapping, export
from app.transfer.csv_import import plan_import
from app.transfer.csv_sniff import read_csv_file
from app.transfer.import_batches import run_import
from app.workspace import open_workspace
from tests.app.transfer_helpers import person


@pytest.fixture
def empty_workspace(tmp_path, _template_workspace):
    template, key = _template_workspace
    path = tmp_path / "new" / "practice.consulta"
    path.parent.mkdir()
    shutil.copy(template, path)
    ws = open_workspace(path, key=key)
    yield ws
    ws.close()


def _fill(ws) -> None:  # noqa: ANN001
    sec = custom_fields.create_section(ws, "Background")
    f = {t: custom_fields.create_field(ws, sec, label, t, opts) for t, label, opts in (
        (FieldType.TEXT, "Referral source", None),
        (FieldType.LONG_TEXT, "History", None),
        (FieldType.NUMBER, "Sessions agreed", None),
        (FieldType.DATE, "First contact", None),
        (FieldType.SINGLE_CHOICE, "Payer", ["Self", "Insurance"]),
        (FieldType.MULTIPLE_CHOICE, "Topics", ["Sleep", "Work, stress", "Family"]),
        (FieldType.CHECKBOX, "Consent signed", None),
        (FieldType.EMAIL, "Work email", None),
        (FieldType.PHONE, "Work phone", None),
        (FieldType.ADDRESS, "Billing address", None),
    )}
    details = custom_fields.list_sections(ws)[0].id
    occupation = custom_fields.create_field(ws, details, "Occupation", FieldType.TEXT)
    adults, couples = tags.create_tag(ws, "Adults"), tags.create_tag(ws, "Couples, weekly")
    ana = clients.create_client(ws, person(
        "María José", "García López", preferred_name="Majo", pronouns="she/her",
        date_of_birth=dt.date(1985, 4, 12), status="lead",
        emails=["majo@example.org", "maria@work.example"], phones=["+34 612 345 678", "600 111 222"],
        street="Calle Mayor 1, 2º", street2="Puerta B", city="Madrid", region="Madrid",
        postal_code="28013", country="Spain", tag_ids=[adults, couples]))
    custom_fields.set_values(ws, ana, {
        f[FieldType.TEXT]: "=HYPERLINK(\"http://evil.example\")",
        f[FieldType.LONG_TEXT]: "Moved to Sevilla.\nSleeps badly; works nights, too.",
        f[FieldType.NUMBER]: "12.5", f[FieldType.DATE]: "2025-11-03",
        f[FieldType.SINGLE_CHOICE]: "Insurance", f[FieldType.MULTIPLE_CHOICE]: ["Sleep", "Work, stress"],
        f[FieldType.CHECKBOX]: True, f[FieldType.EMAIL]: "majo@hospital.example",
        f[FieldType.PHONE]: "+34 91 000 00 00",
        f[FieldType.ADDRESS]: {"street": "Av. Sol 3", "postal_code": "41001", "country": "Spain"},
        occupation: "Architect"})
    clients.create_client(ws, person("-Tomás", "Núñez", status="archived"))
    clients.create_client(ws, person("Zoë", "", emails=["zoe@example.org"]))
    rui = contacts.create_contact(ws, person("Rui", "Martins", organization="Clínica Sol",
                                             role="Psychiatrist", emails=["rui@clinic.example"]))
    custom_fields.set_values(ws, rui, {f[FieldType.TEXT]: "Colleague"})


def _everyone(ws) -> dict[str, dict]:  # noqa: ANN001
    labels = {f.id: (f.label, f.field_type, tuple(f.options))
              for s in custom_fields.list_sections(ws) for f in s.fields}
    out = {}
    ids = clients.list_client_ids(ws, ClientQuery(show="all")) + [
        c.id for c in contacts.list_contacts(ws)]
    for pid in ids:
        r = people.get(ws, None, pid)
        out[r.full_name] = {
            "kind": r.kind, "details": (r.first_name, r.last_name, r.preferred_name, r.pronouns,
                                        r.date_of_birth, r.status if r.kind == "client" else "",
                                        r.organization, r.role, r.street, r.street2, r.city,
                                        r.region, r.postal_code, r.country),
            "emails": r.emails, "phones": r.phones, "tags": sorted(t.name for t in r.tags),
            "custom": {labels[k]: v for k, v in r.custom_values.items()}}
    return out


def test_a_practice_export_imports_back_the_same(workspace, empty_workspace, tmp_path):
    _fill(workspace)
    folder = export.export_practice(workspace, tmp_path / "export")
    for name, kind in (("clients.csv", "client"), ("contacts.csv", "contact")):
        path = folder / name
        parsed = read_csv_file(path)
        definitions = csv_mapping.read_definitions_beside(path)
        assert definitions is not None
        mapping = csv_mapping.auto_map(empty_workspace, parsed, kind, locale="en_US",
                                       definitions=definitions)
        plan = plan_import(empty_workspace, parsed, mapping)
        assert plan.invalid_rows == () and plan.duplicates == ()
        run_import(empty_workspace, plan)

    before, after = _everyone(workspace), _everyone(empty_workspace)
    assert set(after) == {"María José García López", "-Tomás Núñez", "Zoë", "Rui Martins"}
    for name, was in before.items():
        for part, value in was.items():
            assert after[name][part] == value, (name, part)  # names the part that differs
    assert after["María José García López"]["custom"][("Occupation", "text", ())] == "Architect"
    # The custom fields themselves came back with their sections.
    sections = {s.name: [f.label for f in s.fields] for s in custom_fields.list_sections(empty_workspace)}
    assert sections["Background"][:3] == ["Referral source", "History", "Sessions agreed"]
    assert "Occupation" in sections["Details"]
