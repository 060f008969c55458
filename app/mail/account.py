"""The practitioner's email account: server settings, passwords, sync options, and "Test
connection".

Settings live in the workspace (`email_account` row plus a small options Setting). Passwords go
to the OS keyring when one works (entry named by the workspace's salt, so two workspaces never
share one), otherwise into the encrypted workspace — never into plain settings files. Reading a
password tries the keyring first, then the workspace.

`test_connection` is blocking (network): call it from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.mail import linking
from app.mail.connect import SECURITIES, Endpoint, open_imap, open_smtp
from app.mail.errors import MailError, MailErrorKind, Stage, classify
from app.mail.folders import ServerFolder, list_server_folders
from app.services import audit, validation
from app.store.keys import RememberedKeys
from app.store.models import EmailAccount, Setting

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Consulta mail"
DEFAULT_ATTACHMENT_LIMIT_MB = 25
DEFAULT_SYNC_DAYS = 365  # 0 = everything on the server


@dataclass(frozen=True)
class AccountSettings:
    """What Settings → Email shows and what the sync and send code read."""

    id: int
    email: str
    display_name: str
    imap_host: str
    imap_port: int
    imap_security: str
    imap_user: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    ca_file: str
    signature_html: str
    sent_folder: str                 # "" = found automatically (special-use, then names)
    extra_folders: tuple[str, ...]   # folders the user ticked besides the inbox and sent
    attachment_limit_mb: int
    sync_days: int                   # how far back the first sync goes; 0 = everything
    password_in_keyring: bool        # False: kept inside the encrypted workspace

    @property
    def imap(self) -> Endpoint:
        return Endpoint(self.imap_host, self.imap_port, self.imap_security, self.imap_user,
                        self.ca_file)

    @property
    def smtp(self) -> Endpoint:
        return Endpoint(self.smtp_host, self.smtp_port, self.smtp_security, self.smtp_user,
                        self.ca_file)

    @property
    def attachment_limit(self) -> int:
        return self.attachment_limit_mb * 1024 * 1024


@dataclass
class AccountInput:
    """Fields to save; None leaves a field as it is (on creation: its default). SMTP host and
    user default to the IMAP ones."""

    email: str | None = None
    display_name: str | None = None
    imap_host: str | None = None
    imap_port: int | None = None
    imap_security: str | None = None
    imap_user: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: str | None = None
    smtp_user: str | None = None
    ca_file: str | None = None
    signature_html: str | None = None
    sent_folder: str | None = None
    extra_folders: list[str] | None = None
    attachment_limit_mb: int | None = None
    sync_days: int | None = None

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not None}


ROW_FIELDS = ("email", "display_name", "imap_host", "imap_port", "imap_security", "imap_user",
              "smtp_host", "smtp_port", "smtp_security", "smtp_user", "ca_file", "signature_html")
OPTION_DEFAULTS: dict[str, Any] = {
    "sent_folder": "", "extra_folders": [], "attachment_limit_mb": DEFAULT_ATTACHMENT_LIMIT_MB,
    "sync_days": DEFAULT_SYNC_DAYS,
}


def _options_key(account_id: int) -> str:
    return f"mail.account.{account_id}"


def read_options(session, account_id: int) -> dict[str, Any]:
    row = session.get(Setting, _options_key(account_id))
    return {**OPTION_DEFAULTS, **(row.value if row and row.value else {})}


def write_options(session, account_id: int, options: dict[str, Any]) -> None:
    row = session.get(Setting, _options_key(account_id))
    if row is None:
        session.add(Setting(key=_options_key(account_id), value=dict(options)))
    else:
        row.value = dict(options)


def _view(session, row: EmailAccount) -> AccountSettings:
    opts = read_options(session, row.id)
    return AccountSettings(
        **{name: getattr(row, name) for name in ROW_FIELDS}, id=row.id,
        sent_folder=opts["sent_folder"], extra_folders=tuple(opts["extra_folders"]),
        attachment_limit_mb=int(opts["attachment_limit_mb"]), sync_days=int(opts["sync_days"]),
        password_in_keyring=not (row.imap_password or row.smtp_password),
    )


def get_account(ws: Workspace, account_id: int | None = None) -> AccountSettings | None:
    """The account (the first one when no id is given); None when none is set up."""
    with ws.read() as s:
        row = (s.get(EmailAccount, account_id) if account_id is not None
               else s.scalars(select(EmailAccount).order_by(EmailAccount.id).limit(1)).first())
        return None if row is None else _view(s, row)


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "email" in out:
        out["email"] = validation.email(out["email"], field="email")
    for name in ("display_name", "imap_host", "imap_user", "smtp_host", "smtp_user"):
        if name in out:
            out[name] = validation.clean(out[name], 320)
    for name in ("imap_host", "smtp_host"):
        if name in out and not out[name]:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Enter the server name."), field=name)
    for name in ("imap_port", "smtp_port"):
        if name in out and not (isinstance(out[name], int) and 0 < out[name] < 65536):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Enter a port between 1 and 65535."),
                                  field=name)
    for name in ("imap_security", "smtp_security"):
        if name in out and out[name] not in SECURITIES:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose TLS or STARTTLS."), field=name)
    if out.get("ca_file"):
        out["ca_file"] = out["ca_file"].strip()
        if not os.path.isfile(out["ca_file"]):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "There is no certificate file at “{path}”."), field="ca_file",
                path=out["ca_file"])
    if "attachment_limit_mb" in out and not (isinstance(out["attachment_limit_mb"], int)
                                             and 1 <= out["attachment_limit_mb"] <= 1024):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Enter a size between 1 and 1024 MB."),
                              field="attachment_limit_mb")
    if "sync_days" in out and not (isinstance(out["sync_days"], int) and out["sync_days"] >= 0):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Enter a whole number of zero or more."),
                              field="sync_days")
    if "extra_folders" in out:
        out["extra_folders"] = list(dict.fromkeys(f for f in out["extra_folders"] if f))
    return out


def save_account(ws: Workspace, data: AccountInput, *, account_id: int | None = None,
                 imap_password: str | None = None,
                 smtp_password: str | None = None) -> AccountSettings:
    """Create (no `account_id`) or update the account. A password of None is left as it is;
    "" forgets it. Widening `sync_days` later fetches the older mail at the next sync."""
    values = _validate(data.given())
    with ws.write() as s:
        if account_id is None:
            missing = [f for f in ("email", "imap_host", "imap_user") if not values.get(f)]
            if missing:
                raise ValidationError(QT_TRANSLATE_NOOP("Core", "This field is required."),
                                      field=missing[0])
            row = EmailAccount(email=values["email"])
            values.setdefault("smtp_host", values["imap_host"])
            values.setdefault("smtp_user", values["imap_user"])
            values.setdefault("imap_security", "tls")
            values.setdefault("smtp_security", "tls")
            values.setdefault("imap_port", 993 if values["imap_security"] == "tls" else 143)
            values.setdefault("smtp_port", 465 if values["smtp_security"] == "tls" else 587)
            s.add(row)
            s.flush()
            action = "create"
        else:
            row = s.get(EmailAccount, account_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Core", "This record no longer exists."))
            action = "update"
        changed = []
        for name in ROW_FIELDS:
            if name in values and getattr(row, name) != values[name]:
                setattr(row, name, values[name])
                changed.append(name)
        opts = read_options(s, row.id)
        for name in OPTION_DEFAULTS:
            if name in values and opts.get(name) != values[name]:
                if name == "sync_days" and action == "update":
                    _widen_window(opts, values[name])
                opts[name] = values[name]
                changed.append(name)
        write_options(s, row.id, opts)
        for kind, password in (("imap", imap_password), ("smtp", smtp_password)):
            if password is not None:
                _store_password(ws, row, kind, password)
                changed.append(f"{kind}_password")
        audit.record(s, action, "email_account", row.id, {"fields": sorted(changed)})
        s.flush()
        if action == "create":
            linking.queue_everyone(s)
        return _view(s, row)


def _widen_window(opts: dict[str, Any], new_days: int) -> None:
    """Remember to fetch what a wider window now covers (the sync runs it once)."""
    start = opts.get("window_start")
    if not start:
        return
    new_start = (None if new_days == 0
                 else (dt.datetime.now(dt.UTC) - dt.timedelta(days=new_days)).date().isoformat())
    if new_start is None or new_start < start:
        opts["backfill_since"] = new_start or "1970-01-01"
        opts["window_start"] = new_start or "1970-01-01"


def delete_account(ws: Workspace, account_id: int) -> None:
    """Forget the account, its passwords and its synced mail (messages filed to a person go
    too: the account's mail is the account's)."""
    with ws.write() as s:
        row = s.get(EmailAccount, account_id)
        if row is None:
            return
        for kind in ("imap", "smtp"):
            _forget_keyring(ws, row.id, kind)
        setting = s.get(Setting, _options_key(account_id))
        if setting is not None:
            s.delete(setting)
        s.delete(row)
        audit.record(s, "delete", "email_account", account_id)


# --- passwords -------------------------------------------------------------------------------


def keyring_available() -> bool:
    return RememberedKeys().status().available


def _entry(ws: Workspace, account_id: int, kind: str) -> str:
    return f"{ws.salt.hex()}/{account_id}/{kind}"


def _store_password(ws: Workspace, row: EmailAccount, kind: str, password: str) -> None:
    column = f"{kind}_password"
    if keyring_available():
        try:
            import keyring

            if password:
                keyring.set_password(KEYRING_SERVICE, _entry(ws, row.id, kind), password)
            else:
                _forget_keyring(ws, row.id, kind)
            setattr(row, column, "")
            return
        except Exception as exc:  # a keyring that fails to write: fall back to the workspace
            log.warning("keyring refused the mail password: %s", type(exc).__name__)
    setattr(row, column, password)


def _forget_keyring(ws: Workspace, account_id: int, kind: str) -> None:
    if not keyring_available():
        return
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _entry(ws, account_id, kind))
    except Exception:  # nothing stored, or the keyring went away
        pass


def _read_password(ws: Workspace, account_id: int, kind: str) -> str | None:
    with ws.read() as s:
        row = s.get(EmailAccount, account_id)
        stored = getattr(row, f"{kind}_password", "") if row else ""
    if stored:
        return stored
    if keyring_available():
        try:
            import keyring

            return keyring.get_password(KEYRING_SERVICE, _entry(ws, account_id, kind)) or None
        except Exception as exc:
            log.warning("could not read the keyring: %s", type(exc).__name__)
    return None


def imap_password(ws: Workspace, account_id: int) -> str | None:
    return _read_password(ws, account_id, "imap")


def smtp_password(ws: Workspace, account_id: int) -> str | None:
    """The SMTP password, or the IMAP one when none of its own was given (the usual case)."""
    return _read_password(ws, account_id, "smtp") or _read_password(ws, account_id, "imap")


# --- test connection -------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    """One server's test: `ok`, or the `stage` that failed with a translatable `message`
    (fill `params` after translating; `text()` does it) and the technical `detail`."""

    ok: bool
    stage: str = ""
    kind: str = ""
    message: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    detail: str = ""
    capabilities: tuple[str, ...] = ()

    def text(self, translate=None) -> str:
        template = translate(self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    @classmethod
    def failed(cls, error: MailError) -> CheckResult:
        return cls(False, error.stage.value, error.kind.value, error.message, dict(error.params),
                   error.detail)


@dataclass(frozen=True)
class ConnectionReport:
    imap: CheckResult
    smtp: CheckResult

    @property
    def ok(self) -> bool:
        return self.imap.ok and self.smtp.ok


def test_imap(settings: AccountSettings, password: str | None, *,
              timeout: float = 15.0) -> CheckResult:
    try:
        client = open_imap(settings.imap, password, timeout=timeout)
    except MailError as exc:
        return CheckResult.failed(exc)
    try:
        caps = tuple(sorted(c.decode() for c in client.capabilities()))
        try:
            client.select_folder("INBOX", readonly=True)
        except Exception as exc:
            return CheckResult.failed(MailError(Stage.CAPABILITY, QT_TRANSLATE_NOOP(
                "Core", "Logged in to {host}, but its inbox could not be opened: {reason}"),
                host=settings.imap_host, reason=str(exc), detail=str(exc)))
        return CheckResult(True, capabilities=caps)
    finally:
        try:
            client.logout()
        except Exception:  # the answer is in already
            pass


def test_smtp(settings: AccountSettings, password: str | None, *,
              timeout: float = 15.0) -> CheckResult:
    try:
        smtp = open_smtp(settings.smtp, password, timeout=timeout)
    except MailError as exc:
        return CheckResult.failed(exc)
    try:
        return CheckResult(True, capabilities=tuple(sorted(smtp.esmtp_features)))
    finally:
        try:
            smtp.quit()
        except Exception:  # the answer is in already
            pass


def test_connection(settings: AccountSettings, imap_password: str | None,
                    smtp_password: str | None = None, *, timeout: float = 15.0) -> ConnectionReport:
    """Try both servers as the sync and the outbox would; each result names what failed.
    `smtp_password` None: the IMAP password."""
    return ConnectionReport(
        imap=test_imap(settings, imap_password, timeout=timeout),
        smtp=test_smtp(settings, smtp_password if smtp_password is not None else imap_password,
                       timeout=timeout),
    )


def server_folders(settings: AccountSettings, password: str | None, *,
                   timeout: float = 15.0) -> list[ServerFolder]:
    """The server's folders, for ticking extra ones to sync (Settings → Email). Blocking;
    raises MailError."""
    client = open_imap(settings.imap, password, timeout=timeout)
    try:
        return [f for f in list_server_folders(client) if f.selectable]
    except Exception as exc:
        raise classify(exc, settings.imap_host, settings.imap_port) from exc
    finally:
        try:
            client.logout()
        except Exception:  # the list is in already
            pass


def unsaved(settings: AccountSettings | None = None, **changes: Any) -> AccountSettings:
    """Settings not (yet) saved, for testing a connection from the form before saving it."""
    base = settings or AccountSettings(
        id=0, email="", display_name="", imap_host="", imap_port=993, imap_security="tls",
        imap_user="", smtp_host="", smtp_port=465, smtp_security="tls", smtp_user="", ca_file="",
        signature_html="", sent_folder="", extra_folders=(),
        attachment_limit_mb=DEFAULT_ATTACHMENT_LIMIT_MB, sync_days=DEFAULT_SYNC_DAYS,
        password_in_keyring=True)
    if "extra_folders" in changes:
        changes["extra_folders"] = tuple(changes["extra_folders"])
    out = replace(base, **changes)
    if not out.smtp_host:
        out = replace(out, smtp_host=out.imap_host)
    if not out.smtp_user:
        out = replace(out, smtp_user=out.imap_user)
    return out


__all__ = [
    "AccountInput", "AccountSettings", "CheckResult", "ConnectionReport", "MailErrorKind",
    "delete_account", "get_account", "imap_password", "keyring_available", "save_account",
    "server_folders", "smtp_password", "test_connection", "test_imap", "test_smtp", "unsaved",
]

# These names start with "test_"; tell pytest they are not tests when a test module imports them.
test_connection.__test__ = False  # type: ignore[attr-defined]
test_imap.__test__ = False  # type: ignore[attr-defined]
test_smtp.__test__ = False  # type: ignore[attr-defined]
