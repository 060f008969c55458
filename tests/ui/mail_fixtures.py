"""A workspace with synced mail for the Inbox UI tests, made the real way: messages appended to
the test Dovecot, then one SyncEngine run. Built once per test module; each test opens its own
copy of the closed file (a copy of a closed workspace is a complete workspace).

The people: clients Ana Costa and Luis Ferreira, contact Dr Marta Reis. The mail (the
practitioner is practitioner@example.test):
- "Rescheduling Thursday": Ana → you, your reply (Sent folder), Ana's answer (unread)
- "Exercise sheet" from Ana: a PNG and a PDF attached (unread)
- "Referral for Ana" from Marta (contact), read
- "Question about your sessions" from new.person@example.net, nobody's yet (unread)
- "Scan of my report" from Luis: a PDF over the 1 MB limit, left on the server
- "Broken" from someone@else.example: a multipart message without a boundary (damaged)
"""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import zlib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import keyring
from keyring.backends import fail

from app.mail.sync import sync_once
from app.services import clients, contacts
from app.services.people import PersonInput
from app.workspace import create_workspace, open_workspace
from tests.app.mail_helpers import PRACTITIONER, make_account, message
from tests.conftest import PASSPHRASE

NOV = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
BIG_PDF = b"%PDF-1.4\n" + bytes(range(256)) * 4800 + b"\n%%EOF\n"  # ~1.2 MB: over the limit
SMALL_PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def png(width: int = 320, height: int = 200, rgb: tuple[int, int, int] = (63, 155, 143)) -> bytes:
    """A plain PNG (no Qt needed to make it)."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


EXERCISE_PNG = png()


def _dated(n_hours: float) -> dt.datetime:
    return NOV + dt.timedelta(hours=n_hours)


def _mail(sender: str, subject: str, text: str, when: dt.datetime, msgid: str,
          to: str = PRACTITIONER, **headers: str) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    for name, value in headers.items():
        m[name.replace("_", "-")] = value
    m.set_content(text)
    return m


def inbox_messages() -> tuple[list[tuple[bytes, tuple]], list[bytes]]:
    """(INBOX messages with their flags, Sent messages)."""
    ana = "Ana Costa <ana@example.org>"
    first = message(1, sender=ana, subject="Rescheduling Thursday", when=_dated(0),
                    msgid="<resched-1@example.org>",
                    body="Hello,\n\nCould we move Thursday's session to Friday morning?\n\nAna\n")
    answer = message(3, sender=ana, subject="Re: Rescheduling Thursday", when=_dated(26),
                     msgid="<resched-3@example.org>", in_reply_to="<resched-2@example.test>",
                     references="<resched-1@example.org> <resched-2@example.test>",
                     body="Friday at 10 is perfect, thank you!\n\nAna\n")
    sheet = _mail(ana, "Exercise sheet", "Here is the sheet and a photo of my notes.",
                  _dated(-20), "<sheet@example.org>")
    sheet.add_attachment(EXERCISE_PNG, maintype="image", subtype="png",
                         filename="breathing-notes.png")
    sheet.add_attachment(SMALL_PDF, maintype="application", subtype="pdf",
                         filename="exercise-sheet.pdf")
    referral = message(5, sender="Dr Marta Reis <marta@clinic.example>",
                       subject="Referral for Ana", when=_dated(50), msgid="<ref@clinic.example>",
                       body="Dear colleague,\n\nI am referring Ana Costa to you, as discussed. "
                            "Her GP letter follows by post.\n\nBest regards,\nMarta Reis\n")
    question = message(6, sender="Joana Pires <new.person@example.net>",
                       subject="Question about your sessions", when=_dated(70),
                       msgid="<q@example.net>",
                       body="Good afternoon,\n\nDo you have openings on Tuesday evenings? "
                            "A friend recommended you.\n\nJoana\n")
    scan = _mail("Luis Ferreira <luis@example.org>", "Scan of my report",
                 "The report from the hospital, scanned.", _dated(30), "<scan@example.org>")
    scan.add_attachment(BIG_PDF, maintype="application", subtype="pdf",
                        filename="hospital-report.pdf")
    broken = (b"From: someone@else.example\r\nTo: practitioner@example.test\r\n"
              b"Subject: Broken\r\nDate: " + format_datetime(_dated(10)).encode()
              + b"\r\nMessage-ID: <broken@else.example>\r\n"
              b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n"
              b"no parts here, just text after a header that promised parts\r\n")
    inbox = [(first, (b"\\Seen",)), (answer, ()), (sheet.as_bytes(), ()),
             (referral, (b"\\Seen",)), (question, ()), (scan.as_bytes(), (b"\\Seen",)),
             (broken, (b"\\Seen",))]
    reply = message(2, sender=f"Dr. Ana Silva <{PRACTITIONER}>", to=ana,
                    subject="Re: Rescheduling Thursday", when=_dated(3),
                    msgid="<resched-2@example.test>", in_reply_to="<resched-1@example.org>",
                    references="<resched-1@example.org>",
                    body="Hello Ana,\n\nFriday at 10:00 works. See you then.\n")
    return inbox, [reply]


@dataclass
class MailTemplate:
    path: Path
    key: bytes
    ana: int
    luis: int
    marta: int
    user: str

    def open_copy(self, folder: Path):
        target = folder / "practice.consulta"
        shutil.copy(self.path, target)
        return open_workspace(target, key=self.key)


def make_template(folder: Path, dovecot) -> MailTemplate:
    """The synced workspace, closed. Passwords are kept in the workspace (no keyring), so every
    copy can reach the server again (a large attachment fetched on demand)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        path = folder / "mail.consulta"
        ws = create_workspace(path, PASSPHRASE, practice_name="Lumen Therapy", language="en",
                              time_zone="Europe/Lisbon")
        ana = clients.create_client(ws, PersonInput(first_name="Ana", last_name="Costa",
                                                    emails=["ana@example.org"]))
        luis = clients.create_client(ws, PersonInput(first_name="Luis", last_name="Ferreira",
                                                     emails=["luis@example.org"]))
        marta = contacts.create_contact(ws, PersonInput(first_name="Marta", last_name="Reis",
                                                        emails=["marta@clinic.example"]))
        user = dovecot.new_user()
        inbox, sent = inbox_messages()
        with dovecot.client(user) as c:
            for raw, flags in inbox:
                c.append("INBOX", raw, flags=flags)
            for raw in sent:
                c.append("Sent", raw, flags=(b"\\Seen",))
        account = make_account(ws, dovecot, user, attachment_limit_mb=1)
        report = sync_once(ws, account)
        assert report.new == 8 and not report.stopped, report
        key = ws._key
        ws.close()
    finally:
        keyring.set_keyring(previous)
    return MailTemplate(path, key, ana, luis, marta, user)
