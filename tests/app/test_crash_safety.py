"""Crash safety: a writer killed with SIGKILL at any moment never damages the workspace and never
loses a transaction whose commit had returned.

Children are forked from this (already warmed-up) process and unlock with the raw key, so each
start costs milliseconds rather than a Python start-up and a key derivation.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from app.services import clients, custom_fields
from app.services.people import PersonInput
from app.store.models import CustomFieldValue, FieldType, Person
from app.workspace import create_workspace, open_workspace
from tests.app.helpers import ws_integrity
from tests.conftest import PASSPHRASE

KILLS = 200
LONG_TEXT = ("Session notes, long enough to span pages. " * 400).strip()  # ~17 kB: page churn, checkpoints


def _run_child(target, *args) -> tuple[int, int]:
    """Fork; the child runs target(write_fd, *args) and never returns into pytest."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(r)
            target(w, *args)
        except BaseException:  # noqa: BLE001 - report nothing, just leave
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _read_until(fd: int, marker: bytes) -> bytes:
    """What the child wrote up to and including `marker` (or until it died)."""
    data = b""
    while marker not in data and (chunk := os.read(fd, 65536)):
        data += chunk
    return data


def _read_commits(fd: int, data: bytes, count: int) -> bytes:
    """Read on until the child has reported `count` commits (or died): the kills then land among
    writes however slow this machine is, instead of depending on a sleep being long enough."""
    while data.count(b"\nc ") < count and (chunk := os.read(fd, 65536)):
        data += chunk
    return data


def _read_all(fd: int, already: bytes = b"") -> str:
    chunks = [already]
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


def _writer(w, path, key, field_id, start):
    ws = open_workspace(path, key=key)
    os.write(w, b"ready\n")
    n = start
    while True:
        cid = clients.create_client(ws, PersonInput(
            first_name=f"Crash{n}", last_name="Writer", emails=[f"crash{n}@example.org"]))
        os.write(w, f"c {cid}\n".encode())  # only after the commit returned
        if n % 3 == 0:
            custom_fields.set_values(ws, cid, {field_id: f"{n} {LONG_TEXT}"})
            os.write(w, f"v {cid}\n".encode())
        if n % 7 == 0:
            clients.trash_client(ws, cid)
            os.write(w, f"t {cid}\n".encode())
        n += 1


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_no_committed_transaction(workspace_path):
    rng = random.Random(20261123)
    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Crash test")
    key = ws._key
    section = custom_fields.create_section(ws, "Notes")
    field_id = custom_fields.create_field(ws, section, "Long notes", FieldType.LONG_TEXT)
    ws.close()

    committed: set[int] = set()
    with_value: set[int] = set()
    trashed: set[int] = set()
    kills_after_commits = 0
    t0 = time.monotonic()
    for i in range(KILLS):
        pid, r = _run_child(_writer, workspace_path, key, field_id, i * 1000)
        head = b""
        if i % 4:
            # Most kills land among the writes, after 0–3 commits; every fourth may land in the
            # unlock itself.
            head = _read_commits(r, _read_until(r, b"ready\n"), rng.randint(0, 3))
        time.sleep(rng.uniform(0.0, 0.03 if i % 4 else 0.12))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), f"child {i} ended by itself (status {status}): it failed"
        reported = [line for line in _read_all(r, head).splitlines() if line != "ready"]
        kills_after_commits += bool(reported)
        for line in reported:
            kind, ident = line.split()
            {"c": committed, "v": with_value, "t": trashed}[kind].add(int(ident))

        ws = open_workspace(workspace_path, key=key)
        try:
            assert ws_integrity(ws) == "ok", f"after kill {i}"
            with ws.read() as s:
                people = dict(s.query(Person.id, Person.deleted_at).filter(Person.last_name == "Writer"))
                valued = {v.person_id: v.value for v in s.query(CustomFieldValue)}
            missing = committed - set(people)
            assert not missing, f"after kill {i}: committed clients lost: {sorted(missing)[:10]}"
            assert with_value <= set(valued), f"after kill {i}: committed values lost"
            assert all(valued[c].endswith(LONG_TEXT) for c in with_value)
            assert all(people[c] is not None for c in trashed)
        finally:
            ws.close()
    elapsed = time.monotonic() - t0

    # The loop really exercised kills in the middle of committing work.
    assert kills_after_commits > KILLS // 4, kills_after_commits
    assert len(committed) > KILLS // 2
    print(f"{KILLS} kills, {len(committed)} committed clients, {elapsed:.1f} s")
