"""Column mapping: headers recognised in English, Spanish, French and Portuguese whatever their
case and accents; unknown columns left out; existing custom fields matched by label; a notes
column becomes a new long-text field; date order inferred per column (mixed ISO and day-first,
month-first evidence, the locale for ambiguous columns) and overridable; saved mappings."""

from __future__ import annotations

import dataclasses

import pytest

from app.services import custom_fields
from app.store.models import FieldType
from app.transfer import csv_dates
from app.transfer.csv_mapping import (
    ColumnMapping,
    Target,
    auto_map,
    delete_saved_mapping,
    infer_type,
    list_saved_mappings,
    load_mapping,
    new_custom_column,
    save_mapping,
    target_choices,
    with_dates,
)
from app.transfer.csv_sniff import parse_csv
from tests.app.transfer_helpers import csv_text


def _parsed(header: list[str], *rows: list[str]):  # noqa: ANN202
    return parse_csv(csv_text([header, *rows]).encode(), name="file.csv")


def _targets(mapping) -> list[str]:  # noqa: ANN001
    out = []
    for c in mapping.columns:
        out.append(c.field if c.target == Target.FIELD else str(c.target))
    return out


@pytest.mark.parametrize("header", [
    ["First Name", "Last Name", "E-mail", "Phone", "Date of Birth", "Zip", "Tags", "Pronouns"],
    ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Fecha de nacimiento",
     "Código postal", "Etiquetas", "Pronombres"],
    ["Prénom", "Nom", "Courriel", "Téléphone", "Date de naissance", "Code postal", "Étiquettes",
     "Pronoms"],
    ["Nome", "Apelido", "E-mail", "Telefone", "Data de nascimento", "CEP", "Etiquetas",
     "Pronomes"],
    ["FIRST NAME:", "last_name", "EMAIL ADDRESS", "mobile", "DOB", "postcode", "labels",
     "pronouns"],
])
def test_headers_are_recognised_in_four_languages(workspace, header):
    mapping = auto_map(workspace, _parsed(header, ["a"] * len(header)))
    assert _targets(mapping) == ["first_name", "last_name", "email", "phone", "date_of_birth",
                                 "postal_code", "tags", "pronouns"]


def test_unknown_columns_are_ignored_and_existing_custom_fields_matched(workspace):
    sec = custom_fields.create_section(workspace, "Background")
    fid = custom_fields.create_field(workspace, sec, "Referral source", FieldType.TEXT)
    parsed = _parsed(["Client ID", "Nombre completo", "Referral Source", "Observaciones",
                      "Favourite colour"], ["17", "Ana Silva", "GP", "Sleeps badly", "blue"])
    mapping = auto_map(workspace, parsed)
    assert _targets(mapping) == ["ignore", "full_name", "custom", "new_custom", "ignore"]
    assert mapping.columns[2].custom_field_id == fid
    notes = mapping.columns[3]
    assert (notes.new_label, notes.new_type) == ("Observaciones", FieldType.LONG_TEXT)


def test_contacts_have_no_status_or_tags(workspace):
    parsed = _parsed(["First name", "Status", "Tags", "Organization", "Role"], ["a"] * 5)
    assert _targets(auto_map(workspace, parsed, "contact")) == [
        "first_name", "ignore", "ignore", "organization", "role"]
    choices = [label for _c, label in target_choices(workspace, "contact")]
    assert "Status" not in choices and "Tags" not in choices and "Do not import" in choices


def test_several_email_and_phone_columns_all_count_but_a_name_only_once(workspace):
    parsed = _parsed(["Email", "Email 2", "Phone", "Mobile", "First name", "Nombre"], ["a"] * 6)
    assert _targets(auto_map(workspace, parsed)) == [
        "email", "email", "phone", "phone", "first_name", "ignore"]


@pytest.mark.parametrize(("values", "locale", "expected", "ambiguous"), [
    (["1985-04-12", "1990-12-25"], "es_ES", "iso", False),
    (["1985-04-12", "12/04/1985", "25/12/1990"], "en_US", "dmy", False),  # mixed: ISO + day-first
    (["04/12/1985", "12/25/1990"], "es_ES", "mdy", False),  # only month-first reads 12/25
    (["04/05/1985", "01/02/1990"], "es_ES", "dmy", True),  # ambiguous: the locale decides
    (["04/05/1985", "01/02/1990"], "fr_FR", "dmy", True),
    (["04/05/1985", "01/02/1990"], "pt_BR", "dmy", True),
    (["04/05/1985", "01/02/1990"], "en_US", "mdy", True),
    (["4.5.85", "1.2.90 00:00"], "de_DE", "dmy", True),
])
def test_date_order_is_inferred_per_column(values, locale, expected, ambiguous):
    guess = csv_dates.guess_format(values, locale)
    assert (guess.format, guess.ambiguous) == (expected, ambiguous)


def test_two_digit_years_and_times_are_read_like_the_date_field():
    assert csv_dates.parse_date("4.5.85", "dmy").isoformat() == "1985-05-04"
    assert csv_dates.parse_date("1/2/05", "mdy").isoformat() == "2005-01-02"
    assert csv_dates.parse_date("1985-04-12T00:00:00Z", None).isoformat() == "1985-04-12"
    assert csv_dates.parse_date("31/02/1990", "dmy") is None


def test_the_date_format_is_set_on_date_columns_and_can_be_overridden(workspace):
    parsed = _parsed(["Name", "Birthday"], ["Ana Silva", "03/04/1985"], ["Luis Mora", "05/06/1990"])
    mapping = auto_map(workspace, parsed, locale="en_GB")
    assert (mapping.columns[1].date_format, mapping.columns[1].date_ambiguous) == ("dmy", True)
    us = mapping.with_column(1, dataclasses.replace(mapping.columns[1], date_format="mdy"))
    assert us.columns[1].date_format == "mdy"
    # A column turned into a date field later gets its own inference.
    remapped = mapping.with_column(0, ColumnMapping(Target.NEW_CUSTOM, new_label="Since",
                                                    new_type=FieldType.DATE))
    assert with_dates(workspace, parsed, remapped).columns[0].date_format is not None


@pytest.mark.parametrize(("values", "expected"), [
    (["yes", "no", "Sí"], FieldType.CHECKBOX),
    (["2024-01-02", "03/02/2024"], FieldType.DATE),
    (["12", "3,5"], FieldType.NUMBER),
    (["08001", "28004"], FieldType.TEXT),  # postal codes keep their zeros
    (["a@example.org"], FieldType.EMAIL),
    (["a long\nstory"], FieldType.LONG_TEXT),
    (["GP", "web"], FieldType.TEXT),
])
def test_new_custom_fields_are_typed_by_their_cells(values, expected):
    assert infer_type(values) == expected


def test_a_saved_mapping_applies_to_the_next_file_by_header(workspace):
    first = _parsed(["Given", "Family", "Mail", "Colour"], ["Ana", "Silva", "a@x.org", "blue"])
    mapping = auto_map(workspace, first)
    assert _targets(mapping) == ["ignore", "ignore", "email", "ignore"]
    mapping = mapping.with_column(0, ColumnMapping(Target.FIELD, field="first_name"))
    mapping = mapping.with_column(1, ColumnMapping(Target.FIELD, field="last_name"))
    mapping = mapping.with_column(3, new_custom_column(first, 3))
    save_mapping(workspace, "Old system", first, mapping)
    assert list_saved_mappings(workspace) == ["Old system"]
    assert list_saved_mappings(workspace, "contact") == []

    # Next month's file: the columns in another order, and one more (left out: its field is
    # already the saved mapping's "Given").
    second = _parsed(["Colour", "Mail", "Family", "Given", "Nombre"], ["red", "b@x.org", "Mora",
                                                                       "Luis", "x"])
    loaded = load_mapping(workspace, "Old system", second)
    assert _targets(loaded) == ["new_custom", "email", "last_name", "first_name", "ignore"]
    assert loaded.columns[0].new_label == "Colour"
    delete_saved_mapping(workspace, "Old system")
    assert list_saved_mappings(workspace) == []
