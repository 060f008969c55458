"""Settings → Email underneath: the account is stored in the workspace, its password in the
keyring (or, with none, inside the encrypted file, never in the clear), and "Test connection"
names exactly what failed, against a real Dovecot and a real SMTP server."""

from __future__ import annotations

import random
import socket

import pytest

from app.errors import ValidationError
from app.mail import account as acc
from app.mail.account import AccountInput
from app.mail.errors import BACKOFF_SECONDS, MailErrorKind, Stage, backoff_delay, classify
from app.store.models import EmailAccount, Setting
from tests.app.mail_helpers import PRACTITIONER, make_account
from tests.mail_servers import EXPIRED_HOST, HOST, PASSWORD, WRONG_NAME_HOST


def _settings(dovecot, user, smtp, **changes):
    base = dict(email=PRACTITIONER, imap_host=HOST, imap_port=dovecot.imaps_port,
                imap_security="tls", imap_user=user, smtp_host=HOST, smtp_port=smtp.tls_port,
                smtp_security="tls", smtp_user=smtp.user, ca_file=str(dovecot.ca_file))
    base.update(changes)
    return acc.unsaved(**base)


def test_settings_round_trip_with_defaults_and_password_in_the_keyring(workspace, memory_keyring):
    saved = acc.save_account(workspace, AccountInput(
        email="ana@clinic.example", display_name="Ana", imap_host="imap.clinic.example",
        imap_user="ana", extra_folders=["Clients", "Clients"]), imap_password="pw-imap")
    assert (saved.smtp_host, saved.smtp_user) == ("imap.clinic.example", "ana")
    assert (saved.imap_port, saved.smtp_port, saved.imap_security) == (993, 465, "tls")
    assert saved.extra_folders == ("Clients",)
    assert (saved.attachment_limit_mb, saved.sync_days) == (25, 365)
    assert saved.password_in_keyring

    assert acc.imap_password(workspace, saved.id) == "pw-imap"
    assert acc.smtp_password(workspace, saved.id) == "pw-imap"  # SMTP defaults to IMAP's
    assert "pw-imap" in memory_keyring.entries.values()
    with workspace.read() as s:
        row = s.get(EmailAccount, saved.id)
        assert (row.imap_password, row.smtp_password) == ("", "")
        assert "pw-imap" not in str(s.get(Setting, f"mail.account.{saved.id}").value)

    acc.save_account(workspace, AccountInput(smtp_port=587, smtp_security="starttls",
                                             sent_folder="Enviados"),
                     account_id=saved.id, smtp_password="pw-smtp")
    again = acc.get_account(workspace)
    assert (again.smtp_port, again.smtp_security, again.sent_folder) == (587, "starttls",
                                                                         "Enviados")
    assert acc.smtp_password(workspace, saved.id) == "pw-smtp"
    acc.save_account(workspace, AccountInput(), account_id=saved.id, imap_password="")
    assert acc.imap_password(workspace, saved.id) is None


def test_without_a_keyring_the_password_stays_inside_the_encrypted_file(workspace, no_keyring):
    saved = acc.save_account(workspace, AccountInput(
        email="ana@clinic.example", imap_host="imap.clinic.example", imap_user="ana"),
        imap_password="Unmistakable-Pw-4821")
    assert not saved.password_in_keyring
    assert acc.imap_password(workspace, saved.id) == "Unmistakable-Pw-4821"
    workspace.close()
    data = workspace.path.read_bytes()
    assert b"Unmistakable-Pw-4821" not in data and b"imap.clinic.example" not in data


@pytest.mark.parametrize(("field", "value"), [
    ("email", "not an address"), ("imap_port", 0), ("imap_security", "none"),
    ("ca_file", "/nowhere/ca.pem"), ("attachment_limit_mb", 0),
])
def test_bad_settings_are_refused_by_field(workspace, field, value):
    data = AccountInput(email="ana@clinic.example", imap_host="h", imap_user="u")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as err:
        acc.save_account(workspace, data)
    assert err.value.field == field


def test_both_servers_pass_over_tls_and_starttls(dovecot, imap_user, smtp_server):
    report = acc.test_connection(_settings(dovecot, imap_user, smtp_server), PASSWORD)
    assert report.ok, (report.imap, report.smtp)
    assert "IDLE" in report.imap.capabilities
    starttls = _settings(dovecot, imap_user, smtp_server, imap_port=dovecot.imap_port,
                         imap_security="starttls", smtp_port=smtp_server.port,
                         smtp_security="starttls")
    assert acc.test_connection(starttls, PASSWORD).ok


def test_an_unknown_server_name_is_a_dns_failure(dovecot, imap_user, smtp_server):
    report = acc.test_connection(_settings(dovecot, imap_user, smtp_server,
                                           imap_host="nonexistent.invalid",
                                           smtp_host="nonexistent.invalid"), PASSWORD)
    assert (report.imap.stage, report.imap.kind) == ("dns", "offline")
    assert report.smtp.stage == "dns"
    assert "“nonexistent.invalid” could not be found" in report.imap.text()


def test_a_closed_port_is_a_refused_connection(dovecot, imap_user, smtp_server):
    with socket.socket() as s:  # a port nobody listens on
        s.bind((HOST, 0))
        closed = s.getsockname()[1]
    report = acc.test_connection(_settings(dovecot, imap_user, smtp_server, imap_port=closed,
                                           smtp_port=closed), PASSWORD)
    assert report.imap.stage == report.smtp.stage == "connect"
    assert f"refused the connection on port {closed}" in report.imap.text()


def test_certificate_failures_say_which_one(dovecot, imap_user, smtp_server):
    untrusted = acc.test_imap(_settings(dovecot, imap_user, smtp_server,
                                        ca_file=str(dovecot.other_ca_file)), PASSWORD)
    assert (untrusted.stage, untrusted.kind) == ("tls", "certificate")
    assert "not signed by an authority this computer trusts" in untrusted.text()

    expired = acc.test_imap(_settings(dovecot, imap_user, smtp_server, imap_host=EXPIRED_HOST),
                            PASSWORD)
    assert expired.stage == "tls" and "has expired" in expired.text()

    wrong_name = acc.test_imap(_settings(dovecot, imap_user, smtp_server,
                                         imap_host=WRONG_NAME_HOST), PASSWORD)
    assert wrong_name.stage == "tls"
    assert f"issued for another name than “{WRONG_NAME_HOST}”" in wrong_name.text()

    smtp_untrusted = acc.test_smtp(_settings(dovecot, imap_user, smtp_server,
                                             ca_file=str(dovecot.other_ca_file)), PASSWORD)
    assert smtp_untrusted.stage == "tls"


def test_a_wrong_password_is_a_login_failure(dovecot, imap_user, smtp_server):
    report = acc.test_connection(_settings(dovecot, imap_user, smtp_server), "wrong password")
    assert (report.imap.stage, report.imap.kind) == ("login", "login")
    assert (report.smtp.stage, report.smtp.kind) == ("login", "login")
    assert "refused the user name or password" in report.imap.text()


def test_missing_features_are_capability_failures(dovecot, smtp_server):
    old_server_user = dovecot.new_user(extra="userdb_imap_capability=IMAP4", sent_folder=None)
    report = acc.test_imap(_settings(dovecot, old_server_user, smtp_server), PASSWORD)
    assert (report.stage, report.kind) == ("capability", "server")
    assert "IMAP4rev1" in report.text()

    no_tls = acc.test_smtp(_settings(dovecot, old_server_user, smtp_server,
                                     smtp_port=smtp_server.plain_port, smtp_security="starttls"),
                           PASSWORD)
    assert no_tls.stage == "capability" and "does not offer STARTTLS" in no_tls.text()


def test_a_tls_setting_that_does_not_match_the_port_is_a_tls_failure(dovecot, imap_user,
                                                                       smtp_server):
    report = acc.test_imap(_settings(dovecot, imap_user, smtp_server,
                                     imap_port=dovecot.imap_port, imap_security="tls"), PASSWORD)
    assert report.stage == "tls" and "TLS or STARTTLS" in report.text()


def test_saved_account_connects_with_its_stored_password(workspace, dovecot, imap_user,
                                                         smtp_server):
    account_id = make_account(workspace, dovecot, imap_user, smtp=smtp_server)
    settings = acc.get_account(workspace, account_id)
    report = acc.test_connection(settings, acc.imap_password(workspace, account_id),
                                 acc.smtp_password(workspace, account_id))
    assert report.ok, (report.imap, report.smtp)
    with dovecot.client(imap_user) as c:
        c.create_folder("Clients/Ana")
    folders = acc.server_folders(settings, acc.imap_password(workspace, account_id))
    assert {f.name for f in folders} >= {"INBOX", "Sent", "Clients/Ana"}
    assert next(f for f in folders if f.name == "Sent").special_use == "\\Sent"


def test_errors_are_classified_for_the_status_bar():
    assert classify(socket.gaierror(-2, "Name or service not known"), "h").kind == \
        MailErrorKind.OFFLINE
    assert classify(ConnectionRefusedError(), "h", 1).stage == Stage.CONNECT
    assert classify(TimeoutError(), "h", 1).kind == MailErrorKind.OFFLINE
    assert classify(ValueError("odd"), "h").kind == MailErrorKind.SERVER


def test_backoff_grows_then_levels_and_never_retries_a_wrong_password():
    delays = [backoff_delay(MailErrorKind.OFFLINE, n, jitter=0) for n in range(1, 10)]
    assert delays[:len(BACKOFF_SECONDS)] == list(BACKOFF_SECONDS)
    assert delays[-1] == BACKOFF_SECONDS[-1]
    assert backoff_delay(MailErrorKind.LOGIN, 1) is None
    assert backoff_delay(MailErrorKind.CERTIFICATE, 1, jitter=0) == 3600
    jittered = backoff_delay(MailErrorKind.SERVER, 3, rng=random.Random(1))
    assert 54 <= jittered <= 66
