"""Shared by the import, export and erasure tests: a client with one of every kind of item
(custom values, tag, relationship, appointment, completed note with an addendum, form, file,
email, issued invoice with a payment), and CSV bytes made to order."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime

from app.services import (
    appointments,
    custom_fields,
    files,
    forms,
    notes,
    payments,
    relationships,
    tags,
    templates,
)
from app.services.appointments import AppointmentInput
from app.services.notes import NoteInput
from app.services.people import PersonInput
from app.store.models import (
    EmailAccount,
    FieldType,
    MailAddress,
    MailLink,
    MailMessage,
)
from tests.app.billing_helpers import client, issued, line


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def store_email(ws, person_ids: list[int], subject: str, body: str,  # noqa: ANN001
                sender: str = "someone@example.org") -> int:
    """A synced message filed to these people, written straight to the store."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, "me@practice.test", subject
    m["Date"] = format_datetime(dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    m.set_content(body)
    raw = bytes(m)
    with ws.write() as s:
        account = s.query(EmailAccount).first()
        if account is None:
            account = EmailAccount(email="me@practice.test")
            s.add(account)
            s.flush()
        msg = MailMessage(account_id=account.id, content_hash=f"h-{subject}", subject=subject,
                          from_addr=sender, to_addrs="me@practice.test", body_text=body, raw=raw,
                          sent_at=dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
        s.add(msg)
        s.flush()
        s.add(MailAddress(message_id=msg.id, address_lower=sender.lower(), role="from"))
        for pid in person_ids:
            s.add(MailLink(message_id=msg.id, person_id=pid))
        return msg.id


@dataclass
class FullRecord:
    client_id: int
    other_id: int
    note_id: int
    form_id: int
    file_id: int
    email_id: int
    shared_email_id: int
    invoice_id: int
    invoice_number: str
    field_ids: dict[str, int]


def full_client(ws, *, secret: str = "Quixotic", first: str = "Ermintrude",  # noqa: ANN001
                last: str = "Vexworthy") -> FullRecord:
    """A client with every kind of item; `secret` is woven into the note, file and email."""
    sec = custom_fields.create_section(ws, "Background")
    fids = {
        "referral": custom_fields.create_field(ws, sec, "Referral source", FieldType.TEXT),
        "sessions": custom_fields.create_field(ws, sec, "Sessions agreed", FieldType.NUMBER),
        "consent": custom_fields.create_field(ws, sec, "Consent signed", FieldType.CHECKBOX),
        "first": custom_fields.create_field(ws, sec, "First contact", FieldType.DATE),
        "topics": custom_fields.create_field(ws, sec, "Topics", FieldType.MULTIPLE_CHOICE,
                                             ["Sleep", "Work, stress", "Family"]),
        "postal": custom_fields.create_field(ws, sec, "Postal address", FieldType.ADDRESS),
    }
    tag = tags.create_tag(ws, "Adults")
    cid = client(ws, first, last, emails=[f"{first.lower()}@example.org"],
                 phones=["+34 699 123 456"], date_of_birth=dt.date(1980, 5, 6), tag_ids=[tag])
    custom_fields.set_values(ws, cid, {
        fids["referral"]: "GP referral", fids["sessions"]: "12", fids["consent"]: True,
        fids["first"]: "2025-11-03", fids["topics"]: ["Sleep", "Work, stress"],
        fids["postal"]: {"street": "Calle Mayor 1", "city": "Madrid", "country": "Spain"}})
    other = client(ws, "Luis", "Mora", emails=["luis@example.org"])
    relationships.connect(ws, cid, other, "parent", emergency_contact=True)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=3)
    appt = appointments.book(ws, AppointmentInput(cid, start, 50, private_note="Bring forms"))[0]
    note = notes.create_note(ws, cid, NoteInput("First session", start.date(),
                                                f"<p>{secret}note insomnia story.</p>", appt))
    notes.complete(ws, note.id, by="Dr. Test")
    notes.add_addendum(ws, note.id, "<p>Addendum: sleeps better.</p>")
    tmpl = templates.create_form_template(ws, "Intake", [
        {"id": "concern", "type": "short_text", "label": "Main concern"}])
    form = forms.fill_form(ws, cid, tmpl.id, {"concern": "Sleeping badly"})
    upload = files.add_file(ws, cid, "letter.txt", f"{secret}file referral letter".encode())
    email_id = store_email(ws, [cid], "Appointment question", f"{secret}mail body text")
    shared = store_email(ws, [cid, other], "Family meeting", "Both of you are welcome")
    inv = issued(ws, cid, line("Session 1"))
    payments.record_payment(ws, cid, inv.id, dt.date.today(), 6000, "cash")
    return FullRecord(cid, other, note.id, form.id, upload.id, email_id, shared, inv.id,
                      inv.number or "", fids)


def person(first: str, last: str = "", **extra) -> PersonInput:  # noqa: ANN003
    return PersonInput(first_name=first, last_name=last, **extra)
