"""Which person a message belongs to: any of its From/To/Cc addresses is one of theirs
(case-insensitive, all of the person's addresses; clients and contacts alike, trashed people
included since the trash can be undone).

Links are kept up to date from both sides, inside the caller's transaction:
- the sync links each new message as it is stored (`link_new_message`);
- app/services/people.py calls `person_addresses_changed` whenever a client or contact is
  created or their addresses change: messages already synced are linked at once, links that no
  address supports any more are removed (links the user made by hand stay), and the new
  addresses are queued for a search of the server for older mail, which the next sync run
  performs (`SyncEngine.run` → `pending_history_addresses`).

Only app.store is imported here, so the people service can call in without an import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from app.store.models import EmailAccount, EmailAddress, MailAddress, MailLink, Setting

HISTORY_QUEUE_KEY = "mail.history_queue"


def people_for_addresses(session: Session, addresses: Iterable[str]) -> dict[str, set[int]]:
    """Lower-cased address → ids of the people who have it."""
    lowered = {a.lower() for a in addresses if a}
    if not lowered:
        return {}
    out: dict[str, set[int]] = {}
    for addr, pid in session.execute(
            select(EmailAddress.address_lower, EmailAddress.person_id)
            .where(EmailAddress.address_lower.in_(lowered))):
        out.setdefault(addr, set()).add(pid)
    return out


def link_new_message(session: Session, message_id: int, addresses: Iterable[str],
                     people: dict[str, set[int]] | None = None) -> set[int]:
    """Link a just-stored message to everyone whose address appears on it; returns their ids.
    `people` may be given when the caller looked up a whole batch at once."""
    addresses = {a.lower() for a in addresses}
    if people is None:
        people = people_for_addresses(session, addresses)
    person_ids = set().union(*(people.get(a, set()) for a in addresses)) if addresses else set()
    if not person_ids:
        return set()
    existing = set(session.scalars(select(MailLink.person_id)
                                   .where(MailLink.message_id == message_id)))
    for pid in sorted(person_ids - existing):
        session.add(MailLink(message_id=message_id, person_id=pid, filed_manually=False))
    return person_ids


def link_person(session: Session, person_id: int) -> int:
    """Link every stored message that carries one of the person's addresses; returns how many
    links were added."""
    addresses = list(session.scalars(select(EmailAddress.address_lower)
                                     .where(EmailAddress.person_id == person_id)))
    if not addresses:
        return 0
    already = select(MailLink.id).where(MailLink.message_id == MailAddress.message_id,
                                        MailLink.person_id == person_id)
    message_ids = set(session.scalars(
        select(MailAddress.message_id).where(MailAddress.address_lower.in_(addresses))
        .where(~exists(already))))
    for mid in sorted(message_ids):
        session.add(MailLink(message_id=mid, person_id=person_id, filed_manually=False))
    session.flush()
    return len(message_ids)


def unlink_stale(session: Session, person_id: int) -> int:
    """Remove automatic links no address of the person supports any more; returns how many."""
    addresses = select(EmailAddress.address_lower).where(EmailAddress.person_id == person_id)
    supported = select(MailAddress.id).where(MailAddress.message_id == MailLink.message_id,
                                             MailAddress.address_lower.in_(addresses))
    result = session.execute(
        delete(MailLink).where(MailLink.person_id == person_id,
                               MailLink.filed_manually.is_(False), ~exists(supported))
        .execution_options(synchronize_session=False))
    return result.rowcount or 0


def person_addresses_changed(session: Session, person_id: int,
                             old_addresses: Iterable[str] = ()) -> int:
    """The hook for app/services/people.py, after a person's addresses were written (flushed):
    relink, and queue new addresses for a server history search. Returns links added."""
    session.flush()
    current = set(session.scalars(select(EmailAddress.address_lower)
                                  .where(EmailAddress.person_id == person_id)))
    old = {a.lower() for a in old_addresses}
    unlink_stale(session, person_id)
    added = link_person(session, person_id)
    queue_history_search(session, current - old)
    return added


# --- the queue of addresses to look up on the server ---------------------------------------------


def queue_history_search(session: Session, addresses: Iterable[str]) -> None:
    """Remember addresses whose older mail should be looked for on the server. Without an
    email account there is nothing to search yet: setting one up queues everybody's addresses
    (app/mail/account.py)."""
    new = sorted({a.lower() for a in addresses if a})
    if not new or session.scalar(select(EmailAccount.id).limit(1)) is None:
        return
    row = session.get(Setting, HISTORY_QUEUE_KEY)
    if row is None:
        session.add(Setting(key=HISTORY_QUEUE_KEY, value=new))
    else:
        row.value = sorted(set(row.value or []) | set(new))


def queue_everyone(session: Session) -> None:
    """All known people's addresses (a newly set-up account has their older mail to find)."""
    queue_history_search(session, session.scalars(select(EmailAddress.address_lower)))


def pending_history_addresses(session: Session) -> list[str]:
    row = session.get(Setting, HISTORY_QUEUE_KEY)
    return list(row.value or []) if row else []


def history_searched(session: Session, addresses: Iterable[str]) -> None:
    """Take addresses off the queue once their search is done (others may have joined)."""
    row = session.get(Setting, HISTORY_QUEUE_KEY)
    if row is None:
        return
    row.value = sorted(set(row.value or []) - {a.lower() for a in addresses})
