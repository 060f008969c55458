"""One process per workspace: a second one is told "already open"; a crashed one blocks nobody."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import WorkspaceInUseError
from app.services import clients
from app.services.people import PersonInput
from app.workspace import open_workspace
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_second_process_is_told_the_workspace_is_already_open(workspace):
    proc = _python(f"""
        from app.errors import WorkspaceInUseError
        from app.workspace import open_workspace
        try:
            open_workspace({str(workspace.path)!r}, passphrase={PASSPHRASE!r})
        except WorkspaceInUseError as exc:
            print("IN USE:", exc)
        else:
            print("OPENED")
    """)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.startswith("IN USE:"), out + err
    assert "already open" in out
    # The first process is unaffected.
    clients.create_client(workspace, PersonInput(first_name="Still", last_name="Working"))


def test_same_process_cannot_open_it_twice(workspace):
    with pytest.raises(WorkspaceInUseError, match="already open"):
        open_workspace(workspace.path, passphrase=PASSPHRASE)


def test_closing_lets_the_next_process_open(workspace):
    path = workspace.path
    workspace.close()
    proc = _python(f"""
        from app.workspace import open_workspace
        open_workspace({str(path)!r}, passphrase={PASSPHRASE!r}).close()
        print("OPENED")
    """)
    out, err = proc.communicate(timeout=60)
    assert out.strip() == "OPENED", err


def test_a_killed_process_does_not_leave_the_workspace_locked(workspace):
    path = workspace.path
    cid = clients.create_client(workspace, PersonInput(first_name="Before", last_name="Crash"))
    workspace.close()
    proc = _python(f"""
        import sys, time
        from app.services import clients
        from app.services.people import PersonInput
        from app.workspace import open_workspace
        ws = open_workspace({str(path)!r}, passphrase={PASSPHRASE!r})
        cid = clients.create_client(ws, PersonInput(first_name="During", last_name="Crash"))
        print(cid, flush=True)
        time.sleep(600)
    """)
    try:
        line = proc.stdout.readline()
        assert line.strip().isdigit(), proc.stderr.read()
        with pytest.raises(WorkspaceInUseError):
            open_workspace(path, passphrase=PASSPHRASE)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    assert path.with_name(path.name + ".lock").exists()  # stale lock file left by the crash
    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        assert clients.get_client(ws, cid).full_name == "Before Crash"
        assert clients.get_client(ws, int(line)).full_name == "During Crash"
    finally:
        ws.close()
