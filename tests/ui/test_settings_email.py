"""Settings → Email against the real servers: Test connection names the stage that failed
(DNS, connect, certificate, login) and reports success; Save keeps the passwords in the keyring
(never in QSettings) and starts the sync; folders come from the server; the reminders' lead
time; refusals shown under the form."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from app.mail import account, reminders
from app.mail.sync import folder_counts
from app.store.models import EmailAccount
from tests.mail_servers import HOST, PASSWORD, free_port
from tests.ui.screens import save
from ui.mail.sync_worker import SYNCED
from ui.main_window import MainWindow
from ui.navigation import MAIL


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1100, 1000)
    window.show()
    window.show_email_settings()
    return window


def _fill(page, dovecot, smtp_server, user: str, password: str = PASSWORD) -> None:
    page.email.setText("practitioner@example.test")
    page.display_name.setText("Dr. Ana Silva")
    page.imap.host.setText(HOST)
    page.imap.port.setValue(dovecot.imaps_port)
    page.imap.user.setText(user)
    page.imap.password.setText(password)
    page.smtp.port.setValue(smtp_server.tls_port)
    page.smtp.user.setText(smtp_server.user)
    page.ca_file.setText(str(dovecot.ca_file))
    page._edited()


def _test(qtbot, page):
    page.test_button.click()
    assert not page.test_button.isEnabled(), "one test at a time, in the background"
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20000)
    return page.result.report


def test_save_keeps_passwords_in_the_keyring_not_qsettings_and_starts_the_sync(
        qtbot, workspace, dovecot, imap_user, smtp_server, memory_keyring):
    dovecot.append(imap_user, [b"From: a@example.org\r\nSubject: hi\r\n\r\nHello\r\n"])
    with dovecot.client(imap_user) as c:
        c.create_folder("Clients")
        c.create_folder("Archive/2025")
    window = _window(qtbot, workspace)
    page = window.settings.email
    changes = []
    window.navigator.data_changed.connect(changes.append)
    assert not window.mail_sync.running and window.mail_status.isHidden(), "no account yet"
    _fill(page, dovecot, smtp_server, imap_user)
    page.sync_days.setValue(0)

    page.load_folders.click()
    qtbot.waitUntil(lambda: page.folders.count() > 0, timeout=10000)
    names = [page.folders.item(i).text() for i in range(page.folders.count())]
    assert names == ["Archive/2025", "Clients"], "the inbox and Sent are always synced"
    page.folders.item(1).setCheckState(Qt.CheckState.Checked)
    assert window.unsaved_changes() == ["Settings: the email account"]

    page.save_button.click()
    assert page.error.isHidden(), page.error.text()
    saved = account.get_account(workspace)
    assert (saved.imap_user, saved.smtp_host, saved.smtp_user) == (
        imap_user, HOST, smtp_server.user), "SMTP server defaults to the incoming one"
    assert saved.extra_folders == ("Clients",) and saved.sync_days == 0
    assert saved.password_in_keyring
    assert PASSWORD in memory_keyring.entries.values()
    with workspace.read() as s:
        row = s.scalars(select(EmailAccount)).one()
        assert (row.imap_password, row.smtp_password) == ("", "")
    settings = QSettings()
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert PASSWORD not in stored and "password" not in " ".join(settings.allKeys()).lower()
    assert "keyring" in page.feedback.text()
    assert page.imap.password.text() == "" and "Saved" in page.imap.password.placeholderText()
    assert MAIL in changes and not window.unsaved_changes()

    # Saving started the background sync with the new account.
    assert window.mail_sync.running and window.mail_status.isVisible()
    qtbot.waitUntil(lambda: window.mail_sync.status.state == SYNCED, timeout=15000)
    assert folder_counts(workspace, saved.id) == {"INBOX": 1}

    # The status bar's details lead back here.
    window.show_area("clients")
    window.show_email_settings()
    assert window.stack.currentWidget() is window.settings

    # Reopened, the form shows what was saved (never the password).
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    form = again.settings.email
    assert (form.imap.host.text(), form.imap.user.text(), form.imap.port.value()) == (
        HOST, imap_user, dovecot.imaps_port)
    assert form.smtp.host.text() == "" and form.smtp.host.placeholderText() == HOST
    assert form.imap.password.text() == "" and form.sync_days.text() == "Everything"
    assert [form.folders.item(i).text() for i in range(form.folders.count())] == ["Clients"]
    again.mail_sync.stop()


def test_without_a_keyring_the_page_says_passwords_stay_in_the_workspace(
        qtbot, workspace, dovecot, imap_user, smtp_server, no_keyring):
    window = _window(qtbot, workspace)
    page = window.settings.email
    assert "inside the encrypted workspace" in page.password_note.text()
    _fill(page, dovecot, smtp_server, imap_user)
    assert page.save()
    assert "inside the encrypted workspace" in page.feedback.text()
    with workspace.read() as s:
        assert s.scalars(select(EmailAccount)).one().imap_password == PASSWORD
    assert PASSWORD not in " ".join(str(QSettings().value(k)) for k in QSettings().allKeys())
    window.mail_sync.stop()


def test_refusals_are_shown_and_nothing_is_saved(qtbot, workspace):
    window = _window(qtbot, workspace)
    page = window.settings.email
    page.save_button.click()
    assert page.error.isVisible() and "incoming mail server" in page.error.text()
    assert window.focusWidget() is page.imap.host
    page.imap.host.setText("imap.example.com")
    page.imap.user.setText("ana")
    page.save_button.click()
    assert "password" in page.error.text() and window.focusWidget() is page.imap.password
    page.imap.password.setText("secret")
    page.email.setText("not an address")
    page.save_button.click()
    assert "not a valid email address" in page.error.text() and window.focusWidget() is page.email
    assert account.get_account(workspace) is None and not window.mail_sync.running

    page.lead_hours.setValue(48)
    page.lead_hours.editingFinished.emit()
    assert reminders.lead_hours(workspace) == 48
    assert "48 hour" in page.feedback.text()
    page.revert()


# Last in the module: after a refused login Dovecot delays the next one (~4 s).
def test_test_connection_names_the_stage_that_failed_and_reports_success(
        qtbot, workspace, dovecot, imap_user, smtp_server):
    window = _window(qtbot, workspace)
    page = window.settings.email
    assert page.isVisible() and page.result.isHidden()
    _fill(page, dovecot, smtp_server, imap_user)

    page.imap.host.setText("mail.no-such-host.invalid")
    report = _test(qtbot, page)
    assert (report.imap.stage, report.smtp.stage) == ("dns", "dns")  # SMTP defaults to it
    assert "Finding the server (DNS)" in page.result.imap_label.text()
    assert "could not be found" in page.result.imap_label.text()

    page.imap.host.setText(HOST)
    page.imap.port.setValue(free_port())  # nothing listens there
    report = _test(qtbot, page)
    assert report.imap.stage == "connect" and report.smtp.ok
    assert "“Connecting”" in page.result.imap_label.text()
    assert "refused the connection" in page.result.imap_label.text()
    assert "ready to send" in page.result.smtp_label.text()

    page.imap.port.setValue(dovecot.imaps_port)
    page.ca_file.setText(str(dovecot.other_ca_file))  # a CA that did not sign the server's
    report = _test(qtbot, page)
    assert (report.imap.stage, report.smtp.stage) == ("tls", "tls")
    assert "Security certificate (TLS)" in page.result.imap_label.text()
    assert "could not be verified" in page.result.imap_label.text()
    assert page.result.imap_detail.isVisible() and page.result.imap_detail.text()

    page.ca_file.setText(str(dovecot.ca_file))
    report = _test(qtbot, page)
    assert report.ok
    assert "✓ connected and logged in" in page.result.imap_label.text()
    assert not page.result.imap_detail.isVisible()

    # Last: Dovecot delays the next login from this address after a refused one.
    page.imap.password.setText("not the password")
    report = _test(qtbot, page)
    assert (report.imap.stage, report.smtp.stage) == ("login", "login")
    assert "Logging in" in page.result.imap_label.text()
    assert "refused the user name or password" in page.result.imap_label.text()
    assert account.get_account(workspace) is None, "testing saves nothing"
    window.resize(1100, 1120)  # from the incoming server down to the result
    window.settings.scroll.ensureWidgetVisible(page.result, 0, 30)
    save(window, "settings-email-failed-test")
    page.revert()  # nothing left unsaved: the window closes without asking
