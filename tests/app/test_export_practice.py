"""The whole-practice export (File → Export practice…): a folder per client and contact plus
CSVs per entity that spreadsheets open right (UTF-8 with BOM; a cell that could run as a
formula made inert), written under a temporary name so that an export killed halfway never
looks complete, and the next export clears what it left."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from app.services import clients, contacts
from app.store.keys import WorkspaceKey
from app.transfer import export
from app.transfer.csv_export import FORMULA_STARTS, csv_bytes, neutralise_cell
from app.workspace import open_workspace
from tests.app.transfer_helpers import full_client, person

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3",
           "@SUM(A1:A2)"]


def _cells(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_practice_export_has_everyone_and_every_csv(workspace, tmp_path):
    ws = workspace
    rec = full_client(ws)
    rui = contacts.create_contact(ws, person("Rui", "Martins", organization="Clínica Sol"))
    target = export.export_practice(ws, tmp_path / "Practice export", as_zip=True)
    with zipfile.ZipFile(target) as z:
        names = set(z.namelist())
        for name in export.CSV_FILES:
            assert name in names
        assert f"clients/Vexworthy Ermintrude ({rec.client_id})/client.json" in names
        assert f"clients/Vexworthy Ermintrude ({rec.client_id})/files/letter.txt" in names
        assert f"contacts/Martins Rui ({rui})/contact.json" in names
        people = _cells(z.read("clients.csv"))
        appts = _cells(z.read("appointments.csv"))
        invoices = _cells(z.read("invoices.csv"))
        payments = _cells(z.read("payments.csv"))
        org = _cells(z.read("contacts.csv"))
    assert people[0][:4] == ["ID", "First name", "Last name", "Preferred name"]
    assert sorted(r[2] for r in people[1:]) == ["Mora", "Vexworthy"]
    assert appts[1][2] == "Ermintrude Vexworthy" and appts[1][-1] == "Bring forms"
    assert invoices[1][0] == rec.invoice_number and payments[1][3] == "Ermintrude Vexworthy"
    assert payments[1][5] == "60.00"
    assert org[1][org[0].index("Organization")] == "Clínica Sol"


def test_hostile_cells_come_out_inert(workspace, tmp_path):
    ws = workspace
    for i, text in enumerate(HOSTILE):
        clients.create_client(ws, person(text, f"Hostile{i}", city=text))
    target = export.export_practice(ws, tmp_path / "export")
    rows = _cells((target / "clients.csv").read_bytes())[1:]
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    assert sorted(r[1] for r in rows) == sorted("'" + h for h in HOSTILE)
    # Tab, carriage return and NUL cannot come from the forms (they are trimmed there), but
    # the writer neutralises them too; numbers we produce stay numbers.
    for text in ("\tcmd", "\rcmd", "\0cmd"):
        assert neutralise_cell(text) == "'" + text
    assert _cells(csv_bytes(["n"], [[-12], ["-12"]]))[1:] == [["-12"], ["'-12"]]


KILLED_EXPORT = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from app.store.keys import WorkspaceKey
    from app.transfer import export
    from app.workspace import open_workspace

    path, target, marker, key, salt, kind = sys.argv[1:7]
    ws = open_workspace(path, key=WorkspaceKey(bytes.fromhex(key), bytes.fromhex(salt)))

    def progress(done, total):
        if done == 8:  # the CSVs and a few people are written: halfway
            Path(marker).write_text(str(os.getpid()))
            time.sleep(60)

    export.export_practice(ws, Path(target), as_zip=kind == "zip", on_progress=progress)
""")


def _export_killed_halfway(ws_path: Path, key: WorkspaceKey, target: Path, as_zip: bool) -> None:
    marker = target.parent.parent / "halfway"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(ws_path), str(target), str(marker),
         key.key.hex(), key.salt.hex(), "zip" if as_zip else "folder"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the export process ended before halfway"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    marker.unlink()


@pytest.mark.parametrize("as_zip", [False, True])
def test_an_export_killed_halfway_never_looks_complete(workspace, tmp_path, as_zip):
    ws = workspace
    for i in range(12):
        clients.create_client(ws, person(f"Client{i}", "Test"))
    ws_path, key = ws.path, ws._key
    ws.close()
    out = tmp_path / "Exports"
    out.mkdir()
    name = "Practice export.zip" if as_zip else "Practice export"
    target = out / name
    _export_killed_halfway(ws_path, key, target, as_zip)

    assert not target.exists()
    (leftover,) = list(out.iterdir())
    assert leftover.name.startswith(f"{name}.partial-")
    if as_zip:
        # Not a readable archive: a zip's directory is written only at its end.
        assert not zipfile.is_zipfile(leftover)
    else:
        assert (leftover / "clients.csv").exists()
        assert len(list((leftover / "clients").iterdir())) < 12

    again = open_workspace(ws_path, key=key)
    try:
        done = export.export_practice(again, target, as_zip=as_zip)
    finally:
        again.close()
    assert [p.name for p in out.iterdir()] == [name]  # the leftover was cleared
    if as_zip:
        with zipfile.ZipFile(done) as z:
            assert sum(n.endswith("client.json") for n in z.namelist()) == 12
    else:
        assert len(list((done / "clients").iterdir())) == 12
