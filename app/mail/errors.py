"""What went wrong talking to a mail server, in words the practitioner can act on, and when to
try again.

Every network failure in app/mail ends as a `MailError` with a `kind` the status bar shows
(offline, login failed, certificate problem, server error) and a `stage` the "Test connection"
button names (DNS, connect, TLS certificate, login, capability). `classify` turns a raw
exception (socket, ssl, imaplib, imapclient, smtplib) into one. Pure; any thread.
"""

from __future__ import annotations

import enum
import imaplib
import random
import smtplib
import socket
import ssl

from app.errors import ConsultaError
from app.i18n import QT_TRANSLATE_NOOP


class MailErrorKind(enum.StrEnum):
    OFFLINE = "offline"          # no network, DNS failure, refused, timed out, connection dropped
    CERTIFICATE = "certificate"  # the server's certificate could not be trusted
    LOGIN = "login"              # wrong user name or password, or no password stored here
    SERVER = "server"            # the server answered but refused or misbehaved


class Stage(enum.StrEnum):
    DNS = "dns"
    CONNECT = "connect"
    TLS = "tls"
    LOGIN = "login"
    CAPABILITY = "capability"
    SERVER = "server"


KIND_OF_STAGE = {
    Stage.DNS: MailErrorKind.OFFLINE,
    Stage.CONNECT: MailErrorKind.OFFLINE,
    Stage.TLS: MailErrorKind.CERTIFICATE,
    Stage.LOGIN: MailErrorKind.LOGIN,
    Stage.CAPABILITY: MailErrorKind.SERVER,
    Stage.SERVER: MailErrorKind.SERVER,
}


class MailError(ConsultaError):
    """A mail server could not be used. `message` is a translatable sentence with `{params}`;
    `detail` is the technical reason (for a "details" pane and the log, never translated)."""

    def __init__(self, stage: Stage, message: str, *, detail: str = "", **params) -> None:
        self.stage = Stage(stage)
        self.kind = KIND_OF_STAGE[self.stage]
        self.detail = detail
        super().__init__(message, **params)


# X509 verification codes (OpenSSL) that deserve their own sentence.
_EXPIRED = {10}                 # X509_V_ERR_CERT_HAS_EXPIRED
_NOT_YET_VALID = {9}            # X509_V_ERR_CERT_NOT_YET_VALID
_NAME_MISMATCH = {62, 64}       # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


def certificate_error(exc: ssl.SSLCertVerificationError, host: str) -> MailError:
    code = getattr(exc, "verify_code", None)
    detail = getattr(exc, "verify_message", "") or str(exc)
    if code in _EXPIRED:
        return MailError(Stage.TLS, QT_TRANSLATE_NOOP(
            "Core", "The security certificate of {host} has expired, so the connection is not "
                    "safe. The server's administrator must renew it."), host=host, detail=detail)
    if code in _NOT_YET_VALID:
        return MailError(Stage.TLS, QT_TRANSLATE_NOOP(
            "Core", "The security certificate of {host} is not valid yet. Check this computer's "
                    "date and time."), host=host, detail=detail)
    if code in _NAME_MISMATCH:
        return MailError(Stage.TLS, QT_TRANSLATE_NOOP(
            "Core", "The security certificate of the server was issued for another name than "
                    "“{host}”. Check the server name (your provider's instructions give the exact "
                    "one)."), host=host, detail=detail)
    return MailError(Stage.TLS, QT_TRANSLATE_NOOP(
        "Core", "The security certificate of {host} could not be verified: it is not signed by "
                "an authority this computer trusts. If the server uses its own certificate "
                "authority, choose that CA file."), host=host, detail=detail)


def classify(exc: BaseException, host: str = "", port: int | None = None) -> MailError:
    """The MailError for any exception raised while connecting or talking to a server."""
    if isinstance(exc, MailError):
        return exc
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, socket.gaierror):
        return MailError(Stage.DNS, QT_TRANSLATE_NOOP(
            "Core", "The server name “{host}” could not be found. Check its spelling and that "
                    "this computer is connected to the internet."), host=host, detail=detail)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_error(exc, host)
    if isinstance(exc, ssl.SSLError):
        return MailError(Stage.TLS, QT_TRANSLATE_NOOP(
            "Core", "A secure connection to {host} could not be set up. Check that the security "
                    "setting (TLS or STARTTLS) matches the port."), host=host, detail=detail)
    if isinstance(exc, ConnectionRefusedError):
        return MailError(Stage.CONNECT, QT_TRANSLATE_NOOP(
            "Core", "{host} refused the connection on port {port}. Check the port number, or "
                    "the server may be down."), host=host, port=port, detail=detail)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return MailError(Stage.CONNECT, QT_TRANSLATE_NOOP(
            "Core", "{host} did not answer on port {port}. This computer may be offline, or a "
                    "firewall blocks the port."), host=host, port=port, detail=detail)
    if isinstance(exc, (smtplib.SMTPAuthenticationError,)) or _is_imap_login_error(exc):
        return MailError(Stage.LOGIN, QT_TRANSLATE_NOOP(
            "Core", "{host} refused the user name or password."), host=host, detail=detail)
    if isinstance(exc, smtplib.SMTPException) and not isinstance(
            exc, smtplib.SMTPServerDisconnected):
        # smtplib's errors are OSErrors too, but these are the server's answers.
        return MailError(Stage.SERVER, QT_TRANSLATE_NOOP(
            "Core", "{host} reported an error: {reason}"), host=host, reason=_smtp_reason(exc),
            detail=detail)
    if isinstance(exc, (imaplib.IMAP4.abort, EOFError, OSError)):
        return MailError(Stage.CONNECT, QT_TRANSLATE_NOOP(
            "Core", "The connection to {host} was lost."), host=host, detail=detail)
    return MailError(Stage.SERVER, QT_TRANSLATE_NOOP(
        "Core", "{host} reported an error: {reason}"), host=host, reason=str(exc), detail=detail)


def _smtp_reason(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{addr}: {code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
                         for addr, (code, msg) in exc.recipients.items())
    if isinstance(exc, smtplib.SMTPResponseException):
        msg = exc.smtp_error
        return f"{exc.smtp_code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
    return str(exc)


def _is_imap_login_error(exc: BaseException) -> bool:
    from imapclient.exceptions import LoginError

    return isinstance(exc, LoginError)


def missing_password(host: str) -> MailError:
    return MailError(Stage.LOGIN, QT_TRANSLATE_NOOP(
        "Core", "No password for {host} is stored on this computer. Enter it in Settings → "
                "Email."), host=host)


# --- retrying ----------------------------------------------------------------------------------

# Seconds to wait after the n-th failure in a row (the last value repeats).
BACKOFF_SECONDS = (15, 30, 60, 120, 300, 600, 900)
CERTIFICATE_RETRY_SECONDS = 3600


def backoff_delay(kind: MailErrorKind, failures: int, *, jitter: float = 0.1,
                  rng: random.Random | None = None) -> float | None:
    """How long to wait before the next automatic attempt after `failures` (≥ 1) failures in a
    row of this kind; None means "not until the user changes the settings or asks" (retrying a
    wrong password can get the account locked by the provider)."""
    if kind == MailErrorKind.LOGIN:
        return None
    if kind == MailErrorKind.CERTIFICATE:
        base = float(CERTIFICATE_RETRY_SECONDS)
    else:
        base = float(BACKOFF_SECONDS[min(max(failures, 1), len(BACKOFF_SECONDS)) - 1])
    if jitter:
        base *= 1 + (rng or random).uniform(-jitter, jitter)
    return base
