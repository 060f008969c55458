"""Shared fixtures: a real encrypted workspace in a temp folder, an in-memory keyring, and an
isolated home so no test reads or writes the real user's data, settings or keyring."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display here, and never the developer's own folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="consulta-test-home-")
for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                 ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
    os.environ[var] = os.path.join(_HOME, sub)

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A keyring that works like the OS one, in memory, for tests only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """The situation on a headless Linux box: keyring's "fail" backend."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def workspace_path(tmp_path):
    return tmp_path / "practice.consulta"


@pytest.fixture
def workspace(workspace_path):
    from app.workspace import create_workspace

    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Test practice")
    yield ws
    ws.close()


@pytest.fixture
def sample_workspace(workspace_path):
    from app.workspace import create_workspace

    ws = create_workspace(workspace_path, PASSPHRASE, practice_name="Test practice",
                          sample_data=True, language="en")
    yield ws
    ws.close()
