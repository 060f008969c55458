"""Opening IMAP and SMTP connections: always TLS (implicit or STARTTLS), always verified.

The only trust knob is an extra CA file for self-hosted servers; there is deliberately no way to
skip certificate checks. Every failure comes out as an `app.mail.errors.MailError` naming the
stage that failed. Blocking calls; run them off the UI thread.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.mail.errors import MailError, Stage, classify, missing_password

SECURITY_TLS = "tls"            # implicit TLS (IMAP 993, SMTP 465)
SECURITY_STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (IMAP 143, SMTP 587)
SECURITIES = (SECURITY_TLS, SECURITY_STARTTLS)
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: str
    user: str
    ca_file: str = ""


def ssl_context(ca_file: str = "") -> ssl.SSLContext:
    """Verified TLS ≥ 1.2. With `ca_file`, that CA is trusted in addition to the system's."""
    ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise MailError(Stage.TLS, QT_TRANSLATE_NOOP(
                "Core", "The certificate authority file “{path}” could not be read."),
                path=ca_file, detail=f"{type(exc).__name__}: {exc}") from exc
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def resolve(host: str, port: int) -> None:
    """Fail with the DNS stage before any connection attempt, so "not found" is never
    mistaken for "refused"."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise classify(socket.gaierror(str(exc)) if isinstance(exc, UnicodeError) else exc,
                       host, port) from exc


# --- IMAP --------------------------------------------------------------------------------------


def open_imap(endpoint: Endpoint, password: str | None, *, timeout: float = DEFAULT_TIMEOUT):
    """A logged-in `imapclient.IMAPClient` (app/mail/imap_client.py). Raises MailError."""
    from app.mail.imap_client import SyncIMAPClient

    if not password:
        raise missing_password(endpoint.host)
    host, port = endpoint.host, endpoint.port
    resolve(host, port)
    ctx = ssl_context(endpoint.ca_file)
    try:
        client = SyncIMAPClient(host, port=port, ssl=endpoint.security == SECURITY_TLS,
                                       ssl_context=ctx, timeout=timeout)
    except Exception as exc:
        raise classify(exc, host, port) from exc
    try:
        client.normalise_times = False  # INTERNALDATE as aware datetimes, not local naive ones
        if endpoint.security == SECURITY_STARTTLS:
            if not client.has_capability("STARTTLS"):
                raise MailError(Stage.CAPABILITY, QT_TRANSLATE_NOOP(
                    "Core", "{host} does not offer STARTTLS on port {port}, so the password "
                            "would travel unprotected. Choose TLS, or the port your provider "
                            "gives for it."), host=host, port=port)
            client.starttls(ctx)
        client.login(endpoint.user, password)
        caps = {c.upper() for c in client.capabilities()}
        if not caps & {b"IMAP4REV1", b"IMAP4REV2"}:
            raise MailError(Stage.CAPABILITY, QT_TRANSLATE_NOOP(
                "Core", "{host} does not speak IMAP4rev1, which Consulta needs."), host=host,
                detail=" ".join(c.decode() for c in sorted(caps)))
        return client
    except Exception as exc:
        close_quietly(client)
        raise classify(exc, host, port) from exc


def close_quietly(client) -> None:
    """Drop an IMAP connection without a goodbye (it may be dead already)."""
    try:
        client.shutdown()
    except Exception:  # already gone: nothing to close
        pass


def shutdown_socket(client) -> None:
    """Cut an IMAP connection's socket from another thread: a read blocked on it returns."""
    try:
        client.socket().shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


# --- SMTP --------------------------------------------------------------------------------------


def open_smtp(endpoint: Endpoint, password: str | None, *,
              timeout: float = DEFAULT_TIMEOUT) -> smtplib.SMTP:
    """A logged-in smtplib connection. Raises MailError."""
    if not password:
        raise missing_password(endpoint.host)
    host, port = endpoint.host, endpoint.port
    resolve(host, port)
    ctx = ssl_context(endpoint.ca_file)
    try:
        if endpoint.security == SECURITY_TLS:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ctx)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
    except Exception as exc:
        raise classify(exc, host, port) from exc
    try:
        smtp.ehlo()
        if endpoint.security == SECURITY_STARTTLS:
            if not smtp.has_extn("starttls"):
                raise MailError(Stage.CAPABILITY, QT_TRANSLATE_NOOP(
                    "Core", "{host} does not offer STARTTLS on port {port}, so the password "
                            "would travel unprotected. Choose TLS, or the port your provider "
                            "gives for it."), host=host, port=port)
            smtp.starttls(context=ctx)
            smtp.ehlo()
        if not smtp.has_extn("auth"):
            raise MailError(Stage.CAPABILITY, QT_TRANSLATE_NOOP(
                "Core", "{host} does not offer to log in (SMTP AUTH) on port {port}."),
                host=host, port=port)
        smtp.login(endpoint.user, password)
        return smtp
    except Exception as exc:
        try:
            smtp.close()
        except Exception:  # closing a broken connection
            pass
        raise classify(exc, host, port) from exc
