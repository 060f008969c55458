"""Core-test fixtures. `workspace` here is the same fresh workspace as tests/conftest.py's, made
once per session and copied per test: a copy of a closed workspace file is a complete workspace
(tests/app/test_backup.py proves it), and opening it with its raw key skips the ~0.3 s of
creation and key derivation that most tests do not need to repeat."""

from __future__ import annotations

import shutil

import pytest

from app.workspace import create_workspace, open_workspace
from tests.conftest import PASSPHRASE
from tests.mail_servers import dovecot, imap_user, mail_certificates, smtp_server  # noqa: F401


@pytest.fixture(scope="session")
def _template_workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "practice.consulta"
    ws = create_workspace(path, PASSPHRASE, practice_name="Test practice")
    key = ws._key
    ws.close()
    return path, key


@pytest.fixture
def workspace(workspace_path, _template_workspace):
    template, key = _template_workspace
    shutil.copy(template, workspace_path)
    ws = open_workspace(workspace_path, key=key)
    yield ws
    ws.close()
