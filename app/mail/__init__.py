"""Email: the account and its passwords (account.py), IMAP sync (sync.py, folders.py, fetch.py,
store.py), parsing and sanitizing (parse.py, html.py), linking to people (linking.py), the outbox
and SMTP (send.py), appointment reminders (reminders.py), and the read/edit use cases the UI
calls (messages.py). No Qt here: network work runs on a worker thread the UI provides."""
