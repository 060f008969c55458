<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AppointmentActions</name>
        <message numerus="yes">
            <location filename="../../ui/appointments/appointment_actions.py" line="+102" />
            <source>Mark %n past appointment(s) that are still scheduled as completed?</source>
            <translation>
                <numerusform>Mark %n past appointment that is still scheduled as completed?</numerusform>
                <numerusform>Mark %n past appointments that are still scheduled as completed?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/appointment_list.py" line="+107" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingArea</name>
        <message numerus="yes">
            <location filename="../../ui/billing/billing_area.py" line="+200" />
            <source>%n invoice(s) shown</source>
            <translation>
                <numerusform>%n invoice shown</numerusform>
                <numerusform>%n invoices shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s), not in the totals</source>
            <translation>
                <numerusform>%n draft, not in the totals</numerusform>
                <numerusform>%n drafts, not in the totals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+122" />
            <source>Exported %n invoice(s) to %1</source>
            <translation>
                <numerusform>Exported %n invoice to %1</numerusform>
                <numerusform>Exported %n invoices to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingSettingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/settings/billing_page.py" line="+346" />
            <source>Saved: new invoices are due %n day(s) after they are issued.</source>
            <translation>
                <numerusform>Saved: new invoices are due %n day after they are issued.</numerusform>
                <numerusform>Saved: new invoices are due %n days after they are issued.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingSummaryStrip</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/billing_summary.py" line="+54" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n invoice</numerusform>
                <numerusform>%n invoices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not issued</source>
            <translation>
                <numerusform>%n draft not issued</numerusform>
                <numerusform>%n drafts not issued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n invoice(s) past due</source>
            <translation>
                <numerusform>%n invoice past due</numerusform>
                <numerusform>%n invoices past due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/billing_tab.py" line="+169" />
            <source>%n completed appointment(s) not invoiced yet</source>
            <translation>
                <numerusform>%n completed appointment not invoiced yet</numerusform>
                <numerusform>%n completed appointments not invoiced yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message numerus="yes">
            <location filename="../../ui/appointments/booking_dialog.py" line="+310" />
            <source>And %n more.</source>
            <translation>
                <numerusform>And %n more.</numerusform>
                <numerusform>And %n more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarArea</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/calendar_area.py" line="+273" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n past appointment(s) still marked scheduled: mark completed…</source>
            <translation>
                <numerusform>%n past appointment still marked scheduled: mark completed…</numerusform>
                <numerusform>%n past appointments still marked scheduled: mark completed…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+56" />
            <source>Exported %n appointment(s) to:</source>
            <translation>
                <numerusform>Exported %n appointment to:</numerusform>
                <numerusform>Exported %n appointments to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_check_page.py" line="+352" />
            <source>%n new contact(s) will be created</source>
            <translation>
                <numerusform>%n new contact will be created</numerusform>
                <numerusform>%n new contacts will be created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n new client(s) will be created</source>
            <translation>
                <numerusform>%n new client will be created</numerusform>
                <numerusform>%n new clients will be created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated</source>
            <translation>
                <numerusform>%n existing contact updated</numerusform>
                <numerusform>%n existing contacts updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated</source>
            <translation>
                <numerusform>%n existing client updated</numerusform>
                <numerusform>%n existing clients updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) cannot be imported</source>
            <translation>
                <numerusform>%n row cannot be imported</numerusform>
                <numerusform>%n rows cannot be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n possible duplicate</numerusform>
                <numerusform>%n possible duplicates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientActions</name>
        <message numerus="yes">
            <location filename="../../ui/clients/client_actions.py" line="+130" />
            <source>Move %n client(s) to the trash? You can restore them from Show ▸ Trash.</source>
            <translation>
                <numerusform>Move %n client to the trash? You can restore them from Show ▸ Trash.</numerusform>
                <numerusform>Move %n clients to the trash? You can restore them from Show ▸ Trash.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListView</name>
        <message numerus="yes">
            <location filename="../../ui/clients/client_list_view.py" line="+252" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsArea</name>
        <message numerus="yes">
            <location filename="../../ui/contacts/contacts_area.py" line="+121" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentationTabText</name>
        <message numerus="yes">
            <location filename="../../ui/documentation/documentation_tab.py" line="+357" />
            <source>Added %n file(s).</source>
            <translation>
                <numerusform>Added %n file.</numerusform>
                <numerusform>Added %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Drop to add %n file(s) to this client's documentation</source>
            <translation>
                <numerusform>Drop to add %n file to this client's documentation</numerusform>
                <numerusform>Drop to add %n files to this client's documentation</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_done_page.py" line="+57" />
            <source>%n contact(s) created.</source>
            <translation>
                <numerusform>%n contact created.</numerusform>
                <numerusform>%n contacts created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) created.</source>
            <translation>
                <numerusform>%n client created.</numerusform>
                <numerusform>%n clients created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated.</source>
            <translation>
                <numerusform>%n existing contact updated.</numerusform>
                <numerusform>%n existing contacts updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated.</source>
            <translation>
                <numerusform>%n existing client updated.</numerusform>
                <numerusform>%n existing clients updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n duplicate(s) skipped.</source>
            <translation>
                <numerusform>%n duplicate skipped.</numerusform>
                <numerusform>%n duplicates skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) could not be imported.</source>
            <translation>
                <numerusform>%n row could not be imported.</numerusform>
                <numerusform>%n rows could not be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n contact(s) removed.</source>
            <translation>
                <numerusform>%n contact removed.</numerusform>
                <numerusform>%n contacts removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) removed.</source>
            <translation>
                <numerusform>%n client removed.</numerusform>
                <numerusform>%n clients removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n person given their previous details back.</numerusform>
                <numerusform>%n people given their previous details back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have notes, forms, files, appointments, invoices or payments since the import.</source>
            <translation>
                <numerusform>%n person kept: they have notes, forms, files, appointments, invoices or payments since the import.</numerusform>
                <numerusform>%n people kept: they have notes, forms, files, appointments, invoices or payments since the import.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmailSettingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/settings/email_page.py" line="+419" />
            <source>Reminders now go out %n hour(s) before an appointment.</source>
            <translation>
                <numerusform>Reminders now go out %n hour before an appointment.</numerusform>
                <numerusform>Reminders now go out %n hours before an appointment.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_file_page.py" line="+212" />
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n row to import</numerusform>
                <numerusform>%n rows to import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The first %n row(s), with the file's line numbers. If the letters or columns look wrong, change the encoding or the separator above.</source>
            <translation>
                <numerusform>The first %n row, with its line number in the file. If the letters or columns look wrong, change the encoding or the separator above.</numerusform>
                <numerusform>The first %n rows, with the file's line numbers. If the letters or columns look wrong, change the encoding or the separator above.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) have more cells than there are column names: the extra cells are left out.</source>
            <translation>
                <numerusform>%n row has more cells than there are column names: the extra cells are left out.</numerusform>
                <numerusform>%n rows have more cells than there are column names: the extra cells are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FormFillDialog</name>
        <message numerus="yes">
            <location filename="../../ui/documentation/form_fill_dialog.py" line="+319" />
            <source>%n answer(s) need attention; nothing was saved yet.</source>
            <translation>
                <numerusform>%n answer needs attention; nothing was saved yet.</numerusform>
                <numerusform>%n answers need attention; nothing was saved yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/settings/general_page.py" line="+162" />
            <source>Consulta now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Consulta now locks after %n minute without use.</numerusform>
                <numerusform>Consulta now locks after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_history_dialog.py" line="+156" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n person given their previous details back.</numerusform>
                <numerusform>%n people given their previous details back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have records since the import.</source>
            <translation>
                <numerusform>%n person kept: they have records since the import.</numerusform>
                <numerusform>%n people kept: they have records since the import.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_common.py" line="+115" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../ui/transfer/import_wizard.py" line="+211" />
            <source>Importing %Ln contact(s)…</source>
            <translation>
                <numerusform>Importing %Ln contact…</numerusform>
                <numerusform>Importing %Ln contacts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>Importing %Ln client…</numerusform>
                <numerusform>Importing %Ln clients…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxTabText</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/inbox_tab.py" line="+172" />
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversation</numerusform>
                <numerusform>%n conversations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+117" />
            <source>Sent from your email account %n hour(s) before each appointment, with its date and time only: no health details.</source>
            <translation>
                <numerusform>Sent from your email account %n hour before each appointment, with its date and time only: no health details.</numerusform>
                <numerusform>Sent from your email account %n hours before each appointment, with its date and time only: no health details.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxText</name>
        <message numerus="yes">
            <location filename="../../ui/mail/inbox_area.py" line="+217" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceAppointmentsDialog</name>
        <message numerus="yes">
            <location filename="../../ui/billing/create_from_appointments.py" line="+175" />
            <source>%n appointment(s) ticked, %1 before tax.</source>
            <translation>
                <numerusform>%n appointment ticked, %1 before tax.</numerusform>
                <numerusform>%n appointments ticked, %1 before tax.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message numerus="yes">
            <location filename="../../ui/models/invoice_table_model.py" line="+84" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailStatusWidget</name>
        <message numerus="yes">
            <location filename="../../ui/mail/status_widget.py" line="+140" />
            <source>Preparing %Ln new message(s)…</source>
            <translation>
                <numerusform>Preparing %Ln new message…</numerusform>
                <numerusform>Preparing %Ln new messages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n message(s) waiting to be sent</source>
            <translation>
                <numerusform>%n message waiting to be sent</numerusform>
                <numerusform>%n messages waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/month_view.py" line="+211" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <location filename="../../ui/workspace/passphrase_fields.py" line="+24" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>At least %n character</numerusform>
                <numerusform>At least %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Too short: %n more characters needed.</source>
            <translation>
                <numerusform>Too short: %n more character needed.</numerusform>
                <numerusform>Too short: %n more characters needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message numerus="yes">
            <location filename="../../ui/mail/outbox_view.py" line="+190" />
            <source>%n message(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n message waiting to be sent.</numerusform>
                <numerusform>%n messages waiting to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n message(s) refused by the server.</source>
            <translation>
                <numerusform>%n message refused by the server.</numerusform>
                <numerusform>%n messages refused by the server.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewSummary</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/overview_summary.py" line="+39" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/overview_tab.py" line="+148" />
            <source>%n past appointment(s) are still marked scheduled. Were they held?</source>
            <translation>
                <numerusform>%n past appointment is still marked scheduled. Was it held?</numerusform>
                <numerusform>%n past appointments are still marked scheduled. Were they held?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonalTab</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/personal_tab.py" line="+163" />
            <location line="+45" />
            <source>%n person(s) have a value in it; those values will be deleted too. This cannot be undone.</source>
            <translation>
                <numerusform>%n person has a value in it; that value will be deleted too. This cannot be undone.</numerusform>
                <numerusform>%n people have a value in it; those values will be deleted too. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesSettingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/settings/services_page.py" line="+254" />
            <source>“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.

To stop offering it and keep those appointments as they are, deactivate it instead.</source>
            <translation>
                <numerusform>“%1” is the service of %n appointment. It stays in the calendar and in the client's record, but without a service.

To stop offering the service and keep that appointment as it is, deactivate it instead.</numerusform>
                <numerusform>“%1” is the service of %n appointments. They stay in the calendar and in the client records, but without a service.

To stop offering it and keep those appointments as they are, deactivate it instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message numerus="yes">
            <location filename="../../ui/clients/tag_manager_dialog.py" line="+87" />
            <source>%1 — %n client(s)</source>
            <translation>
                <numerusform>%1 — %n client</numerusform>
                <numerusform>%1 — %n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+76" />
            <source>Delete the tag “%1”? %n client(s) carry it; they keep everything else, only the tag goes.</source>
            <translation>
                <numerusform>Delete the tag “%1”? %n client carries it; they keep everything else, only the tag goes.</numerusform>
                <numerusform>Delete the tag “%1”? %n clients carry it; they keep everything else, only the tag goes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatesArea</name>
        <message numerus="yes">
            <location filename="../../ui/templates/templates_area.py" line="+291" />
            <source>%n note(s) started from it</source>
            <translation>
                <numerusform>%n note started from it</numerusform>
                <numerusform>%n notes started from it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>filled in %n time(s)</source>
            <translation>
                <numerusform>filled in %n time</numerusform>
                <numerusform>filled in %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TotalsStrip</name>
        <message numerus="yes">
            <location filename="../../ui/billing/billing_area.py" line="-224" />
            <location line="+4" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n invoice</numerusform>
                <numerusform>%n invoices</numerusform>
            </translation>
        </message>
    </context>
</TS>
