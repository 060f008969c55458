"""Real mail servers for the mail tests: a private Dovecot IMAP instance and an aiosmtpd SMTP
server, both on loopback, both speaking TLS with certificates from a CA made for the test run.

Nothing is mocked and certificate checks are never turned off: clients trust `ca_file`.

Dovecot (see ../shared/design/FACTS.md) runs unprivileged from a folder made with mkdtemp: as
`nobody` when the tests run as root, otherwise as the current user. It listens on three loopback
addresses with the same ports; the address picks the certificate:
  127.0.0.1  valid for "localhost" and 127.0.0.1
  127.0.0.2  expired
  127.0.0.3  valid, but only for "other.example" (a host-name mismatch)
Port `imap_port` is plain IMAP with STARTTLS, `imaps_port` implicit TLS (the app never logs
in without TLS; Dovecot itself would allow it on loopback, which it counts as secure). Users come
from passwd-files (one per user), so one server serves a whole test module and each test takes a
fresh user (`new_user`). Certificates: tests/mail_certificates.py.

If Dovecot is missing or does not start, the fixtures fail: CI must prove the mail path.
"""

from __future__ import annotations

import grp
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mail_certificates import EXPIRED_HOST, HOST, WRONG_NAME_HOST, Certificates

PASSWORD = "s3cret-Passw0rd"

def free_port(host: str = HOST) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _wait_for_port(host: str, port: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


# --- Dovecot ---------------------------------------------------------------------------------

DOVECOT_CONF = """\
instance_name = consulta-test-{tag}
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
protocols = imap
listen = {hosts}
ssl = yes
ssl_cert = <{dir}/server.crt
ssl_key = <{dir}/server.key
ssl_min_protocol = TLSv1.2
local {expired_host} {{
  ssl_cert = <{dir}/expired.crt
  ssl_key = <{dir}/expired.key
}}
local {wrong_host} {{
  ssl_cert = <{dir}/wrongname.crt
  ssl_key = <{dir}/wrongname.key
}}
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_location = maildir:{dir}/mail/%u
mail_fsync = never
mail_privileged_group =
first_valid_uid = 0
first_valid_gid = 0
# One file per user: Dovecot checks a passwd-file for changes at most once a second, so a
# user added to a shared file could stay unknown for that long.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {dir}/users/%u
}}
# Tests log in with wrong passwords on purpose: no growing penalty for loopback.
login_trusted_networks = 127.0.0.0/8
auth_failure_delay = 0
userdb {{
  driver = static
  args = uid={user} gid={group} home={dir}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Posted {{
    special_use = \\Sent
  }}
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
}}
protocol imap {{
  mail_max_userip_connections = 50
  imap_idle_notify_interval = 1 secs
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


class Dovecot:
    """One private Dovecot. `start`, `kill` (the whole process group at once, like a crash or a
    pulled cable) and `restart` keep the mail and the ports."""

    _tags = itertools.count(1)

    def __init__(self, certs: Certificates, folder: Path) -> None:
        self.certs = certs
        self.dir = folder
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.ca_file = certs.ca_file
        self.other_ca_file = certs.other_ca_file
        self._users = itertools.count(1)
        self._proc: subprocess.Popen | None = None
        if os.geteuid() == 0:
            self.user, self.group = "nobody", grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
        else:
            self.user = pwd.getpwuid(os.getuid()).pw_name
            self.group = grp.getgrgid(os.getgid()).gr_name
        for name in ("server", "expired", "wrongname"):
            shutil.copy(certs.folder / f"{name}.crt", folder / f"{name}.crt")
            shutil.copy(certs.folder / f"{name}.key", folder / f"{name}.key")
        for sub in ("run", "state", "mail", "users"):
            (folder / sub).mkdir(exist_ok=True)
        self.conf = folder / "dovecot.conf"
        self.conf.write_text(DOVECOT_CONF.format(
            tag=f"{os.getpid()}-{next(self._tags)}", dir=folder, user=self.user, group=self.group,
            hosts=", ".join((HOST, EXPIRED_HOST, WRONG_NAME_HOST)), expired_host=EXPIRED_HOST,
            wrong_host=WRONG_NAME_HOST, imap_port=self.imap_port, imaps_port=self.imaps_port))
        self._chown(folder)

    def _chown(self, path: Path) -> None:
        if os.geteuid() != 0:
            return
        uid, gid = pwd.getpwnam(self.user).pw_uid, grp.getgrnam(self.group).gr_gid
        for root, dirs, files in os.walk(path):
            os.chown(root, uid, gid)
            for name in dirs + files:
                os.chown(os.path.join(root, name), uid, gid)

    # --- process ------------------------------------------------------------------------------

    def start(self) -> None:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not os.path.exists(binary):
            pytest.fail("Dovecot is not installed: run `bash packaging/bootstrap.sh --dev` "
                        "(it installs dovecot-imapd).", pytrace=False)
        kwargs = {}
        if os.geteuid() == 0:
            kwargs = {"user": self.user, "group": self.group, "extra_groups": []}
        self._proc = subprocess.Popen([binary, "-F", "-c", str(self.conf)], start_new_session=True,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        try:
            _wait_for_port(HOST, self.imaps_port)
            _wait_for_port(HOST, self.imap_port)
        except OSError:
            self.kill()
            log = (self.dir / "dovecot.log")
            pytest.fail("Dovecot did not start:\n" + (log.read_text()[-3000:] if log.exists() else ""),
                        pytrace=False)

    def kill(self) -> None:
        """SIGKILL the master and every child at once: open connections drop mid-command."""
        if self._proc is None:
            return
        try:
            os.killpg(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._proc.wait(5)
        self._proc = None
        # A killed master leaves its pid file and sockets; a new one cleans up on start.

    def restart(self) -> None:
        self.kill()
        self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # --- users and mail ---------------------------------------------------------------------

    def new_user(self, password: str = PASSWORD, *, sent_folder: str | None = "Sent",
                 extra: str = "") -> str:
        """A fresh mailbox owner (Dovecot re-reads the passwd-file when it changes). `extra`:
        passwd-file extra fields, e.g. "userdb_imap_capability=IMAP4" for an old server."""
        name = f"user{next(self._users)}@example.test"
        (self.dir / "users" / name).write_text(f"{name}:{{PLAIN}}{password}::::::{extra}\n")
        if sent_folder:
            with self.client(name, password) as c:
                c.create_folder(sent_folder)
        return name

    def client(self, user: str, password: str = PASSWORD):
        """A logged-in imapclient over implicit TLS that trusts the test CA (for test setup)."""
        import imapclient

        c = imapclient.IMAPClient(HOST, port=self.imaps_port, ssl=True,
                                  ssl_context=self.certs.client_context(), timeout=30)
        c.login(user, password)
        return c

    def append(self, user: str, messages: list[bytes], folder: str = "INBOX",
               flags: tuple = ()) -> list[int]:
        """APPEND as the user; returns the new UIDs (UIDPLUS)."""
        uids = []
        with self.client(user) as c:
            for raw in messages:
                resp = c.append(folder, raw, flags=flags)
                uids.append(_appenduid(resp))
        return uids

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        root = self.dir / "mail" / user
        return root if folder == "INBOX" else root / f".{folder.replace('/', '.')}"

    def write_maildir(self, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
        """Drop messages straight into the Maildir (fast bulk loading); Dovecot assigns UIDs at
        the next SELECT. The folder must exist already (it does once the user has logged in)."""
        box = self.maildir(user, folder)
        for sub in ("new", "cur", "tmp"):
            (box / sub).mkdir(parents=True, exist_ok=True)
        stamp = int(time.time())
        for i, raw in enumerate(messages):
            name = f"{stamp}.M{i}P{os.getpid()}.consulta-test,S={len(raw)}"
            (box / "tmp" / name).write_bytes(raw)
            os.rename(box / "tmp" / name, box / "new" / name)
        self._chown(box)

    def recreate_mailbox(self, user: str, folder: str = "INBOX") -> tuple[int, int]:
        """Rebuild `folder` with the same messages under a new UIDVALIDITY and new UIDs, as a
        server restore or migration does. Returns (old, new) UIDVALIDITY.

        Other folders: RENAME aside, CREATE anew (UIDs restart at 1), COPY back. Dovecot cannot
        rename INBOX, so INBOX is emptied into a side folder, given a new UIDVALIDITY with
        doveadm, and filled again (its UIDs continue above the old ones)."""
        aside = f"Aside{next(self._users)}"
        with self.client(user) as c:
            old = c.select_folder(folder)[b"UIDVALIDITY"]
            if folder == "INBOX":
                c.create_folder(aside)
                uids = c.search("ALL")
                if uids:
                    c.copy(uids, aside)
                    c.delete_messages(uids)
                    c.expunge()
                c.close_folder()
                self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(old + 1), folder)
            else:
                c.close_folder()
                c.rename_folder(folder, aside)
                c.create_folder(folder)
            c.select_folder(aside)
            uids = c.search("ALL")
            if uids:
                c.copy(uids, folder)
            c.close_folder()
            c.delete_folder(aside)
            new = c.select_folder(folder)[b"UIDVALIDITY"]
        assert new != old
        return old, new

    def doveadm(self, *args: str) -> str:
        binary = shutil.which("doveadm") or "/usr/bin/doveadm"
        done = subprocess.run([binary, "-c", str(self.conf), *args], capture_output=True,
                              text=True, timeout=30)
        if done.returncode:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr}")
        return done.stdout

    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text() if path.exists() else ""


def _appenduid(resp: bytes) -> int:
    # b"[APPENDUID 1700000000 7] Append completed."
    text = resp.decode() if isinstance(resp, bytes) else str(resp)
    return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])


def make_server_dir() -> Path:
    # tmp_path sits under a 0700 folder when run as root: the unprivileged server could not reach it.
    path = Path(tempfile.mkdtemp(prefix="consulta-dovecot-"))
    os.chmod(path, 0o755)
    return path


@pytest.fixture(scope="session")
def mail_certificates():
    folder = Path(tempfile.mkdtemp(prefix="consulta-certs-"))
    os.chmod(folder, 0o755)
    yield Certificates(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def dovecot(mail_certificates):
    """One Dovecot per test module; take a fresh user per test with `dovecot.new_user()`."""
    folder = make_server_dir()
    server = Dovecot(mail_certificates, folder)
    server.start()
    yield server
    server.kill()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot):
    """A fresh user on the module's Dovecot, and the server running at the start of the test."""
    if not dovecot.running:
        dovecot.start()
    return dovecot.new_user()


# --- SMTP ------------------------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str


class _Collector:
    def __init__(self, sink: list[Received], lock: threading.Lock) -> None:
        self.sink, self.lock = sink, lock

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("nobody@"):  # a mailbox that does not exist: refused for good
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        login = session.auth_data.login.decode() if session.auth_data else ""
        with self.lock:
            self.sink.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content, login))
        return "250 OK"


def _quiet_controller_class():
    from aiosmtpd.controller import Controller

    class QuietController(Controller):
        def factory(self):
            with warnings.catch_warnings():  # "AUTH without TLS": the whole port is TLS
                warnings.simplefilter("ignore", UserWarning)
                return super().factory()

    return QuietController


class SMTPServer:
    """aiosmtpd on loopback: `port` speaks STARTTLS, `tls_port` implicit TLS; both require
    AUTH (PLAIN/LOGIN) as `user`/`password` after TLS. `plain_port` offers no TLS at all.
    Recipients "nobody@…" are refused with a permanent 550.
    `stop()`/`start()` keep the ports (a server that went away and came back)."""

    def __init__(self, certs: Certificates, user: str = "practitioner@example.test",
                 password: str = PASSWORD) -> None:
        self.certs = certs
        self.ca_file = certs.ca_file
        self.host = HOST
        self.user, self.password = user, password
        self.port = free_port()
        self.tls_port = free_port()
        self.plain_port = free_port()
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._controllers: list = []

    def _authenticator(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == self.user
              and auth_data.password.decode() == self.password)
        # handled=False: aiosmtpd answers 535 itself (the default leaves the client hanging).
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        _QuietController = _quiet_controller_class()  # noqa: N806
        handler = _Collector(self.received, self._lock)
        common = {"authenticator": self._authenticator, "auth_required": True,
                  "server_hostname": "localhost"}
        starttls = Controller(handler, hostname=HOST, port=self.port,
                              tls_context=self.certs.server_context(), require_starttls=True,
                              **common)
        # aiosmtpd only counts STARTTLS as TLS; on the implicit-TLS port every byte is already
        # encrypted, so AUTH may be offered from the start.
        implicit = _QuietController(handler, hostname=HOST, port=self.tls_port,
                                    ssl_context=self.certs.server_context(),
                                    auth_require_tls=False, **common)
        # A server that offers neither TLS nor AUTH: what "STARTTLS not offered" looks like.
        bare = Controller(_Collector([], self._lock), hostname=HOST, port=self.plain_port)
        for c in (starttls, implicit, bare):
            c.start()
        self._controllers = [starttls, implicit, bare]

    def stop(self) -> None:
        for c in self._controllers:
            c.stop()
        self._controllers = []

    @property
    def running(self) -> bool:
        return bool(self._controllers)

    def messages(self) -> list[Received]:
        with self._lock:
            return list(self.received)


@pytest.fixture
def smtp_server(mail_certificates):
    server = SMTPServer(mail_certificates)
    server.start()
    yield server
    server.stop()
