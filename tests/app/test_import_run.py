"""The dry run (invalid rows with their reasons, duplicates of existing people and within the
file, with their choices), the import itself (one batch, progress, cancel rolls back), undo
(removes exactly what it created, restores what it updated), the rejected-rows CSV, contacts,
and 5,000 rows in a few seconds."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.services import audit, clients, contacts, custom_fields, notes, tags
from app.services.clients import ClientQuery
from app.services.notes import NoteInput
from app.store.models import CustomField, ImportBatch, ImportBatchItem, ImportStatus, Person, Tag
from app.transfer import csv_mapping
from app.transfer.csv_import import Choice, plan_import, rejected_rows_csv
from app.transfer.csv_sniff import parse_csv
from app.transfer.import_batches import (
    Cancelled,
    _write_chunk,
    list_import_batches,
    run_import,
    undo_import,
)
from tests.app.transfer_helpers import csv_text, person

HEADER = ["First Name", "Last Name", "Email", "Phone", "Date of Birth", "Tags", "Status", "Notes"]


def _plan(ws, rows, header=HEADER, kind="client", locale="en_GB"):  # noqa: ANN001, ANN202
    parsed = parse_csv(csv_text([header, *rows]).encode(), name="old-system.csv")
    return plan_import(ws, parsed, csv_mapping.auto_map(ws, parsed, kind, locale=locale))


def _names(ws) -> list[str]:  # noqa: ANN001
    ids = clients.list_client_ids(ws, ClientQuery(show="all"))
    return [r.name for r in clients.client_rows(ws, ids)]


def test_the_dry_run_reports_invalid_rows_with_every_reason(workspace):
    plan = _plan(workspace, [
        ["Ana", "Silva", "ana@example.org", "+351 912 345 678", "17/04/1988", "Adults; Couples", "active", ""],
        ["Tomás", "Núñez", "tomas@", "600 111 222", "31/02/1990", "", "", ""],
        ["", "", "nobody@example.org", "", "", "", "", "Just a note"],
        ["Zoë", "", "zoe@example.org", "12", "01/01/2090", "", "sleeping", ""],
    ])
    assert [r.valid for r in plan.rows] == [True, False, False, False]
    reasons = {r.index: [(p.render(), p.column) for p in r.problems] for r in plan.invalid_rows}
    assert reasons[1] == [("“31/02/1990” is not a valid date.", "Date of Birth"),
                          ("“tomas@” is not a valid email address (like name@example.com).", "Email")]
    assert reasons[2] == [("A first name or a last name is required.", "")]
    assert [text for text, _col in reasons[3]] == [
        "“sleeping” is not a known status (lead, active, inactive or archived).",
        "The date of birth cannot be in the future.",
        "“12” is not a valid phone number: use digits, spaces and an optional leading +."]
    problem = plan.rows[1].problems[0]
    assert problem.message == "“{value}” is not a valid date." and problem.params == {"value": "31/02/1990"}
    assert plan.to_create == 1 and plan.new_tags == ("Adults", "Couples")
    assert [(f.label, f.field_type) for f in plan.new_fields] == [("Notes", "long_text")]
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0  # nothing written


def test_duplicates_of_existing_clients_and_within_the_file(workspace):
    ws = workspace
    ana = clients.create_client(ws, person("Ana", "Silva", emails=["ana@example.org"]))
    luis = clients.create_client(ws, person("Luis", "Mora", date_of_birth=dt.date(1980, 1, 2)))
    plan = _plan(ws, [
        ["Ana María", "Silva", "ANA@example.org", "", "", "", "", ""],  # existing, by email
        ["luis", "MORA", "", "", "02/01/1980", "", "", ""],  # existing, by name and birth
        ["Luis", "Mora", "", "", "", "", "", ""],  # same name, no birth date: not a duplicate
        ["Eva", "Ruiz", "eva@example.org", "", "", "", "", ""],
        ["Eva", "Ruiz", "EVA@example.org", "", "", "", "", ""],  # same as the row above
    ])
    dups = {d.row: d for d in plan.duplicates}
    assert set(dups) == {0, 1, 4}
    assert (dups[0].reason, dups[0].existing_id, dups[0].existing_name) == ("email", ana, "Ana Silva")
    assert (dups[1].reason, dups[1].existing_id) == ("name_and_birth", luis)
    assert dups[1].options == ("skip", "import", "update") and dups[1].default == "skip"
    assert (dups[4].existing_id, dups[4].same_as_row, dups[4].options) == (None, 3, ("skip", "import"))
    assert plan.to_create == 2
    assert plan.count_created({4: Choice.IMPORT}) == 3
    with pytest.raises(ValidationError):
        run_import(ws, plan, {4: Choice.UPDATE})  # no existing person to update


def test_import_update_and_undo_restore_exactly_what_was_there(workspace):
    ws = workspace
    sec = custom_fields.create_section(ws, "Background")
    referral = custom_fields.create_field(ws, sec, "Referral", "text")
    old_tag = tags.create_tag(ws, "Adults")
    ana = clients.create_client(ws, person("Ana", "Silva", emails=["ana@example.org"],
                                           city="Lisboa", tag_ids=[old_tag]))
    custom_fields.set_values(ws, ana, {referral: "GP"})
    keep = clients.create_client(ws, person("Kept", "Client"))
    plan = _plan(ws, [
        ["Ana", "Silva", "ana.silva@work.example; ana@example.org", "+351 912 345 678", "",
         "Insurance", "inactive", ""],
        ["Nuno", "Costa", "nuno@example.org", "", "", "Insurance", "lead", ""],
        ["Rita", "Gomes", "", "", "", "Insurance", "", ""],
    ], header=["First Name", "Last Name", "Email", "Phone", "Date of Birth", "Tags", "Status",
               "Referral"])
    seen = []
    result = run_import(ws, plan, {0: Choice.UPDATE}, on_progress=lambda d, t: seen.append((d, t)))
    assert (result.created, result.updated, result.skipped, result.invalid) == (2, 1, 0, 0)
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    updated = clients.get_client(ws, ana)
    assert updated.emails == ["ana@example.org", "ana.silva@work.example"]
    assert updated.status == "inactive" and updated.city == "Lisboa"
    assert sorted(t.name for t in updated.tags) == ["Adults", "Insurance"]
    nuno = next(i for i in clients.list_client_ids(ws, ClientQuery(show="all"))
                if clients.get_client(ws, i).first_name == "Nuno")
    assert clients.get_client(ws, nuno).status == "lead"
    (batch,) = list_import_batches(ws)
    assert (batch.status, batch.created_count, batch.updated_count, batch.can_undo) == (
        "completed", 2, 1, True)
    assert batch.source_name == "old-system.csv"
    rita = next(i for i in clients.list_client_ids(ws, ClientQuery(show="all"))
                if clients.get_client(ws, i).first_name == "Rita")
    notes.create_note(ws, rita, NoteInput("Since the import", dt.date.today(), "<p>x</p>"))

    undone = undo_import(ws, batch.id)
    assert (undone.removed, undone.restored, undone.kept) == (1, 1, (rita,))
    assert sorted(_names(ws)) == ["Ana Silva", "Kept Client", "Rita Gomes"]
    back = clients.get_client(ws, ana)
    assert (back.emails, back.phones, back.status, [t.name for t in back.tags]) == (
        ["ana@example.org"], [], "active", ["Adults"])
    assert back.custom_values == {referral: "GP"}
    with ws.read() as s:
        # "Insurance" is still on Rita, who stays; nothing else the import made is left.
        assert sorted(s.scalars(select(Tag.name))) == ["Adults", "Insurance"]
    assert list_import_batches(ws)[0].status == "undone"
    with pytest.raises(ValidationError, match="already undone"):
        undo_import(ws, batch.id)
    assert clients.get_client(ws, keep).full_name == "Kept Client"
    assert audit.verify(ws).ok


def test_cancel_rolls_the_whole_batch_back(workspace):
    ws = workspace
    rows = [[f"Person{i}", "Test", f"p{i}@example.org", "", "", "New tag", "", "a note"]
            for i in range(600)]
    plan = _plan(ws, rows)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 250:  # after the first chunk was committed
            cancel.set()

    with pytest.raises(Cancelled):
        run_import(ws, plan, on_progress=progress, cancel_event=cancel)
    assert clients.count_clients(ws, ClientQuery(show="all")) == 0
    assert list_import_batches(ws) == []
    with ws.read() as s:
        assert s.scalar(select(func.count(CustomField.id))) == 0
        assert s.scalar(select(func.count(Tag.id))) == 0
    assert audit.list_events(ws, limit=1)[0].action == "import.cancel"


def test_an_import_interrupted_by_a_crash_can_still_be_undone(workspace):
    ws = workspace
    plan = _plan(ws, [["Ana", "Silva", "", "", "", "", "", ""], ["Luis", "Mora", "", "", "", "", "", ""]])
    # What run_import had committed when the process died: the batch and its first chunk.
    with ws.write() as s:
        batch = ImportBatch(kind="client", source_name="x.csv", status=ImportStatus.RUNNING)
        s.add(batch)
        s.flush()
        _write_chunk(s, "client", batch.id, [(plan.rows[0], None)], {}, {})
        batch_id = batch.id
    (view,) = list_import_batches(ws)
    assert (view.status, view.created_count, view.can_undo) == ("running", 1, True)
    assert undo_import(ws, batch_id).removed == 1
    assert clients.count_clients(ws, ClientQuery(show="all")) == 0


def test_rejected_rows_come_back_as_a_csv_to_fix_and_reimport(workspace):
    plan = _plan(workspace, [["Ana", "Silva", "ana@", "", "", "", "", "=cmd|' /C calc'!A0"],
                             ["Luis", "Mora", "", "", "", "", "", ""]])
    data = rejected_rows_csv(plan, problem_header="Problema")
    assert data.startswith(b"\xef\xbb\xbf")
    reparsed = parse_csv(data)
    assert reparsed.header == (*HEADER, "Problema")
    assert reparsed.rows == ((
        "Ana", "Silva", "ana@", "", "", "", "", "'=cmd|' /C calc'!A0",
        "“ana@” is not a valid email address (like name@example.com)."),)
    # Fixed and imported again: the formula-looking note comes back as typed, and inert.
    fixed = data.replace(b"ana@,", b"ana@example.org,")
    reparsed = parse_csv(fixed)
    again = plan_import(workspace, reparsed, csv_mapping.auto_map(workspace, reparsed))
    assert again.rows[0].valid and again.rows[0].custom == {"n0": "=cmd|' /C calc'!A0"}


def test_contacts_are_imported_as_contacts(workspace):
    plan = _plan(workspace, [["Dr. Rui", "Martins", "rui@clinic.example", "", "", "", "", "",
                              "Clínica Sol", "Psychiatrist"]],
                 header=[*HEADER, "Organisation", "Job title"], kind="contact")
    run_import(workspace, plan)
    (row,) = contacts.list_contacts(workspace)
    assert (row.name, row.organization, row.role, row.email) == (
        "Dr. Rui Martins", "Clínica Sol", "Psychiatrist", "rui@clinic.example")
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0


def test_five_thousand_rows_import_in_a_few_seconds(workspace):
    ws = workspace
    rows = [[f"Nombre{i}", f"Apellido{i % 97}", f"persona{i}@example.org", f"+34 600 {i:06d}",
             f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50}", ["A", "B", "A; B"][i % 3],
             "active", f"note {i}, with a comma"] for i in range(5000)]
    data = csv_text([HEADER, *rows], ";").encode("cp1252")
    start = time.perf_counter()
    parsed = parse_csv(data, name="big.csv")
    plan = plan_import(ws, parsed, csv_mapping.auto_map(ws, parsed, locale="es_ES"))
    result = run_import(ws, plan)
    elapsed = time.perf_counter() - start
    assert result.created == 5000 and plan.invalid_rows == ()
    assert elapsed < 10, f"5,000 rows took {elapsed:.1f} s"
    assert clients.count_clients(ws, ClientQuery(text="persona4999")) == 1
    assert clients.count_clients(ws, ClientQuery(tag_id=tags.list_tags(ws)[0].id)) > 3000
    with ws.read() as s:
        assert s.scalar(select(func.count(ImportBatchItem.id))) == 5000
        assert s.scalar(select(Person.date_of_birth).where(Person.first_name == "Nombre13")) == \
            dt.date(1963, 2, 14)
    assert audit.verify(ws).ok
    undone = undo_import(ws, result.batch_id)
    assert undone.removed == 5000 and clients.count_clients(ws, ClientQuery(show="all")) == 0
