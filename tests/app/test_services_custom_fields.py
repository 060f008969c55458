"""Custom sections and fields of every type: values are normalised, bad values refused (nothing
written), counted and deleted with their field."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import clients, custom_fields
from app.services.people import PersonInput
from app.store.models import FieldType

OPTIONS = ["Doctor", "Friend", "Web"]

# (type, given, stored)
GOOD = {
    FieldType.TEXT: ("  two   words \n", "two words"),
    FieldType.LONG_TEXT: ("  line one\n\nline two  ", "line one\n\nline two"),
    FieldType.NUMBER: ("3,50", "3.50"),
    FieldType.DATE: (dt.date(2020, 2, 29), "2020-02-29"),
    FieldType.SINGLE_CHOICE: ("Friend", "Friend"),
    FieldType.MULTIPLE_CHOICE: (["Web", "Doctor"], ["Doctor", "Web"]),  # in the options' order
    FieldType.CHECKBOX: (1, True),
    FieldType.EMAIL: (" ana@example.org ", "ana@example.org"),
    FieldType.PHONE: ("+34  600 11 22 33", "+34 600 11 22 33"),
    FieldType.ADDRESS: ({"street": " Calle  Feria 1 ", "city": "Sevilla", "country": ""},
                        {"street": "Calle Feria 1", "city": "Sevilla"}),
}
BAD = {
    FieldType.NUMBER: "three",
    FieldType.DATE: "2021-02-29",
    FieldType.SINGLE_CHOICE: "Radio",
    FieldType.MULTIPLE_CHOICE: ["Doctor", "Radio"],
    FieldType.EMAIL: "ana@",
    FieldType.PHONE: "abc",
}


@pytest.fixture
def form(workspace):
    section = custom_fields.create_section(workspace, "Intake")
    fields = {t: custom_fields.create_field(workspace, section, f"{t} field", t,
                                            OPTIONS if t in custom_fields.CHOICE_TYPES else None)
              for t in FieldType}
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    return workspace, section, fields, cid


def test_every_field_type_is_created_in_order(form):
    ws, section, fields, _ = form
    (sec,) = [s for s in custom_fields.list_sections(ws) if s.id == section]
    assert [f.field_type for f in sec.fields] == list(FieldType)
    assert [f.options for f in sec.fields if f.field_type in custom_fields.CHOICE_TYPES] == [OPTIONS] * 2
    builtins = [s.builtin for s in custom_fields.list_sections(ws) if s.builtin]
    assert builtins == ["details", "contact", "address"]


def test_values_of_every_type_are_stored_normalised(form):
    ws, _, fields, cid = form
    stored = custom_fields.set_values(ws, cid, {fields[t]: given for t, (given, _) in GOOD.items()})
    expected = {fields[t]: want for t, (_, want) in GOOD.items()}
    assert stored == expected
    assert clients.get_client(ws, cid).custom_values == expected  # read back in a new session


@pytest.mark.parametrize("field_type", list(BAD))
def test_invalid_values_are_refused_and_nothing_is_saved(form, field_type):
    ws, _, fields, cid = form
    custom_fields.set_values(ws, cid, {fields[FieldType.TEXT]: "before"})
    with pytest.raises(ValidationError) as info:
        # A good value first in the same save: it must not be kept either.
        custom_fields.set_values(ws, cid, {fields[FieldType.TEXT]: "after",
                                           fields[field_type]: BAD[field_type]})
    assert info.value.field == f"custom.{fields[field_type]}"
    assert clients.get_client(ws, cid).custom_values == {fields[FieldType.TEXT]: "before"}


def test_clearing_values_removes_them(form):
    ws, _, fields, cid = form
    custom_fields.set_values(ws, cid, {fields[FieldType.TEXT]: "x", fields[FieldType.CHECKBOX]: True})
    custom_fields.set_values(ws, cid, {fields[FieldType.TEXT]: "  ", fields[FieldType.CHECKBOX]: False})
    assert clients.get_client(ws, cid).custom_values == {}


def test_choice_fields_need_two_options_and_labels_are_required(workspace):
    section = custom_fields.create_section(workspace, "S")
    with pytest.raises(ValidationError) as info:
        custom_fields.create_field(workspace, section, "Pick", FieldType.SINGLE_CHOICE, ["Only", " "])
    assert info.value.field == "options"
    with pytest.raises(ValidationError) as info:
        custom_fields.create_field(workspace, section, "  ", FieldType.TEXT)
    assert info.value.field == "label"
    with pytest.raises(ValidationError) as info:
        custom_fields.create_field(workspace, section, "Weird", "colour")
    assert info.value.field == "field_type"
    (sec,) = [s for s in custom_fields.list_sections(workspace) if s.id == section]
    assert sec.fields == []


def test_count_values_then_delete_field_and_section(form):
    ws, section, fields, cid = form
    other = clients.create_client(ws, PersonInput(first_name="Luis"))
    text_field = fields[FieldType.TEXT]
    custom_fields.set_values(ws, cid, {text_field: "a", fields[FieldType.NUMBER]: 2})
    custom_fields.set_values(ws, other, {fields[FieldType.NUMBER]: 3})

    assert custom_fields.count_values(ws, field_id=text_field) == 1
    assert custom_fields.count_values(ws, field_id=fields[FieldType.NUMBER]) == 2
    assert custom_fields.count_values(ws, section_id=section) == 2

    custom_fields.delete_field(ws, text_field)
    assert custom_fields.count_values(ws, field_id=text_field) == 0
    assert clients.get_client(ws, cid).custom_values == {fields[FieldType.NUMBER]: "2"}

    custom_fields.delete_section(ws, section)
    assert section not in [s.id for s in custom_fields.list_sections(ws)]
    assert clients.get_client(ws, other).custom_values == {}


def test_builtin_sections_cannot_be_deleted_but_take_custom_fields(workspace):
    details = next(s for s in custom_fields.list_sections(workspace) if s.builtin == "details")
    with pytest.raises(ValidationError):
        custom_fields.delete_section(workspace, details.id)
    fid = custom_fields.create_field(workspace, details.id, "Occupation", FieldType.TEXT)
    cid = clients.create_client(workspace, PersonInput(first_name="Ana"))
    custom_fields.set_values(workspace, cid, {fid: "Architect"})
    assert clients.get_client(workspace, cid).custom_values == {fid: "Architect"}


@pytest.mark.parametrize("field_type", [FieldType.TEXT, FieldType.LONG_TEXT, FieldType.EMAIL,
                                        FieldType.PHONE, FieldType.NUMBER, FieldType.DATE])
def test_a_value_cleared_with_spaces_is_removed_not_refused(form, field_type):
    ws, _, fields, cid = form
    custom_fields.set_values(ws, cid, {fields[field_type]: GOOD[field_type][0]})
    assert custom_fields.count_values(ws, field_id=fields[field_type]) == 1
    custom_fields.set_values(ws, cid, {fields[field_type]: " \n "})
    assert custom_fields.count_values(ws, field_id=fields[field_type]) == 0


def test_a_value_whose_option_was_removed_is_kept_until_changed(form):
    ws, _section, fields, cid = form
    single, multiple = fields[FieldType.SINGLE_CHOICE], fields[FieldType.MULTIPLE_CHOICE]
    custom_fields.set_values(ws, cid, {single: "Web", multiple: ["Doctor", "Web"]})
    for fid in (single, multiple):
        custom_fields.update_field(ws, fid, options=["Doctor", "Friend"])
    # Saving the section again with what it holds keeps "Web" ...
    custom_fields.set_values(ws, cid, {single: "Web", multiple: ["Friend", "Web", "Doctor"]})
    assert clients.get_client(ws, cid).custom_values == {
        single: "Web", multiple: ["Doctor", "Friend", "Web"]}
    # ... but nobody else can be given it, and once changed it is gone for this person too.
    other = clients.create_client(ws, PersonInput(first_name="Rui"))
    with pytest.raises(ValidationError):
        custom_fields.set_values(ws, other, {single: "Web"})
    custom_fields.set_values(ws, cid, {single: "Friend", multiple: ["Doctor"]})
    with pytest.raises(ValidationError):
        custom_fields.set_values(ws, cid, {single: "Web"})
    assert clients.get_client(ws, cid).custom_values == {single: "Friend", multiple: ["Doctor"]}
