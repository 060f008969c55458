"""Regenerate the README screenshots in resources/screenshots/ (offscreen, synthetic data only).

    .venv/bin/python -m tests.ui.make_screenshots
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "screenshots"
PASSPHRASE = "screenshots passphrase"


def main() -> int:
    home = tempfile.mkdtemp(prefix="consulta-shots-")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # never touch the developer's own keyring

    from app.services import clients, tags
    from app.services.people import PersonInput
    from app.store.keys import KeyringStatus
    from app.workspace import create_workspace
    from ui.application import make_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.workspace.create_dialog import CreateWorkspaceDialog
    from ui.workspace.unlock_dialog import UnlockDialog

    app = make_application()
    install_translators(app, "en")
    OUT.mkdir(parents=True, exist_ok=True)
    path = Path(home) / "practice.consulta"

    def save(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    create = CreateWorkspaceDialog(path, KeyringStatus(True), "en")
    create.practice_name.setText("Lisbon Family Therapy")
    create.passphrase.passphrase.setText("river lantern copper autumn")
    create.passphrase.confirmation.setText("river lantern copper autumn")
    save(create, "create-workspace")

    ws = create_workspace(path, PASSPHRASE, practice_name="Lisbon Family Therapy",
                          sample_data=True, language="en")
    unlock = UnlockDialog(path, KeyringStatus(True))
    save(unlock, "unlock")
    couples = tags.create_tag(ws, "Couples", "#7d63b0")
    sliding = tags.create_tag(ws, "Sliding scale", "#c0843d")
    people = [
        ("Ana", "García López", "ana.garcia@example.com", "+34 612 345 678", "active", [couples]),
        ("François", "Dupont", "f.dupont@example.fr", "+33 6 12 34 56 78", "active", [sliding]),
        ("João", "Carvalho", "joao.carvalho@example.pt", "+351 913 456 789", "lead", []),
        ("Emily", "Watson", "emily.w@example.co.uk", "+44 7700 900123", "active", [couples]),
        ("Lucía", "Fernández", "lucia.f@example.es", "+34 699 111 222", "inactive", []),
        ("Mathilde", "Lefèvre", "m.lefevre@example.fr", "+33 7 98 76 54 32", "lead", [sliding]),
    ]
    for first, last, email, phone, status, tag_ids in people:
        clients.create_client(ws, PersonInput(first_name=first, last_name=last, emails=[email],
                                              phones=[phone], status=status, tag_ids=tag_ids))
    window = MainWindow(ws)
    window.resize(1200, 720)
    save(window, "clients-list")
    _clients_and_contacts_screens(ws, window, save)
    _client_record_screens(ws, window, save)
    _billing_screens(ws, window, save)
    _calendar_screens(ws, window, save)
    _invoice_screens(ws, window, save)
    _billing_area_screens(ws, window, save)
    _documentation_screens(ws, window, save)
    _note_screens(ws, window, save)
    _templates_screens(ws, window, save)
    _invoice_pdf_screen(ws)
    _inbox_screens(ws, window, save)
    _composer_screen(ws, window, save)
    _email_settings_screen(window, save)
    from tests.ui.transfer_screens import transfer_screens

    transfer_screens(app, ws, window, save, home)
    window.close()
    ws.close()
    return 0


def _clients_and_contacts_screens(ws, window, save) -> None:
    """The New client form (filled in), the tag manager and a contact's profile.
    The clients list above already shows tags as chips."""
    from app.services import contacts, relationships
    from app.services.people import PersonInput

    lst = window.clients.list
    lst.new_client()
    form = lst.new_dialog
    form.first_name.setText("Inês")
    form.last_name.setText("Rocha")
    form.email.setText("ines.rocha@example")
    form.email.editingFinished.emit()
    form.phone.setText("+351 912 000 111")
    save(form, "new-client")
    form.reject()
    lst.actions.manage_tags()
    save(lst.actions.dialog, "tag-manager")
    lst.actions.dialog.reject()
    joao = lst.model.client_id(0)  # first by last name: João Carvalho
    rosa = contacts.create_contact(ws, PersonInput(
        first_name="Rosa", last_name="Carvalho", role="Mother", emails=["rosa.c@example.pt"],
        phones=["+351 933 000 111"]))
    relationships.connect(ws, joao, rosa, "parent", emergency_contact=True)
    window.navigator.open_contact(rosa)
    save(window, "contact-profile")
    window.show_area("clients")


def _client_record_screens(ws, window, save) -> None:
    """The sample client's record: the Overview tab (with its ⋮ menu), the Personal tab (with
    one custom section) and the Relationships tab."""
    from app.services import clients, custom_fields
    from app.store.models import FieldType

    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    intake = custom_fields.create_section(ws, "Intake")
    referral = custom_fields.create_field(ws, intake, "How did you hear about us?",
                                          FieldType.SINGLE_CHOICE, ["Doctor", "Friend", "Web"])
    goals = custom_fields.create_field(ws, intake, "Goals for therapy", FieldType.LONG_TEXT)
    custom_fields.set_values(ws, sofia, {referral: "Doctor",
                                         goals: "Sleep better and manage work stress."})
    window.resize(1200, 900)
    window.navigator.open_client(sofia)
    record = window.clients.record
    _overview_screens(record, window, save)
    record.tabs.setCurrentIndex(1)
    save(window, "record-personal")
    record.tabs.setCurrentIndex(2)
    save(window, "record-relationships")
    record.request_close()


def _overview_screens(record, window, save) -> None:
    """The record's Overview tab, and the same with the ⋮ menu of the latest past appointment
    open (composed in: a menu is a window of its own)."""
    from PySide6.QtCore import QPoint

    from tests.ui.screens import compose_with_popup
    from ui.clients.record.appointment_list import AppointmentTableModel

    record.tabs.setCurrentIndex(0)
    save(window, "record-overview")
    past = record.overview.past
    past.request_menu(0)
    menu = record.overview.menu
    cell = past.visualRect(past.model().index(0, AppointmentTableModel.MENU))
    corner = past.viewport().mapToGlobal(cell.bottomRight())
    # Where a real screen shows it; the offscreen one is smaller than this window.
    shot = compose_with_popup(window, menu, QPoint(corner.x() - menu.width(), corner.y()))
    shot.save(str(OUT / "record-overview-menu.png"))
    print(OUT / "record-overview-menu.png")
    menu.close()


def _billing_screens(ws, window, save) -> None:
    """The sample client's Billing tab with mixed statuses (partly paid, overdue, paid, one
    cancelled by a credit note), a card kept on file, and the pointer's row showing its
    actions."""
    from decimal import Decimal

    from app.services import clients, invoices, payments, practice
    from app.services.invoices import InvoiceLineInput

    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    on = invoices.list_client_invoices(ws, sofia)[0].issue_date
    terms = practice.get_practice(ws).payment_terms_days
    practice.update_practice(ws, payment_terms_days=0)  # due the day issued: one is overdue
    with ws.write() as s:
        for amount, paid in ((6500, 0), (8000, 8000), (5000, 0)):
            inv = invoices.add_draft(s, sofia, [InvoiceLineInput(
                "Follow-up session", Decimal(1), amount, Decimal(0), Decimal(0), on)])
            invoices.issue_draft(s, inv, on)
            if paid:
                payments.add_payment(s, sofia, inv.id, on, paid, "bank_transfer", "TRF 2211")
    practice.update_practice(ws, payment_terms_days=terms)
    invoices.cancel_with_credit_note(ws, inv.id, "Wrong amount")
    payments.add_payment_method(ws, sofia, kind="card", card_brand="Visa", last4="4242",
                                exp_month=8, exp_year=2029, holder_name="Sofia Martins")
    window.navigator.open_client(sofia)
    record = window.clients.record
    record.tabs.setCurrentIndex(5)
    table = record.billing.table
    numbers = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    table.show_actions_for(numbers.index("INV-2026-0001"))
    save(window, "record-billing")
    record.request_close()


def _calendar_screens(ws, window, save) -> None:
    """The week calendar: a working week around today, the past part completed (one no-show),
    one cancelled, two overlapping."""
    from app.services import appointments
    from tests.ui.calendar_demo import book_demo_week

    today = dt.datetime.now(appointments.zone_of(ws)).date()
    book_demo_week(ws, today)
    window.resize(1200, 760)
    window.show_area("calendar")
    window.calendar.go_to(today, "week")
    save(window, "calendar-week")


def _invoice_screens(ws, window, save) -> None:
    """The invoice editor on a draft of a few lines: two sessions, a workbook with tax, a
    sliding-scale discount on the invoice."""
    from decimal import Decimal

    from app.services import clients, invoices, service_catalog
    from app.services.invoices import InvoiceLineInput
    from ui.billing.invoice_editor import InvoiceEditor

    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    follow_up = next(s for s in service_catalog.list_services(ws) if s.name == "Follow-up session")
    today = dt.date.today()
    lines = [InvoiceLineInput(follow_up.name, Decimal(1), follow_up.price_minor, Decimal(0),
                              line_date=today - dt.timedelta(days=days), service_id=follow_up.id)
             for days in (9, 2)]
    lines.append(InvoiceLineInput("Sleep diary workbook", Decimal(2), 1250, Decimal(23),
                                  line_date=today))
    draft = invoices.create_draft(ws, sofia, lines, discount_percent=Decimal(10),
                                  notes="Sliding-scale rate agreed in our first session.")
    editor = InvoiceEditor(ws, window.navigator, invoice_id=draft.id, parent=window)
    editor.resize(980, 640)
    save(editor, "invoice-editor")
    editor.close()


def _billing_area_screens(ws, window, save) -> None:
    """The Billing area over every client: one overdue, paid, partly paid, unpaid, a draft
    and the sample client's credit note, with the totals above."""
    from decimal import Decimal

    from app.services import clients, invoices, payments, practice
    from app.services.invoices import InvoiceLineInput

    ids = {r.name.split()[0]: r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery()))}
    today = dt.date.today()
    # Numbers follow the dates: start from the newest invoice already issued.
    first = max(r.issue_date for r in invoices.list_invoices(ws, kind="invoice") if r.issue_date)
    terms = practice.get_practice(ws).payment_terms_days
    plan = (("Ana", 0, 8000, 1, 0), ("François", 1, 6500, 1, 6500), ("Emily", 3, 6000, 2, 6000),
            ("Lucía", 5, 6500, 1, 0), ("Mathilde", 8, 9000, 1, 9000))
    for name, days, unit, quantity, paid in plan:
        on = min(first + dt.timedelta(days=days), today)
        # Ana's is due the day it was issued, so it shows as overdue.
        practice.update_practice(ws, payment_terms_days=0 if name == "Ana" else terms)
        with ws.write() as s:
            inv = invoices.add_draft(s, ids[name], [InvoiceLineInput(
                "Individual session", Decimal(quantity), unit, Decimal(0), Decimal(0), on)])
            invoices.issue_draft(s, inv, on)
            if paid:
                payments.add_payment(s, ids[name], inv.id, on, paid, "card")
    practice.update_practice(ws, payment_terms_days=terms)
    invoices.create_draft(ws, ids["João"], [InvoiceLineInput(
        "First consultation", Decimal(1), 8000, Decimal(0), Decimal(0), today)])
    window.resize(1200, 760)
    window.show_area("billing")
    window.billing.reload()
    save(window, "billing-overview")


def _documentation_screens(ws, window, save) -> None:
    """The sample client's Documentation tab with notes (draft, shared, completed), a filled-in
    form and uploaded files, and the preview of a scanned sleep diary."""
    from app.documents import note_pdf
    from app.services import clients, files, forms, notes, templates
    from app.services.notes import NoteInput
    from tests.ui.sample_images import sleep_diary_png

    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    today = dt.date.today()
    shared = notes.create_note(ws, sofia, NoteInput(
        "Session 2 — sleep routine", today - dt.timedelta(days=6),
        "<p>Reviewed the sleep diary together; bedtime moved 30 minutes earlier.</p>"))
    notes.complete(ws, shared.id)
    notes.share(ws, shared.id)
    questionnaire = templates.create_form_template(ws, "Sleep questionnaire", [
        {"type": "scale", "label": "How well have you slept this week?"},
        {"type": "long_text", "label": "What wakes you up at night?"}])
    forms.fill_form(ws, sofia, questionnaire.id, {"q1": 4, "q2": "Work emails late at night."},
                    completed_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    files.add_file(ws, sofia, "GP referral letter.pdf", note_pdf.note_pdf_bytes(ws, shared.id))
    diary = files.add_file(ws, sofia, "Sleep diary, week 1.png", sleep_diary_png())
    notes.create_note(ws, sofia, NoteInput("Session 3 — progress", today,
                                           "<p>Sleeping better; still tired at work.</p>"))
    window.resize(1200, 720)
    window.navigator.open_client(sofia)
    record = window.clients.record
    record.tabs.setCurrentIndex(3)
    save(window, "record-documentation")
    tab = record.documentation
    preview = tab.open_item(next(i for i in tab.table.docs.items()
                                 if i.kind == "file" and i.id == diary.id))
    save(preview, "file-preview")
    preview.close()
    record.request_close()


def _note_screens(ws, window, save) -> None:
    """The note editor with the shipped SOAP template applied to the sample client's latest
    past appointment, and the sample completed note with an addendum under it."""
    from app.services import appointments, clients, documentation, notes, templates
    from ui.documentation.note_editor import NoteEditor

    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    templates.install_shipped_templates(ws, "en")
    soap = next(t for t in templates.list_note_templates(ws, "en") if t.shipped_key == "soap@en")
    past = appointments.client_overview(ws, sofia).past[0]
    day = past.starts_at.astimezone(appointments.zone_of(ws)).date()
    note = templates.new_note_from_template(ws, sofia, soap.id, appointment_id=past.id,
                                            note_date=day)
    editor = NoteEditor(ws, window.navigator, note_id=note.id, parent=window)
    editor.resize(900, 720)
    save(editor, "note-editor")
    editor.close()
    first = min((i for i in documentation.list_documentation(ws, sofia, ["note"])
                 if i.status == "completed"), key=lambda i: i.date)
    notes.add_addendum(ws, first.id, "<p>Correction: the sleep problems began about four "
                                     "months ago, not three (the client checked her diary).</p>")
    editor = NoteEditor(ws, window.navigator, note_id=first.id, parent=window)
    editor.resize(900, 720)
    save(editor, "note-completed")
    editor.close()


def _templates_screens(ws, window, save) -> None:
    """The Templates area on the shipped SOAP note, and the shipped intake form being filled
    in for the sample client (the first answers given)."""
    from PySide6.QtWidgets import QApplication

    from app.services import clients, templates
    from ui.documentation.form_fill_dialog import FormFillDialog
    from ui.templates.templates_area import NOTE

    window.resize(1200, 760)
    window.show()
    window.show_area("templates")  # shown: the area reads its lists
    area = window.templates
    area.select(NOTE, next(t.id for t in area.note_templates if t.name == "SOAP note"))
    save(window, "templates-area")
    sofia = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    intake = next(t for t in templates.list_form_templates(ws) if t.name == "Intake form")
    dialog = FormFillDialog(ws, window.navigator, client_id=sofia, form_template_id=intake.id,
                            parent=window)
    w = dialog.widgets
    w["preferred_name"].edit.setText("Sofi")
    w["date_of_birth"].date.set_date(dt.date(1988, 4, 17))
    w["occupation"].edit.setText("Primary school teacher")
    w["emergency_contact"].edit.setText("Rui Martins (brother), +351 912 000 222")
    w["reason"].edit.setPlainText("Sleeping badly since the new school year started; I wake "
                                  "at 4 and keep going over the next day.")
    w["duration"].set_value("1 to 6 months")
    w["symptoms"].set_value(["Trouble sleeping", "Stress at work or school"])
    w["impact"].set_value(6)
    dialog.resize(720, 760)
    dialog.show()
    app = QApplication.instance()
    app.processEvents()  # laid out, so the questions have their places
    # From the date of birth down: typed answers, then the choices.
    dialog.scroll.verticalScrollBar().setValue(w["date_of_birth"].y() - 12)
    save(dialog, "form-fill")
    dialog._dirty = False  # closing a screenshot asks nothing
    dialog.close()
    window.show_area("clients")


def _inbox_screens(ws, window, save) -> None:
    """The main Inbox and the sample client's Inbox tab with a conversation open. The mail is
    real: a private Dovecot (as in the mail tests) gets the messages, the SyncEngine brings
    them in. Without Dovecot installed the two shots are skipped."""
    import shutil
    from email.message import EmailMessage
    from email.utils import format_datetime

    from app.mail import account as account_service
    from app.mail.account import AccountInput
    from app.mail.sync import sync_once
    from app.services import clients
    from tests.mail_certificates import HOST, Certificates
    from tests.mail_servers import PASSWORD, Dovecot, make_server_dir
    from tests.ui.mail_fixtures import png
    from ui.navigation import MAIL

    if not (shutil.which("dovecot") or os.path.exists("/usr/sbin/dovecot")):
        print("Dovecot not found (Debian: dovecot-imapd): inbox-main.png and record-inbox.png "
              "not made")
        return
    own = "ines.moreira@example.pt"
    now = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)

    def mail(sender, subject, text, hours_ago, msgid, to=own, reply_to="", refs=""):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Date"] = format_datetime(now - dt.timedelta(hours=hours_ago))
        m["Message-ID"] = msgid
        if reply_to:
            m["In-Reply-To"], m["References"] = reply_to, refs or reply_to
        m.set_content(text)
        return m

    sofia = "Sofia Martins <sofia.martins@example.com>"
    diary = mail(sofia, "Sleep diary, week 2", "Hello Inês,\n\nHere is this week's diary. "
                 "Tuesday and Wednesday were better.\n\nSofia\n", 74, "<diary2@example.com>")
    diary.add_attachment(png(480, 300, (246, 241, 228)), maintype="image", subtype="png",
                         filename="sleep-diary-week-2.png")
    receipt = mail("François Dupont <f.dupont@example.fr>", "Receipt for September",
                   "Bonjour,\n\nCould you send me the receipt for September for my insurer?\n\n"
                   "Merci,\nFrançois\n", 120, "<receipt@example.fr>")
    article = mail("Emily Watson <emily.w@example.co.uk>", "The article you mentioned",
                   "Thank you for the article.", 96, "<article@example.co.uk>")
    article.add_alternative("<p>Hi Inês,</p><p>Thank you for the article on <b>sleep "
                            "hygiene</b> — I read it twice. The part on <i>wind-down "
                            "routines</i> helped.</p><p>Emily</p>", subtype="html")
    inbox = [
        (diary, (b"\\Seen",)), (receipt, (b"\\Seen",)), (article, (b"\\Seen",)),
        (mail(sofia, "Moving Thursday's session", "Hello Inês,\n\nSomething came up at work: "
              "could we move Thursday's session to Friday morning?\n\nThank you,\nSofia\n",
              50, "<move-1@example.com>"), (b"\\Seen",)),
        (mail(sofia, "Re: Moving Thursday's session", "Friday at 10 is perfect, thank you!\n\n"
              "See you then,\nSofia\n", 20, "<move-3@example.com>", reply_to="<move-2@x.pt>",
              refs="<move-1@example.com> <move-2@x.pt>"), ()),
        (mail("Rui Martins <rui.martins@example.com>", "Invoice for October",
              "Good morning,\n\nI paid Sofia's October invoice by transfer yesterday.\n\n"
              "Best regards,\nRui Martins\n", 26, "<rui@example.com>"), (b"\\Seen",)),
        (mail("Marta Lopes <marta.lopes@example.net>", "First appointment?",
              "Good afternoon,\n\nA friend recommended you. Do you have openings on Tuesday "
              "evenings?\n\nMarta\n", 3, "<marta@example.net>"), ()),
    ]
    reply = mail(f"Dr. Inês Moreira <{own}>", "Re: Moving Thursday's session",
                 "Hello Sofia,\n\nFriday at 10:00 works. See you then.\n\nInês\n", 30,
                 "<move-2@x.pt>", to=sofia, reply_to="<move-1@example.com>")

    certs_dir = Path(tempfile.mkdtemp(prefix="consulta-shot-certs-"))
    os.chmod(certs_dir, 0o755)
    server = Dovecot(Certificates(certs_dir), make_server_dir())
    server.start()
    try:
        user = server.new_user()
        with server.client(user) as c:
            for message, flags in inbox:
                c.append("INBOX", message.as_bytes(), flags=flags)
            c.append("Sent", reply.as_bytes(), flags=(b"\\Seen",))
        account_service.save_account(ws, AccountInput(
            email=own, display_name="Dr. Inês Moreira", imap_host=HOST,
            imap_port=server.imaps_port, imap_security="tls", imap_user=user,
            ca_file=str(server.ca_file), smtp_host=HOST, smtp_port=465, smtp_security="tls",
            sync_days=0), imap_password=PASSWORD, smtp_password=PASSWORD)
        sync_once(ws)
    finally:
        server.kill()
        shutil.rmtree(server.dir, ignore_errors=True)
        shutil.rmtree(certs_dir, ignore_errors=True)
    window.navigator.changed(MAIL)

    window.show_area("inbox")
    area = window.inbox
    area.reload()
    table = area.table
    latest = next(r for r in range(table.messages.rowCount())
                  if table.messages.data(table.messages.index(r, 2)) ==
                  "Re: Moving Thursday's session")
    table.selectRow(latest)
    save(window, "inbox-main")

    sofia_id = next(r.id for r in clients.client_rows(
        ws, clients.list_client_ids(ws, clients.ClientQuery())) if r.name.startswith("Sofia"))
    window.navigator.open_client(sofia_id)
    record = window.clients.record
    record.tabs.setCurrentWidget(record.inbox)
    record.inbox.refresh()
    tree = record.inbox.tree
    thread = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).childCount() > 1)
    thread.setExpanded(True)
    tree.setCurrentItem(thread.child(thread.childCount() - 1))
    save(window, "record-inbox")
    record.request_close()


def _composer_screen(ws, window, save) -> None:
    """The composer as an invoice's Email action opens it: the client's address, the subject
    and a short message prepared, the invoice PDF attached (an account is set up first; no
    server is contacted)."""
    from app.mail import account as account_service
    from app.mail.account import AccountInput
    from app.services import invoices
    from ui.billing.invoice_actions import email_invoice
    from ui.mail.composer import Composer

    if account_service.get_account(ws) is None:
        address = "ines.moreira@example.pt"
        account_service.save_account(ws, AccountInput(
            email=address, display_name="Dr. Inês Moreira", imap_host="imap.example.pt",
            imap_port=993, imap_security="tls", imap_user=address, smtp_host="smtp.example.pt",
            smtp_port=465, smtp_security="tls", smtp_user=address),
            imap_password="screenshots", smtp_password="screenshots")
    issued = sorted((r for r in invoices.list_invoices(ws, kind="invoice") if r.number),
                    key=lambda r: r.number)
    email_invoice(window, ws, window.navigator, issued[0].id)
    composer = next(c for c in window.findChildren(Composer) if c.isVisible())
    composer.resize(760, 600)
    save(composer, "composer")
    composer.close()


def _invoice_pdf_screen(ws) -> None:
    """The sample client's issued invoice as a PDF page, rendered by poppler's pdftoppm."""
    import shutil
    import subprocess

    from app.documents import invoice_pdf
    from app.services import invoices

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian: poppler-utils): invoice-pdf.png not made")
        return
    issued = [r for r in invoices.list_invoices(ws, kind="invoice") if r.number]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "invoice.pdf"
        invoice_pdf.write_invoice_pdf(ws, issued[-1].id, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                        str(OUT / "invoice-pdf")], check=True)
    print(OUT / "invoice-pdf.png")


def _email_settings_screen(window, save) -> None:
    """Settings → Email filled in for a server that cannot be reached (no mail server runs
    here), after Test connection: the stage that failed, for each server."""
    from PySide6.QtWidgets import QApplication

    window.resize(1200, 1180)  # from the incoming server down to the test's result
    window.show_email_settings()
    page = window.settings.email
    page.email.setText("ana.silva@lisbon-therapy.example")
    page.display_name.setText("Dr. Ana Silva")
    page.imap.host.setText("imap.lisbon-therapy.example")
    page.imap.user.setText("ana.silva@lisbon-therapy.example")
    page.imap.password.setText("correct horse battery")
    page.smtp.host.setText("smtp.lisbon-therapy.example")
    page.test_connection()
    deadline = time.monotonic() + 30
    while not page.test_button.isEnabled() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()  # the result's wrapped lines are laid out
    scroll = window.settings.scroll
    bottom = page.result.mapTo(scroll.widget(), page.result.rect().bottomLeft()).y()
    scroll.verticalScrollBar().setValue(bottom + 24 - scroll.viewport().height())
    save(window, "settings-email")
    page.revert()  # nothing left unsaved: the window closes without asking


if __name__ == "__main__":
    sys.exit(main())

