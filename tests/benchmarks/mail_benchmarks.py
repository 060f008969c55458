"""Mail benchmarks against a private local Dovecot (tests/mail_servers.py), over TLS:

- the app's initial sync of N messages (default 10,000; CONSULTA_BENCH_MAIL_MESSAGES) into a
  fresh workspace with 200 clients whose addresses appear on ~30% of the mail — fetch, read the
  headers, store encrypted, link, thread — until every message is visible, in messages per
  second; then, apart, the rest of the app's run: the bodies parsed, sanitized and stored with
  their attachments (app/mail/bodies.py);
- the same fetch done by a bare imapclient loop (FLAGS, RFC822.SIZE, INTERNALDATE, BODY.PEEK[] in
  batches of 200, nothing kept), and the ratio app / bare of their messages per second;
- a no-change incremental sync of the synced workspace;
- the longest stall of the UI event loop while the background worker (ui/mail/sync_worker.py,
  with the status bar's widget shown) does the same initial sync: a 5 ms QTimer on the GUI
  thread records the gap between its ticks; target: no gap over 50 ms.

The messages are generated once per process (plain text + HTML alternative, 5% with a 40 KB
PDF; ~6 KB on average) and dropped into the Maildir; each initial-sync run starts from a copy
of the same empty workspace. Only the encrypted engine is measured: the point is the network
path, not the page encryption. Everything is deleted at exit.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import random
import shutil
import statistics
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

from app.mail.bodies import finish_pending
from app.mail.sync import sync_once
from app.services import clients
from app.services.people import PersonInput
from app.workspace import create_workspace, open_workspace
from tests.benchmarks.generate import DEFAULT_PASSPHRASE
from tests.benchmarks.run_benchmarks import ENCRYPTED, benchmark

MESSAGES = int(os.environ.get("CONSULTA_BENCH_MAIL_MESSAGES", "10000"))
CLIENTS = 200
BATCH = 200
RUNS = 3
_state: dict = {}
_rates: dict[str, list[float]] = {}

WORDS = ("session appointment thanks week monday tuesday invoice question report feeling "
         "better sleep exercise plan schedule family work notes meeting reply would could "
         "please again friday").split()


def _message(rng: random.Random, i: int, when: dt.datetime) -> bytes:
    sender = (f"client{rng.randrange(CLIENTS)}@example.org" if rng.random() < 0.3
              else f"person{rng.randrange(5000)}@mail.example")
    cc = f"Cc: cc{rng.randrange(1000)}@mail.example\r\n" if rng.random() < 0.2 else ""
    paras = ["\r\n".join(" ".join(rng.choice(WORDS) for _ in range(12))
                         for _ in range(rng.randint(2, 6))) for _ in range(rng.randint(2, 5))]
    text = "\r\n\r\n".join(paras)
    html = ("<html><body>" + "".join(f"<p style=\"color:#333\">{p}</p>" for p in paras)
            + "<img src=\"https://t.example/p.gif\"></body></html>")
    alt = (f"Content-Type: multipart/alternative; boundary=\"alt{i}\"\r\n\r\n"
           f"--alt{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
           f"--alt{i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--alt{i}--\r\n")
    if rng.random() < 0.05:
        import base64

        pdf = base64.encodebytes(rng.randbytes(40_000)).decode().replace("\n", "\r\n")
        body = (f"Content-Type: multipart/mixed; boundary=\"mix{i}\"\r\n\r\n--mix{i}\r\n{alt}"
                f"--mix{i}\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64"
                f"\r\nContent-Disposition: attachment; filename=\"doc{i}.pdf\"\r\n\r\n{pdf}"
                f"--mix{i}--\r\n")
    else:
        body = alt
    subject = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
    return (f"From: Person {i} <{sender}>\r\nTo: practitioner@example.test\r\n{cc}"
            f"Subject: {subject}\r\nDate: {format_datetime(when)}\r\n"
            f"Message-ID: <bench{i}.{rng.getrandbits(32)}@mail.example>\r\nMIME-Version: 1.0\r\n"
            f"{body}").encode()


def _cleanup() -> None:
    server = _state.get("dovecot")
    if server is not None:
        server.kill()
    for key in ("synced",):
        ws = _state.pop(key, None)
        if ws is not None:
            ws.close()
    for folder in _state.get("folders", []):
        shutil.rmtree(folder, ignore_errors=True)


def _server():
    """A running Dovecot with one user holding MESSAGES messages in INBOX (once)."""
    if "dovecot" in _state:
        return _state["dovecot"], _state["user"]
    from tests.mail_servers import Certificates, Dovecot, make_server_dir

    atexit.register(_cleanup)
    certs_dir = Path(tempfile.mkdtemp(prefix="consulta-bench-certs-"))
    os.chmod(certs_dir, 0o755)
    server_dir = make_server_dir()
    _state["folders"] = [certs_dir, server_dir]
    server = Dovecot(Certificates(certs_dir), server_dir)
    server.start()
    _state["dovecot"] = server
    user = server.new_user()
    rng = random.Random(42)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
    step = dt.timedelta(days=100) / MESSAGES
    server.write_maildir(user, [_message(rng, i, start + i * step) for i in range(MESSAGES)])
    with server.client(user) as c:  # let Dovecot index the Maildir before anything is timed
        c.select_folder("INBOX")
    _state["user"] = user
    return server, user


def _template() -> tuple[Path, object, int]:
    """An empty workspace with the clients and the account, made once, copied per run."""
    if "template" in _state:
        return _state["template"]
    from tests.app.mail_helpers import make_account

    server, user = _server()
    folder = Path(tempfile.mkdtemp(prefix="consulta-bench-mail-"))
    _state["folders"].append(folder)
    path = folder / "template.consulta"
    ws = create_workspace(path, DEFAULT_PASSPHRASE, practice_name="Mail benchmark")
    for i in range(CLIENTS):
        clients.create_client(ws, PersonInput(first_name=f"Client {i}",
                                              emails=[f"client{i}@example.org"]))
    account_id = make_account(ws, server, user)
    key = ws._key
    ws.close()
    _state["template"] = (path, key, account_id)
    return _state["template"]


def _fresh(_target) -> None:
    path, key, _account = _template()
    copy = path.with_name(f"run-{time.monotonic_ns()}.consulta")
    shutil.copy(path, copy)
    _state["run"] = open_workspace(copy, key=key)


def _drop(_result) -> None:
    ws = _state.pop("run")
    ws.close()
    ws.path.unlink(missing_ok=True)


def _rate(name: str, count: int, seconds: float) -> str:
    """Messages per second of the median run so far (the table's time is the median too)."""
    _rates.setdefault(name, []).append(count / seconds)
    return f"{count:,} messages, {statistics.median(_rates[name]):,.0f} msg/s"


def _drop_keeping_unparsed(_result) -> None:
    """The first synced file, bodies still pending, is where the bodies benchmark starts."""
    ws = _state.pop("run")
    ws.close()
    if "unparsed" not in _state:
        _state["unparsed"] = ws.path.replace(ws.path.with_name("unparsed.consulta"))
    else:
        ws.path.unlink(missing_ok=True)


@benchmark(f"mail: initial sync of {MESSAGES:,} messages, messages visible (app)",
           lifecycle=True, engines=(ENCRYPTED,), runs=RUNS, setup=_fresh,
           cleanup=_drop_keeping_unparsed, describe=lambda r: _rate("app", *r))
def _initial_sync(_target):
    """Until every message is stored — listed, linked, threaded, counted; the app's run then
    goes on parsing the bodies (next benchmark), which this one leaves pending."""
    _path, _key, account_id = _template()
    start = time.perf_counter()
    report = sync_once(_state["run"], account_id, batch_size=BATCH, parse_bodies=False)
    return report.new, time.perf_counter() - start


def _fresh_unparsed(_target) -> None:
    _path, key, _account = _template()
    copy = _state["unparsed"].with_name(f"run-{time.monotonic_ns()}.consulta")
    shutil.copy(_state["unparsed"], copy)
    _state["run"] = open_workspace(copy, key=key)


def _bodies_describe(result) -> str:
    text = _rate("bodies", *result)
    if "app" in _rates:
        total = MESSAGES / statistics.median(_rates["app"]) + \
            MESSAGES / statistics.median(_rates["bodies"])
        text += f"; whole run (visible + bodies) {total:.1f} s"
    return text


@benchmark(f"mail: bodies parsed after the initial sync ({MESSAGES:,})", lifecycle=True,
           engines=(ENCRYPTED,), runs=RUNS, setup=_fresh_unparsed, cleanup=_drop,
           describe=_bodies_describe)
def _bodies_parsed(_target):
    """What `SyncEngine.run()` does once the messages are visible (app/mail/bodies.py)."""
    _path, _key, account_id = _template()
    start = time.perf_counter()
    stats = finish_pending(_state["run"], account_id)
    return stats.parsed, time.perf_counter() - start


def _bare_describe(result) -> str:
    text = _rate("bare", *result)
    if "app" in _rates:
        ratio = statistics.median(_rates["app"]) / statistics.median(_rates["bare"])
        text += f"; app/bare {ratio:.2f}"
    return text


@benchmark(f"mail: same fetch, bare imapclient loop ({MESSAGES:,})", lifecycle=True,
           engines=(ENCRYPTED,), runs=RUNS, describe=_bare_describe)
def _bare_fetch(_target):
    import imapclient

    from tests.mail_servers import HOST, PASSWORD

    server, user = _server()
    start = time.perf_counter()
    client = imapclient.IMAPClient(HOST, port=server.imaps_port,
                                   ssl_context=server.certs.client_context(), timeout=60)
    client.login(user, PASSWORD)
    client.select_folder("INBOX")
    uids = client.search("ALL")
    count = 0
    for i in range(0, len(uids), BATCH):
        count += len(client.fetch(uids[i:i + BATCH],
                                  ["FLAGS", "RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[]"]))
    client.logout()
    return count, time.perf_counter() - start


def _synced(_target) -> None:
    if "synced" not in _state:
        path, key, account_id = _template()
        copy = path.with_name("synced.consulta")
        shutil.copy(path, copy)
        ws = open_workspace(copy, key=key)
        sync_once(ws, account_id, batch_size=BATCH)
        _state["synced"] = ws


@benchmark("mail: incremental sync, nothing new", lifecycle=True, engines=(ENCRYPTED,),
           runs=RUNS * 3, setup=_synced, describe=lambda n: f"{n} new")
def _incremental(_target):
    _path, _key, account_id = _template()
    return sync_once(_state["synced"], account_id).new


# --- the UI while the worker syncs -------------------------------------------------------------

TICK_MS = 5
_stalls: list[float] = []


def _stall_describe(result) -> str:
    count, longest, over = result
    _stalls.append(longest)
    return (f"{count:,} messages; longest UI stall {longest:.0f} ms (median of runs "
            f"{statistics.median(_stalls):.0f}, worst {max(_stalls):.0f}; target < 50); "
            f"{over} gaps over 50 ms")


@benchmark(f"mail: UI stall, worker's initial sync ({MESSAGES:,})", lifecycle=True,
           engines=(ENCRYPTED,), runs=RUNS, setup=_fresh, cleanup=_drop,
           describe=_stall_describe)
def _ui_stall(_target):
    import gc

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from tests.benchmarks.ui_benchmarks import _qt
    from ui.mail.status_widget import MailStatusWidget
    from ui.mail.sync_worker import MailSyncController

    _qt()
    controller = MailSyncController(_state["run"], None, batch_size=BATCH, use_idle=False)
    status = MailStatusWidget(controller)
    status.resize(520, 28)
    status.show()
    reports, gaps = [], []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    controller.synced.connect(reports.append)
    controller.synced.connect(loop.quit)
    # The runner turns the collector off for its timings; a collection is a real stall (it
    # holds the GIL), so it runs here — on a heap frozen after start-up, as the app's is
    # (ui/application.py).
    gc.freeze()
    gc.enable()
    try:
        timer.start()
        last[0] = time.perf_counter()
        controller.start()
        loop.exec()
        timer.stop()
    finally:
        gc.disable()
        gc.unfreeze()
        controller.stop()
        status.close()
        status.deleteLater()
    longest = max(gaps) if gaps else 0.0
    return reports[0].new, longest, sum(1 for g in gaps if g > 50)
