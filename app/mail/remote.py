"""Fetches made on request rather than by the incremental sync: the older mail of people's
addresses (SEARCH OR FROM/TO/CC, queued by app/mail/linking.py), a widened date window, and
large attachments left on the server. Runs on the sync (worker) thread.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import account as account_service
from app.mail import linking
from app.mail.fetch import fetch_messages, fetch_part
from app.mail.store import prepare, store_batch
from app.mail.uids import chunks
from app.store.models import MailAttachment, MailFolder, MailLocation

if TYPE_CHECKING:
    from app.mail.sync import SyncEngine, SyncReport

ADDRESSES_PER_SEARCH = 8


def or_criteria(addresses: list[str]) -> list[str]:
    """SEARCH criteria matching any of the addresses in From, To or Cc (prefix OR)."""
    terms: list[list[str]] = []
    for a in addresses:
        terms += [["FROM", a], ["TO", a], ["CC", a]]
    return ["OR"] * (len(terms) - 1) + [x for t in terms for x in t]


def _fetch_missing(engine: SyncEngine, client, folder_id: int, uids: set[int]) -> int:
    """Fetch and store those of `uids` this folder does not hold yet; returns how many."""
    with engine.ws.read() as s:
        folder = s.get(MailFolder, folder_id)
        last_uid = folder.last_uid
        known = set(s.scalars(select(MailLocation.uid).where(MailLocation.folder_id == folder_id,
                                                             MailLocation.uid > 0)))
    # UIDs above last_uid arrive through the normal sync, in order.
    missing = sorted(u for u in uids if u <= last_uid and u not in known)
    stored = 0
    for batch in chunks(missing, engine.batch_size):
        engine._check_stop()
        fetched = fetch_messages(client, batch, engine.account.attachment_limit)
        with engine.ws.write() as s:
            stats = store_batch(s, engine.account.id, s.get(MailFolder, folder_id),
                                prepare(fetched))
        stored += stats.new + stats.known
    return stored


def _search_folders(engine: SyncEngine, client, folders: list[tuple[int, str, int]],
                    addresses: list[str], since: dt.date | None) -> int:
    stored = 0
    for folder_id, name, uidvalidity in folders:
        engine._check_stop()
        info = client.select_folder(name)
        if int(info[b"UIDVALIDITY"]) != uidvalidity:
            continue  # re-mapped at the next run; search again then
        found: set[int] = set()
        for chunk in chunks(addresses, ADDRESSES_PER_SEARCH):
            charset = None if all(a.isascii() for a in chunk) else "UTF-8"
            found |= set(client.search(or_criteria(chunk), charset))
        if since is not None:
            found |= set(client.search(["SINCE", since]))
        stored += _fetch_missing(engine, client, folder_id, found)
    return stored


def run_queued(engine: SyncEngine, client, works, report: SyncReport) -> None:
    """After the incremental pass: searches queued since the last run."""
    with engine.ws.read() as s:
        addresses = linking.pending_history_addresses(s)
        backfill = account_service.read_options(s, engine.account.id).get("backfill_since")
    if not addresses and not backfill:
        return
    since = dt.date.fromisoformat(backfill) if backfill else None
    # A folder this run fetched in full already holds everything a search could find.
    folders = [(w.folder_id, w.name, w.uidvalidity) for w in works if not w.fetched_all]
    report.history += _search_folders(engine, client, folders, addresses, since)
    with engine.ws.write() as s:
        linking.history_searched(s, addresses)
        if backfill:
            opts = account_service.read_options(s, engine.account.id)
            opts.pop("backfill_since", None)
            account_service.write_options(s, engine.account.id, opts)


def fetch_history(engine: SyncEngine, addresses: list[str]) -> int:
    """Look for the mail of `addresses` in every synced folder now; returns messages stored."""
    def work() -> int:
        client = engine._connect()
        with engine.ws.read() as s:
            folders = [(f.id, f.name, f.uidvalidity) for f in s.scalars(
                select(MailFolder).where(MailFolder.account_id == engine.account.id,
                                         MailFolder.selected.is_(True),
                                         MailFolder.uidvalidity.is_not(None)))]
        return _search_folders(engine, client, folders, [a.lower() for a in addresses], None)

    return int(engine._guard(work) or 0)


def fetch_attachment(engine: SyncEngine, attachment_id: int, *, keep: bool = True) -> bytes:
    """A large attachment left on the server, fetched now (and stored when `keep`)."""
    with engine.ws.read() as s:
        att = s.get(MailAttachment, attachment_id)
        if att is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
        if att.content is not None:
            return att.content
        places = s.execute(
            select(MailFolder.name, MailFolder.uidvalidity, MailLocation.uid)
            .join(MailLocation, MailLocation.folder_id == MailFolder.id)
            .where(MailLocation.message_id == att.message_id, MailLocation.uid > 0)).all()
        section = att.part

    def work() -> bytes | None:
        client = engine._connect()
        for name, uidvalidity, uid in places:
            info = client.select_folder(name, readonly=True)
            if int(info[b"UIDVALIDITY"]) != uidvalidity:
                continue
            data = fetch_part(client, uid, section)
            if data is not None:
                return data
        return None

    data = engine._guard(work)
    if data is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Core", "This attachment is no longer on the server, so it cannot be fetched."))
    if keep:
        with engine.ws.write() as s:
            row = s.get(MailAttachment, attachment_id)
            if row is not None:
                row.content = data
                row.size = len(data)
                row.part = ""
    return data
