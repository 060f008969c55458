"""The IMAP sync engine. Runs on a background thread with its own short database sessions.

One `SyncEngine.run()` pass:
1. per folder (inbox, sent, ticked ones): SELECT; a changed UIDVALIDITY turns the folder's
   locations stale (negative UIDs, see store.py) and restarts it from UID 0; local read/unread
   changes are pushed (STORE); flags changed on the server are pulled — with CONDSTORE only
   those changed since the saved HIGHESTMODSEQ, otherwise all; UIDs gone from the server are
   dropped (messages filed to a person stay); the new UIDs are listed.
2. the new messages are fetched in batches of `batch_size` by a helper thread a few batches
   ahead (fetch.Prefetcher), which also reads their headers; each batch — or the few already
   waiting, together — is committed in one transaction with the folder's new `last_uid`, so a
   dropped connection loses only what was not committed and the next run resumes after the
   last committed UID: no gaps, no duplicates. Messages are stored with headers, links and raw
   bytes (store.py): listed, threaded and counted at once. HIGHESTMODSEQ is saved only once the
   folder is complete (after the server's tagged OK for every command it depends on).
3. addresses queued by app/mail/linking.py (new people or addresses) are searched for on the
   server (SEARCH OR FROM/TO/CC) and their older messages fetched — except in folders this run
   fetched whole, which hold them already.
4. the bodies of the new messages are parsed and stored (bodies.py), newest first, in small
   batches; also after a failed run (mail that did arrive reads in full offline), not after a
   stop.

`stop()` (any thread) sets the stop event and shuts the socket, so a blocked read returns at
once; the event is also checked between batches, between parsed bodies and during IDLE. Progress goes to
`on_progress(done, total)`; failures raise `MailError` (see errors.py for kinds and backoff).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, update

from app.mail import account as account_service
from app.mail import bodies, remote
from app.mail.connect import close_quietly, open_imap, shutdown_socket
from app.mail.errors import MailError, classify
from app.mail.fetch import Prefetcher, batches_by_size, fetch_messages, fetch_sizes
from app.mail.folders import ROLE_INBOX, folders_to_sync, list_server_folders
from app.mail.store import drop_locations, flags_text, prepare, store_batch
from app.mail.uids import chunks, uid_set
from app.services import audit
from app.store.models import MailFolder, MailLocation, MailMessage, utcnow

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200
# Batches that are already fetched when the previous one is stored go into one transaction, up
# to this many messages: a commit's disk flush costs as much as storing ~200 messages, and the
# write lock is still held for well under a tenth of a second.
GROUP_MESSAGES = 600
SIZE_CHUNK = 5  # batches whose sizes are asked for at once (RFC822.SIZE), ahead of fetching
IDLE_MAX_SECONDS = 28 * 60  # servers may drop an IDLE after 30 minutes (RFC 2177): re-issue
SEEN = b"\\Seen"
FLAG_CHUNK = 1000


class SyncStopped(Exception):
    """The stop event was set; the run ends cleanly with what was committed."""


@dataclass
class SyncReport:
    new: int = 0
    known: int = 0
    flags_pulled: int = 0
    flags_pushed: int = 0
    removed: int = 0
    history: int = 0
    problems: int = 0          # messages parsed in this run that cannot be shown fully
    parsed: int = 0            # messages whose bodies were parsed in this run (bodies.py)
    folders: list[str] = field(default_factory=list)
    stopped: bool = False
    visible_at: dt.datetime | None = None   # every new message stored; bodies parsed after
    finished_at: dt.datetime | None = None


@dataclass
class _FolderWork:
    folder_id: int
    name: str
    uidvalidity: int
    uidnext: int | None
    modseq: int | None
    new_uids: list[int]
    # Every message of the folder is listed (first fetch, no date window): once fetched, a
    # server search of it could find nothing new (remote.run_queued skips it).
    whole_folder: bool = False
    fetched_all: bool = False


class SyncEngine:
    """Syncs one account. Not thread-safe except `stop()`; keep one engine per worker thread.
    The IMAP connection stays open between `run()` and `idle()` calls; `close()` ends it."""

    def __init__(self, ws, account_id: int | None = None, *, password: str | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 stop_event: threading.Event | None = None, batch_size: int = DEFAULT_BATCH,
                 timeout: float = 30.0, use_condstore: bool = True,
                 parse_bodies: bool = True) -> None:
        settings = account_service.get_account(ws, account_id)
        if settings is None:
            raise ValueError("no email account is set up")
        self.ws = ws
        self.account = settings
        self._password = password
        self.on_progress = on_progress
        self.stop_event = stop_event or threading.Event()
        self.batch_size = batch_size
        self.timeout = timeout
        self.use_condstore = use_condstore  # False: full flag rescans (servers with a bad one)
        # False: a run ends once the new mail is stored, bodies left for a later run or for
        # opening (benchmarks time the two apart).
        self.parse_bodies = parse_bodies
        self._client = None
        self._client_lock = threading.Lock()
        self.capabilities: set[str] = set()

    # --- connection --------------------------------------------------------------------------

    def _connect(self):
        if self._client is not None:
            return self._client
        password = self._password or account_service.imap_password(self.ws, self.account.id)
        client = open_imap(self.account.imap, password, timeout=self.timeout)
        try:
            self.capabilities = {c.decode().upper() for c in client.capabilities()}
            if not self.use_condstore:
                self.capabilities -= {"CONDSTORE", "QRESYNC"}
            if "CONDSTORE" in self.capabilities:
                client.enable("CONDSTORE")
        except Exception as exc:
            close_quietly(client)
            raise classify(exc, self.account.imap_host, self.account.imap_port) from exc
        with self._client_lock:
            self._client = client
        if self.stop_event.is_set():
            self.close()
            raise SyncStopped
        return client

    @property
    def condstore(self) -> bool:
        return "CONDSTORE" in self.capabilities

    @property
    def supports_idle(self) -> bool:
        self._connect()
        return "IDLE" in self.capabilities

    def close(self) -> None:
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except Exception:  # a dead connection has nothing to log out of
                close_quietly(client)

    def stop(self) -> None:
        """Ask the engine to stop (from any thread): returns at once, the engine within ~1 s."""
        self.stop_event.set()
        with self._client_lock:
            client = self._client
        if client is not None:
            shutdown_socket(client)

    def _check_stop(self) -> None:
        if self.stop_event.is_set():
            raise SyncStopped

    def _progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)

    def _guard(self, work: Callable[[], object]):
        """Run network work: a stop ends quietly, anything else becomes a MailError and the
        connection is dropped (the next call reconnects)."""
        try:
            return work()
        except SyncStopped:
            self.close()
            raise
        except Exception as exc:
            with self._client_lock:
                client, self._client = self._client, None
            if client is not None:
                close_quietly(client)
            if self.stop_event.is_set():
                raise SyncStopped from exc
            if isinstance(exc, MailError):
                raise
            raise classify(exc, self.account.imap_host, self.account.imap_port) from exc

    # --- the run -----------------------------------------------------------------------------

    def run(self) -> SyncReport:
        report = SyncReport()
        try:
            self._guard(lambda: self._run(report))
        except SyncStopped:
            report.stopped = True
        except MailError:
            self._finish_bodies(report)  # what did arrive reads in full while offline
            raise
        else:
            report.visible_at = utcnow()
            self._finish_bodies(report)
        report.finished_at = utcnow()
        return report

    def _finish_bodies(self, report: SyncReport) -> None:
        if not self.parse_bodies:
            return
        stats = bodies.finish_pending(self.ws, self.account.id, self.stop_event)
        report.parsed += stats.parsed
        report.problems += stats.problems
        report.stopped = report.stopped or stats.stopped

    def _run(self, report: SyncReport) -> None:
        client = self._connect()
        self._check_stop()
        opts = self._options()
        plan = folders_to_sync(list_server_folders(client), sent_folder=self.account.sent_folder,
                               extra=self.account.extra_folders)
        self._retire_unlisted(plan)
        works, pushed = [], []
        for name, role in plan:
            self._check_stop()
            works.append(self._prepare(client, name, role, opts, report, pushed))
        self._clear_pending(pushed)
        total, done = sum(len(w.new_uids) for w in works), 0
        self._progress(0, total)
        for work in works:
            done = self._fetch_new(client, work, report, done, total)
        report.folders = [w.name for w in works]
        remote.run_queued(self, client, works, report)
        if report.new or report.removed or report.history:
            with self.ws.write() as s:
                audit.record(s, "mail.sync", "email_account", self.account.id,
                             {"new": report.new, "removed": report.removed,
                              "history": report.history})

    def _options(self) -> dict:
        """The account's options; the date window is fixed at the first run."""
        with self.ws.write() as s:
            opts = account_service.read_options(s, self.account.id)
            if "window_start" not in opts:
                days = self.account.sync_days
                opts["window_start"] = (
                    None if days == 0
                    else (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).date().isoformat())
                account_service.write_options(s, self.account.id, opts)
            return opts

    def _retire_unlisted(self, plan: list[tuple[str, str]]) -> None:
        """Folders no longer synced (unticked, renamed) keep their mail but stop syncing."""
        names = {n for n, _ in plan}
        with self.ws.write() as s:
            for folder in s.scalars(select(MailFolder).where(
                    MailFolder.account_id == self.account.id)):
                folder.selected = folder.name in names

    # --- phase 1: state, flags, expunges ------------------------------------------------------

    def _prepare(self, client, name: str, role: str, opts: dict, report: SyncReport,
                 pushed: list) -> _FolderWork:
        info = client.select_folder(name)
        uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None
        exists = int(info.get(b"EXISTS", 0))
        modseq = int(info[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in info else None
        with self.ws.write() as s:
            folder = s.scalar(select(MailFolder).where(MailFolder.account_id == self.account.id,
                                                       MailFolder.name == name))
            if folder is None:
                folder = MailFolder(account_id=self.account.id, name=name, last_uid=0)
                s.add(folder)
            folder.role, folder.selected = role, True
            if folder.uidvalidity is not None and folder.uidvalidity != uidvalidity:
                log.info("UIDVALIDITY of %s changed: refetching and re-mapping", name)
                s.flush()
                # Left over from an earlier change that never finished: too old to re-map.
                drop_locations(s, folder.id, list(s.scalars(select(MailLocation.uid).where(
                    MailLocation.folder_id == folder.id, MailLocation.uid < 0))))
                s.execute(update(MailLocation).where(MailLocation.folder_id == folder.id,
                                                     MailLocation.uid > 0)
                          .values(uid=-MailLocation.uid))
                folder.last_uid, folder.highest_modseq = 0, None
            folder.uidvalidity = uidvalidity
            s.flush()
            folder_id, last_uid, saved_modseq = folder.id, folder.last_uid, folder.highest_modseq
            pending = s.execute(
                select(MailMessage.id, MailLocation.uid, MailMessage.flags)
                .join(MailLocation, MailLocation.message_id == MailMessage.id)
                .where(MailLocation.folder_id == folder_id, MailLocation.uid > 0,
                       MailMessage.flags_pending.is_(True))).all()
        self._push_flags(client, pending, pushed, report)
        if last_uid:
            self._pull_flags(client, folder_id, last_uid, saved_modseq, modseq, report)
        criteria: list = ["UID", f"{last_uid + 1}:*"]
        above = [u for u in client.search(criteria) if u > last_uid]
        if opts.get("window_start"):
            since = dt.date.fromisoformat(opts["window_start"])
            new_uids = [u for u in client.search([*criteria, "SINCE", since]) if u > last_uid]
        else:
            new_uids = above
        if last_uid:
            self._drop_expunged(client, folder_id, last_uid, exists - len(above), report)
        return _FolderWork(folder_id, name, uidvalidity, uidnext, modseq, sorted(new_uids),
                           whole_folder=last_uid == 0 and not opts.get("window_start"))

    def _push_flags(self, client, pending, pushed: list, report: SyncReport) -> None:
        """Local read/unread changes win: they are the user's latest word."""
        seen = [uid for _, uid, flags in pending if "\\Seen" in flags.split()]
        unseen = [uid for _, uid, flags in pending if "\\Seen" not in flags.split()]
        for uids, op in ((seen, client.add_flags), (unseen, client.remove_flags)):
            for chunk in chunks(uids, 500):
                op(uid_set(chunk), [SEEN], silent=True)
        pushed.extend((mid, flags) for mid, _, flags in pending)
        report.flags_pushed += len(pending)

    def _clear_pending(self, pushed: list) -> None:
        if not pushed:
            return
        with self.ws.write() as s:
            for mid, flags in pushed:
                # Only if unchanged meanwhile: a newer local change must still be pushed.
                s.execute(update(MailMessage).where(MailMessage.id == mid,
                                                    MailMessage.flags == flags)
                          .values(flags_pending=False))

    def _pull_flags(self, client, folder_id: int, last_uid: int, saved: int | None,
                    current: int | None, report: SyncReport) -> None:
        modifiers = None
        if self.condstore and saved is not None and current is not None:
            if current <= saved:
                return  # nothing changed in the folder since the last complete run
            modifiers = [f"CHANGEDSINCE {saved}"]
        with self.ws.read() as s:
            local = {uid: (mid, flags) for uid, mid, flags in s.execute(
                select(MailLocation.uid, MailMessage.id, MailMessage.flags)
                .join(MailMessage, MailMessage.id == MailLocation.message_id)
                .where(MailLocation.folder_id == folder_id, MailLocation.uid > 0,
                       MailLocation.uid <= last_uid, MailMessage.flags_pending.is_(False)))}
        changes: dict[int, str] = {}
        # imapclient wants explicit UIDs here; chunks keep each command line short.
        for chunk in chunks(sorted(local), FLAG_CHUNK):
            for uid, data in client.fetch(chunk, ["FLAGS"], modifiers=modifiers).items():
                if uid in local and b"FLAGS" in data:
                    flags = flags_text(f.decode() for f in data[b"FLAGS"])
                    if flags != local[uid][1]:
                        changes[local[uid][0]] = flags
        if not changes:
            return
        with self.ws.write() as s:
            for mid, flags in changes.items():
                # A local change made meanwhile wins (it is pushed at the next run).
                s.execute(update(MailMessage).where(MailMessage.id == mid,
                                                    MailMessage.flags_pending.is_(False))
                          .values(flags=flags))
        report.flags_pulled += len(changes)

    def _drop_expunged(self, client, folder_id: int, last_uid: int, server_count: int,
                       report: SyncReport) -> None:
        with self.ws.read() as s:
            local = set(s.scalars(select(MailLocation.uid).where(
                MailLocation.folder_id == folder_id, MailLocation.uid > 0,
                MailLocation.uid <= last_uid)))
        if len(local) == server_count:
            return  # nothing can be missing (the window may leave the server with more)
        present = set(client.search(["UID", f"1:{last_uid}"]))
        gone = sorted(local - present)
        if gone:
            with self.ws.write() as s:
                report.removed += drop_locations(s, folder_id, gone)

    # --- phase 2: new messages ----------------------------------------------------------------

    def _fetch_new(self, client, work: _FolderWork, report: SyncReport, done: int,
                   total: int) -> int:
        if work.new_uids:
            info = client.select_folder(work.name)
            if int(info[b"UIDVALIDITY"]) != work.uidvalidity:
                return done + len(work.new_uids)  # changed under us: the next run re-maps
        limit = self.account.attachment_limit

        def fetched():  # on the prefetch thread
            for part in chunks(work.new_uids, self.batch_size * SIZE_CHUNK):
                sizes = fetch_sizes(client, part)
                small = {u: n for u, n in sizes.items() if n <= limit}
                for uids in batches_by_size(part, small, self.batch_size):
                    yield uids, prepare(fetch_messages(client, uids, limit, sizes))

        with Prefetcher(fetched(), abort=lambda: shutdown_socket(client),
                        stop_event=self.stop_event) as prefetched:
            for group in prefetched.groups(max(self.batch_size, GROUP_MESSAGES),
                                           weight=lambda b: len(b[0])):
                self._check_stop()
                uids = [u for batch, _ in group for u in batch]
                with self.ws.write() as s:
                    folder = s.get(MailFolder, work.folder_id)
                    stats = store_batch(s, self.account.id, folder,
                                        [i for _, incoming in group for i in incoming])
                    folder.last_uid = max(folder.last_uid, max(uids))
                report.new += stats.new
                report.known += stats.known
                done += len(uids)
                self._progress(done, total)
        self._check_stop()
        with self.ws.write() as s:
            folder = s.get(MailFolder, work.folder_id)
            if work.uidnext:
                folder.last_uid = max(folder.last_uid, work.uidnext - 1)
            stale = list(s.scalars(select(MailLocation.uid).where(
                MailLocation.folder_id == work.folder_id, MailLocation.uid < 0)))
            report.removed += drop_locations(s, work.folder_id, stale)
            if work.modseq is not None and self.condstore:
                folder.highest_modseq = work.modseq
            folder.last_synced_at = utcnow()
        work.fetched_all = work.whole_folder
        return done

    # --- on request ----------------------------------------------------------------------------

    def fetch_history(self, addresses: list[str]) -> int:
        """Fetch the older mail of these addresses from every synced folder now (the queue
        does it at the next run anyway); returns messages stored."""
        stored = remote.fetch_history(self, addresses)
        bodies.finish_pending(self.ws, self.account.id, self.stop_event)
        return stored

    def fetch_attachment(self, attachment_id: int, *, keep: bool = True) -> bytes:
        """A large attachment left on the server, fetched now (and stored when `keep`)."""
        return remote.fetch_attachment(self, attachment_id, keep=keep)

    # --- IDLE --------------------------------------------------------------------------------

    def idle(self, max_seconds: float = IDLE_MAX_SECONDS, poll: float = 1.0) -> bool:
        """Wait on the inbox with IMAP IDLE until the server reports a change (True), or
        `max_seconds` pass or a stop is asked (False). Call again to re-issue it; a server
        without IDLE returns False at once (poll with `run()` instead)."""
        def wait() -> bool:
            client = self._connect()
            if "IDLE" not in self.capabilities:
                return False
            inbox = self._inbox_name()
            client.select_folder(inbox, readonly=True)
            client.idle()
            changed = False
            deadline = time.monotonic() + max_seconds
            try:
                while not self.stop_event.is_set():
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    responses = client.idle_check(timeout=min(poll, remaining))
                    if any(len(r) > 1 and r[1] in (b"EXISTS", b"EXPUNGE", b"FETCH")
                           for r in responses):
                        changed = True
                        break
            finally:
                if not self.stop_event.is_set():
                    client.idle_done()
            return changed

        try:
            return bool(self._guard(wait))
        except SyncStopped:
            return False

    def _inbox_name(self) -> str:
        with self.ws.read() as s:
            name = s.scalar(select(MailFolder.name).where(
                MailFolder.account_id == self.account.id, MailFolder.role == ROLE_INBOX))
        return name or "INBOX"


def sync_once(ws, account_id: int | None = None, **kwargs) -> SyncReport:
    """One run with a fresh connection, closed afterwards (scripts, tests, "Sync now")."""
    engine = SyncEngine(ws, account_id, **kwargs)
    try:
        return engine.run()
    finally:
        engine.close()


def last_synced(ws, account_id: int) -> dt.datetime | None:
    """When every synced folder was last brought up to date ("synced at 10:42"); None before
    the first complete run."""
    with ws.read() as s:
        times = list(s.scalars(select(MailFolder.last_synced_at).where(
            MailFolder.account_id == account_id, MailFolder.selected.is_(True))))
    return None if not times or None in times else min(times)


def folder_counts(ws, account_id: int) -> dict[str, int]:
    """Messages stored per synced folder (status and tests)."""
    with ws.read() as s:
        rows = s.execute(
            select(MailFolder.name, func.count(MailLocation.id))
            .join(MailLocation, MailLocation.folder_id == MailFolder.id, isouter=True)
            .where(MailFolder.account_id == account_id, MailLocation.uid > 0)
            .group_by(MailFolder.name)).all()
    return dict(rows)


__all__ = ["IDLE_MAX_SECONDS", "SyncEngine", "SyncReport", "folder_counts", "last_synced",
           "sync_once"]
