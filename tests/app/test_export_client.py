"""Exporting one client's record (⋮ → Export client record): a zip or a folder holding every
kind of item, as PDF and as structured JSON, files under their own names (deduplicated, made
safe), raw emails; recorded in the audit log; refused over an existing file; nothing left
behind when it fails or is cancelled."""

from __future__ import annotations

import json
import threading
import zipfile

import pytest

from app.documents import note_pdf
from app.errors import ValidationError
from app.mail import messages
from app.services import audit, files
from app.transfer import export
from app.transfer.progress import Cancelled
from tests.app.transfer_helpers import full_client


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "Exports"
    folder.mkdir()
    return folder


def test_a_client_export_holds_every_kind_of_item(workspace, out):
    ws = workspace
    rec = full_client(ws)
    seen = []
    path = export.export_client(ws, rec.client_id, out / "record.zip",
                                on_progress=lambda d, t: seen.append((d, t)))
    assert path == out / "record.zip" and list(out.iterdir()) == [path]
    with zipfile.ZipFile(path) as z:
        names = sorted(z.namelist())
        doc = json.loads(z.read("client.json"))
        assert z.read("files/letter.txt") == files.get_file_bytes(ws, rec.file_id)
        emails = sorted(n for n in names if n.startswith("emails/"))
        raws = {z.read(n) for n in emails}
        for n in names:
            if n.endswith(".pdf"):
                assert z.read(n).startswith(b"%PDF"), n
    assert names == sorted([
        "client.json", "files/letter.txt", f"invoices/{rec.invoice_number}.pdf",
        f"notes/{doc['notes'][0]['date']} First session.pdf",
        f"forms/{doc['forms'][0]['completed_at'][:10]} Intake.pdf",
        "emails/2026-03-02 Appointment question.eml", "emails/2026-03-02 Family meeting.eml"])
    assert raws == {messages.raw_message(ws, rec.email_id),
                    messages.raw_message(ws, rec.shared_email_id)}
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == 7

    client = doc["client"]
    assert (client["first_name"], client["last_name"], client["date_of_birth"], client["status"]) == (
        "Ermintrude", "Vexworthy", "1980-05-06", "active")
    assert client["emails"] == ["ermintrude@example.org"] and client["tags"] == ["Adults"]
    custom = {c["label"]: c["value"] for c in doc["custom_fields"]}
    assert custom == {"Referral source": "GP referral", "Sessions agreed": "12",
                      "Consent signed": True, "First contact": "2025-11-03",
                      "Topics": ["Sleep", "Work, stress"],
                      "Postal address": {"street": "Calle Mayor 1", "city": "Madrid",
                                         "country": "Spain"}}
    assert doc["relationships"] == [{"name": "Luis Mora", "kind": "client", "relation": "Parent",
                                     "emergency_contact": True, "note": ""}]
    assert doc["appointments"][0]["private_note"] == "Bring forms"
    note = doc["notes"][0]
    assert note["status"] == "completed" and "insomnia story" in note["text"]
    assert note["addenda"][0]["text"] == "Addendum: sleeps better."
    assert doc["forms"][0]["answers"] == {"concern": "Sleeping badly"}
    assert doc["files"][0]["sha256"] and doc["files"][0]["path"] == "files/letter.txt"
    assert {e["subject"] for e in doc["emails"]} == {"Appointment question", "Family meeting"}
    assert doc["invoices"][0]["number"] == rec.invoice_number
    assert doc["invoices"][0]["total"] == "60.00" and doc["invoices"][0]["balance"] == "0.00"
    assert doc["payments"][0]["amount"] == "60.00"

    event = audit.list_events(ws, limit=1)[0]
    assert (event.action, event.entity_type, event.entity_id) == ("export", "client", rec.client_id)
    assert event.details["items"]["notes"] == 1


def test_a_folder_export_with_clashing_and_unsafe_file_names(workspace, out):
    ws = workspace
    rec = full_client(ws)
    files.add_file(ws, rec.client_id, "LETTER.txt", b"second")
    files.add_file(ws, rec.client_id, "CON.txt", b"device name on Windows")
    files.add_file(ws, rec.client_id, 'a:b*c?.txt', b"reserved characters")
    target = export.export_client(ws, rec.client_id, out / "Ermintrude", as_zip=False)
    got = sorted(p.name for p in (target / "files").iterdir())
    assert got == ["LETTER (2).txt", "_CON.txt", "a_b_c_.txt", "letter.txt"]
    assert (target / "files" / "LETTER (2).txt").read_bytes() == b"second"
    doc = json.loads((target / "client.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in doc["files"]][1] == "files/LETTER (2).txt"

    with pytest.raises(ValidationError, match="already exists"):
        export.export_client(ws, rec.client_id, target, as_zip=False)


@pytest.mark.parametrize("as_zip", [True, False])
def test_a_failed_or_cancelled_export_leaves_nothing(workspace, out, monkeypatch, as_zip):
    ws = workspace
    rec = full_client(ws)
    target = out / ("record.zip" if as_zip else "record")

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("disk unplugged")

    with monkeypatch.context() as m:
        m.setattr(note_pdf, "note_pdf_bytes", broken)
        with pytest.raises(OSError, match="unplugged"):
            export.export_client(ws, rec.client_id, target, as_zip=as_zip)
    assert list(out.iterdir()) == []

    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 3:
            cancel.set()

    with pytest.raises(Cancelled):
        export.export_client(ws, rec.client_id, target, as_zip=as_zip, on_progress=progress,
                             cancel_event=cancel)
    assert list(out.iterdir()) == []
    assert audit.list_events(ws, limit=1)[0].action != "export"
    assert export.export_client(ws, rec.client_id, target, as_zip=as_zip).exists()
