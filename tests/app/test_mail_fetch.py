"""Fetching for the sync: the quick FETCH reader gives what imapclient's parser gives (or leaves
the response to it), and the prefetching thread hands batches over in order — several at once
when they are waiting — with a failure raised at its place."""

from __future__ import annotations

import threading

import imapclient
import pytest
from imapclient.response_parser import parse_fetch_response

from app.mail.fetch import Prefetcher, batches_by_size
from app.mail.imap_client import SyncIMAPClient, _Unusual, parse_fetch
from tests.app.mail_helpers import message
from tests.mail_servers import HOST, PASSWORD

SAMPLES = [
    [b'1 (UID 11 RFC822.SIZE 2439)', b'2 (UID 12 RFC822.SIZE 0)'],
    [(b'1 (UID 11 FLAGS (\\Seen $Label) RFC822.SIZE 5 INTERNALDATE '
      b'"02-Dec-2026 10:00:00 +0100" BODY[] {5}', b'hello'), b')',
     (b'2 (UID 12 BODY[] {3}', b'abc'), b' FLAGS () MODSEQ (77))',
     b'7 (FLAGS (\\Deleted) MODSEQ (78))'],  # unsolicited, no UID: keyed by its number
    [b'3 (UID 13 X-ODD NIL X-NUM 0123 X-Q "a b")'],
]
UNUSUAL = [
    [b'1 (UID 11 BODYSTRUCTURE ("TEXT" "PLAIN" NIL NIL NIL "7BIT" 5 1))'],
    [b'1 (UID 11 X-Q "with \\"escape\\"")'],
    [(b'1 (UID 11 BODY[1] {1}', b'a'), (b' BODY[2] {1}', b'b'), b')'],
]


@pytest.mark.parametrize("normalise", [False, True])
def test_simple_responses_read_as_imapclient_reads_them(normalise):
    for data in SAMPLES:
        assert parse_fetch(data, normalise) == dict(parse_fetch_response(data, normalise))
    for data in UNUSUAL:
        with pytest.raises(_Unusual):
            parse_fetch(data, normalise)


def test_against_dovecot_both_clients_fetch_the_same(dovecot, imap_user):
    dovecot.append(imap_user, [message(i, body="é" * i) for i in range(1, 30)])
    with dovecot.client(imap_user) as c:
        c.select_folder("INBOX")
        c.add_flags([2, 3], [b"\\Flagged", b"$Work"])
    clients = []
    for cls in (imapclient.IMAPClient, SyncIMAPClient):
        c = cls(HOST, port=dovecot.imaps_port, ssl_context=dovecot.certs.client_context())
        c.normalise_times = False
        c.login(imap_user, PASSWORD)
        c.enable("CONDSTORE")
        c.select_folder("INBOX")
        clients.append(c)
    try:
        uids = clients[0].search("ALL")
        for items in (["RFC822.SIZE"], ["FLAGS", "RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[]"],
                      ["FLAGS", "MODSEQ"], ["BODYSTRUCTURE", "BODY.PEEK[HEADER]"],
                      ["BODY.PEEK[1.MIME]", "BODY.PEEK[1]"]):
            plain, quick = (c.fetch(uids, items) for c in clients)
            assert quick == plain and len(quick) == 29, items
    finally:
        for c in clients:
            c.logout()


def test_batches_keep_order_and_stay_within_the_byte_budget():
    sizes = {1: 10, 2: 10, 3: 50, 4: 10, 5: 10, 6: 10}
    assert batches_by_size([1, 2, 3, 4, 5, 6], sizes, 3, max_bytes=60) == [[1, 2], [3, 4], [5, 6]]
    assert batches_by_size([1, 2, 3], {1: 100}, 5, max_bytes=60) == [[1], [2, 3]]


def test_prefetched_batches_come_in_order_grouped_when_waiting_failure_in_its_place():
    produced = threading.Event()

    def work():
        for n in range(1, 5):
            yield [n], f"batch {n}"
        produced.set()
        raise ConnectionResetError("server gone")

    aborted = []
    got: list[list] = []
    with pytest.raises(ConnectionResetError), \
            Prefetcher(work(), abort=lambda: aborted.append(True), depth=8) as prefetched:
        produced.wait(5)
        for group in prefetched.groups(3, weight=lambda b: len(b[0])):
            got.append([text for _, text in group])
    assert got == [["batch 1", "batch 2", "batch 3"], ["batch 4"]]
    assert not aborted  # the thread had ended: nothing to cut short


def test_leaving_early_aborts_the_fetch_in_flight():
    release = threading.Event()

    def work():
        yield [1], "first"
        release.wait(5)  # a read that only the abort ends
        yield [2], "second"

    with Prefetcher(work(), abort=release.set) as prefetched:
        for group in prefetched.groups(1, weight=lambda b: 1):
            assert group == [([1], "first")]
            break
    assert release.is_set()
